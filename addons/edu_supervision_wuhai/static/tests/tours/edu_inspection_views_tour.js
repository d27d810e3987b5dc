/** @odoo-module **/
// Every view of the inspections addon opens on the demo data without a JavaScript error.

import { registry } from "@web/core/registry";
import { eduOpenViewSteps } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

const action = (xmlid) => `/odoo/action-edu_supervision_inspection.${xmlid}`;
const inspections = action("edu_inspection_action");
const problems = "/odoo/action-edu_supervision_problem.edu_problem_action";

registry.category("web_tour.tours").add("edu_inspection_views_tour", {
    steps: () => [
        ...eduOpenViewSteps(`${inspections}?view_type=list`, { openFirst: true }),
        ...["kanban", "calendar", "pivot", "graph"].flatMap((viewType) =>
            eduOpenViewSteps(`${inspections}?view_type=${viewType}`)
        ),
        ...eduOpenViewSteps(action("edu_inspection_target_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_inspection_target_action_feedback")),
        ...eduOpenViewSteps(problems, { openFirst: true }),
        ...eduOpenViewSteps(`${problems}?view_type=kanban`),
        ...eduOpenViewSteps(action("edu_random_draw_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_inspection_plan_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_indicator_framework_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_funding_record_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_school_action_term_inspection")),
        ...eduOpenViewSteps(action("edu_inspection_score_action")),
        ...eduOpenViewSteps("/odoo/action-edu_supervision_inspector.hr_employee_action_inspector", {
            openFirst: true,
        }),
    ],
});
