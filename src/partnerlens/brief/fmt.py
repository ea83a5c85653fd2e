"""How numbers read in a brief: money, shares, growth, indices; "no data" when missing.

Inside partnerlens shares are fractions and money is USD; here, at the
presentation layer, they become "$2.1 million" and "3.4%". A missing value
(None or NaN) always reads "no data", never 0. Money and "no data" are the
ones every presentation layer shares (:mod:`partnerlens.formatting`): money, shares, growth, numbers.
"""

from __future__ import annotations

from partnerlens.formatting import NO_DATA, growth, missing, money, number, share

__all__ = ["NO_DATA", "growth", "km", "missing", "money", "number", "share", "years"]


def km(value) -> str:
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
