from odoo import api, models


class EduPublication(models.AbstractModel):
    """The published annual supervision reports on the public page and in its
    feed: kind ``annual``, the PDF itself as the detail page."""

    _inherit = "edu.publication"

    @api.model
    def _edu_published_annual_domain(self):
        return [
            ("state", "=", "published"),
            ("published_date", "!=", False),
            ("pdf_attachment_id", "!=", False),
        ]

    @api.model
    def _edu_kinds(self):
        return {**super()._edu_kinds(), "annual": self.env._("Annual Supervision Report")}

    @api.model
    def _edu_year_sources(self):
        return [
            *super()._edu_year_sources(),
            ("edu.annual.report", "published_date", self._edu_published_annual_domain()),
        ]

    @api.model
    def _edu_publication_entries(self, filters):
        entries = super()._edu_publication_entries(filters)
        if filters["kind"] not in (None, "annual"):
            return entries
        domain = self._edu_published_annual_domain() + self._edu_year_domain(
            "published_date", filters["year"]
        )
        if filters["region"]:
            domain.append(("region_id", "child_of", filters["region"].id))
        for row in self.sudo().env["edu.annual.report"].search_read(domain, ["published_date"]):
            entries.append((row["published_date"], "annual", "edu.annual.report", row["id"]))
        entries.sort(key=lambda entry: (entry[0], entry[2], entry[3]), reverse=True)
        return entries

    @api.model
    def _edu_model_entry_values(self, model, record_ids):
        if model != "edu.annual.report":
            return super()._edu_model_entry_values(model, record_ids)
        env = self.sudo().env
        kind = self._edu_kinds()["annual"]
        return {
            report.id: {
                "kind": kind,
                "title": report.name,
                "reference": report.number,
                "unit": report.issuer,
                "date": report.published_date,
                "summary": report.summary or "",
                "url": f"/edu_supervision/results/annual/{report.id}",
            }
            for report in env[model].browse(record_ids)
        }

    @api.model
    def _edu_get_annual_pdf(self, report_id):
        """(file name, PDF bytes) of a published annual report, or None."""
        report = (
            self.sudo()
            .env["edu.annual.report"]
            .search([("id", "=", report_id), *self._edu_published_annual_domain()])
        )
        if not report:
            return None
        return report.pdf_attachment_id.name, report.pdf_attachment_id.raw
