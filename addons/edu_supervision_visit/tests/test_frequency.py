from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestFrequency(EduVisitCase):
    """Visit figures against hand counts, around the semester boundaries.

    Semesters: spring 1 Feb - 31 Jul, autumn 1 Aug - 31 Jan; "today" is the date in
    the office's timezone (the default, UTC+8). Only submitted or acknowledged visits count."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        a1, a2 = cls.school_a1, cls.school_a2
        cls._create_visit(a1, day=date(2026, 7, 31), state="submitted")  # spring 2026
        cls._create_visit(a1, day=date(2026, 8, 1), state="acknowledged")  # autumn 2026
        cls._create_visit(a1, day=date(2026, 9, 15))  # draft: never counts
        cls._create_visit(a1, day=date(2027, 1, 31), state="submitted")  # autumn 2026
        cls._create_visit(a2, day=date(2026, 8, 20), state="submitted")  # autumn 2026
        cls._create_visit(a2, day=date(2026, 10, 10), state="submitted")  # autumn 2026
        cls._create_visit(a2, day=date(2027, 2, 1), state="submitted")  # spring 2027

    def _figures(self):
        schools = self.schools.with_env(self.env)
        schools.invalidate_recordset()
        return {school: (school.visit_semester_count, school.visit_behind) for school in schools}

    def _behind(self):
        return self.env["edu.school"].search(
            [("id", "in", self.schools.ids), ("visit_behind", "=", True)]
        )

    def test_semester_bounds(self):
        bounds = self.company._edu_visit_semester_bounds
        self.assertEqual(bounds(date(2026, 1, 31)), (date(2025, 8, 1), date(2026, 1, 31)))
        self.assertEqual(bounds(date(2026, 2, 1)), (date(2026, 2, 1), date(2026, 7, 31)))
        self.assertEqual(bounds(date(2026, 7, 31)), (date(2026, 2, 1), date(2026, 7, 31)))
        self.assertEqual(bounds(date(2026, 8, 1)), (date(2026, 8, 1), date(2027, 1, 31)))
        self.assertEqual(bounds(date(2026, 12, 31)), (date(2026, 8, 1), date(2027, 1, 31)))

    def test_semester_code(self):
        code = self.company._edu_visit_semester_code
        self.assertEqual(code(date(2026, 7, 31)), "2025-2026-2")
        self.assertEqual(code(date(2026, 8, 1)), "2026-2027-1")
        self.assertEqual(code(date(2027, 1, 31)), "2026-2027-1")
        self.assertEqual(code(date(2027, 2, 1)), "2026-2027-2")
        visits = self.env["edu.visit"].search([("school_id", "=", self.school_a1.id)])
        self.assertEqual(
            sorted(visits.mapped("semester")),
            ["2025-2026-2", "2026-2027-1", "2026-2027-1", "2026-2027-1"],
        )

    @freeze_time("2026-07-31 15:00:00")  # 23:00 on 31 July in Wuhai: spring semester
    def test_last_day_of_spring(self):
        self.assertEqual(
            self._figures(),
            {self.school_a1: (1, True), self.school_a2: (0, True), self.school_b1: (0, True)},
        )
        self.assertEqual(self._behind(), self.schools)

    @freeze_time("2026-07-31 16:30:00")  # 00:30 on 1 August in Wuhai: autumn semester
    def test_first_day_of_autumn_in_local_time(self):
        self.assertEqual(
            self._figures(),
            {self.school_a1: (2, False), self.school_a2: (2, False), self.school_b1: (0, True)},
        )
        self.assertEqual(self._behind(), self.school_b1)

    @freeze_time("2027-01-31 04:00:00")  # last day of the autumn semester
    def test_last_day_of_autumn(self):
        self.assertEqual(self._behind(), self.school_b1)
        self.assertEqual(self.school_a1.visit_last_date, date(2027, 1, 31))

    @freeze_time("2027-02-01 04:00:00")  # spring 2027 starts: counts restart
    def test_first_day_of_spring(self):
        self.assertEqual(
            self._figures(),
            {self.school_a1: (0, True), self.school_a2: (1, True), self.school_b1: (0, True)},
        )
        self.assertEqual(self._behind(), self.schools)
        self.assertEqual(
            self.env["edu.school"].search(
                [("id", "in", self.schools.ids), ("visit_behind", "=", False)]
            ),
            self.env["edu.school"],
        )

    @freeze_time("2026-10-15 04:00:00")
    def test_monthly_target(self):
        self.company.edu_visit_min_per_month = 1
        # a1: 2 in the semester but none in October; a2: 2 in the semester, 1 in October
        self.assertEqual(self._behind(), self.school_a1 | self.school_b1)
        self.school_a2.invalidate_recordset()
        self.assertEqual(self.school_a2.visit_month_count, 1)
        self.assertEqual(self.school_a1.visit_month_count, 0)
        self.assertTrue(self.school_a1.visit_behind)
        self.assertFalse(self.school_a2.visit_behind)

    @freeze_time("2026-10-15 04:00:00")
    def test_targets_off(self):
        self.company.write({"edu_visit_min_per_semester": 0, "edu_visit_min_per_month": 0})
        self.assertFalse(self._behind())
        self.assertFalse(any(behind for _count, behind in self._figures().values()))

    @freeze_time("2026-10-15 04:00:00")
    def test_open_problems_and_current_semester_filter(self):
        visit = self._create_visit(self.school_b1, self.employee_insp2, day=date(2026, 10, 1))
        self._create_finding(visit)
        self._create_finding(visit, state="closed")
        self.school_b1.invalidate_recordset()
        self.assertEqual(self.school_b1.visit_open_problem_count, 1)
        current = self.env["edu.visit"].search(
            [("school_id", "in", self.schools.ids), ("is_current_semester", "=", True)]
        )
        self.assertEqual(
            sorted(current.mapped("date")),
            [
                date(2026, 8, 1),
                date(2026, 8, 20),
                date(2026, 9, 15),
                date(2026, 10, 1),
                date(2026, 10, 10),
                date(2027, 1, 31),
            ],
        )

    @freeze_time("2026-10-15 04:00:00")
    def test_my_schools_action(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_visit.edu_school_action_edu_visit_my"
        )
        domain = [("responsible_employee_id.user_id", "=", self.user_inspector.id)]
        self.assertIn("responsible_employee_id.user_id", action["domain"])
        schools = self.env["edu.school"].with_user(self.user_inspector).search(domain)
        self.assertEqual(schools, self.school_a1 | self.school_a2)
        new = self.school_a2.action_edu_visit_new()
        self.assertEqual(new["context"]["default_school_id"], self.school_a2.id)

    def test_open_problems_action(self):
        action = self.school_b1.action_edu_visit_view_problems()
        self.assertEqual(action["res_model"], "edu.problem")
        self.assertIn(("school_id", "=", self.school_b1.id), action["domain"])
        self.assertFalse(action["context"]["create"])
