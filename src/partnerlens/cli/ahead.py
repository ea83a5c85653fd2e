"""A ``partnerlens brief`` process starts its chart engine first, before the command line's own imports (issue 16).

Imported first by :mod:`partnerlens.cli` for this side effect: when the
process's arguments ask for ``brief`` (after the global options ``--home`` and
``--version``, without ``--help``), the chart engine's worker process
(:mod:`partnerlens.brief.chart_engine`) is started here, so that its engine
(about 0.8 s of CPU) starts on the machine's other core while this process
imports Typer and the CLI (about 0.45 s of one core, during which the other
was idle), rather than beside the brief's analytics later. A brief that is
then read back as kept stops the worker at once (``chart_engine.stop``
kills a worker that drew nothing). Any other command, or an import under
another program (tests, a server), starts nothing and imports nothing more
than :mod:`sys` (the arguments are read as strings: no Click).
"""

from __future__ import annotations

import sys

GLOBAL_OPTIONS_WITH_VALUE = ("--home",)
"""The CLI's global options that take a value (``partnerlens --home H brief …``)."""


def asked_command(argv: list[str]) -> str | None:
    """The command word ``argv`` (without the program) asks for, or None (none, or help asked for).

    Global options before it are skipped (``--home H``, ``--home=H``, ``--version``); ``--help`` or ``-h``
    anywhere, or ``--version``, means no command runs.
    """
    words = iter(argv)
    for word in words:
        if word in ("--help", "-h", "--version"):
            return None
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
            continue
        if word.startswith("-"):
            continue
        return None if any(rest in ("--help", "-h") for rest in words) else word
    return None


PROGRAMS = ("partnerlens", "-c", "-m")
"""How the process's program shows in ``sys.argv[0]`` while :mod:`partnerlens.cli` is first imported: the console
script, ``python -c …`` (the benchmarks), ``python -m partnerlens.cli``; a test runner's arguments are not read."""


def start_for(argv: list[str]) -> bool:
    """Start the chart engine when ``argv`` (the program, then its arguments) asks for a brief; whether it did."""
    if not argv or argv[0].replace("\\", "/").rsplit("/", 1)[-1] not in PROGRAMS:
        return False
    if asked_command(argv[1:]) != "brief":
        return False
    from partnerlens.brief import chart_engine

    chart_engine.start()
    return True


start_for(sys.argv)
