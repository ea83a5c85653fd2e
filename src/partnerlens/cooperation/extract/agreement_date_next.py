"""A signing told in one sentence and dated in the one beside it: "Kenya and China signed five agreements. The
agreements were signed on 3 May in Nairobi." — "… en signant quatorze accords. Les présidents ont scellé ces
engagements le jeudi 27 juin." — "Стороны подписали пять соглашений. Документы были подписаны 3 мая." — "Os acordos
foram assinados em 3 de maio." — "Los acuerdos se firmaron el 3 de mayo."

The sentence after (else the one before) the signing takes it up with a verb of signing, sealing or initialling told
as done (``agreement_dated_next`` in the language files, English added to every language; not when it names another
signing, ``event_dated_next_other``: "The first agreement was signed on 3 May 2010"): its date nearest those words,
to the day or the month, is the date of the undated signings (or those dated only to that year) of the sentence
beside it. Signings told as earlier (``agreement_earlier``) keep theirs. Run once the article is read
(:func:`dated_beside`), before the later signings take the date of a dated one (:func:`.agreement_dates.following_signings`).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.dates import DateMention
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.event_date_next import firm_dates, next_sentence, other_occasion
from partnerlens.cooperation.extract.sentences import Sentence, split_sentences
from partnerlens.cooperation.extract.vocabulary import alternation, words

_REACH = 500  # characters read on either side of a signing's sentence for the sentence that dates it


def dated_beside(drafts: list[Draft], context: ArticleContext) -> None:
    """Date the undated signings of a sentence by the sentence after (else before) it that takes them up."""
    earlier = words("agreement_earlier", context.language)
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "agreement" or proposal.status != "signed" or not draft.evidence:
            continue
        told = draft.evidence[0]
        if proposal.date is not None and proposal.date_precision != "year":
            continue
        if earlier.search(told.text):
            continue
        when = _beside_date(told.start, told.end, context)
        if when is None or when.value is None:
            continue
        if proposal.date is not None and proposal.date.year != when.value.year:
            continue  # "in 2019 … signed on 3 May 2020": another signing
        draft.proposal = proposal.model_copy(update={"date": when.value, "date_precision": when.precision})


def _beside_date(start: int, end: int, context: ArticleContext) -> DateMention | None:
    """The date the sentence after ``end`` (else the one before ``start``) gives to the signing it takes up."""
    for sentence in (next_sentence(end, context, _REACH), _before(start, context)):
        if sentence is None:
            continue
        found = _taken_up(sentence, context)
        if found is not None:
            return found
    return None


def _taken_up(sentence: Sentence, context: ArticleContext) -> DateMention | None:
    """The date nearest the words of ``sentence`` (offsets in the article) that take a signing up, or None."""
    match = _signing(context.language).search(sentence.text)
    if match is None or other_occasion(context.language).search(match.group(0)):
        return None
    at = sentence.start + match.start()
    dates = firm_dates(sentence, context)
    return min(dates, key=lambda d: abs(d.start - at)) if dates else None


def _before(start: int, context: ArticleContext) -> Sentence | None:
    """The sentence right before offset ``start``, with offsets in the article."""
    begin = max(0, start - _REACH)
    sentences = split_sentences(context.text[begin:start].rstrip())
    if not sentences or (begin > 0 and len(sentences) < 2):
        return None  # the only one may be cut at the reach: not a whole sentence
    last = sentences[-1]
    return Sentence(begin + last.start, begin + last.end, last.text)


@cache
def _signing(language: str) -> re.Pattern:
    """Words that take a signing up as done (``agreement_dated_next``)."""
    return re.compile(rf"(?<!\w)(?:{alternation('agreement_dated_next', language)})(?!\w)", re.IGNORECASE)
