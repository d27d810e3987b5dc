from . import res_company
from . import res_config_settings
from . import edu_training_course
from . import edu_training_record
from . import hr_employee
from . import edu_inspector_assessment
from . import edu_inspector_certificate
