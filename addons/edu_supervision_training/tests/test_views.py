from odoo.tests import Form, tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestViews(EduTrainingCase):
    """The views load for every role that has the menus, and the forms work."""

    VIEWS = {
        "edu.training.course": ["list", "form", "search", "kanban", "calendar"],
        "edu.training.record": ["list", "form", "search", "pivot", "graph"],
        "edu.training.compliance": ["list", "pivot", "graph", "search"],
    }

    def test_views_per_role(self):
        users = (self.user_viewer, self.user_inspector, self.user_office, self.user_hr)
        for user in users:
            for model, view_types in self.VIEWS.items():
                views = self.env[model].with_user(user).get_views([(False, v) for v in view_types])
                self.assertEqual(set(views["views"]), set(view_types), (user.login, model))
        for user in (self.user_office, self.user_hr):
            wizard = self.env["edu.training.import.wizard"].with_user(user)
            self.assertIn("form", wizard.get_views([(False, "form")])["views"])

    def test_employee_forms(self):
        inspector_form = self.env.ref("edu_supervision_inspector.hr_employee_view_form_inspector")
        for user in (self.user_office, self.user_hr):
            employee = self.employee_insp.with_user(user)
            for view in (inspector_form, False):
                arch = employee.get_views([(view and view.id, "form")])["views"]["form"]["arch"]
                self.assertIn("edu_training_missing_hours", arch)
            form = Form(employee, view=inspector_form)
            self.assertFalse(form.edu_training_compliant)
        arch = self.employee_insp.with_user(self.user_hr).get_views([(False, "form")])
        self.assertIn("action_edu_issue_certificate", arch["views"]["form"]["arch"])

    def test_course_form(self):
        with Form(self.env["edu.training.course"].with_user(self.user_office)) as form:
            form.name = "Form course"
            form.mode = "online"
            form.organizer_level = "district"
            form.date_start = "2025-05-01"
            form.date_end = "2025-05-31"
            form.hours = 12
            with form.record_ids.new() as line:
                line.employee_id = self.employee_insp
                line.hours = 12
                line.result = "passed"
        course = form.record
        self.assertEqual(course.record_ids.category, "online")
        self.assertEqual(str(course.record_ids.date), "2025-05-31")

    def test_record_form_external(self):
        with Form(self.env["edu.training.record"].with_user(self.user_hr)) as form:
            form.employee_id = self.employee_insp
            form.external_course = "Provincial lecture"
            form.mode = "centralized"
            form.organizer_level = "regional"
            form.date = "2025-09-09"
            form.hours = 6
            form.result = "passed"
        self.assertEqual(form.record.category, "centralized")
        self.assertEqual(form.record.year, 2025)
