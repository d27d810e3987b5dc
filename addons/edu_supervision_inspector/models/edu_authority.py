from odoo.exceptions import AccessError

EDU_INSPECTOR_HR = "edu_supervision.group_edu_inspector_hr"
EDU_OFFICE = "edu_supervision.group_edu_office"
EDU_MANAGER = "edu_supervision.group_edu_manager"
#: who may read the inspector records kept on ``hr.employee`` (not on its public profile)
EDU_INSPECTOR_RECORD_GROUPS = f"{EDU_OFFICE},{EDU_INSPECTOR_HR}"


def edu_check_groups(env, group_xmlids, message):
    """Authority check of a transition method: raise ``AccessError(message)``
    unless the user holds one of ``group_xmlids``.

    The superuser (data files, scheduled actions, code running with ``sudo()``)
    is not a person acting through the interface and always may.
    """
    if env.su or any(env.user.has_group(xmlid) for xmlid in group_xmlids):
        return
    raise AccessError(message)
