"""Article → proposals: events, agreements, KPIs and quantitative trade claims, each with its evidence.

The one extractor of partnerlens (the claim checker reads its ``claim`` and
``kpi`` proposals). It works sentence by sentence with general rules and data,
one module per concern:

* :mod:`.sentences` — sentences with their offsets;
* :mod:`.vocabulary` — the words of each language (``data/lang/<lang>.yaml``,
  ``data/event_types.yaml``; sector words next to the taxonomy);
* :mod:`.context` — states, people and dates of the whole article, and what
  earlier sentences said (year, range, parties), carried and recorded as such;
* :mod:`.events` — events and agreements with their status and date precision;
* :mod:`.kpis`, :mod:`.claims`, :mod:`.rank` — indicators, trade figures (with
  their ``Reading``: figures in :mod:`.claims_figures`, year, metric and flow in
  :mod:`.claims_reading`, deal values set aside by :mod:`.trade_words`) and rank
  claims; :mod:`.rates` converts non-USD figures;
* :mod:`.merge` — the same event (or trade figure) told in several sentences becomes one proposal;
* :mod:`.article_sides` — states of another trip, which no fact of the article needs, leave its events;
* :mod:`.lone_sides` — an event that names one state of the article's clear pair is with the other one too.

English, French and Russian are first-class; Portuguese and Spanish are read for
parties, dates and trade figures. Nothing here writes anywhere; see
``storage`` for the pending queue.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from partnerlens.cooperation.article import Article, detect_language
from partnerlens.cooperation.extract.agreement_date_next import dated_beside
from partnerlens.cooperation.extract.agreement_dates import (
    dispatch_dates,
    following_signings,
    headline_day,
    occasion_dates,
    sentence_occasion,
    signed_during,
)
from partnerlens.cooperation.extract.agreement_parts import total_takes_parts
from partnerlens.cooperation.extract.agreement_sectors import fill_totals, takes_next_areas
from partnerlens.cooperation.extract.agreements_listed import bullet_item, listed_drafts, refer_back
from partnerlens.cooperation.extract.article_sides import without_other_trips
from partnerlens.cooperation.extract.carried import Carried
from partnerlens.cooperation.extract.claims import claims
from partnerlens.cooperation.extract.claims_periods import dated_by_the_base_after
from partnerlens.cooperation.extract.context import ArticleContext, Draft, build_context, parties
from partnerlens.cooperation.extract.dateline import find_dateline
from partnerlens.cooperation.extract.event_date_next import dated_in_next
from partnerlens.cooperation.extract.event_dates import meetings_during, visit_start
from partnerlens.cooperation.extract.event_model import added_events
from partnerlens.cooperation.extract.events import events, planned
from partnerlens.cooperation.extract.kpis import kpis
from partnerlens.cooperation.extract.lone_sides import with_lone_sides
from partnerlens.cooperation.extract.merge import add_sectors, finish, merge_into
from partnerlens.cooperation.extract.party_model import prune
from partnerlens.cooperation.extract.rank import rank_claims
from partnerlens.cooperation.extract.sectors import current_taxonomy, sectors, workspace_taxonomy
from partnerlens.cooperation.extract.sentences import Sentence, split_sentences
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.models import Proposal
from partnerlens.errors import PartnerlensError

__all__ = ["MAX_CHARS", "Sentence", "article_context", "extract", "extract_text", "split_sentences"]

MAX_CHARS = 300_000  # about 50,000 words: far beyond any article; bounds the work per article


def extract_text(
    text: str,
    *,
    language: str | None = None,
    published: date | None = None,
    date_hint: tuple[int, int | None] | None = None,
    today: date | None = None,
    title: str | None = None,
) -> list[Proposal]:
    """Proposals read from ``text`` (offsets refer to ``text``); ``title`` is the headline, read for context only."""
    if len(text) > MAX_CHARS:
        raise PartnerlensError(
            f"the article's text has {len(text):,} characters; extraction reads at most {MAX_CHARS:,} (split it into parts)"
        )
    language = language or detect_language(text)
    context = article_context(text, language, published=published, date_hint=date_hint, today=today, title=title)
    headline = sectors(title, language, goods_only=False) if title else []  # "Ghana, Chile sign energy deals"
    proposals = [finish(d) for d in _read(text, context, headline, title) if d.complete]
    proposals += added_events(text, context, proposals)  # sentences no rule read (event_model)
    pruned = prune(context, without_other_trips(context, proposals))  # states of another trip; passing (party_model)
    return with_lone_sides(context, pruned)  # an event of one state of a clear pair: with the other too


def article_context(
    text: str,
    language: str,
    *,
    published: date | None = None,
    date_hint: tuple[int, int | None] | None = None,
    today: date | None = None,
    title: str | None = None,
) -> ArticleContext:
    """The article's context as extraction reads it: its dateline's day and place folded in (the place as a mention)."""
    dateline = find_dateline(text, language, published=published, today=today, hint=date_hint)
    if published is None and dateline is not None and dateline.date is not None:
        published = dateline.date
    context = build_context(text, language, published, date_hint, today, title=title)
    context.dateline = dateline.date if dateline is not None else None
    context.dateline_end = dateline.end if dateline is not None else None
    if dateline is not None and dateline.mention is not None:
        context.mentions = sorted(context.mentions + [dateline.mention], key=lambda m: m.start)
    return context


def _read(
    text: str, context: ArticleContext, headline: list[str] | None = None, title: str | None = None
) -> list[Draft]:
    drafts: list[Draft] = []
    last_event: tuple[int, Draft] | None = None  # (line, draft)
    previous: list[Proposal] = []  # events of the paragraph so far, latest first
    occasions: list[Proposal] = []  # events of the article so far that happened, latest first
    paragraph = -1
    loose_sectors: list[str] = list(headline or [])  # the headline's areas are the article's
    wide: list[str] = []  # the article's fields named in any sentence (ARTICLE_WIDE)
    carried = Carried()
    signing: tuple[Draft | None, int] = (None, 0)  # the last agreement, and where it (or a list after it) ended
    for sentence in split_sentences(text):
        if words("related_links", context.language).match(sentence.text.lstrip()):
            continue  # "READ ALSO: … Founder's Europe Trip", "Lire aussi :", "Читайте также": another article's title
        if context.within(context.mentions, sentence):  # a state's investment, farm goods, trade: not "farmers" alone
            wide += [s for s in sectors(sentence.text, context.language, goods_only=False) if s in ARTICLE_WIDE]
        line = text.count("\n", 0, sentence.start)
        if line != paragraph:
            previous, paragraph = [], line
        told = [
            _dated_by(d, previous, occasions, sentence, context)
            for d in sentence_occasion(events(sentence, context), context)
        ]
        bulleted = bool(told) and bullet_item(sentence.text, context.language)  # "- Agreement on …, study visits"
        listed = [] if told and not bulleted else listed_drafts(sentence, context, *signing)
        told = [] if listed else told
        if listed:  # "Among them, a memorandum on energy …": each its own agreement, never merged
            drafts += listed
            signing = (signing[0], sentence.end)
        # "Ces accords portent sur …" (a plural reference after a single instrument: the batch before it), also
        # in a sentence that tells a meeting ("At the press conference after the talks, he said the deals cover …")
        referred = (
            not listed
            and not any(d.proposal.kind == "agreement" for d in told)
            and refer_back(sentence, context, *signing, drafts)
        )
        figures = claims(sentence, context, carried)  # read first: a rank told with a figure takes its year
        found = told + _with_speakers(
            kpis(sentence, context) + rank_claims(sentence, context, figures) + figures, sentence, context
        )
        aimed = tuple(d.proposal.year for d in found if d.proposal.kind == "kpi")  # "by 2030": no period of a fact
        carried.update(sentence, context, parties(sentence, context), aimed)
        previous = [d.proposal for d in told if d.proposal.status != "planned"] + previous
        occasions = [d.proposal for d in told if d.proposal.status == "held" and not d.borrowed] + occasions
        for draft in found:
            target = merge_into(drafts, draft, context.published)
            if draft.proposal.kind in ("event", "agreement"):
                last_event = (line, target)
            if draft.proposal.kind == "agreement" and draft.complete:
                signing = (target, sentence.end)
        cooperation = _about_cooperation(sentence, context)
        if (
            not listed
            and not referred
            and not any(d.proposal.kind in ("event", "agreement") for d in found)
            and (cooperation or any(d.proposal.kind == "claim" for d in found))
        ):  # a sentence with a trade figure names the article's areas too ("trade"), not the goods it lists
            named = sectors(sentence.text, context.language, goods_only=False)
            if not cooperation or any(d.proposal.kind == "claim" for d in found):  # goods a figure is made of
                goods = sectors(sentence.text, context.language, goods_only=True)
                named = [s for s in named if s not in goods]
            if last_event is not None and last_event[0] == line and _describes(last_event[1], sentence, context):
                add_sectors(last_event[1], named)
            else:
                loose_sectors += named
    fill_totals(drafts)
    dated_by_the_base_after(drafts, context)  # "за 9 месяцев этого года" … "За аналогичный период 2022 года"
    dated_beside(drafts, context)  # "… signed five agreements. The agreements were signed on 3 May."
    headline_day(drafts, context, title)  # "X and Y sign nine agreements": the lead's signing is of the day
    dispatch_dates(drafts, context)
    dated_in_next(drafts, context)  # "… a visit to Greece. The visit took place on 25 August."
    meetings_during(drafts, context)  # talks during the visit: its day
    occasion_dates(drafts, context)
    following_signings(drafts, context)  # "… signed eight agreements on Friday. Also signed was …"
    total_takes_parts(drafts)  # a signed package's areas: its parts', told anywhere after it
    for draft in drafts:
        visit_start(draft)
    _attach_to_main(drafts, loose_sectors)
    _attach_wide(drafts, wide)
    _attach_people(drafts, context)
    return [_settled(d, context) for d in drafts]


def _with_speakers(found: list[Draft], sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """Figures and targets carry the people named in their sentence ("Putin said trade grew 30%"), as events do."""
    people = list(dict.fromkeys(p.person for p in context.within(context.people, sentence)))
    for draft in found:
        if people and not draft.proposal.people:
            draft.proposal = draft.proposal.model_copy(update={"people": people})
    return found


def _dated_by(
    draft: Draft, previous: list[Proposal], occasions: list[Proposal], sentence: Sentence, context: ArticleContext
) -> Draft:
    """An undated past event told after a dated one of the same states, in the same paragraph, happened
    that day ("… held talks in Nairobi on Tuesday. … The two ministers signed a memorandum …"); so does one
    whose sentence points back to an earlier event of the article ("During the visit …", "в ходе визита") or follows
    it ("Les deux chefs d'Etat se sont ensuite entretenus …")."""
    proposal = draft.proposal
    if proposal.date is not None or planned(sentence.text, context.language) or proposal.status == "planned":
        return draft  # a meeting still to come ("Posteriormente, sostendrá un encuentro") is not the day's event
    if proposal.kind == "agreement" and words("agreement_earlier", context.language).search(sentence.text):
        return draft  # "the two countries had signed a memorandum": another, earlier signing
    if proposal.kind == "agreement" and proposal.status != "signed":
        return draft  # "the parliament ratified it", "agreed to sign a memorandum": not done during the visit
    if proposal.kind == "event" and words("event_time_ago", context.language).search(sentence.text):
        return draft  # "a year and a half ago Putin hosted him": an earlier occasion (event_seconds.told_ago)
    if words("occasion_refs", context.language).search(sentence.text) or words("then_words", context.language).search(
        sentence.text
    ):  # "during the visit", "se sont ensuite entretenus": the article's earlier event, in any paragraph
        previous = previous + occasions
    source = next((p for p in previous if p.date is not None and set(p.parties) == set(proposal.parties)), None)
    if source is None:
        return draft
    if proposal.kind == "agreement":  # signed during it: its day, or its month when it lasted several days
        draft.proposal = proposal.model_copy(update=signed_during(source, context))
        return draft
    draft.proposal = proposal.model_copy(update={"date": source.date, "date_precision": source.date_precision})
    return draft


def _settled(draft: Draft, context: ArticleContext) -> Draft:
    """An event dated after the article's publication is planned (an agreement announced), whatever its sentences said."""
    proposal = draft.proposal
    if (
        proposal.kind in ("event", "agreement")
        and proposal.date
        and context.published
        and _after(proposal, context.published)
    ):
        draft.proposal = proposal.model_copy(
            update={"status": "announced" if proposal.kind == "agreement" else "planned"}
        )
    return draft


def _after(proposal: Proposal, published: date) -> bool:
    """Whether the whole period of the proposal's date (day, month or year) is after ``published``."""
    if proposal.date is None:
        return False
    cut = {"year": 4, "month": 7}.get(proposal.date_precision or "day", 10)
    return proposal.date.isoformat()[:cut] > published.isoformat()[:cut]


def _about_cooperation(sentence: Sentence, context: ArticleContext) -> bool:
    """A sentence that names cooperation areas, or that speaks of both states the article is about."""
    if words("cooperation_cues", context.language).search(sentence.text):
        return True
    named = {m.party for m in context.within(context.mentions, sentence)}
    return len(context.focus) == 2 and set(context.focus) <= named


def _describes(draft: Draft, sentence: Sentence, context: ArticleContext) -> bool:
    """A sentence of the paragraph of an event names that event's areas; one after a signing names the
    agreement's ("La première porte sur l'énergie solaire"), unless it reports what was discussed ("nous avons
    discuté de coopération dans les domaines …", "обсудили", ``discussion_words``): those areas are the article's."""
    if draft.proposal.kind == "event":
        return True
    return takes_next_areas(draft.proposal, sentence.text, context.language) and not words(
        "discussion_words", context.language
    ).search(sentence.text)


def _attach_to_main(drafts: list[Draft], loose: list[str]) -> None:
    """Cooperation areas an article lists away from any event belong to its first event, else its first
    agreement: an agreement's sectors are its own ("a memorandum on energy"), not the article's copied to it.
    An article that reports a trade flow (a total, exports, imports, a balance) reports trade among its areas,
    whatever word it writes for the flow ("échanges", "оборот"). An article that tells no event or agreement
    (only trade figures, targets) keeps its areas as the ``areas`` of its first figure, never as that figure's
    ``sectors``: a claim's sectors narrow the goods the claim checker compares, and "trade" is no goods."""
    complete = [d for d in drafts if d.complete]
    main = next((d for d in complete if d.proposal.kind == "event"), None) or next(
        (d for d in complete if d.proposal.kind == "agreement"), None
    )
    flows = any(d.proposal.kind == "claim" and d.proposal.metric in _FLOW_METRICS for d in complete)
    if flows and "trade" in current_taxonomy():
        loose = [*loose, "trade"]
    if main is not None:
        add_sectors(main, loose)
    elif complete and loose:
        first = complete[0]
        areas = list(dict.fromkeys(first.proposal.areas + loose))
        first.proposal = first.proposal.model_copy(update={"areas": areas})


_FLOW_METRICS = ("total", "exports", "imports", "balance")

# Fields an article reports wherever it names them, as it reports trade wherever a flow is told: what one side
# invests in the other ("Turkey is among the five largest investors in Kyrgyzstan", "la Chine a injecté 7 millions
# de dollars en termes d'investissement"), farm goods and farming ("les produits agricoles", "сельскохозяйственные
# товары"), trade itself ("free trade negotiations"), in a sentence that names a state (a state's investment or
# exports; "farmers back home" alone is no field of the relation). Other sectors are the article's only where a
# sentence lists areas of cooperation or tells an event (a port, a hotel, a loan told in passing names none).
ARTICLE_WIDE = ("trade", "investment", "agriculture")


def _attach_wide(drafts: list[Draft], wide: list[str]) -> None:
    """The article's fields named in any sentence (``ARTICLE_WIDE``) join its main event's sectors; with no event,
    they are the ``areas`` of its first figure or target, else of its first agreement — never an agreement's own
    ``sectors``, which are what it was signed on (review shows ``areas`` as the article's; a record accepted from
    the proposal lists them among its sectors, as for the areas of a figure)."""
    complete = [d for d in drafts if d.complete]
    if not wide or not complete:
        return
    taxonomy = current_taxonomy()
    wide = [s for s in dict.fromkeys(wide) if s in taxonomy]
    event = next((d for d in complete if d.proposal.kind == "event"), None)
    if event is not None:
        add_sectors(event, wide)
        return
    holder = next((d for d in complete if d.proposal.kind != "agreement"), complete[0])
    have = set(holder.proposal.sectors) | set(holder.proposal.areas)
    extra = [s for s in wide if s not in have]
    if extra:
        holder.proposal = holder.proposal.model_copy(update={"areas": holder.proposal.areas + extra})


def _attach_people(drafts: list[Draft], context: ArticleContext) -> None:
    """People the article introduces away from any proposal ("President of Belarus X saw his guest off", "le
    président de la région Souss-Massa, X, a déclaré") belong to its main proposal: the first event or agreement,
    else its first figure; also those whose title names no state (a company's, a region's, "da República") when
    their name has two words or more (a lone word with no state is too weak a reading)."""
    complete = [d for d in drafts if d.complete]
    main = next((d for d in complete if d.proposal.kind in ("event", "agreement")), complete[0] if complete else None)
    if main is None:
        return
    named = {person.name for d in complete for person in d.proposal.people}
    extra = [
        p.person for p in context.people if p.person.name not in named and (p.person.party or " " in p.person.name)
    ]
    if extra:
        people = list(dict.fromkeys(main.proposal.people + extra))
        main.proposal = main.proposal.model_copy(update={"people": people})


def context_of(article: Article, today: date | None = None) -> ArticleContext:
    """The context :func:`extract` reads ``article`` with (for tools that look at what extraction knew)."""
    return article_context(
        article.text,
        article.source.language or detect_language(article.text),
        published=article.source.published,
        date_hint=article.date_hint,
        today=today,
        title=article.source.title,
    )


def extract(article: Article, today: date | None = None, sectors_path: str | Path | None = None) -> list[Proposal]:
    """Proposals read from an article (see :func:`extract_text`); sectors from the taxonomy at ``sectors_path``
    (a workspace's own ``sectors.yaml``) when that file exists, else from the taxonomy in force
    (:mod:`partnerlens.scope`: the workspace's, within a CLI invocation or web request)."""
    with workspace_taxonomy(sectors_path) if sectors_path is not None else contextlib.nullcontext():
        return extract_text(
            article.text,
            language=article.source.language,
            published=article.source.published,
            date_hint=article.date_hint,
            today=today,
            title=article.source.title,
        )
