"""Large regular expressions compiled once per machine: sre's compiled program kept on disk (issue 16).

Python's regular-expression compiler (``re._parser`` and ``re._compiler``) is
pure Python: the gazetteer's alternation of every economy's names, the person
titles and the extraction vocabularies cost a first brief about 0.4 s of CPU
each time a process starts, holding the GIL (so they also slow the threads
that run beside them). What the compiler produces — the program, flags and
group names that ``_sre.compile`` turns into a pattern — is plain data:
:func:`compiled` keeps it as a ``marshal`` file in the user cache folder, named
by the pattern, the flags and the Python version (and sre's ``MAGIC``), and a
later process builds the same pattern from it in about a millisecond.

Anything unexpected (no cache folder, a file that does not load, another
Python) falls back to :func:`re.compile`; the pattern is the same either way
(``tests/test_patterns.py`` compares the programs).

The folder is kept small: a program read from it is touched (its modification
time is its last use), and whenever a new program is written the least
recently used ones are deleted until the folder holds at most
:data:`BUDGET_BYTES` — the programs of a vocabulary or a Python version no
longer in use go, the few of the version in use (a few megabytes) stay.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import uuid
from functools import cache
from pathlib import Path

from partnerlens.settings import PATTERN_CACHE_ENV, current

try:  # sre's internals: present in CPython 3.11+, where the program format is what ``re._compiler.compile`` makes
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: plain re.compile
    _sre = None

BUDGET_BYTES = 64 * 2**20
"""The most the folder holds after a program is written (least recently used programs deleted first)."""

OFF = PATTERN_CACHE_ENV
"""Set to ``0`` to compile every pattern with :func:`re.compile` (nothing read or written)."""


@cache
def cache_dir() -> Path:
    """Where compiled programs are kept: ``patterns/`` in the user cache folder (read once per process)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("partnerlens", appauthor=False)) / "patterns"


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, built from the program kept on disk when there is one (else compiled, kept)."""
    if _sre is None or not current().pattern_cache or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = f"{_sre.MAGIC}:{_sre.CODESIZE}:{sys.version}:{int(flags)}:{pattern}"
    path = cache_dir() / f"{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}.marshal"
    try:
        kept = _sre.compile(pattern, *marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):
        pass
    else:
        with contextlib.suppress(
            OSError
        ):  # a read-only folder: the program is still good, only its use goes unrecorded
            os.utime(path)
        return kept
    program = _program(pattern, flags)
    if _keep(path, program):
        prune(path.parent, keep=path)
    return _sre.compile(pattern, *program)


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern: flags, code, groups, group names."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses: plain ints to keep
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _keep(path: Path, program: tuple) -> bool:
    """Write ``program`` atomically (a private partial file, then a rename); a folder that cannot be written: skip."""
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(marshal.dumps(program))
        os.replace(partial, path)  # the same pattern kept twice at once: either copy, they are equal
    except (OSError, ValueError):
        with contextlib.suppress(OSError):  # no folder to clean up
            partial.unlink(missing_ok=True)
        return False
    return True


def prune(folder: Path, keep: Path | None = None, budget: int | None = None) -> list[Path]:
    """Delete the least recently used programs in ``folder`` until the rest fit in ``budget`` bytes; return them.

    ``keep`` (the program just written) is never deleted. Another process
    deleting or reading the same files at the same time is harmless: a program
    that has gone is compiled again by whoever needs it next.
    """
    budget = BUDGET_BYTES if budget is None else budget
    entries = []
    for path in folder.glob("*.marshal"):
        with contextlib.suppress(OSError):  # deleted meanwhile by another process
            info = path.stat()
            entries.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in entries)
    deleted = []
    for _, size, path in sorted(entries, key=lambda entry: (entry[0], entry[2].name)):
        if total <= budget:
            break
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        total -= size
        deleted.append(path)
    return deleted
