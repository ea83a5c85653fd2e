"""Trade figures whose currency, year or clause is not written where the figure is (issue 11, eighth session).

Invented sentences, the dispatch dated 10 March 2025 unless said otherwise. The classes:

- the currency written once for two sentences or two clauses ("… 1,1 milliard de dollars. Ils avaient atteint 900
  millions l'année précédente", "… en 2022 et à 1,1 milliard en 2023"), or not at all ("превысил 1 млрд"): the
  amount is read, in the currency told just before, else with none;
- a currency abbreviation that a full stop does not end ("1,7 млрд долл. США, в 2023 году – 2,3 млрд"; "200 млн.
  USD"), and thousands grouped by spaces before a decimal comma ("1 254,3 млн");
- a period that names no calendar year: a rolling one ("за последний год", "over the past twelve months"), a
  yearly rate ("un excédent annuel", "$500 million a year"), "this year" / "last year" in an undated article;
- a year before the one told earlier ("Годом ранее он составлял …"), and "на 12% больше показателя 2023 года"
  (growth over 2023, not a share).
"""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sentences import split_sentences

PUBLISHED = date(2025, 3, 10)


def claims(text: str, language: str, title: str | None = None, published: date | None = PUBLISHED) -> list:
    found = extract_text(text, language=language, published=published, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


def read(found: list) -> list[tuple]:
    return [(round(c.value), c.unit, c.year, c.metric) for c in found]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "Trade between Kenya and India stood at $1.3 billion in 2022 and at 1.1 billion in 2023.",
            "en",
            None,
        ),
        (
            "Les échanges entre le Maroc et le Sénégal s'élevaient à 1,3 milliard de dollars en 2022 et à 1,1 milliard"
            " en 2023.",
            "fr",
            None,
        ),
        ("Товарооборот в 2022 году составил 1,3 млрд долларов, а в 2023 году – 1,1 млрд.", "ru", "Россия и Египет"),
    ],
)
def test_a_second_level_of_the_sentence_takes_the_currency_told_once(text, language, title):
    assert read(claims(text, language, title)) == [
        (1_300_000_000, "USD", 2022, "total"),
        (1_100_000_000, "USD", 2023, "total"),
    ]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "In 2023, trade between Kenya and India reached $1.1 billion. It had reached 900 million the previous year.",
            "en",
            None,
        ),
        (
            "En 2023, les échanges entre le Maroc et le Sénégal se sont élevés à 1,1 milliard de dollars. L'année"
            " précédente, ils avaient atteint 900 millions.",
            "fr",
            None,
        ),
        (
            "В 2023 году товарооборот составил 1,1 млрд долларов. Годом ранее он составлял 900 млн.",
            "ru",
            "Россия и Египет",
        ),
    ],
)
def test_the_sentence_after_takes_the_currency_and_the_year_before(text, language, title):
    found = claims(text, language, title)
    assert read(found) == [(1_100_000_000, "USD", 2023, "total"), (900_000_000, "USD", 2022, "total")]
    assert found[1].reading.parties_from == "context" and len(found[1].parties) == 2


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Trade between Kenya and India has passed 1 billion, the minister said.", "en", None),
        ("Le commerce entre le Maroc et le Sénégal a atteint 1 milliard, selon le ministre.", "fr", None),
        ("Товарооборот между нашими странами превысил 1 млрд, и это не предел.", "ru", "Беларусь и Казахстан"),
    ],
)
def test_an_amount_with_no_currency_anywhere_is_read_without_one(text, language, title):
    (claim,) = claims(text, language, title)
    assert claim.value == 1e9 and claim.unit is None and claim.value_usd is None
    assert any("no currency" in note for note in claim.reading.notes)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's exports of tea to India reached 18 million tonnes.", "en"),
        ("Kenya's trade with India grows while its population reached 55 million people.", "en"),
        ("Les exportations de ciment du Maroc vers le Sénégal ont atteint 5 millions de tonnes.", "fr"),
        ("Экспорт зерна из России в Египет составил 2 млн тонн.", "ru"),
        ("Экспорт из России в Египет вырос, туристов приехало 2 млн человек.", "ru"),
    ],
)
def test_an_amount_of_goods_or_people_is_no_money(text, language):
    assert not [c for c in claims(text, language) if c.unit != "percent"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "В 2022 году взаимный товарооборот России и Египта составил 1,7 млрд долл. США, в 2023 году – 2,3 млрд долл. США.",
            "ru",
        ),
        ("В 2022 году товарооборот России и Египта составил 1,7 млрд. USD, в 2023 году – 2,3 млрд. USD.", "ru"),
        ("Trade between Kenya and India was 1.7 bn. USD in 2022, and 2.3 bn. USD in 2023.", "en"),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 1,7 mrd. USD en 2022, puis 2,3 mrd. USD en 2023.",
            "fr",
        ),
    ],
)
def test_a_currency_after_an_abbreviation_continues_the_sentence(text, language):
    assert len(split_sentences(text)) == 1
    assert read(claims(text, language)) == [
        (1_700_000_000, "USD", 2022, "total"),
        (2_300_000_000, "USD", 2023, "total"),
    ]


def test_a_capital_after_a_scale_still_opens_a_sentence():
    assert [s.text for s in split_sentences("Товарооборот составил $11,5 млрд. Об этом сообщил министр.")] == [
        "Товарооборот составил $11,5 млрд.",
        "Об этом сообщил министр.",
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Kenya and India reached 1 254,3 million dollars in 2024.", "en"),
        ("Les échanges entre le Maroc et le Sénégal ont atteint 1 254,3 millions de dollars en 2024.", "fr"),
        ("Товарооборот России и Египта в 2024 году составил 1 254,3 млн долларов.", "ru"),
        ("Товарооборот России и Египта в 2024 году составил 1\u00a0254,3 млн долларов.", "ru"),
        ("Trade between Kenya and India reached 1,254.3 million dollars in 2024.", "en"),
    ],
)
def test_thousands_grouped_by_spaces_before_a_decimal_comma(text, language):
    assert read(claims(text, language)) == [(1_254_300_000, "USD", 2024, "total")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2021 trade was modest; over the past twelve months trade between Kenya and India grew by 32%.", "en"),
        ("Au cours des douze derniers mois, les échanges entre le Maroc et le Sénégal ont progressé de 32 %.", "fr"),
        ("Объемы товарооборота между Россией и Египтом за последний год выросли на 32 процента.", "ru"),
        ("El comercio entre Argentina y Chile creció un 32% en los últimos doce meses.", "es"),
        ("O comércio entre Angola e o Brasil cresceu 32% nos últimos 12 meses.", "pt"),
    ],
)
def test_a_rolling_period_names_no_calendar_year(text, language):
    (claim,) = claims(text, language)
    assert (claim.value, claim.metric, claim.year) == (32, "growth", None)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Kenya and India reached $2 billion in 2023. Kenya runs an annual trade deficit of about $1 billion"
            " with India.",
            "en",
        ),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 2 milliards de dollars en 2023. Le Maroc bénéficie"
            " d'un excédent commercial annuel avoisinant le milliard de dollars.",
            "fr",
        ),
        (
            "В 2023 году товарооборот России и Египта составил 2 млрд долларов. Сальдо торговли составляет около 1 млрд"
            " долларов в год.",
            "ru",
        ),
    ],
)
def test_a_yearly_rate_takes_no_year_from_the_sentence_before(text, language):
    first, second = claims(text, language)
    assert first.year == 2023
    assert (abs(second.value), second.metric, second.year) == (1e9, "balance", None)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Kenya and India reached $2 billion in 2006, and this year it grew by more than 40%.", "en"),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 2 milliards de dollars en 2006 et cette année ils"
            " ont progressé de plus de 40 %.",
            "fr",
        ),
        (
            "Товарооборот России и Египта по итогам 2006 года составил более $2 млрд, и в этом году он вырос более чем на 40%.",
            "ru",
        ),
    ],
)
def test_this_year_in_an_undated_article_gives_no_year(text, language):
    level, rate = claims(text, language, published=None)
    assert (level.year, level.metric) == (2006, "total")
    assert (rate.value, rate.metric, rate.year) == (40, "growth", None)
    dated = claims(text, language)[1]
    assert (dated.value, dated.year) == (40, 2025)  # with a publication date, "this year" is read against it


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Kenya and India reached $4.8 billion in 2024, 12% more than in 2023.", "en"),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 4,8 milliards de dollars en 2024, soit 12 % de plus"
            " qu'en 2023.",
            "fr",
        ),
        (
            "Товарооборот России и Египта за 2024 год составил 4,8 млрд долларов США, что на 12% больше показателя 2023"
            " года.",
            "ru",
        ),
        ("Товарооборот России и Египта за 2024 год составил 4,8 млрд долларов США, что на 12% выше.", "ru"),
    ],
)
def test_a_percentage_more_than_a_year_is_growth(text, language):
    level, rate = claims(text, language)
    assert (level.value, level.year) == (4.8e9, 2024)
    assert (rate.value, rate.metric, rate.year) == (12, "growth", 2024)


@pytest.mark.parametrize(
    "text, language",
    [
        ("He said trade between Kenya and India could reach 3 billion.", "en"),
        ("Il a ajouté que les échanges entre le Maroc et le Sénégal pouvaient atteindre 3 milliards.", "fr"),
        ("Он добавил, что товарооборот России и Египта мог бы достичь 3 млрд.", "ru"),
        ("Agregó que el intercambio entre Argentina y Chile podía llegar a 3.000 millones.", "es"),
    ],
)
def test_what_trade_could_reach_is_no_level(text, language):
    assert not [c for c in claims(text, language) if c.value == 3e9]


@pytest.mark.parametrize(
    "text, language, title",
    [
        (
            "Trade between Kenya and India reached $3.2 billion in 2023, including 2.9 billion in Indian exports.",
            "en",
            None,
        ),
        (
            "Les échanges entre le Maroc et la Mauritanie se sont chiffrés à 3,2 milliards de dollars en 2023, dont 2,9"
            " milliards d'exportations marocaines.",
            "fr",
            None,
        ),
        (
            "Товарооборот России и Египта в 2023 году составил 3,2 млрд долларов, в том числе экспорт – 2,9 млрд.",
            "ru",
            None,
        ),
    ],
)
def test_a_part_of_the_level_named_by_its_flow_takes_the_currency(text, language, title):
    assert read(claims(text, language, title)) == [
        (3_200_000_000, "USD", 2023, "total"),
        (2_900_000_000, "USD", 2023, "exports"),
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's exports to Uganda reached $900 million in 2023, and the population grew to 50 million.", "en"),
        (
            "Les exportations du Maroc ont atteint 900 millions de dollars en 2023, et la population a atteint 37 millions.",
            "fr",
        ),
        ("Экспорт России в Египет составил 4 млрд долларов, а население страны превысило 110 млн.", "ru"),
    ],
)
def test_an_amount_of_another_subject_is_no_trade_figure(text, language):
    assert [c.value for c in claims(text, language)] == [900e6 if language != "ru" else 4e9]


@pytest.mark.parametrize(
    "text, language, rank, parties, flow",
    [
        ("Russia confidently holds first place in Uzbekistan’s foreign trade.", "en", 1, ["UZB", "RUS"], "total"),
        ("India ranks third among the trading partners of Kenya.", "en", 3, ["KEN", "IND"], "total"),
        (
            "La Chine occupe la première place parmi les partenaires commerciaux du Sénégal.",
            "fr",
            1,
            ["SEN", "CHN"],
            "total",
        ),
        (
            "La France occupe la deuxième place dans le commerce extérieur de l'Algérie.",
            "fr",
            2,
            ["DZA", "FRA"],
            "total",
        ),
        ("Le Maroc est le premier fournisseur africain de la Mauritanie.", "fr", 1, ["MRT", "MAR"], "imports"),
        ("Россия уверенно занимает первое место во внешней торговле Узбекистана.", "ru", 1, ["UZB", "RUS"], "total"),
        ("Китай занимает второе место среди поставщиков Казахстана.", "ru", 2, ["KAZ", "CHN"], "imports"),
    ],
)
def test_a_place_among_partners_is_a_rank(text, language, rank, parties, flow):
    (claim,) = claims(text, language)
    assert (claim.metric, claim.value, claim.parties, claim.flow) == ("rank", rank, parties, flow)


@pytest.mark.parametrize(
    "text, language",
    [
        ("China is the largest trading partner in Africa for Kenya.", "en"),
        ("La Chine occupe la première place dans le classement des investisseurs.", "fr"),
        ("Россия занимает первое место по запасам газа.", "ru"),
    ],
)
def test_a_place_with_no_ranking_state_or_no_trade_is_no_rank(text, language):
    assert not [c for c in claims(text, language) if c.metric == "rank"]


@pytest.mark.parametrize(
    "text, language, metric",
    [
        ("Trade between Kenya and India reached $2 billion last year, plus 12% on the year before.", "en", "growth"),
        (
            "Les échanges entre le Maroc et le Sénégal ont atteint 2 milliards de dollars, soit plus 12 % sur un an.",
            "fr",
            "growth",
        ),
        ("Товарооборот России и Египта составил 2 млрд долларов: в прошлом году – плюс 12 процентов.", "ru", "growth"),
        ("Les exportations du Maroc représentent au moins 12 % des importations du Sénégal.", "fr", "share"),
        ("Les exportations du Maroc représentent plus de 12 % des importations du Sénégal.", "fr", "share"),
        ("Экспорт России составляет более 12% импорта Египта.", "ru", "share"),
    ],
)
def test_a_sign_written_as_a_word_makes_a_change(text, language, metric):
    (rate,) = [c for c in claims(text, language) if c.unit == "percent"]
    assert (rate.value, rate.metric) == (12, metric)


@pytest.mark.parametrize(
    "text, language",
    [
        ("This year trade between Kenya and India grew by 40%, while in 2006 it reached $2 billion.", "en"),
        (
            "Cette année, les échanges entre le Maroc et le Sénégal ont progressé de 40 %, alors qu'en 2006 ils avaient"
            " atteint 2 milliards de dollars.",
            "fr",
        ),
        ("В этом году товарооборот России и Египта вырос на 40%, а в 2006 году он составил $2 млрд.", "ru"),
    ],
)
def test_a_time_phrase_before_the_figure_keeps_the_next_clauses_year_for_that_clause(text, language):
    rate, level = claims(text, language)
    assert (rate.value, rate.year, rate.reading.year_from) == (40, 2025, "publication")
    assert (level.value, level.year) == (2e9, 2006)
