"""Dates a sentence writes for another clause than its event's, and "a year ago" (issue 11, batch 31: event dates
and statuses). Five classes (and "likely to visit" as a plan), with invented sentences in English, French, Russian,
Portuguese and Spanish:

* "Il y a un an, X effectuait, du 18 au 20 mars, une visite" was dated to the coming March, and so planned: a day or
  month without its year, in a sentence that says how many years ago, is of that year.
* "Modi on Sunday said Trump will be visiting" dated the visit to the statement's Sunday: the day of a verb of
  reporting is not that of the event to come it reports.
* "the first official visit since the president was suspended, in May" dated the visit to May (of the next year):
  a date in a clause opened by "since" is that clause's.
* "la commission mixte signée en 2009 et prévue en juin 2013" dated the commission to 2009: a date right after the
  participle of signing that qualifies the event's noun is the signing's.
* "Attentes à la veille de la visite" left the visit held: on the eve of an event it is still to come.
* "il aura contribué à la réactivation de la commission" (French futur antérieur looking back) left a held session
  planned.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.events import status

PUBLISHED = date(2017, 2, 16)


def _events(text: str, language: str, published: date | None = PUBLISHED):
    return [p for p in extract_text(text, language=language, published=published) if p.kind == "event"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("A year ago, the Italian president paid a state visit to Cameroon from 18 to 20 March.", "en"),
        ("Il y a un an, le président italien effectuait, du 18 au 20 mars, une visite d'État au Cameroun.", "fr"),
        ("Год назад, 18 марта, президент Италии совершил государственный визит в Камерун.", "ru"),
        ("Há um ano, de 18 a 20 de março, o presidente italiano fez uma visita de Estado aos Camarões.", "pt"),
        ("Hace un año, del 18 al 20 de marzo, el presidente italiano realizó una visita de Estado a Camerún.", "es"),
    ],
)
def test_a_yearless_day_a_year_ago_is_of_last_year(text: str, language: str) -> None:
    found = _events(text, language)
    assert found
    visit = found[0]
    assert visit.date == date(2016, 3, 18)
    assert visit.status == "held"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Two years ago, the Italian president paid a state visit to Cameroon.", "en"),
        ("Il y a deux ans, le président italien a effectué une visite d'État au Cameroun.", "fr"),
        ("Два года назад президент Италии совершил государственный визит в Камерун.", "ru"),
    ],
)
def test_an_undated_event_years_ago_takes_that_year(text: str, language: str) -> None:
    visit = _events(text, language)[0]
    assert (visit.date, visit.date_precision) == (date(2015, 1, 1), "year")


def test_a_dated_year_or_an_event_to_come_ignores_years_ago() -> None:
    written = _events("A year ago, on 18 March 2015, the Italian president paid a state visit to Cameroon.", "en")
    assert written[0].date == date(2015, 3, 18)
    ahead = _events(
        "Il y a un an, on l'annonçait : le président italien effectuera une visite au Cameroun le 18 mars.", "fr"
    )
    assert ahead[0].date == date(2017, 3, 18) and ahead[0].status == "planned"


SUNDAY = date(2020, 2, 23)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Prime Minister Modi on Sunday said it is an honour that President Trump will be visiting India.", "en"),
        ("Le Premier ministre a annoncé dimanche que le président américain effectuera une visite en Inde.", "fr"),
        ("Премьер-министр Индии в воскресенье заявил, что президент США посетит Индию с визитом.", "ru"),
        ("O primeiro-ministro indiano anunciou no domingo que o presidente americano fará uma visita à Índia.", "pt"),
        (
            "El primer ministro indio anunció el domingo que el presidente estadounidense realizará una visita a la India.",
            "es",
        ),
    ],
)
def test_the_day_a_plan_is_told_is_not_its_day(text: str, language: str) -> None:
    found = _events(text, language, SUNDAY)
    assert found
    assert all(p.status == "planned" and p.date is None for p in found)


def test_the_day_of_a_statement_still_dates_the_event_it_tells_as_done() -> None:
    found = _events("Le ministère a indiqué dimanche que les deux présidents se sont rencontrés à Paris.", "fr", SUNDAY)
    assert found and found[0].status == "held" and found[0].date == SUNDAY


AUGUST = date(2016, 8, 12)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "It will be the first official visit to Brasilia since the president was suspended by the Senate, in May.",
            "en",
        ),
        (
            "Ce sera la première visite officielle à Brasilia depuis que la présidente a été suspendue par le Sénat, en mai.",
            "fr",
        ),
        ("Это будет первый официальный визит в Бразилиа с тех пор, как президент была отстранена сенатом в мае.", "ru"),
        ("Será a primeira visita oficial a Brasília desde que a presidente foi afastada pelo Senado, em maio.", "pt"),
        (
            "Será la primera visita oficial a Brasilia desde que la presidenta fue apartada por el Senado, en mayo.",
            "es",
        ),
    ],
)
def test_a_date_after_since_dates_that_clause(text: str, language: str) -> None:
    found = _events(text, language, AUGUST)
    assert found
    assert all(p.date is None for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "It is the first visit to Brasilia by a Kenyan leader since the establishment of diplomatic relations "
            "between the two countries in 1964.",
            "en",
        ),
        (
            "C'est la première visite d'un dirigeant kényan à Brasilia depuis l'établissement des relations "
            "diplomatiques entre les deux pays en 1964.",
            "fr",
        ),
        (
            "Это первый визит кенийского лидера в Бразилиа с момента установления дипломатических отношений между "
            "странами в 1964 году.",
            "ru",
        ),
        (
            "É a primeira visita de um líder queniano a Brasília desde o estabelecimento das relações diplomáticas "
            "entre os dois países em 1964.",
            "pt",
        ),
        (
            "Es la primera visita de un líder keniano a Brasilia desde el establecimiento de relaciones diplomáticas "
            "entre los dos países en 1964.",
            "es",
        ),
    ],
)
def test_since_a_founding_act_its_year_is_not_the_visits(text: str, language: str) -> None:
    """ "Since" before the noun of a founding act: the year is that act's (read as its own event), not the visit's."""
    visits = [p for p in _events(text, language, AUGUST) if "visit" in p.type]
    assert visits and all(p.date is None for p in visits)


@pytest.mark.parametrize(
    "text, language, month",
    [
        (
            "The two sides agreed to hold the first session of the joint commission signed in 2009 in Beirut in June 2013.",
            "en",
            6,
        ),
        (
            "Les deux parties ont décidé de la tenue de la première session de la commission mixte signée en 2009 et "
            "prévue à Beyrouth en juin 2013.",
            "fr",
            6,
        ),
        (
            "Ливан и Кот-д’Ивуар договорились провести первое заседание межправительственной комиссии, подписанной в 2009 году, "
            "в июне 2013 года.",
            "ru",
            6,
        ),
        (
            "A Costa do Marfim e o Líbano decidiram realizar a primeira sessão da comissão mista assinada em 2009 e "
            "prevista para junho de 2013.",
            "pt",
            6,
        ),
        (
            "Las partes decidieron celebrar la primera sesión de la comisión mixta firmada en 2009 y prevista en junio "
            "de 2013 en Beirut.",
            "es",
            6,
        ),
    ],
)
def test_a_date_after_a_signing_participle_is_not_the_events(text: str, language: str, month: int) -> None:
    found = _events(text, language, date(2013, 3, 16))
    assert found
    assert (found[0].date, found[0].date_precision) == (date(2013, month, 1), "month")


def test_an_agreement_keeps_its_signing_date() -> None:
    found = extract_text("The agreement signed in 2009 entered into force in 2010.", language="en")
    assert all(p.date != date(2013, 6, 1) for p in found)
    meeting = _events(
        "The summit of Kenya and Ghana where agreements were signed on 5 March 2013 was a success.",
        "en",
        date(2013, 3, 16),
    )
    assert meeting and meeting[0].date == date(2013, 3, 5)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Portugal and Mozambique hold their sixth summit in Porto on Tuesday. The sixth summit was announced in "
            "July by the Portuguese prime minister.",
            "en",
        ),
        (
            "Le Portugal et le Mozambique tiennent mardi à Porto leur sixième sommet. Le sommet, annoncé en juillet "
            "par le Premier ministre portugais, réunira vingt ministres.",
            "fr",
        ),
        (
            "Португалия и Мозамбик проводят во вторник в Порту шестой саммит. Саммит, объявленный в июле "
            "премьер-министром Португалии, соберет двадцать министров.",
            "ru",
        ),
        (
            "Portugal e Moçambique realizam esta terça-feira, no Porto, a VI cimeira. A realização da VI cimeira foi "
            "anunciada em julho pelo primeiro-ministro português.",
            "pt",
        ),
        (
            "Portugal y Mozambique celebran este martes en Oporto su sexta cumbre. La sexta cumbre fue anunciada en "
            "julio por el primer ministro portugués.",
            "es",
        ),
    ],
)
def test_the_month_an_event_was_announced_is_not_its_date(text: str, language: str) -> None:
    found = _events(text, language, date(2025, 12, 9))
    assert found
    assert all(p.date != date(2025, 7, 1) for p in found)
    assert any(p.date == date(2025, 12, 9) for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenya-Ghana summit, initially planned for 2019, focuses on development.", "en"),
        ("Le sommet Kenya-Ghana, initialement prévu pour 2019, est axé sur le développement.", "fr"),
        ("Саммит Кении и Ганы, первоначально запланированный на 2019 год, посвящен развитию.", "ru"),
        ("A cimeira Quénia-Gana, inicialmente prevista para 2019, centra-se no desenvolvimento.", "pt"),
        ("La cumbre Kenia-Ghana, inicialmente prevista para 2019, se centra en el desarrollo.", "es"),
    ],
)
def test_a_first_plans_date_is_never_the_events(text: str, language: str) -> None:
    found = _events(text, language, date(2023, 11, 10))
    assert found and all(p.date is None for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The intergovernmental commission of Kenya and Ghana will meet in Nairobi in March.", "en"),
        ("La commission intergouvernementale Kenya-Ghana se réunira à Nairobi en mars.", "fr"),
        ("Межправительственная комиссия Кении и Ганы соберется в Найроби в марте.", "ru"),
        ("A comissão intergovernamental Quénia-Gana reunir-se-á em Nairobi em março.", "pt"),
        ("La comisión intergubernamental Kenia-Ghana se reunirá en Nairobi en marzo.", "es"),
    ],
)
def test_a_commission_that_will_meet_this_month_is_planned(text: str, language: str) -> None:
    found = _events(text, language, date(2013, 3, 16))
    assert found and all(p.status == "planned" for p in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Indian Prime Minister Modi likely to visit Kenya and Ghana.", "en"),
        ("Le Premier ministre indien devrait probablement se rendre au Kenya et au Ghana.", "fr"),
        ("Премьер-министр Индии, вероятно, посетит Кению и Гану.", "ru"),
    ],
)
def test_likely_to_visit_is_planned(text: str, language: str) -> None:
    found = _events(text, language, None)
    assert found and all(p.status == "planned" for p in found)


@pytest.mark.parametrize(
    "text, language, word, expected",
    [
        (
            "On the eve of the visit of the Vietnamese prime minister to Algeria, hopes are high.",
            "en",
            "visit",
            "planned",
        ),
        ("Attentes à la veille de la visite du Premier ministre vietnamien en Algérie", "fr", "visite", "planned"),
        ("Накануне визита премьер-министра Вьетнама в Алжир ожидания высоки.", "ru", "визита", "planned"),
        ("Накануне президент провел переговоры с премьером.", "ru", "переговоры", "held"),
        ("Na véspera da visita do primeiro-ministro à Argélia, as expectativas são altas.", "pt", "visita", "planned"),
        (
            "En vísperas de la visita del primer ministro a Argelia, las expectativas son altas.",
            "es",
            "visita",
            "planned",
        ),
    ],
)
def test_on_the_eve_of_an_event_it_is_to_come(text: str, language: str, word: str, expected: str) -> None:
    """ "Attentes à la veille de la visite" left the visit held: on the eve of an event, it is still to come
    (``planned``); Russian "накануне" alone is "the day before", so only "накануне визита" counts."""
    at = text.index(word)
    assert status(text, language, "event", (at, at + len(word))) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        (
            "Au plan politique, il aura contribué à la réactivation de la commission mixte avec la tenue de sa "
            "deuxième session du 4 au 6 mars 2014.",
            "commission",
            "held",
        ),
        ("Le président aura été reçu par son homologue lors de sa visite.", "visite", "held"),
        ("La visite aura lieu du 4 au 6 mars.", "visite", "planned"),
        ("Le ministre aura des entretiens avec son homologue.", "entretiens", "planned"),
    ],
)
def test_a_french_look_back_in_the_futur_anterieur_is_no_plan(text: str, word: str, expected: str) -> None:
    """ "il aura contribué à la réactivation de la commission" left a held session planned: "aura" with a past
    participle looks back (``not_future``); "aura lieu" and "aura des entretiens" stay futures. French only: the
    other languages' futures are read by their own forms."""
    at = text.index(word)
    assert status(text, "fr", "event", (at, at + len(word))) == expected
