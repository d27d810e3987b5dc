"""Helpers shared by the portal addon's models and controllers."""

from odoo.addons.edu_supervision.tools import (  # noqa: F401 (the platform's transitions)
    OFFICE_GROUP,
    as_transition,
    in_transition,
)

#: Allowed upload types: extension -> MIME types the content may have (sniffed by
#: ``odoo.tools.mimetypes.guess_mimetype``, never taken from the browser).
UPLOAD_MIMETYPES = {
    "pdf": ("application/pdf",),
    "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",),
    "png": ("image/png",),
    "doc": ("application/msword", "application/x-ole-storage", "application/CDFV2"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/zip",
    ),
    "xls": ("application/vnd.ms-excel", "application/x-ole-storage", "application/CDFV2"),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/zip",
    ),
}
DEFAULT_UPLOAD_EXTENSIONS = "pdf,jpg,jpeg,png,doc,docx,xls,xlsx"
DEFAULT_UPLOAD_MAX_MB = 20

#: States of an inspection in which its unit sees it: an announced inspection from
#: its scheduling, an unannounced one (暗访) only once the on-site phase is over.
ANNOUNCED_VISIBLE_STATES = (
    "scheduled",
    "in_progress",
    "reporting",
    "approved",
    "published",
    "closed",
)
UNANNOUNCED_VISIBLE_STATES = ("reporting", "approved", "published", "closed")
#: The problems of an inspection reach its unit once the report is approved.
REPORT_FINAL_STATES = ("approved", "published", "closed")

PORTAL_GROUP = "base.group_portal"


def portal_today(env):
    """Today in the supervision office's time zone: the platform's one clock.

    Every date the portal computes (deadlines in 7 days, overdue, acknowledgement
    dates) comes from here; it reads the core's clock.
    """
    return env.company._edu_today()


def portal_unit(env):
    """The inspected unit (``res.partner``) the current user acts for on the portal:
    empty for internal users and for portal users bound to no unit."""
    user = env.user
    if not user._is_portal():
        return env["res.partner"]
    return user.partner_id.edu_unit_partner_id


def is_portal_user(env):
    return not env.su and env.user._is_portal()


def notify_units(records, template_xmlid):
    """Send ``template_xmlid`` (a template of ``records``' model) about each record to
    the portal contacts of its unit (``partner_id``); queued, rendered in their language.

    Units without portal contacts are skipped: the office informs them as before.
    """
    template = records.env.ref(template_xmlid, raise_if_not_found=False)
    if not records or not template:
        return
    recipients = records.partner_id._edu_portal_recipients()
    for record in records:
        partners = recipients.get(record.partner_id.id)
        if partners:
            template.send_mail(
                record.id,
                email_values={"recipient_ids": [(6, 0, partners.ids)]},
                email_layout_xmlid="mail.mail_notification_light",
            )
