"""An event's date from how a dispatch tells it: a visit's arrival or start reported with no date is the dispatch's
day; an event put off takes the date it was put off to; a date after "until" ends an event under way and is not its date;
an event the lead sentence reports as held, with no date of its own, is the dateline's day (:func:`in_lead`).

Both are words of the event's own clause (``arrival`` and ``postponed`` in the language's YAML), read with the
clause helpers of :mod:`.tense`; see :func:`arrives` and :func:`postponed_to`.
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


def end_bound(mention: DateMention, context: ArticleContext) -> bool:
    """A date written right after "until" ("on a visit until Friday", "en visite jusqu'au 29 mai", "до 14 марта",
    "até sexta-feira", "hasta el viernes"; ``date_until`` in the language's YAML) ends an event under way: it is
    not the day the event took place, which the text then leaves unsaid."""
    lead = context.text[max(0, mention.start - 24) : mention.start]
    return bool(_until(context.language).search(lead))


def start_bound(mention: DateMention, context: ArticleContext) -> bool:
    """A year or month written right after "the first since" ("the first since 2015", "la première depuis 2015",
    "впервые с 2015 года"; ``date_since``) is the earlier occasion the event is counted from, not its date."""
    lead = context.text[max(0, mention.start - 48) : mention.start]
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


@cache
def _since(language: str) -> re.Pattern:
    fragments = alternation("date_since", language)
    return re.compile(
        rf"(?<!\w)(?:{fragments})\s*(?:(?:l['’]an|l['’]année|the\s+year|el\s+año|o\s+ano)\s+)?$", re.IGNORECASE
    )


@cache
def _until(language: str) -> re.Pattern:
    fragments = alternation("date_until", language)
    return re.compile(rf"(?<!\w)(?:{fragments})\s*(?:(?:le|el|o|a|the|в|во)\s+)?$", re.IGNORECASE)


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
