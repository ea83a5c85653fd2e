"""Where the world tables of one state of the store live, and whether they are current.

The tables of a state are in ``WORKSPACE/world/<state>/``, ``<state>`` being
the same hash of the releases (name, version directory, rows, total, ingest
time) that names the on-demand cache (``analytics.cache.cache_folder``). The
folder's ``manifest.json`` lists those releases (with their checksums and
version directories), the years and tables built. Tables are read only when
the manifest names exactly the releases a reader is pinned to and their
version directories still exist: after an ingest or a removal they are stale
and never read. This module imports only the standard library, so the
analytics layer can consult it on every request.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
WORLD_DIR = "world"
LAYOUT = 2
"""Version of the partition layout: 2 = pair totals, exports and imports in ``block=NNN`` folders.

Tables written in another layout are stale (never read) and a build starts
their folder afresh, so files of two layouts never mix in one year.
"""


def state_key(infos: Iterable) -> str:
    """The hash naming one state of the store's releases (as ``analytics.cache.cache_folder`` names its folders)."""
    key = repr(sorted((s.name, s.version, s.rows, s.value_usd, str(s.ingested_at)) for s in infos))
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def world_folder(home: Path, infos: Iterable) -> Path:
    return Path(home) / WORLD_DIR / state_key(infos)


def source_entry(info: Any, version_path: Path) -> dict:
    """A release as the manifest records it: what it is and which files it was read from."""
    return {
        "name": info.name,
        "release": info.release,
        "sha256": info.sha256,
        "version": info.version,
        "rows": info.rows,
        "value_usd": info.value_usd,
        "path": str(version_path),
    }


def read_manifest(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(folder: Path, manifest: dict) -> None:
    """Write ``manifest.json`` atomically (a partial name, then a rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{MANIFEST}.{uuid.uuid4().hex}"
    partial.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    os.replace(partial, folder / MANIFEST)


def current(home: Path, infos: Iterable) -> tuple[Path, dict] | None:
    """(folder, manifest) of the world tables built from exactly ``infos``, or None when there are none or they are stale."""
    infos = list(infos)
    if not infos:
        return None
    folder = world_folder(home, infos)
    manifest = read_manifest(folder)
    if manifest is None or manifest.get("layout") != LAYOUT:
        return None
    recorded = {(s.get("name"), s.get("version"), s.get("sha256")) for s in manifest.get("sources", [])}
    if recorded != {(i.name, i.version, i.sha256) for i in infos}:
        return None
    if not all(Path(s["path"]).is_dir() for s in manifest["sources"]):
        return None
    return folder, manifest


def partition_files(folder: Path, table: str, year: int) -> list[str]:
    """The Parquet files of one year of a world table as they are on disk, in path order.

    A year is one file (``year=Y/part.parquet``) or one file per block
    (``year=Y/block=NNN/part.parquet``, blocks of sorted codes: base tables,
    indices, export potential); in path order the files are in the table's
    order. The build reads its own tables through this before any manifest
    names them; readers go through :func:`table_files`.
    """
    return sorted(str(f) for f in (Path(folder) / table / f"year={int(year)}").rglob("*.parquet"))


def table_files(folder: Path, manifest: dict, table: str, years: Iterable[int]) -> list[str] | None:
    """The Parquet files of ``table`` for ``years``, or None unless every one of those years was built.

    The one way to list a world table's files for reading (flows, pair indices):
    every block of every year (:func:`partition_files`), years in order.
    """
    built = set(manifest.get("tables", {}).get(table, []))
    wanted = sorted({int(y) for y in years})
    if not wanted or not set(wanted) <= built:
        return None
    files = [f for y in wanted for f in partition_files(folder, table, y)]
    return files or None


def current_manifest(workspace: Any) -> dict | None:
    """The manifest of the world tables of the store's primary source, if current (for ``world info``)."""
    from partnerlens.store import TradeStore

    store = TradeStore(workspace)
    primary = store.primary_source()
    if primary is None:
        return None
    found = current(workspace.home, [primary])
    return None if found is None else found[1] | {"folder": str(found[0])}
