from . import (
    test_access_matrix,
    test_annual_report,
    test_dashboard_figures,
    test_dashboards,
)
from . import test_annual_report_job
