"""The holes of issue 12 in the inspector addon, each with its own test."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import EduInspectorCase

# the addons of this branch of the work that add fields to hr.employee
EMPLOYEE_ADDONS = {"edu_supervision_inspector", "edu_supervision_training"}


@tagged("post_install", "-at_install")
class TestAuthority(EduInspectorCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.internal_user = new_test_user(
            cls.env, login="t_internal", groups="base.group_user", name="Internal"
        )

    # ------------------------------------------------------------------
    # Stock Odoo: the public/private employee pattern
    # ------------------------------------------------------------------
    def _our_employee_fields(self):
        return {
            name: field
            for name, field in self.env["hr.employee"]._fields.items()
            if EMPLOYEE_ADDONS & set(field._modules)
        }

    def test_employee_fields_public_or_restricted(self):
        """Every field our addons add to hr.employee is on the public profile
        (hr.employee.public) or restricted with ``groups=`` (Odoo's rule, checked by
        hr's test_employee_fields_groups)."""
        public = self.env["hr.employee.public"]._fields
        loose = [
            name
            for name, field in self._our_employee_fields().items()
            if name not in public and not field.groups
        ]
        self.assertFalse(loose, "fields neither public nor restricted")

    def test_internal_user_reads_public_inspector_profile(self):
        """Any internal user reads the employees with all the fields he may see
        (export, API) and gets the public inspector profile; the inspector's records
        stay with the office and Inspector HR."""
        Employee = self.env["hr.employee"].with_user(self.internal_user)
        ours = [
            name
            for name in self._our_employee_fields()
            if name in self.env["hr.employee.public"]._fields
        ]
        values = Employee.browse(self.employee_insp.id).read(ours)[0]
        self.assertTrue(values["edu_is_inspector"])
        self.assertTrue(values["edu_certificate_valid"])
        # read([]) as Odoo's test does, on the fields of Odoo and ours
        others = {
            name
            for name, field in Employee._fields.items()
            if any(m.startswith("edu_") and m not in EMPLOYEE_ADDONS for m in field._modules)
        }
        names = [
            name for name in Employee.check_field_access_rights("read", None) if name not in others
        ]
        self.assertIn("edu_region_id", names)
        self.assertNotIn("edu_certificate_ids", names)
        Employee.search([("edu_is_inspector", "=", True)]).read(names)
        with self.assertRaises(AccessError):
            Employee.browse(self.employee_insp.id).read(["edu_certificate_ids"])
        office = self.employee_insp.with_user(self.user_office)
        self.assertEqual(office.edu_certificate_ids, self.certificate_insp)
        self.assertEqual(office.edu_certificate_count, 1)

    # ------------------------------------------------------------------
    # Revoked or suspended certificates drop the responsibility at once
    # ------------------------------------------------------------------
    def _coverage(self, region):
        return self.env["edu.region"]._edu_staffing_figures(region)[region.id]

    @freeze_time("2026-05-01")
    def test_suspension_ends_assignments_and_drops_coverage(self):
        assignment = self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        self.assertEqual(self._coverage(self.region_a)["coverage"], 50.0)
        self.assertEqual(self._coverage(self.region_a)["available_count"], 1)
        certificate = self.certificate_insp.with_user(self.user_hr)
        certificate.state_reason = "Under investigation"
        certificate.action_suspend()
        # no longer responsible today, and counted nowhere
        self.assertEqual(assignment.date_to, date(2026, 4, 30))
        self.assertFalse(assignment.is_current)
        self.assertFalse(self.school_a1.responsible_employee_id)
        figures = self._coverage(self.region_a)
        self.assertEqual(figures["coverage"], 0.0)
        self.assertEqual(figures["covered_school_count"], 0)
        self.assertEqual(figures["available_count"], 0)
        self.assertIn("School A1", certificate.message_ids[:1].body)
        # reinstating does not hand the school back: the office reassigns it
        certificate.action_reinstate()
        self.assertFalse(self.school_a1.responsible_employee_id)

    @freeze_time("2026-05-01")
    def test_revocation_by_direct_write_ends_assignments(self):
        """The back door: writing the state (the certificate list on the
        employee form, RPC) has the same effect as the button."""
        assignment = self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        future = self._assign(self.school_a2, self.employee_insp, date(2026, 9, 1))
        zone = self.env["edu.responsibility.zone"].create(
            {
                "name": "Zone A",
                "region_id": self.region_a.id,
                "inspector_ids": [(4, self.employee_insp.id)],
            }
        )
        self.certificate_insp.with_user(self.user_hr).write(
            {"state": "revoked", "state_reason": "Misconduct"}
        )
        self.assertFalse(assignment.is_current)
        self.assertFalse(future.active, "an assignment to come is cancelled")
        self.assertFalse(zone.inspector_ids)
        self.assertEqual(self._coverage(self.region_a)["coverage"], 0.0)
        # a revoked certificate is final
        with self.assertRaises(UserError):
            self.certificate_insp.with_user(self.user_hr).write({"state": "valid"})

    @freeze_time("2026-05-01")
    def test_other_valid_certificate_keeps_schools(self):
        assignment = self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        self._create_certificate(self.employee_insp, "T-0001-B", issue_date=date(2025, 1, 1))
        self.certificate_insp.write({"state": "revoked", "state_reason": "Replaced"})
        self.assertTrue(assignment.is_current)
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp)

    # ------------------------------------------------------------------
    # Transitions check who calls them
    # ------------------------------------------------------------------
    def test_transitions_refuse_other_roles_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        self.certificate_insp.state_reason = "Reason"
        calls = [
            (self.certificate_insp, "action_suspend", self.user_office),
            (self.school_a1, "action_edu_reassign", self.user_office),
            (self.school_a1, "action_edu_print_plaque", self.user_viewer),
            (self.employee_insp, "action_edu_open_related", self.user_inspector),
            (self.env["edu.staffing.report"], "action_open_report", self.user_inspector),
        ]
        for record, method, user in calls:
            with self.subTest(method=method), self.assertRaises(AccessError) as error:
                getattr(record.with_user(user).with_context(lang="zh_CN"), method)()
            self.assertRegex(str(error.exception), "[\u4e00-\u9fff]", method)
        self.assertEqual(self.certificate_insp.state, "valid")

    def test_plaque_printed_by_office_and_hr(self):
        for user in (self.user_office, self.user_district_office, self.user_hr):
            action = self.school_a1.with_user(user).action_edu_print_plaque()
            self.assertEqual(action["type"], "ir.actions.report")
        with self.assertRaises(AccessError):
            self.school_b1.with_user(self.user_district_office).action_edu_print_plaque()

    # ------------------------------------------------------------------
    # District walls
    # ------------------------------------------------------------------
    def test_district_office_reaches_its_region_only(self):
        nowhere = self._create_inspector("Inspector Of No District")
        nowhere.edu_region_id = False
        self._assign(self.school_a1, self.employee_insp)
        self._assign(self.school_b1, self.employee_insp2)
        Appointment = self.env["edu.inspector.appointment"]
        Assessment = self.env["edu.inspector.assessment"]
        for employee in (self.employee_insp, self.employee_insp2, nowhere):
            Appointment.create({"employee_id": employee.id, "date": date(2024, 1, 1)})
            Assessment.create({"employee_id": employee.id, "year": 2025})
        for model in (
            "edu.inspector.certificate",
            "edu.inspector.appointment",
            "edu.school.assignment",
            "edu.inspector.assessment",
        ):
            district = self.env[model].with_user(self.user_district_office)
            self.assertEqual(
                district.search([]).employee_id, self.employee_insp, f"{model}: its district only"
            )
            # the city office sees all, records without region included
            city = self.env[model].with_user(self.user_office).search([]).employee_id
            self.assertIn(self.employee_insp2, city, model)
            if model != "edu.school.assignment":
                self.assertIn(nowhere, city, model)
        with self.assertRaises(AccessError):
            self.certificate_insp2.with_user(self.user_district_office).read(["name"])

    def test_zones_of_other_districts_hidden(self):
        Zone = self.env["edu.responsibility.zone"]
        zone_a = Zone.create({"name": "Zone A", "region_id": self.region_a.id})
        zone_b = Zone.create({"name": "Zone B", "region_id": self.region_b.id})
        self.assertEqual(Zone.with_user(self.user_district_office).search([]), zone_a)
        self.assertIn(zone_b, Zone.with_user(self.user_viewer).search([]))

    # ------------------------------------------------------------------
    # Audit trail: field tracking in the chatter
    # ------------------------------------------------------------------
    def test_certificate_and_appointment_changes_are_tracked(self):
        tracked_env = self.env(context=dict(self.env.context, tracking_disable=False))
        certificate = self.certificate_insp.with_env(tracked_env).with_user(self.user_hr)
        certificate.state_reason = "Under investigation"
        certificate.action_suspend()
        self.env.cr.precommit.run()  # the tracking is written before the commit
        values = self.certificate_insp.message_ids.tracking_value_ids.filtered(
            lambda value: value.field_id.name == "state"
        )
        self.assertEqual(values.old_value_char, "Valid")
        self.assertEqual(values.new_value_char, "Suspended")
        self.assertEqual(values.mail_message_id.author_id, self.user_hr.partner_id)
        appointment = (
            tracked_env["edu.inspector.appointment"]
            .with_user(self.user_hr)
            .create({"employee_id": self.employee_insp.id, "date": date(2024, 1, 1)})
        )
        self.env.cr.precommit.run()
        appointment.write({"document_number": "WH-2024-1", "date": date(2024, 2, 1)})
        appointment.action_confirm()
        self.env.cr.precommit.run()
        messages = self.env["edu.inspector.appointment"].browse(appointment.id).message_ids
        tracked = messages.tracking_value_ids.field_id.mapped("name")
        for name in ("document_number", "date", "state"):
            self.assertIn(name, tracked)
