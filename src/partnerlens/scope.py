"""What the work running now is scoped to, set once by the CLI session or the web request and read below.

Today that is one thing: the workspace's own ``sectors.yaml``, which replaces the packaged taxonomy for every
sector that is resolved without being handed a taxonomy (record checks, review edits, reading articles), as
profiles and briefs read it. A context variable, so that two CLI invocations in one process, or two requests in
one server, each see their own. Standard library only: every command imports it at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

_SECTORS_FILE: ContextVar[tuple[str, float] | None] = ContextVar("partnerlens_sectors_file", default=None)


@contextmanager
def sectors_file(path: str | Path | None) -> Iterator[None]:
    """Within this block, the taxonomy in force is the one at ``path`` when that file exists, else the packaged one."""
    file = Path(path) if path is not None else None
    token = _SECTORS_FILE.set((str(file), file.stat().st_mtime) if file is not None and file.is_file() else None)
    try:
        yield
    finally:
        _SECTORS_FILE.reset(token)


def active_sectors_file() -> tuple[str, float] | None:
    """The taxonomy file in force (path and modification time, a cache key), or None for the packaged one."""
    return _SECTORS_FILE.get()
