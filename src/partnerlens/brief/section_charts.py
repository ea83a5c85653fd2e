"""The charts' inputs of the sections that draw charts, and those charts drawn ahead, as soon as their data exist.

A brief's charts depend on a few of its inputs only: the trade series and
treemaps on the pair's profile, each product space on one direction's
diversification. :func:`trade_charts` and :func:`space_chart_ahead` build the
same specs the sections build later (the same functions, called with the same
values) and hand them to :func:`partnerlens.brief.chart_files.predraw`, which
draws them while the analytics go on; the sections then read each SVG back.

This module sits outside :mod:`partnerlens.brief.sections` on purpose:
importing that package imports every section, and with them the claim checker
and the article extractor, which a brief loads on its read-ahead thread
(:func:`partnerlens.brief.record.read_ahead`), not on its main thread while the
analytics run.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pandas as pd

from partnerlens.brief import charts, charts_space
from partnerlens.brief.chart_files import predraw
from partnerlens.reference.products import hs_section
from partnerlens.reference.products import sections as hs_sections

if TYPE_CHECKING:
    from partnerlens.analytics import BilateralProfile
    from partnerlens.brief.gather import Direction

OTHER_PRODUCTS = "All other products"
CANDIDATES_SHOWN = 8  # diversification candidates listed (and ringed in the product space) per direction


def series_rows(profile: BilateralProfile) -> list:
    """The profile's yearly rows over the whole span of the data; a year the data skip is None (a gap)."""
    by_year = {row.year: row for row in profile.series}
    if not by_year:
        return []
    return [(year, by_year.get(year)) for year in range(min(by_year), max(by_year) + 1)]


def series_frame(a: str, b: str, profile: BilateralProfile) -> pd.DataFrame:
    """The pair's trade by year, both directions (``year, flow, value_usd``): the series chart's data."""
    rows = []
    for year, row in series_rows(profile):
        rows.append({"year": year, "flow": f"{a} → {b}", "value_usd": row.exports_a_to_b_usd if row else None})
        rows.append({"year": year, "flow": f"{b} → {a}", "value_usd": row.exports_b_to_a_usd if row else None})
    return pd.DataFrame(rows, columns=["year", "flow", "value_usd"]).astype({"value_usd": "float64"})


def treemap(top, flow_total) -> str:
    """The treemap of one direction's top HS4 products and the rest, coloured by HS section."""
    return charts.treemap_chart(_treemap_items(top, flow_total), groups=[*_section_names().values(), OTHER_PRODUCTS])


def space_chart(direction: Direction, codes: list[str], nomenclature: str) -> str | None:
    """The product space of ``direction``'s exporter with the candidates ``codes`` (HS4) ringed."""
    return charts_space.product_space_chart(set(direction.present_hs4), codes, nomenclature)


def candidate_codes(candidates: pd.DataFrame) -> list[str]:
    """The HS4 codes of the candidates a brief lists (the first ``CANDIDATES_SHOWN``), in order."""
    return list(candidates.head(CANDIDATES_SHOWN)["product"].str[:4])


def trade_charts(a: str, b: str, profile: BilateralProfile) -> None:
    """Draw the trade section's charts ahead from the pair's names (``a``, ``b``) and profile."""
    series = series_frame(a, b, profile)
    if series["value_usd"].notna().any():
        predraw(partial(charts.series_chart, series))
    for key in ("a_to_b", "b_to_a"):
        top, flow = getattr(profile, f"top_products_{key}")["hs4"], getattr(profile, f"exports_{key}_usd")
        if top:
            predraw(partial(treemap, top, flow))


def space_chart_ahead(direction: Direction, nomenclature: str) -> None:
    """Draw ``direction``'s product space ahead, when the opportunities section will show one."""
    div = direction.diversification
    if direction.potential is None or div is None or div.candidates.empty:
        return
    predraw(partial(space_chart, direction, candidate_codes(div.candidates), nomenclature))


def _section_names() -> dict[str, str]:
    table = hs_sections()
    return dict(zip(table["section"], table["name"], strict=False))


def _treemap_items(top, flow_total) -> pd.DataFrame:
    names = _section_names()
    items = [
        {
            "label": row.name or row.code,
            "value_usd": row.value_usd,
            "group": names.get(hs_section(row.code) or "", OTHER_PRODUCTS),
        }
        for row in top
    ]
    rest = (flow_total or 0.0) - sum(row.value_usd for row in top)
    if rest > 0.005 * (flow_total or 0.0):
        items.append({"label": OTHER_PRODUCTS, "value_usd": rest, "group": OTHER_PRODUCTS})
    return pd.DataFrame(items)
