"""Briefs end to end on a small store written through the real trade store and registry.

The store (``_brief_fixtures``) is synthetic, so every brief must carry the
banner; it lacks one year on purpose, so briefs must say "no data" for it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from partnerlens.brief import build, render, write
from partnerlens.brief.model import MARKER, Bullets, Chart, Paragraph, SourceList, Table
from partnerlens.brief.rendering import SYNTHETIC_BANNER
from partnerlens.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parent))
import _brief_fixtures as fixtures  # noqa: E402

SECTION_TITLES = (
    "Bottom line",
    "1. Key figures",
    "2. Trade relationship",
    "Services trade",
    "Direct investment",
    "3. Complementarity",
    "4. Opportunities",
    "5. Cooperation record",
    "6. Risks and context",
    "7. Claims checked",
    "8. Methods and sources",
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("brief-home")
    fixtures.build_store(path)
    return path


@pytest.fixture(scope="module")
def briefs(home):
    workspace = Workspace.open(home)
    return {
        "RWA-AZE": build("Rwanda", "Azerbaijan", workspace=workspace),
        "KAZ-AFR": build("Kazakhstan", "Africa", workspace=workspace),
    }


@pytest.fixture(scope="module")
def missing_year(home):
    return build("Rwanda", "Azerbaijan", fixtures.MISSING_YEAR, workspace=Workspace.open(home))


def _texts(brief) -> list[str]:
    """Every piece of text a brief shows, outside its list of sources."""
    texts = []
    for section in brief.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts.append(block.text)
            elif isinstance(block, Bullets):
                texts += block.items
            elif isinstance(block, (Table, Chart)):
                texts.append(block.caption)
                if isinstance(block, Table):
                    texts += [" ".join(row) for row in block.rows]
    return texts


@pytest.mark.parametrize("pair", ["RWA-AZE", "KAZ-AFR"])
def test_every_section_is_present_in_every_format(briefs, pair):
    brief = briefs[pair]
    markdown, html = render(brief, "md"), render(brief, "html")
    for title in SECTION_TITLES:
        assert f"## {title}" in markdown
        assert f"<h2>{title}</h2>" in html
    assert [s.title for s in brief.sections] == list(SECTION_TITLES)


@pytest.mark.parametrize("pair", ["RWA-AZE", "KAZ-AFR"])
def test_every_marker_resolves_and_every_citation_is_used(briefs, pair):
    brief = briefs[pair]
    numbers = {n for n, _ in brief.citations.entries()}
    used = {int(n) for text in _texts(brief) for n in MARKER.findall(text)}
    assert used and used == numbers
    listed = [block for block in brief.section("methods").blocks if isinstance(block, SourceList)]
    assert [n for n, _ in listed[0].entries] == sorted(numbers)
    html = render(brief, "html")
    for n in numbers:
        assert f'id="ref-{n}"' in html and f'href="#ref-{n}"' in html


@pytest.mark.parametrize("pair", ["RWA-AZE", "KAZ-AFR"])
def test_every_figure_in_the_text_carries_a_marker(briefs, pair):
    """Sentences with money or a percentage cite their source (method prose aside)."""
    figure = re.compile(r"\$\d|\d%")
    for section in briefs[pair].sections:
        for block in section.blocks:
            items = (
                [block.text]
                if isinstance(block, Paragraph)
                else list(block.items)
                if isinstance(block, Bullets)
                else []
            )
            for text in items:
                for sentence in re.split(r"(?<=\.)\s+(?=[A-Z])", text):
                    if figure.search(sentence):
                        assert MARKER.search(sentence), f"uncited figure in {section.title}: {sentence}"


@pytest.mark.parametrize("pair", ["RWA-AZE", "KAZ-AFR"])
def test_each_direction_reports_its_own_trade(briefs, pair):
    """The opportunities of A → B and B → A start from that direction's exports, as in the profile."""
    brief = briefs[pair]
    a, b = brief.a, brief.b
    blocks = brief.section("opportunities").blocks
    paragraphs = [block.text for block in blocks if isinstance(block, Paragraph) and " sold " in block.text]
    key = brief.section("key-figures").blocks[1].rows
    ab, ba = key[0][1].split(" [")[0], key[1][1].split(" [")[0]
    assert f"{a} sold {ab} to {b}" in paragraphs[0]
    assert f"{b} sold {ba} to {a}" in paragraphs[1]


@pytest.mark.parametrize("name", ["RWA", "Africa"])
def test_product_space_highlights_exactly_the_products_with_rca_above_one(home, briefs, name):
    """The two-exporter sum behind the product space gives the RCA ≥ 1 set of the full panel, and the brief shows it."""
    from partnerlens.analytics import exporter_rca, exports_by_product, open_flows, rca
    from partnerlens.reference import resolve_party
    from partnerlens.store import TradeStore

    party = resolve_party(name)
    with open_flows(TradeStore(Workspace.open(home))) as f:
        year = f.years[-1]
        table = rca(exports_by_product(f, [year], digits=4, merge=party if party.is_group else None), year)
        expected = frozenset(table.loc[(table["exporter"] == party.code) & (table["rca"] >= 1), "product"])
        strengths = exporter_rca(f, party, year, digits=4)
        assert expected and frozenset(strengths.loc[strengths["rca"] >= 1, "product"]) == expected
    brief = briefs["RWA-AZE" if name == "RWA" else "KAZ-AFR"]
    assert any(f"{len(expected)} HS4 products with RCA ≥ 1 in {year}" in text for text in _texts(brief))


def test_citations_name_the_release_with_its_checksum(briefs):
    data = [c for _, c in briefs["RWA-AZE"].citations.entries() if c.kind == "data"]
    assert len(data) == 1 and "demo-brief-test" in data[0].text and "sha256 " + "0" * 64 in data[0].text
    assert data[0].synthetic


@pytest.mark.parametrize("pair", ["RWA-AZE", "KAZ-AFR"])
def test_synthetic_banner_in_markdown_and_html(briefs, pair):
    brief = briefs[pair]
    assert brief.synthetic
    assert render(brief, "md").splitlines()[0] == f"> **{SYNTHETIC_BANNER}**"
    html = render(brief, "html")
    assert f'<div class="banner" role="alert" data-synthetic="true">{SYNTHETIC_BANNER}</div>' in html
    assert "@top-center" in html  # repeated on every printed page


def test_no_banner_on_real_data(tmp_path):
    fixtures.build_store(tmp_path, synthetic=False)
    brief = build("RWA", "AZE", workspace=Workspace.open(tmp_path))
    assert not brief.synthetic
    assert "SYNTHETIC" not in render(brief, "md") and 'class="banner"' not in render(brief, "html")


def test_missing_year_reads_no_data(missing_year):
    markdown = render(missing_year, "md")
    assert f"No data for {fixtures.MISSING_YEAR}" in markdown
    key = missing_year.section("key-figures").blocks[1]
    assert key.rows[0][1].startswith("no data [")
    assert f"Data gap: no trade data for {fixtures.MISSING_YEAR}" in markdown
    assert "$0" not in " ".join(" ".join(r) for r in key.rows)


def test_hole_in_the_series_reads_no_data(briefs):
    table = next(
        b
        for b in briefs["RWA-AZE"].section("trade").blocks
        if isinstance(b, Table) and b.caption.startswith("Trade by year")
    )
    row = next(r for r in table.rows if r[0] == str(fixtures.MISSING_YEAR))
    assert row[1:] == ("no data",) * 4


def test_group_brief_speaks_of_members(briefs):
    markdown = render(briefs["KAZ-AFR"], "md")
    assert "Distance (GDP-weighted between members)" in markdown
    assert re.search(r"\d+ of Africa’s \d+ members (is|are) landlocked", markdown)  # not "16 of 55 Africa members"
    assert "Kazakhstan is landlocked" in markdown


def test_charts_are_inline_svg(briefs):
    charts = [b for s in briefs["RWA-AZE"].sections for b in s.blocks if isinstance(b, Chart)]
    assert len(charts) == 5  # series, two treemaps, two product spaces
    assert all(c.svg.startswith("<svg") and "</svg>" in c.svg for c in charts)


@pytest.mark.parametrize("pair", ["RWA-AZE", "KAZ-AFR"])
def test_html_needs_no_network(briefs, pair):
    html = render(briefs[pair], "html")
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"\bsrc\s*=", html)
    assert not re.search(r"url\(\s*['\"]?(?!#)", html)
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', html))
    assert not re.search(r'xmlns(:\w+)?="http', html)


def test_cooperation_record_from_the_shipped_registry(briefs):
    section = briefs["RWA-AZE"].section("cooperation")
    timeline = next(b for b in section.blocks if isinstance(b, Table))
    assert any(row[0] == "2025-09-20" for row in timeline.rows)
    assert all(MARKER.search(row[-1]) for row in timeline.rows)
    articles = [c for _, c in briefs["RWA-AZE"].citations.entries() if c.kind == "article"]
    assert articles and all(c.address for c in articles)


def test_write_is_atomic_and_refuses_unknown_formats(briefs, tmp_path):
    target = write(briefs["RWA-AZE"], tmp_path / "brief.html")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    from partnerlens.errors import PartnerlensError

    with pytest.raises(PartnerlensError, match="format"):
        write(briefs["RWA-AZE"], tmp_path / "brief.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html"]


@pytest.mark.skipif(CHROMIUM is None or shutil.which("pdfinfo") is None, reason="needs Chromium and poppler-utils")
def test_pdf_is_multipage_with_the_banner_on_every_page(briefs, tmp_path):
    pdf = write(briefs["KAZ-AFR"], tmp_path / "brief.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 3 and "A4" in info
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "synthetic demo data" in " ".join(text.split()), f"page {page} lacks the banner"
        assert f"{page} / {pages}" in text


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).with_name("partnerlens")), "--home", str(home), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_cli_writes_the_brief(home, tmp_path):
    out = tmp_path / "rwa.html"
    done = _cli(home, "brief", "Rwanda", "Azerbaijan", "--format", "html", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert (
        out.read_text(encoding="utf-8").count("<h2>") == 11
    )  # the bottom line, 8 numbered sections, services and investment
    assert "synthetic demo data" in done.stderr
    markdown = _cli(home, "brief", "KAZ", "Africa", "--year", "2020")
    assert markdown.returncode == 0 and markdown.stdout.startswith("> **This is synthetic demo data")


@pytest.mark.parametrize(
    "args, message",
    [
        (("brief", "Atlantis", "Azerbaijan"), "unknown party 'Atlantis'"),
        (("brief", "Rwanda", "Azerbaijan", "--format", "docx"), "unknown format 'docx'"),
        (("brief", "Rwanda", "Rwanda"), "cannot be paired with itself"),
    ],
)
def test_cli_bad_input_is_one_line_and_writes_nothing(home, tmp_path, args, message):
    done = _cli(home, *args, "--out", str(tmp_path / "x.md"))
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not any(tmp_path.iterdir())
