/** @odoo-module **/
// The responsible inspector's day, on a phone: open "My schools", tap "New Visit" on a
// school, rate a routine item as a problem, record the finding and submit the visit.
// Started on "My schools", as the demo user "inspector" on a 390 px wide screen.

import { registry } from "@web/core/registry";
import { eduStateStep } from "@edu_supervision_wuhai/../tests/tours/edu_tour_utils";

registry.category("web_tour.tours").add("edu_inspector_visit_tour", {
    steps: () => [
        {
            content: "My schools are listed as cards",
            trigger: ".o_kanban_view .o_kanban_record:not(.o_kanban_ghost) button[name=action_edu_visit_new]",
            run() {
                const overflow = document.documentElement.scrollWidth - window.innerWidth;
                if (overflow > 1) {
                    throw new Error(`The page is ${overflow}px wider than the phone screen`);
                }
                const box = this.anchor.getBoundingClientRect();
                if (box.height < 32 || box.right > window.innerWidth) {
                    throw new Error("The New Visit button is not a comfortable tap target");
                }
            },
        },
        {
            content: "Tap New Visit on the first school",
            trigger: ".o_kanban_record:not(.o_kanban_ghost):first button[name=action_edu_visit_new]",
            run: "click",
        },
        {
            content: "The visit is for that school",
            trigger: ".o_form_view .o_field_widget[name=school_id] input:value(/\\S/)",
            timeout: 30000,
        },
        {
            content: "The eight routine items are listed",
            trigger: ".o_form_view .o_field_widget[name=item_ids] .o_data_row:eq(7)",
        },
        {
            content: "Open the first routine item",
            trigger: ".o_field_widget[name=item_ids] .o_data_row:first .o_data_cell[name=rating]",
            run: "click",
        },
        {
            content: "Rate it as a problem",
            trigger: '.o_field_widget[name=item_ids] .o_selected_row .o_selection_badge[value=\'"problem"\']',
            run: "click",
        },
        {
            content: "Note what was seen",
            trigger: ".o_field_widget[name=item_ids] .o_selected_row .o_field_widget[name=note] textarea",
            run: "edit 消防通道堆放杂物，安全巡查记录缺两周。",
        },
        {
            content: "Save the visit",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "The visit is saved",
            trigger: ".o_form_view .o_form_saved",
            timeout: 30000,
        },
        {
            content: "Open the findings",
            trigger: ".o_form_view .o_notebook .nav-link[name=findings]",
            run: "click",
        },
        {
            content: "A problem rating asks for a finding",
            trigger: ".o_form_view .o_notebook .alert-warning",
        },
        {
            content: "Add a finding",
            trigger: ".o_form_view button[name=action_new_problem]",
            run: "click",
        },
        {
            content: "The finding is about the visited school",
            trigger: ".modal .o_form_view .o_field_widget[name=school_id] input:value(/\\S/)",
        },
        {
            content: "Title of the finding",
            trigger: ".modal .o_form_view .o_field_widget[name=name] input",
            run: "edit 消防通道堆放杂物",
        },
        {
            content: "The title is entered",
            trigger: ".modal .o_form_view .o_field_widget[name=name] input:value(消防通道堆放杂物)",
        },
        {
            content: "Save the finding",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The finding is listed on the visit",
            trigger: "body:not(:has(.modal)) .o_form_view .o_field_widget[name=problem_ids] .o_data_row",
            timeout: 30000,
        },
        {
            content: "Open the actions of the visit",
            trigger: ".o_control_panel .o_cp_action_menus .dropdown-toggle",
            run: "click",
        },
        {
            content: "Submit the visit",
            trigger: ".o-dropdown--menu button[name=action_submit]",
            run: "click",
        },
        eduStateStep("submitted"),
    ],
});
