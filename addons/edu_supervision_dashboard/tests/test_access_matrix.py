import base64

from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import YEAR, EduDashboardCase


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduDashboardCase):
    """The dashboard cells of the authority matrix, every role both ways.

    Report rows are taken from the fixed data set: the rows of district A
    (``district``), of district B, of the draft inspection (led by
    ``user_inspector``: ``team``). Annual reports of district A, district B,
    the city, and one published."""

    matrix = access_matrix
    matrix_module = "edu_supervision_dashboard"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Report = cls.env["edu.annual.report"]
        cls.report_a = Report.create(cls._report_vals(cls.region_a))
        cls.report_b = Report.create(cls._report_vals(cls.region_b))
        cls.report_city = Report.create(cls._report_vals(cls.region_city))
        cls.report_published = Report.create(cls._report_vals(cls.region_b))
        cls.report_published.write(
            {
                "pdf_attachment_id": cls._pdf().id,
                "state": "published",
                "published_date": "2026-12-01",
            }
        )
        Wizard = cls.env["edu.annual.report.wizard"]
        cls.wizards = []
        for role, user in cls.matrix_users.items():
            if Wizard.with_user(user).has_access("create"):
                wizard = Wizard.with_user(user).create(cls._wizard_vals())
                cls.wizards.append((wizard.sudo(), {f"own:{role}"}))

    @classmethod
    def _report_vals(cls, region):
        return {"name": f"Report of {region.name}", "year": YEAR, "region_id": region.id}

    @classmethod
    def _wizard_vals(cls):
        return {"year": YEAR, "region_id": cls.region_a.id, "issuer": "Office"}

    @classmethod
    def _pdf(cls):
        return cls.env["ir.attachment"].create(
            {"name": "report.pdf", "datas": base64.b64encode(b"%PDF-1.4 test")}
        )

    def _row(self, model, record):
        return self.env[model].browse(record.id)

    def _matrix_samples(self, model):
        if model == "edu.annual.report.wizard":
            return self.wizards
        team = {"district", "team:inspector"}
        if model == "edu.dashboard.problem":
            return [
                (
                    self._row(model, self.p_overdue),
                    {"district", "team:inspector", "state:published"},
                ),
                (self._row(model, self.p_b_overdue), {"state:published"}),
                (self._row(model, self.p_draft), {*team, "state:draft"}),
            ]
        if model == "edu.dashboard.score":
            return [
                (
                    self._row(model, self.target_a1),
                    {"district", "team:inspector", "state:published"},
                ),
                (self._row(model, self.target_b1), {"state:published"}),
            ]
        if model == "edu.dashboard.district.score":
            rows = self.env[model].search(
                [("region_id", "in", (self.region_a | self.region_b).ids)]
            )
            return [
                (rows.filtered(lambda r: r.region_id == self.region_a), {"district"}),
                (rows.filtered(lambda r: r.region_id == self.region_b), set()),
            ]
        if model == "edu.dashboard.staffing":
            return [
                (self._row(model, self.region_a), {"district"}),
                (self._row(model, self.region_b), set()),
                (self._row(model, self.region_city), set()),
            ]
        if model == "edu.dashboard.training":
            year = self.env.company._edu_today().year
            rows = self.env[model].search(
                [
                    ("year", "=", year),
                    ("employee_id", "in", (self.employee_insp | self.employee_insp2).ids),
                ]
            )
            return [
                (
                    rows.filtered(lambda r: r.employee_id == self.employee_insp),
                    {"district", "own:inspector"},
                ),
                (rows.filtered(lambda r: r.employee_id == self.employee_insp2), set()),
            ]
        return [
            (self.report_a, {"district", "state:draft"}),
            (self.report_b, {"state:draft"}),
            (self.report_city, {"state:draft"}),
            (self.report_published, {"published", "state:published"}),
        ]

    def _matrix_write_vals(self, model, record):
        if model == "edu.annual.report.wizard":
            return {"issuer": "Another office"}
        if model == "edu.annual.report":
            return {"issuer": "Another office"}
        return super()._matrix_write_vals(model, record)

    def _matrix_create_vals(self, model, record):
        if model.startswith("edu.dashboard."):
            # report views have no rows of their own: any values do
            return {}
        if model == "edu.annual.report.wizard":
            return self._wizard_vals()
        return super()._matrix_create_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if model.startswith("edu.dashboard."):
            return record
        copy = super()._matrix_unlink_record(model, record)
        if model == "edu.annual.report" and record.state != copy.state:
            copy.write({"state": record.state})
        return copy

    def _matrix_transition_record(self, model, method, user):
        if model == "edu.annual.report.wizard":
            Wizard = self.env[model]
            if Wizard.with_user(user).has_access("create"):
                wizard = Wizard.with_user(user).create(self._wizard_vals())
                role = next(r for r, u in self.matrix_users.items() if u == user)
                return wizard.sudo(), {f"own:{role}"}
            return Wizard.create(self._wizard_vals()), set()
        report = self.env[model].create(self._report_vals(self.region_a))
        if method in ("action_publish", "action_unpublish"):
            report.pdf_attachment_id = self._pdf()
        if method == "action_unpublish":
            report.write({"state": "published", "published_date": "2026-12-01"})
        state = "state:published" if method == "action_unpublish" else "state:draft"
        return report, {"district", state}
