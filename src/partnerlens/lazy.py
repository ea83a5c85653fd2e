"""Names a package loads on first use (PEP 562), so that importing one light module of it imports nothing heavy.

:func:`lazy_names` is the one way to do it: a package lists each public name
with the module that holds it, and the ``__getattr__`` it returns imports that
module the first time the name is asked for and keeps the value in the package.
"""

from __future__ import annotations

import importlib
import sys
import types
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


class LazyModule(types.ModuleType):
    """A module imported on first attribute use: ``pd = lazy_module("pandas")`` at the top of a module that uses
    pandas only inside functions, so that importing it imports nothing heavy (a brief starts its DuckDB work while
    pandas loads on a thread of its own, see :mod:`partnerlens.brief.make`). After the first use the real module's
    names are copied in, so later uses are plain attribute reads; a name it sets later is still found through it."""

    def __getattr__(self, name: str) -> Any:
        real = importlib.import_module(self.__name__)
        self.__dict__.update({k: v for k, v in vars(real).items() if not k.startswith("__")})
        return getattr(real, name)


def lazy_module(name: str) -> Any:
    """A stand-in for ``import name`` that imports ``name`` the first time one of its attributes is used."""
    return LazyModule(name)
