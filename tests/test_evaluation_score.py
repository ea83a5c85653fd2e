"""The evaluation scorer (evaluation/score.py) on invented labels and proposals, and the label files' shape.

No real article is needed: every label and proposal here is made up, so the
tests run in a clone with nothing beside it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.__main__ import main, reader_bytes, run  # noqa: E402
from evaluation.labels import LABELS_DIR, assign_splits, load_labels  # noqa: E402
from evaluation.misses import misses_text, trade_misses  # noqa: E402
from evaluation.score import (  # noqa: E402
    close,
    date_label,
    person_matches,
    score_article,
    summarise,
    value_matches,
)

from partnerlens.cooperation.models import EVENT_STATUSES, INSTRUMENTS, Evidence, Person, Proposal  # noqa: E402

TEXT = (
    "Zarovia and Quelmar signed three agreements on energy on 4 March 2025. "
    "Trade between Zarovia and Quelmar reached 274 million US dollars in 2024. "
    "The two presidents will meet in Astana in January 2026."
)


def evidence(fragment: str) -> Evidence:
    start = TEXT.index(fragment)
    return Evidence(text=fragment, start=start, end=start + len(fragment))


SENT_AGREE = "Zarovia and Quelmar signed three agreements on energy on 4 March 2025."
SENT_TRADE = "Trade between Zarovia and Quelmar reached 274 million US dollars in 2024."
SENT_MEET = "The two presidents will meet in Astana in January 2026."

LABEL = {
    "id": "xx01-invented",
    "language": "en",
    "parties": ["KAZ", "RWA"],
    "sectors": ["energy", "trade"],
    "events": [
        {
            "type": "meeting",
            "status": "planned",
            "date": "2026-01",
            "parties": ["KAZ", "RWA"],
            "anchors": ["will meet in Astana"],
        }
    ],
    "agreements": [
        {
            "count": 3,
            "instrument": "agreement",
            "sectors": ["energy"],
            "status": "signed",
            "date": "2025-03-04",
            "parties": ["KAZ", "RWA"],
            "anchors": ["signed three agreements"],
        }
    ],
    "trade": [
        {
            "anchors": ["reached 274 million"],
            "metric": "total",
            "flow": "total",
            "value": 274e6,
            "unit": "money",
            "currency": "USD",
            "year": 2024,
            "parties": ["RWA", "KAZ"],
            "qualifier": None,
            "from_context": [],
        }
    ],
    "kpis": [],
    "people": [{"name": "Murat Nurtleu", "role": "Deputy Prime Minister", "party": "KAZ"}],
}


def perfect() -> list[Proposal]:
    return [
        Proposal(
            kind="event",
            type="meeting",
            status="planned",
            parties=["RWA", "KAZ"],
            date=date(2026, 1, 1),
            date_precision="month",
            evidence=evidence(SENT_MEET),
            people=[Person(name="Murat Nurtleu", party="KAZ")],
        ),
        Proposal(
            kind="agreement",
            type="agreement",
            count=3,
            status="signed",
            instrument="agreement",
            sectors=["energy"],
            parties=["KAZ", "RWA"],
            date=date(2025, 3, 4),
            date_precision="day",
            evidence=evidence(SENT_AGREE),
        ),
        Proposal(
            kind="claim",
            type="trade",
            metric="total",
            flow="total",
            value_usd=274e6,
            value=274e6,
            unit="USD",
            year=2024,
            parties=["RWA", "KAZ"],
            sectors=["trade"],
            evidence=evidence(SENT_TRADE),
        ),
    ]


def test_perfect_proposals_score_one_everywhere():
    score = score_article(LABEL, perfect())
    for name, counts in score.fields.items():
        if counts.gold:
            assert counts.recall == 1.0, name
        if counts.pred:
            assert counts.precision == 1.0, name
    assert (score.trade_full, score.trade_total) == (1, 1)
    overall = summarise([score])["overall"]
    assert overall["field_recall"] == 1.0 and overall["field_precision"] == 1.0


def test_no_proposals_recall_zero_and_precision_undefined():
    score = score_article(LABEL, [])
    assert score.fields["events"].recall == 0.0
    assert score.fields["events"].precision is None
    assert score.fields["trade_year"].recall == 0.0
    assert (score.trade_full, score.trade_total) == (0, 1)


def test_the_article_areas_of_a_figure_count_among_the_article_sectors():
    """``sectors`` reads every proposal's sectors and areas (a trade-only article keeps its areas on its figure)."""
    proposals = perfect()
    proposals[1] = proposals[1].model_copy(update={"sectors": []})
    proposals[2] = proposals[2].model_copy(update={"sectors": [], "areas": ["trade", "energy", "tourism"]})
    counts = score_article(LABEL, proposals).fields["sectors"]
    assert (counts.gold, counts.hit, counts.pred, counts.good) == (2, 2, 3, 2)


def test_currency_word_read_as_a_party_lowers_party_precision_and_spoils_the_figure():
    proposals = perfect()
    proposals[2] = proposals[2].model_copy(update={"parties": ["RWA", "KAZ", "USA"]})
    score = score_article(LABEL, proposals)
    assert score.fields["parties"].precision == pytest.approx(2 / 3)
    assert score.fields["parties"].recall == 1.0
    assert score.fields["trade_parties"].hit == 0
    assert score.trade_full == 0
    assert score.fields["trade_value"].hit == 1  # the value itself was read right


def test_date_precision_is_part_of_the_date():
    proposals = perfect()
    proposals[0] = proposals[0].model_copy(update={"date_precision": "day"})  # 2026-01-01 is not 2026-01
    score = score_article(LABEL, proposals)
    assert score.fields["event_date"].hit == 0 and score.fields["event_date"].good == 0
    assert date_label(date(2026, 1, 1), "month") == "2026-01"
    assert date_label("2015-06-03", "year") == "2015"


def test_planned_event_recorded_as_held_is_a_status_error():
    proposals = perfect()
    proposals[0] = proposals[0].model_copy(update={"status": "held"})
    score = score_article(LABEL, proposals)
    assert score.fields["events"].hit == 1
    assert score.fields["event_status"].hit == 0 and score.fields["event_status"].pred == 1


def test_a_date_invented_for_an_undated_event_counts_against_precision():
    label = {**LABEL, "events": [{**LABEL["events"][0], "date": None}]}
    score = score_article(label, perfect())
    assert score.fields["event_date"].gold == 0
    assert score.fields["event_date"].pred == 1 and score.fields["event_date"].good == 0


def test_trade_value_within_one_percent():
    figure = LABEL["trade"][0]
    assert value_matches(figure, {"value_usd": 275e6})  # 0.4% off
    assert not value_matches(figure, {"value_usd": 280e6})  # 2.2% off
    assert not value_matches({**figure, "unit": "percent", "currency": None, "value": 20}, {"value_usd": 20.0})
    assert close(100.0, 100.9) and not close(100.0, 98.9)


def test_year_given_where_the_label_has_none_is_wrong():
    label = {**LABEL, "trade": [{**LABEL["trade"][0], "year": None}]}
    score = score_article(label, perfect())
    assert score.fields["trade_year"].hit == 0 and score.fields["trade_year"].pred == 1
    assert score.trade_full == 0


def test_growth_read_as_share_is_a_metric_error():
    proposals = perfect()
    proposals[2] = proposals[2].model_copy(update={"metric": "share"})
    score = score_article(LABEL, proposals)
    assert score.fields["trade_metric"].hit == 0 and score.trade_full == 0


def test_other_currencies_and_labelled_equivalents():
    figure = {
        "value": 27.1e9,
        "unit": "money",
        "currency": "MAD",
        "equivalents": [{"value": 2.79e9, "currency": "USD"}],
    }
    assert value_matches(figure, {"value": 27.1e9, "unit": "MAD"})
    assert value_matches(figure, {"value": 27.1e9, "unit": "MAD", "value_usd": 2.7e9, "reading": {"currency": "MAD"}})
    assert value_matches(figure, {"value_usd": 2.79e9, "value": 2.79e9, "unit": "USD"})
    assert not value_matches(figure, {"value": 27.1e9, "unit": "EUR"})


def test_misses_list_figures_not_fully_right_and_claims_that_paired_with_none():
    proposals = perfect()
    proposals[2] = proposals[2].model_copy(update={"year": 2023})
    stray = proposals[2].model_copy(update={"value": 9e9, "value_usd": 9e9, "year": 2024})
    misses = trade_misses(LABEL, [*proposals, stray])
    assert [m["wrong"] for m in misses] == [["year"], ["precision"]]
    assert misses[0]["gold"]["year"] == 2024 and misses[0]["read"]["year"] == 2023
    assert misses[0]["read"]["evidence"] == SENT_TRADE and misses[1]["gold"] is None
    assert trade_misses(LABEL, perfect()) == []
    assert [m["wrong"] for m in trade_misses(LABEL, proposals[:2])] == [["found"]]
    text = misses_text(
        [{"id": "xx01", "language": "en", "trade_fully_right": 0, "trade_figures": 1, "trade_misses": misses}]
    )
    assert "wrong: year" in text and "year=2023" in text and "read: -" not in text.split("precision")[0]


def test_misses_refuse_the_test_half(capsys):
    assert main(["--split", "test", "--misses", "--offline"]) == 2
    assert "dev half only" in capsys.readouterr().err
    with pytest.raises(ValueError):
        run("test", offline=True, misses=True)


def test_one_proposal_matches_one_item_only():
    twin = {
        "type": "summit",
        "status": "held",
        "parties": ["RUS", "africa"],
        "anchors": ["summits held in 2019 and 2023"],
    }
    text = "The two Russia-Africa summits held in 2019 and 2023 gave impetus."
    label = {
        "id": "xx02",
        "language": "ru",
        "parties": ["RUS", "africa"],
        "sectors": [],
        "events": [{**twin, "date": "2019"}, {**twin, "date": "2023"}],
        "agreements": [],
        "trade": [],
        "kpis": [],
        "people": [],
    }
    one = Proposal(
        kind="event",
        type="summit",
        status="held",
        parties=["RUS", "africa"],
        date=date(2023, 1, 1),
        date_precision="year",
        evidence=Evidence(text=text, start=0, end=len(text)),
    )
    score = score_article(label, [one])
    assert score.fields["events"].hit == 1 and score.fields["events"].gold == 2
    assert score.fields["event_date"].hit == 1  # paired with the 2023 summit, the one whose date fits


def test_agreements_told_in_one_sentence_pair_by_what_they_say():
    text = "They signed a memorandum on energy and two agreements on transport and customs."
    sentence = Evidence(text=text, start=0, end=len(text))
    anchor = {"anchors": ["signed a memorandum on energy"], "status": "signed", "date": None, "parties": ["KAZ", "RWA"]}
    label = {
        **LABEL,
        "events": [],
        "trade": [],
        "people": [],
        "agreements": [
            {**anchor, "count": 1, "instrument": "memorandum", "sectors": ["energy"]},
            {**anchor, "count": 2, "instrument": "agreement", "sectors": ["transport", "customs"]},
        ],
    }
    common = {"kind": "agreement", "status": "signed", "parties": ["KAZ", "RWA"], "evidence": sentence}
    # listed in the other order than the labels: each must still pair with the agreement it describes
    proposals = [
        Proposal(**common, type="agreement", count=2, instrument="agreement", sectors=["transport", "customs"]),
        Proposal(**common, type="memorandum", count=1, instrument="memorandum", sectors=["energy"]),
    ]
    score = score_article(label, proposals)
    assert score.fields["agreement_count"].hit == 2
    assert score.fields["agreement_sectors"].hit == 3 and score.fields["agreement_sectors"].gold == 3


def test_people_match_across_case_endings_and_title_fragments_lower_precision():
    assert person_matches("Эммерсон Мнангагва", "Эммерсона Мнангагвы")
    assert not person_matches("Murat Nurtleu", "Minister of Foreign Affairs")
    proposals = perfect()
    proposals[1] = proposals[1].model_copy(
        update={"people": [Person(name="Minister of Foreign Affairs, African Cooperation")]}
    )
    score = score_article(LABEL, proposals)
    assert score.fields["people"].recall == 1.0 and score.fields["people"].precision == 0.5


def test_agreement_signing_event_counts_for_the_agreement_not_against_events():
    signing = Proposal(
        kind="event",
        type="agreement_signing",
        count=3,
        status="signed",
        parties=["KAZ", "RWA"],
        evidence=evidence(SENT_AGREE),
    )
    score = score_article(LABEL, [signing])
    assert score.fields["agreements"].hit == 1
    assert score.fields["agreement_count"].hit == 1
    assert score.fields["events"].pred == 1 and score.fields["events"].good == 1
    assert score.fields["events"].hit == 0  # the planned meeting is still missed


def test_summary_is_per_language_and_micro_averaged():
    a = score_article(LABEL, perfect())
    b = score_article({**LABEL, "id": "xx03", "language": "fr"}, [])
    summary = summarise([a, b])
    assert set(summary) == {"en", "fr", "overall"}
    assert summary["en"]["field_recall"] == 1.0 and summary["fr"]["field_recall"] == 0.0
    assert summary["overall"]["field_recall"] == pytest.approx(0.5)
    assert summary["overall"]["trade_fully_right"] == 1 and summary["overall"]["trade_figures"] == 2


def test_split_is_stratified_deterministic_and_alternating():
    languages = {f"{lang}{i:02d}": lang for lang in ("en", "fr", "ru") for i in range(7)} | {"pt01": "pt", "pt02": "pt"}
    splits = assign_splits(languages)
    assert splits == assign_splits(dict(reversed(list(languages.items()))))
    for lang in ("en", "fr", "ru", "pt"):
        halves = [splits[i] for i in languages if languages[i] == lang]
        assert set(halves) == {"dev", "test"}
        assert halves.count("dev") - halves.count("test") in (0, 1)


def test_a_new_batch_never_moves_an_earlier_article_between_halves():
    first = {f"fr{i:02d}": "fr" for i in range(9)}
    before = assign_splits(first)
    second = first | {f"fr-new{i:02d}": "fr" for i in range(5)}
    after = assign_splits(second, {f"fr-new{i:02d}": 2 for i in range(5)})
    assert {i: after[i] for i in first} == before
    new = [after[f"fr-new{i:02d}"] for i in range(5)]
    assert new.count("dev") == 3 and new.count("test") == 2
    # without batches the same ids would be re-dealt across both groups
    assert assign_splits(second) != after


def test_batches_from_fourteen_on_are_development_only_and_leave_the_test_half_alone():
    first = {f"fr{i:02d}": "fr" for i in range(9)} | {f"ru{i:02d}": "ru" for i in range(4)}
    batches = {i: 13 for i in first}
    before = assign_splits(first, batches)
    later = {f"fr-late{i:02d}": "fr" for i in range(5)} | {"ru-late": "ru"}
    after = assign_splits(first | later, batches | {i: 14 + n % 2 for n, i in enumerate(later)})
    assert {i: after[i] for i in first} == before
    assert {after[i] for i in later} == {"dev"}
    assert "test" in before.values()


def test_batches_from_forty_three_on_are_test_only_and_leave_earlier_halves_alone():
    first = {f"fr{i:02d}": "fr" for i in range(9)} | {f"ru{i:02d}": "ru" for i in range(3)}
    batches = {i: (13 if i.startswith("fr") else 42) for i in first}
    before = assign_splits(first, batches)
    fresh = {f"fr-fresh{i:02d}": "fr" for i in range(5)} | {"ru-fresh": "ru"}
    after = assign_splits(first | fresh, batches | {i: 43 + n % 2 for n, i in enumerate(fresh)})
    assert {i: after[i] for i in first} == before
    assert {after[i] for i in fresh} == {"test"}
    assert {before[i] for i in first if i.startswith("ru")} == {"dev"}


def test_batches_from_fifty_three_on_are_development_only_again_and_leave_the_test_only_ones_alone():
    first = {f"fr{i:02d}": "fr" for i in range(4)} | {f"ru{i:02d}": "ru" for i in range(3)}
    batches = {i: (45 if i.startswith("fr") else 52) for i in first}
    before = assign_splits(first, batches)
    fresh = {f"fr-again{i:02d}": "fr" for i in range(5)} | {"ru-again": "ru"}
    after = assign_splits(first | fresh, batches | {i: 53 + n % 2 for n, i in enumerate(fresh)})
    assert {i: after[i] for i in first} == before == {i: "test" for i in first}
    assert {after[i] for i in fresh} == {"dev"}


def test_reader_bytes_drops_only_our_language_header():
    stored = "Title: T\nSource: https://example.org/a\nLanguage: fr\n\nLes échanges ont atteint 5 millions.\nLanguage: kept in body\n"
    assert (
        reader_bytes(stored.encode()).decode()
        == "Title: T\nSource: https://example.org/a\n\nLes échanges ont atteint 5 millions.\nLanguage: kept in body\n"
    )


SECTORS = {
    item["id"]
    for item in yaml.safe_load((ROOT / "src/partnerlens/reference/data/sectors.yaml").read_text(encoding="utf-8"))
}
REQUIRED = (
    "id",
    "url",
    "language",
    "title",
    "publisher",
    "published",
    "licence",
    "licence_basis",
    "text_sha256",
    "split",
    "parties",
    "events",
    "agreements",
    "sectors",
    "trade",
    "kpis",
    "people",
)


def test_label_files_are_complete_and_use_the_vocabularies():
    labels = load_labels(LABELS_DIR)
    assert len(labels) >= 34
    splits = assign_splits(
        {label["id"]: label["language"] for label in labels}, {label["id"]: label.get("batch", 1) for label in labels}
    )
    for label in labels:
        assert all(key in label for key in REQUIRED), label["id"]
        assert label["split"] == splits[label["id"]], label["id"]
        assert len(label["text_sha256"]) == 64
        assert set(label["sectors"]) <= SECTORS, label["id"]
        for event in label["events"]:
            assert event["status"] in EVENT_STATUSES and event["anchors"], label["id"]
        for agreement in label["agreements"]:
            assert agreement["instrument"] in INSTRUMENTS and set(agreement["sectors"]) <= SECTORS, label["id"]
        for person in label["people"]:
            # an unquoted comma in a flow mapping silently makes a stray key
            assert set(person) <= {"name", "role", "party", "note"}, (label["id"], person)
        for figure in label["trade"]:
            assert figure["metric"] in {"total", "exports", "imports", "growth", "share", "rank", "balance"}, label[
                "id"
            ]
            assert figure["anchors"] and figure["value"] is not None, label["id"]
    counts = {lang: sum(label["language"] == lang for label in labels) for lang in ("fr", "ru", "pt", "es", "en")}
    assert counts["fr"] >= 9 and counts["ru"] >= 9 and counts["pt"] >= 3 and counts["es"] >= 1


def test_texts_in_the_repository_match_their_labels_and_score_offline():
    """Articles whose licence lets their text live in ``evaluation/texts`` reproduce anywhere: same bytes, a score."""
    from evaluation.__main__ import load_article
    from evaluation.labels import REPO_TEXTS_DIR, sha256_bytes

    from partnerlens.cooperation.extract import extract

    stored = [label for label in load_labels(LABELS_DIR) if label.get("text_stored") == "repo"]
    assert stored, "no open-licence text in the repository"
    for label in stored:
        path = REPO_TEXTS_DIR / f"{label['id']}.txt"
        assert sha256_bytes(path.read_bytes()) == label["text_sha256"], label["id"]
        warnings: list[str] = []
        article = load_article(label, True, warnings)
        assert article is not None and not warnings, (label["id"], warnings)
        score = score_article(label, extract(article))
        assert score.id == label["id"] and score.fields["parties"].gold == len(label["parties"])
