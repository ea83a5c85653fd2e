"""``partnerlens check FILE|URL|-``: the quantitative claims of an article, checked against the data.

Reading the article (file, URL, standard input; text or HTML) is the
cooperation layer's ``read_article``, so bad input fails exactly as for
``news add``: one line, exit 1, nothing written. Checking is
:func:`partnerlens.claims.check_article`; this module only formats.
"""

from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from partnerlens.claims import CheckedClaim, check_article
from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE
from partnerlens.cli.common import JSON_OPTION, console, format_usd, print_json, workspace
from partnerlens.cooperation.article import read_article
from partnerlens.formatting import DEMO_BANNER

_STYLE = {"consistent": "green", "inconsistent": "bold red", "no_data": "yellow", "unresolved": "dim"}
SYNTHETIC_BANNER = f"[bold yellow]⚠ {DEMO_BANNER}[/] — verdicts are against generated figures, not real trade"


def _figure(value: float | None, unit: str | None) -> str:
    if value is None:
        return "—"
    if unit == "usd":
        return format_usd(value)
    if unit == "fraction":
        return f"{value * 100:.1f}%"
    return f"{value:g}"


def _claimed(result: CheckedClaim) -> str:
    claim = result.claim
    figure = _figure(claim.value, claim.unit)
    return f"{claim.qualifier} {figure}" if claim.qualifier else figure


def _what(result: CheckedClaim) -> str:
    claim = result.claim
    parts = [claim.metric or "?"]
    if claim.flow and claim.metric in ("growth", "share", "rank"):
        parts.append(f"of {claim.flow}")
    if claim.subject:
        parts.append(claim.subject)
    parts.append("–".join(claim.parties) or "no party")
    if claim.sector:
        parts.append(claim.sector)
    if claim.year:
        parts.append(str(claim.year))
    return " ".join(parts)


def _verdict(result: CheckedClaim) -> str:
    text = f"[{_STYLE[result.verdict]}]{result.verdict}[/]"
    if result.ratio is not None and result.verdict == "inconsistent":
        text += f" (claimed ÷ computed = {result.ratio:.2g})"
    return text + (f"\n[dim]{result.reason}[/]" if result.reason else "")


def _print_table(results: list[CheckedClaim]) -> None:
    if any((r.source or {}).get("synthetic") for r in results):
        console.print(SYNTHETIC_BANNER)
    table = Table("#", "claim", "read as", "claimed", "computed", "verdict", title="Claims", show_lines=True)
    for number, result in enumerate(results, 1):
        snippet = result.claim.text if len(result.claim.text) <= 160 else result.claim.text[:157] + "…"
        table.add_row(
            str(number), snippet, _what(result), _claimed(result),
            _figure(result.computed_value, result.claim.unit), _verdict(result),
        )
    console.print(table)
    sources = {(r.source or {}).get("citation") for r in results} - {None}
    for citation in sorted(sources):
        console.print(f"[dim]source:[/] {citation}")
    caveats = {c.id: c.text for r in results for c in r.caveats}
    for text in caveats.values():
        console.print(f"[dim]caveat:[/] {text}")


def check(
    target: str = typer.Argument(..., metavar="FILE|URL|-", help="The article: a file, an http(s) URL, or - for standard input."),
    tolerance: float = typer.Option(DEFAULT_TOLERANCE, "--tolerance", min=0, help="Relative tolerance for plain figures."),
    wide_tolerance: float = typer.Option(
        WIDE_TOLERANCE, "--wide-tolerance", min=0, help="Relative tolerance for 'about', 'nearly' and the like."
    ),
    source: Optional[list[str]] = typer.Option(None, "--source", help="Use only this release of the store (repeatable)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Check the quantitative trade claims of an article against the trade store and the registry."""
    article = read_article(target)
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
