"""Hostile input to the registry: nothing bad is ever committed, and what an older version committed still reads.

Issue 19, findings 4 (one NaN bricked the registry), 7 (lost updates between
two processes) and 9 (``registry import`` of a scalar, null, list, deep
nesting, Latin-1 or binary file). Real workspaces; the command line through
the console script, asserting one line on stderr, exit 1 and no traceback.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerlens.cooperation.models import Citation, Evidence, Record, Source, record_id
from partnerlens.cooperation.records import INVALID_FLAG, is_flagged
from partnerlens.cooperation.storage import Registry
from partnerlens.errors import PartnerlensError
from partnerlens.workspace import Workspace

CLI = [str(Path(sys.executable).with_name("partnerlens"))]


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "--home", str(home), *args], capture_output=True, text=True, timeout=120)


def _refused(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def _kpi(**changes) -> Record:
    data = {
        "kind": "kpi",
        "metric": "missions in Africa",
        "value": 7.0,
        "unit": "missions",
        "parties": ["KAZ"],
        "date": date(2025, 1, 1),
        "date_precision": "year",
        "sources": [
            Citation(
                source=Source(address="https://example.org/k", title="K"),
                evidence=Evidence(text="Seven missions.", start=0, end=15),
            )
        ],
    } | changes
    data.setdefault("id", record_id("kpi", None, data["parties"], data.get("date"), data["metric"]))
    return Record(**data)


def _snapshot(workspace: Workspace) -> tuple:
    with workspace.connect() as con:
        return tuple(
            tuple(con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall())
            for table in ("coop_records", "coop_citations", "coop_history", "coop_sources")
        )


@pytest.fixture()
def home(tmp_path) -> Path:
    return tmp_path / "ws"


@pytest.fixture()
def registry(home) -> Registry:
    return Registry(Workspace.open(home))


# --- finding 4: nothing non-finite or out of range is committed ----------------------------------------


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-Infinity", "1e400", "1e19"])
def test_cli_edit_refuses_non_finite_values_and_writes_nothing(home, registry, value):
    record = registry.add(_kpi())
    before = _snapshot(registry.workspace)
    _refused(_cli(home, "registry", "edit", record.id, "--set", f"value={value}"), "value", "nothing was written")
    assert _snapshot(registry.workspace) == before
    assert _cli(home, "registry", "list", "--json").returncode == 0


@pytest.mark.parametrize(
    ("changes", "word"),
    [
        ({"value": math.nan}, "finite"),
        ({"value": math.inf}, "finite"),
        ({"date": "1800-01-01"}, "year 1800"),
        ({"date": "9999-01-01"}, "year 9999"),
        ({"parties": ["XX'; DROP"]}, "party code"),
        ({"sectors": ["alchemy"]}, "sector"),
        ({"count": -1}, "count"),
        ({"end_date": "0001-01-01"}, "year 1"),
    ],
)
def test_library_edit_refuses_bad_values_before_writing(registry, changes, word):
    """The library function the CLI and ``PATCH /api/registry/…`` both call."""
    record = registry.add(_kpi())
    before = _snapshot(registry.workspace)
    with pytest.raises(PartnerlensError, match=word):
        registry.edit(record.id, changes)
    assert _snapshot(registry.workspace) == before


def test_add_refuses_offsets_beyond_int32_and_bad_years(registry):
    before = _snapshot(registry.workspace)
    huge = Citation(source=Source(address="x"), evidence=Evidence(text="Seven missions.", start=2**31, end=2**31 + 15))
    for record in (_kpi(sources=[huge]), _kpi(date=date(1850, 1, 1)), _kpi(value=math.inf)):
        with pytest.raises(PartnerlensError, match="nothing was written"):
            registry.add(record)
    assert _snapshot(registry.workspace) == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12)))
def test_any_value_is_stored_finite_or_refused(registry, value):
    record_id_ = "kpi-hypothesis-value"
    if not registry.versions([record_id_]):
        registry.add(_kpi(id=record_id_))
    try:
        edited = registry.edit(record_id_, {"value": value})
    except PartnerlensError as exc:
        assert "\n" not in str(exc)
    else:
        assert math.isfinite(edited.value)
    assert all(math.isfinite(r.value) for r in registry.list(kind="kpi"))


# --- a NaN committed by an older version still reads ----------------------------------------------------


def _poison(workspace: Workspace, record_id_: str, raw_value: str) -> None:
    """What an older partnerlens committed: the record's JSON with a NaN (or null) value."""
    with workspace.connect() as con:
        (data,) = con.execute("SELECT data FROM coop_records WHERE id = ?", [record_id_]).fetchone()
        poisoned = data.replace('"value":7.0', f'"value":{raw_value}')
        assert poisoned != data
        con.execute("UPDATE coop_records SET data = ? WHERE id = ?", [poisoned, record_id_])


@pytest.mark.parametrize("raw_value", ["NaN", "null", "Infinity", '"seven"'])
def test_a_stored_nan_lists_shows_exports_edits_and_removes(home, registry, raw_value):
    record = registry.add(_kpi())
    _poison(registry.workspace, record.id, raw_value)
    listed = _cli(home, "registry", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    item = next(i for i in json.loads(listed.stdout)["items"] if i["id"] == record.id)
    assert INVALID_FLAG in item["note"]
    assert _cli(home, "registry", "list").returncode == 0
    shown = _cli(home, "registry", "show", record.id)
    assert shown.returncode == 0 and INVALID_FLAG in shown.stdout, shown.stderr
    assert _cli(home, "registry", "export", "--format", "csv").returncode == 0
    assert is_flagged(registry.get(record.id))
    repaired = registry.edit(record.id, {"value": 8, "note": None})
    assert repaired.value == 8 and not is_flagged(registry.get(record.id))
    registry.edit(record.id, {"value": 7})
    _poison(registry.workspace, record.id, raw_value)
    removed = _cli(home, "registry", "remove", record.id)
    assert removed.returncode == 0, removed.stderr


def test_claim_check_reads_past_a_stored_nan(home, registry, tmp_path):
    """``check`` counts with the registry's KPIs: a poisoned shipped KPI does not make it fail."""
    shipped = [r for r in registry.list(kind="kpi") if r.metric == "Kazakh diplomatic missions in Africa"][-1]
    with registry.workspace.connect() as con:
        (data,) = con.execute("SELECT data FROM coop_records WHERE id = ?", [shipped.id]).fetchone()
        loaded = json.loads(data)
        loaded["value"] = None
        con.execute("UPDATE coop_records SET data = ? WHERE id = ?", [json.dumps(loaded), shipped.id])
    article = tmp_path / "a.txt"
    article.write_text("Kazakhstan now has six diplomatic missions in Africa, up from one in 2012.\n")
    checked = _cli(home, "check", str(article), "--json")
    assert checked.returncode in (0, 1) and "Traceback" not in checked.stderr, checked.stderr
    assert checked.returncode == 0 or len(checked.stderr.strip().splitlines()) == 1
    assert math.isnan(registry.get(shipped.id).value) and is_flagged(registry.get(shipped.id))


# --- finding 7: no lost update -------------------------------------------------------------------------


def test_an_edit_based_on_a_stale_version_is_refused(home, registry):
    record = registry.add(_kpi())
    _, version = registry.get_versioned(record.id)
    registry.edit(record.id, {"unit": "embassies"}, expected_version=version)
    before = _snapshot(registry.workspace)
    with pytest.raises(PartnerlensError, match="changed since it was read"):
        registry.edit(record.id, {"value": 9}, expected_version=version)
    with pytest.raises(PartnerlensError, match="changed since it was read"):
        registry.edit(record.id, {"value": 9, "version": version})  # as the web API passes it
    _refused(_cli(home, "registry", "edit", record.id, "--set", "value=9", "--version", str(version)), "changed since")
    assert _snapshot(registry.workspace) == before
    shown = json.loads(_cli(home, "registry", "show", record.id, "--json").stdout)
    assert shown["version"] == version + 1
    assert (
        _cli(home, "registry", "edit", record.id, "--set", "value=9", "--version", str(shown["version"])).returncode
        == 0
    )


_EDITOR = """
import sys
from partnerlens.cooperation.storage import Registry
from partnerlens.workspace import Workspace
registry = Registry(Workspace.open(sys.argv[1]))
for n in range(int(sys.argv[4])):
    registry.edit(sys.argv[2], {sys.argv[3]: f"{sys.argv[3]}-{n}"}, actor=sys.argv[3])
"""


def test_two_processes_editing_one_record_lose_nothing(home, registry):
    record = registry.add(_kpi())
    rounds = 6
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", _EDITOR, str(home), record.id, field, str(rounds)], stderr=subprocess.PIPE, text=True
        )
        for field in ("unit", "place")
    ]
    for editor in editors:
        assert editor.wait(timeout=240) == 0, editor.stderr.read()
    final = registry.get(record.id)
    assert (final.unit, final.place) == (f"unit-{rounds - 1}", f"place-{rounds - 1}")
    edits = [h for h in registry.history(record.id) if h["action"] == "edit"]
    assert len(edits) == 2 * rounds
    assert registry.versions([record.id])[record.id] == 1 + 2 * rounds


# --- finding 9: hostile import files --------------------------------------------------------------------


HOSTILE_FILES = {
    "scalar.json": b"42",
    "null.json": b"null",
    "string.json": b'"records"',
    "list-of-numbers.json": b"[1, 2, 3]",
    "records-not-a-list.json": b'{"records": 5}',
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "deep-but-parsable.json": b'{"records": [' + b"[" * 500 + b"]" * 500 + b"]}",
    "latin1.json": '{"records": [], "note": "Société"}'.encode("latin-1"),
    "binary.json": bytes(range(256)) * 8,
    "nan.json": None,  # filled below: a valid export whose KPI value is NaN
    "empty.json": b"",
    "bad.csv": b"id,kind\n\x00\x01",
    "latin1.csv": "id,kind\nabc,évent\n".encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_import_files_are_one_clear_error_and_write_nothing(home, registry, tmp_path, name):
    content = HOSTILE_FILES[name]
    if content is None:
        data = _kpi(id="kpi-imported-nan").model_dump(mode="json") | {"value": "NaN"}
        content = (
            json.dumps({"format": "partnerlens-registry", "version": 1, "records": [data]})
            .replace('"NaN"', "NaN")
            .encode()
        )
    path = tmp_path / name
    path.write_bytes(content)
    before = _snapshot(registry.workspace)
    _refused(_cli(home, "registry", "import", str(path)))
    _refused(_cli(home, "registry", "add", "--from", str(path)))
    assert _snapshot(registry.workspace) == before


def test_a_flagged_kpi_counts_for_nothing_and_reads_no_data(registry):
    """A KPI read back flagged (its value a NaN an older version committed) is skipped by the count check — the
    claim has no data rather than a NaN verdict — and every surface shows its value as "no data", never "nan"."""
    from partnerlens.claims.model import Claim
    from partnerlens.claims.registry import check_count_claim
    from partnerlens.formatting import quantity

    claim = Claim(text="Kazakhstan hosts seven student exchanges.", start=0, end=41, metric="count")
    claim = claim.model_copy(update={"parties": ["KAZ"], "subject": "student exchanges", "year": 2025, "value": 7.0})
    record = registry.add(_kpi(metric="student exchanges", unit="exchanges"))
    assert check_count_claim(registry, claim).computed_value == 7.0  # counted while sound
    _poison(registry.workspace, record.id, "NaN")
    flagged = registry.get(record.id)
    assert is_flagged(flagged) and math.isnan(flagged.value)
    checked = check_count_claim(registry, claim)
    assert checked.verdict == "no_data" and checked.computed_value is None
    assert quantity(flagged.value, flagged.unit) == "no data"
    assert "nan" not in flagged.summary().casefold()
