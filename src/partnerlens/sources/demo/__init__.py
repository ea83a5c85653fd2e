"""The demo world: synthetic bilateral HS6 trade, calibrated on published figures.

Synthetic, deterministic per seed and labelled (source ``demo-seed{N}``, ``synthetic = true``), but fitted to
real, published data (``partnerlens.reference.published`` and ``.geography``), so that what a user learns
offline is roughly true:

* every economy-year's goods exports and imports equal WDI's (``calibration.trade_targets``);
* bilateral totals follow gravity on real GDP, distance, contiguity, common language and landlocked status,
  fitted to those totals by RAS (``gravity``);
* what each economy exports follows its published ECI against each product's published PCI, with the Atlas's
  world export shares, and natural-resource and climate-bound products go to endowed economies (``supply``),
  so the demo's own ECI and PCI rank like the Atlas's.

Flow ``i → j`` of product ``p`` has expected value ``E = T_ij · s_ip·m_jp / Σ_p s_ip·m_jp`` (supply ``s``,
demand taste ``m``). Like real data it is sparse: a flow exists with probability ``1 − e^(−E/ν)`` and then
has value ``E/prob`` times log-normal noise (a level, a trend and a yearly shock per flow); ``ν`` sets the
density of each scale. The drawn flows are finally scaled by RAS once more so that the exporter and
importer totals are exactly the targets. Quantities come from a unit value per product; 2% are missing, as
in BACI. Fixed parameters come from ``numpy.random.default_rng(seed)`` and every per-flow draw from a
counter-based hash of (seed, exporter, importer, product, year), so a year's flows do not depend on which
other years are built. docs/demo.md gives the calibration figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from partnerlens.errors import PartnerlensError
from partnerlens.formatting import DEMO_BANNER
from partnerlens.reference import economies as reference_economies
from partnerlens.reference import products as reference_products
from partnerlens.reference.geography import DISTANCE_SOURCE, macro
from partnerlens.reference.published import ECI_SOURCE, PCI_SOURCE, WDI_SOURCE, ranked_economies
from partnerlens.sources import IngestResult, ingest, prepare, write_year
from partnerlens.sources.demo import calibration, gravity, supply
from partnerlens.sources.demo.draws import MISSING_QUANTITY_SHARE, draw_block, rebalance
from partnerlens.sources.settings import DEFAULT_SEED, SCALES, Scale  # noqa: F401 (re-exported; the CLI reads them without importing numpy)
from partnerlens.store import SourceInfo, TradeStore

__all__ = [
    "World",
    "SCALES",
    "build_world",
    "year_flows",
    "generate",
    "ingest_demo",
    "default_years",
    "check_years",
    "source_name",
    "DEFAULT_SEED",
    "MISSING_QUANTITY_SHARE",
    "BANNER",
]

NOMENCLATURE = "HS92"
BANNER = DEMO_BANNER
DEMAND_SIGMA = 0.7
WITHIN_HEADING_SIGMA = 1.0


@dataclass(frozen=True)
class World:
    """The fixed parameters of one demo world (per seed and scale)."""

    seed: int
    scale: Scale
    economies: np.ndarray  # ISO3, (E,)
    products: np.ndarray  # HS6 codes, (P,)
    product_ids: np.ndarray  # index of each product in the full HS6 list (stable hash keys), (P,)
    heading: np.ndarray  # index of each product's HS4 heading in ``headings``, (P,)
    headings: pd.DataFrame  # calibration.headings(): hs4, pci, world_exports, endowment
    heading_noise: np.ndarray  # ε[c,h] (E, H)
    endowment: np.ndarray  # endowment factor e[c,h] (E, H)
    split: np.ndarray  # share of each HS6 product in its heading, per economy (E, P)
    demand: np.ndarray  # m[j,p] (E, P)
    unit_value: np.ndarray  # USD per metric ton, (P,)
    gravity: np.ndarray  # partner weights without masses, zero diagonal, (E, E)
    gdp: pd.DataFrame  # GDP (USD) by year (rows) and economy (columns)
    targets: dict  # calibration.trade_targets(gdp)
    capability: pd.DataFrame  # k by year × economy (published ECI, imputed where missing)
    ranked: np.ndarray  # (E,) bool: economies the Atlas ranks

    def years_available(self) -> tuple[int, int]:
        return int(self.gdp.index.min()), int(self.gdp.index.max())


def build_world(seed: int = DEFAULT_SEED, scale: str = "small") -> World:
    """Draw the fixed parts of a world: idiosyncrasy, endowments, tastes, unit values; attach the targets."""
    if scale not in SCALES:
        raise PartnerlensError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    if seed < 0:
        raise PartnerlensError(f"the seed must be a non-negative integer, not {seed}")
    rng = np.random.default_rng(seed)
    gdp, population = _macro_table()
    iso3 = np.array(sorted(set(reference_economies()) & set(gdp.columns)))
    gdp, population = gdp[iso3], population.reindex(columns=iso3)
    targets = calibration.trade_targets(gdp)
    capability = calibration.capabilities(gdp, population)
    headings = calibration.headings()

    catalogue = reference_products(NOMENCLATURE)
    catalogue = catalogue[catalogue["digits"] == 6].sort_values("code").reset_index(drop=True)
    chosen = _choose_products(catalogue, SCALES[scale])
    heading = pd.Index(headings["hs4"]).get_indexer(catalogue["hs4"].to_numpy()[chosen])
    n_economies, n_headings = len(iso3), len(headings)

    heading_noise = np.exp(rng.normal(0.0, supply.HEADING_SIGMA, (n_economies, n_headings)))
    last = gdp.index.max()
    score = calibration.resource_score(
        targets["exports"].loc[last].to_numpy(), gdp.loc[last].to_numpy(), capability.loc[last].to_numpy()
    )
    endowment = calibration.endowments(rng, iso3, headings, score)
    heading_noise[endowment == calibration.KNOWN_PRODUCER_FACTOR] = 1.0  # known producers: no lucky or unlucky draw
    within = rng.normal(0.0, WITHIN_HEADING_SIGMA, (n_economies, len(catalogue)))[:, chosen]
    demand = np.exp(rng.normal(0.0, DEMAND_SIGMA, (n_economies, len(catalogue))))[:, chosen]
    unit_value = np.exp(rng.normal(np.log(2500.0), 1.0, len(catalogue)))[chosen]
    unit_value = unit_value * np.exp(0.6 * headings["pci"].to_numpy()[heading])
    return World(
        seed=seed,
        scale=SCALES[scale],
        economies=iso3,
        products=catalogue["code"].to_numpy()[chosen],
        product_ids=chosen.astype(np.uint64),
        heading=heading,
        headings=headings,
        heading_noise=heading_noise,
        endowment=endowment,
        split=supply.split_within_headings(heading, within),
        demand=demand.astype(np.float32),
        unit_value=unit_value,
        gravity=gravity.gravity_weights(iso3),
        gdp=gdp,
        targets=targets,
        capability=capability,
        ranked=np.isin(iso3, list(ranked_economies())),
    )


def _macro_table() -> tuple[pd.DataFrame, pd.DataFrame]:
    """GDP and population by year × economy, gaps filled from the nearest year of the same economy."""
    table = macro()
    table = table[table["gdp_usd"].notna() & (table["gdp_usd"] > 0)]
    gdp = table.pivot(index="year", columns="iso3", values="gdp_usd").sort_index()
    population = table.pivot(index="year", columns="iso3", values="population").sort_index()
    return gdp.ffill().bfill(), population.ffill().bfill()


def _choose_products(catalogue: pd.DataFrame, scale: Scale) -> np.ndarray:
    if not scale.one_product_per_hs4:
        return np.arange(len(catalogue))
    return catalogue.groupby("hs4", sort=True).head(1).index.to_numpy()


# -- one year ------------------------------------------------------------------------------------------


def year_targets(world: World, year: int) -> tuple[np.ndarray, np.ndarray]:
    """Goods exports and imports (USD) every economy must have in ``year``."""
    return world.targets["exports"].loc[year].to_numpy(), world.targets["imports"].loc[year].to_numpy()


def heading_supply(world: World, year: int) -> np.ndarray:
    """s[c,h] of ``year``, with capabilities fitted so the demo's ECI ranks like the published one."""
    exports, _ = year_targets(world, year)
    published = calibration.published_ranked(year)
    target = pd.Series(published).reindex(world.economies).to_numpy()
    rows = world.ranked & ~np.isnan(target)
    headings = world.headings
    pci, share = headings["pci"].to_numpy(), headings["world_exports"].to_numpy()

    def supply_of(k: np.ndarray) -> np.ndarray:
        return supply.heading_supply(k, pci, world.heading_noise, world.endowment, share, exports)

    k = world.capability.loc[year].to_numpy()
    k = supply.fit_capabilities(k, target, rows, lambda k: supply.expected_exports(supply_of(k), exports))
    return supply_of(k)


def year_flows(world: World, year: int, block_cells: int = 4_000_000) -> pa.Table:
    """All flows of ``year`` as an Arrow table (year, exporter, importer, product, value_usd, quantity_t)."""
    check_years(world, [year])
    exports, imports = year_targets(world, year)
    product_supply = heading_supply(world, year)[:, world.heading] * world.split
    totals = gravity.bilateral_totals(world.gravity, world.gdp.loc[year].to_numpy(), exports, imports)
    scaled = totals / (product_supply @ world.demand.T)  # T_ij / Σ_p s_ip m_jp
    n_econ, n_prod = len(world.economies), len(world.products)
    block = max(1, block_cells // (n_econ * n_prod))
    parts = [
        draw_block(world, year, totals, scaled, product_supply, start, min(start + block, n_econ))
        for start in range(0, n_econ, block)
    ]
    exporter, importer, product, value, quantity = (np.concatenate(column) for column in zip(*parts, strict=False))
    value, quantity = rebalance(exporter, importer, value, quantity, exports, imports)
    return pa.table(
        {
            "year": pa.array(np.full(len(value), year, dtype=np.int32)),
            "exporter": pa.DictionaryArray.from_arrays(exporter.astype(np.int32), pa.array(world.economies)),
            "importer": pa.DictionaryArray.from_arrays(importer.astype(np.int32), pa.array(world.economies)),
            "product": pa.DictionaryArray.from_arrays(product.astype(np.int32), pa.array(world.products)),
            "value_usd": pa.array(value),
            "quantity_t": pa.array(quantity, mask=np.isnan(quantity)),
        }
    )


def generate(seed: int = DEFAULT_SEED, scale: str = "small", years: Iterable[int] | None = None) -> Iterator[pa.Table]:
    """The demo world's flows, one Arrow table per year."""
    world = build_world(seed, scale)
    for year in default_years(world) if years is None else sorted(set(years)):
        yield year_flows(world, year)


def check_years(world: World, years: Iterable[int]) -> None:
    """Fail on years outside the GDP data the world is built from."""
    first, last = world.years_available()
    outside = [year for year in years if not first <= year <= last]
    if outside:
        raise PartnerlensError(
            f"the demo world covers {first}–{last} (the years with GDP data); {', '.join(map(str, outside))} is outside"
        )


def default_years(world: World | None = None) -> list[int]:
    """The five latest years with GDP data."""
    last = world.years_available()[1] if world else int(macro().dropna(subset=["gdp_usd"])["year"].max())
    return list(range(last - 4, last + 1))


# -- ingest ----------------------------------------------------------------------------------------


def source_name(seed: int) -> str:
    return f"demo-seed{seed}"


def ingest_demo(
    store: TradeStore, seed: int = DEFAULT_SEED, scale: str = "small", years: Iterable[int] | None = None
) -> IngestResult:
    """Build the demo world and ingest it as source ``demo-seed{N}`` (synthetic)."""
    world = build_world(seed, scale)
    chosen = default_years(world) if years is None else sorted(set(years))
    check_years(world, chosen)
    name = source_name(seed)
    info = SourceInfo(
        name=name,
        kind="demo",
        nomenclature=NOMENCLATURE,
        release=f"synthetic {scale}",
        synthetic=True,
        origin=(
            f"partnerlens demo world ({BANNER}: {WDI_SOURCE}; {ECI_SOURCE}; {PCI_SOURCE}; gravity on {DISTANCE_SOURCE})"
        ),
    )

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        for year in chosen:
            flows = year_flows(world, year)
            con.register("demo_flows", flows)
            write_year(con, staging, year, f"SELECT *, '{name}' AS source FROM demo_flows")
            con.unregister("demo_flows")

    note = (
        f"{BANNER}: {len(world.economies)} economies × {len(world.products):,} HS6 products, seed {seed}, scale {scale}"
    )
    return ingest(store, info, write, (note,))
