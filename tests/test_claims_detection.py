"""Precision and recall of claim detection on the corpus, against the hand labels in _claim_labels.

A detected claim matches a label when the label's figure lies inside the
claim's sentence and the values agree; each label matches at most one claim.
A matched claim is *read correctly* when metric, parties, year, sector,
qualifier and (for growth and shares) flow are right as well.
Run ``python tests/test_claims_detection.py`` to print the figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest

from _claim_labels import CORPUS_FILES, LABELS, Label
from partnerlens.claims.model import Claim
from partnerlens.claims.resolve import claims_from_proposals, trade_query
from partnerlens.claims.verdict import qualifier_kind
from partnerlens.cooperation.article import read_article
from partnerlens.cooperation.extract import extract, extract_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason="the shared corpus (../shared/corpus) is not beside the repository; tests/test_examples.py covers this on examples/",
)


def _anchor_start(text: str, label: Label) -> int:
    position = -1
    for _ in range(label.occurrence):
        position = text.index(label.anchor, position + 1)
    return position


def _flow(claim: Claim) -> str | None:
    return trade_query(claim, 2024).flow if claim.metric in ("growth", "share") else None


def _read_correctly(claim: Claim, label: Label) -> bool:
    parties_ok = label.parties <= set(claim.parties) if label.is_count else set(claim.parties) == label.parties
    return (
        claim.metric == label.metric
        and parties_ok
        and claim.year == label.year
        and claim.sector == label.sector
        and qualifier_kind(claim.qualifier) == label.qualifier
        and (label.flow is None or _flow(claim) == label.flow)
    )


@dataclass
class Score:
    detected: int = 0
    labelled: int = 0
    matched: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.detected if self.detected else math.nan

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else math.nan


def score() -> dict[str, Score]:
    """Scores for trade claims, count claims and all claims over the five articles."""
    scores = {"trade": Score(), "count": Score(), "all": Score()}
    for name in CORPUS_FILES:
        article = read_article(str(CORPUS / name))
        claims = claims_from_proposals(extract(article))
        labels = [label for label in LABELS if label.article == name]
        unmatched = list(claims)
        for label in labels:
            kind = "count" if label.is_count else "trade"
            start = _anchor_start(article.text, label)
            match = next(
                (
                    c
                    for c in unmatched
                    if c.start <= start < c.end
                    and (c.metric == "count") == label.is_count
                    and c.value is not None
                    and math.isclose(c.value, label.value, rel_tol=1e-9)
                ),
                None,
            )
            for key in (kind, "all"):
                scores[key].labelled += 1
                if match is not None:
                    scores[key].matched += 1
                    scores[key].correct += _read_correctly(match, label)
            if match is not None:
                unmatched.remove(match)
        for claim in claims:
            for key in ("count" if claim.metric == "count" else "trade", "all"):
                scores[key].detected += 1
    return scores


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    if not CORPUS.is_dir():
        pytest.skip(
            "the shared corpus (../shared/corpus) is not beside the repository; tests/test_examples.py covers this on examples/"
        )
    return score()


@needs_corpus
def test_labels_point_at_text_in_the_corpus():
    for label in LABELS:
        text = read_article(str(CORPUS / label.article)).text
        assert _anchor_start(text, label) >= 0


def test_trade_claims_are_found_with_high_precision_and_recall(scores):
    trade = scores["trade"]
    assert trade.labelled == 6
    assert trade.precision >= 0.9
    assert trade.recall >= 0.8
    assert trade.correct >= 0.8 * trade.matched


def test_registry_counts_are_found(scores):
    counts = scores["count"]
    assert counts.precision >= 0.75
    assert counts.recall >= 0.5


@pytest.mark.parametrize(
    "text, flow",
    [
        ("Tea made up 12% of Rwanda's exports to Kenya in 2023.", "exports"),
        ("Fuel was 20 percent of Rwanda's imports in 2023.", "imports"),
        ("Trade between Rwanda and Kenya rose by 8% in 2023.", "total"),
        ("Rwanda's exports to Kenya fell 5% in 2023.", "exports"),
    ],
)
def test_growth_and_share_claims_say_which_flow(text, flow):
    (claim,) = [p for p in extract_text(text) if p.kind == "claim"]
    assert claim.flow == flow


@pytest.mark.parametrize(
    "text, year, base_year",
    [
        ("Trade between Kazakhstan and African countries increased by 15% in 2024.", 2024, None),
        ("In 2024 trade between Rwanda and Kenya was up 40% on 2023.", 2024, 2023),
        ("Rwanda's exports to Kenya grew 50% between 2020 and 2024.", 2024, 2020),
    ],
)
def test_growth_claims_name_their_years(text, year, base_year):
    (claim,) = [p for p in extract_text(text) if p.kind == "claim"]
    assert (claim.metric, claim.year, claim.base_year) == ("growth", year, base_year)


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Kenya took 65% of Rwanda's exports in 2022.", ["RWA", "KEN"]),
        ("Kazakhstan's trade with African countries hit $783 million in 2024.", ["KAZ", "africa"]),
        ("Uganda sold goods worth $3 million to Rwanda, 4% of Rwanda's total imports.", ["RWA", "UGA"]),
    ],
)
def test_the_party_whose_flow_it_is_comes_first(text, parties):
    claims = [p for p in extract_text(text) if p.kind == "claim"]
    assert claims and all(claim.parties == parties for claim in claims)


@pytest.mark.parametrize(
    "text, parties, flow, rank",
    [
        ("In 2023, Kazakhstan was Rwanda's third-largest export market.", ["RWA", "KAZ"], "exports", 3),
        ("China was the largest trading partner of Kenya in 2022.", ["KEN", "CHN"], "total", 1),
        ("Germany is Rwanda's 2nd biggest buyer of coffee.", ["RWA", "DEU"], "exports", 2),
        ("Kenya remained Uganda's leading supplier in 2021.", ["UGA", "KEN"], "imports", 1),
        # a state it is compared with is no candidate partner: Kenya is the subject
        ("Kenya remains Rwanda's main supplier, ahead of Tanzania.", ["RWA", "KEN"], "imports", 1),
    ],
)
def test_rank_claims_are_read_with_the_ranking_party_first(text, parties, flow, rank):
    (claim,) = [p for p in extract_text(text) if p.kind == "claim"]
    assert (claim.metric, claim.parties, claim.flow, claim.value, claim.unit) == ("rank", parties, flow, rank, "rank")


@pytest.mark.parametrize(
    "text",
    [
        "Uganda is one of Rwanda's largest partners.",  # plural: no rank stated
        "Rwanda is a top global producer of tin.",  # not about trade partners
    ],
)
def test_no_rank_is_read_where_none_is_stated(text):
    assert not [p for p in extract_text(text) if p.kind == "claim" and p.metric == "rank"]


if __name__ == "__main__":
    for key, s in score().items():
        print(
            f"{key:5}  labelled {s.labelled:2}  detected {s.detected:2}  matched {s.matched:2}  "
            f"precision {s.precision:.2f}  recall {s.recall:.2f}  read correctly {s.correct}/{s.matched}"
        )
