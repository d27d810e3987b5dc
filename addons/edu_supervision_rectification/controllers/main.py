from odoo import http
from odoo.http import request


class EduPublicationController(http.Controller):
    @http.route(
        "/edu_supervision/results", type="http", auth="public", website=True, methods=["GET"]
    )
    def edu_supervision_results(self, **kwargs):
        """Public page: published inspection reports, rectification status and
        accountability results (only what a manager published)."""
        values = request.env["edu.publication"]._edu_get_public_values()
        return request.render("edu_supervision_rectification.publication_page", values)
