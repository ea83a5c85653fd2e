"""Inter-process locks of a workspace (POSIX ``flock``): one writer of the trade store, readers pinned to a version.

* :func:`writer_lock`: held by every ingest and removal for its whole run, so
  that two writers of one workspace never interleave (the second waits up to
  ``PARTNERLENS_LOCK_WAIT`` seconds, then is refused with a clear message), and
  by recovery on open, which only runs when no writer is active.
* :func:`shared_lock` / :func:`try_exclusive`: a reader holds a shared lock on
  the ``.readers`` file of each release version it reads; a version that is no
  longer current is deleted only under an exclusive lock taken without waiting,
  so files are never deleted under a reader (they are left for a later clean-up).
* :func:`single_flight`: a file built once however many threads and processes
  ask for it at the same moment (a cache table, a world-table partition): one
  builds under a lock per key, the others wait for it and read what it wrote.
* :func:`kept_file`: a computed result kept in a cache file on top of it (read
  when there, else computed once and written), never an error when the cache
  cannot be read or written; within :func:`nothing_kept` (a warm server's
  rehearsal brief, ``web.warm.rehearse_brief``) it only computes: nothing read
  back, nothing written.

Locks are released when their file is closed, also when the process dies (a
killed ingest never leaves a stale lock behind).
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO, Any

from partnerlens import settings
from partnerlens.errors import PartnerlensError

WRITER_LOCK_NAME = ".writer.lock"
READERS_NAME = ".readers"
_NOTHING_KEPT: ContextVar[bool] = ContextVar("partnerlens_nothing_kept", default=False)


@contextmanager
def nothing_kept() -> Iterator[None]:
    """Within the block (and the threads that run in a copy of its context), :func:`kept_file` computes and neither
    reads a kept file nor writes one, and a brief records nothing (:func:`keeping` is False): a computation that
    leaves no trace in the workspace, for its side effects in this process only (modules, tables and engines
    warmed)."""
    token = _NOTHING_KEPT.set(True)
    try:
        yield
    finally:
        _NOTHING_KEPT.reset(token)


def keeping() -> bool:
    """False within :func:`nothing_kept`: what is computed is not kept, read back or recorded."""
    return not _NOTHING_KEPT.get()


def _wait_seconds() -> float:
    return settings.current().lock_wait_seconds


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


_KEY_LOCKS: dict[str, threading.Lock] = {}
_KEY_LOCKS_GUARD = threading.Lock()


@contextmanager
def key_lock(lock_file: Path) -> Iterator[None]:
    """Hold the lock of one key across the threads of this process and across processes (waits as long as needed).

    A thread lock first (``flock`` would serialise threads too, but only
    through the kernel); then an exclusive ``flock`` on ``lock_file``, released
    when it is closed, also when the holder dies.
    """
    with _KEY_LOCKS_GUARD:
        local = _KEY_LOCKS.setdefault(str(lock_file), threading.Lock())
    with local:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        with lock_file.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def single_flight(target: Path, build: Callable[[Path], None]) -> tuple[Path, bool]:
    """``target``, built by ``build(partial)`` once however many callers ask at once; returns (target, built here).

    ``build`` writes a temporary path that is then renamed to ``target``, so a
    reader never sees half a file. Whoever gets the key's lock first builds;
    the others wait on the lock and then find the file there.
    """
    if target.exists():
        return target, False
    with key_lock(target.parent / f".{target.name}.lock"):
        if target.exists():
            return target, False
        partial = target.parent / f".{target.name}.{uuid.uuid4().hex}.partial"
        try:
            build(partial)
            os.replace(partial, target)
        finally:
            if partial.is_dir():
                import shutil

                shutil.rmtree(partial, ignore_errors=True)
            else:
                partial.unlink(missing_ok=True)
    return target, True


def kept_file(
    path: Path, compute: Callable[[], Any], write: Callable[[Any, Path], None], read: Callable[[Path], Any]
) -> Any:
    """``read(path)`` if kept there, else ``compute()`` once (:func:`single_flight`), ``write(value, partial)`` and return it.

    The one way to keep a computed result in a cache file (a brief's parts, the
    product space). ``write`` may leave ``partial`` unwritten: the value is then
    returned, not kept; a value that does not pickle is not kept either. A file
    that cannot be read is computed again and replaced; a folder that cannot be
    written only means computing each time. Within :func:`nothing_kept`: ``compute()``, nothing else.
    """
    if not keeping():
        return compute()
    if path.exists():
        try:
            return read(path)
        except Exception:  # unreadable (or written by other library versions): compute again and replace it
            path.unlink(missing_ok=True)
    computed: list[Any] = []

    def build(partial: Path) -> None:
        import pickle  # here: a warm command that only reads kept files never imports it (issue 16)

        computed.append(compute())
        try:
            write(computed[0], partial)
        except (pickle.PicklingError, TypeError, AttributeError):  # a value that does not pickle: not kept
            partial.unlink(missing_ok=True)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        single_flight(path, build)
    except OSError:  # a read-only workspace, or nothing written to rename
        pass
    if computed:
        return computed[0]
    import pickle

    try:
        return read(path)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError):
        return compute()
