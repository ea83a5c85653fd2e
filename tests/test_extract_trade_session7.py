"""Trade figures: classes found by running the extractor on real dispatches outside the evaluation set
(issue 11, seventh session). Every sentence here is invented; each class has phrasings in several languages.

- a growth rate between the flow word and the level ("exports rose 54% to $19.8 billion", "les exportations ont
  grimpé de 54 %, pour atteindre …", "as vendas … recuaram 4,7%, passando de … para …"): the level keeps the flow;
- a percentage followed by "to" and a level ("trade climbed 35% to $84 billion", "se acrecentó 35 por ciento a
  US$ 84.500 millones") is growth, whatever the verb; and the change verbs of each language are read as growth;
- a year opening the next clause is not the figure's ("en 2008, X ; en 2012, Y" in every language);
- a period and its year after a figure are its year ("by 14% in the first seven months of 2023");
- a decimal comma before a scale word of a decimal-comma language ("17,430 mil milhões", "1,250 milliard");
- the sentence after a comparison takes the period's year, not the compared one;
- trade told by the verb "to exchange" ("ont échangé pour", "intercambiaron", "trocaram");
- a period of months written "from January to October" / "entre janvier et octobre" / "с января по октябрь".
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 11, 20)


def claims(text: str, language: str, published: date = PUBLISHED):
    found = extract_text(text, language=language, published=published, today=published)
    return [p for p in found if p.kind == "claim"]


def level(text: str, language: str, published: date = PUBLISHED):
    money = [c for c in claims(text, language, published) if c.unit not in (None, "percent", "rank")]
    assert money, [(c.value, c.unit) for c in claims(text, language, published)]
    return money[-1]


@pytest.mark.parametrize(
    "text, language, metric",
    [
        ("Kenya's exports to India rose 54% in 2024 to $1.9 billion.", "en", "exports"),
        ("Imports from India into Kenya fell 12% in 2024, to $700 million.", "en", "imports"),
        (
            "En 2024, les exportations du Maroc vers le Sénégal ont grimpé de 54,1 %, pour atteindre 1,9 milliard "
            "de dollars.",
            "fr",
            "exports",
        ),
        (
            "En 2024, les importations du Sénégal en provenance du Maroc ont reculé de 7,5 %, à 300 millions de dollars.",
            "fr",
            "imports",
        ),
        (
            "Em 2024, as exportações de Angola para o Brasil aumentaram 50,8%, face ao ano anterior, atingindo cerca "
            "de 890 milhões de dólares.",
            "pt",
            "exports",
        ),
        (
            "Em 2024, as vendas angolanas ao Brasil recuaram cerca de 4,7%, passando de 15,5 para 14,7 mil milhões "
            "de dólares.",
            "pt",
            "exports",
        ),
        (
            "En 2024, las importaciones de Chile desde Argentina bajaron un 6%, hasta 1.200 millones de dólares.",
            "es",
            "imports",
        ),
        ("В 2024 году экспорт России в Египет вырос на 12%, до 6 млрд долларов.", "ru", "exports"),
    ],
)
def test_the_flow_word_before_a_growth_rate_is_the_levels(text, language, metric):
    assert level(text, language).metric == metric


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2024, trade between Kenya and India climbed 35.2% to $8.4 billion.", "en"),
        ("In 2024, trade between Kenya and India ballooned 35.2 percent to $8.4 billion.", "en"),
        ("En 2024, les échanges entre le Maroc et le Sénégal ont bondi de 35,2 % à 840 millions de dollars.", "fr"),
        (
            "En 2024, les échanges entre le Maroc et le Sénégal se sont redressés de 35,2 % à 840 millions de dollars.",
            "fr",
        ),
        (
            "En 2024, el intercambio comercial entre Argentina y Chile se acrecentó 35,2 por ciento a US$8.450 millones.",
            "es",
        ),
        ("En 2024, las exportaciones de Argentina a Chile se dispararon 35,2 por ciento a US$5.260 millones.", "es"),
        ("En 2024, el comercio entre Argentina y Chile repuntó un 35,2% hasta 8.450 millones de dólares.", "es"),
        ("Em 2024, o comércio entre Angola e o Brasil expandiu-se 35,2% para 1,2 mil milhões de dólares.", "pt"),
        (
            "Em 2024, o comércio entre Angola e o Brasil teve uma quebra de 35,2%, para 1,2 mil milhões de dólares.",
            "pt",
        ),
        ("В 2024 году товарооборот России и Египта повысился на 35,2%, до 8 млрд долларов.", "ru"),
    ],
)
def test_a_rate_told_with_the_level_it_led_to_is_growth(text, language):
    rates = [c for c in claims(text, language) if c.unit == "percent"]
    assert [c.metric for c in rates] == ["growth"]
    assert abs(rates[0].value) == pytest.approx(35.2)  # "quebra" is a decline: −35.2


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2008, trade between Kenya and India stood at $5 billion, in 2012 it was only $1.3 billion.", "en"),
        (
            "En 2008, les échanges entre le Maroc et le Sénégal se situaient à 5 milliards de dollars, en 2012 ils "
            "n'étaient plus que de 1,3 milliard de dollars.",
            "fr",
        ),
        (
            "Se, em 2008, as trocas comerciais entre Angola e o Brasil se situavam em cinco mil milhões de dólares "
            "(500 mil milhões de kwanzas), em 2012 foram apenas de 1,3 mil milhões de dólares.",
            "pt",
        ),
        (
            "En 2008, el comercio entre Argentina y Chile fue de 5.000 millones de dólares, en 2012 apenas llegó a "
            "1.300 millones de dólares.",
            "es",
        ),
    ],
)
def test_a_year_opening_the_next_clause_is_not_the_figures(text, language):
    years = {round(c.value_usd / 1e8): c.year for c in claims(text, language)}
    assert years == {50: 2008, 13: 2012}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Kenya and India grew 26 percent last year and 14.4 percent in the first seven months of 2023.",
            "en",
        ),
        (
            "Les échanges entre le Maroc et le Sénégal ont augmenté de 26 % l'an dernier et de 14,4 % au premier "
            "semestre 2023.",
            "fr",
        ),
        (
            "Товарооборот России и Египта в прошлом году вырос на 26%, а на 14,4% — за первые семь месяцев 2023 года.",
            "ru",
        ),
        (
            "O comércio entre Angola e o Brasil cresceu 26% no ano passado e 14,4% nos primeiros sete meses de 2023.",
            "pt",
        ),
        (
            "El comercio entre Argentina y Chile creció un 26% el año pasado y un 14,4% en los primeros siete meses "
            "de 2023.",
            "es",
        ),
    ],
)
def test_a_period_and_its_year_after_the_figure_are_its_year(text, language):
    rate = next(c for c in claims(text, language, date(2023, 9, 1)) if c.value == pytest.approx(14.4))
    assert rate.year == 2023


@pytest.mark.parametrize(
    "text, language, usd",
    [
        ("As trocas comerciais entre Angola e a China somaram 17,430 mil milhões de dólares em 2024.", "pt", 17.43e9),
        ("Les échanges entre le Maroc et la Chine ont atteint 1,250 milliard de dollars en 2024.", "fr", 1.25e9),
        ("Товарооборот России и Египта в 2024 году составил 8,125 млрд долларов.", "ru", 8.125e9),
        ("O comércio entre Angola e o Brasil atingiu 2,345 bilhões de dólares em 2024.", "pt", 2.345e9),
        ("Trade between Kenya and India reached $1,250 million in 2024.", "en", 1.25e9),
    ],
)
def test_a_decimal_comma_before_a_scale_word(text, language, usd):
    assert level(text, language).value_usd == pytest.approx(usd)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "De janvier à octobre 2025, les échanges entre le Maroc et le Sénégal se sont élevés à 2 milliards de "
            "dollars, contre 1,5 milliard sur la même période de 2024. Sur la même période, les exportations du Maroc "
            "vers le Sénégal ont atteint 1,2 milliard de dollars.",
            "fr",
        ),
        (
            "From January to October 2025, trade between Kenya and India reached $2 billion, against $1.5 billion in "
            "the same period of 2024. Over the same period, Kenya's exports to India reached $1.2 billion.",
            "en",
        ),
        (
            "За январь-октябрь 2025 года товарооборот России и Египта составил 2 млрд долларов против 1,5 млрд "
            "долларов за тот же период 2024 года. За тот же период экспорт России в Египет составил 1,2 млрд долларов.",
            "ru",
        ),
    ],
)
def test_the_sentence_after_a_comparison_takes_the_periods_year(text, language):
    after = next(c for c in claims(text, language) if c.value_usd == pytest.approx(1.2e9))
    assert after.year == 2025


@pytest.mark.parametrize(
    "text, language",
    [
        ("En 2024, le Maroc et le Sénégal ont échangé pour 840 millions de dollars de biens.", "fr"),
        ("En 2024, Argentina y Chile intercambiaron bienes por 8.450 millones de dólares.", "es"),
        ("Em 2024, Angola e o Brasil trocaram mercadorias no valor de 840 milhões de dólares.", "pt"),
    ],
)
def test_trade_told_by_the_verb_to_exchange(text, language):
    found = level(text, language)
    assert (found.metric, found.year, len(found.parties)) == ("total", 2024, 2)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Between January and October, trade between Kenya and India reached $2 billion.", "en"),
        (
            "Entre janvier et octobre, les échanges entre le Maroc et le Sénégal ont atteint 2 milliards de dollars.",
            "fr",
        ),
        ("С января по октябрь товарооборот России и Египта составил 2 млрд долларов.", "ru"),
        (
            "Entre janeiro e outubro, as trocas comerciais entre Angola e o Brasil somaram 2 mil milhões de dólares.",
            "pt",
        ),
        ("De enero a octubre, el comercio entre Argentina y Chile sumó 2.000 millones de dólares.", "es"),
    ],
)
def test_a_period_of_months_from_january(text, language):
    assert level(text, language).year == 2025


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In the first quarter of this year, trade between Kenya and India exceeded $1 billion, up 27% compared to "
            "the same period of last year.",
            "en",
        ),
        (
            "Au premier trimestre de cette année, les échanges entre le Maroc et le Sénégal ont dépassé 1 milliard de "
            "dollars, en hausse de 27 % par rapport à la même période de l'an dernier.",
            "fr",
        ),
        (
            "В первом квартале этого года товарооборот России и Египта превысил 1 млрд долларов, увеличившись на 27% "
            "по сравнению с аналогичным периодом прошлого года.",
            "ru",
        ),
    ],
)
def test_the_same_period_of_last_year_is_what_the_figure_is_compared_with(text, language):
    found = level(text, language)
    assert found.year == 2025


@pytest.mark.parametrize(
    "text, language, metric",
    [
        (
            "Экспорт Египта в Россию впервые превысил $500 млн., достигнув в прошлом году $504,6 млн. против $374 млн. "
            "годом ранее.",
            "ru",
            "exports",
        ),
        (
            "Kenya's exports to India exceeded $500 million for the first time, reaching $504.6 million last year, "
            "against $374 million a year earlier.",
            "en",
            "exports",
        ),
        (
            "Les exportations du Maroc vers le Sénégal ont dépassé 500 millions de dollars, atteignant l'an dernier "
            "504,6 millions de dollars, contre 374 millions un an plus tôt.",
            "fr",
            "exports",
        ),
    ],
)
def test_a_level_restating_the_one_before_keeps_its_flow(text, language, metric):
    found = {round(c.value_usd / 1e5): c for c in claims(text, language) if c.value_usd}
    assert (found[5046].metric, found[5046].year) == (metric, 2024)
    assert (found[3740].metric, found[3740].year) == (metric, 2023)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "En 2025, les importations du Sénégal en provenance du Maroc se sont accrues de 7,5 %, à 3 milliards de "
            "dollars, contre 2,8 milliards en 2024.",
            "fr",
        ),
        ("In 2025, Kenya's imports from India grew 7.5% to $3 billion, against $2.8 billion in 2024.", "en"),
        ("В 2025 году импорт Египта из России вырос на 7,5%, до 3 млрд долларов, против 2,8 млрд в 2024 году.", "ru"),
    ],
)
def test_the_year_of_a_compared_level_is_not_the_rates(text, language):
    rate = next(c for c in claims(text, language) if c.unit == "percent")
    assert (rate.metric, rate.year) == ("growth", 2025)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "La zone de libre-échange deviendra un marché commun avec un PIB de plus de 3 000 milliards de dollars.",
            "fr",
        ),
        ("The free trade area will become a single market with a GDP of over $3 trillion.", "en"),
        ("Зона свободной торговли станет общим рынком с ВВП более 3 триллионов долларов.", "ru"),
        ("A zona de comércio livre será um mercado com um PIB de mais de 3 biliões de dólares.", "pt"),
        ("La zona de libre comercio será un mercado con un PIB de más de 3 billones de dólares.", "es"),
        ("Trade between Kenya and India is growing, and India has pledged debt relief of $300 million.", "en"),
        ("Les échanges progressent, tandis que le budget alloué au programme s'élève à 300 millions de dollars.", "fr"),
    ],
)
def test_gdp_budgets_and_debts_are_no_trade_figures(text, language):
    assert [c.value for c in claims(text, language) if c.unit not in ("percent", "rank")] == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "As trocas comerciais entre Angola e a China recuaram 8%, passando de cerca de 18,951 para mais de 17,430 "
            "mil milhões de dólares.",
            "pt",
        ),
        ("Trade between Kenya and India fell 8%, from about 18.951 to just over 17.430 billion dollars.", "en"),
        ("Товарооборот России и Египта сократился на 8% — с примерно 18,951 до чуть более 17,430 млрд долларов.", "ru"),
    ],
)
def test_both_levels_of_a_pair_with_qualifiers(text, language):
    values = sorted(round(c.value_usd / 1e6) for c in claims(text, language) if c.value_usd)
    assert values == [17430, 18951]


@pytest.mark.parametrize(
    "text, language",
    [
        ("It is expected that trade between Kenya and India will reach a record $20 billion this year.", "en"),
        ("Trade between Kenya and India is expected to exceed $20 billion this year.", "en"),
        ("Les échanges entre le Maroc et le Sénégal atteindront 20 milliards de dollars cette année.", "fr"),
        (
            "Selon le ministre, les échanges entre le Maroc et le Sénégal devraient dépasser 20 milliards de dollars.",
            "fr",
        ),
        ("По прогнозу, в этом году товарооборот России и Египта составит 20 млрд долларов.", "ru"),
        ("Товарооборот России и Египта в этом году может превысить 20 млрд долларов.", "ru"),
        ("O comércio entre Angola e o Brasil deverá atingir 20 mil milhões de dólares este ano.", "pt"),
        ("Argentina y Chile estiman que el intercambio comercial será de 20.000 millones de dólares este año.", "es"),
        ("Este año el intercambio entre Argentina y Chile cerraría en 20.000 millones de dólares.", "es"),
    ],
)
def test_a_level_told_in_the_future_is_a_forecast_not_a_fact(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    assert [p.value_usd for p in found if p.kind == "claim"] == []
    assert [p.value_usd for p in found if p.kind == "kpi"] == [pytest.approx(20e9)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Les échanges entre le Maroc et le Sénégal sont passés de 500 millions de dollars en 2003 à 1,3 milliard "
            "USD en 2011.",
            "fr",
        ),
        ("Trade between Kenya and India went from $500 million in 2003 to $1.3 billion in 2011.", "en"),
        ("Товарооборот России и Египта вырос с 500 млн долларов в 2003 году до 1,3 млрд долларов в 2011 году.", "ru"),
    ],
)
def test_a_year_before_to_is_no_level_of_a_pair(text, language):
    assert sorted(round(c.value_usd / 1e8) for c in claims(text, language)) == [5, 13]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Les exportations de la Tunisie vers le Maroc ont atteint 177,4 MD en 2024.", 177.4e6),
        ("Les échanges entre la Tunisie et la Libye ont atteint 2 150 MDT en 2024.", 2150e6),
        ("Les exportations de la Tunisie vers le Maroc ont atteint 1,2 Md$ en 2024.", 1.2e9),
    ],
)
def test_the_tunisian_press_writes_millions_of_dinars_md(text, value):
    found = level(text, "fr")
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Sur la période 2018-2022, les exportations du Sénégal vers le Maroc ont connu un accroissement moyen "
            "annuel de 22,1 %, passant de 5,1 milliards FCFA à 11,3 milliards FCFA.",
            "fr",
        ),
        (
            "Between 2018 and 2022, Kenya's exports to India grew by 22.1% a year on average, from $5.1 billion to "
            "$11.3 billion.",
            "en",
        ),
        (
            "За 2018–2022 годы экспорт России в Египет рос в среднем на 22,1% в год — с 5,1 млрд до 11,3 млрд "
            "долларов.",
            "ru",
        ),
    ],
)
def test_the_two_levels_of_a_range_told_with_a_rate(text, language):
    years = {round(c.value / 1e8): c.year for c in claims(text, language) if c.unit != "percent"}
    assert years == {51: 2018, 113: 2022}


@pytest.mark.parametrize(
    "text, language, usd",
    [
        ("Товарооборот России и Узбекистана в 2024 году составил 1 млрд 200 млн долларов.", "ru", 1.2e9),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 1 milliard 200 millions de dollars en 2024.",
            "fr",
            1.2e9,
        ),
        ("Trade between Kenya and India reached 2 billion 300 million dollars in 2024.", "en", 2.3e9),
    ],
)
def test_an_amount_written_in_two_parts(text, language, usd):
    assert level(text, language).value_usd == pytest.approx(usd)


@pytest.mark.parametrize(
    "text, language, parties",
    [
        (
            "Товарооборот России и стран СНГ вырос на 7%. Так, товарооборот с Белоруссией составил 31 млрд долларов.",
            "ru",
            {"RUS", "BLR"},
        ),
        (
            "Le commerce extérieur du Sénégal progresse. Les échanges avec le Mali ont atteint 700 milliards de "
            "FCFA en 2024.",
            "fr",
            {"SEN", "MLI"},
        ),
        (
            "Kenya's trade with its neighbours rose. Trade with Uganda reached $1.1 billion in 2024.",
            "en",
            {"KEN", "UGA"},
        ),
    ],
)
def test_a_figure_naming_only_its_partner_is_the_dispatchs_own_trade(text, language, parties):
    assert set(level(text, language).parties) == parties


@pytest.mark.parametrize(
    "text, language, metric",
    [
        ("En 2023, los envíos de Chile a China sumaron US$ 37.449 millones.", "es", "exports"),
        ("En 2023, los embarques de Argentina hacia Chile totalizaron 5.000 millones de dólares.", "es", "exports"),
        ("En 2023, les expéditions du Sénégal vers le Mali ont atteint 700 milliards de FCFA.", "fr", "exports"),
        ("В 2023 году отгрузки России в Египет составили 6 млрд долларов.", "ru", "exports"),
        ("Em 2023, os embarques do Brasil para Angola somaram 800 milhões de dólares.", "pt", "exports"),
    ],
)
def test_shipments_are_exports(text, language, metric):
    assert level(text, language).metric == metric


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Las importaciones de Chile desde China sumaron US$ 19.830 millones en 2023, lo que representó un 23% "
            "del total de compras, pese a haber retrocedido un 25%.",
            "es",
        ),
        (
            "As importações de Angola da China somaram 2 mil milhões de dólares em 2023, o que representou 23% do "
            "total das compras, apesar de terem recuado 25%.",
            "pt",
        ),
        (
            "Les exportations du Sénégal vers le Mali ont atteint 700 milliards de FCFA en 2023, soit un poids de 23 % "
            "malgré un recul de 25 %.",
            "fr",
        ),
    ],
)
def test_a_percentage_of_the_total_is_a_share_beside_a_decline(text, language):
    rates = {c.value: c.metric for c in claims(text, language) if c.unit == "percent"}
    assert rates == {23.0: "share", -25.0: "growth"}  # a decline is negative growth


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "El reporte publicado este viernes muestra que el comercio entre Chile y China sumó US$ 60.000 millones.",
            "es",
        ),
        (
            "Le rapport publié vendredi montre que les échanges entre le Maroc et la Chine ont atteint 8 milliards de dollars.",
            "fr",
        ),
        ("The report published on Friday shows that trade between Kenya and China reached $8 billion.", "en"),
    ],
)
def test_the_day_of_a_statement_is_not_the_figures_year(text, language):
    assert level(text, language, date(2024, 2, 9)).year is None


def test_the_bolivian_dollar_sign():
    found = level("En 2023, el comercio entre Bolivia y China totalizó $us 2.596 millones.", "es")
    assert found.value_usd == pytest.approx(2.596e9)


@pytest.mark.parametrize(
    "text, language, metrics",
    [
        (
            "En 2023, el comercio entre Bolivia y China totaliza $us 2.596 millones, con $us 1.462 millones en "
            "importaciones desde Bolivia y $us 1.134 millones en exportaciones hacia Bolivia.",
            "es",
            ["total", "imports", "exports"],
        ),
        (
            "In 2023, trade between Kenya and China reached $2.6 billion, with $1.5 billion in imports from Kenya and "
            "$1.1 billion in exports to Kenya.",
            "en",
            ["total", "imports", "exports"],
        ),
        (
            "En 2023, les échanges entre le Mali et la Chine ont atteint 2,6 milliards de dollars, dont 1,5 milliard de "
            "dollars d'importations depuis le Mali et 1,1 milliard de dollars d'exportations vers le Mali.",
            "fr",
            ["total", "imports", "exports"],
        ),
    ],
)
def test_a_flow_told_right_after_the_figure(text, language, metrics):
    assert [c.metric for c in claims(text, language) if c.unit != "percent"] == metrics


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Los envíos de Chile a China implicaron una caída anual de 4,4%, y su peso en el total de ventas representó un 39%.",
            "es",
        ),
        (
            "Les exportations du Sénégal vers le Mali ont connu une baisse annuelle de 4,4 %, et leur poids dans le total des ventes a représenté 39 %.",
            "fr",
        ),
        ("Kenya's exports to China saw an annual decline of 4.4%, and their share in total sales stood at 39%.", "en"),
    ],
)
def test_a_rate_and_a_share_in_two_clauses(text, language):
    rates = {c.value: c.metric for c in claims(text, language) if c.unit == "percent"}
    assert rates == {-4.4: "growth", 39.0: "share"}  # a decline is negative growth


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2024, commercial exchanges between Kazakhstan and Egypt reached $500 million.", "en"),
        ("The volume of exchanges between Kazakhstan and Egypt amounted to $500 million in 2024.", "en"),
        ("In 2024, trade exchanges between Kazakhstan and Egypt stood at $500 million.", "en"),
        ("В 2024 году товарообмен Казахстана и Египта составил 500 млн долларов.", "ru"),
        ("Объем товарообмена между Казахстаном и Египтом в 2024 году достиг 500 млн долларов.", "ru"),
    ],
)
def test_exchanges_and_tovaroobmen_are_trade(text, language):
    found = level(text, language)
    assert (found.value_usd, found.year, set(found.parties), found.metric) == (5e8, 2024, {"KAZ", "EGY"}, "total")


@pytest.mark.parametrize(
    "text, language",
    [
        ("В I полугодии товарооборот России и Египта составил 3 млрд долларов.", "ru"),
        ("Au 1er semestre, les échanges entre le Maroc et le Sénégal ont atteint 300 millions de dollars.", "fr"),
        ("No 1.º semestre, o comércio entre Angola e o Brasil somou 300 milhões de dólares.", "pt"),
        ("En el 1er semestre, el comercio entre Argentina y Chile sumó 300 millones de dólares.", "es"),
    ],
)
def test_a_half_year_written_with_a_numeral(text, language):
    assert level(text, language).year == 2025


@pytest.mark.parametrize(
    "text, language, years",
    [
        (
            "Товарооборот России и Египта в 2023 году составил 7 млрд долларов, а за первое полугодие 2024-го — 4 млрд "
            "долларов.",
            "ru",
            {70: 2023, 40: 2024},
        ),
        (
            "Trade between Kenya and India was $7 billion in 2023, while in the first half of 2024 it reached $4 "
            "billion.",
            "en",
            {70: 2023, 40: 2024},
        ),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 7 milliards de dollars en 2023, alors qu'au premier "
            "semestre 2024 ils se sont élevés à 4 milliards de dollars.",
            "fr",
            {70: 2023, 40: 2024},
        ),
    ],
)
def test_a_period_in_the_next_clause_is_not_the_figures(text, language, years):
    assert {round(c.value_usd / 1e8): c.year for c in claims(text, language)} == years
