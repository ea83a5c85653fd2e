"""The ``partnerlens`` command line: a thin layer over the library.

Each command group lives in its own module and only parses arguments, calls
the library and formats the result (rich tables for people, ``--json`` for
programs). A ``PartnerlensError`` becomes a one-line message on stderr and exit
code 1; nothing here computes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from partnerlens import __version__
from partnerlens.cli.common import begin, console_err
from partnerlens.cli.lazy import LazyGroup
from partnerlens.errors import PartnerlensError

app = typer.Typer(
    name="partnerlens",
    help="An open workbench for economic diplomacy: trade evidence, cooperation record, checked claims, cited briefs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    cls=LazyGroup,  # commands are listed in cli/lazy.py and imported only when they run
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"partnerlens {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    ctx: typer.Context,
    home: Optional[Path] = typer.Option(
        None, "--home", help="Workspace directory (default: $PARTNERLENS_HOME, else the user data directory)."
    ),
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
    ),
) -> None:
    begin(ctx, home)  # per invocation: a second call in the same process with another --home uses that one


def main() -> None:
    """Console-script entry point.

    Click's standalone mode reports usage errors (exit 2) and aborts itself; a
    ``PartnerlensError`` from the library becomes one line on stderr and exit 1.
    """
    try:
        app()
    except PartnerlensError as exc:
        console_err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
