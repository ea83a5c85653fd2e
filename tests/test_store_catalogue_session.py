"""``TradeStore.catalogue_session``: one opening of the workspace database for all catalogue reads of a call."""

from __future__ import annotations

import partnerlens.catalogue as catalogue_module
from _flows_fixtures import CountingWorkspace, ingest, random_world
from partnerlens.analytics.profile import bilateral_profile
from partnerlens.store import TradeStore


def _store(tmp_path) -> tuple[TradeStore, CountingWorkspace]:
    world = random_world(2, ["RWA", "AZE", "KEN", "DEU"], ["090111", "847130"], [2021, 2022], density=0.9)
    home = ingest(tmp_path / "ws", world, name="demo-session", synthetic=True).home
    workspace = CountingWorkspace(home)
    return TradeStore(workspace), workspace


def test_reads_in_a_session_share_one_opening(tmp_path, monkeypatch):
    store, workspace = _store(tmp_path)
    monkeypatch.setattr(catalogue_module, "database_state", lambda path: None)  # every read reads (no memo, see
    # test_store_sources_memo.py): what is counted here is the session's sharing of one opening
    before = bilateral_profile(store, "RWA", "AZE", 2022).to_dict()
    alone = len(workspace.opened)
    assert alone >= 3  # the primary release, pinning and its check, the monthly sources: each opened it
    workspace.opened.clear()
    with store.catalogue_session():
        within = bilateral_profile(store, "RWA", "AZE", 2022).to_dict()
        with store.catalogue_session():  # nested: the same connection
            assert [s.name for s in store.sources()] == ["demo-session"]
    assert len(workspace.opened) == 1
    assert within == before
    store.sources()  # after the block: a read opens the database again
    assert len(workspace.opened) == 2


def test_a_session_opens_nothing_when_the_catalogue_is_not_read_from_the_database(tmp_path):
    store, workspace = _store(tmp_path)
    catalogue = store.sources()

    class ReadOnce(TradeStore):  # as the web app's ServedStore: the catalogue kept in memory
        def sources(self):
            return list(catalogue)

    workspace.opened.clear()
    served = ReadOnce(workspace)
    with served.pinned() as infos:
        assert [i.name for i in infos] == ["demo-session"]
    assert bilateral_profile(served, "RWA", "KEN", 2022).has_data
    assert workspace.opened == []
