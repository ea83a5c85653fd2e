"""A place told with its country in apposition is a venue, not a side (issue 11, party precision; ``extract/
venues.py`` ``city_country``).

Invented sentences in five languages: "in Lima, Peru", "à Lima, au Pérou", "в Лиме, Перу", "в Лиме (Перу)", "em
Lima, no Peru", "en Lima, Perú" when the sentence's sides are others. Guards: a list of states ("in Kenya, Uganda and
Tanzania") and a country coordinated on as a subject ("in Lima, Peru and Chile signed") stay sides.
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.venues import city_country
from partnerlens.cooperation.gazetteer import find_party_mentions

parties = article_parties


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "Indonesian President Widodo met Mexican President Obrador on Friday in Lima, Peru, and they agreed to "
            "expand trade.",
            {"IDN", "MEX"},
            {"PER"},
        ),
        (
            "en",
            "Ghana and Morocco signed an agreement on fisheries in Sochi, Russia, on Tuesday.",
            {"GHA", "MAR"},
            {"RUS"},
        ),
        (
            "fr",
            "Le président indonésien a rencontré le président mexicain vendredi à Lima, au Pérou, en marge d'une "
            "réunion régionale.",
            {"IDN", "MEX"},
            {"PER"},
        ),
        (
            "fr",
            "Le Ghana et le Maroc ont signé un accord sur la pêche mardi à Sotchi, en Russie.",
            {"GHA", "MAR"},
            {"RUS"},
        ),
        (
            "ru",
            "Президент Индонезии встретился с президентом Мексики в пятницу в Лиме, Перу, и обсудил торговлю.",
            {"IDN", "MEX"},
            {"PER"},
        ),
        (
            "ru",
            "Гана и Марокко подписали соглашение о рыболовстве во вторник в Сочи (Россия).",
            {"GHA", "MAR"},
            {"RUS"},
        ),
        (
            "pt",
            "O presidente da Indonésia reuniu-se com o presidente do México na sexta-feira em Lima, no Peru.",
            {"IDN", "MEX"},
            {"PER"},
        ),
        (
            "es",
            "El presidente de Indonesia se reunió con el presidente de México el viernes en Lima, Perú.",
            {"IDN", "MEX"},
            {"PER"},
        ),
    ],
)
def test_a_place_and_its_country_are_a_venue(language: str, text: str, kept: set[str], dropped: set[str]) -> None:
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "Trade fairs were held in Kenya, Uganda and Tanzania last year.", "UGA"),
        ("en", "In Lima, Peru and Chile signed a trade agreement on Friday.", "PER"),
        ("fr", "Des foires ont eu lieu au Kenya, en Ouganda et en Tanzanie l'an dernier.", "UGA"),
        ("fr", "À Lima, le Pérou et le Chili ont signé un accord commercial vendredi.", "PER"),
        ("ru", "Ярмарки прошли в Кении, Уганде и Танзании в прошлом году.", "UGA"),
        ("ru", "В Лиме, Перу и Чили подписали торговое соглашение в пятницу.", "PER"),
    ],
)
def test_a_list_or_a_subject_is_no_apposition(language: str, text: str, country: str) -> None:
    sentence = Sentence(0, len(text), text)
    mention = next(m for m in find_party_mentions(text, language) if m.party == country and m.how == "name")
    assert not city_country(text, sentence, mention, language)


@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        ("en", "The ministers met in Lima, Peru, on Friday.", "PER"),
        ("fr", "Les ministres se sont réunis à Lima, au Pérou, vendredi.", "PER"),
        ("ru", "Министры встретились в Лиме (Перу) в пятницу.", "PER"),
    ],
)
def test_a_capital_with_its_country_is_the_place(language: str, text: str, capital: str) -> None:
    sentence = Sentence(0, len(text), text)
    mention = next(m for m in find_party_mentions(text, language) if m.party == capital and m.how == "capital")
    assert city_country(text, sentence, mention, language)


# --- a list of activities names no event (``extract/event_generic.py``) ---------------------------------------


def types(text: str, language: str) -> set[str]:
    return {proposal.type for proposal in extract_text(text, language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ghana and Vietnam agreed to promote trade through trade fairs, exhibitions, conferences and forums."),
        (
            "fr",
            "Le Ghana et le Vietnam comptent développer les échanges par des foires, des expositions et des forums.",
        ),
        ("ru", "Гана и Вьетнам договорились развивать торговлю через ярмарки, выставки и форумы."),
        ("pt", "O Gana e o Vietname vão promover o comércio através de feiras, exposições e fóruns."),
        ("es", "Ghana y Vietnam promoverán el comercio mediante ferias, exposiciones y foros."),
    ],
)
def test_a_list_of_activities_is_no_event(language: str, text: str) -> None:
    assert "forum" not in types(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ghana and Vietnam held talks, signed two agreements and opened a business forum in Accra."),
        ("en", "Ghana and Vietnam will hold fairs, exhibitions and forums on 3 May in Accra."),
        ("fr", "Le Ghana et le Vietnam organiseront des expositions, des foires et le Forum Ghana-Vietnam le 3 mai."),
        ("fr", "Le Ghana et le Vietnam organiseront des foires, des expositions et des forums à Accra."),
        ("ru", "Гана и Вьетнам провели переговоры, выставку и бизнес-форум в Аккре."),
    ],
)
def test_an_event_with_its_occasion_stays(language: str, text: str) -> None:
    assert "forum" in types(text, language)


# --- a state or region inside a gathering's or a framework's name (``venues.in_named_occasion``) ---------------


@pytest.mark.parametrize(
    ("language", "text", "dropped"),
    [
        ("en", "Ghana and Vietnam signed an accord under the Partnership for Prosperity in Asia on Monday.", "asia"),
        ("en", "Ghana and Vietnam signed an agreement on Monday at the China-Africa Cooperation Forum.", "CHN"),
        ("fr", "Le Ghana et le Vietnam ont signé un accord lundi en marge du Forum Chine-Afrique.", "CHN"),
        ("ru", "Гана и Вьетнам подписали соглашение в понедельник на полях Форума Китай-Африка.", "CHN"),
        ("pt", "O Gana e o Vietname assinaram um acordo na segunda-feira no Fórum China-África.", "CHN"),
        ("es", "Ghana y Vietnam firmaron un acuerdo el lunes en el Foro China-África.", "CHN"),
    ],
)
def test_a_state_inside_a_name_is_no_side(language: str, text: str, dropped: str) -> None:
    found = parties(text, language)
    assert {"GHA", "VNM"} <= found
    assert dropped not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ghana and Vietnam signed an agreement on Monday at a forum with China."),
        ("fr", "Le Ghana et le Vietnam ont signé un accord lundi lors d'un forum avec la Chine."),
        ("ru", "Гана и Вьетнам подписали соглашение в понедельник на форуме с Китаем."),
    ],
)
def test_a_state_after_a_lower_case_gathering_stays(language: str, text: str) -> None:
    assert "CHN" in parties(text, language)
