from . import edu_visit_semester_wizard
