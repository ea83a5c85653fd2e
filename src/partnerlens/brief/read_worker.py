"""A brief's article reading in a process of its own, off the brief's GIL.

A first brief reads its records' evidence with the extractor (Python regular
expressions: ~0.2 s of CPU for a pair, a lock on the interpreter for a whole
search) while its main thread computes the trade. On a thread, that reading
held the GIL the analytics' Python waited for; here :func:`start` hands the
texts to ``python -m partnerlens.brief.read_worker``, which reads each one
through :func:`extracted` and so keeps what it read in the store state's
``extracted/`` folder (:func:`partnerlens.brief.kept.kept_extraction`, one lock
per text across processes). The brief's thread only waits on the process
(:func:`finished`); ``brief.record.pair_claims`` then reads the kept results,
and reads again a text the worker did not keep.

The job goes to the worker's standard input as a pickle: the taxonomy file
in force (``scope``) and each text with its language, date and the path its
reading is kept at (``brief.kept.extraction_path``, computed by the caller, so
the worker imports neither the workspace nor DuckDB). This module imports the
standard library and the lock helper only: the worker's start-up is the
extractor's own imports (~0.2 s of CPU less than a worker that imported the
cache helpers, the workspace and the releases' model).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from partnerlens import scope
from partnerlens.locking import kept_file

if TYPE_CHECKING:
    from partnerlens.workspace import Workspace

COMMAND = (sys.executable, "-m", "partnerlens.brief.read_worker")
"""How the worker is started (a test replaces it with a command that fails, to see the thread read instead)."""


def _asked(text: str, source: Any) -> tuple:
    """What keys one reading: the text, the article's language and date, the day (relative dates are read against it)."""
    return (text, source.language, str(source.published), date.today().isoformat())


def _reading(text: str, language: str, published: Any) -> Any:
    """The compute of one reading (the extractor imported only for a text not read yet)."""

    def compute() -> list:
        from partnerlens.cooperation.extract import extract_text

        return extract_text(text, language=language, published=published)

    return compute


def extracted(sources: list, workspace: Workspace, text: str, source: Any) -> list:
    """``extract_text`` of a record's evidence, kept for the day (``brief.kept.kept_extraction``).

    The key is the text, the article's language and date, the day, the
    workspace's ``sectors.yaml``, the code and the package's data files: a
    brief computed again after a change to the registry does not read its
    articles again.
    """
    from partnerlens.brief.kept import kept_extraction

    compute = _reading(text, source.language, source.published)
    return kept_extraction(workspace, _asked(text, source), sources, compute)


def _pickled(value: Any, partial: Path) -> None:  # as brief.kept keeps it (that module imports the workspace)
    partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _unpickled(path: Path) -> Any:
    return pickle.loads(path.read_bytes())


def start(workspace: Workspace, sources: list, texts: list[tuple[Any, str]]) -> subprocess.Popen | None:
    """The worker, started on ``texts`` (``(source, text)`` pairs) in the caller's scope; None if it cannot start."""
    from partnerlens.brief.kept import extraction_path

    active = scope.active_sectors_file()
    job = {
        "sectors": active[0] if active else None,
        "texts": [
            (str(extraction_path(workspace, _asked(text, source), sources)), text, source.language, source.published)
            for source, text in texts
        ],
    }
    package_root = str(Path(__file__).resolve().parents[2])  # this tree's sources first, as the caller runs them
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p))
    try:
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        process = subprocess.Popen(
            COMMAND, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
    except (OSError, ValueError, TypeError, AttributeError, pickle.PicklingError):
        return None
    stdin: IO[bytes] | None = process.stdin
    try:
        if stdin is not None:
            stdin.write(payload)
            stdin.close()
    except OSError:  # the worker died before reading its job: reaped by finished()
        pass
    return process


def finished(process: subprocess.Popen | None, timeout: float = 300.0) -> bool:
    """Wait (the GIL released) for the worker; True when it read and kept every text."""
    if process is None:
        return False
    try:
        return process.wait(timeout=timeout) == 0
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return False


def main() -> int:
    """The worker: read the job on standard input, keep what each text reads; 1 if a text failed."""
    job = pickle.load(sys.stdin.buffer)
    failed = 0
    with scope.sectors_file(job["sectors"]):
        for path, text, language, published in job["texts"]:
            try:
                kept_file(Path(path), _reading(text, language, published), _pickled, _unpickled)
            except Exception:  # read again, and reported, on the brief's side
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
