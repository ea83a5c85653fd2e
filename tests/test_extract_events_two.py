"""Two events told in one sentence (issue 11, :mod:`partnerlens.cooperation.extract.event_repeats`), on invented
sentences in English, French, Russian, Portuguese and Spanish: one event noun with coordinated dates of its own
("summits in 2017 and 2021") is one event per date; the same event noun again with a date of its own is another
event; a restricted then an expanded format of talks is the meeting and the delegations' talks; one event told
twice, over two coordinated days or in one format stays one."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


def dated(text: str, language: str) -> set[tuple[str, str | None]]:
    return {(str(p.date), p.date_precision) for p in events(text, language)}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and India recalled the two business forums they held in 2017 and 2021 in Nairobi.", "en"),
        ("Le Sénégal et la Chine ont rappelé les deux forums d'affaires tenus en 2017 et en 2021 à Dakar.", "fr"),
        ("Казахстан и Египет провели бизнес-форумы в 2017 и 2021 годах в Каире.", "ru"),
        ("Angola e Portugal recordaram as cimeiras realizadas em 2017 e 2021 em Luanda.", "pt"),
        ("Chile y Perú recordaron los foros empresariales celebrados en 2017 y 2021 en Lima.", "es"),
    ],
)
def test_an_event_noun_with_coordinated_years_is_one_event_per_year(text: str, language: str) -> None:
    assert {("2017-01-01", "year"), ("2021-01-01", "year")} <= dated(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Turkey will hold two meetings in Accra: a business forum on 14 May 2025, and an investment "
            "forum on 20 September 2025.",
            "en",
        ),
        (
            "Le Maroc et l'Égypte organiseront deux rencontres : un forum d'affaires le 14 mai 2025 et un forum "
            "de l'investissement le 20 septembre 2025.",
            "fr",
        ),
        (
            "Россия и Египет проведут бизнес-форум 14 мая 2025 года, а инвестиционный форум 20 сентября 2025 года.",
            "ru",
        ),
    ],
)
def test_the_same_event_noun_again_with_its_own_date_is_another_event(text: str, language: str) -> None:
    assert {("2025-05-14", "day"), ("2025-09-20", "day")} <= dated(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and India held a business forum on 14 May 2024; the forum was a success.", "en"),
        ("Le Maroc et l'Égypte ont tenu un forum d'affaires le 14 mai 2024 ; le forum a été un succès.", "fr"),
        ("Россия и Египет провели бизнес-форум 14 мая 2024 года; форум прошёл успешно.", "ru"),
        ("Le Maroc et la Russie ont tenu un forum d'affaires les 9 et 10 juin 2024.", "fr"),
        ("Россия и Египет провели бизнес-форум 9 и 10 июня 2024 года.", "ru"),
    ],
)
def test_one_event_told_twice_or_over_two_days_stays_one(text: str, language: str) -> None:
    found = events(text, language)
    assert len(found) == 1
    assert found[0].date_precision == "day"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and India held a business forum in 2021, and signed agreements in 2023.", "en"),
        ("Le Sénégal et la Chine ont tenu un forum d'affaires en 2021, puis ont signé un accord en 2023.", "fr"),
    ],
)
def test_a_date_of_another_clause_is_not_a_second_event(text: str, language: str) -> None:
    assert [p.date for p in events(text, language) if p.type == "forum"] == [date(2021, 1, 1)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The presidents of Kenya and India met one-on-one, then held talks in an expanded format.", "en"),
        (
            "Les présidents du Sénégal et de la Turquie se sont entretenus en tête-à-tête avant d'élargir les "
            "discussions aux délégations.",
            "fr",
        ),
        ("Президенты России и Египта провели переговоры в узком, а затем в расширенном составе.", "ru"),
        (
            "Além do encontro a sós entre os presidentes de Angola e de Portugal, houve conversações entre as "
            "delegações.",
            "pt",
        ),
        ("Los presidentes de Chile y Perú se reunieron a solas y luego en formato ampliado.", "es"),
    ],
)
def test_a_restricted_then_an_expanded_format_is_two_events(text: str, language: str) -> None:
    assert len(events(text, language)) == 2


@pytest.mark.parametrize(
    "text, language",
    [
        ("The presidents of Kenya and India held talks in an expanded format.", "en"),
        ("Les présidents du Sénégal et de la Turquie se sont entretenus en tête-à-tête.", "fr"),
        ("Президенты России и Египта провели переговоры в расширенном составе.", "ru"),
    ],
)
def test_one_format_is_one_event(text: str, language: str) -> None:
    assert len(events(text, language)) == 1


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "French President Emmanuel Macron has ended his official visit to Angola. Cooperation between the two "
            "countries grew after the official visit of President João Lourenço to France on 28 May 2018.",
            "en",
        ),
        (
            "Le président français Emmanuel Macron a terminé sa visite officielle en Angola. La coopération entre les "
            "deux pays a progressé après la visite officielle du président João Lourenço en France, le 28 mai 2018.",
            "fr",
        ),
        (
            "Президент Франции Эмманюэль Макрон завершил официальный визит в Анголу. Сотрудничество двух стран "
            "укрепилось после официального визита президента Жоау Лоуренсу во Францию 28 мая 2018 года.",
            "ru",
        ),
    ],
)
def test_a_visit_dated_years_before_the_article_is_another_visit(text, language):
    """Batch 19 (issue 11): the visit an article reports, undated, took the date of a visit years earlier told later
    ("après la visite … le 28 mai 2018"): an event dated more than a year before the publication is another event."""
    assert dated(text, language) == {("None", None), ("2018-05-28", "day")}
