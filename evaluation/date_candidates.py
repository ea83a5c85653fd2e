"""Candidate dates for an agreement or event, for a learned choice among them (:mod:`evaluation.date_train`): the
rules' date, none, a date written in its sentence (or a relative one: "on Tuesday", "hier", "вчера") or in another
sentence that tells it, the publication date, the dateline's day, the day of the article's one held event, the date
written last before its sentence, and the article's first date.

The rules (``extract/event_dates.py``, ``extract/agreement_dates.py``) pick one date; a model here scores every
candidate at once with features that read no words: where the candidate comes from, its precision, whether it lies
after the publication date or years before it, and the proposal's kind and status (:func:`features`). The rules'
date is replaced only when another candidate scores above it by the model's ``margin`` (:func:`choose`).

Measured by leave-one-batch-out CV (docs/news.md, "Evaluation on unseen articles") the choice gains nothing held
out, so extraction does not apply it: this module is the evaluation's, standard library only, so that a later hook
in extraction can read the same candidates and features. Inputs are plain data (the article's ``view``: text, date
mentions, publication, dateline, from :func:`view`; proposals as ``model_dump(mode="json")`` dicts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SOURCES = ("rule", "none", "sentence", "relative", "also", "published", "dateline", "occasion", "previous", "first")
GROUPS = ("agreement_signed", "agreement_other", "event_held", "event_planned", "event_other")
_PAIRED = ("rule", "none", "sentence", "published", "dateline", "occasion", "previous", "after")


@dataclass(frozen=True)
class Candidate:
    """A date as the label writes it (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``; None for no date) and where it comes from."""

    value: str | None
    sources: frozenset[str]


def label_of(value: str | date | None, precision: str | None) -> str | None:
    """A date at its precision: ``2025-03-05``, ``2025-03`` or ``2025``."""
    if value is None:
        return None
    return str(value)[: {"year": 4, "month": 7}.get(precision or "day", 10)]


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _span(text: str, evidence: dict) -> tuple[int, int] | None:
    """Where an evidence sentence is in the text (its offsets, else where its words are found)."""
    start, end = evidence.get("start"), evidence.get("end")
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == evidence.get("text"):
        return start, end
    found = text.find(evidence.get("text") or "\0")
    return (found, found + len(evidence["text"])) if found >= 0 else None


def _occasion(proposals: list[dict]) -> str | None:
    """The date of the article's held events when they all share one (the visit or talks the article reports)."""
    held = {
        label_of(p.get("date"), p.get("date_precision"))
        for p in proposals
        if p.get("kind") == "event" and p.get("status") == "held"
    }
    return next(iter(held)) if len(held) == 1 and None not in held else None


def candidates(proposal: dict, proposals: list[dict], view: dict) -> list[Candidate]:
    """Every candidate date of ``proposal`` with its sources, the rules' first."""
    text, dated = view["text"], [d for d in view["dates"] if d.get("value")]
    found: dict[str | None, set[str]] = {}

    def add(value: str | None, source: str) -> None:
        found.setdefault(value, set()).add(source)

    add(label_of(proposal.get("date"), proposal.get("date_precision")), "rule")
    add(None, "none")
    span = _span(text, proposal["evidence"])
    for mention in dated:
        value = label_of(mention["value"], mention["precision"])
        if span and span[0] <= mention["start"] and mention["end"] <= span[1]:
            add(value, "relative" if mention.get("relative") else "sentence")
    for evidence in proposal.get("also") or []:
        other = _span(text, evidence)
        for mention in dated:
            if other and other[0] <= mention["start"] and mention["end"] <= other[1]:
                add(label_of(mention["value"], mention["precision"]), "also")
    if view.get("publication"):
        add(label_of(*view["publication"]), "published")
    if view.get("dateline"):
        add(label_of(view["dateline"], "day"), "dateline")
    occasion = _occasion(proposals)
    if occasion is not None:
        add(occasion, "occasion")
    body = [m for m in dated if m["start"] >= (view.get("dateline_end") or 0)]
    if span:
        before = [m for m in body if m["end"] <= span[0]]
        if before:
            add(label_of(before[-1]["value"], before[-1]["precision"]), "previous")
    if body:
        add(label_of(body[0]["value"], body[0]["precision"]), "first")
    return [Candidate(value, frozenset(sources)) for value, sources in found.items()]


def group(proposal: dict) -> str:
    """The proposal's kind and status, as the model tells them apart."""
    kind, status = proposal.get("kind"), proposal.get("status")
    if kind == "agreement":
        return "agreement_signed" if status == "signed" else "agreement_other"
    return {"held": "event_held", "planned": "event_planned"}.get(status or "", "event_other")


def feature_names() -> list[str]:
    names = [f"src:{s}" for s in SOURCES] + ["prec:day", "prec:month", "prec:year", "after", "years_before", "alone"]
    names += [f"{g}*{s}" for g in GROUPS for s in _PAIRED]
    names += [f"rule_none*{s}" for s in _PAIRED[1:]]
    names += [f"rule*{s}" for s in (*SOURCES[2:], "after", "coarse", "alone")] + ["coarse*relative", "coarse*published"]
    return names


def features(candidate: Candidate, proposal: dict, view: dict) -> dict[str, float]:
    """The candidate's features: its sources, precision and place in time, each also by the proposal's group."""
    out = {f"src:{s}": 1.0 for s in candidate.sources}
    value = candidate.value
    after = False
    if value is not None:
        out[f"prec:{('year', 'month', 'day')[value.count('-')]}"] = 1.0
        publication = view.get("publication")
        if publication:
            published = date.fromisoformat(publication[0])
            after = _first_day(value) > published
            out["after"] = float(after)
            out["years_before"] = float(min(max(published.year - int(value[:4]), 0), 5))
    out["alone"] = float(len(candidate.sources) == 1)
    tags = set(candidate.sources) | ({"after"} if after else set())
    coarse = bool(view.get("publication")) and view["publication"][1] != "day"
    tags |= {"coarse"} if coarse else set()
    if "rule" in candidate.sources:
        out |= {f"rule*{s}": 1.0 for s in tags if s not in ("rule", "none")}
        out["rule*alone"] = out["alone"]
    for source in ("relative", "published"):
        if coarse and source in candidate.sources:
            out[f"coarse*{source}"] = 1.0
    kind = group(proposal)
    rule_none = proposal.get("date") is None
    for source in _PAIRED:
        if source in tags:
            out[f"{kind}*{source}"] = 1.0
            if rule_none and source != "rule":
                out[f"rule_none*{source}"] = 1.0
    return out


def vector(named: dict[str, float], names: list[str]) -> list[float]:
    return [named.get(n, 0.0) for n in names]


def score(named: dict[str, float], model: dict) -> float:
    return model["bias"] + sum(w * named.get(n, 0.0) for n, w in zip(model["features"], model["weights"], strict=True))


def choose(proposal: dict, proposals: list[dict], view: dict, model: dict) -> str | None:
    """The date label the model picks for ``proposal``: the best-scoring candidate when it beats the rules' by the
    model's margin, else the rules' date."""
    options = candidates(proposal, proposals, view)
    scored = [(score(features(c, proposal, view), model), c) for c in options]
    rules = next(s for s, c in scored if "rule" in c.sources)
    best_score, best = max(scored, key=lambda sc: (sc[0], "rule" in sc[1].sources))
    if "rule" in best.sources or best_score - rules <= model["margin"]:
        return label_of(proposal.get("date"), proposal.get("date_precision"))
    return best.value


def view(context) -> dict:
    """What the choice reads of an :class:`~.context.ArticleContext`, as plain data."""
    publication = context.publication
    return {
        "text": context.text,
        "dates": [
            {
                "start": d.start,
                "end": d.end,
                "value": str(d.value) if d.value else None,
                "precision": d.precision,
                "relative": d.relative,
            }
            for d in context.dates
        ],
        "publication": [str(publication[0]), publication[1]] if publication else None,
        "dateline": str(context.dateline) if context.dateline else None,
        "dateline_end": context.dateline_end,
    }
