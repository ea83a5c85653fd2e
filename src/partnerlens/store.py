"""The trade store: flows in Parquet, described by a sources table in DuckDB.

One flows table ``(year, exporter, importer, product, value_usd, quantity_t,
source)`` lives as Parquet under ``flows/source=NAME/year=YYYY/``; the
``sources`` table in the workspace database records each ingested release
(name, release, nomenclature, years, rows, total value, file checksum, origin
address, time of ingest).

Ingest is atomic: a release is written to a staging directory, checked, and
only then swapped in place of the previous copy of the same source together
with its ``sources`` row; on any failure the store is exactly as before.
Queries use an in-memory DuckDB connection over the Parquet files, so reading
never locks the workspace database.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.workspace import Workspace, register_migration

FLOW_COLUMNS = {
    "year": "INTEGER",
    "exporter": "VARCHAR",
    "importer": "VARCHAR",
    "product": "VARCHAR",
    "value_usd": "DOUBLE",
    "quantity_t": "DOUBLE",
    "source": "VARCHAR",
}
_EMPTY_FLOWS = "SELECT " + ", ".join(f"NULL::{t} AS {c}" for c, t in FLOW_COLUMNS.items()) + " WHERE false"


@register_migration("store: sources table")
def _create_sources_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS sources (
            name VARCHAR PRIMARY KEY,       -- e.g. baci-hs92-v202501, comtrade, demo-seed42
            kind VARCHAR NOT NULL,          -- baci | comtrade | demo
            release VARCHAR,
            nomenclature VARCHAR NOT NULL,
            years INTEGER[] NOT NULL,
            rows BIGINT NOT NULL,
            value_usd DOUBLE NOT NULL,
            sha256 VARCHAR,
            origin VARCHAR,
            synthetic BOOLEAN NOT NULL DEFAULT false,
            ingested_at TIMESTAMP NOT NULL
        )
        """
    )


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

    def citation(self) -> str:
        """One line naming the release, for a brief's list of sources."""
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


def _quiet_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory connection without DuckDB's progress bar (it draws on stdout, into ``--json`` output)."""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    return con


def duckdb_reason(exc: duckdb.Error) -> str:
    """The first line of a DuckDB error without its class prefix ("IO Error: …"), for one-line messages."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    head, sep, rest = first.partition(": ")
    return rest if sep and head.endswith("Error") else first


# A writer receives an in-memory DuckDB connection and the staging directory of
# one source; it writes ``year=YYYY/*.parquet`` files holding all the flow columns
# (``year`` included: with DuckDB, ``COPY … (PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)``).
Writer = Callable[[duckdb.DuckDBPyConnection, Path], None]


@dataclass
class TradeStore:
    """The trade flows of one workspace."""

    workspace: Workspace
    _staging_root: Path = field(init=False)

    def __post_init__(self) -> None:
        self._staging_root = self.workspace.home / ".staging"

    # -- reading ---------------------------------------------------------------

    def source_dir(self, name: str) -> Path:
        return self.workspace.flows_dir / f"source={name}"

    def parquet_glob(self) -> str | None:
        """The glob over every flows Parquet file, or None when the store is empty."""
        if not any(self.workspace.flows_dir.glob("source=*/year=*/*.parquet")):
            return None
        return str(self.workspace.flows_dir / "source=*" / "year=*" / "*.parquet")

    def attach_flows(self, con: duckdb.DuckDBPyConnection, name: str = "flows", sources: list[str] | None = None) -> None:
        """Create view ``name`` over the stored flows (optionally only some sources) on ``con``."""
        glob = self.parquet_glob()
        if glob is None:
            con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS {_EMPTY_FLOWS}")
            return
        columns = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in FLOW_COLUMNS.items())
        where = ""
        if sources:
            quoted = ", ".join("'" + s.replace("'", "''") + "'" for s in sources)
            where = f" WHERE source IN ({quoted})"
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT {columns} "
            f"FROM read_parquet('{glob}', hive_partitioning = false){where}"
        )

    @contextmanager
    def query(self, sources: list[str] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """An in-memory DuckDB connection with view ``flows`` over the store."""
        con = _quiet_connection()
        try:
            self.attach_flows(con, sources=sources)
            yield con
        finally:
            con.close()

    def sources(self) -> list[SourceInfo]:
        """Every ingested release, by name."""
        with self.workspace.connect() as con:
            rows = con.execute(
                "SELECT name, kind, nomenclature, release, sha256, origin, synthetic, years, rows, value_usd, ingested_at "
                "FROM sources ORDER BY name"
            ).fetchall()
        return [
            SourceInfo(
                name=r[0], kind=r[1], nomenclature=r[2], release=r[3], sha256=r[4], origin=r[5],
                synthetic=r[6], years=tuple(r[7]), rows=r[8], value_usd=r[9], ingested_at=r[10],
            )
            for r in rows
        ]

    def source(self, name: str) -> SourceInfo:
        for info in self.sources():
            if info.name == name:
                return info
        raise NoDataError(f"no source named {name!r} in the store")

    @property
    def is_synthetic(self) -> bool:
        """True when any data in the store is synthetic demo data."""
        return any(s.synthetic for s in self.sources())

    def primary_source(self) -> SourceInfo | None:
        """The release analyses use when none is named, so that releases are never summed.

        A store may hold several releases of the same flows (BACI V202401 and
        V202501, the demo world, Comtrade reporter data); adding them up would
        double-count. The primary one is the most recently ingested real
        multilateral release (BACI), else real Comtrade data, else the demo world.
        """
        infos = self.sources()
        if not infos:
            return None

        def preference(info: SourceInfo) -> tuple:
            return (not info.synthetic, info.kind != "comtrade", info.ingested_at or datetime.min)

        return max(infos, key=preference)

    # -- writing ---------------------------------------------------------------

    def ingest(self, info: SourceInfo, write: Writer) -> SourceInfo:
        """Write a release atomically; replace any earlier copy of the same source.

        ``write`` fills a staging directory; its totals (rows, value, years) are
        then read back from the staged Parquet, so what is recorded is exactly
        what was written. Any exception leaves the store as it was.
        """
        staging = self._staging_root / uuid.uuid4().hex
        target = self.source_dir(info.name)
        backup = self._staging_root / f"{uuid.uuid4().hex}.previous"
        try:
            staging.mkdir(parents=True)
            with _quiet_connection() as con:
                write(con, staging)
                recorded = self._summarise(con, staging, info)
            self._swap_in(staging, target, backup, recorded)
        except OSError as exc:
            raise PartnerlensError(f"ingest of {info.name} failed, store unchanged: {exc.strerror or exc}") from exc
        except duckdb.Error as exc:  # e.g. a full disk while DuckDB writes Parquet
            raise PartnerlensError(f"ingest of {info.name} failed, store unchanged: {duckdb_reason(exc)}") from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            shutil.rmtree(backup, ignore_errors=True)
        return recorded

    def _swap_in(self, staging: Path, target: Path, backup: Path, recorded: SourceInfo) -> None:
        """Move the staged copy into place and record it; on any failure put the previous copy back."""
        if target.exists():
            target.rename(backup)
        try:
            staging.rename(target)
            self._record(recorded)
        except BaseException:
            if not staging.exists():  # the staged copy is in place: take it out again
                shutil.rmtree(target, ignore_errors=True)
            if backup.exists():
                backup.rename(target)
            raise

    def _summarise(self, con: duckdb.DuckDBPyConnection, staging: Path, info: SourceInfo) -> SourceInfo:
        files = list(staging.glob("year=*/*.parquet"))
        if not files:
            raise PartnerlensError(f"ingest of {info.name} produced no rows; store unchanged")
        staged = f"read_parquet('{staging}/year=*/*.parquet', hive_partitioning = false)"
        columns = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {staged}").fetchall()]
        if columns != list(FLOW_COLUMNS):
            raise PartnerlensError(
                f"ingest of {info.name} wrote columns {', '.join(columns)}, expected {', '.join(FLOW_COLUMNS)}; store unchanged"
            )
        rows, value, years, foreign = con.execute(
            "SELECT count(*), coalesce(sum(value_usd), 0), list(DISTINCT year ORDER BY year), "
            f"count(*) FILTER (WHERE source IS DISTINCT FROM ?) FROM {staged}",
            [info.name],
        ).fetchone()
        if foreign:
            raise PartnerlensError(f"ingest of {info.name} wrote {foreign} rows under another source name; store unchanged")
        return SourceInfo(
            name=info.name, kind=info.kind, nomenclature=info.nomenclature, release=info.release,
            sha256=info.sha256, origin=info.origin, synthetic=info.synthetic,
            years=tuple(years), rows=int(rows), value_usd=float(value),
            ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
        )

    def _record(self, info: SourceInfo) -> None:
        with self.workspace.connect() as con:
            con.execute("BEGIN TRANSACTION")
            con.execute("DELETE FROM sources WHERE name = ?", [info.name])
            con.execute(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [info.name, info.kind, info.release, info.nomenclature, list(info.years), info.rows,
                 info.value_usd, info.sha256, info.origin, info.synthetic, info.ingested_at],
            )
            con.execute("COMMIT")

    def remove(self, name: str) -> SourceInfo:
        """Remove a source's flows and its record."""
        info = self.source(name)
        trash = self._staging_root / f"{uuid.uuid4().hex}.removed"
        self._staging_root.mkdir(parents=True, exist_ok=True)
        target = self.source_dir(name)
        if target.exists():
            target.rename(trash)
        try:
            with self.workspace.connect() as con:
                con.execute("DELETE FROM sources WHERE name = ?", [name])
        except BaseException:
            if trash.exists():
                trash.rename(target)
            raise
        shutil.rmtree(trash, ignore_errors=True)
        return info
