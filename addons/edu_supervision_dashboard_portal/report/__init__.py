from . import edu_dashboard_score
