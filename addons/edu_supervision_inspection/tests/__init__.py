from . import test_inspection_flow
