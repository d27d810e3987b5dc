/** @odoo-module **/
// The supervision office's day: run the double-random draw of a draft inspection,
// confirm it (the drawn units and inspectors join the inspection) and schedule it.
// Started on the demo inspection waiting for its draw, as the demo user "office".

import { registry } from "@web/core/registry";
import { eduStateStep } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

registry.category("web_tour.tours").add("edu_office_draw_tour", {
    steps: () => [
        eduStateStep("draft"),
        {
            content: "The inspection has no inspected unit yet",
            trigger: ".o_field_widget[name=target_ids] .o_list_renderer:not(:has(.o_data_row))",
        },
        {
            content: "Open the draws of the inspection",
            trigger: ".o_form_view button[name=action_view_draws]",
            run: "click",
        },
        {
            content: "Start a new draw",
            trigger: ".o_list_view .o_list_button_add",
            run: "click",
        },
        {
            content: "The draw belongs to the inspection",
            trigger: ".o_form_view .o_field_widget[name=inspection_id] input:value(/\\S/)",
            timeout: 30000,
        },
        {
            content: "Draw two units",
            trigger: ".o_form_view .o_field_widget[name=target_count] input",
            run: "edit 2",
        },
        {
            content: "Draw two inspectors",
            trigger: ".o_form_view .o_field_widget[name=inspector_count] input",
            run: "edit 2",
        },
        {
            content: "Perform the draw",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_draw]",
            run: "click",
        },
        eduStateStep("drawn"),
        {
            content: "The seed of the draw is shown",
            trigger: ".o_form_view .o_field_widget[name=seed]:not(:empty)",
        },
        {
            content: "Look at the result",
            trigger: ".o_form_view .o_notebook .nav-link[name=result]",
            run: "click",
        },
        {
            content: "Two units have been drawn",
            trigger: ".o_field_widget[name=result_school_ids] .o_tag:eq(1)",
        },
        {
            content: "Look at who was excluded, and why",
            trigger: ".o_form_view .o_notebook .nav-link[name=exclusions]",
            run: "click",
        },
        {
            content: "The inspectors without a valid certificate are listed with their reason",
            trigger: ".o_field_widget[name=exclusion_ids] .o_data_row td[name=reason]:contains(无有效督学证)",
        },
        {
            content: "Confirm the draw",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_confirm]",
            run: "click",
        },
        {
            content: "A confirmed draw is final: confirm",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        eduStateStep("confirmed"),
        {
            content: "Back to the inspection",
            trigger: ".o_breadcrumb .breadcrumb-item:not(.dropdown) a:contains(“双随机”)",
            run: "click",
        },
        {
            content: "The drawn units are the inspected units",
            trigger: ".o_field_widget[name=target_ids] .o_data_row:eq(1)",
            timeout: 30000,
        },
        {
            content: "A drawn inspector leads the team",
            trigger: ".o_field_widget[name=leader_id] input:value(/\\S/)",
        },
        {
            content: "Schedule the inspection",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_schedule]",
            run: "click",
        },
        eduStateStep("scheduled"),
    ],
});
