"""Events on invented sentences (issue 11, session 6): a host who receives, hosts or welcomes a leader holds talks
with them ("hosted his Kenyan counterpart", "a reçu mardi au palais son homologue", "recibió a su par"); an event
put off to a later date ("postponed to 2021", "reportée à 2021", "перенесено на 2021 год") is planned for that
date. Each class in English, French, Russian, Portuguese and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2024, 7, 10)  # a Wednesday


def events(text: str, language: str) -> list:
    return [p for p in extract_text(text, language=language, published=PUBLISHED) if p.kind == "event"]


@pytest.mark.parametrize(
    "text, language, sides",
    [
        ("Turkish President Erdogan hosted his Kenyan counterpart William Ruto in Ankara.", "en", {"TUR", "KEN"}),
        (
            "Turkish President Erdogan welcomed Kenyan President William Ruto at the presidential complex.",
            "en",
            {"TUR", "KEN"},
        ),
        ("Egypt's President Sisi hosted the visiting Kenyan President William Ruto in Cairo.", "en", {"EGY", "KEN"}),
        ("Le président ivoirien a reçu mardi au palais présidentiel son homologue ghanéen.", "fr", {"CIV", "GHA"}),
        ("Le roi Mohammed VI a accueilli le président sénégalais au palais royal de Rabat.", "fr", {"MAR", "SEN"}),
        ("Le président nigérien a reçu hier en fin de journée le Premier ministre tchadien.", "fr", {"NER", "TCD"}),
        ("Президента Кении в Каире принял президент Египта.", "ru", {"KEN", "EGY"}),
        ("Президент Египта принял в Каире главу МИД Кении.", "ru", {"EGY", "KEN"}),
        ("Президент Казахстана принял в Астане премьер-министра Узбекистана.", "ru", {"KAZ", "UZB"}),
        ("O Presidente angolano recebeu o seu par moçambicano no Palácio Presidencial.", "pt", {"AGO", "MOZ"}),
        ("O Presidente angolano recebeu ontem o mandatário brasileiro em Luanda.", "pt", {"AGO", "BRA"}),
        ("El presidente argentino recibió a su par colombiano en la Casa Rosada.", "es", {"ARG", "COL"}),
        ("El presidente argentino recibió al mandatario colombiano en la Casa Rosada.", "es", {"ARG", "COL"}),
        ("El presidente chileno recibió en La Moneda al canciller peruano.", "es", {"CHL", "PER"}),
    ],
)
def test_a_host_receiving_a_leader_holds_talks_with_them(text: str, language: str, sides: set[str]) -> None:
    found = events(text, language)
    assert found and all(set(e.parties) == sides and e.status == "held" for e in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Turkish President Erdogan hosted the Turkey-Africa Business Forum in Istanbul.", "en"),
        ("Le président ivoirien a reçu le prix de la paix à Abidjan.", "fr"),
        ("El presidente argentino recibió una carta del Gobierno de Colombia.", "es"),
    ],
)
def test_hosting_a_forum_or_receiving_a_thing_is_no_talks(text: str, language: str) -> None:
    assert not [e for e in events(text, language) if e.type == "talks"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The joint commission between Kenya and Turkey, planned for 2020, was postponed to 2021.", "en"),
        ("Kenya's President Ruto was due to visit Turkey in 2020, but the visit has been pushed back to 2021.", "en"),
        ("La commission mixte entre le Sénégal et le Maroc, prévue en 2020, a été reportée à 2021.", "fr"),
        ("La visite du président sénégalais au Maroc, prévue en 2020, a été repoussée à 2021.", "fr"),
        (
            "Заседание межправительственной комиссии России и Египта, запланированное на 2020 год, перенесено на 2021 год.",
            "ru",
        ),
        ("Визит президента Кении в Турцию, намеченный на 2020 год, отложен на 2021 год.", "ru"),
        ("A comissão mista entre Angola e Brasil, prevista para 2020, foi adiada para 2021.", "pt"),
        ("La comisión mixta entre Chile y Cuba, prevista para 2020, se postergó hasta 2021.", "es"),
        ("La visita del presidente chileno a Cuba, prevista para 2020, fue aplazada hasta 2021.", "es"),
    ],
)
def test_an_event_put_off_is_planned_for_the_later_date(text: str, language: str) -> None:
    (event,) = events(text, language)
    assert (event.status, event.date, event.date_precision) == ("planned", date(2021, 1, 1), "year")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya and Turkey held their joint commission in Nairobi in 2021, after the pandemic delayed it.", "en"),
        ("Le Sénégal et le Maroc ont tenu leur commission mixte à Dakar en 2021.", "fr"),
        ("Россия и Египет провели заседание межправительственной комиссии в 2021 году.", "ru"),
    ],
)
def test_without_a_later_date_nothing_is_put_off(text: str, language: str) -> None:
    (event,) = events(text, language)
    assert (event.status, event.date) == ("held", date(2021, 1, 1))


# --- an event after which something is to come is itself to come; a press conference is no forum ----------------

AFTER = [
    ("The Kenyan and Turkish presidents will hold a joint press conference after their talks in Ankara.", "en"),
    (
        "The Turkish president is expected to hold a joint news conference with Algerian counterpart Abdelmadjid "
        "Tebboune following their bilateral meeting in Algiers.",
        "en",
    ),
    ("Les présidents sénégalais et marocain signeront plusieurs accords à l'issue de leurs entretiens à Rabat.", "fr"),
    ("Les présidents sénégalais et marocain devraient animer une conférence de presse après leur entretien.", "fr"),
    ("Президенты России и Египта подпишут ряд соглашений по итогам переговоров в Кремле.", "ru"),
    ("Президенты России и Египта проведут пресс-конференцию после переговоров в Кремле.", "ru"),
    ("Os presidentes de Angola e da China vão assinar vários acordos no final das conversações em Pequim.", "pt"),
    ("Los presidentes de Chile y de España firmarán varios acuerdos tras su reunión en Madrid.", "es"),
]


@pytest.mark.parametrize("text, language", AFTER)
def test_talks_followed_by_what_is_to_come_are_to_come(text: str, language: str) -> None:
    found = events(text, language)
    talks = [e for e in found if e.type != "press_conference"]  # a press conference is an event of its own
    assert [(e.type, e.status) for e in talks] == [("talks", "planned")]
    assert all(e.status == "planned" for e in found), found


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan and Turkish presidents held a joint press conference after their talks in Ankara.", "en"),
        ("Les présidents sénégalais et marocain ont signé plusieurs accords à l'issue de leurs entretiens.", "fr"),
        ("Президенты России и Египта подписали ряд соглашений по итогам переговоров в Кремле.", "ru"),
        ("Los presidentes de Chile y de España firmaron varios acuerdos tras su reunión en Madrid.", "es"),
    ],
)
def test_talks_followed_by_what_was_done_were_held(text: str, language: str) -> None:
    found = events(text, language)
    talks = [e for e in found if e.type != "press_conference"]  # a press conference is an event of its own
    assert [(e.type, e.status) for e in talks] == [("talks", "held")]
    assert all(e.status == "held" for e in found), found
