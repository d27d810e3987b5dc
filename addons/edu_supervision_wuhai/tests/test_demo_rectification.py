from contextlib import closing
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.tests import TransactionCase, tagged

from odoo.addons.edu_supervision.tests.common import replay_demo


@tagged("post_install", "-at_install")
class TestDemoProblems(TransactionCase):
    """The demo problems never age: installed a year or two from now, some open problems
    are overdue and some are not, and the closed ones were closed before that day."""

    def test_problem_deadlines_on_any_install_day(self):
        if not self.env.ref(
            "edu_supervision_wuhai.problem_rect_demo_open", raise_if_not_found=False
        ):
            self.skipTest("demo data not loaded")
        today = date.today()
        for index, day in enumerate(
            (today + relativedelta(years=1), today + relativedelta(years=2, days=45))
        ):
            with self.subTest(day=day), closing(self.env.cr.savepoint()):
                records = replay_demo(
                    self.env,
                    "edu_supervision_wuhai",
                    "demo/edu_rectification_demo.xml",
                    day,
                    scratch=f"edu_demo_replay_{index}",
                    functions=False,
                )
                problems = self.env["edu.problem"].union(
                    *(record for record in records.values() if record._name == "edu.problem")
                )
                self.assertEqual(len(problems), 9)
                still_open = problems.filtered(lambda p: p.state != "closed")
                overdue = still_open.filtered(lambda p, day=day: p.deadline < day)
                self.assertEqual(len(overdue), 4, "the open one and the three ordered ones")
                self.assertEqual(len(still_open - overdue), 3)
                closed = problems - still_open
                self.assertEqual(len(closed), 2)
                self.assertTrue(all(p.closed_date < day for p in closed))
                reports = [r for r in records.values() if r._name == "edu.rectification.report"]
                self.assertTrue(all(r.submit_date.date() <= day for r in reports))
            self.env.invalidate_all()
