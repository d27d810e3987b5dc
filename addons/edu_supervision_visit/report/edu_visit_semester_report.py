from odoo import api, fields, models

from ..models.edu_visit import DONE_STATES


class ReportEduVisitSemester(models.AbstractModel):
    _name = "report.edu_supervision_visit.report_edu_visit_semester"
    _description = "Semester Visit Summary Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        data = data or {}
        company = self.env.company
        day = fields.Date.to_date(data.get("date")) or company._edu_today()
        regions = self.env["edu.region"].browse(data.get("region_ids") or docids)
        lang = "zh_CN" if self.env["res.lang"]._lang_get("zh_CN") else self.env.lang
        report = self.with_context(lang=lang)
        start, end = company._edu_visit_semester_bounds(day)
        return {
            "doc_ids": regions.ids,
            "doc_model": "edu.region",
            "docs": regions,
            "report_lang": lang,
            "company": company,
            "semester_label": report.env.company._edu_visit_semester_label(day),
            "date_from": start,
            "date_to": end,
            "print_date": company._edu_today(),
            "summaries": {
                region.id: report._edu_region_summary(region, start, end) for region in regions
            },
        }

    @api.model
    def _edu_region_summary(self, region, date_from, date_to):
        """Figures of one region (and its sub-regions) for one semester."""
        target = self.env.company.edu_visit_min_per_semester
        schools = self.env["edu.school"].search([("region_id", "child_of", region.id)])
        visit_domain = [
            ("school_id", "in", schools.ids),
            ("state", "in", DONE_STATES),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        Visit = self.env["edu.visit"]
        per_school = dict(Visit._read_group(visit_domain, ["school_id"], ["__count"]))
        per_inspector = Visit._read_group(
            visit_domain, ["employee_id"], ["__count"], order="__count desc"
        )
        unannounced = Visit.search_count(visit_domain + [("announcement", "=", "unannounced")])
        findings = self.env["edu.problem"]._read_group(
            [("visit_id", "any", visit_domain)], ["severity"], ["__count"]
        )
        open_findings = self.env["edu.problem"].search_count(
            [("visit_id", "any", visit_domain), ("state", "!=", "closed")]
        )
        complaint_domain = [
            ("region_id", "child_of", region.id),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        Complaint = self.env["edu.complaint"]
        complaints = dict(Complaint._read_group(complaint_domain, ["state"], ["__count"]))
        founded = Complaint.search_count(
            complaint_domain + [("verification_result", "in", ("founded", "partly"))]
        )
        behind = schools.filtered(lambda school: per_school.get(school, 0) < target)
        severity_labels = dict(
            self.env["edu.problem"]._fields["severity"]._description_selection(self.env)
        )
        return {
            "school_count": len(schools),
            "target": target,
            "required": len(schools) * target,
            "done": sum(per_school.values()),
            "counted": sum(min(count, target) for count in per_school.values()),
            "unannounced": unannounced,
            "on_target": len(schools) - len(behind),
            "behind": [
                {
                    "school": school.name,
                    "inspector": school.responsible_employee_id.name or "",
                    "done": per_school.get(school, 0),
                }
                for school in behind
            ],
            "inspectors": [
                {"name": employee.name, "count": count} for employee, count in per_inspector
            ],
            "findings": sum(count for _severity, count in findings),
            "findings_by_severity": [
                {"label": severity_labels.get(severity, severity), "count": count}
                for severity, count in findings
            ],
            "open_findings": open_findings,
            "complaints": sum(complaints.values()),
            "complaints_replied": complaints.get("replied", 0),
            "complaints_founded": founded,
        }
