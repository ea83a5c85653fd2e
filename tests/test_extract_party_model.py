"""The learned decision on article parties: features on invented articles (en, fr, ru), the model file, training's
determinism, and the drop rule (a state carried only in a crowded list dropped, the two sides kept)."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation.party_train import Record, choose_threshold, model_from

from partnerlens.cooperation.extract import article_context, extract_text
from partnerlens.cooperation.extract.party_model import (
    FEATURES,
    MODEL_PATH,
    PartyModel,
    drop_parties,
    party_features,
    prune,
    shipped_model,
)
from partnerlens.cooperation.models import Evidence, Proposal

DAY = dt.date(2024, 3, 5)

# Kenya and China are the sides; Uganda is named once, in a list of three, late in the article.
ARTICLES = {
    "en": "Kenya and China signed three agreements in Nairobi on 4 March 2024. Trade between Kenya and China reached "
    "$5 billion in 2023. Kenya, China and Uganda signed a memorandum on transport.",
    "fr": "Le Kenya et la Chine ont signé trois accords à Nairobi le 4 mars 2024. Les échanges entre le Kenya et la "
    "Chine ont atteint 5 milliards de dollars en 2023. Le Kenya, la Chine et l'Ouganda ont signé un mémorandum sur "
    "les transports.",
    "ru": "Кения и Китай подписали три соглашения в Найроби 4 марта 2024 года. Товарооборот между Кенией и Китаем "
    "достиг 5 млрд долларов в 2023 году. Кения, Китай и Уганда подписали меморандум о транспорте.",
}


def _read(language: str):
    text = ARTICLES[language]
    proposals = extract_text(text, language=language, published=DAY)
    return article_context(text, language, published=DAY), proposals


# A model that keeps a party unless it only ever appears in lists of three or more and is named late.
CROWDED = PartyModel(
    ("only_crowded", "first_position", "two_sides"), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (-4.0, -2.0, 3.0), 2.0, 0.5
)


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_features_tell_a_side_from_a_state_in_a_crowded_list(language):
    context, proposals = _read(language)
    rows = party_features(context, proposals)
    assert set(rows) == {"KEN", "CHN", "UGA"}
    for code in ("KEN", "CHN"):
        assert rows[code]["two_sides"] == 1.0 and rows[code]["only_crowded"] == 0.0
        assert rows[code]["in_lead"] == 1.0 and rows[code]["in_focus"] == 1.0
        assert rows[code]["in_agreement"] == 1.0 and rows[code]["in_claim"] == 1.0
    uganda = rows["UGA"]
    assert uganda["only_crowded"] == 1.0 and uganda["two_sides"] == 0.0
    assert uganda["in_lead"] == 0.0 and uganda["in_focus"] == 0.0 and uganda["in_claim"] == 0.0
    assert uganda["first_position"] > 0.5
    assert uganda["share_proposals"] < rows["KEN"]["share_proposals"]
    assert all(set(row) == set(FEATURES) for row in rows.values())


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_the_drop_rule_drops_the_passing_state_and_keeps_the_sides(language):
    context, proposals = _read(language)
    assert "UGA" in {c for p in proposals for c in p.parties}
    kept = prune(context, proposals, CROWDED)
    assert len(kept) == len(proposals)  # proposals stay; only the party goes
    assert {c for p in kept for c in p.parties} == {"KEN", "CHN"}
    assert all(p.parties for p in kept)


def _proposal(parties: list[str], kind: str = "event") -> Proposal:
    return Proposal(kind=kind, parties=parties, evidence=Evidence(text="x", start=0, end=1))


def test_group_and_member_features():
    context, _ = _read("en")
    proposals = [_proposal(["KEN", "africa"]), _proposal(["KEN", "CHN"])]
    rows = party_features(context, proposals)
    assert rows["africa"]["is_group"] == 1.0 and rows["africa"]["group_with_member"] == 1.0
    assert rows["KEN"]["member_with_group"] == 1.0 and rows["CHN"]["member_with_group"] == 0.0


def test_drop_parties_leaves_other_proposals_untouched():
    proposals = [_proposal(["KEN", "CHN"]), _proposal(["KEN", "CHN", "UGA"], "agreement")]
    kept = drop_parties(proposals, {"UGA"})
    assert kept[0] is proposals[0] and kept[1].parties == ["KEN", "CHN"]
    assert drop_parties(proposals, set()) is proposals


def test_model_round_trips_through_its_file_text():
    again = PartyModel.from_json(CROWDED.to_json())
    assert again.to_json() == CROWDED.to_json()
    assert again.probability({"only_crowded": 1.0, "first_position": 0.8, "two_sides": 0.0}) < 0.5
    with pytest.raises(ValueError):
        PartyModel.from_json(CROWDED.to_json().replace("two_sides", "no_such_feature"))


def test_shipped_model_loads_when_present():
    model = shipped_model()
    if not MODEL_PATH.exists():
        assert model is None
        return
    assert model is not None and set(model.names) <= set(FEATURES)
    assert 0.0 <= model.threshold < 1.0


def _tiny_records() -> list[Record]:
    """An invented label set: three batches, sides with many proposals, passing states with few and crowded."""
    records = []
    for batch in (1, 2, 3):
        for article in range(4):
            side = {f: 0.0 for f in FEATURES}
            side.update(log_proposals=2.0 + article % 2, two_sides=1.0, in_lead=1.0, first_position=0.05 * batch)
            passing = {f: 0.0 for f in FEATURES}
            passing.update(log_proposals=0.7, only_crowded=1.0, first_position=0.6 + 0.05 * article)
            odd = dict(side, first_position=0.9) if article == 3 else dict(passing, in_lead=1.0)
            label = {"id": f"b{batch}a{article}", "batch": batch, "language": "en", "parties": ["AAA", "BBB"]}
            rows = {"AAA": side, "BBB": odd, "CCC": passing}
            records.append(Record(label, [], rows, 0, {"AAA": True, "BBB": True, "CCC": False}))
    return records


def test_training_is_deterministic_on_a_tiny_invented_label_set():
    first = model_from(_tiny_records(), FEATURES, choose_threshold(_tiny_records(), FEATURES))
    second = model_from(_tiny_records(), FEATURES, choose_threshold(_tiny_records(), FEATURES))
    assert first.to_json() == second.to_json()
    passing = _tiny_records()[0].rows["CCC"]
    side = _tiny_records()[0].rows["AAA"]
    assert first.probability(passing) < first.probability(side)


def test_the_training_script_writes_the_same_file_twice(tmp_path, capsys):
    import pickle

    from evaluation.party_train import main

    cache = tmp_path / "tune.pkl"
    cache.write_bytes(pickle.dumps(_tiny_records()))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["--cache", str(cache), "--write", "--out", str(first)]) == 0
    assert main(["--cache", str(cache), "--write", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert PartyModel.from_json(first.read_text(encoding="utf-8")).names == FEATURES
    assert "leave-one-batch-out" in capsys.readouterr().out
