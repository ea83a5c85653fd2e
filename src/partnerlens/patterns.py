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
        return _sre.compile(pattern, *marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):
        pass
    program = _program(pattern, flags)
    _keep(path, program)
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


def _keep(path: Path, program: tuple) -> None:
    """Write ``program`` atomically (a private partial file, then a rename); a folder that cannot be written: skip."""
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(marshal.dumps(program))
        os.replace(partial, path)  # the same pattern kept twice at once: either copy, they are equal
    except (OSError, ValueError):
        with contextlib.suppress(OSError):  # no folder to clean up
            partial.unlink(missing_ok=True)
