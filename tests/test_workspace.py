"""The workspace: home resolution, schema migrations, the trade store's atomic ingest."""

import errno
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import HOME_ENV, Workspace, applied_migrations, default_home


def _writer(frame: pd.DataFrame, fail_after_write: BaseException | None = None):
    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        con.register("frame", frame)
        con.execute(f"COPY frame TO '{staging}' (FORMAT parquet, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true)")
        if fail_after_write is not None:
            raise fail_after_write

    return write


def _flows(source: str, value: float = 1000.0) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2022, 2022, 2023],
            "exporter": ["RWA", "AZE", "RWA"],
            "importer": ["AZE", "RWA", "AZE"],
            "product": ["090111", "310210", "090111"],
            "value_usd": [value, 2 * value, 3 * value],
            "quantity_t": [1.0, None, 2.0],
            "source": [source] * 3,
        }
    )


def test_home_comes_from_argument_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "from-env"))
    assert default_home() == tmp_path / "from-env"
    assert Workspace.open().home == (tmp_path / "from-env").resolve()
    assert Workspace.open(tmp_path / "explicit").home == (tmp_path / "explicit").resolve()


def test_migrations_are_recorded_and_applied_once(tmp_path):
    workspace = Workspace.open(tmp_path)
    with workspace.connect() as con:
        first = applied_migrations(con)
    Workspace.open(tmp_path)
    with workspace.connect() as con:
        assert applied_migrations(con) == first
        assert "store: sources table" in first


def test_ingest_records_exact_totals_and_replaces_the_same_source(tmp_path):
    store = TradeStore(Workspace.open(tmp_path))
    info = SourceInfo(name="t-1", kind="test", nomenclature="HS92", release="V1", sha256="ab" * 32)
    recorded = store.ingest(info, _writer(_flows("t-1")))
    assert (recorded.rows, recorded.value_usd, recorded.years) == (3, 6000.0, (2022, 2023))
    store.ingest(info, _writer(_flows("t-1", value=10.0)))
    with store.query() as con:
        assert con.execute("SELECT count(*), sum(value_usd) FROM flows").fetchone() == (3, 60.0)
        assert con.execute("SELECT typeof(value_usd), typeof(year) FROM flows LIMIT 1").fetchone() == (
            "DOUBLE",
            "INTEGER",
        )
    assert [s.name for s in store.sources()] == ["t-1"]


@pytest.mark.parametrize(
    "failure", [OSError(errno.ENOSPC, "No space left on device"), PartnerlensError("bad row 3"), KeyboardInterrupt()]
)
def test_failed_ingest_leaves_the_store_exactly_as_before(tmp_path, failure):
    store = TradeStore(Workspace.open(tmp_path))
    info = SourceInfo(name="t-1", kind="test", nomenclature="HS92")
    store.ingest(info, _writer(_flows("t-1")))
    before_files = sorted(p.relative_to(tmp_path) for p in (tmp_path / "flows").rglob("*"))
    before_sources = store.sources()

    with pytest.raises(type(failure) if not isinstance(failure, OSError) else PartnerlensError):
        store.ingest(info, _writer(_flows("t-1", value=5.0), fail_after_write=failure))

    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "flows").rglob("*")) == before_files
    assert store.sources() == before_sources
    with store.query() as con:
        assert con.execute("SELECT sum(value_usd) FROM flows").fetchone() == (6000.0,)
    assert not any((tmp_path / ".staging").iterdir())


def test_ingest_of_nothing_is_refused(tmp_path):
    store = TradeStore(Workspace.open(tmp_path))
    with pytest.raises(PartnerlensError, match="no rows"):
        store.ingest(SourceInfo(name="empty", kind="test", nomenclature="HS92"), lambda con, staging: None)
    assert store.sources() == []


def test_empty_store_has_an_empty_flows_view_and_remove_works(tmp_path):
    store = TradeStore(Workspace.open(tmp_path))
    with store.query() as con:
        assert con.execute("SELECT count(*) FROM flows").fetchone() == (0,)
    store.ingest(SourceInfo(name="a", kind="test", nomenclature="HS92"), _writer(_flows("a")))
    store.ingest(SourceInfo(name="b", kind="test", nomenclature="HS92", synthetic=True), _writer(_flows("b")))
    assert store.is_synthetic
    with store.query(sources=["a"]) as con:
        assert con.execute("SELECT count(*) FROM flows").fetchone() == (3,)
    store.remove("b")
    assert [s.name for s in store.sources()] == ["a"] and not store.is_synthetic
    with pytest.raises(NoDataError):
        store.remove("b")


def test_analyses_read_one_primary_release_not_a_sum(tmp_path):
    from partnerlens.analytics.flows import flow_values

    store = TradeStore(Workspace.open(tmp_path))
    assert store.primary_source() is None
    store.ingest(
        SourceInfo(name="demo-seed1", kind="demo", nomenclature="HS92", synthetic=True), _writer(_flows("demo-seed1"))
    )
    assert store.primary_source().name == "demo-seed1"
    store.ingest(
        SourceInfo(name="baci-hs92-v1", kind="baci", nomenclature="HS92"), _writer(_flows("baci-hs92-v1", 7.0))
    )
    store.ingest(SourceInfo(name="comtrade", kind="comtrade", nomenclature="HS92"), _writer(_flows("comtrade", 5.0)))
    assert store.primary_source().name == "baci-hs92-v1"
    assert flow_values(store, "RWA", "AZE")[2022] == 7.0
    with store.query(sources=["comtrade"]) as con:
        assert con.execute("SELECT sum(value_usd) FROM flows WHERE year = 2022 AND exporter = 'RWA'").fetchone() == (
            5.0,
        )
