"""Drill-down routes: one product or sector, and a group's members, for a pair — as JSON and as a page.

``/api/drill/profile`` and ``/api/drill/opportunities`` answer what
``partnerlens profile|opportunities A B --product … --sector … --members --json``
print; ``/drill`` is the page for people (linked from the pair page). The
library does the work (:func:`partnerlens.analytics.bilateral_profile`,
:func:`partnerlens.analytics.pair_opportunities`); results are cached per
store version like the other read routes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response

from partnerlens.analytics import bilateral_profile, pair_opportunities, selected_products
from partnerlens.analytics.selection import single_product
from partnerlens.web import api
from partnerlens.web.app import Data

router = APIRouter(prefix="/api/drill", tags=["trade"], default_response_class=api.JSON)
pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Product = Annotated[
    str | None,
    Query(
        max_length=200,
        pattern=r"^[0-9, ]*$",
        description="HS code(s) or prefix(es), comma-separated (e.g. 0901 or 090111).",
    ),
]
Sector = Annotated[
    str | None, Query(max_length=200, description="Sector id(s) of the taxonomy, comma-separated (e.g. coffee,tea).")
]
Members = Annotated[bool, Query(description="For a party that is a group: the breakdown by member.")]


def drill_profile_dict(
    d: Data, a: str, b: str, year: int | None, top: int, product: str | None, sector: str | None, members: bool
) -> dict:
    """The profile restricted to products and/or broken down by member, as `partnerlens profile … --json`."""
    products = selected_products(product, sector, d.workspace.home / "sectors.yaml")
    key = ("drill-profile", a, b, year, top, tuple(products or ()), members)
    return d.cached(
        key, lambda: bilateral_profile(d.store, a, b, year, top=top, products=products, members=members).to_dict()
    )


def drill_opportunities_dict(
    d: Data, a: str, b: str, year: int | None, top: int, product: str | None, sector: str | None
) -> dict:
    """Export potential (with members for a group market) and diversification for products, as `opportunities … --json`."""
    products = selected_products(product, sector, d.workspace.home / "sectors.yaml")
    detail = single_product(product)
    key = ("drill-opportunities", a, b, year, top, tuple(products or ()), detail)
    return d.cached(
        key, lambda: pair_opportunities(d.store, a, b, year, top=top, products=products, detail=detail).to_dict()
    )


def include(app: FastAPI) -> None:
    """Add the drill-down API routes and page to ``app``."""
    app.include_router(router)
    app.include_router(pages)


@router.get("/profile")
async def drill_profile(
    a: api.PartyText,
    b: api.PartyText,
    year: api.Year = None,
    top: api.Top = 10,
    product: Product = None,
    sector: Sector = None,
    members: Members = False,
    d: Data = Depends(api.data),
) -> Response:
    """Bilateral profile for some products (`product`, `sector`) and/or by member of a group party (`members`)."""
    key = ("drill-profile", a, b, year, top, product, sector, members)
    return await api.cached_json(d, key, lambda: drill_profile_dict(d, a, b, year, top, product, sector, members))


@router.get("/opportunities")
async def drill_opportunities(
    a: api.PartyText,
    b: api.PartyText,
    year: api.Year = None,
    top: api.Top = 10,
    product: Product = None,
    sector: Sector = None,
    d: Data = Depends(api.data),
) -> Response:
    """Export potential both ways for some products, with one product's drill-down when `product` is one code.

    A group market's potential is broken down by member in `export_potential[].members`.
    """
    key = ("drill-opportunities", a, b, year, top, product, sector)
    return await api.cached_json(d, key, lambda: drill_opportunities_dict(d, a, b, year, top, product, sector))


@pages.get("/drill")
def drill_page(
    request: Request,
    a: Annotated[str, Query(min_length=1, max_length=120)],
    b: Annotated[str, Query(min_length=1, max_length=120)],
    year: Annotated[str, Query(max_length=8)] = "",
    product: Product = None,
    sector: Sector = None,
    members: Members = False,
) -> Response:
    """The pair for some products or sectors, with the members of a group and one product's drill-down."""
    from partnerlens.web.pages import _year, render

    d = request.app.state.data
    chosen = _year(year)
    product, sector = (product or "").strip() or None, (sector or "").strip() or None
    p = drill_profile_dict(d, a, b, chosen, 10, product, sector, members)
    o = drill_opportunities_dict(d, a, b, chosen, 10, product, sector) if p["has_data"] else None
    return render(
        request, "drill.html", p=p, o=o, year=chosen, product=product or "", sector=sector or "", members=members
    )
