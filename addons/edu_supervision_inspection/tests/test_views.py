from lxml import etree

from odoo.tests import tagged

from .common import EduInspectionCase

MODELS = [
    "edu.inspection",
    "edu.inspection.target",
    "edu.problem",
    "edu.random.draw",
    "edu.inspection.plan",
    "edu.indicator.framework",
    "edu.funding.record",
]


@tagged("post_install", "-at_install")
class TestViews(EduInspectionCase):
    """Every role can open the lists and forms it has menus for (no field access error)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        problem = cls._create_problem(cls.target_a1)
        cls.inspection.member_ids = cls.employee_insp2
        framework = cls.env["edu.indicator.framework"].create(
            {"name": "View framework", "function": "school", "year": 2026}
        )
        cls.env["edu.indicator"].create({"framework_id": framework.id, "name": "Check"})
        cls.inspection.framework_id = framework
        cls.inspection.target_ids._edu_generate_score_lines()
        draw = cls.env["edu.random.draw"].create(
            {
                "inspection_id": cls.inspection.id,
                "draw_targets": False,
                "inspector_count": 1,
                "inspector_region_ids": [(6, 0, cls.region_b.ids)],
            }
        )
        draw.action_draw()
        draw.action_confirm()
        plan = cls.env["edu.inspection.plan"].create(
            {
                "name": "View plan",
                "region_id": cls.region_a.id,
                "line_ids": [(0, 0, {"name": "Line", "school_ids": [(6, 0, cls.school_a1.ids)]})],
            }
        )
        plan.action_approve()
        funding = cls.env["edu.funding.record"].create({"region_id": cls.region_a.id, "year": 2025})
        cls.inspection.write({"state": "published", "public_summary": "Summary"})
        cls.fixture = {
            "edu.inspection": cls.inspection,
            "edu.inspection.target": cls.inspection.target_ids,
            "edu.problem": problem,
            "edu.random.draw": draw,
            "edu.inspection.plan": plan,
            "edu.indicator.framework": framework,
            "edu.funding.record": funding,
        }

    def _spec(self, model, arch):
        spec = {}
        for node in etree.fromstring(arch).iter("field"):
            name = node.get("name")
            if name not in model._fields:
                continue
            field = model._fields[name]
            if field.type in ("many2one", "one2many", "many2many"):
                spec[name] = {"fields": {"display_name": {}}}
            else:
                spec[name] = {}
        return spec

    def _open_all(self, user):
        for model_name in MODELS:
            model = self.env[model_name].with_user(user)
            views = model.get_views([(False, "list"), (False, "form"), (False, "search")])
            result = model.web_search_read(
                [("id", "in", self.fixture[model_name].ids)],
                self._spec(model, views["views"]["list"]["arch"]),
            )
            self.assertTrue(result["records"], f"{user.login} sees no {model_name}")
            record = model.browse(result["records"][0]["id"])
            record.web_read(self._spec(model, views["views"]["form"]["arch"]))

    def test_viewer(self):
        self._open_all(self.user_viewer)

    def test_inspector(self):
        self._open_all(self.user_inspector)
        self._open_all(self.user_inspector2)

    def test_office(self):
        self._open_all(self.user_office)
        self._open_all(self.user_district_office)

    def test_manager(self):
        self._open_all(self.user_manager)
