from . import edu_visit_xlsx
from . import edu_visit_semester_report
