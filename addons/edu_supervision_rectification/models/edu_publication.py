from odoo import api, models


class EduPublication(models.AbstractModel):
    """What the public page shows: only records a manager published.

    The public page is rendered for anonymous visitors, who have no access to
    the supervision models. This model is the single, explicit boundary: it
    reads the published records with superuser rights and returns plain values
    restricted to their public fields, never records.
    """

    _name = "edu.publication"
    _description = "Public Supervision Results"

    @api.model
    def _edu_published_inspection_domain(self):
        return [("state", "in", ("published", "closed")), ("publish_date", "!=", False)]

    @api.model
    def _edu_get_public_values(self):
        env = self.sudo().env
        Inspection = env["edu.inspection"]
        inspections = Inspection.search(
            self._edu_published_inspection_domain(), order="publish_date desc, id desc", limit=200
        )
        reports = env["edu.rectification.report"].search(
            [("is_published", "=", True)], order="published_date desc, id desc", limit=200
        )
        actions = env["edu.accountability.action"].search(
            [("state", "=", "published")], order="published_date desc, id desc", limit=200
        )
        # Rectification status per unit: the problems covered by the unit's
        # published reports, and how many of them are closed out.
        report_kinds = dict(reports._fields["kind"]._description_selection(env))
        status = []
        for partner in reports.partner_id:
            unit_reports = reports.filtered(lambda r, p=partner: r.partner_id == p)
            problems = unit_reports.problem_ids
            closed = len(problems.filtered(lambda p: p.state == "closed"))
            status.append(
                {
                    "unit": partner.name,
                    "total": len(problems),
                    "closed": closed,
                    "open": len(problems) - closed,
                    "reports": [
                        {
                            "name": report.name,
                            "kind": report_kinds[report.kind],
                            "date": report.published_date,
                            "summary": report.public_summary,
                        }
                        for report in unit_reports
                    ],
                }
            )
        kinds = dict(env["edu.accountability.action"]._fields["kind"]._description_selection(env))
        return {
            "inspections": [
                {
                    "name": inspection.name,
                    "reference": inspection.reference,
                    "date": inspection.publish_date,
                    "summary": inspection.public_summary or "",
                }
                for inspection in inspections
            ],
            "rectification_status": status,
            "actions": [
                {
                    "name": action.name,
                    "reference": action.reference,
                    "kind": kinds[action.kind],
                    "unit": action.partner_id.name,
                    "date": action.published_date,
                    "text": action.public_text,
                }
                for action in actions
            ],
        }
