import importlib.util

from odoo.tests import HttpCase, tagged

WAIT_FOR = """
const waitFor = async (selector, timeout = 15000) => {
    const start = Date.now();
    while (Date.now() - start < timeout) {
        const element = document.querySelector(selector);
        if (element) {
            return element;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`not found: ${selector}`);
};
"""

MY_SCHOOLS_ON_PHONE = (
    WAIT_FOR
    + """
(async () => {
    const card = await waitFor(
        ".o_kanban_record:not(.o_kanban_ghost) button[name='action_edu_visit_new']"
    );
    const cards = document.querySelectorAll(".o_kanban_record:not(.o_kanban_ghost)");
    if (cards.length !== 3) {
        throw new Error(`expected 3 school cards, got ${cards.length}`);
    }
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 1) {
        throw new Error(`the page is ${overflow}px wider than the phone screen`);
    }
    const box = card.getBoundingClientRect();
    if (box.height < 32 || box.right > window.innerWidth) {
        throw new Error("the New Visit button is not a comfortable tap target");
    }
    card.click();
    await waitFor(".o_form_view .o_field_widget[name='school_id'] input");
    await waitFor(".o_form_view .o_field_widget[name='item_ids'] .o_data_row");
    console.log("test successful");
})().catch((error) => console.error(error.message));
"""
)


@tagged("post_install", "-at_install")
class TestMobileUi(HttpCase):
    browser_size = "390x844"
    touch_enabled = True

    def test_my_schools_on_a_phone(self):
        """The demo inspector opens "My schools" on a 390px-wide phone screen, sees his
        three schools without horizontal scrolling and taps "New Visit"."""
        if not self.env.ref("edu_supervision_visit.visit_demo_01_a", raise_if_not_found=False):
            self.skipTest("demo data not loaded")
        if not importlib.util.find_spec("websocket"):
            self.skipTest("the websocket-client package (Odoo's browser tests) is not installed")
        action = self.env.ref("edu_supervision_visit.edu_school_action_edu_visit_my")
        self.browser_js(
            f"/odoo/action-{action.id}",
            MY_SCHOOLS_ON_PHONE,
            login="inspector",
            timeout=120,
        )
