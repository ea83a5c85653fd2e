"""A BACI year streamed to DuckDB through a named pipe (issue 16): the same bytes as the extracted file, the same
refusals, and no thread left blocked whether the reader fails early, never opens the pipe, or the member is damaged.

Real zips written by ``zipfile`` and the ingest's real DuckDB reader; nothing is mocked.
"""

from __future__ import annotations

import threading
import time
import zipfile

import pytest

from _trade_fixtures import RELEASE, baci_zip
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.baci_release import extract, first_line, streamed
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

MEMBER = f"BACI_HS92_Y2021_{RELEASE}.csv"


def _feeders() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("inflate ")]


def _big_year(rows: int, year: int = 2021) -> list[tuple]:
    """``rows`` distinct flows (well over a pipe's 64 KiB buffer)."""
    return [(year, 646, 31, f"{10000 + n % 90000}", "1.000", "2") for n in range(rows)]


@pytest.mark.parametrize("compression", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_the_pipe_carries_the_bytes_extract_writes(tmp_path, compression):
    text = "t,i,j,k,v,q\n" + "".join(f"2021,646,31,{n},1.5,NA\n" for n in range(50_000))
    path = tmp_path / "r.zip"
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        archive.writestr(MEMBER, text)
    (tmp_path / "file").mkdir()
    (tmp_path / "pipe").mkdir()
    with zipfile.ZipFile(path) as archive:
        assert first_line(archive, MEMBER) == "t,i,j,k,v,q"
        extracted = extract(archive, MEMBER, tmp_path / "file").read_bytes()
        with streamed(archive, MEMBER, tmp_path / "pipe") as pipe:
            piped = pipe.read_bytes()
    assert piped == extracted == text.encode()
    assert not (tmp_path / "pipe" / MEMBER).exists() and not _feeders()


def test_a_pipe_never_opened_leaves_no_thread_behind(tmp_path):
    path = baci_zip(tmp_path / "r.zip", {2021: _big_year(20_000)})
    with zipfile.ZipFile(path) as archive, streamed(archive, MEMBER, tmp_path) as pipe:
        assert pipe.exists()
    assert not pipe.exists() and not _feeders()


def test_a_damaged_member_is_named_damaged_after_the_reader_has_read_it(tmp_path):
    path = baci_zip(tmp_path / "r.zip", {2021: _big_year(20_000)})
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(MEMBER)
    data = bytearray(path.read_bytes())
    data[info.header_offset + 30 + len(MEMBER) + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with (
        zipfile.ZipFile(path) as archive,
        pytest.raises(PartnerlensError, match="is damaged"),
        streamed(archive, MEMBER, tmp_path) as pipe,
    ):
        pipe.read_bytes()
    assert not _feeders()


def test_a_year_refused_on_its_first_rows_does_not_wait_for_the_rest(tmp_path):
    """DuckDB stops at the first bad row of a 6 MB year; the pipe is drained, the refusal comes back, no thread waits."""
    store = TradeStore(Workspace.open(tmp_path / "home"))
    path = baci_zip(tmp_path / "bad.zip", {2021: _big_year(200_000, year=2020)})
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            ingest_release(store, path)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the ingest did not return"
    assert isinstance(outcome[0], PartnerlensError) and "column t holds 2020, expected 2021" in str(outcome[0])
    assert time.monotonic() - started < 120 and not _feeders()
    assert store.sources() == [] and not any((store.workspace.home / ".staging").iterdir())
