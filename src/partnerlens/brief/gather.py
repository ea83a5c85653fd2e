"""Everything a brief computes from the trade data and reference data, once (registry and claims: ``record``).

``gather_inputs`` reads the trade data through one handle (one DuckDB connection over the store)
and runs the analytics for both directions of the pair; the sections then only
format. A figure that cannot be computed (a year the data do not cover, a
party without trade) is kept as missing with the reason, never as zero.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

import pandas as pd

from partnerlens import analytics
from partnerlens.analytics.flows import Flows, flow_values
from partnerlens.analytics.sectors import untapped_by_sector
from partnerlens.brief.beyond import Beyond, gather_beyond, read_beyond
from partnerlens.cooperation.models import NOT_HAPPENED, Record
from partnerlens.errors import NoDataError
from partnerlens.reference import Party, load_sectors
from partnerlens.reference.geography import distances, landlocked, macro
from partnerlens.store import SourceInfo

TOP = 10
T = TypeVar("T")
RCA_THRESHOLD = 1.0


@dataclass
class Direction:
    """One direction of the pair (exporter → market): potential and diversification."""

    exporter: Party
    market: Party
    potential: analytics.ExportPotential | None = None
    diversification: analytics.Diversification | None = None
    potential_sectors: pd.DataFrame | None = None  # untapped potential summed by goods sector (analytics.sectors)
    present_hs4: frozenset[str] = frozenset()  # the exporter's HS4 products with RCA ≥ threshold
    missing: str | None = None  # why potential and diversification are missing, when they are

    @property
    def label(self) -> str:
        return f"{self.exporter.name} → {self.market.name}"


@dataclass
class Side:
    """Size and geography of one party: GDP summed over members, landlocked members."""

    party: Party
    members: frozenset[str]  # the economies that stand for the party in this pair (flows.pair_sides)
    gdp_usd: float | None
    gdp_year: int | None
    gdp_members: int  # members with a GDP figure
    landlocked: tuple[str, ...]


@dataclass
class AgreementTrade:
    """Trade of the pair in an agreement's sector around its signing year."""

    record: Record
    sector: str
    label: str
    before_year: int
    before_usd: float | None
    after_year: int | None
    after_usd: float | None
    after_label: str | None = (
        None  # who reported the monthly data after signing (analytics.monthly), when no year is out
    )
    after_months: str | None = None  # "2025-10 to 2026-03": the months after signing the "after" figure covers
    provisional: bool = False  # the "after" figure is monthly, provisional data


@dataclass
class BriefInputs:
    a: Party
    b: Party
    side_a: frozenset[str]
    side_b: frozenset[str]
    year: int
    years: tuple[int, ...]
    sources: list[SourceInfo]
    synthetic: bool
    nomenclature: str
    profile: analytics.BilateralProfile
    indices: analytics.PairIndices
    directions: tuple[Direction, Direction]
    sides: tuple[Side, Side]
    distance_km: float | None
    sectors: dict = field(default_factory=dict)  # the taxonomy in force: the workspace's own, else the packaged one
    records: list = field(default_factory=list)
    agreement_trade: list[AgreementTrade] = field(default_factory=list)
    claims: list = field(default_factory=list)
    articles: list = field(default_factory=list)
    parameters: dict = field(default_factory=dict)
    beyond: Beyond | None = None  # services and investment

    @property
    def has_year(self) -> bool:
        return self.year in self.years


def gather_inputs(
    f: Flows,
    a: Party,
    b: Party,
    year: int | None,
    top: int = TOP,
    records: list | None = None,
    profile: analytics.BilateralProfile | None = None,
    on_profile: Callable[[analytics.BilateralProfile], None] | None = None,
    on_direction: Callable[[Direction], None] | None = None,
) -> BriefInputs:
    """Compute every input of the brief of ``a`` and ``b`` from an open flows handle (claims aside).

    ``profile``: the pair's profile over all products, when the caller has computed it already; it is used
    when it is of ``year`` and these parties (else computed here). ``on_profile`` and ``on_direction`` are
    called with the profile and with each direction as soon as each is computed (the brief draws their
    charts meanwhile).
    """
    year = f.year_or_latest(year)
    side_a, side_b = analytics.pair_sides(a, b)
    if profile is None or (profile.a, profile.b, profile.year, profile.products) != (a.code, b.code, year, None):
        profile = None
    has_year = f.has_year(year)
    pair_figures = _alongside(
        f, partial(_pair_figures, a=a, b=b, year=year, top=top, profile=profile, on_profile=on_profile)
    )
    directions = tuple(_announced(_direction(f, x, y, year, has_year, top), on_direction) for x, y in ((a, b), (b, a)))
    profile, indices, beyond = pair_figures()
    inputs = BriefInputs(
        a=a,
        b=b,
        side_a=side_a,
        side_b=side_b,
        year=year,
        years=tuple(f.years),
        sources=list(f.sources),
        synthetic=f.synthetic,
        nomenclature=f.nomenclature,
        profile=profile,
        indices=indices,
        directions=(directions[0], directions[1]),
        sides=(_side(a, side_a, year), _side(b, side_b, year)),
        distance_km=party_distance(side_a, side_b, year),
        sectors=load_sectors(f.sectors_path),
        records=list(records or []),
    )
    inputs.agreement_trade = _agreement_trade(f, inputs)
    inputs.beyond = gather_beyond(f, inputs, beyond)
    inputs.parameters = _parameters(inputs, top)
    return inputs


def _pair_figures(
    f: Flows,
    *,
    a: Party,
    b: Party,
    year: int,
    top: int,
    profile: analytics.BilateralProfile | None,
    on_profile: Callable[[analytics.BilateralProfile], None] | None,
) -> tuple[analytics.BilateralProfile, analytics.PairIndices, tuple | None]:
    """The pair's profile (unless given), indices, and services and investment (``beyond.read_beyond``).

    ``on_profile`` is called with the profile as soon as it exists.
    """
    if profile is None:
        profile = analytics.bilateral_profile(f, a, b, year, top=top)
    if on_profile is not None:
        on_profile(profile)
    indices = analytics.pair_indices(f, a, b, year, top=top)
    return profile, indices, read_beyond(f, a, b, load_sectors(f.sectors_path))


def _alongside(f: Flows, compute: Callable[[Flows], T]) -> Callable[[], T]:
    """Start ``compute`` on a thread of its own, over a forked handle, while the caller goes on; return its join.

    A brief's profile and indices are mostly DuckDB scans of the world tables (which release the GIL), its
    directions mostly pandas work on the caller's thread: run together, each uses the core the other leaves
    idle (issue 16). The thread reads through ``Flows.forked`` (its own connection to the same database, made
    here: ``f``'s connection serves one thread) in a copy of the caller's context (the charts drawn ahead).
    Over a table rather than a store the join computes on the caller's thread: the same figures either way.
    An error of ``compute`` is raised by the join.
    """
    if f.store is None:
        return lambda: compute(f)
    context = contextvars.copy_context()
    outcome: list = []
    forking = f.forked()
    forked = forking.__enter__()

    def run() -> None:
        try:
            outcome.append(("ok", context.run(compute, forked)))
        except BaseException as exc:  # raised on the caller's thread, at the join
            outcome.append(("error", exc))
        finally:
            forking.__exit__(None, None, None)  # the forked connection closed by the thread that used it

    thread = threading.Thread(target=run, name="partnerlens-brief-pair", daemon=True)
    thread.start()

    def joined() -> T:
        thread.join()
        kind, value = outcome[0]
        if kind == "error":
            raise value
        return value

    return joined


def _announced(direction: Direction, on_direction: Callable[[Direction], None] | None) -> Direction:
    if on_direction is not None:
        on_direction(direction)
    return direction


def _direction(f: Flows, exporter: Party, market: Party, year: int, has_year: bool, top: int) -> Direction:
    direction = Direction(exporter, market)
    if not has_year:
        direction.missing = f"no data for {year}"
        return direction
    try:
        direction.potential = analytics.export_potential(f, exporter, market, year, top=top)
        direction.diversification = analytics.diversification(
            f, exporter, market, year, rca_threshold=RCA_THRESHOLD, top=top
        )
        direction.potential_sectors = untapped_by_sector(direction.potential.products, load_sectors(f.sectors_path))
    except NoDataError as exc:
        direction.missing = str(exc)
        return direction
    strengths = analytics.exporter_rca(f, exporter, year, digits=4)
    direction.present_hs4 = frozenset(strengths.loc[strengths["rca"] >= RCA_THRESHOLD, "product"])
    return direction


def latest_gdp(members: frozenset[str], year: int) -> pd.DataFrame:
    """Each member's latest GDP (current USD) at or before ``year``: ``iso3, year, gdp_usd`` (members without one left out)."""
    table = macro()
    rows = table[table["iso3"].isin(members) & table["gdp_usd"].notna() & (table["year"] <= year)]
    return rows.sort_values("year").groupby("iso3", as_index=False).last()[["iso3", "year", "gdp_usd"]]


def _side(party: Party, members: frozenset[str], year: int) -> Side:
    """GDP summed over the members that have a figure at or before ``year``, with the latest such year."""
    gdp = latest_gdp(members, year)
    return Side(
        party=party,
        members=members,
        gdp_usd=float(gdp["gdp_usd"].sum()) if len(gdp) else None,
        gdp_year=int(gdp["year"].max()) if len(gdp) else None,
        gdp_members=len(gdp),
        landlocked=tuple(sorted(members & landlocked())),
    )


def party_distance(side_a: frozenset[str], side_b: frozenset[str], year: int) -> float | None:
    """Distance between two parties in km: CEPII ``distw`` between members, GDP-weighted for groups.

    For two economies this is GeoDist's population-weighted distance itself;
    for a group, the mean over member pairs weighted by the product of the
    members' GDP (members without GDP are left out; with no GDP at all, the
    plain mean).
    """
    table = distances()
    pairs = table[table["exporter"].isin(side_a) & table["importer"].isin(side_b) & table["distw"].notna()]
    if pairs.empty:
        return None
    gdp = latest_gdp(side_a | side_b, year).set_index("iso3")["gdp_usd"]
    weight = (pairs["exporter"].map(gdp) * pairs["importer"].map(gdp)).fillna(0.0)
    if weight.sum() == 0:
        return float(pairs["distw"].mean())
    return float((pairs["distw"] * weight).sum() / weight.sum())


def _agreement_trade(f: Flows, inputs: BriefInputs) -> list[AgreementTrade]:
    """For each agreement sector that trades in goods: the pair's trade in it the year before and after signing."""
    rows = []
    for record in inputs.records:
        if getattr(record, "kind", None) != "agreement" or record.date is None or record.status in NOT_HAPPENED:
            continue  # an agreement still to be signed ("announced") has no "after"
        signed = record.date.year
        for sector_id in record.sectors:
            sector = inputs.sectors.get(sector_id)
            if sector is None or not sector.trades_in_goods:
                continue
            after = [y for y in inputs.years if y > signed]
            wanted = [signed - 1] + after[-1:]
            both = flow_values(f, inputs.a, inputs.b, wanted, sector.hs) + flow_values(
                f, inputs.b, inputs.a, wanted, sector.hs
            )
            rows.append(
                AgreementTrade(
                    record=record,
                    sector=sector.id,
                    label=sector.label,
                    before_year=signed - 1,
                    before_usd=_value(both, signed - 1),
                    after_year=after[-1] if after else None,
                    after_usd=_value(both, after[-1]) if after else None,
                )
            )
        if not any(y > signed for y in inputs.years):
            rows += _months_after(f, inputs, record)
    return rows


def _months_after(f: Flows, inputs: BriefInputs, record) -> list[AgreementTrade]:
    """All goods in the months after signing (monthly data, provisional) when no annual release covers them yet."""
    from partnerlens.analytics.monthly import after_date

    span = after_date(f.store, inputs.side_a, inputs.side_b, record.date)
    if span is None or span["total_usd"] is None:
        return []
    before = next((r.total_usd for r in inputs.profile.series if r.year == record.date.year - 1), None)
    return [
        AgreementTrade(
            record=record,
            sector="all-goods",
            label="All goods (monthly, provisional)",
            before_year=record.date.year - 1,
            before_usd=before,
            after_year=None,
            after_usd=span["total_usd"],
            after_label=span["label"],
            after_months=f"{span['from']} to {span['to']}",
            provisional=True,
        )
    ]


def _value(series: pd.Series, year: int) -> float | None:
    value = series.get(year)
    return None if value is None or pd.isna(value) else float(value)


def _parameters(inputs: BriefInputs, top: int) -> dict:
    """The parameters the brief was computed with, echoed in *Methods and sources*."""
    params = {"year": inputs.year, "top": top, "rca_threshold": RCA_THRESHOLD, "nomenclature": inputs.nomenclature}
    for direction in inputs.directions:
        if direction.potential is not None:
            params["export_potential"] = direction.potential.parameters
        if direction.diversification is not None:
            params["diversification"] = direction.diversification.parameters
    return params
