"""Dates of events and agreements as a careful reader resolves them (issue 11), audited class by class on invented
sentences in English, French, Russian, Portuguese and Spanish: a weekday or "yesterday" against the publication date
or the dateline, a full date in the sentence, the one before it or the dateline, a signing during a dated visit or on
the sidelines of a dated forum, ranges and months — and the dates that are not the event's: a figure's year, "the
first since 2015", a period's start ("since 2015"), the founding of relations, an anniversary, an earlier visit told
in passing, and the date first planned for an event that took place on another. The dates taken from around the
sentence (signings after a dated one, words of sequence, statements, a fronted weekday): ``test_extract_dates_around.py``."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def dated(text: str, language: str, kind: str, published: date | None = PUBLISHED, **more) -> date | None:
    """The date of the first proposal of ``kind`` read from ``text``."""
    found = [p for p in extract_text(text, language=language, published=published, today=PUBLISHED, **more)]
    return [p for p in found if p.kind == kind][0].date


# --- what the extractor already resolved: kept as the audit's baseline -------------------------------------------


@pytest.mark.parametrize(
    "language, text, kind, day",
    [
        ("en", "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing on Monday.", "event", 10),
        (
            "fr",
            "Le président kényan William Ruto a rencontré lundi à Pékin le président chinois Xi Jinping.",
            "event",
            10,
        ),
        (
            "ru",
            "В понедельник президент России Владимир Путин провел переговоры с президентом Казахстана.",
            "event",
            10,
        ),
        ("pt", "O presidente de Moçambique reuniu-se na segunda-feira com o presidente do Brasil.", "event", 10),
        ("es", "El presidente de Cuba se reunió el lunes con el presidente de Chile en La Habana.", "event", 10),
        ("en", "Kenya and China signed five agreements yesterday in Nairobi.", "agreement", 11),
        ("fr", "Le Maroc et la Chine ont signé hier trois accords à Rabat.", "agreement", 11),
        ("ru", "Россия и Казахстан вчера подписали соглашение о сотрудничестве в Москве.", "agreement", 11),
        ("pt", "Moçambique e Brasil assinaram ontem nove acordos em Maputo.", "agreement", 11),
        ("es", "Cuba y Chile firmaron ayer seis acuerdos en La Habana.", "agreement", 11),
        ("en", "Kenya and China signed five agreements today in Nairobi.", "agreement", 12),
        ("ru", "Россия и Казахстан сегодня подписали соглашение о сотрудничестве.", "agreement", 12),
        ("fr", "Le président marocain s'est entretenu mardi 4 mars avec le président chinois à Pékin.", "event", 4),
        ("en", "Kenyan President William Ruto will visit China on Friday.", "event", 14),
        ("ru", "В пятницу президент Казахстана посетит Россию с официальным визитом.", "event", 14),
    ],
)
def test_a_weekday_or_a_relative_day_is_resolved_against_the_publication_date(language, text, kind, day):
    assert dated(text, language, kind) == date(2025, 3, day)


def test_a_weekday_and_day_without_a_year_stays_undated_without_a_publication_date():
    text = "Le président marocain s'est entretenu mardi 8 mars avec le président chinois à Pékin."
    assert dated(text, "fr", "event", published=None) is None
    assert dated(text, "fr", "event", published=None, date_hint=(2022, None)) == date(2022, 3, 8)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "RABAT, 4 mars 2025 (MAP) - Le Maroc et la Chine ont signé lundi trois accords."),
        ("ru", "МОСКВА, 4 марта 2025. /ТАСС/. Россия и Казахстан в понедельник подписали соглашение о сотрудничестве."),
        ("es", "La Habana, 7 de marzo de 2025 (EFE).- Cuba y Chile firmaron el lunes seis acuerdos."),
        ("pt", "Maputo, 7 de março de 2025 (Lusa) - Moçambique e Brasil assinaram na segunda-feira nove acordos."),
    ],
)
def test_a_weekday_is_resolved_against_the_dateline(language, text):
    assert dated(text, language, "agreement", published=None) == date(2025, 3, 3)


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "On 4 March 2025, Kenyan President William Ruto paid an official visit to China. The two countries "
            "signed five agreements.",
        ),
        (
            "fr",
            "Le 4 mars 2025, le président kényan a effectué une visite officielle en Chine. Les deux pays ont "
            "signé cinq accords.",
        ),
        (
            "ru",
            "4 марта 2025 года президент Казахстана посетил Россию с официальным визитом. Стороны подписали пять "
            "соглашений.",
        ),
        (
            "es",
            "El 4 de marzo de 2025, el presidente de Chile realizó una visita oficial a Cuba. Los dos países "
            "firmaron seis acuerdos.",
        ),
        ("en", "Kenya and China signed five agreements on the sidelines of the forum held on 4 March 2025 in Beijing."),
        ("fr", "Le Kenya et la Chine ont signé cinq accords en marge du forum tenu le 4 mars 2025 à Pékin."),
        ("ru", "Россия и Казахстан подписали пять соглашений на полях форума, прошедшего 4 марта 2025 года в Москве."),
        (
            "pt",
            "Moçambique e Brasil assinaram nove acordos à margem do fórum realizado a 4 de março de 2025 em Maputo.",
        ),
    ],
)
def test_a_signing_takes_the_date_of_the_visit_or_forum_it_was_made_at(language, text):
    assert dated(text, language, "agreement", published=None) == date(2025, 3, 4)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Le forum Chine-Afrique s'est tenu du 16 au 18 septembre 2024 à Pékin."),
        ("ru", "Российско-казахстанский форум прошел 16-18 сентября 2024 года в Москве."),
        ("en", "Kenyan President William Ruto paid a state visit to China from 16 to 18 September 2024."),
        ("es", "El presidente de Chile realizó una visita oficial a Cuba del 16 al 18 de septiembre de 2024."),
        ("pt", "O presidente do Brasil realizou uma visita oficial a Moçambique de 16 a 18 de setembro de 2024."),
    ],
)
def test_an_event_over_a_range_of_days_is_dated_its_first_day(language, text):
    assert dated(text, language, "event", published=None) == date(2024, 9, 16)


# --- dates that are another occasion's -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, text, kind",
    [
        (
            "en",
            "Kenya and China, which established diplomatic relations in 1963, signed five agreements in Nairobi.",
            "agreement",
        ),
        (
            "fr",
            "Le Maroc et la Chine, qui ont établi leurs relations diplomatiques en 1958, ont signé trois accords à "
            "Rabat.",
            "agreement",
        ),
        (
            "ru",
            "Россия и Казахстан, установившие дипломатические отношения в 1992 году, подписали пять соглашений.",
            "agreement",
        ),
        (
            "pt",
            "Moçambique e Brasil, que celebram 50 anos de relações diplomáticas estabelecidas em 1975, assinaram "
            "nove acordos.",
            "agreement",
        ),
        (
            "en",
            "Kenyan President William Ruto visited China as the two countries mark the 60th anniversary of "
            "relations established in 1964.",
            "event",
        ),
        (
            "fr",
            "Le président kényan a effectué une visite en Chine à l'occasion du 60e anniversaire des relations "
            "établies en 1964.",
            "event",
        ),
        ("en", "Kenya and China signed five agreements, bringing the total signed since 2015 to 40.", "agreement"),
        (
            "en",
            "Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing, two years after "
            "his previous visit in 2023.",
            "event",
        ),
        (
            "fr",
            "Le président kényan a eu des entretiens avec Xi Jinping à Pékin, après sa précédente visite en 2019.",
            "event",
        ),
        (
            "es",
            "El presidente de Chile se reunió con el presidente de Cuba en La Habana, tras su anterior visita en 2019.",
            "event",
        ),
        (
            "pt",
            "O presidente do Brasil reuniu-se com o presidente de Moçambique em Maputo, após a sua anterior visita "
            "em 2019.",
            "event",
        ),
    ],
)
def test_a_year_of_another_occasion_does_not_date_the_event(language, text, kind):
    assert dated(text, language, kind) is None


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Kenyan President William Ruto paid a state visit to China, the first since 2015."),
        ("fr", "Le président kényan a effectué une visite en Chine, la première depuis 2015."),
        ("ru", "Президент Казахстана посетил Россию с визитом, первым с 2015 года."),
        ("es", "El presidente de Chile realizó una visita a Cuba, la primera desde 2015."),
        ("en", "Kenyan President William Ruto visited China, whose trade with Kenya reached $5 billion in 2023."),
    ],
)
def test_the_first_since_and_a_figure_year_do_not_date_the_event(language, text):
    assert dated(text, language, "event") is None


@pytest.mark.parametrize(
    "language, text, kind, day",
    [
        ("en", "Kenya and China established diplomatic relations in 1963.", "event", date(1963, 1, 1)),
        (
            "en",
            "Kenyan President William Ruto held talks in Beijing, two years after his previous visit in 2023.",
            "event",
            None,
        ),
    ],
)
def test_the_occasion_named_between_its_words_and_its_year_keeps_the_year(language, text, kind, day):
    found = [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == kind]
    if day is not None:
        assert found[0].date == day
    else:  # the earlier visit itself, when the extractor reads it, is of 2023
        assert all(p.date == date(2023, 1, 1) for p in found if p.type == "visit")


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "The visit, initially planned for February, took place on 4 March 2025 when Kenyan President William "
            "Ruto arrived in Beijing.",
        ),
        ("fr", "Prévue en février, la visite du président kényan en Chine a finalement eu lieu le 4 mars 2025."),
        (
            "ru",
            "Визит президента Казахстана в Россию, первоначально запланированный на февраль, состоялся 4 марта "
            "2025 года.",
        ),
        (
            "pt",
            "A visita do presidente do Brasil a Moçambique, inicialmente prevista para fevereiro, realizou-se a 4 "
            "de março de 2025.",
        ),
        (
            "es",
            "La visita del presidente de Chile a Cuba, inicialmente prevista para febrero, se realizó el 4 de marzo "
            "de 2025.",
        ),
    ],
)
def test_the_date_first_planned_gives_way_to_the_date_the_event_took_place(language, text):
    assert dated(text, language, "event", published=None) == date(2025, 3, 4)


@pytest.mark.parametrize(
    "language, text, month",
    [
        ("en", "Kenyan President William Ruto will pay a state visit to China, planned for April.", 4),
        ("fr", "La visite d'État du président kényan en Chine est prévue pour avril.", 4),
    ],
)
def test_a_planned_date_alone_is_the_event_date(language, text, month):
    assert dated(text, language, "event") == date(2025, month, 1)
