from lxml import etree

from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestViews(EduInspectorCase):
    """Open every view of the addon as each role, the way the web client
    does: no access error, no unknown field."""

    ACTIONS = {
        "edu_supervision_inspector.hr_employee_action_inspector": ("office", "hr"),
        "edu_supervision_inspector.edu_inspector_certificate_action": ("inspector", "office", "hr"),
        "edu_supervision_inspector.edu_inspector_appointment_action": ("inspector", "office", "hr"),
        "edu_supervision_inspector.edu_school_assignment_action": ("inspector", "office", "hr"),
        "edu_supervision_inspector.edu_responsibility_zone_action": (
            "viewer",
            "inspector",
            "office",
            "hr",
        ),
        "edu_supervision_inspector.edu_inspector_assessment_action": ("inspector", "office", "hr"),
        "edu_supervision_inspector.edu_school_action_uncovered": ("office", "hr"),
        "edu_supervision.edu_school_action": ("viewer", "inspector", "office", "hr"),
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._assign(cls.school_a1, cls.employee_insp)
        cls._assign(cls.school_b1, cls.employee_insp2)
        cls.env["edu.inspector.assessment"].create(
            {"employee_id": cls.employee_insp.id, "year": 2025, "score": 80}
        )
        cls.env["edu.responsibility.zone"].create(
            {
                "name": "Zone",
                "region_id": cls.region_city.id,
                "school_ids": [(6, 0, (cls.school_a1 | cls.school_b1).ids)],
                "inspector_ids": [(6, 0, (cls.employee_insp | cls.employee_insp2).ids)],
            }
        )
        cls.users = {
            "viewer": cls.user_viewer,
            "inspector": cls.user_inspector,
            "office": cls.user_office,
            "hr": cls.user_hr,
        }

    def _spec(self, arch, fields):
        spec = {}
        for node in etree.fromstring(arch).iter("field"):
            name = node.get("name")
            if name not in fields:
                continue
            if fields[name]["type"] in ("many2one", "many2many", "one2many"):
                spec[name] = {"fields": {"display_name": {}}}
            else:
                spec[name] = {}
        return spec

    def test_views_open_for_each_role(self):
        for xmlid, roles in self.ACTIONS.items():
            action = self.env.ref(xmlid)
            for role in roles:
                user = self.users[role]
                model = self.env[action.res_model].with_user(user)
                modes = [m for m in action.view_mode.split(",") if m in ("list", "form", "kanban")]
                result = model.get_views([(False, mode) for mode in modes] + [(False, "search")])
                fields = result["models"][action.res_model]["fields"]
                domain = safe_eval(action.domain or "[]")
                for mode in modes:
                    spec = self._spec(result["views"][mode]["arch"], fields)
                    with self.subTest(action=xmlid, role=role, view=mode):
                        records = model.web_search_read(domain, spec, limit=20)
                        if mode == "form" and records["records"]:
                            model.browse(records["records"][0]["id"]).web_read(spec)

    def test_create_inspector_with_form(self):
        employees = (
            self.env["hr.employee"]
            .with_user(self.user_hr)
            .with_context(default_edu_is_inspector=True)
        )
        with Form(
            employees, view="edu_supervision_inspector.hr_employee_view_form_inspector"
        ) as form:
            form.name = "Form Inspector"
            form.edu_inspector_type = "full_time"
            form.edu_region_id = self.region_a
            form.edu_affiliation_school_id = self.school_b1
        employee = form.save()
        self.assertTrue(employee.edu_is_inspector)
        self.assertEqual(employee.edu_affiliation_partner_id, self.school_b1.partner_id)
        self.assertFalse(employee.edu_certificate_valid)
        self._complete_preservice(employee)
        with Form(
            employee, view="edu_supervision_inspector.hr_employee_view_form_inspector"
        ) as form:
            with form.edu_certificate_ids.new() as certificate:
                certificate.name = "FORM-1"
        self.assertTrue(employee.edu_certificate_valid)

    def test_settings_view(self):
        settings = self.env["res.config.settings"].create({})
        settings.edu_parttime_max_terms = 2
        settings.execute()
        self.assertEqual(self.company.edu_parttime_max_terms, 2)
        arch = settings.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn("edu_zone_max_schools", arch)

    def test_staffing_report_views(self):
        for user in (self.user_office, self.user_hr):
            report = self.env["edu.staffing.report"].with_user(user)
            action = report.action_open_report()
            result = report.get_views([(False, "list"), (False, "pivot"), (False, "graph")])
            fields = result["models"]["edu.staffing.report"]["fields"]
            spec = self._spec(result["views"]["list"]["arch"], fields)
            records = report.web_search_read(action["domain"], spec)["records"]
            city = next(r for r in records if r["region_id"]["id"] == self.region_city.id)
            self.assertEqual(city["school_count"], 3)
            groups = report.read_group(
                action["domain"]
                + [
                    ("region_level", "=", "district"),
                    ("region_id.parent_id", "=", self.region_city.id),
                ],
                ["school_count:sum", "required_count:sum"],
                ["region_level"],
            )
            self.assertEqual(groups[0]["school_count"], 3)
