from . import edu_staffing_report_xlsx
