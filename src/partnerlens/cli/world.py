"""``partnerlens world …``: build the world tables (store-wide results per year) and see their state."""

from __future__ import annotations

from typing import Optional

import typer

from partnerlens.cli.common import JSON_OPTION, console, print_json, workspace

world_app = typer.Typer(
    help="World tables: store-wide results per year, built once (locally or on a Dask cluster) "
    "and read by every answer.",
    no_args_is_help=True,
)


@world_app.command("build")
def build(
    years: Optional[str] = typer.Option(None, "--years", help="Years to build, e.g. 2019-2023 (default: every year)."),
    digits: int = typer.Option(6, "--digits", help="HS digits of the product tables: 4 or 6."),
    engine: str = typer.Option("local", "--engine", help="local (a process pool on this machine) | dask (a cluster)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)."
    ),
    workers: Optional[int] = typer.Option(
        None, "--workers", help="Processes of the local engine or local Dask cluster."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Compute the world tables for the store's current sources (pair totals, exports and imports by product,
    complexity, indices for every ordered pair, export potential) as Parquet partitioned by year; and read the
    registry's articles as a brief reads them, kept beside the tables for the briefs of the day."""
    from partnerlens.sources import parse_years
    from partnerlens.world.build import build_world

    report = build_world(
        workspace(),
        years=parse_years(years) if years else None,
        digits=digits,
        engine=engine,
        scheduler=scheduler,
        workers=workers,
    )
    if as_json:
        print_json(report)
        return
    read = report.get("articles")
    console.print(
        f"world tables built for {', '.join(map(str, report['years']))} (HS{digits}, {engine}): "
        f"{report['tasks']} tasks in {report['seconds']:.1f} s → {report['folder']}"
        + (
            f"; articles read for the day's briefs ({read['day']}): {read['texts']} texts, {read['new']} new"
            if read
            else ""
        )
    )


@world_app.command("info")
def info(as_json: bool = JSON_OPTION) -> None:
    """Show the world tables of the store's current sources: years, tables, when built (or that none are current)."""
    from partnerlens.world.manifest import current_manifest

    manifest = current_manifest(workspace())
    if as_json:
        print_json({"current": manifest})
        return
    if manifest is None:
        console.print("no current world tables: run `partnerlens world build`")
        return
    console.print(
        f"world tables HS{manifest['digits']} for {', '.join(map(str, manifest['years']))}: "
        f"{', '.join(sorted(manifest['tables']))} (built {manifest['built_at']})"
    )


def register(app: typer.Typer) -> None:
    app.add_typer(world_app, name="world")
