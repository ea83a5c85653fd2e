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
from partnerlens.cooperation.extract.given_names import without_given_names
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
    assert "GEO" in {m.party for m in without_given_names(text, mentions, set())}


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "President Cyril Ramaphosa will hold a meeting with Brazilian President Lula on Tuesday in Astana, ahead "
            "of the Shanghai Cooperation Organization summit. South Africa and Brazil will discuss trade.",
            {"ZAF", "BRA"},
            {"KAZ"},
        ),
        (
            "fr",
            "Le président sénégalais s'entretiendra mardi avec son homologue turc à Addis-Abeba, à la veille du "
            "sommet de l'Union africaine. Le Sénégal et la Turquie veulent doubler leurs échanges.",
            {"SEN", "TUR"},
            {"ETH"},
        ),
        (
            "ru",
            "Президент Казахстана проведёт переговоры с президентом Египта в Минске накануне саммита ЕАЭС. Казахстан "
            "и Египет обсудят торговлю.",
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
            "President Cyril Ramaphosa will meet Brazilian President Lula on Tuesday. The two countries will discuss "
            "trade and energy.",
            {"ZAF", "BRA"},
            {"KAZ"},
        ),
        (
            "fr",
            "Le président sénégalais et son homologue turc à Addis-Abeba",
            "Le président sénégalais rencontrera mardi son homologue turc. Les deux pays veulent doubler leurs "
            "échanges.",
            {"SEN", "TUR"},
            {"ETH"},
        ),
        (
            "ru",
            "Президенты Казахстана и Египта встретятся в Минске",
            "Президент Казахстана встретится с президентом Египта во вторник. Две страны обсудят торговлю.",
            {"KAZ", "EGY"},
            {"BLR"},
        ),
    ],
)
def test_a_capital_placed_in_a_headline_of_two_other_states_is_no_side(language, title, text, kept, dropped):
    found = parties(text, language, title=title)
    assert kept <= found
    assert not dropped & found


def test_a_headline_capital_with_one_other_state_stays():
    found = parties(
        "President Lula will arrive on Tuesday. Brazil and Kazakhstan will sign a trade agreement.",
        "en",
        title="Lula to hold talks in Astana",
    )
    assert {"BRA", "KAZ"} <= found


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
