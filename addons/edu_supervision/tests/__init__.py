from . import test_access
from . import test_region_school
from . import test_settings
from . import test_tours
