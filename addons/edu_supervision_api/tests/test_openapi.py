import json
import os

from openapi_spec_validator import validate

from odoo.tests import tagged
from odoo.tools.misc import file_path

from .common import EduApiHttpCase

SNAPSHOT = "edu_supervision_api/static/api/openapi.json"


@tagged("post_install", "-at_install")
class TestOpenApi(EduApiHttpCase):
    """The OpenAPI document served at /edu/api/v1/openapi.json is valid and equal to the
    committed snapshot (a change of the API shows in the diff of the snapshot).

    After an intended change, write the snapshot again by running this test with
    ``EDU_OPENAPI_UPDATE=1``."""

    def test_openapi_document(self):
        response = self.api("GET", "/openapi.json")
        self.assertEqual(response.status_code, 200)
        live = response.json()
        validate(live)
        self.assertEqual(live["info"]["version"], "1.0.0")
        self.assertLessEqual(
            {
                "/regions",
                "/schools",
                "/schools/sync",
                "/inspectors",
                "/assignments",
                "/inspections",
                "/problems",
                "/accountability-actions",
                "/training-compliance",
                "/training-hours",
                "/visits",
            },
            set(live["paths"]),
        )
        path = file_path(SNAPSHOT)
        if os.environ.get("EDU_OPENAPI_UPDATE") == "1":
            with open(path, "w", encoding="utf-8") as snapshot:
                json.dump(live, snapshot, ensure_ascii=False, indent=2, sort_keys=True)
                snapshot.write("\n")
        with open(path, encoding="utf-8") as snapshot:
            committed = json.load(snapshot)
        self.assertEqual(
            live,
            committed,
            f"the served OpenAPI document differs from {SNAPSHOT}: run this test with "
            "EDU_OPENAPI_UPDATE=1 to write it again, and commit it",
        )

    def test_docs_page(self):
        response = self.api("GET", "/docs")
        self.assertEqual(response.status_code, 200)
        self.assertIn("openapi.json", response.text)
