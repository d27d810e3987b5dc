from . import test_visit
from . import test_frequency
from . import test_reminder
from . import test_access
from . import test_complaint
from . import test_assessment
from . import test_report
from . import test_demo
