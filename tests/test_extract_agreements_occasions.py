"""A signing told right after a dated visit, in its paragraph, is of that visit's day, even when the article
reports other occasions and the visit's sentence names the other legs of a tour (issue 11, agreement dates), on invented sentences in English, French, Russian,
Portuguese and Spanish: "The emir was in Abidjan on Friday 22 December on an official visit. The two countries
signed four agreements. … He had visited Doha in May 2013." Not across a paragraph break, not with another date
between, and not for a signing told as earlier."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)

CASES = {
    "en": (
        "After Nairobi and Kampala, Turkish President Recep Tayyip Erdogan was in Kigali on Friday 28 February 2025 "
        "on an official visit to Rwanda.",
        "The two countries signed four agreements.",
        "Rwandan President Paul Kagame had himself paid an official visit to Ankara in May 2023.",
    ),
    "fr": (
        "Après Nairobi et Kampala, le président turc Recep Tayyip Erdogan était ce vendredi 28 février 2025 en "
        "visite officielle à Kigali, au Rwanda.",
        "Les deux pays ont signé quatre accords de coopération.",
        "Le président rwandais Paul Kagame s'était lui-même rendu en visite officielle à Ankara en mai 2023.",
    ),
    "ru": (
        "После Найроби и Кампалы президент Турции Реджеп Тайип Эрдоган 28 февраля 2025 года прибыл с официальным "
        "визитом в Кигали, столицу Руанды.",
        "Стороны подписали четыре соглашения о сотрудничестве.",
        "Президент Руанды Поль Кагаме сам посетил Анкару с официальным визитом в мае 2023 года.",
    ),
    "pt": (
        "Depois de Nairobi e Kampala, o Presidente da Turquia, Recep Tayyip Erdogan, esteve a 28 de fevereiro de "
        "2025 em visita oficial a Kigali, no Ruanda.",
        "Os dois países assinaram quatro acordos de cooperação.",
        "O Presidente do Ruanda, Paul Kagame, tinha efetuado uma visita oficial a Ancara em maio de 2023.",
    ),
    "es": (
        "Después de Nairobi y Kampala, el presidente de Turquía, Recep Tayyip Erdogan, estuvo el 28 de febrero de "
        "2025 en visita oficial en Kigali, Ruanda.",
        "Los dos países firmaron cuatro acuerdos de cooperación.",
        "El presidente de Ruanda, Paul Kagame, había realizado una visita oficial a Ankara en mayo de 2023.",
    ),
}


def signings(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


@pytest.mark.parametrize("language", sorted(CASES))
def test_signing_after_the_visit_takes_its_day(language: str) -> None:
    visit, signing, other = CASES[language]
    found = signings(f"{visit} {signing}\n\n{other}", language)
    assert [(p.count, p.date, p.date_precision) for p in found] == [(4, date(2025, 2, 28), "day")]


@pytest.mark.parametrize("language", sorted(CASES))
def test_not_across_a_paragraph_break(language: str) -> None:
    visit, signing, other = CASES[language]
    found = signings(f"{visit}\n\n{other}\n\n{signing}", language)
    assert [(p.count, p.date) for p in found] == [(4, None)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            f"{CASES['en'][0]} The two countries had previously signed four agreements.",
            "en",
        ),
        (
            f"{CASES['fr'][0]} Les deux pays avaient signé auparavant quatre accords de coopération.",
            "fr",
        ),
        (
            f"{CASES['ru'][0]} Ранее стороны подписали четыре соглашения о сотрудничестве.",
            "ru",
        ),
    ],
)
def test_not_a_signing_told_as_earlier(text: str, language: str) -> None:
    assert [p.date for p in signings(f"{text}\n\n{CASES[language][2]}", language)] == [None]
