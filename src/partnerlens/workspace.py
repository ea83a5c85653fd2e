"""The workspace: one directory that holds everything a user builds.

Layout under the workspace home::

    partnerlens.duckdb     metadata: sources, registry, tokens (schema-versioned)
    flows/                 Parquet files of trade flows, by source, version and year (see store.py)
    cache/                 aggregates computed from the flows, one folder per state of the store
    .staging/              releases being written by an ingest (emptied on open after a crash)
    .writer.lock           held by the one process writing to the trade store
    downloads/             releases fetched by ``data get`` (kept for resume and checksum)

The home is ``--home DIR``, else ``$PARTNERLENS_HOME``, else the user data
directory (platformdirs). Schema migrations are applied, in order and by name,
when the database is opened (``schema_migrations`` records them).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import platformdirs

from partnerlens import settings
from partnerlens.errors import PartnerlensError

HOME_ENV = settings.HOME_ENV
DATABASE_NAME = "partnerlens.duckdb"
LOCK_WAIT_SECONDS = settings.current().lock_wait_seconds
_OPEN_CLOSE_LOCK = threading.Lock()
_LENT: list[tuple[int, duckdb.DuckDBPyConnection]] = []  # the held database lent for reading (see lent_for_reading)

Migration = Callable[[duckdb.DuckDBPyConnection], None]

# Schema migrations, applied in this order. Modules that own tables register theirs
# with ``register_migration`` at import time; ``_MIGRATION_MODULES`` fixes the order.
_MIGRATIONS: list[tuple[str, Migration]] = []
_OPEN_HOOK_MODULES = ("partnerlens.store",)  # imported on every open: its hook recovers interrupted ingests
_MIGRATION_MODULES = (
    "partnerlens.store",
    "partnerlens.cooperation.storage",
    "partnerlens.tokens",  # API tokens and web sessions (the web layer reads them through this module)
    "partnerlens.claims.store",
    "partnerlens.evidence",
)


def register_migration(name: str) -> Callable[[Migration], Migration]:
    """Decorator: add a migration to the schema under a unique ``name``.

    A migration is never edited once released: later schema changes add a new one.
    """

    def decorate(fn: Migration) -> Migration:
        if name not in {n for n, _ in _MIGRATIONS}:
            _MIGRATIONS.append((name, fn))
        return fn

    return decorate


_OPEN_HOOKS: list[Callable[[Workspace], None]] = []


def register_open_hook(fn: Callable[[Workspace], None]) -> Callable[[Workspace], None]:
    """Decorator: run ``fn(workspace)`` each time a workspace is opened, after its migrations.

    The trade store registers its recovery here (finish or roll back an
    interrupted ingest, clean ``.staging``); hooks come from the modules in
    ``_MIGRATION_MODULES``, so this layer imports none of them.
    """
    if fn not in _OPEN_HOOKS:
        _OPEN_HOOKS.append(fn)
    return fn


def _load_migrations() -> list[tuple[str, Migration]]:
    for module in _MIGRATION_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # a layer not installed yet registers nothing
            if exc.name != module:
                raise
    return list(_MIGRATIONS)


def default_home() -> Path:
    """The workspace home when no ``--home`` is given."""
    return settings.current().home or Path(platformdirs.user_data_dir("partnerlens", appauthor=False))


@dataclass(frozen=True)
class Workspace:
    """A partnerlens workspace rooted at ``home``."""

    home: Path

    @classmethod
    def open(cls, home: str | Path | None = None, keep: ExitStack | None = None) -> Workspace:
        """Open (creating if needed) the workspace at ``home`` and migrate its schema.

        The database is opened once: the migration check and the open hooks (the trade store's recovery) run
        while that connection is held, so their own connections reuse the open database (DuckDB shares one
        instance per file within a process) instead of reading the file again. ``keep``: an exit stack that
        holds the connection until it closes (the CLI passes one for a short command, so every read of the
        command reuses this one opening); other processes wait to open the file for as long as it is held.
        """
        root = Path(home).expanduser() if home else default_home()
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PartnerlensError(f"cannot create workspace at {root}: {exc.strerror}") from exc
        workspace = cls(root.resolve())
        workspace.flows_dir.mkdir(exist_ok=True)
        workspace.downloads_dir.mkdir(exist_ok=True)
        with ExitStack() as held:
            con = held.enter_context(workspace.connect())
            migrate(con)
            for hook in list(_OPEN_HOOKS):
                hook(workspace)
            if keep is not None:
                held.enter_context(lent_for_reading(con))
                keep.enter_context(held.pop_all())
        return workspace

    @property
    def database_path(self) -> Path:
        return self.home / DATABASE_NAME

    @property
    def flows_dir(self) -> Path:
        return self.home / "flows"

    @property
    def downloads_dir(self) -> Path:
        return self.home / "downloads"

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the workspace database, closed on exit.

        DuckDB shares one database instance among a process's connections, and
        creating or dropping it from two threads at once fails, so opening and
        closing are serialised (queries still run in parallel). While another
        process holds the file (an ingest, a registry edit, the web server
        answering a request), this waits up to ``LOCK_WAIT_SECONDS`` rather than
        failing. Connections are always read-write: DuckDB refuses mixed modes
        within one process.
        """
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                with _OPEN_CLOSE_LOCK:
                    con = duckdb.connect(str(self.database_path))
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise PartnerlensError(f"cannot open workspace database {self.database_path}: {exc}") from exc
                time.sleep(0.05)
        try:
            con.execute("SET enable_progress_bar = false")  # it would print into --json output
            yield con
        finally:
            with _OPEN_CLOSE_LOCK:
                con.close()


@contextmanager
def lent_for_reading(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """While held, :func:`partnerlens.catalogue.reading_connection` gives cursors of ``con`` (the workspace database a
    short command holds open for its whole run) instead of creating the process's in-memory database: one DuckDB
    database per command instead of two (each costs 15–25 ms of CPU and its own threads; issue 16). A cursor's
    temporary views and tables are its own and come first in name lookups, so readers see what they made."""
    with _OPEN_CLOSE_LOCK:
        _LENT.append((os.getpid(), con))
    try:
        yield
    finally:
        with _OPEN_CLOSE_LOCK:
            _LENT.remove((os.getpid(), con))


def lent_reading_cursor() -> duckdb.DuckDBPyConnection | None:
    """A new cursor of the database lent for reading in this process (:func:`lent_for_reading`), else None."""
    with _OPEN_CLOSE_LOCK:
        lent = [con for pid, con in _LENT if pid == os.getpid()]
        return lent[-1].cursor() if lent else None


def applied_migrations(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the migrations already applied to this database."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    return {name for (name,) in con.execute("SELECT name FROM schema_migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply, in order, the migrations the database has not seen; return the schema version.

    The schema version is the number of migrations applied. Migrations are
    tracked by name, so a layer that adds one later does not renumber others.
    """
    applied = applied_migrations(con)
    for module in _OPEN_HOOK_MODULES:
        importlib.import_module(module)
    code = code_fingerprint()
    registered = {name for name, _ in _MIGRATIONS}  # layers this process has imported already
    if registered <= applied and _recorded_fingerprint(con) == code:  # this code migrated this database before
        return len(applied)
    for name, migration in _load_migrations():
        if name in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration(con)
            con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.add(name)
    con.execute("CREATE OR REPLACE TABLE schema_code AS SELECT ?::VARCHAR AS fingerprint", [code])
    return len(applied)


@cache
def code_fingerprint() -> str:
    """A hash of the package's source files (paths, sizes, times): it changes whenever a migration could have.

    Opening a workspace whose database was migrated by this very code skips
    importing the layers that register migrations (the registry and claims
    layers pull in pandas and pydantic), which keeps every command's start-up lean.
    Computed once per process (the code a process runs does not change under it), walking with
    :func:`os.scandir` (a third of ``Path.rglob``'s time over the package's few hundred files).
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for relative, size, mtime in sorted(
        _sources(str(root), ""), key=lambda found: found[0].split("/")
    ):  # as Paths sort
        digest.update(f"{relative}:{size}:{mtime};".encode())
    return digest.hexdigest()


def _sources(folder: str, prefix: str) -> Iterator[tuple[str, int, int]]:
    """``(path relative to the package, size, mtime_ns)`` of every ``*.py`` file under ``folder``."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _sources(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".py") and entry.is_file():
                stat = entry.stat()
                yield f"{prefix}{entry.name}", stat.st_size, stat.st_mtime_ns


def _recorded_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        row = con.execute("SELECT fingerprint FROM schema_code").fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None
