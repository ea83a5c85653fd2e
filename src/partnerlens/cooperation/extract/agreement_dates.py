"""When an agreement was signed, read from other sentences than its own: the dateline's day for the signings a
wire reports under it (:func:`dispatch_dates`), and the day of the one event (visit, talks, forum …) the article
reports as held for the signings it tells without a date (:func:`occasion_dates`), and the day of the event a signing's
own sentence names as its occasion (:func:`sentence_occasion`: "signed 16 agreements in the framework of the commission
held in October"). A signing during an event of several days ("a
two-day visit", "les 26 et 27 février", "двухдневный визит", "de dos días") is dated to the month (:func:`spans_days`):
the text does not say on which day it was signed. Split from :mod:`.agreements`, which reads a sentence's own.
"""

from __future__ import annotations

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.models import Proposal


def after_dispatch(proposal: Proposal, context: ArticleContext) -> dict:
    """No date for a signing told as done but dated after the dispatch: the date is another thing's ("Среди
    подписанных документов — декларация о перекрёстном годе культуры в 2019 году" in a 2016 dispatch: the year
    of culture, not the signing). Else nothing."""
    latest = context.dateline or context.published
    if proposal.status != "signed" or proposal.date is None or latest is None:
        return {}
    first_day = {"year": latest.replace(month=1, day=1), "month": latest.replace(day=1)}
    if proposal.date > first_day.get(proposal.date_precision or "day", latest):
        return {"date": None, "date_precision": None}
    return {}


def spans_days(event: Proposal, context: ArticleContext) -> bool:
    """Whether the event's sentences give it several days: a span of days dating it ("26-27 February") or a
    length in days ("two-day", "de deux jours", "двухдневный", ``days_long`` in the language file)."""
    told = [event.evidence, *event.also]
    spans = any(
        d.last_day is not None and d.value == event.date
        for e in told
        for d in context.dates
        if e.start <= d.start and d.end <= e.end
    )
    return spans or any(words("days_long", context.language).search(e.text) for e in told)


def as_told(draft: Draft) -> Proposal:
    """The event of ``draft`` with every sentence that told it so far: while the article is read, a later sentence
    ("Boric arrived on 3 March for a two-day visit") is in the draft's evidence, not yet in its proposal's ``also``,
    and it may be the one that gives the event several days."""
    return draft.proposal.model_copy(update={"also": [*draft.proposal.also, *draft.evidence[1:]]})


def signed_during(event: Proposal, context: ArticleContext) -> dict:
    """The date fields of a signing during ``event``: its day, or its month when it lasted several days."""
    if event.date is None:
        return {}
    if event.date_precision == "day" and spans_days(event, context):
        return {"date": event.date.replace(day=1), "date_precision": "month"}
    return {"date": event.date, "date_precision": event.date_precision}


# events no signing is told as made at: the establishment of relations ("Kenya and China, which established
# diplomatic relations in 1963, signed five agreements") dates the relations, not the signings told with it
_NO_OCCASION = frozenset({"diplomatic_relations"})


def the_occasion(drafts: list[Draft], leaving: frozenset[str] = frozenset()) -> Proposal | None:
    """The one dated event (visit, talks, forum …) the article reports as held, as told so far; None when it
    reports none, several on different dates (which one is not said), or an undated one besides. Events of the
    types in ``leaving`` are not counted (the meetings held during a visit, when their day is what is sought)."""
    occasions = [
        as_told(d)
        for d in drafts
        if d.complete
        and d.proposal.kind == "event"
        and d.proposal.status == "held"
        and d.proposal.type not in _NO_OCCASION | leaving
    ]
    if len({(p.date, p.date_precision) for p in occasions}) != 1 or occasions[0].date is None:
        return None
    return occasions[0]


def occasion_dates(drafts: list[Draft], context: ArticleContext) -> None:
    """Undated signings told after the one dated event (visit, talks, forum …) the article reports as held, between its states
    (or some of them), were signed during it: "Erdogan's two-day visit to Algiers on 26-27 February … In the energy
    sector, a memorandum was signed …" → February. Not when the article reports several occasions, dated or not
    (which one is not said), nor a signing told as earlier ("had signed", ``agreement_earlier``)."""
    occasion = the_occasion(drafts)
    if occasion is None:
        neighbour_dates(drafts, context)  # none, several (which one is not said), or an undated one besides
        return
    earlier = words("agreement_earlier", context.language)
    for draft in drafts:
        proposal = draft.proposal
        if (
            proposal.kind == "agreement"
            and proposal.status == "signed"
            and proposal.date is None
            and proposal.parties
            and set(proposal.parties) <= set(occasion.parties)
            and draft.evidence[0].start >= occasion.evidence.start
            and not earlier.search(draft.evidence[0].text)
        ):
            draft.proposal = proposal.model_copy(update=signed_during(occasion, context))


def neighbour_dates(drafts: list[Draft], context: ArticleContext) -> None:
    """Undated signings told in the paragraph of a dated event held between their states, with nothing else
    told between, were signed during it, even when the article reports other occasions: "The emir was in
    Abidjan on Friday 22 December on an official visit. The two countries signed four agreements." — "Le 3 mars,
    le président X a effectué une visite … Les deux pays ont signé …" — "3 марта президент X посетил … Стороны
    подписали …". Not a signing told as earlier (``agreement_earlier``) or not signed."""
    earlier = words("agreement_earlier", context.language)
    told = sorted(
        ((e.start, e.end, d) for d in drafts if d.proposal.kind in ("event", "agreement") for e in d.evidence),
        key=lambda t: t[0],
    )
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "agreement" or proposal.status != "signed" or proposal.date is not None:
            continue
        start = draft.evidence[0].start
        before = [t for t in told if t[1] <= start and t[2] is not draft]
        if not before or earlier.search(draft.evidence[0].text):
            continue
        _, end, last = before[-1]
        event = as_told(last)
        if (
            event.kind == "event"
            and event.type not in _NO_OCCASION
            and event.status == "held"
            and event.date is not None
            and last.complete
            and proposal.parties
            and set(proposal.parties) <= set(event.parties)
            and "\n" not in context.text[end:start]
            and not any(end <= d.start < start for d in context.dates)
        ):
            draft.proposal = proposal.model_copy(update=signed_during(event, context))


def dispatch_dates(drafts: list[Draft], context: ArticleContext) -> None:
    """Undated signings told after one dated the dispatch's day, between the same states, are of that day:
    "Havana, 7 September (EFE) — Cuba and Chile signed six agreements … Likewise, the ministries of health signed
    a memorandum …". Not one told as earlier ("had signed", "avaient signé", "ранее", "já", ``agreement_earlier``
    in the language file) or not signed."""
    day = context.published
    if day is None:
        return
    earlier = words("agreement_earlier", context.language)
    dated: list[Proposal] = []
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "agreement" or proposal.status != "signed":
            continue
        if proposal.date == day and proposal.date_precision == "day":
            dated.append(proposal)
        elif (
            proposal.date is None
            and not earlier.search(draft.evidence[0].text)
            and any(set(proposal.parties) <= set(d.parties) or set(d.parties) <= set(proposal.parties) for d in dated)
        ):
            draft.proposal = proposal.model_copy(update={"date": day, "date_precision": "day"})


def following_signings(drafts: list[Draft], context: ArticleContext) -> None:
    """Undated signings told after a signing dated to its day, between the same states (or some of them),
    with no date written between the two, are of that signing: "O Brasil e a China assinaram sexta-feira oito
    acordos … Foi ainda assinado um acordo … Um memorando de entendimento assinado …", "Kenya and China signed five
    agreements on Monday. A memorandum on health was also signed." Not one told as earlier (``agreement_earlier``),
    not signed, nor after a date written between ("In 2010, they had signed …"). A signing dated only to its month
    or year starts no run: it is mostly history ("the visit of May 2016 saw 15 agreements signed … the visa
    agreement signed between the two countries" is not of May 2016)."""
    earlier = words("agreement_earlier", context.language)
    last: tuple[Proposal, int] | None = None  # the latest dated signing and where its sentence ends
    for draft in sorted(drafts, key=lambda d: d.evidence[0].start):
        proposal = draft.proposal
        if proposal.kind != "agreement" or proposal.status != "signed":
            continue
        if proposal.date is not None:  # a later one with a date of its own ends the run; only a day starts one
            last = (proposal, draft.evidence[0].end) if proposal.date_precision == "day" else None
            continue
        if (
            last is not None
            and proposal.parties
            and (set(proposal.parties) <= set(last[0].parties) or set(last[0].parties) <= set(proposal.parties))
            and not earlier.search(draft.evidence[0].text)
            and not any(last[1] <= d.start < draft.evidence[0].end for d in context.dates)
        ):
            draft.proposal = proposal.model_copy(
                update={"date": last[0].date, "date_precision": last[0].date_precision}
            )


_OCCASION_REACH = (
    7  # words before the event's word: the preposition ("en el marco de") and up to three more ("la XVII")
)


def _occasion_of(draft: Draft, sentence_text: str, language: str) -> bool:
    """The event's word is the object of an occasion or sequence preposition ("during the visit", "lors de la
    visite", "в ходе визита", "en el marco de la comisión", "à l'issue des entretiens")."""
    lead = " ".join(sentence_text[: draft.at].split()[-_OCCASION_REACH:])
    return bool(words("occasion_before", language).search(lead) or words("sequence_before", language).search(lead))


def sentence_occasion(drafts: list[Draft], context: ArticleContext) -> list[Draft]:
    """Signings of a sentence that names their occasion — a held, dated event whose word a preposition of occasion
    governs ("signed 16 agreements in the framework of the Commission held in October", "ont signé trois accords
    lors de la visite du 3 mars", "подписали соглашение в ходе визита 3 марта") — take the occasion's date when
    their own is missing or only its year (:func:`signed_during`). Not a signing told as earlier
    (``agreement_earlier``)."""
    occasions = [
        d
        for d in drafts
        if d.proposal.kind == "event"
        and d.proposal.status == "held"
        and d.proposal.date is not None
        and _occasion_of(d, d.proposal.evidence.text, context.language)
    ]
    if not occasions:
        return drafts
    earlier = words("agreement_earlier", context.language)
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "agreement" or proposal.status != "signed" or earlier.search(proposal.evidence.text):
            continue
        for occasion in occasions:
            event = as_told(occasion)
            coarser = proposal.date is None or (
                proposal.date_precision == "year" and event.date is not None and proposal.date.year == event.date.year
            )
            if coarser and set(proposal.parties) <= set(event.parties) and event.date_precision != "year":
                draft.proposal = proposal.model_copy(update=signed_during(event, context))
                break
    return drafts


def headline_day(drafts: list[Draft], context: ArticleContext, title: str | None) -> None:
    """A headline that tells a signing in the present ("Kenya, Uzbekistan sign five agreements", "Moçambique e
    Brasil assinam nove acordos", "Le Maroc et la Chine signent …", "подписывают") reports it as the dispatch's news:
    the first agreement the article tells, when it is told as done with no date of its own in the article's first
    paragraph — or later, when no date before the publication day is written before it (a photo caption or a
    paragraph on the visit's day may come first: the article has not yet turned to earlier things) — is of the
    publication day (its month or year when only those are known). Not when the headline points ahead ("sign
    tomorrow", ``to_come``) or the signing is told as earlier (``agreement_earlier``)."""
    language, (day, precision) = context.language, context.publication or (None, None)
    if not title or day is None or not words("agreement_signing_present", language).search(title):
        return
    if tense.to_come(title, language) or words("agreement_future", language).search(title):
        return
    lead_end = context.text.find("\n", len(context.text) - len(context.text.lstrip()))  # the first paragraph
    earlier = words("agreement_earlier", language)
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "agreement" or not draft.complete:
            continue
        if (
            proposal.status == "signed"
            and proposal.date is None
            and (lead_end < 0 or draft.evidence[0].start < lead_end or _still_news(draft, day, context))
            and not earlier.search(draft.evidence[0].text)
        ):
            draft.proposal = proposal.model_copy(update={"date": day, "date_precision": precision})
        return  # the first agreement the article tells is the headline's, dated or not


def _still_news(draft: Draft, day, context: ArticleContext) -> bool:
    """No date before the publication day (``day``) is written before the draft's sentence, and none in it."""
    end = draft.evidence[0].end
    return not any(d.start < end and d.value is not None and d.value < day for d in context.dates)
