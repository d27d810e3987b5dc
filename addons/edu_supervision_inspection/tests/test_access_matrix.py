from datetime import date
from itertools import count

from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduInspectionCase):
    """The inspection addon's cells of the authority matrix, every role both ways."""

    matrix = access_matrix
    matrix_module = "edu_supervision_inspection"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if cls.env["ir.module.module"]._get("edu_supervision_rectification").state == "installed":
            # the close-out and reopening of problems are then rectification's transitions
            cls.matrix_superseded = frozenset(
                {("edu.problem", "action_close"), ("edu.problem", "action_reopen")}
            )
        cls.company.edu_max_inspections_per_school = 1000
        cls.seq = count(1)
        cls.school_a3 = cls.env["edu.school"].create(
            {"name": "School A3", "code": "A3", "region_id": cls.region_a.id, "stage": "primary"}
        )
        # The framework every sample inspection uses (in use once one is approved) and
        # one nobody uses (the samples of the framework, indicator and band cells).
        cls.framework, cls.leaf_1, cls.leaf_2 = cls._framework("Matrix framework")
        cls.framework_free, cls.free_leaf, _leaf = cls._framework("Matrix free framework")
        cls.free_band = cls.env["edu.grade.band"].create(
            {
                "framework_id": cls.framework_free.id,
                "name": "Good",
                "code": "G",
                "min_percent": 80,
            }
        )
        cls.category = cls.env["edu.problem.category"].create(
            {"name": "Matrix category", "code": "MATRIX"}
        )
        # Inspections: open in the district with the inspector's team, approved in the
        # district with his team, published elsewhere, and one without region.
        cls.inspection.framework_id = cls.framework
        cls.insp_open = cls.inspection
        cls.insp_approved = cls._inspection(cls.region_a, cls.employee_insp)
        cls.insp_published_b = cls._inspection(
            cls.region_b, cls.employee_insp2, school=cls.school_b1
        )
        cls.insp_no_region = cls._inspection(
            cls.env["edu.region"], cls.employee_insp2, school=cls.school_b1
        )
        cls.inspection_tags = {
            cls.insp_open: {"district", "team:inspector", "state:draft"},
            cls.insp_approved: {"district", "team:inspector", "state:approved"},
            cls.insp_published_b: {"state:published"},
            cls.insp_no_region: {"state:draft"},
        }
        cls.scores = {}
        cls.problems = {}
        for inspection in cls.inspection_tags:
            target = inspection.target_ids[0]
            cls.scores[inspection] = cls.env["edu.inspection.score"].create(
                {"target_id": target.id, "indicator_id": cls.leaf_1.id, "score": 5}
            )
            cls.problems[inspection] = cls._create_problem(target, category_id=cls.category.id)
        cls.insp_approved.write({"state": "approved"})
        cls.insp_published_b.write({"state": "published"})
        # Plans
        cls.plan_draft_a = cls._plan("draft", cls.region_a)
        cls.plan_approved_b = cls._plan("approved", cls.region_b)
        cls.plan_no_region = cls._plan("draft", cls.env["edu.region"])
        # Draws: a draft one in the district, a performed one in the district, a
        # confirmed one elsewhere
        cls.draw_draft_a = cls._draw("draft", cls.region_a)
        cls.draw_drawn_a = cls._draw("drawn", cls.region_a, draw_inspectors=True)
        cls.draw_confirmed_b = cls._draw("confirmed", cls.region_b, draw_inspectors=True)
        cls.funding_a = cls.env["edu.funding.record"].create(
            {"region_id": cls.region_a.id, "year": 2025, "student_count": 100}
        )
        cls.funding_b = cls.env["edu.funding.record"].create(
            {"region_id": cls.region_b.id, "year": 2025, "student_count": 100}
        )

    # ------------------------------------------------------------------
    # Fixtures
    # ------------------------------------------------------------------
    @classmethod
    def _framework(cls, name):
        framework = cls.env["edu.indicator.framework"].create(
            {"name": name, "function": "school", "year": 2026}
        )
        Indicator = cls.env["edu.indicator"]
        dimension = Indicator.create(
            {"framework_id": framework.id, "name": "Dimension", "level": "dimension"}
        )
        leaves = Indicator.create(
            [
                {
                    "framework_id": framework.id,
                    "parent_id": dimension.id,
                    "name": f"Check point {number}",
                    "level": "checkpoint",
                    "max_score": 10,
                }
                for number in (1, 2)
            ]
        )
        return framework, leaves[0], leaves[1]

    @classmethod
    def _inspection(cls, region, leader, school=None):
        inspection = cls.env["edu.inspection"].create(
            {
                "name": f"Matrix inspection {next(cls.seq)}",
                "function": "school",
                "kind": "special",
                "region_id": region.id,
                "framework_id": cls.framework.id,
                "date_start": date(2026, 5, 11),
                "date_end": date(2026, 5, 13),
                "leader_id": leader.id,
                "public_summary": "Summary",
                "target_ids": [(0, 0, {"school_id": (school or cls.school_a1).id})],
            }
        )
        return inspection

    @classmethod
    def _plan(cls, state, region):
        plan = cls.env["edu.inspection.plan"].create(
            {
                "name": f"Matrix plan {next(cls.seq)}",
                "year": 2026,
                "region_id": region.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Comprehensive",
                            "kind": "comprehensive",
                            "period": "current",
                            "school_ids": [(6, 0, cls.school_a1.ids)],
                        },
                    )
                ],
            }
        )
        if state != "draft":
            plan.write({"state": state})
        return plan

    @classmethod
    def _draw(cls, state, region, draw_inspectors=False):
        draw = cls.env["edu.random.draw"].create(
            {
                "region_id": region.id,
                "target_region_ids": [(6, 0, region.ids)],
                "target_count": 1,
                "recent_months": 0,
                "respect_burden_cap": False,
                "draw_inspectors": draw_inspectors,
                "inspector_count": 1,
            }
        )
        if state in ("drawn", "confirmed"):
            draw.action_draw()
        if state == "confirmed":
            draw.action_confirm()
        return draw

    # ------------------------------------------------------------------
    # Samples
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        tags = self.inspection_tags
        if model == "edu.inspection":
            return list(tags.items())
        if model == "edu.inspection.target":
            return [(inspection.target_ids[0], tag) for inspection, tag in tags.items()]
        if model == "edu.inspection.score":
            return [(self.scores[inspection], tag) for inspection, tag in tags.items()]
        if model == "edu.problem":
            return [(self.problems[inspection], tag) for inspection, tag in tags.items()]
        if model in ("edu.inspection.plan", "edu.inspection.plan.line"):
            plans = [
                (self.plan_draft_a, {"district", "state:draft"}),
                (self.plan_approved_b, {"state:approved"}),
                (self.plan_no_region, {"state:draft"}),
            ]
            if model == "edu.inspection.plan":
                return plans
            return [(plan.line_ids[0], tag) for plan, tag in plans]
        draws = [
            (self.draw_draft_a, {"district", "state:draft"}),
            (self.draw_drawn_a, {"district", "state:drawn"}),
            (self.draw_confirmed_b, {"state:confirmed"}),
        ]
        if model == "edu.random.draw":
            return draws
        if model == "edu.random.draw.exclusion":
            return [(draw.exclusion_ids[0], tag) for draw, tag in draws if draw.exclusion_ids]
        if model == "edu.random.draw.redraw.wizard":
            Wizard = self.env["edu.random.draw.redraw.wizard"]
            return [
                (
                    Wizard.with_user(self.matrix_users[role])
                    .sudo()
                    .create({"draw_id": self.draw_drawn_a.id, "reason": "Matrix"})
                    .sudo(False),
                    {"district"},
                )
                for role in ("office", "manager")
            ]
        if model == "edu.indicator.framework":
            return [(self.framework_free, set())]
        if model == "edu.indicator":
            return [(self.free_leaf, set())]
        if model == "edu.grade.band":
            return [(self.free_band, set())]
        if model == "edu.funding.record":
            return [(self.funding_a, {"district"}), (self.funding_b, set())]
        raise AssertionError(f"no samples for {model}")

    def _matrix_create_vals(self, model, record):
        vals = super()._matrix_create_vals(model, record)
        if model == "edu.inspection.target":
            used = record.inspection_id.target_ids.school_id
            school = (self.school_a1 | self.school_a2 | self.school_a3 | self.school_b1) - used
            vals = {"inspection_id": record.inspection_id.id, "school_id": school[0].id}
        elif model == "edu.inspection.score":
            vals = {"target_id": record.target_id.id, "indicator_id": self.leaf_2.id}
        elif model == "edu.indicator.framework":
            vals["year"] = record.year + 100
        elif model == "edu.funding.record":
            vals["year"] = record.year + 10
        return vals

    def _matrix_write_vals(self, model, record):
        if model == "edu.inspection.target":
            return {"strengths": "Matrix"}
        if model == "edu.inspection.score":
            return {"score": 1.0}
        if model == "edu.problem":
            return {"description": "Matrix"}
        if model == "edu.random.draw":
            return {"target_count": record.target_count}
        if model == "edu.random.draw.exclusion":
            return {"note": "Matrix"}
        if model == "edu.random.draw.redraw.wizard":
            return {"reason": "Matrix"}
        if model == "edu.funding.record":
            return {"note": "Matrix"}
        return super()._matrix_write_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        # every operation is rolled back: the sample itself shows what unlink does
        return record

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _new_inspection(self, state):
        inspection = self._inspection(self.region_a, self.employee_insp)
        inspection.write({"state": state})
        if state in ("published", "closed"):
            inspection.target_ids.write({"feedback_date": date(2026, 6, 1)})
        return inspection, {"district", "team:inspector", f"state:{state}"}

    def _matrix_transition_record(self, model, method, user):
        if model == "edu.inspection":
            state = {
                "action_schedule": "draft",
                "action_start": "scheduled",
                "action_end_onsite": "in_progress",
                "action_approve": "reporting",
                "action_back_to_reporting": "approved",
                "action_publish": "approved",
                "action_close": "published",
                "action_cancel": "reporting",
                "action_reset_draft": "cancelled",
                "action_generate_score_lines": "in_progress",
            }.get(method, "published")
            return self._new_inspection(state)
        if model == "edu.inspection.plan":
            state = "draft" if method == "action_approve" else "approved"
            return self._plan(state, self.region_a), {"district", f"state:{state}"}
        if model == "edu.inspection.target":
            state = {
                "action_generate_score_lines": "in_progress",
                "action_send_feedback": "reporting",
            }.get(method, "published")
            inspection, tags = self._new_inspection(state)
            return inspection.target_ids, tags
        if model == "edu.problem":
            inspection, _tags = self._new_inspection("reporting")
            problem = self._create_problem(inspection.target_ids)
            states = dict(problem._fields["state"]._description_selection(self.env))
            if method == "action_close":
                problem.write({"state": "reported" if "reported" in states else "open"})
            else:
                problem.write({"state": "closed"})
            return problem, {"district", "team:inspector"}
        if model == "edu.random.draw":
            state = {
                "action_draw": "draft",
                "action_cancel": "draft",
                "action_verify": "confirmed",
            }.get(method, "drawn")
            return self._draw(state, self.region_a), {"district", f"state:{state}"}
        if model == "edu.random.draw.redraw.wizard":
            draw = self._draw("drawn", self.region_a)
            wizard = (
                self.env["edu.random.draw.redraw.wizard"]
                .with_user(user)
                .sudo()
                .create({"draw_id": draw.id, "reason": "Matrix redraw"})
            )
            return wizard.sudo(False), {"district"}
        if model == "edu.indicator.framework":
            framework, _leaf, _other = self._framework(f"Matrix framework {next(self.seq)}")
            return framework, set()
        if model == "edu.school":
            return self.school_a1, {"district"}
        if model == "hr.employee":
            return self.employee_insp, set()
        raise AssertionError(f"no transition record for {model}.{method}")

    def _matrix_set_state(self, record, state):
        if record._name == "edu.inspection.target":
            # the unit's state is the inspection's
            record.inspection_id.write({"state": state})
            return
        if record._name == "edu.random.draw":
            # a performed draw refuses any change of its state but its own transitions
            self.env.flush_all()
            self.env.cr.execute(
                "UPDATE edu_random_draw SET state = %s WHERE id = %s", [state, record.id]
            )
            record.invalidate_recordset(["state"])
            return
        super()._matrix_set_state(record, state)
