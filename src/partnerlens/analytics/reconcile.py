"""Why do these figures differ? Every figure the workspace has for a pair and year, side by side, with the causes.

For parties A and B in year Y, :func:`reconcile` lines up:

* each multilateral release in the store (BACI, or the demo world), each direction: CEPII's
  reconciled, FOB-valued flows (one row per release, so revisions show);
* Comtrade as reported, where the store holds Comtrade releases: A's reported exports to B
  (FOB) against B's reported imports from A (CIF) — the *mirror* — and the other way;
* published totals: WDI goods exports and imports of each party (balance-of-payments basis),
  with the bilateral flow's share of them;
* figures that articles state for the pair and year (passed in as :class:`ArticleFigure`).

and explains the usual causes of gaps with the numbers the data allow (:mod:`.reconcile_causes`):
CIF/FOB margin, re-exports and transit, non-monetary gold (HS 7108), confidential or
unspecified lines (HS chapter 99), valuation year and revisions, goods vs services.
Missing stays missing: a figure the workspace lacks is ``None``, never 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import duckdb

from partnerlens.analytics.flows import PartyLike, Result, as_party, pair_sides
from partnerlens.analytics.published import pair_published
from partnerlens.analytics.reconcile_causes import GOLD_PREFIX, UNSPECIFIED_PREFIX, Cause, causes, reference_flow
from partnerlens.errors import NoDataError
from partnerlens.sources.comtrade import attach_reports
from partnerlens.sql import one_row
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace


@dataclass
class Measured:
    """A flow as one source gives it: total and the parts the causes need (USD; None when the source has no such flow)."""

    value_usd: float | None
    gold_usd: float | None = None
    unspecified_usd: float | None = None
    lines: int = 0


@dataclass
class Figure:
    """One figure for the pair and year, with where it comes from and on what basis.

    ``kind``: ``store`` (computed from a release in the trade store), ``published``
    (WDI, not from the store) or ``article`` (stated in an article, not checked here).
    ``direction``: ``a_to_b``, ``b_to_a``, ``total``, or for published totals ``a_exports``,
    ``a_imports``, ``b_exports``, ``b_imports``.
    """

    id: str
    label: str
    kind: str
    direction: str
    value_usd: float | None
    source: str
    basis: str
    year: int
    gold_usd: float | None = None
    unspecified_usd: float | None = None
    share_of: dict = field(default_factory=dict)  # published totals: the bilateral flows' shares of this total
    address: str | None = None
    note: str | None = None


@dataclass
class ArticleFigure:
    """A trade figure an article states for the pair: the extension point for the claims layer.

    ``direction`` is ``a_to_b``, ``b_to_a`` or ``total`` (relative to the pair as asked);
    ``verdict`` is the claim checker's, when it ran.
    """

    text: str
    value_usd: float
    direction: str
    year: int
    source: str
    address: str | None = None
    qualifier: str | None = None
    verdict: str | None = None


@dataclass
class Reconciliation(Result):
    a: str
    b: str
    a_name: str
    b_name: str
    year: int
    figures: list[Figure]
    causes: list[Cause]
    synthetic: bool
    sources: list[SourceInfo]
    notes: list[str] = field(default_factory=list)

    def figure(self, figure_id: str) -> Figure | None:
        return next((f for f in self.figures if f.id == figure_id), None)


def reconcile(
    store: TradeStore | Workspace | None,
    a: PartyLike,
    b: PartyLike,
    year: int,
    articles: Iterable[ArticleFigure] = (),
) -> Reconciliation:
    """Every figure the workspace has for ``a`` and ``b`` in ``year``, side by side, and the causes of their gaps."""
    store = _store(store)
    party_a, party_b = as_party(a), as_party(b)
    side_a, side_b = pair_sides(party_a, party_b)
    infos = store.sources()
    if not infos:
        raise NoDataError(
            "the trade store is empty: ingest a release first (partnerlens data ingest baci or data get comtrade)"
        )
    names = {"a_to_b": f"{party_a.name} → {party_b.name}", "b_to_a": f"{party_b.name} → {party_a.name}"}
    sides = {"a_to_b": (side_a, side_b), "b_to_a": (side_b, side_a)}
    figures: list[Figure] = []
    notes: list[str] = []
    with store.query(sources=[i.name for i in infos]) as con:
        attach_reports(store, con)
        context = Context(store=store, year=year, sides=sides, con=con)
        for info in _multilateral(store, infos):
            if year not in info.years:
                notes.append(
                    f"{info.name} has no data for {year} (it covers {min(info.years)}–{max(info.years)})"
                    if info.years
                    else f"{info.name} holds no years"
                )
                continue
            for key, (exp, imp) in sides.items():
                m = _flows(con, info.name, exp, imp, year)
                figures.append(
                    Figure(
                        f"{info.name}:{key}",
                        f"{names[key]}, {info.name}",
                        "store",
                        key,
                        m.value_usd,
                        info.name,
                        _release_basis(info),
                        year,
                        m.gold_usd,
                        m.unspecified_usd,
                        address=info.origin,
                    )
                )
        comtrade = [i for i in infos if i.kind == "comtrade"]
        for info in comtrade:
            for key, (exp, imp) in sides.items():
                exporter_name, importer_name = names[key].split(" → ")
                x = _reported(con, "X", exp, imp, year)
                m = _reported(con, "M", imp, exp, year)
                figures.append(
                    Figure(
                        f"comtrade:{key}:exporter",
                        f"{names[key]}, as reported by {exporter_name} (exports)",
                        "store",
                        key,
                        x.value_usd,
                        info.name,
                        "exports as reported by the exporter, FOB",
                        year,
                        x.gold_usd,
                        x.unspecified_usd,
                        address=info.origin,
                    )
                )
                figures.append(
                    Figure(
                        f"comtrade:{key}:importer",
                        f"{names[key]}, as reported by {importer_name} (imports)",
                        "store",
                        key,
                        m.value_usd,
                        info.name,
                        "imports as reported by the importer, CIF",
                        year,
                        m.gold_usd,
                        m.unspecified_usd,
                        address=info.origin,
                    )
                )
        if not comtrade:
            notes.append(
                "no Comtrade release in the store: the reporters' own and mirror figures are not available "
                "(partnerlens data get comtrade --reporter …)"
            )
        figures += _published(party_a, party_b, year, figures)
        figures += [_article(f, names) for f in articles if f.year == year]
        found = causes(context, figures, _multilateral(store, infos) + comtrade, party_a, party_b)
    return Reconciliation(
        a=party_a.code,
        b=party_b.code,
        a_name=party_a.name,
        b_name=party_b.name,
        year=year,
        figures=figures,
        causes=found,
        synthetic=any(i.synthetic for i in infos),
        sources=infos,
        notes=notes,
    )


@dataclass
class Context:
    """What the causes may query: the open connection (views ``flows`` over every release, ``comtrade_reports``)."""

    store: TradeStore
    year: int
    sides: dict
    con: duckdb.DuckDBPyConnection

    def flows(self, source: str, key: str, year: int | None = None) -> Measured:
        exp, imp = self.sides[key]
        return _flows(self.con, source, exp, imp, self.year if year is None else year)

    def net_imported(self, source: str, key: str) -> float | None:
        """Value of the ``key`` flow in products its exporter imports at least as much as it exports (likely re-exports)."""
        exp, imp = self.sides[key]
        row = one_row(
            self.con,
            "WITH scope AS (SELECT exporter, importer, product, value_usd FROM flows WHERE source = $source AND year = $year), "
            "pair AS (SELECT product, sum(value_usd) AS v FROM scope WHERE list_contains($exp, exporter) "
            "AND list_contains($imp, importer) GROUP BY product), "
            "out AS (SELECT product, sum(value_usd) AS x FROM scope WHERE list_contains($exp, exporter) "
            "AND NOT list_contains($exp, importer) GROUP BY product), "
            "inn AS (SELECT product, sum(value_usd) AS m FROM scope WHERE list_contains($exp, importer) "
            "AND NOT list_contains($exp, exporter) GROUP BY product) "
            "SELECT sum(v) FILTER (WHERE coalesce(m, 0) >= x), count(*) FROM pair LEFT JOIN out USING (product) LEFT JOIN inn USING (product)",
            {"source": source, "year": self.year, "exp": sorted(exp), "imp": sorted(imp)},
        )
        return None if not row[1] else float(row[0] or 0.0)


def _store(store: TradeStore | Workspace | None) -> TradeStore:
    if isinstance(store, TradeStore):
        return store
    return TradeStore(store if isinstance(store, Workspace) else Workspace.open())


def _multilateral(store: TradeStore, infos: list[SourceInfo]) -> list[SourceInfo]:
    """The non-Comtrade releases, the store's primary one (the release analyses read) first."""
    primary = store.primary_source()
    releases = [i for i in infos if i.kind != "comtrade"]
    return sorted(releases, key=lambda i: (primary is None or i.name != primary.name, i.name))


def _release_basis(info: SourceInfo) -> str:
    if info.synthetic:
        return "synthetic demo data, FOB-like"
    return f"reconciled by CEPII from both reports, FOB{', release ' + info.release if info.release else ''}"


_PARTS = (
    "sum(value_usd), sum(value_usd) FILTER (WHERE starts_with(product, $gold)), "
    "sum(value_usd) FILTER (WHERE starts_with(product, $unspecified)), count(*)"
)


def _measured(row) -> Measured:
    total, gold, unspecified, lines = row
    if not lines:
        return Measured(None)
    return Measured(float(total), float(gold or 0.0), float(unspecified or 0.0), int(lines))


def _flows(con: duckdb.DuckDBPyConnection, source: str, exporters, importers, year: int) -> Measured:
    row = con.execute(
        f"SELECT {_PARTS} FROM flows WHERE source = $source AND year = $year "
        "AND list_contains($exporters, exporter) AND list_contains($importers, importer)",
        {
            "source": source,
            "year": year,
            "exporters": sorted(exporters),
            "importers": sorted(importers),
            "gold": GOLD_PREFIX,
            "unspecified": UNSPECIFIED_PREFIX,
        },
    ).fetchone()
    return _measured(row)


def _reported(con: duckdb.DuckDBPyConnection, flow: str, reporters, partners, year: int) -> Measured:
    """What ``reporters`` report as ``flow`` (X exports, M imports) with ``partners`` in ``year``."""
    row = con.execute(
        f"SELECT {_PARTS} FROM comtrade_reports WHERE flow = $flow AND year = $year "
        "AND list_contains($reporters, reporter) AND list_contains($partners, partner)",
        {
            "flow": flow,
            "year": year,
            "reporters": sorted(reporters),
            "partners": sorted(partners),
            "gold": GOLD_PREFIX,
            "unspecified": UNSPECIFIED_PREFIX,
        },
    ).fetchone()
    return _measured(row)


def _published(party_a, party_b, year: int, figures: list[Figure]) -> list[Figure]:
    """WDI goods exports and imports of each party, with the bilateral flows' shares of them."""
    out = []
    blocks = pair_published(party_a, party_b, year)
    flows = {key: reference_flow(figures, key) for key in ("a_to_b", "b_to_a")}
    uses = {
        ("a", "exports_goods"): "a_to_b",
        ("a", "imports_goods"): "b_to_a",
        ("b", "exports_goods"): "b_to_a",
        ("b", "imports_goods"): "a_to_b",
    }
    for side, block in zip("ab", blocks, strict=False):
        for indicator in ("exports_goods", "imports_goods"):
            fig = block.figure(indicator)
            if fig is None:
                continue
            flow = flows[uses[(side, indicator)]]
            share = {}
            if flow is not None and fig.value:
                share = {"flow": flow.direction, "figure": flow.id, "share": flow.value_usd / fig.value}
            note = f"{fig.year} figure (latest at or before {year})" if fig.year != year else None
            if fig.members is not None:
                note = f"sum over {fig.members_with_data} of {fig.members} members" + (f"; {note}" if note else "")
            direction = f"{side}_{indicator.split('_')[0]}"
            world = "to the world" if indicator == "exports_goods" else "from the world"
            out.append(
                Figure(
                    f"wdi:{direction}",
                    f"{block.name}: {fig.label.lower()} {world}",
                    "published",
                    direction,
                    fig.value,
                    fig.source,
                    fig.basis or "",
                    fig.year,
                    share_of=share,
                    note=note,
                )
            )
    return out


def _article(figure: ArticleFigure, names: dict) -> Figure:
    label = names.get(figure.direction, "total trade, both directions")
    note = f"stated as “{figure.text}”" + (
        f"; checker's verdict: {figure.verdict.replace('_', ' ')}" if figure.verdict else ""
    )
    return Figure(
        f"article:{figure.source}:{figure.direction}:{figure.value_usd:g}",
        f"{label}, as an article states it",
        "article",
        figure.direction,
        figure.value_usd,
        figure.source,
        figure.qualifier or "as stated",
        figure.year,
        address=figure.address,
        note=note,
    )
