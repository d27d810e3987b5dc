/** @odoo-module **/
// Inspector HR's day: the three-year term of a part-time inspector has just ended;
// record his renewal (续聘) starting today and confirm it. Started on the list of
// appointments, as the demo user "hr".

import { registry } from "@web/core/registry";
import { eduStateStep } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

registry.category("web_tour.tours").add("edu_hr_renewal_tour", {
    steps: () => [
        {
            content: "Record a new appointment",
            trigger: ".o_list_view .o_list_button_add",
            run: "click",
        },
        {
            content: "Look for the inspector whose term has ended",
            trigger: ".o_form_view .o_field_widget[name=employee_id] input",
            run: "edit 郝建平",
        },
        {
            content: "Choose him",
            trigger: ".o_field_widget[name=employee_id] .o-autocomplete--dropdown-item a:contains(郝建平)",
            run: "click",
            timeout: 30000,
        },
        {
            content: "The appointment is a renewal",
            trigger: ".o_form_view .o_field_widget[name=kind] select",
            run: 'select "renew"',
        },
        {
            content: "He stays a part-time inspector",
            trigger: '.o_form_view .o_field_widget[name=inspector_type] select:value("part_time")',
        },
        {
            content: "The new term starts today and ends three years later",
            trigger: ".o_form_view .o_field_widget[name=term_end] input:value(/\\d/)",
        },
        {
            content: "Appointing authority",
            trigger: ".o_form_view .o_field_widget[name=authority] input",
            run: "edit 乌海市人民政府教育督导委员会办公室",
        },
        {
            content: "Document number",
            trigger: ".o_form_view .o_field_widget[name=document_number] input",
            run: "edit 乌教督聘〔续〕31-2号",
        },
        {
            content: "Save the renewal",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "It is his second consecutive term",
            trigger: ".o_form_view .o_form_saved .o_field_widget[name=term_number]:contains(2)",
            timeout: 30000,
        },
        {
            content: "Confirm the renewal",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_confirm]",
            run: "click",
        },
        eduStateStep("confirmed"),
    ],
});
