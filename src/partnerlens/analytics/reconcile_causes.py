"""The usual causes of gaps between trade figures, each with the numbers the workspace gives for it.

Each function takes the figures :func:`partnerlens.analytics.reconcile.reconcile`
lined up (and a context that can query the store) and returns one
:class:`Cause`: an id, a title, a plain explanation with the numbers, and the
numbers themselves in ``figures`` for programs. ``measured`` says whether the
data gave numbers; when they do not, the explanation says what would.

References: Gaulier & Zignago (2010), *BACI: International Trade Database at the
Product-Level*, CEPII WP 2010-23 (CIF/FOB margins estimated per flow and removed
from import values; reporters weighted by reliability); UN Comtrade, *International
Merchandise Trade Statistics: Concepts and Definitions* (IMTS 2010: imports CIF,
exports FOB, country of origin vs consignment; non-monetary gold; confidential
trade); IMF BPM6 (goods on the balance-of-payments basis vs customs basis).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partnerlens.formatting import growth, money, share

GOLD_PREFIX = "7108"  # gold (incl. plated with platinum), unwrought, semi-manufactured or powder: non-monetary gold
UNSPECIFIED_PREFIX = "99"  # HS chapter 99: confidential, special and not-elsewhere-specified lines (e.g. 999999)
USUAL_CIF_MARGIN = (0.0, 0.20)  # mirror margins outside this range point to more than freight and insurance
SERVICES_HINT = 1.25  # an article figure this many times the goods total is probably not goods alone


@dataclass
class Cause:
    """One usual cause of gaps, with the numbers the data give for it (``figures``) and a plain explanation."""

    id: str
    title: str
    explanation: str
    figures: dict = field(default_factory=dict)
    measured: bool = False  # True when the workspace's data give numbers for this cause


def reference_flow(figures: list, key: str):
    """The store figure shares and claims are measured against: the first multilateral release, else the importer's report."""
    stored = [f for f in figures if f.kind == "store" and f.direction == key and f.value_usd is not None]
    multilateral = [f for f in stored if not f.id.startswith("comtrade:")]
    importer = [f for f in stored if f.id.endswith(":importer")]
    return (multilateral or importer or stored or [None])[0]


def causes(context, figures: list, infos: list, party_a, party_b) -> list[Cause]:
    """The six usual causes, in the order a reader checks them."""
    names = {"a_to_b": f"{party_a.name} → {party_b.name}", "b_to_a": f"{party_b.name} → {party_a.name}"}
    return [
        cif_fob(figures, names),
        re_exports(context, figures, names),
        lines_cause(figures, "gold", GOLD_PREFIX, "Non-monetary gold (HS 7108)"),
        lines_cause(figures, "unspecified", UNSPECIFIED_PREFIX, "Confidential or unspecified lines (HS chapter 99)"),
        revisions(context, figures, infos, names),
        goods_vs_services(figures, names),
    ]


def _by_id(figures: list) -> dict:
    return {f.id: f for f in figures}


def cif_fob(figures: list, names: dict) -> Cause:
    """Imports are valued CIF at the importer's border, exports FOB at the exporter's: the mirror margin, measured."""
    by_id, parts, numbers = _by_id(figures), [], {}
    for key, label in names.items():
        x, m = by_id.get(f"comtrade:{key}:exporter"), by_id.get(f"comtrade:{key}:importer")
        if not (x and m and x.value_usd and m.value_usd is not None):
            continue
        margin = m.value_usd / x.value_usd - 1
        numbers[key] = {"exports_reported_usd": x.value_usd, "imports_reported_usd": m.value_usd, "margin": margin}
        text = (
            f"{label}: the exporter reports {money(x.value_usd)} (FOB), the importer {money(m.value_usd)} (CIF), "
            f"a margin of {growth(margin)}"
        )
        low, high = USUAL_CIF_MARGIN
        if margin < low:
            text += "; the importer reports less than the exporter, which freight and insurance cannot explain: look at the causes below"
        elif margin > high:
            text += "; more than freight and insurance explain, so look at the causes below"
        else:
            text += "; within the few percent freight and insurance usually add"
        baci = reference_flow([f for f in figures if not f.id.startswith("comtrade:")], key)
        if baci is not None and m.value_usd:
            numbers[key]["reconciled_usd"] = baci.value_usd
            text += f"; {baci.source} gives {money(baci.value_usd)}, {growth(baci.value_usd / m.value_usd - 1)} against the import report"
        parts.append(text + ".")
    intro = (
        "Importers value goods at their border including cost, insurance and freight (CIF); exporters at their own "
        "border, free on board (FOB). So an importer's figure is normally a few percent above its partner's export figure. "
        "CEPII builds BACI from both reports, removes an estimated CIF margin from import values and weights each reporter by "
        "its reliability (Gaulier & Zignago 2010), so BACI is FOB and usually lies below the import report."
    )
    if not parts:
        return Cause(
            "cif_fob",
            "CIF/FOB margin",
            intro + " The store has no pair of Comtrade reports (exporter's and importer's) "
            "for this pair and year, so the margin cannot be measured here (partnerlens data get comtrade --reporter …).",
        )
    return Cause("cif_fob", "CIF/FOB margin", intro + " " + " ".join(parts), numbers, True)


def re_exports(context, figures: list, names: dict) -> Cause:
    """Goods the exporter itself imports (net-imported products) and mirror gaps beyond freight: re-exports and transit."""
    parts, numbers = [], {}
    for key, label in names.items():
        base = reference_flow([f for f in figures if not f.id.startswith("comtrade:")], key)
        if base is None or not base.value_usd:
            continue
        net_imported = context.net_imported(base.source, key)
        if net_imported is None:
            continue
        fraction = net_imported / base.value_usd
        numbers[key] = {"flow_usd": base.value_usd, "net_imported_products_usd": net_imported, "share": fraction}
        exporter = label.split(" → ")[0]
        parts.append(
            f"{label}: {money(net_imported)} ({share(fraction)}) of the flow in {base.source} is in products "
            f"{exporter} imports at least as much as it exports, where re-exports are likely."
        )
    by_id = _by_id(figures)
    for key, label in names.items():
        x, m = by_id.get(f"comtrade:{key}:exporter"), by_id.get(f"comtrade:{key}:importer")
        if x and m and x.value_usd and m.value_usd is not None and m.value_usd / x.value_usd - 1 > USUAL_CIF_MARGIN[1]:
            numbers.setdefault(key, {})["mirror_excess"] = m.value_usd / x.value_usd - 1
            parts.append(
                f"{label}: the importer reports {growth(m.value_usd / x.value_usd - 1)} more than the exporter, beyond "
                "freight and insurance: goods of this origin may reach the importer through third countries."
            )
    intro = (
        "Importers record the country of origin; exporters record the last known destination. Goods that transit through "
        "a hub, or that a trader re-exports after importing them, are counted against different partners by the two sides."
    )
    if not parts:
        return Cause(
            "re_exports",
            "Re-exports and transit",
            intro + " The store gives no multilateral release for this year to "
            "measure which products the exporter itself imports.",
        )
    return Cause("re_exports", "Re-exports and transit", intro + " " + " ".join(parts), numbers, True)


def lines_cause(figures: list, cause_id: str, prefix: str, title: str) -> Cause:
    """How much of each store figure sits in product lines the two sides often record differently."""
    attribute = f"{cause_id}_usd"
    present = {
        f.id: (f, getattr(f, attribute))
        for f in figures
        if f.kind == "store" and f.value_usd and getattr(f, attribute) is not None
    }
    numbers = {fid: {"value_usd": part, "share": part / f.value_usd} for fid, (f, part) in present.items()}
    why = {
        "gold": (
            "Non-monetary gold is traded through refineries and hubs, sometimes recorded only by one side, sometimes "
            "left out of merchandise trade (monetary gold never counts). A large gold share makes mirrors disagree."
        ),
        "unspecified": (
            "Reporters hide confidential lines or book goods they cannot classify under chapter 99 (e.g. 999999); "
            "the partner usually reports the same goods under their real codes, so totals match better than products."
        ),
    }[cause_id]
    with_part = {fid: n for fid, n in numbers.items() if n["value_usd"] > 0}
    if not numbers:
        return Cause(
            cause_id, title, why + " No figure from the store is available to measure it for this pair and year."
        )
    if not with_part:
        return Cause(
            cause_id,
            title,
            why + f" None of the store's figures for this pair and year contains HS {prefix}: "
            "it does not explain the gaps here.",
            numbers,
            True,
        )
    listed = "; ".join(
        f"{present[fid][0].label}: {money(n['value_usd'])} ({share(n['share'])})" for fid, n in with_part.items()
    )
    return Cause(cause_id, title, f"{why} HS {prefix} in the figures: {listed}.", numbers, True)


def revisions(context, figures: list, infos: list, names: dict) -> Cause:
    """Releases of the same flows that differ (revisions), and the neighbouring years (a figure of another year)."""
    parts: list[str] = []
    numbers: dict[str, dict] = {}
    releases = [i for i in infos if i.kind != "comtrade"]
    for key, label in names.items():
        values = {
            f.source: f.value_usd
            for f in figures
            if f.kind == "store" and f.direction == key and not f.id.startswith("comtrade:") and f.value_usd is not None
        }
        if len(values) > 1:
            low, high = min(values.values()), max(values.values())
            numbers.setdefault(key, {})["releases"] = values
            parts.append(
                f"{label}: {len(values)} releases give {money(low)} to {money(high)} "
                f"({growth(high / low - 1) if low else 'n/a'} between them)."
            )
    primary = next((i for i in releases if context.year in i.years), None)
    if primary is not None:
        for key, label in names.items():
            years = {
                y: context.flows(primary.name, key, y).value_usd
                for y in (context.year - 1, context.year, context.year + 1)
                if y in primary.years
            }
            numbers.setdefault(key, {})["years"] = years
            shown = ", ".join(f"{y}: {money(v)}" for y, v in years.items())
            parts.append(f"{label} in {primary.name} by year: {shown}.")
    for article in (f for f in figures if f.kind == "article"):
        nearest = _nearest_year(article, numbers)
        if nearest is not None:
            numbers.setdefault("articles", {})[article.id] = nearest
            parts.append(
                f"The article figure {money(article.value_usd)} is closest to the {nearest['year']} figure "
                f"({money(nearest['value_usd'])})."
            )
    comtrade = [i for i in infos if i.kind == "comtrade"]
    intro = (
        "Reporters revise their figures for years after first publication, and each BACI release recomputes every year; "
        "an article may also quote the figure of another year or a release since revised."
    )
    if comtrade:
        fetched = ", ".join(f"{i.name} fetched {i.ingested_at:%Y-%m-%d}" for i in comtrade if i.ingested_at)
        intro += f" Comtrade figures here are as reported when fetched ({fetched}); fetch again to see revisions."
    return Cause(
        "revisions",
        "Valuation year and revisions",
        intro + (" " + " ".join(parts) if parts else ""),
        numbers,
        bool(parts),
    )


def _nearest_year(article, numbers: dict) -> dict | None:
    keys = ("a_to_b", "b_to_a") if article.direction == "total" else (article.direction,)
    candidates: dict[int, float] = {}
    for key in keys:
        for year, value in numbers.get(key, {}).get("years", {}).items():
            if value is not None:
                candidates[year] = candidates.get(year, 0.0) + value
    if not candidates or article.value_usd is None:
        return None
    year = min(candidates, key=lambda y: abs(candidates[y] - article.value_usd))
    return {"year": year, "value_usd": candidates[year]}


def goods_vs_services(figures: list, names: dict) -> Cause:
    """Every figure here is goods; an article's "trade" may include services or investment."""
    parts, numbers = [], {}
    flows = {key: reference_flow(figures, key) for key in names}
    total = sum(f.value_usd for f in flows.values() if f is not None) if all(flows.values()) else None
    for article in (f for f in figures if f.kind == "article"):
        flow = flows.get(article.direction)
        goods = total if article.direction == "total" else (flow.value_usd if flow is not None else None)
        if goods:
            ratio = article.value_usd / goods
            numbers[article.id] = {"article_usd": article.value_usd, "goods_usd": goods, "ratio": ratio}
            if ratio >= SERVICES_HINT:
                parts.append(
                    f"An article states {money(article.value_usd)}, {ratio:.1f} times the goods figure {money(goods)}: "
                    "it may count services, investment or projects as trade."
                )
            else:
                parts.append(
                    f"An article states {money(article.value_usd)} against {money(goods)} of goods ({ratio:.2f}×)."
                )
    for figure in (f for f in figures if f.kind == "published" and f.share_of):
        parts.append(
            f"{figure.label}: {money(figure.value_usd)} ({figure.year}); the bilateral flow is {share(figure.share_of['share'], 2)} of it."
        )
        numbers[figure.id] = figure.share_of | {"total_usd": figure.value_usd}
    intro = (
        "Every figure here is merchandise trade: BACI and Comtrade on the customs basis, WDI goods on the balance-of-payments "
        "basis (change of ownership, so merchanting and goods procured in ports count, and customs-only items do not). "
        "Services trade is not in this workspace."
    )
    return Cause(
        "goods_vs_services",
        "Goods vs services",
        intro + (" " + " ".join(parts) if parts else ""),
        numbers,
        bool(numbers),
    )
