"""How amounts read for people, shared by every presentation layer (CLI, briefs, web pages).

Inside partnerlens money is USD as a number; here it becomes "$2.1 million".
A missing value (None, NaN or another non-finite number) reads "no data",
never 0. Depends on nothing else in partnerlens, so any layer may use it.
"""

from __future__ import annotations

import math

NO_DATA = "no data"


def missing(value) -> bool:
    """True for None, NaN and other non-finite numbers."""
    if value is None:
        return True
    try:
        return not math.isfinite(float(value))
    except (TypeError, ValueError):
        return True


def money(value) -> str:
    """"$2.1 million", "$783 million", "$1.2 billion", "$950"; "no data" when missing."""
    if missing(value):
        return NO_DATA
    value = float(value)
    magnitude = abs(value)
    for threshold, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if magnitude >= threshold:
            scaled = value / threshold
            return f"${scaled:,.1f} {word}" if abs(scaled) < 100 else f"${scaled:,.0f} {word}"
    return f"${value:,.0f}"


def date_text(value, precision: str | None = "day", status: str | None = None) -> str:
    """A date at its precision: "2025-01-28", "2025-01" (month), "2025" (year); "undated" when missing.

    ``value`` is a date or an ISO string (registry dates are the first day of their
    month or year). A planned event says so: "2025-04 (planned)".
    """
    if value is None or value == "":
        text = "undated"
    else:
        iso = value if isinstance(value, str) else value.isoformat()
        text = iso[: {"year": 4, "month": 7}.get(precision or "day", 10)]
    return f"{text} (planned)" if status == "planned" else text
