from . import edu_api_key_wizard
