from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import EduApiCase


@tagged("post_install", "-at_install")
class TestKeys(EduApiCase):
    """Integrations and their keys through the ORM (the HTTP side is in test_api_*)."""

    def test_key_is_an_odoo_api_key_of_the_api_only(self):
        key = self.client_registry.key_ids
        self.assertEqual(key.apikey_id.scope, "edu_api")
        self.assertEqual(key.apikey_id.user_id, self.user_api_registry)
        self.assertEqual(key.prefix, self.key_registry[:8])
        found = self.env["edu.api.key"]._edu_authenticate(self.key_registry)
        self.assertEqual(
            (found["key_id"], found["user_id"], found["kind"]),
            (key.id, self.user_api_registry.id, "registry"),
        )
        # not a key for XML-RPC / JSON-RPC (Odoo accepts a key there only without scope)
        Keys = self.env["res.users.apikeys"]
        self.assertFalse(Keys._check_credentials(scope="rpc", key=self.key_registry))
        self.assertIsNone(self.env["edu.api.key"]._edu_authenticate(self.key_registry[:-1] + "x"))

    def test_expired_key_is_refused(self):
        key = self.client_training.key_ids
        yesterday = fields.Datetime.now() - timedelta(days=1)
        self.env.cr.execute(
            "UPDATE res_users_apikeys SET expiration_date = %s WHERE id = %s",
            [yesterday, key.apikey_id.id],
        )
        self.env.cr.execute(
            "UPDATE edu_api_key SET expiration_date = %s WHERE id = %s", [yesterday, key.id]
        )
        self.assertIsNone(self.env["edu.api.key"]._edu_authenticate(self.key_training))
        key.invalidate_recordset()
        self.assertTrue(key.is_expired)

    def test_only_the_chief_inspector_generates_and_revokes(self):
        Key = self.env["edu.api.key"]
        with self.assertRaises(AccessError):
            Key.with_user(self.user_office)._edu_generate(self.client_registry, "office")
        key, clear = Key.with_user(self.user_manager)._edu_generate(self.client_registry, "second")
        self.assertEqual(len(self.client_registry.key_ids), 2)
        with self.assertRaises(AccessError):
            key.with_user(self.user_office).action_revoke()
        with self.assertRaises(AccessError):
            key.with_user(self.user_manager).write({"state": "revoked"})
        key.with_user(self.user_manager).action_revoke()
        self.assertIsNone(Key._edu_authenticate(clear))
        self.assertTrue(Key._edu_authenticate(self.key_registry), "the other key still works")

    def test_wizard_shows_the_key_once(self):
        wizard = (
            self.env["edu.api.key.wizard"]
            .with_user(self.user_manager)
            .create({"client_id": self.client_training.id, "name": "2027", "duration": "90"})
        )
        action = wizard.action_generate()
        clear = action["context"]["default_key"]
        self.assertEqual(action["res_model"], "res.users.apikeys.show")
        key = self.client_training.key_ids.filtered(lambda k: k.name == "2027")
        self.assertEqual(key.prefix, clear[:8])
        self.assertTrue(key.expiration_date)
        self.assertNotIn(clear, str(key.read()), "only a hash is stored")

    def test_integration_user_needs_the_role_of_its_kind(self):
        with self.assertRaises(ValidationError):
            self.env["edu.api.client"].create(
                {"name": "Wrong", "kind": "registry", "user_id": self.user_viewer.id}
            )
        with self.assertRaises(ValidationError):
            self.env["edu.api.client"].create(
                {"name": "No inspector", "kind": "mobile", "user_id": self.user_office.id}
            )

    def test_school_identification_code(self):
        with self.assertRaises(ValidationError):
            self.school_a1.national_code = "21000001"
        self.school_a1.national_code = "2100000009"
        self.assertEqual(self.school_a1.national_code, "2100000009")

    def test_calls_are_counted_and_forgotten_after_a_week(self):
        key = self.client_reader.key_ids
        Key = self.env["edu.api.key"]
        self.assertEqual(Key._edu_count_request(key.id)[0], 1)
        count, retry = Key._edu_count_request(key.id)
        self.assertEqual(count, 2)
        self.assertTrue(1 <= retry <= 60)
        self.env["edu.api.call"].create(
            {"key_id": key.id, "at": fields.Datetime.now() - timedelta(days=8)}
        )
        self.env["edu.api.call"]._gc_calls()
        key.invalidate_recordset()
        self.assertEqual(key.call_count, 2)
        self.assertEqual(self.env["edu.api.call"].search_count([("key_id", "=", key.id)]), 2)

    def test_demo_key_loaded_twice_stays_one(self):
        Key = self.env["edu.api.key"]
        first = Key._edu_demo_key(self.client_training.id, "demo0000-key-for-a-test", "demo")
        again = Key._edu_demo_key(self.client_training.id, "demo0000-key-for-a-test", "demo")
        self.assertEqual(first, again)
        self.assertEqual(Key._edu_authenticate("demo0000-key-for-a-test")["key_id"], first.id)
