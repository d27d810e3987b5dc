#!/usr/bin/env python3
"""Write the spreadsheet files of the committee dashboards.

The dashboards of ``edu_supervision_dashboard`` are Odoo spreadsheets shipped as
data (``addons/edu_supervision_dashboard/data/files/*_dashboard.json``), as
Odoo's own ``spreadsheet_dashboard_*`` addons ship theirs. This script is their
source: edit it and run it again rather than editing the JSON by hand.

    python3 scripts/edu_dashboards.py
"""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "addons/edu_supervision_dashboard/data/files"

YEAR = "edu-filter-year"
REGION = "edu-filter-region"
GLOBAL_FILTERS = [
    {"id": YEAR, "type": "date", "label": "Year", "rangeType": "fixedPeriod"},
    {
        "id": REGION,
        "type": "relation",
        "label": "Region",
        "modelName": "edu.region",
        "defaultValue": [],
        "defaultValueDisplayNames": [],
        "includeChildren": True,
    },
]
STYLES = {
    "1": {"textColor": "#1F4E79", "bold": True, "fontSize": 16},
    "2": {"textColor": "#434343", "bold": True, "fontSize": 11},
    "3": {"textColor": "#1F4E79", "bold": True, "fontSize": 20, "align": "center"},
    "4": {"textColor": "#666666", "fontSize": 9, "align": "center"},
}


def matching(year=None, region=None):
    result = {}
    if year:
        result[YEAR] = {"chain": year, "type": "date", "offset": 0}
    if region:
        result[REGION] = {"chain": region, "type": "many2one"}
    return result


class Dashboard:
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.styles = {}
        self.figures = []
        self.pivots = {}
        self.row = 1

    def title(self, text):
        self.cells[f"A{self.row}"] = {"content": f'=_t("{text}")'}
        self.styles[f"A{self.row}"] = 1
        self.row += 2

    def section(self, text):
        self.cells[f"A{self.row}"] = {"content": f'=_t("{text}")'}
        self.styles[f"A{self.row}"] = 2
        self.row += 1

    def kpis(self, items):
        """A row of big figures: [(label, formula)]."""
        for index, (label, formula) in enumerate(items):
            column = "ABCDEFGH"[index]
            self.cells[f"{column}{self.row}"] = {"content": formula}
            self.styles[f"{column}{self.row}"] = 3
            self.cells[f"{column}{self.row + 1}"] = {"content": f'=_t("{label}")'}
            self.styles[f"{column}{self.row + 1}"] = 4
        self.row += 3

    def pivot(
        self,
        name,
        model,
        rows,
        measures,
        columns=(),
        domain=(),
        year=None,
        region=None,
        sort=None,
        size=12,
        total=True,
    ):
        """A pivot table, written with the dynamic ``PIVOT`` formula."""
        pivot_id = str(len(self.pivots) + 1)
        self.pivots[pivot_id] = {
            "type": "ODOO",
            "id": pivot_id,
            "formulaId": pivot_id,
            "name": name,
            "model": model,
            "domain": list(domain),
            "context": {},
            "rows": [
                {
                    "fieldName": r.split(":")[0],
                    **({"granularity": r.split(":")[1]} if ":" in r else {}),
                }
                for r in rows
            ],
            "columns": [{"fieldName": c} for c in columns],
            "measures": [
                {
                    "id": m.replace(":", "__"),
                    "fieldName": m.split(":")[0],
                    **({"aggregator": m.split(":")[1]} if ":" in m else {}),
                }
                for m in measures
            ],
            "fieldMatching": matching(year, region),
            **(
                {
                    "sortedColumn": {
                        "groupId": [[], []],
                        "measure": sort[0].replace(":", "__"),
                        "order": sort[1],
                    }
                }
                if sort
                else {}
            ),
        }
        self.section(name)
        include_total = "TRUE" if total else "FALSE"
        self.cells[f"A{self.row}"] = {"content": f"=PIVOT({pivot_id},{size},{include_total})"}
        self.row += size + 3
        return pivot_id

    def chart(
        self,
        kind,
        title,
        model,
        group_by,
        measure,
        domain=(),
        year=None,
        region=None,
        stacked=False,
    ):
        figure_id = f"edu-{self.name}-chart-{len(self.figures) + 1}"
        index = len(self.figures)
        self.figures.append(
            {
                "id": figure_id,
                "x": 0 if index % 2 == 0 else 520,
                "y": 0,  # placed below the tables in finish()
                "width": 500,
                "height": 300,
                "tag": "chart",
                "data": {
                    "type": kind,
                    "title": {"text": title},
                    "background": "#FFFFFF",
                    "legendPosition": "top",
                    "metaData": {
                        "groupBy": list(group_by),
                        "measure": measure,
                        "order": None,
                        "resModel": model,
                        "mode": kind.removeprefix("odoo_"),
                    },
                    "searchParams": {
                        "comparison": None,
                        "context": {},
                        "domain": list(domain),
                        "groupBy": list(group_by),
                        "orderBy": [],
                    },
                    "stacked": stacked,
                    "verticalAxisPosition": "left",
                    "cumulative": False,
                    "fieldMatching": matching(year, region),
                },
            }
        )

    def finish(self):
        chart_top = 24 * (self.row + 1)
        for index, figure in enumerate(self.figures):
            figure["y"] = chart_top + (index // 2) * 320
        rows = self.row + 14 * ((len(self.figures) + 1) // 2) + 5
        return {
            "version": 21,
            "sheets": [
                {
                    "id": f"edu-{self.name}-sheet",
                    "name": "Dashboard",
                    "colNumber": 12,
                    "rowNumber": rows,
                    "rows": {},
                    "cols": {"0": {"size": 220}},
                    "merges": [],
                    "cells": self.cells,
                    "styles": self.styles,
                    "formats": {},
                    "borders": {},
                    "conditionalFormats": [],
                    "figures": self.figures,
                    "tables": [],
                    "areGridLinesVisible": False,
                    "isVisible": True,
                    "headerGroups": {"ROW": [], "COL": []},
                    "dataValidationRules": [],
                    "comments": {},
                }
            ],
            "styles": STYLES,
            "formats": {},
            "borders": {},
            "revisionId": "START_REVISION",
            "uniqueFigureIds": True,
            "settings": {},
            "pivots": self.pivots,
            "pivotNextId": len(self.pivots) + 1,
            "customTableStyles": {},
            "odooVersion": 12,
            "globalFilters": GLOBAL_FILTERS,
            "lists": {},
            "listNextId": 1,
            "chartOdooMenusReferences": {},
        }


def workforce():
    d = Dashboard("workforce")
    d.title("Inspector Workforce")
    staffing = "edu.dashboard.staffing"
    d.pivot(
        "Staffing ratio and gap per region (today)",
        staffing,
        rows=["region_id"],
        measures=[
            "school_count",
            "large_school_count",
            "required_count",
            "available_count",
            "gap_count",
            "schools_per_inspector",
            "fulltime_share",
        ],
        region="region_id",
        size=6,
        total=False,
    )
    d.pivot(
        "Certificates and appointments ending in the next 90 days",
        staffing,
        rows=["region_id"],
        measures=["expiring_certificate_count", "ending_appointment_count"],
        region="region_id",
        size=6,
        total=False,
    )
    d.pivot(
        "Training per region (centralized and online hours)",
        "edu.dashboard.training",
        rows=["region_id"],
        measures=["inspector_count", "centralized_avg", "online_avg", "compliance_rate"],
        year="date",
        region="region_id",
        size=6,
    )
    d.chart(
        "odoo_bar",
        "Inspector gap per region",
        staffing,
        ["region_id"],
        "gap_count",
        domain=[["level", "=", "district"]],
        region="region_id",
    )
    d.chart(
        "odoo_bar",
        "Training compliance (%) per region",
        "edu.dashboard.training",
        ["region_id"],
        "compliance_rate",
        year="date",
        region="region_id",
    )
    return d


def evaluation():
    d = Dashboard("evaluation")
    d.title("Supervision and Evaluation")
    d.kpis(
        [
            ("Inspections", '=PIVOT.VALUE(1,"__count")'),
            ("Mean score (%)", '=ROUND(PIVOT.VALUE(3,"score"),1)'),
        ]
    )
    d.pivot(
        "Inspections by function and region",
        "edu.inspection",
        rows=["region_id"],
        columns=["function"],
        measures=["__count"],
        domain=[["state", "!=", "cancelled"]],
        year="date_start",
        region="region_id",
        size=6,
    )
    d.pivot(
        "Inspections by type and function",
        "edu.inspection",
        rows=["kind"],
        columns=["function"],
        measures=["__count"],
        domain=[["state", "!=", "cancelled"]],
        year="date_start",
        region="region_id",
        size=6,
    )
    d.pivot(
        "Scores by function (published results)",
        "edu.dashboard.score",
        rows=["function"],
        measures=["unit_count", "score", "self_score", "self_gap"],
        year="date",
        region="region_id",
        size=4,
    )
    d.pivot(
        "Ranking of the regions: mean score and deviation from the mean",
        "edu.dashboard.district.score",
        rows=["region_id"],
        columns=["function"],
        measures=["score", "deviation", "rank"],
        year="date",
        region="region_id",
        size=6,
        total=False,
    )
    d.pivot(
        "Ranking of the units: score, deviation from the city mean, rank",
        "edu.dashboard.score",
        rows=["partner_id"],
        measures=["score", "deviation", "city_rank", "district_rank"],
        year="date",
        region="region_id",
        sort=("score", "desc"),
        size=20,
        total=False,
    )
    d.pivot(
        "Self-assessment vs team score: the biggest gaps",
        "edu.dashboard.score",
        rows=["partner_id"],
        measures=["self_score", "score", "self_gap", "self_gap_abs"],
        domain=[["has_self_assessment", "=", True]],
        year="date",
        region="region_id",
        sort=("self_gap_abs", "desc"),
        size=10,
        total=False,
    )
    d.pivot(
        "Burden: inspections per school",
        "edu.inspection.target",
        rows=["school_id"],
        measures=["__count"],
        domain=[["school_id", "!=", False], ["state", "!=", "cancelled"]],
        year="inspection_date_start",
        region="region_id",
        sort=("__count", "desc"),
        size=15,
        total=False,
    )
    d.chart(
        "odoo_bar",
        "Mean score per region",
        "edu.dashboard.district.score",
        ["region_id"],
        "score",
        year="date",
        region="region_id",
    )
    d.chart(
        "odoo_pie",
        "Inspections by function",
        "edu.inspection",
        ["function"],
        "__count",
        domain=[["state", "!=", "cancelled"]],
        year="date_start",
        region="region_id",
    )
    d.chart(
        "odoo_bar",
        "Score distribution (units per grade)",
        "edu.inspection.target",
        ["grade_band_id"],
        "__count",
        domain=[["is_scored", "=", True]],
        year="inspection_date_start",
        region="region_id",
    )
    return d


def rectification():
    d = Dashboard("rectification")
    d.title("Problems and Rectification")
    d.kpis(
        [
            ("Problems", '=PIVOT.VALUE(1,"problem_count")'),
            ("Open", '=PIVOT.VALUE(1,"open_count")'),
            ("Overdue", '=PIVOT.VALUE(1,"overdue_count")'),
            ("Closed out on time (%)", '=ROUND(PIVOT.VALUE(1,"on_time_rate"),1)'),
        ]
    )
    problem = "edu.dashboard.problem"
    d.pivot(
        "Problems per region",
        problem,
        rows=["region_id"],
        measures=[
            "problem_count",
            "open_count",
            "overdue_count",
            "closed_count",
            "on_time_rate",
            "rebound_count",
            "order_count",
        ],
        year="date",
        region="region_id",
        size=6,
    )
    d.pivot(
        "Open problems by category and severity",
        problem,
        rows=["category_id"],
        columns=["severity"],
        measures=["open_count"],
        year="date",
        region="region_id",
        size=12,
    )
    d.pivot(
        "Supervision orders issued and answered",
        "edu.supervision.order",
        rows=["unit_region_id"],
        columns=["state"],
        measures=["__count"],
        domain=[["state", "!=", "draft"]],
        year="issue_date",
        region="unit_region_id",
        size=6,
    )
    d.pivot(
        "Accountability actions by kind",
        "edu.accountability.action",
        rows=["kind"],
        columns=["state"],
        measures=["__count"],
        domain=[["state", "!=", "cancelled"]],
        year="date",
        size=5,
    )
    d.chart(
        "odoo_bar",
        "Open and overdue problems per region",
        problem,
        ["region_id"],
        "overdue_count",
        year="date",
        region="region_id",
    )
    d.chart(
        "odoo_bar",
        "Open problems by category",
        problem,
        ["category_id"],
        "open_count",
        year="date",
        region="region_id",
    )
    d.chart(
        "odoo_bar",
        "On-time rectification rate (%) per region",
        problem,
        ["region_id"],
        "on_time_rate",
        year="date",
        region="region_id",
    )
    d.chart(
        "odoo_pie",
        "Accountability actions by kind",
        "edu.accountability.action",
        ["kind"],
        "__count",
        domain=[["state", "!=", "cancelled"]],
        year="date",
    )
    return d


def budget():
    d = Dashboard("budget")
    d.title("Supervision Funding")
    execution = "edu.budget.execution.report"
    d.kpis(
        [
            ("Planned", '=PIVOT.VALUE(1,"planned_amount")'),
            ("Committed", '=PIVOT.VALUE(1,"committed_amount")'),
            ("Actual", '=PIVOT.VALUE(1,"actual_amount")'),
            (
                "Execution (%)",
                '=IFERROR(ROUND(100*PIVOT.VALUE(1,"actual_amount")'
                '/PIVOT.VALUE(1,"planned_amount"),1),0)',
            ),
        ]
    )
    d.pivot(
        "Budget execution by category",
        execution,
        rows=["category"],
        measures=["planned_amount", "committed_amount", "actual_amount", "available_amount"],
        year="date",
        region="region_id",
        size=8,
    )
    d.pivot(
        "Budget execution by region",
        execution,
        rows=["region_id"],
        measures=["planned_amount", "committed_amount", "actual_amount", "available_amount"],
        year="date",
        region="region_id",
        size=6,
    )
    d.pivot(
        "Allowances posted per month",
        "edu.allowance.sheet.line",
        rows=["date:month"],
        columns=["category"],
        measures=["amount"],
        domain=[["sheet_state", "=", "posted"]],
        year="date",
        region="region_id",
        size=13,
    )
    d.chart(
        "odoo_bar",
        "Committed and actual by category",
        execution,
        ["category"],
        "actual_amount",
        year="date",
        region="region_id",
    )
    d.chart(
        "odoo_line",
        "Allowances posted per month",
        "edu.allowance.sheet.line",
        ["date:month"],
        "amount",
        domain=[["sheet_state", "=", "posted"]],
        year="date",
        region="region_id",
    )
    return d


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (workforce, evaluation, rectification, budget):
        dashboard = build()
        path = OUT / f"{dashboard.name}_dashboard.json"
        path.write_text(json.dumps(dashboard.finish(), ensure_ascii=False, indent=1) + "\n")
        print(path.relative_to(OUT.parent.parent.parent.parent))


if __name__ == "__main__":
    main()
