"""Kinds of events news tells that the words of earlier sessions missed (issue 11, session 21), on invented sentences
in English, French, Russian, Portuguese and Spanish:

- a commission's session told by its other names: a bilateral, binational or follow-up commission or committee,
  one named by the pair's compound adjective ("la Commission sénégalo-gambienne", "узбекско-казахстанская
  комиссия"), "the fifth session of the … committee", a commission "on cooperation";
- a ceremony told by what it marks (a reception, a national day, an anniversary), never a signing ceremony (the
  signing is the agreement);
- a state dinner, banquet, official lunch or reception given for a guest, and a meal with business people;
- a meeting told by other nouns and phrasings (a tête-à-tête, an audience granted, exchanges with a leader, a matter
  reviewed "with his counterpart"), never the trade between two states ("les échanges commerciaux entre …").
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 12)
_MEETINGS = ("meeting", "talks", "ministerial_meeting")


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


@pytest.mark.parametrize(
    "text, language, pair",
    [
        ("The bilateral commission between Kenya and Tanzania held its session in Arusha.", "en", {"KEN", "TZA"}),
        ("The committee on economic cooperation of Ghana and Togo sat in Lomé.", "en", {"GHA", "TGO"}),
        (
            "La 6e session de la Commission sénégalo-gambienne s'est tenue à Banjul, en présence des ministres du "
            "Sénégal et de la Gambie.",
            "fr",
            {"SEN", "GMB"},
        ),
        ("Le comité de suivi bilatéral entre le Mali et le Niger s'est réuni mardi à Niamey.", "fr", {"MLI", "NER"}),
        (
            "В Ташкенте состоялось очередное заседание узбекско-казахстанской комиссии по торгово-экономическому "
            "сотрудничеству.",
            "ru",
            {"UZB", "KAZ"},
        ),
        ("Заседание совместного экономического комитета Ирана и Армении прошло в Ереване.", "ru", {"IRN", "ARM"}),
        ("O comité de acompanhamento de Angola e da Namíbia esteve reunido em Windhoek.", "pt", {"AGO", "NAM"}),
        (
            "El comité de seguimiento bilateral de Chile y Argentina sesionó el martes en Santiago.",
            "es",
            {"CHL", "ARG"},
        ),
    ],
)
def test_a_commission_told_by_its_other_names_is_a_commission(text: str, language: str, pair: set) -> None:
    found = [p for p in events(text, language) if p.type == "intergovernmental_commission"]
    assert found and set(found[0].parties) == pair


@pytest.mark.parametrize(
    "text, language",
    [
        ("A reception ceremony for the President of Togo was held in Accra on Monday by the President of Ghana.", "en"),
        ("La cérémonie marquant la fête nationale du Vietnam s'est déroulée à Berne avec des ministres suisses.", "fr"),
        ("Церемония по случаю 30-летия дипломатических отношений Белоруссии и Вьетнама прошла в Минске.", "ru"),
        ("A cerimónia de receção do Presidente de Angola pelo seu homólogo da Namíbia decorreu em Windhoek.", "pt"),
        ("La ceremonia de recepción del presidente de Perú por su homólogo de Chile se celebró en Santiago.", "es"),
    ],
)
def test_a_ceremony_told_by_what_it_marks_is_an_event(text: str, language: str) -> None:
    assert "ceremony" in [p.type for p in events(text, language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("A signing ceremony in Accra saw Ghana and Togo sign three agreements.", "en"),
        ("La cérémonie de signature des accords entre le Sénégal et la Gambie s'est tenue à Dakar.", "fr"),
        ("A cerimónia de assinatura dos acordos entre Angola e a Namíbia decorreu em Luanda.", "pt"),
    ],
)
def test_a_signing_ceremony_is_the_agreement_not_a_ceremony(text: str, language: str) -> None:
    assert "ceremony" not in [p.type for p in events(text, language)]


@pytest.mark.parametrize(
    "text, language, pair",
    [
        ("The President of Kenya hosted a state dinner in honour of the President of Uganda.", "en", {"KEN", "UGA"}),
        ("The Prime Minister of India had a breakfast with business leaders from Japan.", "en", {"IND", "JPN"}),
        ("Un dîner d'État a été offert mardi soir à Yaoundé en l'honneur du président ivoirien.", "fr", {"CMR", "CIV"}),
        ("Le président malien a partagé un déjeuner avec des hommes d'affaires sénégalais.", "fr", {"MLI", "SEN"}),
        ("Президент Узбекистана дал торжественный обед в честь президента Казахстана.", "ru", {"UZB", "KAZ"}),
        ("O Presidente de Angola ofereceu um jantar de Estado ao Presidente de Cabo Verde.", "pt", {"AGO", "CPV"}),
        ("El presidente de México ofreció una cena de Estado al presidente de Chile.", "es", {"MEX", "CHL"}),
        ("El presidente de Chile participó en un desayuno con empresarios de México.", "es", {"CHL", "MEX"}),
    ],
)
def test_a_state_dinner_or_a_meal_with_business_people_is_an_event(text: str, language: str, pair: set) -> None:
    found = [p for p in events(text, language) if p.type == "banquet"]
    assert found and set(found[0].parties) == pair


def test_state_banquets_told_as_a_kind_are_no_event() -> None:
    text = "The President of Rwanda arrived in Azerbaijan for a visit that goes beyond handshakes and state banquets."
    assert "banquet" not in [p.type for p in events(text, "en")]


@pytest.mark.parametrize(
    "text, language, pair",
    [
        ("The President of Brazil had a tête-à-tête with the President of Angola in Luanda.", "en", {"BRA", "AGO"}),
        ("The President of Brazil had a tete-a-tete with the President of Angola in Luanda.", "en", {"BRA", "AGO"}),
        ("The Kenyan President reviewed security and trade with his Ugandan counterpart.", "en", {"KEN", "UGA"}),
        (
            "Lors d'une audience accordée lundi à l'ambassadeur du Maroc, le président gabonais a évoqué la pêche.",
            "fr",
            {"GAB", "MAR"},
        ),
        ("Après un tête à tête entre les présidents du Togo et du Ghana, les délégations ont travaillé.", "fr", None),
        (
            "Les échanges entre le ministre russe Sergueï Ivanov et son hôte kényan ont porté sur les céréales.",
            "fr",
            {"RUS", "KEN"},
        ),
        ("Год назад президент России принимал в Сочи президента Сенегала.", "ru", {"RUS", "SEN"}),
        ("Os presidentes de Moçambique e de Portugal tiveram um tête-à-tête em Maputo.", "pt", {"MOZ", "PRT"}),
        ("O Presidente de Angola abordou hoje, em Luanda, com o seu homólogo da Turquia, a energia.", "pt", None),
        ("Los presidentes de Colombia y de Ecuador tuvieron un cara a cara en Bogotá.", "es", {"COL", "ECU"}),
        ("El presidente de Argentina analizó el comercio con su homólogo de Uruguay.", "es", {"ARG", "URY"}),
    ],
)
def test_a_meeting_told_by_other_phrasings_is_a_meeting(text: str, language: str, pair: set | None) -> None:
    found = [p for p in events(text, language) if p.type in _MEETINGS]
    assert found
    if pair is not None:
        assert set(found[0].parties) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Les échanges commerciaux entre la Tunisie et la Libye ont atteint 2 milliards de dinars en 2023.",
        "Les échanges entre le Cameroun et la Turquie se sont situés autour de 75 milliards de FCFA.",
        "Les échanges entre Rabat et Madrid ont doublé en dix ans.",
    ],
)
def test_trade_told_as_exchanges_between_two_states_is_no_meeting(text: str) -> None:
    assert not [p for p in events(text, "fr") if p.type in _MEETINGS]
