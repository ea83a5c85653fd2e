"""Agreements a sentence reports: one per instrument, each with its count, title, sectors, status and date.

Split out of :mod:`.events` (which finds that a sentence reports a signing and
its parties) so that agreements and events are worked on separately.

* Several instruments in one sentence are several agreements: "signed a
  memorandum on energy and an agreement on visas", "une déclaration conjointe
  et deux accords", "меморандум об энергетике и соглашение о визах", "13
  agreements, including MoUs on …". An instrument joined to the previous one by
  the language's ``instrument_joiners`` (``data/lang/<lang>.yaml``) starts a new
  agreement whose sectors are read from its own stretch of the sentence.
* Count: a number before the instrument ("seven documents", "семь
  документов", "sete acordos"), an indefinite article for one ("a joint
  declaration"), or a count told after ("cinq au total"); "several", "une
  dizaine", "a number of" leave it unknown (None).
* Status: to be signed ("to be signed", "seront signés", "планируется
  подписать") is *announced*; "entered into force" / "entrée en vigueur" /
  "вступило в силу" is *in force*; "ratified" *ratified*; otherwise *signed*.
* Date: the sentence's own date (chosen by :mod:`.events`); else, for a signing
  reported under a dateline ("HAVANA, 7 September (EFE) — … signed six
  agreements", "06.12.2021 … подписали", "ont été signés"), the dateline's day
  unless told as earlier ("had signed", ``agreement_earlier``); a paper's report
  without a dateline may come days after the signing, which stays undated.
* Parties: the states named; when fewer than two are named and the article is
  about a clear pair including them, that pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from partnerlens.cooperation.extract.agreement_counts import (
    coordinated_count,
    coordinated_topics,
    count_after,
    genitive_readings,
    own_count,
    partitive,
)
from partnerlens.cooperation.extract.agreement_dates import after_dispatch
from partnerlens.cooperation.extract.agreement_restated import restated, told_before
from partnerlens.cooperation.extract.agreement_scope import with_many
from partnerlens.cooperation.extract.agreement_sectors import (
    own_clause,
    own_sectors,
    shared_areas,
    signers_areas,
    total_takes_listed,
)
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.event_dates import event_date
from partnerlens.cooperation.extract.sectors import readings as lemma_readings
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.status import agreement_status, signing_verb
from partnerlens.cooperation.extract.vocabulary import (
    entries,
    event_vocabulary,
    language_data,
    patterns,
    words,
)
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.quantities import find_quantities
from partnerlens.patterns import compiled

BULLET = compiled(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s*")  # a bullet line's mark: "- ", "• ", "3) "

_TITLE_AGREEMENT = re.compile(
    r"(?:Agreement|Memorandum of Understanding|Memorandum|Protocol|Treaty|Joint Declaration|Roadmap|Accord|Convention)"
    r"\s+(?:on|of|for|between|concerning)\s+(?:[A-Z]?[\w-]+\s+){0,8}?(?:[A-Z][\w-]+|cooperation|services)",
)


def instrument(text: str, language: str) -> str | None:
    """The agreement instrument named first in ``text`` (memorandum, treaty, agreement, …)."""
    first = _first_instrument(text, language)
    return first[1] if first else None


def _first_instrument(text: str, language: str) -> tuple[re.Match, str] | None:
    _, instruments, _ = event_vocabulary()
    best: tuple[re.Match, str] | None = None
    for name, forms in instruments.items():
        pattern = forms.get(language) or forms.get("en")
        match = pattern.search(text) if pattern else None
        if match and (best is None or match.start() < best[0].start()):
            best = (match, name)
    return best


def _one_instrument(text: str, language: str) -> bool:
    """The first instrument is a single one: "signed a declaration", "un accord de libre-échange", "подписали
    соглашение", "поставили подписи под соглашением" (Russian: the noun is singular in every reading; no article
    to go by — "соглашения" may be a genitive singular or a plural, and stays unknown)."""
    first = _first_instrument(text, language)
    if first is None:
        return False
    named = first[0].group(0).split()  # "a package of bilateral documents": the noun is the last word
    head = named[-1] if words("instrument_generic", language).fullmatch(named[-1]) else named[0]
    if language == "ru":  # the first noun of the instrument's words ("совместным заявлением": заявлением) …
        words_ = first[0].group(0).split()
        nouns = ([r for r in lemma_readings(w) if r.tag.POS == "NOUN"] for w in words_)
        readings = next((found for found in nouns if found), [])
        if readings and all("Fixd" in r.tag for r in readings):  # … or, when it does not decline ("коммюнике"),
            readings = [r for w in words_ for r in lemma_readings(w) if r.tag.POS == "ADJF"]  # its adjective's
        readings = genitive_readings(readings, text, first[0].start(), language)  # "подписание соглашения"
        return bool(readings) and all(r.tag.number == "sing" for r in readings)
    if head.casefold().endswith(("s", "x")) or head.casefold() in ("mou",) or irregular_plural(head, language):
        return head.casefold() == "mou"
    return bool(words("one_article", language).search(text[max(0, first[0].start() - 60) : first[0].start()]))


def _counts_instrument(counted: str, language: str) -> bool:
    """A counted phrase ("five intergovernmental agreements") counts the instrument it names, unless a signing
    verb stands between the number and the instrument: "os dois países assinaram acordos" counts the countries,
    the subject, not the agreements, the verb's object; a participle right after the number is the instrument's
    ("five signed agreements", "семью подписанными соглашениями")."""
    first = _first_instrument(counted, language)
    if first is None:
        return False
    between = re.split(r"\s+", counted[: first[0].start()].strip())[1:]  # the words after the number
    return not signing_verb(" ".join(between[1:]), language)  # the first may be a participle: "five signed …"


# a count of instruments is the number written, or its lower bound ("more than 40", "at least ten": 40, ten, as the
# evaluation labels read them); "about ten", "nearly 40", "up to five", "fewer than ten" give none
_EXACT = frozenset({None, "just", "more than", "at least"})


def agreement_fields(text: str, language: str, type_: str) -> dict:
    """Instrument, count ("five intergovernmental agreements"; none for "about ten", "nearly 40", "up to five")
    and title of an agreement; the instrument is the counted one when the sentence counts one of several it names."""
    own = told_before(text, language)  # "besides this agreement, a memorandum was signed": the memorandum
    text = own if _first_instrument(own, language) else text
    named = instrument(text, language) or ("agreement" if type_ == "visa_agreement" else None)
    counted = next(
        (
            q
            for q in find_quantities(text)
            if q.kind == "count" and q.qualifier in _EXACT and _counts_instrument(q.text, language)
        ),
        None,
    )
    count = int(counted.value) if counted is not None else own_count(text, language, _counts_instrument)
    if count is None:  # "24 межправительственных и межведомственных документа": the phrase stops at "и"
        exact = [q for q in find_quantities(text) if q.kind == "count" and q.qualifier in _EXACT]
        count = coordinated_count(text, language, exact, _first_instrument, signing_verb)
    if count is None and _one_instrument(text, language):
        count = 1
    first = _first_instrument(text, language)
    if count is None and first is not None and _plural_noun(text, first[0].start(), language):
        count = coordinated_topics(text, first[0].end(), language)  # "agreements on X, on Y and on Z": three
    if first is not None and partitive(text, first[0].start(), language):
        count = 1  # "one of the twelve agreements": one, not twelve
    if counted is not None:  # "lors de déclarations conjointes … et de la signature de 14 accords": the counted one
        named = instrument(counted.text, language) or named
    title = _TITLE_AGREEMENT.search(text)
    return {"instrument": named, "count": count, "title": title.group(0) if title else None}


# --- several instruments in one sentence, counts, status and date ---------------------------------


@dataclass(frozen=True)
class Item:
    """One instrument a sentence names ("a memorandum on energy"), with the stretch of text that is its own."""

    start: int  # where its own text begins (after the words joining it to the previous instrument)
    end: int  # where the next instrument's joining words begin
    match: re.Match
    name: str
    elliptic: bool = False  # told by a pronoun ("and another on health"): one more of the previous kind
    restated: bool = False  # a generic "document" named after a dash: the named instrument ("документ – План …")


def _instrument_matches(text: str, language: str) -> list[tuple[re.Match, str]]:
    """Every instrument named in ``text``, in reading order, the longest of overlapping ones."""
    _, instruments, _ = event_vocabulary()
    found = []
    for name, forms in instruments.items():
        pattern = forms.get(language) or forms.get("en")
        found += [(m, name) for m in pattern.finditer(text)] if pattern else []
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    kept: list[tuple[re.Match, str]] = []
    for match, name in found:
        if not kept or match.start() >= kept[-1][0].end():
            kept.append((match, name))
    return kept


@cache
def _joined(language: str) -> re.Pattern:
    """Joining words at the end of the text between two instruments: a new instrument begins ("… and an",
    ", ainsi qu'un", "и", ", including")."""
    joiners = "|".join(f"(?:{j})" for j in entries("instrument_joiners", language))
    reach = language_data(language).get("joined_words") or 3  # English stacks modifiers before the noun
    return re.compile(
        rf"(?:(?<=\W)|^|(?=[,;:]))(?:{joiners})(?:(?<=['’,;:])\s*|\s+)(?:[\w'’«“\"—–-]+\s+){{0,{reach}}}$",
        re.IGNORECASE,
    )  # a comma, semicolon or colon joins right after a word: "sur l'agriculture, un accord sur l'énergie"; a dash
    # may stand between the joiner and the instrument: "в числе важнейших — соглашение о …"


def items(text: str, language: str) -> list[Item]:
    """The instruments of a sentence, each with its own stretch of text. An instrument joined to the previous
    one by "and", "as well as", "et", "ainsi qu'", "и", "а также", "including" … (with at most three words
    between, such as "an", "deux", "a comprehensive") is a further instrument; one that is not ("a protocol on
    the implementation of the agreement") belongs to the previous one."""
    own = told_before(text, language)  # "besides this agreement, a memorandum …": the memorandum
    text = own if _first_instrument(own, language) else text
    matches = _instrument_matches(text, language) + [(m, None) for m in _elliptic(text, language)]
    result: list[Item] = []
    last = None  # the last instrument read, also one folded into a batch
    for match, name in sorted(matches, key=lambda f: f[0].start()):
        if not result:
            if name is not None:  # a pronoun needs an instrument before it
                result.append(Item(0, len(text), match, name))
                last = match
            continue
        previous = result[-1]
        joined = _joined(language).search(text, previous.match.end(), match.start())
        batch = name is not None and last is not None and _one_batch(text, previous, last, match, language)
        if name is None and not previous.elliptic and _plural_noun(text, previous.match.start(), language):
            continue  # "dois acordos, um sobre vistos e outro no domínio financeiro": the batch told in parts
        last = match
        plural = _plural_noun(text, previous.match.start(), language)
        if name is not None and restated(text, previous.match, match, language, plural):  # "документ – План …"
            result[-1] = Item(previous.start, previous.end, match, name, previous.elliptic, restated=True)
            continue
        if joined is None or batch:
            continue
        result[-1] = Item(previous.start, joined.start(), previous.match, previous.name, previous.elliptic)
        result.append(Item(joined.start(), len(text), match, name or previous.name, name is None))
    return result


_BARE = re.compile(
    r"(?:\s+(?:de|of|о|on) (?:coopération|cooperation|сотрудничестве|cooperação|cooperación))?\s*"
    r"(?:,|(?<!\w)(?:and|et|и|e|y))\s*(?:(?:des|de|d['’]|les|the|os|as|los|las)\s+)?",
    re.IGNORECASE,
)


def _one_batch(text: str, previous: Item, last: re.Match, match: re.Match, language: str) -> bool:
    """Plural instruments joined with no count, article or topic of their own are one batch, told once:
    "agreements and memorandums", "accords de coopération, conventions et mémorandums d'entente", "соглашения
    и меморандумы", "acordos de cooperação e memorandos" (the label rule: one record per instrument, or per batch)."""
    if previous.elliptic or not _BARE.fullmatch(text[last.end() : match.start()]):
        return False
    return all(_plural_noun(text, m.start(), language) for m in (last, match))


def _plural_noun(text: str, start: int, language: str) -> bool:
    """The instrument's head noun at ``start``, read to the end of its word, is plural ("accords",
    "memorandums", "соглашения")."""
    head = re.match(r"\w*", text[start:]).group(0)  # type: ignore[union-attr]
    if language == "ru":
        found = [r for r in lemma_readings(head) if r.tag.POS == "NOUN"]
        return any(r.tag.number == "plur" for r in found)  # "соглашения": plural, or a genitive singular
    return (
        head.casefold().endswith(("s", "x"))
        and head.casefold() not in ("mous",)
        or head in ("MoUs", "MOUs")
        or irregular_plural(head, language)
    )


def irregular_plural(head: str, language: str) -> bool:
    """The instrument's head noun is a plural that ends in neither -s nor -x: "memoranda" (``instrument_plurals``
    in the language file), so "the two countries signed memoranda of understanding" is not one memorandum."""
    return bool(words("instrument_plurals", language).fullmatch(head))


def _elliptic(text: str, language: str) -> list[re.Match]:
    """Instruments told by a pronoun with their own topic after a single one: "a protocol on X and another on
    health", "et un autre sur le patrimoine", "а также ещё одно — о здравоохранении", "e outro na área da
    educação", "y otro sobre turismo" (``agreement_elliptic`` in the language file; singular forms only, so each
    is one instrument). After a plural ("two agreements, one on X and the other on Y") they are the batch's
    parts, told within its one record."""
    return [m for p in patterns("agreement_elliptic", language) for m in p.finditer(text)]


def _signed_after(text: str, item: Item, language: str) -> bool:
    """The instrument comes with its past participle: after it ("an agreement signed in May", "un accord
    signé"), or before it in Russian ("подписанное в мае соглашение")."""
    after = text[item.match.end() : item.match.end() + 60]
    before = text[max(0, item.match.start() - 60) : item.match.start()]
    return any(p.match(after) for p in patterns("signed_after", language)) or any(
        p.search(before) for p in patterns("signed_before", language)
    )


def _bulleted_one(text: str, item: Item, language: str) -> bool:
    """A bullet line that opens with a singular instrument names that one instrument ("- Agreement on visa-free
    travel …", "- Accord sur la suppression des visas …", "- Соглашение о безвизовом режиме …")."""
    bullet = BULLET.match(text)
    return bullet is not None and item.match.start() == bullet.end() and not _plural_noun(text, bullet.end(), language)


def agreement_drafts(base: Draft, sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """The agreements of a sentence: one per instrument it names (see :func:`items`), each with its own count,
    instrument, title and sectors; status from the sentence; the date of the sentence, else, for an agreement
    reported under a dateline, the dateline's day (see the module docstring)."""
    language = context.language
    found = items(sentence.text, language)
    if found and with_many(sentence.text, found[-1].match.end(), language):
        return []  # "une économie ouverte avec 17 accords de libre-échange avec plus de 60 pays": not the pair's
    proposal = base.proposal
    status = agreement_status(sentence.text, language)
    if status == "announced" and any(_signed_after(sentence.text, item, language) for item in found):
        status = "signed"  # "an agreement signed this September will boost trade": the future is not the signing's
    update: dict = {"status": status} | _days_span(proposal, sentence, context)
    if proposal.date is None and found:  # the word that made it an agreement may stand far from the signing
        update |= _instrument_date(found[0], sentence, context)
    update |= after_dispatch(proposal.model_copy(update=update), context)
    proposal = proposal.model_copy(update=update)
    if (
        proposal.date is None
        and status == "signed"
        and context.dateline is not None
        and not words("agreement_earlier", language).search(sentence.text)
    ):  # a wire's signing under its dateline is of that day; a paper's, published later, is not dated
        update |= {"date": context.dateline, "date_precision": "day"}
    text = own_clause(sentence.text, found[0].match.start(), found[-1].match.end(), language) if found else ""
    if len(found) <= 1:
        fields = agreement_fields(sentence.text, language, proposal.type or "")
        if found and found[0].restated:
            fields["instrument"] = found[0].name
        if fields["count"] is None:
            fields["count"] = count_after(sentence.text, language)
        if fields["count"] is None and found and _bulleted_one(sentence.text, found[0], language):
            fields["count"] = 1  # "- Agreement on visa-free travel …": one instrument per bullet
        areas = own_sectors(text, found[0].match.start(), language) if found else None
        if areas is None and found and text != sentence.text:  # "After talks on trade, they signed …": not trade
            areas = sectors(text, language, goods_only=False)
        if areas is not None:  # "During talks on trade, they signed a memorandum on health": health
            fields["sectors"] = areas
        if found:  # "los ministerios de Salud firmaron un memorando": theirs when it names none
            fields["sectors"] = signers_areas(list(fields.get("sectors", proposal.sectors)), text, language)
        proposal = proposal.model_copy(update=update | fields)
        return [Draft(proposal, list(base.evidence), base.complete)]
    drafts = []
    dates = [d for d in context.within(context.dates, sentence) if d.value is not None]
    for item in found:
        own = text[item.start : item.end]  # its own stretch, other clauses blanked (the areas are read from it)
        fields = agreement_fields(sentence.text[item.start : item.end], language, proposal.type or "")
        fields["instrument"] = item.name
        fields["sectors"] = sectors(own, language, goods_only=False)
        if item.start == 0:  # the first instrument's stretch holds what comes before it
            fields["sectors"] = own_sectors(own, item.match.start(), language) or fields["sectors"]
        fields["sectors"] = signers_areas(fields["sectors"], own, language)
        if item.elliptic:
            fields["count"] = 1
        elif fields["count"] is None:  # "пакет документов, всего их 13, в числе значимых — Соглашение …": its own
            fields["count"] = count_after(sentence.text[item.start : item.end], language)
        fields |= _own_date(item, sentence, dates)
        drafts.append(Draft(proposal.model_copy(update=update | fields), list(base.evidence), base.complete))
    total_takes_listed(drafts)  # "five agreements, including a memorandum on energy and …": the total first
    shared_areas(drafts, found, sentence.text, language)
    return drafts


def _instrument_date(item: Item, sentence: Sentence, context: ArticleContext) -> dict:
    """The date written nearest the first instrument, when none was near the word that made the sentence an
    agreement ("Erdogan hosted Lourenço in July, and the two leaders inked agreements on air transport, …, and
    visa exemptions": read as a visa agreement at its end, signed in July). Same reach as an event's date."""
    dates = context.within(context.dates, sentence)
    mention, _ = event_date("agreement", item.match.start(), sentence, context, dates)
    if mention is None or mention.value is None:
        return {}
    return {"date": mention.value, "date_precision": mention.precision}


_DAYS = re.compile(r"^\d{1,2}\s*(?:-|–|—|et|and|и|e|y|au|al|a|to|по|до)\s*\d{1,2}(?!\d)", re.IGNORECASE)


def _days_span(proposal: Proposal, sentence: Sentence, context: ArticleContext) -> dict:
    """A signing dated by a span of days ("during the visit on 26-27 February", "les 26 et 27 février", "с 26
    по 27 февраля") is dated to the month: the text does not say on which day it was signed."""
    if proposal.date is None or proposal.date_precision != "day":
        return {}
    spans = [d for d in context.within(context.dates, sentence) if d.value == proposal.date and _DAYS.match(d.text)]
    return {"date": proposal.date.replace(day=1), "date_precision": "month"} if spans else {}


def _own_date(item: Item, sentence: Sentence, dates: list) -> dict:
    """The date written in an instrument's own stretch, when it is not the first one's: "in 1980 they signed the
    General Agreement …, and in 2010 an agreement of Strategic Partnership" (each its own year); else nothing
    (the sentence's date stands)."""
    if item.start == 0:
        return {}
    own = [d for d in dates if item.start <= d.start - sentence.start < item.end]
    if not own:
        return {}
    return {"date": own[0].value, "date_precision": own[0].precision}
