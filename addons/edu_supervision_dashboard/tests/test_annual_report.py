import base64
import io
import re

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from .common import YEAR, EduDashboardCase


@tagged("post_install", "-at_install")
class TestAnnualReport(EduDashboardCase, HttpCase):
    """The annual report: its figures are the dashboards' totals, it has at
    least four charts, the PDF and the XLSX are attached, the manager publishes
    it on the public page."""

    def _wizard(self, user, region, **vals):
        return (
            self.env["edu.annual.report.wizard"]
            .with_user(user)
            .create({"year": YEAR, "region_id": region.id, "issuer": "Test Office", **vals})
        )

    def _generate(self, user, region):
        action = self._wizard(user, region).action_generate()
        return self.env["edu.annual.report"].with_user(user).browse(action["res_id"])

    def test_figures_equal_the_dashboards(self):
        report = self._generate(self.user_office, self.region_city)
        figures = report._edu_figures()
        problems = figures["problems"]
        self.assertEqual(
            (problems["total"], problems["open"], problems["closed"], problems["overdue"]),
            (8, 5, 3, 2),
        )
        self.assertAlmostEqual(problems["on_time_rate"], 200 / 3)
        self.assertEqual(problems["rebound"], 1)
        self.assertEqual(figures["inspection_count"], 3)
        self.assertEqual(
            {row["name"]: row["count"] for row in figures["by_function"]}[
                dict(
                    self.env["edu.inspection"]._fields["function"]._description_selection(self.env)
                )["school"]
            ],
            3,
        )
        self.assertEqual(figures["unit_count"], 3)
        self.assertAlmostEqual(figures["mean_score"], (90 + 70 + 60) / 3)
        self.assertEqual([row["rank"] for row in figures["ranking"]], [1, 2])
        self.assertEqual(figures["order_count"], 1)
        # the office reads the published actions (the manager also the approved ones)
        self.assertEqual({row["name"] for row in figures["actions"]}, {"Commendation of A1"})
        manager_report = report.with_user(self.user_manager)
        self.assertEqual(
            {row["name"] for row in manager_report._edu_figures()["actions"]},
            {"Commendation of A1", "Interview of B1"},
        )
        self.assertEqual(figures["staffing"]["school_count"], 3)
        # the same totals as the rectification dashboard's data source
        [[total, open_]] = (
            self.env["edu.dashboard.problem"]
            .with_user(self.user_office)
            ._read_group(
                [*self._year_domain(), ("region_id", "child_of", self.region_city.id)],
                [],
                ["problem_count:sum", "open_count:sum"],
            )
        )
        self.assertEqual((problems["total"], problems["open"]), (total, open_))

    def test_district_report_covers_the_district(self):
        report = self._generate(self.user_district_office, self.region_a)
        figures = report._edu_figures()
        self.assertEqual(figures["problems"]["total"], 6)
        self.assertEqual(figures["inspection_count"], 2)
        self.assertEqual({row["name"] for row in figures["actions"]}, {"Commendation of A1"})
        with self.assertRaises(UserError):
            self._wizard(self.user_district_office, self.region_b).action_generate()
        with self.assertRaises(UserError):
            self._wizard(self.user_district_office, self.region_city).action_generate()

    def test_report_renders_charts_and_files(self):
        report = self._generate(self.user_office, self.region_city)
        values = report._edu_report_values()
        self.assertGreaterEqual(len(values["charts"]), 4)
        for png in values["charts"].values():
            self.assertTrue(png.startswith(b"\x89PNG"))
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("edu_supervision_dashboard.edu_annual_report_pdf", report.ids)[0]
            .decode()
        )
        charts = re.findall(r"<img[^>]*o_edu_chart[^>]*data:image/png;base64,", html)
        self.assertGreaterEqual(len(charts), 4)
        for text in (
            report.number,
            "Test Office",
            "Commendation of A1",
            "Inspection of district B",
        ):
            self.assertIn(text, html)
        self.assertIn('<td class="text-end o_edu_total_problems">8</td>', html)
        self.assertTrue(report.pdf_attachment_id)
        self.assertEqual(report.pdf_attachment_id.res_id, report.id)
        # the XLSX: the lists and the charts
        from openpyxl import load_workbook  # noqa: PLC0415

        workbook = load_workbook(io.BytesIO(base64.b64decode(report.xlsx_attachment_id.datas)))
        self.assertEqual(len(workbook.worksheets), 6)
        self.assertEqual(workbook.worksheets[1].max_row, 4)  # header + 3 inspections
        self.assertGreaterEqual(len(workbook.worksheets[-1]._images), 4)

    def test_pdf_rendering(self):
        report = self._generate(self.user_office, self.region_city)
        pdf, kind = (
            self.env["ir.actions.report"]
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf("edu_supervision_dashboard.edu_annual_report_pdf", report.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_publication(self):
        report = self._generate(self.user_office, self.region_city)
        with self.assertRaises(AccessError):
            report.with_user(self.user_office).action_publish()
        url = f"/edu_supervision/results/annual/{report.id}"
        self.assertEqual(self.url_open(url).status_code, 404)
        # a guessed id of no report at all: the same answer
        missing = f"/edu_supervision/results/annual/{report.id + 1000}"
        self.assertEqual(self.url_open(missing).status_code, 404)
        self.assertNotIn(report.name, self.url_open("/edu_supervision/results").text)
        report.with_user(self.user_manager).action_publish()
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertIn(report.name, self.url_open("/edu_supervision/results?kind=annual").text)
        self.assertIn(url, self.url_open("/edu_supervision/results/feed").text)
        with self.assertRaises(UserError):
            report.with_user(self.user_manager).write({"issuer": "Someone else"})
        report.with_user(self.user_manager).action_unpublish()
        self.assertEqual(self.url_open(url).status_code, 404)
        # a viewer reads published reports only
        self.assertFalse(report.with_user(self.user_viewer).has_access("read"))
