from . import edu_problem_xlsx
from . import edu_rectification_progress_xlsx
