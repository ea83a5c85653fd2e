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

import bisect
import math
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerlens.reference import atlas
from partnerlens.sql import sql_string
from partnerlens.sums import pairwise_sum

if TYPE_CHECKING:
    import pandas as pd

WDI_FILE = "cache/wdi_data.parquet"
ECI_FILE = "growth_projections/2024_growth_projections.csv"

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
        # the fields in order, those that are set (every value is a number or a string: ``asdict``'s deep copy,
        # an eighth of the CPU of a first profile in the web server, copied nothing)
        return {key: value for key in _FIGURE_FIELDS if (value := getattr(self, key)) is not None}


_FIGURE_FIELDS = tuple(f.name for f in fields(PublishedFigure))


@cache
def vintage() -> str:
    """The installed ``atlas-common-data`` version: the vintage of every figure here."""
    return f"atlas-common-data {metadata.version('atlas-common-data')}"


def _read_csv(relative: str, **options) -> pd.DataFrame:
    import pandas as pd

    # By path (atlas.data_dir: found, not imported): importing atlas_common_data imports requests, urllib3 and ssl,
    # a few tenths of a second of a first brief's main thread (issue 16); the same file, the same table.
    with (atlas.data_dir() / relative.removeprefix("data/")).open("rb") as handle:
        return pd.read_csv(handle, **options)


@cache
def wdi() -> pd.DataFrame:
    """``iso3, year, exports_goods, imports_goods, gdp, population`` (USD, people); missing stays NaN.

    Built from the kept rows (:func:`_wdi_table`, which a profile's published figures load anyway), in the
    file's order: the same table ``pandas.read_parquet`` gave (``iso3`` object, ``year`` int64, the figures
    float64; tested equal), without importing ``pyarrow.parquet`` and its file systems (``ssl`` among them), a
    tenth of a second of a first brief's export potential (issue 16).
    """
    import numpy as np
    import pandas as pd

    rows = _wdi_table()
    columns = list(zip(*rows, strict=True)) if rows else [()] * (2 + len(_WDI_COLUMNS))
    table = {"iso3": pd.Series(columns[0], dtype=object), "year": pd.Series(columns[1], dtype="int64")}
    for name, values in zip(_WDI_COLUMNS, columns[2:], strict=True):
        table[name] = pd.Series(np.array(values, dtype=float))  # None (missing) becomes NaN
    return pd.DataFrame(table)


@cache
def ranked_economies() -> frozenset[str]:
    """ISO3 codes of the economies the Atlas ranks (``in_rankings``)."""
    rows = atlas.rows("static/in_rankings.csv", ("iso3_code", "in_rankings"))
    return frozenset(str(r["iso3_code"]) for r in rows if str(r["in_rankings"]).lower() == "true")


# -- the same tables as rows, for the figures of one party (no pandas: a profile shows them) -----------------

Row = dict[str, Any]


_WDI_COLUMNS = {
    "exports_goods": "exports_goods_bop",
    "imports_goods": "imports_goods_bop",
    "gdp": "gdp",
    "population": "population",
}


@cache
def _wdi_table() -> tuple[tuple, ...]:
    """The WDI rows as tuples ``(iso3, year, exports_goods, imports_goods, gdp, population)``, in the file's order.

    Read once per process, from the copy kept after the first read of the installed file
    (:func:`partnerlens.reference.atlas.kept_table`: loading it takes milliseconds, where starting a DuckDB
    database and decoding the Parquet file took most of a warm profile's published figures). Missing is None.
    """
    source = atlas.data_dir() / WDI_FILE
    return atlas.kept_table(source, ",".join(_WDI_COLUMNS.values()), lambda: _read_wdi(source))


def _read_wdi(source: Path) -> tuple[tuple, ...]:
    """The WDI file's rows, read in DuckDB (a bound parameter would make DuckDB import pandas: the path is a
    literal); NaN becomes None."""
    import duckdb

    present = ", ".join(f"CASE WHEN isnan({c}) THEN NULL ELSE {c} END" for c in _WDI_COLUMNS.values())  # NaN: missing
    with duckdb.connect() as con:
        found = con.execute(f"SELECT iso3_code, year::INTEGER, {present} FROM read_parquet({sql_string(str(source))})")
        return tuple(found.fetchall())


def _wdi_row(values: tuple) -> Row:
    return dict(zip(("iso3", "year", *_WDI_COLUMNS), values, strict=True))


def _wdi_by_economy() -> dict[str, list[tuple]]:
    return _wdi_index()[0]


@cache
def _wdi_index() -> tuple[dict[str, list[tuple]], dict[str, int]]:
    """The WDI rows by economy (each economy's in the file's order) and each indicator's latest year with a value.

    Kept like the rows (:func:`partnerlens.reference.atlas.kept_table`, renewed by this module's changes too): a
    profile's published figures need a few economies' rows, and building the index from every row cost a warm
    ``profile`` more than loading it (issue 16).
    """
    source = atlas.data_dir() / WDI_FILE
    what = f"wdi_index:{','.join(_WDI_COLUMNS.values())}:{Path(__file__).stat().st_mtime_ns}"
    return atlas.kept_table(source, what, _index_wdi)


def _index_wdi() -> tuple[dict[str, list[tuple]], dict[str, int]]:
    index: dict[str, list[tuple]] = {}
    for values in _wdi_table():
        index.setdefault(values[0], []).append(values)
    latest: dict[str, int] = {}
    for at, name in enumerate(_WDI_COLUMNS, start=2):
        years = [row[1] for row in _wdi_table() if row[at] is not None]
        if years:
            latest[name] = max(years)
    return index, latest


_ECI_KEYS = ("iso3", "year", "eci", "growth_proj", "rank", "ranked_of")


@cache
def eci_rows() -> tuple[Row, ...]:
    """:func:`eci` as rows in the file's order: ``iso3, year, eci, growth_proj, rank, ranked_of`` (missing is None).

    Computed once from the CSV, then loaded from the kept copy (:func:`partnerlens.reference.atlas.kept_table`),
    which this module's own changes also renew (the ranks are computed here).
    """
    source = atlas.data_dir() / ECI_FILE
    what = f"eci_rows:{Path(__file__).stat().st_mtime_ns}"
    return tuple(dict(zip(_ECI_KEYS, values, strict=True)) for values in atlas.kept_table(source, what, _eci))


def _eci() -> tuple[tuple, ...]:
    rows: list[Row] = [
        {
            "iso3": r["iso3_code"],
            "year": atlas.integer(r["year"]),
            "eci": _present(atlas.number(r["eci"])),
            "growth_proj": _present(atlas.number(r["growth_proj"])),
        }
        for r in atlas.rows(ECI_FILE, ("year", "iso3_code", "eci", "growth_proj"))
    ]
    by_year: dict[int, list[float]] = {}
    for row in rows:
        if row["eci"] is not None:
            by_year.setdefault(row["year"], []).append(row["eci"])
    for values in by_year.values():
        values.sort()
    for row in rows:  # rank 1 = most complex among that year's published ECIs (ties share the best rank)
        values = by_year.get(row["year"], [])
        row["rank"] = None if row["eci"] is None else 1 + len(values) - bisect.bisect_right(values, row["eci"])
        row["ranked_of"] = len(values)
    return tuple(tuple(row[key] for key in _ECI_KEYS) for row in rows)


def _present(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


@lru_cache(maxsize=1024)
def _economy_rows(table: str, iso3: str) -> tuple[Row, ...]:
    """One economy's rows of WDI (as dicts) or :func:`eci_rows` (cached: profiles ask for the same economies again)."""
    if table == "wdi":
        return tuple(_wdi_row(values) for values in _wdi_by_economy().get(iso3, []))
    return tuple(r for r in eci_rows() if r["iso3"] == iso3)


@cache
def eci() -> pd.DataFrame:
    """Published ECI and growth projection: ``iso3, year, eci, growth_proj, rank, ranked_of``.

    ``rank`` is 1 for the most complex economy among those with a published ECI
    that year; ``ranked_of`` is how many there are.
    """
    table = _read_csv(f"data/{ECI_FILE}", dtype={"iso3_code": str})
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


def _latest(rows: tuple[Row, ...], column: str, year: int | None) -> Row | None:
    """The row of the latest year (up to ``year``) that has ``column``."""
    found = [r for r in rows if r[column] is not None and (year is None or r["year"] <= year)]
    return max(found, key=lambda r: r["year"]) if found else None


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
    at = 2 + list(_WDI_COLUMNS).index(indicator)
    values = [row[at] for row in _wdi_table() if row[1] == year and row[0] in members and row[at] is not None]
    if not values:
        return None
    label, unit, basis = WDI_INDICATORS[indicator]
    return PublishedFigure(
        indicator,
        label,
        pairwise_sum(values),  # in the table's order, as pandas summed them
        unit,
        year,
        WDI_SOURCE,
        vintage(),
        basis,
        members_with_data=len(values),
        members=len(members),
    )


def member_eci_rows(members: frozenset[str] | set[str], year: int | None = None) -> list[Row]:
    """Published ECI of a group's members (``iso3, year, eci, rank, ranked_of``), most complex first."""
    rows = [r for r in eci_rows() if r["iso3"] in members and r["eci"] is not None]
    if year is None:
        year = max((r["year"] for r in rows), default=None)
    chosen = [{k: r[k] for k in ("iso3", "year", "eci", "rank", "ranked_of")} for r in rows if r["year"] == year]
    return sorted(chosen, key=lambda r: -r["eci"])


def member_eci(members: frozenset[str] | set[str], year: int | None = None) -> pd.DataFrame:
    """:func:`member_eci_rows` as a DataFrame."""
    import pandas as pd

    return pd.DataFrame(member_eci_rows(members, year), columns=["iso3", "year", "eci", "rank", "ranked_of"])


@cache
def latest_wdi_year(indicator: str = "exports_goods") -> int:
    """The last year with any published value of ``indicator``."""
    at = 2 + list(_WDI_COLUMNS).index(indicator)  # (an unknown indicator fails here, as it always did)
    latest = _wdi_index()[1].get(indicator)
    return latest if latest is not None else max(row[1] for row in _wdi_table() if row[at] is not None)


def latest_eci_year() -> int:
    """The last year with any published ECI."""
    return max(r["year"] for r in eci_rows() if r["eci"] is not None)


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
