from odoo.tests import HttpCase, tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestUi(HttpCase, EduInspectionCase):
    """Open the views of the addon in the web client: they must render without any
    JavaScript error."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.problem = cls._create_problem(cls.target_a1, name="UI problem")
        cls.framework = cls.env["edu.indicator.framework"].create(
            {"name": "UI framework", "function": "school", "year": 2026}
        )
        cls.env["edu.indicator"].create({"framework_id": cls.framework.id, "name": "UI check"})
        cls.inspection.framework_id = cls.framework
        cls.inspection.target_ids._edu_generate_score_lines()
        cls.draw = cls.env["edu.random.draw"].create(
            {"inspection_id": cls.inspection.id, "draw_targets": False, "inspector_count": 1}
        )
        cls.draw.action_draw()
        cls.plan = cls.env["edu.inspection.plan"].create(
            {"name": "UI plan", "year": 2026, "line_ids": [(0, 0, {"name": "UI line"})]}
        )
        cls.funding = cls.env["edu.funding.record"].create(
            {"region_id": cls.region_a.id, "year": 2025, "student_count": 10}
        )

    def _open(self, path):
        self.browser_js(
            path,
            "console.log('test successful')",
            ready="!!document.querySelector('.o_action_manager .o_view_controller')",
            login="admin",
        )

    def test_views_render(self):
        prefix = "/odoo/action-edu_supervision_inspection."
        inspections = f"{prefix}edu_inspection_action"
        self._open(inspections)
        for view_type in ("kanban", "calendar", "pivot", "graph"):
            self._open(f"{inspections}?view_type={view_type}")
        self._open(f"{inspections}/{self.inspection.id}")
        self._open(f"{prefix}edu_inspection_target_action/{self.target_a1.id}")
        self._open(f"{prefix}edu_inspection_target_action_feedback")
        self._open(f"{prefix}edu_problem_action")
        self._open(f"{prefix}edu_problem_action?view_type=kanban")
        self._open(f"{prefix}edu_problem_action/{self.problem.id}")
        self._open(f"{prefix}edu_random_draw_action/{self.draw.id}")
        self._open(f"{prefix}edu_inspection_plan_action/{self.plan.id}")
        self._open(f"{prefix}edu_indicator_framework_action/{self.framework.id}")
        self._open(f"{prefix}edu_funding_record_action/{self.funding.id}")
        self._open(f"{prefix}edu_school_action_term_inspection")
        self._open(f"{prefix}edu_inspection_score_action")
        self._open(
            "/odoo/action-edu_supervision_inspector.hr_employee_action_inspector/"
            f"{self.employee_insp.id}"
        )
