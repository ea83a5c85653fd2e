"""A release whose product names are partly missing still gives a brief (issue 19: "boolean value of NA is ambiguous")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from _trade_fixtures import PRODUCTS, baci_zip, product_csv

CLI = [str(Path(sys.executable).with_name("partnerlens"))]


def test_brief_on_a_release_with_missing_product_names(tmp_path):
    # 847130 is not an HS92 code, and two names are blank in the release's own product list.
    products = [(code, "" if code in ("090111", "847130") else text) for code, text in PRODUCTS]
    release = baci_zip(tmp_path / "r.zip", members={"product_codes_HS92_V202501.csv": product_csv(products)})
    home = tmp_path / "home"
    ingest = subprocess.run(
        [*CLI, "--home", str(home), "data", "ingest", "baci", str(release)], capture_output=True, text=True, timeout=300
    )
    assert ingest.returncode == 0, ingest.stderr
    brief = subprocess.run(
        [*CLI, "--home", str(home), "brief", "Rwanda", "Azerbaijan", "--format", "md"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert brief.returncode == 0, brief.stderr
    assert "Traceback" not in brief.stderr
    assert "Rwanda" in brief.stdout
