from . import test_self_gap
