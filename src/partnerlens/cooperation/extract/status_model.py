"""A learned decision on whether an event or agreement is still to come: features of a proposal and a logistic model.

The rules (:func:`.events.status`, :func:`.status.agreement_status`, the merge of several sentences) give every
event a status (planned or held) and every agreement one (announced, signed, ratified, in force). This module reads,
for a finished event or agreement proposal, the cues a reader weighs to tell what is to come from what happened,
and a logistic model stored as plain coefficients (``data/status_model.json``: features, their mean and scale,
coefficients, intercept, threshold) gives the probability that it is still to come:

* language-independent: the rules' own status, the kind, the proposal's date against the publication date (after,
  the same day, before, none), how many sentences tell it, whether the first of them opens the text;
* tense cues read by the language files (``data/lang/<lang>.yaml`` through :mod:`.tense` and :mod:`.status`, no
  word in this module): a verb in the future by its form (:func:`.tense.future`), in the past
  (:func:`.tense.past`), words that put it ahead (``to_come``), ``planned`` / ``planned_after`` / ``announced``
  words, a reported future, a signing verb in a done form, the agreement status the sentence's verbs give — for the
  first sentence, and as the share of all the proposal's sentences.

:func:`decide` flips a proposal's status only when the model disagrees with the rules at a probability beyond the
model's threshold (``threshold`` 1.0 flips nothing): to come → ``planned`` (event) or ``announced`` (agreement);
done → ``held`` or ``signed``. The model is trained and measured by leave-one-batch-out cross-validation with
``evaluation/status_train.py``, which writes the data file byte for byte; see docs/news.md "Eighteenth session,
statuses (z18status)". Extraction does **not** apply it and no data file is shipped: cross-validation gained five
statuses of 625 on the unseen-time outputs and one of 842 on today's, too little to ship a hook (the tool and the
features stay for a later session with more labels).
"""

from __future__ import annotations

import json
import math
from datetime import date
from functools import cache
from pathlib import Path

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.status import agreement_status, signing_done
from partnerlens.cooperation.extract.vocabulary import words

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "status_model.json"

AHEAD = ("planned", "announced")  # statuses of what is still to come

FEATURES = (
    "rule_ahead",  # the rules say planned / announced
    "agreement",  # an agreement (else an event)
    "date_after",  # the proposal's date is after the publication date (at the coarser precision of the two)
    "date_same",  # the same day (or month / year at that precision)
    "date_before",
    "undated",
    "sentences",  # log(1 + sentences that tell it)
    "opens",  # its first sentence opens the text
    "future",  # first sentence: a verb in the future by its form
    "past",  # first sentence: a verb in the past
    "to_come",  # first sentence: a word that puts it ahead ("tomorrow", "la semaine prochaine")
    "planned_words",  # first sentence: ``planned`` words ("will", "doit", "будет")
    "planned_after",  # first sentence: ``planned_after`` words ("is scheduled", "aura lieu", "состоится")
    "announced_words",
    "reported_future",
    "signed_done",  # first sentence: a signing verb in a done form
    "sentence_announced",  # first sentence: the agreement status its verbs give is "announced"
    "share_ahead",  # share of its sentences with a future verb, a ``planned`` or ``to_come`` word
    "share_past",  # share of its sentences with a past verb or a done signing
    "article_ahead",  # share of the article's other events and agreements the rules tell as to come
    "article_none",  # the article tells no other event or agreement
)


def _texts(proposal: dict) -> list[str]:
    first = (proposal.get("evidence") or {}).get("text") or ""
    return [first, *[item.get("text") or "" for item in proposal.get("also") or []]]


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _against(proposal: dict, published: date | None) -> str:
    """after, same, before or undated: the proposal's date against the publication date, at its own precision."""
    day = _as_date(proposal.get("date"))
    if day is None or published is None:
        return "undated"
    width = {"year": 4, "month": 7}.get(proposal.get("date_precision") or "day", 10)
    own, pub = day.isoformat()[:width], published.isoformat()[:width]
    return "after" if own > pub else "same" if own == pub else "before"


def _ahead_cue(text: str, language: str) -> bool:
    return bool(
        tense.future(text, language) or tense.to_come(text, language) or words("planned", language).search(text)
    )


def _past_cue(text: str, language: str) -> bool:
    return tense.past(text, language) or signing_done(text, language)


def features(proposal: dict, language: str, published: date | None, others: list[dict]) -> dict[str, float]:
    """The numbers of :data:`FEATURES` for one event or agreement proposal (a ``model_dump(mode="json")`` dict);
    ``others``: the article's other event and agreement proposals."""
    texts = _texts(proposal)
    first = texts[0]
    against = _against(proposal, published)
    ahead = [_ahead_cue(text, language) for text in texts]
    done = [_past_cue(text, language) for text in texts]
    return {
        "rule_ahead": float(proposal.get("status") in AHEAD),
        "agreement": float(proposal.get("kind") == "agreement"),
        "date_after": float(against == "after"),
        "date_same": float(against == "same"),
        "date_before": float(against == "before"),
        "undated": float(against == "undated"),
        "sentences": math.log1p(len(texts)),
        "opens": float(((proposal.get("evidence") or {}).get("start") or 0) == 0),
        "future": float(tense.future(first, language)),
        "past": float(tense.past(first, language)),
        "to_come": float(tense.to_come(first, language)),
        "planned_words": float(bool(words("planned", language).search(first))),
        "planned_after": float(bool(words("planned_after", language).search(first))),
        "announced_words": float(bool(words("announced", language).search(first))),
        "reported_future": float(tense.reported_future(first, language)),
        "signed_done": float(signing_done(first, language)),
        "sentence_announced": float(agreement_status(first, language) == "announced"),
        "share_ahead": sum(ahead) / len(texts),
        "share_past": sum(done) / len(texts),
        "article_ahead": sum(o.get("status") in AHEAD for o in others) / len(others) if others else 0.0,
        "article_none": float(not others),
    }


def probability(model: dict, values: dict[str, float]) -> float:
    """The model's probability that the proposal is still to come."""
    z = model["intercept"] + sum(
        coef * (values[name] - mean) / scale
        for name, mean, scale, coef in zip(model["features"], model["mean"], model["scale"], model["coef"], strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def flipped(status: str, kind: str, p: float, threshold: float) -> str:
    """The status after the model: unchanged unless the model disagrees with it at a probability ≥ ``threshold``."""
    if threshold >= 1.0:
        return status
    if status not in AHEAD and p >= threshold:
        return "announced" if kind == "agreement" else "planned"
    if status in AHEAD and 1.0 - p >= threshold:
        return "signed" if kind == "agreement" else "held"
    return status


@cache
def load_model(path: Path = MODEL_PATH) -> dict | None:
    """The shipped model, or None when the data file is absent."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def decide(proposal: dict, language: str, published: date | None, others: list[dict], model: dict) -> str:
    """The status of an event or agreement proposal after the model (see :func:`flipped`)."""
    p = probability(model, features(proposal, language, published, others))
    return flipped(proposal["status"], proposal["kind"], p, model["threshold"])
