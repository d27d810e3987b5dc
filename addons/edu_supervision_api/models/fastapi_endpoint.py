from typing import Any

from fastapi import APIRouter
from starlette.middleware import Middleware

from odoo import fields, models

from ..routers import edu_api_router
from ..routers.middleware import BodySizeLimitMiddleware

API_VERSION = "1.0.0"

API_DESCRIPTION = """
The data-sharing API of the education supervision platform (教育督导信息管理平台, DOMAIN §24)
for the systems around the supervision office: the education bureau's school registry, the
online training platforms, the provincial supervision platform and the inspectors' mobile
apps.

* **Authentication**: `Authorization: Bearer <key>`. Each key belongs to an integration
  whose user's groups and region limit what the key reads and writes, as for a person in
  the web client.
* **Lists**: pages of `limit` records ordered by last change; pass `next_cursor` as
  `cursor` for the next page, `updated_since` (ISO 8601) for incremental sync.
* **Dates** are ISO 8601 (`2025-03-15`, `2025-03-15T08:00:00Z`), text is UTF-8.
* **Errors**: `{"detail": {"code", "field", "message"}}` (plus `errors` row by row) with
  401, 403, 404, 409, 413, 422 or 429; messages follow `Accept-Language` (Chinese by
  default).
* **Writes** are logged with their key; send an `Idempotency-Key` header so that a
  retry never writes twice (required for training hours).
"""

OPENAPI_TAGS = [
    {"name": "integration", "description": "The integration of the key."},
    {"name": "reference", "description": "Regions."},
    {"name": "schools", "description": "Schools (学校) and the school registry sync."},
    {"name": "inspectors", "description": "Inspectors and responsible inspectors (挂牌督导)."},
    {"name": "results", "description": "Published inspections, problems, accountability."},
    {"name": "training", "description": "Training hours and yearly compliance."},
    {"name": "visits", "description": "Routine visits of responsible inspectors."},
]


def _operation_id(route):
    return route.name


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    app = fields.Selection(
        selection_add=[("edu_api", "Education Supervision API")],
        ondelete={"edu_api": "cascade"},
    )

    def _get_fastapi_routers(self) -> list[APIRouter]:
        if self.app == "edu_api":
            return [edu_api_router]
        return super()._get_fastapi_routers()

    def _get_fastapi_app_middlewares(self) -> list[Middleware]:
        middlewares = super()._get_fastapi_app_middlewares()
        if self.app == "edu_api":
            middlewares.append(Middleware(BodySizeLimitMiddleware))
        return middlewares

    def _prepare_fastapi_app_params(self) -> dict[str, Any]:
        params = super()._prepare_fastapi_app_params()
        if self.app == "edu_api":
            params.update(
                {
                    "version": API_VERSION,
                    "description": API_DESCRIPTION.strip(),
                    "openapi_tags": OPENAPI_TAGS,
                    # operation ids are the functions' names: push_training_hours ...
                    "generate_unique_id_function": _operation_id,
                }
            )
        return params
