"""``partnerlens opportunities``: untapped export potential both ways and diversification candidates.

Calls :func:`partnerlens.analytics.pair_opportunities` (and the one-product drill-down) on the workspace store and
prints rich tables, or with ``--json`` the result's ``to_dict()``; shares the options and table helpers of
:mod:`partnerlens.cli.analytics`.
"""

from __future__ import annotations

from typing import Optional

import typer
from rich.table import Table

from partnerlens.cli.analytics import (
    MEMBERS_OPTION,
    PARTY_A,
    PARTY_B,
    PRODUCT_OPTION,
    SECTOR_OPTION,
    YEAR_OPTION,
    _header,
    _name,
    _number,
    _pct,
    _top_option,
)
from partnerlens.cli.common import JSON_OPTION, console, format_usd, print_json, workspace


def opportunities(
    a: str = PARTY_A,
    b: str = PARTY_B,
    year: Optional[int] = YEAR_OPTION,
    top: int = _top_option(10, "Products (per direction)"),
    product: Optional[str] = PRODUCT_OPTION,
    sector: Optional[str] = SECTOR_OPTION,
    members: bool = MEMBERS_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Untapped export potential both ways (ITC method, projected 5 years ahead) and diversification candidates."""
    ws = workspace()
    from partnerlens.analytics import pair_opportunities  # pandas: imported when the command runs, not for --help
    from partnerlens.analytics.selection import selected_products, single_product

    products = selected_products(product, sector, ws.home / "sectors.yaml")
    found = pair_opportunities(ws, a, b, year, top=top, products=products, detail=single_product(product))
    if as_json:
        print_json(found.to_dict())
        return
    potentials, candidates = found.export_potential, found.diversification
    first = potentials[0]
    _header(
        f"Opportunities, {first.exporter_name} and {first.market_name}, {first.year} (potential in {first.target_year})",
        first.synthetic,
        sorted({n for r in potentials + candidates for n in r.notes}),
        first.sources,
    )
    for p in potentials:
        console.print(_potential_table(p, top))
        if members and p.members is not None:
            console.print(_potential_members_table(p, p.members, "market", top))
        if members and p.exporter_members is not None:
            console.print(_potential_members_table(p, p.exporter_members, "exporter", top))
    for detail in found.details:
        console.print(_detail_table(detail))
    for d in candidates:
        table = Table(
            "code",
            "product",
            "score",
            "density",
            "COG",
            "PCI",
            "market imports",
            title=f"Diversification for {d.exporter_name} in {d.market_name} (RCA < {d.parameters['rca_threshold']})",
        )
        for row in d.candidates.head(top).itertuples(index=False):
            table.add_row(
                row.product,
                _name(row.name),
                _number(row.score),
                _number(row.density),
                _number(row.cog),
                _number(row.pci),
                format_usd(row.market_imports_usd),
            )
        console.print(table)


def _potential_table(p, top: int) -> Table:
    market = p.markets.iloc[0] if len(p.markets) == 1 else None
    title = (
        f"Export potential {p.exporter_name} → {p.market_name} in {p.target_year}: potential {format_usd(p.potential_usd)}, "
        f"actual {p.year} {format_usd(p.actual_usd)}, untapped {format_usd(p.untapped_usd)}"
    )
    table = Table("code", "product", "potential", "actual", "untapped", title=title)
    new = (
        " — a new market: no trade in the base years, lowest ease"
        if market is not None and market["new_market"]
        else ""
    )
    table.caption = (
        f"ease of trade {_number(market['ease'] if market is not None else None)} "
        f"(raw {_number(market['ease_raw'] if market is not None else None)}){new}; "
        f"θ = {p.parameters['theta']}, ease bounds {p.parameters['ease_bounds']}, "
        f"base years {p.parameters['base_years'][0]}–{p.parameters['base_years'][-1]}"
    )
    for row in p.products.head(top).itertuples(index=False):
        table.add_row(
            row.product,
            _name(row.name),
            format_usd(row.potential_usd),
            format_usd(row.actual_usd),
            format_usd(row.untapped_usd),
        )
    if p.products.empty:
        table.add_row("", "no potential: see the notes", "", "", "")
    return table


def _potential_members_table(p, rows, key: str, top: int) -> Table:
    side = p.market_name if key == "market" else p.exporter_name
    table = Table(
        "member",
        "potential",
        "actual",
        "untapped",
        "share of potential",
        title=f"Export potential {p.exporter_name} → {p.market_name} in {p.target_year}, by member of {side}",
    )
    for row in rows.head(top).itertuples(index=False):
        table.add_row(
            getattr(row, key),
            format_usd(row.potential_usd),
            format_usd(row.actual_usd),
            format_usd(row.untapped_usd),
            _pct(row.share_of_potential),
        )
    rest = rows.iloc[top:]
    if len(rest):
        table.add_row(
            f"the other {len(rest)} members",
            format_usd(rest["potential_usd"].sum()),
            format_usd(rest["actual_usd"].sum()),
            format_usd(rest["untapped_usd"].sum()),
            _pct(rest["share_of_potential"].sum()),
        )
    return table


def _detail_table(d) -> Table:
    table = Table("", "value", title=f"{d.product} {_name(d.name)}: {d.exporter_name} → {d.market_name}, {d.year}")
    for label, value in (
        (f"{d.market_name}'s imports", format_usd(d.market_imports_usd)),
        (f"{d.exporter_name}'s exports (world share)", f"{format_usd(d.exporter_exports_usd)} ({_pct(d.world_share)})"),
        (f"{d.exporter_name}'s RCA", _number(d.rca)),
        ("distance (CEPII distw)", "no data" if d.distance_km is None else f"{d.distance_km:,.0f} km"),
        (f"potential in {d.target_year}", format_usd(d.potential_usd)),
        (f"actual {d.year}", format_usd(d.actual_usd)),
        ("untapped", format_usd(d.untapped_usd)),
    ):
        table.add_row(label, value)
    for row in d.suppliers.itertuples(index=False):
        table.add_row(f"supplier {row.supplier}", f"{format_usd(row.value_usd)} ({_pct(row.share)})")
    table.caption = "series: " + ", ".join(f"{r['year']} {format_usd(r['value_usd'])}" for r in d.series)
    return table


def register(app: typer.Typer) -> None:
    app.command()(opportunities)
