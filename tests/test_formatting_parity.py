"""One way to show a figure: the same share, growth, money and date read the same in the CLI, the web and the brief.

The figures come from the brief tests' synthetic world written through the real
store: the command line is the real ``partnerlens`` console script, the web page
is served by the real app over HTTP (FastAPI's test client on the real app and
workspace), the brief is the real Markdown rendering. Each expected text is
``partnerlens.formatting`` applied to the computed number, so a surface that
formats on its own ("0.09%" here, "<0.1%" there) fails.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import _brief_fixtures as fixtures
from partnerlens import formatting
from partnerlens.analytics import bilateral_profile
from partnerlens.brief import build, render
from partnerlens.workspace import Workspace

CLI = str(Path(sys.executable).with_name("partnerlens"))


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("parity-home")
    fixtures.build_store(path)
    return path


@pytest.fixture(scope="module")
def surfaces(home) -> dict:
    """The pair's profile, and the text each surface shows for it."""
    workspace = Workspace.open(home)
    profile = bilateral_profile(workspace, "Rwanda", "Azerbaijan")
    cli = subprocess.run(
        [CLI, "--home", str(home), "profile", "Rwanda", "Azerbaijan"],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"COLUMNS": "250"},
    )
    assert cli.returncode == 0, cli.stderr
    from fastapi.testclient import TestClient

    from partnerlens.web.app import create_app

    with TestClient(create_app(workspace)) as client:
        page = client.get("/pair", params={"a": "Rwanda", "b": "Azerbaijan"})
        registry = client.get("/registry")
    assert page.status_code == 200 and registry.status_code == 200
    brief = render(build("Rwanda", "Azerbaijan", workspace=workspace), "md")
    registry_cli = subprocess.run(
        [CLI, "--home", str(home), "registry", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"COLUMNS": "250"},
    )
    return {
        "profile": profile,
        "cli": cli.stdout,
        "web": _text(page.text),
        "brief": brief,
        "registry_web": _text(registry.text),
        "registry_cli": registry_cli.stdout,
        "workspace": workspace,
    }


def _text(html: str) -> str:
    """An HTML page as the text a reader sees (tags dropped, entities of the figures undone)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&amp;", "&").replace("&#39;", "'")


def _on_every_surface(surfaces: dict, text: str) -> None:
    for name in ("cli", "web", "brief"):
        assert text in surfaces[name], f"{text!r} does not read the same in the {name}"


def test_share_reads_the_same_everywhere(surfaces):
    share = surfaces["profile"].b_among_a_partners.share_of_exports
    _on_every_surface(surfaces, formatting.share(share))


def test_growth_reads_the_same_everywhere(surfaces):
    _on_every_surface(surfaces, formatting.growth(surfaces["profile"].cagr["total"]))


def test_money_reads_the_same_everywhere(surfaces):
    p = surfaces["profile"]
    for value in (p.total_usd, p.exports_a_to_b_usd, p.exports_b_to_a_usd):
        _on_every_surface(surfaces, formatting.money(value))


def test_dates_read_at_their_precision_everywhere(surfaces):
    from partnerlens.cooperation.storage import Registry

    records = [r for r in Registry(surfaces["workspace"]).list() if r.date is not None]
    assert records, "the shipped registry has dated records"
    for record in records[:10]:
        shown = formatting.date(record.date, record.date_precision)
        assert shown in surfaces["registry_web"] and shown in surfaces["registry_cli"], shown
    month = [r for r in records if r.date_precision == "month"]
    for record in month:
        assert formatting.date(record.date, "month") == record.date.isoformat()[:7]


def test_no_surface_shows_ids_or_wrong_plurals(surfaces):
    for name in ("cli", "web", "brief", "registry_web", "registry_cli"):
        text = surfaces[name]
        for wrong in ("three_t", "air_transport", "1 students", "1 citations", "1 documents"):
            assert wrong not in text, f"{wrong!r} shows in the {name}"


def test_the_bottom_line_is_the_same_in_the_profile_and_the_brief(home, surfaces):
    done = subprocess.run(
        [CLI, "--home", str(home), "profile", "Rwanda", "Azerbaijan", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = json.loads(done.stdout)["summary"]
    assert 5 <= len(summary) <= 7
    for sentence in summary:
        assert sentence["citations"], sentence  # every sentence is cited
        assert re.sub(r"\[\d+\]", "", sentence["text"]).strip()
    body = re.sub(r"\[\d+\]", "", surfaces["brief"])
    for sentence in summary:  # the same words (numbering of the markers aside) open the brief
        assert re.sub(r"\[\d+\]", "", sentence["text"]) in body


def test_banner_has_one_wording(surfaces):
    assert formatting.SYNTHETIC_BANNER in surfaces["web"]
    assert formatting.SYNTHETIC_BANNER in surfaces["brief"]
    assert formatting.SYNTHETIC_BANNER in " ".join(surfaces["cli"].split())


@given(st.floats(min_value=0, max_value=1, allow_nan=False))
def test_share_is_one_rule(value):
    text = formatting.share(value)
    assert text.endswith("%")
    if value >= 0.001:
        assert abs(float(text[:-1]) - 100 * value) <= 0.05 + 1e-9
    elif value > 0:
        assert text == "<0.01%" or abs(float(text[:-1]) - 100 * value) <= 0.005 + 1e-9


@pytest.mark.parametrize(
    ("n", "word", "expected"),
    [
        (1, "student", "1 student"),
        (2, "student", "2 students"),
        (1, "citation", "1 citation"),
        (0, "document", "0 documents"),
        (1, "economy", "1 economy"),
        (16, "economy", "16 economies"),
    ],
)
def test_counts_agree_with_their_number(n, word, expected):
    assert formatting.count(n, word) == expected


def test_dates_keep_their_precision():
    day = dt.date(2025, 1, 1)
    assert [formatting.date(day, p) for p in ("year", "month", "day", None)] == [
        "2025",
        "2025-01",
        "2025-01-01",
        "2025-01-01",
    ]
    assert formatting.date(None) == "undated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", (dt.date(2025, 1, 1), "year")),
        ("2025-05", (dt.date(2025, 5, 1), "month")),
        ("2025-05-28", (dt.date(2025, 5, 28), "day")),
        ("", (None, None)),
    ],
)
def test_a_corrected_date_keeps_the_precision_it_is_written_in(text, expected):
    from partnerlens.cooperation.review import parse_date

    assert parse_date(text) == expected
    if expected[0] is not None:
        assert formatting.date(*expected) == text  # and reads back as written


@pytest.mark.parametrize("text", ["05/28/2025", "2025-13", "2025-02-30", "twenty"])
def test_a_bad_corrected_date_is_one_clear_error(text):
    from partnerlens.cooperation.review import parse_date
    from partnerlens.errors import PartnerlensError

    with pytest.raises(PartnerlensError, match="date"):
        parse_date(text)
