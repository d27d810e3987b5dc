from freezegun import freeze_time

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemo(TransactionCase):
    """The behind-target list on the demo data equals a hand count.

    Pinned date 2026-11-25 (autumn semester 2026: 1 Aug 2026 - 31 Jan 2027), target 2
    visits per semester, no monthly target. Submitted or acknowledged visits of the demo
    in that semester, per school:

    - school_01: 09-08, 10-20 → 2 (the 2026-05-12 visit is in the spring semester)
    - school_25: 10-12 → 1 (2026-07-31 is the last day of the spring semester)
    - school_49: 09-22, 11-10 → 2 (the 11-24 draft does not count)
    - school_02: 09-10, 11-05 → 2
    - school_50: 10-12 → 1
    - school_03: 09-17, 11-03 → 2
    - school_04: 10-09 → 1
    - school_05: 09-25, 10-28 → 2
    - school_06: 09-03, 11-12 → 2
    - school_07: 10-15 → 1
    - the other 50 demo schools: 0

    So 6 schools are on target (01, 02, 03, 05, 06, 49) and the other 54 are behind.
    """

    def setUp(self):
        super().setUp()
        if not self.env.ref("edu_supervision_visit.visit_demo_01_a", raise_if_not_found=False):
            self.skipTest("demo data not loaded")
        self.env.company.write({"edu_visit_min_per_semester": 2, "edu_visit_min_per_month": 0})
        self.demo_schools = self.env["edu.school"].browse(
            [self.env.ref(f"edu_supervision.school_{n:02d}").id for n in range(1, 61)]
        )

    @freeze_time("2026-11-25 04:00:00")
    def test_behind_target_hand_count(self):
        on_target = self.env["edu.school"].browse(
            [
                self.env.ref(f"edu_supervision.school_{n}").id
                for n in ("01", "02", "03", "05", "06", "49")
            ]
        )
        behind = self.env["edu.school"].search(
            [("id", "in", self.demo_schools.ids), ("edu_visit_behind", "=", True)]
        )
        self.assertEqual(len(behind), 54)
        self.assertEqual(behind, self.demo_schools - on_target)
        counts = {
            school.id: school.edu_visit_semester_count
            for school in self.demo_schools
            if school.edu_visit_semester_count
        }
        ref = self.env.ref
        self.assertEqual(
            counts,
            {
                ref("edu_supervision.school_01").id: 2,
                ref("edu_supervision.school_25").id: 1,
                ref("edu_supervision.school_49").id: 2,
                ref("edu_supervision.school_02").id: 2,
                ref("edu_supervision.school_50").id: 1,
                ref("edu_supervision.school_03").id: 2,
                ref("edu_supervision.school_04").id: 1,
                ref("edu_supervision.school_05").id: 2,
                ref("edu_supervision.school_06").id: 2,
                ref("edu_supervision.school_07").id: 1,
            },
        )

    @freeze_time("2026-11-25 04:00:00")
    def test_demo_inspector_my_schools(self):
        user = self.env.ref("edu_supervision.user_edu_inspector")
        schools = (
            self.env["edu.school"]
            .with_user(user)
            .search([("responsible_employee_id.user_id", "=", user.id)])
        )
        ref = self.env.ref
        self.assertEqual(
            schools,
            ref("edu_supervision.school_01")
            | ref("edu_supervision.school_25")
            | ref("edu_supervision.school_49"),
        )
        self.assertEqual(schools.filtered("edu_visit_behind"), ref("edu_supervision.school_25"))
