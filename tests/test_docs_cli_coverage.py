"""Every CLI command and every option is documented in docs/*.md (issue 18).

Walks the Click command tree of ``partnerlens.cli.app``. A command is documented when a docs page names it
as typed ("partnerlens --home DIR profile", or a subcommand path such as "data get baci"); each of its
long options must then appear on a page that names the command, so that ``--json`` written for one command
does not count for another. Options of the top-level callback (``--home``, ``--version``) may be on any page.
"""

from __future__ import annotations

import re
from pathlib import Path

import typer

from partnerlens.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def command_tree() -> list[tuple[str, list[str]]]:
    """(command path, its long options) for the root and every visible command, depth first."""
    found: list[tuple[str, list[str]]] = []

    def walk(command, path: list[str]) -> None:
        options = [
            name
            for param in command.params
            if param.param_type_name == "option" and not param.hidden
            for name in [*param.opts, *param.secondary_opts]
            if name.startswith("--") and name != "--help"
        ]
        found.append((" ".join(path), options))
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            if not sub.hidden:
                walk(sub, [*path, name])

    walk(typer.main.get_command(app).load_all(), [])  # commands are imported lazily (cli/lazy.py)
    return found


def pages() -> dict[str, str]:
    return {path.name: path.read_text("utf-8") for path in sorted(DOCS.glob("*.md"))}


def _mentions(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


def _names_command(text: str, path: str) -> bool:
    """Whether a page names the command: "partnerlens [--home DIR] path", or a subcommand path on its own."""
    typed = rf"partnerlens(?:\s+--home\s+\S+)?\s+{re.escape(path)}(?![\w-])"
    return re.search(typed, text) is not None or (" " in path and _mentions(text, path))


def missing() -> list[str]:
    """'command' for undocumented commands and 'command --option' for undocumented options."""
    docs = pages()
    gaps: list[str] = []
    for path, options in command_tree():
        where = list(docs.values()) if not path else [text for text in docs.values() if _names_command(text, path)]
        if not where:
            gaps.append(path)
            continue
        gaps += [f"{path} {option}".strip() for option in options if not any(_mentions(t, option) for t in where)]
    return gaps


def test_the_walk_finds_nested_commands_and_options():
    tree = dict(command_tree())
    assert "--home" in tree[""] and "--json" in tree["data get baci"] and "--by" in tree["registry add"]
    assert len(tree) > 25


def test_every_command_and_option_is_in_the_docs():
    assert missing() == []


if __name__ == "__main__":
    print("\n".join(missing()) or "all documented")
