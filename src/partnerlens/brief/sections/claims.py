"""Section 7: the claims of the pair's articles with their verdicts."""

from __future__ import annotations

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citation, Citations, Paragraph, Section, Table
from partnerlens.brief.sections.common import marked, no_claims_reason, party_names, release_marks
from partnerlens.claims.present import JUDGES, claimed_text, comparison, figure, gap, top_caveat, verdict_label

# -- 7. claims checked --------------------------------------------------------------------


def claims_checked(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("claims", "7. Claims checked")
    a, b = party_names(inputs)
    if not inputs.claims:
        return section.add(
            Paragraph(
                f"No claims to check for {a} and {b}: {no_claims_reason(inputs)}. "
                "partnerlens check FILE checks the figures of any article against the data."
            )
        )
    rows = tuple(_claim_row(claim, source, inputs, cites) for claim, source in inputs.claims)
    section.add(
        Paragraph(
            f"Quantitative statements in the articles the registry cites about {a} and {b} (kept with the articles when "
            f"they were accepted), each figure judged once against evidence independent of the article: the trade data "
            f"{release_marks(inputs, cites)}, published figures, or registry records with another source "
            f"{cites.mark(cite.REGISTRY)}. Rates are compared in percentage points; partnerlens claims list gives every caveat."
        ),
        Table(
            "Claims and verdicts: claimed vs computed, the judge, and the most important caveat",
            ("Claim", "Claimed", "Verdict", "Computed", "Article"),
            rows,
            "tnctc",
        ),
    )
    return section


def _published(source: dict) -> Citation:
    """A published figure that judged a claim (WDI via atlas-common-data), cited with its vintage."""
    return Citation(
        key=f"published:{source['indicator']}:{source['vintage']}",
        kind="reference",
        text=f"{source['source']}: {source['label'].lower()} ({source['basis']}), {source['vintage']}",
        address="https://databank.worldbank.org/source/world-development-indicators",
    )


def _marker(checked, inputs: BriefInputs, cites: Citations) -> str:
    source = checked.source or {}
    if source.get("kind") == "published":
        return cites.mark(_published(source))
    if source.get("kind") == "registry":
        return cites.mark(cite.REGISTRY)
    return release_marks(inputs, cites)


def _claim_row(checked, source, inputs: BriefInputs, cites: Citations) -> tuple[str, ...]:
    claim = checked.claim
    texts = list(dict.fromkeys([s.text for s in claim.statements] or [claim.text]))
    quote = " / ".join(f"“{t if len(t) <= 180 else t[:177] + '…'}”" for t in texts)
    verdict = verdict_label(checked) + (f" ({JUDGES[checked.judged_by]})" if checked.judged_by else "")
    detail = comparison(checked) if "implied_total" in (checked.source or {}) else gap(checked)
    if detail:
        verdict += f": {detail}"
    first = top_caveat(checked)
    if first is not None and first.severity >= 2:
        verdict += f". {first.text}"
    computed = figure(checked.computed_value, claim.unit, claim.metric)
    if computed != fmt.NO_DATA:
        computed = marked(computed, _marker(checked, inputs, cites))
    if checked.reason:
        computed += f"; {checked.reason}"
    return quote, claimed_text(claim), verdict, computed, cites.mark(cite.article(source))
