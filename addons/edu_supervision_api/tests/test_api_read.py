from odoo.tests import tagged

from .common import EduApiHttpCase


@tagged("post_install", "-at_install")
class TestApiRead(EduApiHttpCase):
    """What each key reads, through HTTP: its region, its role, published results."""

    def _ids(self, response):
        self.assertEqual(response.status_code, 200, response.text)
        return {item["id"] for item in response.json()["items"]}

    def test_district_key_reads_only_its_schools(self):
        """The registry of district A lists A1 and A2, never B1 (404, empty filter)."""
        for key in (self.key_registry, self.key_reader):
            schools = self._ids(self.api("GET", "/schools", key))
            self.assertEqual(schools, {self.school_a1.id, self.school_a2.id})
            self.assertError(
                self.api("GET", f"/schools/{self.school_b1.id}", key), 404, "not_found"
            )
            response = self.api("GET", "/schools", key, national_code="2200000001")
            self.assertEqual(self._ids(response), set())
        response = self.api("GET", f"/schools/{self.school_a1.id}", self.key_registry)
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["national_code"], "2100000001")
        self.assertEqual(body["region_code"], "T101")
        self.assertEqual(body["responsible_inspector_id"], self.employee_insp.id)

    def test_city_key_reads_every_school_and_inspector(self):
        inspectors = self._ids(self.api("GET", "/inspectors", self.key_training))
        self.assertLessEqual(
            {self.employee_insp.id, self.employee_insp2.id, self.employee_nocert.id}, inspectors
        )
        response = self.api("GET", "/inspectors", self.key_training, region_code="T102")
        self.assertEqual(self._ids(response), {self.employee_insp2.id})

    def test_missing_unknown_and_revoked_keys(self):
        self.assertError(self.api("GET", "/schools"), 401, "unauthorized", "Authorization")
        response = self.api("GET", "/schools", "0123456789abcdef-not-a-key")
        self.assertError(response, 401, "unauthorized")
        self.assertEqual(response.headers["WWW-Authenticate"], "Bearer")
        self.assertEqual(self.api("GET", "/me", self.key_registry).status_code, 200)
        self.client_registry.key_ids.with_user(self.user_manager).action_revoke()
        self.assertError(self.api("GET", "/me", self.key_registry), 401, "unauthorized")
        key = self.client_registry.key_ids
        self.assertEqual(key.state, "revoked")
        self.assertEqual(key.revoked_by_id, self.user_manager)
        self.assertFalse(key.apikey_id, "the Odoo API key is deleted")

    def test_archived_integration_or_user_is_refused(self):
        self.client_reader.active = False
        self.assertError(self.api("GET", "/me", self.key_reader), 401, "unauthorized")
        self.user_api_training.active = False
        self.assertError(self.api("GET", "/me", self.key_training), 401, "unauthorized")

    def test_training_key_cannot_read_problems(self):
        for path in ("/problems", "/inspections", "/accountability-actions", "/assignments"):
            self.assertError(self.api("GET", path, self.key_training), 403, "forbidden")
        self.assertError(self.api("GET", "/problems", self.key_registry), 403, "forbidden")
        compliance = self.api("GET", "/training-compliance", self.key_training, year=2026)
        self.assertEqual(compliance.status_code, 200, compliance.text)

    def test_reader_reads_published_results_of_its_region(self):
        inspections = self.api("GET", "/inspections", self.key_reader).json()["items"]
        self.assertEqual([item["id"] for item in inspections], [self.inspection.id])
        targets = inspections[0]["targets"]
        self.assertEqual(
            {target["school_national_code"] for target in targets}, {"2100000001", "2100000002"}
        )
        self.assertEqual(
            self._ids(self.api("GET", "/problems", self.key_reader)), {self.problem_a1.id}
        )
        response = self.api("GET", f"/inspections/{self.inspection_draft.id}", self.key_reader)
        self.assertError(response, 404, "not_found")
        actions = self._ids(self.api("GET", "/accountability-actions", self.key_reader))
        self.assertIn(self.action_published.id, actions)
        self.assertNotIn(self.action_draft.id, actions)
        assignments = self._ids(self.api("GET", "/assignments", self.key_reader))
        self.assertEqual(assignments, {self.assignment_a1.id, self.assignment_a2.id})

    def test_cursor_pagination_and_incremental_sync(self):
        first = self.api("GET", "/schools", self.key_registry, limit=1).json()
        self.assertTrue(first["has_more"])
        second = self.api(
            "GET", "/schools", self.key_registry, limit=1, cursor=first["next_cursor"]
        ).json()
        self.assertFalse(second["has_more"])
        seen = [first["items"][0]["id"], second["items"][0]["id"]]
        self.assertEqual(sorted(seen), sorted([self.school_a1.id, self.school_a2.id]))
        # later: only what changed since the last cursor (here: through the registry sync)
        row = {
            "national_code": "2100000001",
            "name": "School A1",
            "region_code": "T101",
            "stage": "primary",
            "student_count": 2600,
        }
        sync = self.api("POST", "/schools/sync", self.key_registry, json={"schools": [row]})
        self.assertEqual(sync.status_code, 200, sync.text)
        later = self.api("GET", "/schools", self.key_registry, cursor=second["next_cursor"]).json()
        self.assertEqual([item["id"] for item in later["items"]], [self.school_a1.id])
        self.assertTrue(later["items"][0]["is_large"])
        since = self.api(
            "GET", "/schools", self.key_registry, updated_since="2999-01-01T00:00:00+08:00"
        ).json()
        self.assertEqual(since["items"], [])
        self.assertError(
            self.api("GET", "/schools", self.key_registry, cursor="not-a-cursor"),
            422,
            "invalid_cursor",
            "cursor",
        )
        self.assertError(
            self.api("GET", "/schools", self.key_registry, limit=0),
            422,
            "validation_error",
            "limit",
        )

    def test_dates_utf8_and_language(self):
        self.school_a1.name = "乌达区第一小学"
        response = self.api("GET", f"/schools/{self.school_a1.id}", self.key_registry)
        self.assertIn("application/json", response.headers["Content-Type"])
        self.assertIn("乌达区第一小学".encode(), response.content)
        self.assertRegex(response.json()["updated_at"], r"^\d{4}-\d\d-\d\dT.*(Z|\+00:00)$")
        english = self.api(
            "GET", "/nowhere", self.key_registry, headers={"Accept-Language": "en-US"}
        )
        detail = self.assertError(english, 404, "not_found")
        if self.env["res.lang"]._lang_get("en_US").active or not self.zh_cn:
            self.assertIn("No such endpoint", detail["message"])
        if self.zh_cn:
            detail = self.assertError(
                self.api("GET", "/nowhere", self.key_registry), 404, "not_found"
            )
            self.assertIn("没有", detail["message"])

    def test_rate_limit(self):
        self.client_reader.rate_limit = 2
        self.assertEqual(self.api("GET", "/me", self.key_reader).status_code, 200)
        self.assertEqual(self.api("GET", "/me", self.key_reader).status_code, 200)
        response = self.api("GET", "/me", self.key_reader)
        self.assertError(response, 429, "rate_limited")
        self.assertTrue(1 <= int(response.headers["Retry-After"]) <= 60)
        # the limit is per key: another key of the city is not affected
        self.assertEqual(self.api("GET", "/me", self.key_training).status_code, 200)
        key = self.client_reader.key_ids
        key.invalidate_recordset()
        self.assertEqual(key.call_count, 2, "the refused call is not counted")
        self.assertTrue(key.last_used)
