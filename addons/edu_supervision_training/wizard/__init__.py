from . import edu_training_import_wizard
from . import edu_training_import_line
