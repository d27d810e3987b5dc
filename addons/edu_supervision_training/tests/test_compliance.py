from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.edu_supervision.models.res_company import EDU_DEFAULT_TIMEZONE

from .common import EduTrainingCase

FIELDS = (
    "centralized_hours",
    "online_hours",
    "preservice_hours",
    "centralized_missing",
    "online_missing",
    "missing_hours",
    "compliant",
)


@tagged("post_install", "-at_install")
class TestCompliance(EduTrainingCase):
    def _assert_figures(self, employee, year, expected):
        figures = employee._edu_get_training_figures(year)[employee.id]
        row = self._compliance(employee, year)
        self.assertEqual(len(row), 1)
        for fname, value in expected.items():
            self.assertEqual(figures[fname], value, f"helper {fname}")
            self.assertEqual(row[fname], value, f"report {fname}")

    def test_hand_computed_figures(self):
        emp = self.employee_insp
        self._record(emp, self.course_preservice)  # 2024, pre-service 40
        self._record(emp, self.course_national)  # centralized 24
        self._record(emp, self.course_city)  # centralized 16
        self._record(emp, self.course_district, result="failed")  # failed: not counted
        self._record(emp, self.course_school)  # school level: not counted
        self._record(emp, self.course_online)  # online 30
        self._record(emp, self.course_online2, hours=19.5)  # online 19.5
        self._external(emp, "Platform course", "2025-12-31", 3, result="pending")  # pending
        self._external(emp, "Last year's platform course", "2024-12-31", 10)  # other year
        # centralized 24 + 16 = 40; online 30 + 19.5 = 49.5 < 50: missing 0.5
        self._assert_figures(
            emp,
            2025,
            {
                "centralized_hours": 40.0,
                "online_hours": 49.5,
                "preservice_hours": 40.0,
                "centralized_missing": 0.0,
                "online_missing": 0.5,
                "missing_hours": 0.5,
                "compliant": False,
            },
        )
        # 2024: only the pre-service course and 10 online hours
        self._assert_figures(
            emp,
            2024,
            {
                "centralized_hours": 0.0,
                "online_hours": 10.0,
                "preservice_hours": 40.0,
                "missing_hours": 80.0,
                "compliant": False,
            },
        )
        # an inspector without any record: everything is missing
        self._assert_figures(
            self.employee_insp2,
            2025,
            {"centralized_hours": 0.0, "online_hours": 0.0, "missing_hours": 90.0},
        )

    def test_edges_39_5_versus_40(self):
        emp = self.employee_insp
        self._record(emp, self.course_national, hours=23.5)
        self._record(emp, self.course_city)  # 23.5 + 16 = 39.5
        self._record(emp, self.course_online)
        self._record(emp, self.course_online2, hours=20)  # 50 exactly
        self._assert_figures(
            emp,
            2025,
            {"centralized_hours": 39.5, "centralized_missing": 0.5, "compliant": False},
        )
        self._external(emp, "Regional lecture", "2025-11-02", 0.5, "centralized", "regional")
        self._assert_figures(
            emp,
            2025,
            {
                "centralized_hours": 40.0,
                "online_hours": 50.0,
                "missing_hours": 0.0,
                "compliant": True,
            },
        )
        # online 49.5 is not enough
        self.Record.search([("course_id", "=", self.course_online2.id)]).hours = 19.5
        self._assert_figures(emp, 2025, {"online_missing": 0.5, "compliant": False})

    def test_preservice_counts_only_for_preservice(self):
        emp = self.employee_insp
        self._record(emp, self.course_preservice)  # 2024
        self._record(emp, self.course_preservice_online)  # 2025, online 24
        self._assert_figures(
            emp,
            2025,
            {"preservice_hours": 64.0, "online_hours": 0.0, "centralized_hours": 0.0},
        )
        # pre-service hours are cumulated up to the year only
        self._assert_figures(emp, 2024, {"preservice_hours": 40.0})

    def test_categories(self):
        emp = self.employee_insp
        cases = [
            (self.course_national, "centralized"),
            (self.course_district, "centralized"),
            (self.course_school, "none"),
            (self.course_online, "online"),
            (self.course_preservice, "preservice"),
        ]
        for course, category in cases:
            self.assertEqual(self._record(emp, course).category, category, course.name)
        external = self._external(emp, "Unknown level", "2025-05-05", 4, "centralized", False)
        self.assertEqual(external.category, "none")
        # changing the level of a course moves its records
        self.course_school.organizer_level = "city"
        self.assertEqual(
            self.Record.search([("course_id", "=", self.course_school.id)]).category,
            "centralized",
        )

    def test_thresholds_from_settings(self):
        emp = self.employee_insp
        self._record(emp, self.course_national)
        self._record(emp, self.course_city)
        self._record(emp, self.course_online)
        self._assert_figures(emp, 2025, {"online_missing": 20.0, "compliant": False})
        self.company.edu_online_hours = 30.0
        self._assert_figures(emp, 2025, {"online_missing": 0.0, "compliant": True})

    def test_batch_constant_queries(self):
        Employee = self.env["hr.employee"]

        def make(count):
            employees = Employee.create(
                [{"name": f"Batch {count} {i}", "edu_is_inspector": True} for i in range(count)]
            )
            self.Record.create(
                [
                    {
                        "employee_id": employee.id,
                        "course_id": course.id,
                        "hours": course.hours,
                        "result": "passed",
                    }
                    for employee in employees
                    for course in (self.course_national, self.course_online)
                ]
            )
            return employees

        small, large = make(3), make(30)
        counts = []
        for employees in (small, large):
            self.env.invalidate_all()
            self.env.flush_all()
            before = self.env.cr.sql_log_count
            figures = employees._edu_get_training_figures(2025)
            counts.append(self.env.cr.sql_log_count - before)
            self.assertEqual(len(figures), len(employees))
            self.assertTrue(all(f["centralized_hours"] == 24.0 for f in figures.values()))
        self.assertEqual(counts[0], counts[1])
        self.assertLessEqual(counts[1], 4)

    def test_report_rows_for_inspectors_only(self):
        self._record(self.employee_insp, self.course_national)
        non_inspector = self.env["hr.employee"].create({"name": "Clerk"})
        self.env.flush_all()
        rows = self.env["edu.training.compliance"].search([("year", "=", 2025)])
        self.assertIn(self.employee_insp, rows.employee_id)
        self.assertIn(self.employee_insp2, rows.employee_id)
        self.assertNotIn(non_inspector, rows.employee_id)
        row = self._compliance(self.employee_insp, 2025)
        self.assertEqual(row.region_id, self.region_a)

    @freeze_time("2025-06-15")
    def test_employee_current_year_fields(self):
        emp = self.employee_insp
        self._record(emp, self.course_national)
        self._record(emp, self.course_online)
        emp.invalidate_recordset()
        self.assertEqual(emp.edu_training_year, 2025)
        self.assertEqual(emp.edu_training_centralized_hours, 24.0)
        self.assertEqual(emp.edu_training_online_hours, 30.0)
        self.assertEqual(emp.edu_training_missing_hours, 36.0)
        self.assertFalse(emp.edu_training_compliant)

    def test_this_year_is_the_office_year_for_every_user(self):
        """23:30 on New Year's Eve in Los Angeles is already 1 January for the office:
        "This Year" and "Last Year" and the rows' current year are the office's for both."""
        self._record(self.employee_insp, self.course_national)  # 2025
        self._external(self.employee_insp, "New Year seminar", "2026-01-01", 2)
        self.env.flush_all()
        rows = self.env["edu.training.compliance"].search(
            [("employee_id", "=", self.employee_insp.id), ("year", "in", (2025, 2026))]
        )
        users = self._create_users_in_two_zones(
            "t_tz", ["edu_supervision.group_edu_inspector_hr", "hr.group_hr_user"]
        )
        self.assertEqual([user.tz for user in users], ["America/Los_Angeles", EDU_DEFAULT_TIMEZONE])
        seen = []
        with freeze_time("2026-01-01 07:30:00"):
            for user in users:
                rows.invalidate_recordset(["years_ago"])
                Compliance = self._as_user(self.env["edu.training.compliance"], user)
                mine = [("employee_id", "=", self.employee_insp.id)]
                seen.append(
                    (
                        Compliance.search([*mine, ("years_ago", "=", 0)]).mapped("year"),
                        Compliance.search([*mine, ("years_ago", "=", 1)]).mapped("year"),
                        self._as_user(rows, user).sorted("year").mapped("years_ago"),
                        self._as_user(self.employee_insp, user)._edu_current_year(),
                    )
                )
        self.assertEqual(seen[0], ([2026], [2025], [1, 0], 2026))
        self.assertEqual(seen[1], seen[0], "the same for the user in the office's timezone")

    def test_assessment_hook(self):
        emp = self.employee_insp
        self._record(emp, self.course_national)
        self._record(emp, self.course_city)
        self._record(emp, self.course_online)
        online2 = self._record(emp, self.course_online2, hours=20)
        self._record(self.employee_insp2, self.course_school)  # not counted: 0 hours
        # filled automatically at creation
        first, second = self.env["edu.inspector.assessment"].create(
            [
                {"employee_id": emp.id, "year": 2025},
                {
                    "employee_id": self.employee_insp2.id,
                    "year": 2025,
                    "training_centralized_hours": 45,
                    "training_online_hours": 55,
                },
            ]
        )
        self.assertEqual(first.training_centralized_hours, 40.0)
        self.assertEqual(first.training_online_hours, 50.0)
        self.assertTrue(first.training_compliant)
        self.assertEqual(second.training_centralized_hours, 0.0)
        self.assertEqual(second.training_online_hours, 0.0)
        self.assertFalse(second.training_compliant)
        # refreshed by the assessment's button
        online2.hours = 19.95
        first.action_refresh_figures()
        self.assertEqual(first.training_online_hours, 50.0)  # stored with one decimal
        self.assertFalse(first.training_compliant)  # but 49.95 < 50

    def test_assessment_keeps_manual_figures_without_records(self):
        self._record(self.employee_insp, self.course_online)  # 2025 only
        assessment = self.env["edu.inspector.assessment"].create(
            {
                "employee_id": self.employee_insp.id,
                "year": 2024,
                "training_centralized_hours": 40,
                "training_online_hours": 50,
                "training_compliant": True,
            }
        )
        assessment.action_refresh_figures()
        self.assertEqual(assessment.training_centralized_hours, 40)
        self.assertTrue(assessment.training_compliant)

    def test_approved_assessment_created_as_is(self):
        """An assessment recorded as approved (e.g. a past year's) keeps its figures:
        approved assessments are frozen, also at creation."""
        self._record(self.employee_insp, self.course_online)  # 2025
        assessment = self.env["edu.inspector.assessment"].create(
            {
                "employee_id": self.employee_insp.id,
                "year": 2025,
                "training_centralized_hours": 43,
                "training_online_hours": 55,
                "training_compliant": True,
                "state": "approved",
            }
        )
        self.assertEqual(assessment.training_online_hours, 55)
        self.assertTrue(assessment.training_compliant)
