"""The parts of a brief that need no data: citation numbering, number formats, Markdown tables."""

from __future__ import annotations

import math
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from partnerlens.brief import fmt
from partnerlens.brief.gather import Side
from partnerlens.brief.model import MARKER, Brief, Citation, Citations, Paragraph, Section, Table
from partnerlens.brief.rendering import to_html, to_markdown
from partnerlens.brief.sections.common import by_size
from partnerlens.reference import resolve_party


def _citation(key: str) -> Citation:
    return Citation(key=key, kind="data", text=f"source {key}")


@given(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=40))
def test_citations_are_numbered_in_order_of_first_use(keys):
    cites = Citations()
    marks = [cites.mark(_citation(k)) for k in keys]
    first_use = list(dict.fromkeys(keys))
    assert [c.key for _, c in cites.entries()] == first_use
    for key, mark in zip(keys, marks, strict=False):
        assert mark == f"[{first_use.index(key) + 1}]"


def test_one_marker_per_source_and_none_for_nothing():
    cites = Citations()
    a, b = _citation("a"), _citation("b")
    assert cites.mark(a, b, a) == "[1][2]"
    assert cites.mark(None) == "" and len(cites) == 2


@given(st.one_of(st.none(), st.just(math.nan), st.just(math.inf)))
def test_missing_is_no_data_never_zero(value):
    for render in (fmt.money, fmt.share, fmt.growth, fmt.number, fmt.km):
        assert render(value) == "no data"


@given(st.floats(min_value=0, max_value=1e15, allow_nan=False))
def test_money_reads_in_words(value):
    text = fmt.money(value)
    assert text.startswith("$") and "no data" not in text
    if value >= 1e6:
        assert text.split()[-1] in {"million", "billion", "trillion"}


def test_formats():
    assert fmt.money(2_049_000) == "$2.0 million" and fmt.money(783e6) == "$783 million"
    assert (
        fmt.share(0.0342) == "3.4%"
        and fmt.share(0.0004) == "0.04%"
        and fmt.share(0.00004) == "<0.01%"
        and fmt.share(0) == "0.0%"
    )
    assert fmt.growth(0.15) == "+15.0%" and fmt.growth(-0.2) == "-20.0%"
    assert fmt.years([2015, 2016, 2017, 2020, 2022, 2023]) == "2015–2017, 2020, 2022–2023"


def _brief(text: str, synthetic: bool) -> Brief:
    cites = Citations()
    mark = cites.mark(_citation("a"))
    section = Section(
        "s",
        "1. A section",
        [
            Paragraph(f"{text} {mark}"),
            Table(f"A | table {mark}", ("Name", "Value"), (("x|y", "$1"),), "tn"),
        ],
    )
    return Brief("T", "sub", "A", "B", 2022, synthetic, date(2025, 1, 1), [section], cites, {})


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="["), max_size=60))
def test_html_escapes_text_and_links_markers(text):
    html = to_html(_brief(text, synthetic=False))
    assert f'<p>{escape(text)} <a class="cite" href="#ref-1">[1]</a></p>' in html


def test_markdown_tables_escape_pipes_and_right_align_numbers():
    markdown = to_markdown(_brief("Trade was $1 million", synthetic=True))
    assert markdown.startswith("> **This is synthetic demo data")
    assert "| x\\|y | $1 |" in markdown and "|---|---:|" in markdown
    assert MARKER.search(markdown)


def _side(code: str, gdp: float | None) -> Side:
    return Side(resolve_party(code), frozenset({code}), gdp, 2023 if gdp is not None else None, 1, ())


def test_sides_by_size_smaller_first_and_none_when_a_gdp_is_missing():
    rwanda, kazakhstan = _side("RWA", 14e9), _side("KAZ", 260e9)
    assert by_size((kazakhstan, rwanda)) == ((rwanda, 14e9), (kazakhstan, 260e9))
    assert by_size((rwanda, _side("KAZ", None))) is None
    assert by_size((_side("RWA", math.nan), kazakhstan)) is None
