"""Refuse request bodies larger than the company's limit (HTTP 413) before reading them."""

from odoo.addons.fastapi.context import odoo_env_ctx

from .common import error, request_env


class _TooLarge(Exception):
    pass


class BodySizeLimitMiddleware:
    """ASGI middleware: a declared ``Content-Length`` over the limit is refused at once;
    a body sent without one (chunked) is counted while it is read."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value for key, value in scope["headers"]}
        limit = odoo_env_ctx.get().company.edu_api_max_request_kb * 1024
        length = headers.get("content-length", b"")
        if length.isdigit() and int(length) > limit:
            raise self._error(headers, limit)
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise self._error(headers, limit)
            return message

        await self.app(scope, limited_receive, send)

    def _error(self, headers, limit):
        env = request_env({"accept-language": headers.get("accept-language", b"").decode()})
        return error(
            413,
            "payload_too_large",
            env._("The request body exceeds %s KB.", limit // 1024),
        )
