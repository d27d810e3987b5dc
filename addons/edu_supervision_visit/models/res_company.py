from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_visit_min_per_semester = fields.Integer(
        string="Minimum visits per school per semester",
        default=2,
        help="Routine visits (submitted or acknowledged) each school must receive "
        "from its responsible inspector in a semester. 0 disables the target.",
    )
    edu_visit_min_per_month = fields.Integer(
        string="Minimum visits per school per month",
        default=0,
        help="Routine visits each school must receive in the current calendar month. "
        "0 (default) disables the monthly target.",
    )

    _sql_constraints = [
        (
            "edu_visit_min_per_semester_positive",
            "CHECK(edu_visit_min_per_semester >= 0)",
            "The minimum number of visits per semester cannot be negative.",
        ),
        (
            "edu_visit_min_per_month_positive",
            "CHECK(edu_visit_min_per_month >= 0)",
            "The minimum number of visits per month cannot be negative.",
        ),
    ]

    def _edu_visit_semester_bounds(self, day):
        """Return ``(first_day, last_day)`` of the semester containing ``day``.

        Semesters follow the Chinese school year:

        * spring semester: 1 February - 31 July of the same year;
        * autumn semester: 1 August - 31 January of the next year (a date in
          January belongs to the autumn semester that began the previous August).

        Override this hook to use other semester dates.
        """
        if 2 <= day.month <= 7:
            start = date(day.year, 2, 1)
            return start, date(day.year, 7, 31)
        year = day.year if day.month >= 8 else day.year - 1
        start = date(year, 8, 1)
        return start, start + relativedelta(months=6, days=-1)

    def _edu_visit_semester_day(self, share, previous=False):
        """A day of the current semester, for dates relative to today (the demo visits).

        ``share`` runs from 0, the first day of the semester, to 1, today; with
        ``previous``, from the first to the last day of the previous semester.
        """
        today = self._edu_today()
        start, end = self._edu_visit_semester_bounds(today)
        if previous:
            start, end = self._edu_visit_semester_bounds(start - relativedelta(days=1))
        else:
            end = today
        return start + relativedelta(days=round((end - start).days * share))

    def _edu_visit_semester_label(self, day):
        """Human name of the semester containing ``day``, e.g. "2026 Autumn"."""
        start, _end = self._edu_visit_semester_bounds(day)
        if start.month == 2:
            return self.env._("%(year)s Spring semester", year=start.year)
        return self.env._("%(year)s Autumn semester", year=start.year)

    def _edu_visit_semester_code(self, day):
        """Language-neutral code of the semester containing ``day``: school year and
        term, e.g. "2026-2027-1" (autumn 2026) or "2026-2027-2" (spring 2027)."""
        start, _end = self._edu_visit_semester_bounds(day)
        if start.month == 2:
            return f"{start.year - 1}-{start.year}-2"
        return f"{start.year}-{start.year + 1}-1"

    def _edu_visit_month_bounds(self, day):
        """Return ``(first_day, last_day)`` of the calendar month of ``day``."""
        start = day.replace(day=1)
        return start, start + relativedelta(months=1, days=-1)
