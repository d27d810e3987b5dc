from . import test_demo_budget
from . import test_demo_rectification
from . import test_demo_staffing
from . import test_demo_users
from . import test_demo_visit
from . import test_hooks
from . import test_portal_tours
from . import test_tours
