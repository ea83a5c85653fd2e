"""Events on invented sentences (issue 11, session 6): a visit whose arrival or start a dispatch reports without a
date is dated the dispatch's day; states named as the topic of talks ("the situation in Sudan") are no parties of
the event. Each class in English, French, Russian, Portuguese and Spanish."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2024, 7, 10)  # a Wednesday


def events(text: str, language: str, published: date | None = PUBLISHED) -> list:
    return [p for p in extract_text(text, language=language, published=published) if p.kind == "event"]


# --- a visit's arrival or start, undated in the text: the dispatch's day ----------------------------------------

ARRIVALS = [
    ("Kenyan President William Ruto has arrived in Ankara on a state visit to Turkey.", "en"),
    ("The Turkish president arrived in Luanda on an official visit to Angola.", "en"),
    ("Kenya's foreign minister has begun a working visit to Egypt.", "en"),
    ("Le ministre algérien des Affaires étrangères est arrivé à Niamey pour une visite de travail au Niger.", "fr"),
    ("Le président kényan William Ruto est arrivé à Ankara pour une visite d'État en Turquie.", "fr"),
    ("La visite officielle du président turc au Sénégal a commencé par un entretien avec Macky Sall.", "fr"),
    ("Le président ghanéen a entamé une visite officielle en Côte d'Ivoire.", "fr"),
    ("Президент Кении прибыл в Анкару с государственным визитом в Турцию.", "ru"),
    ("Глава МИД Азербайджана прилетел в Каир с рабочим визитом в Египет.", "ru"),
    ("Официальный визит президента Турции в Анголу начался с переговоров в Луанде.", "ru"),
    ("O chanceler angolano chegou a Brasília para uma visita oficial ao Brasil.", "pt"),
    ("O Presidente moçambicano iniciou uma visita de Estado a Portugal.", "pt"),
    ("El canciller chileno llegó a La Habana en visita oficial a Cuba.", "es"),
    ("El presidente argentino inició una visita de Estado a Chile.", "es"),
]


@pytest.mark.parametrize("text, language", ARRIVALS)
def test_an_arrival_told_without_a_date_is_the_dispatch_day(text: str, language: str) -> None:
    (visit,) = [e for e in events(text, language) if "visit" in e.type]
    assert (visit.status, visit.date, visit.date_precision) == ("held", PUBLISHED, "day")


@pytest.mark.parametrize("text, language", ARRIVALS[:1] + ARRIVALS[3:4] + ARRIVALS[7:8])
def test_an_arrival_without_a_dispatch_date_stays_undated(text: str, language: str) -> None:
    (visit,) = [e for e in events(text, language, published=None) if "visit" in e.type]
    assert visit.date is None


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Kenyan President William Ruto arrived in Ankara on Monday on a state visit to Turkey.",
            "en",
            date(2024, 7, 8),
        ),
        (
            "Le président sénégalais est arrivé le 3 juin 2024 à Rabat pour une visite officielle au Maroc.",
            "fr",
            date(2024, 6, 3),
        ),
        (
            "Президент Кении прибыл 3 июня 2024 года в Анкару с государственным визитом в Турцию.",
            "ru",
            date(2024, 6, 3),
        ),
    ],
)
def test_an_arrival_with_its_own_date_keeps_it(text: str, language: str, expected: date) -> None:
    (visit,) = [e for e in events(text, language) if "visit" in e.type]
    assert visit.date == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("After the ceremony, talks between the two leaders began in the Kremlin between Russia and Algeria.", "en"),
        ("Après la cérémonie, les entretiens ont commencé entre les présidents du Sénégal et du Maroc.", "fr"),
        ("После церемонии началась беседа президентов России и Алжира.", "ru"),
    ],
)
def test_talks_that_began_are_not_dated_by_the_dispatch(text: str, language: str) -> None:
    assert all(e.date is None for e in events(text, language))


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president, who arrived in Ghana last week, will pay a state visit to Turkey in September.", "en"),
        ("Le président sénégalais effectuera une visite officielle au Maroc, a-t-on appris à son arrivée.", "fr"),
        ("Президент Кении посетит Турцию с государственным визитом.", "ru"),
    ],
)
def test_a_planned_visit_is_not_dated_by_an_arrival(text: str, language: str) -> None:
    visits = [e for e in events(text, language) if "visit" in e.type and e.status == "planned"]
    assert visits and all(v.date != PUBLISHED for v in visits)


# --- states named as the topic of talks are not sides of them -------------------------------------------------

TOPICS = [
    (
        "Kenyan President Ruto held talks with Turkish President Erdogan in Ankara, where they discussed the situation "
        "in Sudan and Libya.",
        "en",
        {"KEN", "TUR"},
    ),
    (
        "Kenyan President Ruto and Turkish President Erdogan discussed the Libyan crisis at their meeting.",
        "en",
        {"KEN", "TUR"},
    ),
    (
        "Kenya's President Ruto met Turkish President Erdogan; the talks focused on the war in Ukraine, trade and "
        "security in the Horn of Africa.",
        "en",
        {"KEN", "TUR"},
    ),
    (
        "Le président sénégalais Macky Sall s'est entretenu avec le roi Mohammed VI à Rabat de la situation au Mali "
        "et en Libye.",
        "fr",
        {"SEN", "MAR"},
    ),
    (
        "Le président ivoirien a rencontré son homologue ghanéen à Accra pour évoquer la crise au Burkina Faso.",
        "fr",
        {"CIV", "GHA"},
    ),
    (
        "Les présidents du Sénégal et de la Mauritanie ont eu des entretiens sur la sécurité au Sahel et la paix "
        "en Guinée-Bissau.",
        "fr",
        {"SEN", "MRT"},
    ),
    (
        "Президент Кении провел переговоры с президентом Турции в Анкаре, обсудив ситуацию в Судане и Ливии.",
        "ru",
        {"KEN", "TUR"},
    ),
    ("Лидеры России и Египта на встрече обсудили урегулирование конфликта в Ливии.", "ru", {"RUS", "EGY"}),
    (
        "Президенты Казахстана и Узбекистана в ходе переговоров затронули обстановку в Афганистане.",
        "ru",
        {"KAZ", "UZB"},
    ),
    (
        "O Presidente angolano reuniu-se com o Presidente chinês em Pequim, onde abordaram a situação na Etiópia "
        "e no Sudão.",
        "pt",
        {"AGO", "CHN"},
    ),
    (
        "El presidente chileno se reunió con el rey de España en Madrid, donde abordaron la situación en Venezuela "
        "y Perú.",
        "es",
        {"CHL", "ESP"},
    ),
]


@pytest.mark.parametrize("text, language, sides", TOPICS)
def test_states_discussed_are_not_parties_of_the_talks(text: str, language: str, sides: set[str]) -> None:
    found = events(text, language)
    assert found and all(set(e.parties) == sides for e in found)


@pytest.mark.parametrize(
    "text, language, sides",
    [
        (
            "Kenyan President Ruto held talks on security with Turkish President Erdogan in Ankara.",
            "en",
            {"KEN", "TUR"},
        ),
        (
            "Le président sénégalais a rencontré le roi du Maroc à Rabat pour parler de la sécurité.",
            "fr",
            {"SEN", "MAR"},
        ),
        ("Президент Кении провел переговоры о безопасности с президентом Турции.", "ru", {"KEN", "TUR"}),
    ],
)
def test_a_topic_word_before_a_side_leaves_the_side(text: str, language: str, sides: set[str]) -> None:
    found = events(text, language)
    assert found and all(set(e.parties) == sides for e in found)


# --- an event told again ("during the visit") is the article's event, whatever else its sentence names -----------

TOLD_AGAIN = [
    (
        "Kenyan President Ruto held talks with Turkish President Erdogan in Ankara. Kenya and Turkey agreed to deepen "
        "ties. During the talks, Ruto praised Turkey's investments in Ethiopia and Somalia.",
        "en",
        {"KEN", "TUR"},
    ),
    (
        "Kenyan President Ruto paid an official visit to Turkey. Kenya and Turkey signed two agreements. During the "
        "visit, the two sides also spoke of Egypt.",
        "en",
        {"KEN", "TUR"},
    ),
    (
        "Le président sénégalais a effectué une visite officielle au Maroc. Le Sénégal et le Maroc sont des "
        "partenaires. Au cours de cette visite, il a salué le rôle du Maroc au Mali.",
        "fr",
        {"SEN", "MAR"},
    ),
    (
        "Le président ivoirien a rencontré son homologue ghanéen à Accra. La Côte d'Ivoire et le Ghana sont voisins. "
        "Lors de cette rencontre, les deux présidents ont parlé du Togo.",
        "fr",
        {"CIV", "GHA"},
    ),
    (
        "Президент Кении посетил Турцию с официальным визитом. Кения и Турция подписали соглашение. В ходе визита "
        "стороны отметили роль Турции в Сомали.",
        "ru",
        {"KEN", "TUR"},
    ),
    (
        "Президент Египта провел переговоры с президентом России. Египет и Россия подписали соглашение. В ходе "
        "переговоров был затронут вопрос поставок зерна из Казахстана.",
        "ru",
        {"EGY", "RUS"},
    ),
    (
        "O Presidente angolano efetuou uma visita oficial à China. Angola e a China assinaram dois acordos. Durante "
        "a visita, o Presidente elogiou o papel da China na Etiópia.",
        "pt",
        {"AGO", "CHN"},
    ),
    (
        "El presidente chileno realizó una visita oficial a España. Chile y España firmaron dos acuerdos. Durante la "
        "visita, el mandatario destacó el papel de España en Perú.",
        "es",
        {"CHL", "ESP"},
    ),
]


@pytest.mark.parametrize("text, language, sides", TOLD_AGAIN)
def test_an_event_told_again_keeps_the_article_sides(text: str, language: str, sides: set[str]) -> None:
    found = events(text, language)
    assert found and all(set(e.parties) == sides for e in found)


@pytest.mark.parametrize(
    "text, language, sides",
    [
        (
            "Kenyan President Ruto paid an official visit to Turkey. Kenya and Turkey signed two agreements. During "
            "his visit to Egypt, Ruto met Egyptian President Sisi.",
            "en",
            {"KEN", "EGY"},
        ),
        (
            "Le président sénégalais a effectué une visite officielle au Maroc. Le Sénégal et le Maroc sont des "
            "partenaires. Lors de sa visite en Gambie, il a rencontré le président gambien.",
            "fr",
            {"SEN", "GMB"},
        ),
        (
            "Президент Кении посетил Турцию с официальным визитом. Кения и Турция подписали соглашение. В ходе визита "
            "в Египет президент Кении встретился с президентом Египта.",
            "ru",
            {"KEN", "EGY"},
        ),
    ],
)
def test_a_reference_that_names_its_own_state_is_another_event(text: str, language: str, sides: set[str]) -> None:
    found = events(text, language)
    (other,) = sides - {"KEN", "SEN"}
    assert any(other in e.parties for e in found)  # an event of its own …
    assert not any(other in e.parties and len(e.parties) > 2 for e in found)  # … not folded into the first visit


# --- "since Monday": the weekday before the dispatch, the visit under way ------------------------------------------


@pytest.mark.parametrize(
    "text, language, day",
    [
        ("Kenyan President Ruto has been on a state visit to Turkey since Monday.", "en", 8),
        ("Kenyan President Ruto is in Turkey on a state visit since Tuesday.", "en", 9),
        ("Le président sénégalais séjourne depuis lundi au Maroc pour une visite officielle.", "fr", 8),
        ("Le président sénégalais est en visite officielle au Maroc depuis mardi.", "fr", 9),
        ("O Presidente angolano está em visita oficial à China desde segunda-feira.", "pt", 8),
        ("El presidente chileno se encuentra de visita oficial en España desde el lunes.", "es", 8),
    ],
)
def test_a_visit_since_a_weekday_began_that_weekday(text: str, language: str, day: int) -> None:
    (visit,) = [e for e in events(text, language) if "visit" in e.type]
    assert (visit.status, visit.date) == ("held", date(2024, 7, day))


@pytest.mark.parametrize(
    "text",
    [
        "Накануне во Дворце Независимости президенты Беларуси и Зимбабве провели переговоры.",
        "Накануне, президенты России и Египта провели переговоры в Кремле.",
        "Накануне вечером президенты России и Египта провели переговоры в Кремле.",
        "Президенты России и Египта накануне провели переговоры в Кремле.",
    ],
)
def test_russian_nakanune_alone_is_the_day_before_the_dispatch(text: str) -> None:
    (talks,) = events(text, "ru")
    assert (talks.status, talks.date) == ("held", date(2024, 7, 9))


@pytest.mark.parametrize(
    "text",
    [
        "Накануне визита президенты России и Египта провели телефонный разговор.",
        "Накануне саммита министры России и Египта провели переговоры.",
        "Накануне переговоров министры России и Египта провели встречу.",
    ],
)
def test_russian_nakanune_of_an_event_names_no_day(text: str) -> None:
    assert all(e.date is None for e in events(text, "ru"))
