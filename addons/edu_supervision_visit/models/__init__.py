from . import res_company
from . import res_config_settings
from . import edu_visit
from . import edu_visit_item
from . import edu_complaint
from . import edu_problem
from . import edu_school
from . import edu_inspector_assessment
