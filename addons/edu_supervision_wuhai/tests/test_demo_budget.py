from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoFigures(TransactionCase):
    """The demo budgets show the hand-computed figures of their bills and sheets."""

    def test_demo_figures(self):
        city = self.env.ref("edu_supervision_wuhai.budget_demo_city", raise_if_not_found=False)
        if not city:
            self.skipTest("demo data not loaded")
        ref = self.env.ref
        # inspection: 200,000 + 20,000 adjusted in; printing bill 18,600
        line = ref("edu_supervision_wuhai.budget_demo_city_inspection")
        self.assertEqual(
            (line.planned_amount, line.actual_amount, line.committed_amount),
            (220000.0, 18600.0, 0.0),
        )
        line = ref("edu_supervision_wuhai.budget_demo_city_research")
        self.assertEqual(line.planned_amount, 80000.0)
        # evaluation: contract 240,000 of which 96,000 billed
        line = ref("edu_supervision_wuhai.budget_demo_city_evaluation")
        self.assertEqual(
            (line.actual_amount, line.committed_amount, line.available_amount),
            (96000.0, 144000.0, 60000.0),
        )
        # posted sheet: 2 inspectors x 3 days x 300 labour
        line = ref("edu_supervision_wuhai.budget_demo_city_allowance_labour")
        self.assertEqual((line.actual_amount, line.committed_amount), (1800.0, 0.0))
        # 18,600 + 26,400 + 45,000 + 96,000 + 3,140 allowances
        self.assertEqual(city.actual_amount, 189140.0)
        self.assertEqual(city.committed_amount, 144000.0)
        self.assertEqual(city.available_amount, 1042000.0 - 189140.0 - 144000.0)
        # district: approved sheet of 880 committed, bill of 4,800
        wuda = ref("edu_supervision_wuhai.budget_demo_wuda")
        self.assertEqual(
            (wuda.planned_amount, wuda.actual_amount, wuda.committed_amount),
            (125000.0, 4800.0, 880.0),
        )
