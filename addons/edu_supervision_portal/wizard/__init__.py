from . import edu_portal_invite_wizard
from . import edu_portal_invite_wizard_line
from . import edu_portal_return_wizard
from . import edu_problem_close_wizard
