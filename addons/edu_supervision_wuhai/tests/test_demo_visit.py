from contextlib import closing
from datetime import date

from dateutil.relativedelta import relativedelta
from freezegun import freeze_time

from odoo.tests import TransactionCase, tagged

from odoo.addons.edu_supervision.tests.common import replay_demo

DEMO_FILE = "demo/edu_visit_demo.xml"


@tagged("post_install", "-at_install")
class TestDemoVisits(TransactionCase):
    """The demo visits never age: installed on any day, the current semester shows the
    same hand-counted mix of schools on and behind the visit target.

    The demo places each visit at a share of the part of the current semester elapsed
    by the install day (target: 2 visits per semester, no monthly target):

    - on target, 2 submitted or acknowledged visits: school_01, 02, 03, 05, 06 and 49
      (school_49's third visit is a draft and does not count);
    - behind, 1 visit: school_25 and school_07, 04, 50 (school_01's and school_25's
      other visits are in the previous semester, school_25's on its last day);
    - the other demo schools: no visit, behind.

    Each test replays the demo file with the clock one or two years ahead and on the
    first and last days of semesters, and counts again.
    """

    def setUp(self):
        super().setUp()
        if not self.env.ref("edu_supervision_wuhai.visit_demo_01_a", raise_if_not_found=False):
            self.skipTest("demo data not loaded")
        self.env.company.write({"edu_visit_min_per_semester": 2, "edu_visit_min_per_month": 0})
        today = date.today()
        year = today.year + 2
        self.days = [
            today + relativedelta(years=1),
            today + relativedelta(years=2),
            date(year, 2, 1),
            date(year, 3, 15),
            date(year, 7, 31),
            date(year, 8, 1),
            date(year + 1, 1, 31),
        ]

    def _school(self, number):
        return self.env.ref(f"edu_supervision_wuhai.school_{number}")

    def _replay(self, day, index):
        return replay_demo(
            self.env, "edu_supervision_wuhai", DEMO_FILE, day, scratch=f"edu_demo_replay_{index}"
        )

    def _check_day(self, day, index):
        company = self.env.company
        records = self._replay(day, index)
        visits = self.env["edu.visit"].union(
            *(record for record in records.values() if record._name == "edu.visit")
        )
        start, end = company._edu_visit_semester_bounds(day)
        current = visits.filtered(lambda v: start <= v.date <= end)
        self.assertEqual(
            visits - current,
            records["visit_demo_01_spring"] | records["visit_demo_25_spring"],
            "only the two visits of the previous semester are outside the current one",
        )
        self.assertEqual(records["visit_demo_25_spring"].date, start - relativedelta(days=1))
        self.assertTrue(all(visit.date <= day for visit in visits), "no visit in the future")
        done = current.filtered(lambda v: v.state in ("submitted", "acknowledged"))
        counts = {}
        for visit in done:
            counts[visit.school_id] = counts.get(visit.school_id, 0) + 1
        expected = {"01": 2, "02": 2, "03": 2, "05": 2, "06": 2, "49": 2}
        expected.update({"25": 1, "50": 1, "04": 1, "07": 1})
        self.assertEqual(counts, {self._school(n): c for n, c in expected.items()})
        # the other steps of the story keep their order
        self.assertLessEqual(
            records["complaint_demo_paid_tutoring"].date,
            records["visit_demo_25_complaint"].date,
        )
        fees = records["complaint_demo_fees"]
        self.assertLessEqual(fees.date, fees.reply_date)
        for problem in (record for record in records.values() if record._name == "edu.problem"):
            self.assertGreater(problem.deadline, problem.visit_id.date)
        return records

    def test_behind_target_hand_count_on_any_install_day(self):
        demo_schools = self.env["edu.school"].browse(
            [self._school(f"{n:02d}").id for n in range(1, 61)]
        )
        on_target = self.env["edu.school"].browse(
            [self._school(n).id for n in ("01", "02", "03", "05", "06", "49")]
        )
        for index, day in enumerate(self.days):
            with self.subTest(day=day), closing(self.env.cr.savepoint()):
                self._check_day(day, index)
                with self._freeze(day):
                    behind = self.env["edu.school"].search(
                        [("id", "in", demo_schools.ids), ("visit_behind", "=", True)]
                    )
                    self.assertEqual(behind, demo_schools - on_target)
                    self.assertEqual(
                        self._school("01").visit_semester_count, 2, "computed figures agree"
                    )
            self.env.invalidate_all()

    def test_demo_inspector_my_schools(self):
        user = self.env.ref("edu_supervision_wuhai.user_edu_inspector")
        day = self.days[1]
        self._check_day(day, 0)
        with self._freeze(day):
            schools = (
                self.env["edu.school"]
                .with_user(user)
                .search([("responsible_employee_id.user_id", "=", user.id)])
            )
            self.assertEqual(schools, self._school("01") | self._school("25") | self._school("49"))
            self.assertEqual(schools.filtered("visit_behind"), self._school("25"))

    def _freeze(self, day):
        self.env.invalidate_all()
        return freeze_time(f"{day.isoformat()} 04:00:00")
