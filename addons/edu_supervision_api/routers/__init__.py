from .router import edu_api_router
