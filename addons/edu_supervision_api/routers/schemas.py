"""Request and response bodies of the API (they are its OpenAPI schemas)."""

from datetime import date, datetime
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

NATIONAL_CODE = Field(
    pattern=r"^\d{10}$",
    description="学校标识码: the national 10-digit school identification code.",
    examples=["2150304001"],
)


class Strict(BaseModel):
    """A request body: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


# ----------------------------------------------------------------------
# Errors and pages
# ----------------------------------------------------------------------
class ErrorItem(BaseModel):
    index: int | None = Field(None, description="Position of the row at fault (from 0).")
    field: str | None = Field(None, description="The request field at fault, e.g. `rows[3].hours`.")
    code: str = Field(description="Stable machine-readable code of the error.")
    message: str = Field(description="What is wrong, in the answer's language (Chinese).")


class ErrorDetail(BaseModel):
    code: str = Field(
        description="Stable machine-readable code: unauthorized, forbidden, not_found, "
        "validation_error, invalid_rows, rate_limited, payload_too_large, conflict ..."
    )
    field: str | None = Field(None, description="The request field at fault, if any.")
    message: str = Field(description="What is wrong, in the answer's language (Chinese).")
    errors: list[ErrorItem] | None = Field(None, description="Every error, row by row.")


class ErrorResponse(BaseModel):
    detail: ErrorDetail


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        None,
        description="Pass it as `cursor` to get the next page; keep the last one to ask "
        "later for what changed since.",
    )
    has_more: bool = Field(description="Whether another page follows now.")


# ----------------------------------------------------------------------
# Read
# ----------------------------------------------------------------------
class Me(BaseModel):
    integration: str
    kind: str = Field(description="registry, training, results or mobile.")
    user: str
    region_code: str | None = Field(None, description="The region the key is limited to.")
    rate_limit: int = Field(description="Requests per minute allowed to the key.")


class Region(BaseModel):
    id: int
    code: str = Field(description="Administrative division code, e.g. 150304.")
    name: str
    level: str = Field(description="city or district.")
    parent_code: str | None = None
    updated_at: datetime


class School(BaseModel):
    id: int
    national_code: str | None = Field(None, description="学校标识码 (10 digits).")
    code: str = Field(description="School code, unique within its region.")
    name: str
    region_code: str
    region_name: str
    stage: str = Field(
        description="kindergarten, primary, junior, nine_year, senior, complete_secondary, "
        "vocational or special."
    )
    ownership: str = Field(description="public or private.")
    student_count: int
    teacher_count: int
    is_large: bool = Field(
        description="Large school (大规模学校): students at or above the threshold."
    )
    principal_name: str | None = None
    responsible_inspector_id: int | None = Field(
        None, description="The current responsible inspector (挂牌督学), see /inspectors."
    )
    active: bool
    updated_at: datetime


class Inspector(BaseModel):
    """The public profile of an inspector (what the plaque of a school shows)."""

    id: int
    name: str
    inspector_type: str | None = Field(None, description="full_time or part_time.")
    role: str | None = Field(None, description="chief, deputy_chief or inspector.")
    specialty: str | None = Field(None, description="government, school or monitoring.")
    region_code: str | None = None
    title: str | None = Field(None, description="Professional title.")
    certificate_valid: bool = Field(description="Holds a valid inspector certificate (督学证).")
    updated_at: datetime


class Assignment(BaseModel):
    """A responsible inspector of a school over a period (挂牌督导)."""

    id: int
    school_id: int
    school_national_code: str | None = None
    school_name: str
    inspector_id: int
    inspector_name: str
    date_from: date
    date_to: date | None = None
    is_current: bool
    updated_at: datetime


class Target(BaseModel):
    """An inspected unit of a published inspection, with its score and grade."""

    id: int
    school_id: int | None = None
    school_national_code: str | None = None
    unit_name: str
    total_score: float
    max_total_score: float
    score_percent: float
    grade: str | None = None
    veto_triggered: bool


class Inspection(BaseModel):
    id: int
    reference: str | None = None
    name: str
    function: str = Field(description="government, school or monitoring.")
    kind: str = Field(description="comprehensive or special.")
    region_code: str | None = None
    year: int
    date_start: date | None = None
    date_end: date | None = None
    state: str = Field(description="published or closed.")
    publish_date: date | None = None
    public_summary: str | None = None
    targets: list[Target]
    updated_at: datetime


class Problem(BaseModel):
    id: int
    title: str
    inspection_id: int | None = None
    school_id: int | None = None
    school_national_code: str | None = None
    unit_name: str
    region_code: str | None = None
    category: str | None = None
    severity: str = Field(description="general, serious or critical.")
    deadline: date | None = None
    state: str = Field(description="open, plan_submitted, rectifying, reported or closed (销号).")
    is_overdue: bool
    closed_date: date | None = None
    rebound: bool = Field(description="Closed out, then reopened (反弹).")
    updated_at: datetime


class AccountabilityAction(BaseModel):
    id: int
    reference: str
    title: str
    kind: str = Field(description="commendation, interview, circular or accountability.")
    date: date
    unit_name: str
    public_text: str | None = None
    published_date: date | None = None
    updated_at: datetime


class TrainingCompliance(BaseModel):
    inspector_id: int
    inspector_name: str
    year: int
    region_code: str | None = None
    centralized_hours: float
    online_hours: float
    preservice_hours: float
    centralized_required: float
    online_required: float
    missing_hours: float
    compliant: bool


class VisitItem(Strict):
    item: Literal[
        "management",
        "admission",
        "teaching",
        "workload",
        "teacher",
        "safety",
        "hygiene",
        "culture",
    ] = Field(description="One of the eight routine items (经常性督导八项内容).")
    rating: Literal["good", "attention", "problem"] = "good"
    note: str | None = None


class Visit(BaseModel):
    id: int
    reference: str
    inspector_id: int
    school_id: int
    school_national_code: str | None = None
    date: date
    duration: float
    announcement: str
    state: str = Field(description="draft, submitted or acknowledged.")
    items: list[VisitItem]
    finding_ids: list[int]
    updated_at: datetime


# ----------------------------------------------------------------------
# Write
# ----------------------------------------------------------------------
class SchoolRow(Strict):
    national_code: str = NATIONAL_CODE
    name: str = Field(min_length=1, max_length=200)
    region_code: str = Field(description="Code of the school's district, e.g. 150304.")
    code: str | None = Field(
        None,
        min_length=1,
        max_length=40,
        pattern=r"^\S+$",
        description="School code within the region; a new school takes its 学校标识码.",
    )
    stage: Literal[
        "kindergarten",
        "primary",
        "junior",
        "nine_year",
        "senior",
        "complete_secondary",
        "vocational",
        "special",
    ]
    ownership: Literal["public", "private"] = "public"
    student_count: int | None = Field(None, ge=0)
    teacher_count: int | None = Field(None, ge=0)
    principal_name: str | None = Field(None, max_length=100)


class SchoolSync(Strict):
    schools: list[SchoolRow] = Field(min_length=1, max_length=1000)


class SchoolSyncItem(BaseModel):
    index: int
    national_code: str
    id: int
    status: Literal["created", "updated"]
    is_large: bool


class SchoolSyncResult(BaseModel):
    created: int
    updated: int
    items: list[SchoolSyncItem]


class TrainingRow(Strict):
    inspector: str = Field(
        min_length=1,
        max_length=100,
        description="The inspector as in the file import: identification number (for keys "
        "allowed to read them) or name.",
    )
    date: date
    course: str = Field(min_length=1, max_length=300, description="Title of the online course.")
    hours: float = Field(gt=0, le=1000)


class TrainingBatch(Strict):
    year: int = Field(ge=2000, le=2100, description="Every row must be dated in this year.")
    rows: list[TrainingRow] = Field(min_length=1, max_length=1000)


class TrainingBatchResult(BaseModel):
    created: int
    record_ids: list[int]


class Finding(Strict):
    title: str = Field(min_length=1, max_length=300)
    description: str | None = None
    requirement: str | None = Field(None, description="Rectification requirement.")
    severity: Literal["general", "serious", "critical"] = "general"
    deadline: date | None = Field(None, description="Rectification deadline.")


class VisitCreate(Strict):
    school_id: int | None = Field(None, description="The school, or its `school_national_code`.")
    school_national_code: str | None = Field(None, pattern=r"^\d{10}$")
    inspector_id: int | None = Field(
        None, description="The responsible inspector: the key's own inspector (the default)."
    )
    date: date
    duration: float = Field(2.0, ge=0, le=24, description="Hours on site.")
    announcement: Literal["announced", "unannounced"] = "announced"
    items: list[VisitItem] = Field(
        default_factory=list,
        max_length=8,
        description="Ratings of the routine items; items left out are rated good.",
    )
    people_met: str | None = None
    opinion: str | None = None
    suggestions: str | None = None
    findings: list[Finding] = Field(default_factory=list, max_length=50)
    submit: bool = Field(False, description="Submit the visit at once (it must have taken place).")
