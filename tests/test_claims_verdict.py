"""The verdict rule: tolerances, qualifiers, ratios (claims.verdict) and the caveats it triggers."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from partnerlens.claims.caveats import loose_bound
from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE, bounds, judge, qualifier_kind

values = st.floats(min_value=1e3, max_value=1e12, allow_nan=False)
factors = st.floats(min_value=0.01, max_value=100, allow_nan=False)


def test_more_than_700_million_holds_for_720_not_300():
    assert judge(700e6, 720e6, "more than").verdict == "consistent"
    bad = judge(700e6, 300e6, "more than")
    assert bad.verdict == "inconsistent"
    assert bad.ratio == pytest.approx(700 / 300)


@pytest.mark.parametrize(
    "qualifier, computed, verdict",
    [
        (None, 2.15e6, "consistent"),
        (None, 2.3e6, "inconsistent"),
        ("just", 1.85e6, "consistent"),
        ("just", 1.7e6, "inconsistent"),
        ("about", 2.4e6, "consistent"),  # wide tolerance for approximations
        ("about", 1.6e6, "consistent"),
        ("about", 2.6e6, "inconsistent"),
        ("nearly", 1.6e6, "consistent"),  # "nearly 2 million" is just below it
        ("nearly", 2.3e6, "inconsistent"),
        ("almost", 2.1e6, "consistent"),
        ("less than", 0.5e6, "consistent"),
        ("under", 2.1e6, "consistent"),
        ("up to", 2.5e6, "inconsistent"),
        ("surpassing", 50e6, "consistent"),
        ("exceeding", 1.7e6, "inconsistent"),
    ],
)
def test_qualifiers_against_two_million(qualifier, computed, verdict):
    assert judge(2e6, computed, qualifier).verdict == verdict


def test_unknown_words_read_as_exact_and_just_over_as_a_bound():
    assert qualifier_kind("reaching") == "exact"
    assert qualifier_kind("just over") == "lower_bound"
    assert qualifier_kind("just under") == "just_below"
    assert qualifier_kind("Just") == "exact"


def test_rates_get_half_a_point_and_ranks_no_slack():
    assert judge(0.02, 0.0245, None, "fraction").verdict == "consistent"  # "2%" covers 1.5–2.5 %
    assert judge(0.02, 0.026, None, "fraction").verdict == "inconsistent"
    assert judge(0.15, 0.1499, None, "fraction").verdict == "consistent"
    assert judge(-0.10, -0.105, None, "fraction").verdict == "consistent"  # a fall stays a fall
    assert judge(-0.10, 0.10, None, "fraction").verdict == "inconsistent"
    assert judge(3, 3, None, "rank").verdict == "consistent"
    assert judge(3, 4, "about", "rank").verdict == "inconsistent"


@given(values, factors)
def test_plain_figures_hold_exactly_within_the_default_tolerance(claimed, factor):
    computed = claimed * factor
    assume(abs(abs(computed - claimed) - DEFAULT_TOLERANCE * claimed) > 1e-9 * claimed)
    within = abs(computed - claimed) <= DEFAULT_TOLERANCE * claimed
    assert (judge(claimed, computed).verdict == "consistent") == within


@given(values, factors, factors)
def test_lower_bounds_are_monotone(claimed, f1, f2):
    low, high = sorted((f1, f2))
    if judge(claimed, claimed * low, "more than").verdict == "consistent":
        assert judge(claimed, claimed * high, "more than").verdict == "consistent"
    if judge(claimed, claimed * high, "less than").verdict == "consistent":
        assert judge(claimed, claimed * low, "less than").verdict == "consistent"


@given(values, st.sampled_from([None, "just", "about", "nearly", "more than", "less than"]))
def test_the_claimed_value_itself_is_always_consistent_and_wider_is_never_stricter(claimed, qualifier):
    assert judge(claimed, claimed, qualifier).verdict == "consistent"
    narrow, wide = bounds(claimed, None), bounds(claimed, "about")
    assert wide[0] <= narrow[0] and wide[1] >= narrow[1]


@given(values, factors)
def test_ratio_is_claimed_over_computed(claimed, factor):
    assert judge(claimed, claimed * factor).ratio == pytest.approx(1 / factor)
    assert judge(claimed, 0.0).ratio is None


def test_tolerances_are_parameters():
    assert judge(100, 115).verdict == "inconsistent"
    assert judge(100, 115, tolerance=0.2).verdict == "consistent"
    assert judge(100, 130, "about").verdict == "inconsistent"
    assert judge(100, 130, "about", wide_tolerance=0.3).verdict == "consistent"
    assert WIDE_TOLERANCE > DEFAULT_TOLERANCE


def test_loose_bounds_are_flagged():
    assert [c.id for c in loose_bound(1e6, 10e6, "more than")] == ["loose_bound"]
    assert loose_bound(1e6, 1.5e6, "more than") == []
    assert [c.id for c in loose_bound(10e6, 1e6, "less than")] == ["loose_bound"]
    assert loose_bound(1e6, 10e6, None) == []
