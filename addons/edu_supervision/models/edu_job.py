"""Background jobs started by users: OCA ``queue_job`` runs them, ``edu.job`` shows them.

A feature hands long work (over a size threshold) to :meth:`EduJob._edu_start`
instead of doing it inside the HTTP request: the request returns at once with a
notification; a queue job on the channel ``root.edu`` runs the feature's method
``_edu_job_*`` as the user who started it, updates the progress of the ``edu.job``
record in batches and ends with a notification (a message with the file attached
and a pop-up) to that user only. Short work stays synchronous.

The job records are the platform's bookkeeping: users read their own (managers
every one); only the job machinery writes them (as transitions).
"""

import logging

from odoo import api, fields, models, tools
from odoo.exceptions import UserError
from odoo.sql_db import TestCursor

from ..tools import as_transition, check_transition_fields

_logger = logging.getLogger(__name__)

#: Method name prefix of the features' job methods (``records._edu_job_x(job, ...)``).
JOB_METHOD_PREFIX = "_edu_job_"
#: System parameter holding the threshold of a kind of work (``%s``: its key).
THRESHOLD_PARAM = "edu_supervision.job_threshold.%s"
#: Every field is written by the job machinery only.
TRANSITION_FIELDS = (
    "name",
    "user_id",
    "company_id",
    "state",
    "progress",
    "size",
    "result",
    "error",
    "attachment_id",
    "queue_job_uuid",
    "date_started",
    "date_done",
)


class EduJob(models.Model):
    _name = "edu.job"
    _description = "Background Job"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, readonly=True)
    user_id = fields.Many2one(
        "res.users",
        string="Started By",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self.env.user,
    )
    company_id = fields.Many2one(
        "res.company", required=True, readonly=True, default=lambda self: self.env.company
    )
    state = fields.Selection(
        [("queued", "Queued"), ("running", "Running"), ("done", "Done"), ("failed", "Failed")],
        string="Status",
        default="queued",
        required=True,
        readonly=True,
        index=True,
    )
    progress = fields.Float(readonly=True, aggregator=False, help="Percentage of the work done.")
    size = fields.Integer(
        readonly=True, aggregator=False, help="Number of records or rows the job works on."
    )
    result = fields.Text(readonly=True)
    error = fields.Text(readonly=True)
    attachment_id = fields.Many2one("ir.attachment", string="Result File", readonly=True)
    file = fields.Binary(related="attachment_id.datas", string="File")
    filename = fields.Char(related="attachment_id.name", string="File Name")
    queue_job_uuid = fields.Char(string="Queue Job", readonly=True, index=True, copy=False)
    date_started = fields.Datetime(string="Started", readonly=True)
    date_done = fields.Datetime(string="Finished", readonly=True)

    @api.model_create_multi
    def create(self, vals_list):
        check_transition_fields(self, vals_list, TRANSITION_FIELDS, create=True)
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], TRANSITION_FIELDS)
        return super().write(vals)

    # ------------------------------------------------------------------
    # Starting a job (called by the features' buttons)
    # ------------------------------------------------------------------
    @api.model
    def _edu_in_background(self, key, size, default):
        """Whether work on ``size`` items of kind ``key`` runs as a job: from the
        threshold in the system parameter ``edu_supervision.job_threshold.<key>``
        (``default`` when unset; 0 keeps the work synchronous)."""
        value = self.env["ir.config_parameter"].sudo().get_param(THRESHOLD_PARAM % key)
        try:
            threshold = int(value) if value not in (None, False, "") else default
        except ValueError:
            _logger.warning("Ignoring the invalid job threshold %r of %s.", value, key)
            threshold = default
        return threshold > 0 and size >= threshold

    @api.model
    def _edu_start(self, name, records, method, *args, size=0, **kwargs):
        """Run ``records.<method>(job, *args, **kwargs)`` as a queue job of the
        current user and return the client action telling him so.

        ``method`` is a ``_edu_job_*`` method of ``records``' model; it returns the
        result message, or ``(message, filename, content)`` to attach a file, and
        may report progress with ``job._edu_progress(done, total)``.
        """
        if not method.startswith(JOB_METHOD_PREFIX) or not callable(getattr(records, method, None)):
            raise ValueError(f"{records._name}.{method} is not a job method")
        job = as_transition(self).create({"name": name, "user_id": self.env.uid, "size": size})
        delayed = job.with_delay(description=name)._edu_perform(records, method, args, kwargs)
        job.write({"queue_job_uuid": delayed.uuid})
        return job.with_env(self.env)._edu_started_action()

    def _edu_started_action(self):
        self.ensure_one()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Running in the background"),
                "message": self.env._(
                    "%(name)s is running in the background. You will get a notification "
                    "with the result; its progress is under Background Jobs.",
                    name=self.name,
                ),
                "type": "info",
                "sticky": False,
            },
        }

    # ------------------------------------------------------------------
    # Running (inside the queue job)
    # ------------------------------------------------------------------
    def _edu_perform(self, records, method, args, kwargs):
        """The queue job: run the feature's method, then store and send the result.

        A failure rolls the job's work back; queue_job retries the concurrency errors
        (serialization failures, lock timeouts) and calls :meth:`_edu_on_fail` when
        the job fails for good.
        """
        self.ensure_one()
        if not method.startswith(JOB_METHOD_PREFIX):
            raise UserError(self.env._("This background job cannot run: unknown work."))
        job = self.with_context(edu_job_beside=self._edu_committed())
        job._edu_side_write(
            {"state": "running", "progress": 0.0, "date_started": fields.Datetime.now()}
        )
        outcome = getattr(records, method)(job, *args, **kwargs)
        message, filename, content = (
            outcome if isinstance(outcome, tuple) else (outcome, None, None)
        )
        job._edu_done(message, filename, content)
        return message

    def _edu_committed(self):
        """Whether a transaction beside this one can write the job record: not when
        this transaction created it (a job performed where it was started, as in
        tests), nor when the registry's cursors are this very transaction (Odoo's
        HTTP test mode)."""
        with self.env.registry.cursor() as cr:
            if isinstance(cr, TestCursor):
                return False
            return bool(self.with_env(self.env(cr=cr)).exists())

    def _edu_progress(self, done, total):
        """Report ``done`` of ``total`` items (a feature calls it once per batch).

        Written in a short transaction of its own so that the user sees it while
        the job's transaction is still running.
        """
        self.ensure_one()
        percent = round(100.0 * done / total, 1) if total else 0.0
        percent = min(max(percent, 0.0), 99.9)
        if percent != self.progress:
            self._edu_side_write({"progress": percent})

    def _edu_side_write(self, vals):
        """Write ``vals`` on the job record in a separate transaction (committed when
        the block ends), so that the user sees them while the job's transaction is
        still running; the job's own transaction never writes the record (see
        :meth:`_edu_done`). Without ``edu_job_beside`` in the context (the job record
        is not committed yet), in the current transaction."""
        if not self.env.context.get("edu_job_beside"):
            as_transition(self).write(vals)
            return
        with self.env.registry.cursor() as cr:
            as_transition(self.with_env(self.env(cr=cr))).write(vals)
        self.invalidate_recordset(list(vals))

    def _edu_done(self, message, filename=None, content=None):
        self.ensure_one()
        vals = {
            "state": "done",
            "progress": 100.0,
            "result": message,
            "date_done": fields.Datetime.now(),
        }
        attachment = self.env["ir.attachment"]
        if content is not None:
            attachment = attachment.create(
                {
                    "name": filename,
                    "raw": content,
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
            vals["attachment_id"] = attachment.id
        if not self.env.context.get("edu_job_beside"):
            as_transition(self).write(vals)
            self._edu_notify(message, attachment, "success")
            return
        # The job's transaction cannot write the record: the side writes changed it
        # after that transaction began, and under Odoo's repeatable-read isolation
        # PostgreSQL refuses the update ("could not serialize access due to concurrent
        # update") on every retry. The result is stored once the work is committed.
        registry, uid, context = self.env.registry, self.env.uid, self.env.context
        job_id, attachment_ids = self.id, attachment.ids

        @self.env.cr.postcommit.add
        def finish():
            with registry.cursor() as cr:
                env = api.Environment(cr, uid, context)
                job = env[self._name].browse(job_id)
                as_transition(job).write(vals)
                job._edu_notify(message, env["ir.attachment"].browse(attachment_ids), "success")

    def _edu_on_fail(self, exc_info=None, exc_name=None, exc_message=None):
        """queue_job's failure hook (in a fresh transaction, the job's work undone)."""
        error = str(exc_message or exc_name or "")
        as_transition(self).write(
            {"state": "failed", "error": error, "date_done": fields.Datetime.now()}
        )
        for job in self:
            job._edu_notify(
                job.env._("%(name)s failed: %(error)s", name=job.name, error=error),
                job.env["ir.attachment"],
                "danger",
            )

    def _edu_notify(self, message, attachment, kind):
        """Tell the user who started the job: a message in his inbox (with the file)
        and a pop-up in his open web clients."""
        self.ensure_one()
        body = message if kind == "danger" else f"{self.name}: {message}"
        self.with_context(mail_notify_author=True).message_post(
            body=tools.plaintext2html(body),
            partner_ids=self.user_id.partner_id.ids,
            attachment_ids=attachment.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.user_id._bus_send(
            "simple_notification",
            {
                "title": self.env._("Background job finished")
                if kind == "success"
                else self.env._("Background job failed"),
                "message": body,
                "type": kind,
                "sticky": kind == "danger",
            },
        )
