from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestProblem(EduInspectionCase):
    def test_created_from_only_its_target(self):
        """The unit, school, region and inspection follow from the inspected unit."""
        problem = (
            self.env["edu.problem"]
            .with_user(self.user_inspector)
            .create({"name": "Fire exits blocked", "target_id": self.target_a1.id})
        )
        self.assertEqual(problem.partner_id, self.school_a1.partner_id)
        self.assertEqual(problem.school_id, self.school_a1)
        self.assertEqual(problem.region_id, self.region_a)
        self.assertEqual(problem.inspection_id, self.inspection)

    def test_form_with_only_its_target(self):
        form = Form(self.env["edu.problem"].with_user(self.user_office))
        form.name = "Homework load too high"
        form.target_id = self.target_a2
        self.assertEqual(form.partner_id, self.school_a2.partner_id)
        problem = form.save()
        self.assertEqual(problem.inspection_id, self.inspection)
        self.assertEqual(problem.school_id, self.school_a2)

    def test_created_from_its_target_by_default(self):
        problem = (
            self.env["edu.problem"]
            .with_context(default_target_id=self.target_a1.id)
            .create({"name": "From the unit's problem tab"})
        )
        self.assertEqual(problem.partner_id, self.school_a1.partner_id)

    def test_without_unit_clear_message(self):
        with self.assertRaisesRegex(UserError, "Inspected Unit"):
            self.env["edu.problem"].create({"name": "Nowhere"})
        if self.env["res.lang"]._lang_get("zh_CN"):
            with self.assertRaisesRegex(UserError, "被督导单位"):
                self.env["edu.problem"].with_context(lang="zh_CN").create({"name": "Nowhere"})
