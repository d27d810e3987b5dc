import json
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from ..models.edu_random_draw import edu_draw_sample
from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestRandomDraw(EduInspectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        School = cls.env["edu.school"]
        cls.schools_b = cls.school_b1 | School.create(
            [
                {
                    "name": f"Draw School B{i}",
                    "code": f"DB{i}",
                    "region_id": cls.region_b.id,
                    "stage": "primary",
                    "student_count": 500,
                }
                for i in range(2, 9)
            ]
        )
        cls.inspectors = cls.employee_insp2
        for i in range(1, 9):
            cls.inspectors |= cls._create_inspector(f"Pool Inspector {i}", region=cls.region_b)
        # Conflicts of interest
        cls.affiliated = cls._create_inspector(
            "Affiliated Inspector", region=cls.region_b, edu_affiliation_school_id=cls.school_b1.id
        )
        cls.responsible = cls._create_inspector("Responsible Inspector", region=cls.region_b)
        cls._assign(cls.schools_b[1], cls.responsible)
        cls.busy = cls._create_inspector("Busy Inspector", region=cls.region_b)
        cls.inspection.member_ids = cls.busy  # on site 2026-05-11 .. 13
        cls.uncertified = cls._create_inspector(
            "Uncertified Inspector", region=cls.region_b, certified=False
        )
        cls.conflicted = cls.affiliated | cls.responsible | cls.busy | cls.uncertified
        cls.inspection_b = cls.env["edu.inspection"].create(
            {
                "name": "Inspection B",
                "function": "school",
                "kind": "special",
                "region_id": cls.region_b.id,
                "date_start": date(2026, 5, 12),
                "date_end": date(2026, 5, 12),
                "target_ids": [
                    (0, 0, {"school_id": cls.school_b1.id}),
                    (0, 0, {"school_id": cls.schools_b[1].id}),
                ],
            }
        )

    def _draw(self, **vals):
        return self.env["edu.random.draw"].create(
            {
                "inspection_id": self.inspection_b.id,
                "draw_targets": False,
                "inspector_region_ids": [(6, 0, self.region_b.ids)],
                "inspector_count": 3,
                "recent_months": 0,
                **vals,
            }
        )

    def test_sample_is_deterministic(self):
        pool = list(range(1, 200))
        first = edu_draw_sample("abc", "inspectors", pool, 10)
        self.assertEqual(first, edu_draw_sample("abc", "inspectors", list(reversed(pool)), 10))
        self.assertNotEqual(first, edu_draw_sample("abd", "inspectors", pool, 10))
        self.assertEqual(len(set(first)), 10)

    def test_office_without_email_draws_and_confirms(self):
        """The draw's chatter message is written in the name of a user without e-mail."""
        self.user_office.partner_id.email = False
        self.company.partner_id.email = "office@wuhai.example.com"
        draw = self._draw().with_user(self.user_office)
        draw.action_draw()
        draw.action_confirm()
        self.assertEqual((draw.state, draw.drawn_by_id), ("confirmed", self.user_office))
        self.assertEqual(draw.confirmed_by_id, self.user_office)
        message = draw.message_ids.filtered(lambda m: "seed" in (m.body or ""))
        self.assertEqual(message.author_id, self.user_office.partner_id)

    def test_draw_excludes_conflicts_with_reasons(self):
        draw = self._draw()
        draw.action_draw()
        self.assertEqual(draw.state, "drawn")
        self.assertEqual(len(draw.seed), 32)
        pool = set(json.loads(draw.inspector_pool_json))
        self.assertFalse(pool & set(self.conflicted.ids))
        self.assertEqual(pool, set(self.inspectors.ids))
        reasons = {line.employee_id: line.reason for line in draw.exclusion_ids}
        self.assertEqual(reasons[self.affiliated], "affiliation")
        self.assertEqual(reasons[self.responsible], "responsible")
        self.assertEqual(reasons[self.busy], "busy")
        self.assertEqual(reasons[self.uncertified], "certificate")
        self.assertEqual(len(draw.result_employee_ids), 3)
        self.assertTrue(draw.result_employee_ids <= self.inspectors)

    def test_exclusions_frozen_on_the_draw(self):
        """The exclusions are one JSON column of the draw, written with its state
        change; the exclusion lines are a query of it, searchable like any model."""
        draw = self._draw()
        draw.action_draw()
        frozen = json.loads(draw.exclusion_json)
        lines = draw.exclusion_ids
        self.assertEqual(
            [[line.kind, line.school_id.id or None, line.employee_id.id or None, line.reason]
             for line in lines.sorted(lambda line: line.id)],
            [entry[:4] for entry in frozen],
        )  # fmt: skip
        self.assertEqual(draw.exclusion_count, len(frozen))
        self.assertEqual(len(set(lines.ids)), len(frozen))
        Exclusion = self.env["edu.random.draw.exclusion"]
        found = Exclusion.search([("employee_id", "=", self.busy.id), ("draw_id", "=", draw.id)])
        self.assertEqual((found.reason, found.kind), ("busy", "inspector"))
        # the lines of a draft (another draw, not performed) do not exist
        self.assertFalse(self._draw().exclusion_ids)
        # the office reads them, a viewer only once the draw is confirmed
        self.assertEqual(
            Exclusion.with_user(self.user_office).search_count([("draw_id", "=", draw.id)]),
            len(frozen),
        )
        self.assertFalse(Exclusion.with_user(self.user_viewer).search([("draw_id", "=", draw.id)]))
        draw.action_confirm()
        self.assertEqual(
            Exclusion.with_user(self.user_viewer).search_count([("draw_id", "=", draw.id)]),
            len(frozen),
        )

    def test_independence_optional(self):
        draw = self._draw(require_independence=False)
        draw.action_draw()
        self.assertIn(self.responsible.id, json.loads(draw.inspector_pool_json))

    def test_conflicted_never_drawn_in_1000_draws(self):
        draw = self._draw(inspector_count=len(self.inspectors))
        drawn = set()
        for i in range(1000):
            vals = draw._edu_perform(f"seed-{i}")
            drawn.update(vals["result_employee_ids"][0][2])
        self.assertFalse(drawn & set(self.conflicted.ids))
        self.assertEqual(drawn, set(self.inspectors.ids))

    def test_replay_and_verify(self):
        draw = self._draw(draw_targets=True, target_count=3, target_region_ids=self.region_b.ids)
        draw.action_draw()
        schools, employees = draw._edu_replay()
        self.assertEqual(schools, sorted(draw.result_school_ids.ids))
        self.assertEqual(employees, sorted(draw.result_employee_ids.ids))
        self.assertTrue(draw._edu_verify())
        action = draw.action_verify()
        self.assertEqual(action["params"]["type"], "success")
        # Replaying with another seed gives another result: verification can fail.
        other = edu_draw_sample(
            draw.seed + "x", "targets", json.loads(draw.target_pool_json), draw.target_count
        )
        self.assertEqual(len(other), 3)

    def test_verify_detects_tampering(self):
        draw = self._draw()
        draw.action_draw()
        # Bypass the ORM guard to simulate tampering in the database.
        other = (self.inspectors - draw.result_employee_ids)[:1]
        self.env.cr.execute(
            "UPDATE edu_random_draw_result_employee_rel SET employee_id = %s "
            "WHERE draw_id = %s AND employee_id = %s",
            (other.id, draw.id, draw.result_employee_ids[0].id),
        )
        draw.invalidate_recordset()
        self.assertFalse(draw._edu_verify())

    def test_target_draw_filters_and_applies(self):
        inspection = self.env["edu.inspection"].create(
            {
                "name": "Drawn inspection",
                "function": "school",
                "kind": "special",
                "region_id": self.region_b.id,
                "date_start": date(2026, 9, 1),
                "date_end": date(2026, 9, 2),
            }
        )
        draw = self.env["edu.random.draw"].create(
            {
                "inspection_id": inspection.id,
                "target_region_ids": [(6, 0, self.region_b.ids)],
                "school_stage": "primary",
                "target_count": 2,
                "inspector_region_ids": [(6, 0, self.region_b.ids)],
                "inspector_count": 2,
                "recent_months": 0,
            }
        )
        draw.action_draw()
        pool = set(json.loads(draw.target_pool_json))
        self.assertNotIn(self.school_b1.id, pool)  # kindergarten
        self.assertEqual(pool, set((self.schools_b - self.school_b1).ids))
        draw.action_confirm()
        self.assertEqual(draw.state, "confirmed")
        self.assertEqual(inspection.target_ids.school_id, draw.result_school_ids)
        self.assertEqual(inspection.team_employee_ids, draw.result_employee_ids)
        self.assertIn(inspection.leader_id, draw.result_employee_ids)

    def test_recently_inspected_excluded(self):
        self.inspection_b.write({"date_start": date.today(), "date_end": date.today()})
        draw = self.env["edu.random.draw"].create(
            {
                "draw_inspectors": False,
                "target_region_ids": [(6, 0, self.region_b.ids)],
                "target_count": 1,
                "recent_months": 12,
            }
        )
        draw.action_draw()
        reasons = {line.school_id: line.reason for line in draw.exclusion_ids}
        self.assertEqual(reasons.get(self.school_b1), "recent")
        self.assertNotIn(self.school_b1.id, json.loads(draw.target_pool_json))

    def test_pool_too_small(self):
        draw = self._draw(inspector_count=50)
        with self.assertRaisesRegex(UserError, "eligible"):
            draw.action_draw()
        self.assertEqual(draw.state, "draft")

    def test_performed_draw_is_immutable(self):
        draw = self._draw()
        draw.action_draw()
        for vals in (
            {"seed": "0" * 32},
            {"inspector_count": 1},
            {"inspector_pool_json": "[]"},
            {"result_employee_ids": [(5, 0, 0)]},
            {"state": "draft"},
        ):
            with self.assertRaises(UserError):
                draw.write(vals)
        with self.assertRaises(UserError):
            draw.exclusion_ids[:1].write({"reason": "busy"})
        with self.assertRaises(UserError):
            draw.exclusion_ids[:1].unlink()
        with self.assertRaises(UserError):
            self.env["edu.random.draw.exclusion"].create(
                {"draw_id": draw.id, "kind": "inspector", "reason": "busy"}
            )
        with self.assertRaises(UserError):
            draw.unlink()
        draw.action_confirm()
        with self.assertRaises(UserError):
            draw.write({"state": "superseded"})
        with self.assertRaises(UserError):
            draw.write({"confirmed_date": False})
        # Chatter stays available on a confirmed draw.
        draw.message_post(body="Audit note")

    def test_redraw_keeps_history(self):
        draw = self._draw()
        draw.action_draw()
        with self.assertRaisesRegex(UserError, "reason"):
            draw._edu_redraw("  ")
        wizard = self.env["edu.random.draw.redraw.wizard"].create(
            {"draw_id": draw.id, "reason": "A drawn inspector is ill"}
        )
        action = wizard.action_redraw()
        new = self.env["edu.random.draw"].browse(action["res_id"])
        self.assertEqual(draw.state, "superseded")
        self.assertEqual(draw.next_draw_id, new)
        self.assertEqual(new.previous_draw_id, draw)
        self.assertEqual(new.redraw_reason, "A drawn inspector is ill")
        self.assertEqual(new.state, "drawn")
        self.assertNotEqual(new.seed, draw.seed)
        self.assertIn(draw, new.history_ids)
        self.assertTrue(draw.seed and draw.result_employee_ids)
        self.assertTrue(draw._edu_verify())
        with self.assertRaises(UserError):
            draw._edu_redraw("again")

    def test_confirmed_draw_cannot_be_redrawn(self):
        draw = self._draw()
        draw.action_draw()
        draw.action_confirm()
        with self.assertRaisesRegex(UserError, "final"):
            draw._edu_redraw("Changed my mind")

    def test_cancel_only_draft(self):
        draw = self._draw()
        draw.action_cancel()
        self.assertEqual(draw.state, "cancelled")
        with self.assertRaises(UserError):
            draw.action_draw()
        performed = self._draw()
        performed.action_draw()
        with self.assertRaises(UserError):
            performed.action_cancel()
        with self.assertRaises(UserError):
            performed.action_draw()

    def test_confirm_needs_open_inspection(self):
        draw = self._draw()
        draw.action_draw()
        self.inspection_b.write({"state": "in_progress"})
        with self.assertRaises(UserError):
            draw.action_confirm()

    def test_affiliation_by_partner(self):
        partner_inspector = self._create_inspector(
            "Partner Affiliated",
            region=self.region_b,
            edu_affiliation_partner_id=self.schools_b[1].partner_id.id,
        )
        draw = self._draw()
        draw.action_draw()
        line = draw.exclusion_ids.filtered(lambda line: line.employee_id == partner_inspector)
        self.assertEqual(line.reason, "affiliation")
