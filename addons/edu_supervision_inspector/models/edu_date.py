from odoo import fields

EDU_DEFAULT_TZ = "Asia/Shanghai"


def edu_today(env):
    """Today's date in the user's time zone (Asia/Shanghai when unset)."""
    tz = env.context.get("tz") or env.user.tz or EDU_DEFAULT_TZ
    return fields.Date.context_today(env.user.with_context(tz=tz))
