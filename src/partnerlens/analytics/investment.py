"""Direct investment positions of a pair, both directions, with mirror figures (IMF DIP, formerly CDIS).

The position of investor party A in host party B at the end of year t is read
two ways, as the IMF's mirror tables do:

* as the investor reports it: A's **outward** position in B;
* as the host reports it: B's **inward** position from A (the mirror figure).

Both are the directional principle of BPM6 (net of reverse investment, so a
position can be negative), in USD, by *immediate* counterpart economy: money
routed through a third economy is recorded against that economy. For groups,
members' positions are summed (only when every member reports; else missing).
A figure that is absent or confidential is missing — "no data" — never zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from partnerlens.evidence import EvidenceStore
from partnerlens.reference.parties import Party
from partnerlens.store import SourceInfo, TradeStore

BASIS = "IMF direct investment positions (DIP), directional principle, immediate counterpart, end of year"


@dataclass
class Position:
    """Investor's direct investment position in a host at the end of ``year``."""

    investor: str
    host: str
    year: int | None
    outward_usd: float | None  # as the investor reports it
    inward_usd: float | None  # as the host reports it (mirror)
    basis: str = BASIS
    source: SourceInfo | None = None

    @property
    def available(self) -> bool:
        return self.outward_usd is not None or self.inward_usd is not None

    @property
    def value_usd(self) -> float | None:
        """The figure to quote: the investor's report, else the host's mirror figure."""
        return self.outward_usd if self.outward_usd is not None else self.inward_usd

    def to_dict(self) -> dict:
        return {
            "investor": self.investor,
            "host": self.host,
            "year": self.year,
            "outward_usd": self.outward_usd,
            "inward_usd": self.inward_usd,
            "basis": self.basis,
            "source": self.source.name if self.source else None,
        }


def position(store: TradeStore, investor: Party, host: Party, year: int | None = None) -> Position:
    """``investor``'s position in ``host`` in ``year`` (default: the latest year either side reports a figure)."""
    from partnerlens.analytics.flows import pair_sides

    side_i, side_h = pair_sides(investor, host)
    with EvidenceStore(store.workspace).table("investment") as (con, info):
        query = """
            SELECT year,
                   CASE WHEN count(*) FILTER (WHERE direction = 'outward' AND value_usd IS NOT NULL) > 0
                        THEN sum(value_usd) FILTER (WHERE direction = 'outward') END AS outward,
                   CASE WHEN count(*) FILTER (WHERE direction = 'inward' AND value_usd IS NOT NULL) > 0
                        THEN sum(value_usd) FILTER (WHERE direction = 'inward') END AS inward
            FROM evidence
            WHERE derivation = 'reported' AND (
                (direction = 'outward' AND reporter IN (SELECT unnest($1)) AND counterpart IN (SELECT unnest($2)))
             OR (direction = 'inward' AND reporter IN (SELECT unnest($2)) AND counterpart IN (SELECT unnest($1))))
            GROUP BY year HAVING outward IS NOT NULL OR inward IS NOT NULL
            ORDER BY year DESC
        """
        rows = con.execute(query, [sorted(side_i), sorted(side_h)]).fetchall()
    chosen = [r for r in rows if year is None or r[0] == int(year)]
    if not chosen:
        return Position(investor.code, host.code, int(year) if year is not None else None, None, None, source=info)
    found_year, outward, inward = chosen[0]
    return Position(investor.code, host.code, int(found_year), outward, inward, source=info)
