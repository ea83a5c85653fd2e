"""Trade figures in a sentence that names no trade (issue 11, sixth session): it points back at the trade of the
sentence before with a pronoun after a time phrase ("Last year it rose by 12 percent", "L'an dernier, ils ont
augmenté", "В прошлом году он увеличился") or with a bare verb whose subject is dropped ("El año pasado aumentó",
"No ano passado aumentou"); and a figure said to be current ("currently", "actuellement", "в настоящее время", "en
la actualidad") takes no older year from context when there is no date to read "now" against. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text


def claims(text: str, language: str, published=None):
    return [p for p in extract_text(text, language=language, published=published) if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Russia and Azerbaijan keeps growing, the president said. Last year it rose by 12 percent and "
            "reached a record $4 billion.",
            "en",
        ),
        (
            "Trade between Russia and Azerbaijan keeps growing. In 2024 it rose by 12 percent and reached $4 billion.",
            "en",
        ),
        (
            "Les échanges entre la Russie et l'Azerbaïdjan progressent, a déclaré le président. L'an dernier, ils ont "
            "augmenté de 12 % pour atteindre un record de 4 milliards de dollars.",
            "fr",
        ),
        (
            "Товарооборот между Россией и Азербайджаном растет, отметил президент. В прошлом году он увеличился на 12 "
            "процентов и достиг рекордных 4 млрд долларов.",
            "ru",
        ),
        ("Товарооборот России и Азербайджана растет. В 2024 году он вырос на 12% и составил 4 млрд долларов.", "ru"),
        (
            "El comercio entre Rusia y Azerbaiyán crece, dijo el presidente. El año pasado aumentó un 12% y alcanzó un "
            "récord de 4.000 millones de dólares.",
            "es",
        ),
        (
            "O comércio entre a Rússia e o Azerbaijão cresce, disse o presidente. No ano passado aumentou 12% e atingiu um "
            "recorde de 4 mil milhões de dólares.",
            "pt",
        ),
    ],
)
def test_a_time_phrase_then_a_pronoun_for_the_trade_before(text, language):
    found = claims(text, language)
    assert {(c.metric, c.value if c.metric == "growth" else c.value_usd) for c in found} == {
        ("growth", 12),
        ("total", 4e9),
    }
    assert all(set(c.parties) == {"RUS", "AZE"} for c in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Putin met the president of Azerbaijan. Last year he rose to 12 percent in the polls.", "en"),
        (
            "Путин встретился с президентом Азербайджана. В прошлом году он посетил Баку 12 раз и подписал соглашения "
            "на 4 млрд долларов.",
            "ru",
        ),
        ("Le président russe a reçu son homologue azerbaïdjanais. L'an dernier, il a augmenté de 12 % sa cote.", "fr"),
        ("El presidente ruso recibió a su homólogo de Azerbaiyán. El año pasado aumentó un 12% su popularidad.", "es"),
    ],
)
def test_no_trade_before_no_follow_up(text, language):
    assert claims(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In 2022 trade between Argentina and Africa reached $2 billion. Africa currently accounts for about 7% of "
            "Argentina's total trade.",
            "en",
        ),
        (
            "En 2022, les échanges entre l'Argentine et l'Afrique ont atteint 2 milliards de dollars. L'Afrique représente "
            "actuellement environ 7 % du commerce extérieur de l'Argentine.",
            "fr",
        ),
        (
            "В 2022 году товарооборот Аргентины и Африки достиг 2 млрд долларов. В настоящее время на Африку приходится "
            "около 7% внешней торговли Аргентины.",
            "ru",
        ),
        (
            "En 2022 el comercio entre Argentina y África llegó a 2.000 millones de dólares. África representa en la "
            "actualidad alrededor del 7% del comercio total de la Argentina.",
            "es",
        ),
    ],
)
def test_a_current_figure_takes_no_older_year(text, language):
    share = next(c for c in claims(text, language) if c.metric == "share")
    assert share.value == 7 and share.year is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 2023 trade between Kenya and India was $1.9 billion, and in 2024 this figure rose to 2.3 billion.", "en"),
        (
            "En 2023, les échanges entre le Maroc et le Sénégal étaient de 1,9 milliard de dollars; en 2024, ce chiffre "
            "a atteint 2,3 milliards.",
            "fr",
        ),
        (
            "В 2023 году товарооборот России и Египта составил 1,9 млрд долларов, а в 2024 году этот показатель достиг "
            "2,3 млрд.",
            "ru",
        ),
        (
            "Em 2023, o comércio entre Angola e o Brasil foi de 1,9 mil milhões de dólares, e em 2024 esse valor chegou "
            "a 2,3 mil milhões.",
            "pt",
        ),
        (
            "En 2023 el intercambio comercial entre Rusia y México fue de 1.900 millones de dólares, y en 2024 la cifra "
            "llegó a 2.300 millones.",
            "es",
        ),
    ],
)
def test_the_figure_named_again_with_its_currency_once(text, language):
    """A bare amount after "this figure", "ce chiffre", "этот показатель", "la cifra" is money in the currency of
    the figure before it; each level keeps the year of its own clause."""
    found = claims(text, language)
    assert [(c.value_usd, c.year) for c in found] == [(1.9e9, 2023), (2.3e9, 2024)]
    assert all(len(c.parties) == 2 for c in found)


@pytest.mark.parametrize(
    "text, language, flow",
    [
        (
            "Tunisian exports to Algeria fell to $15.66 million in 2020, while they stood at $24.98 million in 2019.",
            "en",
            "exports",
        ),
        (
            "Les exportations tunisiennes vers l’Algérie ont chuté à 15,66 millions de dollars en 2020 alors qu’elles "
            "étaient de 24,98 millions de dollars en 2019.",
            "fr",
            "exports",
        ),
        (
            "Les importations algériennes de Tunisie ont reculé à 15,66 millions de dollars en 2020, alors qu'elles "
            "atteignaient 24,98 millions de dollars en 2019.",
            "fr",
            "imports",
        ),
        (
            "Экспорт Туниса в Алжир сократился до 15,66 млн долларов в 2020 году, тогда как в 2019 году он составлял "
            "24,98 млн долларов.",
            "ru",
            "exports",
        ),
        (
            "Las exportaciones de Túnez a Argelia cayeron a 15,66 millones de dólares en 2020, mientras que ellas "
            "sumaban 24,98 millones de dólares en 2019.",
            "es",
            "exports",
        ),
    ],
)
def test_a_pronoun_for_the_figure_before_keeps_its_flow(text, language, flow):
    """Batch 19 (issue 11): "alors qu'elles étaient de 24,98 millions de dollars en 2019" was read as total trade —
    the clause's subject is a pronoun for the exports told just before, so its figure is exports too."""
    found = sorted((c.year, c.metric) for c in claims(text, language))
    assert found == [(2019, flow), (2020, flow)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Russia and Iran exceeded $5 billion in 2021, up 73.5% compared with 2020. Russian exports "
            "to Iran grew from $1.7 billion to $3.4 billion.",
            "en",
        ),
        (
            "Les échanges entre la Russie et l'Iran ont dépassé 5 milliards de dollars en 2021, en hausse de 73,5 % "
            "par rapport à 2020. Les exportations russes vers l'Iran sont passées de 1,7 milliard à 3,4 milliards de "
            "dollars.",
            "fr",
        ),
        (
            "Товарооборот России с Ираном в 2021 году составил более $5 млрд, увеличившись на 73,5% по сравнению с "
            "2020 годом. Российский экспорт в Иран вырос с $1,7 млрд до $3,4 млрд.",
            "ru",
        ),
    ],
)
def test_a_range_after_a_comparison_spans_its_two_years(text, language):
    """Batch 19 (issue 11): "… в 2021 году … по сравнению с 2020 годом. Экспорт вырос с $1,7 млрд до $3,4 млрд" left
    the first level undated: a "from … to" range in a sentence with no year of its own runs from the year the
    sentence before compared with to the year it told."""
    found = sorted((c.value, c.year) for c in claims(text, language, date(2022, 8, 27)) if c.metric == "exports")
    assert found == [(1700000000.0, 2020), (3400000000.0, 2021)]


@pytest.mark.parametrize(
    "text, language, flow",
    [
        (
            "Turkey's exports to Egypt reached $5 billion in 2023, according to figures released in 2024. This figure "
            "is up 12% on 2022.",
            "en",
            "exports",
        ),
        (
            "Kenya's imports from China reached $5 billion in 2023, the bureau said in 2024. This figure is 12% higher "
            "than in 2022.",
            "en",
            "imports",
        ),
        (
            "Les exportations de la France vers le Maroc ont atteint 5 milliards de dollars en 2023, selon des chiffres "
            "publiés en 2024. Ce chiffre représente une hausse de 12 % par rapport à 2022.",
            "fr",
            "exports",
        ),
        (
            "Экспорт России в Индию в 2023 году составил 5 млрд долларов, сообщила таможня в 2024 году. Эта цифра на "
            "12% больше, чем в 2022 году.",
            "ru",
            "exports",
        ),
        (
            "As exportações do Brasil para a Índia atingiram 5 mil milhões de dólares em 2023, segundo dados publicados "
            "em 2024. Esse valor representa um aumento de 12% em relação a 2022.",
            "pt",
            "exports",
        ),
        (
            "Las exportaciones de España a México alcanzaron 5.000 millones de dólares en 2023, según datos publicados "
            "en 2024. Esta cifra supone un aumento del 12 % respecto a 2022.",
            "es",
            "exports",
        ),
    ],
)
def test_this_figure_is_the_figure_before(text, language, flow):
    """Batch 17 (issue 11): the growth told of "this figure" ("Ce chiffre représente", "Эта цифра", "Esse valor",
    "Esta cifra") is the previous sentence's figure's: its parties, its flow (exports stay exports) and its year
    (2023, not the 2024 of the release told beside it), against the year the comparison names."""
    level, growth = claims(text, language, date(2025, 3, 1))
    assert (growth.metric, growth.flow, growth.year, growth.base_year) == ("growth", flow, 2023, 2022)
    assert growth.parties == level.parties and level.metric == flow


@pytest.mark.parametrize(
    "text, language, parties, values",
    [
        (
            "Trade between Kenya and India grew strongly. In the first ten months it climbed by 12 percent to $4 "
            "billion.",
            "en",
            {"KEN", "IND"},
            {("growth", 12), ("total", 4e9)},
        ),
        (
            "Le volume des échanges entre le Sénégal et le Maroc a connu une forte croissance. Il est passé de 60 "
            "millions de dollars en 2015 à 200 millions de dollars en 2023.",
            "fr",
            {"SEN", "MAR"},
            {("total", 60e6), ("total", 200e6)},
        ),
        (
            "Les exportations du Sénégal vers le Maroc ont reculé. Celles-ci sont tombées à 65 millions de dollars en "
            "2023.",
            "fr",
            {"SEN", "MAR"},
            {("total", 65e6)},
        ),
        (
            "Товарооборот России и Туниса заметно вырос. За десять месяцев он составил 692 млн долларов.",
            "ru",
            {"RUS", "TUN"},
            {("total", 692e6)},
        ),
        (
            "O comércio entre Angola e a Índia cresceu muito. No primeiro semestre passou de 2 mil milhões de dólares "
            "para 3 mil milhões de dólares.",
            "pt",
            {"AGO", "IND"},
            {("total", 2e9), ("total", 3e9)},
        ),
        (
            "El comercio entre Chile y la India creció mucho. En los primeros nueve meses pasó de 2.000 millones de "
            "dólares a 3.000 millones de dólares.",
            "es",
            {"CHL", "IND"},
            {("total", 2e9), ("total", 3e9)},
        ),
    ],
)
def test_a_pronoun_or_a_period_phrase_then_a_pronoun_for_the_trade_before(text, language, parties, values):
    """Batch 21: "Il est passé de …", "Celles-ci sont tombées à …", "За десять месяцев он составил …", "In the first
    ten months it climbed …" point back at the trade of the sentence before (``figure_refs``, ``period_openers``)."""
    found = claims(text, language)
    assert {(c.metric, c.value if c.metric == "growth" else c.value_usd) for c in found} == values
    assert all(set(c.parties) == parties for c in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Putin met the president of Kenya. In the first ten months it climbed by 12 percent in the polls.", "en"),
        ("Le président a reçu son homologue sénégalais. Il est passé de 60 à 200 visiteurs en 2023.", "fr"),
        ("Путин встретился с президентом Туниса. За десять месяцев он составил 692 обращения.", "ru"),
    ],
)
def test_a_period_phrase_after_no_trade_reads_nothing(text, language):
    assert claims(text, language) == []
