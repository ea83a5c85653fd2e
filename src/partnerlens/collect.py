"""Garbage collection of what a store's readers leave behind: cache directories and world tables built from
release versions that no longer exist, and old version directories once no reader holds them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from partnerlens.locking import try_exclusive


def delete_unread(lock_folder: Path, doomed: list[Path]) -> bool:
    """Delete ``doomed`` under an exclusive lock on ``lock_folder``'s readers file; False (nothing deleted) if read."""
    handle = try_exclusive(lock_folder)
    if handle is None and lock_folder.exists():
        return False
    try:
        for path in doomed:
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        if lock_folder in doomed:
            return True
    finally:
        if handle is not None:
            handle.close()
    return True


def collect_caches(cache_root: Path) -> None:
    """Delete cache directories (and world tables) built from release versions that no longer exist (no reader can hold them)."""
    _collect_world(cache_root.parent / "world")
    if not cache_root.is_dir():
        return
    for entry in cache_root.iterdir():
        if entry.is_file() and entry.suffix in (
            ".parquet",
            ".partial",
        ):  # caches of older versions, not keyed by version
            entry.unlink(missing_ok=True)
            continue
        manifest = entry / "sources.json"
        try:
            paths = json.loads(manifest.read_text())
        except (OSError, ValueError):
            paths = None
        if not isinstance(paths, list) or not all(Path(str(p)).is_dir() for p in paths):
            shutil.rmtree(entry, ignore_errors=True)


def _collect_world(world_root: Path) -> None:
    """Delete world tables (``world build``) whose release versions are gone, as for the caches above."""
    if not world_root.is_dir():
        return
    for entry in world_root.iterdir():
        try:
            paths = [s["path"] for s in json.loads((entry / "manifest.json").read_text())["sources"]]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a build under way (its manifest is written last): leave it
        if not all(Path(str(p)).is_dir() for p in paths):
            shutil.rmtree(entry, ignore_errors=True)
