"""The API's own error: an HTTP status, a stable code, the field and a translated message."""

from odoo.exceptions import UserError


class EduApiError(UserError):
    """A refusal of the API, raised by the models' ``_edu_api_*`` methods and the routers.

    ``status`` is the HTTP status (403, 404, 409, 422, 429 ...), ``code`` a stable
    machine-readable code, ``field`` the request field at fault (``rows[3]``,
    ``schools[0].region_code``) and ``errors`` the row-by-row list of the same items
    (``{"index", "field", "code", "message"}``) when a batch is refused.
    """

    def __init__(self, message, status=422, code="invalid", field=None, errors=None, headers=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.field = field
        self.errors = errors or []
        self.headers = headers or {}

    def to_detail(self):
        detail = {"code": self.code, "field": self.field, "message": self.args[0]}
        if self.errors:
            detail["errors"] = self.errors
        return detail
