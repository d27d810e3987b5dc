"""What every route of the API shares: the caller, errors as JSON, cursor pagination."""

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Annotated

import psycopg2
from fastapi import Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from odoo.api import Environment
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.tools import SQL

from odoo.addons.fastapi.context import odoo_env_ctx
from odoo.addons.fastapi.dependencies import odoo_env

from ..exceptions import EduApiError
from .schemas import ErrorResponse

DEFAULT_LANG = "zh_CN"
LOCATIONS = ("body", "query", "path", "header")
PAGE_SIZE = 100
MAX_PAGE_SIZE = 500

#: the errors every route may answer (documented with their JSON body)
ERROR_RESPONSES = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (401, "Missing, unknown, expired or revoked key"),
        (403, "The key's integration may not read or write these records"),
        (404, "No such record (or not visible to the key)"),
        (413, "Request body too large"),
        (422, "Invalid request; each error names its field (and row)"),
        (429, "Rate limit of the key exceeded: retry after `Retry-After` seconds"),
    )
}

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="The key of an integration: `Authorization: Bearer <key>`.",
)


# ----------------------------------------------------------------------
# Language and errors
# ----------------------------------------------------------------------
def api_lang(env, headers):
    """The language of the answer: the Accept-Language header when it names an
    installed language, else Simplified Chinese (when installed)."""
    header = headers.get("accept-language")
    lang = header and env["res.lang"]._get_lang_from_accept_language(header)
    if lang:
        return lang
    installed = {code for code, _name in env["res.lang"].get_installed()}
    return DEFAULT_LANG if DEFAULT_LANG in installed else "en_US"


def request_env(headers):
    """The endpoint's environment (before authentication), in the answer's language."""
    env = odoo_env_ctx.get()
    return env(context=dict(env.context, lang=api_lang(env, headers)))


class ApiHTTPException(HTTPException):
    """A refusal of the API: Odoo logs it as one line at ``loglevel`` (an error of the
    client is not an error of the server), then its dispatcher answers it as JSON."""

    loglevel = logging.INFO


def error(status, code, message, field=None, errors=None, headers=None):
    """The exception of an API error: ``{"detail": {"code", "field", "message"}}``."""
    detail = {"code": code, "field": field, "message": message}
    if errors:
        detail["errors"] = errors
    return ApiHTTPException(status_code=status, detail=detail, headers=headers)


def _location(loc):
    """``rows[3].hours`` from pydantic's ``("body", "rows", 3, "hours")``; ``body`` for the
    body as a whole."""
    source, parts = (loc[0], loc[1:]) if loc and loc[0] in LOCATIONS else (None, loc)
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or source


def _reason(env, item):
    """A translated reason for the common pydantic errors, pydantic's own otherwise."""
    kind, ctx = item.get("type", ""), item.get("ctx") or {}
    reasons = {
        "missing": lambda: env._("required"),
        "greater_than": lambda: env._("must be greater than %s", ctx.get("gt")),
        "greater_than_equal": lambda: env._("must be at least %s", ctx.get("ge")),
        "less_than_equal": lambda: env._("must be at most %s", ctx.get("le")),
        "too_long": lambda: env._("at most %s items", ctx.get("max_length")),
        "too_short": lambda: env._("at least %s items", ctx.get("min_length")),
        "string_too_long": lambda: env._("at most %s characters", ctx.get("max_length")),
        "string_too_short": lambda: env._("at least %s characters", ctx.get("min_length")),
        "string_pattern_mismatch": lambda: env._("does not match %s", ctx.get("pattern")),
        "literal_error": lambda: env._("must be one of %s", ctx.get("expected")),
        "enum": lambda: env._("must be one of %s", ctx.get("expected")),
        "date_from_datetime_parsing": lambda: env._("not an ISO date (YYYY-MM-DD)"),
        "date_parsing": lambda: env._("not an ISO date (YYYY-MM-DD)"),
        "date_type": lambda: env._("not an ISO date (YYYY-MM-DD)"),
        "datetime_parsing": lambda: env._("not an ISO 8601 date and time"),
        "datetime_from_date_parsing": lambda: env._("not an ISO 8601 date and time"),
        "int_parsing": lambda: env._("not an integer"),
        "int_type": lambda: env._("not an integer"),
        "float_parsing": lambda: env._("not a number"),
        "float_type": lambda: env._("not a number"),
        "string_type": lambda: env._("not a text"),
        "bool_parsing": lambda: env._("not true or false"),
        "extra_forbidden": lambda: env._("unknown field"),
        "json_invalid": lambda: env._("the body is not valid JSON"),
        "model_attributes_type": lambda: env._("not a JSON object"),
        "list_type": lambda: env._("not a list"),
    }
    return reasons[kind]() if kind in reasons else item.get("msg", kind)


def validation_error(env, exc):
    errors = []
    for item in exc.errors():
        loc = item.get("loc", ())
        if item.get("type") == "json_invalid":
            loc = ("body",)  # pydantic gives the position of the syntax error
        field = _location(loc)
        entry = {
            "field": field,
            "code": item.get("type", "invalid"),
            "message": env._(
                "%(field)s: %(reason)s", field=field or "-", reason=_reason(env, item)
            ),
        }
        rows = [part for part in loc[1:] if isinstance(part, int)]
        if rows:
            entry["index"] = rows[0]
        errors.append(entry)
    first = errors[0] if errors else {"field": None, "message": ""}
    return error(
        422,
        "validation_error",
        env._("The request is not valid: %s", "; ".join(e["message"] for e in errors[:5])),
        field=first["field"],
        errors=errors,
    )


class EduApiRoute(APIRoute):
    """A route whose failures all answer as ``{"detail": {"code", "field", "message"}}``:
    request validation (422), the API's own refusals, Odoo's access errors (403),
    missing records (404), business rules (422) and conflicting data (409). The
    exception still reaches Odoo's dispatcher, which rolls the transaction back."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def edu_route_handler(request: Request):
            try:
                return await handler(request)
            except ApiHTTPException:
                raise
            except HTTPException as exc:
                raise error(exc.status_code, "http_error", str(exc.detail)) from exc
            except RequestValidationError as exc:
                raise validation_error(request_env(request.headers), exc) from exc
            except EduApiError as exc:
                raise ApiHTTPException(exc.status, exc.to_detail(), headers=exc.headers) from exc
            except AccessError as exc:
                # the first line of Odoo's message names the records, the rest the groups
                raise error(403, "forbidden", exc.args[0].split("\n", 1)[0]) from exc
            except MissingError as exc:
                raise error(404, "not_found", exc.args[0]) from exc
            except UserError as exc:
                raise error(422, "rejected", exc.args[0]) from exc
            except psycopg2.IntegrityError as exc:
                env = request_env(request.headers)
                raise error(
                    409,
                    "conflict",
                    env._("The data conflicts with existing records: %s", exc.diag.message_primary),
                ) from exc

        return edu_route_handler


# ----------------------------------------------------------------------
# The caller
# ----------------------------------------------------------------------
@dataclass
class ApiCaller:
    """The authenticated integration: its user's environment, its key and client."""

    env: Environment
    key_id: int
    client_id: int
    client_name: str
    kind: str
    rate_limit: int


def api_caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    endpoint_env: Annotated[Environment, Depends(odoo_env)],
) -> ApiCaller:
    """Authenticate the key (401), count the request (429 over the key's rate limit) and
    return the environment of the key's integration user, whose groups and region
    limit what the request reads and writes."""
    env = endpoint_env(
        context=dict(endpoint_env.context, lang=api_lang(endpoint_env, request.headers))
    )
    found = env["edu.api.key"]._edu_authenticate(credentials.credentials if credentials else None)
    if not found:
        raise error(
            401,
            "unauthorized",
            env._("Missing, unknown, expired or revoked API key."),
            field="Authorization",
            headers={"WWW-Authenticate": "Bearer"},
        )
    rate_limit = found["rate_limit"]
    count, reset = env["edu.api.key"]._edu_count_request(found["key_id"])
    if count > rate_limit:
        raise error(
            429,
            "rate_limited",
            env._(
                "Too many requests: this key may make %(limit)s requests per minute. Retry "
                "in %(seconds)s seconds.",
                limit=rate_limit,
                seconds=reset,
            ),
            headers={"Retry-After": str(reset)},
        )
    user_env = env(user=found["user_id"], context=dict(env.context, edu_api_key_id=found["key_id"]))
    return ApiCaller(
        env=user_env,
        key_id=found["key_id"],
        client_id=found["client_id"],
        client_name=found["client_name"],
        kind=found["kind"],
        rate_limit=rate_limit,
    )


Caller = Annotated[ApiCaller, Depends(api_caller)]


# ----------------------------------------------------------------------
# Pagination by cursor, incremental sync by write_date
# ----------------------------------------------------------------------
def encode_cursor(record, by_write_date=True):
    value = {"i": record.id}
    if by_write_date:
        value["w"] = record.write_date.isoformat()
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def decode_cursor(env, cursor, by_write_date=True):
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
        record_id = int(value["i"])
        write_date = datetime.fromisoformat(value["w"]) if by_write_date else None
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise error(
            422, "invalid_cursor", env._("The cursor is not valid."), field="cursor"
        ) from exc
    return write_date, record_id


def utc_naive(value):
    """A datetime of a request as Odoo stores it: naive, in UTC."""
    if value.tzinfo:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def utc(value):
    """A stored (naive UTC) datetime for the answer: ISO 8601 with its time zone."""
    return value.replace(tzinfo=timezone.utc) if value else None


class CursorParams:
    """``cursor`` and ``limit`` of a list request."""

    def __init__(
        self,
        cursor: Annotated[
            str | None,
            Query(description="`next_cursor` of the previous page; none for the first page."),
        ] = None,
        limit: Annotated[
            int, Query(ge=1, le=MAX_PAGE_SIZE, description="Records per page.")
        ] = PAGE_SIZE,
    ):
        self.cursor = cursor
        self.limit = limit
        self.updated_since = None


class PageParams(CursorParams):
    """``cursor``, ``limit`` and ``updated_since`` of a list request."""

    def __init__(
        self,
        cursor: Annotated[
            str | None,
            Query(description="`next_cursor` of the previous page; none for the first page."),
        ] = None,
        limit: Annotated[
            int, Query(ge=1, le=MAX_PAGE_SIZE, description="Records per page.")
        ] = PAGE_SIZE,
        updated_since: Annotated[
            datetime | None,
            Query(
                description="Only records created or changed at or after this ISO 8601 "
                "date and time (UTC when no time zone is given)."
            ),
        ] = None,
    ):
        super().__init__(cursor, limit)
        self.updated_since = updated_since


def paginate(model, domain, params, by_write_date=True):
    """One page of ``model`` matching ``domain`` (as the caller: access rights and record
    rules apply), ordered by last change then id: ``(records, next_cursor, has_more)``.

    A client syncing incrementally keeps the last ``next_cursor`` and asks again later:
    records changed since then come after it."""
    domain = list(domain)
    if params.updated_since and by_write_date:
        domain.append(("write_date", ">=", utc_naive(params.updated_since)))
    order = "write_date, id" if by_write_date else "id"
    query = model._search(domain, order=order)
    if params.cursor:
        write_date, record_id = decode_cursor(model.env, params.cursor, by_write_date)
        table = model._table
        if by_write_date:
            query.add_where(
                SQL(
                    "(%s, %s) > (%s, %s)",
                    SQL.identifier(table, "write_date"),
                    SQL.identifier(table, "id"),
                    utc_naive(write_date),
                    record_id,
                )
            )
        else:
            query.add_where(SQL("%s > %s", SQL.identifier(table, "id"), record_id))
    query.limit = params.limit + 1
    records = model.browse(query)
    has_more = len(records) > params.limit
    records = records[: params.limit]
    next_cursor = encode_cursor(records[-1], by_write_date) if records else params.cursor
    return records, next_cursor, has_more


def get_visible(model, record_id, env):
    """The record ``record_id`` of ``model`` if the caller may read it, else 404 (a record
    of another region is not told apart from a missing one)."""
    record = model.browse(record_id).exists()
    if not record or not record.has_access("read"):
        raise error(404, "not_found", env._("No such record."), field="id")
    return record
