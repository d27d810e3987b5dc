from odoo import api, fields, models

from ..exceptions import EduApiError


class EduTrainingRecord(models.Model):
    _inherit = "edu.training.record"

    source = fields.Selection(
        selection_add=[("api", "Training Platform (API)")], ondelete={"api": "set default"}
    )

    @api.model
    def _edu_api_push(self, year, rows):
        """Record the online training hours pushed by a training platform, as the calling
        integration user: ``rows`` are dicts with ``inspector``, ``date``, ``course`` and
        ``hours``. The rows are validated by the file import's own validation
        (``edu.training.import.wizard._edu_validate``): all are recorded, or none and the
        error lists every bad row (its index from 0, its row number from 1 in the
        message)."""
        wizard = self.env["edu.training.import.wizard"].new({"year": year})
        lines = wizard._edu_validate(
            [
                (index + 1, [row["inspector"], row["date"], row["course"], row["hours"]])
                for index, row in enumerate(rows)
            ]
        )
        errors = [
            {
                "index": line["row"] - 1,
                "field": f"rows[{line['row'] - 1}]",
                "code": "invalid_row",
                "message": self.env._(
                    "Row %(row)s: %(errors)s", row=line["row"], errors=line["message"]
                ),
            }
            for line in lines
            if line["status"] == "error"
        ]
        if errors:
            raise EduApiError(
                self.env._(
                    "%(count)s of %(total)s rows are not valid: nothing was recorded. %(first)s",
                    count=len(errors),
                    total=len(lines),
                    first=errors[0]["message"],
                ),
                code="invalid_rows",
                field=errors[0]["field"],
                errors=errors,
            )
        records = self.create([self._edu_api_prepare_vals(wizard, line) for line in lines])
        self.env.flush_all()
        return records

    @api.model
    def _edu_api_prepare_vals(self, wizard, line):
        return dict(wizard._edu_prepare_record_vals(line), source="api")
