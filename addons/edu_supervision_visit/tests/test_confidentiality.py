from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestConfidentiality(EduVisitCase):
    """Issue 12 on routine visits: complaint findings and the complainant's
    identity for the office and the assigned inspector only; draft visit findings
    for their inspector and the office; district walls; who moves a visit or a
    complaint along.

    ``user_inspector`` is the responsible inspector of A1 and A2, ``user_inspector2``
    of B1; a third inspector has no school at all.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_inspector3 = cls._create_user(
            "t_inspector3", ["edu_supervision.group_edu_inspector"]
        )
        cls.employee_insp3 = cls._create_inspector(
            "Inspector Three", user_id=cls.user_inspector3.id
        )
        cls.day = cls.env.company._edu_today() - timedelta(days=2)
        # a complaint about B1 (inspector 2's school) handled by inspector 1
        cls.complaint = cls.env["edu.complaint"].create(
            {
                "source": "letter",
                "date": cls.day,
                "school_id": cls.school_b1.id,
                "complainant": "Li Si",
                "complainant_contact": "13900002222",
                "summary": "Fees charged for the school bus",
                "employee_id": cls.employee_insp.id,
            }
        )
        cls.complaint_finding = cls.env["edu.problem"].create(
            {"name": "Illegal bus fees", "complaint_id": cls.complaint.id}
        )
        # inspector 1's draft visit at B1 and its finding
        cls.visit = cls._create_visit(cls.school_b1, cls.employee_insp, cls.day)
        cls.visit_finding = cls._create_finding(cls.visit, name="Blocked fire exit")

    def _reads(self, user, records):
        return bool(records.with_user(user).search([("id", "in", records.ids)]))

    # ------------------------------------------------------------------
    # Confidential findings
    # ------------------------------------------------------------------
    def test_complaint_findings_for_the_office_and_the_assigned_inspector_only(self):
        finding = self.complaint_finding
        self.assertEqual(finding.school_id, self.school_b1)
        for user in (self.user_inspector, self.user_office, self.user_manager):
            self.assertTrue(self._reads(user, finding), user.login)
            finding.with_user(user).read(["name", "description"])
        # not even the responsible inspector of the school, nor any other role
        for user in (
            self.user_inspector2,
            self.user_inspector3,
            self.user_district_office,  # another district
            self.user_viewer,
            self.user_hr,
            self.user_finance,
        ):
            self.assertFalse(self._reads(user, finding), user.login)
            with self.assertRaises(AccessError, msg=user.login):
                finding.with_user(user).read(["name"])

    def test_findings_of_a_complaint_visit_are_complaint_findings(self):
        """A visit made to verify a complaint: its findings stay confidential."""
        action = self.complaint.with_user(self.user_inspector).action_create_visit()
        visit = self.env["edu.visit"].browse(action["res_id"])
        finding = self._create_finding(visit, name="Fees confirmed")
        self.assertEqual(finding.complaint_id, self.complaint)
        visit.with_user(self.user_inspector).action_submit()
        self.assertFalse(self._reads(self.user_inspector2, finding))

    def test_draft_visit_findings_for_their_inspector_and_the_office(self):
        finding = self.visit_finding
        for user in (self.user_inspector, self.user_office, self.user_manager):
            self.assertTrue(self._reads(user, finding), user.login)
        for user in (
            self.user_inspector2,  # responsible inspector of B1: not while a draft
            self.user_inspector3,
            self.user_viewer,
            self.user_hr,
            self.user_finance,
        ):
            self.assertFalse(self._reads(user, finding), user.login)
        # submitted: the responsible inspector of the school follows it up
        self.visit.with_user(self.user_inspector).action_submit()
        self.assertTrue(self._reads(self.user_inspector2, finding))
        finding.with_user(self.user_inspector2).read(["name"])
        with self.assertRaises(AccessError):
            finding.with_user(self.user_inspector2).write({"name": "Not his finding"})
        # still nobody else
        for user in (self.user_inspector3, self.user_viewer, self.user_hr, self.user_finance):
            self.assertFalse(self._reads(user, finding), user.login)

    def test_new_responsible_inspector_follows_up_at_once(self):
        """The rules name the schools in a user's charge by id: when B1 passes to
        inspector 3, its submitted visits and their findings go with it at once."""
        self.visit.with_user(self.user_inspector).action_submit()
        for records in (self.visit, self.visit_finding):
            self.assertFalse(self._reads(self.user_inspector3, records), records._name)
        self.env["edu.school.assignment"]._edu_reassign(
            self.school_b1, self.employee_insp3, self.env.company._edu_today()
        )
        self.assertEqual(self.school_b1.responsible_employee_id, self.employee_insp3)
        for records in (self.visit, self.visit_finding):
            self.assertTrue(self._reads(self.user_inspector3, records), records._name)
            self.assertFalse(self._reads(self.user_inspector2, records), records._name)

    def test_reassigned_complaint_leaves_the_former_inspector(self):
        self.complaint.with_user(self.user_office).employee_id = self.employee_insp3
        for records in (self.complaint, self.complaint_finding):
            self.assertFalse(self._reads(self.user_inspector, records), records._name)
            self.assertTrue(self._reads(self.user_inspector3, records), records._name)

    # ------------------------------------------------------------------
    # The complainant's identity
    # ------------------------------------------------------------------
    def test_complainant_identity_for_the_office_and_the_assigned_inspector_only(self):
        fields = ["complainant", "complainant_contact"]
        for user in (self.user_inspector, self.user_office, self.user_manager):
            values = self.complaint.with_user(user).read(fields)[0]
            self.assertEqual(values["complainant"], "Li Si", user.login)
        for user in (
            self.user_inspector2,  # responsible inspector of the school complained about
            self.user_inspector3,
            self.user_district_office,  # another district
            self.user_viewer,
            self.user_hr,
            self.user_finance,
        ):
            with self.assertRaises(AccessError, msg=user.login):
                self.complaint.with_user(user).read(fields)
        # through the visit of the complaint neither
        self.complaint.action_create_visit()
        visit = self.complaint.visit_ids
        visit.with_user(self.user_inspector).action_submit()
        with self.assertRaises(AccessError):
            visit.with_user(self.user_inspector2).complaint_id.read(["complainant"])

    def test_complaint_without_school_for_the_city_office_only(self):
        complaint = self.env["edu.complaint"].create(
            {"summary": "Anonymous letter", "complainant": "Wang Wu"}
        )
        self.assertFalse(complaint.region_id)
        complaint.with_user(self.user_office).read(["complainant"])
        with self.assertRaises(AccessError):
            complaint.with_user(self.user_district_office).read(["complainant"])

    def test_assigned_inspector_records_verification_only(self):
        complaint = self.complaint.with_user(self.user_inspector)
        complaint.write({"verification_result": "founded", "verification_note": "Receipts seen."})
        for vals in (
            {"complainant": "Someone else"},
            {"summary": "Rewritten"},
            {"employee_id": self.employee_insp3.id},
            {"state": "replied"},
        ):
            with self.assertRaises(AccessError, msg=str(vals)):
                complaint.write(vals)
        self.assertEqual(self.complaint.complainant, "Li Si")
        self.assertEqual(self.complaint.employee_id, self.employee_insp)

    def test_handled_complaint_is_not_deleted(self):
        with self.assertRaises(UserError):
            self.complaint.with_user(self.user_office).unlink()

    # ------------------------------------------------------------------
    # Visits
    # ------------------------------------------------------------------
    def test_only_its_inspector_submits_a_visit(self):
        for user in (self.user_office, self.user_manager, self.user_inspector2):
            with self.assertRaises(AccessError, msg=user.login):
                self.visit.with_user(user).action_submit()
        with self.assertRaises(AccessError):
            self.visit.with_user(self.user_inspector).write({"state": "submitted"})
        self.assertEqual(self.visit.state, "draft")
        self.visit.with_user(self.user_inspector).action_submit()
        self.assertEqual(self.visit.state, "submitted")

    def test_district_office_acknowledges_its_district_only(self):
        self.visit.with_user(self.user_inspector).action_submit()
        with self.assertRaises(AccessError):
            self.visit.with_user(self.user_district_office).action_acknowledge()
        visit_a1 = self._create_visit(self.school_a1, self.employee_insp, self.day)
        visit_a1.with_user(self.user_inspector).action_submit()
        visit_a1.with_user(self.user_district_office).action_acknowledge()
        self.assertEqual(visit_a1.state, "acknowledged")
