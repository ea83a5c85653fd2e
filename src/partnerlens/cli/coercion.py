"""Option and argument values converted without pydantic in the common cases (issue 16: lean start-up).

Typer (0.29) converts every parameter value through a pydantic ``TypeAdapter``, built on first use: importing
pydantic and building the adapters is a large part of a short command's start-up. partnerlens's parameters
are plain ``str``, ``int``, ``float``, ``Path`` and ``list[str]``; for those, a value that is unambiguous
(a decimal integer, a plain number, any string) converts here to exactly what Typer's adapter returns, and
anything else (a value out of an option's range, an unusual spelling, another type) goes to Typer's own
conversion, so error messages and edge cases stay Typer's. :func:`lighten` installs this on a command tree;
on a Typer without the hook it changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._click.core import Context
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_path

_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?")
_MISS = object()  # "not converted here: ask Typer"


def _leaf(annotation: Any, value: Any, descriptor: TypeDescriptor) -> Any:
    """``value`` converted as Typer's adapter would for this leaf type, or ``_MISS`` when unsure."""
    info = descriptor.parameter_info
    if info.parser is not None:
        return _MISS
    if annotation is bool:
        return value if isinstance(value, bool) else _MISS
    if annotation is Path and isinstance(value, Path) and info.path_type is None:
        return coerce_cli_path(value, info, path_type=Path)  # a default
    if type(value) is annotation and annotation in (int, float, str):
        number: Any = value  # a default, already of its type
    elif not isinstance(value, str):
        return _MISS
    elif annotation is str:
        return value
    elif annotation is int and _INT.fullmatch(value):
        number = int(value)
    elif annotation is float and _FLOAT.fullmatch(value):
        number = float(value)
    elif annotation is Path and value and info.path_type is None:
        return coerce_cli_path(Path(value), info, path_type=Path)
    else:
        return _MISS
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        return _MISS  # Typer clamps or reports it
    return number


@dataclass(frozen=True)
class LightRuntimeParam(RuntimeParam):
    """Typer's runtime conversion for one parameter, with the common cases done without pydantic."""

    descriptor: TypeDescriptor = field(default=None)  # type: ignore[assignment]  # always given by lighten()

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        annotation = self.annotation
        if get_origin(annotation) is list and isinstance(value, (list, tuple)):
            (item,) = get_args(annotation)
            converted = [_leaf(item, v, self.descriptor) for v in value]
            if all(c is not _MISS for c in converted):
                return converted
        elif get_origin(annotation) is None:
            one = _leaf(annotation, value, self.descriptor)
            if one is not _MISS:
                return one
        return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)


def lighten(command: Any) -> Any:
    """Install :class:`LightRuntimeParam` on every parameter of ``command`` and its sub-commands; return it.

    The ``--help`` option is made here too (Click makes it once per command, on first use, from the context's
    help option names: partnerlens keeps Click's default, ``--help``, so a bare context gives the same).
    """
    helper = command.get_help_option(Context(command)) if hasattr(command, "get_help_option") else None
    for param in [*getattr(command, "params", ()), *([helper] if helper is not None else [])]:
        descriptor = getattr(param, "type_descriptor", None)
        unset = getattr(param, "_runtime_param", _MISS) is None  # Typer builds it on first use
        if isinstance(descriptor, TypeDescriptor) and unset and descriptor.file_annotation is None:
            param._runtime_param = LightRuntimeParam(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation, descriptor=descriptor
            )
    for sub in (getattr(command, "commands", None) or {}).values():
        lighten(sub)
    return command
