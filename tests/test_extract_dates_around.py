"""Dates an event or agreement takes from around its sentence, or must not take from it (issue 11), on invented
sentences in English, French, Russian, Portuguese and Spanish: undated signings told after one dated to its day,
an event told after a word of sequence ("Later", "Ensuite", "Затем", "Posteriormente") and the day of the sentence
before, the day a statement was made (not the date of the event it tells of), and a weekday that opens the sentence
before a comma. Split from ``test_extract_dates_audit.py`` (the audit's classes within the sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def dated(text: str, language: str, kind: str, published: date | None = PUBLISHED, **more) -> date | None:
    """The date of the first proposal of ``kind`` read from ``text``."""
    found = [p for p in extract_text(text, language=language, published=published, today=PUBLISHED, **more)]
    return [p for p in found if p.kind == kind][0].date


# --- signings told after a dated one ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Kenya and China signed five agreements on Monday in Nairobi.\n\nA memorandum of understanding on "
            "health between Kenya and China was also signed.",
        ),
        (
            "fr",
            "Le Kenya et la Chine ont signé lundi cinq accords à Nairobi.\n\nUn mémorandum d'entente sur la santé a "
            "également été signé entre le Kenya et la Chine.",
        ),
        (
            "ru",
            "Россия и Казахстан в понедельник подписали пять соглашений в Москве.\n\nТакже был подписан меморандум "
            "о сотрудничестве в области здравоохранения между Россией и Казахстаном.",
        ),
        (
            "pt",
            "O Brasil e a China assinaram segunda-feira oito acordos.\n\nFoi ainda assinado um memorando de "
            "entendimento sobre saúde entre o Brasil e a China.",
        ),
        (
            "es",
            "Cuba y Chile firmaron el lunes seis acuerdos en La Habana.\n\nTambién se firmó un memorando de "
            "entendimiento sobre salud entre Cuba y Chile.",
        ),
    ],
)
def test_a_signing_told_after_a_dated_one_takes_its_date(language, text):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signings = [p for p in found if p.kind == "agreement"]
    assert len(signings) >= 2
    assert all(p.date == date(2025, 3, 10) for p in signings)


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Kenya and China signed five agreements on Monday in Nairobi.\n\nIn 2018, Kenya and China had signed a "
            "memorandum of understanding on health.",
        ),
        (
            "fr",
            "Le Kenya et la Chine ont signé lundi cinq accords à Nairobi.\n\nEn 2018, le Kenya et la Chine avaient "
            "signé un mémorandum d'entente sur la santé.",
        ),
        (
            "ru",
            "Россия и Казахстан в понедельник подписали пять соглашений в Москве.\n\nВ 2018 году Россия и Казахстан "
            "подписали меморандум о сотрудничестве в области здравоохранения.",
        ),
    ],
)
def test_a_signing_after_a_date_of_its_own_or_told_as_earlier_keeps_its_own(language, text):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signings = [p for p in found if p.kind == "agreement"]
    assert signings[0].date == date(2025, 3, 10)
    assert all(p.date != date(2025, 3, 10) for p in signings[1:])


# --- an event told after "later", "ensuite", "затем": the day of the sentence before ---------------------------


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "On Friday, Kenyan President William Ruto will tour the port of Mombasa.\n\nLater, Ruto will hold talks "
            "with Chinese President Xi Jinping.",
        ),
        (
            "fr",
            "Vendredi, le président kényan William Ruto visitera le port de Mombasa.\n\nEnsuite, il aura des "
            "entretiens avec le président chinois Xi Jinping.",
        ),
        (
            "ru",
            "В пятницу президент Казахстана осмотрит порт Актау.\n\nЗатем президент Казахстана проведет переговоры "
            "с президентом России.",
        ),
        (
            "pt",
            "Na sexta-feira, o presidente do Brasil visitará o porto de Maputo.\n\nPosteriormente, o presidente do "
            "Brasil reunir-se-á com o presidente de Moçambique.",
        ),
        (
            "es",
            "Este viernes, el presidente electo participará en un desayuno con empresarios.\n\nPosteriormente, el "
            "presidente de México sostendrá un encuentro privado con el presidente de Chile.",
        ),
    ],
)
def test_an_event_told_after_a_word_of_sequence_takes_the_day_of_the_sentence_before(language, text):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    later = [p for p in found if p.kind == "event" and p.evidence.text.startswith(text.split("\n\n")[1][:12])]
    assert later and all(p.date == date(2025, 3, 14) for p in later)


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Kenyan President William Ruto toured the port of Mombasa.\n\nLater, Ruto held talks with Chinese "
            "President Xi Jinping.",
        ),
        (
            "fr",
            "Le président kényan a visité le port de Mombasa.\n\nEnsuite, il a eu des entretiens avec le président "
            "chinois Xi Jinping.",
        ),
    ],
)
def test_a_word_of_sequence_after_an_undated_sentence_gives_no_date(language, text):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    assert [p.date for p in found if p.kind == "event"] and all(p.date is None for p in found if p.kind == "event")


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Kenya and China signed 15 agreements in May 2016.\n\nThe minister welcomed the agreement on visa "
            "exemption signed between Kenya and China.",
        ),
        (
            "fr",
            "Le Kenya et la Chine ont signé 15 accords en mai 2016.\n\nLe ministre s'est félicité de l'accord signé "
            "entre le Kenya et la Chine sur l'exemption de visa.",
        ),
        (
            "ru",
            "Россия и Казахстан подписали 15 соглашений в мае 2016 года.\n\nМинистр приветствовал соглашение о "
            "безвизовом режиме, подписанное между Россией и Казахстаном.",
        ),
    ],
)
def test_a_signing_dated_only_to_its_month_starts_no_run(language, text):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signings = [p for p in found if p.kind == "agreement"]
    assert signings[0].date == date(2016, 5, 1)
    assert all(p.date is None for p in signings[1:])


# --- the day a statement was made is not the date of the event it tells of --------------------------------------


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "This visit of Kenyan President William Ruto to China exemplifies our partnership, Xi Jinping said in "
            "his press statement today.",
        ),
        (
            "fr",
            "La visite du président kényan en Chine renforcera le partenariat, a annoncé mardi le ministère "
            "kényan des Affaires étrangères.",
        ),
        ("ru", "Визит президента Казахстана в Россию укрепит партнерство, сообщил во вторник МИД Казахстана."),
        (
            "pt",
            "A visita do presidente do Brasil a Moçambique reforçará a parceria, anunciou na terça-feira o ministério.",
        ),
        ("es", "La visita del presidente de Chile a Cuba reforzará la asociación, informó este martes el ministerio."),
    ],
)
def test_the_day_a_statement_was_made_does_not_date_the_event_it_tells_of(language, text):
    assert dated(text, language, "event") is None


@pytest.mark.parametrize(
    "language, text, day",
    [
        ("en", "Xi Jinping said on Tuesday that the talks with Kenyan President William Ruto were fruitful.", 11),
        ("fr", "Le ministère a annoncé mardi que le président kényan effectuera une visite en Chine vendredi.", 14),
    ],
)
def test_an_event_told_after_the_verb_of_reporting_keeps_its_date(language, text, day):
    assert dated(text, language, "event") == date(2025, 3, day)


# --- a weekday that opens the sentence, set off by a comma ---------------------------------------------------------


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "On Friday, Kenyan President William Ruto will visit China."),
        ("fr", "Vendredi, le président kényan William Ruto se rendra en Chine pour une visite d'État."),
        ("ru", "В пятницу, президент Казахстана посетит Россию с официальным визитом."),
        ("pt", "Na sexta-feira, o presidente do Brasil fará uma visita oficial a Moçambique."),
        ("es", "El viernes, el presidente de Chile realizará una visita oficial a Cuba."),
    ],
)
def test_a_weekday_opening_the_sentence_dates_the_planned_event(language, text):
    assert dated(text, language, "event") == date(2025, 3, 14)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Kenyan President William Ruto, who returned on Friday, will visit China."),
        ("fr", "Le président kényan, rentré vendredi, se rendra en Chine pour une visite d'État."),
    ],
)
def test_a_weekday_of_another_clause_does_not_date_the_planned_event(language, text):
    assert dated(text, language, "event") is None


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Kenyan President William Ruto arrived in Beijing on Monday.\n\nLater, Ruto will hold talks with "
            "Chinese President Xi Jinping.",
        ),
        (
            "fr",
            "Le président kényan William Ruto est arrivé lundi à Pékin.\n\nEnsuite, il aura des entretiens avec "
            "le président chinois Xi Jinping.",
        ),
        (
            "ru",
            "Президент Казахстана прибыл в Москву в понедельник.\n\nЗатем президент Казахстана проведет "
            "переговоры с президентом России.",
        ),
    ],
)
def test_an_event_to_come_after_a_word_of_sequence_borrows_no_day_told_in_the_past(language, text):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    later = [p for p in found if p.kind == "event" and p.status == "planned"]
    assert later and all(p.date != date(2025, 3, 10) for p in later)
