"""Section 7: the claims of the pair's articles with their verdicts."""

from __future__ import annotations

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citations, Paragraph, Section, Table
from partnerlens.brief.sections.common import marked, party_names, release_marks


# -- 7. claims checked --------------------------------------------------------------------


def claims_checked(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("claims", "7. Claims checked")
    a, b = party_names(inputs)
    if not inputs.claims:
        reason = ("no article about them in the registry states a trade figure" if inputs.articles
                  else "the registry holds no article about them")
        return section.add(Paragraph(f"No claims to check for {a} and {b}: {reason}. "
                                     "partnerlens check FILE checks the figures of any article against the data."))
    rows = tuple(_claim_row(claim, source, inputs, cites) for claim, source in inputs.claims)
    section.add(
        Paragraph(f"Quantitative statements in the articles the registry cites about {a} and {b}, checked against the trade "
                  f"data {release_marks(inputs, cites)} and the registry {cites.mark(cite.REGISTRY)}; partnerlens check gives the caveats of each."),
        Table("Claims and verdicts; an inconsistent verdict shows claimed ÷ computed", ("Claim", "Claimed", "Verdict", "Computed", "Article"), rows, "tnctc"),
    )
    return section


def _claim_row(checked, source, inputs: BriefInputs, cites: Citations) -> tuple[str, ...]:
    claim = checked.claim
    text = claim.text if len(claim.text) <= 180 else claim.text[:177] + "…"
    verdict = checked.verdict.replace("_", " ")
    if checked.verdict == "inconsistent" and not fmt.missing(checked.ratio):
        verdict += f" (×{checked.ratio:.2f})"
    computed = _claim_value(checked.computed_value, claim.unit)
    if computed != fmt.NO_DATA:
        origin = cite.REGISTRY if claim.metric == "count" else None
        computed = marked(computed, cites.mark(origin) if origin else release_marks(inputs, cites))
    if checked.reason:
        computed += f"; {checked.reason}"
    return f"“{text}”", _claim_value(claim.value, claim.unit), verdict, computed, cites.mark(cite.article(source))


def _claim_value(value, unit: str | None) -> str:
    if fmt.missing(value):
        return fmt.NO_DATA
    if unit == "usd":
        return fmt.money(value)
    if unit == "fraction":
        return fmt.share(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
