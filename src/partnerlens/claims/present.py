"""How a verdict reads, the same in every surface (CLI, brief, web, ``claims list``).

One function per piece, so that no surface drops a qualifier or shows a rate
as a ratio of rates:

* :func:`claimed_text` — the claimed figure with its qualifier(s): "more than
  $783 million", "$783 million (stated as: more than; exact)" when an article
  states one figure twice with different words, "+15%" for growth;
* :func:`comparison` — claimed vs computed: money and counts with the ratio
  ("claimed $783 million vs computed $2.7 billion: claimed ÷ computed ×0.30"),
  rates with the difference in percentage points ("claimed +15% vs computed
  +5.3%: 9.7 pp apart"), shares of a published total with the total they
  imply;
* :func:`verdict_label` — the verdict, never bare when the reading is
  low-confidence ("consistent (low-confidence reading: year inferred)") and
  naming who judged ("published", "trade data", "registry");
* :func:`verdict_line` — label, comparison and the most important caveat first.
"""

from __future__ import annotations

from partnerlens.claims.model import Caveat, CheckedClaim, Claim
from partnerlens.claims.reading import is_low, low_note
from partnerlens.claims.verdict import qualifier_kind
from partnerlens.formatting import NO_DATA, missing, money

JUDGES = {
    "trade": "trade data",
    "published": "published figure",
    "registry": "registry",
    "investment": "IMF direct investment positions",
    "services": "OECD–WTO services trade (BaTiS)",
}
_KIND_WORDS = {
    "exact": "exact",
    "approximate": "about",
    "just_below": "nearly",
    "lower_bound": "at least",
    "upper_bound": "at most",
}


def figure(value: float | None, unit: str | None, metric: str | None = None) -> str:
    """A claimed or computed figure: money, percent (signed for growth), count or ordinal."""
    if value is None or missing(value):
        return NO_DATA
    if unit == "usd":
        return money(value)
    if unit == "fraction":
        text = f"{value * 100:.1f}".removesuffix(".0") + "%"
        return ("+" + text if value > 0 else text) if metric == "growth" else text
    if unit == "rank":
        return f"rank {value:.0f}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def claimed_text(claim: Claim) -> str:
    """The claimed figure as the article bounds it; every statement's qualifier when they differ."""
    value = figure(claim.value, claim.unit, claim.metric)
    qualifiers = list(dict.fromkeys(claim.qualifiers))
    if len(qualifiers) <= 1:
        return f"{qualifiers[0]} {value}" if qualifiers and qualifiers[0] else value
    words = "; ".join(q or _KIND_WORDS[qualifier_kind(q)] for q in qualifiers)
    return f"{value} (stated {len(claim.statements)} times: {words})"


def points_apart(difference: float) -> str:
    """A difference of rates (fractions) in percentage points: "9.7 pp apart"."""
    return f"{abs(difference) * 100:.1f} pp apart"


def gap(result: CheckedClaim) -> str | None:
    """How far apart claimed and computed are: "9.7 pp apart" for rates, "claimed ÷ computed ×0.30" otherwise."""
    if result.difference is not None:
        return points_apart(result.difference)
    if result.ratio is not None and result.claim.unit != "rank":
        return f"claimed ÷ {'published' if result.judged_by == 'published' else 'computed'} ×{result.ratio:.2f}"
    return None


def comparison(result: CheckedClaim) -> str:
    """Claimed vs computed, with the ratio (money, counts) or the difference in percentage points (rates)."""
    claim, source = result.claim, result.source or {}
    claimed = claimed_text(claim)
    if source.get("kind") == "published" and "implied_total" in source:
        total = (
            f"{money(source['implied_total'])} ({figure(source['amount'], 'usd')} ÷ {figure(claim.value, 'fraction')})"
        )
        line = (
            f"claimed {claimed}, implying total {claim.flow} of {total} vs published {money(source['value'])} "
            f"({source['year']})"
        )
        return line + (f": ×{result.ratio:.2f}" if result.ratio is not None else "")
    if missing(result.computed_value):
        return f"claimed {claimed}"
    computed = figure(result.computed_value, claim.unit, claim.metric)
    line = f"claimed {claimed} vs {'published' if result.judged_by == 'published' else 'computed'} {computed}"
    apart = gap(result)
    return f"{line}: {apart}" if apart else line


def verdict_label(result: CheckedClaim) -> str:
    """The verdict in words; a consistent/inconsistent verdict on a low-confidence reading says so."""
    label = result.verdict.replace("_", " ")
    if result.verdict in ("consistent", "inconsistent") and is_low(result.claim.reading):
        return f"{label} (low-confidence reading: {low_note(result.claim.reading)})"
    return label


def top_caveat(result: CheckedClaim) -> Caveat | None:
    """The most important caveat (caveats are kept ordered by severity)."""
    return result.caveats[0] if result.caveats else None


def verdict_line(result: CheckedClaim, *, caveat: bool = True) -> str:
    """One line a journalist can print: verdict, who judged, claimed vs computed, the first caveat or reason."""
    judge = f" [{JUDGES[result.judged_by]}]" if result.judged_by else ""
    parts = [f"{verdict_label(result)}{judge}", comparison(result)]
    others = (result.source or {}).get("independent_sources") or []
    if others:
        parts.append(
            "independent sources: " + "; ".join(o.get("title") or o.get("address") or "untitled" for o in others)
        )
    if result.reason:
        parts.append(result.reason)
    first = top_caveat(result)
    if caveat and first is not None and first.severity >= 2 and not (result.reason and first.id == "year_not_released"):
        parts.append(first.text)
    return " — ".join(parts)
