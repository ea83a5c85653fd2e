"""The learned detector of events the rules missed: cues and stems on invented sentences (en, fr, ru), the model
file, which sentences are candidates, the events it adds (status, parties, date), and that it adds none without a
model or inside ``rules_only``."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerlens.cooperation.extract import article_context, split_sentences
from partnerlens.cooperation.extract.event_model import (
    CUES,
    EventModel,
    added_events,
    candidates,
    cues,
    rules_only,
    stems,
)
from partnerlens.cooperation.models import Evidence, Proposal

DAY = dt.date(2024, 3, 5)

# Sentence 1 tells a meeting in words no rule is asked to know here; sentence 2 a trade figure; sentence 3 names a
# third state in passing.
ARTICLES = {
    "en": "Kenya and China agreed to deepen ties. The foreign ministers of Kenya and China held talks in Nairobi on "
    "4 March 2024. Trade between Kenya and China reached $5 billion in 2023. Uganda was not mentioned by either side.",
    "fr": "Le Kenya et la Chine veulent approfondir leurs liens. Les ministres des Affaires étrangères du Kenya et de "
    "la Chine ont mené des pourparlers à Nairobi le 4 mars 2024. Les échanges entre le Kenya et la Chine ont atteint "
    "5 milliards de dollars en 2023. L'Ouganda n'a été cité par aucune des deux parties.",
    "ru": "Кения и Китай намерены углублять связи. Министры иностранных дел Кении и Китая провели переговоры в "
    "Найроби 4 марта 2024 года. Товарооборот между Кенией и Китаем достиг 5 млрд долларов в 2023 году. Уганда не "
    "упоминалась ни одной из сторон.",
}
TALKS = {"en": "talks", "fr": "pourp", "ru": "перег"}  # the stem of each language's word for talks


def _context(language: str):
    text = ARTICLES[language]
    return text, split_sentences(text), article_context(text, language, published=DAY)


def _model(language: str, threshold: float = 0.5) -> EventModel:
    """A model that finds an event in any sentence with the word for talks, and in no other."""
    zeros = tuple(0.0 for _ in CUES)
    return EventModel(CUES, zeros, tuple(1.0 for _ in CUES), zeros, -4.0, threshold, {TALKS[language]: 8.0})


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_cues_tell_a_meeting_sentence_from_a_trade_sentence(language):
    text, sentences, context = _context(language)
    meeting = cues(sentences[1], context, set(), 1)
    trade = cues(sentences[2], context, set(), 2)
    assert set(meeting) == set(CUES)
    assert meeting["states_2"] == 1.0 and meeting["day"] == 1.0 and meeting["money"] == 0.0
    assert trade["money"] == 1.0 and trade["day"] == 0.0
    assert meeting["lead"] == 0.0 and cues(sentences[0], context, set(), 0)["lead"] == 1.0
    assert cues(sentences[2], context, {1}, 2)["event_before"] == 1.0
    assert TALKS[language] in stems(sentences[1].text)


def test_stems_are_the_first_five_letters_lower_cased():
    assert stems("Переговоры, VISITED 2024 a") == {"перег", "visit"}


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_cited_sentence_is_no_candidate(language):
    text, sentences, context = _context(language)
    cited = Proposal(
        kind="event",
        type="talks",
        parties=["KEN", "CHN"],
        evidence=Evidence(text=sentences[1].text, start=sentences[1].start, end=sentences[1].end),
    )
    assert 1 in [i for i, _, _ in candidates(sentences, context, [])]
    assert 1 not in [i for i, _, _ in candidates(sentences, context, [cited])]


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_the_model_adds_the_event_it_finds_with_the_pair_and_the_day(language):
    text, sentences, context = _context(language)
    added = added_events(text, context, [], model=_model(language))
    assert len(added) == 1
    event = added[0]
    assert event.evidence.text == sentences[1].text and event.kind == "event"
    assert set(event.parties) == {"KEN", "CHN"}
    assert event.status == "held"
    assert (event.date, event.date_precision) == (dt.date(2024, 3, 4), "day")
    assert added_events(text, context, [], model=_model(language, threshold=0.99)) == []


def test_a_planned_meeting_is_added_as_planned():
    text = (
        "Kenya and China agreed to deepen ties. The ministers of Kenya and China will hold talks in Nairobi next week."
    )
    context = article_context(text, "en", published=DAY)
    (event,) = added_events(text, context, [], model=_model("en"))
    assert event.status == "planned"


def test_a_detected_sentence_brings_no_new_party():
    text = "Kenya and China agreed to deepen ties. Kenya and Uganda held talks in Kampala."
    context = article_context(text, "en", published=DAY)
    (event,) = added_events(text, context, [], model=_model("en"))
    assert "UGA" not in event.parties and set(event.parties) == {"KEN", "CHN"}


def test_model_file_round_trip_and_unknown_cues():
    model = _model("ru")
    again = EventModel.from_json(model.to_json())
    assert again == model and again.to_json() == model.to_json()
    with pytest.raises(ValueError, match="unknown cues"):
        EventModel.from_json(model.to_json().replace('"quote"', '"weather"'))


def test_rules_only_adds_nothing_even_with_a_shipped_model(monkeypatch):
    from partnerlens.cooperation.extract import event_model

    monkeypatch.setattr(event_model, "shipped_model", lambda: _model("en"))
    text, sentences, context = _context("en")
    assert len(added_events(text, context, [])) == 1
    with rules_only():
        assert added_events(text, context, []) == []
    assert len(added_events(text, context, [])) == 1


def test_without_a_model_nothing_is_added(monkeypatch):
    from partnerlens.cooperation.extract import event_model

    monkeypatch.setattr(event_model, "shipped_model", lambda: None)
    text, sentences, context = _context("en")
    assert added_events(text, context, []) == []


SIGNINGS = {
    "en": ("Kenya and China want closer ties. Kenya and China put their names to a memorandum on energy.", "memor"),
    "fr": (
        "Le Kenya et la Chine veulent des liens plus étroits. Le Kenya et la Chine ont paraphé un mémorandum sur "
        "l'énergie.",
        "mémor",
    ),
    "ru": (
        "Кения и Китай хотят более тесных связей. Кения и Китай скрепили подписями меморандум об энергетике.",
        "мемор",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_sentence_with_an_instrument_and_no_event_word_gives_an_agreement(language):
    text, stem = SIGNINGS[language]
    zeros = tuple(0.0 for _ in CUES)
    model = EventModel(CUES, zeros, tuple(1.0 for _ in CUES), zeros, -4.0, 0.5, {stem: 8.0})
    (found,) = added_events(text, article_context(text, language, published=DAY), [], model=model)
    assert (
        found.kind == "agreement"
        and found.type == "agreement_signing"
        and found.instrument == "memorandum_of_understanding"
    )
    assert set(found.parties) == {"KEN", "CHN"} and found.status == "signed"
    assert "energy" in found.sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's President did not meet Ugandan President Museveni on the sidelines of the summit.", "en"),
        ("If the President of Gabon visits Kazakhstan, trade could grow.", "en"),
        ("Le président kényan n'a pas rencontré son homologue ougandais lors du sommet.", "fr"),
        ("Президент Кении не встретился с президентом Уганды на полях саммита.", "ru"),
        ("Если президент Габона посетит Казахстан, товарооборот мог бы вырасти.", "ru"),
    ],
)
def test_what_the_rules_ruled_out_is_no_candidate(text, language):
    sentences = split_sentences(text)
    context = article_context(text, language, published=DAY)
    assert candidates(sentences, context, []) == []
    assert added_events(text, context, [], model=_model(language)) == []


@pytest.mark.parametrize(
    "text, language, back",
    [
        ("It will be part of the story that began with this visit.", "en", 1.0),
        ("Kenya and China held talks in Nairobi.", "en", 0.0),
        ("Cette visite a ouvert une nouvelle page.", "fr", 1.0),
        ("Этот визит открыл новую страницу.", "ru", 1.0),
        ("Президенты провели переговоры в Найроби.", "ru", 0.0),
    ],
)
def test_refers_back_marks_an_event_word_after_a_demonstrative(text, language, back):
    sentences = split_sentences(text)
    context = article_context(text, language, published=DAY)
    assert cues(sentences[0], context, set(), 0)["refers_back"] == back


def test_the_shipped_model_loads_and_its_file_is_in_canonical_form():
    from partnerlens.cooperation.extract.event_model import MODEL_PATH, shipped_model

    model = shipped_model()
    assert model is not None and set(model.names) <= set(CUES) and 0.0 < model.threshold <= 1.0
    assert model.to_json() == MODEL_PATH.read_text(encoding="utf-8")  # what evaluation/event_train.py writes
