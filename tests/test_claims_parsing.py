"""Number and unit parsing for claims, against the one shared parser (cooperation.quantities).

Property tests write amounts the way articles do — "$2 million", "US$ 0.7bn",
"783 million dollars", "35 percent", "15%" — and check that the parser reads
back the value that was written, in US dollars or in percent, with its qualifier.
"""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerlens.claims.verdict import qualifier_kind
from partnerlens.cooperation.quantities import find_quantities, parse_money, parse_percent

SCALES = {"": 1.0, " thousand": 1e3, " million": 1e6, "m": 1e6, " mn": 1e6, " billion": 1e9, "bn": 1e9, " bn": 1e9}
PREFIXES = ["$", "US$", "US$ ", "USD ", "US $"]
SUFFIXES = [" dollars", " US dollars", " USD", " U.S. dollars"]


def _written(value: float, decimals: int, thousands: bool) -> str:
    return f"{value:,.{decimals}f}" if thousands else f"{value:.{decimals}f}"


amounts = st.builds(
    lambda whole, tenths, decimals: (whole + tenths / 10 if decimals else float(whole), decimals),
    st.integers(min_value=0, max_value=999_999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([0, 1]),
).filter(lambda a: a[0] > 0)


@given(amounts, st.sampled_from(PREFIXES), st.sampled_from(sorted(SCALES)), st.booleans())
def test_prefixed_money_reads_back_in_dollars(amount, prefix, scale, thousands):
    value, decimals = amount
    written = f"{prefix}{_written(value, decimals, thousands)}{scale}"
    found = parse_money(f"Trade reached {written} in 2024.")
    assert found is not None, written
    assert found.currency == "USD"
    assert math.isclose(found.value_usd, value * SCALES[scale], rel_tol=1e-9), written


@given(amounts, st.sampled_from([s for s in SCALES if s.startswith(" ") and s != " bn"]), st.sampled_from(SUFFIXES))
def test_suffixed_money_reads_back_in_dollars(amount, scale, suffix):
    value, decimals = amount
    written = f"{_written(value, decimals, False)}{scale}{suffix}"
    found = parse_money(f"exports worth {written} last year")
    assert found is not None, written
    assert math.isclose(found.value_usd, value * SCALES[scale], rel_tol=1e-9), written


@given(
    st.integers(min_value=0, max_value=100),
    st.sampled_from([0, 1]),
    st.sampled_from(["%", " %", " percent", " per cent"]),
)
def test_percentages_read_back(whole, decimals, sign):
    value = whole + 0.5 * decimals
    written = f"{value:.{decimals}f}{sign}"
    assert parse_percent(f"or {written} of its total exports") == pytest.approx(value)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("just $2 million in 2024", "money", 2e6),
        ("US$ 0.7bn", "money", 7e8),
        ("783 million dollars", "money", 783e6),
        ("surpassing $783 million", "money", 783e6),
        ("35 percent", "percent", 35.0),
        ("increased by 15% in 2024", "percent", 15.0),
    ],
)
def test_seed_amounts(text, kind, value):
    found = [q for q in find_quantities(text) if q.kind == kind]
    assert len(found) == 1
    assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("just $2 million", "exact"),
        ("about $2 million", "approximate"),
        ("around $2 million", "approximate"),
        ("nearly $2 million", "just_below"),
        ("almost $2 million", "just_below"),
        ("more than $700 million", "lower_bound"),
        ("over $700 million", "lower_bound"),
        ("surpassing $783 million", "lower_bound"),
        ("exceeding $783 million", "lower_bound"),
        ("less than $5 million", "upper_bound"),
        ("under $5 million", "upper_bound"),
        ("up to $5 million", "upper_bound"),
    ],
)
def test_qualifiers_found_by_the_parser_have_a_meaning_for_the_verdict(text, kind):
    (money,) = [q for q in find_quantities(text) if q.kind == "money"]
    assert qualifier_kind(money.qualifier_text) == kind  # the words as written
    assert qualifier_kind(money.qualifier) == kind  # the parser's normalised qualifier


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("two-way trade worth almost Aus$70 billion (US$65.9 billion)", "AUD"),
        ("les échanges ont atteint Aus$70 milliards", "AUD"),
        ("товарооборот составил Aus$70 млрд", "AUD"),
    ],
)
def test_the_australian_dollar_written_aus_is_not_the_us_dollar(text, currency):
    assert find_quantities(text)[0].currency == currency and find_quantities(text)[0].value == 70e9
