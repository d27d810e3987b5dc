import logging
from datetime import timedelta

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase, cell_allows

from ..tools import as_transition
from . import access_matrix
from .common import EduPortalCase

_logger = logging.getLogger(__name__)

WIZARDS = ("edu.portal.invite.wizard", "edu.portal.return.wizard")


class PortalMatrixMixin:
    """The portal addon's cells of the authority matrix, every role both ways.

    ``portal_unit`` is the unit the matrix's portal user acts for (set by the two
    test classes below). Samples are tagged ``unit:portal`` when they are that unit's,
    ``unit_district:portal`` when they are of a school of the district the unit
    governs, ``district`` when they are in district A (the district office's).
    """

    matrix = access_matrix
    matrix_module = "edu_supervision_portal"
    portal_unit_name = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seq = 0
        cls.portal_unit = cls._bound_unit()
        cls.portal_region = cls.portal_unit.edu_governed_region_id
        # A government inspection of district A's government, with its own framework
        cls.framework_gov = cls.env["edu.indicator.framework"].create(
            {"name": "Government framework", "function": "government"}
        )
        cls.gov_leaf = cls.env["edu.indicator"].create(
            {"framework_id": cls.framework_gov.id, "name": "Funding", "max_score": 10}
        )
        cls.framework_free = cls.env["edu.indicator.framework"].create(
            {"name": "Unused framework", "function": "school"}
        )
        cls.free_leaf = cls.env["edu.indicator"].create(
            {"framework_id": cls.framework_free.id, "name": "Unused", "max_score": 10}
        )
        cls.category = cls.env["edu.problem.category"].create(
            {"name": "Matrix category", "code": "PORTAL_MATRIX"}
        )
        cls.insp_gov = cls._gov_inspection("reporting")
        cls.insp_a1_draft = cls._inspection(cls.school_a1, "draft")
        cls.insp_a1_unannounced_on_site = cls._inspection(
            cls.school_a1, "in_progress", method="unannounced"
        )
        cls.insp_a1_unannounced_done = cls._inspection(
            cls.school_a1, "reporting", method="unannounced"
        )
        cls.insp_b1 = cls._inspection(cls.school_b1, "approved")
        # Self-assessments
        cls.sa_a1 = cls._assessment(cls.unit_a1, "draft")
        cls.sa_a1_submitted = cls._assessment(cls.unit_a1, "submitted")
        cls.sa_a1_accepted = cls._assessment(cls.unit_a1, "accepted")
        cls.sa_a2_returned = cls._assessment(cls.unit_a2, "returned")
        cls.sa_b1 = cls._assessment(cls.unit_b1, "draft")
        cls.sa_gov = cls._assessment(cls.gov_a, "draft")
        # Problems, plans and reports, orders, notices
        cls.problem_a1 = cls._problem_of(cls.school_a1, "approved")
        cls.problem_a1_reporting = cls._problem_of(cls.school_a1, "reporting")
        cls.problem_a1_none = cls._problem_of(cls.school_a1, "none")
        cls.problem_a2 = cls._problem_of(cls.school_a2, "published")
        cls.problem_b1 = cls._problem_of(cls.school_b1, "approved")
        cls.problem_gov = cls._gov_problem()
        Report = cls.env["edu.rectification.report"]
        cls.report_a1 = Report.create(cls._report_vals(cls.unit_a1))
        cls.report_a1_submitted = Report.create(
            dict(cls._report_vals(cls.unit_a1), state="submitted")
        )
        cls.report_a1_accepted = Report.create(
            dict(cls._report_vals(cls.unit_a1), state="accepted")
        )
        cls.report_a2 = Report.create(cls._report_vals(cls.unit_a2))
        cls.report_b1 = Report.create(cls._report_vals(cls.unit_b1))
        cls.report_b1_submitted = Report.create(
            dict(cls._report_vals(cls.unit_b1), state="submitted")
        )
        cls.report_gov = Report.create(cls._report_vals(cls.gov_a))
        Order = cls.env["edu.supervision.order"]
        cls.order_a1_draft = Order.create(cls._order_vals(cls.unit_a1))
        cls.order_a1 = Order.create(dict(cls._order_vals(cls.unit_a1), state="issued"))
        cls.order_a1_answered = Order.create(
            dict(cls._order_vals(cls.unit_a1), state="answered", answer="Done.")
        )
        cls.order_a1_closed = Order.create(dict(cls._order_vals(cls.unit_a1), state="closed"))
        cls.order_a2 = Order.create(dict(cls._order_vals(cls.unit_a2), state="issued"))
        cls.order_b1 = Order.create(dict(cls._order_vals(cls.unit_b1), state="issued"))
        cls.order_gov = Order.create(dict(cls._order_vals(cls.gov_a), state="issued"))
        Action = cls.env["edu.accountability.action"]
        cls.notice_a1_draft = Action.create(cls._notice_vals(cls.unit_a1))
        cls.notice_a1 = Action.create(dict(cls._notice_vals(cls.unit_a1), state="approved"))
        cls.notice_a1_published = Action.create(
            dict(cls._notice_vals(cls.unit_a1), state="published")
        )
        cls.notice_b1 = Action.create(dict(cls._notice_vals(cls.unit_b1), state="published"))
        cls.notice_gov = Action.create(dict(cls._notice_vals(cls.gov_a), state="published"))
        cls.wizards = {}
        for model in WIZARDS:
            cls.wizards[model] = [
                (cls._wizard(model, user), {f"own:{role}"})
                for role, user in cls.matrix_users.items()
                if cls.env[model].with_user(user).has_access("create")
            ]

    @classmethod
    def _bound_unit(cls):
        raise NotImplementedError

    @classmethod
    def _matrix_role_users(cls):
        users = super()._matrix_role_users()
        users["portal"] = cls._portal_user("t_matrix_unit", cls._bound_unit())
        return users

    # ------------------------------------------------------------------
    # Fixtures
    # ------------------------------------------------------------------
    @classmethod
    def _next(cls):
        cls.seq += 1
        return cls.seq

    @classmethod
    def _gov_inspection(cls, state, unit=None):
        inspection = cls.env["edu.inspection"].create(
            {
                "name": f"Government inspection {cls._next()}",
                "function": "government",
                "kind": "comprehensive",
                "region_id": cls.region_city.id,
                "date_start": cls.today + timedelta(days=5),
                "date_end": cls.today + timedelta(days=6),
                "leader_id": cls.employee_insp.id,
                "framework_id": cls.framework_gov.id,
                "target_ids": [Command.create({"region_id": cls.region_a.id})],
            }
        )
        if state != "draft":
            inspection.write({"state": state})
        return inspection

    @classmethod
    def _target_of(cls, unit, state="scheduled"):
        """A fresh target of ``unit`` in an inspection in ``state``."""
        if unit == cls.gov_a:
            return cls._gov_inspection(state).target_ids
        school = cls.env["edu.school"].search([("partner_id", "=", unit.id)])
        return cls._inspection(school, state).target_ids

    @classmethod
    def _assessment(cls, unit, state):
        assessment = cls.env["edu.self.assessment"].create({"target_id": cls._target_of(unit).id})
        if state != "draft":
            assessment.line_ids.write({"self_score": 5})
            as_transition(assessment).write({"state": state})
        return assessment

    @classmethod
    def _gov_problem(cls, inspection_state="approved"):
        inspection = cls._gov_inspection("reporting")
        problem = cls.env["edu.problem"].create(
            {"name": "Funding fell", "target_id": inspection.target_ids.id}
        )
        inspection.write({"state": inspection_state})
        return problem

    @classmethod
    def _problem(cls, unit):
        if unit == cls.gov_a:
            return cls._gov_problem()
        school = cls.env["edu.school"].search([("partner_id", "=", unit.id)])
        return cls._problem_of(school, "approved")

    @classmethod
    def _report_vals(cls, unit):
        return {
            "kind": "result",
            "partner_id": unit.id,
            "problem_ids": [Command.set(cls._problem(unit).ids)],
            "actual_date": cls.today,
            "responsible_person": "Principal",
        }

    @classmethod
    def _order_vals(cls, unit):
        return {
            "partner_id": unit.id,
            "reason": "Overdue",
            "new_deadline": cls.today + timedelta(days=30),
            "line_ids": [Command.create({"problem_id": cls._problem(unit).id})],
        }

    @classmethod
    def _notice_vals(cls, unit):
        return {
            "name": f"Commendation of {unit.name}",
            "kind": "commendation",
            "partner_id": unit.id,
            "public_text": "Commended.",
            "person_ids": [Command.create({"name": "Wang Wei", "post": "Principal"})],
        }

    @classmethod
    def _wizard(cls, model, user, **vals):
        """A wizard opened by ``user`` (by the superuser when ``user`` may not)."""
        Wizard = cls.env[model]
        if Wizard.with_user(user).has_access("create"):
            Wizard = Wizard.with_user(user)
        if model == "edu.portal.invite.wizard":
            seq = cls._next()
            return Wizard.create(
                {
                    "unit_partner_id": cls.unit_a1.id,
                    "region_id": cls.region_a.id,
                    "line_ids": [
                        Command.create(
                            {"name": f"Liaison {seq}", "email": f"liaison{seq}@example.com"}
                        )
                    ],
                    **vals,
                }
            )
        report = cls.env["edu.rectification.report"].create(
            dict(cls._report_vals(cls.unit_a1), state="submitted")
        )
        return Wizard.create(
            {
                "document_ref": f"{report._name},{report.id}",
                "comment": "Add the photos.",
                **vals,
            }
        )

    # ------------------------------------------------------------------
    # Tags
    # ------------------------------------------------------------------
    def _unit_tags(self, unit, school=None):
        """Where a record of ``unit`` (and ``school``) stands for the roles."""
        tags = set()
        if unit == self.portal_unit:
            tags.add("unit:portal")
        if school and self.portal_region and school.region_id == self.portal_region:
            tags.add("unit_district:portal")
        if (school and school.region_id == self.region_a) or unit == self.gov_a:
            tags.add("district")
        return tags

    def _school_of(self, unit):
        return self.env["edu.school"].search([("partner_id", "=", unit.id)])

    def _inspection_tags(self, inspection):
        tags = {f"state:{inspection.state}"}
        if inspection.method == "announced" and inspection.state != "draft":
            tags.add("state:announced")
        for target in inspection.target_ids:
            tags |= self._unit_tags(target.partner_id, target.school_id)
        return tags

    def _problem_tags(self, problem):
        state = problem.inspection_id.state or "none"
        return {f"state:{state}"} | self._unit_tags(problem.partner_id, problem.school_id)

    def _assessment_tags(self, assessment):
        """A self-assessment belongs to its inspection's region (the office that runs it)."""
        tags = {f"state:{assessment.state}"}
        tags |= self._unit_tags(assessment.partner_id, assessment.school_id) - {"district"}
        if assessment.inspection_id.region_id == self.region_a:
            tags.add("district")
        return tags

    def _stated_tags(self, record, unit):
        tags = self._unit_tags(unit, self._school_of(unit))
        if "state" in record._fields:
            tags.add(f"state:{record.state}")
        return tags

    # ------------------------------------------------------------------
    # Data cells
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        if model in WIZARDS:
            return self.wizards[model]
        if model == "edu.portal.invite.wizard.line":
            return [
                (wizard.line_ids, tags) for wizard, tags in self.wizards["edu.portal.invite.wizard"]
            ]
        assessments = [
            self.sa_a1,
            self.sa_a1_submitted,
            self.sa_a1_accepted,
            self.sa_a2_returned,
            self.sa_b1,
            self.sa_gov,
        ]
        if model == "edu.self.assessment":
            return [(sa, self._assessment_tags(sa)) for sa in assessments]
        if model == "edu.self.assessment.line":
            return [(sa.line_ids[0], self._assessment_tags(sa)) for sa in assessments]
        if model == "edu.portal.submission":
            rows = []
            for document in (self.sa_a1_submitted, self.sa_a2_returned, self.report_b1_submitted):
                row = self.env[model].search(
                    [("res_model", "=", document._name), ("res_id", "=", document.id)]
                )
                rows.append(
                    (
                        row,
                        self._unit_tags(document.partner_id, self._school_of(document.partner_id)),
                    )
                )
            return rows
        return self._portal_samples(model)

    def _portal_samples(self, model):
        inspections = [
            self.inspection,
            self.insp_a1_draft,
            self.insp_a1_unannounced_on_site,
            self.insp_a1_unannounced_done,
            self.insp_b1,
            self.insp_gov,
        ]
        if model == "edu.school":
            return [
                (school, self._unit_tags(school.partner_id, school))
                for school in (self.school_a1, self.school_a2, self.school_b1)
            ]
        if model == "edu.inspection":
            return [(i, self._inspection_tags(i)) for i in inspections]
        if model == "edu.inspection.target":
            samples = []
            for inspection in inspections:
                tags = self._inspection_tags(inspection)
                for target in inspection.target_ids:
                    own = {t for t in tags if t.startswith("state:")}
                    own |= self._unit_tags(target.partner_id, target.school_id)
                    samples.append((target, own))
            return samples
        if model in ("edu.indicator.framework", "edu.indicator"):
            frameworks = [
                (self.framework, self.leaf_1, self.unit_a1),
                (self.framework_gov, self.gov_leaf, self.gov_a),
                (self.framework_free, self.free_leaf, None),
            ]
            return [
                (
                    framework if model == "edu.indicator.framework" else leaf,
                    {"unit:portal"} if unit == self.portal_unit else set(),
                )
                for framework, leaf, unit in frameworks
            ]
        if model == "edu.problem":
            problems = [
                self.problem_a1,
                self.problem_a1_reporting,
                self.problem_a1_none,
                self.problem_a2,
                self.problem_b1,
                self.problem_gov,
            ]
            return [(p, self._problem_tags(p)) for p in problems]
        if model == "edu.problem.category":
            return [(self.category, set())]
        if model == "edu.rectification.report":
            reports = [
                self.report_a1,
                self.report_a1_submitted,
                self.report_a1_accepted,
                self.report_a2,
                self.report_b1,
                self.report_gov,
            ]
            return [(r, self._stated_tags(r, r.partner_id)) for r in reports]
        orders = [
            self.order_a1_draft,
            self.order_a1,
            self.order_a1_answered,
            self.order_a1_closed,
            self.order_a2,
            self.order_b1,
            self.order_gov,
        ]
        if model == "edu.supervision.order":
            return [(o, self._stated_tags(o, o.partner_id)) for o in orders]
        if model == "edu.supervision.order.line":
            return [(o.line_ids, self._stated_tags(o, o.partner_id)) for o in orders]
        notices = [
            self.notice_a1_draft,
            self.notice_a1,
            self.notice_a1_published,
            self.notice_b1,
            self.notice_gov,
        ]
        if model == "edu.accountability.action":
            return [(n, self._stated_tags(n, n.partner_id)) for n in notices]
        return [(n.person_ids, self._stated_tags(n, n.partner_id)) for n in notices]

    def _matrix_write_vals(self, model, record):
        if model == "edu.supervision.order.line":
            return {"problem_id": record.problem_id.id}
        return {
            "edu.self.assessment": {"note": "Checked"},
            "edu.self.assessment.line": {"comment": "Checked"},
            "edu.portal.invite.wizard": {"welcome_message": "Welcome"},
            "edu.portal.invite.wizard.line": {"function": "Principal"},
            "edu.portal.return.wizard": {"comment": "Add the minutes."},
            "edu.rectification.report": {"responsible_person": "Vice principal"},
            "edu.supervision.order": {"answer": "Drills are held monthly."},
            "edu.inspection.target": {"feedback_note": "Rectify."},
            "edu.accountability.person": {"post": "Principal"},
        }.get(model) or super()._matrix_write_vals(model, record)

    def _matrix_create_vals(self, model, record):
        if model == "edu.self.assessment":
            return {"target_id": self._target_of(record.partner_id).id}
        if model == "edu.self.assessment.line":
            return {"assessment_id": record.assessment_id.id, "indicator_id": self.leaf_3.id}
        if model == "edu.portal.invite.wizard.line":
            return {"wizard_id": record.wizard_id.id, "name": "Teacher", "email": "t@example.com"}
        if model == "edu.rectification.report":
            vals = self._report_vals(record.partner_id)
            return {key: vals[key] for key in ("kind", "partner_id", "problem_ids")}
        if model == "edu.portal.return.wizard":
            return {"document_ref": record.document_ref, "comment": "More."}
        return super()._matrix_create_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if model == "edu.portal.submission" or (
            model in self.matrix.PORTAL_MODELS and model != "edu.rectification.report"
        ):
            # nobody deletes these here (refused before anything happens)
            return record
        if model == "edu.self.assessment":
            return self._assessment(record.partner_id, record.state)
        if model == "edu.self.assessment.line":
            return self._assessment(record.partner_id, record.state).line_ids[0]
        copy = super()._matrix_unlink_record(model, record)
        if model == "edu.rectification.report":
            copy.write({"state": record.state})
        return copy

    def _check_portal_cell(self, model, operation, role, record, tags):
        user = self.matrix_users[role]
        cell = self.matrix.PORTAL_MODELS[model].get(operation, {}).get(role)
        allowed = cell_allows(cell, role, tags, bool(user.edu_region_id))
        label = f"{model} {operation} as {role} on {sorted(tags)}"
        if allowed:
            try:
                self._do(operation, model, record, user)
            except UserError as error:
                self.fail(f"{label}: allowed by the matrix ({cell}) but refused: {error}")
        else:
            with self.assertRaises(UserError, msg=f"{label}: refused by the matrix ({cell})"):
                self._do(operation, model, record, user)

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_rule", "odoo.models.unlink")
    def test_matrix_portal_cells(self):
        """The portal and public cells on the models of other addons, both ways."""
        count = 0
        for model in self.matrix.PORTAL_MODELS:
            samples = self._portal_samples(model)
            self.assertTrue(samples, f"no samples for {model}")
            for record, tags in samples:
                for operation in ("read", "create", "write", "unlink"):
                    for role in ("portal", "public"):
                        with self.subTest(model=model, operation=operation, role=role):
                            self._check_portal_cell(model, operation, role, record, tags)
                        count += 1
        _logger.info(
            "access matrix %s (%s): %d portal cells on other addons' models checked",
            self.matrix_module,
            self.portal_unit_name,
            count,
        )

    def test_portal_cells_stated_for_reachable_models(self):
        """Every model a portal user has an access right to is stated in the matrix."""
        portal = self.env.ref("base.group_portal")
        access = self.env["ir.model.access"].search(
            [("group_id", "=", portal.id), ("model_id.model", "=like", "edu.%")]
        )
        stated = set(self.matrix.MODELS) | set(self.matrix.PORTAL_MODELS)
        self.assertFalse(set(access.model_id.mapped("model")) - stated)

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _matrix_transition_record(self, model, method, user):
        unit = self.portal_unit
        own = {"unit:portal", "district"}
        if model == "edu.school":
            return self.school_a1, {"district"}
        if model == "edu.region":
            return self.region_a, {"district"}
        if model == "edu.inspection":
            return self.inspection, {"district", "team:inspector", "state:scheduled"}
        if model == "edu.inspection.target":
            target = self._target_of(unit, "published")
            target.write({"feedback_date": self.today, "feedback_note": "Rectify."})
            return target, own
        if model == "edu.rectification.report":
            vals = self._report_vals(unit)
            return self.env[model].create(vals), own
        if model == "edu.supervision.order":
            state = "answered" if method == "action_return_answer" else "issued"
            vals = dict(
                self._order_vals(unit),
                state=state,
                answer="Drills are held.",
                answer_review_comment="Add the minutes.",
            )
            return self.env[model].create(vals), own
        if model == "edu.self.assessment":
            state = "draft" if method == "action_submit" else "submitted"
            assessment = self._assessment(unit, state)
            assessment.line_ids.write({"self_score": 5})
            assessment.review_comment = "Add evidence."
            return assessment, self._assessment_tags(assessment)
        if model == "edu.portal.submission":
            report = self.env["edu.rectification.report"].create(
                dict(self._report_vals(self.unit_a1), state="submitted", review_comment="Vague.")
            )
            row = self.env[model].search(
                [("res_model", "=", report._name), ("res_id", "=", report.id)]
            )
            return row, {"district"}
        wizard = self._wizard(model, user)
        return wizard, {f"own:{role}" for role, u in self.matrix_users.items() if u == user}

    def _matrix_set_state(self, record, state):
        if record._name == "edu.portal.submission":
            record._edu_document().write({"state": state})
            self.env.invalidate_all()
            return
        super()._matrix_set_state(record, state)


@tagged("post_install", "-at_install")
class TestAccessMatrixSchool(PortalMatrixMixin, AccessMatrixCase, EduPortalCase):
    """The matrix with the portal user of school A1."""

    portal_unit_name = "school"

    @classmethod
    def _bound_unit(cls):
        return cls.school_a1.partner_id


@tagged("post_install", "-at_install")
class TestAccessMatrixGovernment(PortalMatrixMixin, AccessMatrixCase, EduPortalCase):
    """The matrix with the portal user of district A's government."""

    portal_unit_name = "government"

    @classmethod
    def _bound_unit(cls):
        return cls.gov_a
