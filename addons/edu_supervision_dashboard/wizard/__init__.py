from . import edu_annual_report_wizard
