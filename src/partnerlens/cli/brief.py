"""``partnerlens brief A B``: the partnership brief as Markdown, HTML or PDF.

Markdown and HTML go to standard output unless ``--out`` names a file; a PDF
always goes to a file (``--out``, or a name made from the pair and year). The
format follows ``--format``, else the suffix of ``--out``, else Markdown.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from partnerlens.cli.common import console_err, workspace
from partnerlens.errors import PartnerlensError

if TYPE_CHECKING:
    from partnerlens.brief.output import Asker
    from partnerlens.workspace import Workspace


def _format(fmt: str | None, out: Path | None) -> str:
    from partnerlens.brief.model import FORMATS  # no Jinja: a kept brief is read back as it was written

    if fmt is not None:
        if fmt.lower() not in FORMATS:
            raise PartnerlensError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt.lower()
    suffix = out.suffix.lstrip(".").lower() if out else ""
    return suffix if suffix in FORMATS else "md"


def brief(
    a: str = typer.Argument(..., help="First party: a country or group, by name or code (e.g. Rwanda, KAZ)."),
    b: str = typer.Argument(..., help="Second party (e.g. Azerbaijan, Africa)."),
    year: Optional[int] = typer.Option(None, "--year", help="Trade year (default: the latest year in the store)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="md, html or pdf (default: from --out, else md)."),
    out: Optional[Path] = typer.Option(
        None, "--out", help="File to write (default: standard output; for pdf, a file named after the pair)."
    ),
    top: int = typer.Option(10, "--top", min=1, max=50, help="Products listed in each table."),
    no_server: bool = typer.Option(
        False,
        "--no-server",
        help="Compute here even when a warm `partnerlens serve` of this workspace is announced (also PARTNERLENS_SERVER=0).",
    ),
) -> None:
    """A cited, charted partnership brief for two parties (countries or groups), as Markdown, HTML or PDF.

    Sections: key figures, trade relationship, complementarity, opportunities,
    cooperation record, risks and context, claims checked, methods and sources.
    Every figure carries a numbered marker pointing at its source. When a
    `partnerlens serve` of this workspace runs this very code on 127.0.0.1, the
    brief is asked of it (the same bytes, sooner); else it is computed here.
    """
    from partnerlens.brief.output import rendered, save  # a kept brief is a file read: no analytics, no charts

    chosen = _format(fmt, out)
    if out is not None and not out.expanduser().parent.is_dir():
        raise PartnerlensError(f"cannot write {out}: directory {out.expanduser().parent} does not exist")
    home = workspace()
    result = rendered(a, b, year, chosen, workspace=home, top=top, ask=None if no_server else _server_of(home))
    if out is None and chosen != "pdf":
        assert isinstance(result.content, str)  # Markdown and HTML render as text; only a PDF is bytes
        sys.stdout.write(result.content)
        return
    target = out or Path(f"brief-{result.a}-{result.b}-{result.year}.pdf".replace(" ", "_"))
    written = save(result.content, target)
    note = " — synthetic demo data" if result.synthetic else ""
    console_err.print(
        f"wrote {written} ({chosen}, {written.stat().st_size:,} bytes){note}", highlight=False, soft_wrap=True
    )


def _server_of(home: Workspace) -> Asker | None:
    """Who may answer in this process's place: a warm server announced in the workspace (unless
    ``PARTNERLENS_SERVER=0``)."""
    from partnerlens.settings import current

    if not current().use_server:
        return None
    from partnerlens.warm_server import ask_brief

    return lambda question: ask_brief(home.home, question)


def register(app: typer.Typer) -> None:
    app.command()(brief)
