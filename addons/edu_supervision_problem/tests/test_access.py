from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EduProblemCase


@tagged("post_install", "-at_install")
class TestAccess(EduProblemCase):
    """The problems found outside inspections, visits and complaints."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.problem_own = cls._create_problem(
            cls.school_a1, name="In his charge", responsible_employee_id=cls.employee_insp.id
        )
        cls.problem_b = cls._create_problem(cls.school_b1, name="Elsewhere")

    def _visible(self, user, records):
        return records.with_user(user).search([("id", "in", records.ids)])

    def test_hidden_from_viewer_hr_finance_other_inspectors(self):
        finding = self.problem_own
        for user in (self.user_viewer, self.user_hr, self.user_finance, self.user_inspector2):
            self.assertFalse(self._visible(user, finding), user.login)
            with self.assertRaises(AccessError):
                finding.with_user(user).read(["name"])
        # the office of its region and the inspector in charge of it still see it
        for user in (self.user_office, self.user_district_office, self.user_inspector):
            self.assertEqual(self._visible(user, finding), finding, user.login)

    def test_inspector_follows_up_his_problems_only(self):
        self.problem_own.with_user(self.user_inspector).write({"description": "Followed up"})
        with self.assertRaises(AccessError):
            self.problem_b.with_user(self.user_inspector).write({"description": "Not his"})
        with self.assertRaises(AccessError):
            self.problem_own.with_user(self.user_inspector).unlink()

    def test_employee_link_applies_at_once(self):
        """The rules name the user's employees by id: linking the employee to another
        user moves its problems to that user at once (the rules are evaluated again),
        archived or not; a user with no employee has no part in the rule."""
        finding = self.problem_own
        newcomer = self._create_user("t_newcomer", ["edu_supervision.group_edu_inspector"])
        self.assertEqual(self._visible(self.user_inspector, finding), finding)
        self.assertFalse(self._visible(newcomer, finding))
        domain = (
            self.env["ir.rule"]
            .with_user(self.user_inspector)
            ._compute_domain("edu.problem", "read")
        )
        self.assertIn(("responsible_employee_id", "in", self.employee_insp.ids), list(domain))
        self.employee_insp.user_id = newcomer
        self.assertFalse(self._visible(self.user_inspector, finding))
        self.assertEqual(self._visible(newcomer, finding), finding)
        self.employee_insp.action_archive()
        self.assertEqual(self._visible(newcomer, finding), finding)
        self.employee_insp.user_id = False
        self.assertFalse(self._visible(newcomer, finding))

    def test_office_limited_to_region(self):
        problems = self.problem_own | self.problem_b
        self.assertEqual(self._visible(self.user_district_office, problems), self.problem_own)
        self.assertEqual(self._visible(self.user_office, problems), problems)
        with self.assertRaises(AccessError):
            self.problem_b.with_user(self.user_district_office).write({"description": "No"})

    def test_records_without_region_are_city_office_only(self):
        problem = self.env["edu.problem"].create(
            {"name": "No region", "partner_id": self.school_b1.partner_id.id, "source": "other"}
        )
        self.assertFalse(self._visible(self.user_district_office, problem))
        self.assertEqual(self._visible(self.user_office, problem), problem)

    def test_configuration_access(self):
        Category = self.env["edu.problem.category"]
        for user in (self.user_viewer, self.user_inspector, self.user_office):
            self.assertTrue(Category.with_user(user).search([("id", "=", self.category.id)]))
            with self.assertRaises(AccessError, msg=user.login):
                Category.with_user(user).create({"name": "New", "code": "NEW"})
        Category.with_user(self.user_manager).create({"name": "New", "code": "NEW"})
