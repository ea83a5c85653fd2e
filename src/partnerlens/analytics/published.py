"""Published indicators of a party, composed for answers: real figures shown next to what the store computes.

The figures come from :mod:`partnerlens.reference.published` (WDI goods
exports and imports on the balance-of-payments basis, GDP and population; the
Growth Lab's published ECI with its rank among the economies the Atlas ranks;
its 2024 growth projection). They are *published*, not computed from the trade
store, so they are real even when the store is the synthetic demo world; every
answer that shows them says so (:data:`PUBLISHED_NOTE`).

An economy gets each figure in the answer's year, else the latest earlier year
(the figure says which). A group gets sums over its members in one year, with
how many of its members have a figure, and its members' ECI as a table: ECI is
never averaged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from partnerlens.analytics.sides import PartyLike, as_party, pair_sides
from partnerlens.errors import UnknownPartyError
from partnerlens.reference import published as ref
from partnerlens.reference import resolve_economy

if TYPE_CHECKING:
    import pandas as pd

PUBLISHED_NOTE = "Published indicators (real, not from the trade store)"
ORDER = ("exports_goods", "imports_goods", "gdp", "population", "eci", "growth_projection")


@dataclass
class PublishedIndicators:
    """One party's published figures for a year, with sources and vintage on each figure."""

    party: str
    name: str
    is_group: bool
    year: int  # the year asked for (figures may be of earlier years; each says its own)
    figures: list[ref.PublishedFigure]
    member_rows: list[dict[str, Any]] = field(default_factory=list)  # groups: iso3, name, year, eci, rank, ranked_of
    members: int = 1
    ranked_economies: int = 0  # how many economies the Atlas ranks (the ECI rank is among those with a published ECI)
    note: str = PUBLISHED_NOTE

    @property
    def member_eci(self) -> pd.DataFrame:
        """The members' published ECI as a table (``member_rows``; empty for an economy)."""
        import pandas as pd

        if not self.is_group:
            return pd.DataFrame()
        return pd.DataFrame(self.member_rows, columns=["iso3", "name", "year", "eci", "rank", "ranked_of"])

    def figure(self, indicator: str) -> ref.PublishedFigure | None:
        return next((f for f in self.figures if f.indicator == indicator), None)

    @property
    def sources(self) -> list[str]:
        """The distinct sources of the figures, in the order they appear."""
        return list(dict.fromkeys(f.source for f in self.figures))

    def to_dict(self) -> dict:
        return {
            "party": self.party,
            "name": self.name,
            "is_group": self.is_group,
            "year": self.year,
            "published": True,
            "note": self.note,
            "vintage": ref.vintage(),
            "figures": [f.to_dict() for f in self.figures],
            "member_eci": [dict(row) for row in self.member_rows] if self.is_group else None,
            "members": self.members,
            "ranked_economies": self.ranked_economies,
        }


def published_indicators(party: PartyLike, year: int | None = None) -> PublishedIndicators:
    """The published block of ``party`` for ``year`` (default: the latest year WDI has goods exports for).

    Economy: WDI goods exports, goods imports, GDP and population, the published
    ECI with its rank, each in ``year`` or the latest earlier year; and the Growth
    Lab's latest (2024) growth projection. Group: WDI sums over members in
    ``year`` (capped at the last WDI year), with member coverage, and the
    members' published ECI in that year (capped at the last ECI year).
    """
    p = as_party(party)
    return _compose(
        p.code, p.name, p.is_group, frozenset(p.members), int(year) if year is not None else ref.latest_wdi_year()
    )


@lru_cache(maxsize=512)
def _compose(code: str, name: str, is_group: bool, members: frozenset[str], year: int) -> PublishedIndicators:
    """The block for one party and year; cached, as the published figures do not change while partnerlens runs."""
    latest = ref.latest_wdi_year()
    if is_group:
        wdi_year = min(year, latest)
        figures = [ref.group_figure(members, name_, wdi_year) for name_ in ref.WDI_INDICATORS]
        member_table = _named(ref.member_eci_rows(members, min(year, ref.latest_eci_year())))
    else:
        (iso3,) = tuple(members)
        figures = [ref.economy_figure(iso3, name_, year) for name_ in (*ref.WDI_INDICATORS, "eci")]
        figures.append(ref.economy_figure(iso3, "growth_projection", None))
        member_table = []
    kept = [f for f in figures if f is not None and not math.isnan(f.value)]
    kept.sort(key=lambda f: ORDER.index(f.indicator))
    return PublishedIndicators(
        party=code,
        name=name,
        is_group=is_group,
        year=year,
        figures=kept,
        member_rows=member_table,
        members=len(members),
        ranked_economies=len(ref.ranked_economies()),
    )


def pair_published(
    a: PartyLike, b: PartyLike, year: int | None = None
) -> tuple[PublishedIndicators, PublishedIndicators]:
    """The published blocks of both parties of a pair for ``year``.

    A group stands for the members it has in this pair, as in the trade
    figures: members of the other party are left out (``pair_sides``).
    """
    party_a, party_b = as_party(a), as_party(b)
    side_a, side_b = pair_sides(party_a, party_b)
    return (
        published_indicators(replace(party_a, members=side_a), year),
        published_indicators(replace(party_b, members=side_b), year),
    )


def _named(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The member ECI rows with each member's name (after its code)."""
    named = []
    for row in rows:
        try:
            name = resolve_economy(row["iso3"]).name
        except UnknownPartyError:  # an Atlas code the economy list does not know keeps its code
            name = row["iso3"]
        named.append({"iso3": row["iso3"], "name": name} | {k: v for k, v in row.items() if k != "iso3"})
    return named
