"""A group exporter's supply terms of export potential, kept in the store state's cache folder.

An economy's supply terms — its exports and world exports per product, share,
RCA trend and re-export damping — are read from the world table ``supply_hs6``
(``world.supply``). A group's are computed per handle (:func:`.inputs.supply_rows`
and ``assemble._supply``): its sales summed per product, its RCA against the
rest of the world on the year's panel with its members merged, its imports
from outside it less its internal trade — about 0.15 s of CPU for Africa, in
every brief of the group whoever its partner is. They depend on the group's
members and the base and target years, never on the market, so they are kept
as Parquet beside the other aggregates of this state of the store (the first
brief of the group computes and keeps them; every later one, of any partner,
reads a few thousand rows). The file name hashes the arguments, the world
tables' folder the figures were read from, and the code's fingerprint, as the
kept product space does (``diversify._kept_space``). Parquet keeps float64
exactly: the figures read are the figures computed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pandas as pd

from partnerlens.analytics.flows import Flows

FORMAT = "group-supply-1"
"""Changes whenever the layout of the kept file changes."""


def kept_group_supply(
    f: Flows, members: frozenset[str], arguments: tuple, compute: Callable[[], tuple[pd.DataFrame, pd.DataFrame]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``supplied`` (``year, product, exports_usd, world_usd``) and ``supply`` (by product: the supply columns) of
    a group exporter, read from the cache folder when kept there, else ``compute()`` and kept.

    ``arguments``: everything else the terms depend on (year, first base year,
    horizon, trend bounds, re-export threshold, digits). Over a table (no cache
    folder) they are computed each time.
    """
    if f.cache_dir is None:
        return compute()
    from partnerlens.locking import kept_file
    from partnerlens.workspace import code_fingerprint

    world = str(f.world[0]) if f.world is not None else None
    key = (FORMAT, tuple(sorted(members)), tuple(arguments), world, code_fingerprint())
    digest = hashlib.sha256(repr(key).encode()).hexdigest()[:16]
    path = f.cache_dir / f"group_supply_{int(arguments[0])}-{digest}.parquet"
    return f.memoised(("group_supply", key), lambda: kept_file(path, compute, _write, _read))


def _write(value: tuple[pd.DataFrame, pd.DataFrame], partial) -> None:
    """One table: the rows of ``supplied`` (in their order) with the supply columns of their product beside them."""
    supplied, supply = value
    if (
        not supply.index.is_unique
        or len(supply) != len(supplied)
        or not supply.index.equals(pd.Index(supplied["product"]))
    ):
        return  # not one row per supplied product in the same order: not kept (computed again next time)
    table = supplied.reset_index(drop=True).copy()
    for column in supply.columns:
        table[f"supply:{column}"] = supply[column].to_numpy()
    table.to_parquet(partial, index=False)


def _read(path) -> tuple[pd.DataFrame, pd.DataFrame]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    strings = {pa.string(): pd.StringDtype("pyarrow"), pa.large_string(): pd.StringDtype("pyarrow")}
    table = pq.read_table(path).to_pandas(types_mapper=strings.get)  # strings as Flows.df gives them
    columns = [c for c in table.columns if c.startswith("supply:")]
    supplied = table.drop(columns=columns)
    supply = table[columns].set_axis([c.split(":", 1)[1] for c in columns], axis=1)
    supply.index = pd.Index(table["product"], name="product")
    return supplied, supply
