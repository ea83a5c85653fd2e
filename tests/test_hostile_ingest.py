"""Hostile input to ingest (issue 19, findings 6, 8 and the ingest parts of 9).

Every case builds a real release zip in BACI's layout (``_trade_fixtures.baci_zip``),
a real download from a server on 127.0.0.1, or a real Comtrade answer, and
asserts one clear line (a ``PartnerlensError`` in the library, exit 1 and no
traceback on the command line) and a store unchanged to the byte: the
fingerprint of every file under ``flows/`` plus the catalogue. Hypothesis
generates random valid and invalid releases: each either ingests with exact
totals or fails that way.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _trade_fixtures import RELEASE, YEARS, LocalServer, baci_zip, comtrade_record, comtrade_routes
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.comtrade import fetch_comtrade
from partnerlens.sources.download import get_baci
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

CLI = [str(Path(sys.executable).with_name("partnerlens"))]
YEAR_2021 = f"BACI_HS92_Y2021_{RELEASE}.csv"


def fingerprint(store: TradeStore) -> tuple:
    """Every flows file (path and SHA-256) and every catalogue row."""
    files = sorted(
        (str(p.relative_to(store.workspace.flows_dir)), hashlib.sha256(p.read_bytes()).hexdigest())
        for p in store.workspace.flows_dir.rglob("*")
        if p.is_file() and p.name not in (".readers", ".state")
    )
    return files, [s.to_dict() for s in store.sources()]


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    store = TradeStore(Workspace.open(tmp_path / "home"))
    ingest_release(store, baci_zip(tmp_path / "good.zip"))  # a bad copy of the same release would replace it
    return store


def refused(store: TradeStore, path: Path, *words: str, **options) -> str:
    before = fingerprint(store)
    with pytest.raises(PartnerlensError) as failure:
        ingest_release(store, path, **options)
    message = str(failure.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message
    assert fingerprint(store) == before
    staging = store.workspace.home / ".staging"
    assert not staging.exists() or not any(staging.iterdir())
    return message


def with_row(row: tuple, year: int = 2021) -> dict:
    return {**YEARS, year: [*YEARS[year], row]}


# --- finding 6: bad values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ((2021, 646, 842, 90111, "1e306", "1"), ("column v holds", "thousand USD")),  # finite, but not ×1000
        ((2021, 646, 842, 90111, "inf", "1"), ("column v holds",)),
        ((2021, 646, 842, 90111, "nan", "1"), ("column v holds",)),
        ((2021, 646, 842, 90111, "1.0", "nan"), ("column q holds 'nan'",)),
        ((2021, 646, 842, 90111, "1.0", "inf"), ("column q holds 'inf'",)),
        ((2021, 646, 842, 90111, "1.0", "-3"), ("column q holds '-3'",)),
        ((2021, 646, 842, 1090111, "1.0", "1"), ("column k holds '1090111'", "HS6")),  # 7 digits, once truncated
        ((2021, 646, 31, 90111, "1.0", "1"), ("appear more than once", "2 rows", "--sum-duplicates")),
    ],
    ids=["v-overflows-after-x1000", "v-inf", "v-nan", "q-nan", "q-inf", "q-negative", "k-7-digits", "duplicate-flow"],
)
def test_bad_values_are_refused_before_anything_is_written(store, tmp_path, row, words):
    refused(store, baci_zip(tmp_path / "bad.zip", with_row(row)), *words)


@pytest.mark.parametrize("quantity", ["-3", "nan", "inf", "-inf"])
def test_a_bad_quantity_in_a_row_dropped_for_its_code_is_dropped_not_refused(store, tmp_path, quantity):
    """The quantity is checked before the filter of codes without ISO3 (899): those rows are still only dropped."""
    result = ingest_release(store, baci_zip(tmp_path / "q.zip", with_row((2021, 899, 842, 90111, "1.0", quantity))))
    assert "dropped 3 rows" in result.notes[0], result.notes
    with store.query() as con:
        assert (
            con.execute("SELECT count(*) FROM flows WHERE NOT isfinite(quantity_t) OR quantity_t < 0").fetchone()[0]
            == 0
        )


def test_text_that_is_not_a_number_is_refused_even_in_a_dropped_row(store, tmp_path):
    """As before the check moved: text in ``q`` is refused whatever the row's codes."""
    refused(
        store, baci_zip(tmp_path / "q.zip", with_row((2021, 899, 842, 90111, "1.0", "lots"))), "column q holds 'lots'"
    )


def test_duplicates_are_summed_only_when_asked(store, tmp_path):
    path = baci_zip(tmp_path / "dup.zip", with_row((2021, 646, 31, 90111, "1.000", "1")))
    result = ingest_release(store, path, sum_duplicates=True)
    assert any("summed 2 rows" in note for note in result.notes)
    with store.query() as con:
        value, quantity = con.execute(
            "SELECT value_usd, quantity_t FROM flows WHERE year = 2021 AND exporter = 'RWA' "
            "AND importer = 'AZE' AND product = '090111'"
        ).fetchone()
    assert value == pytest.approx(513_345.0) and quantity == pytest.approx(121.5)


@pytest.mark.parametrize("year", [1800, 1961, 9999])
def test_year_files_outside_a_plausible_range_are_refused(store, tmp_path, year):
    members = {f"BACI_HS92_Y{year}_{RELEASE}.csv": f"t,i,j,k,v,q\n{year},646,31,90111,1.0,1\n"}
    message = refused(store, baci_zip(tmp_path / "y.zip", members=members), f"year {year}", "outside 1962")
    assert "9999" not in str(store.sources()[0].years)
    assert message


def test_the_same_year_twice_is_refused(store, tmp_path):
    members = {f"copy/{YEAR_2021}": "t,i,j,k,v,q\n2021,646,31,90111,9.0,1\n"}
    refused(store, baci_zip(tmp_path / "twice.zip", members=members), "year 2021 twice")


def test_a_header_only_year_is_a_note_not_a_silent_drop(store, tmp_path):
    result = ingest_release(store, baci_zip(tmp_path / "h.zip", {2021: YEARS[2021], 2022: []}))
    assert result.source.years == (2021,)
    assert any("only its header" in note and "2022" in note for note in result.notes)


def test_a_release_of_header_only_years_is_one_clear_error(store, tmp_path):
    refused(store, baci_zip(tmp_path / "h.zip", {2021: [], 2022: []}), "every year file holds only its header")


def test_a_seven_digit_code_in_the_product_table_is_refused(store, tmp_path):
    members = {f"product_codes_HS92_{RELEASE}.csv": "code,description\n090111,Coffee\n1090111,Seven digits\n"}
    refused(store, baci_zip(tmp_path / "p.zip", members=members), "1090111", "not an HS6 code")


# --- finding 8 and 9: archives ----------------------------------------------------------------------------


def _patch_member(
    path: Path,
    member: str,
    *,
    size: int | None = None,
    flags: int = 0,
    method: int | None = None,
    name: bytes | None = None,
) -> Path:
    """Rewrite a member's local and central headers in place: declared size, flag bits, method, name bytes."""
    data = bytearray(path.read_bytes())
    encoded = member.encode()
    for signature, name_at, size_at, flag_at, method_at in (
        (b"PK\x03\x04", 30, 22, 6, 8),
        (b"PK\x01\x02", 46, 24, 8, 10),
    ):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_length = struct.unpack_from("<H", data, start + (26 if signature == b"PK\x03\x04" else 28))[0]
            if bytes(data[start + name_at : start + name_at + name_length]) == encoded:
                if size is not None:
                    struct.pack_into("<I", data, start + size_at, size)
                struct.pack_into(
                    "<H", data, start + flag_at, struct.unpack_from("<H", data, start + flag_at)[0] | flags
                )
                if method is not None:
                    struct.pack_into("<H", data, start + method_at, method)
                if name is not None:
                    assert len(name) == name_length
                    data[start + name_at : start + name_at + name_length] = name
            start += 4
    path.write_bytes(bytes(data))
    return path


def test_encrypted_and_deflate64_members_are_one_clear_error(store, tmp_path):
    refused(store, _patch_member(baci_zip(tmp_path / "e.zip"), YEAR_2021, flags=0x1), "is encrypted")
    refused(store, _patch_member(baci_zip(tmp_path / "d.zip"), YEAR_2021, method=9), "deflate64")


def test_member_names_that_are_not_utf8_are_one_clear_error(store, tmp_path):
    path = baci_zip(tmp_path / "n.zip", members={"Readme-X.txt": "x"})
    refused(store, _patch_member(path, "Readme-X.txt", flags=0x800, name=b"Readme-\xff.txt"), "not valid UTF-8")


_BOMB = """
import resource, sys
from partnerlens.errors import PartnerlensError
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
store = TradeStore(Workspace.open(sys.argv[1]))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    ingest_release(store, sys.argv[2])
except PartnerlensError as exc:
    print(exc)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def test_a_member_that_lies_about_its_size_stops_at_the_limit_in_bounded_memory(store, tmp_path):
    """A 0.3 MB zip whose 2021 file inflates to 300 MB but declares 200 bytes (the old code wrote it all, then checked)."""
    bomb = "t,i,j,k,v,q\n" + "2021,646,31,90111,1.0,1\n" * 12_500_000
    path = baci_zip(tmp_path / "bomb.zip", members={YEAR_2021: bomb})
    assert path.stat().st_size < 2_000_000
    _patch_member(path, YEAR_2021, size=200)
    before = fingerprint(store)
    run = subprocess.run(
        [sys.executable, "-c", _BOMB, str(store.workspace.home), str(path)], capture_output=True, text=True, timeout=300
    )
    message, grown_mb = run.stdout.strip().splitlines()
    assert "inflates to more than the 200 bytes it declares" in message, run.stdout + run.stderr
    assert int(grown_mb) < 120, f"memory grew by {grown_mb} MB"
    assert fingerprint(store) == before


# --- finding 8: downloads ------------------------------------------------------------------------------------


class _Hostile(BaseHTTPRequestHandler):
    """Redirects forever on /loop/, and serves HTML with status 200 on /html/."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/loop/"):
            self.send_response(302)
            self.send_header("Location", self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"<!DOCTYPE html><html><body>Please log in</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def hostile_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _downloads(store: TradeStore) -> list[str]:
    return sorted(p.name for p in store.workspace.downloads_dir.iterdir())


def test_an_html_page_with_status_200_is_never_kept(store, hostile_url):
    before = fingerprint(store)
    with pytest.raises(PartnerlensError, match="HTML page, not the release zip"):
        get_baci(store, base_url=f"{hostile_url}/html")
    assert _downloads(store) == [] and fingerprint(store) == before


def test_an_html_page_served_as_a_zip_is_never_kept_nor_reused(store, tmp_path):
    page = b"<!DOCTYPE html><html><body>Maintenance</body></html>"
    with (
        LocalServer(files={f"/baci/BACI_HS92_{RELEASE}.zip": page}) as server,
        pytest.raises(PartnerlensError, match="HTML page, not the release zip"),
    ):
        get_baci(store, base_url=f"{server.base_url}/baci")
    assert _downloads(store) == []
    (store.workspace.downloads_dir / f"BACI_HS92_{RELEASE}.zip").write_bytes(page)  # what an older version kept
    release = baci_zip(tmp_path / "r.zip").read_bytes()
    with LocalServer(files={f"/baci/BACI_HS92_{RELEASE}.zip": release}) as server:
        result = get_baci(store, base_url=f"{server.base_url}/baci")
    assert any("not a zip" in note for note in result.notes)
    assert (store.workspace.downloads_dir / f"BACI_HS92_{RELEASE}.zip").read_bytes() == release


def test_a_redirect_loop_is_one_clear_error(store, hostile_url):
    with pytest.raises(PartnerlensError, match="redirect"):
        get_baci(store, base_url=f"{hostile_url}/loop")
    assert _downloads(store) == []


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "--home", str(home), *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--release", ""], "is not a BACI release"),
        (["--release", "V2025"], "is not a BACI release"),
        (["--hs", "HS9"], "is not an HS nomenclature"),
        (["--base-url", "http://[::1"], "is not a valid address"),
        (["--base-url", "ftp://example.org/baci"], "not an http(s) address"),
        (["--base-url", "http://"], "not an http(s) address"),
        (["--base-url", "http://127.0.0.1:99999/x"], "not a valid address"),
    ],
)
def test_bad_addresses_and_releases_in_data_get_are_one_line(store, args, words):
    before = fingerprint(store)
    run = _cli(store.workspace.home, "data", "get", "baci", *args)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and words in run.stderr, run.stderr
    assert fingerprint(store) == before and _downloads(store) == []


def test_hostile_zips_on_the_command_line_are_one_line(store, tmp_path):
    cases = [
        _patch_member(baci_zip(tmp_path / "e.zip"), YEAR_2021, flags=0x1),
        _patch_member(baci_zip(tmp_path / "d.zip"), YEAR_2021, method=9),
        baci_zip(tmp_path / "v.zip", with_row((2021, 646, 842, 90111, "1e306", "1"))),
    ]
    before = fingerprint(store)
    for path in cases:
        run = _cli(store.workspace.home, "data", "ingest", "baci", str(path))
        assert run.returncode == 1 and "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, (
            run.stderr
        )
    assert fingerprint(store) == before


# --- finding 6 and 9: Comtrade answers -------------------------------------------------------------------------


def _answer(records_json: bytes):
    def data(_path, _query, _headers):
        return 200, b'{"elapsedTime": "0.1 secs", "count": 1, "error": "", "data": ' + records_json + b"}"

    return data


_GOOD = json.dumps([comtrade_record(2019, 646, "X", 31, "090111", 500_000.0, 1000.0)]).encode()


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (_GOOD.replace(b"500000.0", b"NaN"), "NaN"),
        (_GOOD.replace(b"500000.0", b"Infinity"), "Infinity"),
        (_GOOD.replace(b"500000.0", b"-Infinity"), "Infinity"),
        (_GOOD.replace(b"500000.0", b"true"), "has value 'True'"),
        (_GOOD.replace(b'"refYear": 2019', b'"refYear": 9999'), "refYear '9999'"),
        (_GOOD.replace(b'"refYear": 2019', b'"refYear": "2019"'), "refYear '2019'"),
        (_GOOD.replace(b'"netWgt": 1000.0', b'"netWgt": "heavy"'), "net weight"),
        (b'["not a record"]', "not an object"),
        (b"[[[[[[" * 2000, "not JSON"),
        (b'"data"', "without a data list"),
    ],
    ids=[
        "nan",
        "inf",
        "-inf",
        "bool",
        "year-9999",
        "year-string",
        "weight-string",
        "string-record",
        "deep",
        "not-list",
    ],
)
def test_malformed_comtrade_answers_are_one_clear_error(tmp_path, body, words):
    store = TradeStore(Workspace.open(tmp_path / "home"))
    routes = comtrade_routes([])
    routes["/public/v1/preview/C/A/HS"] = _answer(body)
    with LocalServer(routes=routes) as server, pytest.raises(PartnerlensError) as failure:
        fetch_comtrade(store, "RWA", [2019], base_url=server.base_url)
    assert words in str(failure.value) and "\n" not in str(failure.value)
    assert store.sources() == [] and not any(store.workspace.flows_dir.glob("source=*"))


def test_a_malformed_reporter_list_is_one_clear_error(tmp_path):
    store = TradeStore(Workspace.open(tmp_path / "home"))
    routes = comtrade_routes([])
    routes["/files/v1/app/reference/Reporters.json"] = lambda *_: (
        200,
        {"results": [{"reporterCode": "six", "reporterCodeIsoAlpha3": "RWA", "isGroup": False}]},
    )
    with LocalServer(routes=routes) as server, pytest.raises(PartnerlensError, match="not a number"):
        fetch_comtrade(store, "RWA", [2019], base_url=server.base_url)


# --- random releases ------------------------------------------------------------------------------------------

_CODES = [646, 31, 842, 398, 4]
_VALUES = st.one_of(
    st.integers(0, 10**9).map(lambda v: f"{v / 1000:.3f}"),
    st.sampled_from(["-1", "nan", "inf", "1e306", "abc", "", "1e-3", "0"]),
)
_QUANTITIES = st.sampled_from(["", "NA", "   NA", "1.5", "0", "-2", "nan", "inf", "lots", "7"])
_PRODUCTS = st.sampled_from([90111, 847130, 10121, 260900, 710812, 1090111, 999999, "", "0901a1"])
_ROW = st.tuples(st.sampled_from(_CODES), st.sampled_from(_CODES), _PRODUCTS, _VALUES, _QUANTITIES)


def _valid(row: tuple) -> bool:
    _, _, k, v, q = row
    try:
        value = float(v)
    except ValueError:
        return False
    quantity_ok = q.strip() in ("", "NA") or (q.strip() not in ("nan", "inf", "lots") and float(q) >= 0)
    return k in (90111, 847130, 10121, 260900, 710812) and math.isfinite(value * 1000) and value >= 0 and quantity_ok


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    rows=st.lists(_ROW, min_size=0, max_size=12), year=st.sampled_from([2021, 1950, 2022]), duplicate_year=st.booleans()
)
def test_random_releases_ingest_exactly_or_fail_in_one_line(tmp_path_factory, rows, year, duplicate_year):
    home = tmp_path_factory.mktemp("random")
    store = TradeStore(Workspace.open(home / "ws"))
    ingest_release(store, baci_zip(home / "good.zip"))
    lines = [(year, i, j, k, v, q) for i, j, k, v, q in rows]
    members = {f"again/BACI_HS92_Y{year}_{RELEASE}.csv": "t,i,j,k,v,q\n"} if duplicate_year else {}
    path = baci_zip(home / "random.zip", {year: lines}, members=members)
    keys = [(i, j, k) for i, j, k, *_ in rows]
    should_pass = (
        year != 1950 and not duplicate_year and rows and all(_valid(r) for r in rows) and len(set(keys)) == len(keys)
    )
    before = fingerprint(store)
    try:
        info = ingest_release(store, path).source
    except PartnerlensError as exc:
        assert "\n" not in str(exc)
        assert fingerprint(store) == before
        assert not should_pass, f"refused a valid release: {exc}"
        return
    assert should_pass, "accepted an invalid release"
    assert info.rows == len(rows) and math.isfinite(info.value_usd)
    assert info.value_usd == pytest.approx(sum(float(v) * 1000 for *_, v, _ in rows), rel=1e-9, abs=1e-6)


@pytest.mark.parametrize("text", ["²", "٢٠٢١", "2021-²", "20²1", "", "2021-1999"])
def test_years_that_are_not_ascii_digits_are_one_clear_error(text):
    from partnerlens.sources import parse_years

    with pytest.raises(PartnerlensError, match="cannot read years"):
        parse_years(text)
