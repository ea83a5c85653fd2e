"""The bottom line of a pair kept on disk, so that ``partnerlens profile`` heads its output with it in a blink.

The bottom line (:func:`partnerlens.brief.summary.summary`) needs most of what
a brief computes: export potential both ways, the registry's agreements and the
claims in its articles checked against the data. Its inputs are the trade
store, the workspace database (registry, claims, queue, catalogue), the
workspace's ``sectors.yaml`` and the code; the result is a small JSON document.
It is kept in the store state's cache folder (``cache/<state>/summary/``,
dropped with the releases it was built from), under a key made of:

* the parties and year as asked, and the state of the store's releases
  (``world.manifest.state_key``, the hash that names the cache folder);
* the size and modification time of the workspace database, its write-ahead
  log and ``sectors.yaml``: any write to the registry, the claims or the
  catalogue changes them, so a changed record is never answered from the cache;
* the fingerprint of the package's source files (``workspace.code_fingerprint``).

A key missed is only a recomputation; a key hit returns exactly what was
computed (JSON types, as ``--json`` prints them). This module imports the
standard library and light helpers only: reading the cache costs no chart
engine, claim checker or extractor start-up.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from partnerlens.jsonable import jsonable
from partnerlens.locking import single_flight
from partnerlens.workspace import DATABASE_NAME, Workspace, code_fingerprint
from partnerlens.world.manifest import state_key

FOLDER = "summary"
WATCHED = (DATABASE_NAME, f"{DATABASE_NAME}.wal", "sectors.yaml")
"""The workspace files whose change invalidates a kept bottom line (besides the releases and the code)."""


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "absent"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def summary_key(workspace: Workspace, a: str, b: str, year: int, sources: Iterable) -> str:
    """The key of one bottom line: parties and year as asked, releases, workspace files, code."""
    parts = [
        repr((str(a), str(b), int(year))),
        state_key(sources),
        *(f"{name}={_stamp(workspace.home / name)}" for name in WATCHED),
        code_fingerprint(),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def summary_path(workspace: Workspace, key: str, sources: Iterable) -> Path:
    """Where the bottom line of ``key`` is kept: in the cache folder of the releases' state."""
    return workspace.home / "cache" / state_key(sources) / FOLDER / f"{key}.json"


def kept_summary(
    workspace: Workspace, a: str, b: str, year: int, sources: Iterable, compute: Callable[[], dict]
) -> dict:
    """The bottom line of ``a`` and ``b`` in ``year``: read from the cache, else ``compute()``d, kept and returned.

    ``sources`` are the releases the answer was computed from (a profile's
    ``sources``). The stamps are taken before computing, so a write that lands
    while computing leaves the file under a key no later reader will ask for.
    Concurrent callers with one key compute once (``locking.single_flight``);
    a cache that cannot be written is skipped, never an error.
    """
    sources = list(sources)
    path = summary_path(workspace, summary_key(workspace, a, b, year, sources), sources)
    if path.exists():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # unreadable: compute again and replace it
            path.unlink(missing_ok=True)
    computed: list[dict] = []

    def build(partial: Path) -> None:
        computed.append(jsonable(compute()))
        partial.write_text(json.dumps(computed[0], ensure_ascii=False), encoding="utf-8")

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        single_flight(path, build)
    except OSError:  # a read-only workspace: answer without keeping it
        pass
    if computed:
        return computed[0]
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else jsonable(compute())
