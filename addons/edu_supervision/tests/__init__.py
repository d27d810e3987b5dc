from . import test_access
from . import test_region_school
from . import test_settings
from . import test_access_matrix
from . import test_mail_author
from . import test_home_action
from . import test_background_job
