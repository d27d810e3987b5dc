from . import test_certificate
from . import test_appointment
from . import test_assignment
from . import test_zone
from . import test_staffing
from . import test_assessment
from . import test_access
from . import test_reports
