"""Published-style complexity rankings: ECI and PCI over the economies the Atlas would rank.

The Atlas of Economic Complexity ranks only economies with at least 1 million
people and $1 billion of goods exports in the year; tiny or unreported
economies otherwise land at the top or the bottom of a ranking on noise (on a
real 2017 HS4 panel, Bouvet Island came 4th). :func:`complexity_ranking`
keeps that rule by default, with population and goods exports (WDI,
balance-of-payments basis) from ``partnerlens.reference.published.wdi()``:
the year's figure, else the latest earlier one. Complexity is then computed on
the included economies' exports only, as the Atlas does, and the result says
how many economies it left out and why.
"""

from __future__ import annotations

import pandas as pd

from partnerlens.analytics.complexity import complexity
from partnerlens.analytics.flows import FlowsLike, exports_by_product, open_flows
from partnerlens.analytics.potential.assemble import require_year
from partnerlens.analytics.potential.model import DEFAULT_TOP, ComplexityRanking
from partnerlens.reference import published

MIN_POPULATION = 1_000_000
MIN_EXPORTS_USD = 1_000_000_000
INCLUSION_SOURCE = f"{published.WDI_SOURCE}: population and goods exports (BoP)"


def inclusion(
    economies: list[str] | pd.Index,
    year: int,
    min_population: float = MIN_POPULATION,
    min_exports_usd: float = MIN_EXPORTS_USD,
) -> pd.DataFrame:
    """Per economy: ``population``, ``exports_goods`` (latest ≤ ``year``), ``included`` and the ``reason`` if not."""
    wdi = published.wdi()
    rows = wdi[wdi["iso3"].isin(list(economies)) & (wdi["year"] <= year)].sort_values("year")
    latest = {
        column: rows.dropna(subset=[column]).groupby("iso3")[column].last()
        for column in ("population", "exports_goods")
    }
    table = pd.DataFrame({"exporter": list(economies)})
    for column, values in latest.items():
        table[column] = table["exporter"].map(values).astype(float)
    reasons = pd.Series("", index=table.index)
    reasons[table["population"].isna() | table["exports_goods"].isna()] = "no published population or goods exports"
    reasons[(reasons == "") & (table["population"] < min_population)] = f"population under {min_population:,.0f}"
    reasons[(reasons == "") & (table["exports_goods"] < min_exports_usd)] = (
        f"goods exports under ${min_exports_usd:,.0f}"
    )
    table["included"] = reasons == ""
    table["reason"] = reasons.where(reasons != "")
    return table


def complexity_ranking(
    flows: FlowsLike,
    year: int | None = None,
    *,
    digits: int = 4,
    rca_threshold: float = 1.0,
    top: int = DEFAULT_TOP,
    include_all: bool = False,
    min_population: float = MIN_POPULATION,
    min_exports_usd: float = MIN_EXPORTS_USD,
    proximity_diagonal: float = 1.0,
) -> ComplexityRanking:
    """ECI of the ranked economies and PCI of every product in ``year`` (default: latest) at HS ``digits``.

    By default only economies with ``min_population`` people and
    ``min_exports_usd`` of goods exports (Atlas rule, published WDI figures)
    are ranked, and complexity is computed on their exports alone;
    ``include_all`` ranks every economy in the data.
    """
    with open_flows(flows) as f:
        year = f.year_or_latest(year)
        require_year(f, year)
        panel = exports_by_product(f, [year], digits=digits)
        names, sources, synthetic = f.product_names(), list(f.sources), f.synthetic
    notes: list[str] = []
    excluded = pd.DataFrame(columns=["exporter", "population", "exports_goods", "reason"])
    if not include_all:
        rule = inclusion(panel["exporter"].unique(), year, min_population, min_exports_usd)
        excluded = rule.loc[~rule["included"], ["exporter", "population", "exports_goods", "reason"]].reset_index(
            drop=True
        )
        panel = panel[panel["exporter"].isin(rule.loc[rule["included"], "exporter"])]
        notes.append(
            f"{len(excluded)} of {len(rule)} economies left out: Atlas rule, at least {min_population:,.0f} people "
            f"and ${min_exports_usd:,.0f} of goods exports ({INCLUSION_SOURCE}); --all ranks every economy"
        )
    if panel.empty:
        space = pd.DataFrame(columns=["exporter", "product", "eci", "diversity", "coi", "pci", "ubiquity"])
        notes.append(f"no economy to rank in {year}")
    else:
        space = complexity(panel, rca_threshold=rca_threshold, proximity_diagonal=proximity_diagonal)
        notes += space.attrs.get("notes", [])
    economies = (
        space.drop_duplicates("exporter")[["exporter", "eci", "diversity", "coi"]]
        .dropna(subset=["eci"])
        .sort_values("eci", ascending=False, ignore_index=True)
    )
    products = (
        space.drop_duplicates("product")[["product", "pci", "ubiquity"]]
        .dropna(subset=["pci"])
        .sort_values("pci", ascending=False, ignore_index=True)
    )
    products.insert(1, "name", products["product"].map(names))
    parameters = {
        "digits": digits,
        "rca_threshold": rca_threshold,
        "top": top,
        "year": year,
        "include_all": include_all,
        "min_population": None if include_all else min_population,
        "min_exports_usd": None if include_all else min_exports_usd,
        "proximity_diagonal": proximity_diagonal,
    }
    return ComplexityRanking(year, parameters, economies, products, synthetic, sources, excluded, notes)
