from odoo import Command, models
from odoo.exceptions import AccessError, UserError

from ..tools import as_transition, in_transition, is_portal_user


class EduPortalMixin(models.AbstractModel):
    """What the records a unit submits on the portal share: the fields its portal users
    may write, their evidence files, and immutability once accepted."""

    _name = "edu.portal.mixin"
    _description = "Portal Submission Helpers"

    #: Fields a portal user of the unit may write (the rest only through transitions).
    _edu_portal_fields = frozenset()
    #: Fields that hold the unit's evidence files (``ir.attachment`` many2many).
    _edu_portal_attachment_fields = frozenset()

    def _edu_portal_check_vals(self, vals_list):
        """A portal user writes only the fields of its submission."""
        if not is_portal_user(self.env) or in_transition(self.env):
            return
        for vals in vals_list:
            locked = set(vals) - self._edu_portal_fields
            if locked:
                raise AccessError(
                    self.env._(
                        "You cannot change these fields on the portal: %s",
                        ", ".join(
                            self._fields[name]._description_string(self.env)
                            for name in sorted(locked)
                            if name in self._fields
                        )
                        or ", ".join(sorted(locked)),
                    )
                )

    def _edu_is_accepted(self):
        """Whether this submission was accepted (immutable from then on)."""
        self.ensure_one()
        return self.state == "accepted"

    def _edu_check_not_accepted(self, action_label=None):
        if self.env.su:
            return
        accepted = self.filtered(lambda record: record._edu_is_accepted())
        if accepted:
            raise UserError(
                self.env._(
                    "%s has been accepted: what the unit submitted can no longer change.",
                    accepted[0].display_name,
                )
            )

    # ------------------------------------------------------------------
    # Evidence files
    # ------------------------------------------------------------------
    def _edu_portal_attachments(self, field_name):
        """The files of ``field_name`` on this record, for showing them on the portal.

        Portal users have no access to ``ir.attachment`` itself (Odoo requires an
        internal user): the caller has read the record as the user, the files are the
        record's own.
        """
        self.ensure_one()
        self.check_access("read")
        return self.sudo()[field_name]

    def _edu_portal_attach(self, field_name, filename, data):
        """Store an uploaded file (checked for size and type) on this record's
        ``field_name``. The user must be allowed to change the record."""
        self.ensure_one()
        if field_name not in self._edu_portal_attachment_fields:
            raise AccessError(self.env._("Files cannot be added there."))
        self._edu_check_not_accepted()
        self.check_access("write")
        company = self.company_id if "company_id" in self._fields else self.env.company
        vals = (company or self.env.company)._edu_portal_attachment_vals(filename, data, self)
        # Portal users may not create attachments themselves (Odoo requires an internal
        # user); the upload is checked above and belongs to the record.
        attachment = self.env["ir.attachment"].sudo().create(vals)
        as_transition(self).write({field_name: [Command.link(attachment.id)]})
        return attachment

    def _edu_portal_detach(self, field_name, attachment_id):
        """Remove a file the unit uploaded to this record while it may still change it."""
        self.ensure_one()
        if field_name not in self._edu_portal_attachment_fields:
            raise AccessError(self.env._("Files cannot be removed there."))
        self._edu_check_not_accepted()
        self.check_access("write")
        attachment = self.sudo()[field_name].filtered(lambda a: a.id == attachment_id)
        if not attachment:
            raise UserError(self.env._("This file is not part of the submission."))
        as_transition(self).write({field_name: [Command.unlink(attachment.id)]})
        if attachment.res_model == self._name and attachment.res_id == self.id:
            attachment.unlink()
