"""``partnerlens profile | indices | complexity``: trade analytics for people and programs (``opportunities`` is in
:mod:`partnerlens.cli.opportunities`).

Each command calls one function of :mod:`partnerlens.analytics` on the
workspace store and prints rich tables, or with ``--json`` the result's
``to_dict()``. Missing figures print as "no data"; results built on demo data
say "synthetic demo data".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import typer

from partnerlens import formatting
from partnerlens.cli.common import (
    JSON_OPTION,
    console,
    escape,
    format_usd,
    new_table,
    print_json,
    print_synthetic_banner,
    workspace,
)
from partnerlens.errors import PartnerlensError

if TYPE_CHECKING:
    from rich.table import Table  # rich is imported when a table is printed (not for --json)

PARTY_A = typer.Argument(..., metavar="A", help="First party: an economy or a group (e.g. 'Rwanda', 'KAZ', 'Africa').")
PARTY_B = typer.Argument(..., metavar="B", help="Second party.")
YEAR_OPTION = typer.Option(None, "--year", help="Year (default: the latest year in the store).")
PRODUCT_OPTION = typer.Option(
    None, "--product", help="HS code(s) or prefix(es), comma-separated (e.g. 0901 or 090111)."
)
SECTOR_OPTION = typer.Option(None, "--sector", help="Sector id(s) of the taxonomy, comma-separated (e.g. coffee,tea).")
MEMBERS_OPTION = typer.Option(False, "--members", help="For a party that is a group: the breakdown by member.")


def _top_option(default: int, what: str):
    return typer.Option(default, "--top", min=1, help=f"{what} listed.")


# one formatter on every surface (partnerlens.formatting): the CLI, the web pages and the brief read alike
_pct, _growth, _number = formatting.share, formatting.growth, formatting.number


def _name(value) -> str:
    return value if isinstance(value, str) else ""


def _rank(value: int | None, partners: int) -> str:
    return "no data" if value is None else f"{value} of {partners}"


def _header(title: str, synthetic: bool, notes: list[str], sources: list) -> None:
    console.print(f"[bold]{title}[/]")
    if synthetic:
        print_synthetic_banner()
    for note in notes:
        console.print(f"[dim]note:[/] {note}")
    console.print("[dim]sources:[/] " + "; ".join(s.citation() for s in sources))


def _printed_as_json(result, as_json: bool, title: str) -> bool:
    """Print ``result`` as JSON and say so, or print the lines people read first (title, banner, notes, sources)."""
    if as_json:
        print_json(result.to_dict())
        return True
    _header(title, result.synthetic, getattr(result, "notes", []), result.sources)
    return False


# -- profile ---------------------------------------------------------------------


def profile(
    a: str = PARTY_A,
    b: str = PARTY_B,
    year: Optional[int] = YEAR_OPTION,
    top: int = _top_option(10, "Products (each way)"),
    product: Optional[str] = PRODUCT_OPTION,
    sector: Optional[str] = SECTOR_OPTION,
    members: bool = MEMBERS_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Bilateral trade profile of A and B: flows both ways, growth, shares, ranks, top products, sectors."""
    from partnerlens.analytics.profile import bilateral_profile  # no pandas on the profile's path (issue 16)
    from partnerlens.analytics.selection import (
        selected_products,
    )  # the analytics load when a command runs, not for --help
    from partnerlens.brief.kept import kept_summary  # the brief's bottom line heads the profile too
    from partnerlens.store import TradeStore

    ws = workspace()
    products = selected_products(product, sector, ws.home / "sectors.yaml")
    store = TradeStore(ws)
    with store.catalogue_session():  # one opening of the workspace database for the whole answer
        result = bilateral_profile(store, a, b, year, top=top, products=products, members=members)

    def compute() -> dict:
        from partnerlens.brief.summary import summary

        return summary(a, b, result.year, workspace=ws, profile=None if products else result)

    bottom = kept_summary(ws, a, b, result.year, result.sources, compute)
    if as_json:
        print_json(result.to_dict() | {"summary": bottom["sentences"]})
        return
    _printed_as_json(result, False, f"{result.a_name} × {result.b_name}, {result.year}")
    console.print("[bold]Bottom line[/]")
    for sentence in bottom["sentences"]:
        console.print(f"• {escape(sentence['text'])}", highlight=False)
    for c in bottom["citations"]:
        console.print(f"  [dim]\\[{c['number']}] {escape(c['text'])}[/]", highlight=False)
    for breakdown in result.members:
        console.print(_members_table(breakdown))
    console.print(_summary_table(result))
    if result.recent:
        console.print(recent_table(result))
    console.print(_series_table(result))
    console.print(_standing_table(result))
    for direction, label in (
        ("a_to_b", f"{result.a_name} → {result.b_name}"),
        ("b_to_a", f"{result.b_name} → {result.a_name}"),
    ):
        rows = getattr(result, f"top_products_{direction}")
        for level in ("hs4", "hs6"):
            console.print(_products_table(f"Top products {label} ({level.upper()})", rows[level]))
    if result.sectors:
        console.print(_sectors_table(result))
    console.print(f"mirror check: {result.mirror.note}")
    from partnerlens.cli.beyond import print_beyond_goods
    from partnerlens.cli.published import print_published

    print_published(result.published, result.sources)
    print_beyond_goods(store, a, b)  # services and investment of the pair (BaTiS, IMF DIP)


def _members_table(m) -> Table:
    title = f"{m.other_name} × {m.group_name} by member, {m.year} ({m.trading_members} of {m.members} members trade)"
    table = new_table("member", f"{m.other} → member", f"member → {m.other}", "total", "share", title=title)
    for row in [*m.rows, *([m.rest] if m.rest else [])]:
        table.add_row(
            row.name,
            format_usd(row.exports_to_usd),
            format_usd(row.imports_from_usd),
            format_usd(row.total_usd),
            _pct(row.share_of_total),
        )
    return table


def recent_table(p) -> Table:
    """The latest 12 months and the year to date (monthly, provisional) next to the profile's year."""
    rolling, ytd = p.recent["rolling_12_months"], p.recent["year_to_date"]
    table = new_table(
        "",
        f"{p.year} (annual release)",
        f"12 months to {rolling['to']}",
        f"{ytd['year']} to {p.recent['latest_month']} ({ytd['months']} months)",
        title="Latest months (provisional)",
    )
    for label, key in (
        (f"{p.a_name} → {p.b_name}", "a_to_b"),
        (f"{p.b_name} → {p.a_name}", "b_to_a"),
        ("total", "total"),
    ):
        annual = {"a_to_b": p.exports_a_to_b_usd, "b_to_a": p.exports_b_to_a_usd, "total": p.total_usd}[key]
        table.add_row(label, format_usd(annual), format_usd(rolling[f"{key}_usd"]), format_usd(ytd[f"{key}_usd"]))
    equivalent = ytd.get("annual_equivalent_usd")
    table.caption = p.recent["label"] + (
        f"; year to date × 12/{ytd['months']} = {format_usd(equivalent)} a year" if equivalent is not None else ""
    )
    return table


def _summary_table(p) -> Table:
    table = new_table("", str(p.year), "growth on year before", title="Trade between the parties")
    window = f"{p.cagr_window[0]}–{p.cagr_window[1]}" if p.cagr_window else "no window"
    table.add_column(f"CAGR {window}")
    conc = p.concentration
    for label, value, key in (
        (f"{p.a_name} → {p.b_name}", p.exports_a_to_b_usd, "a_to_b"),
        (f"{p.b_name} → {p.a_name}", p.exports_b_to_a_usd, "b_to_a"),
        ("total", p.total_usd, "total"),
    ):
        table.add_row(label, format_usd(value), _growth(p.growth[key]), _growth(p.cagr[key]))
    table.add_row("balance", format_usd(p.balance_usd), "", "")
    table.caption = (
        f"HHI (HS6) {p.a_name} → {p.b_name}: {_number(conc['a_to_b'].hhi_hs6, 3)}; "
        f"{p.b_name} → {p.a_name}: {_number(conc['b_to_a'].hhi_hs6, 3)}"
    )
    return table


def _series_table(p) -> Table:
    table = new_table("year", f"{p.a} → {p.b}", f"{p.b} → {p.a}", "total", "balance", "growth", title="Series")
    for row in p.series:
        table.add_row(
            str(row.year),
            format_usd(row.exports_a_to_b_usd),
            format_usd(row.exports_b_to_a_usd),
            format_usd(row.total_usd),
            format_usd(row.balance_usd),
            _growth(row.growth_total),
        )
    return table


def _standing_table(p) -> Table:
    table = new_table(
        "", "share of exports", "rank as destination", "share of imports", "rank as origin", title="Shares and ranks"
    )
    for label, s in (
        (f"{p.b_name} for {p.a_name}", p.b_among_a_partners),
        (f"{p.a_name} for {p.b_name}", p.a_among_b_partners),
    ):
        table.add_row(
            label,
            _pct(s.share_of_exports),
            _rank(s.rank_in_exports, s.export_partners),
            _pct(s.share_of_imports),
            _rank(s.rank_in_imports, s.import_partners),
        )
    return table


def _products_table(title: str, rows: list) -> Table:
    table = new_table("code", "product", "value", "share", title=title)
    for row in rows:
        table.add_row(row.code, _name(row.name), format_usd(row.value_usd), _pct(row.share))
    if not rows:
        table.add_row("", "no data", "", "")
    return table


def _sectors_table(p) -> Table:
    table = new_table("sector", f"{p.a} → {p.b}", "share", f"{p.b} → {p.a}", "share", title="Sectors (may overlap)")
    for row in p.sectors:
        table.add_row(
            row.label,
            format_usd(row.exports_a_to_b_usd),
            _pct(row.share_a_to_b),
            format_usd(row.exports_b_to_a_usd),
            _pct(row.share_b_to_a),
        )
    return table


# -- indices ---------------------------------------------------------------------


def indices(
    a: str = PARTY_A,
    b: str = PARTY_B,
    year: Optional[int] = YEAR_OPTION,
    top: int = _top_option(10, "Products with the highest RCA (per party)"),
    as_json: bool = JSON_OPTION,
) -> None:
    """Trade complementarity, intensity, export similarity and revealed comparative advantage of A and B."""
    from partnerlens.analytics import pair_indices

    result = pair_indices(workspace(), a, b, year, top=top)
    if _printed_as_json(result, as_json, f"Trade indices, {result.a_name} and {result.b_name}, {result.year}"):
        return
    table = new_table("index", f"{result.a} → {result.b}", f"{result.b} → {result.a}", "reads", title="Indices")
    table.add_row(
        "complementarity (Michaely, 0–100)",
        _number(result.complementarity_a_to_b, 1),
        _number(result.complementarity_b_to_a, 1),
        "exports of one against imports of the other",
    )
    table.add_row(
        "intensity (Brown–Kojima)",
        _number(result.intensity_a_to_b),
        _number(result.intensity_b_to_a),
        "> 1: more than the partner's weight in world imports",
    )
    table.add_row("export similarity (Finger–Kreinin, 0–100)", _number(result.similarity, 1), "", "symmetric")
    console.print(table)
    for name, rows in ((result.a_name, result.top_rca_a), (result.b_name, result.top_rca_b)):
        rca = new_table("code", "product", "exports", "RCA", title=f"Highest revealed comparative advantage, {name}")
        for row in rows:
            rca.add_row(row.code, _name(row.name), format_usd(row.exports_usd), _number(row.rca))
        if not rows:
            rca.add_row("", "no data", "", "")
        console.print(rca)


# -- complexity ------------------------------------------------------------------


def complexity(
    year: Optional[int] = YEAR_OPTION,
    digits: int = typer.Option(4, "--digits", help="HS level of products: 4 or 6."),
    top: int = _top_option(15, "Economies and products"),
    include_all: bool = typer.Option(
        False, "--all", help="Rank every economy (default: Atlas rule, ≥ 1 M people and ≥ $1 B goods exports)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Economic complexity (ECI) of economies and product complexity (PCI), as the Atlas computes them."""
    if digits not in (4, 6):
        raise PartnerlensError(f"--digits must be 4 or 6, not {digits}")
    from partnerlens.analytics import complexity_ranking

    result = complexity_ranking(workspace(), year, digits=digits, top=top, include_all=include_all)
    if _printed_as_json(result, as_json, f"Economic complexity, {result.year}, HS{digits}"):
        return
    table = new_table("economy", "ECI", "diversity", "COI", title=f"Top {top} economies by ECI")
    for row in result.economies.head(top).itertuples(index=False):
        table.add_row(row.exporter, _number(row.eci), str(int(row.diversity)), _number(row.coi))
    console.print(table)
    table = new_table("code", "product", "PCI", "ubiquity", title=f"Top {top} products by PCI")
    for row in result.products.head(top).itertuples(index=False):
        table.add_row(row.product, _name(row.name), _number(row.pci), str(int(row.ubiquity)))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(profile)
    app.command()(indices)
    app.command()(complexity)
