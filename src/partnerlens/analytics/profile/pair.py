"""The trade indices of one pair and year: complementarity, intensity, similarity, and each side's top RCA products.

The indices follow :mod:`partnerlens.analytics.indices` over the pair's table
(the two parties and one rest-of-world row, ``flows.pair_table``); a party that
is a group counts as one economy. For two single economies, the world table
``indices_hs6`` (``world build``, the same formulas over every ordered pair)
answers instead when it is current, which saves a scan of the year's flows;
with a group on either side the same sums come from the members' rows of the
world tables (``profile.group_world``).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from partnerlens.analytics import indices
from partnerlens.analytics.flows import (
    Flows,
    FlowsLike,
    PartyLike,
    Result,
    as_party,
    exporter_rca,
    open_flows,
    pair_sides,
    pair_table,
)
from partnerlens.analytics.profile.build import DEFAULT_TOP, overlap_notes
from partnerlens.analytics.profile.group_world import group_indices
from partnerlens.reference import Party
from partnerlens.store import SourceInfo
from partnerlens.world.manifest import table_files

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class RcaRow(Result):
    code: str
    name: str | None
    exports_usd: float  # the party's exports of the product to the world
    rca: float


@dataclass
class PairIndices(Result):
    """The trade indices of METHODS.md for one pair and year, both directions where they differ.

    Complementarity and similarity are 0–100; intensity is a ratio (> 1: more
    than the partner's weight in world imports); RCA rows are each party's
    strongest revealed comparative advantages (HS6). None where there is no data.
    """

    a: str
    b: str
    a_name: str
    b_name: str
    year: int
    complementarity_a_to_b: float | None  # A's exports against B's imports
    complementarity_b_to_a: float | None
    intensity_a_to_b: float | None
    intensity_b_to_a: float | None
    similarity: float | None  # of A's and B's export baskets
    top_rca_a: list[RcaRow]
    top_rca_b: list[RcaRow]
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)


def pair_indices(
    flows: FlowsLike, a: PartyLike, b: PartyLike, year: int | None = None, *, top: int = DEFAULT_TOP
) -> PairIndices:
    """Complementarity, intensity and similarity of ``a`` and ``b``, and their top ``top`` RCA products, in ``year``."""
    party_a, party_b = as_party(a), as_party(b)
    side_a, side_b = pair_sides(party_a, party_b)
    i, j = dataclasses.replace(party_a, members=side_a), dataclasses.replace(party_b, members=side_b)
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        notes = [] if f.has_year(year) else [f"no data for {year}"]
        exports = (exporter_rca(f, i, year, digits=6), exporter_rca(f, j, year, digits=6))
        values = (
            _world_indices(f, year, side_a, side_b)
            or group_indices(f, year, i, j, exports)
            or _computed_indices(f, year, i, j)
        )
        strengths = [_top_rca(own, top) for own in exports]
        names = f.product_names()
        sources, synthetic = list(f.sources), f.synthetic
    return PairIndices(
        a=party_a.code,
        b=party_b.code,
        a_name=party_a.name,
        b_name=party_b.name,
        year=year,
        **values,
        top_rca_a=[RcaRow(code, names.get(code), value, rca) for code, value, rca in strengths[0]],
        top_rca_b=[RcaRow(code, names.get(code), value, rca) for code, value, rca in strengths[1]],
        synthetic=synthetic,
        sources=sources,
        notes=notes + overlap_notes(party_a, party_b, side_a, side_b),
    )


def _computed_indices(f: Flows, year: int, i: Party, j: Party) -> dict[str, float | None]:
    """The five indices from the pair's table of ``year`` (one scan of the year's flows)."""
    table = pair_table(f, year, i.members | j.members)
    return {
        "complementarity_a_to_b": _number(indices.trade_complementarity(table, i, j, year)),
        "complementarity_b_to_a": _number(indices.trade_complementarity(table, j, i, year)),
        "intensity_a_to_b": _number(indices.trade_intensity(table, i, j, year)),
        "intensity_b_to_a": _number(indices.trade_intensity(table, j, i, year)),
        "similarity": _number(indices.export_similarity(table, i, j, year)),
    }


def _world_indices(
    f: Flows, year: int, side_a: frozenset[str], side_b: frozenset[str]
) -> dict[str, float | None] | None:
    """The five indices of two single economies from the world table ``indices_hs6``, when current; else None.

    ``world build`` computes them for every ordered pair of economies with the
    same formulas (``world.pairs``); groups are not in the table.
    """
    if f.world is None or len(side_a) != 1 or len(side_b) != 1:
        return None
    files = table_files(*f.world, "indices_hs6", [year])  # every block of the year, or None when not built
    if files is None:
        return None
    (a,), (b,) = side_a, side_b
    rows = {
        (exporter, importer): (complementarity, intensity, similarity)
        for exporter, importer, complementarity, intensity, similarity in f.con.execute(
            "SELECT exporter, importer, complementarity, intensity, similarity FROM read_parquet(?) "
            "WHERE year = ? AND exporter IN (?, ?) AND importer IN (?, ?) AND exporter <> importer",
            [files, int(year), a, b, a, b],
        ).fetchall()
    }
    if (a, b) not in rows or (b, a) not in rows:
        return None  # an economy the build did not cover: compute
    ab, ba = rows[(a, b)], rows[(b, a)]
    return {
        "complementarity_a_to_b": _number(ab[0]),
        "complementarity_b_to_a": _number(ba[0]),
        "intensity_a_to_b": _number(ab[1]),
        "intensity_b_to_a": _number(ba[1]),
        "similarity": _number(ab[2]),
    }


def _top_rca(own: pd.DataFrame, top: int) -> list[tuple[str, float, float]]:
    """(product, exports, RCA) of the ``top`` highest RCAs of a party's ``exporter_rca`` table (HS6)."""
    own = own.nlargest(top, "rca")
    return list(zip(own["product"], own["export_value_usd"].astype(float), own["rca"].astype(float), strict=False))


def _number(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else float(value)
