"""Printing a pair's services trade and direct investment (BaTiS, IMF DIP) after ``partnerlens profile``."""

from __future__ import annotations

from rich.table import Table

from partnerlens.analytics.beyond import pair_beyond_goods
from partnerlens.cli.common import console, format_usd
from partnerlens.store import TradeStore


def print_beyond_goods(store: TradeStore, a: str, b: str) -> None:
    """Services by EBOPS category and investment positions both ways, or one line saying the workspace has none."""
    ev = pair_beyond_goods(store, a, b)
    if not ev["sources"]:
        console.print("services and investment: no data (`partnerlens data get batis`, `partnerlens data get fdi`)")
        return
    names = ((ev["a_name"], ev["b_name"]), (ev["b_name"], ev["a_name"]))
    for flow, (seller, buyer) in zip(ev["services"], names, strict=True):
        if not flow["available"]:
            console.print(f"services {seller} → {buyer}: no data")
            continue
        table = Table(
            "EBOPS",
            "category",
            "sectors",
            "balanced",
            "as reported",
            title=f"Services {seller} → {buyer}, {flow['year']}: {format_usd(flow['total_usd'])} ({flow['source']}, balanced)",
        )
        for line in flow["lines"]:
            table.add_row(
                line["item"],
                line["label"],
                ", ".join(line["sectors"]),
                format_usd(line["value_usd"]),
                format_usd(line["reported_usd"]),
            )
        console.print(table)
    table = Table(
        "investor in host",
        "year",
        "reported by investor",
        "reported by host (mirror)",
        title="Direct investment positions (IMF DIP, directional, end of year)",
    )
    for pos, (investor, host) in zip(ev["investment"], names, strict=True):
        table.add_row(
            f"{investor} in {host}",
            str(pos["year"] or "no data"),
            format_usd(pos["outward_usd"]),
            format_usd(pos["inward_usd"]),
        )
    console.print(table)
