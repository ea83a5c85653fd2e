"""The areas (sectors) of an agreement: its own, read from its title and what follows it, not the sentence's
context ("During talks on trade and energy, the ministers signed a memorandum on health" → health; "Dans le
secteur de l'énergie, un mémorandum a été signé" → energy: a topic put first is the instrument's); areas shared
by instruments joined with nothing of their own; a total's areas from the instruments listed after it. Split
from :mod:`.agreements`, which finds the instruments, counts, statuses and dates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from partnerlens.cooperation.extract.context import Draft
from partnerlens.cooperation.extract.sectors import office_sectors, sector_spans, sectors
from partnerlens.cooperation.extract.sectors import readings as lemma_readings
from partnerlens.cooperation.extract.vocabulary import any_language, event_vocabulary, patterns, words
from partnerlens.cooperation.quantities import find_quantities

if TYPE_CHECKING:
    from partnerlens.cooperation.extract.agreements import Item
    from partnerlens.cooperation.models import Proposal

_FRONT_WORDS = 3  # a topic phrase this close to the sentence's start is put first ("Also, in the field of …")


def own_sectors(text: str, start: int, language: str) -> list[str] | None:
    """The areas of the instrument named at ``start`` of ``text``: those written from it on, with those of a
    topic phrase the sentence opens with ("In the energy sector, …", "Dans le domaine de la santé, …", "В сфере
    энергетики …", "Na área da saúde, …", "En materia de salud, …": ``agreement_topic_front``); None when
    nothing from the instrument on names an area (the sentence's areas stand)."""
    after = sectors(text[modifiers_start(text, start, language) :], language, goods_only=False)
    if not after:
        return None
    before = text[:start]
    fronted = [
        m
        for p in patterns("agreement_topic_front", language)
        if (m := p.search(before)) and len(re.findall(r"[\w'’-]+", before[: m.start()])) <= _FRONT_WORDS
    ]
    if fronted:
        clause = re.split(r"[,;:—–]", before[fronted[0].start() :])[0]
        after = list(dict.fromkeys(sectors(clause, language, goods_only=False) + after))
    return after


_TOKEN_BEFORE = re.compile(r"(?:([\w'’-]+)|(,|&))\s*$")


def modifiers_start(text: str, start: int, language: str) -> int:
    """Where the words that qualify the instrument at ``start`` from before it begin: its topic told as a
    modifier in a language that puts modifiers first ("a defence cooperation agreement", "energy and mining
    deals", "энергетическое и транспортное соглашение"), so that its areas are read with it. English: the
    run of sector words, their joiners and ``instrument_modifiers`` ("cooperation", "bilateral") right before
    the instrument, never a verb or an article; Russian: the run of adjectives and participles agreeing with
    it (pymorphy3), and their joiners. Other languages put the topic after the noun: ``start`` itself."""
    if language not in ("en", "ru"):
        return start
    spans = sector_spans(text[:start], language) if language == "en" else []
    kept, end = start, start
    while match := _TOKEN_BEFORE.search(text, 0, end):
        word, joiner = match.group(1), match.group(2)
        if not (joiner or _modifier(word, match.start(1), spans, language)):
            break
        end = match.start()
        if word:
            kept = match.start()
    return kept


def _modifier(word: str, offset: int, spans: list[tuple[int, int]], language: str) -> bool:
    """``word`` (at ``offset``) qualifies a following instrument (see :func:`modifiers_start`)."""
    if language == "ru":
        return word.casefold() == "и" or any(r.tag.POS in ("ADJF", "PRTF") for r in lemma_readings(word))
    if word.casefold() in ("and", "&"):
        return True
    return bool(words("instrument_modifiers", language).fullmatch(word)) or any(s <= offset < e for s, e in spans)


_BOUNDARY = re.compile(r"[,;:—–]")


def own_clause(text: str, first: int, last: int, language: str) -> str:
    """``text`` with the clauses that tell of something else than the signing blanked out (same length, so
    offsets hold), for an agreement's areas: a leading clause about the talks or discussions the signing
    followed ("After talks on trade and investment, they signed three agreements", "Au terme d'entretiens
    consacrés à la sécurité, …", "По итогам переговоров, посвящённых торговле, …": ``discussion_words`` and
    ``agreement_occasion`` in the language file), unless it is a topic put first ("In the energy sector, …");
    and what follows the last instrument from a word that starts another action ("… and discussed cooperation
    in energy", "… before touring a textile plant", "… et évoqué …", "… и обсудили …": ``discussion_words``,
    ``agreement_clause_end``). ``first`` and ``last`` are where the first instrument begins and the last ends."""
    blanked = text
    lead = [m.end() for m in _BOUNDARY.finditer(text, 0, first)]
    if lead:
        head = text[: lead[-1]]
        fronted = any(p.search(head) for p in patterns("agreement_topic_front", language))
        other = words("discussion_words", language).search(head) or words("agreement_occasion", language).search(head)
        if other and not fronted:
            blanked = " " * len(head) + blanked[len(head) :]
    tail = [
        m.start()
        for name in ("discussion_words", "agreement_clause_end")
        if (m := words(name, language).search(text, last))
    ]
    if tail:
        blanked = blanked[: min(tail)] + " " * (len(text) - min(tail))
    return blanked


def takes_next_areas(proposal: Proposal, text: str, language: str) -> bool:
    """Whether ``text``, a sentence about cooperation after an agreement's in its paragraph, names that
    agreement's areas: when the agreement has none of its own ("signed four agreements. Cooperation in farming
    and tourism …"), or when the sentence opens by telling what it is for (:func:`tells_purpose`). One told with
    its object ("a memorandum on health") keeps it otherwise, and the next sentence's areas are the article's
    ("Turkish firms are also active in construction"); a sentence that names the instrument again ("The
    memorandum also covers …") is read apart (:func:`.agreements_listed.refer_back`)."""
    return not proposal.sectors or tells_purpose(text, language)


def tells_purpose(text: str, language: str) -> bool:
    """``text`` opens by telling what the agreement just reported is for: "The aim is to attract investment",
    "L'objectif est de …", "Elles visent à …", "Цель документа — …", "O objetivo é …", "El objetivo es …"
    (``agreement_purpose`` in the language file, within the sentence's first few words)."""
    opening = words("agreement_purpose", language).search(text)
    return opening is not None and len(re.findall(r"[\w'’-]+", text[: opening.start()])) <= _FRONT_WORDS


def shared_areas(drafts: list[Draft], found: list[Item], text: str, language: str) -> None:
    """Instruments joined with nothing of their own between them share the areas written after the last one:
    "agreements and memorandums on security, trade and culture", "des accords et des mémorandums dans les
    domaines de …", "соглашения и меморандумы в сфере энергетики" (each, read back from the last)."""
    for index in range(len(found) - 2, -1, -1):
        item, after = found[index], drafts[index + 1].proposal.sectors
        if drafts[index].proposal.sectors or not after or text[item.match.end() : item.end].strip(" ,"):
            continue
        if _topic_before(text, item, language):  # "a visa waiver agreement and a memorandum on health": not health
            continue
        drafts[index].proposal = drafts[index].proposal.model_copy(update={"sectors": list(after)})


def _topic_before(text: str, item: Item, language: str) -> bool:
    """The instrument has a topic of its own told before it, as English does: words between its determiner and
    its noun that are not ``instrument_modifiers`` ("a visa waiver agreement", "a double taxation avoidance
    agreement"; not "a new cooperation agreement"). Languages that tell the topic after the noun: False."""
    if language != "en":
        return False
    lead = text[item.start : item.match.start()]
    opened = list(words("determiners", language).finditer(lead))
    if not opened:
        return False
    between = re.findall(r"[\w'’-]+", lead[opened[-1].end() :])
    return any(not words("instrument_modifiers", language).fullmatch(w) for w in between)


def total_takes_listed(drafts: list[Draft]) -> None:
    """A total with no sectors of its own takes those of the instruments listed after it: "five agreements,
    including a memorandum on energy and an agreement on tourism", "cinq accords : …", "пять соглашений, в том
    числе …"; and, across sentences, "Five agreements were signed. The documents include three memorandums on
    mining and two agreements on health." Instruments are taken in order while their counts (one when unstated)
    fit in the total; a total told as approximate ("environ trente accords … Dans l'énergie, deux conventions")
    is bounded by its approximate count; a total with no count whose sentence ends with a colon ("signed the
    following documents:", "ont signé les documents suivants :", "подписаны следующие документы:") announces the
    list below it and takes all of it. A list runs on from item to item (a bulleted list longer than the reach).
    A total that has areas of its own takes those of its parts too when the parts listed after it add up to it
    exactly and the last is told as the rest ("three agreements on administration and sport. A protocol on digital
    matters … The two other agreements …"): the parts are the whole of it, so their areas are its own; parts told
    as further signings ("Deux protocoles additionnels …") are no such rest. A signing already done is no part of
    a batch still to be signed, nor the reverse."""
    for index, total in enumerate(drafts):
        count = total.proposal.count or max(approximate_counts(total.evidence[0].text), default=None)
        if count is None and any(e.text.rstrip().endswith(":") for e in total.evidence):
            count = len(drafts)  # the list it announces, however long
        if total.proposal.kind != "agreement" or count is None or count < 2:
            continue
        taken, found, parts = _parts_after(total, drafts[index + 1 :], count)
        whole = taken == count and len(parts) >= 2 and any(remainder(p.evidence[0].text) for p in parts)
        if found and (not total.proposal.sectors or whole):
            update = {"sectors": list(dict.fromkeys(total.proposal.sectors + found))}
            total.proposal = total.proposal.model_copy(update=update)


def remainder(text: str) -> bool:
    """``text`` tells the rest of a batch: "the two other agreements", "les deux autres accords", "остальные два
    соглашения", "os outros dois acordos", "los otros dos acuerdos" (``agreement_remainder``, any language: the
    drafts carry none) — so the parts told before it and it make up the whole."""
    return any_language("agreement_remainder").search(text) is not None


def _parts_after(total: Draft, after: list[Draft], count: int) -> tuple[int, list[str], list[Draft]]:
    """How many instruments the agreements listed after ``total`` count (one when unstated, while they fit in
    ``count``), their areas, and the records they are."""
    taken, found, parts, reach = 0, [], [], None
    for listed in after:
        if listed.proposal.kind != "agreement" or not _close_after(total, listed, reach):
            continue
        if {listed.proposal.status, total.proposal.status} == {"announced", "signed"}:
            continue  # "twelve agreements will be signed … In April they had signed several": not its parts
        if listed.proposal.count == count == total.proposal.count:  # the total told again ("Mardi, les deux
            found += listed.proposal.sectors  # parties ont signé trois nouveaux accords"): its areas, not a part
            reach = listed.evidence[0].end
            continue
        if taken + (listed.proposal.count or 1) > count:
            break
        taken += listed.proposal.count or 1
        found += listed.proposal.sectors
        parts.append(listed)
        reach = listed.evidence[0].end
    return taken, found, parts


def approximate_counts(text: str) -> set[int]:
    """Counts of instruments ``text`` gives as approximate: "environ trente accords", "about 30 agreements",
    "около 30 соглашений" (an instrument of any language: merging has no language at hand)."""
    _, instruments, _ = event_vocabulary()
    return {
        int(q.value)
        for q in find_quantities(text)
        if q.kind == "count"
        and q.qualifier == "about"
        and any(p.search(q.text) for forms in instruments.values() for p in forms.values())
    }


_LIST_REACH = 600  # characters: a list of the instruments follows its total at once (the next sentence or two)


def _close_after(total: Draft, listed: Draft, last: int | None = None) -> bool:
    """``listed`` is told in a sentence of ``total`` or within the next few hundred characters of one (or of
    ``last``, the list's previous item), about the same states: a total told in the headline and again in the body ("X and Y ink ten agreements" … "The
    agreements signed are:") has its list after the body's sentence, far from the headline."""
    other = listed.evidence[0]
    nested = set(listed.proposal.parties) <= set(total.proposal.parties) or not listed.proposal.parties
    if last is not None and last <= other.start <= last + _LIST_REACH:  # the next item of a list being taken
        return nested
    return nested and any(told.start <= other.start <= told.end + _LIST_REACH for told in total.evidence)


def fill_totals(drafts: list[Draft]) -> None:
    """Totals of the article whose instruments are listed in the sentences after them (see
    :func:`total_takes_listed`)."""
    total_takes_listed([d for d in drafts if d.proposal.kind == "agreement"])


def signers_areas(areas: list[str], text: str, language: str) -> list[str]:
    """An instrument's areas, or, when it names none of its own, those of the ministries that sign it or that it
    binds: "los ministerios de Salud Pública firmaron un memorando para …", "un accord signé entre le ministère de
    l'Agriculture et …", "Memorando entre o Ministério da Saúde e …", "соглашение между Министерством
    здравоохранения и …". One told with its object keeps that alone ("a memorandum between the ministries of
    energy and of mines on health": health). A ministry's name never names a sentence's areas otherwise
    (:func:`.sectors.office_sectors`), and a minister's title gives none here: a minister also leads delegations."""
    return areas or office_sectors(text, language)
