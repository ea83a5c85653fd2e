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

The job goes to the worker's standard input as a pickle: the workspace's
home, the releases (they name the cache folder), the taxonomy file in force
(``scope``) and each text with its article. This module imports the standard
library and the light cache helpers only: the worker's start-up stays small.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any

from partnerlens import scope
from partnerlens.brief.kept import kept_extraction
from partnerlens.workspace import Workspace

COMMAND = (sys.executable, "-m", "partnerlens.brief.read_worker")
"""How the worker is started (a test replaces it with a command that fails, to see the thread read instead)."""


def extracted(sources: list, workspace: Workspace, text: str, source: Any) -> list:
    """``extract_text`` of a record's evidence, kept for the day (``brief.kept.kept_extraction``).

    The key is the text, the article's language and date, the day (relative
    dates are read against it), the workspace's ``sectors.yaml``, the code and
    the package's data files: a brief computed again after a change to the
    registry does not read its articles again.
    """
    asked = (text, source.language, str(source.published), date.today().isoformat())

    def compute() -> list:
        from partnerlens.cooperation.extract import extract_text  # the gazetteer: only for a text not read yet

        return extract_text(text, language=source.language, published=source.published)

    return kept_extraction(workspace, asked, sources, compute)


def start(workspace: Workspace, sources: list, texts: list[tuple[Any, str]]) -> subprocess.Popen | None:
    """The worker, started on ``texts`` (``(source, text)`` pairs) in the caller's scope; None if it cannot start."""
    active = scope.active_sectors_file()
    job = {
        "home": str(workspace.home),
        "sources": list(sources),
        "sectors": active[0] if active else None,
        "texts": [(source, text) for source, text in texts],
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
    workspace = Workspace(Path(job["home"]))
    failed = 0
    with scope.sectors_file(job["sectors"]):
        for source, text in job["texts"]:
            try:
                extracted(job["sources"], workspace, text, source)
            except Exception:  # read again, and reported, on the brief's side
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
