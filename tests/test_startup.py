"""Lean start-up (issue 16): help and data commands import neither pandas, FastAPI nor the extraction package.

Each check runs the console entry point in a fresh interpreter and reads ``sys.modules`` at exit,
so an import anywhere on the path (CLI registration, the workspace's migrations, ``jsonable``) fails it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from partnerlens.cli import app
from partnerlens.cli.lazy import COMMANDS

HEAVY = ("pandas", "fastapi", "partnerlens.cooperation.extract", "partnerlens.analytics", "partnerlens.web")
SRC = str(Path(__file__).resolve().parents[1] / "src")

PROBE = """
import atexit, json, sys
atexit.register(lambda: print("MODULES=" + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in
    ('pandas', 'fastapi', 'partnerlens', 'yaml', 'click')))))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


def _loaded(*args: str, home: Path) -> tuple[set[str], subprocess.CompletedProcess]:
    env = os.environ | {
        "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "PARTNERLENS_HOME": str(home),
    }
    run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120)
    line = [x for x in run.stdout.splitlines() if x.startswith("MODULES=")][-1]
    return set(json.loads(line.removeprefix("MODULES="))), run


@pytest.mark.parametrize("args", [["--help"], ["data", "--help"], ["data", "ingest", "--help"], ["world", "--help"]])
def test_help_imports_nothing_heavy(args: list[str], tmp_path: Path) -> None:
    modules, run = _loaded(*args, home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Usage" in run.stdout
    heavy = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == [], f"`partnerlens {' '.join(args)}` imported {heavy}"


def test_help_lists_lazy_commands_with_typers_own_click(tmp_path: Path) -> None:
    """Typer (0.26 on) runs on its own copy of Click: the listing's placeholders must not come from the ``click``
    package (a second Click in the process, and a dependency partnerlens would have to declare for nothing)."""
    modules, run = _loaded("--help", home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "check" in run.stdout and "claims" in run.stdout  # lazy commands are listed
    assert "click" not in modules


def test_data_info_on_a_migrated_workspace_is_lean(tmp_path: Path) -> None:
    """The first open migrates (importing every layer); later opens by the same code import none of them."""
    _, first = _loaded("data", "info", home=tmp_path)
    assert first.returncode == 0, first.stderr
    modules, run = _loaded("data", "info", home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "store is empty" in run.stdout
    assert not {"pandas", "fastapi", "partnerlens.web.auth", "partnerlens.cooperation.storage"} & modules


def test_listed_help_lines_match_the_commands() -> None:
    """The help lines written in cli/lazy.py are the commands' own (first paragraph), for every command."""
    root = typer.main.get_command(app).load_all()
    for name, (_, line) in COMMANDS.items():
        real = " ".join((root.commands[name].help or "").split("\n\n")[0].split())
        assert real == line, f"{name}: cli/lazy.py says {line!r}, the command says {real!r}"


def test_unknown_command_still_fails_cleanly(tmp_path: Path) -> None:
    _, run = _loaded("no-such-command", home=tmp_path)
    assert run.returncode == 2 and "No such command" in run.stderr


# -- a warm `partnerlens profile` (issue 16: profile warm ≤ 0.6 s end to end) ---------------------------------

PROFILE_PROBE = """
import atexit, json, sys
from contextlib import contextmanager
from partnerlens.workspace import Workspace
opened, held = [0], [0]
real = Workspace.connect
@contextmanager
def counted(self):  # an opening of the file is a connection made while no other one of this process is open
    opened[0] += held[0] == 0
    held[0] += 1
    try:
        with real(self) as con:
            yield con
    finally:
        held[0] -= 1
Workspace.connect = counted
atexit.register(lambda: print("PROBE=" + json.dumps({"opened": opened[0], "modules": sorted(m for m in sys.modules
    if m.split('.')[0] in ('pandas', 'pydantic', 'rich', 'fastapi', 'pyarrow', 'numpy'))}), file=sys.stderr))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


def _profile_probe(home: Path, *args: str, script: str = PROFILE_PROBE) -> tuple[dict, str]:
    env = os.environ | {"PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run(
        [sys.executable, "-c", script, "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    line = [x for x in run.stderr.splitlines() if x.startswith("PROBE=")][-1]
    return json.loads(line.removeprefix("PROBE=")), run.stdout


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    from _flows_fixtures import ingest, random_world

    world = random_world(3, ["RWA", "AZE", "KEN", "DEU"], ["090111", "260900", "870323"], [2021, 2022], density=0.8)
    return ingest(tmp_path_factory.mktemp("ws"), world, name="demo-lean", synthetic=True).home


def test_a_warm_profile_imports_no_pydantic_nor_rich_and_opens_the_database_once(small_store: Path) -> None:
    """Typer's pydantic conversion (cli/coercion.py), the sector model (a dataclass), rich (``--json`` prints no
    table) and every opening of the workspace database but one (migration check, recovery and catalogue reads
    share it) are what a warm profile used to pay for before its first query."""
    _, first = _profile_probe(small_store, "profile", "RWA", "AZE", "--year", "2022", "--json")
    probe, second = _profile_probe(small_store, "profile", "RWA", "AZE", "--year", "2022", "--json")
    assert second == first
    assert probe["modules"] == []
    assert probe["opened"] == 1


def test_a_profile_table_still_prints_with_rich(small_store: Path) -> None:
    probe, text = _profile_probe(small_store, "profile", "RWA", "AZE", "--year", "2022")
    assert "Bottom line" in text and "rich" in probe["modules"]


def test_options_convert_as_typer_does(small_store: Path) -> None:
    """Values converted without pydantic are Typer's; what is not plain (a bad integer, out of range) is left to
    Typer, which reports it as before."""
    from typer.testing import CliRunner

    from partnerlens.cli import app

    runner = CliRunner()
    ok = runner.invoke(app, ["--home", str(small_store), "profile", "RWA", "AZE", "--year", "2022", "--top", "2"])
    assert ok.exit_code == 0, ok.output
    for bad, says in ((["--year", "20x2"], "valid integer"), (["--top", "0"], "greater than or equal to 1")):
        run = runner.invoke(app, ["--home", str(small_store), "profile", "RWA", "AZE", *bad])
        assert run.exit_code == 2 and f"Invalid value for '{bad[0]}'" in run.output, run.output
        assert says in " ".join(run.output.replace("│", " ").split()), run.output


def test_hold_database_only_for_short_commands() -> None:
    from partnerlens.cli.common import _holds_database

    assert _holds_database(("profile", "RWA")) and _holds_database(("data", "info"))
    assert not any(_holds_database(w) for w in [("data", "ingest"), ("serve",), ("world", "build"), ("brief", "A")])


def test_reference_tables_are_kept_and_read_back_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reference table read once is kept in the user cache folder and read back equal; a damaged copy is read
    from the source again and replaced."""
    from partnerlens.reference import atlas, published

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    columns = ("iso3_code", "in_rankings")
    fresh = tuple(atlas._read_cells(atlas.data_dir() / "static/in_rankings.csv", columns))
    assert tuple(atlas.cells("static/in_rankings.csv", columns)) == fresh  # read, then kept
    (kept,) = (tmp_path / "partnerlens" / "reference").glob("in_rankings-*.marshal")
    assert tuple(atlas.cells("static/in_rankings.csv", columns)) == fresh  # from the kept copy
    kept.write_bytes(b"not a table")
    assert tuple(atlas.cells("static/in_rankings.csv", columns)) == fresh
    assert kept.read_bytes() != b"not a table"
    wdi = atlas.kept_table(
        atlas.data_dir() / published.WDI_FILE,
        "test",
        lambda: published._read_wdi(atlas.data_dir() / published.WDI_FILE),
    )
    assert wdi == published._wdi_table() and len(wdi) > 10_000


# -- a first brief (issue 16: a first brief after `world build` ≤ 2 s) ------------------------------------------

BRIEF_PROBE = PROFILE_PROBE.replace(
    "('pandas', 'pydantic', 'rich', 'fastapi', 'pyarrow', 'numpy')",
    "('httpx', 'partnerlens', 'altair', 'fastapi', 'vl_convert', 'dask', 'distributed', 'click')",
)
BRIEF_MUST_NOT_IMPORT = ("httpx", "partnerlens.sources.download", "altair", "fastapi", "partnerlens.web")
"""Downloading (httpx and the download code: ~0.5 s), Altair's chart grammar and the web layer: a brief uses none."""
BRIEF_MUST_NOT_IMPORT += ("vl_convert", "dask", "distributed", "click")
"""Nor the chart engine in its own process (``brief.chart_engine``: its worker draws), the Dask engine of
``world build``, or a second Click beside Typer's."""


def test_a_first_brief_imports_no_download_code_and_opens_the_database_a_few_times(
    small_store: Path, tmp_path: Path
) -> None:
    """A brief computed from scratch (nothing kept of the pair) writes its HTML with charts, loads no module it
    does not use and opens the workspace database a handful of times (catalogue reads share one opening)."""
    for kept in (small_store / "cache").glob("*/*"):
        if kept.name in ("inputs", "briefs", "rendered", "charts", "extracted"):
            shutil.rmtree(kept)
    out = tmp_path / "brief.html"
    probe, _ = _profile_probe(
        small_store, "brief", "RWA", "AZE", "--year", "2022", "--format", "html", "--out", str(out), script=BRIEF_PROBE
    )
    assert "<svg" in out.read_text(encoding="utf-8")
    loaded = sorted(m for m in probe["modules"] if any(m == x or m.startswith(x + ".") for x in BRIEF_MUST_NOT_IMPORT))
    assert loaded == []
    assert probe["opened"] <= 6  # was 21 (14 of them reads of the catalogue)


EXTRACT_THREAD_PROBE = """
import atexit, json, sys, threading
first = {}
class Seen:  # notes which thread asks first for a module (a finder that finds nothing)
    def find_spec(self, name, path=None, target=None):
        first.setdefault(name, threading.current_thread().name)
sys.meta_path.insert(0, Seen())
atexit.register(lambda: print("PROBE=" + json.dumps(first), file=sys.stderr))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


def _first_importers(home: Path, tmp_path: Path, a: str, b: str) -> tuple[dict[str, str], str]:
    """``({module: the thread that imported it first}, html)`` of the HTML brief of ``a`` and ``b`` in 2022."""
    out = tmp_path / "brief.html"
    args = ("brief", a, b, "--year", "2022", "--format", "html", "--out", str(out))
    first, _ = _profile_probe(home, *args, script=EXTRACT_THREAD_PROBE)
    return first, out.read_text(encoding="utf-8")


def test_a_first_brief_loads_the_extractor_on_its_read_ahead_thread(small_store: Path, tmp_path: Path) -> None:
    """The article extractor (the gazetteer, quantities, dates: the largest imports of a brief) is loaded by the
    read-ahead thread while the main thread runs the analytics, not by the main thread first (e.g. through the
    sections' charts drawn ahead, ``brief.section_charts``, which must not import the sections package)."""
    for kept in (small_store / "cache").glob("*/*"):
        if kept.name in ("inputs", "briefs", "rendered", "charts", "extracted"):
            shutil.rmtree(kept)
    first, html = _first_importers(small_store, tmp_path, "RWA", "AZE")
    assert "<svg" in html
    assert first["partnerlens.brief.section_charts"] == "MainThread"
    assert first["partnerlens.cooperation.extract"] == "partnerlens-brief-read-ahead"
    assert first["partnerlens.brief.sections"] == "MainThread"


def test_distances_are_kept_and_read_back_bit_for_bit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GeoDist's table (parsed from a 4 MB CSV by every first brief before) is kept: read back with the same
    values to the bit, dtypes, order and index as ``atlas-common-data`` parses it; a damaged copy is replaced."""
    import atlas_common_data
    import numpy as np
    import pandas as pd

    from partnerlens.reference import geography

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = atlas_common_data.load_geo_distances()[list(geography._DISTANCE_COLUMNS)].copy()
    for column in ("exporter", "importer"):
        parsed[column] = parsed[column].replace(geography._GEODIST_CODES)
    for step in ("read, then kept", "from the kept copy", "damaged copy"):
        geography.distances.cache_clear()
        if step == "damaged copy":
            (kept,) = (tmp_path / "partnerlens" / "reference").glob("geo_dist-*.marshal")
            kept.write_bytes(b"not a table")
        table = geography.distances()
        pd.testing.assert_frame_equal(table, parsed, check_exact=True)
        for column in ("dist", "distcap", "distw"):
            assert np.array_equal(table[column].to_numpy().view(np.int64), parsed[column].to_numpy().view(np.int64))
    assert "COD" in set(table["exporter"]) and "ZAR" not in set(table["exporter"])
    geography.distances.cache_clear()


def test_a_first_brief_of_a_pair_without_articles_loads_no_claim_checker(small_store: Path, tmp_path: Path) -> None:
    """Kenya × Germany: no registry record, kept claim or pending claim names both, so there is nothing to check:
    the brief neither imports the claim checker nor the article extractor (about a third of a brief's imports)."""
    first, html = _first_importers(small_store, tmp_path, "KEN", "DEU")
    assert "<svg" in html and "Claims checked" in html
    assert "partnerlens.claims.store" in first
    assert "partnerlens.claims.checker" not in first and "partnerlens.cooperation.extract" not in first


EXTRACT_PROBE = r"""
from datetime import date
from partnerlens.cooperation.extract import extract_text
text = ("Le ministre des Affaires étrangères du Rwanda, Jean Dupont, et son homologue azerbaïdjanais ont signé "
        "le 3 mai 2022 à Bakou un accord de coopération. The Minister of Trade, Industry and Investment of Kenya, "
        "John Doe, met the ministers of Energy, Ann Roe, and of Finance, Bob Poe.")
extract_text(text, language="fr", published=date(2022, 5, 4))
extract_text(text, language="en", published=date(2022, 5, 4))
"""


def test_kept_pattern_programs_are_the_same_in_every_process(tmp_path: Path) -> None:
    """A pattern built from a set must not depend on the hash seed: else every process misses its kept program
    (and compiles it again, ~0.2 s of CPU each for the person titles') and fills the folder with copies."""
    env = os.environ | {"XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    env.pop("PARTNERLENS_PATTERN_CACHE", None)
    kept = []
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", EXTRACT_PROBE], check=True, env=env | {"PYTHONHASHSEED": seed})
        kept.append(sorted(path.name for path in tmp_path.rglob("*.marshal")))
    assert kept[0], "the extractor kept no pattern program"
    assert kept[1] == kept[0]


ATLAS_PROBE = PROFILE_PROBE.replace(
    "('pandas', 'pydantic', 'rich', 'fastapi', 'pyarrow', 'numpy')", "('atlas_common_data', 'requests', 'urllib3')"
)


def test_a_first_brief_reads_atlas_files_without_importing_the_package(
    small_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Published figures and the product space's layout are read from ``atlas-common-data``'s files by path:
    importing the package imports its data sources with requests, urllib3 and ssl (a few tenths of a second
    holding the GIL). Only a reference table not yet kept (the distances, the first time) imports it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    loaded = []
    for _ in range(2):  # the first brief keeps the reference tables; the second is a first brief of the pair again
        for kept in (small_store / "cache").glob("*/*"):
            if kept.name in ("inputs", "briefs", "rendered", "charts", "extracted"):
                shutil.rmtree(kept)
        out = tmp_path / "brief.html"
        args = ("brief", "RWA", "AZE", "--year", "2022", "--format", "html", "--out", str(out))
        probe, _ = _profile_probe(small_store, *args, script=ATLAS_PROBE)
        assert "<svg" in out.read_text(encoding="utf-8")  # with the product space (the layout was read)
        loaded.append(probe["modules"])
    assert loaded[1] == []
