/** @odoo-module **/
// The chief inspector's day: approve the report of an inspection that is in reporting,
// write its public summary and publish it. Started on the demo inspection in reporting,
// as the demo user "manager".

import { registry } from "@web/core/registry";
import { eduStateStep } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

registry.category("web_tour.tours").add("edu_manager_publish_tour", {
    steps: () => [
        eduStateStep("reporting"),
        {
            content: "The inspected units have been scored",
            trigger: ".o_field_widget[name=target_ids] .o_data_row",
        },
        {
            content: "Approve the report",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_approve]",
            run: "click",
        },
        eduStateStep("approved"),
        {
            content: "Open the report page",
            trigger: ".o_form_view .o_notebook .nav-link[name=report]",
            run: "click",
        },
        {
            content: "The manager is recorded as approver",
            trigger: ".o_form_view .o_field_widget[name=approved_by_id]:not(:empty)",
        },
        {
            content: "Write the public summary",
            trigger: ".o_form_view .o_field_widget[name=public_summary] textarea",
            run: "edit 本次督导认为各校办学总体规范，作业管理和安全演练记录需要整改，整改情况将按期公开。",
        },
        {
            content: "Publish the report",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_publish]",
            run: "click",
        },
        eduStateStep("published"),
        {
            content: "The publication date is set",
            trigger: ".o_form_view .o_field_widget[name=publish_date]:not(:empty)",
        },
    ],
});
