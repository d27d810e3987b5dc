import base64
import os

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.mimetypes import guess_mimetype

from ..tools import DEFAULT_UPLOAD_EXTENSIONS, DEFAULT_UPLOAD_MAX_MB, UPLOAD_MIMETYPES


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_portal_upload_max_mb = fields.Integer(
        string="Largest Portal Upload (MB)",
        default=DEFAULT_UPLOAD_MAX_MB,
        help="Largest file an inspected unit may upload on the portal.",
    )
    edu_portal_upload_extensions = fields.Char(
        string="Portal Upload Types",
        default=DEFAULT_UPLOAD_EXTENSIONS,
        help="File types the inspected units may upload, by extension, separated by commas "
        "(among pdf, jpg, jpeg, png, doc, docx, xls, xlsx). The content of each file is "
        "checked against its extension.",
    )

    @api.constrains("edu_portal_upload_max_mb", "edu_portal_upload_extensions")
    def _check_edu_portal_upload_settings(self):
        for company in self:
            if company.edu_portal_upload_max_mb <= 0:
                raise ValidationError(
                    self.env._("The largest portal upload must be greater than zero.")
                )
            unknown = set(company._edu_portal_upload_extensions()) - set(UPLOAD_MIMETYPES)
            if unknown or not company._edu_portal_upload_extensions():
                raise ValidationError(
                    self.env._(
                        "Portal uploads can be of these types only: %s.",
                        ", ".join(UPLOAD_MIMETYPES),
                    )
                )

    def _edu_portal_upload_extensions(self):
        self.ensure_one()
        return [
            ext.strip().lower().lstrip(".")
            for ext in (self.edu_portal_upload_extensions or "").split(",")
            if ext.strip()
        ]

    def _edu_check_portal_upload(self, filename, data):
        """Refuse a file the portal must not store: too large, of a type not allowed, or
        whose content does not match its extension. ``data`` is the raw content."""
        self.ensure_one()
        limit = self.edu_portal_upload_max_mb * 1024 * 1024
        if not data:
            raise UserError(self.env._("File “%s” is empty.", filename))
        if len(data) > limit:
            raise UserError(
                self.env._(
                    "File “%(name)s” is larger than %(limit)s MB.",
                    name=filename,
                    limit=self.edu_portal_upload_max_mb,
                )
            )
        extension = os.path.splitext(filename or "")[1].lower().lstrip(".")
        allowed = self._edu_portal_upload_extensions()
        if extension not in allowed:
            raise UserError(
                self.env._(
                    "File “%(name)s” is not of an accepted type (%(types)s).",
                    name=filename,
                    types=", ".join(allowed),
                )
            )
        if guess_mimetype(data, default="") not in UPLOAD_MIMETYPES[extension]:
            raise UserError(
                self.env._("The content of file “%s” does not match its type.", filename)
            )

    def _edu_portal_attachment_vals(self, filename, data, record):
        """Values of the attachment storing an accepted upload on ``record``."""
        self._edu_check_portal_upload(filename, data)
        return {
            "name": os.path.basename(filename),
            "datas": base64.b64encode(data),
            "res_model": record._name,
            "res_id": record.id,
            "company_id": self.id,
        }
