import re
from datetime import timedelta

from odoo import Command
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import PNG, EduPortalCase


@tagged("post_install", "-at_install")
class TestPortalHttp(HttpCase, EduPortalCase):
    """/my/supervision over HTTP: a unit's own pages; another unit's ids and files are
    404 (the same answer as a missing record); anonymous visitors go to the login page."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.problem_a1 = cls._problem_of(cls.school_a1, name="Fire lanes blocked in A1")
        cls.problem_b1 = cls._problem_of(cls.school_b1, name="Canteen records of B1")
        Order = cls.env["edu.supervision.order"]
        cls.orders = {}
        for unit, problem in ((cls.unit_a1, cls.problem_a1), (cls.unit_b1, cls.problem_b1)):
            order = Order.create(
                {
                    "partner_id": unit.id,
                    "reason": f"Overdue in {unit.name}",
                    "new_deadline": cls.today + timedelta(days=15),
                    "line_ids": [Command.create({"problem_id": problem.id})],
                }
            )
            order.action_issue()
            cls.orders[unit] = order
        cls.report_b1 = cls.env["edu.rectification.report"].create(
            {"kind": "plan", "partner_id": cls.unit_b1.id, "problem_ids": cls.problem_b1.ids}
        )
        cls.photo_b1 = cls.report_b1._edu_portal_attach("attachment_ids", "b1.png", PNG)
        cls.notice_b1 = cls.env["edu.accountability.action"].create(
            {
                "name": "Circular on B1",
                "kind": "circular",
                "partner_id": cls.unit_b1.id,
                "public_text": "Circular.",
            }
        )
        cls.notice_b1.write({"state": "published"})
        cls.inspection_b1 = cls.problem_b1.inspection_id

    def _login(self, user):
        self.authenticate(user.login, f"{user.login}-pw")

    def _get(self, url, **kw):
        return self.url_open(url, allow_redirects=False, **kw)

    def _csrf(self, url):
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200, url)
        return re.search(r'name="csrf_token" value="([^"]+)"', response.text).group(1)

    def test_anonymous_goes_to_login(self):
        for url in (
            "/my/supervision",
            f"/my/supervision/problems/{self.problem_a1.id}",
            f"/my/supervision/files/{self.photo_b1.id}",
        ):
            response = self._get(url)
            self.assertIn(response.status_code, (302, 303), url)
            self.assertIn("/web/login", response.headers["Location"], url)

    def test_own_pages(self):
        self._login(self.user_portal_a1)
        order = self.orders[self.unit_a1]
        pages = {
            "/my/supervision": "School A1",
            "/my/supervision/inspections": self.inspection.name,
            f"/my/supervision/inspections/{self.inspection.id}": self.leaf_1.name,
            "/my/supervision/problems": self.problem_a1.name,
            f"/my/supervision/problems/{self.problem_a1.id}": self.problem_a1.name,
            "/my/supervision/reports": "",
            "/my/supervision/orders": order.name,
            f"/my/supervision/orders/{order.id}": order.reason,
            "/my/supervision/notices": "",
            "/my/home": "/my/supervision",
        }
        for url, text in pages.items():
            response = self._get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertIn(text, response.text, url)
            for secret in ("School B1", self.problem_b1.name, self.notice_b1.name):
                self.assertNotIn(secret, response.text, url)

    @mute_logger("odoo.http", "odoo.addons.base.models.ir_rule")
    def test_other_units_ids_are_404(self):
        """School A1's user asks for school B1's inspection, problem, order, report,
        notice and file: 404, exactly as for an id that does not exist."""
        self._login(self.user_portal_a1)
        missing = 10**8
        urls = [
            f"/my/supervision/inspections/{self.inspection_b1.id}",
            f"/my/supervision/inspections/{missing}",
            f"/my/supervision/problems/{self.problem_b1.id}",
            f"/my/supervision/problems/{missing}",
            f"/my/supervision/orders/{self.orders[self.unit_b1].id}",
            f"/my/supervision/reports/{self.report_b1.id}",
            f"/my/supervision/notices/{self.notice_b1.id}",
            f"/my/supervision/files/{self.photo_b1.id}",
            f"/my/supervision/files/{missing}",
            f"/my/supervision/problems?school={self.school_b1.id}",
            "/my/supervision/schools",
        ]
        for url in urls:
            response = self._get(url)
            self.assertEqual(response.status_code, 404, url)
            for secret in ("School B1", self.problem_b1.name, self.notice_b1.name):
                self.assertNotIn(secret, response.text, url)
        # the posts are refused the same way
        token = self._csrf(f"/my/supervision/orders/{self.orders[self.unit_a1].id}")
        for url in (
            f"/my/supervision/orders/{self.orders[self.unit_b1].id}/acknowledge",
            f"/my/supervision/reports/{self.report_b1.id}/save",
            f"/my/supervision/reports/{self.report_b1.id}/files/{self.photo_b1.id}/delete",
        ):
            response = self.url_open(url, data={"csrf_token": token}, allow_redirects=False)
            self.assertEqual(response.status_code, 404, url)
        self.assertFalse(self.orders[self.unit_b1].acknowledge_date)
        self.assertTrue(self.photo_b1.exists())

    def test_own_file(self):
        report = self.env["edu.rectification.report"].create(
            {"kind": "plan", "partner_id": self.unit_a1.id, "problem_ids": self.problem_a1.ids}
        )
        photo = report._edu_portal_attach("attachment_ids", "a1.png", PNG)
        self._login(self.user_portal_a1)
        response = self._get(f"/my/supervision/files/{photo.id}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, PNG)
        self._login(self.user_portal_gov_a)  # the district government reads it too
        self.assertEqual(self._get(f"/my/supervision/files/{photo.id}").status_code, 200)
        self._login(self.user_portal_b1)
        self.assertEqual(self._get(f"/my/supervision/files/{photo.id}").status_code, 404)

    def test_submit_report_with_photo(self):
        self._login(self.user_portal_a1)
        token = self._csrf(f"/my/supervision/reports/new?problem_id={self.problem_a1.id}")
        response = self.url_open(
            "/my/supervision/reports/new",
            data={
                "csrf_token": token,
                "kind": "result",
                "problem_ids": str(self.problem_a1.id),
                "measures": "Lanes cleared.\nDaily checks.",
                "actual_date": str(self.today),
                "submit": "1",
            },
            files={"files": ("lanes.png", PNG, "image/png")},
            allow_redirects=False,
        )
        self.assertEqual(response.status_code, 303)
        report = self.env["edu.rectification.report"].search(
            [("partner_id", "=", self.unit_a1.id)], order="id desc", limit=1
        )
        self.assertTrue(
            response.headers["Location"].endswith(f"/my/supervision/reports/{report.id}")
        )
        self.assertEqual(report.state, "submitted")
        self.assertEqual(report.sudo().attachment_ids.name, "lanes.png")
        self.assertEqual(self.problem_a1.state, "reported")

    def test_upload_refused(self):
        self._login(self.user_portal_a1)
        order = self.orders[self.unit_a1]
        url = f"/my/supervision/orders/{order.id}"
        token = self._csrf(url)
        response = self.url_open(
            f"{url}/answer",
            data={"csrf_token": token, "answer": "Cleared."},
            files={"files": ("tool.exe", b"MZ\x90\x00binary", "application/octet-stream")},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("tool.exe", response.text)
        self.assertIn("alert-danger", response.text)
        self.env.invalidate_all()
        self.assertFalse(order.sudo().answer_attachment_ids)
        self.assertFalse(order.answer, "the refused upload undoes the whole change")

    def test_government_pages(self):
        self._login(self.user_portal_gov_a)
        response = self._get("/my/supervision/schools")
        self.assertEqual(response.status_code, 200)
        self.assertIn("School A1", response.text)
        self.assertNotIn("School B1", response.text)
        response = self._get(f"/my/supervision/problems?school={self.school_a1.id}&filterby=all")
        self.assertIn(self.problem_a1.name, response.text)
        self.assertEqual(
            self._get(f"/my/supervision/problems/{self.problem_b1.id}").status_code, 404
        )

    def test_query_count_does_not_grow(self):
        """The list pages read a page of records in a constant number of queries."""
        self._login(self.user_portal_a1)
        for _i in range(5):
            self._problem_of(self.school_a1)
        self._get("/my/supervision/problems?filterby=all")  # warm the caches
        counts = []
        for size in (25, 60):
            while (
                self.env["edu.problem"].search_count([("partner_id", "=", self.unit_a1.id)]) < size
            ):
                self._problem_of(self.school_a1)
            self.env.flush_all()
            self._get("/my/supervision/problems?filterby=all")
            before = self.cr.sql_log_count
            response = self._get("/my/supervision/problems?filterby=all")
            counts.append(self.cr.sql_log_count - before)
            self.assertEqual(response.status_code, 200)
        self.assertEqual(counts[0], counts[1], counts)
