"""Read endpoints: what an integration may see, page by page, incrementally."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from .common import (
    ERROR_RESPONSES,
    Caller,
    CursorParams,
    EduApiRoute,
    PageParams,
    error,
    get_visible,
    paginate,
    utc,
)
from .schemas import (
    AccountabilityAction,
    Assignment,
    Inspection,
    Inspector,
    Me,
    Page,
    Problem,
    Region,
    School,
    Target,
    TrainingCompliance,
    Visit,
    VisitItem,
)

router = APIRouter(route_class=EduApiRoute, responses=ERROR_RESPONSES)
Params = Annotated[PageParams, Depends()]


def _code(record):
    return record.code or None


# ----------------------------------------------------------------------
# Serialisers (one record -> one schema; the caller's rights apply)
# ----------------------------------------------------------------------
def region_item(region):
    return Region(
        id=region.id,
        code=region.code,
        name=region.name,
        level=region.level,
        parent_code=region.parent_id.code or None,
        updated_at=utc(region.write_date),
    )


def school_item(school):
    return School(
        id=school.id,
        national_code=school.national_code or None,
        code=school.code,
        name=school.name,
        region_code=school.region_id.code,
        region_name=school.region_id.name,
        stage=school.stage,
        ownership=school.ownership,
        student_count=school.student_count,
        teacher_count=school.teacher_count,
        is_large=school.is_large,
        principal_name=school.principal_name or None,
        responsible_inspector_id=school.responsible_employee_id.id or None,
        active=school.active,
        updated_at=utc(school.write_date),
    )


def inspector_item(employee):
    return Inspector(
        id=employee.id,
        name=employee.name,
        inspector_type=employee.edu_inspector_type or None,
        role=employee.edu_inspector_role or None,
        specialty=employee.edu_specialty or None,
        region_code=employee.edu_region_id.code or None,
        title=employee.edu_title or None,
        certificate_valid=employee.edu_certificate_valid,
        updated_at=utc(employee.write_date),
    )


def assignment_item(assignment):
    return Assignment(
        id=assignment.id,
        school_id=assignment.school_id.id,
        school_national_code=assignment.school_id.national_code or None,
        school_name=assignment.school_id.name,
        inspector_id=assignment.employee_id.id,
        inspector_name=assignment.employee_id.name,
        date_from=assignment.date_from,
        date_to=assignment.date_to or None,
        is_current=assignment.is_current,
        updated_at=utc(assignment.write_date),
    )


def target_item(target):
    return Target(
        id=target.id,
        school_id=target.school_id.id or None,
        school_national_code=target.school_id.national_code or None,
        unit_name=target.partner_id.name or target.school_id.name or "",
        total_score=target.total_score,
        max_total_score=target.max_total_score,
        score_percent=target.score_percent,
        grade=target.grade or None,
        veto_triggered=target.veto_triggered,
    )


def inspection_item(inspection):
    return Inspection(
        id=inspection.id,
        reference=inspection.reference or None,
        name=inspection.name,
        function=inspection.function,
        kind=inspection.kind,
        region_code=inspection.region_id.code or None,
        year=inspection.year,
        date_start=inspection.date_start or None,
        date_end=inspection.date_end or None,
        state=inspection.state,
        publish_date=inspection.publish_date or None,
        public_summary=inspection.public_summary or None,
        targets=[target_item(target) for target in inspection.target_ids],
        updated_at=utc(inspection.write_date),
    )


def problem_item(problem):
    return Problem(
        id=problem.id,
        title=problem.name,
        inspection_id=problem.inspection_id.id or None,
        school_id=problem.school_id.id or None,
        school_national_code=problem.school_id.national_code or None,
        unit_name=problem.partner_id.name or "",
        region_code=problem.region_id.code or None,
        category=problem.category_id.name or None,
        severity=problem.severity,
        deadline=problem.deadline or None,
        state=problem.state,
        is_overdue=problem.is_overdue,
        closed_date=problem.closed_date or None,
        rebound=problem.rebound,
        updated_at=utc(problem.write_date),
    )


def accountability_item(action):
    return AccountabilityAction(
        id=action.id,
        reference=action.reference,
        title=action.name,
        kind=action.kind,
        date=action.date,
        unit_name=action.partner_id.name or "",
        public_text=action.public_text or None,
        published_date=action.published_date or None,
        updated_at=utc(action.write_date),
    )


def compliance_item(row):
    return TrainingCompliance(
        inspector_id=row.employee_id.id,
        inspector_name=row.employee_id.name,
        year=row.year,
        region_code=row.region_id.code or None,
        centralized_hours=row.centralized_hours,
        online_hours=row.online_hours,
        preservice_hours=row.preservice_hours,
        centralized_required=row.centralized_required,
        online_required=row.online_required,
        missing_hours=row.missing_hours,
        compliant=row.compliant,
    )


def visit_item(visit):
    return Visit(
        id=visit.id,
        reference=visit.name,
        inspector_id=visit.employee_id.id,
        school_id=visit.school_id.id,
        school_national_code=visit.school_id.national_code or None,
        date=visit.date,
        duration=visit.duration,
        announcement=visit.announcement,
        state=visit.state,
        items=[
            VisitItem(item=item.item, rating=item.rating, note=item.note or None)
            for item in visit.item_ids.sorted(lambda item: (item.sequence, item.id))
        ],
        finding_ids=visit.problem_ids.ids,
        updated_at=utc(visit.write_date),
    )


def _page(records, next_cursor, has_more, serialise):
    return Page(items=[serialise(r) for r in records], next_cursor=next_cursor, has_more=has_more)


# ----------------------------------------------------------------------
# Routes
# ----------------------------------------------------------------------
@router.get("/me", tags=["integration"], summary="The integration of the key")
def read_me(caller: Caller) -> Me:
    user = caller.env.user
    return Me(
        integration=caller.client_name,
        kind=caller.kind,
        user=user.name,
        region_code=user.edu_region_id.code or None,
        rate_limit=caller.rate_limit,
    )


@router.get("/regions", tags=["reference"], summary="Regions (city and districts)")
def list_regions(caller: Caller, params: Params) -> Page[Region]:
    return _page(*paginate(caller.env["edu.region"], [], params), region_item)


@router.get("/schools", tags=["schools"], summary="Schools the key may see")
def list_schools(
    caller: Caller,
    params: Params,
    national_code: Annotated[str | None, Query(description="学校标识码.")] = None,
    region_code: Annotated[str | None, Query(description="Schools of this region.")] = None,
    include_archived: Annotated[bool, Query(description="Also closed schools.")] = False,
) -> Page[School]:
    Schools = caller.env["edu.school"].with_context(active_test=not include_archived)
    domain = []
    if national_code:
        domain.append(("national_code", "=", national_code))
    if region_code:
        domain.append(("region_id.code", "=", region_code))
    return _page(*paginate(Schools, domain, params), school_item)


@router.get("/schools/{school_id}", tags=["schools"], summary="One school")
def read_school(caller: Caller, school_id: Annotated[int, Path(ge=1)]) -> School:
    Schools = caller.env["edu.school"].with_context(active_test=False)
    return school_item(get_visible(Schools, school_id, caller.env))


@router.get("/inspectors", tags=["inspectors"], summary="Inspectors' public profiles")
def list_inspectors(
    caller: Caller,
    params: Params,
    region_code: Annotated[str | None, Query(description="Inspectors of this region.")] = None,
) -> Page[Inspector]:
    domain = [("edu_is_inspector", "=", True)]
    if region_code:
        domain.append(("edu_region_id.code", "=", region_code))
    return _page(*paginate(caller.env["hr.employee.public"], domain, params), inspector_item)


@router.get(
    "/assignments", tags=["inspectors"], summary="Responsible inspectors of schools (挂牌督导)"
)
def list_assignments(
    caller: Caller,
    params: Params,
    current: Annotated[bool, Query(description="Only the assignments in force today.")] = False,
) -> Page[Assignment]:
    domain = [("is_current", "=", True)] if current else []
    return _page(*paginate(caller.env["edu.school.assignment"], domain, params), assignment_item)


@router.get(
    "/inspections",
    tags=["results"],
    summary="Published inspections with their targets' scores and grades",
)
def list_inspections(
    caller: Caller,
    params: Params,
    year: Annotated[int | None, Query(description="Inspections of this year.")] = None,
) -> Page[Inspection]:
    domain = [("state", "in", ("published", "closed"))]
    if year:
        domain.append(("year", "=", year))
    return _page(*paginate(caller.env["edu.inspection"], domain, params), inspection_item)


@router.get("/inspections/{inspection_id}", tags=["results"], summary="One published inspection")
def read_inspection(caller: Caller, inspection_id: Annotated[int, Path(ge=1)]) -> Inspection:
    inspection = get_visible(caller.env["edu.inspection"], inspection_id, caller.env)
    if inspection.state not in ("published", "closed"):
        raise error(404, "not_found", caller.env._("No such record."), field="inspection_id")
    return inspection_item(inspection)


@router.get("/problems", tags=["results"], summary="Problems and their rectification state")
def list_problems(
    caller: Caller,
    params: Params,
    state: Annotated[str | None, Query(description="Only problems in this state.")] = None,
    school_national_code: Annotated[str | None, Query(description="学校标识码.")] = None,
) -> Page[Problem]:
    domain = []
    if state:
        domain.append(("state", "=", state))
    if school_national_code:
        domain.append(("school_id.national_code", "=", school_national_code))
    return _page(*paginate(caller.env["edu.problem"], domain, params), problem_item)


@router.get(
    "/accountability-actions",
    tags=["results"],
    summary="Published accountability actions (commendations, interviews, circulars)",
)
def list_accountability_actions(caller: Caller, params: Params) -> Page[AccountabilityAction]:
    domain = [("state", "=", "published")]
    return _page(
        *paginate(caller.env["edu.accountability.action"], domain, params),
        accountability_item,
    )


@router.get(
    "/training-compliance", tags=["training"], summary="Yearly training compliance of inspectors"
)
def list_training_compliance(
    caller: Caller,
    params: Annotated[CursorParams, Depends()],
    year: Annotated[int | None, Query(description="Compliance of this year.")] = None,
) -> Page[TrainingCompliance]:
    domain = [("year", "=", year)] if year else []
    return _page(
        *paginate(caller.env["edu.training.compliance"], domain, params, by_write_date=False),
        compliance_item,
    )


@router.get("/visits", tags=["visits"], summary="Routine visits the key may see")
def list_visits(caller: Caller, params: Params) -> Page[Visit]:
    return _page(*paginate(caller.env["edu.visit"], [], params), visit_item)
