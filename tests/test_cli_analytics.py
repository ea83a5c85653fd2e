"""``partnerlens profile | indices | complexity | opportunities``, run as users run them."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _flows_fixtures import ingest, random_world
from partnerlens.cli import app

CLI = Path(sys.executable).parent / "partnerlens"
ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "MAR", "KEN", "CHN", "DEU", "TUR"]
PRODUCTS = ["090111", "090240", "100199", "260900", "270900", "310210", "847130", "870323"]


def run(home: Path, *args: str):
    """The command in this process (the console script's start-up is slow); the workspace is opened afresh."""
    result = CliRunner().invoke(app, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def run_script(home: Path, *args: str) -> subprocess.CompletedProcess:
    """The installed console script, as users run it (error handling included)."""
    return subprocess.run([str(CLI), "--home", str(home), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    world = random_world(5, ECONOMIES, PRODUCTS, [2021, 2022, 2023], density=0.5)
    return ingest(tmp_path_factory.mktemp("cli") / "ws", world, name="demo-cli", synthetic=True).home


@pytest.fixture(scope="module")
def real_home(tmp_path_factory) -> Path:
    world = random_world(6, ECONOMIES, PRODUCTS, [2022, 2023], density=0.5)
    return ingest(tmp_path_factory.mktemp("cli") / "ws", world, name="baci-test").home


def test_profile_json_has_the_documented_shape(demo_home):
    result = run(demo_home, "profile", "Rwanda", "Azerbaijan", "--json")
    payload = json.loads(result.stdout)
    for key in (
        "a",
        "b",
        "year",
        "exports_a_to_b_usd",
        "exports_b_to_a_usd",
        "total_usd",
        "series",
        "top_products_a_to_b",
        "top_products_b_to_a",
        "sources",
    ):
        assert key in payload
    assert payload["year"] == 2023  # the latest year in the store
    assert payload["synthetic"] is True
    assert payload["total_usd"] == payload["exports_a_to_b_usd"] + payload["exports_b_to_a_usd"]
    assert [row["year"] for row in payload["series"]] == [2021, 2022, 2023]


def test_profile_for_people_says_synthetic_and_no_data(demo_home, real_home):
    shown = run(demo_home, "profile", "KAZ", "Africa", "--year", "2019")
    assert "synthetic demo data" in shown.stdout and "no data" in shown.stdout
    missing = json.loads(run(demo_home, "profile", "KAZ", "Africa", "--year", "2019", "--json").stdout)
    assert missing["exports_a_to_b_usd"] is None and missing["total_usd"] is None
    real = run(real_home, "profile", "KAZ", "Africa")
    assert "synthetic" not in real.stdout.lower()
    assert "Kazakhstan × Africa, 2023" in real.stdout and "Top products" in real.stdout


def test_indices(demo_home):
    payload = json.loads(run(demo_home, "indices", "RWA", "AZE", "--year", "2022", "--json").stdout)
    assert payload["year"] == 2022 and 0 <= payload["complementarity_a_to_b"] <= 100
    assert 0 <= payload["similarity"] <= 100 and payload["top_rca_a"]
    shown = run(demo_home, "indices", "RWA", "AZE")
    assert "complementarity" in shown.stdout and "synthetic demo data" in shown.stdout


def test_complexity(demo_home):
    payload = json.loads(run(demo_home, "complexity", "--digits", "6", "--top", "3", "--json").stdout)
    assert payload["parameters"]["digits"] == 6 and len(payload["economies"]) == 3
    assert all(len(p["product"]) == 6 for p in payload["products"])
    shown = run(demo_home, "complexity", "--top", "2")
    assert "ECI" in shown.stdout and "PCI" in shown.stdout


def test_opportunities_both_ways(demo_home):
    payload = json.loads(run(demo_home, "opportunities", "KAZ", "Africa", "--top", "3", "--json").stdout)
    potentials = payload["export_potential"]
    assert [(p["exporter"], p["market"]) for p in potentials] == [("KAZ", "africa"), ("africa", "KAZ")]
    assert all(len(p["products"]) <= 3 and "theta" in p["parameters"] for p in potentials)
    assert [d["exporter"] for d in payload["diversification"]] == ["KAZ", "africa"]
    assert payload["synthetic"] is True
    shown = run(demo_home, "opportunities", "KAZ", "Africa", "--top", "3")
    assert "Export potential" in shown.stdout and "Diversification" in shown.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (("profile", "Atlantis", "RWA"), "unknown party"),
        (("opportunities", "RWA", "AZE", "--year", "1990"), "no data for 1990"),
        (("profile", "RWA", "Rwanda"), "itself"),
        (("complexity", "--digits", "5"), "--digits must be 4 or 6"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(demo_home, args, message):
    result = run_script(demo_home, *args)
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_empty_store_says_so(tmp_path):
    result = run_script(tmp_path / "empty", "profile", "RWA", "AZE")
    assert result.returncode == 1 and "no trade flows" in result.stderr
