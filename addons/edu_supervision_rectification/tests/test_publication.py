from odoo.tests import HttpCase, tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestPublication(EduRectificationCase, HttpCase):
    def setUp(self):
        super().setUp()
        Action = self.env["edu.accountability.action"].with_user(self.user_manager)
        self.published = Action.create(
            {
                "name": "Commendation PUBLISHED-7731",
                "kind": "commendation",
                "partner_id": self.unit_a1.id,
                "public_text": "Public text PUBLIC-TEXT-7731",
            }
        )
        self.published.action_approve()
        self.published.action_publish()
        self.approved = Action.create(
            {
                "name": "Circular SECRET-4410",
                "kind": "circular",
                "partner_id": self.unit_a2.id,
                "public_text": "Not yet public SECRET-TEXT-4410",
            }
        )
        self.approved.action_approve()
        self.draft = Action.create(
            {"name": "Draft SECRET-5520", "kind": "interview", "partner_id": self.unit_a2.id}
        )
        problem = self._create_problem(self.target_a1, name="Library books")
        office = self.env(user=self.user_office)
        self.report_published = self._report(
            "plan", problem, public_summary="Rectification RECT-PUB-9911"
        ).with_env(office)
        self.report_published.action_submit()
        self.report_published.action_accept()
        self.report_published.with_user(self.user_manager).action_publish()
        problem2 = self._create_problem(self.target_a2, name="Toilets")
        self.report_hidden = self._report(
            "plan", problem2, public_summary="Rectification RECT-HIDDEN-9922"
        ).with_env(office)
        self.report_hidden.action_submit()
        self.report_hidden.action_accept()
        self.inspection.public_summary = "Inspection INSP-HIDDEN-3301"

    def test_public_page_shows_only_published(self):
        response = self.url_open("/edu_supervision/results")
        self.assertEqual(response.status_code, 200)
        html = response.text
        self.assertIn("PUBLISHED-7731", html)
        self.assertIn("PUBLIC-TEXT-7731", html)
        self.assertIn("RECT-PUB-9911", html)
        for secret in (
            "SECRET-4410",
            "SECRET-TEXT-4410",
            "SECRET-5520",
            "RECT-HIDDEN-9922",
            "INSP-HIDDEN-3301",
        ):
            self.assertNotIn(secret, html)

    def test_unpublish_hides_again(self):
        self.published.with_user(self.user_manager).action_unpublish()
        html = self.url_open("/edu_supervision/results").text
        self.assertNotIn("PUBLISHED-7731", html)

    def test_published_inspection_listed(self):
        self.inspection.write({"state": "published", "publish_date": "2026-04-01"})
        html = self.url_open("/edu_supervision/results").text
        self.assertIn("INSP-HIDDEN-3301", html)
