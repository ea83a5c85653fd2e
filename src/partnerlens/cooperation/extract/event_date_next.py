"""An event told in one sentence and dated in the next: "Modi paid an official visit to Greece. The visit took place
on 25 August." — "La Tunisie a participé à l'Exposition … Organisée du 12 au 15 juin, cette exposition …" — "Премьер
совершил визит в Грецию. Визит состоялся 25 августа." — "La visita tuvo lugar el 25 de agosto." — "A visita
decorreu a 25 de agosto."

The next sentence opens with words that take the event up and say when it was (or will be) held (``event_dated_next``
in the language files, English added to every language; not when it names another occasion of the kind,
``event_dated_next_other``: "The previous meeting was held on 3 May"): its first date with a value, to the day or the month, is
the date of the first event the sentence before tells, when that event has no date or only a coarser one that the
new date falls within. Run once the article is read (:func:`dated_in_next`), so that the next sentence's own reading
is done.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.sentences import Sentence, split_sentences
from partnerlens.cooperation.extract.vocabulary import alternation

_NEXT_REACH = 400  # characters read after an event's sentence for the sentence that dates it
_RANK = {"day": 0, "month": 1, "year": 2}


def dated_in_next(drafts: list[Draft], context: ArticleContext) -> None:
    """Date each sentence's first event by the sentence right after it when that one takes it up with its date."""
    seen: set[int] = set()
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "event" or not draft.evidence:
            continue
        told = draft.evidence[0]
        if told.end in seen:  # the sentence's first event only
            continue
        seen.add(told.end)
        when = _next_date(told.end, context)
        if when is None or not _finer(when, proposal.date, proposal.date_precision):
            continue
        draft.proposal = proposal.model_copy(update={"date": when.value, "date_precision": when.precision})


def _next_date(end: int, context: ArticleContext) -> DateMention | None:
    """The date the sentence after ``end`` gives to the event it takes up, or None."""
    following = next_sentence(end, context, _NEXT_REACH)
    if following is None:
        return None
    opening = _opening(context.language).match(following.text)
    if opening is None or other_occasion(context.language).search(opening.group(0)):
        return None  # "The previous meeting was held on 3 May": another occasion
    dates = firm_dates(following, context)
    return dates[0] if dates else None


def next_sentence(end: int, context: ArticleContext, reach: int) -> Sentence | None:
    """The sentence right after offset ``end`` (read up to ``reach`` characters on), with offsets in the article."""
    rest = context.text[end : end + reach]
    lead = len(rest) - len(rest.lstrip())
    sentences = split_sentences(rest[lead:])
    if not sentences:
        return None
    first = sentences[0]
    return Sentence(end + lead + first.start, end + lead + first.end, first.text)


def firm_dates(sentence: Sentence, context: ArticleContext) -> list[DateMention]:
    """The article's dates inside ``sentence`` (offsets in the article) fixed to the day or the month: not vague, not
    shifted by weeks."""
    return [
        d
        for d in context.dates
        if sentence.start <= d.start
        and d.end <= sentence.end
        and d.value is not None
        and d.precision in ("day", "month")
        and not d.vague
        and d.shift_weeks is None
    ]


def _finer(when: DateMention, current, precision: str | None) -> bool:
    """The new date says more than the event's own: it has none, or a coarser one the new date falls within."""
    if current is None:
        return True
    assert when.value is not None
    if _RANK[when.precision] >= _RANK.get(precision or "day", 0):
        return False
    same_year = when.value.year == current.year
    return same_year and (precision == "year" or when.value.month == current.month)


@cache
def _opening(language: str) -> re.Pattern:
    """The words that open a sentence taking an event up with its date (``event_dated_next``)."""
    return re.compile(rf"\W{{0,3}}(?:{alternation('event_dated_next', language)})(?!\w)", re.IGNORECASE)


@cache
def other_occasion(language: str) -> re.Pattern:
    """Words of the opening that name another occasion of the kind (``event_dated_next_other``)."""
    return re.compile(rf"(?<!\w)(?:{alternation('event_dated_next_other', language)})(?!\w)", re.IGNORECASE)
