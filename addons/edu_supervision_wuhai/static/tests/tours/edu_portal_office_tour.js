/** @odoo-module **/
// The office's side of a submission: in the inbox, accept the rectification report a
// school submitted on the portal (the latest report of 海勃湾区博文小学); then, on the
// problem, verify and close it out (销号) with the evidence the school attached.

import { registry } from "@web/core/registry";
import { eduStateStep } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

const SERVER_TIMEOUT = 30000;

registry.category("web_tour.tours").add("edu_portal_office_accept_tour", {
    steps: () => [
        {
            content: "The inbox lists the submissions to review",
            trigger: ".o_list_view .o_data_row",
            timeout: SERVER_TIMEOUT,
        },
        {
            content: "Open the school's latest rectification report",
            trigger:
                ".o_data_row:has(td[name=kind]:contains(整改报告)):has(td[name=partner_id]:contains(海勃湾区博文小学)):first button[name=action_open_document]",
            run: "click",
        },
        {
            content: "Open its measures",
            trigger: ".o_form_view .o_notebook .nav-link[name=measures]",
            timeout: SERVER_TIMEOUT,
            run: "click",
        },
        {
            content: "The report shows the photo the school attached",
            trigger: ".o_form_view .o_field_widget[name=attachment_ids] .o_attachment:contains(课表)",
            timeout: SERVER_TIMEOUT,
        },
        {
            content: "Accept it",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_accept]",
            run: "click",
        },
        eduStateStep("accepted"),
    ],
});

registry.category("web_tour.tours").add("edu_portal_office_close_out_tour", {
    steps: () => [
        {
            content: "The problem has its rectification reported",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current",
            timeout: SERVER_TIMEOUT,
        },
        {
            content: "Verify and close out",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_close]",
            run: "click",
        },
        {
            content: "The school's photo comes as evidence",
            trigger: ".modal .o_field_widget[name=attachment_ids] .o_attachment:contains(课表)",
            timeout: SERVER_TIMEOUT,
        },
        {
            content: "Record how the rectification was verified",
            trigger: ".modal .o_field_widget[name=note] textarea",
            run: "edit 核对新课表和学校提交的照片，德育课已按规定开设。",
        },
        {
            content: "Close out",
            trigger: ".modal button[name=action_confirm]",
            run: "click",
        },
        eduStateStep("closed"),
    ],
});
