import base64

from odoo.addons.edu_supervision_inspection.tests.common import EduInspectionCase


class EduRectificationCase(EduInspectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.target_a1 = cls.inspection.target_ids.filtered(lambda t: t.school_id == cls.school_a1)
        cls.target_a2 = cls.inspection.target_ids.filtered(lambda t: t.school_id == cls.school_a2)
        cls.unit_a1 = cls.school_a1.partner_id
        cls.unit_a2 = cls.school_a2.partner_id
        cls.company.write(
            {
                "edu_order_overdue_days": 7,
                "edu_order_extension_days": 15,
                "edu_escalation_order": True,
                "edu_escalation_interview": True,
                "edu_escalation_circular": True,
                "edu_circular_failure_threshold": 3,
            }
        )
        cls.evidence = cls.env["ir.attachment"].create(
            {"name": "evidence.txt", "datas": base64.b64encode(b"photos of the drill")}
        )

    @classmethod
    def _report(cls, kind, problems, **vals):
        return cls.env["edu.rectification.report"].create(
            {
                "kind": kind,
                "partner_id": problems.partner_id.id,
                "problem_ids": [(6, 0, problems.ids)],
                "actual_date": "2026-03-01" if kind == "result" else False,
                **vals,
            }
        )

    @classmethod
    def _bring_to_reported(cls, problems):
        """open -> plan submitted -> rectifying -> reported, as office staff."""
        office = cls.env(user=cls.user_office)
        plan = cls._report("plan", problems).with_env(office)
        plan.action_submit()
        plan.action_accept()
        result = cls._report("result", problems).with_env(office)
        result.action_submit()
        return plan, result

    def _close(self, problems, user=None):
        problems = problems.with_user(user or self.user_inspector)
        problems._edu_close("Checked on site: drills held monthly.", self.evidence)
