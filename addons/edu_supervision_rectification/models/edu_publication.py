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
        status = []
        if reports:
            groups = env["edu.problem"]._read_group(
                [("partner_id", "in", reports.partner_id.ids)],
                ["partner_id", "state"],
                ["__count"],
            )
            counts = {}
            for partner, state, count in groups:
                entry = counts.setdefault(partner, {"total": 0, "closed": 0})
                entry["total"] += count
                if state == "closed":
                    entry["closed"] += count
            for partner in reports.partner_id:
                entry = counts.get(partner, {"total": 0, "closed": 0})
                status.append(
                    {
                        "unit": partner.name,
                        "total": entry["total"],
                        "closed": entry["closed"],
                        "open": entry["total"] - entry["closed"],
                        "reports": [
                            {
                                "name": report.name,
                                "kind": dict(report._fields["kind"]._description_selection(env))[
                                    report.kind
                                ],
                                "date": report.published_date,
                                "summary": report.public_summary,
                            }
                            for report in reports.filtered(lambda r, p=partner: r.partner_id == p)
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
