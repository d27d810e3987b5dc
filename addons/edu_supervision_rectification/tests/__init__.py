from . import test_problem_lifecycle
from . import test_rectification_report
from . import test_supervision_order
from . import test_escalation
from . import test_lookback
from . import test_accountability_action
from . import test_publication
from . import test_xlsx_export
