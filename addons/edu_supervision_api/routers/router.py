"""The API v1: read and write routes, and a JSON 404 for any other path."""

from fastapi import APIRouter, Request

from . import read, write
from .common import EduApiRoute, error, request_env

edu_api_router = APIRouter()
edu_api_router.include_router(read.router)
edu_api_router.include_router(write.router)

_fallback = APIRouter(route_class=EduApiRoute)


@_fallback.api_route(
    "/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False
)
def not_found(request: Request, path: str):
    env = request_env(request.headers)
    raise error(404, "not_found", env._("No such endpoint: %s", request.url.path))


edu_api_router.include_router(_fallback)
