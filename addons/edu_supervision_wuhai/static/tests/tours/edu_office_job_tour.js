/** @odoo-module **/
// The supervision office exports the problem library when the export is large enough to
// run in the background (the test lowers the threshold to the demo's few problems).
// Started on the problem list, as the demo user "office", in two parts: the test runs
// the queued job between them, as queue_job's runner does.

import { registry } from "@web/core/registry";
import { eduOpenViewSteps } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

const JOBS = "/odoo/action-edu_supervision.edu_job_action";

registry.category("web_tour.tours").add("edu_office_job_start_tour", {
    steps: () => [
        {
            content: "The problem list is rendered",
            trigger: ".o_list_view .o_data_row",
            timeout: 30000,
        },
        {
            content: "Open the reporting menu",
            trigger: ".o_menu_sections [data-menu-xmlid='edu_supervision.menu_edu_reporting']",
            run: "click",
        },
        {
            content: "Export the problem library",
            trigger:
                ".o-dropdown--menu [data-menu-xmlid='edu_supervision_rectification.edu_problem_export_wizard_menu']",
            run: "click",
        },
        {
            content: "Start the export",
            trigger: ".modal button[name=action_export]",
            run: "click",
        },
        {
            content: "The export runs in the background: the user is told at once",
            trigger: ".o_notification:has(.o_notification_bar.bg-info) .o_notification_content",
            timeout: 30000,
        },
        {
            content: "The dialog closed",
            trigger: "body:not(:has(.modal .o_form_view))",
        },
        ...eduOpenViewSteps(JOBS),
        {
            content: "The job is queued, its progress at 0 %",
            trigger:
                ".o_list_view .o_data_row:has(.o_field_widget[name=state] .badge.text-bg-info):has(.o_field_widget[name=progress] .o_progressbar)",
        },
    ],
});

registry.category("web_tour.tours").add("edu_office_job_result_tour", {
    steps: () => [
        ...eduOpenViewSteps(JOBS),
        {
            content: "The job is done, its progress at 100 %",
            trigger:
                ".o_list_view .o_data_row:has(.o_field_widget[name=state] .badge.text-bg-success):has(.o_progressbar_value:contains(100))",
        },
        {
            content: "Open the job",
            trigger: ".o_list_view .o_data_row:first .o_data_cell[name=name]",
            run: "click",
        },
        {
            content: "The job tells its result",
            trigger: ".o_form_view .o_field_widget[name=result]:not(:empty)",
            timeout: 30000,
        },
        {
            content: "The exported file can be downloaded",
            trigger: ".o_form_view .o_field_widget[name=file]:contains(.xlsx)",
        },
        {
            content: "The notification with the file is in the job's messages",
            trigger: ".o-mail-Chatter .o-mail-Message .o-mail-AttachmentList",
            timeout: 30000,
        },
    ],
});
