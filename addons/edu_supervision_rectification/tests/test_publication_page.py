from datetime import date

from odoo.tests import HttpCase, tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestPublicationPage(EduRectificationCase, HttpCase):
    """The public disclosure page over HTTP, as an anonymous visitor: the
    company's name, pages of ten, filters by year, region and kind, detail
    pages, the Atom feed, the unit's full rectification status, and never
    anything unpublished (not even at a guessed URL)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the counts below are those of this test's records: set aside what the
        # demo data published
        cls.env.flush_all()
        cls.env.cr.execute(
            "UPDATE edu_accountability_action SET state = 'approved' WHERE state = 'published'"
        )
        cls.env.cr.execute("UPDATE edu_inspection SET publish_date = NULL")
        cls.env.cr.execute("UPDATE edu_rectification_report SET is_published = FALSE")
        cls.env.invalidate_all()
        Action = cls.env["edu.accountability.action"]
        cls.actions = Action.create(
            [
                {
                    "name": f"Circular PUB-{index:02d}",
                    "kind": "circular" if index % 2 else "commendation",
                    "partner_id": (cls.unit_a1 if index < 15 else cls.school_b1.partner_id).id,
                    "date": date(2025 if index < 5 else 2026, 3, 1),
                    "state": "published",
                    "published_date": date(2025 if index < 5 else 2026, 3, 1 + index),
                    "public_text": f"Public text {index:02d}",
                }
                for index in range(23)
            ]
        )
        cls.hidden_action = Action.create(
            {
                "name": "Approved SECRET-ACTION",
                "kind": "interview",
                "partner_id": cls.unit_a1.id,
                "state": "approved",
                "public_text": "SECRET-ACTION-TEXT",
            }
        )
        # three problems of A1 in the published inspection, one closed out;
        # a published rectification report covering only one of them
        cls.problems = (
            cls._create_problem(cls.target_a1, name="Fire drills")
            | cls._create_problem(cls.target_a1, name="Library")
            | cls._create_problem(cls.target_a1, name="Canteen", state="closed")
        )
        report = cls._report("plan", cls.problems[0], public_summary="Plan of A1")
        report.write({"state": "accepted", "is_published": True, "published_date": "2026-06-01"})
        cls.inspection.write(
            {
                "state": "published",
                "publish_date": date(2026, 6, 15),
                "public_summary": "Report INSPECTION-PUBLIC",
            }
        )
        cls.draft_inspection = cls.env["edu.inspection"].create(
            {
                "name": "Draft SECRET-INSPECTION",
                "region_id": cls.region_b.id,
                "public_summary": "SECRET-INSPECTION-SUMMARY",
                "target_ids": [(0, 0, {"school_id": cls.school_b1.id})],
            }
        )
        cls._create_problem(cls.draft_inspection.target_ids, name="SECRET-PROBLEM")

    def _get(self, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200, url)
        return response.text

    def test_company_name_not_placeholder_logo(self):
        html = self._get("/edu_supervision/results")
        self.assertIn("o_edu_pub_company", html)
        self.assertIn(self.env.company.name, html)
        if self.env.company.uses_default_logo:
            self.assertNotIn("o_edu_pub_logo", html)

    def test_pagination(self):
        # 23 actions + 1 inspection report = 24 publications: pages of 10
        page1 = self._get("/edu_supervision/results")
        self.assertEqual(page1.count("o_edu_pub_entry"), 10)
        self.assertIn("o_edu_pub_pager", page1)
        page3 = self._get("/edu_supervision/results?page=3")
        self.assertEqual(page3.count("o_edu_pub_entry"), 4)
        # newest first: the 2026 ones on page 1, the 2025 ones on the last page
        self.assertIn("PUB-22", page1)
        self.assertIn("PUB-00", page3)
        self.assertNotIn("PUB-00", page1)
        # out of range: the last page
        self.assertEqual(self._get("/edu_supervision/results?page=99").count("o_edu_pub_entry"), 4)

    def test_filters(self):
        html = self._get("/edu_supervision/results?year=2025")
        self.assertEqual(html.count("o_edu_pub_entry"), 5)
        self.assertNotIn("INSPECTION-PUBLIC", html)
        html = self._get("/edu_supervision/results?kind=inspection")
        self.assertEqual(html.count("o_edu_pub_entry"), 1)
        self.assertIn("INSPECTION-PUBLIC", html)
        html = self._get("/edu_supervision/results?kind=commendation&year=2026")
        # even indexes 6..22 of 2026
        self.assertEqual(html.count("o_edu_pub_entry"), 9)
        html = self._get(f"/edu_supervision/results?region={self.region_b.id}")
        # the actions of B1 (indexes 15..22); the inspection is district A's
        self.assertEqual(html.count("o_edu_pub_entry"), 8)
        self.assertIn("PUB-15", html)
        self.assertNotIn("PUB-14", html)
        # nonsense values are ignored
        self._get("/edu_supervision/results?year=abc&region=x&kind=zzz&page=q")

    def test_unit_status_counts_every_problem(self):
        html = self._get("/edu_supervision/results")
        [row] = [
            row.split("</tr>")[0]
            for row in html.split('<tr class="o_edu_pub_unit">')[1:]
            if self.unit_a1.name in row.split("</tr>")[0]
        ]
        self.assertIn('o_edu_pub_total">3<', row)
        self.assertIn('o_edu_pub_closed">1<', row)
        self.assertIn('o_edu_pub_open">2<', row)
        self.assertIn("Plan of A1", row)

    def test_detail_pages(self):
        html = self._get(f"/edu_supervision/results/inspection/{self.inspection.id}")
        self.assertIn("INSPECTION-PUBLIC", html)
        self.assertIn('o_edu_pub_total">3<', html)
        html = self._get(f"/edu_supervision/results/action/{self.actions[0].id}")
        self.assertIn("Public text 00", html)

    def test_nothing_unpublished(self):
        for url in (
            f"/edu_supervision/results/inspection/{self.draft_inspection.id}",
            f"/edu_supervision/results/action/{self.hidden_action.id}",
            f"/edu_supervision/results/inspection/{self.draft_inspection.id + 1000}",
            f"/edu_supervision/results/action/{self.hidden_action.id + 1000}",
        ):
            self.assertEqual(self.url_open(url).status_code, 404, url)
        pages = [self._get(f"/edu_supervision/results?page={page}") for page in (1, 2, 3)] + [
            self._get("/edu_supervision/results/feed")
        ]
        for html in pages:
            for secret in (
                "SECRET-ACTION",
                "SECRET-INSPECTION",
                "SECRET-PROBLEM",
            ):
                self.assertNotIn(secret, html)
        # unpublishing hides the detail page again
        self.actions[0].with_user(self.user_manager).action_unpublish()
        url = f"/edu_supervision/results/action/{self.actions[0].id}"
        self.assertEqual(self.url_open(url).status_code, 404)

    def test_feed(self):
        response = self.url_open("/edu_supervision/results/feed")
        self.assertEqual(response.status_code, 200)
        self.assertIn("application/atom+xml", response.headers["Content-Type"])
        feed = response.text
        self.assertIn('<feed xmlns="http://www.w3.org/2005/Atom"', feed)
        self.assertEqual(feed.count("<entry>"), 24)
        self.assertIn(f"/edu_supervision/results/action/{self.actions[22].id}", feed)
        self.assertIn(f"/edu_supervision/results/inspection/{self.inspection.id}", feed)
