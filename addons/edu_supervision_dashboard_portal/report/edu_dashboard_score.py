from odoo import fields, models
from odoo.tools import SQL

#: States of a self-assessment whose score is the unit's statement: submitted to the
#: office (final unless the office returns it) or accepted by it. A draft can still
#: change, a returned one was sent back for correction: neither is set against the
#: team's score.
COUNTED_STATES = ("submitted", "accepted")


class EduDashboardScore(models.Model):
    _inherit = "edu.dashboard.score"
    # searches of the view flush what it reads of the self-assessments
    _depends = {"edu.self.assessment": ["target_id", "state", "self_percent"]}

    self_score = fields.Float(
        help="The unit's own score (%) of the same inspection, from its self-assessment "
        "once submitted or accepted (drafts and returned ones do not count)."
    )

    def _edu_self_score_sql(self):
        """The ``self_percent`` of the target's self-assessment (one per target) in a
        counted state; NULL without one."""
        return SQL(
            """(SELECT a.self_percent::float8
                  FROM edu_self_assessment a
                 WHERE a.target_id = t.id AND a.state IN %s)""",
            COUNTED_STATES,
        )
