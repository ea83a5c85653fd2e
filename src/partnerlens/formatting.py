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
