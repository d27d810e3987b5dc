/** @odoo-module **/
// Supervision finance's day: a vendor bill would overspend its supervision budget line;
// posting it is refused until finance records a budget override with its reason.
// Started on the demo draft bill that overspends, as the demo user "finance".

import { registry } from "@web/core/registry";
import { eduStateStep } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

registry.category("web_tour.tours").add("edu_finance_override_tour", {
    steps: () => [
        eduStateStep("draft"),
        {
            content: "Post the bill",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_post]",
            run: "click",
        },
        {
            content: "Posting is refused: the budget line would go below zero",
            trigger: ".modal .modal-body:contains(乌达区督导经费预算)",
            timeout: 30000,
        },
        {
            content: "Close the message",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        eduStateStep("draft"),
        {
            content: "Open the other information of the bill",
            trigger: ".o_form_view .o_notebook .nav-link[name=other_info]",
            run: "click",
        },
        {
            content: "The bill charges a supervision budget line",
            trigger: ".o_form_view .o_field_widget[name=edu_budget_line_ids] .o_tag",
        },
        {
            content: "Record a budget override",
            trigger: ".o_form_view .o_field_widget[name=edu_budget_override] input",
            run: "check",
        },
        {
            content: "Give its reason",
            trigger: ".o_form_view .o_field_widget[name=edu_budget_override_reason] textarea",
            run: "edit 宣传展板为区政府督导工作部署会议急需，超支部分下季度从督导活动经费调剂。",
        },
        {
            content: "Post the bill with the override",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_post]",
            run: "click",
        },
        eduStateStep("posted"),
    ],
});
