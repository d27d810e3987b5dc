from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestFunding(EduInspectionCase):
    def _record(self, year, **vals):
        base = {
            "region_id": self.region_a.id,
            "year": year,
            "general_budget_expenditure": 100_000_000,
            "student_count": 10_000,
            "education_appropriation": 110_000_000,
            "recurrent_revenue": 500_000_000,
            "per_student_public_funds": 1000,
            "teacher_avg_salary": 90_000,
            "civil_servant_avg_salary": 88_000,
        }
        base.update(vals)
        return self.env["edu.funding.record"].create(base)

    def test_first_year_has_no_comparison(self):
        record = self._record(2024)
        self.assertFalse(record.previous_id)
        self.assertEqual(record.rule_expenditure_not_decreased, "na")
        self.assertEqual(record.rule_appropriation_growth, "na")
        self.assertEqual(record.rule_teacher_salary_level, "ok")
        self.assertTrue(record.rules_met)
        self.assertEqual(record.per_student_expenditure, 10_000)

    def test_rules_met(self):
        self._record(2024)
        record = self._record(
            2025,
            general_budget_expenditure=108_000_000,
            student_count=10_200,
            education_appropriation=121_000_000,  # +10 %
            recurrent_revenue=520_000_000,  # +4 %
            per_student_public_funds=1050,
            teacher_avg_salary=93_000,
            civil_servant_avg_salary=91_000,
        )
        self.assertTrue(record.previous_id)
        self.assertAlmostEqual(record.appropriation_growth, 10.0)
        self.assertAlmostEqual(record.revenue_growth, 4.0)
        for rule in (
            "rule_expenditure_not_decreased",
            "rule_per_student_not_decreased",
            "rule_appropriation_growth",
            "rule_per_student_growth",
            "rule_salary_funds_growth",
            "rule_teacher_salary_level",
        ):
            self.assertEqual(record[rule], "ok", rule)
        self.assertTrue(record.rules_met)

    def test_only_increase_vs_increase(self):
        self._record(2024)
        # Same expenditure and students: "never decrease" holds, "increase" does not.
        record = self._record(2025)
        self.assertEqual(record.rule_expenditure_not_decreased, "ok")
        self.assertEqual(record.rule_per_student_not_decreased, "ok")
        self.assertEqual(record.rule_per_student_growth, "fail")
        self.assertEqual(record.rule_salary_funds_growth, "fail")
        self.assertEqual(record.rule_appropriation_growth, "fail")
        self.assertFalse(record.rules_met)

    def test_decrease_and_low_salary(self):
        self._record(2024)
        record = self._record(
            2025,
            general_budget_expenditure=95_000_000,
            student_count=9_000,  # per student rises to 10 556
            teacher_avg_salary=85_000,
        )
        self.assertEqual(record.rule_expenditure_not_decreased, "fail")
        self.assertEqual(record.rule_per_student_not_decreased, "ok")
        self.assertEqual(record.rule_per_student_growth, "ok")
        self.assertEqual(record.rule_teacher_salary_level, "fail")
        self.assertEqual(record.rule_salary_funds_growth, "fail")

    def test_shown_on_government_target(self):
        self.region_a.government_partner_id = self.env["res.partner"].create(
            {"name": "Gov A", "is_company": True}
        )
        record = self._record(2025)
        inspection = self.env["edu.inspection"].create(
            {
                "name": "Gov inspection",
                "function": "government",
                "region_id": self.region_city.id,
                "date_start": "2026-04-01",
                "target_ids": [(0, 0, {"region_id": self.region_a.id})],
            }
        )
        self.assertEqual(inspection.target_ids.funding_record_id, record)
        self.assertEqual(inspection.target_ids.funding_rule_teacher_salary, "ok")
        self.assertTrue(inspection.target_ids.funding_rules_met)
        self.assertFalse(self.target_a1.funding_record_id)
