"""The profile's plain-Python sums give the very floats numpy and pandas give (so its output did not change)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.sums import grouped_sums, pairwise_sum

values = st.floats(min_value=0, max_value=1e13, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(values, max_size=600))
def test_pairwise_sum_is_numpys(numbers):
    assert pairwise_sum(numbers) == float(np.array(numbers, dtype="float64").sum())
    assert pairwise_sum(numbers) == float(pd.Series(numbers, dtype="float64").sum())


def test_pairwise_sum_over_blocks_and_halves():
    rng = np.random.default_rng(7)
    for n in (7, 8, 9, 127, 128, 129, 255, 256, 1000, 9000):
        numbers = (rng.random(n) * 10.0 ** rng.integers(0, 12, n)).tolist()
        assert pairwise_sum(numbers) == float(np.sum(numbers))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["0901", "0902", "2709", "8703"]), values), max_size=300))
def test_grouped_sums_are_pandas_groupby(pairs):
    expected = pd.Series([v for _, v in pairs], dtype="float64").groupby([k for k, _ in pairs]).sum()
    assert grouped_sums(pairs) == {str(k): float(v) for k, v in expected.items()}
    assert list(grouped_sums(pairs)) == sorted({k for k, _ in pairs})


def test_grouped_sums_of_an_infinite_value_stay_infinite():
    assert grouped_sums([("a", 1.0), ("a", float("inf")), ("a", 2.0)]) == {"a": float("inf")}
