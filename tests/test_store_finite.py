"""The store's own guarantee that every DOUBLE it records is finite: a NaN or ±inf anywhere is refused with the
count of its rows; finite values whose sum overflows (which the summary's finite-sums shortcut cannot tell from a
bad value) are counted row by row and accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerlens.errors import PartnerlensError
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

ROW = "SELECT 2021 AS year, 'RWA' AS exporter, '{importer}' AS importer, '090111' AS product, {value} AS value_usd, {quantity} AS quantity_t, 't' AS source"


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def _writer(rows: list[tuple[str, str]]):
    select = " UNION ALL ".join(
        ROW.format(importer=f"A{i:02d}", value=value, quantity=quantity) for i, (value, quantity) in enumerate(rows)
    )

    def write(con, staging):
        folder = staging / "year=2021"
        folder.mkdir()
        con.execute(f"COPY ({select}) TO '{folder / 'part-0.parquet'}' (FORMAT parquet)")

    return write


INFO = SourceInfo(name="t", kind="test", nomenclature="HS92")


@pytest.mark.parametrize(
    "rows, bad",
    [
        ([("1.0", "NULL"), ("'nan'::DOUBLE", "2.0")], 1),
        ([("1.0", "'inf'::DOUBLE"), ("2.0", "'-inf'::DOUBLE"), ("3.0", "1.0")], 2),
        ([("'inf'::DOUBLE", "1.0"), ("'-inf'::DOUBLE", "NULL")], 2),  # their sum is NaN; each row is counted
    ],
)
def test_a_value_that_is_not_finite_is_refused_with_its_rows(store, rows, bad):
    with pytest.raises(PartnerlensError, match=f"wrote {bad} rows with a value that is not finite; store unchanged"):
        store.ingest(INFO, _writer(rows))
    assert store.sources() == []


def test_finite_values_whose_sum_overflows_are_accepted(store):
    recorded = store.ingest(INFO, _writer([("1.0", "1.7e308"), ("2.0", "1.7e308"), ("3.0", "NULL")]))
    assert (recorded.rows, recorded.value_usd) == (3, 6.0)
    assert [s.name for s in store.sources()] == ["t"]


def test_a_column_of_missing_quantities_is_finite(store):
    recorded = store.ingest(INFO, _writer([("1.0", "NULL::DOUBLE"), ("2.5", "NULL::DOUBLE")]))
    assert (recorded.rows, recorded.value_usd) == (2, 3.5)
