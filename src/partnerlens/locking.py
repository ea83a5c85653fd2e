"""Inter-process locks of a workspace (POSIX ``flock``): one writer of the trade store, readers pinned to a version.

* :func:`writer_lock`: held by every ingest and removal for its whole run, so
  that two writers of one workspace never interleave (the second waits up to
  ``PARTNERLENS_LOCK_WAIT`` seconds, then is refused with a clear message), and
  by recovery on open, which only runs when no writer is active.
* :func:`shared_lock` / :func:`try_exclusive`: a reader holds a shared lock on
  the ``.readers`` file of each release version it reads; a version that is no
  longer current is deleted only under an exclusive lock taken without waiting,
  so files are never deleted under a reader (they are left for a later clean-up).

Locks are released when their file is closed, also when the process dies (a
killed ingest never leaves a stale lock behind).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from partnerlens.errors import PartnerlensError

WRITER_LOCK_NAME = ".writer.lock"
READERS_NAME = ".readers"


def _wait_seconds() -> float:
    return float(os.environ.get("PARTNERLENS_LOCK_WAIT", "15"))


@contextmanager
def writer_lock(home: Path, what: str, wait: bool = True) -> Iterator[bool]:
    """Hold the workspace's writer lock; yields False (holding nothing) when ``wait`` is False and it is taken."""
    path = home / WRITER_LOCK_NAME
    with path.open("a+") as handle:
        deadline = time.monotonic() + (_wait_seconds() if wait else 0)
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    if not wait:
                        yield False
                        return
                    handle.seek(0)
                    holder = handle.read().strip()[:200] or "another process"
                    raise PartnerlensError(
                        f"{what}: another process is writing to this workspace ({holder}); "
                        "nothing was changed, try again when it has finished"
                    ) from None
                time.sleep(0.05)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{what}, pid {os.getpid()}")
            handle.flush()
            yield True
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def shared_lock(folder: Path) -> IO | None:
    """A shared lock on ``folder``'s readers file (None when the folder is gone or cannot be written)."""
    try:
        handle = (folder / READERS_NAME).open("a")
    except OSError:
        return None
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle


def try_exclusive(folder: Path) -> IO | None:
    """An exclusive lock on ``folder``'s readers file if no reader holds it, else None."""
    try:
        handle = (folder / READERS_NAME).open("a")
    except OSError:
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle
