"""The candidate dates of an agreement or event and the learned choice among them (evaluation/date_candidates.py,
evaluation/date_train.py), on invented articles in English, French and Russian."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from evaluation import date_candidates as C
from evaluation import date_train as T

from partnerlens.cooperation.extract import article_context, extract_text

PUBLISHED = date(2021, 3, 5)
ARTICLES = {
    "en": "Kenya and Uzbekistan held talks in Nairobi on 3 March 2021.\n"
    "The two countries also signed a memorandum on agriculture.",
    "fr": "Le Kenya et l'Ouzbékistan ont tenu des entretiens à Nairobi le 3 mars 2021.\n"
    "Les deux pays ont également signé un mémorandum sur l'agriculture.",
    "ru": "Кения и Узбекистан провели переговоры в Найроби 3 марта 2021 года.\n"
    "Стороны также подписали меморандум о сельском хозяйстве.",
}


def _read(language: str) -> tuple[list[dict], dict]:
    text = ARTICLES[language]
    proposals = extract_text(text, language=language, published=PUBLISHED)
    view = C.view(article_context(text, language, published=PUBLISHED))
    return [p.model_dump(mode="json") for p in proposals], view


def _model(**weights: float) -> dict:
    names = C.feature_names()
    return {"features": names, "weights": [weights.get(n, 0.0) for n in names], "bias": 0.0, "margin": 0.0}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_candidates_name_their_sources(language: str) -> None:
    proposals, view = _read(language)
    talks = next(p for p in proposals if p["kind"] == "event")
    found = {c.value: c.sources for c in C.candidates(talks, proposals, view)}
    assert {"rule", "sentence", "first"} <= found["2021-03-03"]  # the talks' own date, the article's first
    assert found["2021-03-05"] == {"published"}
    assert found[None] == {"none"}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_weight_flips_the_choice(language: str) -> None:
    """The signing told after the dated talks keeps the rules' date (the talks' day) under a model with no
    weights, and takes the publication day under one that prefers it for signings."""
    proposals, view = _read(language)
    signing = next(p for p in proposals if p["kind"] == "agreement")
    assert C.choose(signing, proposals, view, _model()) == "2021-03-03"
    assert C.choose(signing, proposals, view, _model(**{"agreement_signed*published": 3.0})) == "2021-03-05"
    # the margin keeps the rules' date when the other candidate is not better by that much
    assert C.choose(signing, proposals, view, _model(**{"agreement_signed*published": 3.0}) | {"margin": 5.0}) == (
        "2021-03-03"
    )


def test_features_read_time_and_precision() -> None:
    view = {"text": "", "dates": [], "publication": ["2021-03-05", "day"], "dateline": None}
    planned = {"kind": "event", "status": "planned", "date": None}
    ahead = C.features(C.Candidate("2021-04", frozenset({"sentence"})), planned, view)
    assert ahead["after"] == 1.0 and ahead["prec:month"] == 1.0 and ahead["event_planned*after"] == 1.0
    assert ahead["rule_none*sentence"] == 1.0
    old = C.features(C.Candidate("2014", frozenset({"previous"})), planned, view)
    assert old["years_before"] == 5.0 and old["after"] == 0.0 and old["prec:year"] == 1.0


def _example(batch: int, gold: str | None, rule: str | None, source: str = "today") -> T.Example:
    """A signing whose rules gave ``rule``; its candidates: the rules', none and the publication day."""
    view = {"text": "", "dates": [], "publication": ["2021-03-05", "day"], "dateline": None}
    proposal = {"kind": "agreement", "status": "signed", "date": rule, "date_precision": "day" if rule else None}
    options = [
        C.Candidate(rule, frozenset({"rule", "none"} if rule is None else {"rule"})),
        C.Candidate("2021-03-05", frozenset({"published"})),
    ]
    if rule is not None:
        options.append(C.Candidate(None, frozenset({"none"})))
    rows = np.array([C.vector(C.features(c, proposal, view), C.feature_names()) for c in options])
    return T.Example(batch, "en", source, f"a{batch}", gold, rule, [c.value for c in options], rows)


def test_fit_learns_a_held_out_gain_and_writes_the_same_bytes(tmp_path) -> None:
    """Undated signings that are of the publication day, in every batch: held out, the model dates them."""
    data = [_example(b, "2021-03-05", None, s) for b in (1, 2, 3) for s in ("today", "unseen") for _ in range(3)]
    data += [_example(b, "2021-03-01", "2021-03-01", s) for b in (1, 2, 3) for s in ("today", "unseen")]
    result = T.cross_validate(data, inner=False)
    for source in ("today", "unseen"):
        assert result["table"][source]["rules"]["right"] == 3
        assert result["table"][source]["model"]["right"] == 12
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    T.write(data, first)
    T.write(data, second)
    assert first.read_bytes() == second.read_bytes()
