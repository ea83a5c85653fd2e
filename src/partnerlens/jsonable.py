"""One JSON shape for every layer: the CLI's ``--json``, the web API and result objects."""

from __future__ import annotations

import math
import sys
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types.

    Objects with ``to_dict()``, pydantic models, dataclasses and DataFrames are
    unpacked; dates become ISO strings, paths strings, numpy scalars Python
    numbers; NaN, infinities and pandas' missing markers become ``None``
    (missing is missing, never zero). pandas and numpy are not imported here:
    a value can only be one of theirs once its module is loaded (lean start-up).
    """
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:  # most values: answered before any lookup
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is list or kind is tuple:  # exact built-in containers: none of the lookups below can match them
        return [jsonable(v) for v in value]
    if kind is dict:
        return {str(k): jsonable(v) for k, v in value.items()}
    result_to_dict = _RESULT_TO_DICT[0]
    if result_to_dict is not None and getattr(kind, "to_dict", None) is result_to_dict:  # a result's own fields
        return dataclass_fields(value)
    pd, np = sys.modules.get("pandas"), sys.modules.get("numpy")
    frames = (pd.DataFrame, pd.Series) if pd is not None else ()
    if hasattr(value, "to_dict") and not isinstance(value, (*frames, type)):
        return jsonable(value.to_dict())
    if hasattr(value, "model_dump") and not isinstance(value, type):
        return jsonable(value.model_dump(mode="json"))
    if is_dataclass(value) and not isinstance(value, type):
        return dataclass_fields(value)
    if pd is not None and isinstance(value, pd.DataFrame):
        return [jsonable(row) for row in value.to_dict(orient="records")]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if np is not None and isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if pd is not None and (value is pd.NA or value is pd.NaT):
        return None
    return value


def dataclass_fields(value: Any) -> dict:
    """A dataclass's public fields as JSON types (the default ``to_dict`` of result objects)."""
    kind: Any = type(value)  # a class is hashable (typeshed's cache wrapper wants it said)
    return {name: jsonable(getattr(value, name)) for name in _public_fields(kind)}


@cache
def _public_fields(kind: type) -> tuple[str, ...]:
    """The names of a dataclass's public fields, worked out once per class (``fields`` walks them on every call)."""
    return tuple(f.name for f in fields(kind) if not f.name.startswith("_"))


_RESULT_TO_DICT: list[Any] = [None]
"""The ``to_dict`` that is :func:`dataclass_fields` itself (``analytics.flows.Result``'s, registered by
:func:`returns_fields`): a result using it is converted once, not converted and then walked again."""


def returns_fields(method: Any) -> Any:
    """Mark ``method`` (a ``to_dict`` that returns ``dataclass_fields(self)``) as giving JSON types already."""
    _RESULT_TO_DICT[0] = method
    return method
