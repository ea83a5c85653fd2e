"""Helpers every section uses: source markers, names, figures with their markers, records' dates, basket readings."""

from __future__ import annotations

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs, Side
from partnerlens.brief.model import Citations, Paragraph
from partnerlens.brief.section_charts import CANDIDATES_SHOWN  # noqa: F401 (the sections read it here)
from partnerlens.cooperation import models
from partnerlens.formatting import date

# Herfindahl–Hirschman thresholds (0–1 scale) of the US Horizontal Merger Guidelines (2010),
# the usual reading of product concentration: below 0.15 diversified, above 0.25 highly concentrated.
HHI_MODERATE, HHI_HIGH = 0.15, 0.25
SECTORS_SHOWN = 8


def poss(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def ordinal(n: int | None) -> str:
    if n is None:
        return "not ranked"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def release_marks(inputs: BriefInputs, cites: Citations) -> str:
    """The marker(s) of the trade data releases."""
    return cites.mark(*cite.releases(inputs.sources))


def party_names(inputs: BriefInputs) -> tuple[str, str]:
    return inputs.a.name, inputs.b.name


def no_year(inputs: BriefInputs, cites: Citations) -> Paragraph:
    return Paragraph(
        f"No data for {inputs.year}: the trade data cover {fmt.years(inputs.years)} {release_marks(inputs, cites)}. "
        "Figures for that year read “no data”; pick a covered year with --year."
    )


def by_size(sides: tuple[Side, Side]) -> tuple[tuple[Side, float], tuple[Side, float]] | None:
    """The smaller and the larger side of the pair with their GDPs (USD); None when either GDP is missing."""
    known = [(s, s.gdp_usd) for s in sides if s.gdp_usd is not None and not fmt.missing(s.gdp_usd)]
    if len(known) < len(sides):
        return None
    small, large = sorted(known, key=lambda side_gdp: side_gdp[1])
    return small, large


def marked_money(value, marker: str) -> str:
    return marked(fmt.money(value), marker)


def marked(text: str, marker: str) -> str:
    """A figure with its source marker; "no data" carries the marker of the source that lacks it too."""
    return f"{text} {marker}".strip()


def top_three(top) -> str:
    """What the three largest products weigh, or that the flow has no more than three."""
    first = top[:3]
    if sum(row.share for row in first) > 1 - 1e-9:
        return "it is the only HS4 product" if len(first) == 1 else f"these {len(first)} HS4 products are all of it"
    return f"the top {len(first)} HS4 products make {fmt.share(sum(row.share for row in first))}"


def hhi_reading(hhi) -> str:
    if fmt.missing(hhi):
        return "not defined"
    if hhi >= HHI_HIGH:
        return "a highly concentrated basket"
    if hhi >= HHI_MODERATE:
        return "a moderately concentrated basket"
    return "a diversified basket"


NOT_HAPPENED = models.NOT_HAPPENED  # events and agreements still to come: never "last event"


def when(record) -> str:
    """A record's date at its precision, "(planned)" when it is still to come."""
    return date(record.date, record.date_precision, record.status)


def kind_label(record) -> str:
    """A record's event type or kind in words ("visit", "agreement"), never its id."""
    return fmt.label(record.type or record.kind)


def record_marks(record, cites: Citations) -> str:
    return cites.mark(*(cite.article(c.source) for c in record.sources))


def no_claims_reason(inputs: BriefInputs) -> str:
    """Why a pair has no press claims to check (the claims section and the bottom line say it alike)."""
    if inputs.articles:
        return "no article about them in the registry states a trade figure"
    return "the registry holds no article about them"
