"""The brief's compiled Jinja templates kept on disk (issue 16: a new process's first HTML brief compiled its
template, 20–30 ms of CPU): the same HTML with and without them, each template compiled once per folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jinja2

from partnerlens.brief import rendering
from partnerlens.brief.model import Brief, Citation, Citations, Paragraph, Section, Table


def _brief() -> Brief:
    cites = Citations()
    mark = cites.mark(Citation(key="a", kind="data", text="source a"))
    section = Section(
        "s",
        "1. A section",
        [Paragraph(f"Trade <grew> {mark}"), Table(f"A | table {mark}", ("Name", "Value"), (("x|y", "$1"),), "tn")],
    )
    return Brief("T", "sub", "A", "B", 2022, True, date(2025, 1, 1), [section], cites, {})


def _html(env: jinja2.Environment, brief: Brief) -> str:
    return env.get_template("brief.html.j2").render(
        brief=brief, banner=rendering.SYNTHETIC_BANNER, svg=rendering.Markup
    )


def test_kept_templates_render_the_same_html_and_are_compiled_once(tmp_path: Path, monkeypatch) -> None:
    brief = _brief()
    plain = _html(rendering._environment(None), brief)
    folder = tmp_path / "templates"  # made when the first template is kept
    first = _html(rendering._environment(rendering._KeptTemplates(str(folder))), brief)
    kept = sorted(folder.iterdir())
    assert first == plain and kept  # the template and what it includes, each a file

    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    again = _html(rendering._environment(rendering._KeptTemplates(str(folder))), brief)  # a new process's environment
    assert again == plain
    assert compiled == []  # read from the folder, not compiled
    assert sorted(folder.iterdir()) == kept
    assert rendering.to_html(brief) == plain  # the module's own environment, whatever its folder holds


def test_a_folder_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    env = rendering._environment(rendering._KeptTemplates(str(blocked / "templates")))
    assert _html(env, _brief()) == _html(rendering._environment(None), _brief())


def test_kept_templates_follow_the_pattern_cache_switch(monkeypatch) -> None:
    monkeypatch.setenv("PARTNERLENS_PATTERN_CACHE", "0")
    assert rendering._bytecode_cache() is None
    monkeypatch.setenv("PARTNERLENS_PATTERN_CACHE", "1")
    assert isinstance(rendering._bytecode_cache(), rendering._KeptTemplates)
