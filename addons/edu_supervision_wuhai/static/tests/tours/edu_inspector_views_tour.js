/** @odoo-module **/
// Every view of the inspectors addon opens on the demo data without a JavaScript error.

import { registry } from "@web/core/registry";
import { eduOpenViewSteps } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

const action = (xmlid) => `/odoo/action-edu_supervision_inspector.${xmlid}`;

registry.category("web_tour.tours").add("edu_inspector_views_tour", {
    steps: () => [
        ...eduOpenViewSteps(action("hr_employee_action_inspector"), { openFirst: true }),
        ...eduOpenViewSteps(`${action("hr_employee_action_inspector")}?view_type=list`),
        ...eduOpenViewSteps(action("edu_inspector_certificate_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_inspector_appointment_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_school_assignment_action")),
        ...eduOpenViewSteps(action("edu_responsibility_zone_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_inspector_assessment_action"), { openFirst: true }),
        ...eduOpenViewSteps(action("edu_staffing_report_action_server")),
        ...eduOpenViewSteps("/odoo/action-edu_supervision.edu_school_action", {
            openFirst: true,
        }),
    ],
});
