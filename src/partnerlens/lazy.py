"""Names a package loads on first use (PEP 562), so that importing one light module of it imports nothing heavy.

:func:`lazy_names` is the one way to do it: a package lists each public name
with the module that holds it, and the ``__getattr__`` it returns imports that
module the first time the name is asked for and keeps the value in the package.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps each name to its module (``.make``: relative to it)."""

    def __getattr__(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(homes[name], package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
