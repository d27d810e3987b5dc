"""A background job run as on a live server: every step in a transaction of its own,
committed, as queue_job's runner and an HTTP worker run it.

Odoo's tests run a job inside the test's transaction (``trap_jobs``), where the job
record, its progress and its result share one transaction. On a server the request
commits the job record, the runner's worker runs the job in a new transaction and the
progress is written beside it: this test plays those commits, on the demo database
pytest-odoo was given (scripts/test), and removes what it made.
"""

import pytest

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry

THRESHOLD = "edu_supervision.job_threshold.problem_export"


@pytest.fixture
def registry():
    db = odoo.tools.config["db_name"]
    if not db:
        pytest.skip("needs pytest-odoo's --odoo-database")
    return Registry(db)


def _env(cr):
    return api.Environment(cr, SUPERUSER_ID, {})


def test_export_job_ends_done_with_its_file_and_message(registry):
    from odoo.addons.queue_job.controllers.main import RunJobController
    from odoo.addons.queue_job.job import Job

    # the request: the city office exports the problem library over a threshold of 1
    with registry.cursor() as cr:
        env = _env(cr)
        office = env["res.users"].search([("login", "=", "office")])
        if not office:
            pytest.skip("needs the demo data of edu_supervision_wuhai")
        env["ir.config_parameter"].set_param(THRESHOLD, "1")
        wizard = env["edu.problem.export.wizard"].with_user(office).create({})
        action = wizard.action_export()
        assert action["params"]["type"] == "info", action
        job = env["edu.job"].search([("user_id", "=", office.id)], limit=1)
        job_id, uuid, office_partner = job.id, job.queue_job_uuid, office.partner_id.id
        queued = Job.load(env, uuid)
        queued.set_enqueued()  # what the runner does before it calls /queue_job/runjob
        queued.store()
    try:
        # the runner's HTTP worker: take the job, perform it, commit
        with registry.cursor() as cr:
            env = _env(cr)
            RunJobController._runjob(env, RunJobController._acquire_job(env, uuid))
        with registry.cursor() as cr:
            env = _env(cr)
            job = env["edu.job"].browse(job_id)
            assert (job.state, job.progress) == ("done", 100.0), job.error or job.result
            assert job.attachment_id.name.endswith(".xlsx")
            assert job.attachment_id.file_size > 0
            assert env["queue.job"].search([("uuid", "=", uuid)]).state == "done"
            message = env["mail.message"].search(
                [("model", "=", "edu.job"), ("res_id", "=", job_id)], limit=1
            )
            assert office_partner in message.partner_ids.ids
            assert job.attachment_id in message.attachment_ids
    finally:
        with registry.cursor() as cr:
            env = _env(cr)
            job = env["edu.job"].browse(job_id).exists()
            messages = [("model", "=", "edu.job"), ("res_id", "=", job_id)]
            env["mail.message"].search(messages).unlink()
            job.attachment_id.unlink()
            job.unlink()
            env["queue.job"].search([("uuid", "=", uuid)]).unlink()
            env["ir.config_parameter"].search([("key", "=", THRESHOLD)]).unlink()
