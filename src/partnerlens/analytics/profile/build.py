"""Assembling the bilateral profile of two parties from its blocks (METHODS.md, *Bilateral profile*).

:func:`bilateral_profile` opens the flows once and asks each block for its
figures: totals, series, shares and ranks (:mod:`.series`), products, baskets
and sectors (:mod:`.products`), the mirror check (:mod:`.mirror`), members of a
group (:mod:`partnerlens.analytics.members`), published figures
(:mod:`partnerlens.analytics.published`), provenance and recent months.
"""

from __future__ import annotations

from partnerlens.analytics.flows import Flows, FlowsLike, PartyLike, as_party, open_flows, pair_sides
from partnerlens.analytics.monthly import recent_trade
from partnerlens.analytics.profile.mirror import mirror_check
from partnerlens.analytics.profile.model import BilateralProfile
from partnerlens.analytics.profile.products import (
    EMPTY,
    bilateral_products,
    concentration,
    goods_sectors,
    sector_rows,
    summaries,
    top_products,
)
from partnerlens.analytics.profile.series import (
    absent,
    cagr,
    cagr_window,
    pair_source,
    series_table,
    standing,
    year_row,
)
from partnerlens.analytics.profile.world import (
    NO_TRADE,
    world_economies,
    world_series,
    world_standing,
    world_summaries,
)
from partnerlens.analytics.provenance import provenance, provenance_notes
from partnerlens.analytics.published import pair_published
from partnerlens.reference import Party, load_sectors

DEFAULT_TOP = 10


def bilateral_profile(
    flows: FlowsLike,
    a: PartyLike,
    b: PartyLike,
    year: int | None = None,
    *,
    top: int = DEFAULT_TOP,
    since: int | None = None,
    products: list[str] | None = None,
    members: bool = False,
) -> BilateralProfile:
    """The bilateral profile of parties ``a`` and ``b`` in ``year`` (default: the latest year of the data).

    ``top`` products are listed each way at HS4 and HS6; compound annual
    growth runs from ``since`` (default: the first year of the data) to
    ``year``: ``CAGR = (v_year / v_since)^(1/(year − since)) − 1``. A year the
    data do not cover gives a profile whose values are None, with a note.
    ``products`` (HS codes or prefixes, e.g. a sector's) restricts every
    figure to those products: series, shares, ranks, top products, sectors.
    ``members``: for a party that is a group, the pair's trade by member
    (:func:`partnerlens.analytics.members.member_breakdown`).
    """
    party_a, party_b = as_party(a), as_party(b)
    side_a, side_b = pair_sides(party_a, party_b)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        own: list = []  # the pair's own rows, read while another request of a server built the store-wide tables

        def ahead() -> None:
            own.append(bilateral_products(f, year, side_a, side_b, products))

        economies = None if products else world_economies(f, side_a, side_b, ahead)
        if economies is not None:  # two economies, world tables current: a few rows, no query on the pair totals
            (code_a,), (code_b,) = side_a, side_b
            series = world_series(f, code_a, code_b, economies)
            b_in_a = world_standing(f, year, economies.get((year, code_a), NO_TRADE), code_b)
            a_in_b = world_standing(f, year, economies.get((year, code_b), NO_TRADE), code_a)
        else:
            source = pair_source(f, products)
            series = series_table(f, side_a, side_b, source)
            b_in_a = standing(f, year, side_a, side_b, source)
            a_in_b = standing(f, year, side_b, side_a, source)
        covered = f.has_year(year)
        goods = goods_sectors(load_sectors(f.sectors_path))
        found = None if products else world_summaries(f, year, side_a, side_b, goods, top)
        if found is None:  # no current world summaries for this pair and year: from the flows
            found = summaries(own[0] if own else bilateral_products(f, year, side_a, side_b, products), goods, top)
        mirror = mirror_check(f, year, side_a, side_b)
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
        breakdown = _member_breakdowns(f, party_a, party_b, year, top, products) if members else []
        converted, recent = provenance(f), recent_trade(f.store, side_a, side_b)

    notes, coverage_note = overlap_notes(party_a, party_b, side_a, side_b) + provenance_notes(converted), None
    if products:
        notes.append(f"products {', '.join(products)} only: every figure, share and rank is for those products")
    if members and not breakdown:
        notes.append("neither party is a group: no breakdown by member")
    rows = [year_row(series, y) for y in series]
    now = next((r for r in rows if r.year == year), None)
    has_data = now is not None and now.exports_a_to_b_usd is not None
    if not covered:
        span = f"{min(series)}–{max(series)}" if series else "no years"
        coverage_note = f"no data for {year}: the data cover {span}"
        notes.append(coverage_note)
    elif not has_data:
        notes.append(f"no trade recorded for {party_a.name if absent(series, year, 'a') else party_b.name} in {year}")
    window = cagr_window(series, since, year)
    ab, ba = found.get("a_to_b", EMPTY), found.get("b_to_a", EMPTY)
    return BilateralProfile(
        a=party_a.code,
        b=party_b.code,
        a_name=party_a.name,
        b_name=party_b.name,
        a_members=sorted(side_a),
        b_members=sorted(side_b),
        year=year,
        has_data=has_data,
        exports_a_to_b_usd=now.exports_a_to_b_usd if now else None,
        exports_b_to_a_usd=now.exports_b_to_a_usd if now else None,
        total_usd=now.total_usd if now else None,
        balance_usd=now.balance_usd if now else None,
        growth={k: getattr(now, f"growth_{k}") if now else None for k in ("a_to_b", "b_to_a", "total")},
        cagr={k: cagr(rows, k, window) for k in ("a_to_b", "b_to_a", "total")},
        cagr_window=window,
        series=rows,
        b_among_a_partners=b_in_a,
        a_among_b_partners=a_in_b,
        top_products_a_to_b=top_products(ab, top, names) if has_data else {"hs4": [], "hs6": []},
        top_products_b_to_a=top_products(ba, top, names) if has_data else {"hs4": [], "hs6": []},
        concentration={"a_to_b": concentration(ab), "b_to_a": concentration(ba)},
        sectors=sector_rows(ab, ba, goods) if has_data else [],
        mirror=mirror,
        synthetic=synthetic,
        sources=sources,
        notes=notes,
        coverage_note=coverage_note,
        published=pair_published(party_a, party_b, year),
        products=list(products) if products else None,
        members=breakdown,
        provenance=converted,
        recent=recent,
    )


def _member_breakdowns(
    f: Flows, party_a: Party, party_b: Party, year: int, top: int, products: list[str] | None
) -> list:
    from partnerlens.analytics.members import member_breakdown

    return [
        member_breakdown(f, other, group, year, top=top, products=products)
        for group, other in ((party_a, party_b), (party_b, party_a))
        if group.is_group
    ]


def overlap_notes(party_a: Party, party_b: Party, side_a: frozenset[str], side_b: frozenset[str]) -> list[str]:
    notes = []
    for party, side in ((party_a, side_a), (party_b, side_b)):
        left_out = party.members - side
        if left_out:
            notes.append(f"{party.name} counted without {', '.join(sorted(left_out))} (members of the other party)")
    return notes
