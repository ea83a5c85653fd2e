"""One JSON shape for every layer: the CLI's ``--json``, the web API and result objects."""

from __future__ import annotations

import math
import sys
from dataclasses import fields, is_dataclass
from datetime import date, datetime
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
    return {f.name: jsonable(getattr(value, f.name)) for f in fields(value) if not f.name.startswith("_")}
