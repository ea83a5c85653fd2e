"""A group's side of a pair, member by member: which economies make the group's trade with the other party.

"Kazakhstan's trade with Africa" is a sum over 54 economies; the breakdown
shows which of them make it (the top ``top`` members and the rest in one row),
so a reader can see why a figure differs from a press release that counted a
few countries. The group's side is the one :func:`~partnerlens.analytics.flows.pair_sides`
gives (a member that is also the other party is left out).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from partnerlens.analytics.flows import (
    Flows,
    FlowsLike,
    PartyLike,
    Result,
    as_party,
    open_flows,
    pair_sides,
    product_filter,
    sql_list,
)
from partnerlens.errors import UnknownPartyError
from partnerlens.reference import resolve_party
from partnerlens.store import SourceInfo

DEFAULT_TOP = 10
REST = "rest"


@dataclass
class MemberRow(Result):
    """One member's trade with the other party in the year (USD), and its share of the pair's total."""

    member: str  # ISO3, or "rest" for the members after the top ones
    name: str
    exports_to_usd: float  # the other party → this member
    imports_from_usd: float  # this member → the other party
    total_usd: float
    share_of_total: float | None
    members: int = 1  # how many economies the row stands for


@dataclass
class MemberBreakdown(Result):
    """The pair's trade in ``year`` by member of ``group``: the top rows, then ``rest`` (None when nothing is left)."""

    group: str
    group_name: str
    other: str
    other_name: str
    year: int
    total_usd: float
    rows: list[MemberRow]
    rest: MemberRow | None
    members: int  # members of the group's side of the pair
    trading_members: int  # members with any trade with the other party that year
    products: list[str] | None = None
    synthetic: bool = False
    sources: list[SourceInfo] = field(default_factory=list)


def member_breakdown(
    flows: FlowsLike,
    other: PartyLike,
    group: PartyLike,
    year: int | None = None,
    *,
    top: int = DEFAULT_TOP,
    products: list[str] | None = None,
) -> MemberBreakdown:
    """The trade of ``other`` with each member of ``group`` in ``year`` (default: latest), largest first.

    ``products``: HS codes or prefixes to count (None: all trade). Members with
    no trade with ``other`` count in ``rest``; their values are 0 (the year is
    covered).
    """
    party, group_party = as_party(other), as_party(group)
    side_other, side_group = pair_sides(party, group_party)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        table = _by_member(f, year, side_other, side_group, products)
        sources, synthetic = list(f.sources), f.synthetic
    table = table.set_index("member").reindex(sorted(side_group), fill_value=0.0).reset_index()
    table["total_usd"] = table["exports_to_usd"] + table["imports_from_usd"]
    table = table.sort_values(["total_usd", "member"], ascending=[False, True], ignore_index=True)
    total = float(table["total_usd"].sum())
    rows = [
        _row(r.member, _name(r.member), r.exports_to_usd, r.imports_from_usd, total)
        for r in table.head(top).itertuples()
    ]
    rest_rows = table.iloc[top:]
    rest = (
        _row(
            REST,
            f"the other {len(rest_rows)} members",
            rest_rows["exports_to_usd"].sum(),
            rest_rows["imports_from_usd"].sum(),
            total,
            members=len(rest_rows),
        )
        if len(rest_rows)
        else None
    )
    return MemberBreakdown(
        group=group_party.code,
        group_name=group_party.name,
        other=party.code,
        other_name=party.name,
        year=year,
        total_usd=total,
        rows=rows,
        rest=rest,
        members=len(table),
        trading_members=int((table["total_usd"] > 0).sum()),
        products=list(products) if products else None,
        synthetic=synthetic,
        sources=sources,
    )


def _by_member(
    f: Flows, year: int, other: frozenset[str], group: frozenset[str], products: list[str] | None
) -> pd.DataFrame:
    source = f.pair_totals() if not products else f"(SELECT * FROM flows WHERE {product_filter(products)})"
    o, g = sql_list(other), sql_list(group)
    return f.df(
        f"SELECT CASE WHEN importer IN {g} THEN importer ELSE exporter END AS member, "
        f"coalesce(sum(value_usd) FILTER (WHERE importer IN {g}), 0) AS exports_to_usd, "
        f"coalesce(sum(value_usd) FILTER (WHERE exporter IN {g}), 0) AS imports_from_usd "
        f"FROM {source} WHERE year = {int(year)} AND ((exporter IN {o} AND importer IN {g}) OR (exporter IN {g} AND importer IN {o})) "
        "GROUP BY member"
    )


def _row(member: str, name: str, to: float, back: float, total: float, members: int = 1) -> MemberRow:
    value = float(to) + float(back)
    return MemberRow(member, name, float(to), float(back), value, value / total if total > 0 else None, members)


def _name(code: str) -> str:
    try:
        return resolve_party(code).name
    except UnknownPartyError:  # a code the reference does not know: show the code
        return code
