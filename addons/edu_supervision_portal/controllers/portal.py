"""The inspected units' pages under ``/my/supervision`` (Odoo portal conventions).

Every record is read as the portal user: the record rules of the unit decide what
exists for it. An id the user may not read answers 404, whatever the reason (another
unit's record, a deleted one): the page never tells which. Only the files of a
record the user reads are served from the attachments (portal users have no access
to ``ir.attachment`` itself).
"""

from markupsafe import Markup
from werkzeug.exceptions import NotFound

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.http import request
from odoo.osv import expression

from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager

from ..tools import portal_today, portal_unit

FLASH_KEY = "edu_portal_flash"
ATTACHMENT_FIELDS = {
    "edu.rectification.report": ("attachment_ids",),
    "edu.supervision.order": ("answer_attachment_ids",),
    "edu.self.assessment.line": ("attachment_ids",),
    "edu.problem": ("verification_evidence_ids",),
}


class EduSupervisionPortal(CustomerPortal):
    _edu_items_per_page = 20

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "edu_supervision_count" in counters:
            values["edu_supervision_count"] = (
                self._edu_todo_count() if portal_unit(request.env) else 0
            )
        return values

    def _edu_todo_count(self):
        """What waits for the unit: problems not closed out and orders not answered."""
        env = request.env
        unit = portal_unit(env)
        problems = env["edu.problem"].search_count(
            [("partner_id", "=", unit.id), ("state", "!=", "closed")]
        )
        orders = env["edu.supervision.order"].search_count(
            [("partner_id", "=", unit.id), ("state", "=", "issued")]
        )
        return problems + orders

    def _edu_get(self, model, record_id):
        """``model``'s record ``record_id`` as the current user, or 404."""
        try:
            record_sudo = self._document_check_access(model, int(record_id))
        except (AccessError, MissingError, ValueError) as error:
            raise NotFound() from error
        return record_sudo.with_env(request.env)

    def _edu_values(self, page_name, **values):
        unit = portal_unit(request.env)
        result = self._prepare_portal_layout_values()
        result.update(
            page_name=page_name,
            edu_unit=unit,
            edu_is_government=unit.edu_unit_kind == "government",
            edu_today=portal_today(request.env),
            edu_flash=request.session.pop(FLASH_KEY, None),
            edu_attachments=self._edu_attachments,
            **values,
        )
        return result

    def _edu_attachments(self, record, field_name):
        """The files of ``record``'s ``field_name`` (for the templates)."""
        return record._edu_portal_attachments(field_name) if record else record

    def _edu_flash(self, message, level="danger"):
        request.session[FLASH_KEY] = {"message": str(message), "level": level}

    def _edu_redirect(self, url, message=None, level="success"):
        if message:
            self._edu_flash(message, level)
        return request.redirect(url)

    def _edu_run(self, url, func, success=None):
        """Run a change asked by a form; on a refusal (UserError, ValidationError,
        AccessError), undo it and come back to ``url`` with the message."""
        try:
            with request.env.cr.savepoint():
                func()
                request.env.flush_all()
        except (UserError, ValidationError) as error:
            request.env.invalidate_all()
            return self._edu_redirect(url, error.args[0], "danger")
        return self._edu_redirect(url, success)

    def _edu_files(self, name):
        return [file for file in request.httprequest.files.getlist(name) if file and file.filename]

    def _edu_attach(self, record, field_name, files):
        for file in files:
            record._edu_portal_attach(field_name, file.filename, file.read())

    def _edu_pager(self, url, total, page, url_args=None):
        return portal_pager(
            url=url,
            total=total,
            page=page,
            step=self._edu_items_per_page,
            url_args={key: value for key, value in (url_args or {}).items() if value},
        )

    @staticmethod
    def _edu_date(value):
        try:
            return fields.Date.to_date(value) if value else False
        except ValueError as error:
            raise UserError(request.env._("“%s” is not a date.", value)) from error

    # ------------------------------------------------------------------
    # Home of the unit
    # ------------------------------------------------------------------
    @http.route("/my/supervision", type="http", auth="user", website=True)
    def edu_home(self, **kw):
        env = request.env
        unit = portal_unit(env)
        values = self._edu_values("edu_home")
        if unit:
            today = portal_today(env)
            Problem = env["edu.problem"]
            own = [("partner_id", "=", unit.id)]
            open_problems = own + [("state", "!=", "closed")]
            inspections = env["edu.inspection"].search(
                [("target_ids.partner_id", "=", unit.id)], order="date_start desc", limit=3
            )
            targets = env["edu.inspection.target"].search(
                [
                    ("partner_id", "=", unit.id),
                    ("inspection_id", "in", inspections.ids),
                ]
            )
            values.update(
                edu_inspections=inspections,
                edu_targets={target.inspection_id.id: target for target in targets},
                edu_open_problem_count=Problem.search_count(open_problems),
                edu_overdue_problem_count=Problem.search_count(
                    open_problems + [("deadline", "<", today)]
                ),
                edu_soon_problems=Problem.search(
                    open_problems + [("deadline", ">=", today)], order="deadline", limit=5
                ),
                edu_order_todo_count=env["edu.supervision.order"].search_count(
                    own + [("state", "=", "issued")]
                ),
                edu_report_returned_count=env["edu.rectification.report"].search_count(
                    own + [("state", "=", "returned")]
                ),
                edu_notice_count=env["edu.accountability.action"].search_count(own),
                edu_feedback_todo=env["edu.inspection.target"].search(
                    own + [("feedback_date", "!=", False), ("feedback_ack_date", "=", False)]
                ),
            )
        return request.render("edu_supervision_portal.portal_my_supervision", values)

    # ------------------------------------------------------------------
    # Inspections
    # ------------------------------------------------------------------
    @http.route(
        ["/my/supervision/inspections", "/my/supervision/inspections/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def edu_inspections(self, page=1, search=None, **kw):
        env = request.env
        Inspection = env["edu.inspection"]
        domain = []
        if search:
            domain = ["|", ("name", "ilike", search), ("reference", "ilike", search)]
        total = Inspection.search_count(domain)
        pager = self._edu_pager("/my/supervision/inspections", total, page, {"search": search})
        inspections = Inspection.search(
            domain,
            order="date_start desc, id desc",
            limit=self._edu_items_per_page,
            offset=pager["offset"],
        )
        values = self._edu_values(
            "edu_inspections",
            inspections=inspections,
            pager=pager,
            search=search,
            default_url="/my/supervision/inspections",
            searchbar_inputs={"name": {"input": "name", "label": env._("Search in name")}},
            search_in="name",
        )
        return request.render("edu_supervision_portal.portal_my_inspections", values)

    @http.route(
        "/my/supervision/inspections/<int:inspection_id>", type="http", auth="user", website=True
    )
    def edu_inspection(self, inspection_id, **kw):
        env = request.env
        inspection = self._edu_get("edu.inspection", inspection_id)
        unit = portal_unit(env)
        target = env["edu.inspection.target"].search(
            [("inspection_id", "=", inspection.id), ("partner_id", "=", unit.id)], limit=1
        )
        indicators = env["edu.indicator"]
        if inspection.framework_id:
            indicators = env["edu.indicator"].search(
                [("framework_id", "=", inspection.framework_id.id)], order="sort_key, id"
            )
        assessment = env["edu.self.assessment"].search([("target_id", "=", target.id)], limit=1)
        problem_domain = [("inspection_id", "=", inspection.id), ("partner_id", "=", unit.id)]
        values = self._edu_values(
            "edu_inspection",
            inspection=inspection,
            target=target,
            indicators=indicators,
            assessment=assessment,
            can_self_assess=bool(target)
            and not assessment
            and inspection.kind == "comprehensive"
            and inspection.method == "announced"
            and bool(inspection.framework_id)
            and inspection.state in ("scheduled", "in_progress"),
            problems=env["edu.problem"].search(
                problem_domain, order="deadline, id desc", limit=self._edu_items_per_page
            ),
            problem_count=env["edu.problem"].search_count(problem_domain),
        )
        return request.render("edu_supervision_portal.portal_my_inspection", values)

    @http.route(
        "/my/supervision/inspections/<int:inspection_id>/feedback/acknowledge",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_feedback_acknowledge(self, inspection_id, **kw):
        inspection = self._edu_get("edu.inspection", inspection_id)
        target = request.env["edu.inspection.target"].search(
            [
                ("inspection_id", "=", inspection.id),
                ("partner_id", "=", portal_unit(request.env).id),
            ],
            limit=1,
        )
        if not target:
            raise NotFound()
        return self._edu_run(
            f"/my/supervision/inspections/{inspection.id}",
            target.action_acknowledge_feedback,
            request.env._("The feedback is acknowledged."),
        )

    # ------------------------------------------------------------------
    # Self-assessment
    # ------------------------------------------------------------------
    def _edu_own_target(self, inspection):
        target = request.env["edu.inspection.target"].search(
            [
                ("inspection_id", "=", inspection.id),
                ("partner_id", "=", portal_unit(request.env).id),
            ],
            limit=1,
        )
        if not target:
            raise NotFound()
        return target

    @http.route(
        "/my/supervision/inspections/<int:inspection_id>/self-assessment",
        type="http",
        auth="user",
        website=True,
    )
    def edu_self_assessment(self, inspection_id, **kw):
        inspection = self._edu_get("edu.inspection", inspection_id)
        target = self._edu_own_target(inspection)
        assessment = request.env["edu.self.assessment"].search(
            [("target_id", "=", target.id)], limit=1
        )
        if not assessment:
            return request.redirect(f"/my/supervision/inspections/{inspection.id}")
        values = self._edu_values(
            "edu_self_assessment",
            inspection=inspection,
            assessment=assessment,
            lines=assessment.line_ids,
            editable=assessment.state in ("draft", "returned"),
        )
        return request.render("edu_supervision_portal.portal_my_self_assessment", values)

    @http.route(
        "/my/supervision/inspections/<int:inspection_id>/self-assessment/start",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_self_assessment_start(self, inspection_id, **kw):
        inspection = self._edu_get("edu.inspection", inspection_id)
        target = self._edu_own_target(inspection)
        url = f"/my/supervision/inspections/{inspection.id}"

        def start():
            request.env["edu.self.assessment"].create({"target_id": target.id})

        response = self._edu_run(url + "/self-assessment", start)
        if request.session.get(FLASH_KEY, {}).get("level") == "danger":
            return request.redirect(url)
        return response

    @http.route(
        "/my/supervision/self-assessments/<int:assessment_id>/save",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_self_assessment_save(self, assessment_id, submit=None, **post):
        assessment = self._edu_get("edu.self.assessment", assessment_id)
        url = f"/my/supervision/inspections/{assessment.inspection_id.id}/self-assessment"

        def save():
            for line in assessment.line_ids:
                vals = {}
                score = (post.get(f"score_{line.id}") or "").strip()
                if score:
                    try:
                        vals["self_score"] = float(score)
                    except ValueError as error:
                        raise UserError(request.env._("“%s” is not a score.", score)) from error
                comment = post.get(f"comment_{line.id}")
                if comment is not None and comment != (line.comment or ""):
                    vals["comment"] = comment
                if vals:
                    line.write(vals)
                self._edu_attach(line, "attachment_ids", self._edu_files(f"files_{line.id}"))
            if "note" in post and post["note"] != (assessment.note or ""):
                assessment.write({"note": post["note"]})
            if submit:
                assessment.action_submit()

        message = (
            request.env._("The self-assessment is submitted.")
            if submit
            else request.env._("The self-assessment is saved.")
        )
        return self._edu_run(url, save, message)

    @http.route(
        "/my/supervision/self-assessments/lines/<int:line_id>/files/<int:attachment_id>/delete",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_self_assessment_file_delete(self, line_id, attachment_id, **kw):
        line = self._edu_get("edu.self.assessment.line", line_id)
        url = f"/my/supervision/inspections/{line.assessment_id.inspection_id.id}/self-assessment"
        return self._edu_run(
            url,
            lambda: line._edu_portal_detach("attachment_ids", attachment_id),
            request.env._("The file is removed."),
        )

    # ------------------------------------------------------------------
    # Problems
    # ------------------------------------------------------------------
    def _edu_problem_filters(self):
        env = request.env
        today = portal_today(env)
        return {
            "open": {"label": env._("Not Closed Out"), "domain": [("state", "!=", "closed")]},
            "overdue": {
                "label": env._("Overdue"),
                "domain": [("state", "!=", "closed"), ("deadline", "<", today)],
            },
            "closed": {"label": env._("Closed Out"), "domain": [("state", "=", "closed")]},
            "all": {"label": env._("All"), "domain": []},
        }

    @http.route(
        ["/my/supervision/problems", "/my/supervision/problems/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def edu_problems(
        self, page=1, filterby="open", search=None, school=None, inspection=None, **kw
    ):
        env = request.env
        Problem = env["edu.problem"]
        filters = self._edu_problem_filters()
        filterby = filterby if filterby in filters else "open"
        domain = list(filters[filterby]["domain"])
        if search:
            domain = expression.AND([domain, [("name", "ilike", search)]])
        school_record = env["edu.school"]
        if school:
            school_record = self._edu_get("edu.school", school)
            domain = expression.AND([domain, [("school_id", "=", school_record.id)]])
        inspection_record = env["edu.inspection"]
        if inspection:
            inspection_record = self._edu_get("edu.inspection", inspection)
            domain = expression.AND([domain, [("inspection_id", "=", inspection_record.id)]])
        total = Problem.search_count(domain)
        pager = self._edu_pager(
            "/my/supervision/problems",
            total,
            page,
            {"filterby": filterby, "search": search, "school": school, "inspection": inspection},
        )
        problems = Problem.search(
            domain,
            order="deadline, id desc",
            limit=self._edu_items_per_page,
            offset=pager["offset"],
        )
        values = self._edu_values(
            "edu_problems",
            problems=problems,
            pager=pager,
            searchbar_filters=filters,
            filterby=filterby,
            search=search,
            school=school_record,
            inspection=inspection_record,
            default_url="/my/supervision/problems",
            searchbar_inputs={"name": {"input": "name", "label": env._("Search in title")}},
            search_in="name",
        )
        return request.render("edu_supervision_portal.portal_my_problems", values)

    @http.route("/my/supervision/problems/<int:problem_id>", type="http", auth="user", website=True)
    def edu_problem(self, problem_id, **kw):
        env = request.env
        problem = self._edu_get("edu.problem", problem_id)
        unit = portal_unit(env)
        reports = env["edu.rectification.report"].search(
            [("problem_ids", "in", problem.ids)], order="id desc"
        )
        orders = env["edu.supervision.order"].search(
            [("line_ids.problem_id", "=", problem.id)], order="id desc"
        )
        values = self._edu_values(
            "edu_problem",
            problem=problem,
            reports=reports,
            orders=orders,
            can_report=problem.partner_id == unit and problem.state != "closed",
        )
        return request.render("edu_supervision_portal.portal_my_problem", values)

    # ------------------------------------------------------------------
    # Rectification plans and reports
    # ------------------------------------------------------------------
    @http.route(
        ["/my/supervision/reports", "/my/supervision/reports/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def edu_reports(self, page=1, search=None, **kw):
        env = request.env
        Report = env["edu.rectification.report"]
        domain = [("name", "ilike", search)] if search else []
        total = Report.search_count(domain)
        pager = self._edu_pager("/my/supervision/reports", total, page, {"search": search})
        reports = Report.search(
            domain, order="id desc", limit=self._edu_items_per_page, offset=pager["offset"]
        )
        values = self._edu_values(
            "edu_reports",
            reports=reports,
            pager=pager,
            search=search,
            default_url="/my/supervision/reports",
            searchbar_inputs={"name": {"input": "name", "label": env._("Search in reference")}},
            search_in="name",
        )
        return request.render("edu_supervision_portal.portal_my_reports", values)

    def _edu_report_problems(self, report=None):
        """The unit's problems a plan or report may cover."""
        unit = portal_unit(request.env)
        domain = [("partner_id", "=", unit.id), ("state", "!=", "closed")]
        problems = request.env["edu.problem"].search(domain, order="deadline, id")
        if report:
            problems |= report.problem_ids
        return problems

    @http.route(
        "/my/supervision/reports/new", type="http", auth="user", website=True, methods=["GET"]
    )
    def edu_report_new(self, problem_id=None, kind="result", **kw):
        unit = portal_unit(request.env)
        if not unit:
            raise NotFound()
        problem = request.env["edu.problem"]
        if problem_id:
            problem = self._edu_get("edu.problem", problem_id)
        values = self._edu_values(
            "edu_report",
            report=request.env["edu.rectification.report"],
            problems=self._edu_report_problems(),
            selected=problem,
            kind=kind if kind in ("plan", "result") else "result",
            editable=True,
        )
        return request.render("edu_supervision_portal.portal_my_report", values)

    def _edu_report_vals(self, post):
        problem_ids = [int(pid) for pid in request.httprequest.form.getlist("problem_ids")]
        allowed = self._edu_report_problems()
        if set(problem_ids) - set(allowed.ids):
            raise NotFound()
        vals = {
            "problem_ids": [fields.Command.set(problem_ids)],
            "measures": Markup("<p>%s</p>")
            % (post.get("measures") or "").strip().replace("\r", ""),
            "responsible_person": (post.get("responsible_person") or "").strip(),
            "planned_date": self._edu_date(post.get("planned_date")),
            "actual_date": self._edu_date(post.get("actual_date")),
        }
        if post.get("kind") in ("plan", "result"):
            vals["kind"] = post["kind"]
        return vals

    @http.route(
        "/my/supervision/reports/new", type="http", auth="user", website=True, methods=["POST"]
    )
    def edu_report_create(self, **post):
        env = request.env
        unit = portal_unit(env)
        if not unit:
            raise NotFound()
        created = env["edu.rectification.report"]

        def create():
            nonlocal created
            vals = self._edu_report_vals(post)
            vals["partner_id"] = unit.id
            problems = env["edu.problem"].browse(vals["problem_ids"][0][2])
            inspections = problems.inspection_id
            if len(inspections) == 1:
                vals["inspection_id"] = inspections.id
            created = env["edu.rectification.report"].create(vals)
            self._edu_attach(created, "attachment_ids", self._edu_files("files"))
            if post.get("submit"):
                created.action_submit()

        response = self._edu_run("/my/supervision/reports/new", create)
        if created:
            message = (
                env._("The report is submitted.")
                if post.get("submit")
                else env._("The draft is saved.")
            )
            return self._edu_redirect(f"/my/supervision/reports/{created.id}", message)
        return response

    @http.route("/my/supervision/reports/<int:report_id>", type="http", auth="user", website=True)
    def edu_report(self, report_id, **kw):
        report = self._edu_get("edu.rectification.report", report_id)
        unit = portal_unit(request.env)
        editable = report.partner_id == unit and report.state in ("draft", "returned")
        values = self._edu_values(
            "edu_report",
            report=report,
            problems=self._edu_report_problems(report) if editable else report.problem_ids,
            selected=report.problem_ids,
            kind=report.kind,
            editable=editable,
        )
        return request.render("edu_supervision_portal.portal_my_report", values)

    @http.route(
        "/my/supervision/reports/<int:report_id>/save",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_report_save(self, report_id, **post):
        report = self._edu_get("edu.rectification.report", report_id)
        url = f"/my/supervision/reports/{report.id}"

        def save():
            report.write(self._edu_report_vals(post))
            self._edu_attach(report, "attachment_ids", self._edu_files("files"))
            if post.get("submit"):
                report.action_submit()

        message = (
            request.env._("The report is submitted.")
            if post.get("submit")
            else request.env._("The draft is saved.")
        )
        return self._edu_run(url, save, message)

    @http.route(
        "/my/supervision/reports/<int:report_id>/files/<int:attachment_id>/delete",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_report_file_delete(self, report_id, attachment_id, **kw):
        report = self._edu_get("edu.rectification.report", report_id)
        return self._edu_run(
            f"/my/supervision/reports/{report.id}",
            lambda: report._edu_portal_detach("attachment_ids", attachment_id),
            request.env._("The file is removed."),
        )

    # ------------------------------------------------------------------
    # Supervision orders
    # ------------------------------------------------------------------
    @http.route(
        ["/my/supervision/orders", "/my/supervision/orders/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def edu_orders(self, page=1, search=None, **kw):
        env = request.env
        Order = env["edu.supervision.order"]
        domain = [("name", "ilike", search)] if search else []
        total = Order.search_count(domain)
        pager = self._edu_pager("/my/supervision/orders", total, page, {"search": search})
        orders = Order.search(
            domain,
            order="issue_date desc, id desc",
            limit=self._edu_items_per_page,
            offset=pager["offset"],
        )
        values = self._edu_values(
            "edu_orders",
            orders=orders,
            pager=pager,
            search=search,
            default_url="/my/supervision/orders",
            searchbar_inputs={"name": {"input": "name", "label": env._("Search in number")}},
            search_in="name",
        )
        return request.render("edu_supervision_portal.portal_my_orders", values)

    @http.route("/my/supervision/orders/<int:order_id>", type="http", auth="user", website=True)
    def edu_order(self, order_id, **kw):
        order = self._edu_get("edu.supervision.order", order_id)
        unit = portal_unit(request.env)
        values = self._edu_values(
            "edu_order",
            order=order,
            lines=order.line_ids,
            editable=order.partner_id == unit and order.state == "issued",
        )
        return request.render("edu_supervision_portal.portal_my_order", values)

    @http.route(
        "/my/supervision/orders/<int:order_id>/acknowledge",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_order_acknowledge(self, order_id, **kw):
        order = self._edu_get("edu.supervision.order", order_id)
        return self._edu_run(
            f"/my/supervision/orders/{order.id}",
            order.action_acknowledge,
            request.env._("Receipt of the order is acknowledged."),
        )

    @http.route(
        "/my/supervision/orders/<int:order_id>/answer",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_order_answer(self, order_id, answer=None, submit=None, **kw):
        order = self._edu_get("edu.supervision.order", order_id)

        def save():
            if answer is not None:
                order.write({"answer": answer.strip()})
            self._edu_attach(order, "answer_attachment_ids", self._edu_files("files"))
            if submit:
                order.action_answer()

        message = (
            request.env._("The answer is sent to the supervision office.")
            if submit
            else request.env._("The answer is saved.")
        )
        return self._edu_run(f"/my/supervision/orders/{order.id}", save, message)

    @http.route(
        "/my/supervision/orders/<int:order_id>/files/<int:attachment_id>/delete",
        type="http",
        auth="user",
        website=True,
        methods=["POST"],
    )
    def edu_order_file_delete(self, order_id, attachment_id, **kw):
        order = self._edu_get("edu.supervision.order", order_id)
        return self._edu_run(
            f"/my/supervision/orders/{order.id}",
            lambda: order._edu_portal_detach("answer_attachment_ids", attachment_id),
            request.env._("The file is removed."),
        )

    # ------------------------------------------------------------------
    # Accountability notices
    # ------------------------------------------------------------------
    @http.route(
        ["/my/supervision/notices", "/my/supervision/notices/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def edu_notices(self, page=1, **kw):
        Action = request.env["edu.accountability.action"]
        total = Action.search_count([])
        pager = self._edu_pager("/my/supervision/notices", total, page)
        notices = Action.search(
            [], order="date desc, id desc", limit=self._edu_items_per_page, offset=pager["offset"]
        )
        values = self._edu_values(
            "edu_notices",
            notices=notices,
            pager=pager,
            default_url="/my/supervision/notices",
        )
        return request.render("edu_supervision_portal.portal_my_notices", values)

    @http.route("/my/supervision/notices/<int:notice_id>", type="http", auth="user", website=True)
    def edu_notice(self, notice_id, **kw):
        notice = self._edu_get("edu.accountability.action", notice_id)
        values = self._edu_values("edu_notice", notice=notice)
        return request.render("edu_supervision_portal.portal_my_notice", values)

    # ------------------------------------------------------------------
    # District government: its schools
    # ------------------------------------------------------------------
    @http.route("/my/supervision/schools", type="http", auth="user", website=True)
    def edu_schools(self, **kw):
        env = request.env
        unit = portal_unit(env)
        region = unit.edu_governed_region_id
        if not region:
            raise NotFound()
        # the record rules give a government's user the schools of its district
        schools = env["edu.school"].search([("partner_id", "!=", unit.id)])
        today = portal_today(env)
        Problem = env["edu.problem"]
        base = [("school_id", "in", schools.ids)]
        counts = {}
        for name, domain in (
            ("open", [("state", "!=", "closed")]),
            ("overdue", [("state", "!=", "closed"), ("deadline", "<", today)]),
            ("closed", [("state", "=", "closed")]),
        ):
            counts[name] = dict(Problem._read_group(base + domain, ["school_id"], ["__count"]))
        values = self._edu_values(
            "edu_schools",
            region=region,
            schools=schools.filtered(lambda s: any(s in counts[name] for name in counts)),
            counts=counts,
        )
        return request.render("edu_supervision_portal.portal_my_schools", values)

    # ------------------------------------------------------------------
    # Files
    # ------------------------------------------------------------------
    @http.route("/my/supervision/files/<int:attachment_id>", type="http", auth="user", website=True)
    def edu_file(self, attachment_id, download=None, **kw):
        """A file of a record the user reads, or 404."""
        attachment_sudo = request.env["ir.attachment"].sudo().browse(attachment_id).exists()
        if not attachment_sudo or attachment_sudo.res_model not in ATTACHMENT_FIELDS:
            raise NotFound()
        record = self._edu_get(attachment_sudo.res_model, attachment_sudo.res_id)
        linked = any(
            attachment_sudo in record.sudo()[name] for name in ATTACHMENT_FIELDS[record._name]
        )
        if not linked:
            raise NotFound()
        return (
            request.env["ir.binary"]
            ._get_stream_from(attachment_sudo)
            .get_response(as_attachment=bool(download))
        )
