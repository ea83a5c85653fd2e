"""Rank claims: "Kazakhstan is Rwanda's third-largest export market" → parties [RWA, KAZ], flow exports, 3.

The phrases are data (``rank_phrases`` of ``data/lang/<lang>.yaml``, with named
groups ``ordinal`` and ``exports``/``imports``/``total``; ``ordinals`` map the
ordinal words to ranks): "premier partenaire commercial de la Turquie",
"вторым по величине торговым партнёром Египта", "the primary trading partner of
the UAE". The ranking party is the one a possessive names right before the
phrase ("Rwanda's"), else the one right after it behind ``rank_of`` ("of",
"de la", a Russian genitive with nothing between). The rank's year is :mod:`.rank_year`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from partnerlens.cooperation.extract.context import ArticleContext, Draft, evidence, is_economy
from partnerlens.cooperation.extract.rank_owner import implied_rank
from partnerlens.cooperation.extract.rank_year import rank_year
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, entries, language_data, patterns, words
from partnerlens.cooperation.models import Proposal, Reading
from partnerlens.cooperation.quantities import Quantity, count_value


@cache
def _ordinals(language: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for lang in dict.fromkeys((language, "en")):
        found |= {k.casefold(): int(v) for k, v in (language_data(lang).get("ordinals") or {}).items()}
    return found


def _rank_of(language: str) -> re.Pattern:
    fragments = alternation("rank_of", language)
    return re.compile(rf"^\s*(?:{fragments})\s*$", re.IGNORECASE)


def _rank(word: str, language: str) -> int:
    """The rank an ordinal stands for: "third" → 3, "3rd" → 3, "втор…" → 2, a number after "number" ("number four",
    "numéro deux", "номер два") → its value, none → 1."""
    word = word.casefold().strip()
    if not word:
        return 1
    digits = re.match(r"\d{1,2}", word)
    if digits:
        return int(digits.group(0))
    ordinals = _ordinals(language)
    return next((rank for stem, rank in ordinals.items() if word.startswith(stem)), None) or count_value(word) or 1


def _top(word: str, language: str) -> int:
    """The size of a "top N" group: "three" / "3" → 3, "тройку" → 3, "десятку" → 10 (``rank_top_words``)."""
    counted = count_value(word)
    if counted:
        return counted
    folded = word.casefold()
    stems = language_data(language).get("rank_top_words") or {}
    return next((int(n) for stem, n in stems.items() if folded.startswith(stem)), 1)


def rank_claims(sentence: Sentence, context: ArticleContext, figures: Sequence[Draft] = ()) -> list[Draft]:
    """ "Kazakhstan is Rwanda's third-largest export market" → a rank claim: parties [RWA, KAZ], flow exports, 3.

    Only a singular rank ("one of its largest partners" states none) whose
    ranking party is clear; the partner is the one other state the sentence
    names (else the one group). ``figures``, the sentence's trade claims, may date the rank (:mod:`.rank_year`).
    """
    mentions = context.within(context.mentions, sentence)
    rank_of = _rank_of(context.language)
    drafts: list[Draft] = []
    found = _rank_matches(sentence, context.language)
    owners = [_owner(match, sentence, mentions, rank_of, context) for match in found]
    for index, match in enumerate(found):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        owner = owners[index] or _joined_owner(index, found, owners, sentence, context)
        if owner is None:  # "making Turkey its fourth largest partner": the article's other side (.rank_owner)
            drafts += [
                _implied_draft(match, pair, sentence, context, figures)
                for pair in [implied_rank(match, sentence, context)]
                if pair
            ]
            continue
        others = list(
            dict.fromkeys(
                m.party for m in mentions if m.party != owner.party and not scope(sentence, m, context.language)
            )
        )
        if points_back(sentence.text, context.language):  # "Elle est aussi le deuxième fournisseur du Sénégal"
            others = [
                m.party
                for m in mentions
                if m.party != owner.party
                and m.start >= end
                and not behind(sentence, m, context.language)
                and not scope(sentence, m, context.language)
            ] or previous_subject(sentence, context, owner.party)
        economies = [p for p in others if is_economy(p)]
        partner = economies if economies else others
        if len(partner) > 1:
            partner = _subject(mentions, owner.party, start, sentence, context.language) or partner
        if len(partner) != 1:
            continue
        drafts.append(_draft(match, owner.party, partner[0], sentence, context, figures))
    return drafts


def _rank_matches(sentence: Sentence, language: str) -> list[re.Match]:
    """The rank phrases of a sentence in reading order, none overlapping another ("top three" and "three largest
    partners" are one), without those that state no singular rank now ("one of its largest partners", "among the main
    partners", "to become", "lost its place as")."""
    found: list[re.Match] = []
    for pattern in (*patterns("rank_top", language), *patterns("rank_phrases", language)):
        for match in pattern.finditer(sentence.text):
            if (
                not match.groupdict().get("top")
                and re.search(
                    r"\b(?:one of|l.un de|l.une de|одн\w+ из|um dos|uma das|uno de|una de|among|parmi|в числ[оe]|среди|"
                    r"entre l[oa]s|entre [oa]s|в (?:списк|рейтинг|перечн)\w*|liste des|lista d[oa]s|lista de(?: los)?)"
                    r"\s+(?:\w+\s+){0,2}$",  # a place on a list ("в рейтинге крупнейших поставщиков") is its own
                    sentence.text[: match.start()],
                    re.I,
                )
                or words("rank_becoming", language).search(sentence.text[max(0, match.start() - 40) : match.start()])
                or words("rank_lost", language).search(sentence.text[max(0, match.start() - 60) : match.start()])
            ):
                continue
            if not any(match.start() < other.end() and other.start() < match.end() for other in found):
                found.append(match)
    return sorted(found, key=lambda m: m.start())


def _owner(match: re.Match, sentence: Sentence, mentions: list, rank_of: re.Pattern, context: ArticleContext):
    """The ranking state: the one a possessive names right before the phrase ("Rwanda's"), else the one right after
    it behind ``rank_of`` ("of", "de la", a Russian genitive)."""
    start, end = sentence.start + match.start(), sentence.start + match.end()
    return next(
        (
            m
            for m in reversed(mentions)
            if m.end <= start and re.fullmatch(r"[’'`]s\s+(?:the\s+)?", context.text[m.end : start])
        ),
        None,
    ) or next((m for m in mentions if m.start >= end and rank_of.match(context.text[end : m.start])), None)


_SCOPE = 40  # characters of a scope ("in the region", "en Afrique") between two ranks of one ranking state


def _joined_owner(index: int, found: list[re.Match], owners: list, sentence: Sentence, context: ArticleContext):
    """Two ranks of one state joined by a coordination share the ranking state ("le troisième fournisseur et le
    septième client de Madagascar", "не только четвёртым партнёром Индии, но и вторым поставщиком"; ``rank_joined``)."""
    joined = re.compile(rf"\s*,?\s*(?:{alternation('rank_joined', context.language)})\s*", re.IGNORECASE)
    match = found[index]
    after = found[index + 1] if index + 1 < len(found) else None
    if (
        after is not None
        and owners[index + 1] is not None
        and joined.fullmatch(sentence.text[match.end() : after.start()])
    ):
        return owners[index + 1]
    before = owners[index - 1] if index > 0 else None
    if before is not None and joined.fullmatch(context.text[before.end : sentence.start + match.start()]):
        return before
    if index > 0 and owners[index - 1] is not None:  # "Mexico's second-largest trading partner in the region in 2020
        scoped = re.compile(rf"[^.;:!?\d]{{0,{_SCOPE}}}(?:(?:19|20)\d\d)?{joined.pattern}", re.IGNORECASE)
        if scoped.fullmatch(sentence.text[found[index - 1].end() : match.start()]):  # and 47th trading partner
            return owners[index - 1]  # worldwide": the ranking state of the rank before, past its scope and year
    return None


_WITH_FIGURE = re.compile(  # the rank phrase, then the figure it is measured by: "…, with", "avec", "с", "con", "com", ":"
    r"[^.;\d]{0,80}?(?:(?<!\w)(?:with|avec|con|com|со?|на сумму)\s|[:—–]\s*)(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}$",
    re.IGNORECASE,
)


def ranked_flow(text: str, quantity: Quantity | None, language: str) -> str | None:
    """The flow a rank phrase gives the money figure it is measured by: a supplier's figure is its partner's
    imports, a market's or customer's its exports ("China is Algeria's largest supplier, with $4.9 billion", "le
    premier fournisseur de l'Algérie, avec 4,95 milliards de dollars", "крупнейший поставщик Алжира: 4,9 млрд",
    "el principal proveedor de Perú, con 4.900 millones"); None when no such phrase comes before the figure with
    no trade word between (that word decides). Without a figure: whether the text has a rank phrase at all."""
    for pattern in patterns("rank_phrases", language):
        for match in pattern.finditer(text):
            if quantity is None:
                return "total"
            between = text[match.end() : quantity.start]
            if match.end() > quantity.start or not _WITH_FIGURE.fullmatch(between):
                continue
            if words("trade_cues", language).search(between):
                continue
            groups = match.groupdict()
            return next((name for name in ("exports", "imports") if groups.get(name)), None)
    return None


def _subject(mentions: list, owner: str, start: int, sentence: Sentence, language: str) -> list[str]:
    """Of two candidate partners, the ranked one: the one state named before the phrase, the subject ("La Chine
    est le deuxième partenaire du Sénégal, derrière la France"; "China has been Brazil's largest trading partner
    …, when it moved past the United States"), states it is compared with ("derrière", "ahead of") left out."""
    before = {
        m.party
        for m in mentions
        if m.party != owner and m.end <= start and is_economy(m.party) and not behind(sentence, m, language)
    }
    return list(before) if len(before) == 1 else []


def _implied_draft(
    match: re.Match, pair: tuple[str, str], sentence: Sentence, context: ArticleContext, figures: Sequence[Draft]
) -> Draft:
    draft = _draft(match, *pair, sentence, context, figures)
    reading = draft.proposal.reading.model_copy(update={"parties_from": "context"}) if draft.proposal.reading else None
    draft.proposal = draft.proposal.model_copy(update={"reading": reading})
    return draft


def _draft(
    match: re.Match,
    owner: str,
    partner: str,
    sentence: Sentence,
    context: ArticleContext,
    figures: Sequence[Draft] = (),
) -> Draft:
    groups = match.groupdict()
    rank = (
        _top(groups["top"], context.language)
        if groups.get("top")
        else _rank(groups.get("ordinal") or "", context.language)
    )
    year, year_from = rank_year(match, sentence, context, figures)
    proposal = Proposal(
        kind="claim",
        type="trade",
        parties=[owner, partner],
        sectors=sectors(sentence.text, context.language, goods_only=True),
        value=float(rank),
        unit="rank",
        year=year,
        metric="rank",
        flow=next((name for name in ("exports", "imports") if groups.get(name)), "total"),
        evidence=evidence(sentence),
        reading=Reading(
            parties_from="sentence", year_from=year_from, confidence={"stated": 1.0, "none": 0.7}.get(year_from, 0.8)
        ),
    )
    return Draft(proposal, [proposal.evidence])


def behind(sentence: Sentence, mention, language: str) -> bool:
    """A state the ranked one is compared with ("derrière la France", "ahead of Saudi Arabia", "после Франции")."""
    before = sentence.text[: mention.start - sentence.start]
    return bool(re.search(rf"(?:{'|'.join(entries('rank_compared', language)) or '(?!x)x'})\s*$", before, re.I))


_LIST_JOIN = re.compile(r"\s*(?:,|et|and|и|y|e|ou|or)\s*(?:l[ae]\s+|les\s+|l['’]|the\s+)?", re.IGNORECASE)


def scope(sentence: Sentence, mention, language: str) -> bool:
    """A group or region a rank is counted within, not the partner ("le 4ième marché d'exportation du Vietnam dans
    l'Union européenne", "its fourth market in the EU", "в Евросоюзе"; ``rank_scope``): states are never a scope."""
    if is_economy(mention.party):
        return False
    before = sentence.text[: mention.start - sentence.start]
    return bool(re.search(rf"(?<!\w)(?:{alternation('rank_scope', language) or '(?!x)x'})\s*$", before, re.I))


def behind_all(sentence: Sentence, context: ArticleContext) -> set[str]:
    """The states the ranked one is compared with, with those listed after the first ("devant l'Inde et la
    France", "ahead of Tanzania and Uganda", "после Франции и Китая")."""
    found: set[str] = set()
    previous = None
    for mention in context.within(context.mentions, sentence):
        if behind(sentence, mention, context.language) or (
            previous is not None
            and previous.party in found
            and _LIST_JOIN.fullmatch(context.text[previous.end : mention.start])
        ):
            found.add(mention.party)
        previous = mention
    return found


def points_back(text: str, language: str) -> bool:
    """The sentence opens with a pronoun for the state of the sentence before ("It is also", "Elle est", "Она")."""
    return bool(re.match(rf"\s*(?:{'|'.join(entries('rank_pronouns', language)) or '(?!x)x'})\b", text, re.I))


def previous_subject(sentence: Sentence, context: ArticleContext, owner: str) -> list[str]:
    """The first state (not ``owner``) named in the sentence just before: what a pronoun opening this one stands for."""
    earlier = [m for m in context.mentions if m.end <= sentence.start]
    if not earlier:
        return []
    start = context.text.rfind(".", 0, max(0, sentence.start - 2)) + 1
    previous = [m for m in earlier if m.start >= start and m.party != owner]
    return [previous[0].party] if previous else []
