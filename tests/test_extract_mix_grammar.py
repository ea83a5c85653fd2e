"""Failure classes found on batch 16 of the evaluation set (English, Portuguese and Spanish articles labelled before
the extractor ran on them), fixed by grammar and closed word classes, on invented sentences in English, French,
Russian, Portuguese and Spanish: the whole class of signing verbs ("signaron", "subscreveram", "penned"); a verb of
arrival that governs an amount means "reach", not a visit ("chegou a US$ 2,1 bilhões"); a stay noun governed by
another noun is a kind of stay, not a visit ("prazo de estadia", "titre de séjour", "срок пребывания"); thousands
written in words before the digits ("dos mil 275 millones"); a flow word of an earlier coordinated clause does not
make the figure of the next one exports ("… des exportations et, en 2023, les échanges … 3 milliards"); and the
titles of heads and members of government ("la mandataria", "el secretario de Economía", "o vice-ministro"); a
passive of receiving with a time before its agent ("será recibido el próximo jueves por"), not a perfect with an
object ("ha recibido una carta enviada por"); a meeting verb coordinated after a visit ("and met", "y se reunió"); a plural cabinet title listing portfolios
and people, a later portfolio's preposition left out ("los ministros de Agricultura, X, y Planificación, Y"); an
English title in lower case in apposition after a name ("Shahriar Alam, state minister,"); the agent of a participle
that caused a conflict or a measure ("la guerra arancelaria desatada por Estados Unidos") is no side; the Portuguese
verb of travel in every form ("viajou", "a voyagé")."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people

PUBLISHED = date(2025, 3, 12)


def read(text: str, language: str) -> list:
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)


def agreements(text: str, language: str) -> list:
    return [p for p in read(text, language) if p.kind == "agreement"]


def visits(text: str, language: str) -> list:
    return [p for p in read(text, language) if p.kind == "event" and p.type == "visit"]


def figures(text: str, language: str) -> list:
    return [p for p in read(text, language) if p.kind == "claim" and p.value_usd]


@pytest.mark.parametrize(
    "text, language, instrument",
    [
        (
            "Chile y Perú signaron ayer en Lima un memorando de entendimiento sobre energía.",
            "es",
            "memorandum_of_understanding",
        ),
        ("Angola e Moçambique subscreveram ontem em Maputo um acordo de cooperação na energia.", "pt", "agreement"),
        (
            "Kenya and India penned a memorandum of understanding on energy in Nairobi on Monday.",
            "en",
            "memorandum_of_understanding",
        ),
        (
            "Le Sénégal et la Chine ont paraphé lundi à Dakar un accord de coopération dans l'énergie.",
            "fr",
            "agreement",
        ),
        ("Россия и Египет скрепили подписями в Каире соглашение о сотрудничестве в энергетике.", "ru", "agreement"),
    ],
)
def test_every_signing_verb_of_the_language_signs(text: str, language: str, instrument: str) -> None:
    found = agreements(text, language)
    assert [(p.instrument, p.status, p.count) for p in found] == [(instrument, "signed", 1)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("O comércio entre Angola e Portugal chegou a US$ 2,1 bilhões em 2024.", "pt"),
        ("El comercio entre Chile y Perú llegó a US$ 4.500 millones en 2024.", "es"),
        ("Les échanges entre le Sénégal et la Chine sont arrivés à $ 3 milliards en 2024.", "fr"),
        ("Trade between Kenya and India arrived at $3 billion in 2024, officials said.", "en"),
        ("Товарооборот России и Египта дошёл до $9 млрд в 2024 году.", "ru"),
    ],
)
def test_a_verb_of_arrival_governing_an_amount_is_reaching_it_not_a_visit(text: str, language: str) -> None:
    assert not visits(text, language)
    assert [p.value_usd for p in figures(text, language)] == [pytest.approx(figures(text, language)[0].value_usd)]


def test_a_verb_of_arrival_governing_a_place_is_still_a_visit() -> None:
    found = [
        p for p in read("O Presidente de Angola chegou a Lisboa para uma visita a Portugal.", "pt") if p.kind == "event"
    ]
    assert found and {"AGO", "PRT"} <= set(found[0].parties)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Angola e Portugal acordaram facilitar vistos com 90 dias de prazo de estadia.", "pt"),
        ("Chile y Perú acordaron facilitar visados con 90 días de plazo de estadía.", "es"),
        ("Le Sénégal et la France ont facilité les titres de séjour pour les étudiants.", "fr"),
        ("Россия и Египет упростили визы со сроком пребывания до 90 дней.", "ru"),
        ("Kenya and India eased visas with a length of stay of 90 days.", "en"),
    ],
)
def test_a_stay_noun_governed_by_another_noun_is_no_visit(text: str, language: str) -> None:
    assert not visits(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Durante a sua estadia em Portugal, o Presidente de Angola reuniu-se com empresários.", "pt"),
        ("Durante los tres días de estadía en Lima, el presidente de Chile se reunió con empresarios.", "es"),
        ("Pendant son séjour au Sénégal, le président de la France a rencontré des entrepreneurs.", "fr"),
        ("Во время пребывания в Египте президент России встретился с предпринимателями.", "ru"),
    ],
)
def test_a_stay_with_its_place_is_still_a_visit(text: str, language: str) -> None:
    assert visits(text, language)


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("El intercambio comercial entre México y Guatemala es de dos mil 275 millones de dólares.", "es", 2_275e6),
        ("El comercio entre Chile y Perú creció a tres mil 300 millones de dólares en 2024.", "es", 3_300e6),
        ("El comercio entre Chile y Perú fue de mil 200 millones de dólares en 2024.", "es", 1_200e6),
        ("O comércio entre Angola e Portugal foi de dois mil 300 milhões de dólares em 2024.", "pt", 2_300e6),
        ("Trade between Kenya and India was two thousand 500 million dollars in 2024.", "en", 2_500e6),
        (
            "Les échanges entre le Sénégal et la Chine ont atteint deux mille 500 millions de dollars en 2024.",
            "fr",
            2_500e6,
        ),
        ("Товарооборот России и Египта составил две тысячи 500 миллионов долларов в 2024 году.", "ru", 2_500e6),
        ("El comercio entre Chile y Perú fue de 23 mil 200 millones de dólares en 2024.", "es", 23_200e6),
    ],
)
def test_thousands_written_in_words_before_the_digits_count(text: str, language: str, value: float) -> None:
    assert [p.value_usd for p in figures(text, language)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "China is the main destination of Brazil's exports and, in 2013, trade between the two countries exceeded"
            " $83 billion.",
            "en",
        ),
        (
            "A China é o principal destino das exportações brasileiras e, em 2013, o comércio entre os dois países foi"
            " superior a US$ 83 bilhões.",
            "pt",
        ),
        (
            "China es el principal destino de las exportaciones chilenas y, en 2013, el comercio entre los dos países"
            " superó los 30.000 millones de dólares.",
            "es",
        ),
        (
            "La Chine est la première destination des exportations sénégalaises et, en 2023, les échanges entre les deux"
            " pays ont dépassé 3 milliards de dollars.",
            "fr",
        ),
        (
            "Китай — главный рынок для экспорта Египта, и в 2023 году товарооборот двух стран превысил 15 млрд долларов.",
            "ru",
        ),
    ],
)
def test_the_figures_own_clause_names_the_total_after_an_exports_clause(text: str, language: str) -> None:
    assert [p.metric for p in figures(text, language)] == ["total"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Brazil's exports to China and to India reached $60 billion in 2013.", "en"),
        ("Les exportations du Sénégal vers la Chine et vers l'Inde ont atteint 3 milliards de dollars en 2023.", "fr"),
        ("Экспорт Египта в Китай и в Индию превысил 15 млрд долларов в 2023 году.", "ru"),
        ("As exportações de Angola para a China e para a Índia atingiram US$ 3 bilhões em 2023.", "pt"),
    ],
)
def test_exports_told_to_coordinated_partners_stay_exports(text: str, language: str) -> None:
    assert [p.metric for p in figures(text, language)] == ["exports"]


def people(text: str, language: str) -> set[str]:
    return {p.person.name for p in find_people(text, find_party_mentions(text, language), language)}


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("La mandataria de México, Claudia Ruiz, recibió al presidente de Chile.", "es", "Claudia Ruiz"),
        ("El mandatario de Guatemala, Otto Morales, viajará a México.", "es", "Otto Morales"),
        ("O mandatário angolano, João Manuel, recebeu o Presidente de Portugal.", "pt", "João Manuel"),
        ("La viceministra de Exteriores, Laura Pinto, acompañó al presidente de Chile.", "es", "Laura Pinto"),
        (
            "El secretario de Economía, Marcelo Ramos, se reunió con el ministro de Comercio de Chile.",
            "es",
            "Marcelo Ramos",
        ),
        ("O vice-ministro das Relações Exteriores, Paulo Nunes, visitou Luanda.", "pt", "Paulo Nunes"),
        ("Le vice-ministre des Affaires étrangères, Paul Diouf, a reçu l'ambassadeur de Chine.", "fr", "Paul Diouf"),
        ("Заместитель министра иностранных дел Андрей Руденко встретился с послом Египта.", "ru", "Андрей Руденко"),
        ("The Deputy Foreign Minister, Tom Otieno, met the ambassador of India.", "en", "Tom Otieno"),
    ],
)
def test_the_titles_of_heads_and_members_of_government_introduce_a_person(text: str, language: str, name: str) -> None:
    assert name in people(text, language)


def meetings(text: str, language: str) -> list:
    return [
        p for p in read(text, language) if p.kind == "event" and p.type in ("meeting", "talks", "ministerial_meeting")
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        ("El vicepresidente de Brasil será recibido el próximo jueves 28 de agosto por la presidenta de México.", "es"),
        ("O vice-presidente do Brasil será recebido na quinta-feira pelo Presidente de Angola.", "pt"),
        ("The Vice President of Brazil will be received on Thursday by the President of Mexico.", "en"),
        ("Вице-президент Бразилии будет принят в четверг президентом Египта.", "ru"),
    ],
)
def test_a_passive_of_receiving_with_a_time_before_its_agent_is_a_meeting_to_come(text: str, language: str) -> None:
    assert [p.status for p in meetings(text, language)] == ["planned"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("El presidente de Chile ha recibido una carta enviada por el presidente de Perú.", "es"),
        ("O Presidente de Angola tinha recebido uma carta enviada pelo Presidente de Portugal.", "pt"),
        ("Le président du Sénégal a reçu jeudi une lettre envoyée par le président du Brésil.", "fr"),
    ],
)
def test_a_perfect_of_receiving_with_an_object_is_no_passive_and_no_meeting(text: str, language: str) -> None:
    assert not meetings(text, language)


def events_of(text: str, language: str) -> list[str]:
    return sorted(p.type for p in read(text, language) if p.kind == "event")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The President of Kenya began his state visit to India on Monday and met his Indian counterpart in New Delhi.",
            "en",
        ),
        (
            "Le président du Sénégal a entamé lundi sa visite d'État en Chine et a rencontré son homologue chinois à Pékin.",
            "fr",
        ),
        (
            "Президент Египта начал в понедельник государственный визит в Россию и встретился с российским коллегой в Москве.",
            "ru",
        ),
        (
            "O Presidente de Angola iniciou segunda-feira a sua visita de Estado a Portugal e reuniu-se com o homólogo português.",
            "pt",
        ),
        (
            "El presidente de Paraguay comenzó este lunes su visita de Estado a México y se reunió con su homólogo mexicano.",
            "es",
        ),
    ],
)
def test_a_meeting_verb_coordinated_after_a_visit_is_an_event_of_its_own(text: str, language: str) -> None:
    assert events_of(text, language) == ["state_visit", "talks"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The President of Kenya arrived in India on Monday for a state visit and talks with Prime Minister Modi.",
            "en",
        ),
        (
            "Le président du Sénégal est arrivé lundi en Chine pour une visite d'État et des entretiens avec son homologue.",
            "fr",
        ),
        ("Президент Египта прибыл в Россию с государственным визитом и переговорами с российским коллегой.", "ru"),
        (
            "O Presidente de Angola chegou a Portugal para uma visita de Estado e conversações com o homólogo português.",
            "pt",
        ),
        (
            "El presidente de Paraguay llegó a México para una visita de Estado y conversaciones con su homólogo mexicano.",
            "es",
        ),
    ],
)
def test_a_meeting_noun_coordinated_with_a_visit_stays_the_visits(text: str, language: str) -> None:
    assert events_of(text, language) == ["state_visit"]


@pytest.mark.parametrize(
    "text, language, named",
    [
        (
            "El vicepresidente viajó con los ministros de Agricultura, Carlos Fávaro, y Planificación, Simone Tebet.",
            "es",
            {"Carlos Fávaro": "ministro de Agricultura", "Simone Tebet": "ministro de Planificación"},
        ),
        (
            "Se reunió con los secretarios mexicanos de Agricultura, Julio Berdegué, y de Economía, Marcelo Ramos.",
            "es",
            {"Julio Berdegué": "secretario de Agricultura", "Marcelo Ramos": "secretario de Economía"},
        ),
        (
            "He travelled with the ministers of Agriculture, Carlos Favaro, and Planning, Simone Tebet.",
            "en",
            {"Carlos Favaro": "minister of Agriculture", "Simone Tebet": "minister of Planning"},
        ),
        (
            "Viajou com os ministros da Agricultura, Carlos Fávaro, e do Planeamento, Simone Tebet.",
            "pt",
            {"Carlos Fávaro": "ministro da Agricultura", "Simone Tebet": "ministro do Planeamento"},
        ),
        (
            "Il était accompagné des ministres de l'Agriculture, Carlos Favaro, et du Plan, Simone Tebet.",
            "fr",
            {"Carlos Favaro": "ministre de l'Agriculture", "Simone Tebet": "ministre du Plan"},
        ),
    ],
)
def test_a_plural_title_lists_portfolios_each_with_its_person(text: str, language: str, named: dict) -> None:
    found = {p.person.name: p.person.role for p in find_people(text, find_party_mentions(text, language), language)}
    assert named.items() <= found.items()


def test_portfolios_listed_without_people_are_no_people() -> None:
    text = "Los ministros de Relaciones Exteriores, Agricultura, Industria y Turismo de Chile viajaron a Lima."
    assert not people(text, "es")


@pytest.mark.parametrize(
    "text, language, name",
    [
        (
            "Shahriar Alam, state minister, Ministry of Foreign Affairs of Bangladesh, attended the ceremony.",
            "en",
            "Shahriar Alam",
        ),
        ("Tom Otieno, Kenya's trade minister, attended the ceremony in Delhi.", "en", "Tom Otieno"),
        ("Tom Otieno, the foreign minister of Kenya, met the ambassador of India.", "en", "Tom Otieno"),
        ("Paul Diouf, ministre sénégalais du Commerce, a assisté à la cérémonie.", "fr", "Paul Diouf"),
        (
            "Андрей Руденко, заместитель министра иностранных дел России, встретился с послом Египта.",
            "ru",
            "Андрей Руденко",
        ),
        ("Paulo Nunes, ministro angolano da Economia, assistiu à cerimónia.", "pt", "Paulo Nunes"),
        ("Marcelo Ramos, secretario de Economía de México, asistió a la ceremonia.", "es", "Marcelo Ramos"),
    ],
)
def test_a_title_in_apposition_after_a_name_introduces_it(text: str, language: str, name: str) -> None:
    assert name in people(text, language)


def test_an_apposed_title_in_lower_case_takes_no_office_after_it_for_a_name() -> None:
    found = people("Shahriar Alam, state minister, Ministry of Foreign Affairs, attended.", "en")
    assert found == {"Shahriar Alam"}


def parties_of(text: str, language: str) -> set[str]:
    return {party for p in read(text, language) for party in p.parties}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Vice President of Brazil travelled to Mexico amid the trade war waged by the United States.", "en"),
        (
            "Le vice-président du Brésil s'est rendu au Mexique sur fond de guerre commerciale déclenchée par les"
            " États-Unis.",
            "fr",
        ),
        ("Вице-президент Бразилии посетил Мексику на фоне развязанной США торговой войны.", "ru"),
        (
            "O vice-presidente do Brasil viajou ao México em meio à guerra comercial desencadeada pelos Estados Unidos.",
            "pt",
        ),
        (
            "El vicepresidente de Brasil viajó a México en medio de la guerra arancelaria desatada por Estados Unidos.",
            "es",
        ),
    ],
)
def test_the_agent_of_a_participle_that_caused_a_conflict_is_no_side(text: str, language: str) -> None:
    assert parties_of(text, language) == {"BRA", "MEX"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The agreement signed by Chile and Peru covers energy.", "en"),
        ("L'accord signé par le Sénégal et la Chine porte sur l'énergie.", "fr"),
        ("Соглашение, подписанное Россией и Египтом, охватывает энергетику.", "ru"),
        ("O acordo assinado pelo Brasil e pela China abrange a energia.", "pt"),
        ("El acuerdo firmado por Chile y Perú abarca la energía.", "es"),
    ],
)
def test_the_agent_of_a_signing_participle_is_a_side(text: str, language: str) -> None:
    assert len(parties_of(text, language)) == 2


@pytest.mark.parametrize(
    "text, language",
    [
        ("O Presidente de Angola viajou ontem para Portugal para uma visita oficial.", "pt"),
        ("O Presidente de Angola viajará a Portugal na próxima semana.", "pt"),
        ("El presidente de Chile viajó a Perú el lunes.", "es"),
        ("The President of Kenya travelled to India on Monday.", "en"),
        ("Le président du Sénégal a voyagé en Chine lundi.", "fr"),
        ("Президент Египта совершил поездку в Россию в понедельник.", "ru"),
    ],
)
def test_every_form_of_the_verb_of_travel_is_a_visit(text: str, language: str) -> None:
    assert [p for p in read(text, language) if p.kind == "event" and p.type in ("visit", "official_visit")]
