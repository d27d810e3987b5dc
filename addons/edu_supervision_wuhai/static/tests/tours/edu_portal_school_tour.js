/** @odoo-module **/
// The school's day on a 390 px phone, as the demo user "school" (海勃湾区博文小学):
// complete the self-assessment with one evidence file and submit it, submit a
// rectification report with a photo, acknowledge and answer a supervision order.

import { registry } from "@web/core/registry";

const SERVER_TIMEOUT = 30000;
// 1×1 PNG and a minimal PDF: their content matches their type (checked by the server)
const PNG =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

function attach(input, name, type, content) {
    const bytes =
        type === "image/png"
            ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0))
            : new TextEncoder().encode(content);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, { type }));
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
}

function fitsThePhone() {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 1) {
        throw new Error(`The page is ${overflow}px wider than the phone screen`);
    }
}

function savedStep(what) {
    return {
        content: `${what}: the change is confirmed`,
        trigger: ".o_edu_flash.alert-success",
        timeout: SERVER_TIMEOUT,
        run: fitsThePhone,
    };
}

registry.category("web_tour.tours").add("edu_portal_school_tour", {
    steps: () => [
        {
            content: "The unit's home fits the phone",
            trigger: ".o_edu_portal .o_edu_cards",
            run: fitsThePhone,
        },
        {
            content: "Open the inspections",
            trigger: ".o_edu_menu a[href='/my/supervision/inspections']",
            run: "click",
        },
        {
            content: "Open the coming comprehensive inspection",
            trigger: ".o_edu_list a.o_edu_row:has(.o_edu_state:contains(已安排)):first",
            run: "click",
        },
        {
            content: "Open its self-assessment",
            trigger: "a.o_edu_open_self_assessment",
            run: "click",
        },
        {
            content: "Score every indicator not scored yet, with a comment",
            trigger: ".o_edu_self_assessment .o_edu_line input.o_edu_score",
            run() {
                fitsThePhone();
                for (const line of document.querySelectorAll(".o_edu_line")) {
                    const score = line.querySelector("input.o_edu_score");
                    if (!score.value) {
                        score.value = "8";
                        line.querySelector("textarea.o_edu_comment").value = "按要求落实，资料齐全。";
                    }
                }
            },
        },
        {
            content: "Attach the drill records as evidence of the safety indicator",
            trigger: ".o_edu_line:last input[type=file]",
            run() {
                attach(this.anchor, "应急演练记录.pdf", "application/pdf", PDF);
            },
        },
        {
            content: "Submit the self-assessment to the office",
            trigger: ".o_edu_self_assessment button.o_edu_submit",
            run: "click",
        },
        savedStep("Self-assessment"),
        {
            content: "The self-assessment is submitted and its file listed",
            trigger: ".o_edu_self_assessment .o_edu_files a:contains(应急演练记录.pdf)",
        },
        {
            content: "Open the problems",
            trigger: "body",
            run: "goToUrl /my/supervision/problems",
        },
        {
            content: "Open the problem to rectify",
            trigger: ".o_edu_list a.o_edu_row:contains(德育课被考试科目挤占)",
            run: "click",
        },
        {
            content: "Write a rectification report",
            trigger: "a.o_edu_new_report",
            run: "click",
        },
        {
            content: "Describe the measures",
            trigger: ".o_edu_report textarea[name=measures]",
            run: "edit 已恢复每周两节德育课，课表已调整并公示。",
        },
        {
            content: "Date of completion",
            trigger: ".o_edu_report input[name=actual_date]",
            run() {
                this.anchor.value = new Date().toISOString().slice(0, 10);
            },
        },
        {
            content: "Attach a photo of the new timetable",
            trigger: ".o_edu_report input[type=file][name=files]",
            run() {
                attach(this.anchor, "课表.png", "image/png", PNG);
            },
        },
        {
            content: "Submit the report to the office",
            trigger: ".o_edu_report button.o_edu_submit",
            run: "click",
        },
        savedStep("Rectification report"),
        {
            content: "The report is submitted with its photo",
            trigger: ".o_edu_report .o_edu_files a:contains(课表.png)",
        },
        {
            content: "Open the supervision orders",
            trigger: "body",
            run: "goToUrl /my/supervision/orders",
        },
        {
            content: "Open the order not acknowledged yet",
            trigger: ".o_edu_list a.o_edu_row:contains(尚未签收):first",
            run: "click",
        },
        {
            content: "Acknowledge receipt",
            trigger: ".o_edu_order button.o_edu_ack_order",
            run: "click",
        },
        savedStep("Receipt"),
        {
            content: "Answer in writing",
            trigger: ".o_edu_order textarea.o_edu_answer",
            run: "edit 已组织全校疏散演练，演练记录和照片见附件。",
        },
        {
            content: "Attach the evidence",
            trigger: ".o_edu_order input[type=file][name=files]",
            run() {
                attach(this.anchor, "演练记录.pdf", "application/pdf", PDF);
            },
        },
        {
            content: "Send the answer",
            trigger: ".o_edu_order button.o_edu_submit",
            run: "click",
        },
        savedStep("Answer"),
        {
            content: "The answer is sent",
            trigger: ".o_edu_order #answer .o_edu_files a:contains(演练记录.pdf)",
        },
    ],
});
