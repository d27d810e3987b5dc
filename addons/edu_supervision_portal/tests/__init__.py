from . import test_access_matrix
from . import test_binding
from . import test_inbox
from . import test_notifications
from . import test_portal_http
from . import test_self_assessment
from . import test_submissions
