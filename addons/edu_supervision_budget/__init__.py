from . import models
from . import report


def post_init_hook(env):
    # The execution report reads the analytic column of the "Supervision
    # funding" plan, which only exists once the data of this addon is loaded.
    env["edu.budget.execution.report"].init()
