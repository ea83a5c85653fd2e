"""The trade store: flows in Parquet, described by a sources table (the catalogue) in DuckDB.

(Over 400 lines on purpose: ingest, recovery and reading share one commit and locking protocol, described
below, and are read together.)

One flows table ``(year, exporter, importer, product, value_usd, quantity_t,
source)`` lives as Parquet under ``flows/source=NAME/VERSION/year=YYYY/``; the
``sources`` table in the workspace database records each ingested release
(name, release, nomenclature, years, rows, total value, file checksum, origin
address, time of ingest) and which ``VERSION`` directory holds its files.

Ingest is atomic, with one commit point. Under the workspace's writer lock
(:mod:`partnerlens.locking`; a second writer waits, then is refused) a release
is written to ``.staging/``, checked, moved to a new version directory (which
no reader looks at yet) and then the catalogue row is switched to that version
in one DuckDB transaction: that commit is the moment the new data exists.
Afterwards the previous version is deleted, unless a reader still holds it.
Readers take the catalogue, lock the version directories it names (shared) and
read exactly those files, so an ingest or removal never changes or deletes
what an open query reads. On open (:func:`recover`) a crash at any step is
repaired: staging is emptied, a version the catalogue does not name is
deleted (an interrupted swap rolls back before the commit, forward after it),
and caches built from versions that no longer exist are dropped.
Queries use an in-memory DuckDB connection over the Parquet files, so reading
never locks the workspace database.

The catalogue (flow columns, the ``sources`` table, :class:`SourceInfo`) is in
:mod:`partnerlens.catalogue` and the collection of stale caches in
:mod:`partnerlens.collect`; both are re-exported here. What stays is one
invariant read together: the commit protocol, the readers' pinning and the
recovery that repairs a crash (which is why this module runs over 400 lines).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from partnerlens.catalogue import (  # noqa: F401 (re-exported: callers import them from the store)
    CATALOGUE_SQL,
    EMPTY_FLOWS,
    FLOW_COLUMNS,
    LEGACY_CHILDREN,
    STATE_FILE,
    VERSION_NAME,
    SourceInfo,
    duckdb_reason,
    quiet_connection,
    reading_connection,
    remembered,
)
from partnerlens.collect import collect_caches, delete_unread
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.locking import shared_lock, writer_lock
from partnerlens.sql import sql_string_list
from partnerlens.staged import summarise
from partnerlens.workspace import Workspace, register_open_hook

# Called with the name of each ingest step; tests set it to kill the process at that step (see tests/test_ingest_crash.py).
STEP_HOOK: Callable[[str], None] | None = None


def ingest_step(name: str) -> None:
    """Mark a step of an ingest or removal (a no-op unless a test installed ``STEP_HOOK``)."""
    if STEP_HOOK is not None:
        STEP_HOOK(name)


# A writer receives an in-memory DuckDB connection and the staging directory of
# one source; it writes ``year=YYYY/*.parquet`` files holding all the flow columns
# (``year`` included: with DuckDB, ``COPY … (PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)``).
Writer = Callable[[duckdb.DuckDBPyConnection, Path], None]


@dataclass
class TradeStore:
    """The trade flows of one workspace."""

    workspace: Workspace
    _staging_root: Path = field(init=False)

    # What a subclass changes to keep other tables through the same commit protocol (see partnerlens.evidence):
    # the catalogue table, the directory under the home, and the columns each release's Parquet must have.
    catalogue_table = "sources"
    directory = "flows"

    @property
    def root(self) -> Path:
        """The directory holding every release's version directories."""
        return self.workspace.home / self.directory

    def schema(self, info: SourceInfo) -> dict[str, str]:
        """The columns (and DuckDB types) a release of ``info``'s kind is written with."""
        return FLOW_COLUMNS

    def __post_init__(self) -> None:
        self._staging_root = self.workspace.home / ".staging"

    # -- reading ---------------------------------------------------------------

    def source_dir(self, name: str) -> Path:
        return self.root / f"source={name}"

    def source_path(self, info: SourceInfo) -> Path:
        """The directory holding a release's files (``year=YYYY/…``), as the catalogue names it."""
        folder = self.source_dir(info.name)
        return folder / info.version if info.version else folder

    def files(self, infos: list[SourceInfo] | tuple[SourceInfo, ...]) -> list[str]:
        """The flows Parquet files of these releases."""
        return sorted(str(f) for info in infos for f in self.source_path(info).glob("year=*/*.parquet"))

    def parquet_glob(self) -> str | None:
        """A glob over the current flows files of every release, or None when the store is empty."""
        files = self.files(self.sources())
        return None if not files else sql_string_list(files)

    def attach_flows(
        self,
        con: duckdb.DuckDBPyConnection,
        name: str = "flows",
        sources: list[str] | None = None,
        infos: list[SourceInfo] | tuple[SourceInfo, ...] | None = None,
    ) -> None:
        """Create view ``name`` over the stored flows of ``infos`` (default: the catalogue; optionally only some sources)."""
        chosen = [i for i in (self.sources() if infos is None else infos) if sources is None or i.name in sources]
        files = self.files(chosen)
        if not files:
            con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS {EMPTY_FLOWS}")
            return
        columns = ", ".join(f"CAST({c} AS {t}) AS {c}" for c, t in FLOW_COLUMNS.items())
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT {columns} "
            f"FROM read_parquet({sql_string_list(files)}, hive_partitioning = false)"
        )

    @contextmanager
    def pinned(
        self, sources: list[str] | None = None, catalogue: list[SourceInfo] | None = None
    ) -> Iterator[tuple[SourceInfo, ...]]:
        """The catalogue's releases (optionally only ``sources``), their files protected from deletion while open.

        The version directories are locked (shared) and the catalogue read again:
        if an ingest switched a version in between, this starts over, so what is
        yielded is always a state of the store that was current, and stays on disk.
        ``catalogue``: the catalogue the caller has just read, taken as the first
        read (the check after locking still reads it again). One attempt's reads
        share one opening of the workspace database (:meth:`catalogue_session`);
        the database is not held while the caller reads the files.
        """
        for _ in range(50):
            stack = ExitStack()
            try:
                with self.catalogue_session():
                    read = catalogue if catalogue is not None else self.sources()
                    catalogue = None  # a second attempt reads afresh
                    infos = tuple(i for i in read if sources is None or i.name in sources)
                    for info in infos:
                        handle = shared_lock(self.source_path(info))
                        if handle is not None:
                            stack.callback(handle.close)
                    current = {i.name: i.version for i in self.sources()}
            except BaseException:
                stack.close()
                raise
            with stack:
                if all(current.get(i.name, "gone") == i.version for i in infos):
                    yield infos
                    return
        raise PartnerlensError("the trade store kept changing while it was being opened; try again")

    @contextmanager
    def query(self, sources: list[str] | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """An in-memory DuckDB connection with view ``flows`` over the store (pinned to the version it opened)."""
        with self.pinned(sources) as infos, quiet_connection() as con:
            self.attach_flows(con, infos=infos)
            yield con

    @contextmanager
    def catalogue_session(self) -> Iterator[None]:
        """Within this block, this thread's reads of the catalogue share one connection to the workspace database.

        Opening the database is most of what a read of the catalogue costs
        (DuckDB reads the file and its log, and checkpoints on the last close),
        and one answer reads it several times (the primary release, pinning and
        its check, the monthly sources). The connection is opened by the first
        read in the block (a store whose ``sources`` does not read the database
        never opens it) and closed at the end. Each read through it is still a
        read of the committed catalogue; while it is open, other processes wait
        to write (as they do for each opening), so hold it for one short call,
        never across a long-lived server's requests. Nested blocks share it.
        """
        key = self.workspace.database_path
        sessions = _sessions()
        if key in sessions:
            yield
            return
        with ExitStack() as stack:
            sessions[key] = stack  # the connection, once opened, is closed by this stack
            try:
                yield
            finally:
                del sessions[key]

    def sources(self) -> list[SourceInfo]:
        """Every ingested release, by name (through this thread's :meth:`catalogue_session`, if one is open).

        Kept for this process while no one (this process or another) has committed to the workspace database
        since the last read (:func:`partnerlens.catalogue.remembered`): a first brief read the catalogue fourteen
        times, each an opening of the database.
        """
        return remembered(self.workspace.database_path, self.catalogue_table, self._read_sources)

    def _read_sources(self) -> list[SourceInfo]:
        sql = CATALOGUE_SQL.replace("FROM sources", f"FROM {self.catalogue_table}")
        session = _sessions().get(self.workspace.database_path)
        if session is None:
            with self.workspace.connect() as con:
                rows = con.execute(sql).fetchall()
        else:
            held = _held.connections.get(self.workspace.database_path)
            if held is None:
                held = session.enter_context(self.workspace.connect())
                _held.connections[self.workspace.database_path] = held
                session.callback(_held.connections.pop, self.workspace.database_path, None)
            rows = held.execute(sql).fetchall()
        return [
            SourceInfo(
                name=r[0],
                kind=r[1],
                nomenclature=r[2],
                release=r[3],
                sha256=r[4],
                origin=r[5],
                synthetic=r[6],
                years=tuple(r[7]),
                rows=r[8],
                value_usd=r[9],
                ingested_at=r[10],
                version=r[11],
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

    def primary_source(self, infos: list[SourceInfo] | None = None) -> SourceInfo | None:
        """The release analyses use when none is named, so that releases are never summed.

        A store may hold several releases of the same flows (BACI V202401 and
        V202501, the demo world, Comtrade reporter data); adding them up would
        double-count. The primary one is the most recently ingested real
        multilateral release (BACI), else real Comtrade data, else the demo world.
        """
        infos = self.sources() if infos is None else infos  # (a catalogue the caller already read)
        if not infos:
            return None

        def preference(info: SourceInfo) -> tuple:
            return (
                info.nomenclature != "TOTAL",
                not info.synthetic,
                info.kind != "comtrade",
                info.ingested_at or datetime.min,
            )

        return max(infos, key=preference)

    # -- writing ---------------------------------------------------------------

    def ingest(self, info: SourceInfo, write: Writer) -> SourceInfo:
        """Write a release atomically; replace any earlier copy of the same source.

        ``write`` fills a staging directory; its totals (rows, value, years) are
        then read back from the staged Parquet, so what is recorded is exactly
        what was written. Any exception, or a crash at any step, leaves the store
        as it was (see the module documentation for the commit point).
        """
        with writer_lock(self.workspace.home, f"ingest of {info.name}"):
            staging = self._staging_root / uuid.uuid4().hex
            version = f"v{datetime.now(UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:8]}"
            target = self.source_dir(info.name) / version
            committed = False
            try:
                staging.mkdir(parents=True)
                ingest_step("staged")
                with quiet_connection() as con:
                    write(con, staging)
                    ingest_step("written")
                    recorded = self._summarise(con, staging, info, version)
                target.parent.mkdir(parents=True, exist_ok=True)
                staging.rename(target)
                ingest_step("moved")
                self._record(recorded)
                committed = True
                ingest_step("committed")
            except OSError as exc:
                raise PartnerlensError(f"ingest of {info.name} failed, store unchanged: {exc.strerror or exc}") from exc
            except duckdb.Error as exc:  # e.g. a full disk while DuckDB writes Parquet
                raise PartnerlensError(f"ingest of {info.name} failed, store unchanged: {duckdb_reason(exc)}") from exc
            finally:
                shutil.rmtree(staging, ignore_errors=True)
                if not committed:
                    shutil.rmtree(target, ignore_errors=True)
            self._changed()
            self._collect(info.name, recorded.version)
            collect_caches(self.workspace.home / "cache")
            ingest_step("collected")
        return recorded

    def _summarise(self, con: duckdb.DuckDBPyConnection, staging: Path, info: SourceInfo, version: str) -> SourceInfo:
        """What the catalogue will record, read back from the staged files and checked (:mod:`partnerlens.staged`)."""
        return summarise(con, staging, info, version, self.schema(info))

    def _record(self, info: SourceInfo) -> None:
        """The commit point: the catalogue row switched to the new version in one transaction."""
        with self.workspace.connect() as con:
            con.execute("BEGIN TRANSACTION")
            con.execute(f"DELETE FROM {self.catalogue_table} WHERE name = ?", [info.name])
            con.execute(
                f"INSERT INTO {self.catalogue_table} (name, kind, release, nomenclature, years, rows, value_usd, sha256, origin, synthetic, "
                "ingested_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    info.name,
                    info.kind,
                    info.release,
                    info.nomenclature,
                    list(info.years),
                    info.rows,
                    info.value_usd,
                    info.sha256,
                    info.origin,
                    info.synthetic,
                    info.ingested_at,
                    info.version,
                ],
            )
            con.execute("COMMIT")

    def remove(self, name: str) -> SourceInfo:
        """Remove a source's flows and its record (the record first: that is the commit point)."""
        with writer_lock(self.workspace.home, f"removal of {name}"):
            info = self.source(name)
            with self.workspace.connect() as con:
                con.execute(f"DELETE FROM {self.catalogue_table} WHERE name = ?", [name])
            ingest_step("uncatalogued")
            self._changed()
            self._collect(name, None)
            collect_caches(self.workspace.home / "cache")
        return info

    # -- recovery and clean-up ---------------------------------------------------

    def _changed(self) -> None:
        """Rewrite ``flows/.state`` (its rename changes the flows directory, which the web app's cache key watches)."""
        state = self.root / STATE_FILE
        partial = state.with_name(f"{STATE_FILE}.{uuid.uuid4().hex}")
        try:
            partial.write_text(json.dumps({i.name: i.version for i in self.sources()}))
            os.replace(partial, state)
        except OSError:
            partial.unlink(missing_ok=True)

    def _collect(self, name: str, current: str | None, legacy_current: bool = False) -> None:
        """Delete the files of ``name`` that the catalogue does not name (``current``), unless a reader holds them."""
        folder = self.source_dir(name)
        if not folder.is_dir():
            return
        for child in list(folder.iterdir()):
            if VERSION_NAME.fullmatch(child.name) and child.name != current:
                delete_unread(child, [child])
        if not legacy_current:
            legacy = [c for c in folder.iterdir() if LEGACY_CHILDREN.fullmatch(c.name)]
            if legacy:
                delete_unread(folder, legacy)
        if current is None and not legacy_current and not any(c.name != ".readers" for c in folder.iterdir()):
            delete_unread(folder, [folder])

    def recover(self) -> None:
        """Repair what a killed ingest or removal left, when no writer is active (else leave it to that writer).

        Staging is emptied; every version directory the catalogue does not name
        is deleted (before the commit point a crash rolls back, after it forward);
        a catalogue row whose files are gone is dropped; caches built from
        versions that no longer exist are deleted. Files a reader holds are kept.
        """
        home = self.workspace.home
        with writer_lock(home, "recovery", wait=False) as held:
            if not held:
                return
            if self._staging_root.is_dir():
                for leftover in self._staging_root.iterdir():
                    shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(
                        missing_ok=True
                    )
            infos = {i.name: i for i in self.sources()}
            lost = [i.name for i in infos.values() if not self.files([i])]
            if lost:
                with self.workspace.connect() as con:
                    con.execute(f"DELETE FROM {self.catalogue_table} WHERE name IN (SELECT unnest(?))", [lost])
                self._changed()
            for folder in self.root.glob("source=*"):
                name = folder.name.removeprefix("source=")
                info = infos.get(name) if name not in lost else None
                self._collect(name, info.version if info else None, legacy_current=bool(info and info.version is None))
            collect_caches(home / "cache")


_held = threading.local()  # per thread: the open catalogue sessions and the connections they hold


def _sessions() -> dict[Path, ExitStack]:
    """This thread's open catalogue sessions: workspace database → what closes its connection."""
    if not hasattr(_held, "sessions"):
        _held.sessions, _held.connections = {}, {}
    return _held.sessions


@register_open_hook
def _recover_on_open(workspace: Workspace) -> None:
    with contextlib.suppress(OSError):  # a workspace we may read but not write: nothing to repair from here
        TradeStore(workspace).recover()
