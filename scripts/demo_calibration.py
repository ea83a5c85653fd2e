"""Print the demo world's calibration figures (docs/demo.md) as Markdown, measured on a demo store.

Builds the demo world (seed 42 unless given, the five default years) into a temporary workspace and reads
everything back from the store, as tests/test_demo_calibration.py does.

    PYTHONPATH=src python scripts/demo_calibration.py [--scale small] [--seed 42]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from scipy.stats import spearmanr

from partnerlens.analytics.complexity import complexity
from partnerlens.reference import product_names
from partnerlens.reference.published import product_complexity, ranked_economies, wdi
from partnerlens.sources import demo
from partnerlens.sources.demo import calibration
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="small")
    parser.add_argument("--seed", type=int, default=demo.DEFAULT_SEED)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        store = TradeStore(Workspace.open(Path(home) / "ws"))
        demo.ingest_demo(store, seed=args.seed, scale=args.scale)
        with store.query() as con:
            exports = con.execute("SELECT year, exporter AS iso3, sum(value_usd) AS x FROM flows GROUP BY ALL").df()
            imports = con.execute("SELECT year, importer AS iso3, sum(value_usd) AS m FROM flows GROUP BY ALL").df()
            heading = con.execute(
                "SELECT year, exporter, substr(product, 1, 4) AS hs4, sum(value_usd) AS value_usd "
                "FROM flows GROUP BY ALL"
            ).df()
            rows = con.execute("SELECT year, count(*) FROM flows GROUP BY year ORDER BY year").fetchall()
    names = product_names("HS92")
    ranked = complexity(heading[heading["exporter"].isin(ranked_economies())], product="hs4")
    atlas = product_complexity().set_index("hs4")["pci"]
    merged = wdi().merge(exports, on=["year", "iso3"]).merge(imports, on=["year", "iso3"])
    print(f"seed {args.seed}, scale {args.scale}\n")
    print(
        "| year | flows | WDI economies (exports / imports) | largest gap to WDI exports | imports | "
        "Spearman ECI vs published (economies) | Spearman PCI vs Atlas (HS4) | eggs (0407) PCI percentile |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for year, count in rows:
        year_rows = merged[merged["year"] == year]
        ex = year_rows.dropna(subset=["exports_goods"])
        im = year_rows.dropna(subset=["imports_goods"])
        gap_x = (ex["x"] / ex["exports_goods"] - 1).abs().max()
        gap_m = (im["m"] / im["imports_goods"] - 1).abs().max()
        eci = ranked[ranked["year"] == year].drop_duplicates("exporter").set_index("exporter")["eci"].dropna()
        published = calibration.published_ranked(year)
        common = eci.index.intersection(published.index)
        pci = ranked[ranked["year"] == year].drop_duplicates("hs4").set_index("hs4")["pci"].dropna()
        shared = pci.index.intersection(atlas.index)
        print(
            f"| {year} | {count:,} | {len(ex)} / {len(im)} | {gap_x:.2%} | {gap_m:.2%} | "
            f"{spearmanr(eci[common], published[common]).statistic:.3f} ({len(common)}) | "
            f"{spearmanr(pci[shared], atlas[shared]).statistic:.3f} ({len(shared)}) | "
            f"{pci.rank(pct=True)['0407']:.0%} |"
        )
    last = rows[-1][0]
    print()
    for iso3 in ("RWA", "KAZ", "AZE"):
        top = heading[(heading["exporter"] == iso3) & (heading["year"] == last)].set_index("hs4")["value_usd"]
        top = top.sort_values(ascending=False)
        parts = ", ".join(f"{names.get(h, h)} ({h}) {v / top.sum():.0%}" for h, v in top.head(5).items())
        print(f"- {iso3} {last}, top exports: {parts}")


if __name__ == "__main__":
    main()
