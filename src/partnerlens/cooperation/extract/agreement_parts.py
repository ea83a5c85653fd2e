"""A signed package's areas are those of its parts told after it anywhere in the article.

"Ghana and Chile signed four agreements on Tuesday. … The two countries also signed an agreement on health and
another on education. … The fourth agreement concerns transport." The labels give the package ("four agreements")
the union of its parts' areas; :func:`.agreement_sectors.total_takes_listed` gives them only to a total with no
areas of its own, or one whose parts add up to it exactly, and only while the parts follow within a few hundred
characters — so a package told with one area ("douze accords couvrant la sécurité") or whose parts are told
paragraphs later, one of them a restatement ("The agreement was signed by the ministers"), kept a fraction of its
areas. Measured on the outputs of the extractor as it was before anyone tuned on batches 14–42 (docs/news.md,
"Evaluation on unseen articles"), the missed agreement sectors of found agreements were mostly such packages, in
English, French, Portuguese and Russian.

A part is an agreement told later (its sentence starts after the package's), counting fewer instruments, with the
same status, states within the package's (or none), a date in the same month when both have one, and not told as
*other* instruments ("trois autres accords": ``agreement_others``). Only a signed package takes them: an announced
one ("will sign eight agreements") is often followed by signings of another occasion. No words are read here
beyond ``agreement_others``, so the rule carries across languages.
"""

from __future__ import annotations

from partnerlens.cooperation.extract.agreement_distinct import others
from partnerlens.cooperation.extract.context import Draft
from partnerlens.cooperation.models import Proposal


def _part_of(part: Proposal, total: Proposal) -> bool:
    """``part`` may be one of the instruments of the package ``total`` (see the module docstring)."""
    if part is total or (part.count or 1) >= (total.count or 0) or part.status != total.status:
        return False
    if part.evidence is None or total.evidence is None or part.evidence.start < total.evidence.start:
        return False
    if part.parties and not set(part.parties) <= set(total.parties):
        return False
    if (
        part.date is not None
        and total.date is not None
        and (part.date.year, part.date.month) != (total.date.year, total.date.month)
    ):
        return False
    return not others(part.evidence.text)


def total_takes_parts(drafts: list[Draft]) -> None:
    """Each signed package of two or more instruments takes the areas of its parts told after it (in place)."""
    agreements = [d for d in drafts if d.proposal.kind == "agreement"]
    for total in agreements:
        proposal = total.proposal
        if (proposal.count or 0) < 2 or proposal.status != "signed" or proposal.evidence is None:
            continue
        if others(proposal.evidence.text):  # "trois autres accords": a package of its own, told as others
            continue
        found = [s for d in agreements if _part_of(d.proposal, proposal) for s in d.proposal.sectors]
        merged = list(dict.fromkeys(proposal.sectors + found))
        if merged != proposal.sectors:
            total.proposal = proposal.model_copy(update={"sectors": merged})
