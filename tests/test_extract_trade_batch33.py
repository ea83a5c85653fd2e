"""Trade figures fully right, the classes batch 33 showed (issue 11, seventeenth session): invented sentences.

* a state named after an exclusion word ("à l'exception des États-Unis", "except the United States", "за исключением
  США") is no side of the figure, nor of the headline;
* "the trade is in surplus for X", "le commerce est bénéficiaire pour X de …", "excedent" written without its accent:
  a balance;
* the second level of a balance told "from X to Y" is a balance too;
* an index in brackets after a level ("245 млн долларов (103,3%)") is growth over the year before;
* a figure of "this year" in an undated article, set against "the same period of 2022" in the next sentence, is of
  2023, and so are the figures after that sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from _trade_claims import claims, one
from partnerlens.cooperation.extract import extract_text

EXCLUDED = [
    (
        "Les échanges commerciaux entre les deux pays ont atteint 4 milliards d'euros en 2023, faisant du Portugal le "
        "premier partenaire du Brésil hors d'Europe, à l'exception de la Chine et des États-Unis.",
        "fr",
        "Le Brésil et le Portugal renforcent leurs échanges",
        4e9,
        {"BRA", "PRT"},
    ),
    (
        "Trade between the two countries reached $4 billion in 2023, making Portugal Brazil's largest partner outside "
        "Europe, except for China and the United States.",
        "en",
        "Brazil and Portugal step up trade",
        4e9,
        {"BRA", "PRT"},
    ),
    (
        "Товарооборот между двумя странами в 2023 году достиг 4 млрд долларов, за исключением Китая и США это "
        "крупнейший партнер.",
        "ru",
        "Бразилия и Португалия наращивают торговлю",
        4e9,
        {"BRA", "PRT"},
    ),
]


@pytest.mark.parametrize(("text", "language", "title", "value", "sides"), EXCLUDED)
def test_a_state_after_an_exclusion_word_is_no_side(text, language, title, value, sides):
    assert set(one(claims(text, language, title), value).parties) == sides


HEADLINES = [
    (
        "Le Brésil, premier client du Portugal hors d'Europe, à l'exception des États-Unis",
        "Les exportations portugaises vers le Brésil ont atteint 2 milliards d'euros en 2022.",
        "fr",
    ),
    (
        "Brazil is Portugal's largest client outside Europe, except for the United States",
        "Portuguese exports to Brazil reached 2 billion euros in 2022.",
        "en",
    ),
]


@pytest.mark.parametrize(("title", "text", "language"), HEADLINES)
def test_a_state_excluded_in_the_headline_is_not_the_articles(title, text, language):
    found = extract_text(text, language=language, title=title)
    assert "USA" not in {party for p in found for party in p.parties}


BALANCES = [
    ("Le commerce bilatéral est ainsi bénéficiaire pour le Chili de 120 millions de dollars.", "fr", "Chili-Maroc"),
    ("Les échanges sont restés excédentaires pour le Chili, à 120 millions de dollars.", "fr", "Chili-Maroc"),
    ("Le Chili realise un excedent commercial de 120 millions de dollars avec le Maroc.", "fr", "Chili-Maroc"),
]


@pytest.mark.parametrize(("text", "language", "title"), BALANCES)
def test_a_trade_in_surplus_is_a_balance(text, language, title):
    assert one(claims(text, language, title), 120e6).metric == "balance"


def test_a_deficitary_trade_is_a_negative_balance():
    found = claims(
        "Le commerce bilatéral est déficitaire pour le Maroc de 120 millions de dollars.", "fr", "Chili-Maroc"
    )
    assert one(found, -120e6).metric == "balance"


FROM_TO_BALANCES = [
    (
        "En 2021, l'excédent commercial du Chili avec le Maroc a doublé, passant de 50 millions de dollars en 2020 à "
        "100 millions de dollars.",
        "fr",
    ),
    (
        "In 2021, Chile's trade surplus with Morocco doubled, rising from $50 million in 2020 to $100 million.",
        "en",
    ),
    ("В 2021 году профицит торговли Чили с Марокко вырос с 50 млн долларов в 2020 году до 100 млн долларов.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), FROM_TO_BALANCES)
def test_the_second_level_of_a_balance_from_one_level_to_another_is_a_balance(text, language):
    found = claims(text, language, "Chili - Maroc")
    assert one(found, 100e6).metric == "balance"
    assert one(found, 50e6).metric == "balance"


INDICES = [
    ("Экспорт белорусских товаров в Монголию составил 45,5 млн долларов США (112,4%).", "ru", 12.4),
    ("Импорт монгольских товаров в Беларусь составил 3,2 млн долларов (250%).", "ru", 150.0),
    ("Les exportations du Chili vers le Maroc ont atteint 45,5 millions de dollars (112,4 %).", "fr", 12.4),
]


@pytest.mark.parametrize(("text", "language", "growth"), INDICES)
def test_an_index_in_brackets_after_a_level_is_growth(text, language, growth):
    found = claims(text, language, "Беларусь и Монголия" if language == "ru" else "Chili-Maroc", date(2022, 2, 1))
    rate = one(found, growth)
    assert rate.metric == "growth"
    assert not [p for p in found if p.metric == "share"]


def test_a_share_in_brackets_stays_a_share():
    found = claims(
        "Экспорт белорусских товаров в Монголию составил 45,5 млн долларов США (12,4% всего экспорта).",
        "ru",
        "Беларусь и Монголия",
        date(2022, 2, 1),
    )
    assert one(found, 12.4).metric == "share"


SAME_PERIOD = [
    (
        "Товарооборот между двумя странами за 9 месяцев этого года составил 12 миллиардов долларов. За аналогичный "
        "период 2022 года он был вдвое ниже. При этом экспорт Бразилии в Китай вырос на 40 процентов.",
        "ru",
        "Товарооборот Бразилии и Китая вырос",
    ),
    (
        "Les échanges entre les deux pays ont atteint 12 milliards de dollars sur les neuf premiers mois de cette "
        "année. Sur la même période de 2022, ils étaient deux fois moindres. Les exportations du Brésil vers la Chine "
        "ont progressé de 40 %.",
        "fr",
        "Les échanges entre le Brésil et la Chine en hausse",
    ),
]


@pytest.mark.parametrize(("text", "language", "title"), SAME_PERIOD)
def test_this_year_set_against_the_same_period_of_a_year_is_the_next(text, language, title):
    found = claims(text, language, title)  # no publication date
    assert one(found, 12e9).year == 2023
    assert one(found, 40).year == 2023


def test_a_dated_article_keeps_its_own_year():
    found = claims(
        "Товарооборот между двумя странами за 9 месяцев этого года составил 12 миллиардов долларов. За аналогичный "
        "период 2022 года он был вдвое ниже.",
        "ru",
        "Товарооборот Бразилии и Китая вырос",
        date(2024, 11, 2),
    )
    assert one(found, 12e9).year == 2024


RESPECTIVELY = [
    (
        "Ses échanges avec le Kenya, l'Ouganda et la Tanzanie ont progressé respectivement de 12 %, 35 % et 8 % sur "
        "la période.",
        "fr",
        "Le commerce de l'Inde avec l'Afrique de l'Est",
    ),
    (
        "Its trade with Kenya, Uganda and Tanzania grew by 12%, 35% and 8% respectively over the period.",
        "en",
        "India's trade with East Africa",
    ),
    (
        "Ее товарооборот с Кенией, Угандой и Танзанией вырос соответственно на 12%, 35% и 8%.",
        "ru",
        "Торговля Индии с Восточной Африкой",
    ),
]


@pytest.mark.parametrize(("text", "language", "title"), RESPECTIVELY)
def test_figures_given_respectively_are_each_of_their_partner(text, language, title):
    found = claims(text, language, title, date(2023, 5, 2))
    assert set(one(found, 12).parties) == {"IND", "KEN"}
    assert set(one(found, 35).parties) == {"IND", "UGA"}
    assert set(one(found, 8).parties) == {"IND", "TZA"}


def test_respectively_needs_as_many_figures_as_partners():
    found = claims(
        "Ее товарооборот с Кенией и Угандой вырос на 12%, соответственно выросли и поставки.",
        "ru",
        "Торговля Индии с Восточной Африкой",
        date(2023, 5, 2),
    )
    assert set(one(found, 12).parties) != {"IND", "KEN"}


SHIPPED = [
    ("Индия отправила в Бразилию товаров на 3,3 миллиарда долларов.", "ru"),
    ("Индия отправляет в Бразилию товаров примерно на 3,3 миллиарда долларов.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), SHIPPED)
def test_goods_sent_to_a_partner_are_exports(text, language):
    figure = one(claims(text, language, "Индия и Бразилия", date(2023, 5, 2)), 3.3e9)
    assert figure.metric == "exports"
    assert figure.parties == ["IND", "BRA"]


BRACKETED = [
    (
        "En 2020, les exportations du Chili vers le Maroc ont atteint 6 milliards d'euros (contre 7 milliards d'euros "
        "en 2019) alors que les importations s'élèvent à 5 milliards d'euros (contre 4 milliards d'euros en 2019).",
        "fr",
    ),
    (
        "In 2020 Chile's exports to Morocco reached 6 billion euros (against 7 billion euros in 2019) while imports "
        "stood at 5 billion euros (against 4 billion euros in 2019).",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "language"), BRACKETED)
def test_a_level_compared_in_brackets_is_of_the_flow_before_it(text, language):
    found = claims(text, language, "Chili - Maroc", date(2021, 3, 1))
    assert one(found, 7e9).metric == "exports"
    assert one(found, 4e9).metric == "imports"


LISTED_GOODS = [
    (
        "Les exportations françaises vers le Sénégal sont menées par les médicaments pour 160 millions d'euros, suivis des "
        "céréales pour 120 millions d'euros et des produits laitiers pour 90 millions d'euros.",
        "fr",
        "France-Sénégal",
        "FRA",
    ),
    (
        "French exports to Senegal are led by medicines at 160 million euros, followed by cereals at 120 million "
        "euros and dairy products at 90 million euros.",
        "en",
        "France and Senegal",
        "FRA",
    ),
    (
        "Экспорт Франции в Сенегал возглавляют лекарства на 160 млн евро, затем следуют зерновые на 120 млн евро "
        "и молочные продукты на 90 млн евро.",
        "ru",
        "Франция и Сенегал",
        "FRA",
    ),
]


@pytest.mark.parametrize(("text", "language", "title", "owner"), LISTED_GOODS)
def test_goods_listed_after_the_first_level_are_of_its_flow(text, language, title, owner):
    found = claims(text, language, title, date(2023, 5, 2))
    for value in (160e6, 120e6, 90e6):
        assert one(found, value).metric == "exports"


BEFORE_A_WHOLE_YEAR = [
    (
        "Товарооборот Бразилии и Китая в январе-сентябре вырос на 12% до 90 миллиардов долларов. По итогам 2020 года "
        "он составил 100 миллиардов долларов. Министр ожидает, что к 2025 году он превысит 200 миллиардов долларов.",
        "ru",
        "Торговля Бразилии и Китая",
    ),
    (
        "Les échanges entre le Brésil et la Chine ont progressé de 12 % au premier semestre, à 90 milliards de dollars. "
        "En 2020, ils avaient atteint 100 milliards de dollars.",
        "fr",
        "Brésil-Chine : les échanges progressent",
    ),
    (
        "Trade between Brazil and China rose 12% to $90 billion in the first nine months. In 2020 it reached $100 "
        "billion.",
        "en",
        "Brazil-China trade grows",
    ),
]


@pytest.mark.parametrize(("text", "language", "title"), BEFORE_A_WHOLE_YEAR)
def test_a_period_of_months_before_a_whole_years_figure_is_of_the_next_year(text, language, title):
    found = claims(text, language, title)  # no publication date
    assert one(found, 90e9).year == 2021
    assert one(found, 12).year == 2021
    assert one(found, 100e9).year == 2020


def test_a_later_year_leaves_the_period_undated():
    found = claims(
        "Trade between Brazil and China rose 12% to $90 billion in the first nine months. In 2020 it reached $100 "
        "billion, and in 2022 $120 billion.",
        "en",
        "Brazil-China trade grows",
    )
    assert one(found, 90e9).year is None


def test_the_same_period_told_with_its_year_is_no_whole_year():
    found = claims(
        "Товарооборот Бразилии и Китая в январе-октябре текущего года вырос на 12% до 90 миллиардов долларов. "
        "Экспорт Бразилии в Китай за 10 месяцев 2020 года составил 50 миллиардов долларов.",
        "ru",
        "Торговля Бразилии и Китая",
    )
    assert one(found, 90e9).year != 2021


DIFFERENCES = [
    ("Разница между объемами импорта и экспорта в торговле Кении с Китаем составляет $3,1 млрд.", "ru", -3.1e9),
    (
        "La différence entre les importations et les exportations du Kenya avec la Chine atteint 3,1 milliards de dollars.",
        "fr",
        -3.1e9,
    ),
    ("The difference between exports and imports in Kenya's trade with China reached $3.1 billion.", "en", 3.1e9),
]


@pytest.mark.parametrize(("text", "language", "value"), DIFFERENCES)
def test_the_difference_between_imports_and_exports_is_a_balance(text, language, value):
    figure = one(claims(text, language, "Kenya - China", date(2018, 11, 16)), value)
    assert figure.metric == "balance"
