"""Services trade of a pair by EBOPS 2010 category, from the workspace's OECD–WTO BaTiS release.

For exporter party A and market party B (economies or groups; a group is the
sum over its members, intra-group flows excluded as for goods), year t (default:
the latest year BaTiS covers for the pair):

* value per EBOPS item = Σ balanced value of A-members' exports (``Flow = X``)
  to B-members — BaTiS's *balanced* basis, where exports equal the partner's
  mirror imports; the reported value (as the exporter published it) and the
  value including OECD–WTO estimates are given beside it, missing where absent;
* each item is linked to the cooperation sectors whose ``ebops`` list names it
  in the sector taxonomy (``sectors.yaml``).

No rows for the pair means "no data" (BaTiS covers every pair it can estimate,
so an absent pair is an absence of the source, not zero trade).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerlens.evidence import EvidenceStore
from partnerlens.reference.parties import Party
from partnerlens.reference.sectors import Sector
from partnerlens.sources.batis import EBOPS_MAIN
from partnerlens.sql import one_row
from partnerlens.store import SourceInfo, TradeStore

BASIS = "balanced value (OECD–WTO BaTiS, BPM6: exports equal the partner's mirror imports)"


@dataclass
class ServiceLine:
    item: str
    label: str
    value_usd: float | None
    reported_usd: float | None
    estimated_usd: float | None
    sectors: tuple[str, ...] = ()


@dataclass
class ServicesFlow:
    """A's services exports to B in one year, by EBOPS item (``lines`` empty: no data)."""

    exporter: str
    market: str
    year: int | None
    total_usd: float | None
    lines: list[ServiceLine] = field(default_factory=list)
    basis: str = BASIS
    source: SourceInfo | None = None

    @property
    def available(self) -> bool:
        return bool(self.lines) or self.total_usd is not None

    def to_dict(self) -> dict:
        return {
            "exporter": self.exporter,
            "market": self.market,
            "year": self.year,
            "total_usd": self.total_usd,
            "basis": self.basis,
            "source": self.source.name if self.source else None,
            "lines": [vars(line) | {"sectors": list(line.sectors)} for line in self.lines],
        }


def sectors_by_item(sectors: dict[str, Sector]) -> dict[str, tuple[str, ...]]:
    """EBOPS item → ids of the sectors whose ``ebops`` list names it."""
    found: dict[str, list[str]] = {}
    for sector in sectors.values():
        for item in sector.ebops:
            found.setdefault(item.upper(), []).append(sector.id)
    return {item: tuple(ids) for item, ids in found.items()}


def services_flow(
    store: TradeStore, exporter: Party, market: Party, year: int | None = None, sectors: dict[str, Sector] | None = None
) -> ServicesFlow:
    """Services exports of ``exporter`` to ``market`` by EBOPS item in ``year`` (default: latest with data)."""
    from partnerlens.analytics.flows import pair_sides
    from partnerlens.reference.sectors import load_sectors

    side_a, side_b = pair_sides(exporter, market)
    linked = sectors_by_item(sectors or load_sectors())
    with EvidenceStore(store.workspace).table("services") as (con, info):
        where = "flow = 'X' AND reporter IN (SELECT unnest(?)) AND partner IN (SELECT unnest(?))"
        params = [sorted(side_a), sorted(side_b)]
        if year is None:
            (year,) = one_row(con, f"SELECT max(year) FROM evidence WHERE {where}", params)
        if year is None:
            return ServicesFlow(exporter.code, market.code, None, None, source=info)
        rows = con.execute(
            f"SELECT item, sum(balanced_usd), CASE WHEN count(reported_usd) = count(*) THEN sum(reported_usd) END, "
            f"CASE WHEN count(estimated_usd) = count(*) THEN sum(estimated_usd) END FROM evidence "
            f"WHERE {where} AND year = ? GROUP BY item ORDER BY item",
            [*params, int(year)],
        ).fetchall()
    lines = [
        ServiceLine(item, EBOPS_MAIN.get(item, item), value, reported, estimated, linked.get(item, ()))
        for item, value, reported, estimated in rows
    ]
    total = next((line.value_usd for line in lines if line.item == "S"), None)
    return ServicesFlow(
        exporter.code, market.code, int(year), total, [line for line in lines if line.item != "S"], source=info
    )


def services_by_sector(flow: ServicesFlow) -> dict[str, float]:
    """Balanced services exports per linked cooperation sector (an item linked to two sectors counts in both)."""
    totals: dict[str, float] = {}
    for line in flow.lines:
        for sector in line.sectors:
            if line.value_usd is not None:
                totals[sector] = totals.get(sector, 0.0) + line.value_usd
    return totals
