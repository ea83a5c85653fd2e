"""Compute from the trade data the figure a claim states.

A :class:`TradeQuery` is a claim reduced to what the data can answer: which
flow (A→B, B→A or both), between which parties (the partner ``None`` meaning
the rest of the world), for which HS codes, in which year. :func:`measure`
answers it with the analytics primitives (:func:`partnerlens.analytics.flows.flow_values`),
so a group's trade follows the one rule of the whole system: the sum over its
members, without trade between members.

* total — A→B + B→A (ARCHITECTURE.md: "bilateral trade" is both directions);
* exports / imports — one direction;
* growth — ``v[year] / v[base_year] − 1`` of one of the flows above;
* share — of a product set in a party's flow of all goods (with the partner
  if one is named, else with the world), or of a partner in the party's flow
  with the world (METHODS.md, *Bilateral profile*: ``X[A,B,.]/X[A,.,.]``);
* rank — the partner's place among the party's partners in that flow (export
  destinations, import origins or total trade; optionally for a product set).

Missing stays missing: a year the data do not cover, or a party or product
set that has no flows at all in that year, is ``no_data`` with the reason,
never a zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from partnerlens.analytics.flows import Flows, flow_values, pair_sides, product_filter, sql_list
from partnerlens.errors import PartnerlensError
from partnerlens.reference import Party


@dataclass(frozen=True)
class TradeQuery:
    """What to compute for one claim."""

    metric: str  # total | exports | imports | growth | share | rank
    flow: str  # total | exports | imports: the flow a growth, share or rank is about
    subject: Party
    partner: Party | None  # None: the rest of the world
    products: tuple[str, ...] | None  # HS codes (prefixes); None: all goods
    year: int
    base_year: int | None = None  # growth only


@dataclass(frozen=True)
class Measurement:
    """The computed figure, or why there is none (``value`` None and ``missing`` set)."""

    value: float | None
    missing: str | None = None
    years: tuple[int, ...] = ()


def _flow(f: Flows, flow: str, subject: Party, partner: Party | None, year: int, products) -> float:
    """One year's value of ``flow`` between subject and partner (NaN when the year is not covered)."""
    directions: dict[str, list[tuple[Party | None, Party | None]]] = {
        "exports": [(subject, partner)],
        "imports": [(partner, subject)],
        "total": [(subject, partner), (partner, subject)],
    }
    return sum(float(flow_values(f, a, b, [year], products).iloc[0]) for a, b in directions[flow])


def _absent(f: Flows, query: TradeQuery, year: int) -> str | None:
    """Why ``year`` cannot be measured for this query: not covered, party or products without flows."""
    if not f.has_year(year):
        return f"{year} is not in the data (years held: {_span(f.years)})"
    for party in (query.subject, query.partner):
        if party is None:
            continue
        members = sql_list(party.members)
        seen = f.con.execute(
            f"SELECT 1 FROM flows WHERE year = ? AND (exporter IN {members} OR importer IN {members}) LIMIT 1", [year]
        ).fetchone()
        if seen is None:
            return f"{party.name} has no trade flows in the data for {year}"
    if query.products is not None:
        seen = f.con.execute(
            f"SELECT 1 FROM flows WHERE year = ? AND {product_filter(query.products)} LIMIT 1", [year]
        ).fetchone()
        if seen is None:
            return f"no flows of HS {', '.join(query.products[:6])}{'…' if len(query.products) > 6 else ''} in the data for {year}"
    return None


def _span(years: tuple[int, ...]) -> str:
    return f"{years[0]}–{years[-1]}" if years else "none"


_PARTNER = "_CLAIMED_PARTNER"  # the claim's partner, counted as one partner even when it is a group
_LEGS: dict[str, tuple[tuple[str, str], ...]] = {
    "exports": (("exporter", "importer"),),
    "imports": (("importer", "exporter"),),
}
_LEGS["total"] = _LEGS["exports"] + _LEGS["imports"]


def _rank(f: Flows, query: TradeQuery) -> int | None:
    """Place of the partner among the subject's partner economies in one flow (1 = largest), None when absent.

    As in the bilateral profile's standing, a group partner counts as one partner.
    """
    subject, partner = (sql_list(side) for side in pair_sides(query.subject, query.partner))
    legs = " UNION ALL ".join(
        f"SELECT CASE WHEN {other} IN {partner} THEN '{_PARTNER}' ELSE {other} END AS partner, value_usd FROM flows "
        f"WHERE year = {int(query.year)} AND {own} IN {subject} AND {other} NOT IN {subject} AND {product_filter(query.products)}"
        for own, other in _LEGS[query.flow]
    )
    by_partner = f.df(f"SELECT partner, sum(value_usd) AS v FROM ({legs}) GROUP BY partner HAVING sum(value_usd) > 0")
    mine = by_partner.loc[by_partner["partner"] == _PARTNER, "v"]
    return int((by_partner["v"] > mine.iloc[0]).sum()) + 1 if len(mine) else None


def _years(query: TradeQuery) -> tuple[int, ...]:
    """The years the query reads: the base year, then the year, for growth; the year alone otherwise."""
    if query.metric != "growth":
        return (query.year,)
    if query.base_year is None:
        raise PartnerlensError("a growth claim needs the base year it grows from")
    return (query.base_year, query.year)


def measure(f: Flows, query: TradeQuery) -> Measurement:
    """The figure the query asks for, from the open flows ``f``."""
    if query.partner is not None:
        pair_sides(query.subject, query.partner)  # raises when a party is paired with itself
    years = _years(query)
    for year in years:
        reason = _absent(f, query, year)
        if reason:
            return Measurement(None, reason, years)
    if query.metric in ("total", "exports", "imports"):
        return Measurement(
            _flow(f, query.metric, query.subject, query.partner, query.year, query.products), years=years
        )
    if query.metric == "growth":
        before, now = (_flow(f, query.flow, query.subject, query.partner, y, query.products) for y in years)
        if before == 0:
            return Measurement(None, f"no trade in {query.base_year} to grow from", years)
        return Measurement(now / before - 1, years=years)
    if query.metric == "share":
        part = _flow(f, query.flow, query.subject, query.partner, query.year, query.products)
        within = query.partner if query.products is not None else None
        whole = _flow(f, query.flow, query.subject, within, query.year, None)
        if whole == 0:
            return Measurement(
                None, f"{query.subject.name} has no {query.flow} of goods in {query.year} to take a share of", years
            )
        return Measurement(part / whole, years=years)
    if query.partner is None:
        raise PartnerlensError("a rank needs the partner it ranks")
    rank = _rank(f, query)
    if rank is None:
        return Measurement(
            None, f"{query.partner.name} is not among {query.subject.name}'s partners in {query.year}", years
        )
    return Measurement(float(rank), years=years)
