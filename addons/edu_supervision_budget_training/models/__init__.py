from . import edu_allowance_sheet
from . import edu_training_course
