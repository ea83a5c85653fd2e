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

# The synthetic-data banner on every surface (CLI, web pages, briefs), built on the one wording above.
SYNTHETIC_BANNER = f"This is {DEMO_BANNER}: every trade figure here is generated, not real trade; do not cite it."


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


def share(value, digits: int | None = None) -> str:
    """A fraction as a percentage, one rule everywhere: 0.0342 → "3.4%", 0.0009 → "0.09%", 0.00004 → "<0.01%".

    Shares of at least 0.1% have one decimal; smaller ones two, so that a small
    partner's share still reads as a number; below 0.01% they read "<0.01%".
    ``digits`` forces a fixed number of decimals (for tables of one kind of figure).
    """
    if missing(value):
        return NO_DATA
    percent = 100 * float(value)
    if digits is None:
        digits = 1 if percent == 0 or abs(percent) >= 0.095 else 2
    floor = 10**-digits
    if 0 < percent < floor / 2:
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


_PLURALS = {
    "country": "countries",
    "economy": "economies",
    "sector": "sectors",
    "person": "people",
    "analysis": "analyses",
}


def plural(word: str) -> str:
    """The plural of a counted noun ("student" → "students", "economy" → "economies")."""
    if word in _PLURALS:
        return _PLURALS[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def count(n, word: str, plural_word: str | None = None) -> str:
    """A count with its noun in the right number: (1, "student") → "1 student", (3, "claim") → "3 claims"."""
    if missing(n):
        return f"{NO_DATA} ({plural_word or plural(word)})"
    n = float(n)
    text = f"{n:,.0f}" if n == int(n) else f"{n:,g}"
    return f"{text} {word if n == 1 else (plural_word or plural(word))}"


_PRECISION_CHARS = {"year": 4, "month": 7, "day": 10}


def date(value, precision: str | None = "day", status: str | None = None) -> str:
    """A date at its precision: 2025-01-01 with precision "month" → "2025-01", "year" → "2025"; "undated" when
    missing; with ``status`` "planned", what is still to come says so: "2025-04 (planned)"."""
    if value is None or value == "":
        text = "undated"
    else:
        text = (value.isoformat() if hasattr(value, "isoformat") else str(value))[
            : _PRECISION_CHARS.get(precision or "day", 10)
        ]
    return f"{text} (planned)" if status == "planned" else text


def label(identifier, taxonomy: dict | None = None) -> str:
    """A sector or event-type id as people read it: the taxonomy's label, else the id in words ("air_transport" → "air transport")."""
    if identifier is None:
        return ""
    entry = (taxonomy or {}).get(identifier)
    found = getattr(entry, "label", None) or (entry.get("label") if isinstance(entry, dict) else None)
    return found or str(identifier).replace("_", " ")


def km(value) -> str:
    """A distance: 6283.4 → "6,283 km"."""
    if missing(value):
        return NO_DATA
    return f"{float(value):,.0f} km"


def years(values) -> str:
    """Years as compact ranges: (2015, 2016, 2017, 2020) → "2015–2017, 2020"."""
    ordered = sorted({int(v) for v in values})
    if not ordered:
        return "none"
    runs, start, prev = [], ordered[0], ordered[0]
    for year in ordered[1:] + [None]:
        if year is not None and year == prev + 1:
            prev = year
            continue
        runs.append(f"{start}–{prev}" if prev > start else str(start))
        if year is not None:
            start = prev = year
    return ", ".join(runs)


def singular(word: str) -> str:
    """The singular of a plural unit ("students" → "student", "economies" → "economy")."""
    reverse = {v: k for k, v in _PLURALS.items()}
    if word in reverse:
        return reverse[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def quantity(value, unit: str | None) -> str:
    """A value with its unit in the right number: (1, "students") → "1 student", (12, "missions") → "12 missions"."""
    if missing(value):
        return NO_DATA
    value = float(value)
    text = f"{value:,.0f}" if value == int(value) else f"{value:,g}"
    if not unit:
        return text
    if unit in ("percent", "%"):
        return f"{text}%"
    return f"{text} {singular(unit) if value == 1 else unit}"


date_text = date  # the former name, still imported by web/pages.py: the same function
