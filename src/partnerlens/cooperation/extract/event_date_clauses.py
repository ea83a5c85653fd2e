"""Dates a sentence writes for something else than the event whose word it holds, and the year "a year ago" gives.

Split from :mod:`.event_dates` (which picks the date nearest the event's word): each test here tells that a date
mention belongs to another clause of the sentence, so that a farther date — or none — is the event's.

* The day of a statement that tells of an event to come ("Modi on Sunday said Trump will visit", "le ministre a
  annoncé mardi que le président se rendra", "Путин в понедельник заявил, что посетит"): :func:`stated_on`.
* A date in a clause opened by "since" ("the first official visit since the president was removed, in May", "desde
  que … foi afastada, em maio", "depuis que …", "с тех пор как …"): :func:`since_clause`.
* A date right after the participle of another act that qualifies the event's noun ("the joint commission signed
  in 2009 and planned for June", "la commission mixte signée en 2009"): when the commission's agreement was
  signed, not when the commission meets (:func:`acted_on`).
* A day after a participle of planning close after the event's word ("a business forum, scheduled for Sunday"):
  the event's own, though a comma stands between them (:func:`planned_own`).
* "Il y a un an", "a year ago", "год назад", "hace un año", "há um ano": the year of a day or month written without
  one, counted back from the publication date (:func:`years_ago`).

The words are the language files' (``statement_verbs_after``, ``since_clause``, ``date_other_act``, ``years_ago``
and ``ago_numbers``), English added to every language as everywhere in the vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext
from partnerlens.cooperation.extract.event_dispatch import planned_for
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, entries, language_data, words

_VERB_AFTER = (
    2  # words between a date and the verb of reporting it opens ("Modi on Sunday said", "в понедельник заявил")
)
_VERB_BEFORE = 2  # words between a verb of reporting and the date after it ("announced on Monday that")


def stated_on(mention: DateMention, sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> bool:
    """The date is the day of a statement (a verb of reporting stands right after or right before it) and the
    event, told after that verb as still to come, is what the statement tells: the statement's day is not the
    event's ("Modi on Sunday said it is an honour that Trump will be visiting", "a annoncé mardi que le président
    effectuera une visite")."""
    at = mention.start - sentence.start
    if not mention.end - sentence.start <= span[0] or not _to_come(sentence.text, span, context.language):
        return False
    verbs = words("report_verbs", context.language)
    after = sentence.text[mention.end - sentence.start : span[0]]
    found = verbs.search(after)
    if found is not None and len(after[: found.start()].split()) <= _VERB_AFTER and not _broken(after[: found.end()]):
        return True
    before = sentence.text[:at]
    last = next(reversed(list(verbs.finditer(before))), None)
    return last is not None and len(before[last.end() :].split()) <= _VERB_BEFORE and not _broken(before[last.end() :])


def _to_come(text: str, span: tuple[int, int], language: str) -> bool:
    """The event is told as to come: a future form or word (:func:`.tense.to_come_at`), or a ``planned`` word
    before it ("will be visiting": English has no future form)."""
    return tense.to_come_at(text, span, language) or bool(
        words("planned", language).search(tense.around(text, *span)[0])
    )


def _broken(text: str) -> bool:
    return bool(re.search(r"[.;:!?]", text))


_SINCE_REACH = 90  # characters between "since" and the date of its clause


def since_clause(mention: DateMention, sentence: Sentence, context: ArticleContext, position: int) -> bool:
    """The date stands in a clause opened by a conjunction of time past ("since", "depuis que", "desde que", "с тех
    пор как"; ``since_clause``) that comes after the event's word (at ``position`` in the text): it dates what
    that clause tells — "the first official visit since Rousseff was suspended, in May" is not a visit in May."""
    lead_start = max(sentence.start, mention.start - _SINCE_REACH)
    lead = context.text[lead_start : mention.start]
    found = next(reversed(list(_since_words(context.language).finditer(lead))), None)
    return found is not None and position < lead_start + found.start() and not _broken(lead[found.end() :])


@cache
def _since_words(language: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation('since_clause', language)})(?!\w)", re.IGNORECASE)


_ACT_REACH = 8  # words from the event's word to the participle of another act that qualifies it ("la session de la
# grande commission mixte de coopération signée en")


def acted_on(mention: DateMention, context: ArticleContext, position: int) -> bool:
    """A date right after the participle of another act ("signée en 2009", "signed in 2009", "подписанной в 2009
    году", "firmada en 2009", "assinada em 2009"; ``date_other_act``) that follows the event's word closely, with
    no agreement named between them: the participle qualifies the event's noun ("la commission mixte de
    coopération signée en 2009"), and the date is the act's, not the event's. Events only: an agreement's own
    signing date is its date."""
    lead = context.text[max(0, mention.start - 40) : mention.start]
    found = _act(context.language).search(lead)
    if found is None:
        return False
    act_at = mention.start - len(lead) + found.start()
    between = context.text[position:act_at]
    return (
        act_at - position > 0
        and len(between.split()) <= _ACT_REACH
        and not re.search(r"[,.;:!?]", between.rstrip().rstrip(","))  # a comma only right before the participle
        # ("комиссии, подписанной в 2009 году"), not within ("la visite, au cours de laquelle ont été signés le 5 mars")
        and not words("act_objects", context.language).search(between)
    )


@cache
def _act(language: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation('date_other_act', language)})\s*$", re.IGNORECASE)


def years_ago(
    mention: DateMention | None, sentence: Sentence, context: ArticleContext, span: tuple[int, int]
) -> DateMention | None:
    """The event's date when its sentence says how many years ago it was ("Il y a un an, X effectuait, du 18 au 20
    mars, une visite", "A year ago, X visited Y on 18 March", "Год назад, 18 марта, X посетил"): a day or month
    written without its year takes the publication's year minus that many; with no date at all, that year is the
    event's, at year precision. Unchanged when the sentence writes no such phrase before the event's word, when
    the year is written, or when the article has no date."""
    published = context.published or context.dateline
    if published is None or _to_come(sentence.text, span, context.language):
        return mention
    lead = sentence.text[: span[0]]
    found = next((m for pattern in _ago(context.language) if (m := pattern.search(lead))), None)
    if found is None:
        return mention
    numbers = {str(k).casefold(): int(v) for k, v in (language_data(context.language).get("ago_numbers") or {}).items()}
    numbers |= {str(k).casefold(): int(v) for k, v in (language_data("en").get("ago_numbers") or {}).items()}
    word = found.group("n").casefold()
    count = int(word) if word.isdigit() else numbers.get(word)
    if count is None:
        return mention
    year = published.year - count
    if mention is None:
        start = sentence.start + found.start()
        return DateMention(
            start, sentence.start + found.end(), found.group(0), "year", year=year, value=date(year, 1, 1)
        )
    if mention.value is None or mention.month is None or mention.relative or re.search(r"\d{4}", mention.text):
        return mention
    try:
        return replace(mention, year=year, value=mention.value.replace(year=year))
    except ValueError:  # 29 February
        return mention


@cache
def _ago(language: str) -> tuple[re.Pattern, ...]:
    """One pattern per fragment of ``years_ago`` (each names its number ``n``), the language's then English."""
    return tuple(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for p in entries("years_ago", language))


_PLANNED_REACH = 6  # words from the event's word to the date of its own participle ("un Fórum de Negócios, agendado")


def planned_own(mention: DateMention, sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> bool:
    """The day follows the event's word closely after a participle of planning ("a business forum, scheduled for
    Sunday", "un forum, prévu pour dimanche", "форум, запланированный на воскресенье", "un foro, programado para el
    domingo", "um fórum, agendado para domingo"; ``date_planned_before``): the event's own, across the comma."""
    between = sentence.text[span[1] : mention.start - sentence.start]
    return (
        mention.start - sentence.start >= span[1]
        and len(between.split()) <= _PLANNED_REACH
        and planned_for(mention, context)
    )
