from datetime import date, timedelta

from odoo.tests import tagged

from .common import EduApiHttpCase

YEAR = 2026
BATCH = 1000


@tagged("post_install", "-at_install")
class TestTrainingPush(EduApiHttpCase):
    """A training platform pushes 10,000 rows of online hours in batches of 1,000:
    all or nothing per batch, a retried batch adds nothing, a bad row names its index;
    the rows are validated as the file import validates them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Employee = cls.env["hr.employee"]
        cls.pool = Employee.create(
            [
                {
                    "name": f"在线督学{number:03d}",
                    "edu_is_inspector": True,
                    "edu_inspector_type": "part_time",
                    "edu_region_id": cls.region_a.id if number % 2 else cls.region_b.id,
                }
                for number in range(100)
            ]
        )

    def _rows(self, start, count=BATCH):
        """Rows ``start`` to ``start + count`` of the 10,000: every inspector of the pool,
        one course per row."""
        rows = []
        for number in range(start, start + count):
            rows.append(
                {
                    "inspector": self.pool[number % len(self.pool)].name,
                    "date": str(date(YEAR, 1, 1) + timedelta(days=number % 360)),
                    "course": f"网络课程 {number:05d}",
                    "hours": 1.5,
                }
            )
        return rows

    def _push(self, rows, idempotency_key, year=YEAR):
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        return self.api(
            "POST",
            "/training-hours",
            self.key_training,
            json={"year": year, "rows": rows},
            headers=headers,
        )

    def _count(self):
        return self.env["edu.training.record"].search_count(
            [("source", "=", "api"), ("employee_id", "in", self.pool.ids)]
        )

    def test_push_10000_rows_in_batches(self):
        for batch in range(10):
            response = self._push(self._rows(batch * BATCH), f"batch-{batch}")
            self.assertEqual(response.status_code, 201, response.text[:500])
            self.assertEqual(response.json()["created"], BATCH)
        self.assertEqual(self._count(), 10_000)
        records = self.env["edu.training.record"].search(
            [("source", "=", "api"), ("employee_id", "in", self.pool.ids)]
        )
        self.assertEqual(set(records.mapped("mode")), {"online"})
        self.assertEqual(sum(records.mapped("hours")), 15_000)
        # a retried batch (same idempotency key, same rows) adds nothing
        again = self._push(self._rows(3 * BATCH), "batch-3")
        self.assertEqual(again.status_code, 201)
        self.assertEqual(again.headers.get("Idempotent-Replayed"), "true")
        self.assertEqual(self._count(), 10_000)
        # the same rows under a new key are duplicates of registered records: refused
        detail = self.assertError(self._push(self._rows(0, 10), "other"), 422, "invalid_rows")
        self.assertEqual(len(detail["errors"]), 10)
        logs = self.env["edu.api.log"].search([("client_id", "=", self.client_training.id)])
        self.assertEqual(len(logs), 10)
        self.assertEqual(sum(logs.mapped("record_count")), 10_000)
        self.assertEqual(logs.key_id, self.client_training.key_ids)

    def test_bad_row_names_its_index_and_nothing_is_recorded(self):
        rows = self._rows(0, BATCH)
        rows[417]["inspector"] = "不存在的督学"
        rows[802]["date"] = "2025-12-31"
        detail = self.assertError(self._push(rows, "bad"), 422, "invalid_rows", "rows[417]")
        self.assertEqual([error["index"] for error in detail["errors"]], [417, 802])
        self.assertEqual(detail["errors"][0]["field"], "rows[417]")
        self.assertIn("不存在的督学", detail["errors"][0]["message"])
        if self.zh_cn:
            self.assertIn("未知督学", detail["errors"][0]["message"])
        self.assertEqual(self._count(), 0, "all or nothing")
        logs = self.env["edu.api.log"].search([("client_id", "=", self.client_training.id)])
        self.assertFalse(logs, "a refused batch is not logged")
        # the same key with the corrected rows is a new request: accepted
        rows[417]["inspector"] = self.pool[17].name
        rows[802]["date"] = "2026-12-31"
        self.assertEqual(self._push(rows, "bad").status_code, 201)
        self.assertEqual(self._count(), BATCH)

    def test_duplicates_within_a_batch_and_schema_errors(self):
        rows = self._rows(0, 3)
        rows[2] = dict(rows[0])
        detail = self.assertError(self._push(rows, "dup"), 422, "invalid_rows", "rows[2]")
        self.assertEqual([error["index"] for error in detail["errors"]], [2])
        rows = self._rows(0, 3)
        rows[1]["hours"] = 0
        rows[2]["date"] = "15/03/2026"
        detail = self.assertError(self._push(rows, "schema"), 422, "validation_error")
        self.assertEqual(
            [(error["index"], error["field"]) for error in detail["errors"]],
            [(1, "rows[1].hours"), (2, "rows[2].date")],
        )
        self.assertError(
            self._push(self._rows(0, BATCH + 1), "big"), 422, "validation_error", "rows"
        )
        self.assertError(
            self._push(self._rows(0, 1), None), 422, "validation_error", "Idempotency-Key"
        )
        self.assertEqual(self._count(), 0)

    def test_region_of_the_key(self):
        """A training platform of district A records hours of its inspectors only."""
        self.user_api_training.edu_region_id = self.region_a
        rows = self._rows(0, 2)  # inspector 000 (district B) and 001 (district A)
        detail = self.assertError(self._push(rows, "region"), 422, "invalid_rows", "rows[0]")
        self.assertEqual([error["index"] for error in detail["errors"]], [0])
        self.assertEqual(self._push(rows[1:], "region-a").status_code, 201)
