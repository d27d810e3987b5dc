from . import edu_school_reassign_wizard
