/** @odoo-module **/
// Steps shared by the browser tours of the education supervision addons.

// Steps that wait for the server (a page, a button's transition) wait up to 30 s instead
// of 10 s: the tests also run on small, busy machines.
const SERVER_TIMEOUT = 30000;

/**
 * Open ``url`` in the web client and wait until its view is rendered; with
 * ``openFirst``, open the first record of the list or kanban view as well.
 */
export function eduOpenViewSteps(url, { openFirst = false } = {}) {
    const steps = [
        {
            content: `Open ${url}`,
            trigger: "body",
            run: `goToUrl ${url}`,
        },
        {
            content: `The view of ${url} is rendered`,
            trigger: ".o_action_manager .o_view_controller",
            timeout: SERVER_TIMEOUT,
        },
    ];
    if (openFirst) {
        steps.push(
            {
                content: `Open the first record of ${url}`,
                trigger: [
                    ".o_list_view .o_data_row:first .o_data_cell:not(.o_list_record_selector)",
                    ".o_kanban_view .o_kanban_record:not(.o_kanban_ghost):first",
                ].join(", "),
                run: "click",
            },
            {
                content: `The form opened from ${url} is rendered`,
                trigger: ".o_action_manager .o_form_view .o_form_sheet",
                timeout: SERVER_TIMEOUT,
            }
        );
    }
    return steps;
}

/** Wait until the statusbar of the form shows ``state`` as the current state. */
export function eduStateStep(state) {
    return {
        content: `The record is in state ${state}`,
        trigger: `.o_form_view .o_statusbar_status button.o_arrow_button_current[data-value="${state}"]`,
        timeout: SERVER_TIMEOUT,
    };
}
