from . import test_allowance_sheet
from . import test_access_matrix
