from datetime import date

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import UserError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from odoo.addons.edu_supervision_problem.models.edu_problem import SCHOOL_STATISTICS

from .common import EduProblemCase


@tagged("post_install", "-at_install")
class TestProblem(EduProblemCase):
    def test_unit_and_region_from_the_school(self):
        problem = self._create_problem(self.school_a1)
        self.assertEqual(problem.partner_id, self.school_a1.partner_id)
        self.assertEqual(problem.region_id, self.region_a)
        self.assertEqual(problem.state, "open")
        self.assertEqual(problem.company_id, self.company)

    def test_region_from_the_school_when_the_unit_is_given(self):
        problem = self.env["edu.problem"].create(
            {
                "name": "Finding of a visit",
                "school_id": self.school_a2.id,
                "partner_id": self.school_a2.partner_id.id,
                "source": "other",
            }
        )
        self.assertEqual(problem.region_id, self.region_a)
        # a region given stays
        problem = self.env["edu.problem"].create(
            {
                "name": "Finding for the city",
                "school_id": self.school_a2.id,
                "region_id": self.region_city.id,
                "source": "other",
            }
        )
        self.assertEqual(problem.region_id, self.region_city)
        self.assertEqual(problem.partner_id, self.school_a2.partner_id)

    def test_form_with_only_its_school(self):
        form = Form(self.env["edu.problem"].with_user(self.user_office))
        form.name = "Homework load too high"
        form.school_id = self.school_b1
        self.assertEqual(form.partner_id, self.school_b1.partner_id)
        self.assertEqual(form.region_id, self.region_b)
        problem = form.save()
        self.assertEqual(problem.school_id, self.school_b1)

    def test_unit_without_school(self):
        """A unit that is no school (a district government): no region unless given."""
        partner = self.env["res.partner"].create({"name": "District A Government"})
        problem = self.env["edu.problem"].create(
            {"name": "Funding below the rule", "partner_id": partner.id, "source": "other"}
        )
        self.assertEqual(problem.partner_id, partner)
        self.assertFalse(problem.school_id)
        self.assertFalse(problem.region_id)

    def test_without_unit_clear_message(self):
        with self.assertRaisesRegex(UserError, "Inspected Unit"):
            self.env["edu.problem"].create({"name": "Nowhere"})
        if self.env["res.lang"]._lang_get("zh_CN"):
            with self.assertRaisesRegex(UserError, "被督导单位"):
                self.env["edu.problem"].with_context(lang="zh_CN").create({"name": "Nowhere"})

    def test_overdue_in_shanghai_time(self):
        problem = self._create_problem(self.school_a1, deadline=date(2026, 6, 12))
        Problem = self.env["edu.problem"]
        with freeze_time("2026-06-12 15:59:00"):  # 23:59 in Shanghai
            problem.invalidate_recordset(["is_overdue"])
            self.assertFalse(problem.is_overdue)
            self.assertNotIn(problem, Problem.search([("is_overdue", "=", True)]))
        with freeze_time("2026-06-12 16:01:00"):  # 00:01 next day in Shanghai
            problem.invalidate_recordset(["is_overdue"])
            self.assertTrue(problem.is_overdue)
            self.assertIn(problem, Problem.search([("is_overdue", "=", True)]))
            problem.state = "closed"
            self.assertFalse(problem.is_overdue)
            self.assertNotIn(problem, Problem.search([("is_overdue", "=", True)]))
            self.assertIn(problem, Problem.search([("is_overdue", "!=", True)]))
        with self.assertRaises(UserError):
            Problem.search([("is_overdue", ">", 0)])

    def test_not_confidential_by_itself(self):
        """The problem library keeps nothing from the school's responsible inspector:
        the features that find problems say which of theirs are confidential."""
        problem = self._create_problem(self.school_a1)
        self.assertFalse(problem.is_confidential)
        Problem = self.env["edu.problem"]
        self.assertIn(problem, Problem.search([("is_confidential", "=", False)]))
        self.assertNotIn(problem, Problem.search([("is_confidential", "=", True)]))
        with self.assertRaises(UserError):
            Problem.search([("is_confidential", "in", [True])])

    def test_tracked_fields(self):
        Problem = self.env["edu.problem"]
        for name in ("name", "description", "severity", "deadline", "state", "school_id"):
            self.assertTrue(Problem._fields[name].tracking, name)

    def test_category_code_unique(self):
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.cr.savepoint():
            self.env["edu.problem.category"].create({"name": "Again", "code": "TEST"})
            self.env.flush_all()

    def test_school_statistics_kept_per_school(self):
        """PostgreSQL keeps each school's frequency in edu_problem.school_id (see
        EduProblem.init); an update puts the setting back when it is missing."""

        def target():
            self.env.cr.execute(
                "SELECT attstattarget FROM pg_attribute "
                "WHERE attrelid = 'edu_problem'::regclass AND attname = 'school_id'"
            )
            return self.env.cr.fetchone()[0]

        self.assertEqual(target(), SCHOOL_STATISTICS)
        self.env.cr.execute("ALTER TABLE edu_problem ALTER COLUMN school_id SET STATISTICS -1")
        self.assertNotEqual(target(), SCHOOL_STATISTICS)
        self.env["edu.problem"].init()
        self.assertEqual(target(), SCHOOL_STATISTICS)

    def test_categories_shipped(self):
        safety = self.env.ref("edu_supervision_problem.problem_category_safety")
        self.assertEqual(safety.code, "SAFETY")
