import base64
from datetime import timedelta

from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduRectificationCase

WIZARDS = ("edu.problem.close.wizard", "edu.problem.reopen.wizard", "edu.problem.export.wizard")


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduRectificationCase):
    """The rectification cells of the authority matrix, every role both ways.

    Units: ``unit_a1`` (school A1, the district office's region), ``unit_b1``
    (school B1, another district) and ``unit_none`` (a partner that is neither
    a school nor a government: no region, city office only). ``user_inspector``
    leads the inspection of A1 (team) and is one of the inspectors of the
    look-backs tagged ``own``.
    """

    matrix = access_matrix
    matrix_module = "edu_supervision_rectification"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.unit_b1 = cls.school_b1.partner_id
        cls.unit_none = cls.env["res.partner"].create({"name": "Unit without region"})
        cls.today = cls.env.company._edu_today()
        Report = cls.env["edu.rectification.report"]
        cls.report_a = Report.create(cls._report_vals(cls.unit_a1))
        cls.report_b = Report.create(cls._report_vals(cls.unit_b1))
        cls.report_a_accepted = Report.create(dict(cls._report_vals(cls.unit_a1), state="accepted"))
        cls.report_none = Report.create(cls._report_vals(cls.unit_none))
        Order = cls.env["edu.supervision.order"]
        cls.order_a = Order.create(cls._order_vals(cls.unit_a1))
        cls.order_b = Order.create(cls._order_vals(cls.unit_b1))
        cls.order_a_issued = Order.create(dict(cls._order_vals(cls.unit_a1), state="issued"))
        cls.order_none = Order.create(cls._order_vals(cls.unit_none))
        Lookback = cls.env["edu.lookback"]
        cls.lookback_a = Lookback.create(cls._lookback_vals(cls.unit_a1, cls.employee_insp))
        cls.lookback_b = Lookback.create(cls._lookback_vals(cls.unit_b1, cls.employee_insp2))
        cls.lookback_a_done = Lookback.create(
            dict(cls._lookback_vals(cls.unit_a1, cls.employee_insp), state="done")
        )
        cls.lookback_none = Lookback.create(cls._lookback_vals(cls.unit_none, cls.employee_insp2))
        Action = cls.env["edu.accountability.action"]
        cls.action_draft = Action.create(cls._action_vals())
        cls.action_published = Action.create(dict(cls._action_vals(), state="published"))
        Suggestion = cls.env["edu.escalation.suggestion"]
        cls.suggestion_a = Suggestion.create(cls._suggestion_vals(cls.unit_a1))
        cls.suggestion_b = Suggestion.create(cls._suggestion_vals(cls.unit_b1))
        cls.suggestion_none = Suggestion.create(cls._suggestion_vals(cls.unit_none))
        cls.wizards = {}
        for model in WIZARDS:
            cls.wizards[model] = [
                (cls._wizard(model, user), {f"own:{role}"})
                for role, user in cls.matrix_users.items()
                if cls.env[model].with_user(user).has_access("create")
            ]

    # ------------------------------------------------------------------
    # Fixtures
    # ------------------------------------------------------------------
    @classmethod
    def _problem(cls, unit, **vals):
        """A problem of ``unit``: of the inspection of A1 for ``unit_a1``."""
        if unit == cls.unit_a1:
            return cls._create_problem(cls.target_a1, **vals)
        school = cls.school_b1 if unit == cls.unit_b1 else cls.env["edu.school"]
        return cls.env["edu.problem"].create(
            {
                "name": vals.pop("name", "Matrix problem"),
                "school_id": school.id,
                "partner_id": unit.id,
                **vals,
            }
        )

    @classmethod
    def _report_vals(cls, unit):
        return {"kind": "plan", "partner_id": unit.id, "problem_ids": cls._problem(unit).ids}

    @classmethod
    def _order_vals(cls, unit):
        return {
            "partner_id": unit.id,
            "reason": "Overdue",
            "new_deadline": cls.today + timedelta(days=30),
            "line_ids": [(0, 0, {"problem_id": cls._problem(unit).id})],
        }

    @classmethod
    def _lookback_vals(cls, unit, employee):
        return {
            "partner_id": unit.id,
            "employee_ids": employee.ids,
            "line_ids": [(0, 0, {"problem_id": cls._problem(unit, state="closed").id})],
        }

    @classmethod
    def _action_vals(cls):
        return {
            "name": "Commendation of A1",
            "kind": "commendation",
            "partner_id": cls.unit_a1.id,
            "public_text": "School A1 is commended.",
            "person_ids": [(0, 0, {"name": "Wang Wei", "post": "Principal"})],
        }

    @classmethod
    def _suggestion_vals(cls, unit):
        return {
            "kind": "interview",
            "partner_id": unit.id,
            "year": cls.today.year,
            "reason": "Overdue again",
        }

    @classmethod
    def _wizard(cls, model, user, problems=None, **vals):
        """A wizard opened by ``user`` (by the superuser when ``user`` may not)."""
        Wizard = cls.env[model]
        if Wizard.with_user(user).has_access("create"):
            Wizard = Wizard.with_user(user)
        if model == "edu.problem.export.wizard":
            return Wizard.create(vals)
        problems = problems or cls._problem(cls.unit_a1, state="reported")
        if model == "edu.problem.close.wizard":
            Attachment = cls.env["ir.attachment"]
            if not user._is_public() and not user.share:
                Attachment = Attachment.with_user(user)
            evidence = Attachment.create(
                {"name": "evidence.txt", "datas": base64.b64encode(b"photos")}
            )
            vals = {"note": "Checked on site.", "attachment_ids": evidence.ids, **vals}
        else:
            vals = {"reason": "Rebounded.", **vals}
        return Wizard.create({"problem_ids": problems.ids, **vals})

    # ------------------------------------------------------------------
    # Data cells
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        if model in WIZARDS:
            return self.wizards[model]
        samples = {
            "edu.rectification.report": [
                (self.report_a, {"district", "state:draft"}),
                (self.report_b, {"state:draft"}),
                (self.report_a_accepted, {"district", "state:accepted"}),
                (self.report_none, {"state:draft"}),
            ],
            "edu.supervision.order": [
                (self.order_a, {"district", "state:draft"}),
                (self.order_b, {"state:draft"}),
                (self.order_a_issued, {"district", "state:issued"}),
                (self.order_none, {"state:draft"}),
            ],
            "edu.supervision.order.line": [
                (self.order_a.line_ids, {"district"}),
                (self.order_b.line_ids, set()),
                (self.order_none.line_ids, set()),
            ],
            "edu.lookback": [
                (self.lookback_a, {"district", "own:inspector", "state:draft"}),
                (self.lookback_b, {"state:draft"}),
                (self.lookback_a_done, {"district", "own:inspector", "state:done"}),
                (self.lookback_none, {"state:draft"}),
            ],
            "edu.lookback.line": [
                (self.lookback_a.line_ids, {"district", "own:inspector", "state:draft"}),
                (self.lookback_b.line_ids, {"state:draft"}),
                (self.lookback_a_done.line_ids, {"district", "own:inspector", "state:done"}),
            ],
            "edu.accountability.action": [
                (self.action_draft, {"state:draft"}),
                (self.action_published, {"published", "state:published"}),
            ],
            "edu.accountability.person": [
                (self.action_draft.person_ids, set()),
                (self.action_published.person_ids, {"published"}),
            ],
            "edu.escalation.suggestion": [
                (self.suggestion_a, {"district", "state:pending"}),
                (self.suggestion_b, {"state:pending"}),
                (self.suggestion_none, {"state:pending"}),
            ],
        }
        return samples[model]

    def _matrix_write_vals(self, model, record):
        if model == "edu.supervision.order.line":
            return {"problem_id": record.problem_id.id}
        return {
            "edu.rectification.report": {"responsible_person": "Principal"},
            "edu.supervision.order": {"requirement": "Report monthly."},
            "edu.lookback": {"note": "<p>Checked</p>"},
            "edu.lookback.line": {"note": "Checked"},
            "edu.escalation.suggestion": {"dismiss_reason": "Handled otherwise"},
            "edu.problem.close.wizard": {"note": "Checked again."},
            "edu.problem.reopen.wizard": {"reason": "Rebounded again."},
            "edu.problem.export.wizard": {"report": "progress"},
        }.get(model) or super()._matrix_write_vals(model, record)

    def _matrix_create_vals(self, model, record):
        if model == "edu.supervision.order.line":
            return {
                "order_id": record.order_id.id,
                "problem_id": self._problem(record.order_id.partner_id).id,
            }
        if model == "edu.lookback.line":
            unit = record.lookback_id.partner_id
            return {
                "lookback_id": record.lookback_id.id,
                "problem_id": self._problem(unit, state="closed").id,
            }
        return super()._matrix_create_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if model == "edu.escalation.suggestion":
            # nobody deletes them (a copy would break the one-pending-per-unit index)
            return record
        copy = super()._matrix_unlink_record(model, record)
        if "state" in copy._fields and model not in ("edu.lookback.line",):
            copy.write({"state": record.state})
        return copy

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _matrix_transition_record(self, model, method, user):
        team = {"district", "team:inspector"}
        if model == "edu.problem":
            state = {
                "action_close": "reported",
                "action_reopen": "closed",
            }.get(method, "open")
            return self._problem(self.unit_a1, state=state), team
        if model == "edu.inspection.target":
            return self.target_a1, team
        if model == "edu.rectification.report":
            return self._transition_report(method), {"district"}
        if model == "edu.supervision.order":
            if method == "action_edu_run_escalation":
                return self.env[model], set()
            return self._transition_order(method), {"district"}
        if model == "edu.lookback":
            state = "cancelled" if method == "action_reset_draft" else "draft"
            vals = self._lookback_vals(self.unit_a1, self.employee_insp)
            lookback = self.env[model].create(dict(vals, state=state))
            lookback.line_ids.result = "confirmed"
            return lookback, {"district", "own:inspector"}
        if model == "edu.accountability.action":
            state = {
                "action_publish": "approved",
                "action_unpublish": "published",
                "action_reset_draft": "cancelled",
            }.get(method, "draft")
            return self.env[model].create(dict(self._action_vals(), state=state)), set()
        if model == "edu.escalation.suggestion":
            if method == "action_edu_run_escalation":
                return self.env[model], set()
            unit = self.env["res.partner"].create({"name": "Unit to escalate"})
            vals = dict(self._suggestion_vals(unit), dismiss_reason="Already interviewed")
            return self.env[model].create(vals), set()
        if model == "edu.problem.export.wizard":
            wizard = self._wizard(model, user)
            return wizard, {f"own:{role}" for role, u in self.matrix_users.items() if u == user}
        state = "reported" if model == "edu.problem.close.wizard" else "closed"
        problems = self._problem(self.unit_a1, state=state)
        return self._wizard(model, user, problems), team

    def _transition_report(self, method):
        state = {
            "action_accept": "submitted",
            "action_return": "submitted",
            "action_publish": "accepted",
            "action_unpublish": "accepted",
        }.get(method, "draft")
        vals = dict(
            self._report_vals(self.unit_a1),
            state=state,
            review_comment="Measures too vague.",
            public_summary="Rectification under way.",
            is_published=method == "action_unpublish",
        )
        return self.env["edu.rectification.report"].create(vals)

    def _transition_order(self, method):
        state = {
            "action_answer": "issued",
            "action_close": "answered",
            "action_reset_draft": "cancelled",
        }.get(method, "draft")
        vals = dict(self._order_vals(self.unit_a1), state=state, answer="Drills are held.")
        return self.env["edu.supervision.order"].create(vals)
