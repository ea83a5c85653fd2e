"""An agreement's areas are those of its own clause (issue 11, agreement sectors precision), on invented
sentences in English, French, Russian, Portuguese and Spanish:

* a leading clause about the talks the signing followed is the occasion, not the object ("After talks on trade
  and investment, the presidents signed three agreements on extradition" → no area);
* what follows the last instrument from a word that starts another action is not the agreement's ("… signed
  five agreements and discussed energy", "… before touring a textile plant");
* a sentence after an agreement told with its own object names the article's areas, not the agreement's,
  unless it opens by telling what the agreement is for ("The aim is to …", "L'objectif est de …", "Цель —").
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)

OPENING = {
    "en": "Kenyan President William Ruto received Turkish President Recep Tayyip Erdogan in Nairobi on 3 March 2025.",
    "fr": "Le président turc Recep Tayyip Erdogan a effectué le 3 mars 2025 une visite officielle au Kenya.",
    "ru": "Президент Кении Уильям Руто 3 марта 2025 года принял в Найроби президента Турции Реджепа Тайипа Эрдогана.",
    "pt": "O Presidente do Quénia, William Ruto, recebeu a 3 de março de 2025 em Nairobi o Presidente da Turquia, "
    "Recep Tayyip Erdogan.",
    "es": "El presidente de Kenia, William Ruto, recibió el 3 de marzo de 2025 en Nairobi al presidente de Turquía, "
    "Recep Tayyip Erdogan.",
}


def agreements(text: str, language: str) -> list:
    found = extract_text(f"{OPENING[language]} {text}", language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


def only_sectors(text: str, language: str) -> list[str]:
    found = agreements(text, language)
    assert len(found) == 1, [(p.instrument, p.count, p.evidence.text) for p in found]
    return sorted(found[0].sectors)


# --- a leading clause about the talks ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("After talks focused on trade and investment, the two presidents signed three agreements.", "en", []),
        ("During talks on regional security, the two leaders signed four agreements on health.", "en", ["health"]),
        (
            "Following negotiations on oil and gas supplies, the sides signed a memorandum on tourism.",
            "en",
            ["tourism"],
        ),
        ("Au terme d'entretiens consacrés au commerce, les deux chefs d'Etat ont signé quatre accords.", "fr", []),
        (
            "A l'issue des pourparlers sur la sécurité régionale, les deux pays ont signé un mémorandum sur la santé.",
            "fr",
            ["health"],
        ),
        (
            "Après des discussions sur l'énergie et les mines, les deux parties ont signé un accord sur le tourisme.",
            "fr",
            ["tourism"],
        ),
        ("По итогам переговоров, посвящённых торговле и инвестициям, стороны подписали четыре соглашения.", "ru", []),
        (
            "После консультаций по вопросам безопасности, министры подписали меморандум о сотрудничестве в сфере "
            "здравоохранения.",
            "ru",
            ["health"],
        ),
        (
            "В ходе беседы, затронувшей энергетику, стороны подписали соглашение о сотрудничестве в сфере туризма.",
            "ru",
            ["tourism"],
        ),
        ("Após conversações sobre comércio e investimento, os dois presidentes assinaram três acordos.", "pt", []),
        ("Tras conversaciones sobre comercio e inversiones, los dos presidentes firmaron tres acuerdos.", "es", []),
    ],
)
def test_leading_talks_clause_is_not_the_object(text: str, language: str, expected: list[str]) -> None:
    assert only_sectors(text, language) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("In the energy sector, the two sides signed a memorandum of understanding.", "en", ["energy"]),
        ("Dans le domaine de la santé, les deux parties ont signé un mémorandum d'entente.", "fr", ["health"]),
        ("В сфере энергетики стороны подписали меморандум о взаимопонимании.", "ru", ["energy"]),
        ("Na área da saúde, as partes assinaram um memorando de entendimento.", "pt", ["health"]),
        ("En materia de salud, las partes firmaron un memorando de entendimiento.", "es", ["health"]),
        ("The two countries signed energy and mining agreements.", "en", ["energy", "mining"]),
    ],
)
def test_topic_put_first_or_in_the_clause_stays(text: str, language: str, expected: list[str]) -> None:
    assert only_sectors(text, language) == expected


# --- another action after the instruments ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two presidents signed five agreements and discussed cooperation in energy and mining.", "en"),
        ("The two leaders signed seven agreements, before touring a textile factory.", "en"),
        ("The ministers signed four agreements, then reviewed progress on the railway project.", "en"),
        ("Les deux pays ont signé cinq accords et évoqué la coopération dans l'énergie et les mines.", "fr"),
        ("Les deux pays ont signé quatre accords avant de visiter une usine textile.", "fr"),
        ("Les deux chefs d'Etat ont signé sept accords, puis ont inauguré un hôpital.", "fr"),
        ("Президенты подписали пять соглашений и обсудили сотрудничество в энергетике.", "ru"),
        ("Министры подписали четыре соглашения, после чего осмотрели текстильную фабрику.", "ru"),
        ("Стороны подписали семь соглашений, затем рассмотрели ход строительства железной дороги.", "ru"),
        ("Os ministros assinaram quatro acordos antes de visitar uma fábrica têxtil.", "pt"),
        ("Los ministros firmaron cuatro acuerdos antes de visitar una fábrica textil.", "es"),
    ],
)
def test_a_later_action_is_not_the_object(text: str, language: str) -> None:
    assert only_sectors(text, language) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The two presidents signed five agreements on energy and mining.", "en", ["energy", "mining"]),
        ("Les deux pays ont signé cinq accords dans les domaines de la santé et du tourisme.", "fr", None),
        ("Президенты подписали пять соглашений в сфере энергетики и туризма.", "ru", ["energy", "tourism"]),
    ],
)
def test_the_object_after_the_instrument_stays(text: str, language: str, expected: list[str] | None) -> None:
    assert only_sectors(text, language) == (expected or ["health", "tourism"])


# --- the next sentence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The two countries signed a memorandum on health. Turkish companies are also active in Kenya's "
            "construction and energy sectors.",
            "en",
        ),
        (
            "Les deux pays ont signé un mémorandum sur la santé. Les entreprises turques sont aussi présentes dans "
            "la construction et l'énergie au Kenya.",
            "fr",
        ),
        (
            "Стороны подписали меморандум о сотрудничестве в сфере здравоохранения. Турецкие компании также "
            "работают в строительстве и энергетике Кении.",
            "ru",
        ),
    ],
)
def test_next_sentence_does_not_add_to_an_object_told(text: str, language: str) -> None:
    assert only_sectors(text, language) == ["health"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In tourism, the two sides signed a memorandum. The aim is to attract more investment to the sector.",
            "en",
        ),
        (
            "Dans le secteur du tourisme, deux mémorandums d'entente ont été signés. L'objectif est de favoriser "
            "l'investissement turc au Kenya.",
            "fr",
        ),
        (
            "В сфере туризма стороны подписали меморандум. Цель документа — привлечь инвестиции в отрасль.",
            "ru",
        ),
        (
            "Na área do turismo, as partes assinaram um memorando. O objetivo é atrair mais investimento para o setor.",
            "pt",
        ),
        (
            "En materia de turismo, las partes firmaron un memorando. El objetivo es atraer más inversión al sector.",
            "es",
        ),
    ],
)
def test_a_purpose_sentence_adds_to_the_agreement(text: str, language: str) -> None:
    assert only_sectors(text, language) == ["investment", "tourism"]
