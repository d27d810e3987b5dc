from urllib.parse import urlencode

from odoo import http
from odoo.http import request

RESULTS_URL = "/edu_supervision/results"


def _results_url(filters, **changes):
    """The public page's URL with the visitor's filters and ``changes``."""
    params = {
        "year": filters["year"] or "",
        "region": filters["region"].id or "",
        "kind": filters["kind"] or "",
        **changes,
    }
    query = urlencode({key: value for key, value in params.items() if value not in ("", None, 1)})
    return f"{RESULTS_URL}?{query}" if query else RESULTS_URL


class EduPublicationController(http.Controller):
    @http.route(
        "/edu_supervision/results", type="http", auth="public", website=True, methods=["GET"]
    )
    def edu_supervision_results(self, year=None, region=None, kind=None, page=1, unit_page=1):
        """Public page: published inspection reports, rectification status and
        accountability results (only what a manager published), filtered by
        year, region and kind, a page at a time."""
        try:
            page, unit_page = int(page), int(unit_page)
        except (TypeError, ValueError):
            page = unit_page = 1
        values = request.env["edu.publication"]._edu_get_public_values(
            year=year, region=region, kind=kind, page=page, unit_page=unit_page
        )
        filters = values["filters"]
        values["page_url"] = lambda **changes: _results_url(filters, **changes)
        return request.render("edu_supervision_rectification.publication_page", values)

    @http.route(
        "/edu_supervision/results/inspection/<int:inspection_id>",
        type="http",
        auth="public",
        website=True,
        methods=["GET"],
    )
    def edu_supervision_inspection(self, inspection_id):
        values = request.env["edu.publication"]._edu_get_inspection_values(inspection_id)
        if values is None:
            raise request.not_found()
        return request.render("edu_supervision_rectification.publication_inspection_page", values)

    @http.route(
        "/edu_supervision/results/action/<int:action_id>",
        type="http",
        auth="public",
        website=True,
        methods=["GET"],
    )
    def edu_supervision_action(self, action_id):
        values = request.env["edu.publication"]._edu_get_action_values(action_id)
        if values is None:
            raise request.not_found()
        return request.render("edu_supervision_rectification.publication_action_page", values)

    @http.route("/edu_supervision/results/feed", type="http", auth="public", methods=["GET"])
    def edu_supervision_feed(self):
        """Atom feed of the newest publications."""
        base_url = request.httprequest.url_root.rstrip("/")
        body = request.env["edu.publication"]._edu_get_feed(base_url)
        return request.make_response(
            body, headers=[("Content-Type", "application/atom+xml; charset=utf-8")]
        )
