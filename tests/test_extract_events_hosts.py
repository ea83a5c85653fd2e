"""Events on invented sentences, by class rather than by article (issue 11, fifth session): a leader receiving a
guest (the host is a party: "reçu par", "принял", "recebeu", "recibió"), phone calls, visit nouns of every language
(séjour, déplacement, tournée; турне, пребывание; deslocação, périplo; gira, estancia), the guest's state read from
a title's adjective ("le ministre sénégalais", "o chanceler angolano", "el canciller peruano"), and what is *not*
such an event ("a reçu une aide", "принял участие", "recebeu um convite")."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def events(text: str, language: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


def people(text: str, language: str) -> dict:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return {person.name: person for p in found for person in p.people}


# --- a leader receives a guest: the host is a party ------------------------------------------------


@pytest.mark.parametrize(
    "text, language, sides",
    [
        (
            "Ivorian President Alassane Ouattara received the Senegalese foreign minister in Abidjan.",
            "en",
            {"CIV", "SEN"},
        ),
        ("The Senegalese foreign minister was received by Ivorian President Alassane Ouattara.", "en", {"CIV", "SEN"}),
        (
            "Le ministre sénégalais des Affaires étrangères a été reçu par le président ivoirien Alassane Ouattara.",
            "fr",
            {"CIV", "SEN"},
        ),
        (
            "Le président ivoirien Alassane Ouattara a reçu le ministre sénégalais des Affaires étrangères.",
            "fr",
            {"CIV", "SEN"},
        ),
        ("Le chef de l'Etat malien a reçu en audience l'ambassadeur de Turquie.", "fr", {"MLI", "TUR"}),
        (
            "Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Азербайджана.",
            "ru",
            {"KAZ", "AZE"},
        ),
        ("Глава МИД Азербайджана был принят президентом Казахстана Касым-Жомартом Токаевым.", "ru", {"KAZ", "AZE"}),
        ("Президент Египта принял премьер-министра России в Каире.", "ru", {"EGY", "RUS"}),
        (
            "O Presidente de Angola, João Lourenço, recebeu o chanceler brasileiro, Mauro Vieira, em Luanda.",
            "pt",
            {"AGO", "BRA"},
        ),
        ("O presidente moçambicano recebeu o primeiro-ministro de Portugal em Maputo.", "pt", {"MOZ", "PRT"}),
        ("El presidente de Chile recibió al canciller peruano en Santiago.", "es", {"CHL", "PER"}),
        ("La presidenta de México recibió al primer ministro de Canadá en el Palacio Nacional.", "es", {"MEX", "CAN"}),
    ],
)
def test_a_reception_is_an_event_between_host_and_guest(text, language, sides):
    found = events(text, language)
    assert found, text
    assert set(found[0].parties) == sides and found[0].status == "held"


@pytest.mark.parametrize(
    "text, language, sides",
    [
        ("Le président algérien a reçu un appel téléphonique de l'émir du Qatar.", "fr", {"DZA", "QAT"}),
        ("Le président sénégalais a eu un entretien téléphonique avec le président turc.", "fr", {"SEN", "TUR"}),
        ("Президент России провел телефонный разговор с президентом Египта.", "ru", {"RUS", "EGY"}),
        ("O presidente brasileiro teve um telefonema com o presidente de Angola.", "pt", {"BRA", "AGO"}),
        (
            "El presidente argentino mantuvo una conversación telefónica con el presidente de China.",
            "es",
            {"ARG", "CHN"},
        ),
    ],
)
def test_a_phone_call_between_leaders_is_talks(text, language, sides):
    found = events(text, language)
    assert found and set(found[0].parties) == sides


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Maroc a reçu une aide de la Chine.", "fr"),
        ("Президент Казахстана принял участие в церемонии в Астане.", "ru"),
        ("Chile recibió un préstamo de China.", "es"),
        ("Angola recebeu um empréstimo da China.", "pt"),
    ],
)
def test_receiving_a_thing_is_no_reception(text, language):
    assert not [e for e in events(text, language) if e.type in ("talks", "ministerial_meeting", "meeting")]


def test_an_invitation_received_is_a_visit_to_come_not_a_meeting():
    found = events("O presidente angolano recebeu um convite para efectuar uma visita ao Brasil.", "pt")
    assert [(e.type, e.status) for e in found] == [("visit", "planned")]


# --- visit nouns of every language -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, sides",
    [
        ("The Kenyan president began a three-nation tour to Ghana on Monday.", "en", {"KEN", "GHA"}),
        ("Le chef de l'Etat malien a effectué un séjour de trois jours au Maroc.", "fr", {"MLI", "MAR"}),
        ("Le Premier ministre guinéen a entamé mardi une tournée au Ghana.", "fr", {"GIN", "GHA"}),
        ("Le déplacement du président kényan en Ouzbékistan a duré deux jours.", "fr", {"KEN", "UZB"}),
        ("Президент Египта совершил турне по странам Африки и прибыл в Кению.", "ru", {"EGY", "KEN"}),
        ("Во время пребывания президента Анголы в России стороны обсудили торговлю.", "ru", {"AGO", "RUS"}),
        ("A deslocação do presidente angolano a Moçambique durou dois dias.", "pt", {"AGO", "MOZ"}),
        ("O périplo do chefe de Estado cabo-verdiano por Angola terminou ontem.", "pt", {"CPV", "AGO"}),
        ("La gira oficial del presidente peruano por México terminó el martes.", "es", {"PER", "MEX"}),
        ("Durante su estancia en China, el presidente argentino visitó una fábrica.", "es", {"ARG", "CHN"}),
    ],
)
def test_visit_nouns_of_every_language(text, language, sides):
    visits = [e for e in events(text, language) if "visit" in e.type]
    assert visits and set(visits[0].parties) == sides


@pytest.mark.parametrize(
    "text, language",
    [
        ("La Tunisie était l'ultime étape de cette tournée économique.", "fr"),
        ("La tournée africaine du président doit renforcer les liens avec la région.", "fr"),
    ],
)
def test_a_tour_named_in_passing_adds_no_visit(text, language):
    assert not [e for e in events(text, language) if "visit" in e.type]


# --- people: titles in Portuguese and Spanish, Russian titles that end at a verb ----------------------


@pytest.mark.parametrize(
    "text, language, name, party",
    [
        ("O chanceler brasileiro, Mauro Vieira, visitou Angola.", "pt", "Mauro Vieira", "BRA"),
        ("O chefe da diplomacia angolana, Téte António, visitou Moçambique.", "pt", "Téte António", "AGO"),
        ("A vice-presidente de Angola, Esperança da Costa, visitou Portugal.", "pt", "Esperança da Costa", "AGO"),
        ("El canciller peruano, Javier González-Olaechea, visitó México.", "es", "Javier González-Olaechea", "PER"),
        ("El jefe de Estado argentino, Javier Milei, se reunió con el rey de España.", "es", "Javier Milei", "ARG"),
        ("La vicepresidenta de Colombia, Francia Márquez, visitó Kenia.", "es", "Francia Márquez", "COL"),
    ],
)
def test_titles_introduce_people_in_portuguese_and_spanish(text, language, name, party):
    person = people(text, language).get(name)
    assert person is not None and person.party == party


@pytest.mark.parametrize(
    "text",
    [
        "Глава МИД Азербайджана был принят президентом Казахстана Касым-Жомартом Токаевым в Астане.",
        "Министр торговли Египта встретился с послом России в Каире.",
        "Посол Кении провел переговоры с министром энергетики Узбекистана.",
    ],
)
def test_a_russian_title_with_no_name_takes_no_clause_as_name(text):
    assert all(" " not in name or not any(w[0].islower() for w in name.split()) for name in people(text, "ru"))
    assert all("был" not in (p.role or "") and "принят" not in (p.role or "") for p in people(text, "ru").values())


@pytest.mark.parametrize(
    "text, language",
    [
        ("Las importaciones de Perú desde China llegaron a 13.500 millones de dólares.", "es"),
        ("El comercio entre México y Rusia llega a 1.563 millones de dólares.", "es"),
        ("As exportações de Angola para a China chegaram a 20 mil milhões de dólares.", "pt"),
        ("Le commerce entre le Maroc et la Chine est arrivé à un niveau record.", "fr"),
    ],
)
def test_a_figure_that_reaches_a_level_is_no_arrival(text, language):
    assert not [e for e in events(text, language) if "visit" in e.type]


@pytest.mark.parametrize(
    "text, language, sides",
    [
        ("Le président ghanéen est arrivé à Dakar mardi.", "fr", {"GHA", "SEN"}),
        ("El presidente chino llegó a Lima el jueves.", "es", {"CHN", "PER"}),
        ("O presidente angolano chegou a Maputo na segunda-feira.", "pt", {"AGO", "MOZ"}),
    ],
)
def test_an_arrival_in_a_capital_is_a_visit(text, language, sides):
    visits = [e for e in events(text, language) if "visit" in e.type]
    assert visits and set(visits[0].parties) == sides
