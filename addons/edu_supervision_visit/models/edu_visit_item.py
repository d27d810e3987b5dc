from odoo import fields, models

#: The eight routine items every visit checks (经常性督导八项内容).
VISIT_ITEMS = [
    ("management", "School management"),
    ("admission", "Admissions, fees and school choice"),
    ("teaching", "Curriculum and teaching"),
    ("workload", "Student workload and physical education"),
    ("teacher", "Teacher ethics and development"),
    ("safety", "Campus and traffic safety"),
    ("hygiene", "Canteen, food, drinking water and dormitory hygiene"),
    ("culture", "School culture"),
]


class EduVisitItem(models.Model):
    _name = "edu.visit.item"
    _description = "Routine Visit Item"
    _order = "visit_id, sequence, id"

    visit_id = fields.Many2one("edu.visit", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    item = fields.Selection(VISIT_ITEMS, required=True)
    rating = fields.Selection(
        [
            ("good", "Good"),
            ("attention", "Needs attention"),
            ("problem", "Problem"),
        ],
        required=True,
        default="good",
    )
    note = fields.Text()
    state = fields.Selection(related="visit_id.state", string="Visit Status")
    company_id = fields.Many2one(related="visit_id.company_id", store=True)

    _sql_constraints = [
        (
            "visit_item_unique",
            "UNIQUE(visit_id, item)",
            "Each routine item can appear only once in a visit.",
        ),
    ]
