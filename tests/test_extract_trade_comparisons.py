"""Growth told as a comparison (issue 11, ninth session): invented sentences, five languages.

A sentence opening with a demonstrative and a copula ("This is 25% more than a year earlier", "C'est 25 % de plus
qu'un an plus tôt", "Это на 25% больше, чем годом ранее", "Esto supone un 25% más que en 2023", "Isso representa
um aumento de 20%") compares the figure told just before: a growth rate with that figure's parties and year. A
percentage followed by "more than" / "de plus que" / "más que" / "a mais que" is growth, never a share; every form
of a change verb is a change verb ("ont baissé", "baissent"); the base of a comparison governed by "sobre",
"respecto a", "em relação a" is no year of the figure; "a year earlier" is no yearly rate.
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 15)


def claims(text: str, language: str, title: str) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


def growth(found: list) -> list:
    return [p for p in found if p.metric == "growth"]


@pytest.mark.parametrize(
    "text, language, title, parties",
    [
        (
            "Trade between Ghana and Vietnam stood at $900 million in 2024. This is 25% more than a year earlier.",
            "en",
            "Ghana and Vietnam",
            {"GHA", "VNM"},
        ),
        (
            "Trade between Ghana and Vietnam stood at $900 million in 2024. That represents an increase of 25% over 2023.",
            "en",
            "Ghana and Vietnam",
            {"GHA", "VNM"},
        ),
        (
            "Les échanges entre le Gabon et la Tunisie ont atteint 90 millions de dollars en 2024. C'est 25 % de plus "
            "qu'un an plus tôt.",
            "fr",
            "Gabon-Tunisie",
            {"GAB", "TUN"},
        ),
        (
            "Les échanges entre le Gabon et la Tunisie ont atteint 90 millions de dollars en 2024. Cela représente une "
            "hausse de 25 % par rapport à 2023.",
            "fr",
            "Gabon-Tunisie",
            {"GAB", "TUN"},
        ),
        (
            "Товарооборот между Арменией и Индией в 2024 году составил 900 млн долларов. Это на 25% больше, чем годом "
            "ранее.",
            "ru",
            "Армения и Индия",
            {"ARM", "IND"},
        ),
        (
            "El comercio entre Uruguay y Egipto alcanzó los 900 millones de dólares en 2024. Esto supone un 25% más que "
            "en 2023.",
            "es",
            "Uruguay y Egipto",
            {"URY", "EGY"},
        ),
        (
            "O comércio entre Moçambique e a Índia somou 900 milhões de dólares em 2024. Isso representa um aumento de "
            "25% em relação a 2023.",
            "pt",
            "Moçambique e Índia",
            {"MOZ", "IND"},
        ),
    ],
)
def test_a_demonstrative_sentence_compares_the_figure_before(text, language, title, parties):
    found = claims(text, language, title)
    rates = growth(found)
    assert [p.value for p in rates] == [25.0]
    assert rates[0].year == 2024
    assert set(rates[0].parties) == parties
    assert rates[0].reading.parties_from == "context"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Vietnam stood at $900 million in 2024. It is a record for the two countries.", "en"),
        (
            "Товарооборот между Арменией и Индией в 2024 году составил 900 млн долларов. Это позволило создать 500 "
            "рабочих мест.",
            "ru",
        ),
        (
            "Les échanges entre le Gabon et la Tunisie ont atteint 90 millions de dollars en 2024. C'est ce qu'a "
            "indiqué le ministre.",
            "fr",
        ),
    ],
)
def test_a_demonstrative_with_no_rate_adds_no_figure(text, language):
    found = claims(text, language, "Ghana and Vietnam")
    assert len(found) == 1 and found[0].metric != "growth"


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Les échanges entre le Gabon et la Tunisie ont baissé de 5 % en 2024.", "fr", "Gabon-Tunisie"),
        ("En 2024, les exportations du Gabon vers la Tunisie baissent de 5 %.", "fr", "Gabon-Tunisie"),
        ("Les échanges entre le Gabon et la Tunisie ont décru de 5 % en 2024.", "fr", "Gabon-Tunisie"),
        ("El comercio entre Uruguay y Egipto fue en 2024 un 5% menos que el año anterior.", "es", "Uruguay y Egipto"),
        ("O comércio entre Moçambique e a Índia em 2024 foi 5% a menos que em 2023.", "pt", "Moçambique e Índia"),
        ("Trade between Ghana and Vietnam in 2024 was 5% lower than in 2023.", "en", "Ghana and Vietnam"),
        ("Товарооборот между Арменией и Индией в 2024 году был на 5% ниже, чем в 2023 году.", "ru", "Армения и Индия"),
    ],
)
def test_a_change_verb_or_comparative_makes_growth_not_a_share(text, language, title):
    found = claims(text, language, title)
    assert [(p.value, p.metric, p.year) for p in found] == [(-5.0, "growth", 2024)]  # a decline: negative growth


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "O comércio entre Moçambique e a Índia somou US$ 900 milhões em 2024, alta de 20% sobre 2023.",
            "pt",
            "Moçambique e Índia",
        ),
        (
            "El comercio entre Uruguay y Egipto sumó US$ 900 millones en 2024, un alza de 20% respecto a 2023.",
            "es",
            "Uruguay y Egipto",
        ),
        ("Trade between Ghana and Vietnam reached $900 million in 2024, up 20% on 2023.", "en", "Ghana and Vietnam"),
        (
            "Les échanges entre le Gabon et la Tunisie ont atteint 90 millions de dollars en 2024, en hausse de 20 % "
            "sur 2023.",
            "fr",
            "Gabon-Tunisie",
        ),
        (
            "Товарооборот между Арменией и Индией в 2024 году составил 900 млн долларов, увеличившись на 20% по "
            "сравнению с 2023 годом.",
            "ru",
            "Армения и Индия",
        ),
    ],
)
def test_the_base_of_a_comparison_is_not_the_rates_year(text, language, title):
    rates = growth(claims(text, language, title))
    assert [(p.value, p.year, p.base_year) for p in rates] == [(20.0, 2024, 2023)]


def test_a_year_earlier_is_no_yearly_rate():
    text = "Trade between Ghana and Vietnam stood at $900 million in 2024, 25% more than a year earlier."
    rates = growth(claims(text, "en", "Ghana and Vietnam"))
    assert [(p.value, p.year) for p in rates] == [(25.0, 2024)]
    yearly = claims("Ghana sells Vietnam cashew nuts worth $300 million a year.", "en", "Ghana and Vietnam")
    assert [p.year for p in yearly] == [None]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "В 2024 году товарооборот с Арменией составил 900 млн долларов, увеличившись на 20% к 2023 году.",
            "ru",
            "Индия и Армения",
        ),
        ("In 2024 trade with Ghana came to $900 million, having grown 20% over 2023.", "en", "Vietnam and Ghana"),
        (
            "En 2024, les échanges avec le Gabon ont atteint 90 millions de dollars, en hausse de 20 % sur 2023.",
            "fr",
            "Tunisie-Gabon",
        ),
        (
            "En 2024 el comercio con Uruguay sumó 900 millones de dólares, un alza de 20% frente a 2023.",
            "es",
            "Egipto y Uruguay",
        ),
        (
            "Em 2024 o comércio com Moçambique somou 900 milhões de dólares, alta de 20% sobre 2023.",
            "pt",
            "Índia e Moçambique",
        ),
    ],
)
def test_the_base_a_rate_governs_is_not_the_levels_year(text, language, title):
    """The year governed by a preposition right after a rate ("на 20% к 2023 году", "20% over 2023") is its base:
    the level told before it keeps the sentence's own year, even when the base stands nearer to it."""
    found = claims(text, language, title)
    assert sorted((p.metric, p.year) for p in found) == [("growth", 2024), ("total", 2024)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("По итогам 2024 года товарооборот Армении и Индии достиг полутора миллиардов долларов.", 1.5e9),
        ("Товарооборот Армении и Индии в 2024 году приблизился к полутора миллиардам долларов.", 1.5e9),
        ("Товарооборот Армении и Индии в 2024 году составил полтора миллиарда долларов.", 1.5e9),
    ],
)
def test_one_and_a_half_in_any_case(text, value):
    found = claims(text, "ru", "Армения и Индия")
    assert [(p.value, p.year) for p in found] == [(value, 2024)]


@pytest.mark.parametrize(
    "text, language, title, value",
    [
        ("Trade between Ghana and Vietnam grew by a third in 2024.", "en", "Ghana and Vietnam", 33.33),
        ("Ghana's exports to Vietnam rose by almost a quarter in 2024.", "en", "Ghana and Vietnam", 25.0),
        ("Les échanges entre le Gabon et la Tunisie ont augmenté d'un tiers en 2024.", "fr", "Gabon-Tunisie", 33.33),
        ("Les exportations du Gabon ont progressé de près d'un quart en 2024.", "fr", "Gabon-Tunisie", 25.0),
        ("Товарооборот Армении и Индии в 2024 году вырос почти на четверть.", "ru", "Армения и Индия", 25.0),
        ("Товарооборот Армении и Индии за 2024 год увеличился на треть.", "ru", "Армения и Индия", 33.33),
        ("El comercio entre Uruguay y Egipto creció en un tercio en 2024.", "es", "Uruguay y Egipto", 33.33),
        ("O comércio entre Moçambique e a Índia cresceu em um terço em 2024.", "pt", "Moçambique e Índia", 33.33),
    ],
)
def test_a_fraction_a_change_verb_governs_is_growth(text, language, title, value):
    found = claims(text, language, title)
    assert [(p.value, p.metric, p.year) for p in found] == [(value, "growth", 2024)]


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Vietnam accounts for a third of Ghana's exports.", "en", "Ghana and Vietnam"),
        ("La Tunisie représente un tiers des exportations du Gabon.", "fr", "Gabon-Tunisie"),
        ("На Индию приходится треть внешней торговли Армении.", "ru", "Армения и Индия"),
    ],
)
def test_a_fraction_of_trade_stays_a_share(text, language, title):
    found = claims(text, language, title)
    assert [(p.value, p.metric) for p in found] == [(33.33, "share")]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "В 2024 году товарооборот составил 4,2 млрд долларов, что на 12,5 процента превышает показатель "
            "предыдущего года.",
            "ru",
            "Казахстан и Узбекистан",
        ),
        (
            "In 2024 trade reached $4.2 billion, 12.5 percent above the previous year's level.",
            "en",
            "Kazakhstan and Uzbekistan",
        ),
        (
            "En 2024, les échanges ont atteint 4,2 milliards de dollars, 12,5 % au-dessus du niveau de l'année "
            "précédente.",
            "fr",
            "Kazakhstan-Ouzbékistan",
        ),
        (
            "Em 2024, o comércio chegou a 4,2 bilhões de dólares, 12,5% acima do ano anterior.",
            "pt",
            "Cazaquistão e Uzbequistão",
        ),
        (
            "En 2024, el comercio alcanzó 4.200 millones de dólares, un 12,5% por encima del año anterior.",
            "es",
            "Kazajistán y Uzbekistán",
        ),
    ],
)
def test_a_rate_over_the_previous_years_level_is_growth(text, language, title):
    found = {(p.value, p.metric) for p in claims(text, language, title)}
    assert (12.5, "growth") in found and not any(metric == "share" for _, metric in found), found


@pytest.mark.parametrize(
    "text, title",
    [
        ("За 2024 год товарооборот между странами увеличился на 1,5 раза.", "Узбекистан и Азербайджан"),
        ("За 2024 год товарооборот между странами увеличился в 1,5 раза.", "Узбекистан и Азербайджан"),
    ],
)
def test_the_colloquial_na_times_is_a_factor(text, title):
    assert [(p.value, p.metric) for p in claims(text, "ru", title)] == [(50.0, "growth")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Russia and Algeria grew in 2016 compared with the level of 2015 to $3.98 billion.", "en"),
        (
            "Les échanges entre la Russie et l'Algérie ont augmenté en 2016 par rapport au niveau de 2015 pour "
            "atteindre 3,98 milliards de dollars.",
            "fr",
        ),
        (
            "Товарооборот между Россией и Алжиром в 2016 году вырос по сравнению с показателем 2015 года до $3,98 млрд.",
            "ru",
        ),
        (
            "Товарооборот России и Алжира в 2016 году вырос по сравнению с уровнем 2015 года до 3,98 млрд долларов.",
            "ru",
        ),
        (
            "El comercio entre Rusia y Argelia creció en 2016 con respecto al nivel de 2015 hasta 3.980 millones de "
            "dólares.",
            "es",
        ),
        (
            "O comércio entre a Rússia e a Argélia cresceu em 2016 em relação ao nível de 2015 para 3,98 mil milhões "
            "de dólares.",
            "pt",
        ),
    ],
)
def test_a_year_compared_through_its_level_is_not_the_figures(text, language):
    """Batch 19 (issue 11): "в 2016 году вырос по сравнению с показателем 2015 года … до $3,98 млрд" gave the figure
    2015 — the year compared with, behind "the level of" ("показателем", "au niveau de", "al nivel de")."""
    (figure,) = [c for c in claims(text, language, "") if c.unit != "percent"]
    assert (figure.value, figure.year) == (3980000000.0, 2016)


@pytest.mark.parametrize(
    "text, language, title, factor",
    [
        (
            "Ghana's exports to Vietnam grew 2.1 times in 2024, while imports rose 28.8%.",
            "en",
            "Ghana and Vietnam",
            110.0,
        ),
        ("Ghana's exports to Vietnam doubled in 2024, while imports rose 12%.", "en", "Ghana and Vietnam", 100.0),
        (
            "En 2024, les exportations du Gabon vers la Tunisie ont doublé, et les importations ont progressé de 28,8 %.",
            "fr",
            "Gabon-Tunisie",
            100.0,
        ),
        (
            "En 2024, les exportations du Gabon vers la Tunisie ont été multipliées par trois, tandis que les "
            "importations ont progressé de 12 %.",
            "fr",
            "Gabon-Tunisie",
            200.0,
        ),
        ("В 2024 году экспорт из Армении в Иран вырос в 2,1 раза, импорт – на 28,8%.", "ru", "Армения и Иран", 110.0),
        (
            "За прошлый год товарооборот Узбекистана и Азербайджана увеличился на 1,5 раза, а с начала 2025 года уже на "
            "16%.",
            "ru",
            "Узбекистан и Азербайджан",
            50.0,
        ),
        (
            "Em 2024, as exportações de Angola para o Brasil triplicaram, enquanto as importações cresceram 12%.",
            "pt",
            "Angola e Brasil",
            200.0,
        ),
        (
            "En 2024, las exportaciones de Perú a China se duplicaron, mientras las importaciones crecieron un 12%.",
            "es",
            "Perú y China",
            100.0,
        ),
    ],
)
def test_a_factor_beside_a_percentage_of_another_flow_is_growth_too(text, language, title, factor):
    """Twelfth session (issue 11): "экспорт вырос в 2,1 раза …, импорт – на 28,8%" lost the factor — a factor was read
    only in sentences with no percentage at all."""
    rates = sorted(p.value for p in growth(claims(text, language, title)))
    assert factor in rates and len(rates) == 2, rates


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Vietnam doubled in 2024, up 100% on 2023.", "en"),
        ("Les échanges entre le Gabon et la Tunisie ont doublé en 2024, soit une hausse de 100 %.", "fr"),
        ("Товарооборот России и Египта в 2024 году вырос в два раза, то есть на 100%.", "ru"),
    ],
)
def test_a_factor_restated_as_its_percentage_is_one_figure(text, language):
    rates = [p.value for p in growth(claims(text, language, ""))]
    assert rates == [100.0], rates


@pytest.mark.parametrize(
    "text, language, growth",
    [
        ("Trade between Russia and Ethiopia more than doubled in the first half of 2025.", "en", 100),
        ("Les échanges entre la Russie et l'Éthiopie ont plus que doublé au premier semestre 2025.", "fr", 100),
        ("Товарооборот России и Эфиопии за первое полугодие 2025 года вырос более чем вдвое.", "ru", 100),
        ("Товарооборот России и Эфиопии в 2025 году вырос втрое.", "ru", 200),
        ("Товарооборот России и Эфиопии в 2025 году сократился вдвое.", "ru", -50),
    ],
)
def test_a_factor_adverb_beside_a_growth_word_is_growth(text, language, growth):
    """Batch 21: "вырос более чем вдвое", "втрое" (``factor_adverbs``) are growth like "в два раза", "doubled"."""
    (claim,) = claims(text, language, "")
    assert (claim.metric, claim.value, set(claim.parties)) == ("growth", growth, {"RUS", "ETH"})


@pytest.mark.parametrize(
    "text, language",
    [
        ("Экспорт России в Эфиопию вдвое превысил импорт.", "ru"),
        ("Russia's exports to Ethiopia were twice its imports.", "en"),
    ],
)
def test_a_factor_adverb_comparing_two_flows_is_no_growth(text, language):
    assert claims(text, language, "") == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "En 2018, les échanges entre la Chine et le Sénégal sont de 2,27 milliards de dollars, avec une croissance "
            "de 3,7% par rapport à l’an 2017.",
            "fr",
        ),
        ("Les échanges entre la Chine et le Sénégal ont crû de 3,7% en 2018 par rapport à l'année 2017.", "fr"),
        ("In 2018, trade between China and Senegal was $2.27 billion, up 3.7% compared with the year 2017.", "en"),
        ("В 2018 году товарооборот Китая и Сенегала вырос на 3,7% по сравнению с показателем 2017 года.", "ru"),
        ("O comércio entre o Brasil e a China cresceu 3,7% em 2018 em comparação com o ano de 2017.", "pt"),
        ("El comercio entre México y China creció 3,7% en 2018 con respecto al año 2017.", "es"),
    ],
)
def test_a_year_noun_before_the_base_year_keeps_it_a_base(text, language):
    """ "par rapport à l'an 2017": 2017 is the base the growth is measured from, not the growth's year (2018)."""
    growth = [
        c
        for c in extract_text(text, language=language, published=date(2019, 5, 8))
        if c.kind == "claim" and c.metric == "growth"
    ]
    assert [(c.value, c.year) for c in growth] == [(3.7, 2018)]
