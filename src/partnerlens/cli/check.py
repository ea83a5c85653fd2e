"""``partnerlens check FILE|URL|-``: the quantitative claims of an article, checked against the data.

Reading the article (file, URL, standard input; text or HTML) is the
cooperation layer's ``read_article``, so bad input fails exactly as for
``news add``: one line, exit 1, nothing written. Checking is
:func:`partnerlens.claims.check_article`; this module only formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import typer
from rich.markup import escape
from rich.table import Table

from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE  # plain numbers: no pandas for --help
from partnerlens.cli.common import (
    FETCH_ALLOW_OPTION,
    JSON_OPTION,
    console,
    fetch_allow,
    print_json,
    print_synthetic_banner,
    terminal_text,
    workspace,
)

if TYPE_CHECKING:  # the checker measures claims in the trade store (pandas): imported when the command runs
    from partnerlens.claims import CheckedClaim

_STYLE = {
    "consistent": "green",
    "inconsistent": "bold red",
    "no_data": "yellow",
    "unresolved": "dim",
    "unverifiable": "magenta",
}


def _what(result: CheckedClaim) -> str:
    from partnerlens.claims.reading import low_note

    claim = result.claim
    parts: list[str] = [claim.metric or "?"]
    if claim.flow and claim.metric in ("growth", "share", "rank"):
        parts.append(f"of {claim.flow}")
    if claim.subject:
        parts.append(claim.subject)
    parts.append("–".join(claim.parties) or "no party")
    if claim.sector:
        parts.append(claim.sector)
    if claim.year:
        parts.append(str(claim.year))
    if claim.reading is not None and claim.reading.confidence < 1:
        parts.append(f"\n[dim]read with confidence {claim.reading.confidence:.2f}: {low_note(claim.reading)}[/]")
    return " ".join(parts)


def _verdict(result: CheckedClaim) -> str:
    """The verdict cell: label (never bare on a low-confidence reading), who judged, the comparison, the first caveat."""
    from partnerlens.claims.present import JUDGES, comparison, gap, top_caveat, verdict_label
    from partnerlens.claims.reading import is_low

    style = (
        "yellow"
        if is_low(result.claim.reading) and result.verdict in ("consistent", "inconsistent")
        else _STYLE[result.verdict]
    )
    text = f"[{style}]{escape(verdict_label(result))}[/]"
    if result.judged_by:
        text += f" [dim]({JUDGES[result.judged_by]})[/]"
    source = result.source or {}
    detail = comparison(result) if "implied_total" in source else gap(result)
    if detail:
        text += f"\n{escape(detail)}"
    if result.reason:
        text += f"\n[dim]{escape(result.reason)}[/]"
    first = top_caveat(result)
    if first is not None and first.severity >= 2:
        text += f"\n[dim]⚠ {escape(first.text)}[/]"
    return text


def _snippet(result: CheckedClaim) -> str:
    texts = [s.text for s in result.claim.statements] or [result.claim.text]
    cut = [t if len(t) <= 160 else t[:157] + "…" for t in dict.fromkeys(texts)]
    return "\n".join(f"“{t}”" for t in cut)


def _print_table(results: list[CheckedClaim]) -> None:
    from partnerlens.claims import caveats as cv
    from partnerlens.claims.present import claimed_text, figure

    if any((r.source or {}).get("synthetic") for r in results):
        print_synthetic_banner()
    table = Table("#", "claim", "read as", "claimed", "computed", "verdict", title="Claims", show_lines=True)
    for number, result in enumerate(results, 1):
        table.add_row(
            str(number),
            terminal_text(_snippet(result)),
            terminal_text(_what(result)),
            terminal_text(claimed_text(result.claim)),
            figure(result.computed_value, result.claim.unit, result.claim.metric),
            _verdict(result),
        )
    console.print(table)
    citations = {c for r in results if (c := (r.source or {}).get("citation")) is not None}
    for citation in sorted(citations):
        console.print(f"[dim]source:[/] {terminal_text(citation)}")
    for caveat in cv.ordered(c for r in results for c in r.caveats):
        console.print(f"[dim]caveat:[/] {terminal_text(caveat.text)}")


def check(
    target: str = typer.Argument(
        ..., metavar="FILE|URL|-", help="The article: a file, an http(s) URL, or - for standard input."
    ),
    tolerance: float = typer.Option(
        DEFAULT_TOLERANCE, "--tolerance", min=0, help="Relative tolerance for plain figures."
    ),
    wide_tolerance: float = typer.Option(
        WIDE_TOLERANCE, "--wide-tolerance", min=0, help="Relative tolerance for 'about', 'nearly' and the like."
    ),
    source: Optional[list[str]] = typer.Option(
        None, "--source", help="Use only this release of the store (repeatable)."
    ),
    as_json: bool = JSON_OPTION,
    fetch_allow_networks: Optional[list[str]] = FETCH_ALLOW_OPTION,
) -> None:
    """Check the quantitative trade claims of an article against the trade store and the registry."""
    from partnerlens.claims import check_article
    from partnerlens.cooperation.article import read_article

    article = read_article(target, allow=fetch_allow(fetch_allow_networks))
    results = check_article(article, workspace(), sources=source, tolerance=tolerance, wide_tolerance=wide_tolerance)
    if as_json:
        print_json({"article": article.source.model_dump(mode="json"), "claims": [r.to_dict() for r in results]})
        return
    if not results:
        console.print("No quantitative claims found.")
        return
    _print_table(results)


def register(app: typer.Typer) -> None:
    app.command()(check)
