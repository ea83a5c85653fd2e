"""The trade store's catalogue: the flow columns, the ``sources`` table (its migrations) and
:class:`SourceInfo`, one release as cited in briefs; with the small DuckDB helpers the store's readers share.
Kept apart from :mod:`partnerlens.store` (the commit protocol) so that reading what a release is does not
mean reading how it is committed; ``partnerlens.store`` re-exports every name here."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from partnerlens.workspace import lent_reading_cursor, register_migration

FLOW_COLUMNS = {
    "year": "INTEGER",
    "exporter": "VARCHAR",
    "importer": "VARCHAR",
    "product": "VARCHAR",
    "value_usd": "DOUBLE",
    "quantity_t": "DOUBLE",
    "source": "VARCHAR",
}
# How a release's flows Parquet is written (``COPY … TO file (FLOWS_PARQUET)``). LZ4 instead of DuckDB's default
# Snappy: the files are about as large (1 % smaller on the demo year), and a reader decodes a row group's product
# and value columns in about two thirds of the time — what a new pair's own query does before ``world build``
# (it decodes its exporters' row groups for a few rows), and every store-wide scan (issue 16, BENCHMARKS.md).
FLOWS_PARQUET = "FORMAT parquet, COMPRESSION lz4"
EMPTY_FLOWS = "SELECT " + ", ".join(f"NULL::{t} AS {c}" for c, t in FLOW_COLUMNS.items()) + " WHERE false"
VERSION_NAME = re.compile(r"v\d{14}-[0-9a-f]{8}")
LEGACY_CHILDREN = re.compile(r"year=.*|reports")  # files of a release ingested before versions existed
IMF_TRADE_KIND = "imf-trade"  # the kind of the IMF monthly releases (sources.imf_trade; read by analytics.monthly)
CONVERSION_SUMMARY = "conversion.json"  # a converted release's summary (sources.hs_convert; analytics.provenance)
STATE_FILE = ".state"  # rewritten at every commit, so that the flows directory's mtime says the store changed
CATALOGUE_SQL = (
    "SELECT name, kind, nomenclature, release, sha256, origin, synthetic, years, rows, value_usd, ingested_at, "
    "version FROM sources ORDER BY name"
)


@register_migration("store: sources table")
def _create_sources_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(catalogue_table_sql("sources"))  # e.g. baci-hs92-v202501, comtrade, demo-seed42


def catalogue_table_sql(table: str, with_version: bool = False) -> str:
    """``CREATE TABLE`` of a catalogue of releases: the trade store's ``sources`` (whose ``version`` column a later
    migration adds) or another store's through the same commit protocol (``evidence_sources``, with it)."""
    version = ",\n    version VARCHAR" if with_version else ""
    return f"""
    CREATE TABLE IF NOT EXISTS {table} (
        name VARCHAR PRIMARY KEY,
        kind VARCHAR NOT NULL,
        release VARCHAR,
        nomenclature VARCHAR NOT NULL,
        years INTEGER[] NOT NULL,
        rows BIGINT NOT NULL,
        value_usd DOUBLE NOT NULL,
        sha256 VARCHAR,
        origin VARCHAR,
        synthetic BOOLEAN NOT NULL DEFAULT false,
        ingested_at TIMESTAMP NOT NULL{version}
    )
    """


@register_migration("store: source versions")
def _add_source_versions(con: duckdb.DuckDBPyConnection) -> None:
    """The version directory holding each release's files (NULL: the files of an older workspace, in place)."""
    con.execute("ALTER TABLE sources ADD COLUMN version VARCHAR")


@dataclass(frozen=True)
class SourceInfo:
    """A trade data release in the store, as cited in briefs."""

    name: str
    kind: str
    nomenclature: str
    release: str | None = None
    sha256: str | None = None
    origin: str | None = None
    synthetic: bool = False
    years: tuple[int, ...] = ()
    rows: int = 0
    value_usd: float = 0.0
    ingested_at: datetime | None = None
    version: str | None = field(default=None, compare=False)  # the directory holding its files (see module doc)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "release": self.release,
            "nomenclature": self.nomenclature,
            "years": list(self.years),
            "rows": self.rows,
            "value_usd": self.value_usd,
            "sha256": self.sha256,
            "origin": self.origin,
            "synthetic": self.synthetic,
            "ingested_at": self.ingested_at.isoformat() if self.ingested_at else None,
        }

    def described(self, with_rows: bool = True) -> str:
        """The release as a brief's sources cite it: name, release, nomenclature, years, rows, full checksum, date
        of ingest (:mod:`partnerlens.brief.cite` and the evidence citations prefix what it is)."""
        parts = [self.name]
        if self.release:
            parts.append(f"release {self.release}")
        parts.append(self.nomenclature)
        if self.years:
            parts.append(f"years {min(self.years)}–{max(self.years)}")
        if with_rows and self.rows:
            parts.append(f"{self.rows:,} rows")
        parts.append(f"sha256 {self.sha256}" if self.sha256 else "no checksum recorded")
        if self.ingested_at:
            parts.append(f"ingested {self.ingested_at:%Y-%m-%d}")
        return ", ".join(parts)

    def citation(self) -> str:
        """One short line naming the release, for the terminal's ``sources:`` line and JSON results."""
        parts = [self.name]
        if self.release:
            parts.append(f"release {self.release}")
        parts.append(self.nomenclature)
        if self.sha256:
            parts.append(f"sha256 {self.sha256[:12]}…")
        if self.origin:
            parts.append(self.origin)
        if self.synthetic:
            parts.append("SYNTHETIC DEMO DATA")
        return ", ".join(parts)


def quiet_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory connection without DuckDB's progress bar (it draws on stdout, into ``--json`` output)."""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    return con


_READING: tuple[int, duckdb.DuckDBPyConnection] | None = None  # (process id, the process's in-memory database)
_READING_LOCK = threading.Lock()


def reading_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory connection for reading (views over Parquet, temporary tables): a cursor of one in-memory database
    this process keeps, not a database of its own (issue 16).

    Creating a DuckDB database costs some 10–25 ms of CPU (its catalogue of built-in functions, its threads); a
    first brief made seven, one per flows handle and evidence table. A cursor is a connection of its own —
    its temporary views and tables, registered tables and session settings (the progress bar) are its own and
    dropped when it closes — over the shared database, whose threads run every cursor's queries. For readers
    only: what sets a global option (an ingest's ``preserve_insertion_order``) keeps :func:`quiet_connection`.
    A forked child makes its own database (its parent's is not its to use). While a short CLI command holds the
    workspace database open (:func:`partnerlens.workspace.lent_for_reading`), the cursor is one of that database.
    """
    global _READING
    con = lent_reading_cursor()  # a short CLI command's held workspace database (workspace.lent_for_reading) …
    if con is None:
        with _READING_LOCK:  # … else the process's own in-memory database
            if _READING is None or _READING[0] != os.getpid():
                _READING = (os.getpid(), duckdb.connect())
            con = _READING[1].cursor()
    con.execute("SET enable_progress_bar = false")
    return con


def duckdb_reason(exc: duckdb.Error) -> str:
    """The first line of a DuckDB error without its class prefix ("IO Error: …"), for one-line messages."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    head, sep, rest = first.partition(": ")
    return rest if sep and head.endswith("Error") else first


# -- what a process read of the catalogue, while the database is unchanged ---------------------------------------

_REMEMBERED: dict[tuple[Path, str], tuple[tuple, tuple[SourceInfo, ...]]] = {}
"""(database, catalogue table) → (state of the database's files when read, the releases read)."""


def remembered(database: Path, table: str, read: Callable[[], list[SourceInfo]]) -> list[SourceInfo]:
    """``read()`` (the releases of ``table`` in ``database``), answered from this process's last read while the
    database's files are unchanged (:func:`database_state`); a new list each call (a caller's list is its own)."""
    key = (database, table)
    state = database_state(database)
    kept = _REMEMBERED.get(key)
    if state is not None and kept is not None and kept[0] == state:
        return list(kept[1])
    infos = read()
    if state is not None:
        _REMEMBERED[key] = (state, tuple(infos))
    return infos


def database_state(path: Path) -> tuple | None:
    """Identity, size and change times of the database file and its write-ahead log (None while absent).

    Every commit to a DuckDB file, by any process, appends to its log (``<file>.wal``) or, at a checkpoint,
    rewrites the file and drops the log, so a catalogue change changes this state; the state is taken before
    the read it keys, so a commit racing that read only makes the next call read again.
    """
    states: list[tuple[int, int, int, int] | None] = []
    for file in (path, path.with_name(path.name + ".wal")):
        try:
            st = os.stat(file)
        except FileNotFoundError:
            if file == path:
                return None
            states.append(None)
        else:
            states.append((st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return tuple(states)
