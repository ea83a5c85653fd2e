"""Opening flows: :func:`open_flows` turns any flows-like value (a table, a store, a workspace, a handle, None)
into a :class:`~partnerlens.analytics.flows.handle.Flows` handle over one release (and the years a later one adds)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias, Union

import duckdb

from partnerlens.analytics.cache import cache_folder
from partnerlens.analytics.flows.handle import DEFAULT_NOMENCLATURE, REQUIRED_COLUMNS, TABLE_SOURCE_NAME, Flows
from partnerlens.errors import PartnerlensError
from partnerlens.store import SourceInfo, TradeStore, reading_connection
from partnerlens.workspace import Workspace
from partnerlens.world.manifest import current as current_world

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

FlowsLike: TypeAlias = Union["pd.DataFrame", "pa.Table", TradeStore, Workspace, Flows, None]


@contextmanager
def open_flows(flows: FlowsLike, sources: list[str] | None = None) -> Iterator[Flows]:
    """A :class:`Flows` handle over ``flows`` (any flows-like value), closed on exit unless it was given open.

    Over a store, ``sources`` names the releases to read; by default only the
    store's primary release (:meth:`TradeStore.primary_source`), never a sum.
    """
    if isinstance(flows, Flows):
        yield flows
        return
    if flows is None:
        flows = Workspace.open()
    if isinstance(flows, Workspace):
        flows = TradeStore(flows)
    if isinstance(flows, TradeStore):
        with _store_flows(flows, sources) as handle:
            yield handle
        return
    if isinstance(flows, _table_types()):
        with _table_flows(flows) as handle:
            yield handle
        return
    raise TypeError(
        f"flows must be a DataFrame, an Arrow table, a TradeStore, a Workspace or Flows, not {type(flows).__name__}"
    )


@contextmanager
def _store_flows(store: TradeStore, sources: list[str] | None) -> Iterator[Flows]:
    extension: dict[str, tuple[int, ...]] = {}
    catalogue: list[SourceInfo] | None = None
    if sources is None:  # one release, never a sum of several (see TradeStore.primary_source) …
        catalogue = store.sources()  # read once: every read of the catalogue may meet a writer's database lock
        primary = store.primary_source(catalogue)
        sources = [primary.name] if primary else None
        extension = _later_years(catalogue, primary)  # … except years it has not released yet, from one later source
        sources = sources + list(extension) if sources else sources
    with store.pinned(sources, catalogue) as infos, reading_connection() as con:  # a cursor of the process's database
        if extension:
            base = tuple(i for i in infos if i.name not in extension)
            store.attach_flows(con, "flows_primary", infos=base)
            store.attach_flows(con, "flows_later", infos=tuple(i for i in infos if i.name in extension))
            last = max(y for i in base for y in i.years)
            con.execute(
                f"CREATE OR REPLACE TEMP VIEW flows AS SELECT * FROM flows_primary "
                f"UNION ALL SELECT * FROM flows_later WHERE year > {int(last)}"
            )
        else:
            store.attach_flows(con, infos=infos)
        home = store.workspace.home
        versions = tuple(store.source_path(info) for info in infos)
        declared = {y for s in infos if s.name not in extension for y in s.years} | {
            y for ys in extension.values() for y in ys
        }
        yield Flows(
            con,
            infos,
            home / "sectors.yaml",
            cache_folder(home / "cache", infos),
            store,
            _declared_years=tuple(sorted(declared)),
            cache_sources=versions,
            extension=extension,
            world=current_world(home, infos),
        )


def _later_years(catalogue: list[SourceInfo], primary: SourceInfo | None) -> dict[str, tuple[int, ...]]:
    """The one real release (Comtrade first) with years after the primary's last, and those years.

    BACI lags a year or two behind what reporters have published: the series goes on
    with a later source, never summed with the primary (only its later years are read).
    """
    if primary is None or primary.synthetic or not primary.years:
        return {}
    last = max(primary.years)
    later = [
        s
        for s in catalogue
        if s.name != primary.name
        and not s.synthetic
        and s.nomenclature == primary.nomenclature
        and any(y > last for y in s.years)
    ]
    later.sort(key=lambda s: (s.kind != "comtrade", s.name))
    return {later[0].name: tuple(y for y in later[0].years if y > last)} if later else {}


def _table_types() -> tuple[type, ...]:
    """pandas DataFrame and Arrow table, of whichever is loaded (a value can only be one once its module is)."""
    loaded = [(sys.modules.get(module), name) for module, name in (("pandas", "DataFrame"), ("pyarrow", "Table"))]
    return tuple(getattr(module, name) for module, name in loaded if module is not None)


@contextmanager
def _table_flows(table: pd.DataFrame | pa.Table) -> Iterator[Flows]:
    columns = list(table.column_names) if hasattr(table, "column_names") else list(table.columns)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise PartnerlensError(
            f"flows table lacks column(s) {', '.join(missing)}; expected {', '.join(REQUIRED_COLUMNS)}"
        )
    con = duckdb.connect()
    try:
        con.register("flows_input", table)
        types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE flows_input)").fetchall())
        if types["product"] != "VARCHAR" or types["exporter"] != "VARCHAR" or types["importer"] != "VARCHAR":
            raise PartnerlensError("flows table: exporter, importer and product must be strings (HS codes zero-padded)")
        quantity = "CAST(quantity_t AS DOUBLE)" if "quantity_t" in columns else "NULL::DOUBLE"
        source = "CAST(source AS VARCHAR)" if "source" in columns else f"'{TABLE_SOURCE_NAME}'"
        con.execute(
            "CREATE TEMP VIEW flows AS SELECT CAST(year AS INTEGER) AS year, exporter, importer, product, "
            f"CAST(value_usd AS DOUBLE) AS value_usd, {quantity} AS quantity_t, {source} AS source FROM flows_input"
        )
        names = [n for (n,) in con.execute("SELECT DISTINCT source FROM flows ORDER BY source").fetchall() if n]
        yield Flows(con, tuple(_table_source(n) for n in names or [TABLE_SOURCE_NAME]))
    finally:
        con.close()


def _table_source(name: str) -> SourceInfo:
    synthetic = name.startswith("demo-")
    return SourceInfo(
        name=name, kind="demo" if synthetic else "table", nomenclature=DEFAULT_NOMENCLATURE, synthetic=synthetic
    )


# -- parties: analytics/sides.py (re-exported here) --------------------------------

# -- primitives ----------------------------------------------------------------
