"""Issue 16 (b12ingest): what ingest no longer computes keeps its answers.

* The store's summary takes a release's years and source name from the staged files' footers, and falls back to
  reading the columns when the footers do not settle them (a row group of two years, statistics that are absent
  or not the source's name): the recorded years and the refusals are those of a full scan.
* A BACI release whose country table lists every code with an ISO3 is read without the filter of dropped rows:
  its flows are the same rows as through the filter, and its bad quantities are refused as before.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from _trade_fixtures import COUNTRIES, KEPT, baci_zip, country_csv
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.staged import footer_facts
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

INFO = SourceInfo(name="t", kind="test", nomenclature="HS92")
ROW = "SELECT {year} AS year, 'RWA' AS exporter, 'A{n:02d}' AS importer, '090111' AS product, 1.0 AS value_usd, NULL::DOUBLE AS quantity_t, {source} AS source"


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def _writer(rows: list[tuple[int, str]], options: str = "FORMAT parquet"):
    select = " UNION ALL ".join(ROW.format(year=y, n=n, source=s) for n, (y, s) in enumerate(rows))

    def write(con, staging):
        folder = staging / "year=2021"
        folder.mkdir()
        con.execute(f"COPY ({select}) TO '{folder / 'part-0.parquet'}' ({options})")

    return write


def test_years_of_one_row_group_come_from_its_footer(store, tmp_path):
    recorded = store.ingest(INFO, _writer([(2021, "'t'"), (2021, "'t'")]))
    assert (recorded.years, recorded.rows) == ((2021,), 2)
    with duckdb.connect() as con:
        assert footer_facts(con, store.files([recorded]), "t") == ([2021], True)


def test_a_row_group_of_two_years_is_read_for_its_years(store):
    recorded = store.ingest(INFO, _writer([(2021, "'t'"), (2020, "'t'"), (2021, "'t'")]))
    assert (recorded.years, recorded.rows) == ((2020, 2021), 3)


def test_footers_without_statistics_are_read_instead(store):
    pq = pytest.importorskip("pyarrow.parquet")

    def write(con, staging):  # another writer: pyarrow, no statistics in the footer
        folder = staging / "year=2021"
        folder.mkdir()
        table = con.execute(
            " UNION ALL ".join(ROW.format(year=y, n=n, source="'t'") for n, y in enumerate([2020, 2021]))
        ).arrow()
        pq.write_table(
            table.read_all() if hasattr(table, "read_all") else table, folder / "part-0.parquet", write_statistics=False
        )
        assert footer_facts(con, [str(folder / "part-0.parquet")], "t") == (None, False)

    recorded = store.ingest(INFO, write)
    assert (recorded.years, recorded.rows) == ((2020, 2021), 2)


@pytest.mark.parametrize(
    "sources, foreign",
    [
        (["'t'", "'u'"], 1),  # another name beside the source's
        (["'t'", "NULL"], 1),  # a row without one
        (["'u'", "'u'"], 2),  # one other name throughout (footer minimum = maximum, but not the source's)
    ],
)
def test_rows_under_another_name_are_refused_with_their_count(store, sources, foreign):
    with pytest.raises(PartnerlensError, match=f"wrote {foreign} rows under another source name; store unchanged"):
        store.ingest(INFO, _writer([(2021, s) for s in sources]))
    assert store.sources() == []


# -- BACI releases whose every code has an ISO3 ---------------------------------------------------------------

EVERY_ISO3 = [c for c in COUNTRIES if c[0] != 899]


def _release(path: Path, years: dict[int, list[tuple]], countries: list[tuple]) -> Path:
    return baci_zip(path, years, members={"country_codes_V202501.csv": country_csv(countries)})


def _rows(store: TradeStore) -> list[tuple]:
    with store.query() as con:
        return con.execute("SELECT * FROM flows ORDER BY ALL").fetchall()


def test_a_release_without_dropped_codes_writes_the_same_rows(tmp_path):
    through_filter = TradeStore(Workspace.open(tmp_path / "a"))
    without_filter = TradeStore(Workspace.open(tmp_path / "b"))
    ingest_release(through_filter, baci_zip(tmp_path / "a.zip"))  # lists 899 without ISO3: its rows are dropped
    result = ingest_release(without_filter, _release(tmp_path / "b.zip", KEPT, EVERY_ISO3))
    assert _rows(through_filter) == _rows(without_filter) and len(_rows(without_filter)) == result.source.rows
    assert not result.notes


@pytest.mark.parametrize(
    "quantity, refused",
    [("nan", "'nan'"), ("inf", "'inf'"), ("-2.5", "'-2.5'"), ("lots", "'lots'")],
)
def test_a_release_without_dropped_codes_refuses_bad_quantities(tmp_path, quantity, refused):
    store = TradeStore(Workspace.open(tmp_path / "home"))
    years = {**KEPT, 2022: [*KEPT[2022], (2022, 646, 4, 90111, "1.5", quantity)]}
    with pytest.raises(PartnerlensError, match=f"column q holds {refused}, not a number of tons"):
        ingest_release(store, _release(tmp_path / "b.zip", years, EVERY_ISO3))
    assert store.sources() == []
