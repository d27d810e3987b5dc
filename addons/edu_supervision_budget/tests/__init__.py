from . import test_budget_figures
from . import test_budget_control
from . import test_budget_adjustment
from . import test_allowance_sheet
from . import test_service_contract
from . import test_access
from . import test_reports
from . import test_demo
