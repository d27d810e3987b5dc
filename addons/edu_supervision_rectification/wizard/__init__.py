from . import edu_problem_close_wizard
from . import edu_problem_reopen_wizard
from . import edu_problem_export_wizard
