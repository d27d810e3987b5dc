from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestViews(EduRectificationCase):
    """Every role can open the views of the addon and read a record through them."""

    def test_views_per_role(self):
        problem = self._create_problem(self.target_a1, name="View smoke")
        self._bring_to_reported(problem)
        views = {
            "edu.problem": ["kanban", "list", "form", "search", "pivot", "graph"],
            "edu.rectification.report": ["list", "form", "search"],
            "edu.supervision.order": ["list", "form", "search"],
            "edu.lookback": ["list", "form", "search"],
            "edu.lookback.line": ["list", "search"],
            "edu.accountability.action": ["list", "form", "search", "calendar"],
            "edu.inspection.target": ["form"],
        }
        users = (self.user_viewer, self.user_inspector, self.user_office, self.user_manager)
        for user in users:
            for model, modes in views.items():
                result = self.env[model].with_user(user).get_views([(False, m) for m in modes])
                self.assertEqual(set(result["views"]), set(modes))
            # The inspector, office and manager read the problem through its form.
            if user != self.user_viewer:
                form = self.env["edu.problem"].with_user(user).get_views([(False, "form")])
                fields_spec = {
                    name: {}
                    for name, field in form["models"]["edu.problem"]["fields"].items()
                    if field["type"] not in ("one2many", "many2many")
                }
                record = problem.with_user(user).web_read(fields_spec)[0]
                self.assertEqual(record["state"], "reported")
        suggestion_views = self.env["edu.escalation.suggestion"].with_user(self.user_office)
        suggestion_views.get_views([(False, "list"), (False, "form"), (False, "search")])
        target = self.target_a1.with_user(self.user_office)
        self.assertEqual(target.web_read({"lookback_count": {}})[0]["lookback_count"], 0)
