from . import edu_portal_submission
