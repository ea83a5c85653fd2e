"""A release's flows Parquet is LZ4-compressed whichever path wrote it (``catalogue.FLOWS_PARQUET``, issue 16).

A new pair's query before ``world build`` decodes its exporter's row groups; LZ4 decodes them with about a sixth less
CPU than DuckDB's default Snappy at the same size (BENCHMARKS.md, b6pairs). Every writer of flows goes through
the one setting: a plain year, BACI's summed duplicates, a release converted from another HS revision.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from _small_store import small_store
from _trade_fixtures import YEARS, baci_zip
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace


def codecs(store: TradeStore) -> set[str]:
    """The compression of every column chunk of every flows file the catalogue names."""
    files = store.files(store.sources())
    assert files
    found = set()
    for file in files:
        meta = pq.ParquetFile(file).metadata
        for group in range(meta.num_row_groups):
            found |= {meta.row_group(group).column(c).compression for c in range(meta.num_columns)}
    return found


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def test_a_written_year_is_lz4(tmp_path):
    assert codecs(small_store(tmp_path / "small")) == {"LZ4"}


def test_a_baci_release_is_lz4(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "hs92.zip"))
    assert codecs(store) == {"LZ4"}


def test_summed_duplicates_are_lz4(store, tmp_path):
    rows = {year: list(flows) for year, flows in YEARS.items()}
    rows[2021].append(rows[2021][0])
    result = ingest_release(store, baci_zip(tmp_path / "dup.zip", rows), sum_duplicates=True)
    assert any("summed" in note for note in result.notes)
    assert codecs(store) == {"LZ4"}


def test_a_converted_release_is_lz4(store, tmp_path):
    converted = ingest_release(store, baci_zip(tmp_path / "hs12.zip", hs="HS12"))
    assert any("converted from HS12" in note for note in converted.notes)
    assert codecs(store) == {"LZ4"}
