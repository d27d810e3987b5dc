import re

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from ..exceptions import EduApiError

NATIONAL_CODE_RE = re.compile(r"\d{10}")

#: fields of edu.school the registry sync writes, by the name they have in the API
SYNC_FIELDS = (
    "name",
    "code",
    "stage",
    "ownership",
    "student_count",
    "teacher_count",
    "principal_name",
)


class EduSchool(models.Model):
    _inherit = "edu.school"

    national_code = fields.Char(
        string="School Identification Code",
        index=True,
        copy=False,
        tracking=True,
        help="学校标识码: the national 10-digit code of the school given by the Ministry of "
        "Education; the school registry synchronises the schools by it.",
    )

    _sql_constraints = [
        (
            "national_code_company_uniq",
            "unique(national_code, company_id)",
            "Another school already has this school identification code.",
        ),
    ]

    @api.constrains("national_code")
    def _check_national_code(self):
        for school in self:
            if school.national_code and not NATIONAL_CODE_RE.fullmatch(school.national_code):
                raise ValidationError(
                    self.env._(
                        "The school identification code of “%(school)s” must have 10 digits "
                        "(got “%(code)s”).",
                        school=school.name,
                        code=school.national_code,
                    )
                )

    # ------------------------------------------------------------------
    # School registry sync (API)
    # ------------------------------------------------------------------
    @api.model
    def _edu_api_sync(self, rows):
        """Create or update schools by their 学校标识码, as the calling integration user.

        ``rows`` are dicts with ``national_code``, ``region_code`` and the keys of
        :data:`SYNC_FIELDS` (``code`` defaults to the identification code for a new
        school). All rows or none: a row the user may not write is refused (403), an
        unknown region or a code taken outside the user's reach is a 422. The student
        counts recompute the large-school flag. Returns ``[(index, school, created)]``.
        """
        self._edu_api_check_duplicates(rows)
        regions = self._edu_api_sync_regions(rows)
        codes = [row["national_code"] for row in rows]
        Schools = self.with_context(active_test=False, mail_create_nosubscribe=True)
        existing = {
            school.national_code: school
            for school in Schools.search([("national_code", "in", codes)])
        }
        self._edu_api_check_unreachable(rows, existing)
        results, to_create = [], []
        for index, row in enumerate(rows):
            vals = self._edu_api_prepare_sync_vals(row, regions[row["region_code"]])
            school = existing.get(row["national_code"])
            if school:
                school.write(vals)
                results.append((index, school, False))
            else:
                vals.setdefault("code", row["national_code"])
                to_create.append((index, vals))
        created = Schools.create([vals for _index, vals in to_create])
        results += [
            (index, school, True) for (index, _vals), school in zip(to_create, created, strict=True)
        ]
        self.env.flush_all()
        return sorted(results, key=lambda result: result[0])

    @api.model
    def _edu_api_prepare_sync_vals(self, row, region):
        vals = {name: row[name] for name in SYNC_FIELDS if row.get(name) is not None}
        vals["national_code"] = row["national_code"]
        vals["region_id"] = region.id
        return vals

    @api.model
    def _edu_api_check_duplicates(self, rows):
        seen, errors = {}, []
        for index, row in enumerate(rows):
            first = seen.setdefault(row["national_code"], index)
            if first != index:
                errors.append(
                    {
                        "index": index,
                        "field": f"schools[{index}].national_code",
                        "code": "duplicate_row",
                        "message": self.env._(
                            "The school identification code %(code)s is already in row "
                            "%(row)s of this request.",
                            code=row["national_code"],
                            row=first + 1,
                        ),
                    }
                )
        if errors:
            raise EduApiError(
                errors[0]["message"], code="duplicate_row", field=errors[0]["field"], errors=errors
            )

    @api.model
    def _edu_api_sync_regions(self, rows):
        """{region code: region} of the rows; refuse unknown regions and those the user
        may not write schools in."""
        codes = {row["region_code"] for row in rows}
        regions = self.env["edu.region"].search([("code", "in", list(codes))])
        by_code = {region.code: region for region in regions}
        unknown = [
            {
                "index": index,
                "field": f"schools[{index}].region_code",
                "code": "unknown_region",
                "message": self.env._("Unknown region code “%s”.", row["region_code"]),
            }
            for index, row in enumerate(rows)
            if row["region_code"] not in by_code
        ]
        if unknown:
            raise EduApiError(
                self.env._("%s row(s) name an unknown region.", len(unknown)),
                code="unknown_region",
                field=unknown[0]["field"],
                errors=unknown,
            )
        allowed = self.env.user.edu_allowed_region_ids
        outside = [
            {
                "index": index,
                "field": f"schools[{index}].region_code",
                "code": "region_forbidden",
                "message": self.env._(
                    "This key may not write schools of region “%s”.",
                    by_code[row["region_code"]].name,
                ),
            }
            for index, row in enumerate(rows)
            if by_code[row["region_code"]] not in allowed
        ]
        if outside:
            raise EduApiError(
                outside[0]["message"],
                status=403,
                code="region_forbidden",
                field=outside[0]["field"],
                errors=outside,
            )
        return by_code

    @api.model
    def _edu_api_check_unreachable(self, rows, existing):
        """Refuse the rows whose identification code belongs to a school the user cannot
        see (another region): creating it would break the unique code. The query only
        tells whether such codes exist, as the unique index itself would."""
        missing = [row["national_code"] for row in rows if row["national_code"] not in existing]
        if not missing:
            return
        self.env.cr.execute(
            SQL(
                "SELECT national_code FROM edu_school WHERE company_id = %s "
                "AND national_code = ANY(%s)",
                self.env.company.id,
                missing,
            )
        )
        taken = {code for (code,) in self.env.cr.fetchall()}
        errors = [
            {
                "index": index,
                "field": f"schools[{index}].national_code",
                "code": "national_code_taken",
                "message": self.env._(
                    "The school identification code %s belongs to a school outside this "
                    "key's region.",
                    row["national_code"],
                ),
            }
            for index, row in enumerate(rows)
            if row["national_code"] in taken
        ]
        if errors:
            raise EduApiError(
                errors[0]["message"],
                status=409,
                code="national_code_taken",
                field=errors[0]["field"],
                errors=errors,
            )
