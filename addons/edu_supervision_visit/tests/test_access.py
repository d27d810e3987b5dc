from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestAccess(EduVisitCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.draft_a1 = cls._create_visit(cls.school_a1, day=date(2026, 9, 1))
        cls.submitted_a1 = cls._create_visit(cls.school_a1, day=date(2026, 9, 2), state="submitted")
        # inspector 1 visited school B1 (not his) for a complaint, and submitted it
        cls.submitted_b1 = cls._create_visit(cls.school_b1, day=date(2026, 9, 3), state="submitted")
        cls.draft_b1 = cls._create_visit(cls.school_b1, cls.employee_insp2, day=date(2026, 9, 4))

    def _visible(self, user):
        return self.env["edu.visit"].with_user(user).search([("school_id", "in", self.schools.ids)])

    def test_other_inspectors_draft_is_invisible(self):
        visible = self._visible(self.user_inspector2)
        self.assertNotIn(self.draft_a1, visible)
        with self.assertRaises(AccessError):
            self.draft_a1.with_user(self.user_inspector2).read(["opinion"])
        with self.assertRaises(AccessError):
            self.draft_a1.item_ids.with_user(self.user_inspector2).read(["rating"])

    def test_inspector_sees_own_and_his_schools_visits(self):
        # inspector 1: his own visits (even at B1), not the draft of inspector 2
        self.assertEqual(
            self._visible(self.user_inspector),
            self.draft_a1 | self.submitted_a1 | self.submitted_b1,
        )
        # inspector 2: his draft and the submitted visit at his school B1; nothing at A1
        self.assertEqual(self._visible(self.user_inspector2), self.submitted_b1 | self.draft_b1)
        with self.assertRaises(AccessError):
            self.submitted_a1.with_user(self.user_inspector2).read(["opinion"])

    def test_inspector_creates_only_his_own_visits(self):
        Visit = self.env["edu.visit"].with_user(self.user_inspector)
        visit = Visit.create({"school_id": self.school_a1.id, "employee_id": self.employee_insp.id})
        self.assertEqual(len(visit.item_ids), 8)
        with self.assertRaises(AccessError):
            Visit.create({"school_id": self.school_a1.id, "employee_id": self.employee_insp2.id})
        with self.assertRaises(AccessError):
            self.draft_b1.with_user(self.user_inspector).write({"opinion": "Not mine"})
        with self.assertRaises(AccessError):
            self.draft_b1.with_user(self.user_inspector).unlink()

    def test_viewer_has_no_access(self):
        with self.assertRaises(AccessError):
            self.env["edu.visit"].with_user(self.user_viewer).search([])

    def test_office_reads_its_region(self):
        self.assertEqual(
            self._visible(self.user_district_office), self.draft_a1 | self.submitted_a1
        )
        with self.assertRaises(AccessError):
            self.submitted_b1.with_user(self.user_district_office).read(["opinion"])
        self.assertEqual(
            self._visible(self.user_office),
            self.draft_a1 | self.submitted_a1 | self.submitted_b1 | self.draft_b1,
        )
        self.submitted_a1.with_user(self.user_district_office).action_acknowledge()
        with self.assertRaises(AccessError):
            self.submitted_b1.with_user(self.user_district_office).action_acknowledge()

    def test_findings_of_visits(self):
        finding = (
            self.env["edu.problem"]
            .with_user(self.user_inspector)
            .with_context(**self.draft_a1._prepare_problem_context())
            .create({"name": "Blocked fire exit"})
        )
        self.assertEqual(finding.visit_id, self.draft_a1)
        # inspector 2 cannot add findings to inspector 1's visit
        with self.assertRaises(AccessError):
            self.env["edu.problem"].with_user(self.user_inspector2).create(
                {
                    "name": "Not my visit",
                    "visit_id": self.draft_a1.id,
                    "source": "visit",
                    "school_id": self.school_a1.id,
                }
            )
        # the responsible inspector of B1 reads the problems of his school
        finding_b1 = self._create_finding(self.submitted_b1)
        self.assertEqual(
            self.env["edu.problem"]
            .with_user(self.user_inspector2)
            .search([("id", "=", finding_b1.id)]),
            finding_b1,
        )
