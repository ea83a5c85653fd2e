"""Lazy command registration: a command's module is imported only when that command runs.

``partnerlens --help`` lists every command from the table below without
importing any of them (their help line is written here; a test checks it
against the command's own), and ``partnerlens data ingest`` imports the data
commands alone, not pandas, the analytics, the extraction package or the web
app. A module in the table exposes ``register(app)`` adding its commands (and
sub-groups) to a Typer app, as every ``cli/`` module does.

Typer (0.26 on) runs on its own copy of Click, not the ``click`` package: the
placeholders are Typer commands, and the types below are that copy's.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import typer
from typer.core import TyperCommand, TyperGroup

from partnerlens.cli.coercion import lighten
from partnerlens.cli.common import COMMAND_WORDS

if TYPE_CHECKING:  # the Click types TyperGroup's methods take and return (typing only: private to Typer)
    from typer._click import Command, Context

# name -> (module, help line shown by ``partnerlens --help``); order is the listing order.
COMMANDS: dict[str, tuple[str, str]] = {
    "parties": ("partnerlens.cli.reference", "List the parties (economies and groups), or resolve one name."),
    "sectors": ("partnerlens.cli.reference", "List the sector taxonomy: ids, labels, synonyms and HS codes."),
    "profile": (
        "partnerlens.cli.analytics",
        "Bilateral trade profile of A and B: flows both ways, growth, shares, ranks, top products, sectors.",
    ),
    "indices": (
        "partnerlens.cli.analytics",
        "Trade complementarity, intensity, export similarity and revealed comparative advantage of A and B.",
    ),
    "complexity": (
        "partnerlens.cli.analytics",
        "Economic complexity (ECI) of economies and product complexity (PCI), as the Atlas computes them.",
    ),
    "opportunities": (
        "partnerlens.cli.opportunities",
        "Untapped export potential both ways (ITC method, projected 5 years ahead) and diversification candidates.",
    ),
    "serve": (
        "partnerlens.cli.serve",
        "Run the web app and JSON API (OpenAPI docs at /docs) over the workspace. See SECURITY.md before binding to a network.",
    ),
    "brief": (
        "partnerlens.cli.brief",
        "A cited, charted partnership brief for two parties (countries or groups), as Markdown, HTML or PDF.",
    ),
    "check": (
        "partnerlens.cli.check",
        "Check the quantitative trade claims of an article against the trade store and the registry.",
    ),
    "reconcile": (
        "partnerlens.cli.reconcile",
        "Why do these figures differ? Every figure for A and B in a year, side by side, with the causes of the gaps.",
    ),
    "data": (
        "partnerlens.cli.data",
        "Trade data: ingest releases, download them, build the demo world, list and remove sources.",
    ),
    "world": (
        "partnerlens.cli.world",
        "World tables: store-wide results per year, built once (locally or on a Dask cluster) and read by every answer.",
    ),
    "token": ("partnerlens.cli.serve", "Tokens that allow writes through the web app and API (stored hashed)."),
    "registry": (
        "partnerlens.cli.registry",
        "The cooperation registry: events, agreements and targets, each with its sources.",
    ),
    "news": ("partnerlens.cli.news", "Read articles into proposals and review them into the registry."),
    "claims": ("partnerlens.cli.claims", "Trade claims of accepted articles, kept with every check run."),
}


def module_commands(module: str) -> dict[str, Command]:
    """The Click commands a ``cli/`` module registers, by name (imports the module)."""
    sub = typer.Typer()

    @sub.callback()
    def _group() -> None:  # a callback keeps a one-command module a group, so its commands can be read by name
        pass

    importlib.import_module(module).register(sub)
    group = typer.main.get_command(sub)
    assert isinstance(group, TyperGroup)  # a Typer app with a callback is a group
    return {name: lighten(command) for name, command in group.commands.items()}


class LazyGroup(TyperGroup):
    """The root group: commands from :data:`COMMANDS`, each module imported on first use."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        lighten(self)  # the root's own options (--home) convert without pydantic too
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: Context) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return self.commands.get(cmd_name)
        return TyperCommand(cmd_name, help=COMMANDS[cmd_name][1])  # a placeholder for listings

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Command | None, list[str]]:
        if args:
            self.load(args[0])
        ctx.meta[COMMAND_WORDS] = tuple(args[:2])  # read by cli.common.begin (which commands hold the database)
        return super().resolve_command(ctx, args)

    def load(self, name: str) -> None:
        """Import the module of command ``name`` (if lazy and not yet loaded) and add its commands."""
        if name in COMMANDS and name not in self.commands:
            for found, command in module_commands(COMMANDS[name][0]).items():
                self.commands.setdefault(found, command)

    def load_all(self) -> LazyGroup:
        """Import every command (for tools that walk the whole tree, such as the docs coverage test)."""
        for name in COMMANDS:
            self.load(name)
        return self
