from . import edu_problem_category
from . import edu_problem
