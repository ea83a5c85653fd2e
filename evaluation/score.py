"""Scoring extraction against hand labels: what counts as found, as right, and how it is summed.

(Over 400 lines on purpose: the rule for every field is read together, since
each field's definition of "found" and "right" leans on the same matching.)

Pure functions: a label (the dict of one ``evaluation/labels/<id>.yaml``) and
the proposals extraction made for that article (``Proposal`` objects or plain
dicts with the same fields) in, counts out. Nothing here reads files or runs
the extractor, so the rules can be tested on invented labels.

**Matching.** A labelled event, agreement, trade figure or KPI carries
``anchors``: fragments of the sentences that report it. A proposal *matches*
an item when its evidence sentence (or one of its ``also`` sentences) contains
an anchor, case-insensitively. Items and proposals pair one to one: each
proposal is used for at most one item, the best-fitting candidate first (events
and trade figures by date and parties, or metric and year; agreements by how many
of date, parties, count, instrument and status agree, then by shared sectors, so
that several agreements told in one sentence pair by what they say, not by the
order they were read in).

**Fields.** For every field we count ``gold`` (labelled facts), ``hit``
(labelled facts read right: the numerator of recall), ``pred`` (facts the
extractor asserted) and ``good`` (asserted facts that are right: the numerator
of precision).

- ``parties``, ``sectors``: the article's set (labels) against the union over
  all proposals (for ``sectors``: their ``sectors`` and ``areas``, the article's
  areas kept on its first figure when it tells no event or agreement).
  ``parties`` precision is the issue's "party precision".
- ``people``: labelled people against the distinct names in proposals; a name
  matches when one of its words shares its first five letters with the
  labelled surname (so Russian case endings still match).
- ``events``: a labelled event is found when an ``event`` proposal matches it.
  Precision: event proposals that match a labelled event or agreement.
- ``event_status`` / ``event_date`` / ``event_parties``: on found events, the
  proposal's status equals the label's; its date printed at its own precision
  equals the labelled date (``2025-01`` is not ``2025-01-01``); its party set
  equals the labelled one. Recall counts labelled values (missed events are
  misses); precision counts the values proposals give, and a date given for an
  event the label leaves undated is wrong.
- ``agreements``: found by an ``agreement`` proposal, or an ``event`` proposal
  whose type names an agreement or a signing. ``agreement_count``,
  ``agreement_status``, ``agreement_date`` as for events; ``agreement_sectors``
  counts sector ids on found agreements.
- ``trade_value``: a labelled trade figure is found when a ``claim`` proposal
  matches its anchor and its value agrees within 1% (USD figures against
  ``value_usd``; percentages, ranks and other currencies against ``value``; a
  figure in another currency also counts when the claim says that currency and
  converted it; ``equivalents`` listed in the label count as the same figure).
  Precision: claims that are such a figure.
- ``trade_year`` / ``trade_parties`` / ``trade_metric``: on found figures, the
  year equals the label's (a year given where the label has none is wrong),
  the party set equals the label's, the metric equals the label's.
- ``kpis``: a labelled target is found by a ``kpi`` proposal (or a claim typed
  ``target``) that matches an anchor with the value within 1%.

A trade figure is **read fully right** when value (within 1%), year, parties
and metric are all right. **Field recall** and **field precision** overall are
sums over all fields (micro-averages), per language and for the whole split.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FIELDS = (
    "parties",
    "sectors",
    "people",
    "events",
    "event_status",
    "event_date",
    "event_parties",
    "agreements",
    "agreement_count",
    "agreement_status",
    "agreement_date",
    "agreement_sectors",
    "trade_value",
    "trade_year",
    "trade_parties",
    "trade_metric",
    "kpis",
)
TOLERANCE = 0.01
_AGREEMENT_EVENT_WORDS = ("agreement", "signing", "memorandum", "treaty", "protocol")


@dataclass
class Counts:
    """Recall = hit / gold; precision = good / pred (None when there is nothing to divide by)."""

    gold: int = 0
    hit: int = 0
    pred: int = 0
    good: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.hit += other.hit
        self.pred += other.pred
        self.good += other.good

    @property
    def recall(self) -> float | None:
        return self.hit / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.good / self.pred if self.pred else None


@dataclass
class ArticleScore:
    """Counts per field for one article, and its trade figures read fully right."""

    id: str
    language: str
    fields: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    trade_full: int = 0
    trade_total: int = 0


def as_dict(proposal) -> dict:
    """A proposal as plain data (pydantic models, dataclasses with ``model_dump`` or dicts)."""
    if isinstance(proposal, dict):
        return proposal
    return proposal.model_dump(mode="python")


def _texts(proposal: dict) -> list[str]:
    texts = [(proposal.get("evidence") or {}).get("text", "")]
    texts += [item.get("text", "") for item in proposal.get("also") or []]
    return [text.casefold() for text in texts]


def anchored(proposal: dict, anchors: list[str]) -> bool:
    """Whether one of the proposal's evidence sentences contains one of the anchors."""
    texts = _texts(proposal)
    return any(anchor.casefold() in text for anchor in anchors for text in texts)


def date_label(value, precision: str | None) -> str | None:
    """A date as the label writes it: YYYY-MM-DD, YYYY-MM or YYYY by precision."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return value.isoformat()[: {"year": 4, "month": 7}.get(precision or "day", 10)]


def close(a: float | None, b: float | None, tolerance: float = TOLERANCE) -> bool:
    if a is None or b is None:
        return False
    if b == 0:
        return a == 0
    return abs(a - b) <= tolerance * abs(b)


def value_matches(figure: dict, claim: dict) -> bool:
    """Whether a claim's value is the labelled figure (or one of its labelled equivalents)."""
    for value, currency, unit in _figure_values(figure):
        if unit != "money":
            if claim.get("value_usd") is None and close(claim.get("value"), value):
                return True
        elif currency == "USD":
            if close(claim.get("value_usd"), value):
                return True
        elif (
            close(claim.get("value"), value)
            and (claim.get("unit") in (None, currency))
            or _claim_currency(claim) == currency
            and claim.get("value_usd") is not None
        ):
            return True
    return False


def _figure_values(figure: dict) -> list[tuple[float | None, str | None, str]]:
    values = [(figure.get("value"), figure.get("currency"), figure.get("unit") or "money")]
    values += [(item["value"], item.get("currency"), "money") for item in figure.get("equivalents") or []]
    return values


def _claim_currency(claim: dict) -> str | None:
    reading = claim.get("reading") or {}
    return reading.get("currency") or claim.get("unit")


def _same_set(a, b) -> bool:
    return set(a or []) == set(b or [])


def _name_key(word: str) -> str:
    return word.casefold().strip(".,")[:5]


def person_matches(gold_name: str, predicted_name: str) -> bool:
    """Whether a predicted name is the labelled person: a word shares the surname's first five letters."""
    surname = _name_key(gold_name.split()[-1])
    return any(_name_key(word) == surname for word in predicted_name.split())


def _set_counts(gold: set, predicted: set) -> Counts:
    both = len(gold & predicted)
    return Counts(gold=len(gold), hit=both, pred=len(predicted), good=both)


def _pair(items: list[dict], candidates: list[dict], fits, rank) -> list[tuple[dict, dict | None]]:
    """Each item with at most one candidate that ``fits``: best-ranked pairs first, each candidate used once."""
    options = [
        (rank(item, c), -i, -j, i, j) for i, item in enumerate(items) for j, c in enumerate(candidates) if fits(item, c)
    ]
    chosen: dict[int, int] = {}
    for *_, i, j in sorted(options, reverse=True):
        if i not in chosen and j not in chosen.values():
            chosen[i] = j
    return [(item, candidates[chosen[i]] if i in chosen else None) for i, item in enumerate(items)]


def _attribute(counts: Counts, pairs, gold_value, predicted_value, right) -> None:
    """Recall over labelled values; precision over values the matched proposals give."""
    for item, proposal in pairs:
        expected = gold_value(item)
        given = predicted_value(proposal) if proposal is not None else None
        ok = proposal is not None and right(expected, given, item, proposal)
        if expected is not None:
            counts.gold += 1
            counts.hit += ok
        if proposal is not None and given is not None:
            counts.pred += 1
            counts.good += ok


def _equal(expected, given, _item, _proposal) -> bool:
    return expected == given


def _event_like(proposal: dict) -> bool:
    return proposal.get("kind") == "event"


def _agreement_like(proposal: dict) -> bool:
    if proposal.get("kind") == "agreement":
        return True
    kind_type = (proposal.get("type") or "").casefold()
    return proposal.get("kind") == "event" and any(word in kind_type for word in _AGREEMENT_EVENT_WORDS)


def _dated_rank(item: dict, proposal: dict) -> tuple:
    given = date_label(proposal.get("date"), proposal.get("date_precision"))
    return (given == item.get("date"), _same_set(proposal.get("parties"), item.get("parties")))


def _agreement_rank(item: dict, proposal: dict) -> tuple:
    """How well an agreement proposal fits a labelled one: how many of date, parties, count, instrument and status
    agree, then how much their sectors overlap — so several agreements told in one sentence pair by what they say."""
    date_right, parties_right = _dated_rank(item, proposal)
    agreeing = (
        date_right
        + parties_right
        + sum(
            item.get(key) is not None and item.get(key) == proposal.get(key)
            for key in ("count", "instrument", "status")
        )
    )
    return (agreeing, len(set(item.get("sectors") or []) & set(proposal.get("sectors") or [])))


def score_article(label: dict, proposals: list) -> ArticleScore:
    """Counts for every field of one article (see the module docstring for the rules)."""
    found = [as_dict(p) for p in proposals]
    score = ArticleScore(id=label["id"], language=label["language"])
    f = score.fields
    f["parties"] = _set_counts(set(label.get("parties") or []), {p for x in found for p in x.get("parties") or []})
    areas = {s for x in found for s in [*(x.get("sectors") or []), *(x.get("areas") or [])]}  # an article's areas
    f["sectors"] = _set_counts(set(label.get("sectors") or []), areas)
    _score_people(f["people"], label.get("people") or [], found)
    _score_events(f, label, found)
    _score_agreements(f, label, found)
    _score_trade(score, label, found)
    _score_kpis(f["kpis"], label.get("kpis") or [], found)
    return score


def _score_people(counts: Counts, people: list[dict], found: list[dict]) -> None:
    names = sorted({person["name"] for x in found for person in x.get("people") or [] if person.get("name")})
    counts.gold = len(people)
    counts.hit = sum(any(person_matches(p["name"], name) for name in names) for p in people)
    counts.pred = len(names)
    counts.good = sum(any(person_matches(p["name"], name) for p in people) for name in names)


def _fits(item: dict, proposal: dict) -> bool:
    return anchored(proposal, item.get("anchors") or [])


def _score_events(f: dict[str, Counts], label: dict, found: list[dict]) -> None:
    events, agreements = label.get("events") or [], label.get("agreements") or []
    candidates = [x for x in found if _event_like(x) and not _agreement_like(x)]
    candidates += [
        x for x in found if _event_like(x) and _agreement_like(x) and not any(_fits(a, x) for a in agreements)
    ]
    pairs = _pair(events, candidates, _fits, _dated_rank)
    every_event = [x for x in found if _event_like(x)]
    f["events"] = Counts(
        gold=len(events),
        hit=sum(p is not None for _, p in pairs),
        pred=len(every_event),
        good=sum(any(_fits(item, x) for item in events + agreements) for x in every_event),
    )
    _dated_fields(f, "event", pairs)
    _attribute(
        f["event_parties"],
        pairs,
        lambda i: i.get("parties") or None,
        lambda p: p.get("parties") or None,
        lambda e, g, i, p: _same_set(e, g),
    )


def _dated_fields(f: dict[str, Counts], prefix: str, pairs) -> None:
    _attribute(f[f"{prefix}_status"], pairs, lambda i: i.get("status"), lambda p: p.get("status"), _equal)
    for item, proposal in pairs:  # dates: a date given where the label has none is wrong
        expected = item.get("date")
        given = date_label(proposal.get("date"), proposal.get("date_precision")) if proposal is not None else None
        ok = given is not None and given == expected
        f[f"{prefix}_date"].gold += expected is not None
        f[f"{prefix}_date"].hit += ok
        f[f"{prefix}_date"].pred += given is not None
        f[f"{prefix}_date"].good += ok


def _score_agreements(f: dict[str, Counts], label: dict, found: list[dict]) -> None:
    agreements = label.get("agreements") or []
    candidates = [x for x in found if _agreement_like(x)]
    pairs = _pair(agreements, candidates, _fits, _agreement_rank)
    proper = [x for x in found if x.get("kind") == "agreement"]
    f["agreements"] = Counts(
        gold=len(agreements),
        hit=sum(p is not None for _, p in pairs),
        pred=len(proper),
        good=sum(any(_fits(item, x) for item in agreements + (label.get("events") or [])) for x in proper),
    )
    _dated_fields(f, "agreement", pairs)
    _attribute(f["agreement_count"], pairs, lambda i: i.get("count"), lambda p: p.get("count"), _equal)
    for item, proposal in pairs:
        gold, given = set(item.get("sectors") or []), set((proposal or {}).get("sectors") or [])
        f["agreement_sectors"].add(_set_counts(gold, given))


def trade_claims(found: list[dict]) -> list[dict]:
    """The proposals scored as trade figures: claims that are no target."""
    return [x for x in found if x.get("kind") == "claim" and (x.get("type") or "trade") != "target"]


def trade_fits(item: dict, claim: dict) -> bool:
    """A claim is a labelled figure's when an anchor is in its evidence and its value is the figure's."""
    return _fits(item, claim) and value_matches(item, claim)


def trade_pairs(figures: list[dict], claims: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each labelled figure with its claim, those agreeing on metric, then year, paired first."""
    rank = lambda item, claim: (claim.get("metric") == item.get("metric"), claim.get("year") == item.get("year"))  # noqa: E731
    return _pair(figures, claims, trade_fits, rank)


def _score_trade(score: ArticleScore, label: dict, found: list[dict]) -> None:
    f, figures = score.fields, label.get("trade") or []
    claims = trade_claims(found)
    fits = trade_fits
    pairs = trade_pairs(figures, claims)
    f["trade_value"] = Counts(
        gold=len(figures),
        hit=sum(p is not None for _, p in pairs),
        pred=len(claims),
        good=sum(any(fits(item, c) for item in figures) for c in claims),
    )
    for item, claim in pairs:  # a year where the label has none is wrong
        expected, given = item.get("year"), (claim or {}).get("year")
        ok = claim is not None and given == expected
        f["trade_year"].gold += 1
        f["trade_year"].hit += ok
        f["trade_year"].pred += claim is not None and (given is not None or expected is None)
        f["trade_year"].good += ok
    _attribute(
        f["trade_parties"],
        pairs,
        lambda i: i.get("parties") or None,
        lambda c: c.get("parties") or None,
        lambda e, g, i, c: _same_set(e, g),
    )
    _attribute(f["trade_metric"], pairs, lambda i: i.get("metric"), lambda c: c.get("metric"), _equal)
    score.trade_total = len(figures)
    score.trade_full = sum(
        claim is not None
        and claim.get("year") == item.get("year")
        and _same_set(claim.get("parties"), item.get("parties"))
        and claim.get("metric") == item.get("metric")
        for item, claim in pairs
    )


def _score_kpis(counts: Counts, kpis: list[dict], found: list[dict]) -> None:
    targets = [x for x in found if x.get("kind") == "kpi" or (x.get("kind") == "claim" and x.get("type") == "target")]

    def fits(item: dict, proposal: dict) -> bool:
        return _fits(item, proposal) and (
            close(proposal.get("value"), item["value"]) or close(proposal.get("value_usd"), item["value"])
        )

    pairs = _pair(kpis, targets, fits, lambda item, proposal: 0)
    counts.gold, counts.hit = len(kpis), sum(p is not None for _, p in pairs)
    counts.pred, counts.good = len(targets), sum(any(fits(item, t) for item in kpis) for t in targets)


def summarise(scores: list[ArticleScore]) -> dict:
    """Per language and overall: counts per field, micro-averaged field recall/precision, trade figures fully right."""
    groups: dict[str, list[ArticleScore]] = {}
    for item in scores:
        groups.setdefault(item.language, []).append(item)
    groups = dict(sorted(groups.items()))
    groups["overall"] = list(scores)
    return {name: _group(members) for name, members in groups.items()}


def _group(members: list[ArticleScore]) -> dict:
    fields = {name: Counts() for name in FIELDS}
    total = Counts()
    for member in members:
        for name, counts in member.fields.items():
            fields[name].add(counts)
            total.add(counts)
    return {
        "articles": len(members),
        "fields": {name: _numbers(counts) for name, counts in fields.items()},
        "field_recall": total.recall,
        "field_precision": total.precision,
        "party_precision": fields["parties"].precision,
        "trade_fully_right": sum(m.trade_full for m in members),
        "trade_figures": sum(m.trade_total for m in members),
    }


def _numbers(counts: Counts) -> dict:
    return {
        "gold": counts.gold,
        "hit": counts.hit,
        "pred": counts.pred,
        "good": counts.good,
        "recall": counts.recall,
        "precision": counts.precision,
    }
