from . import test_problem
from . import test_access
from . import test_access_matrix
