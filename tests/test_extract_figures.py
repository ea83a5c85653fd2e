"""Trade figures on invented sentences in English, French and Russian (issue 11 failure classes):
currency words are not parties, negated sectors, ranges and pairs of figures, context carried across
sentences, multiplicative and comparative phrasing, French and Russian trade vocabulary, readings."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def claims(text: str, language: str) -> list:
    return [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED) if p.kind == "claim"]


def one(text: str, language: str):
    found = claims(text, language)
    assert len(found) == 1, [(c.value, c.metric) for c in found]
    return found[0]


# --- currency words are not parties ----------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Turkey reached 274 million US dollars in 2023.", "en"),
        ("Les échanges entre le Ghana et la Turquie ont atteint 274 millions de dollars américains en 2023.", "fr"),
        ("Товарооборот между Ганой и Турцией в 2023 году достиг 274 млн долларов США.", "ru"),
    ],
)
def test_currency_words_are_not_parties(text, language):
    claim = one(text, language)
    assert set(claim.parties) == {"GHA", "TUR"}
    assert claim.value_usd == 274e6 and claim.year == 2023 and claim.metric == "total"
    assert claim.reading.parties_from == "sentence" and claim.reading.year_from == "stated"


def test_a_currency_adjective_is_not_a_party():
    claim = one("Egypt's exports to Kenya were worth 2 billion Russian roubles in 2021.", "en")
    assert set(claim.parties) == {"EGY", "KEN"}


# --- negated and qualified sectors -----------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Non-oil trade between Oman and Senegal rose to $3.1 billion in 2024.", "en"),
        ("Trade between Oman and Senegal excluding oil rose to $3.1 billion in 2024.", "en"),
        ("Les échanges hors pétrole entre Oman et le Sénégal ont atteint 3,1 milliards de dollars en 2024.", "fr"),
        ("Ненефтяной товарооборот Омана и Сенегала в 2024 году составил 3,1 млрд долларов.", "ru"),
    ],
)
def test_a_negated_sector_is_excluded_not_named(text, language):
    claim = one(text, language)
    assert "energy" not in claim.sectors
    assert any("excludes energy" in note for note in claim.reading.notes)
    assert claim.value_usd == pytest.approx(3.1e9)


# --- ranges and pairs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Chile and Nigeria grew from about $27 million in 2000 to $345 million in 2023.", "en"),
        (
            "Les échanges entre le Chili et le Nigeria sont passés de 27 millions de dollars en 2000 à 345 millions de dollars en 2023.",
            "fr",
        ),
        ("Товарооборот Чили и Нигерии вырос с 27 млн долларов в 2000 году до 345 млн долларов в 2023 году.", "ru"),
    ],
)
def test_each_figure_of_a_range_keeps_its_year(text, language):
    by_year = {c.year: c.value_usd for c in claims(text, language) if c.value_usd}
    assert by_year == {2000: 27e6, 2023: 345e6}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Between 2019 and 2023, Peru's exports to Ghana rose from 22.5 to 53.8 million dollars.", "en"),
        (
            "Entre 2019 et 2023, les exportations du Pérou vers le Ghana sont passées de 22,5 à 53,8 millions de dollars.",
            "fr",
        ),
        ("С 2019 по 2023 год экспорт Перу в Гану вырос с 22,5 до 53,8 млн долларов.", "ru"),
    ],
)
def test_a_pair_with_the_currency_written_once_gives_two_figures(text, language):
    found = sorted((c for c in claims(text, language) if c.value_usd), key=lambda c: c.value_usd)
    assert [(c.value_usd, c.year, c.flow) for c in found] == [(22.5e6, 2019, "exports"), (53.8e6, 2023, "exports")]
    assert all(c.reading.year_from == "range" for c in found)


# --- context carried across sentences --------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The trade minister of Ghana met the Ambassador of Egypt in Accra on Monday. Exports grew by 110% between 2020 and 2024.",
            "en",
        ),
        (
            "Le ministre ghanéen du Commerce a reçu l'ambassadeur d'Égypte à Accra lundi. Les exportations ont augmenté de 110 % entre 2020 et 2024.",
            "fr",
        ),
        (
            "Министр торговли Ганы встретился с послом Египта в Аккре в понедельник. Экспорт вырос на 110% с 2020 по 2024 год.",
            "ru",
        ),
    ],
)
def test_parties_and_years_come_from_context_and_say_so(text, language):
    claim = one(text, language)
    assert set(claim.parties) == {"GHA", "EGY"} and claim.reading.parties_from == "context"
    assert claim.metric == "growth" and claim.value == 110
    assert (claim.year, claim.base_year) == (2024, 2020) and claim.reading.year_from == "range"
    assert claim.reading.confidence < 1


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2022, Ghana and Egypt signed a trade protocol. Bilateral trade reached $90 million.", "en"),
        (
            "En 2022, le Ghana et l'Égypte ont signé un protocole commercial. Les échanges bilatéraux ont atteint 90 millions de dollars.",
            "fr",
        ),
        (
            "В 2022 году Гана и Египет подписали торговый протокол. Двусторонний товарооборот достиг 90 млн долларов.",
            "ru",
        ),
    ],
)
def test_a_year_stated_before_is_carried(text, language):
    claim = one(text, language)
    assert claim.year == 2022 and claim.reading.year_from == "context"
    assert set(claim.parties) == {"GHA", "EGY"}


# --- multiplicative and comparative phrasing -------------------------------------------


@pytest.mark.parametrize(
    "text, language, value, qualifier",
    [
        ("Trade between Ghana and Turkey doubled between 2020 and 2024.", "en", 100.0, None),
        ("Trade between Ghana and Turkey almost tripled since 2019.", "en", 200.0, "nearly"),
        ("Les échanges entre le Ghana et la Turquie ont été multipliés par deux depuis 2019.", "fr", 100.0, None),
        ("Товарооборот между Ганой и Турцией вырос в два раза с 2019 года.", "ru", 100.0, None),
        ("Товарооборот между Ганой и Турцией вырос почти в 2,5 раза с 2019 года.", "ru", 150.0, "nearly"),
    ],
)
def test_a_factor_is_growth(text, language, value, qualifier):
    claim = one(text, language)
    assert claim.metric == "growth" and claim.value == pytest.approx(value) and claim.qualifier == qualifier
    assert claim.base_year in (2019, 2020)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Ghana and Turkey in 2023 was almost 57% more than in 2021.", "en"),
        ("En 2023, les échanges entre le Ghana et la Turquie ont été de près de 57 % plus qu'en 2021.", "fr"),
        ("В 2023 году товарооборот Ганы и Турции был почти на 57% больше, чем в 2021 году.", "ru"),
    ],
)
def test_more_than_a_year_is_growth_over_that_year(text, language):
    claim = one(text, language)
    assert (claim.metric, claim.value, claim.year, claim.base_year) == ("growth", 57.0, 2023, 2021)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana's exports to Turkey grew fast and more than 99 percent of goods enter duty-free.", "en"),
        (
            "Les exportations du Ghana vers la Turquie progressent et plus de 99 % des marchandises entrent sans droits.",
            "fr",
        ),
        ("Экспорт Ганы в Турцию растет, и более 99% товаров ввозится беспошлинно.", "ru"),
    ],
)
def test_a_percent_of_something_is_a_share_not_growth(text, language):
    claim = one(text, language)
    assert claim.metric == "share" and claim.value == 99.0


# --- French and Russian trade vocabulary -----------------------------------------------


@pytest.mark.parametrize(
    "text, language, flow",
    [
        (
            "Le volume des échanges entre le Maroc et le Kazakhstan a atteint 120 millions de dollars en 2024.",
            "fr",
            "total",
        ),
        (
            "Les échanges commerciaux entre le Maroc et le Kazakhstan se sont élevés à 120 millions de dollars en 2024.",
            "fr",
            "total",
        ),
        ("Взаимная торговля Марокко и Казахстана в 2024 году составила 120 млн долларов.", "ru", "total"),
        ("В 2024 году Марокко и Казахстан наторговали на 120 млн долларов.", "ru", "total"),
        ("Экспорт Казахстана в Марокко в 2024 году составил 120 млн долларов.", "ru", "exports"),
    ],
)
def test_french_and_russian_trade_words(text, language, flow):
    claim = one(text, language)
    assert set(claim.parties) == {"MAR", "KAZ"} and claim.value_usd == 120e6 and claim.year == 2024
    assert claim.flow == flow


# --- currencies and their reading ------------------------------------------------------


def test_a_euro_figure_is_converted_at_the_ecb_annual_average():
    claim = one("Trade between Ghana and Turkey reached €100 million in 2023.", "en")
    assert claim.reading.currency == "EUR" and claim.reading.rate == pytest.approx(1.0813, abs=1e-3)
    assert claim.value_usd == pytest.approx(108.13e6, rel=1e-3) and "2023 annual average" in claim.reading.rate_source


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Trade between Ghana and Kazakhstan reached 5 billion tenge in 2023.", "no reference rate for KZT"),
        ("Trade between Ghana and Turkey reached €100 million.", "year is unknown"),
    ],
)
def test_a_figure_without_a_rate_is_left_unresolved_with_the_reason(text, reason):
    claim = one(text, "en")
    assert claim.value_usd is None and claim.reading.rate is None
    assert any(reason in note for note in claim.reading.notes)


def test_every_claim_has_a_reading():
    text = "Ghana is Turkey's third-largest export market. Trade between Ghana and Turkey reached $5 million in 2024."
    found = claims(text, "en")
    assert found and all(c.reading is not None for c in found)


# --- targets are KPIs, not trade facts -------------------------------------------------


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Ghana and Turkey aim to raise bilateral trade to $5 billion by 2030.", "en", 2030),
        ("Le Ghana et la Turquie veulent porter leurs échanges à 5 milliards de dollars d'ici 2030.", "fr", 2030),
        ("Гана и Турция намерены довести товарооборот до 5 млрд долларов к 2030 году.", "ru", 2030),
        ("Trade between Ghana and Turkey could reach $5 billion.", "en", None),
    ],
)
def test_a_target_is_a_kpi_not_a_claim(text, language, year):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    assert not [p for p in found if p.kind == "claim"]
    (target,) = [p for p in found if p.kind == "kpi"]
    assert (target.type, target.metric, target.value, target.year) == ("target", "trade_total", 5e9, year)
    assert set(target.parties) == {"GHA", "TUR"}


def test_a_growth_rate_and_the_level_it_reached_share_their_year():
    found = claims("Trade between Ghana and Turkey increased by 15% in 2024, reaching $783 million.", "en")
    assert {(c.metric, c.year) for c in found} == {("growth", 2024), ("total", 2024)}


def test_a_compared_year_is_not_the_figure_year():
    claim = one("Trade between Ghana and Turkey reached $461.9 million, growing fast compared to 2021.", "en")
    assert claim.year is None or claim.year != 2021


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2022 Ghana's exports to Turkey reached $6.4 billion, with a trade surplus of $4.6 billion.", "en"),
        (
            "En 2022, les exportations du Ghana vers la Turquie ont atteint 6,4 milliards de dollars, avec un excédent de 4,6 milliards de dollars.",
            "fr",
        ),
        (
            "В 2022 году экспорт Ганы в Турцию достиг 6,4 млрд долларов, а положительное сальдо составило 4,6 млрд долларов.",
            "ru",
        ),
    ],
)
def test_a_trade_balance_is_not_exports(text, language):
    metrics = sorted((round(c.value_usd / 1e8), c.metric) for c in claims(text, language))
    assert metrics == [(46, "balance"), (64, "exports")]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Turkey signed a programme for 2022-2026. Trade between them grew from $500 million to $1.5 billion in 2012.",
            "en",
        ),
        (
            "Le Ghana et la Turquie ont signé un programme en 2006. Leurs échanges sont passés de 500 millions à 1,5 milliard de dollars en 2012.",
            "fr",
        ),
        (
            "Гана и Турция подписали программу в 2006 году. Товарооборот между ними вырос с 500 млн до 1,5 млрд долларов в 2012 году.",
            "ru",
        ),
    ],
)
def test_the_first_level_of_a_pair_takes_no_year_from_context(text, language):
    years = {c.value_usd: c.year for c in claims(text, language)}
    assert years == {5e8: None, 1.5e9: 2012}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Senegal and Turkey grew from 42.5 billion CFA francs ($70.2 million) in 2010 to 261 billion "
            "($431.4 million) in 2022.",
            "en",
        ),
        (
            "Les échanges entre le Sénégal et la Turquie sont passés de 42,5 milliards de francs CFA (70,2 millions de "
            "dollars) en 2010 à 261 milliards (431,4 millions de dollars) en 2022.",
            "fr",
        ),
        (
            "Les échanges entre le Sénégal et la Turquie sont passés de 42,5 milliards de francs CFA (soit 70,2 "
            "millions de dollars) en 2010, à 261 milliards (environ 431,4 millions de dollars) en 2022.",
            "fr",
        ),
        (
            "Товарооборот Сенегала и Турции вырос с 42,5 млрд франков КФА (70,2 млн долларов) в 2010 году до 261 млрд "
            "(431,4 млн долларов) в 2022 году.",
            "ru",
        ),
    ],
)
def test_each_level_of_a_range_restated_in_brackets_keeps_its_year(text, language):
    """Batch 19 (issue 11): in "de 42,5 milliards de francs CFA (70,2 millions de dollars) en 2010 à 261 milliards
    (431,4 millions de dollars) en 2022" the second level took 2010 — its year stands after the bracket that restates
    it — and "(soit 432 millions de dollars)" was read as a figure of its own: each level is one figure, in dollars,
    with the year written after its brackets."""
    found = sorted((c.value, c.year) for c in claims(text, language) if c.metric == "total")
    assert found == [(70200000.0, 2010), (431400000.0, 2022)]
