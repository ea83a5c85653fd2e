"""People named by posts the title lists lacked, and names the name rules cut short (issue 11, session 21): members of
parliament, aides, advisers and leaders; lower-case military ranks before a name; two particles inside a name; an
envoy posted "in our country"; "ё" written "е" in a listed leader's name; several people after one plural title,
each with their own state; "su par" without a comma; an "assistant minister" in apposition. Each class in every
language it has; all sentences are invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people


def people(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    """Each person's name with (role, party)."""
    found = find_people(text, find_party_mentions(text, language), language)
    return {p.person.name: (p.person.role, p.person.party) for p in found}


@pytest.mark.parametrize(
    "language, text, name, party",
    [
        ("en", "Iranian MP Hossein Karimi told reporters the visit was agreed.", "Hossein Karimi", "IRN"),
        ("en", "Kenyan lawmaker Peter Otieno said the bill would pass.", "Peter Otieno", "KEN"),
        ("en", "He later met Greek Cypriot leader Andreas Petrou in Nicosia.", "Andreas Petrou", "CYP"),
        ("en", "Russian presidential aide Oleg Smirnov briefed the press.", "Oleg Smirnov", "RUS"),
        ("fr", "Le parlementaire malien Ibrahim Keita a salué la visite.", "Ibrahim Keita", "MLI"),
        ("fr", "Il a reçu le dirigeant chinois Zhao Ming à Pékin.", "Zhao Ming", "CHN"),
        ("pt", "O parlamentar angolano Manuel Tavares elogiou o acordo.", "Manuel Tavares", "AGO"),
        ("pt", "Ele encontrou-se com o líder chinês Zhao Ming.", "Zhao Ming", "CHN"),
        ("es", "El legislador mexicano Jorge Ramírez criticó el tratado.", "Jorge Ramírez", "MEX"),
        ("es", "Se reunió con el líder chino Zhao Ming en Pekín.", "Zhao Ming", "CHN"),
        ("ru", "Об этом сообщил советник посольства России Олег Смирнов.", "Олег Смирнов", "RUS"),
        (
            "ru",
            "Об этом заявил начальник Департамента информации МИД Казахстана Ерлан Сапаров.",
            "Ерлан Сапаров",
            "KAZ",
        ),
    ],
)
def test_members_aides_and_leaders_introduce_a_person(language, text, name, party):
    assert people(text, language).get(name, (None, None))[1] == party


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "The accord was signed by Ghana's Defence Minister, general Samuel Ofori, in Accra.", "Samuel Ofori"),
        (
            "fr",
            "Il a été reçu par le ministre sénégalais de la Défense, le général Omar Diallo, à Dakar.",
            "Omar Diallo",
        ),
        ("pt", "Reuniu-se com o vice-presidente do Brasil, general Antônio Moura, em Luanda.", "Antônio Moura"),
        ("es", "Lo recibió el ministro de Defensa, general Luis Herrera, en la capital.", "Luis Herrera"),
        ("ru", "Его принял министр обороны Казахстана генерал-полковник Руслан Жаксылыков.", "Руслан Жаксылыков"),
    ],
)
def test_a_lower_case_rank_before_a_name_is_a_form_of_address(language, text, name):
    assert name in people(text, language)


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "The plan was backed by Dutch Prime Minister Pieter van der Berg on Monday.", "Pieter van der Berg"),
        ("fr", "Il a rencontré le Premier ministre néerlandais Mark van den Broek mardi.", "Mark van den Broek"),
        ("pt", "Foi recebido pelo primeiro-ministro holandês Joost van der Meer em Haia.", "Joost van der Meer"),
        ("es", "Fue recibido por el canciller Juan Pablo de la Torre en el aeropuerto.", "Juan Pablo de la Torre"),
        ("ru", "Его принял министр обороны Германии Урсула фон дер Ляйен.", "Урсула фон дер Ляйен"),
    ],
)
def test_two_particles_inside_a_name_are_read_on(language, text, name):
    assert name in people(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Le ministre ivoirien Jean Kouassi de la Santé a parlé."),
        ("es", "El ministro Pablo Soto de la República Dominicana llegó."),
    ],
)
def test_particles_before_a_portfolio_or_a_state_are_not_read_on(language, text):
    assert not any(" de la " in name for name in people(text, language))


@pytest.mark.parametrize(
    "language, text, name, party",
    [
        ("en", "Kenya's ambassador to our country Peter Otieno said trade grew.", "Peter Otieno", "KEN"),
        ("fr", "Selon l'ambassadeur du Japon dans notre pays Kenji Sato, les échanges croissent.", "Kenji Sato", "JPN"),
        ("pt", "O embaixador do Japão no nosso país, Kenji Sato, disse que o comércio cresceu.", "Kenji Sato", "JPN"),
        ("es", "El embajador de Japón en nuestro país Kenji Sato dijo que el comercio creció.", "Kenji Sato", "JPN"),
        ("ru", "Об этом написал посол Казахстана в нашей стране Ерлан Сапаров.", "Ерлан Сапаров", "KAZ"),
    ],
)
def test_an_envoy_posted_in_our_country_is_read(language, text, name, party):
    assert people(text, language).get(name, (None, None))[1] == party


def test_a_listed_leader_written_with_e_for_yo_is_found():
    found = people("Москва ждет визита Шавката Мирзиеева в феврале.", "ru")
    assert any("Мирзи" in name and party == "UZB" for name, (_, party) in found.items())


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "fr",
            "Le sommet a réuni les présidents malien Ali Traoré, nigérien Issa Moussa et burkinabè Paul Kaboré.",
            {"Ali Traoré": "MLI", "Issa Moussa": "NER", "Paul Kaboré": "BFA"},
        ),
        (
            "pt",
            "Participaram os presidentes angolano João Gonçalves, moçambicano Filipe Jacinto e ganês Kofi Mensah.",
            {"João Gonçalves": "AGO", "Filipe Jacinto": "MOZ", "Kofi Mensah": "GHA"},
        ),
        (
            "es",
            "Asistieron los presidentes argentino Mauro Gómez, chileno Pablo Soto y peruano Luis Castro.",
            {"Mauro Gómez": "ARG", "Pablo Soto": "CHL", "Luis Castro": "PER"},
        ),
        (
            "en",
            "The leaders of Ghana, Kofi Mensah, of Togo, Jean Agbo, and of Niger, Issa Moussa, met in Lomé.",
            {"Kofi Mensah": "GHA", "Jean Agbo": "TGO", "Issa Moussa": "NER"},
        ),
        (
            "ru",
            "В саммите участвовали президенты Гвинеи Альфа Конде, Бенина Томас Яйи и Нигера Иса Мусса.",
            {"Альфа Конде": "GIN", "Томас Яйи": "BEN", "Иса Мусса": "NER"},
        ),
    ],
)
def test_people_after_one_plural_title_each_with_their_own_state(language, text, expected):
    found = people(text, language)
    assert {name: found.get(name, (None, None))[1] for name in expected} == expected


def test_a_list_that_never_reaches_and_is_not_read():
    assert "Issa Moussa" not in people("Les présidents malien Ali Traoré, nigérien Issa Moussa, ont parlé.", "fr")


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("es", "La canciller firmó dos memorandos con su par Alfonso García Ruiz.", "Alfonso García Ruiz"),
        ("es", "Se reunió con su par chileno Mariano Torres en Santiago.", "Mariano Torres"),
        ("en", "Wang Li, China's assistant minister of commerce, said trade grew.", "Wang Li"),
    ],
)
def test_a_counterpart_and_an_assistant_minister_are_read(language, text, name):
    assert name in people(text, language)


@pytest.mark.parametrize(
    "language, text, party",
    [
        ("en", "Rajoy and the visiting president signed a declaration.", "ESP"),
        ("fr", "Kishida a reçu son hôte à Tokyo.", "JPN"),
        ("pt", "O encontro com Marcelo Rebelo de Sousa decorreu em Lisboa.", "PRT"),
        ("es", "Maduro firmó los acuerdos con su huésped.", "VEN"),
        ("ru", "Роухани принял делегацию в Тегеране.", "IRN"),
    ],
)
def test_a_listed_leader_named_alone_is_found(language, text, party):
    assert party in {p for _, p in people(text, language).values()}


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("en", "Ghana's foreign minister Kwesi Boateng said the deal was ready.", "Kwesi Boateng"),
        ("en", "The Ghanaian trade minister, Kwesi Boateng, arrived on Monday.", "Kwesi Boateng"),
        ("en", "He met the country's deputy energy minister, Ama Owusu.", "Ama Owusu"),
        ("en", "Kenya's envoy to China Peter Otieno said trade grew.", "Peter Otieno"),
        ("en", "They were received by the Kenyan president, Peter Otieno.", "Peter Otieno"),
        ("fr", "Le chef de la diplomatie ghanéenne Kwesi Boateng a déclaré.", "Kwesi Boateng"),
        ("pt", "O chefe da diplomacia ganesa, Kwesi Boateng, declarou.", "Kwesi Boateng"),
        ("es", "El canciller ghanés Kwesi Boateng declaró.", "Kwesi Boateng"),
        ("ru", "Глава внешнеполитического ведомства Ганы Кваси Боатенг заявил.", "Кваси Боатенг"),
    ],
)
def test_a_title_in_lower_case_before_a_name_introduces_a_person(language, text, name):
    assert name in people(text, language)
