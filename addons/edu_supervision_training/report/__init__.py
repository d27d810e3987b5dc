from . import edu_training_compliance
from . import edu_training_compliance_xlsx
