"""An event's date from how a dispatch tells it: a visit's arrival or start reported with no date is the dispatch's
day; an event put off takes the date it was put off to; a date after "until" ends an event under way and is not its date;
an event the lead sentence reports as held, with no date of its own, is the dateline's day (:func:`in_lead`).

Both are words of the event's own clause (``arrival`` and ``postponed`` in the language's YAML), read with the
clause helpers of :mod:`.tense`; see :func:`arrives` and :func:`postponed_to`.

Dates that are not the event's though written near its word: another occasion's year or month (a period's start,
the founding of relations, an anniversary, an earlier visit: :func:`other_occasion`), the date first planned for an
event that took place on another (:func:`planned_for`), and the day a statement about the event was made
(:func:`reported_on`). An event told after a word of sequence ("Posteriormente", "Ensuite", "Затем") with no date of
its own takes the day of the sentence before (:func:`sequence_day`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, words

_ARRIVAL_BEFORE, _ARRIVAL_AFTER = 6, 8  # words of the event's own clause where its arrival verb stands


def arrives(sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> bool:
    """The dispatch tells a visit's arrival or start with no date ("has arrived in Ankara on a state visit",
    "a entamé une visite", "прибыл с официальным визитом", "chegou a Luanda para uma visita", "la visita comenzó"):
    a wire reports a visitor's arrival the day it happens, so the visit is dated the dispatch's day (its dateline, else
    the publication date, at its month or year when only those are known) when the text has one (talks that "began" are not dated so: a transcript is published
    later). Only the event's own clause counts (six words before its word, eight
    after): "arrived" in another clause tells of something else."""
    if context.dateline is None and context.publication is None:
        return False
    text = sentence.text
    own = f"{tense.clause_before(text, span[0], _ARRIVAL_BEFORE)} {text[span[0] : span[1]]}"
    own += f" {tense.clause_after(text, span[1], _ARRIVAL_AFTER)}"
    return bool(words("arrival", context.language).search(own))


def postponed_to(dates: list[DateMention], sentence: Sentence, language: str) -> DateMention | None:
    """The date an event was put off to ("postponed to the first half of 2021", "reportée à 2021", "перенесено на
    2021 год", "adiada para 2021", "se postergó hasta 2021"): the first date written after the postponement words,
    which replaces the date first planned."""
    found = words("postponed", language).search(sentence.text)
    if found is None:
        return None
    after = [d for d in dates if d.value is not None and d.start - sentence.start >= found.end()]
    return min(after, key=lambda d: d.start) if after else None


def postponed_open(sentence: Sentence, language: str) -> bool:
    """The sentence tells an event put off with no new day ("the visit, initially planned for 18 January, was
    postponed", "reportée à une date ultérieure", "визит, запланированный на 5 мая, перенесен", "la visita fue
    aplazada"; ``postponed_open``) — when a day follows the words, :func:`postponed_to` has it instead."""
    return bool(words("postponed_open", language).search(sentence.text))


_OCCASION_REACH = 3  # words from an occasion preposition to the event's word ("lors de cet entretien")


def put_off(sentence: Sentence, span: tuple[int, int], language: str) -> bool:
    """The event whose word is at ``span`` is the one the sentence tells put off (:func:`postponed_open`): not the
    occasion at which that was decided ("ont décidé, lors de cet entretien, de repousser la visite": the talks
    took place; "agreed during the meeting to postpone the summit")."""
    if not postponed_open(sentence, language):
        return False
    lead = " ".join(sentence.text[: span[0]].split()[-_OCCASION_REACH:])
    return not words("occasion_before", language).search(lead)


def end_bound(mention: DateMention, context: ArticleContext) -> bool:
    """A date written right after "until" ("on a visit until Friday", "en visite jusqu'au 29 mai", "до 14 марта",
    "até sexta-feira", "hasta el viernes"; ``date_until`` in the language's YAML) ends an event under way: it is
    not the day the event took place, which the text then leaves unsaid."""
    lead = context.text[max(0, mention.start - 24) : mention.start]
    return bool(_until(context.language).search(lead))


_LEAD = 48  # characters before a date where the words that give it another role are looked for


def _lead(mention: DateMention, context: ArticleContext) -> str:
    """The ``_LEAD`` characters of the article right before ``mention``."""
    return context.text[max(0, mention.start - _LEAD) : mention.start]


def start_bound(mention: DateMention, context: ArticleContext) -> bool:
    """A year or month written right after "the first since" ("the first since 2015", "la première depuis 2015",
    "впервые с 2015 года"; ``date_since``) is the earlier occasion the event is counted from, not its date."""
    lead = _lead(mention, context)
    return mention.precision in ("year", "month") and bool(_since(context.language).search(lead))


def founding(mention: DateMention, context: ArticleContext) -> bool:
    """A date written right after a participle of founding ("nexos establecidos en junio de 2017", "relations
    established in 2017", "отношения, установленные в 1992 году"; ``date_founding``) is when what the participle
    describes was founded, not the date of the event or signing its sentence tells."""
    lead = context.text[max(0, mention.start - 40) : mention.start]
    return bool(_founding(context.language).search(lead))


@cache
def _founding(language: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation('date_founding', language)})\s*(?:(?:el|o|the)\s+)?$", re.IGNORECASE)


_OTHER_REACH = 80  # characters before a year or month where the words of another occasion stand


def other_occasion(mention: DateMention, context: ArticleContext, position: int) -> bool:
    """A year or month written right after the words of another occasion than the event whose word is at
    ``position`` (``date_other_before``): a period's start ("signed since 2015", "depuis 2015", "с 2015 года"), the
    founding of relations ("which established diplomatic relations in 1963", "établies en 1958", "установившие
    отношения в 1992 году"), an anniversary's origin, an earlier visit told in passing ("after his previous visit in
    2023", "tras su anterior visita en 2019"). The date is the event's own when its word stands between those words
    and the date ("established diplomatic relations in 1963" for the relations, "his previous visit in 2023" for
    that visit)."""
    if mention.precision not in ("year", "month") or mention.relative:
        return False
    lead_start = max(0, mention.start - _OTHER_REACH)
    if mention.precision == "year" and _period_start(context.language).search(context.text[lead_start : mention.start]):
        return True
    found = _other(context.language).search(context.text[lead_start : mention.start])
    return found is not None and not lead_start + found.start() <= position < mention.start


_REPORT_WORDS = (
    7  # words between a verb of reporting and the date of the statement ("said in his joint press statement today")
)


def reported_on(mention: DateMention, context: ArticleContext, position: int) -> bool:
    """The date is the day a statement was made, told right after its verb of reporting ("…, Biden said in his joint
    press statement today", "…, informó este martes el mandatario", "…, a annoncé mardi le ministère", "…, сообщил
    во вторник"; ``report_verbs``), and the event's word (at ``position``) stands before that verb, in what the
    statement tells: the statement's day is not that event's ("this visit exemplifies …, Biden said today")."""
    lead_start = max(0, mention.start - 80)
    lead = context.text[lead_start : mention.start]
    found = list(_report(context.language).finditer(lead))
    if not found:
        return False
    verb = found[-1]
    between = lead[verb.end() :]
    return (
        len(between.split()) <= _REPORT_WORDS
        and not re.search(r"[.!?;\n]", between)
        and position < lead_start + verb.start()
    )


@cache
def _report(language: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation('report_verbs', language)})(?!\w)", re.IGNORECASE)


def planned_for(mention: DateMention, context: ArticleContext) -> bool:
    """A date written right after the words that set an event's first date ("initially planned for February",
    "prévue en février", "запланированный на апрель", "prevista para fevereiro", "programada para febrero";
    ``date_planned_before``): the plan's date, which another date the sentence gives the event replaces."""
    lead = _lead(mention, context)
    return bool(_planned(context.language).search(lead))


_YEAR_NOUN = r"(?:(?:l['’]an|l['’]année|the\s+year|el\s+año|o\s+ano)\s+)?"  # "depuis l'an 2015"
_ARTICLE = r"(?:(?:le|el|o|a|the|в|во)\s+)?"  # "jusqu'au le", "hasta el viernes"


@cache
def _right_before(name: str, language: str, tail: str = "") -> re.Pattern:
    """Entry ``name`` of ``language`` (with English) ending right before a date: the words, then ``tail``, then
    only spaces to the end of the text searched."""
    return re.compile(rf"(?<!\w)(?:{alternation(name, language)})\s*{tail}$", re.IGNORECASE)


def first_planned(mention: DateMention, context: ArticleContext) -> bool:
    """A date right after the words of a first plan ("initially planned for 2019", "initialement prévu pour 2019",
    "первоначально запланированный на апрель"; ``date_first_planned_before``): a date the event no longer has, even
    when its sentence gives no other ("the summit, initially planned for 2019, focuses on development")."""
    lead = _lead(mention, context)
    return bool(_right_before("date_first_planned_before", context.language, _ARTICLE).search(lead))


def _planned(language: str) -> re.Pattern:
    return _right_before("date_planned_before", language, _ARTICLE)


def _period_start(language: str) -> re.Pattern:
    return _right_before("date_period_start", language)


def _other(language: str) -> re.Pattern:
    return _right_before("date_other_before", language, _YEAR_NOUN)


def _since(language: str) -> re.Pattern:
    return _right_before("date_since", language, _YEAR_NOUN)


def _until(language: str) -> re.Pattern:
    return _right_before("date_until", language, _ARTICLE)


def in_lead(sentence: Sentence, context: ArticleContext) -> bool:
    """The sentence is the dispatch's lead: it holds the dateline ("ASTANA, March 11 (Kazinform) -- The minister
    received …") or follows it with nothing but punctuation between ("МИНСК, 11 марта. /БЕЛТА/.⏎Президент провел
    переговоры …", "March 10, 2025, The Kremlin, Moscow⏎Vladimir Putin held talks …"). A wire's lead reports what
    happened on the dateline's day, so an event it tells as held with no date of its own is dated so."""
    end = context.dateline_end
    if context.dateline is None or end is None:
        return False
    if sentence.start <= end <= sentence.end:
        return True
    return sentence.start >= end and not re.search(r"\w", context.text[end : sentence.start])


_OPENING = 3  # words at a sentence's start where its sequence word stands ("Posteriormente, Peña Nieto sostendrá")


def sequence_day(sentence: Sentence, context: ArticleContext, held: bool) -> DateMention | None:
    """The day the sentence before tells, for an event told in a sentence that opens with a word of sequence ("Este
    viernes … participará en un desayuno con empresarios. Posteriormente, Peña Nieto sostendrá un encuentro …",
    "Lundi, il a visité le port. Ensuite, il s'est entretenu avec …", "Затем состоялись переговоры";
    ``sequence_open``): the last date resolved to its day in that sentence, when that sentence is told in the same
    time as the event (past for one ``held``, not past for one to come: "Esta noche llegó … Posteriormente,
    sostendrá un encuentro" is a meeting after tonight, not tonight's), else None."""
    opening = " ".join(sentence.text.split()[:_OPENING])
    if not _sequence(context.language).match(opening):
        return None
    before = context.text[: sentence.start].rstrip()
    start = max((m.end() for m in re.finditer(r"[.!?…](?=\s)|\n", before[:-1])), default=0)
    if tense.past(before[start:], context.language) != held:
        return None
    days = [d for d in context.dates if start <= d.start < len(before) and d.precision == "day" and d.value]
    return days[-1] if days else None


@cache
def _sequence(language: str) -> re.Pattern:
    return re.compile(rf"(?:{alternation('sequence_open', language)})(?!\w)", re.IGNORECASE)
