"""Trade figures told in joined clauses, on invented sentences in English, French, Russian, Portuguese and Spanish
(issue 11): a date in the next clause is that clause's ("65% last year, while this year 17%"); a percentage in a
clause joined to a growth rate is growth too; the one year stated with an earlier figure is the later figure's
when nothing makes them two levels of a comparison; a bare amount in a parallel clause that names its flow
takes the currency written once ("while imports were 48 billion", "а импорт – 600 млн"); "поставки … в" is
an export flow."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def claims(text: str, language: str, title: str | None = None) -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)
    return [p for p in found if p.kind == "claim"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("В прошлом году рост товарооборота России и ОАЭ составил 65%, а в этом году рост продолжается – 17%.", "ru"),
        ("Trade between Kenya and Uganda grew 65% last year, while this year it is up 17%.", "en"),
        (
            "Les échanges entre le Maroc et la Turquie ont bondi de 65 % l'an dernier, mais en 2025 la hausse est de 17 %.",
            "fr",
        ),
    ],
)
def test_a_date_in_the_next_clause_is_that_clauses(text, language):
    first, second = claims(text, language)
    assert (first.value, first.year, first.metric) == (65.0, 2024, "growth")
    assert (second.value, second.year) == (17.0, 2025)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "В 2024 году рост товарооборота России и Таджикистана превысил 7%, а за первые месяцы 2025 года - более 17%.",
            "ru",
        ),
        ("Trade between Kenya and Uganda grew 7% in 2024 and more than 17% in the first months of 2025.", "en"),
        ("Les échanges entre le Maroc et la Turquie ont progressé de 7 % en 2024 et de plus de 17 % début 2025.", "fr"),
    ],
)
def test_a_percentage_joined_to_a_growth_rate_is_growth(text, language):
    assert [(c.value, c.metric) for c in claims(text, language)] == [(7.0, "growth"), (17.0, "growth")]


@pytest.mark.parametrize(
    "text, language, years",
    [
        (
            "As trocas comerciais entre Angola e a China ascenderam a 35,91 mil milhões de dólares em 2013, com a "
            "China a vender a Angola produtos no valor de 3,96 mil milhões de dólares.",
            "pt",
            [2013, 2013],
        ),
        (
            "Trade between Kenya and Uganda reached $900 million in 2023, with Kenyan exports accounting for $700 million.",
            "en",
            [2023, 2023],
        ),
        (
            "Товарооборот России и Египта в 2023 году достиг 8 млрд долларов, при этом российский экспорт составил "
            "7,4 млрд долларов.",
            "ru",
            [2023, 2023],
        ),
        # two levels of a comparison: the earlier level is not the later one's year
        ("Trade between Kenya and Uganda rose from $500 million in 2020 to $900 million.", "en", [2020, None]),
        (
            "Les échanges entre le Maroc et la Turquie ont atteint 5 milliards de dollars en 2024, contre 4 milliards "
            "de dollars.",
            "fr",
            [2024, None],
        ),
    ],
)
def test_the_one_year_of_the_sentence_is_shared_unless_compared(text, language, years):
    assert [c.year for c in claims(text, language)] == years


@pytest.mark.parametrize(
    "text, language, values, metrics",
    [
        (
            "India's exports to the UAE stood at $31 billion in 2023, while imports were 48 billion.",
            "en",
            [31e9, 48e9],
            ["exports", "imports"],
        ),
        (
            "Les exportations marocaines vers la Turquie ont atteint 1,2 milliard de dollars en 2023, tandis que les "
            "importations se sont élevées à 3,4 milliards.",
            "fr",
            [1.2e9, 3.4e9],
            ["exports", "imports"],
        ),
        (
            "Экспорт России в Египет в 2023 году составил 7,4 млрд долларов, а импорт – 600 млн.",
            "ru",
            [7.4e9, 6e8],
            ["exports", "imports"],
        ),
        (
            "La exportación de productos chilenos a México sumó 1.951 millones de dólares en 2011, mientras que las "
            "importaciones de ese país totalizaron 2.491 millones.",
            "es",
            [1.951e9, 2.491e9],
            ["exports", "imports"],
        ),
    ],
)
def test_a_parallel_flow_takes_the_currency_written_once(text, language, values, metrics):
    found = claims(text, language)
    assert [c.value_usd for c in found] == [pytest.approx(v) for v in values]
    assert [c.metric for c in found] == metrics
    assert found[0].year == found[1].year


def test_a_parallel_clause_with_no_flow_or_with_tonnes_adds_no_figure():
    found = claims(
        "Kenya's exports to Uganda reached $900 million in 2023, and the population grew to 50 million.", "en"
    )
    assert [c.value_usd for c in found] == [pytest.approx(9e8)]
    found = claims("Экспорт России в Египет составил 4 млрд долларов, а поставки зерна – 10 млн тонн.", "ru")
    assert [c.value_usd for c in found] == [pytest.approx(4e9)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Поставки российской пшеницы в Египет составили 1,3 млрд долларов в 2023 году.", "ru"),
        ("Поставки в Египет российского зерна составили 1,3 млрд долларов в 2023 году.", "ru"),
    ],
)
def test_supplies_to_a_partner_are_exports(text, language):
    (claim,) = claims(text, language)
    assert claim.metric == "exports" and set(claim.parties) == {"RUS", "EGY"}


@pytest.mark.parametrize(
    "text, language, parties",
    [
        ("La Chine est le deuxième partenaire commercial du Sénégal, derrière la France.", "fr", {"SEN", "CHN"}),
        (
            "China has been Brazil's largest trading partner since 2009, when it moved past the United States.",
            "en",
            {"BRA", "CHN"},
        ),
        ("Китай является крупнейшим торговым партнером Египта, опережая США.", "ru", {"EGY", "CHN"}),
    ],
)
def test_a_rank_with_two_candidate_partners_is_the_subjects(text, language, parties):
    (rank,) = [c for c in claims(text, language) if c.metric == "rank"]
    assert set(rank.parties) == parties


@pytest.mark.parametrize(
    "text, language, parties",
    [
        (
            "La Chine est le premier partenaire du Sénégal. Elle est aussi le deuxième fournisseur du Sénégal après la "
            "France, avec des importations passées de 227 milliards FCFA (plus de 346 millions d'euros) en 2013 à 367 "
            "milliards FCFA (plus de 559 millions d'euros) en 2017.",
            "fr",
            {"SEN", "CHN"},
        ),
        (
            "China is Kenya's top supplier. It is also Uganda's second supplier after India, with imports that rose "
            "from $1.1 billion (Sh140 billion) in 2020 to $1.6 billion in 2023.",
            "en",
            {"UGA", "CHN"},
        ),
    ],
)
def test_a_pronoun_subject_with_a_compared_state_and_a_pair_of_levels(text, language, parties):
    money = [c for c in claims(text, language) if c.unit != "rank"]
    assert [c.year for c in money] == [2013, 2017] if language == "fr" else [2020, 2023]
    assert [c.metric for c in money] == ["imports", "imports"]  # the second level is the first's flow
    assert all(set(c.parties) == parties for c in money)
