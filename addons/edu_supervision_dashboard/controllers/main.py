from odoo import http
from odoo.http import content_disposition, request


class EduAnnualReportController(http.Controller):
    @http.route(
        "/edu_supervision/results/annual/<int:report_id>",
        type="http",
        auth="public",
        methods=["GET"],
    )
    def edu_supervision_annual_report(self, report_id):
        """The PDF of a published annual supervision report."""
        found = request.env["edu.publication"]._edu_get_annual_pdf(report_id)
        if found is None:
            raise request.not_found()
        name, pdf = found
        return request.make_response(
            pdf,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Disposition", content_disposition(name)),
            ],
        )
