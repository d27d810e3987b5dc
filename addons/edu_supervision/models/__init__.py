from . import res_company
from . import res_config_settings
from . import edu_region
from . import edu_school
from . import edu_committee
from . import edu_committee_member
from . import res_users
from . import mail_thread
