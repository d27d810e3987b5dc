from ast import literal_eval

from odoo import api, fields, models

REPORTS = {
    "library": "edu_supervision_rectification.edu_problem_xlsx_report",
    "progress": "edu_supervision_rectification.edu_rectification_progress_xlsx_report",
}
#: Exported problems from which the export is a background job (the system parameter
#: ``edu_supervision.job_threshold.problem_export`` overrides it).
EXPORT_JOB_THRESHOLD = 20000


class EduProblemExportWizard(models.TransientModel):
    _name = "edu.problem.export.wizard"
    _description = "Export the Problem Library"

    report = fields.Selection(
        [("library", "Problem Library"), ("progress", "Rectification Progress per Unit")],
        required=True,
        default="library",
    )
    year = fields.Integer(aggregator=False)
    region_ids = fields.Many2many("edu.region", string="Regions")
    category_ids = fields.Many2many("edu.problem.category", string="Categories")
    severity = fields.Selection(
        lambda self: self.env["edu.problem"]._fields["severity"]._description_selection(self.env)
    )
    state = fields.Selection(
        lambda self: self.env["edu.problem"]._fields["state"]._description_selection(self.env)
    )
    overdue_only = fields.Boolean(string="Overdue Only")
    rebound_only = fields.Boolean(string="Rebounds Only")
    active_domain = fields.Char(
        default=lambda self: self._default_active_domain(),
        help="Filters (or selection) of the list the export was started from.",
    )

    @api.model
    def _default_active_domain(self):
        context = self.env.context
        if context.get("active_model") != "edu.problem":
            return "[]"
        if context.get("active_domain"):
            return str(context["active_domain"])
        if context.get("active_ids"):
            return str([("id", "in", context["active_ids"])])
        return "[]"

    @api.model
    def _edu_filter_domain(self, wizard_vals):
        """Domain of the filters (used by the wizard and the benchmark)."""
        domain = list(wizard_vals.get("active_domain") or [])
        if wizard_vals.get("year"):
            domain.append(("year", "=", wizard_vals["year"]))
        if wizard_vals.get("region_ids"):
            domain.append(("region_id", "child_of", wizard_vals["region_ids"]))
        if wizard_vals.get("category_ids"):
            domain.append(("category_id", "in", wizard_vals["category_ids"]))
        if wizard_vals.get("severity"):
            domain.append(("severity", "=", wizard_vals["severity"]))
        if wizard_vals.get("state"):
            domain.append(("state", "=", wizard_vals["state"]))
        if wizard_vals.get("overdue_only"):
            domain.append(("is_overdue", "=", True))
        if wizard_vals.get("rebound_only"):
            domain.append(("rebound", "=", True))
        return domain

    def _edu_domain(self):
        self.ensure_one()
        return self._edu_filter_domain(
            {
                "active_domain": literal_eval(self.active_domain or "[]"),
                "year": self.year,
                "region_ids": self.region_ids.ids,
                "category_ids": self.category_ids.ids,
                "severity": self.severity,
                "state": self.state,
                "overdue_only": self.overdue_only,
                "rebound_only": self.rebound_only,
            }
        )

    def action_export(self):
        """Download the export; over the threshold of problems it is a background
        job of the user, who gets the file with the notification."""
        self.ensure_one()
        domain = self._edu_domain()
        count = self.env["edu.problem"].search_count(domain)
        Job = self.env["edu.job"]
        if Job._edu_in_background("problem_export", count, EXPORT_JOB_THRESHOLD):
            report = self.env.ref(REPORTS[self.report])
            action = Job._edu_start(
                self.env._("%(report)s: %(count)s problem(s)", report=report.name, count=count),
                self.browse(),
                "_edu_job_export",
                self.report,
                domain,
                size=count,
            )
            action["params"]["next"] = {"type": "ir.actions.act_window_close"}
            return action
        return self.env.ref(REPORTS[self.report]).report_action(
            None, data={"domain": domain}, config=False
        )

    def _edu_job_export(self, job, report, domain):
        """The export as a background job: the same report, its file attached."""
        action = self.env.ref(REPORTS[report])
        content, _kind = self.env["ir.actions.report"]._render_xlsx(
            action.report_name, None, {"domain": domain}
        )
        count = job.size
        filename = f"{action.name} {self.env.company._edu_today()}.xlsx"
        return (
            self.env._("%(count)s problem(s) exported.", count=count),
            filename,
            content,
        )
