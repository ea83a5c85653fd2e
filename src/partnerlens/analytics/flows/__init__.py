"""Flows plumbing: one way to query trade flows, whatever holds them.

Every analytics function accepts a *flows-like* value:

* a pandas DataFrame or an Arrow table with columns ``year, exporter, importer,
  product, value_usd`` (``quantity_t`` and ``source`` optional; ``product`` a
  zero-padded HS code string);
* a :class:`~partnerlens.store.TradeStore` or a
  :class:`~partnerlens.workspace.Workspace` (its store);
* an open :class:`Flows` handle, so that a caller running many queries (the
  claim checker, a brief) opens the data once;
* ``None``: the store of the default workspace (``$PARTNERLENS_HOME`` …).

:func:`open_flows` turns any of them into a :class:`Flows` handle: an in-memory
DuckDB connection with a view ``flows`` and the sources to cite. Queries are
SQL pushed down to DuckDB; only small results reach pandas.

Parties follow one rule everywhere (ARCHITECTURE.md, *Party*): a group's flows
are the sum over its members, and trade between two members of the same side
is never counted as that side's trade. When the two parties of a pair overlap,
:func:`pair_sides` makes them disjoint first: a party contained in the other is
taken out of the larger one ("EAC × Rwanda" is the other EAC members with
Rwanda), and members shared by two overlapping groups belong to neither side.
Those rules live in :mod:`partnerlens.analytics.sides` (re-exported here).

The package, by concern: :mod:`.handle` (the :class:`Flows` handle, its cache
and world-table lookups), :mod:`.opening` (:func:`open_flows`), :mod:`.queries`
(the primitives every analysis queries through) and :mod:`.reduce`
(:func:`accepting_flows`: table functions given any flows-like value), the last two loaded on
first use. Import from ``partnerlens.analytics.flows``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from partnerlens.analytics.flows.handle import (
    DEFAULT_NOMENCLATURE,
    REQUIRED_COLUMNS,
    REST_OF_WORLD,
    TABLE_SOURCE_NAME,
    Flows,
    Result,
)
from partnerlens.analytics.flows.opening import FlowsLike, open_flows
from partnerlens.analytics.sides import (
    PartyLike,
    as_party,
    direction_filter,
    pair_sides,
    product_filter,
    sql_list,
    year_filter,
)
from partnerlens.lazy import lazy_names

if TYPE_CHECKING:
    from partnerlens.analytics.flows.queries import exporter_rca, exports_by_product, flow_values
    from partnerlens.analytics.flows.reduce import (
        Reducer,
        accepting_flows,
        pair_reduced,
        pair_table,
        panel_reduced,
        year_reduced,
    )

# Loaded on first use (PEP 562): they work on DataFrames, and the profile's path runs without pandas.
__getattr__ = lazy_names(
    __name__,
    {
        "exporter_rca": ".queries",
        "exports_by_product": ".queries",
        "flow_values": ".queries",
        "Reducer": ".reduce",
        "accepting_flows": ".reduce",
        "pair_reduced": ".reduce",
        "pair_table": ".reduce",
        "panel_reduced": ".reduce",
        "year_reduced": ".reduce",
    },
)


__all__ = [
    "DEFAULT_NOMENCLATURE",
    "REQUIRED_COLUMNS",
    "REST_OF_WORLD",
    "TABLE_SOURCE_NAME",
    "Flows",
    "FlowsLike",
    "PartyLike",
    "Reducer",
    "Result",
    "accepting_flows",
    "as_party",
    "direction_filter",
    "exporter_rca",
    "exports_by_product",
    "flow_values",
    "open_flows",
    "pair_reduced",
    "pair_sides",
    "pair_table",
    "panel_reduced",
    "product_filter",
    "sql_list",
    "year_filter",
    "year_reduced",
]
