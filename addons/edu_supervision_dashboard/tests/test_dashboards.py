import json

from odoo.tests import tagged

from .common import EduDashboardCase

DASHBOARDS = {
    "workforce": "edu_supervision_dashboard.spreadsheet_dashboard_edu_workforce",
    "evaluation": "edu_supervision_dashboard.spreadsheet_dashboard_edu_evaluation",
    "rectification": "edu_supervision_dashboard.spreadsheet_dashboard_edu_rectification",
    "budget": "edu_supervision_dashboard.spreadsheet_dashboard_edu_budget",
}


@tagged("post_install", "-at_install")
class TestDashboards(EduDashboardCase):
    """The dashboards as shipped: each pivot and chart reads fields that exist,
    with the year and region filters wired to a date and a region field, and
    every pivot runs as the grouped read the spreadsheet sends."""

    def _snapshot(self, key):
        return json.loads(self.env.ref(DASHBOARDS[key]).spreadsheet_data)

    def _check_field(self, model, name, label):
        self.assertIn(name, self.env[model]._fields, f"{label}: {model}.{name} does not exist")

    def _check_matching(self, model, matching, label):
        filters = {"edu-filter-year": "date", "edu-filter-region": "many2one"}
        for filter_id, spec in matching.items():
            self.assertIn(filter_id, filters, label)
            field = self.env[model]._fields[spec["chain"]]
            if filters[filter_id] == "date":
                self.assertEqual(field.type, "date", f"{label}: year filter on {field}")
            else:
                self.assertEqual(field.comodel_name, "edu.region", f"{label}: region on {field}")

    def test_dashboards_read_existing_fields(self):
        for key in DASHBOARDS:
            snapshot = self._snapshot(key)
            filters = {f["id"] for f in snapshot["globalFilters"]}
            self.assertEqual(filters, {"edu-filter-year", "edu-filter-region"})
            self.assertTrue(snapshot["pivots"], key)
            for pivot in snapshot["pivots"].values():
                model = pivot["model"]
                label = f"{key}: {pivot['name']}"
                groupby = []
                for group in pivot["rows"] + pivot["columns"]:
                    self._check_field(model, group["fieldName"], label)
                    granularity = group.get("granularity")
                    groupby.append(
                        f"{group['fieldName']}:{granularity}" if granularity else group["fieldName"]
                    )
                measures = []
                for measure in pivot["measures"]:
                    if measure["fieldName"] == "__count":
                        measures.append("__count")
                        continue
                    self._check_field(model, measure["fieldName"], label)
                    field = self.env[model]._fields[measure["fieldName"]]
                    aggregator = measure.get("aggregator") or field.aggregator
                    measures.append(f"{field.name}:{aggregator}")
                self._check_matching(model, pivot["fieldMatching"], label)
                # the grouped read the spreadsheet sends, as a manager
                self.env[model].with_user(self.user_manager)._read_group(
                    pivot["domain"], groupby, measures
                )
            figures = snapshot["sheets"][0]["figures"]
            self.assertTrue(figures, f"{key}: no chart")
            for figure in figures:
                meta = figure["data"]["metaData"]
                for name in meta["groupBy"]:
                    self._check_field(meta["resModel"], name.split(":")[0], key)
                if meta["measure"] != "__count":
                    self._check_field(meta["resModel"], meta["measure"], key)
                self._check_matching(meta["resModel"], figure["data"]["fieldMatching"], key)

    def test_dashboards_per_role(self):
        Dashboard = self.env["spreadsheet.dashboard"]
        group = self.env.ref(
            "edu_supervision_dashboard.spreadsheet_dashboard_group_edu_supervision"
        )
        expected = {
            self.user_viewer: {"evaluation", "rectification"},
            self.user_hr: {"workforce", "evaluation", "rectification"},
            self.user_finance: {"budget", "evaluation", "rectification"},
            self.user_district_office: set(DASHBOARDS),
            self.user_manager: set(DASHBOARDS),
        }
        for user, keys in expected.items():
            seen = Dashboard.with_user(user).search([("dashboard_group_id", "=", group.id)])
            self.assertEqual(
                {key for key, xmlid in DASHBOARDS.items() if self.env.ref(xmlid) in seen},
                keys,
                user.login,
            )
        data = self.env.ref(DASHBOARDS["evaluation"]).with_user(self.user_viewer)
        self.assertIn("snapshot", data.get_readonly_dashboard())
