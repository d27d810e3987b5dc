from . import test_access_matrix
from . import test_api_read
from . import test_api_write
from . import test_training_push
from . import test_openapi
from . import test_keys
