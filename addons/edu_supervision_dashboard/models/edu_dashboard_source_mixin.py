import functools

from odoo import models
from odoo.tools import SQL


class EduDashboardSourceMixin(models.AbstractModel):
    """A report row stands for one record of a source model: whoever cannot
    read that record does not see the row.

    The dashboards read SQL views over the supervision models. Their rows must
    follow the record rules of the records they were computed from, every rule
    of every addon (a district office sees its district, a viewer the published
    inspections, an inspector his team's), not a copy of them. A model using
    the mixin names the source in ``_edu_source_model`` and the column holding
    its id in ``_edu_source_field``; searches, grouped reads and record reads
    then keep only the rows whose source record the user may read.
    """

    _name = "edu.dashboard.source.mixin"
    _description = "Dashboard Row of a Source Record"

    _edu_source_model = None
    _edu_source_field = None

    def _edu_source_query(self):
        """The ids of the source records the user may read, as a subquery
        (``None`` when he may read none at all)."""
        source = self.env[self._edu_source_model].with_context(active_test=False)
        if not source.has_access("read"):
            return None
        return source._search([]).subselect()

    def _apply_ir_rules(self, query, mode="read"):
        super()._apply_ir_rules(query, mode)
        if self.env.su:
            return
        subquery = self._edu_source_query()
        column = SQL.identifier(self._table, self._edu_source_field)
        if subquery is None:
            query.add_where(SQL("FALSE"))
        else:
            query.add_where(SQL("%s IN %s", column, subquery))

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if result or self.env.su or not any(self._ids):
            return result
        sources = self.sudo()[self._edu_source_field]
        readable = sources.sudo(False)._filtered_access("read") if sources else sources
        forbidden = self.filtered(lambda row: row.sudo()[self._edu_source_field] not in readable)
        if forbidden:
            return forbidden, functools.partial(
                self.env["ir.rule"]._make_access_error, operation, forbidden
            )
        return None
