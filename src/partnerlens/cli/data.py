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

app = typer.Typer(
    help="Trade data: ingest releases, download them, build the demo world, list and remove sources.",
    no_args_is_help=True,
)
ingest_app = typer.Typer(help="Ingest a release from a local file.", no_args_is_help=True)
get_app = typer.Typer(help="Download from a source and ingest.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")
app.add_typer(get_app, name="get")

YEARS_OPTION = typer.Option(None, "--years", help="Only these years, e.g. 2019-2023 or 2021,2023.")
SUM_DUPLICATES_OPTION = typer.Option(
    False,
    "--sum-duplicates",
    help="Add up rows that repeat an exporter-importer-product of their year (refused by default).",
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
    console.print(
        f"ingested [bold]{info.name}[/]{banner}: {info.rows:,} flows, {format_usd(info.value_usd)}, "
        f"years {_span(info.years)}, {info.nomenclature}"
    )
    for note in result.notes:
        console.print(f"  note: {note}", highlight=False)


@contextmanager
def _progress_bar(label: str, quiet: bool) -> Iterator[Callable[[int, int | None], None] | None]:
    """A rich progress bar on stderr, as a callback ``(done, total)`` for the library."""
    if quiet:
        yield None
        return
    columns = (f"[bold]{label}", BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console_err.real, transient=True) as bar:
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


@ingest_app.command("imf-trade")
def ingest_imf_trade(
    path: Path = typer.Argument(
        ..., help="An IMF IMTS SDMX-CSV file (monthly goods by partner), e.g. examples/imf-trade-sample.csv."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest monthly goods trade by partner (IMF International Trade in Goods, formerly DOTS) into its monthly table."""
    from partnerlens.sources.imf_trade import ingest_file

    _report(ingest_file(_store(), path), as_json)


@get_app.command("imf-trade")
def get_imf_trade_command(
    reporter: list[str] = typer.Option(..., "--reporter", help="Reporting economy (ISO3); repeat for several."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="IMTS address (else $PARTNERLENS_IMF_BASE_URL)."),
    sha256: Optional[str] = typer.Option(None, "--sha256", help="Expected SHA-256 of the download; a mismatch fails."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Download monthly goods trade by partner from the IMF (resumable, checksummed) and ingest it."""
    from partnerlens.reference import resolve_economy
    from partnerlens.sources.imf_trade import get_imf_trade, series_url

    codes = [resolve_economy(r).iso3 for r in reporter]
    series_url(codes, base_url)  # a bad address fails before anything starts
    with _progress_bar(f"IMF monthly trade {'+'.join(codes)}", as_json) as progress:
        result = get_imf_trade(_store(), codes, base_url, sha256, progress)
    _report(result, as_json)


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
    store = _store()
    sources = store.sources()
    if as_json:
        print_json({"sources": [_source_dict(s) | _converted(store, s) for s in sources]})
        return
    if not sources:
        console.print("the store is empty: try `partnerlens data demo` or `partnerlens data get baci`")
        return
    table = Table(title="Trade sources (checksums and times: --json)")
    for column in ("name", "release", "HS", "years", "rows", "value"):
        table.add_column(
            column, no_wrap=column != "release", justify="right" if column in ("rows", "value") else "left"
        )
    for s in sources:
        table.add_row(
            f"{s.name}*" if s.synthetic else s.name,
            s.release or "-",
            s.nomenclature,
            _span(s.years),
            f"{s.rows:,}",
            format_usd(s.value_usd),
        )
    if any(s.synthetic for s in sources):
        table.caption = f"* {SYNTHETIC_NOTICE}: not real trade figures"
    console.print(table)
    for s in sources:
        summary = _converted(store, s).get("converted")
        if summary:
            from partnerlens.sources.hs_convert import describe

            console.print(f"{s.name}: {describe(summary)}", highlight=False)


def _converted(store: TradeStore, info: SourceInfo) -> dict:
    """``{"converted": summary}`` for a release converted between HS revisions on ingest, else ``{}``."""
    from partnerlens.sources.hs_convert import conversion

    summary = conversion(store, info)
    return {"converted": summary} if summary else {}


@app.command("remove")
def remove(name: str = typer.Argument(..., help="Source name, as `data info` lists it.")) -> None:
    """Remove a source's flows and its record."""
    from partnerlens.evidence import EvidenceStore

    evidence = EvidenceStore(workspace())
    if any(s.name == name for s in evidence.sources()):  # services, investment or tariffs (`data evidence`)
        removed = evidence.remove(name)
        console.print(f"removed {removed.name} ({removed.rows:,} rows)")
        return
    removed = _store().remove(name)
    console.print(f"removed {removed.name} ({removed.rows:,} flows)")


# -- evidence beyond goods: services (BaTiS), direct investment (IMF DIP), tariffs (WITS) -------------------


def _report_evidence(result: IngestResult, as_json: bool) -> None:
    """Print what an evidence ingest recorded (one line and the notes, or JSON)."""
    if as_json:
        print_json(_source_dict(result.source) | {"notes": list(result.notes)})
        return
    info = result.source
    console.print(
        f"ingested [bold]{info.name}[/] ({info.kind}, {info.nomenclature}): {info.rows:,} rows, "
        f"years {_span(info.years)}"
    )
    for note in result.notes:
        console.print(f"  note: {note}", highlight=False)


SHA_OPTION = typer.Option(None, "--sha256", help="Expected SHA-256 of the file; a mismatch fails and deletes it.")


@ingest_app.command("batis")
def ingest_batis_command(
    path: Path = typer.Argument(..., help="OECD-WTO_BATIS_BPM6_…_bulk.zip (or the CSV inside)."),
    years: Optional[str] = YEARS_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest the OECD–WTO Balanced Trade in Services (BaTiS, BPM6) bulk file: services by partner and EBOPS item."""
    from partnerlens.sources.batis import ingest_batis

    _report_evidence(ingest_batis(_store(), path, years=_years(years)), as_json)


@get_app.command("batis")
def get_batis_command(
    release: str = typer.Option(
        "December2025", "--release", help="BaTiS release as the OECD names the file, e.g. December2025."
    ),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Serve the zip from here instead of the OECD."),
    sha256: Optional[str] = SHA_OPTION,
    years: Optional[str] = YEARS_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Download the BaTiS bulk zip from the OECD (resumable, checksummed) and ingest it."""
    from partnerlens.sources.batis import get_batis
    from partnerlens.sources.batis import release_url as batis_url

    batis_url(release, base_url)
    with _progress_bar(f"BaTiS {release}", as_json) as progress:
        result = get_batis(_store(), release, base_url, sha256, progress, _years(years))
    _report_evidence(result, as_json)


@ingest_app.command("fdi")
def ingest_fdi_command(
    path: Path = typer.Argument(..., help="An IMF DIP SDMX-CSV export (data.imf.org, dataset IMF.STA:DIP)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest IMF direct investment positions by counterpart economy (inward and outward, formerly CDIS)."""
    from partnerlens.sources.fdi import ingest_dip

    _report_evidence(ingest_dip(_store(), path), as_json)


@get_app.command("fdi")
def get_fdi_command(
    reporters: Optional[str] = typer.Option(
        None, "--reporters", help="Reporting economies, ISO3, e.g. RWA,AZE (default: all)."
    ),
    years: Optional[str] = YEARS_OPTION,
    base_url: Optional[str] = typer.Option(None, "--base-url", help="SDMX API address (tests: a local server)."),
    sha256: Optional[str] = SHA_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Fetch IMF DIP total positions as SDMX-CSV from the IMF API (resumable, checksummed) and ingest them."""
    from partnerlens.sources.fdi import get_dip, query_url

    chosen = (reporters or "").split(",")
    query_url(chosen, _years(years), base_url)
    with _progress_bar("IMF DIP", as_json) as progress:
        result = get_dip(_store(), chosen, _years(years), base_url, sha256, progress)
    _report_evidence(result, as_json)


@ingest_app.command("tariffs")
def ingest_tariffs_command(
    path: Path = typer.Argument(..., help="A WITS tariff download (the job's zip or its CSV)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest MFN, preferential and applied tariffs by importer, partner and HS6 from a WITS (TRAINS) download."""
    from partnerlens.sources.tariffs import ingest_tariffs

    _report_evidence(ingest_tariffs(_store(), path), as_json)


@get_app.command("tariffs")
def get_tariffs_command(
    url: Optional[str] = typer.Option(None, "--url", help="Address of your WITS download job's file."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Fetch {base-url}/{--file} instead (tests)."),
    file: str = typer.Option("wits_tariffs.zip", "--file", help="File name under --base-url."),
    sha256: Optional[str] = SHA_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Download a WITS tariff file (resumable, checksummed) and ingest it."""
    from partnerlens.sources.tariffs import download_url, get_tariffs

    download_url(url, base_url, file)
    with _progress_bar("WITS tariffs", as_json) as progress:
        result = get_tariffs(_store(), url, base_url, file, sha256, progress)
    _report_evidence(result, as_json)


@app.command("evidence")
def evidence_info(as_json: bool = JSON_OPTION) -> None:
    """List services, investment and tariff sources (BaTiS, IMF DIP, WITS) in the workspace."""
    from partnerlens.evidence import EvidenceStore

    sources = EvidenceStore(workspace()).sources()
    if as_json:
        print_json({"sources": [_source_dict(s) for s in sources]})
        return
    if not sources:
        console.print(
            "no services, investment or tariff data: try `partnerlens data get batis`, `data get fdi`, "
            "`data ingest tariffs FILE`"
        )
        return
    table = Table(title="Evidence beyond goods")
    for column in ("name", "kind", "basis", "release", "years", "rows"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for s in sources:
        table.add_row(s.name, s.kind, s.nomenclature, s.release or "-", _span(s.years), f"{s.rows:,}")
    console.print(table)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="data")
