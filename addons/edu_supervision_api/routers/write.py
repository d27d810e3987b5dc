"""Write endpoints (data collection): every write is logged with its key."""

import json
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse

from odoo.fields import Command

from .common import ERROR_RESPONSES, Caller, EduApiRoute, error
from .read import visit_item
from .schemas import (
    ErrorResponse,
    SchoolSync,
    SchoolSyncItem,
    SchoolSyncResult,
    TrainingBatch,
    TrainingBatchResult,
    Visit,
    VisitCreate,
)

router = APIRouter(route_class=EduApiRoute, responses=ERROR_RESPONSES)

IDEMPOTENCY_HELP = (
    "A key of the client's choosing (e.g. a UUID) that identifies this write: a retry "
    "with the same key and body returns the first answer again and writes nothing."
)


def logged_write(caller, request, operation, payload, idempotency_key, write, status=200):
    """Run ``write()`` and log it with the caller's key; with an idempotency key, answer
    a retry with the logged response instead of writing again.

    ``write()`` returns ``(body, links, count, summary)``: the JSON body, the log's
    record links (``school_ids``, ``training_record_ids``, ``visit_ids``), the number
    of records written and a one-line summary. A concurrent retry with the same key
    fails on the log's unique index (409) and its writes are rolled back."""
    env = caller.env
    Log = env["edu.api.log"]
    request_hash = Log._edu_hash(payload)
    if idempotency_key:
        previous = Log._edu_find_replay(caller.client_id, operation, idempotency_key)
        if previous:
            if previous.request_hash != request_hash:
                raise error(
                    422,
                    "idempotency_key_reused",
                    env._("This idempotency key was already used for another request."),
                    field="Idempotency-Key",
                )
            return JSONResponse(
                previous._edu_response(),
                status_code=previous.status,
                headers={"Idempotent-Replayed": "true"},
            )
    body, links, count, summary = write()
    Log.create(
        {
            "key_id": caller.key_id,
            "client_id": caller.client_id,
            "operation": operation,
            "method": request.method,
            "path": request.url.path,
            "status": status,
            "record_count": count,
            "summary": summary,
            "idempotency_key": idempotency_key or False,
            "request_hash": request_hash,
            "response_body": json.dumps(body, ensure_ascii=False),
            **links,
        }
    )
    env.flush_all()
    return JSONResponse(body, status_code=status)


@router.post(
    "/schools/sync",
    tags=["schools"],
    summary="School registry sync: create or update schools by 学校标识码",
    response_model=SchoolSyncResult,
    responses={
        409: {
            "model": ErrorResponse,
            "description": "A code belongs to a school the key cannot see, or a retry "
            "with the same idempotency key is still running",
        }
    },
)
def sync_schools(
    caller: Caller,
    request: Request,
    body: SchoolSync,
    idempotency_key: Annotated[
        str | None, Header(alias="Idempotency-Key", max_length=100, description=IDEMPOTENCY_HELP)
    ] = None,
):
    """Up to 1,000 schools per request, all or none. A school is found by its 学校标识码
    (archived ones too) and updated, or created in the row's region; the student count
    recomputes the large-school flag (大规模学校)."""
    rows = [row.model_dump() for row in body.schools]

    def write():
        results = caller.env["edu.school"]._edu_api_sync(rows)
        items = [
            SchoolSyncItem(
                index=index,
                national_code=school.national_code,
                id=school.id,
                status="created" if created else "updated",
                is_large=school.is_large,
            )
            for index, school, created in results
        ]
        created = sum(1 for item in items if item.status == "created")
        result = SchoolSyncResult(created=created, updated=len(items) - created, items=items)
        summary = caller.env._(
            "%(created)s created, %(updated)s updated",
            created=created,
            updated=len(items) - created,
        )
        schools = [school.id for _index, school, _created in results]
        return (
            result.model_dump(mode="json"),
            {"school_ids": [Command.set(schools)]},
            len(items),
            summary,
        )

    return logged_write(
        caller, request, "school_sync", body.model_dump(mode="json"), idempotency_key, write
    )


@router.post(
    "/training-hours",
    tags=["training"],
    summary="Online training hours pushed by a training platform",
    status_code=201,
    response_model=TrainingBatchResult,
)
def push_training_hours(
    caller: Caller,
    request: Request,
    body: TrainingBatch,
    idempotency_key: Annotated[
        str,
        Header(alias="Idempotency-Key", min_length=1, max_length=100, description=IDEMPOTENCY_HELP),
    ],
):
    """Up to 1,000 rows per request, validated as the file import validates them (known
    inspector, date in the year, course, positive hours, no duplicate of a registered
    record or of another row): all rows are recorded, or none and the answer lists
    every bad row with its index. The idempotency key is required: a retried batch never
    adds hours twice."""
    rows = [row.model_dump() for row in body.rows]

    def write():
        records = caller.env["edu.training.record"]._edu_api_push(body.year, rows)
        result = TrainingBatchResult(created=len(records), record_ids=records.ids)
        summary = caller.env._("%s training records", len(records))
        links = {"training_record_ids": [Command.set(records.ids)]}
        return result.model_dump(mode="json"), links, len(records), summary

    return logged_write(
        caller, request, "training_hours", body.model_dump(mode="json"), idempotency_key, write, 201
    )


@router.post(
    "/visits",
    tags=["visits"],
    summary="A routine visit recorded by an inspector's mobile app",
    status_code=201,
    response_model=Visit,
)
def create_visit(
    caller: Caller,
    request: Request,
    body: VisitCreate,
    idempotency_key: Annotated[
        str | None, Header(alias="Idempotency-Key", max_length=100, description=IDEMPOTENCY_HELP)
    ] = None,
):
    """The visit of the key's own inspector (a visit of another inspector is refused),
    with the ratings of the eight routine items, findings (they enter the problem
    library) and, with ``submit``, submitted at once."""

    def write():
        visit = caller.env["edu.visit"]._edu_api_create(body.model_dump())
        summary = caller.env._("Visit %s", visit.name)
        links = {"visit_ids": [Command.set(visit.ids)]}
        return visit_item(visit).model_dump(mode="json"), links, 1, summary

    return logged_write(
        caller, request, "visit", body.model_dump(mode="json"), idempotency_key, write, 201
    )
