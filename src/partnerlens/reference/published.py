"""Published indicators: real, citable figures installed with ``atlas-common-data``.

These figures are *published* by their makers, not computed from the trade
store, so they stay true whatever the store holds (a BACI release or the
synthetic demo world). Every figure carries its source and vintage.

* WDI (World Bank, World Development Indicators; cache shipped in
  ``atlas-common-data``): goods exports and imports on the balance-of-payments
  basis (``exports_goods_bop``, ``imports_goods_bop``, current USD), GDP (current
  USD) and population, per economy and year.
* The Growth Lab's published **Economic Complexity Index** (145 economies) and
  its **2024 growth projections** (``2024_growth_projections.csv``): a value in
  year *t* is the projected annualised growth of GDP per capita, in percent, for
  the decade beginning with *t* (Growth Lab, "Growth Projections and Complexity
  Rankings", Harvard Dataverse, doi:10.7910/DVN/XTAQMC).
* The Atlas **ranking set** (``in_rankings.csv``): the economies the Atlas ranks.
* Per HS4 product (HS92): the Atlas's published **PCI** and **world export value**
  (``raw/umap_ps.csv``) and the natural-resource and green-product flags of the
  HS92 classification.

Groups: trade, GDP and population add up over the members that have a figure
(the answer says how many of how many); ECI is never averaged — a group gets the
members' table instead (:func:`member_eci`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from functools import cache
from importlib import metadata, resources

import pandas as pd

_PACKAGE = "atlas_common_data"

WDI_SOURCE = "World Bank, World Development Indicators (via atlas-common-data)"
ECI_SOURCE = "Growth Lab at Harvard, published Economic Complexity Index (via atlas-common-data)"
GROWTH_SOURCE = "Growth Lab at Harvard, 2024 growth projections (via atlas-common-data)"
PCI_SOURCE = (
    "Growth Lab at Harvard, Atlas of Economic Complexity: PCI and world exports by HS92 product (via atlas-common-data)"
)

# What each WDI column means, for people: (label, unit, basis note).
WDI_INDICATORS: dict[str, tuple[str, str, str | None]] = {
    "exports_goods": ("Goods exports", "usd", "balance-of-payments basis (FOB); customs data such as BACI differ"),
    "imports_goods": ("Goods imports", "usd", "balance-of-payments basis (FOB); customs imports are CIF"),
    "gdp": ("GDP", "usd", "current US dollars"),
    "population": ("Population", "people", None),
}


@dataclass(frozen=True)
class PublishedFigure:
    """One published figure with where it came from."""

    indicator: str
    label: str
    value: float
    unit: str
    year: int
    source: str
    vintage: str
    basis: str | None = None
    rank: int | None = None  # ECI: rank among the economies the Atlas ranks that year
    ranked_of: int | None = None
    members_with_data: int | None = None  # groups: members that have the figure
    members: int | None = None

    def to_dict(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value is not None}


@cache
def vintage() -> str:
    """The installed ``atlas-common-data`` version: the vintage of every figure here."""
    return f"atlas-common-data {metadata.version('atlas-common-data')}"


def _read_csv(relative: str, **options) -> pd.DataFrame:
    with resources.files(_PACKAGE).joinpath(relative).open("rb") as handle:
        return pd.read_csv(handle, **options)


@cache
def wdi() -> pd.DataFrame:
    """``iso3, year, exports_goods, imports_goods, gdp, population`` (USD, people); missing stays NaN."""
    with resources.files(_PACKAGE).joinpath("data/cache/wdi_data.parquet").open("rb") as handle:
        table = pd.read_parquet(
            handle, columns=["iso3_code", "year", "exports_goods_bop", "imports_goods_bop", "gdp", "population"]
        )
    table = table.rename(
        columns={"iso3_code": "iso3", "exports_goods_bop": "exports_goods", "imports_goods_bop": "imports_goods"}
    )
    table["year"] = table["year"].astype(int)
    return table


@cache
def ranked_economies() -> frozenset[str]:
    """ISO3 codes of the economies the Atlas ranks (``in_rankings``)."""
    table = _read_csv("data/static/in_rankings.csv", dtype={"iso3_code": str})
    return frozenset(table.loc[table["in_rankings"].astype(str) == "True", "iso3_code"])


@cache
def eci() -> pd.DataFrame:
    """Published ECI and growth projection: ``iso3, year, eci, growth_proj, rank, ranked_of``.

    ``rank`` is 1 for the most complex economy among those with a published ECI
    that year; ``ranked_of`` is how many there are.
    """
    table = _read_csv("data/growth_projections/2024_growth_projections.csv", dtype={"iso3_code": str})
    table = table.rename(columns={"iso3_code": "iso3"})
    table["year"] = table["year"].astype(int)
    has = table["eci"].notna()
    table.loc[has, "rank"] = table[has].groupby("year")["eci"].rank(ascending=False, method="min")
    table["ranked_of"] = table.groupby("year")["eci"].transform("count")
    return table


@cache
def product_complexity() -> pd.DataFrame:
    """Per HS4 product (HS92): ``hs4, pci, world_exports, natural_resource, green_product``."""
    umap = _read_csv("data/classification/raw/umap_ps.csv", dtype={"product_code": str})
    umap = umap.rename(columns={"product_code": "hs4", "total_exports": "world_exports"})[
        ["hs4", "pci", "world_exports"]
    ]
    umap["hs4"] = umap["hs4"].str.zfill(4)
    hs = _read_csv("data/classification/product/hs92.csv", dtype={"code": str})
    flags = hs.loc[hs["product_level"] == 4, ["code", "natural_resource", "green_product"]].rename(
        columns={"code": "hs4"}
    )
    for column in ("natural_resource", "green_product"):
        flags[column] = flags[column].astype(str).eq("True")
    return umap.merge(flags, on="hs4", how="left").fillna({"natural_resource": False, "green_product": False})


def _latest(rows: pd.DataFrame, column: str, year: int | None) -> pd.Series | None:
    rows = rows[rows[column].notna()]
    if year is not None:
        rows = rows[rows["year"] <= year]
    return None if rows.empty else rows.sort_values("year").iloc[-1]


@cache
def _economy_rows(table: str, iso3: str) -> pd.DataFrame:
    """One economy's rows of ``wdi()`` or ``eci()`` (read-only; cached: profiles ask for the same economies again)."""
    frame = wdi() if table == "wdi" else eci()
    return frame[frame["iso3"] == iso3]


def economy_figure(iso3: str, indicator: str, year: int | None = None) -> PublishedFigure | None:
    """The published figure for one economy in ``year`` (else the latest year before it), or None.

    ``indicator``: one of :data:`WDI_INDICATORS`, ``"eci"`` or ``"growth_projection"``.
    """
    if indicator in WDI_INDICATORS:
        row = _latest(_economy_rows("wdi", iso3), indicator, year)
        if row is None:
            return None
        label, unit, basis = WDI_INDICATORS[indicator]
        return PublishedFigure(
            indicator, label, float(row[indicator]), unit, int(row["year"]), WDI_SOURCE, vintage(), basis
        )
    table = _economy_rows("eci", iso3)
    if indicator == "eci":
        row = _latest(table, "eci", year)
        if row is None:
            return None
        return PublishedFigure(
            "eci",
            "Economic Complexity Index",
            float(row["eci"]),
            "index",
            int(row["year"]),
            ECI_SOURCE,
            vintage(),
            "standardised across the economies the Growth Lab ranks",
            rank=int(row["rank"]),
            ranked_of=int(row["ranked_of"]),
        )
    if indicator == "growth_projection":
        row = _latest(table, "growth_proj", year)
        if row is None:
            return None
        start = int(row["year"])
        return PublishedFigure(
            "growth_projection",
            f"Projected GDP per capita growth {start}–{start + 10}",
            float(row["growth_proj"]) / 100,
            "share_per_year",
            start,
            GROWTH_SOURCE,
            vintage(),
            "annualised, decade beginning with the year shown",
        )
    raise ValueError(f"unknown published indicator {indicator!r}")


def group_figure(members: frozenset[str] | set[str], indicator: str, year: int) -> PublishedFigure | None:
    """A sum over a group's members in exactly ``year`` (WDI indicators only), with member coverage."""
    if indicator not in WDI_INDICATORS:
        raise ValueError(f"{indicator!r} does not add up over a group; use member_eci for complexity")
    table = wdi()
    rows = table[table["iso3"].isin(members) & (table["year"] == year) & table[indicator].notna()]
    if rows.empty:
        return None
    label, unit, basis = WDI_INDICATORS[indicator]
    return PublishedFigure(
        indicator,
        label,
        float(rows[indicator].sum()),
        unit,
        year,
        WDI_SOURCE,
        vintage(),
        basis,
        members_with_data=len(rows),
        members=len(members),
    )


def member_eci(members: frozenset[str] | set[str], year: int | None = None) -> pd.DataFrame:
    """Published ECI of a group's members (``iso3, year, eci, rank, ranked_of``), most complex first."""
    table = eci()
    rows = table[table["iso3"].isin(members) & table["eci"].notna()]
    if year is None:
        year = int(rows["year"].max()) if not rows.empty else None
    rows = rows[rows["year"] == year][["iso3", "year", "eci", "rank", "ranked_of"]].astype(
        {"rank": int, "ranked_of": int}
    )
    return rows.sort_values("eci", ascending=False).reset_index(drop=True)


def latest_wdi_year(indicator: str = "exports_goods") -> int:
    """The last year with any published value of ``indicator``."""
    table = wdi()
    return int(table.loc[table[indicator].notna(), "year"].max())


def indicators(
    members: frozenset[str] | set[str], year: int | None = None, *, is_group: bool = False
) -> list[PublishedFigure]:
    """The published block for a party: goods exports and imports, GDP, population; ECI and growth for an economy.

    ``year`` defaults to the latest year WDI has goods exports for. An economy
    falls back to its latest earlier year per figure (the figure says which); a
    group adds up its members in exactly ``year``.
    """
    year = year if year is not None else latest_wdi_year()
    figures: list[PublishedFigure | None] = []
    if is_group:
        figures = [group_figure(members, name, year) for name in WDI_INDICATORS]
    else:
        (iso3,) = tuple(members)
        figures = [economy_figure(iso3, name, year) for name in (*WDI_INDICATORS, "eci", "growth_projection")]
    return [figure for figure in figures if figure is not None and math.isfinite(figure.value)]
