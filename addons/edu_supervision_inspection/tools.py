from datetime import datetime

import pytz

SHANGHAI_TZ = "Asia/Shanghai"


def shanghai_today():
    """Return today's date in the platform's time zone (Asia/Shanghai)."""
    return datetime.now(pytz.timezone(SHANGHAI_TZ)).date()
