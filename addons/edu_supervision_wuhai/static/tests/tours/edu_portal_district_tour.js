/** @odoo-module **/
// The district government on the portal, as the demo user "district" (the education
// office of 海勃湾区人民政府): it follows up the problems of the schools of its district,
// not those of the other districts.

import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("edu_portal_district_tour", {
    steps: () => [
        {
            content: "Open the problems",
            trigger: ".o_edu_menu a[href='/my/supervision/problems']",
            run: "click",
        },
        {
            content: "A school of the district is listed, none of another district",
            trigger:
                ".o_edu_list:has(a.o_edu_row:contains(海勃湾区第十五小学))" +
                ":not(:has(a.o_edu_row:contains(海南区))):not(:has(a.o_edu_row:contains(乌达区)))",
        },
        {
            content: "Open the unpublished after-school fees",
            trigger: "a.o_edu_row:contains(课后服务收费未公示)",
            run: "click",
        },
        {
            content: "The problem and its school are shown",
            trigger: ".o_edu_portal:contains(课后服务收费未公示):contains(海勃湾区第十五小学)",
        },
    ],
});
