from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_api_rate_limit = fields.Integer(
        string="API Requests per Minute",
        default=120,
        help="Default number of requests one API key may make per minute; an integration "
        "may have its own limit. Further requests are answered with HTTP 429.",
    )
    edu_api_max_request_kb = fields.Integer(
        string="API Request Size Limit (KB)",
        default=2048,
        help="Largest request body the API accepts, in kilobytes; larger requests are "
        "answered with HTTP 413.",
    )

    _sql_constraints = [
        (
            "edu_api_rate_limit_positive",
            "CHECK(edu_api_rate_limit > 0)",
            "The API rate limit must be positive.",
        ),
        (
            "edu_api_max_request_kb_positive",
            "CHECK(edu_api_max_request_kb > 0)",
            "The API request size limit must be positive.",
        ),
    ]
