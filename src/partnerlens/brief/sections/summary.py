"""The bottom line: five to seven sentences on what the partnership amounts to and whether it is delivering.

Each sentence is built only from figures the brief computed (``gather``) or
records the registry holds, and carries the markers of their sources like every
other sentence of the brief: size and trend, what each side sells, the
strongest opportunities, the agreements and whether their sectors moved, the
claims in the press and their verdicts, the main risks. No sentence holds text
that is not traceable to a number or a record; what cannot be computed reads
"no data" with the reason. ``Sentence.figures`` keeps the raw numbers (USD,
fractions) for programs (``profile --json``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Bullets, Citations, Paragraph, Section
from partnerlens.brief.sections.common import by_size, hhi_reading, no_claims_reason, party_names, poss, release_marks


@dataclass(frozen=True)
class Sentence:
    """One sentence of the bottom line: its topic, its text with markers ``[n]``, and the figures it states."""

    topic: str
    text: str
    figures: dict = field(default_factory=dict)


def summarize(inputs: BriefInputs, cites: Citations) -> list[Sentence]:
    """The bottom line of the pair, in reading order (six sentences; fewer only when a topic has nothing to say)."""
    makers = (_size, _baskets, _opportunities, _agreements, _claims, _risks)
    return [s for s in (make(inputs, cites) for make in makers) if s is not None]


def bottom_line(inputs: BriefInputs, cites: Citations) -> Section:
    """The brief's opening section: the summary sentences as a list, each cited."""
    section = Section("bottom-line", "Bottom line")
    sentences = summarize(inputs, cites)
    if inputs.synthetic:
        section.add(Paragraph(f"{fmt.SYNTHETIC_BANNER} {release_marks(inputs, cites)}"))
    return section.add(Bullets(tuple(s.text for s in sentences)))


# -- the sentences ----------------------------------------------------------------


def _size(inputs: BriefInputs, cites: Citations) -> Sentence:
    p, y = inputs.profile, inputs.year
    a, b = party_names(inputs)
    data = release_marks(inputs, cites)
    figures = {
        "year": y,
        "total_usd": p.total_usd,
        "growth": p.growth.get("total"),
        "cagr": p.cagr.get("total"),
        "cagr_window": list(p.cagr_window) if p.cagr_window else None,
    }
    if not p.has_data:
        return Sentence(
            "size",
            f"No goods trade between {a} and {b} is recorded for {y}; the data cover {fmt.years(inputs.years)} {data}.",
            figures,
        )
    text = f"In {y}, {a} and {b} traded {fmt.money(p.total_usd)} of goods"
    trend = []
    if not fmt.missing(p.growth.get("total")):
        trend.append(f"{fmt.growth(p.growth['total'])} on {y - 1}")
    if p.cagr_window and not fmt.missing(p.cagr.get("total")):
        trend.append(f"{fmt.growth(p.cagr['total'])} a year over {p.cagr_window[0]}–{p.cagr_window[1]}")
    text += f" ({', '.join(trend)})" if trend else " (no earlier year to compare)"
    return Sentence("size", f"{text} {data}.", figures)


def _top(p, key: str):
    rows = getattr(p, f"top_products_{key}")["hs4"]
    return rows[0] if rows else None


def _name(name, code: str) -> str:
    """A product's name, or its code when the classification has none."""
    return name if isinstance(name, str) and name else f"HS {code}"


def _baskets(inputs: BriefInputs, cites: Citations) -> Sentence | None:
    p = inputs.profile
    if not p.has_data:
        return None
    a, b = party_names(inputs)
    marks = release_marks(inputs, cites) + cites.mark(cite.PRODUCTS)
    parts, figures = [], {}
    for key, seller, buyer, total in (("a_to_b", a, b, p.exports_a_to_b_usd), ("b_to_a", b, a, p.exports_b_to_a_usd)):
        top = _top(p, key)
        figures[key] = {
            "exports_usd": total,
            "top_hs4": top.code if top else None,
            "top_share": top.share if top else None,
        }
        if top is None:
            parts.append(f"{seller} sold {buyer} nothing recorded")
        else:
            parts.append(
                f"{seller} sells {buyer} mostly {_name(top.name, top.code)} (HS {top.code}, "
                f"{fmt.share(top.share)} of {fmt.money(total)})"
            )
    return Sentence("baskets", f"{parts[0][0].upper()}{parts[0][1:]}; {parts[1]} {marks}.", figures)


def _opportunities(inputs: BriefInputs, cites: Citations) -> Sentence:
    marks = release_marks(inputs, cites)
    parts: list[str] = []
    figures: dict[str, dict[str, object] | None] = {}
    for direction in inputs.directions:
        potential = direction.potential
        key = f"{direction.exporter.name} → {direction.market.name}"
        if potential is None or potential.products.empty:
            parts.append(f"for {key} no export potential can be computed ({direction.missing or fmt.NO_DATA})")
            figures[key] = None
            continue
        first = potential.products.iloc[0]
        figures[key] = {
            "untapped_usd": float(potential.untapped_usd),
            "top_product": str(first["product"]),
            "top_untapped_usd": float(first["untapped_usd"]),
        }
        parts.append(
            f"for {key}, {fmt.money(potential.untapped_usd)} untapped in all, most in {_name(first['name'], first['product'])} "
            f"(HS {first['product']}, {fmt.money(first['untapped_usd'])})"
        )
    if all(v is None for v in figures.values()):
        return Sentence("opportunities", f"Export potential: {'; '.join(parts)} {marks}.", figures)
    return Sentence(
        "opportunities",
        f"Strongest opportunities (export potential not yet realised): {'; '.join(parts)} {marks}{cites.mark(cite.ITC)}.",
        figures,
    )


def _agreements(inputs: BriefInputs, cites: Citations) -> Sentence:
    a, b = party_names(inputs)
    agreements = [r for r in inputs.records if r.kind == "agreement"]
    events = [r for r in inputs.records if r.kind == "event"]
    registry = cites.mark(cite.REGISTRY)
    figures = {"agreements": len(agreements), "events": len(events)}
    text = (
        f"The cooperation registry holds {fmt.count(len(agreements), 'agreement')} and "
        f"{fmt.count(len(events), 'event')} between {a} and {b}"
    )
    if not agreements:
        return Sentence("agreements", f"{text} {registry}.", figures)
    text += " " + cites.mark(cite.REGISTRY, *(cite.article(c.source) for r in agreements for c in r.sources))
    moved = [
        row for row in inputs.agreement_trade if not fmt.missing(row.before_usd) and not fmt.missing(row.after_usd)
    ]
    grew = [row for row in moved if _grew(row.before_usd, row.after_usd)]
    figures["agreement_sectors"] = len(inputs.agreement_trade)
    figures["sectors_compared"] = len(moved)
    figures["sectors_grown"] = len(grew)
    if not inputs.agreement_trade:
        return Sentence(
            "agreements", f"{text}; none of their sectors trades in goods, so no sector trade to compare.", figures
        )
    if not moved:
        return Sentence(
            "agreements",
            f"{text}; their goods sectors have no trade figure after signing yet {release_marks(inputs, cites)}.",
            figures,
        )
    examples = ", ".join(
        f"{row.label} {fmt.money(row.before_usd)} ({row.before_year}) → {fmt.money(row.after_usd)} ({row.after_year})"
        for row in moved[:2]
    )
    return Sentence(
        "agreements",
        f"{text}; trade grew after signing in {len(grew)} of {fmt.count(len(moved), 'agreement sector')} "
        f"({examples}) {release_marks(inputs, cites)}{cites.mark(cite.SECTORS)}.",
        figures,
    )


def _grew(before: float | None, after: float | None) -> bool:
    """Whether trade of a sector was higher after an agreement than before it (both figures known)."""
    return before is not None and after is not None and after > before


def _claims(inputs: BriefInputs, cites: Citations) -> Sentence:
    a, b = party_names(inputs)
    if not inputs.claims:
        reason = no_claims_reason(inputs)
        return Sentence(
            "claims", f"No press claims to check for {a} and {b}: {reason} {cites.mark(cite.REGISTRY)}.", {"claims": 0}
        )
    verdicts = Counter(checked.verdict.replace("_", " ") for checked, _ in inputs.claims)
    marks = cites.mark(*(cite.article(source) for _, source in inputs.claims))
    read = ", ".join(f"{n} {verdict}" for verdict, n in verdicts.most_common())
    stated = fmt.count(len(inputs.claims), "figure")
    return Sentence(
        "claims",
        f"Claims in the press: {stated} stated about {a} and {b} in the registry's articles, checked against "
        f"the data: {read} {marks}.",
        {"claims": len(inputs.claims), "verdicts": dict(verdicts)},
    )


def _risks(inputs: BriefInputs, cites: Citations) -> Sentence | None:
    p = inputs.profile
    a, b = party_names(inputs)
    parts: list[str] = []
    figures: dict[str, object] = {}
    data = release_marks(inputs, cites)
    hhis = [
        (key, label, hhi)
        for key, label in (("a_to_b", f"{a} → {b}"), ("b_to_a", f"{b} → {a}"))
        if (hhi := p.concentration[key].hhi_hs6) is not None and not fmt.missing(hhi)
    ]
    if hhis:
        key, label, hhi = max(hhis, key=lambda row: row[2])
        figures["hhi"] = {key: hhi}
        parts.append(f"{label} trade is {hhi_reading(hhi)} (HHI {fmt.number(hhi)}) {data}")
    sized = by_size(inputs.sides)
    if sized is not None and sized[0][1]:
        (small, small_gdp), (large, large_gdp) = sized
        ratio = large_gdp / small_gdp
        figures["gdp_ratio"] = ratio
        parts.append(
            f"{poss(large.party.name)} GDP is {fmt.number(ratio, 1)} times {poss(small.party.name)} {cites.mark(cite.MACRO)}"
        )
    if inputs.distance_km is not None:
        figures["distance_km"] = inputs.distance_km
        parts.append(f"they lie {fmt.km(inputs.distance_km)} apart {cites.mark(cite.DISTANCES)}")
    if not parts:
        return None
    return Sentence("risks", f"Main risks: {'; '.join(parts)}.", figures)
