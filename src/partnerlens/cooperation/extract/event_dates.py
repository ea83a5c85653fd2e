"""When an event took or takes place: the date written nearest its word, and what fixes it when none is.

Split from :mod:`.events` (which reads the event, its sides and its status): here only its day. A date in the
sentence counts when it is near the event's word (:func:`event_date`; a bare year after a figure is the figure's);
else a statement made at the event under a wire's dateline, the lead's event, an arrival, or an event under way is
the dispatch's day (:func:`settle`); a day told as "the second day of the visit" puts the visit's start a day before. A weekday whose direction the text leaves unsaid points by the tense of the
event's clause; a month or day without a year, resolved to the year nearest the publication date, is moved to the
next year when the event is still to come and that date is already past ("will attend the summit in October",
written in March: the October to come, not the last one), and to the year before when the event's own verb tells it
done and that date is still ahead ("met Erdogan on 27 March", written on 12 March: the last 27 March).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from partnerlens.cooperation.dates import DateMention, weekday_from
from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.agreement_dates import the_occasion
from partnerlens.cooperation.extract.compared import compared_years
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.event_date_clauses import acted_on, planned_own, since_clause, stated_on, years_ago
from partnerlens.cooperation.extract.event_dispatch import (
    arrives,
    end_bound,
    first_planned,
    founding,
    in_lead,
    other_occasion,
    planned_for,
    postponed_open,
    postponed_to,
    reported_on,
    sequence_day,
    start_bound,
)
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import language_data, patterns, words
from partnerlens.cooperation.models import Proposal
from partnerlens.patterns import compiled

_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def event_date(
    kind: str, at: int, sentence: Sentence, context: ArticleContext, dates: list[DateMention]
) -> tuple[DateMention | None, DateMention | None]:
    """The date mention of the event whose word starts at ``at`` in the sentence, and the one it was moved to when
    the sentence says it was postponed (else None); a planned event's yearless date lies ahead (:func:`year_ahead`)."""
    word = re.match(r"\w*", sentence.text[at:])
    span = (at, at + len(word.group(0)) if word else at)
    own = [
        d
        for d in dates
        if not _figure_year(d, context.text)
        and not _period_year(d, context)
        and not _compared_years(d, sentence, context.language)
        and not end_bound(d, context)
        and not start_bound(d, context)
        and not other_occasion(d, context, sentence.start + at)
        and not reported_on(d, context, sentence.start + at)
        and not founding(d, context)
        and not stated_on(d, sentence, context, span)
        and not since_clause(d, sentence, context, sentence.start + at)
        and not (kind == "event" and acted_on(d, context, sentence.start + at))
    ]
    mention = _nearest_date(_replaced_plans(own, context), sentence.start + at)
    mention = years_ago(mention, sentence, context, span)
    moved = postponed_to(dates, sentence, context.language) if kind == "event" else None
    if moved is None and _put_off(kind, mention, sentence, context):
        mention = None  # "initialement prévue le 18 janvier, a été reportée": that day is no longer the event's
    return moved or mention, moved


def _put_off(kind: str, mention: DateMention | None, sentence: Sentence, context: ArticleContext) -> bool:
    """The event's date is the one first planned for it and the sentence tells it put off with no new day."""
    return (
        kind == "event"
        and mention is not None
        and planned_for(mention, context)
        and postponed_open(sentence, context.language)
    )


_RANK = {"day": 0, "month": 1, "year": 2}


def _replaced_plans(dates: list[DateMention], context: ArticleContext) -> list[DateMention]:
    """``dates`` without those first set for the event (:func:`planned_for`: "initially planned for February") when
    another, at least as fine, is left: "the visit, initially planned for February, took place on 4 March" is of 4
    March; "the visit planned for 4 March" keeps its only date."""
    dates = [d for d in dates if not first_planned(d, context)]
    plans = [d for d in dates if planned_for(d, context)]
    rest = [d for d in dates if d not in plans]
    finest = min((_RANK[d.precision] for d in plans), default=None)
    if finest is None or not any(_RANK[d.precision] <= finest for d in rest):
        return dates
    return rest


def year_ahead(mention: DateMention, published: date | None) -> DateMention:
    """A month or day written without its year ("en octobre", "в октябре", "on 5 March") of an event still to
    come: the year that puts it on or after the publication date, when the nearest year put it before."""
    return _year_moved(mention, published, +1)


def year_behind(mention: DateMention, published: date | None) -> DateMention:
    """A month or day written without its year ("met Erdogan on 27 March", "a visité Pékin le 27 mars") of an event
    told as done: the year that puts it on or before the publication date, when the nearest year put it after (a
    dispatch of 12 March tells of the last 27 March, not the coming one) — the mirror of :func:`year_ahead`."""
    return _year_moved(mention, published, -1)


def _year_moved(mention: DateMention, published: date | None, step: int) -> DateMention:
    """``mention`` a year later (``step`` +1) when it falls before ``published``, or a year earlier (−1) when after;
    compared by month at month precision. Unchanged when its year is written, relative, or it has no month."""
    if (
        published is None
        or mention.value is None
        or mention.relative
        or mention.month is None
        or _YEAR_WRITTEN.search(mention.text)
    ):
        return mention
    said: tuple[int, ...] = (mention.value.year, mention.value.month, mention.value.day)
    then: tuple[int, ...] = (published.year, published.month, published.day)
    if mention.precision == "month":
        said, then = said[:2], then[:2]
    if not (said < then if step > 0 else said > then):
        return mention
    year = mention.value.year + step
    try:
        return replace(mention, year=year, value=mention.value.replace(year=year))
    except ValueError:  # 29 February
        return mention


_DONE_REACH = 5  # words before the event's word where its own past verb stands ("a entamé dimanche une visite")


def told_done(text: str, span: tuple[int, int], language: str) -> bool:
    """The event's own verb is in the past ("has wrapped up a state visit", "a entamé dimanche une visite", "прибыл
    с визитом", "visited"): a past verb further back tells of something else ("il est revenu sur les enjeux de cette
    visite"), nor a verb of saying (:func:`.tense.own_past`) but at it ("отметили на встрече": :func:`.tense.said_at`)."""
    lead = tense.clause_before(text, span[0], _DONE_REACH)
    return tense.own_past(f"{lead} {text[span[0] : span[1]]}", language) or tense.said_at(lead, language)


def settle(
    proposal: Proposal,
    kind: str,
    visit: bool,
    span: tuple[int, int],
    sentence: Sentence,
    context: ArticleContext,
    mention: DateMention | None,
) -> Proposal:
    """The proposal's date (and, for a weekday the dispatch cannot place, its status) once its status is known."""
    when = mention if mention is not None and mention.value is not None else None
    if when is not None and proposal.status == "planned" and proposal.date == when.value:
        later = year_ahead(when, context.published)
        if later is not when:
            proposal = proposal.model_copy(update={"date": later.value})
            when = later
    elif (
        when is not None
        and proposal.status == "held"
        and proposal.date == when.value
        and told_done(sentence.text, span, context.language)
    ):
        earlier = year_behind(when, context.published)
        if earlier is not when:
            proposal = proposal.model_copy(update={"date": earlier.value})
            when = earlier
    undated = when is None or (when.relative and when.precision == "year")
    held = proposal.status == "held"
    before = sequence_day(sentence, context, held) if undated and kind == "event" else None
    if before is not None:  # "Posteriormente, sostendrá un encuentro": the day the sentence before tells
        day = before.value
        if (
            before.weekday is not None
            and before.weekday_word
            and before.direction is None
            and proposal.status == "planned"
            and context.published
        ):
            day = weekday_from(context.published, before.weekday, 1 if day != context.published else None)
        proposal = proposal.model_copy(update={"date": day, "date_precision": "day"})
        when, undated = before, False
    if (
        undated and context.dateline is not None and proposal.status == "held" and _said_at(sentence, context, span)
    ):  # a wire reports a statement the day it is made, under its dateline; a paper's header date is not that day
        proposal = proposal.model_copy(update={"date": context.dateline, "date_precision": "day"})
    if (
        undated
        and proposal.date is None
        and proposal.status == "held"
        and kind == "event"
        and in_lead(sentence, context)
    ):
        proposal = proposal.model_copy(update={"date": context.dateline, "date_precision": "day"})  # the lead's day
    if undated and proposal.status == "held" and visit and arrives(sentence, context, span):
        day, precision = (context.dateline, "day") if context.dateline else context.publication or (None, None)
        proposal = proposal.model_copy(update={"date": day, "date_precision": precision})
    if mention is not None and _weekday_ahead(mention, sentence, context, span, proposal.status):
        lo, hi = tense.clause_span(sentence.text, span)
        at = mention.start - sentence.start
        own = _fronted(mention, sentence) or planned_own(mention, sentence, context, span)
        if proposal.status == "planned" and not lo <= at < hi and not own:
            proposal = proposal.model_copy(update={"date": None, "date_precision": None})  # another clause's day
        elif when is not None and context.published and when.weekday is not None and when.direction is None:
            ahead = weekday_from(context.published, when.weekday, 1 if when.value != context.published else None)
            proposal = proposal.model_copy(update={"date": ahead})
        elif (
            context.published is None
            and proposal.status == "held"
            and not _occasioned(sentence, context.language, span, mention)
        ):  # a day to come the dispatch's date cannot fix
            proposal = proposal.model_copy(update={"status": "announced" if kind == "agreement" else "planned"})
    return proposal


_FRONT_WORDS = 2  # words before a fronted date at the sentence's start ("On Friday,", "Na sexta-feira,", "В пятницу,")


def _fronted(mention: DateMention, sentence: Sentence) -> bool:
    """The date opens the sentence, set off by a comma ("On Friday, Ruto will visit China", "Vendredi, le président
    se rendra en Chine", "В пятницу, президент посетит", "El viernes, el presidente realizará"): an adverbial of the
    main clause, not another clause's day, though a comma stands between it and the event's word."""
    at = mention.start - sentence.start
    return len(sentence.text[:at].split()) <= _FRONT_WORDS and sentence.text[mention.end - sentence.start :].startswith(
        ","
    )


def day_of(visit: bool, span: tuple[int, int], sentence: Sentence, language: str) -> int:
    """Which day of a visit its sentence tells ("en la segunda jornada de la visita": 2), else 1."""
    return (_day_of_visit(sentence.text, span, language) or 1) if visit else 1


def visit_start(draft: Draft) -> None:
    """A visit told on its n-th day began n - 1 days before the day told; done once the article is read, so that
    the events told that day ("durante el encuentro") keep the day itself."""
    proposal = draft.proposal
    if draft.day_of > 1 and proposal.date is not None and proposal.date_precision == "day":
        draft.proposal = proposal.model_copy(update={"date": proposal.date - timedelta(days=draft.day_of - 1)})


_DAY_OF_REACH = 4  # words between "the second day of" and the visit's word ("second day of his official visit")


def _day_of_visit(text: str, span: tuple[int, int], language: str) -> int | None:
    """n when "the n-th day of" stands right before the visit's word ("on the second day of his visit", "au deuxième
    jour de sa visite", "во второй день визита", "no segundo dia da visita", "en la segunda jornada de la visita";
    ``visit_day`` and ``day_ordinals`` in the language's own YAML, not merged with English: the ordinal is a group)."""
    lead = " ".join(text[: span[0]].split()[-(_DAY_OF_REACH + 4) :])
    data = language_data(language)
    ordinals = {str(k).casefold(): int(v) for k, v in (data.get("day_ordinals") or {}).items()}
    for fragment in data.get("visit_day") or []:
        for match in re.finditer(rf"(?<![\w-]){fragment}", lead, re.IGNORECASE):
            if len(lead[match.end() :].split()) <= _DAY_OF_REACH:
                return ordinals.get(match.group("n").casefold())
    return None


def _said_at(sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> bool:
    """A statement reported as made at the event ("said at the meeting", "Speaking at the Joint Committee, X said",
    "заявил … на встрече", "a-t-il déclaré lors du forum"): a wire reports it the day it is made."""
    language = context.language
    framed = any(p.search(sentence.text[: span[0]]) for p in patterns("speech_occasion", language))
    return framed and bool(words("speech_verbs", language).search(sentence.text))


_ONGOING_BEFORE = 4  # words before an event's word (with it) where its own present verb stands


def ongoing(sentence: Sentence, context: ArticleContext, span: tuple[int, int]) -> bool:
    """The event is under way as the article is written ("the trade mission that is taking place in Baku", "в
    Минске проходит форум", "as conversações, que decorrem"): it is dated the dateline's day when the text has one (a
    paper's header date, without a dateline, is not the text's: the event stays undated). Only a present verb near
    the event's word counts (four words before it, ten after): "our meeting is taking place … the President will
    arrive on a visit" does not put the visit under way."""
    before = " ".join(tense.around(sentence.text, *span)[0].split()[-_ONGOING_BEFORE:])  # "В Минске проходит форум"
    after = " ".join(sentence.text[span[1] :].split()[: tense.AFTER_WORDS])  # across a comma: "le forum, qui se tient"
    pattern = words("ongoing", context.language)
    return context.dateline is not None and bool(pattern.search(before) or pattern.search(after))


def _weekday_ahead(
    when: DateMention | None, sentence: Sentence, context: ArticleContext, span, status: str | None
) -> bool:
    """A weekday whose direction the text leaves unsaid ("on Friday", "vendredi", "в пятницу", "esta sexta-feira")
    points ahead when the event is still to come or told in the present ("will visit Kenya on Friday", "inicia
    esta sexta-feira uma visita", "begins on Monday"), back when it is told in the past (the press mostly reports
    what happened). A signing its sentence tells as done (status ``signed``: "Les accords, signés lundi, portent sur
    …", "Соглашения, подписанные в понедельник, касаются …", "Os acordos, assinados na segunda-feira, abrangem …")
    was made on the last such day, whatever the tense of the main verb."""
    if when is None or not when.weekday_word or when.direction in (-1, 1) or status == "signed":
        return False
    day = (when.start - sentence.start, when.end - sentence.start)  # "anunciou, segunda-feira,": the statement's day
    return status in ("planned", "announced") or not tense.own_past(sentence.text, context.language, day)


def _occasioned(sentence: Sentence, language: str, span: tuple[int, int], mention: DateMention) -> bool:
    """The day is written before an occasion word that governs the event's word ("accords seront conclus ce lundi
    à l'occasion de la visite", "will be signed on Monday during the visit"): it is the day of what happens at the
    event, not whether the event is to come."""
    at = mention.start - sentence.start
    if not 0 <= at < span[0]:
        return False
    lead = sentence.text[at : span[0]]
    return tense.after_occasion(lead, language) != lead


# characters: a bare year or a month further from the event's word dates another clause ("en vigueur en 2006",
# "Speaking at the Joint Committee …, he said an agreement signed this September …")
_REACH = {"year": 160, "month": 120}


_FIGURE_BEFORE = re.compile(
    r"(?:\d|%|\$|dollars?|dólares|долл\w*|euros?|USD|milliards?|millions?|billions?|bn|mln|млрд\.?|млн\.?|millones|"
    r"milhões|mil milhões)\s*\)?\s*(?:en|in|em|в|за|para|pour|for)\s*$",
    re.IGNORECASE,
)


def _figure_year(mention: DateMention, text: str) -> bool:
    """A bare year right after a figure ("40,7 milliards de dollars en 2022", "$500 million in 2023") is the
    figure's."""
    return mention.precision == "year" and bool(_FIGURE_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def _period_year(mention: DateMention, context: ArticleContext) -> bool:
    """A year told as the period a figure covers ("по итогам 2022 года", "за 2022 год", "over 2022", "au titre de
    l'année 2022"; ``figure_period_before``) is the figure's, never the date of an event in the sentence."""
    before = context.text[max(0, mention.start - 40) : mention.start]
    return mention.precision == "year" and bool(_period_before(context.language).search(before))


def _compared_years(mention: DateMention, sentence: Sentence, language: str) -> bool:
    """A bare year of a sentence that compares a figure with a year ("trade rose in 2016 compared with 2015",
    "в 2016 году вырос по сравнению с показателем 2015 года", "par rapport à 2015"; :func:`.compared.compared_years`)
    is the figure's, its own or its base, never the date of an event the sentence names ("… said at the joint
    commission")."""
    return mention.precision == "year" and bool(compared_years(sentence.text, language))


@cache
def _period_before(language: str) -> re.Pattern:
    fragments = "|".join(f"(?:{p})" for p in language_data(language).get("figure_period_before") or [r"(?!x)x"])
    return compiled(rf"(?<!\w)(?:{fragments})\s+(?:(?:l['’]année|the year|year|всего|весь|целом за)\s+)?$", re.I)


def _nearest_date(dates: list[DateMention], position: int) -> DateMention | None:
    """The date written nearest the event's word. When that date has no year the text does not fix ("le 3 et 4
    juin" with no publication date), the event is undated: a farther date ("après celle de 2005") is another
    event's (the caller reads a mention without a value as undated). A month or a bare year counts only within
    ``_REACH`` characters."""
    near = [d for d in dates if d.precision == "day" or abs(d.start - position) <= _REACH[d.precision]]
    if any(d.shift_weeks is None for d in near):  # a week ("nesta semana") only when nothing finer dates the event
        near = [d for d in near if d.shift_weeks is None]
    if not near:
        return None
    return min(near, key=lambda d: (abs(d.start - position), {"day": 0, "month": 1, "year": 2}[d.precision]))


_DURING_TYPES = frozenset({"talks", "ministerial_meeting", "meeting"})  # held during a visit, forum or commission


def meetings_during(drafts: list[Draft], context: ArticleContext) -> None:
    """Talks and meetings told as held with no date of their own, after the one dated occasion the article reports
    (a visit, a forum, a commission: :func:`.agreement_dates.the_occasion`) and between its states, were held
    during it and take its date: "Erdogan has landed in Uganda for a two-day visit (dated) … He has held talks with
    his host" — "Macron est arrivé lundi à Luanda … Les deux présidents se sont entretenus" — "Президент прибыл …
    Затем прошли переговоры". Not after an occasion dated only to its year, nor when the talks' sentence writes a date of its own (unresolved: "in 2015", "le 3
    mars" with no year), nor talks told as earlier (``agreement_earlier``: "previously", "ранее")."""
    occasion = the_occasion(drafts, leaving=_DURING_TYPES)
    if occasion is None or occasion.date_precision == "year":  # a year tells no day or month of the talks
        return
    earlier = words("agreement_earlier", context.language)
    for draft in drafts:
        proposal = draft.proposal
        told = draft.evidence[0]
        if (
            proposal.kind == "event"
            and proposal.type in _DURING_TYPES
            and proposal.status == "held"
            and proposal.date is None
            and proposal.parties
            and set(proposal.parties) <= set(occasion.parties)
            and told.start >= occasion.evidence.start
            and not earlier.search(told.text)
            and not any(told.start <= d.start < told.end for d in context.dates)
        ):
            update = {"date": occasion.date, "date_precision": occasion.date_precision}
            draft.proposal = proposal.model_copy(update=update)
