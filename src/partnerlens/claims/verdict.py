"""Verdicts: does the figure computed from the data bear out the claimed one?

A claim states a value ``x`` with an optional qualifier. The qualifier decides
which computed values ``c`` agree with it; a tolerance absorbs the ordinary
gap between a journalist's source (national statistics, a ministry's
press release) and the reconciled trade data:

====================  ==========================================  ==========================
kind                  qualifiers                                  consistent when
====================  ==========================================  ==========================
exact                 none, "just", "only", "a mere", "reaching"  x − h ≤ c ≤ x + h
approximate           "about", "around", "approximately", …       x − H ≤ c ≤ x + H
just below            "nearly", "almost", "close to", …           x − H ≤ c ≤ x + h
lower bound           "more than", "over", "surpassing", …        c ≥ x − h
upper bound           "less than", "under", "up to", …            c ≤ x + h
====================  ==========================================  ==========================

with ``h = tolerance · |x|`` (default 10 %) and ``H = wide_tolerance · |x|``
(default 25 %). Rates (shares, growth) are stated rounded to whole percents,
so for them ``h`` and ``H`` are at least half a percentage point. Ranks are
ordinals and must match exactly. A qualifier the table does not know is read
as *exact*, the strictest reading.

A negative value (a decline written as negative growth, a deficit) is bounded by its size: "fell by more
than 12%" (−12) agrees with −14 and not with −5.

So "more than $700 million" is consistent with 720 and with 650 (within 10 %
of the bound) and inconsistent with 300. ``ratio`` is always claimed ÷
computed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

DEFAULT_TOLERANCE = 0.10
WIDE_TOLERANCE = 0.25
RATE_FLOOR = 0.005  # half a percentage point: "15%" stands for 14.5–15.5 %

QualifierKind = Literal["exact", "approximate", "just_below", "lower_bound", "upper_bound"]

_QUALIFIER_PHRASES: dict[str, QualifierKind] = {
    # lower bounds
    "more than": "lower_bound",
    "over": "lower_bound",
    "surpassing": "lower_bound",
    "surpassed": "lower_bound",
    "exceeding": "lower_bound",
    "exceeded": "lower_bound",
    "above": "lower_bound",
    "at least": "lower_bound",
    "upwards of": "lower_bound",
    "in excess of": "lower_bound",
    "topping": "lower_bound",
    "topped": "lower_bound",
    "beyond": "lower_bound",
    "greater than": "lower_bound",
    "just over": "lower_bound",
    "no less than": "lower_bound",
    # upper bounds
    "less than": "upper_bound",
    "under": "upper_bound",
    "below": "upper_bound",
    "up to": "upper_bound",
    "at most": "upper_bound",
    "no more than": "upper_bound",
    "not exceeding": "upper_bound",
    "fewer than": "upper_bound",
    "not more than": "upper_bound",
    # approximately
    "about": "approximate",
    "around": "approximate",
    "approximately": "approximate",
    "roughly": "approximate",
    "some": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "circa": "approximate",
    "approx": "approximate",
    "of the order of": "approximate",
    "in the region of": "approximate",
    # just below
    "nearly": "just_below",
    "almost": "just_below",
    "close to": "just_below",
    "just under": "just_below",
    "just below": "just_below",
    "approaching": "just_below",
    "just shy of": "just_below",
    "shy of": "just_below",
}
_PHRASE_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(_QUALIFIER_PHRASES, key=len, reverse=True)) + r")\b"
)


class Judgement(NamedTuple):
    verdict: Literal["consistent", "inconsistent"]
    ratio: float | None
    low: float | None
    high: float | None


def qualifier_kind(qualifier: str | None) -> QualifierKind:
    """How a qualifier bounds the claimed value; the longest known phrase in it decides.

    "just over" is a lower bound, "just under" a value just below, plain "just"
    (as in "just $2 million") an exact figure.
    """
    if not qualifier:
        return "exact"
    match = _PHRASE_RE.search(" ".join(qualifier.casefold().split()))
    return _QUALIFIER_PHRASES[match.group(1)] if match else "exact"


def bounds(
    value: float,
    qualifier: str | None,
    unit: str | None = "usd",
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> tuple[float | None, float | None]:
    """The interval of computed values that agree with the claim (``None``: unbounded)."""
    if unit == "rank":
        return value, value
    if value < 0 and qualifier_kind(qualifier) != "exact":
        # "fell by more than 12%" (−12), "a deficit of nearly $5 billion": the qualifier bounds the size of the
        # fall, so the interval is the mirror of the one for the positive size
        low, high = bounds(-value, qualifier, unit, tolerance, wide_tolerance)
        return (None if high is None else -high), (None if low is None else -low)
    floor = RATE_FLOOR if unit == "fraction" else 0.0
    narrow = max(tolerance * abs(value), floor)
    wide = max(wide_tolerance * abs(value), floor)
    kind = qualifier_kind(qualifier)
    if kind == "lower_bound":
        return value - narrow, None
    if kind == "upper_bound":
        return None, value + narrow
    if kind == "approximate":
        return value - wide, value + wide
    if kind == "just_below":
        return value - wide, value + narrow
    return value - narrow, value + narrow


def bounds_all(
    value: float,
    qualifiers: Sequence[str | None],
    unit: str | None = "usd",
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> tuple[float | None, float | None]:
    """The values that agree with *every* statement of one figure: the intersection of their intervals.

    An article that says "surpassing $783 million" and later "reaching $783
    million" states one figure twice; read together, both must hold, so the
    figure is judged once against ``[x − h, x + h]`` (the exact reading inside
    the lower bound), never as two verdicts.
    """
    lows, highs = [], []
    for qualifier in qualifiers or [None]:
        low, high = bounds(value, qualifier, unit, tolerance, wide_tolerance)
        lows.append(low)
        highs.append(high)
    known_lows = [x for x in lows if x is not None]
    known_highs = [x for x in highs if x is not None]
    return (max(known_lows) if known_lows else None), (min(known_highs) if known_highs else None)


def ratio(claimed: float | None, computed: float | None) -> float | None:
    """Claimed ÷ computed, or ``None`` when either is missing or the computed figure is zero."""
    if claimed is None or computed is None or computed == 0 or not math.isfinite(computed):
        return None
    return claimed / computed


def judge(
    claimed: float,
    computed: float,
    qualifier: str | Sequence[str | None] | None = None,
    unit: str | None = "usd",
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
) -> Judgement:
    """Consistent or inconsistent, with the ratio and the interval that was applied.

    ``qualifier`` may be the list of qualifiers of every statement of the figure
    (:func:`bounds_all`); this is the one rule every surface (CLI, brief, web,
    stored records) uses.
    """
    qualifiers = [qualifier] if qualifier is None or isinstance(qualifier, str) else list(qualifier)
    low, high = bounds_all(claimed, qualifiers, unit, tolerance, wide_tolerance)
    inside = (low is None or computed >= low) and (high is None or computed <= high)
    return Judgement("consistent" if inside else "inconsistent", ratio(claimed, computed), low, high)
