from datetime import timedelta

from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduVisitCase

#: removed from the sample visits, so that an item can be created in them
FREE_ITEM = "culture"


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduVisitCase):
    """The routine-visit cells of the authority matrix, every role both ways.

    ``user_inspector`` (``employee_insp``) is the responsible inspector of A1
    and A2 (the district office's region), ``user_inspector2`` of B1.
    """

    matrix = access_matrix
    matrix_module = "edu_supervision_visit"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.day = cls.env.company._edu_today() - timedelta(days=3)
        a1, b1 = cls.school_a1, cls.school_b1
        mine, other = cls.employee_insp, cls.employee_insp2
        cls.visit_own_a1 = cls._create_visit(a1, mine, cls.day)
        cls.visit_other_a1 = cls._create_visit(a1, other, cls.day)
        cls.visit_other_a1_submitted = cls._create_visit(a1, other, cls.day, state="submitted")
        cls.visit_other_b1_submitted = cls._create_visit(b1, other, cls.day, state="submitted")
        cls.visit_own_b1_submitted = cls._create_visit(b1, mine, cls.day, state="submitted")
        visits = (
            cls.visit_own_a1
            | cls.visit_other_a1
            | cls.visit_other_a1_submitted
            | cls.visit_other_b1_submitted
            | cls.visit_own_b1_submitted
        )
        visits.item_ids.filtered(lambda item: item.item == FREE_ITEM).unlink()
        cls.complaint_own_a1 = cls._complaint(a1, mine)
        cls.complaint_other_a1 = cls._complaint(a1, other)
        cls.complaint_own_b1 = cls._complaint(b1, mine)
        cls.complaint_b1 = cls._complaint(b1)
        cls.complaint_none = cls._complaint(None)
        cls.finding_own_draft = cls._create_finding(cls.visit_own_a1)
        cls.finding_other_draft = cls._create_finding(cls.visit_other_a1)
        cls.finding_other_submitted = cls._create_finding(cls.visit_other_a1_submitted)
        cls.finding_own_submitted_b1 = cls._create_finding(cls.visit_own_b1_submitted)
        cls.finding_complaint_other_a1 = cls._complaint_finding(cls.complaint_other_a1)
        cls.finding_complaint_own_b1 = cls._complaint_finding(cls.complaint_own_b1)
        Wizard = cls.env["edu.visit.semester.wizard"]
        cls.wizards = [
            (Wizard.with_user(user).create({}), {f"own:{role}"})
            for role, user in cls.matrix_users.items()
            if Wizard.with_user(user).has_access("create")
        ]

    @classmethod
    def _complaint(cls, school, employee=None, **vals):
        return cls.env["edu.complaint"].create(
            {
                "source": "hotline",
                "date": cls.day,
                "school_id": school and school.id,
                "complainant": "Zhang San",
                "complainant_contact": "13900001111",
                "summary": "Paid tutoring",
                "employee_id": employee and employee.id,
                **vals,
            }
        )

    @classmethod
    def _complaint_finding(cls, complaint):
        return cls.env["edu.problem"].create(
            {"name": "Paid tutoring confirmed", "complaint_id": complaint.id}
        )

    # ------------------------------------------------------------------
    # Data cells
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        own, resp, district = "own:inspector", "responsible:inspector", "district"
        visits = [
            (self.visit_own_a1, {own, resp, district, "state:draft"}),
            (self.visit_other_a1, {resp, district, "state:draft"}),
            (self.visit_other_a1_submitted, {resp, district, "state:submitted"}),
            (self.visit_other_b1_submitted, {"state:submitted"}),
            (self.visit_own_b1_submitted, {own, "state:submitted"}),
        ]
        if model == "edu.visit":
            return visits
        if model == "edu.visit.item":
            return [
                (visit.item_ids.filtered(lambda item: item.item == "safety"), tags)
                for visit, tags in visits
            ]
        if model == "edu.complaint":
            return [
                (self.complaint_own_a1, {own, district, "state:assigned"}),
                (self.complaint_other_a1, {district, "state:assigned"}),
                (self.complaint_b1, {"state:received"}),
                (self.complaint_none, {"state:received"}),
            ]
        if model == "edu.problem":
            # the state is the visit's: complaint findings have none
            return [
                (self.finding_own_draft, {own, resp, district, "state:draft"}),
                (self.finding_other_draft, {resp, district, "state:draft"}),
                (self.finding_other_submitted, {resp, district, "state:submitted"}),
                (self.finding_own_submitted_b1, {own, "state:submitted"}),
                (self.finding_complaint_other_a1, {resp, district}),
                (self.finding_complaint_own_b1, {own}),
            ]
        return self.wizards

    def _matrix_write_vals(self, model, record):
        return {
            "edu.visit": {"opinion": "Well run."},
            "edu.visit.item": {"note": "Checked."},
            "edu.complaint": {"verification_note": "Checked on site."},
            "edu.visit.semester.wizard": {"date": self.day},
        }.get(model) or super()._matrix_write_vals(model, record)

    def _matrix_create_vals(self, model, record):
        if model == "edu.visit.item":
            return {"visit_id": record.visit_id.id, "item": FREE_ITEM}
        return super()._matrix_create_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        copy = super()._matrix_unlink_record(model, record)
        if model in ("edu.visit", "edu.complaint"):
            copy.write({"state": record.state})
        return copy

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _matrix_transition_record(self, model, method, user):
        own, resp, district = "own:inspector", "responsible:inspector", "district"
        if model == "edu.visit":
            if method in ("action_acknowledge", "action_reset_to_draft"):
                visit = self._create_visit(
                    self.school_a1, self.employee_insp2, self.day, state="submitted"
                )
                return visit, {resp, district, "state:submitted"}
            visit = self._create_visit(self.school_a1, self.employee_insp, self.day)
            return visit, {own, resp, district, "state:draft"}
        if model == "edu.complaint":
            state = {"action_reply": "verified", "action_assign": "received"}.get(
                method, "assigned"
            )
            complaint = self._complaint(
                self.school_a1,
                self.employee_insp,
                state=state,
                verification_result="founded",
            )
            return complaint, {own, district}
        if model == "edu.school":
            return self.school_a1, {district}
        Wizard = self.env[model]
        if Wizard.with_user(user).has_access("create"):
            Wizard = Wizard.with_user(user)
        roles = {f"own:{role}" for role, u in self.matrix_users.items() if u == user}
        return Wizard.create({}), roles
