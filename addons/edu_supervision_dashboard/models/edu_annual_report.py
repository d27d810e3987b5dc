import base64

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision_inspector.models.edu_authority import (
    EDU_MANAGER,
    EDU_OFFICE,
    edu_check_groups,
)

from ..report import edu_annual_report_charts as charts


class EduAnnualReport(models.Model):
    """The annual supervision report (年度教育督导工作报告) of a year and a scope
    (the city or one district): its figures are read from the dashboards' data
    sources as the user who generates it (a district office gets its district),
    rendered as a Chinese PDF with charts and an XLSX, both attached here; the
    manager publishes the PDF on the public disclosure page."""

    _name = "edu.annual.report"
    _description = "Annual Supervision Report"
    _inherit = ["mail.thread"]
    _order = "year desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    number = fields.Char(string="Document Number", readonly=True, copy=False, default="/")
    year = fields.Integer(required=True, tracking=True, aggregator=None)
    region_id = fields.Many2one(
        "edu.region", string="Scope", required=True, index=True, tracking=True
    )
    scope = fields.Selection(related="region_id.level", string="Scope Level")
    issuer = fields.Char(
        required=True,
        tracking=True,
        default=lambda self: self.env.company.name,
        help="The office issuing the report, printed on it.",
    )
    issue_date = fields.Date(
        required=True, tracking=True, default=lambda self: self.env.company._edu_today()
    )
    summary = fields.Text(
        string="Foreword",
        help="Opening text of the report, written by the office (optional).",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("published", "Published")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    published_date = fields.Date(readonly=True, copy=False)
    pdf_attachment_id = fields.Many2one("ir.attachment", string="PDF", readonly=True, copy=False)
    xlsx_attachment_id = fields.Many2one("ir.attachment", string="XLSX", readonly=True, copy=False)
    generated_date = fields.Datetime(readonly=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )

    _sql_constraints = [
        ("year_positive", "CHECK(year > 2000)", "The report year is not valid."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("number", "/") == "/":
                vals["number"] = self.env["ir.sequence"].next_by_code("edu.annual.report") or "/"
        return super().create(vals_list)

    def write(self, vals):
        if self.filtered(lambda report: report.state == "published") and set(vals) - {
            "state",
            "published_date",
        }:
            raise UserError(self.env._("A published annual report cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published(self):
        if self.filtered(lambda report: report.state == "published"):
            raise UserError(self.env._("A published annual report cannot be deleted."))

    @api.model
    def _edu_default_name(self, year, region):
        return self.env._(
            "%(region)s %(year)s Annual Education Supervision Report",
            region=region.name,
            year=year,
        )

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def action_generate(self):
        """Render the PDF and the XLSX of the report and attach them."""
        edu_check_groups(
            self.env,
            (EDU_OFFICE,),
            self.env._("Only the supervision office writes annual reports."),
        )
        self.check_access("write")
        if self.filtered(lambda report: report.state != "draft"):
            raise UserError(self.env._("Only a draft annual report can be generated again."))
        Report = self.env["ir.actions.report"]
        Attachment = self.env["ir.attachment"]
        for report in self:
            pdf, _kind = Report._render_qweb_pdf(
                "edu_supervision_dashboard.edu_annual_report_pdf", report.ids
            )
            xlsx, _kind = Report._render_xlsx(
                "edu_supervision_dashboard.edu_annual_report_xlsx", report.ids, {}
            )
            old = report.pdf_attachment_id | report.xlsx_attachment_id
            files = Attachment.create(
                [
                    {
                        "name": f"{report.name}.pdf",
                        "datas": base64.b64encode(pdf),
                        "res_model": report._name,
                        "res_id": report.id,
                        "mimetype": "application/pdf",
                    },
                    {
                        "name": f"{report.name}.xlsx",
                        "datas": base64.b64encode(xlsx),
                        "res_model": report._name,
                        "res_id": report.id,
                        "mimetype": "application/vnd.openxmlformats-officedocument."
                        "spreadsheetml.sheet",
                    },
                ]
            )
            report.write(
                {
                    "pdf_attachment_id": files[0].id,
                    "xlsx_attachment_id": files[1].id,
                    "generated_date": fields.Datetime.now(),
                }
            )
            old.unlink()
        return True

    def _edu_job_generate(self, job):
        """The generation as a background job: the PDF comes with the notification."""
        self.ensure_one()
        self.action_generate()
        return (
            self.env._("%s generated (PDF and XLSX on the report).", self.name),
            self.pdf_attachment_id.name,
            self.pdf_attachment_id.raw,
        )

    def action_publish(self):
        edu_check_groups(
            self.env, (EDU_MANAGER,), self.env._("Only managers publish annual reports.")
        )
        self.check_access("write")
        if self.filtered(lambda report: report.state != "draft"):
            raise UserError(self.env._("Only a draft annual report can be published."))
        if self.filtered(lambda report: not report.pdf_attachment_id):
            raise UserError(self.env._("Generate the report before publishing it."))
        self.write({"state": "published", "published_date": self.env.company._edu_today()})
        return True

    def action_unpublish(self):
        edu_check_groups(
            self.env, (EDU_MANAGER,), self.env._("Only managers withdraw annual reports.")
        )
        self.check_access("write")
        if self.filtered(lambda report: report.state != "published"):
            raise UserError(self.env._("Only a published annual report can be withdrawn."))
        self.write({"state": "draft", "published_date": False})
        return True

    # ------------------------------------------------------------------
    # Figures (read as the current user: his record rules apply)
    # ------------------------------------------------------------------
    @api.model
    def _edu_source_domains(self, year, region):
        """The domains the figures of ``year`` in ``region`` (and its
        sub-regions) are read with, per data source: the dashboards' sources
        filtered as their year and region filters do."""
        start, end = fields.Date.to_date(f"{year}-01-01"), fields.Date.to_date(f"{year}-12-31")
        in_region = [("region_id", "child_of", region.id)]
        in_year = [("date", ">=", start), ("date", "<=", end)]
        units = self._edu_region_units(region)
        return {
            "edu.inspection": [
                ("date_start", ">=", start),
                ("date_start", "<=", end),
                ("state", "!=", "cancelled"),
                *in_region,
            ],
            "edu.dashboard.score": in_year + in_region,
            "edu.dashboard.district.score": in_year + in_region,
            "edu.dashboard.problem": in_year + in_region,
            "edu.supervision.order": [
                ("issue_date", ">=", start),
                ("issue_date", "<=", end),
                ("unit_region_id", "child_of", region.id),
            ],
            "edu.accountability.action": [
                ("date", ">=", start),
                ("date", "<=", end),
                ("state", "in", ("approved", "published")),
                ("partner_id", "in", units.ids),
            ],
            "edu.dashboard.training": in_year + in_region,
            "edu.dashboard.staffing": [("region_id", "=", region.id)],
            "edu.budget.execution.report": in_year + in_region,
        }

    @api.model
    def _edu_region_units(self, region):
        """The inspected units of ``region``: its schools and governments (sub-regions included)."""
        regions = self.env["edu.region"].search([("id", "child_of", region.id)])
        schools = (
            self.env["edu.school"]
            .with_context(active_test=False)
            .search([("region_id", "in", regions.ids)])
        )
        return schools.partner_id | regions.government_partner_id

    def _edu_selection(self, model, field):
        return dict(self.env[model]._fields[field]._description_selection(self.env))

    def _edu_figures(self):
        """Every figure, table and list of the report, in a constant number of
        queries (grouped reads) whatever the size of the year."""
        self.ensure_one()
        domains = self._edu_source_domains(self.year, self.region_id)
        env = self.env
        functions = self._edu_selection("edu.inspection", "function")
        kinds = self._edu_selection("edu.inspection", "kind")
        inspection_states = self._edu_selection("edu.inspection", "state")
        # inspections of the year
        Inspection = env["edu.inspection"]
        inspections = Inspection.search(domains["edu.inspection"], order="date_start, id")
        by_function = dict(
            Inspection._read_group(domains["edu.inspection"], ["function"], ["__count"])
        )
        by_kind = dict(Inspection._read_group(domains["edu.inspection"], ["kind"], ["__count"]))
        target_counts = dict(
            env["edu.inspection.target"]._read_group(
                [("inspection_id", "in", inspections.ids)], ["inspection_id"], ["__count"]
            )
        )
        problem_counts = dict(
            env["edu.problem"]._read_group(
                [("inspection_id", "in", inspections.ids)], ["inspection_id"], ["__count"]
            )
        )
        # problems and rectification
        Problem = env["edu.dashboard.problem"]
        measures = [
            "problem_count:sum",
            "open_count:sum",
            "closed_count:sum",
            "overdue_count:sum",
            "on_time_rate:avg",
            "rebound_count:sum",
            "order_count:sum",
        ]
        keys = ("total", "open", "closed", "overdue", "on_time_rate", "rebound", "orders")
        [totals] = Problem._read_group(domains["edu.dashboard.problem"], [], measures)
        problems = {key: value or 0 for key, value in zip(keys, totals, strict=True)}
        categories = [
            {
                "name": category.name or env._("Uncategorised"),
                "total": total or 0,
                "open": open_ or 0,
                "closed": closed or 0,
                "overdue": overdue or 0,
            }
            for category, total, open_, closed, overdue in Problem._read_group(
                domains["edu.dashboard.problem"],
                ["category_id"],
                ["problem_count:sum", "open_count:sum", "closed_count:sum", "overdue_count:sum"],
                order="problem_count:sum desc",
            )
        ]
        severities = self._edu_selection("edu.problem", "severity")
        by_severity = [
            {"name": severities.get(severity, severity), "total": total or 0}
            for severity, total in Problem._read_group(
                domains["edu.dashboard.problem"], ["severity"], ["problem_count:sum"]
            )
        ]
        regions = [
            {
                "name": region.name or "—",
                "total": total or 0,
                "open": open_ or 0,
                "closed": closed or 0,
                "overdue": overdue or 0,
                "on_time_rate": rate or 0.0,
            }
            for region, total, open_, closed, overdue, rate in Problem._read_group(
                domains["edu.dashboard.problem"],
                ["region_id"],
                [
                    "problem_count:sum",
                    "open_count:sum",
                    "closed_count:sum",
                    "overdue_count:sum",
                    "on_time_rate:avg",
                ],
            )
        ]
        Order = env["edu.supervision.order"]
        orders = dict(Order._read_group(domains["edu.supervision.order"], ["state"], ["__count"]))
        order_states = self._edu_selection("edu.supervision.order", "state")
        # scores and rankings
        [[unit_count, mean_score]] = env["edu.dashboard.score"]._read_group(
            domains["edu.dashboard.score"], [], ["unit_count:sum", "score:avg"]
        )
        ranking = [
            {
                "region": row.region_id.name,
                "function": functions.get(row.function, row.function),
                "units": row.unit_count,
                "score": row.score,
                "mean": row.overall_mean,
                "deviation": row.deviation,
                "rank": row.rank,
            }
            for row in env["edu.dashboard.district.score"].search(
                domains["edu.dashboard.district.score"], order="function, rank, id"
            )
        ]
        top_units = [
            {
                "unit": row.partner_id.name,
                "region": row.region_id.name,
                "function": functions.get(row.function, row.function),
                "score": row.score,
                "deviation": row.deviation,
                "rank": row.city_rank,
            }
            for row in env["edu.dashboard.score"].search(
                domains["edu.dashboard.score"], order="function, city_rank, id", limit=20
            )
        ]
        # accountability
        Action = env["edu.accountability.action"]
        action_kinds = self._edu_selection("edu.accountability.action", "kind")
        actions_by_kind = dict(
            Action._read_group(domains["edu.accountability.action"], ["kind"], ["__count"])
        )
        actions = Action.search(domains["edu.accountability.action"], order="date, id")
        action_states = self._edu_selection("edu.accountability.action", "state")
        figures = {
            "inspection_count": len(inspections),
            "by_function": [
                {"name": label, "count": by_function.get(value, 0)}
                for value, label in functions.items()
            ],
            "by_kind": [
                {"name": label, "count": by_kind.get(value, 0)} for value, label in kinds.items()
            ],
            "inspections": [
                {
                    "reference": inspection.reference,
                    "name": inspection.name,
                    "function": functions.get(inspection.function),
                    "kind": kinds.get(inspection.kind),
                    "region": inspection.region_id.name or "",
                    "date_start": inspection.date_start,
                    "date_end": inspection.date_end,
                    "state": inspection_states.get(inspection.state),
                    "targets": target_counts.get(inspection, 0),
                    "problems": problem_counts.get(inspection, 0),
                }
                for inspection in inspections
            ],
            "unit_count": unit_count or 0,
            "mean_score": mean_score or 0.0,
            "ranking": ranking,
            "top_units": top_units,
            "problems": problems,
            "categories": categories,
            "severities": by_severity,
            "regions": regions,
            "orders": [
                {"name": label, "count": orders.get(value, 0)}
                for value, label in order_states.items()
            ],
            "order_count": sum(orders.values()),
            "actions_by_kind": [
                {"name": label, "count": actions_by_kind.get(value, 0)}
                for value, label in action_kinds.items()
            ],
            "actions": [
                {
                    "reference": action.reference,
                    "name": action.name,
                    "kind": action_kinds.get(action.kind),
                    "unit": action.partner_id.name or "",
                    "date": action.date,
                    "state": action_states.get(action.state),
                }
                for action in actions
            ],
        }
        figures.update(self._edu_workforce_figures(domains))
        return figures

    def _edu_workforce_figures(self, domains):
        """Staffing (today) and training (the year) of the scope, when the
        user reads them (office and Inspector HR); budget execution when he
        reads the budgets (office and finance)."""
        env = self.env
        figures = {"staffing": False, "training": False, "budget": []}
        Staffing = env["edu.dashboard.staffing"]
        if Staffing.has_access("read"):
            row = Staffing.search(domains["edu.dashboard.staffing"], limit=1)
            if row:
                figures["staffing"] = {
                    name: row[name]
                    for name in (
                        "school_count",
                        "large_school_count",
                        "required_count",
                        "inspector_count",
                        "available_count",
                        "fulltime_count",
                        "gap_count",
                        "fulltime_share",
                        "schools_per_inspector",
                    )
                }
        Training = env["edu.dashboard.training"]
        if Training.has_access("read"):
            [[count, central, online, rate]] = Training._read_group(
                domains["edu.dashboard.training"],
                [],
                [
                    "inspector_count:sum",
                    "centralized_avg:avg",
                    "online_avg:avg",
                    "compliance_rate:avg",
                ],
            )
            figures["training"] = {
                "inspectors": count or 0,
                "centralized_avg": central or 0.0,
                "online_avg": online or 0.0,
                "compliance_rate": rate or 0.0,
            }
        Budget = env["edu.budget.execution.report"]
        if Budget.has_access("read"):
            categories = dict(Budget._fields["category"]._description_selection(env))
            figures["budget"] = [
                {
                    "name": categories.get(category, category),
                    "planned": planned or 0.0,
                    "actual": actual or 0.0,
                    "committed": committed or 0.0,
                }
                for category, planned, actual, committed in Budget._read_group(
                    domains["edu.budget.execution.report"],
                    ["category"],
                    ["planned_amount:sum", "actual_amount:sum", "committed_amount:sum"],
                )
            ]
        return figures

    def _edu_charts(self, figures):
        """The report's charts as PNG bytes, by name (at least four)."""
        _ = self.env._
        result = {
            "functions": charts.bar_chart(
                _("Inspections by function"),
                [row["name"] for row in figures["by_function"]],
                [row["count"] for row in figures["by_function"]],
            ),
            "categories": charts.barh_chart(
                _("Problems by category"),
                [row["name"] for row in figures["categories"]],
                [row["total"] for row in figures["categories"]],
            ),
            "rectification": charts.stacked_chart(
                _("Rectification by region"),
                [row["name"] for row in figures["regions"]],
                [
                    (_("Closed Out"), [row["closed"] for row in figures["regions"]]),
                    (
                        _("Being Rectified"),
                        [row["open"] - row["overdue"] for row in figures["regions"]],
                    ),
                    (_("Overdue"), [row["overdue"] for row in figures["regions"]]),
                ],
            ),
            "actions": charts.pie_chart(
                _("Accountability actions by kind"),
                [row["name"] for row in figures["actions_by_kind"]],
                [row["count"] for row in figures["actions_by_kind"]],
            ),
        }
        ranking = [row for row in figures["ranking"] if row["units"]]
        if ranking:
            result["ranking"] = charts.bar_chart(
                _("Mean score by region"),
                [f"{row['region']}\n{row['function']}" for row in ranking],
                [round(row["score"], 1) for row in ranking],
                ylabel=_("Score (%)"),
                reference=sum(row["score"] for row in ranking) / len(ranking),
                reference_label=_("Mean"),
            )
        return result

    def _edu_report_values(self):
        """What the PDF and the XLSX show: the figures and the charts."""
        self.ensure_one()
        figures = self._edu_figures()
        png = self._edu_charts(figures)
        return {
            "figures": figures,
            "charts": png,
            "chart_uris": {name: charts.data_uri(data) for name, data in png.items()},
        }
