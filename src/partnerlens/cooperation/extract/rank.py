"""Rank claims: "Kazakhstan is Rwanda's third-largest export market" → parties [RWA, KAZ], flow exports, 3."""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.context import ArticleContext, Draft, evidence
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.models import Proposal, Reading

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_RANK = re.compile(
    r"\b(?:(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+)?"
    r"(?:largest|biggest|leading|main|top)\s+(?:(?P<exports>export\s+(?:market|destination|partner)|market|destination"
    r"|buyer|customer)|(?P<imports>import\s+(?:source|origin|partner)|source\s+of\s+imports|supplier)"
    r"|(?P<total>trad(?:e|ing)\s+partner|partner))(?!\w)",
    re.IGNORECASE,
)
_RANK_OF = re.compile(r"^\s*(?:of|for)\s+$", re.IGNORECASE)


def rank_claims(sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """ "Kazakhstan is Rwanda's third-largest export market" → a rank claim: parties [RWA, KAZ], flow exports, 3.

    Only a singular rank ("one of its largest partners" states none) whose
    ranking party is clear: a possessive just before the phrase ("Rwanda's"),
    or "of"/"for" just after it ("the largest trading partner of Rwanda"); the
    partner is the one other state the sentence names.
    """
    mentions = context.within(context.mentions, sentence)
    drafts = []
    for match in _RANK.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        owner = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= start and re.fullmatch(r"[’']s\s+(?:the\s+)?", context.text[m.end : start])
            ),
            None,
        ) or next((m for m in mentions if m.start >= end and _RANK_OF.match(context.text[end : m.start])), None)
        others = list(dict.fromkeys(m.party for m in mentions if owner is not None and m.party != owner.party))
        if owner is None or len(others) != 1:
            continue
        word = (match.group("ordinal") or "").casefold()
        rank = _ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 1)
        year = _year_near(sentence.text, match.start())
        proposal = Proposal(
            kind="claim",
            type="trade",
            parties=[owner.party, others[0]],
            sectors=sectors(sentence.text, context.language, goods_only=True),
            value=float(rank),
            unit="rank",
            year=year,
            metric="rank",
            flow=next(name for name in ("exports", "imports", "total") if match.group(name)),
            evidence=evidence(sentence),
            reading=Reading(
                parties_from="sentence", year_from="stated" if year else "none", confidence=1.0 if year else 0.7
            ),
        )
        drafts.append(Draft(proposal, [proposal.evidence]))
    return drafts


def _year_near(text: str, position: int) -> int | None:
    """The year written closest to ``position`` in ``text``."""
    years = [(abs(m.start() - position), int(m.group(1))) for m in _YEAR.finditer(text)]
    return min(years)[1] if years else None
