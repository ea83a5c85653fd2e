""" "Why do these figures differ?": the JSON endpoint and the web panel over :func:`partnerlens.brief.reconcile.pair_reconciliation`.

``GET /api/reconcile/{a}/{b}?year=`` returns the result as ``partnerlens
reconcile --json`` prints it; ``GET /reconcile?a=&b=&year=`` shows it as a page
(every figure side by side, labelled computed / published / stated, then the
causes with their numbers). Not cached by store version: the article figures
also change when articles are added.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response

from partnerlens.brief.reconcile import pair_reconciliation
from partnerlens.web import api, pages
from partnerlens.web.app import Data

router = APIRouter()

PartyPath = Annotated[
    str, Path(min_length=1, max_length=120, description="ISO3 code, country name or group (e.g. RWA, Azerbaijan).")
]
KINDS = {
    "store": "computed from the trade store",
    "published": "published (WDI), not from the store",
    "article": "stated in an article",
}


@router.get("/api/reconcile/{a}/{b}", tags=["trade"], response_class=api.JSON)
def reconcile_json(a: PartyPath, b: PartyPath, year: api.Year = None, d: Data = Depends(api.data)) -> Response:
    """Why do these figures differ? Every figure for `a` and `b` in `year` (releases, Comtrade reporter and mirror,
    WDI totals, article figures) side by side, with the usual causes of gaps and their numbers."""
    return api.JSON(pair_reconciliation(d.workspace, a, b, year).to_dict())


@router.get("/reconcile", include_in_schema=False, response_class=HTMLResponse)
def reconcile_page(request: Request, a: pages.PartyField, b: pages.PartyField, year: pages.YearField = "") -> Response:
    """The reconciliation panel of a pair."""
    result = pair_reconciliation(request.app.state.data.workspace, a, b, pages._year(year))
    return pages.render(request, "reconcile.html", r=result, kinds=KINDS)
