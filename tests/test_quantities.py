"""Money, percentages and counts as articles write them (cooperation.quantities)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerlens.cooperation.quantities import count_value, find_quantities, parse_money, parse_number, parse_percent


@pytest.mark.parametrize(
    ("text", "value_usd", "qualifier"),
    [
        ("bilateral trade remains small just $2 million in 2024", 2e6, "just"),
        ("exports of US$ 0.7bn last year", 0.7e9, None),
        ("trade of 783 million dollars", 783e6, None),
        ("surpassing $783 million[2]", 783e6, "more than"),
        ("generated more than $700 million, or 35 percent", 700e6, "more than"),
        ("worth about USD 1.2 billion", 1.2e9, "about"),
        ("nearly $1,234,567", 1234567.0, "nearly"),
        ("les échanges ont atteint 2,5 milliards de dollars", 2.5e9, None),
        ("товарооборот превысил 783 млн долларов США", 783e6, "more than"),
        ("около 7 млрд долл.", 7e9, "about"),
    ],
)
def test_money_examples(text, value_usd, qualifier):
    money = parse_money(text)
    assert money is not None and math.isclose(money.value_usd, value_usd) and money.qualifier == qualifier
    assert text[money.start : money.end] == money.text


def test_other_currencies_keep_their_code_and_no_dollar_value():
    money = parse_money("a loan of €3.5 billion and 20 billion tenge")
    assert (money.currency, money.value, money.value_usd) == ("EUR", 3.5e9, None)
    assert [q.currency for q in find_quantities("a loan of €3.5 billion and 20 billion tenge")] == ["EUR", "KZT"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("35 percent", 35.0),
        ("15%", 15.0),
        ("12.5 per cent", 12.5),
        ("30 %", 30.0),
        ("7 pour cent", 7.0),
        ("30 процентов", 30.0),
    ],
)
def test_percent_examples(text, value):
    assert parse_percent(f"it rose by {text} in 2024") == value


def test_counts_and_years_are_not_money():
    found = find_quantities("In 2024 the two countries signed five intergovernmental agreements worth $2 million.")
    assert [(q.kind, q.value, q.unit) for q in found] == [
        ("count", 2.0, "countries"),
        ("count", 5.0, "intergovernmental agreements"),
        ("money", 2e6, "USD"),
    ]


@pytest.mark.parametrize(
    ("word", "value"), [("five", 5), ("Six", 6), ("cinq", 5), ("пять", 5), ("шести", 6), ("12", 12), ("many", None)]
)
def test_count_words(word, value):
    assert count_value(word) == value


def test_french_article_is_not_a_count():
    assert [q.kind for q in find_quantities("ils ont signé un mémorandum et deux accords")] == ["count"]


_SCALES = {"million": 1e6, "billion": 1e9, "bn": 1e9, "m": 1e6, "mln": 1e6, "thousand": 1e3}


@given(
    whole=st.integers(min_value=0, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    scale=st.sampled_from(sorted(_SCALES)),
    layout=st.sampled_from(
        ["${n} {s}", "US$ {n}{s}", "US$ {n} {s}", "{n} {s} dollars", "USD {n} {s}", "{n} {s} US dollars"]
    ),
    qualifier=st.sampled_from(["", "just ", "about ", "more than ", "surpassing ", "less than ", "nearly "]),
)
def test_money_round_trip(whole, tenths, scale, layout, qualifier):
    number = f"{whole}.{tenths}"
    written = layout.format(n=number, s=scale)
    money = parse_money(f"In 2024 trade reached {qualifier}{written} according to officials.")
    assert money is not None
    assert math.isclose(money.value_usd, float(number) * _SCALES[scale], rel_tol=1e-9)
    expected = {
        "": None,
        "just ": "just",
        "about ": "about",
        "more than ": "more than",
        "surpassing ": "more than",
        "less than ": "less than",
        "nearly ": "nearly",
    }[qualifier]
    assert money.qualifier == expected


@given(
    value=st.decimals(min_value=0, max_value=1000, places=1),
    layout=st.sampled_from(["{v} percent", "{v}%", "{v} per cent", "{v} %"]),
)
def test_percent_round_trip(value, layout):
    assert parse_percent("grew by " + layout.format(v=value) + " in 2024") == float(value)


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_thousands_separators(value):
    assert parse_number(f"{value:,}") == value
    assert parse_money(f"${value:,}").value_usd == value


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("l'objectif était que ces échanges atteignent 1.000 milliards de FCFA", 1e12, "XOF"),
        ("soit plus de 11.000 milliards de francs CFA", 11e12, "XOF"),
        ("des échanges de 2.000 millions d'euros", 2e9, "EUR"),
        ("trade worth 1.000 billion dollars", 1e12, "USD"),
        ("товарооборот достиг 1.000 млрд рублей", 1e12, "RUB"),
        ("as trocas somaram 6.400 milhões de dólares", 6.4e9, "USD"),
        ("las exportaciones llegaron a 10.911 millones de dólares", 10.911e9, "USD"),
        ("1.250 milliard de dollars", 1.25e9, "USD"),  # three digits that are not zeros: a decimal, as before
    ],
)
def test_a_dot_before_groups_of_zeros_groups_thousands_in_every_language(text, value, currency):
    """Twelfth session (issue 11): "1.000 milliards de FCFA" was read as one milliard — no decimal is written ".000"."""
    (money,) = [q for q in find_quantities(text) if q.kind == "money"]
    assert (money.value, money.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize(
    "text, value",
    [
        ("USD 1 222 188 726 milhões", 1_222_188_726),  # batch 26 (pt43): the number is written out to the unit
        ("1 222 188 726 millions de dollars", 1_222_188_726),
        ("$1,222,188,726 million", 1_222_188_726),
        ("1 222 188 726 млн долларов", 1_222_188_726),
        ("USD 1 222 188 726 millones", 1_222_188_726),
        ("1 200 millions de dollars", 1_200_000_000),  # two groups: a scaled amount, as written
        ("2.4 mil milhões de dólares", 2_400_000_000),
    ],
)
def test_a_scale_word_after_a_number_written_out_to_the_unit_is_a_slip(text, value):
    found = parse_money(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        # a decimal comma typed with a stray space, before a scale word (sixteenth session)
        ("les échanges ont atteint 1, 8 milliard de dollars", 1.8e9, "USD"),
        ("une hausse de 76, 1 milliards de F CFA", 76.1e9, "XOF"),
        ("экспорт вырос с $1 ,7 млрд до $3,4 млрд", 1.7e9, "USD"),
        ("o comércio atingiu 2, 5 mil milhões de dólares", 2.5e9, "USD"),
        # "biliões", "bilião": thousand millions, as the Angolan and Mozambican press and the labels read them
        ("as exportações alcançaram 1,33 biliões de dólares", 1.33e9, "USD"),
        ("o comércio atingiu 1 bilião de dólares", 1e9, "USD"),
    ],
)
def test_spaced_decimals_and_bilioes(text, value, currency):
    (money,) = [q for q in find_quantities(text) if q.kind == "money"][:1]
    assert math.isclose(money.value, value) and money.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "entre 2019 et 2023, 8 milliards de dollars ont été échangés",  # a year, then an amount
        "в 2023 году, 8 млрд долларов",
        "the lists 1, 2 and 3 billion dollars",
    ],
)
def test_a_year_or_a_list_before_an_amount_is_no_spaced_decimal(text):
    values = [q.value for q in find_quantities(text) if q.kind == "money"]
    assert values and values[0] in (8e9, 3e9)
