"""Issue 19, findings 1 and 10 on the command line: escape sequences in articles never reach the terminal,
and fetching a URL from the command line reaches loopback only with an explicit ``--fetch-allow``."""

from __future__ import annotations

import pytest

from _web_fixtures import ORIGIN_HOST, cli, start_origin
from partnerlens.cli.common import terminal_text

HOSTILE = (
    "Title: \x1b]0;pwned\x07Kagame in Baku\n\n"
    "President Kagame arrived in Baku on 20 September 2025 for a state visit to Azerbaijan.\x1b[2J\x1b[31m "
    "Rwanda and Azerbaijan signed a memorandum on trade \x1b[8mhidden\x1b[0m and investment.\x07\x9b31m "
    "Trade between Rwanda and Azerbaijan was just $2 million in 2022.\r\n"
    + "The two delegations discussed cooperation in agriculture, education and tourism. "
    * 30  # not binary data
)


@pytest.mark.parametrize(
    "text, shown",
    [
        ("plain", "plain"),
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b]0;title\x07after", "after"),
        ("\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("bell\x07 back\x08space \x9b2J", "bell backspace "),
        ("[bold]markup[/bold]", "\\[bold]markup\\[/bold]"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
    ],
)
def test_terminal_text_strips_escapes_and_controls(text, shown):
    assert terminal_text(text) == shown


@pytest.mark.parametrize("command", [("news", "add", "--dry-run"), ("check",)])
def test_article_text_reaches_the_terminal_without_escape_sequences(tmp_path, command):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    done = cli(tmp_path / "home", *command, str(article))
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "\x9b" not in done.stdout
    assert "Traceback" not in done.stderr


def test_the_cli_fetches_loopback_only_with_fetch_allow(tmp_path):
    origin = start_origin()
    try:
        url = f"{origin.url}/article"
        refused = cli(tmp_path / "home", "news", "add", url, "--dry-run")
        assert refused.returncode == 1 and "only public internet addresses" in refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        allowed = cli(
            tmp_path / "home", "news", "add", url, "--dry-run", "--json", "--fetch-allow", f"{ORIGIN_HOST}/32"
        )
        assert allowed.returncode == 0, allowed.stderr
    finally:
        origin.stop()


def _declared() -> set[str]:
    import re
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]
    extras = [d for name, deps in project.get("optional-dependencies", {}).items() if name != "dev" for d in deps]
    return {re.split(r"[<>=\[ ;~!]", d)[0].lower().replace("_", "-") for d in [*project["dependencies"], *extras]}


def test_every_runtime_import_is_declared():
    """Issue 19, finding 3: a fresh install must import everything; trafilatura needs lxml_html_clean for HTML."""
    import ast
    import importlib.metadata as metadata
    import sys
    from pathlib import Path

    declared = _declared()
    assert "lxml-html-clean" in declared  # trafilatura (through justext) imports it and does not declare it
    transitive = {
        "starlette": "fastapi",
        "anyio": "httpx",
        "httpcore": "httpx",
        "h11": "httpx",
        "markupsafe": "jinja2",
    }  # their declared parent
    distributions = metadata.packages_distributions()
    missing = set()
    for path in (Path(__file__).parents[1] / "src" / "partnerlens").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for top in {name.split(".")[0] for name in names} - set(sys.stdlib_module_names) - {"partnerlens"}:
                dists = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
                if not dists & declared and transitive.get(top) not in declared:
                    missing.add(f"{top} ({path.name})")
    assert not missing, missing
