/** @odoo-module **/
// A committee member's (viewer's) day: open the education supervision app, read the
// overview of the city and its districts and look at the schools of a district.
// Started on the web client's home, as the demo user "viewer".

import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

registry.category("web_tour.tours").add("edu_viewer_overview_tour", {
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the education supervision app",
            trigger: '.o_app[data-menu-xmlid="edu_supervision.menu_edu_root"]',
            run: "click",
        },
        {
            content: "The overview shows the city and its three districts",
            trigger: ".o_kanban_view .o_kanban_record:not(.o_kanban_ghost):eq(3) [name=figures]",
            timeout: 30000,
        },
        {
            content: "Open the schools of a district",
            trigger: ".o_kanban_record:not(.o_kanban_ghost):last button[name=action_view_schools]",
            run: "click",
        },
        {
            content: "The schools of the district are listed",
            trigger: ".o_list_view .o_data_row",
            timeout: 30000,
        },
        {
            content: "The viewer reads them but cannot create one",
            trigger: ".o_control_panel:not(:has(.o_list_button_add))",
        },
    ],
});
