"""A learned detector of sentences that tell an event the rules did not read, and the events it adds.

The rules (:mod:`.events`, :mod:`.agreements` …) read an event from a sentence when its words match a type of
``event_types.yaml`` and the states its kind needs are there. On articles no rule was written from they miss about a
fifth of the labelled events, mostly sentences that tell a meeting, a visit or a signing in words or an order no rule
expected. This module looks at every sentence no event or agreement proposal cites and asks a logistic model whether
it tells one anyway:

* **cues** read by the rules' own data (no word in this module): an event or instrument word of the language files,
  the states, people, bodies and dates the sentence names, a verb in the past or the future, ``planned`` words, a
  money figure or a percentage (trade sentences rarely tell an event), where the sentence stands (the lead, the
  headline's states), and whether a neighbouring sentence tells an event the rules read;
* **stems**: the sentence's words cut to their first five letters (a crude stemmer that is the same for the five
  languages and keeps Russian and French inflections together), present or not.

The model is plain coefficients (``data/event_model.json``: the cue names, their mean and scale, coefficients, the
stem weights, intercept and threshold), applied with the standard library. :func:`added_events` makes one ``event``
proposal per sentence whose probability reaches the threshold: its type the first event word of the sentence
(``meeting`` when none), its parties the sentence's states (the article's pair when it names fewer than two), its
status by :func:`.events.status`, its date the sentence's own date when it names one. It is trained and measured by
leave-one-batch-out cross-validation on the development batches with ``evaluation/event_train.py``, which writes the
data file byte for byte; see docs/news.md, "A learned detector of events the rules missed".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.agreements import instrument
from partnerlens.cooperation.extract.context import ArticleContext, is_economy
from partnerlens.cooperation.extract.event_date_clauses import acted_on
from partnerlens.cooperation.extract.event_generic import in_activity_list
from partnerlens.cooperation.extract.event_words import hedged, negated, rule_pattern
from partnerlens.cooperation.extract.events import status
from partnerlens.cooperation.extract.logistic import Logistic
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence, split_sentences
from partnerlens.cooperation.extract.vocabulary import event_vocabulary, words
from partnerlens.cooperation.models import Evidence, Proposal
from partnerlens.cooperation.quantities import currency_pattern

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "event_model.json"

CUES: tuple[str, ...] = (
    "event_word",  # an event type's word of the language files
    "agreement_word",  # an instrument's word ("memorandum", "соглашение")
    "states_1",  # exactly one state named
    "states_2",  # exactly two
    "states_3",  # three or more
    "person",  # a person named
    "people_2",  # two or more people named
    "body",  # a body named (a ministry, a commission)
    "date",  # a date named
    "day",  # a date to the day
    "past",  # a verb in the past by its form
    "future",  # a verb in the future by its form
    "planned",  # ``planned`` words
    "money",  # a currency with a figure near it
    "percent",  # a percentage
    "lead",  # the article's first sentence
    "position",  # where the sentence starts, as a fraction of the text
    "headline_state",  # it names a state of the headline
    "event_before",  # the sentence before is cited by an event or agreement proposal
    "event_after",  # the sentence after is
    "words",  # log(1 + words)
    "quote",  # it opens with a quotation mark (a statement rather than a report)
    "refers_back",  # an event word after a demonstrative ("this visit") or in an occasion reference ("during the talks")
)

_WORD = re.compile(r"[^\W\d_]{2,}")
_PERCENT = re.compile(r"\d\s*(?:%|per\s?cent|pour\s?cent|процент|por\s?cento|por\s?ciento)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
STEM = 5  # letters kept of each word


def stems(text: str) -> set[str]:
    """The sentence's words cut to their first ``STEM`` letters, lower-cased."""
    return {word.lower()[:STEM] for word in _WORD.findall(text)}


@lru_cache(maxsize=64)
def _event_matches(text: str, language: str) -> tuple[tuple[int, str, re.Match], ...]:
    """(rule, type, match) of every word of an event type's rule of the language files in ``text``, rule by rule
    (one scan of a sentence, shared by its cues, :func:`ruled_out` and :func:`event_from`)."""
    rules, _, _ = event_vocabulary()
    return tuple(
        (index, rule.type, match)
        for index, rule in enumerate(rules)
        if rule.kind == "event" and (pattern := rule_pattern(rule, language)) is not None
        for match in pattern.finditer(text)
    )


def _event_words(text: str, language: str) -> list[tuple[int, str, tuple[int, int]]]:
    """(start, type, span) of the first word of each event type's rule found in ``text``, in the order they stand."""
    first: dict[int, tuple[int, str, tuple[int, int]]] = {}
    for index, type_, match in _event_matches(text, language):
        first.setdefault(index, (match.start(), type_, match.span()))
    return sorted(first.values())


def _refers_back(text: str, language: str, spans: list[tuple[int, str, tuple[int, int]]]) -> bool:
    """An event word right after a demonstrative (one word may stand between: "this historic visit"), or the
    sentence's occasion reference ("during the talks", "lors de cette rencontre")."""
    if words("occasion_refs", language).search(text):
        return True
    demonstrative = words("demonstratives", language)
    for start, _, _ in spans:
        before = text[:start].split()[-2:]
        if any(demonstrative.fullmatch(word.strip('«»"“”(,')) for word in before):
            return True
    return False


def _money(text: str) -> bool:
    """A currency word with a figure near it (a currency alone can be a fragment of a name: "Найроби")."""
    return any(_DIGIT.search(text[max(0, m.start() - 25) : m.end() + 25]) for m in currency_pattern().finditer(text))


def cues(sentence: Sentence, context: ArticleContext, cited: set[int], index: int) -> dict[str, float]:
    """The cue features of ``sentence``, the ``index``-th of the text; ``cited``: indexes of the sentences that some
    event or agreement proposal cites."""
    text, language = sentence.text, context.language
    spans = _event_words(text, language)
    states = {m.party for m in context.within(context.mentions, sentence) if is_economy(m.party)}
    people = context.within(context.people, sentence)
    dates = context.within(context.dates, sentence)
    return {
        "event_word": float(bool(spans)),
        "agreement_word": float(instrument(text, language) is not None),
        "states_1": float(len(states) == 1),
        "states_2": float(len(states) == 2),
        "states_3": float(len(states) >= 3),
        "person": float(bool(people)),
        "people_2": float(len({p.person.name for p in people}) >= 2),
        "body": float(bool(context.within(context.bodies, sentence))),
        "date": float(bool(dates)),
        "day": float(any(d.precision == "day" for d in dates)),
        "past": float(tense.past(text, language)),
        "future": float(tense.future(text, language)),
        "planned": float(bool(words("planned", language).search(text))),
        "money": float(_money(text)),
        "percent": float(bool(_PERCENT.search(text))),
        "lead": float(index == 0),
        "position": sentence.start / max(1, len(context.text)),
        "headline_state": float(bool(states & set(context.headline))),
        "event_before": float(index - 1 in cited),
        "event_after": float(index + 1 in cited),
        "words": math.log1p(len(text.split())),
        "quote": float(text.lstrip()[:1] in "\"«“„'"),
        "refers_back": float(_refers_back(text, language, spans)),
    }


class EventModel(Logistic):
    """A logistic model over standardised :data:`CUES` and binary ``stems``; a sentence tells an event when
    p ≥ ``threshold`` (:class:`.logistic.Logistic`, ``data/event_model.json``)."""

    KNOWN = CUES
    NAMES_KEY = "cues"
    STEMS = True
    INDENT = 0
    WHAT = "event model"


_RULES_ONLY: ContextVar[bool] = ContextVar("event_model_rules_only", default=False)


@contextmanager
def rules_only() -> Iterator[None]:
    """Extraction inside this block adds no event of the model (how the training tool reads the rules' own output)."""
    token = _RULES_ONLY.set(True)
    try:
        yield
    finally:
        _RULES_ONLY.reset(token)


@cache
def shipped_model() -> EventModel | None:
    """The model in ``data/event_model.json``, or None when no model is shipped."""
    if not MODEL_PATH.exists():
        return None
    return EventModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


def cited_sentences(sentences: list[Sentence], proposals: list[Proposal]) -> set[int]:
    """Indexes of the sentences that some event or agreement proposal cites (its evidence or ``also``)."""
    spans = [(e.start, e.end) for p in proposals if p.kind in ("event", "agreement") for e in [p.evidence, *p.also]]
    return {i for i, s in enumerate(sentences) if any(a < s.end and s.start < b for a, b in spans)}


def candidates(
    sentences: list[Sentence], context: ArticleContext, proposals: list[Proposal]
) -> list[tuple[int, dict[str, float], set[str]]]:
    """(index, cues, stems) of every sentence no event or agreement proposal cites."""
    cited = cited_sentences(sentences, proposals)
    return [
        (i, cues(s, context, cited, i), stems(s.text))
        for i, s in enumerate(sentences)
        if i not in cited and s.text.strip() and not ruled_out(s, context.language)
    ]


def ruled_out(sentence: Sentence, language: str) -> bool:
    """Whether the rules have said the sentence tells no event: an event word of it is negated ("did not meet … on
    the sidelines of the summit"), hedged ("if the president visits") or an item of a list of activities ("through
    fairs, exhibitions and forums"), or it tells of receiving a thing ("a reçu une aide", ``received_thing``), which
    the rules never read as a reception. The detector reads what the rules could not see, never against what they
    decided."""
    if words("received_thing", language).search(sentence.text):
        return True
    return any(
        negated(sentence.text, m, language)
        or hedged(sentence, language, m.span())
        or in_activity_list(sentence.text, m.span(), language)
        for _, _, m in _event_matches(sentence.text, language)
    )


def event_from(sentence: Sentence, context: ArticleContext, proposals: list[Proposal]) -> Proposal:
    """The event a detected sentence tells, read as far as the rules' helpers can read it: an agreement (with its
    instrument, areas and agreement status) when the sentence names an instrument and no event word. Its parties are the
    states the sentence names that the article's pair or another proposal already has (a detected sentence brings
    no new party: the model judges whether something happened, not who took part), with the article's pair when
    fewer than two remain."""
    text, language = sentence.text, context.language
    found = _event_words(text, language)
    _, type_, span = found[0] if found else (0, "meeting", None)
    known = set(context.focus) | {code for p in proposals for code in p.parties}
    named = (m.party for m in context.within(context.mentions, sentence) if is_economy(m.party))
    states = [code for code in dict.fromkeys(named) if code in known]
    if len(states) < 2:
        states += [c for c in context.focus if c not in states]
    dates = [  # not a date of another act that qualifies the event's word ("la cimeira foi anunciada em julho")
        d
        for d in context.within(context.dates, sentence)
        if d.value is not None and not (span is not None and acted_on(d, context, sentence.start + span[0]))
    ]
    day = next((d for d in dates if d.precision == "day"), dates[0] if dates else None)
    dated = {"date": day.value, "date_precision": day.precision} if day is not None else {}
    told = Evidence(text=text, start=sentence.start, end=sentence.end)
    signed = instrument(text, language) if not found else None
    if signed is not None:  # no event word, an instrument's: the sentence tells an agreement
        return Proposal(
            kind="agreement",
            type="agreement_signing",
            instrument=signed,
            parties=states,
            sectors=sectors(text, language, goods_only=False),
            status=status(text, language, "agreement"),
            evidence=told,
            **dated,
        )
    return Proposal(
        kind="event", type=type_, parties=states, status=status(text, language, "event", span), evidence=told, **dated
    )


def added_events(
    text: str,
    context: ArticleContext,
    proposals: list[Proposal],
    model: EventModel | None = None,
) -> list[Proposal]:
    """The events the model finds in sentences no event or agreement proposal cites (none when no model is
    shipped); an event needs two parties."""
    model = model if model is not None else None if _RULES_ONLY.get() else shipped_model()
    if model is None:
        return []
    sentences = split_sentences(text)
    added = []
    for index, row, words_ in candidates(sentences, context, proposals):
        if model.probability(row, words_) >= model.threshold:
            event = event_from(sentences[index], context, proposals)
            if len(event.parties) >= 2:
                added.append(event)
    return added
