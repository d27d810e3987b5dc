from odoo.tests import tagged

from .common import EduApiHttpCase


@tagged("post_install", "-at_install")
class TestApiWrite(EduApiHttpCase):
    """The writes of the integrations: school registry sync and the mobile app's visits;
    each is logged with its key."""

    def _row(self, national_code="2100000003", region_code="T101", **vals):
        return {
            "national_code": national_code,
            "name": "乌达区第三中学",
            "region_code": region_code,
            "stage": "junior",
            "ownership": "public",
            "student_count": 650,
            "teacher_count": 48,
            **vals,
        }

    def _sync(self, *rows, key=None, headers=None):
        return self.api(
            "POST",
            "/schools/sync",
            key or self.key_registry,
            json={"schools": list(rows)},
            headers=headers,
        )

    def test_school_registry_sync(self):
        """Create by 学校标识码, update by it (archived too), large-school flag, log."""
        update = {
            "national_code": "2100000001",
            "name": "School A1",
            "region_code": "T101",
            "stage": "primary",
            "student_count": 2500,
        }
        response = self._sync(self._row(), update)
        self.assertEqual(response.status_code, 200, response.text)
        body = response.json()
        self.assertEqual((body["created"], body["updated"]), (1, 1))
        new = self.env["edu.school"].browse(body["items"][0]["id"])
        self.assertEqual(
            (new.name, new.code, new.region_id, new.stage, new.student_count),
            ("乌达区第三中学", "2100000003", self.region_a, "junior", 650),
        )
        self.assertEqual(
            body["items"][1],
            {
                "index": 1,
                "national_code": "2100000001",
                "id": self.school_a1.id,
                "status": "updated",
                "is_large": True,
            },
        )
        self.assertTrue(self.school_a1.is_large)
        log = self.env["edu.api.log"].search([("client_id", "=", self.client_registry.id)])
        self.assertEqual(len(log), 1)
        self.assertEqual(log.key_id, self.client_registry.key_ids)
        self.assertEqual(log.user_id, self.user_api_registry)
        self.assertEqual(log.school_ids, new | self.school_a1)
        self.assertEqual((log.operation, log.record_count, log.status), ("school_sync", 2, 200))
        # an archived school is found again by its code (archiving stays with the office:
        # it ends the assignment of the school's responsible inspector)
        new.active = False
        response = self._sync(self._row(student_count=700))
        self.assertEqual(response.json()["items"][0]["status"], "updated")
        self.assertEqual((new.active, new.student_count), (False, 700))

    def test_school_sync_refusals(self):
        schools = self.env["edu.school"].search_count([])
        detail = self.assertError(
            self._sync(self._row(), self._row("2100000004", region_code="T102")),
            403,
            "region_forbidden",
            "schools[1].region_code",
        )
        self.assertEqual(detail["errors"][0]["index"], 1)
        self.assertError(
            self._sync(self._row(region_code="NOPE")),
            422,
            "unknown_region",
            "schools[0].region_code",
        )
        self.assertError(
            self._sync(self._row("2200000001")),
            409,
            "national_code_taken",
            "schools[0].national_code",
        )
        self.assertError(
            self._sync(self._row(), self._row()), 422, "duplicate_row", "schools[1].national_code"
        )
        detail = self.assertError(
            self._sync(self._row(national_code="12345", student_count=-1)), 422, "validation_error"
        )
        fields = {error["field"] for error in detail["errors"]}
        self.assertEqual(fields, {"schools[0].national_code", "schools[0].student_count"})
        self.assertError(self._sync(), 422, "validation_error", "schools")
        self.assertError(self._sync(self._row(), key=self.key_training), 403, "forbidden")
        self.assertEqual(self.env["edu.school"].search_count([]), schools, "nothing written")
        self.assertFalse(
            self.env["edu.api.log"].search([("client_id", "=", self.client_registry.id)])
        )

    def test_chatter_names_the_integration(self):
        self._sync(
            {
                "national_code": "2100000002",
                "name": "School A2",
                "region_code": "T101",
                "stage": "junior",
                "student_count": 2700,
            }
        )
        message = self.school_a2.with_context(tracking_disable=False).message_ids[:1]
        self.assertEqual(message.author_id, self.user_api_registry.partner_id)

    def test_inspector_key_posts_only_his_own_visits(self):
        visit = {
            "school_national_code": "2100000001",
            "date": "2026-03-10",
            "items": [{"item": "safety", "rating": "problem", "note": "消防通道堵塞"}],
            "findings": [
                {"title": "消防通道堵塞", "severity": "serious", "deadline": "2026-04-10"}
            ],
            "opinion": "整改消防通道",
            "submit": True,
        }
        response = self.api("POST", "/visits", self.key_mobile, json=visit)
        self.assertEqual(response.status_code, 201, response.text)
        body = response.json()
        record = self.env["edu.visit"].browse(body["id"])
        self.assertEqual(
            (record.employee_id, record.school_id), (self.employee_insp, self.school_a1)
        )
        self.assertEqual(record.state, "submitted")
        self.assertEqual(len(record.item_ids), 8)
        self.assertEqual(record.problem_ids.name, "消防通道堵塞")
        self.assertEqual(
            body["items"][5], {"item": "safety", "rating": "problem", "note": "消防通道堵塞"}
        )
        log = self.env["edu.api.log"].search([("client_id", "=", self.client_mobile.id)])
        self.assertEqual(log.visit_ids, record)
        # another inspector's visit: refused, nothing written
        visits = self.env["edu.visit"].search_count([])
        other = dict(visit, inspector_id=self.employee_insp2.id)
        self.assertError(self.api("POST", "/visits", self.key_mobile, json=other), 403, "forbidden")
        self.assertError(
            self.api("POST", "/visits", self.key_registry, json=visit), 403, "forbidden"
        )
        # a problem rating without finding cannot be submitted: nothing written either
        self.assertError(
            self.api("POST", "/visits", self.key_mobile, json=dict(visit, findings=[])),
            422,
            "rejected",
        )
        self.assertEqual(self.env["edu.visit"].search_count([]), visits)
        self.assertError(
            self.api(
                "POST",
                "/visits",
                self.key_mobile,
                json=dict(visit, school_national_code="2999999999"),
            ),
            404,
            "not_found",
            "school_national_code",
        )

    def test_idempotent_visit(self):
        visit = {"school_id": self.school_a2.id, "date": "2026-03-11"}
        headers = {"Idempotency-Key": "visit-2026-03-11-a2"}
        first = self.api("POST", "/visits", self.key_mobile, json=visit, headers=headers)
        again = self.api("POST", "/visits", self.key_mobile, json=visit, headers=headers)
        self.assertEqual((first.status_code, again.status_code), (201, 201))
        self.assertEqual(first.json(), again.json())
        self.assertEqual(again.headers.get("Idempotent-Replayed"), "true")
        self.assertEqual(
            self.env["edu.visit"].search_count([("school_id", "=", self.school_a2.id)]), 1
        )
        other = dict(visit, date="2026-03-12")
        response = self.api("POST", "/visits", self.key_mobile, json=other, headers=headers)
        self.assertError(response, 422, "idempotency_key_reused", "Idempotency-Key")

    def test_request_size_limit(self):
        self.company.edu_api_max_request_kb = 1
        rows = [self._row(f"21{i:08d}") for i in range(20)]
        self.assertError(self._sync(*rows), 413, "payload_too_large")
        self.assertEqual(self._sync(self._row()).status_code, 200)
