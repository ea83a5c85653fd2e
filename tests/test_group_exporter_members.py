"""A group exporter's members apportioned on integer codes give the floats of the grouping on strings it replaced."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.analytics.potential.tables import exporter_members


def on_strings(products: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    """The former implementation: the member × product rows grouped on their strings."""
    totals = products.groupby(products["product"].astype(str))[["potential_usd", "untapped_usd"]].sum()
    own = own.assign(product=own["product"].astype(str), exporter=own["exporter"].astype(str))
    weight = own["exports_usd"] / own.groupby("product")["exports_usd"].transform("sum")
    for column in ("potential_usd", "untapped_usd"):
        own[column] = weight * own["product"].map(totals[column]).astype(float).fillna(0.0)
    table = own.groupby("exporter", as_index=False).agg(
        actual_usd=("sales_usd", "sum"), potential_usd=("potential_usd", "sum"), untapped_usd=("untapped_usd", "sum")
    )
    table["share_of_potential"] = table["potential_usd"] / table["potential_usd"].sum()
    return table.sort_values(["potential_usd", "exporter"], ascending=[False, True], ignore_index=True)


def tables(seed: int, members: int, products: int, zeros: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``products`` (the result's rows, categorical codes, some not sold by any member) and ``own`` as
    ``inputs.member_exports`` returns it (Arrow-backed strings, members in no particular order)."""
    rng = np.random.default_rng(seed)
    codes = [f"{100000 + 11 * p:06d}" for p in range(products)]
    shown = [c for c in codes if rng.random() < 0.8] or codes[:1]
    result = pd.DataFrame(
        {
            "product": pd.Categorical(shown, categories=sorted(codes)),
            "potential_usd": rng.lognormal(12, 3, len(shown)),
            "untapped_usd": rng.lognormal(10, 3, len(shown)),
        }
    )
    cells = [(m, p) for m in range(members) for p in range(products) if rng.random() < 0.6] or [(0, 0)]
    order = rng.permutation(len(cells))
    exports = rng.lognormal(11, 4, len(cells))
    exports[rng.random(len(cells)) < zeros] = 0.0
    own = pd.DataFrame(
        {
            "exporter": pd.array([f"M{cells[i][0]:02d}" for i in order], dtype="string[pyarrow]"),
            "product": pd.array([codes[cells[i][1]] for i in order], dtype="string[pyarrow]"),
            "exports_usd": exports[order],
            "sales_usd": np.where(rng.random(len(cells)) < 0.3, rng.lognormal(8, 3, len(cells)), 0.0),
        }
    )
    return result, own


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 20), st.integers(1, 40), st.sampled_from([0.0, 0.2, 1.0]))
def test_codes_give_the_same_floats_as_strings(seed, members, products, zeros):
    result, own = tables(seed, members, products, zeros)
    pd.testing.assert_frame_equal(exporter_members(result, own), on_strings(result, own), check_exact=True)


def test_the_members_potential_adds_up_to_the_products():
    result, own = tables(7, 12, 30, 0.0)
    members = exporter_members(result, own)
    sold = result["product"].astype(str).isin(set(own["product"].astype(str)))
    assert np.isclose(members["potential_usd"].sum(), result.loc[sold, "potential_usd"].sum(), rtol=1e-12)
    assert members["potential_usd"].is_monotonic_decreasing
    assert np.isclose(members["share_of_potential"].sum(), 1.0)


def test_no_member_rows_give_an_empty_table():
    result, own = tables(1, 2, 3, 0.0)
    empty = exporter_members(result, own.iloc[0:0])
    assert empty.empty and list(empty.columns) == [
        "exporter",
        "actual_usd",
        "potential_usd",
        "untapped_usd",
        "share_of_potential",
    ]
