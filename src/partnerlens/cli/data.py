"""``partnerlens data …``: fill the trade store (ingest, get, demo) and see or remove what is in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn, TransferSpeedColumn
from rich.table import Table

from partnerlens.cli.common import JSON_OPTION, console, console_err, format_usd, print_json, workspace
from partnerlens.sources import IngestResult, parse_years
from partnerlens.sources.settings import BACI_NOMENCLATURE, BACI_RELEASE, COMTRADE_KEY_ENV, DEFAULT_SEED, SCALES
from partnerlens.store import SourceInfo, TradeStore

# Each source's module (zip reading, HTTP clients, the demo world's numpy and pandas) is imported by its command only.

SYNTHETIC_NOTICE = "synthetic demo data"

app = typer.Typer(help="Trade data: ingest releases, download them, build the demo world, list and remove sources.",
                  no_args_is_help=True)
ingest_app = typer.Typer(help="Ingest a release from a local file.", no_args_is_help=True)
get_app = typer.Typer(help="Download from a source and ingest.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")
app.add_typer(get_app, name="get")

YEARS_OPTION = typer.Option(None, "--years", help="Only these years, e.g. 2019-2023 or 2021,2023.")
SUM_DUPLICATES_OPTION = typer.Option(
    False, "--sum-duplicates", help="Add up rows that repeat an exporter-importer-product of their year (refused by default)."
)


def _store() -> TradeStore:
    return TradeStore(workspace())


def _years(text: Optional[str]) -> list[int] | None:
    return parse_years(text) if text else None


def _span(years: tuple[int, ...] | list[int]) -> str:
    if not years:
        return "-"
    contiguous = list(years) == list(range(years[0], years[-1] + 1))
    return f"{years[0]}–{years[-1]}" if contiguous and len(years) > 1 else ", ".join(map(str, years))


def _source_dict(info: SourceInfo) -> dict:
    return info.to_dict() | ({"notice": SYNTHETIC_NOTICE} if info.synthetic else {})


def _report(result: IngestResult, as_json: bool) -> None:
    """Print what an ingest recorded: JSON only with ``--json``, else one summary line and the notes."""
    if as_json:
        print_json(_source_dict(result.source) | {"notes": list(result.notes)})
        return
    info = result.source
    banner = f" [bold yellow]({SYNTHETIC_NOTICE})[/]" if info.synthetic else ""
    console.print(f"ingested [bold]{info.name}[/]{banner}: {info.rows:,} flows, {format_usd(info.value_usd)}, "
                  f"years {_span(info.years)}, {info.nomenclature}")
    for note in result.notes:
        console.print(f"  note: {note}", highlight=False)


@contextmanager
def _progress_bar(label: str, quiet: bool) -> Iterator[Callable[[int, int | None], None] | None]:
    """A rich progress bar on stderr, as a callback ``(done, total)`` for the library."""
    if quiet:
        yield None
        return
    columns = (f"[bold]{label}", BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console_err, transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        yield update


@ingest_app.command("baci")
def ingest_baci(
    path: Path = typer.Argument(..., help="A BACI release zip, e.g. BACI_HS92_V202501.zip."),
    years: Optional[str] = YEARS_OPTION,
    sum_duplicates: bool = SUM_DUPLICATES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest a CEPII BACI release zip (values converted from thousand USD to USD)."""
    from partnerlens.sources.baci import ingest_release

    _report(ingest_release(_store(), path, years=_years(years), sum_duplicates=sum_duplicates), as_json)


@get_app.command("baci")
def get_baci_command(
    release: str = typer.Option(BACI_RELEASE, "--release", help="BACI release, e.g. V202501."),
    hs: str = typer.Option(BACI_NOMENCLATURE, "--hs", help="HS nomenclature of the release, e.g. HS92."),
    base_url: Optional[str] = typer.Option(
        None, "--base-url", help="Serve the zip from here instead of CEPII (else $PARTNERLENS_BACI_BASE_URL)."
    ),
    sha256: Optional[str] = typer.Option(None, "--sha256", help="Expected SHA-256 of the zip; a mismatch fails."),
    years: Optional[str] = YEARS_OPTION,
    sum_duplicates: bool = SUM_DUPLICATES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Download a BACI release from CEPII (resumable, checksummed) and ingest it."""
    from partnerlens.sources.download import get_baci, release_url

    release_url(release, hs, base_url)  # a bad --release, --hs or --base-url fails before anything starts
    with _progress_bar(f"BACI {hs} {release}", as_json) as progress:
        result = get_baci(_store(), release, hs, base_url, sha256, _years(years), progress, sum_duplicates)
    _report(result, as_json)


@get_app.command("comtrade")
def get_comtrade(
    reporter: str = typer.Option(..., "--reporter", help="Reporting economy, code or name (e.g. RWA)."),
    years: str = typer.Option(..., "--years", help="Years, e.g. 2019-2024."),
    key: Optional[str] = typer.Option(None, "--key", envvar=COMTRADE_KEY_ENV, help="Comtrade subscription key."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Comtrade API address (tests: a local server)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Fetch a reporter's HS6 trade from UN Comtrade, with its partners' mirror reports."""
    from partnerlens.sources.comtrade import fetch_comtrade  # pandas and the reference tables: only when fetching
    _report(fetch_comtrade(_store(), reporter, parse_years(years), key=key, base_url=base_url), as_json)


@app.command("demo")
def demo(
    seed: int = typer.Option(DEFAULT_SEED, "--seed", help="Random seed; the same seed builds the same world."),
    scale: str = typer.Option("small", "--scale", help=" | ".join(f"{s.name}: {s.about}" for s in SCALES.values())),
    years: Optional[str] = typer.Option(None, "--years", help="Years, e.g. 2020-2024 (default: the five latest)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Build the synthetic demo world (gravity + capabilities on real GDP and distances) and ingest it."""
    from partnerlens.sources.demo import ingest_demo  # numpy, scipy, pandas: only when building it
    _report(ingest_demo(_store(), seed, scale, _years(years)), as_json)


@app.command("info")
def info(as_json: bool = JSON_OPTION) -> None:
    """List the sources in the store: release, years, rows, total value, checksum."""
    sources = _store().sources()
    if as_json:
        print_json({"sources": [_source_dict(s) for s in sources]})
        return
    if not sources:
        console.print("the store is empty: try `partnerlens data demo` or `partnerlens data get baci`")
        return
    table = Table(title="Trade sources (checksums and times: --json)")
    for column in ("name", "release", "HS", "years", "rows", "value"):
        table.add_column(column, no_wrap=column != "release", justify="right" if column in ("rows", "value") else "left")
    for s in sources:
        table.add_row(f"{s.name}*" if s.synthetic else s.name, s.release or "-", s.nomenclature, _span(s.years),
                      f"{s.rows:,}", format_usd(s.value_usd))
    if any(s.synthetic for s in sources):
        table.caption = f"* {SYNTHETIC_NOTICE}: not real trade figures"
    console.print(table)


@app.command("remove")
def remove(name: str = typer.Argument(..., help="Source name, as `data info` lists it.")) -> None:
    """Remove a source's flows and its record."""
    removed = _store().remove(name)
    console.print(f"removed {removed.name} ({removed.rows:,} flows)")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="data")
