"""YAML data files parsed once per machine: the parsed value kept as a ``marshal`` file (issue 16).

libyaml parses, but the objects are built in Python: the extractor's data files
cost a first brief about 0.08 s of CPU on its read-ahead thread
(``economies.yaml`` 0.03 s), holding the GIL; loading the kept value costs a
few milliseconds. The kept file sits beside :mod:`partnerlens.patterns`'
compiled programs and is named by the text, ``marshal``'s version and Python's,
so an edited file is parsed afresh. A value ``marshal`` cannot hold (a date) is
returned unkept, and a cache folder that cannot be written only means parsing
each time (:func:`partnerlens.locking.kept_file`).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any


def parsed_yaml(text: str) -> Any:
    """``text`` parsed as YAML (libyaml's safe loader when present), kept for later processes."""
    from partnerlens.locking import kept_file
    from partnerlens.patterns import cache_dir

    key = f"{marshal.version}:{sys.version_info[:2]}:{text}"
    path = cache_dir().parent / "data" / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal"
    return kept_file(path, lambda: _parsed(text), _marshalled, _unmarshalled)


def _parsed(text: str) -> Any:
    """``text`` parsed by PyYAML, imported here: a process that finds every file kept never imports it (its
    import, resolver patterns included, is a tenth of a warm ``profile``'s own time; issue 16)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when built


def is_yaml_error(exc: BaseException) -> bool:
    """Whether ``exc`` is PyYAML's parse error (for callers that catch it without importing PyYAML first)."""
    yaml = sys.modules.get("yaml")  # a parse error means the text was parsed: PyYAML is imported
    return yaml is not None and isinstance(exc, yaml.YAMLError)


def _marshalled(value: Any, partial: Path) -> None:
    with contextlib.suppress(ValueError):  # unmarshallable (a date): not kept, the value is still returned
        partial.write_bytes(marshal.dumps(value))


def _unmarshalled(path: Path) -> Any:
    return marshal.loads(path.read_bytes())
