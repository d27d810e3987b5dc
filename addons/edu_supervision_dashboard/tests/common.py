from datetime import date

from odoo.addons.edu_supervision_rectification.tests.common import EduRectificationCase

YEAR = 2026
OVERDUE = date(2020, 1, 1)  # a deadline long past, whatever today is
FUTURE = date(2099, 12, 31)


class EduDashboardCase(EduRectificationCase):
    """A fixed data set whose dashboard figures are computed by hand in the tests.

    Inspections of 2026 (school supervision):

    * ``inspection`` (district A, published): A1 scored 90 %, A2 70 %;
    * ``inspection_b`` (district B, published): B1 scored 60 %;
    * ``inspection_draft`` (district A, draft): A1, not scored.

    City mean 73.33; ranks A1 1, A2 2, B1 3. District means A 80, B 60 (mean of the
    districts 70: A +10 rank 1, B -10 rank 2).

    Problems (all of 2026): A1 in ``inspection``: p_overdue (open, deadline past),
    p_on_time (closed before its deadline), p_late (closed after it), p_rebound (open,
    deadline to come, rebounded); A2: p_nodeadline (open); B1 in ``inspection_b``:
    p_b_overdue (open, deadline past), p_b_on_time (closed on time); A1 in
    ``inspection_draft``: p_draft (open, no deadline). One supervision order issued
    for p_overdue.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # City means and ranks are taken over every scored unit of the company and
        # year: in a database with demo data (the site's inspections of this year),
        # the fixed data set is made the company's only scored units.
        cls.env.flush_all()
        cls.env.cr.execute(
            "UPDATE edu_inspection_target SET is_scored = FALSE "
            "WHERE is_scored AND company_id = %s",
            [cls.company.id],
        )
        cls.env.invalidate_all()
        Inspection = cls.env["edu.inspection"]
        cls.inspection_b = Inspection.create(
            {
                "name": "Inspection of district B",
                "function": "school",
                "kind": "special",
                "region_id": cls.region_b.id,
                "date_start": date(YEAR, 6, 1),
                "date_end": date(YEAR, 6, 2),
                "leader_id": cls.employee_insp2.id,
                "target_ids": [(0, 0, {"school_id": cls.school_b1.id})],
            }
        )
        cls.inspection_draft = Inspection.create(
            {
                "name": "Draft inspection of A1",
                "function": "school",
                "kind": "special",
                "region_id": cls.region_a.id,
                "date_start": date(YEAR, 9, 1),
                "leader_id": cls.employee_insp.id,
                "target_ids": [(0, 0, {"school_id": cls.school_a1.id})],
            }
        )
        cls.target_b1 = cls.inspection_b.target_ids
        cls.target_draft = cls.inspection_draft.target_ids
        cls.p_overdue = cls._create_problem(cls.target_a1, name="Overdue", deadline=OVERDUE)
        cls.p_on_time = cls._create_problem(
            cls.target_a1,
            name="On time",
            deadline=date(YEAR, 6, 30),
            state="closed",
            closed_date=date(YEAR, 6, 1),
        )
        cls.p_late = cls._create_problem(
            cls.target_a1,
            name="Late",
            deadline=date(YEAR, 6, 1),
            state="closed",
            closed_date=date(YEAR, 6, 20),
        )
        cls.p_rebound = cls._create_problem(
            cls.target_a1, name="Rebound", deadline=FUTURE, rebound=True, severity="serious"
        )
        cls.p_nodeadline = cls._create_problem(cls.target_a2, name="No deadline")
        cls.p_b_overdue = cls._create_problem(cls.target_b1, name="B overdue", deadline=OVERDUE)
        cls.p_b_on_time = cls._create_problem(
            cls.target_b1,
            name="B on time",
            deadline=date(YEAR, 7, 31),
            state="closed",
            closed_date=date(YEAR, 7, 1),
        )
        cls.p_draft = cls._create_problem(cls.target_draft, name="Draft finding")
        cls.order = cls.env["edu.supervision.order"].create(
            {
                "partner_id": cls.unit_a1.id,
                "reason": "Overdue",
                "new_deadline": FUTURE,
                "state": "issued",
                "issue_date": date(YEAR, 8, 1),
                "line_ids": [(0, 0, {"problem_id": cls.p_overdue.id})],
            }
        )
        (cls.inspection | cls.inspection_b).write(
            {"state": "published", "publish_date": date(YEAR, 7, 15)}
        )
        cls._set_scores({cls.target_a1: 90.0, cls.target_a2: 70.0, cls.target_b1: 60.0})
        Action = cls.env["edu.accountability.action"]
        cls.action_commendation = Action.create(
            {
                "name": "Commendation of A1",
                "kind": "commendation",
                "partner_id": cls.unit_a1.id,
                "date": date(YEAR, 9, 1),
                "state": "published",
                "published_date": date(YEAR, 9, 2),
                "public_text": "A1 is commended.",
            }
        )
        cls.action_interview = Action.create(
            {
                "name": "Interview of B1",
                "kind": "interview",
                "partner_id": cls.school_b1.partner_id.id,
                "date": date(YEAR, 10, 1),
                "state": "approved",
            }
        )
        cls.action_draft = Action.create(
            {
                "name": "Draft circular",
                "kind": "circular",
                "partner_id": cls.unit_a2.id,
                "date": date(YEAR, 10, 2),
            }
        )

    @classmethod
    def _set_scores(cls, scores):
        """Give units the total a scoring sheet would have (the stored score
        fields are computed from indicator lines, which are not the subject here)."""
        cls.env.flush_all()
        for target, score in scores.items():
            cls.env.cr.execute(
                "UPDATE edu_inspection_target SET is_scored = TRUE, score_percent = %s "
                "WHERE id = %s",
                [score, target.id],
            )
        cls.env.invalidate_all()

    def _sum(self, model, domain, measures, user=None, groupby=()):
        Model = self.env[model].with_user(user) if user else self.env[model]
        return Model._read_group(domain, list(groupby), measures)

    @classmethod
    def _year_domain(cls, field="date"):
        return [(field, ">=", date(YEAR, 1, 1)), (field, "<=", date(YEAR, 12, 31))]
