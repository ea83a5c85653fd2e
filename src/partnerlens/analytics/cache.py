"""Aggregates of the trade store kept on disk, keyed by the release versions they were built from.

A :class:`~partnerlens.analytics.flows.Flows` handle over a store is pinned to
the versions the catalogue named when it opened (see ``TradeStore.pinned``).
Its aggregates (pair totals, exports by product …) go to
``cache/<state>/NAME-<query hash>.parquet``, where ``<state>`` is a hash of
those versions and ``sources.json`` in that folder lists their directories.
A cache file is written once, to a unique partial name then renamed, under a
lock per file (``locking.single_flight``: twelve requests asking for the same
table at once build it once; the others wait and read it), and never
deleted by a reader: a folder is dropped only by the store's clean-up, once the
versions it was built from are gone (which no reader can be holding).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import duckdb

from partnerlens.locking import single_flight
from partnerlens.world.manifest import state_key

MANIFEST = "sources.json"
BUILDS: Counter = Counter()
"""How many cache tables this process has built, by name (what the single-flight tests count)."""


def cache_folder(root: Path, infos: Iterable) -> Path:
    """The cache folder of one state of the store: a hash of its releases' names, versions and totals."""
    return root / state_key(infos)


def cached_parquet(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    name: str,
    sql: str,
    sources: Iterable[Path],
    prepare: Callable[[], object] | None = None,
) -> Path:
    """The Parquet file of ``sql`` in ``folder``, computed on ``con`` the first time (after ``prepare()``, which
    registers what the query reads besides the flows: called only when it is computed)."""
    path = folder / f"{name}-{hashlib.sha256(sql.encode()).hexdigest()[:16]}.parquet"
    if path.exists():
        return path
    _write_manifest(folder, sources)

    def build(partial: Path) -> None:
        target = "'" + str(partial).replace("'", "''") + "'"
        if prepare is not None:
            prepare()
        con.execute(f"COPY ({sql}) TO {target} (FORMAT parquet)")
        BUILDS[name] += 1

    return single_flight(path, build)[0]


def _write_manifest(folder: Path, sources: Iterable[Path]) -> None:
    manifest = folder / MANIFEST
    if manifest.exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{MANIFEST}.{uuid.uuid4().hex}"
    partial.write_text(json.dumps(sorted(str(p) for p in sources)))
    partial.replace(manifest)
