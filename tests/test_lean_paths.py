"""Lean paths (issue 16): what a warm ``profile`` no longer imports, and the layers a workspace never reaches.

Each check runs in a fresh interpreter and reads ``sys.modules`` at exit. A warm profile reads the packaged YAML
files (sectors, blocs) from their kept parsed copies (:mod:`partnerlens.kept_yaml`), so PyYAML is not imported;
pickle and the thread pool are imported only where a brief's kept inputs or a world build use them. The workspace
layer (opening, migrating, recovering a workspace) imports no web, CLI or brief code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world

SRC = str(Path(__file__).resolve().parents[1] / "src")
NOT_ON_A_WARM_PROFILE = ("yaml", "pickle", "concurrent.futures", "logging")
PROBE = """
import atexit, json, sys
atexit.register(lambda: print("MODULES=" + json.dumps(sorted(sys.modules)), file=sys.stderr))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


def _modules(script: str, *args: str, cache: Path) -> tuple[set[str], str]:
    env = os.environ | {"PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""), "XDG_CACHE_HOME": str(cache)}
    run = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    line = [x for x in run.stderr.splitlines() if x.startswith("MODULES=")][-1]
    return set(json.loads(line.removeprefix("MODULES="))), run.stdout


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    world = random_world(7, ["RWA", "AZE", "KAZ", "KEN", "EGY"], ["090111", "260900", "870323"], [2021, 2022])
    return ingest(tmp_path_factory.mktemp("ws"), world, name="demo-lean-paths", synthetic=True).home


def test_a_warm_country_pair_profile_imports_no_yaml_pickle_nor_thread_pool(home: Path, tmp_path: Path) -> None:
    """(A country × group still imports PyYAML on its path: not yet traced, see BENCHMARKS.md.)"""
    args = ("--home", str(home), "profile", "RWA", "AZE", "--year", "2022", "--json")
    cold, first = _modules(PROBE, *args, cache=tmp_path)  # keeps the parsed YAML and the bottom line
    assert "yaml" in cold  # a first run parses the packaged files (the test would pass for nothing otherwise)
    warm, second = _modules(PROBE, *args, cache=tmp_path)
    assert second == first
    assert sorted(m for m in NOT_ON_A_WARM_PROFILE if m in warm) == []


def test_a_country_pair_reads_no_group_list(home: Path, tmp_path: Path) -> None:
    """ISO3 codes resolve from the economies' names: the groups (Atlas groups and the blocs file) are not read."""
    script = PROBE.replace(
        '"MODULES=" + json.dumps(sorted(sys.modules))',
        '"MODULES=" + json.dumps(["read"] if sys.modules["partnerlens.reference.parties"]._group_index.cache_info()'
        ".currsize else [])",
    )
    args = ("--home", str(home), "profile", "RWA", "AZE", "--year", "2022", "--json")
    _modules(script, *args, cache=tmp_path)
    read, _ = _modules(script, *args, cache=tmp_path)
    assert read == set()
    read, _ = _modules(script, *("--home", str(home), "profile", "KAZ", "Africa", "--json"), cache=tmp_path)
    assert read == {"read"}  # a group does read them


def test_data_info_on_a_store_with_a_release_imports_no_arrow_nor_pandas(home: Path, tmp_path: Path) -> None:
    """``data info`` reads a release's conversion summary (a JSON file) through ``sources.hs_convert``, whose
    Arrow types are for typing only: the command every other one is measured against stays without pyarrow."""
    args = ("--home", str(home), "data", "info")
    _modules(PROBE, *args, cache=tmp_path)  # a first open may migrate (which imports every layer)
    modules, out = _modules(PROBE, *args, cache=tmp_path)
    assert "demo-lean-paths" in out and "partnerlens.sources.hs_convert" in modules  # the summary was looked for
    assert sorted(m for m in ("pyarrow", "numpy", "pandas") if m in modules) == []


WORKSPACE_PROBE = """
import atexit, json, sys
atexit.register(lambda: print("MODULES=" + json.dumps(sorted(sys.modules)), file=sys.stderr))
from pathlib import Path
from partnerlens.workspace import Workspace
Workspace.open(Path(sys.argv[1]))  # a new workspace: every layer's migration runs
Workspace.open(Path(sys.argv[1]))  # and an existing one: the recovery hooks
"""


def test_the_workspace_layer_never_imports_the_web_cli_or_brief_layers(tmp_path: Path) -> None:
    modules, _ = _modules(WORKSPACE_PROBE, str(tmp_path / "ws"), cache=tmp_path / "cache")
    assert "partnerlens.cooperation.storage" in modules  # the migrations did run (else this passes for nothing)
    above = sorted(
        m
        for m in modules
        if m.split(".")[:2] in (["partnerlens", "web"], ["partnerlens", "cli"], ["partnerlens", "brief"])
    )
    assert above == [] and "fastapi" not in modules and "typer" not in modules


@pytest.mark.parametrize("text", ["- id: x\n  label: [unclosed\n", "- just a string\n"])
def test_a_bad_taxonomy_still_fails_with_one_clear_error(tmp_path: Path, text: str) -> None:
    """Parsing through the kept copy (PyYAML imported only to parse) keeps the one-line error of a bad file."""
    from partnerlens.errors import PartnerlensError
    from partnerlens.reference.sectors import load_sectors

    path = tmp_path / "sectors.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PartnerlensError, match="invalid sector taxonomy in"):
        load_sectors(path)
