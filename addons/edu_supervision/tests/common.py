import io
from datetime import date

from freezegun import freeze_time
from lxml import etree

from odoo import Command
from odoo.tests import HttpCase, TransactionCase
from odoo.tools import convert_xml_import, file_open

from odoo.addons.edu_supervision.models.res_company import EDU_DEFAULT_TIMEZONE

#: 23:30 on 12 June 2026 in Los Angeles (UTC-7, summer time) is already 14:30 on
#: 13 June in Shanghai (UTC+8): users in the two zones have different calendar days.
TWO_ZONES_MOMENT = "2026-06-13 06:30:00"
#: The day in Los Angeles and the office's day (default timezone) at that moment.
TWO_ZONES_LA_DAY = date(2026, 6, 12)
TWO_ZONES_OFFICE_DAY = date(2026, 6, 13)


def replay_demo(env, module, filename, day, scratch="edu_demo_replay", functions=True):
    """Load the demo file ``filename`` of ``module`` again, as an install on ``day``
    would, into new records, and return them as ``{xml id: record}``.

    The demo data must not age: a database installed a year or two from now shows the
    same realistic mix as one installed today. The records get the xml ids of the module
    ``scratch`` so the installed demo is left alone; refer to records of other addons
    with their full xml id in demo files. Without ``functions``, the file's
    ``<function>`` elements (workflow steps, scheduled actions) are not replayed.
    """
    with file_open(f"{module}/{filename}", "rb") as file:
        doc = etree.parse(file)
    if not functions:
        for node in list(doc.getroot().iter("function")):
            node.getparent().remove(node)
    xml = io.BytesIO(etree.tostring(doc))
    xml.name = f"{module}/{filename}"
    with freeze_time(day):
        convert_xml_import(env, scratch, xml, {}, mode="init", noupdate=False)
    data = env["ir.model.data"].search([("module", "=", scratch)])
    return {xmlid.name: env[xmlid.model].browse(xmlid.res_id) for xmlid in data}


class EduSupervisionCase(TransactionCase):
    """Shared set-up: a small city with two districts, three schools and one
    user per role. Independent of demo data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.company = cls.env.company
        Region = cls.env["edu.region"]
        cls.region_city = Region.create({"name": "Test City", "code": "T100", "level": "city"})
        cls.region_a = Region.create(
            {
                "name": "District A",
                "code": "T101",
                "level": "district",
                "parent_id": cls.region_city.id,
            }
        )
        cls.region_b = Region.create(
            {
                "name": "District B",
                "code": "T102",
                "level": "district",
                "parent_id": cls.region_city.id,
            }
        )
        School = cls.env["edu.school"]
        cls.school_a1 = School.create(
            {
                "name": "School A1",
                "code": "A1",
                "region_id": cls.region_a.id,
                "stage": "primary",
                "student_count": 800,
            }
        )
        cls.school_a2 = School.create(
            {
                "name": "School A2",
                "code": "A2",
                "region_id": cls.region_a.id,
                "stage": "junior",
                "student_count": 2500,
            }
        )
        cls.school_b1 = School.create(
            {
                "name": "School B1",
                "code": "B1",
                "region_id": cls.region_b.id,
                "stage": "kindergarten",
                "ownership": "private",
                "student_count": 300,
            }
        )
        cls.user_viewer = cls._create_user("t_viewer", ["edu_supervision.group_edu_viewer"])
        cls.user_inspector = cls._create_user(
            "t_inspector", ["edu_supervision.group_edu_inspector"]
        )
        cls.user_inspector2 = cls._create_user(
            "t_inspector2", ["edu_supervision.group_edu_inspector"]
        )
        cls.user_office = cls._create_user("t_office", ["edu_supervision.group_edu_office"])
        cls.user_district_office = cls._create_user(
            "t_office_a", ["edu_supervision.group_edu_office"], edu_region_id=cls.region_a.id
        )
        cls.user_manager = cls._create_user("t_manager", ["edu_supervision.group_edu_manager"])
        cls.user_hr = cls._create_user(
            "t_hr", ["edu_supervision.group_edu_inspector_hr", "hr.group_hr_user"]
        )
        cls.user_finance = cls._create_user("t_finance", ["edu_supervision.group_edu_finance"])

    @classmethod
    def _create_users_in_two_zones(cls, login, group_xmlids, **vals):
        """Two users of the same role, one with the timezone of Los Angeles, one with
        the office's default timezone (see ``TWO_ZONES_MOMENT``)."""
        return tuple(
            cls._create_user(f"{login}_{suffix}", group_xmlids, tz=tz, **vals)
            for suffix, tz in (("la", "America/Los_Angeles"), ("office", EDU_DEFAULT_TIMEZONE))
        )

    @staticmethod
    def _as_user(records, user):
        """``records`` as ``user`` works on them in the web client, which puts the
        timezone of the user's browser (here: of the user) in the context."""
        return records.with_user(user).with_context(tz=user.tz)

    @classmethod
    def _create_user(cls, login, group_xmlids, **vals):
        groups = [Command.link(cls.env.ref(xmlid).id) for xmlid in group_xmlids]
        return (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": login.replace("_", " ").title(),
                    "login": login,
                    "email": f"{login}@example.com",
                    "company_id": cls.company.id,
                    "company_ids": [Command.set(cls.company.ids)],
                    "groups_id": [Command.set([cls.env.ref("base.group_user").id])] + groups,
                    **vals,
                }
            )
        )


class EduTourCase(HttpCase):
    """A role's day played in the browser (``static/tests/tours``) on the demo data, as
    the demo user (login = password)."""

    def _edu_demo(self, xmlid):
        record = self.env.ref(xmlid, raise_if_not_found=False)
        if not record:
            self.skipTest("demo data not loaded")
        return record

    def start_tour(self, url_path, tour_name, step_delay=None, **kwargs):
        # The first page of a test run builds the routing map and compiles the web
        # client; on a loaded machine that takes longer than the 20 s the browser waits
        # for a page. Render the page once on the server first, and serve a static file
        # once (the browser's parallel first requests for static files would otherwise
        # all read the addons' manifests at the same time).
        self.url_open("/web/static/img/favicon.ico", timeout=180).raise_for_status()
        if kwargs.get("login"):
            self.authenticate(kwargs["login"], kwargs["login"])
        self.url_open(url_path, timeout=180).raise_for_status()
        kwargs.setdefault("timeout", 180)
        return super().start_tour(url_path, tour_name, step_delay=step_delay, **kwargs)
