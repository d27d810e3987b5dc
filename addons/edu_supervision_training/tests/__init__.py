from . import test_compliance
from . import test_course
from . import test_certificate
from . import test_import
from . import test_reminder
from . import test_access
from . import test_report
from . import test_views
