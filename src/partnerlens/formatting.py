"""How amounts read for people, shared by every presentation layer (CLI, briefs, web pages).

Inside partnerlens money is USD as a number; here it becomes "$2.1 million".
A missing value (None, NaN or another non-finite number) reads "no data",
never 0. Depends on nothing else in partnerlens, so any layer may use it.
"""

from __future__ import annotations

import math

NO_DATA = "no data"
DEMO_BANNER = "synthetic demo data calibrated on published WDI totals, ECI and PCI"
"""The one wording of the demo banner: every output built on the demo world shows it."""


def missing(value) -> bool:
    """True for None, NaN and other non-finite numbers."""
    if value is None:
        return True
    try:
        return not math.isfinite(float(value))
    except (TypeError, ValueError):
        return True


def money(value) -> str:
    """Money in words: "$2.1 million", "$783 million", "$1.2 billion", "$950"; "no data" when missing."""
    if missing(value):
        return NO_DATA
    value = float(value)
    magnitude = abs(value)
    for threshold, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if magnitude >= threshold:
            scaled = value / threshold
            return f"${scaled:,.1f} {word}" if abs(scaled) < 100 else f"${scaled:,.0f} {word}"
    return f"${value:,.0f}"


def share(value, digits: int = 1) -> str:
    """A fraction as a percentage: 0.0342 → "3.4%"; tiny positive shares read "<0.1%"."""
    if missing(value):
        return NO_DATA
    percent = 100 * float(value)
    floor = 10 ** -digits
    if 0 < percent < floor:
        return f"<{floor:.{digits}f}%"
    return f"{percent:.{digits}f}%"


def growth(value) -> str:
    """A growth rate (fraction) with its sign: 0.15 → "+15.0%"."""
    if missing(value):
        return NO_DATA
    return f"{100 * float(value):+.1f}%"


def number(value, digits: int = 2) -> str:
    """A plain index value with ``digits`` decimals."""
    if missing(value):
        return NO_DATA
    return f"{float(value):,.{digits}f}"


def people(value) -> str:
    """A head count: 13651030 → "13.7 million people"."""
    if missing(value):
        return NO_DATA
    value = float(value)
    for threshold, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(value) >= threshold:
            return f"{value / threshold:,.1f} {word} people"
    return f"{value:,.0f} people"


def published(figure) -> str:
    """A published figure as people read it, with its year (a ``PublishedFigure`` or its ``to_dict()``).

    Money as money, shares per year as growth, ECI with its rank among the
    ranked economies, and for a group how many members the sum covers:
    "$2.1 billion (2022)", "-0.61, rank 97 of 145 (2022)", "+4.5% a year (2024)",
    "$3.1 trillion (2022; sum over 51 of 54 members)".
    """
    if figure is None:
        return NO_DATA
    get = figure.get if isinstance(figure, dict) else lambda name: getattr(figure, name, None)
    value, unit = get("value"), get("unit")
    if unit == "usd":
        text = money(value)
    elif unit == "people":
        text = people(value)
    elif unit == "share_per_year":
        text = f"{growth(value)} a year"
    else:
        text = number(value)
    if get("rank") is not None:
        text += f", rank {get('rank')} of {get('ranked_of')}"
    when = str(get("year"))
    if get("members") is not None:
        when += f"; sum over {get('members_with_data')} of {get('members')} members"
    return f"{text} ({when})"


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
