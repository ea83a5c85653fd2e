"""The demo world: synthetic bilateral HS6 trade that behaves like the real thing.

Built from real inputs — GDP by year (WDI, ``reference.geography.macro``) and
bilateral distances, contiguity and common language (CEPII GeoDist,
``reference.geography.distances``) — and two standard models:

1. **Gravity** (Tinbergen 1962; Anderson & van Wincoop 2003 in spirit): an
   economy exports ``X_i = a · GDP_i · (GDP_i / median GDP)^(-0.1)`` (small
   economies are more open), split over partners in proportion to
   ``GDP_j^0.9 · distw_ij^(-1.1) · e^(0.8·contig + 0.4·common language)``.
2. **Capabilities** (Hidalgo & Hausmann 2009; Hausmann & Hidalgo 2011, "The
   network structure of economic output"): there are general capabilities and a
   few per HS section; an economy holds each with a probability that rises with
   its GDP per capita and with a sector affinity; a product requires a random
   set whose size grows with a latent complexity. Every missing capability cuts
   an economy's productivity in that product by a factor ``MISSING_PENALTY``.
   Products of HS sections I–V and XIV (farm, food, mineral, precious) also need
   an endowment (land/climate, geology) that few economies have. That makes
   diversified economies rich, rare products complex and related products
   co-exported, so RCA, ECI/PCI and the product space have realistic structure.

Flow ``i → j`` of product ``p`` has expected value ``E = T_ij · s_ip·m_jp / Σ_p
s_ip·m_jp`` (supply ``s`` from capabilities, demand ``m`` from product size and
taste). Like real data it is sparse: a flow exists with probability ``1 −
e^(−E/ν)`` and then has value ``E/prob`` times log-normal noise (a level, a
trend and a yearly shock per flow), so totals are unbiased and small flows are
lumpy. ``ν`` sets the density of each scale. Quantities come from a unit value
per product; 2% are missing, as in BACI.

Everything is deterministic per seed: the fixed parameters come from
``numpy.random.default_rng(seed)`` and every per-flow draw from a counter-based
hash of (seed, exporter, importer, product, year), so a year's flows do not
depend on which other years are built. Economies without any GDP in the WDI
cache (e.g. Taiwan, North Korea) are left out; pairs without a GeoDist distance
use the median distance. The source is named ``demo-seed{N}`` and is marked
synthetic: every output built on it says "synthetic demo data".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
from scipy.special import ndtri

from partnerlens.errors import PartnerlensError
from partnerlens.reference import economies as reference_economies
from partnerlens.reference import products as reference_products
from partnerlens.reference.geography import DISTANCE_SOURCE, MACRO_SOURCE, distances, macro
from partnerlens.sources import IngestResult, ingest, prepare, write_year
from partnerlens.sources.settings import DEFAULT_SEED, SCALES, Scale  # noqa: F401 (re-exported)
from partnerlens.store import SourceInfo, TradeStore

NOMENCLATURE = "HS92"

# Model parameters (see the module docstring).
OPENNESS = 0.22                  # exports / GDP of the median economy
OPENNESS_SIZE_ELASTICITY = -0.1
IMPORTER_GDP_ELASTICITY = 0.9
DISTANCE_ELASTICITY = 1.1
CONTIGUITY_EFFECT = 0.8
LANGUAGE_EFFECT = 0.4
GENERAL_CAPABILITIES = 12
CAPABILITIES_PER_SECTION = 3
MISSING_PENALTY = 0.03
ENDOWED_SECTIONS = {"I": 0.35, "II": 0.35, "III": 0.35, "IV": 0.35, "V": 0.15, "XIV": 0.15}  # share of economies endowed
NOT_ENDOWED = 0.02
PRODUCT_SIZE_SIGMA = 1.5
SUPPLY_SIGMA = 1.0
DEMAND_SIGMA = 0.7
FLOW_LEVEL_SIGMA, FLOW_TREND_SIGMA, FLOW_YEAR_SIGMA = 0.5, 0.3, 0.3
MISSING_QUANTITY_SHARE = 0.02
MIN_PROBABILITY = 1e-2           # cells less likely than this do not trade


@dataclass(frozen=True)
class World:
    """The fixed parameters of one demo world (per seed and scale)."""

    seed: int
    scale: Scale
    economies: np.ndarray      # ISO3, (E,)
    products: np.ndarray       # HS6 codes, (P,)
    product_ids: np.ndarray    # index of each product in the full HS6 list (stable hash keys), (P,)
    supply: np.ndarray         # s[i,p] (E, P)
    demand: np.ndarray         # m[j,p] (E, P)
    unit_value: np.ndarray     # USD per metric ton, (P,)
    gravity: np.ndarray        # partner weights without GDP: distw^-θ · e^(…) with zero diagonal, (E, E)
    gdp: pd.DataFrame          # GDP (USD) by year (rows) and economy (columns)

    def years_available(self) -> tuple[int, int]:
        return int(self.gdp.index.min()), int(self.gdp.index.max())


# -- counter-based randomness ------------------------------------------------------------------


def _mix(keys: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser (Steele, Lea & Flood 2014): a well-spread 64-bit hash of each key (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        z = keys + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def _uniform(keys: np.ndarray, seed: int, stream: int) -> np.ndarray:
    """Uniform (0, 1) draws, one per key, reproducible for (seed, stream, key)."""
    salt = _mix(_mix(np.array([seed], dtype=np.uint64)) ^ np.uint64(stream))[0]
    z = _mix(keys ^ salt)
    return ((z >> np.uint64(11)).astype(np.float64) + 0.5) * 2.0**-53


def _normal(keys: np.ndarray, seed: int, stream: int) -> np.ndarray:
    return ndtri(_uniform(keys, seed, stream))


# -- the fixed world ---------------------------------------------------------------------------


def build_world(seed: int = DEFAULT_SEED, scale: str = "small") -> World:
    """Draw the economies' capabilities and endowments and the products' requirements."""
    if scale not in SCALES:
        raise PartnerlensError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    if seed < 0:
        raise PartnerlensError(f"the seed must be a non-negative integer, not {seed}")
    rng = np.random.default_rng(seed)
    gdp, population = _macro_table()
    iso3 = np.array(sorted(set(reference_economies()) & set(gdp.columns)))
    gdp, population = gdp[iso3], population.reindex(columns=iso3)
    catalogue = reference_products(NOMENCLATURE)
    catalogue = catalogue[catalogue["digits"] == 6].sort_values("code").reset_index(drop=True)

    supply_all, unit_value_all = _supply(rng, gdp, population, catalogue)
    demand_all = _demand(rng, len(iso3), supply_all.shape[1])
    chosen = _choose_products(catalogue, SCALES[scale])
    size = np.exp(rng.normal(0.0, PRODUCT_SIZE_SIGMA, len(catalogue)))[chosen]
    return World(
        seed=seed,
        scale=SCALES[scale],
        economies=iso3,
        products=catalogue["code"].to_numpy()[chosen],
        product_ids=chosen.astype(np.uint64),
        supply=(supply_all[:, chosen] * size).astype(np.float64),
        demand=(demand_all[:, chosen] * size).astype(np.float32),
        unit_value=unit_value_all[chosen],
        gravity=_gravity_weights(iso3),
        gdp=gdp,
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


def _supply(rng: np.random.Generator, gdp: pd.DataFrame, population: pd.DataFrame,
            catalogue: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Productivity s[i,p] from capabilities and endowments, and a unit value per product."""
    n_economies, n_products = gdp.shape[1], len(catalogue)
    sections = catalogue["section"].fillna("other").to_numpy()
    section_names = sorted(set(sections))
    section_index = np.searchsorted(section_names, sections)
    n_caps = GENERAL_CAPABILITIES + CAPABILITIES_PER_SECTION * len(section_names)

    # Economies: probability of holding a capability rises with GDP per capita and a section affinity.
    latest = gdp.iloc[-1].to_numpy()
    per_capita = np.log(latest / population.iloc[-1].fillna(population.iloc[-1].median()).to_numpy())
    z = (per_capita - per_capita.mean()) / per_capita.std()
    affinity = rng.normal(0.0, 0.8, (n_economies, len(section_names)))
    cap_section = np.concatenate([np.full(GENERAL_CAPABILITIES, -1),
                                  np.repeat(np.arange(len(section_names)), CAPABILITIES_PER_SECTION)])
    logit = -0.2 + 1.1 * z[:, None] + np.where(cap_section >= 0, affinity[:, np.maximum(cap_section, 0)], 0.0)
    has = rng.random((n_economies, n_caps)) < 1.0 / (1.0 + np.exp(-logit))

    # Products: a latent complexity sets how many general and own-section capabilities they need.
    complexity = rng.random(n_products)
    needs = np.zeros((n_products, n_caps), dtype=bool)
    needs[:, :GENERAL_CAPABILITIES] = rng.random((n_products, GENERAL_CAPABILITIES)) < (0.02 + 0.35 * complexity)[:, None]
    own = cap_section[None, :] == section_index[:, None]
    needs |= own & (rng.random((n_products, n_caps)) < (0.25 + 0.6 * complexity)[:, None])
    missing = needs.astype(np.float32) @ (~has).T.astype(np.float32)          # (P, E)
    supply = MISSING_PENALTY ** missing.T * np.exp(rng.normal(0.0, SUPPLY_SIGMA, (n_economies, n_products)))

    # Endowments: farm and mineral products need land, climate or geology (per HS4 heading).
    endowed_share = np.array([ENDOWED_SECTIONS.get(s, 1.0) for s in sections])
    heading = pd.factorize(catalogue["hs4"])[0]
    endowed = rng.random((n_economies, heading.max() + 1))[:, heading] < endowed_share[None, :]
    supply *= np.where(endowed, 1.0, NOT_ENDOWED)

    unit_value = np.exp(rng.normal(np.log(2500.0), 1.0, n_products) + 1.5 * complexity)
    return supply, unit_value


def _demand(rng: np.random.Generator, n_economies: int, n_products: int) -> np.ndarray:
    return np.exp(rng.normal(0.0, DEMAND_SIGMA, (n_economies, n_products)))


def _gravity_weights(iso3: np.ndarray) -> np.ndarray:
    """Partner weights without GDP, ``distw^-θ · e^(contiguity, language effects)``; zero on the diagonal."""
    table = distances()
    table = table[table["exporter"].isin(iso3) & table["importer"].isin(iso3)]
    index = pd.Index(iso3)
    n = len(iso3)
    dist = np.full((n, n), np.nan)
    effect = np.zeros((n, n))
    rows, cols = index.get_indexer(table["exporter"]), index.get_indexer(table["importer"])
    dist[rows, cols] = table["distw"].fillna(table["dist"]).to_numpy()
    effect[rows, cols] = CONTIGUITY_EFFECT * table["contig"].to_numpy() + LANGUAGE_EFFECT * table["comlang_off"].to_numpy()
    dist = np.where(np.isnan(dist) | (dist <= 0), np.nanmedian(dist), dist)
    weights = dist ** -DISTANCE_ELASTICITY * np.exp(effect)
    np.fill_diagonal(weights, 0.0)
    return weights


# -- flows of one year ---------------------------------------------------------------------------


def bilateral_totals(world: World, year: int) -> np.ndarray:
    """Expected total exports T[i,j] (USD) in ``year`` from the gravity model."""
    gdp = world.gdp.loc[year].to_numpy()
    exports = OPENNESS * gdp * (gdp / np.median(gdp)) ** OPENNESS_SIZE_ELASTICITY
    weights = world.gravity * gdp[None, :] ** IMPORTER_GDP_ELASTICITY
    return exports[:, None] * weights / weights.sum(axis=1, keepdims=True)


def year_flows(world: World, year: int, block_cells: int = 4_000_000) -> pa.Table:
    """All flows of ``year`` as an Arrow table (year, exporter, importer, product, value_usd, quantity_t)."""
    check_years(world, [year])
    n_econ, n_prod = len(world.economies), len(world.products)
    scaled = bilateral_totals(world, year) / (world.supply @ world.demand.T)     # T_ij / Σ_p s_ip m_jp
    block = max(1, block_cells // (n_econ * n_prod))
    parts = [_block_flows(world, year, scaled, start, min(start + block, n_econ)) for start in range(0, n_econ, block)]
    exporter, importer, product, value, quantity = (np.concatenate(column) for column in zip(*parts))
    return pa.table({
        "year": pa.array(np.full(len(value), year, dtype=np.int32)),
        "exporter": pa.DictionaryArray.from_arrays(exporter.astype(np.int32), pa.array(world.economies)),
        "importer": pa.DictionaryArray.from_arrays(importer.astype(np.int32), pa.array(world.economies)),
        "product": pa.DictionaryArray.from_arrays(product.astype(np.int32), pa.array(world.products)),
        "value_usd": pa.array(value),
        "quantity_t": pa.array(quantity, mask=np.isnan(quantity)),
    })


def _block_flows(world: World, year: int, scaled: np.ndarray, start: int, stop: int) -> tuple[np.ndarray, ...]:
    """Flows of exporters ``start:stop``: draw which cells exist, then their values and quantities."""
    nu = world.scale.nu_usd
    expected = (scaled[start:stop, :, None] * world.supply[start:stop, None, :]).astype(np.float32) * world.demand[None, :, :]
    cells = np.flatnonzero(expected > nu * MIN_PROBABILITY)
    expected = expected.ravel()[cells].astype(np.float64)
    exporter, importer, product = np.unravel_index(cells, (stop - start, *world.demand.shape))
    exporter = exporter + start
    keys = _cell_keys(world, exporter, importer, product)
    probability = -np.expm1(-expected / nu)
    exists = _uniform(keys, world.seed, 1) < probability
    exporter, importer, product, keys = exporter[exists], importer[exists], product[exists], keys[exists]
    decade = (year - 2000) / 10.0
    log_noise = (FLOW_LEVEL_SIGMA * _normal(keys, world.seed, 2) + FLOW_TREND_SIGMA * decade * _normal(keys, world.seed, 3)
                 + FLOW_YEAR_SIGMA * _normal(keys, world.seed, 1000 + year))
    variance = FLOW_LEVEL_SIGMA**2 + (FLOW_TREND_SIGMA * decade) ** 2 + FLOW_YEAR_SIGMA**2
    value = np.maximum(np.round(expected[exists] / probability[exists] * np.exp(log_noise - variance / 2)), 1.0)
    price = world.unit_value[product] * np.exp(0.3 * _normal(keys, world.seed, 4))
    quantity = np.round(value / price, 3)
    quantity[_uniform(keys, world.seed, 10_000 + year) < MISSING_QUANTITY_SHARE] = np.nan
    return exporter, importer, product, value, quantity


def _cell_keys(world: World, exporter: np.ndarray, importer: np.ndarray, product: np.ndarray) -> np.ndarray:
    """A stable integer per (exporter, importer, HS6 product), independent of scale and block size."""
    n = np.uint64(len(world.economies))
    return ((exporter.astype(np.uint64) * n + importer.astype(np.uint64)) * np.uint64(1 << 16)
            + world.product_ids[product])


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
        raise PartnerlensError(f"the demo world covers {first}–{last} (the years with GDP data); "
                               f"{', '.join(map(str, outside))} is outside")


def default_years(world: World | None = None) -> list[int]:
    """The five latest years with GDP data."""
    last = world.years_available()[1] if world else int(macro().dropna(subset=["gdp_usd"])["year"].max())
    return list(range(last - 4, last + 1))


# -- ingest ----------------------------------------------------------------------------------------


def source_name(seed: int) -> str:
    return f"demo-seed{seed}"


def ingest_demo(store: TradeStore, seed: int = DEFAULT_SEED, scale: str = "small",
                years: Iterable[int] | None = None) -> IngestResult:
    """Build the demo world and ingest it as source ``demo-seed{N}`` (synthetic)."""
    world = build_world(seed, scale)
    chosen = default_years(world) if years is None else sorted(set(years))
    check_years(world, chosen)
    name = source_name(seed)
    info = SourceInfo(
        name=name, kind="demo", nomenclature=NOMENCLATURE, release=f"synthetic {scale}", synthetic=True,
        origin=f"partnerlens demo world (synthetic; gravity on {MACRO_SOURCE} and {DISTANCE_SOURCE}, capability model)",
    )

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        prepare(con)
        for year in chosen:
            flows = year_flows(world, year)
            con.register("demo_flows", flows)
            write_year(con, staging, year, f"SELECT *, '{name}' AS source FROM demo_flows")
            con.unregister("demo_flows")

    note = f"synthetic demo data: {len(world.economies)} economies × {len(world.products):,} HS6 products, seed {seed}, scale {scale}"
    return ingest(store, info, write, (note,))
