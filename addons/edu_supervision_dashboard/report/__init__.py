from . import (
    edu_dashboard_staffing,
    edu_dashboard_training,
    edu_dashboard_score,
    edu_dashboard_district_score,
    edu_dashboard_problem,
    edu_annual_report_xlsx,
)
