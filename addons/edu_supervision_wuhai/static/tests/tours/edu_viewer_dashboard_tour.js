/** @odoo-module **/
// The committee's dashboards in the browser: a committee member (viewer) opens the app
// 仪表板, finds the group 教育督导 with the dashboards of his role, opens 督导评估, sees its
// figures computed and opens the inspections behind its first figure; a district
// office (office_wuda) does the same and finds only its district's inspections there.

import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

const SERVER_TIMEOUT = 30000;
const PANEL = ".o_spreadsheet_dashboard_search_panel section:has(header:contains(教育督导))";

function openEvaluationDashboardSteps() {
    return [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the app 仪表板",
            trigger: '.o_app[data-menu-xmlid="spreadsheet_dashboard.spreadsheet_dashboard_menu_root"]',
            run: "click",
        },
        {
            content: "The group 教育督导 lists the dashboards of the role",
            trigger: `${PANEL} li:contains(问题整改)`,
            timeout: SERVER_TIMEOUT,
        },
        {
            content: "Open 督导评估",
            trigger: `${PANEL} li:contains(督导评估)`,
            run: "click",
        },
        {
            content: "督导评估 is the dashboard shown",
            trigger: `${PANEL} li.active:contains(督导评估)`,
        },
        {
            content: "Its figures are computed: the pivot values can be opened",
            trigger: ".o_renderer .o-dashboard-clickable-cell",
            timeout: SERVER_TIMEOUT,
        },
    ];
}

function openFirstFigureSteps() {
    return [
        {
            content: "Open the inspections counted by the first figure",
            trigger: ".o_renderer .o-dashboard-clickable-cell:first",
            run: "click",
        },
        {
            content: "The inspections are listed",
            trigger: ".o_list_view .o_data_row",
            timeout: SERVER_TIMEOUT,
        },
    ];
}

registry.category("web_tour.tours").add("edu_viewer_dashboard_tour", {
    steps: () => [
        ...openEvaluationDashboardSteps(),
        {
            content: "The workforce dashboard is not the viewer's",
            trigger: `${PANEL}:not(:has(li:contains(督学队伍)))`,
        },
        ...openFirstFigureSteps(),
    ],
});

registry.category("web_tour.tours").add("edu_district_dashboard_tour", {
    steps: () => [
        ...openEvaluationDashboardSteps(),
        ...openFirstFigureSteps(),
        {
            content: "They are the inspections of 乌达区",
            trigger: ".o_list_view .o_data_row .o_data_cell:contains(乌达区)",
        },
        {
            content: "None of another district",
            trigger: ".o_list_view:not(:has(.o_data_cell:contains(海勃湾区))):not(:has(.o_data_cell:contains(海南区)))",
        },
    ],
});
