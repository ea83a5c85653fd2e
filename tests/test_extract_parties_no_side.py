"""States named that are no side of what an article reports (issue 11, party precision, seventeenth session, batch 32).

Five classes, each with invented sentences in English, French and Russian (Portuguese and Spanish where the class
applies), and guards that keep the sides:

- a state's name written as a person's given name before a known surname ("Georgia Meloni");
- a capital told as the place of a meeting in the run-up to a gathering ("in Bishkek, ahead of the SCO summit");
- a capital told as a place in a headline that names two other states ("Putin's meeting in Bishkek with Modi");
- the host of a trip told before the one reported, in a sentence that opens on the reported trip ("Ahead of the state
  visit to Viet Nam, he agreed with President Macron in Paris");
- a state whose official's visit dates the reported one ("after that of his Ukrainian counterpart"), the reported
  visit told again as "this visit".
"""

from __future__ import annotations

from datetime import date

import pytest

from _extract_parties import article_parties
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.given_names import without_given_names
from partnerlens.cooperation.extract.venues import without_headline_venue
from partnerlens.cooperation.gazetteer import find_party_mentions

parties = article_parties


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "Italian Prime Minister Giorgia Meloni arrived in Algiers on Sunday for talks with the Algerian president. "
            "Georgia Meloni and President Tebboune signed a gas agreement.",
            {"ITA", "DZA"},
            {"GEO"},
        ),
        (
            "fr",
            "La présidente du Conseil italien, Giorgia Meloni, est arrivée dimanche à Alger. La visite de Georgia "
            "Meloni en Algérie porte sur le gaz.",
            {"ITA", "DZA"},
            {"GEO"},
        ),
        (
            "ru",
            "Премьер-министр Италии Джорджия Мелони прибыла в Алжир. Визит Мелони в Алжир посвящён поставкам газа.",
            {"ITA", "DZA"},
            {"GEO"},
        ),
    ],
)
def test_a_state_written_as_a_given_name_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Georgia, Meloni said, is a partner."),  # punctuation between: the state stays
        ("en", "Georgia and Italy signed an agreement."),
        ("fr", "La Géorgie et l'Italie ont signé un accord."),
    ],
)
def test_a_state_before_other_words_stays(language, text):
    mentions = find_party_mentions(text, language)
    assert "GEO" in {m.party for m in without_given_names(text, mentions, {})}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The President of Kenya William Ruto received the President of Turkey Recep Tayyip Erdogan in Nairobi. "
            "The presidents signed "
            "five agreements.",
        ),
        (
            "fr",
            "Le président du Kenya William Ruto a reçu à Nairobi le président de la Turquie Recep Tayyip Erdogan. "
            "Les présidents ont "
            "signé cinq accords.",
        ),
        (
            "ru",
            "Президент Кении Уильям Руто принял в Найроби президента Турции Реджепа Тайипа Эрдогана. Президенты подписали пять соглашений.",
        ),
    ],
)
def test_a_state_before_a_whole_name_given_name_first_stays(language, text):
    """A state written before a person named in full ("President of Kenya William Ruto", a genitive after a title
    in Russian) is the person's state, not a given name: only a surname alone right after it makes it one."""
    found = extract_text(text, language=language, published=date(2025, 3, 10), today=date(2025, 3, 10))
    assert [set(p.parties) for p in found if p.kind == "agreement"] == [{"KEN", "TUR"}]


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "South Africa and Brazil want to double their trade. President Cyril Ramaphosa will meet his counterpart "
            "on Tuesday in Astana, ahead of the Shanghai Cooperation Organization summit.",
            {"ZAF", "BRA"},
            {"KAZ"},
        ),
        (
            "fr",
            "Le Sénégal et la Turquie veulent doubler leurs échanges. Le président sénégalais rencontrera mardi son "
            "homologue à Addis-Abeba, à la veille du sommet de l'Union africaine.",
            {"SEN", "TUR"},
            {"ETH"},
        ),
        (
            "ru",
            "Казахстан и Египет хотят удвоить товарооборот. Президент Казахстана проведёт переговоры с коллегой во "
            "вторник в Минске накануне саммита ЕАЭС.",
            {"KAZ", "EGY"},
            {"BLR"},
        ),
    ],
)
def test_a_capital_in_the_run_up_to_a_gathering_is_its_venue(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


def test_a_capital_visited_without_a_gathering_stays():
    found = parties("Brazilian President Lula will visit Astana on Tuesday for talks with President Tokayev.", "en")
    assert {"BRA", "KAZ"} <= found


@pytest.mark.parametrize(
    ("language", "title", "text", "kept", "dropped"),
    [
        (
            "en",
            "Ramaphosa’s first meeting in Astana to be talks with Brazilian President",
            "President Cyril Ramaphosa will meet Brazilian President Lula on Tuesday, his aide told reporters. "
            "According to the aide, the key topic of the meeting will be expanding trade between the two countries.",
            {"ZAF", "BRA"},
            {"KAZ"},
        ),
        (
            "fr",
            "La première rencontre de Ramaphosa à Astana sera avec le président brésilien",
            "Le président sud-africain rencontrera mardi le président brésilien, a indiqué son conseiller. Selon lui, "
            "le thème principal de la rencontre sera le commerce entre les deux pays.",
            {"ZAF", "BRA"},
            {"KAZ"},
        ),
        (
            "ru",
            "Первая встреча президента ЮАР в Астане пройдёт с президентом Бразилии",
            "Президент ЮАР встретится с президентом Бразилии во вторник, сообщил его помощник. По его словам, главной "
            "темой встречи станет торговля между двумя странами.",
            {"ZAF", "BRA"},
            {"KAZ"},
        ),
    ],
)
def test_a_capital_placed_in_a_headline_of_two_other_states_is_no_side(language, title, text, kept, dropped):
    found = parties(text, language, title=title)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "title", "kept"),
    [
        ("fr", "Le Chef de l'État a regagné Abidjan après le 1er Sommet Corée-Afrique à Séoul", "KOR"),  # a group
        ("en", "Lula to hold talks in Astana", "KAZ"),  # one other state only
        ("ru", "Токаев и Лула проведут переговоры в Астане", "KAZ"),  # the host named again by its leader
    ],
)
def test_a_headline_capital_that_may_be_a_side_stays(language, title, kept):
    mentions = find_party_mentions(title, language)
    assert kept in {m.party for m in without_headline_venue(title, mentions, language)}


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "Kenyan President William Ruto arrived in Seoul on Monday for a state visit to South Korea. Ahead of the "
            "state visit to South Korea, Ruto agreed with Japanese Prime Minister Fumio Kishida on energy projects "
            "during his visit to Tokyo.",
            {"KEN", "KOR"},
            {"JPN"},
        ),
        (
            "fr",
            "Le président ghanéen est arrivé lundi à Ankara pour une visite d'État en Turquie. Avant sa visite en "
            "Turquie, il s'était entretenu avec le président égyptien au Caire.",
            {"GHA", "TUR"},
            {"EGY"},
        ),
        (
            "ru",
            "Президент Кении прибыл в Сеул с государственным визитом в Южную Корею. Перед визитом в Южную Корею он "
            "провёл переговоры с премьер-министром Японии в Токио.",
            {"KEN", "KOR"},
            {"JPN"},
        ),
    ],
)
def test_the_host_of_an_earlier_leg_is_no_side(language, text, kept, dropped):
    found = parties(text, language, published=date(2024, 5, 6))
    assert kept <= found
    assert not dropped & found


def test_a_leg_still_to_come_keeps_its_state():
    text = (
        "Kenyan President William Ruto arrived in Seoul on Monday for a state visit to South Korea. Before his visit "
        "to South Korea ends, Ruto will travel to Tokyo for talks with Japanese Prime Minister Fumio Kishida."
    )
    assert {"KEN", "KOR", "JPN"} <= parties(text, "en", published=date(2024, 5, 6))


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "The Chinese foreign minister arrived in Nairobi on Monday for talks with Kenyan President William Ruto. "
            "China and Kenya discussed trade. This visit comes days after that of his Ukrainian counterpart, and "
            "grain supplies were on the agenda.",
            {"CHN", "KEN"},
            {"UKR"},
        ),
        (
            "fr",
            "Le ministre chinois des Affaires étrangères est arrivé lundi à Nairobi. La Chine et le Kenya ont évoqué "
            "le commerce. Au cœur de cette visite qui intervient peu après celle de son homologue ukrainien, les "
            "céréales.",
            {"CHN", "KEN"},
            {"UKR"},
        ),
        (
            "ru",
            "Министр иностранных дел Китая прибыл с визитом в Кению. Китай и Кения обсудили торговлю. Этот визит состоялся "
            "вскоре после визита его украинского коллеги, в центре внимания было зерно.",
            {"CHN", "KEN"},
            {"UKR"},
        ),
    ],
)
def test_a_state_whose_visit_dates_the_reported_one_is_no_side(language, text, kept, dropped):
    found = parties(text, language, published=date(2023, 5, 29))
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "KAMPALA — Turkish President Recep Tayyip Erdogan held talks with President Yoweri Museveni on Wednesday. "
            "Turkey and Uganda signed three agreements. The first leg of Erdogan’s African tour was in Senegal in "
            "February.",
        ),
        (
            "fr",
            "KAMPALA — Le président turc Recep Tayyip Erdogan s'est entretenu mercredi avec le président ougandais "
            "Yoweri Museveni. La Turquie et l'Ouganda ont signé trois accords. En février, Erdogan a effectué une "
            "visite au Sénégal.",
        ),
        (
            "ru",
            "КАМПАЛА — Президент Турции Реджеп Тайип Эрдоган провёл в среду переговоры с президентом Уганды Йовери "
            "Мусевени. Турция и Уганда подписали три соглашения. В феврале Эрдоган посетил Сенегал.",
        ),
    ],
)
def test_a_visit_months_before_the_article_is_an_earlier_trip(language, text):
    found = parties(text, language, published=date(2016, 6, 1))
    assert {"TUR", "UGA"} <= found
    assert "SEN" not in found


def test_a_visit_of_the_same_month_keeps_its_state():
    text = (
        "KAMPALA — Turkish President Recep Tayyip Erdogan held talks with President Yoweri Museveni on Wednesday. "
        "Turkey and Uganda signed three agreements. On Monday, Erdogan visited Senegal."
    )
    assert "SEN" in parties(text, "en", published=date(2016, 6, 1))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "President Cyril Ramaphosa will hold a meeting with Brazilian President Lula on June 13 in Astana, ahead "
            "of the Shanghai Cooperation Organization summit.",
        ),
        (
            "fr",
            "Le président sud-africain tiendra une réunion avec le président brésilien le 13 juin à Astana, à la veille "
            "du sommet de l'Organisation de coopération de Shanghai.",
        ),
        (
            "ru",
            "Президент ЮАР проведёт встречу с президентом Бразилии 13 июня в Астане накануне саммита Шанхайской "
            "организации сотрудничества.",
        ),
    ],
)
def test_a_meeting_in_the_run_up_to_a_gathering_is_what_is_told(language, text):
    from partnerlens.cooperation.extract import extract_text

    events = [p for p in extract_text(text, language=language, published=date(2024, 6, 10)) if p.kind == "event"]
    assert events and all(p.status == "planned" for p in events)
    assert all(set(p.parties) <= {"ZAF", "BRA"} for p in events)
