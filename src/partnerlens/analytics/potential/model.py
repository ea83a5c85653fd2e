"""Result shapes of export potential, diversification and the complexity ranking (one ``to_dict`` for CLI, API, briefs)."""

from __future__ import annotations

from dataclasses import Field, dataclass, field, fields
from typing import Any, ClassVar

import pandas as pd

from partnerlens.analytics.flows import Result
from partnerlens.jsonable import jsonable
from partnerlens.store import SourceInfo

DEFAULT_TOP = 25


class Listed(Result):
    """A result whose ``_tables`` (DataFrames) ``to_dict`` cuts to ``parameters["top"]`` rows, with their lengths."""

    _tables: tuple[str, ...] = ()
    # declared for the type checker: every subclass is a dataclass with a ``parameters`` field
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
    parameters: dict[str, Any]

    def to_dict(self) -> dict:
        payload = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in self._tables and isinstance(value, pd.DataFrame):
                payload[f.name], payload[f"{f.name}_total"] = jsonable(value.head(self.parameters["top"])), len(value)
            else:
                payload[f.name] = jsonable(value)
        return payload


@dataclass
class ExportPotential(Listed):
    """Export potential of one exporter in one market (or every market), projected to ``target_year``.

    ``markets``: one row per market (economy, or the group market) — base-year
    actual trade, ease (actual and predicted summed over the base years, raw
    and clipped), distance, projected GDP growth, potential and untapped value
    in the target year, and ``new_market`` (no trade in any base year).
    ``products``: one row per market × product, sorted by untapped value, with
    every step's factor (``market`` and ``product`` are pandas categoricals:
    a million rows stay cheap; group with ``observed=True``). ``members``: for a group market, potential, actual
    and untapped per member economy (else None). ``to_dict`` lists the first
    ``parameters["top"]`` products and members. ``exporter_members``: for a
    group exporter, potential and untapped value apportioned to each member by
    its share of the group's exports of each product, and its actual sales.
    """

    exporter: str
    exporter_name: str
    market: str | None  # None: every economy outside the exporter is a market
    market_name: str
    year: int  # the base year (actual trade)
    target_year: int  # the year potential is projected to
    parameters: dict[str, Any]
    potential_usd: float
    actual_usd: float
    untapped_usd: float
    markets: pd.DataFrame
    products: pd.DataFrame
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)
    members: pd.DataFrame | None = None
    exporter_members: pd.DataFrame | None = (
        None  # a group exporter's members: potential by member (column ``exporter``)
    )
    _tables = ("products", "members", "exporter_members")


@dataclass
class Diversification(Listed):
    """Products the exporter does not yet export competitively, ranked for a market.

    ``candidates``: product, name, rca, density, cog, pci, market imports and
    the exporter's current sales there, the percentile rank of each criterion
    and ``score``, their weighted mean (0–1, higher is better), best first.
    """

    exporter: str
    exporter_name: str
    market: str | None
    market_name: str
    year: int
    parameters: dict[str, Any]
    eci: float | None
    coi: float | None
    candidates: pd.DataFrame
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)
    _tables = ("candidates",)


@dataclass
class PairOpportunities(Result):
    """Export potential and diversification candidates in both directions of a pair."""

    year: int
    export_potential: list[ExportPotential]
    diversification: list[Diversification]
    details: list = field(default_factory=list)  # ProductDetail both ways, when one product is asked about

    @property
    def synthetic(self) -> bool:
        return self.export_potential[0].synthetic

    @property
    def target_year(self) -> int:
        return self.export_potential[0].target_year

    def to_dict(self) -> dict:
        return {
            "year": self.year,
            "target_year": self.target_year,
            "export_potential": [p.to_dict() for p in self.export_potential],
            "diversification": [d.to_dict() for d in self.diversification],
            "details": [d.to_dict() for d in self.details],
            "synthetic": self.synthetic,
        }


@dataclass
class ComplexityRanking(Listed):
    """Economies by ECI and products by PCI for one year, best first (``to_dict`` lists ``top`` of each).

    ``excluded``: economies left out by the inclusion rule, with their
    population and goods exports (empty with ``include_all``).
    """

    year: int
    parameters: dict[str, Any]
    economies: pd.DataFrame  # exporter, eci, diversity, coi
    products: pd.DataFrame  # product, name, pci, ubiquity
    synthetic: bool
    sources: list[SourceInfo]
    excluded: pd.DataFrame = field(default_factory=pd.DataFrame)
    notes: list[str] = field(default_factory=list)
    _tables = ("economies", "products", "excluded")
