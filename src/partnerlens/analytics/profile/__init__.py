"""The bilateral profile of two parties (METHODS.md, *Bilateral profile*).

For parties A and B (economies or groups) and a year t: exports each way, total
and balance for every year of the data with year-on-year growth and compound
annual growth; the share of B in A's exports and imports and of A in B's, and
B's rank among A's partners (and A's among B's); the top products each way at
HS4 and HS6 with names; the Herfindahl–Hirschman concentration of each
direction's basket; the same totals per sector of the taxonomy; and the mirror
check where a source carries both reporters' figures.

All aggregation runs in DuckDB: totals, shares and ranks over the flows summed
by pair of economies (``Flows.pair_totals``, computed once per state of the
store), products over the year's flows filtered on the parties so that DuckDB
prunes Parquet row groups; plain Python sums a few thousand rows. Group semantics and overlapping parties
follow :mod:`partnerlens.analytics.flows`.

The package keeps one concern per module: :mod:`.model` (the result
dataclasses), :mod:`.series` (totals, series, shares, ranks), :mod:`.products`
(products, concentration, sectors), :mod:`.mirror` (the mirror check),
:mod:`.build` (:func:`bilateral_profile`, which assembles them) and :mod:`.pair`
(:func:`pair_indices`). The profile's path (``bilateral_profile``) imports neither pandas nor numpy nor
pyarrow: a ``partnerlens profile`` starts in a fraction of a second and the web answers a new pair in
milliseconds from the world tables; :mod:`.pair` is loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnerlens.analytics.profile.build import DEFAULT_TOP, bilateral_profile
from partnerlens.analytics.profile.model import (
    BilateralProfile,
    Concentration,
    MirrorCheck,
    ProductRow,
    SectorRow,
    Standing,
    YearFlows,
)
from partnerlens.analytics.profile.products import OTHER_SECTOR
from partnerlens.lazy import lazy_names

if TYPE_CHECKING:
    from partnerlens.analytics.profile.pair import PairIndices, RcaRow, pair_indices


# :mod:`.pair` works in pandas: loaded on first use (PEP 562).
__getattr__ = lazy_names(__name__, {"PairIndices": ".pair", "RcaRow": ".pair", "pair_indices": ".pair"})


__all__ = [
    "DEFAULT_TOP",
    "OTHER_SECTOR",
    "BilateralProfile",
    "Concentration",
    "MirrorCheck",
    "PairIndices",
    "ProductRow",
    "RcaRow",
    "SectorRow",
    "Standing",
    "YearFlows",
    "bilateral_profile",
    "pair_indices",
]
