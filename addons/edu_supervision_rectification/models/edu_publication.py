from odoo import api, fields, models

PAGE_SIZE = 10
UNIT_PAGE_SIZE = 20
FEED_SIZE = 50


class EduPublication(models.AbstractModel):
    """What the public page shows: only records a manager published.

    The public page is rendered for anonymous visitors, who have no access to
    the supervision models. This model is the single, explicit boundary: it
    reads the published records with superuser rights and returns plain values
    restricted to their public fields, never records. Every read goes through
    the ``_edu_published_*_domain`` methods: nothing unpublished is ever read.

    Other addons add their own publications (e.g. the annual reports) by
    extending :meth:`_edu_publication_entries` and :meth:`_edu_feed_entries`.
    """

    _name = "edu.publication"
    _description = "Public Supervision Results"

    # ------------------------------------------------------------------
    # What is published
    # ------------------------------------------------------------------
    @api.model
    def _edu_published_inspection_domain(self):
        return [("state", "in", ("published", "closed")), ("publish_date", "!=", False)]

    @api.model
    def _edu_published_action_domain(self):
        return [("state", "=", "published"), ("published_date", "!=", False)]

    @api.model
    def _edu_published_report_domain(self):
        return [("is_published", "=", True), ("published_date", "!=", False)]

    @api.model
    def _edu_kinds(self):
        """The kinds a visitor filters by: inspection reports and each kind of
        accountability action."""
        env = self.sudo().env
        kinds = dict(env["edu.accountability.action"]._fields["kind"]._description_selection(env))
        return {"inspection": env._("Inspection Report"), **kinds}

    @api.model
    def _edu_filters(self, year=None, region=None, kind=None):
        """The visitor's filters, checked: ``{year: int|None, region: edu.region
        (sudo, possibly empty), kind: str|None}``. Unknown values are ignored."""
        env = self.sudo().env
        try:
            year = int(year) if year else None
        except (TypeError, ValueError):
            year = None
        try:
            region_id = int(region) if region else 0
        except (TypeError, ValueError):
            region_id = 0
        regions = env["edu.region"].browse(region_id).exists() if region_id else env["edu.region"]
        if kind not in self._edu_kinds():
            kind = None
        return {"year": year, "region": regions, "kind": kind}

    @api.model
    def _edu_year_domain(self, field, year):
        if not year:
            return []
        return [(field, ">=", f"{year}-01-01"), (field, "<=", f"{year}-12-31")]

    @api.model
    def _edu_region_units(self, region):
        """The inspected units (school contacts and governments) of ``region``
        and its sub-regions."""
        env = self.sudo().env
        regions = env["edu.region"].search([("id", "child_of", region.id)])
        schools = (
            env["edu.school"]
            .with_context(active_test=False)
            .search([("region_id", "in", regions.ids)])
        )
        return schools.partner_id | regions.government_partner_id

    @api.model
    def _edu_inspection_domain(self, filters):
        domain = self._edu_published_inspection_domain() + self._edu_year_domain(
            "publish_date", filters["year"]
        )
        if filters["region"]:
            domain.append(("region_id", "child_of", filters["region"].id))
        return domain

    @api.model
    def _edu_action_domain(self, filters):
        domain = self._edu_published_action_domain() + self._edu_year_domain(
            "published_date", filters["year"]
        )
        if filters["region"]:
            domain.append(("partner_id", "in", self._edu_region_units(filters["region"]).ids))
        if filters["kind"]:
            domain.append(("kind", "=", filters["kind"]))
        return domain

    # ------------------------------------------------------------------
    # The list of publications (inspection reports, accountability actions)
    # ------------------------------------------------------------------
    @api.model
    def _edu_publication_entries(self, filters):
        """Every publication matching ``filters``, newest first, as light
        ``(date, kind, model, id)`` tuples (one query per model); the page
        reads the details of its own slice only."""
        env = self.sudo().env
        entries = []
        if filters["kind"] in (None, "inspection"):
            for row in env["edu.inspection"].search_read(
                self._edu_inspection_domain(filters), ["publish_date"]
            ):
                entries.append((row["publish_date"], "inspection", "edu.inspection", row["id"]))
        action_kinds = env["edu.accountability.action"]._fields["kind"].get_values(env)
        if filters["kind"] is None or filters["kind"] in action_kinds:
            for row in env["edu.accountability.action"].search_read(
                self._edu_action_domain(filters), ["published_date", "kind"]
            ):
                entries.append(
                    (row["published_date"], row["kind"], "edu.accountability.action", row["id"])
                )
        entries.sort(key=lambda entry: (entry[0], entry[2], entry[3]), reverse=True)
        return entries

    @api.model
    def _edu_entry_values(self, entries):
        """Public values of ``entries`` (one read per model)."""
        ids = {}
        for _date, _kind, model, record_id in entries:
            ids.setdefault(model, []).append(record_id)
        values = {}
        for model, record_ids in ids.items():
            for record_id, record_values in self._edu_model_entry_values(model, record_ids).items():
                values[(model, record_id)] = record_values
        return [values[(model, record_id)] for _d, _k, model, record_id in entries]

    @api.model
    def _edu_model_entry_values(self, model, record_ids):
        """{id: public values} of the published records ``record_ids`` of
        ``model`` (extended by the addons that publish other records)."""
        env = self.sudo().env
        kinds = self._edu_kinds()
        values = {}
        if model == "edu.inspection":
            for inspection in env[model].browse(record_ids):
                values[inspection.id] = {
                    "kind": kinds["inspection"],
                    "title": inspection.name,
                    "reference": inspection.reference,
                    "unit": inspection.region_id.name or "",
                    "date": inspection.publish_date,
                    "summary": inspection.public_summary or "",
                    "url": f"/edu_supervision/results/inspection/{inspection.id}",
                }
        elif model == "edu.accountability.action":
            for action in env[model].browse(record_ids):
                values[action.id] = {
                    "kind": kinds[action.kind],
                    "title": action.name,
                    "reference": action.reference,
                    "unit": action.partner_id.name or "",
                    "date": action.published_date,
                    "summary": action.public_text or "",
                    "url": f"/edu_supervision/results/action/{action.id}",
                }
        return values

    # ------------------------------------------------------------------
    # Rectification status per unit
    # ------------------------------------------------------------------
    @api.model
    def _edu_unit_status(self, inspections, reports):
        """Per unit: every problem of its published inspections (and the
        problems its published rectification reports cover), how many are
        closed out, and its published reports. Grouped reads: a constant number
        of queries for any number of units."""
        env = self.sudo().env
        Problem = env["edu.problem"]
        domain = [("inspection_id", "in", inspections.ids)]
        if reports:
            domain = ["|", *domain, ("id", "in", reports.problem_ids.ids)]
        counts = {}
        for partner, state, count in Problem._read_group(
            domain, ["partner_id", "state"], ["__count"]
        ):
            unit = counts.setdefault(partner, {"total": 0, "closed": 0})
            unit["total"] += count
            if state == "closed":
                unit["closed"] += count
        report_kinds = dict(reports._fields["kind"]._description_selection(env))
        units = env["res.partner"].browse([p.id for p in counts]) | reports.partner_id
        status = []
        for partner in units.sorted(lambda p: (p.name or "", p.id)):
            figures = counts.get(partner, {"total": 0, "closed": 0})
            status.append(
                {
                    "unit": partner.name,
                    "total": figures["total"],
                    "closed": figures["closed"],
                    "open": figures["total"] - figures["closed"],
                    "reports": [
                        {
                            "name": report.name,
                            "kind": report_kinds[report.kind],
                            "date": report.published_date,
                            "summary": report.public_summary,
                        }
                        for report in reports
                        if report.partner_id == partner
                    ],
                }
            )
        return status

    # ------------------------------------------------------------------
    # Pages
    # ------------------------------------------------------------------
    @api.model
    def _edu_pager(self, total, page, size):
        pages = max((total + size - 1) // size, 1)
        page = min(max(page, 1), pages)
        return {"page": page, "pages": pages, "total": total, "offset": (page - 1) * size}

    @api.model
    def _edu_get_public_values(self, year=None, region=None, kind=None, page=1, unit_page=1):
        env = self.sudo().env
        filters = self._edu_filters(year, region, kind)
        entries = self._edu_publication_entries(filters)
        pager = self._edu_pager(len(entries), int(page or 1), PAGE_SIZE)
        page_entries = entries[pager["offset"] : pager["offset"] + PAGE_SIZE]
        inspections = env["edu.inspection"].search(self._edu_inspection_domain(filters))
        report_domain = self._edu_published_report_domain() + self._edu_year_domain(
            "published_date", filters["year"]
        )
        if filters["region"]:
            report_domain.append(
                ("partner_id", "in", self._edu_region_units(filters["region"]).ids)
            )
        reports = env["edu.rectification.report"].search(
            report_domain, order="published_date desc, id desc"
        )
        status = self._edu_unit_status(inspections, reports)
        unit_pager = self._edu_pager(len(status), int(unit_page or 1), UNIT_PAGE_SIZE)
        return {
            "company": env.company,
            "entries": self._edu_entry_values(page_entries),
            "pager": pager,
            "rectification_status": status[
                unit_pager["offset"] : unit_pager["offset"] + UNIT_PAGE_SIZE
            ],
            "unit_pager": unit_pager,
            "filters": filters,
            "years": self._edu_years(),
            "regions": env["edu.region"].search([]),
            "kinds": self._edu_kinds(),
        }

    @api.model
    def _edu_years(self):
        """The years in which something was published, newest first."""
        env = self.sudo().env
        years = set()
        for model, field, domain in self._edu_year_sources():
            years.update(date.year for [date] in env[model]._read_group(domain, [f"{field}:year"]))
        return sorted(years, reverse=True)

    @api.model
    def _edu_year_sources(self):
        """(model, date field, published domain) of every kind of publication."""
        return [
            ("edu.inspection", "publish_date", self._edu_published_inspection_domain()),
            ("edu.accountability.action", "published_date", self._edu_published_action_domain()),
        ]

    @api.model
    def _edu_get_inspection_values(self, inspection_id):
        """The detail page of a published inspection report, or None when
        there is no such published report."""
        env = self.sudo().env
        inspection = env["edu.inspection"].search(
            [("id", "=", inspection_id), *self._edu_published_inspection_domain()]
        )
        if not inspection:
            return None
        functions = dict(inspection._fields["function"]._description_selection(env))
        kinds = dict(inspection._fields["kind"]._description_selection(env))
        reports = env["edu.rectification.report"].search(
            [("inspection_id", "=", inspection.id), *self._edu_published_report_domain()]
        )
        return {
            "company": env.company,
            "inspection": {
                "name": inspection.name,
                "reference": inspection.reference,
                "function": functions.get(inspection.function),
                "kind": kinds.get(inspection.kind),
                "region": inspection.region_id.name or "",
                "date_start": inspection.date_start,
                "date_end": inspection.date_end,
                "date": inspection.publish_date,
                "summary": inspection.public_summary or "",
            },
            "rectification_status": self._edu_unit_status(inspection, reports),
        }

    @api.model
    def _edu_get_action_values(self, action_id):
        """The detail page of a published accountability action, or None."""
        env = self.sudo().env
        action = env["edu.accountability.action"].search(
            [("id", "=", action_id), *self._edu_published_action_domain()]
        )
        if not action:
            return None
        return {
            "company": env.company,
            "action": self._edu_entry_values(
                [(action.published_date, action.kind, action._name, action.id)]
            )[0],
        }

    # ------------------------------------------------------------------
    # Feed
    # ------------------------------------------------------------------
    @api.model
    def _edu_feed_entries(self):
        """The newest publications for the Atom feed: dicts with ``id`` (a
        stable tag), ``title``, ``url``, ``date`` and ``summary``."""
        filters = self._edu_filters()
        entries = self._edu_publication_entries(filters)[:FEED_SIZE]
        return [
            {
                "id": values["url"],
                "title": f"{values['kind']} · {values['title']}",
                "url": values["url"],
                "date": values["date"],
                "summary": values["summary"],
            }
            for values in self._edu_entry_values(entries)
        ]

    @api.model
    def _edu_get_feed(self, base_url):
        """The Atom feed (bytes) of the newest publications."""
        from lxml import etree  # noqa: PLC0415

        env = self.sudo().env
        ns = "http://www.w3.org/2005/Atom"
        feed = etree.Element("feed", nsmap={None: ns})
        entries = sorted(self._edu_feed_entries(), key=lambda entry: entry["date"], reverse=True)[
            :FEED_SIZE
        ]

        def add(parent, tag, text=None, **attrs):
            node = etree.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
            if text is not None:
                node.text = str(text)
            return node

        def stamp(date):
            return f"{fields.Date.to_string(date)}T00:00:00Z"

        add(feed, "title", env._("%s: supervision results", env.company.name))
        add(feed, "id", f"{base_url}/edu_supervision/results")
        add(feed, "link", href=f"{base_url}/edu_supervision/results")
        add(feed, "link", rel="self", href=f"{base_url}/edu_supervision/results/feed")
        add(feed, "updated", stamp(entries[0]["date"]) if entries else "1970-01-01T00:00:00Z")
        author = add(feed, "author")
        add(author, "name", env.company.name)
        for entry in entries:
            node = add(feed, "entry")
            add(node, "title", entry["title"])
            add(node, "id", f"{base_url}{entry['id']}")
            add(node, "link", href=f"{base_url}{entry['url']}")
            add(node, "updated", stamp(entry["date"]))
            add(node, "summary", entry["summary"])
        return etree.tostring(feed, xml_declaration=True, encoding="utf-8")
