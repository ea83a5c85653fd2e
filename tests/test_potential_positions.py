"""Codes located on the demand matrices' axes by Arrow's ``index_in`` give ``Index.get_indexer``'s positions."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from partnerlens.analytics.potential.cells import located

CODES = st.text(alphabet="ABCKZ0129", min_size=0, max_size=3)


@given(st.lists(CODES, unique=True), st.lists(st.one_of(CODES, st.none())))
def test_arrow_lookup_gives_the_positions_get_indexer_gives(axis, codes):
    index = pd.Index(sorted(axis), dtype=object)
    arrow = pd.Series(pa.array(codes, pa.string()), dtype=pd.StringDtype("pyarrow"))
    expected = index.get_indexer(arrow.astype(str))
    assert located(index, arrow).tolist() == expected.tolist()
    plain = [c for c in codes if c is not None]
    assert located(index, pd.Series(plain, dtype=object)).tolist() == index.get_indexer(plain).tolist()
