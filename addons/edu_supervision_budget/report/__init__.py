from . import edu_budget_execution_report
from . import edu_budget_execution_xlsx
