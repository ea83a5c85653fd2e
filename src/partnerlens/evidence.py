"""Evidence beyond goods: services trade, direct investment and tariffs, through the trade store's commit protocol.

Each kind of evidence has its own table layout (below), so it cannot live in
the goods flows table; it is kept the same way all the same. An
:class:`EvidenceStore` is a :class:`~partnerlens.store.TradeStore` with another
catalogue table (``evidence_sources``), another directory (``evidence/``) and
one Parquet schema per kind: ingest is the same atomic path (writer lock,
staging, version directory, one-transaction commit, recovery on open), and a
goods analysis never sees these rows.

Layouts (one row per observation; money in USD, rates as fractions 0–1):

* ``services`` (OECD–WTO BaTiS): year, reporter, partner, flow (``X`` exports /
  ``M`` imports of the reporter), item (EBOPS 2010 code), reported_usd,
  estimated_usd (reported value including OECD–WTO estimates), balanced_usd;
* ``investment`` (IMF direct investment positions): year, reporter,
  counterpart, direction (``inward`` / ``outward``), derivation (``reported`` /
  ``derived``), value_usd (positions may be negative);
* ``tariffs`` (WITS/TRAINS): year, importer, exporter, product (HS6), regime
  (``MFN`` / ``PRF`` / ``AHS``), rate (fraction), lines (national tariff lines
  averaged), nomenclature of the schedule.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from partnerlens.catalogue import catalogue_table_sql
from partnerlens.errors import PartnerlensError
from partnerlens.sql import sql_string_list
from partnerlens.store import SourceInfo, TradeStore, reading_connection
from partnerlens.workspace import Workspace, register_migration, register_open_hook

SCHEMAS: dict[str, dict[str, str]] = {
    "services": {
        "year": "INTEGER",
        "reporter": "VARCHAR",
        "partner": "VARCHAR",
        "flow": "VARCHAR",
        "item": "VARCHAR",
        "reported_usd": "DOUBLE",
        "estimated_usd": "DOUBLE",
        "balanced_usd": "DOUBLE",
        "source": "VARCHAR",
    },
    "investment": {
        "year": "INTEGER",
        "reporter": "VARCHAR",
        "counterpart": "VARCHAR",
        "direction": "VARCHAR",
        "derivation": "VARCHAR",
        "value_usd": "DOUBLE",
        "source": "VARCHAR",
    },
    "tariffs": {
        "year": "INTEGER",
        "importer": "VARCHAR",
        "exporter": "VARCHAR",
        "product": "VARCHAR",
        "regime": "VARCHAR",
        "rate": "DOUBLE",
        "lines": "INTEGER",
        "source": "VARCHAR",
    },
}


@register_migration("evidence: sources table")
def _create_evidence_table(con: duckdb.DuckDBPyConnection) -> None:
    # names such as batis-bpm6, imf-dip, wits-tariffs; kinds services | investment | tariffs; nomenclatures
    # EBOPS2010, BPM6 directional, the HS of a tariff schedule
    con.execute(catalogue_table_sql("evidence_sources", with_version=True))


class EvidenceStore(TradeStore):
    """Services, investment and tariff releases of one workspace (see the module documentation)."""

    catalogue_table = "evidence_sources"
    directory = "evidence"

    def schema(self, info: SourceInfo) -> dict[str, str]:
        if info.kind not in SCHEMAS:
            raise PartnerlensError(f"unknown evidence kind {info.kind!r}; expected one of {', '.join(SCHEMAS)}")
        return SCHEMAS[info.kind]

    def of_kind(self, kind: str) -> list[SourceInfo]:
        """The releases of one kind, most recently ingested first."""
        return sorted((i for i in self.sources() if i.kind == kind), key=lambda i: i.ingested_at or 0, reverse=True)

    @contextmanager
    def table(self, kind: str) -> Iterator[tuple[duckdb.DuckDBPyConnection, SourceInfo | None]]:
        """A connection with view ``evidence`` over the latest release of ``kind`` (empty if none), and that release."""
        latest = self.of_kind(kind)[:1]
        with self.pinned([i.name for i in latest]) as infos, reading_connection() as con:
            columns = SCHEMAS[kind]
            files = self.files(list(infos))
            if files:
                select = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in columns.items())
                con.execute(
                    f"CREATE TEMP VIEW evidence AS SELECT {select} FROM read_parquet({sql_string_list(files)}, hive_partitioning = false)"
                )
            else:
                empty = ", ".join(f"NULL::{t} AS {c}" for c, t in columns.items())
                con.execute(f"CREATE TEMP VIEW evidence AS SELECT {empty} WHERE false")
            yield con, (infos[0] if infos else None)

    def pinned(self, sources: list[str] | None = None, catalogue=None):  # noqa: D102 - the trade store's, over this catalogue
        if sources == []:
            return _nothing()
        return super().pinned(sources, catalogue)


@contextmanager
def _nothing() -> Iterator[tuple[SourceInfo, ...]]:
    yield ()


@register_open_hook
def _recover_on_open(workspace: Workspace) -> None:
    with contextlib.suppress(OSError):  # a workspace we may read but not write: nothing to repair from here
        EvidenceStore(workspace).recover()
