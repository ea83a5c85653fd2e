"""The published figures the demo world is fitted to, as arrays over the world's economies and HS4 headings.

* goods exports and imports per economy-year: WDI (balance-of-payments basis) where WDI has them; elsewhere the
  economy's own export/GDP (import/GDP) ratio from its nearest WDI year times its GDP, or, for an economy WDI never
  covers, the median ratio of that year. The world's exports must equal its imports in a closed world, and WDI's
  do not quite (0.3–1.9% apart in 2012–2024): WDI's exports and imports are moved towards each other by at most
  0.5% each, and the imputed figures of the short side absorb the rest (:func:`trade_targets`);
* capabilities per economy-year: the Growth Lab's published ECI (years before 2012 use 2012, after 2024 use 2024);
  economies the Atlas does not rank get the ECI predicted by log GDP per capita (least squares on the ranked ones);
* per HS4 heading: the Atlas PCI and world export value; headings the Atlas leaves out get the mean PCI of their
  HS2 chapter and the lower quartile of its world exports;
* endowments: which economies can produce natural-resource (Atlas flag) and climate-bound headings
  (``endowments.yaml``): known producers, plus random draws that favour resource exporters; sea fish and
  seafood only where there is a coast (not the landlocked economies).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np
import pandas as pd
import yaml

from partnerlens.reference.geography import landlocked
from partnerlens.reference.products import products
from partnerlens.reference.published import eci, product_complexity, ranked_economies, wdi

FIRST_ECI_YEAR, LAST_ECI_YEAR = 2012, 2024
MINERAL_ENDOWED_SHARE = 0.10  # share of economies holding a natural-resource heading (before tilting)
CLIMATE_ENDOWED_SHARE = 0.20  # share holding a climate-bound crop
NOT_ENDOWED = 0.001  # productivity left without the land, climate, geology or coast a heading needs
KNOWN_PRODUCER_FACTOR = 10.0  # the listed producers are leading ones
BALANCE_LIMIT = 0.005  # at most this much of the world's exports-imports gap is put on WDI's figures
RESOURCE_TILT = 1.0  # logit shift per sd of the resource score
NOT_GEOLOGY = frozenset({"8474"})  # flagged natural-resource by the Atlas, but machinery needs no endowment


@cache
def endowment_table() -> dict:
    """``endowments.yaml``: climate-bound headings and known producers by economy."""
    text = resources.files("partnerlens.sources.demo").joinpath("endowments.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def headings() -> pd.DataFrame:
    """All HS92 headings: ``hs4, pci, world_exports, published (bool), endowment ('mineral'|'climate'|'sea'|'')``."""
    catalogue = products("HS92")
    table = catalogue.loc[catalogue["digits"] == 4, ["code", "hs2"]].rename(columns={"code": "hs4"})
    atlas = product_complexity()
    table = table.merge(atlas[["hs4", "pci", "world_exports"]], on="hs4", how="left")
    table["published"] = table["pci"].notna() & table["world_exports"].notna()
    chapter_pci = table.groupby("hs2")["pci"].transform("mean")
    table["pci"] = table["pci"].fillna(chapter_pci).fillna(atlas["pci"].mean())
    chapter_exports = table.groupby("hs2")["world_exports"].transform(lambda s: s.quantile(0.25))
    table["world_exports"] = (
        table["world_exports"].fillna(chapter_exports).fillna(atlas["world_exports"].quantile(0.25))
    )
    table["endowment"] = ""
    table.loc[table["hs4"].isin(_natural_resource_headings() - NOT_GEOLOGY), "endowment"] = "mineral"
    known = {h for codes in endowment_table()["known"].values() for h in codes}
    table.loc[table["hs4"].isin(known) & table["endowment"].eq(""), "endowment"] = "mineral"
    table.loc[table["hs4"].isin(endowment_table()["climate_headings"]), "endowment"] = "climate"
    table.loc[table["hs4"].isin(endowment_table()["sea_headings"]), "endowment"] = "sea"
    return table.sort_values("hs4").reset_index(drop=True)


@cache
def _natural_resource_headings() -> frozenset[str]:
    """The Atlas natural-resource flag for every HS92 heading (the classification file, not only PCI products)."""
    with resources.files("atlas_common_data").joinpath("data/classification/product/hs92.csv").open("rb") as handle:
        table = pd.read_csv(handle, dtype={"code": str})
    rows = table[(table["product_level"] == 4) & table["natural_resource"].astype(str).eq("True")]
    return frozenset(rows["code"])


def _wdi_wide(column: str) -> pd.DataFrame:
    return wdi().pivot_table(index="year", columns="iso3", values=column, aggfunc="first").sort_index()


def _imputed(values: pd.DataFrame, gdp: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Values where WDI has them, else ratio-to-GDP from the economy's nearest year (else the year's median)."""
    values = values.reindex(index=gdp.index, columns=gdp.columns)
    ratio = values / gdp
    nearest = ratio.ffill().bfill()
    median = ratio.median(axis=1)
    filled_ratio = nearest.apply(lambda column: column.fillna(median))
    return values.fillna(filled_ratio * gdp), values.isna()


def trade_targets(gdp: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Goods exports and imports per year × economy (balanced world), and where WDI had no figure.

    ``gdp`` is the demo world's GDP table (years × ISO3). Returns ``exports``, ``imports`` (USD), ``wdi_exports``,
    ``wdi_imports`` (WDI's own figures, NaN where missing), ``imputed_exports``, ``imputed_imports`` (bool).
    """
    wdi_exports = _wdi_wide("exports_goods").reindex(index=gdp.index, columns=gdp.columns)
    wdi_imports = _wdi_wide("imports_goods").reindex(index=gdp.index, columns=gdp.columns)
    exports, no_exports = _imputed(wdi_exports, gdp)
    imports, no_imports = _imputed(wdi_imports, gdp)
    exports, imports = _balanced(exports, imports, no_exports, no_imports)
    return {
        "exports": exports,
        "imports": imports,
        "wdi_exports": wdi_exports,
        "wdi_imports": wdi_imports,
        "imputed_exports": no_exports,
        "imputed_imports": no_imports,
    }


def _balanced(
    exports: pd.DataFrame, imports: pd.DataFrame, no_exports: pd.DataFrame, no_imports: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Make world exports equal world imports each year: split the gap evenly up to ±BALANCE_LIMIT, then let
    the imputed figures of the short side absorb the rest (if a year has none, the short side is scaled)."""
    factor = np.sqrt(imports.sum(axis=1) / exports.sum(axis=1)).clip(1 - BALANCE_LIMIT, 1 + BALANCE_LIMIT)
    exports, imports = exports.mul(factor, axis=0), imports.div(factor, axis=0)
    gap = exports.sum(axis=1) - imports.sum(axis=1)
    for year, rest in gap.items():
        side, imputed = (imports, no_imports) if rest > 0 else (exports, no_exports)
        rows = imputed.loc[year] if imputed.loc[year].any() else side.loc[year].notna()
        side.loc[year, rows] *= 1 + abs(rest) / side.loc[year, rows].sum()
    return exports, imports


def capabilities(gdp: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """Capability per year × economy: the published ECI, predicted from income where the Atlas has none."""
    published = eci().pivot_table(index="year", columns="iso3", values="eci", aggfunc="first")
    years = np.clip(gdp.index.to_numpy(), FIRST_ECI_YEAR, LAST_ECI_YEAR)
    published = published.reindex(index=years, columns=gdp.columns).set_axis(gdp.index)
    income = np.log(gdp / population.reindex_like(gdp))
    result = published.copy()
    for year in gdp.index:
        known = published.loc[year].notna() & income.loc[year].notna()
        slope, intercept = np.polyfit(income.loc[year][known], published.loc[year][known], 1)
        predicted = intercept + slope * income.loc[year]
        result.loc[year] = published.loc[year].fillna(predicted).fillna(predicted[known].min())
    return result


def published_ranked(year: int) -> pd.Series:
    """The published ECI of ``year`` over the economies the Atlas ranks (ISO3 → ECI)."""
    table = eci()
    rows = table[(table["year"] == min(max(year, FIRST_ECI_YEAR), LAST_ECI_YEAR)) & table["eci"].notna()]
    rows = rows[rows["iso3"].isin(ranked_economies())]
    return rows.set_index("iso3")["eci"]


def resource_score(exports: np.ndarray, gdp: np.ndarray, capability: np.ndarray) -> np.ndarray:
    """How much an economy's published profile looks like a resource exporter: z(log exports/GDP) − z(ECI)."""
    openness = np.log(np.clip(exports / gdp, 1e-3, None))
    return _z(openness) - _z(capability)


def _z(values: np.ndarray) -> np.ndarray:
    return (values - values.mean()) / values.std()


def endowments(rng: np.random.Generator, iso3: np.ndarray, table: pd.DataFrame, score: np.ndarray) -> np.ndarray:
    """Productivity factor (economies × headings) of endowments: 1 where an economy can produce a heading,
    NOT_ENDOWED where it lacks the land, climate, geology or coast, KNOWN_PRODUCER_FACTOR for known producers.

    Headings that need no endowment are open to all. Economies listed in ``endowments.yaml`` hold exactly the
    endowment headings listed for them (as leading producers); the others draw each endowment heading with a
    probability that rises with their resource score.
    """
    share = table["endowment"].map({"mineral": MINERAL_ENDOWED_SHARE, "climate": CLIMATE_ENDOWED_SHARE}).fillna(1.0)
    logit = np.log(share / (1 - share.clip(upper=0.999))).to_numpy()[None, :] + RESOURCE_TILT * score[:, None]
    endowed = rng.random((len(iso3), len(table))) < 1 / (1 + np.exp(-logit))
    endowed[:, table["endowment"].eq("").to_numpy()] = True
    endowed[:, table["endowment"].eq("sea").to_numpy()] = ~np.isin(iso3, list(landlocked()))[:, None]
    factor = np.ones(endowed.shape)
    column = pd.Index(table["hs4"])
    row = pd.Index(iso3)
    needs_endowment = table["endowment"].isin(["mineral", "climate"]).to_numpy()
    for economy, codes in endowment_table()["known"].items():
        if economy in row:
            found = column.get_indexer(codes)
            endowed[row.get_loc(economy), needs_endowment] = False  # a listed economy has exactly its list
            endowed[row.get_loc(economy), found[found >= 0]] = True
            factor[row.get_loc(economy), found[found >= 0]] = KNOWN_PRODUCER_FACTOR
    return np.where(endowed, factor, NOT_ENDOWED)
