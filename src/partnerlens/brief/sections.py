"""The sections of a brief, one function each: computed inputs in, text, tables and charts out.

Each function takes the :class:`~partnerlens.brief.gather.BriefInputs` and
the brief's :class:`~partnerlens.brief.model.Citations`, and returns a
:class:`~partnerlens.brief.model.Section`. Every figure in the text carries the
marker of its source; a figure the data do not give reads "no data"; the prose
says what a number means and nothing the number does not show.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from partnerlens.brief import charts, cite, fmt
from partnerlens.brief.gather import BriefInputs, Direction
from partnerlens.brief.model import Bullets, Chart, Citations, Heading, Paragraph, Section, SourceList, Table
from partnerlens.formatting import date_text
from partnerlens.reference.products import hs_section, sections as hs_sections

# Herfindahl–Hirschman thresholds (0–1 scale) of the US Horizontal Merger Guidelines (2010),
# the usual reading of product concentration: below 0.15 diversified, above 0.25 highly concentrated.
HHI_MODERATE, HHI_HIGH = 0.15, 0.25
CANDIDATES_SHOWN = 8
SECTORS_SHOWN = 8


def _poss(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def _ordinal(n: int | None) -> str:
    if n is None:
        return "not ranked"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _data(inputs: BriefInputs, cites: Citations) -> str:
    """The marker(s) of the trade data releases."""
    return cites.mark(*cite.releases(inputs.sources))


def _names(inputs: BriefInputs) -> tuple[str, str]:
    return inputs.a.name, inputs.b.name


def _no_year(inputs: BriefInputs, cites: Citations) -> Paragraph:
    return Paragraph(
        f"No data for {inputs.year}: the trade data cover {fmt.years(inputs.years)} {_data(inputs, cites)}. "
        "Figures for that year read “no data”; pick a covered year with --year."
    )


# -- 1. key figures -------------------------------------------------------------


def key_figures(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("key-figures", "1. Key figures")
    p, y = inputs.profile, inputs.year
    a, b = _names(inputs)
    data = _data(inputs, cites)
    section.add(_lead(inputs, cites) if p.has_data else _no_year(inputs, cites) if not inputs.has_year else
                Paragraph(f"No trade between {a} and {b} is recorded for {y} {data}."))
    window = p.cagr_window
    rows = [
        (f"Exports {a} → {b}, {y}", _money(p.exports_a_to_b_usd, data)),
        (f"Exports {b} → {a}, {y}", _money(p.exports_b_to_a_usd, data)),
        (f"Total trade, {y}", _money(p.total_usd, data)),
        (f"Growth of total trade, {y - 1}–{y}", _with(fmt.growth(p.growth["total"]), data)),
        (f"Annual growth of total trade, {window[0]}–{window[1]}" if window else "Annual growth of total trade",
         _with(fmt.growth(p.cagr["total"]), data)),
        (f"{b} in {_poss(a)} exports / imports", _standing(p.b_among_a_partners, data)),
        (f"{a} in {_poss(b)} exports / imports", _standing(p.a_among_b_partners, data)),
        ("Distance" + (" (GDP-weighted between members)" if inputs.a.is_group or inputs.b.is_group else ""),
         _with(fmt.km(inputs.distance_km), cites.mark(cite.DISTANCES))),
        *(_gdp_row(side, cites) for side in inputs.sides),
        ("Size ratio (GDP)", _with(_size_ratio(inputs), cites.mark(cite.MACRO))),
        ("Last event in the cooperation registry", _last_event(inputs, cites)),
    ]
    section.add(Table(f"Key figures, goods trade in current US dollars {data}", ("Figure", "Value"), tuple(rows), "tn"))
    return section


def _lead(inputs: BriefInputs, cites: Citations) -> Paragraph:
    p, y = inputs.profile, inputs.year
    a, b = _names(inputs)
    data = _data(inputs, cites)
    balance = p.balance_usd or 0.0
    position = "balanced trade" if balance == 0 else f"a {'surplus' if balance > 0 else 'deficit'} of {fmt.money(abs(balance))} for {a}"
    text = (
        f"In {y}, {a} and {b} traded {fmt.money(p.total_usd)} of goods {data}: {a} exported {fmt.money(p.exports_a_to_b_usd)} "
        f"to {b} and imported {fmt.money(p.exports_b_to_a_usd)} from it, {position}."
    )
    change = p.growth["total"]
    if not fmt.missing(change):
        text += f" Total trade {'grew' if change >= 0 else 'fell'} {fmt.share(abs(change))} on {y - 1}"
        if p.cagr_window and not fmt.missing(p.cagr["total"]):
            text += f" and changed {fmt.growth(p.cagr['total'])} a year over {p.cagr_window[0]}–{p.cagr_window[1]}"
        text += f" {data}."
    return Paragraph(text)


def _money(value, marker: str) -> str:
    return _with(fmt.money(value), marker)


def _with(text: str, marker: str) -> str:
    """A figure with its source marker; "no data" carries the marker of the source that lacks it too."""
    return f"{text} {marker}".strip()


def _standing(standing, marker: str) -> str:
    if fmt.missing(standing.share_of_exports) and fmt.missing(standing.share_of_imports):
        return _with(fmt.NO_DATA, marker)
    return _with(
        f"{fmt.share(standing.share_of_exports)} ({_ordinal(standing.rank_in_exports)} of {standing.export_partners}) / "
        f"{fmt.share(standing.share_of_imports)} ({_ordinal(standing.rank_in_imports)} of {standing.import_partners})",
        marker,
    )


def _gdp_row(side, cites: Citations) -> tuple[str, str]:
    label = f"GDP of {side.party.name}" + (f", {side.gdp_year}" if side.gdp_year else "")
    if side.party.is_group and side.gdp_usd is not None:
        label += f" (sum over {side.gdp_members} of {len(side.members)} members)"
    return label, _money(side.gdp_usd, cites.mark(cite.MACRO))


def _size_ratio(inputs: BriefInputs) -> str:
    small, large = sorted(inputs.sides, key=lambda s: s.gdp_usd or 0.0)
    if fmt.missing(small.gdp_usd) or not small.gdp_usd:
        return fmt.NO_DATA
    return f"{large.party.name} {large.gdp_usd / small.gdp_usd:,.1f}× {small.party.name}"


def _last_event(inputs: BriefInputs, cites: Citations) -> str:
    dated = [r for r in inputs.records if r.date is not None and r.status not in _NOT_HAPPENED]  # planned is not past
    if not dated:
        return "none recorded"
    last = max(dated, key=lambda r: r.date)
    who = f" ({'–'.join(last.parties)})" if inputs.a.is_group or inputs.b.is_group else ""
    return f"{_when(last)}, {(last.type or last.kind).replace('_', ' ')}{who} {_record_marks(last, cites)}".strip()


# -- 2. trade relationship ----------------------------------------------------------


def trade_relationship(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("trade", "2. Trade relationship")
    data = _data(inputs, cites)
    a, b = _names(inputs)
    series = _series_frame(inputs)
    if series["value_usd"].notna().any():
        section.add(
            _trend(inputs, data),
            Chart(f"Goods trade by year, current US dollars; a gap is a year without data {data}",
                  charts.series_chart(series), f"Line chart of {a}–{b} trade by year"),
            _series_table(inputs, data),
        )
    else:
        section.add(Paragraph(f"No trade between {a} and {b} in any year of the data ({fmt.years(inputs.years)}) {data}."))
    for direction, key in ((f"{a} → {b}", "a_to_b"), (f"{b} → {a}", "b_to_a")):
        section.add(Heading(f"What {direction} trade is made of, {inputs.year}"), *_basket(inputs, key, direction, cites))
    section.add(*_sector_view(inputs, cites))
    return section


def _series_rows(inputs: BriefInputs) -> list:
    """The profile's yearly rows over the whole span of the data; a year the data skip is None (a gap)."""
    by_year = {row.year: row for row in inputs.profile.series}
    if not by_year:
        return []
    return [(year, by_year.get(year)) for year in range(min(by_year), max(by_year) + 1)]


def _series_frame(inputs: BriefInputs) -> pd.DataFrame:
    a, b = _names(inputs)
    rows = []
    for year, row in _series_rows(inputs):
        rows.append({"year": year, "flow": f"{a} → {b}", "value_usd": row.exports_a_to_b_usd if row else None})
        rows.append({"year": year, "flow": f"{b} → {a}", "value_usd": row.exports_b_to_a_usd if row else None})
    return pd.DataFrame(rows, columns=["year", "flow", "value_usd"]).astype({"value_usd": "float64"})


def _trend(inputs: BriefInputs, data: str) -> Paragraph:
    p = inputs.profile
    a, b = _names(inputs)
    totals = {r.year: r.total_usd for r in p.series if r.total_usd is not None}
    text = ""
    if p.cagr_window and not (fmt.missing(p.cagr["a_to_b"]) and fmt.missing(p.cagr["b_to_a"])):
        start, end = p.cagr_window
        text = (f"From {start} to {end}, {_poss(a)} exports to {b} changed {fmt.growth(p.cagr['a_to_b'])} a year and its imports "
                f"from {b} {fmt.growth(p.cagr['b_to_a'])} a year {data}. ")
    if totals:
        peak = max(totals, key=totals.get)
        text += f"Total trade was highest in {peak}, at {fmt.money(totals[peak])} {data}."
    return Paragraph(text.strip())


def _series_table(inputs: BriefInputs, data: str) -> Table:
    a, b = _names(inputs)
    rows = tuple(
        (str(year), fmt.money(r.exports_a_to_b_usd), fmt.money(r.exports_b_to_a_usd), fmt.money(r.total_usd), fmt.growth(r.growth_total))
        if r else (str(year), fmt.NO_DATA, fmt.NO_DATA, fmt.NO_DATA, fmt.NO_DATA)
        for year, r in _series_rows(inputs)
    )
    return Table(f"Trade by year {data}", ("Year", f"{a} → {b}", f"{b} → {a}", "Total", "Growth of total"), rows, "cnnnn")


def _basket(inputs: BriefInputs, key: str, direction: str, cites: Citations) -> list:
    p = inputs.profile
    data = _data(inputs, cites)
    top = getattr(p, f"top_products_{key}")["hs4"]
    flow = getattr(p, f"exports_{key}_usd")
    if not top:
        reason = f"no data for {inputs.year}" if not inputs.has_year else f"no recorded {direction} trade in {inputs.year}"
        return [Paragraph(f"{reason.capitalize()} {data}.")]
    concentration = p.concentration[key]
    names = cites.mark(cite.PRODUCTS)
    text = (
        f"{top[0].name or top[0].code} leads with {fmt.share(top[0].share)} of the flow; {_top_three(top)} {data}{names}. {concentration.products_hs6} HS6 lines were traded; the Herfindahl–Hirschman "
        f"index over them is {fmt.number(concentration.hhi_hs6)}, {_hhi_reading(concentration.hhi_hs6)} {data}{cites.mark(cite.HHI)}."
    )
    table = Table(
        f"Top products {direction}, HS4, {inputs.year} {data}{names}",
        ("HS4", "Product", "Value", "Share"),
        tuple((row.code, row.name or "", fmt.money(row.value_usd), fmt.share(row.share)) for row in top),
        "ctnn",
    )
    treemap = charts.treemap_chart(_treemap_items(top, flow), groups=[*_section_names().values(), OTHER_PRODUCTS])
    chart = Chart(f"{direction}: top HS4 products and the rest, coloured by HS section {data}{names}", treemap, f"Treemap of {direction} trade")
    return [Paragraph(text), table, chart]


def _top_three(top) -> str:
    """What the three largest products weigh, or that the flow has no more than three."""
    first = top[:3]
    if sum(row.share for row in first) > 1 - 1e-9:
        return "it is the only HS4 product" if len(first) == 1 else f"these {len(first)} HS4 products are all of it"
    return f"the top {len(first)} HS4 products make {fmt.share(sum(row.share for row in first))}"


def _hhi_reading(hhi) -> str:
    if fmt.missing(hhi):
        return "not defined"
    if hhi >= HHI_HIGH:
        return "a highly concentrated basket"
    if hhi >= HHI_MODERATE:
        return "a moderately concentrated basket"
    return "a diversified basket"


OTHER_PRODUCTS = "All other products"


def _section_names() -> dict[str, str]:
    table = hs_sections()
    return dict(zip(table["section"], table["name"]))


def _treemap_items(top, flow_total) -> pd.DataFrame:
    names = _section_names()
    items = [{"label": row.name or row.code, "value_usd": row.value_usd, "group": names.get(hs_section(row.code), OTHER_PRODUCTS)}
             for row in top]
    rest = (flow_total or 0.0) - sum(row.value_usd for row in top)
    if rest > 0.005 * (flow_total or 0.0):
        items.append({"label": OTHER_PRODUCTS, "value_usd": rest, "group": OTHER_PRODUCTS})
    return pd.DataFrame(items)


def _sector_view(inputs: BriefInputs, cites: Citations) -> list:
    rows = inputs.profile.sectors[:SECTORS_SHOWN]
    if not rows:
        return []
    a, b = _names(inputs)
    marks = _data(inputs, cites) + cites.mark(cite.SECTORS)
    table = Table(
        f"Trade by sector, {inputs.year}; sectors overlap (coffee is also agriculture) {marks}",
        ("Sector", f"{a} → {b}", "Share", f"{b} → {a}", "Share"),
        tuple((r.label, fmt.money(r.exports_a_to_b_usd), fmt.share(r.share_a_to_b), fmt.money(r.exports_b_to_a_usd), fmt.share(r.share_b_to_a))
              for r in rows),
        "tnnnn",
    )
    return [Heading(f"Sector view, {inputs.year}"), table]


# -- 3. complementarity -----------------------------------------------------------


def complementarity(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("complementarity", "3. Complementarity")
    if not inputs.has_year:
        return section.add(_no_year(inputs, cites))
    a, b = _names(inputs)
    data = _data(inputs, cites)
    v = inputs.indices
    tc, ti, es = cites.mark(cite.MICHAELY), cites.mark(cite.INTENSITY), cites.mark(cite.FINGER_KREININ)
    rows = (
        (f"Trade complementarity {a} → {b}", _with(fmt.number(v.complementarity_a_to_b, 1), data + tc), _tc_reading(v.complementarity_a_to_b, a, b)),
        (f"Trade complementarity {b} → {a}", _with(fmt.number(v.complementarity_b_to_a, 1), data + tc), _tc_reading(v.complementarity_b_to_a, b, a)),
        (f"Trade intensity {a} → {b}", _with(fmt.number(v.intensity_a_to_b), data + ti), _ti_reading(v.intensity_a_to_b, a, b)),
        (f"Trade intensity {b} → {a}", _with(fmt.number(v.intensity_b_to_a), data + ti), _ti_reading(v.intensity_b_to_a, b, a)),
        (f"Export similarity {a}, {b}", _with(fmt.number(v.similarity, 1), data + es), _es_reading(v.similarity)),
    )
    section.add(Table(
        f"Complementarity, intensity and similarity, {inputs.year}, on each side’s trade with the world (trade inside a group left out) {data}",
        ("Index", "Value", "What it means"), rows, "tnt",
    ))
    return section.add(*_strengths(inputs, cites))


def _strengths(inputs: BriefInputs, cites: Citations) -> list:
    """Each side's strongest revealed comparative advantages, what the indices above summarise."""
    marks = _data(inputs, cites) + cites.mark(cite.BALASSA, cite.PRODUCTS)
    blocks = []
    for party, rows in ((inputs.a, inputs.indices.top_rca_a), (inputs.b, inputs.indices.top_rca_b)):
        if not rows:
            continue
        blocks.append(Table(
            f"{_poss(party.name)} strongest revealed comparative advantages, HS6, {inputs.year} {marks}",
            ("HS6", "Product", "Exports to the world", "RCA"),
            tuple((r.code, r.name or "", fmt.money(r.exports_usd), fmt.number(r.rca, 1)) for r in rows[:6]),
            "ctnn",
        ))
    return blocks


def _tc_reading(value, exporter: str, importer: str) -> str:
    if fmt.missing(value):
        return f"no data: {exporter} has no exports or {importer} no imports that year"
    return (f"{_poss(exporter)} export mix and {_poss(importer)} import mix overlap by {value:.0f}% "
            "(100: identical product shares; 0: nothing in common).")


def _ti_reading(value, exporter: str, importer: str) -> str:
    if fmt.missing(value):
        return f"no data: {exporter} has no exports or {importer} no imports that year"
    more = "more" if value > 1 else "less"
    return (f"{importer} takes {value:.2f} times the share of {_poss(exporter)} exports that its weight in world imports "
            f"predicts: {exporter} sells {more} to {importer} than to an average buyer of its size.")


def _es_reading(value) -> str:
    if fmt.missing(value):
        return "no data: one side has no exports that year"
    return (f"{value:.0f}% of the two export baskets is the same products in the same shares; "
            "the higher it is, the more the two compete in third markets.")


# -- 4. opportunities ----------------------------------------------------------------


def opportunities(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("opportunities", "4. Opportunities")
    for direction in inputs.directions:
        section.add(Heading(direction.label), *_direction_blocks(inputs, direction, cites))
    return section


def _direction_blocks(inputs: BriefInputs, direction: Direction, cites: Citations) -> list:
    data = _data(inputs, cites)
    if direction.potential is None:
        reason = direction.missing or "no data"
        return [Paragraph(f"{reason[0].upper()}{reason[1:]} {data}.")]
    blocks = [_ease_paragraph(inputs, direction, cites), _potential_table(inputs, direction, cites)]
    blocks += _potential_sectors(inputs, direction, cites)
    blocks += _candidates(inputs, direction, cites)
    return blocks


def _ease_paragraph(inputs: BriefInputs, direction: Direction, cites: Citations) -> Paragraph:
    potential = direction.potential
    market = potential.markets.iloc[0] if len(potential.markets) else None
    seller, buyer = direction.exporter.name, direction.market.name
    marks = _data(inputs, cites) + cites.mark(cite.ITC, cite.DISTANCES)
    low, high = potential.parameters["ease_bounds"]
    if market is None or fmt.missing(market["ease"]):
        return Paragraph(f"{buyer} imports none of the products {seller} exports in {inputs.year}: no export potential to compute {marks}.")
    return Paragraph(
        f"In {inputs.year}, {seller} sold {fmt.money(market['actual_usd'])} to {buyer}, against {fmt.money(market['predicted_usd'])} "
        f"predicted by {_poss(seller)} supply and {_poss(buyer)} distance-adjusted demand: ease of trade {market['ease']:.2f} "
        f"(bounded to {low:g}–{high:g}) {marks}. At that ease, potential not yet realised sums to {fmt.money(potential.untapped_usd)} "
        f"across products {marks}."
    )


def _potential_table(inputs: BriefInputs, direction: Direction, cites: Citations) -> Table:
    products = direction.potential.products.head(direction.potential.parameters["top"])
    marks = _data(inputs, cites) + cites.mark(cite.ITC)
    digits = direction.potential.parameters["digits"]
    rows = tuple(
        (r.product, r.name or "", fmt.share(r.supply_share, 2), fmt.money(r.demand_usd), fmt.money(r.actual_usd),
         fmt.money(r.potential_usd), fmt.money(r.untapped_usd))
        for r in products.itertuples(index=False)
    )
    return Table(
        f"Largest untapped export potential, {direction.label}, HS{digits}, {inputs.year}; supply: {_poss(direction.exporter.name)} "
        f"share of world exports; demand: {_poss(direction.market.name)} imports adjusted for distance {marks}",
        (f"HS{digits}", "Product", "Supply", "Demand", "Actual", "Potential", "Untapped"),
        rows, "ctnnnnn",
    )


def _potential_sectors(inputs: BriefInputs, direction: Direction, cites: Citations) -> list:
    products = direction.potential.products
    rows = []
    for sector in inputs.sectors.values():
        if not sector.trades_in_goods:
            continue
        inside = products[products["product"].str.startswith(tuple(sector.hs))]
        untapped = inside["untapped_usd"].sum()
        if untapped > 0:
            rows.append((sector.label, untapped, inside["actual_usd"].sum()))
    if not rows:
        return []
    rows.sort(key=lambda r: -r[1])
    marks = _data(inputs, cites) + cites.mark(cite.ITC, cite.SECTORS)
    return [Table(
        f"Untapped potential by sector, {direction.label}; sectors overlap {marks}",
        ("Sector", "Untapped", "Actual"),
        tuple((label, fmt.money(untapped), fmt.money(actual)) for label, untapped, actual in rows[:SECTORS_SHOWN]),
        "tnn",
    )]


def _candidates(inputs: BriefInputs, direction: Direction, cites: Citations) -> list:
    div = direction.diversification
    seller, buyer = direction.exporter.name, direction.market.name
    marks = _data(inputs, cites) + cites.mark(cite.ATLAS)
    if div is None or div.candidates.empty:
        return [Paragraph(f"No diversification candidates: {'; '.join(div.notes) if div and div.notes else 'none found'} {marks}.")]
    top = div.candidates.head(CANDIDATES_SHOWN)
    digits = div.parameters["digits"]
    threshold = div.parameters["rca_threshold"]
    text = (
        f"Products {seller} exports with RCA below {threshold:g} that {buyer} imports, ranked by the mean percentile of density "
        f"(closeness to what {seller} already exports), complexity outlook gain (COG), product complexity (PCI) and {_poss(buyer)} "
        f"imports {marks}."
    )
    table = Table(
        f"Diversification candidates for {seller} in {buyer}, HS{digits}, {inputs.year} {marks}",
        ("#", f"HS{digits}", "Product", "Density", "PCI", "COG", "RCA", f"{buyer} imports", f"From {seller}"),
        tuple((str(n), r.product, r.name or "", fmt.number(r.density), fmt.number(r.pci), fmt.number(r.cog), fmt.number(r.rca),
               fmt.money(r.market_imports_usd), fmt.money(r.exports_to_market_usd))
              for n, r in enumerate(top.itertuples(index=False), start=1)),
        "nctnnnnnn",
    )
    blocks = [Paragraph(text), table]
    codes = list(top["product"].str[:4])
    svg = charts.product_space_chart(set(direction.present_hs4), codes, inputs.nomenclature)
    if svg is not None:
        space = cites.mark(cite.PRODUCT_SPACE)
        shown = len(charts.placed(codes, inputs.nomenclature))
        ringed = f"the top {len(top)} candidates" if shown == len(top) else f"{shown} of the top {len(top)} candidates (the layout has no position for the other {len(top) - shown})"
        blocks.append(Chart(
            f"Product space: {_poss(seller)} {len(direction.present_hs4)} HS4 products with RCA ≥ {threshold:g} in {inputs.year} in colour; "
            f"{ringed} ringed in red, numbered as in the table {marks}{space}",
            svg, f"Product space of {seller}",
        ))
    return blocks


# -- 5. cooperation record --------------------------------------------------------


_NOT_HAPPENED = ("planned", "announced")


def _when(record) -> str:
    return date_text(record.date, record.date_precision, record.status)


def _what(record) -> str:
    kind = (record.type or record.kind).replace("_", " ")
    detail = record.title or record.note
    return f"{kind}: {detail}" if detail else kind


def _record_marks(record, cites: Citations) -> str:
    return cites.mark(*(cite.article(c.source) for c in record.sources))


def cooperation_record(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("cooperation", "5. Cooperation record")
    a, b = _names(inputs)
    records = sorted((r for r in inputs.records if r.kind in ("event", "agreement")), key=lambda r: (r.date is None, r.date))
    if not records and not any(r.kind == "kpi" for r in inputs.records):
        return section.add(Paragraph(
            f"The cooperation registry holds no events or agreements between {a} and {b}. "
            "Add articles with partnerlens news add and accept what they report with partnerlens news review."
        ))
    if records:
        groups = inputs.a.is_group or inputs.b.is_group  # then say which members met
        rows = tuple(
            (_when(r), *(("–".join(r.parties),) if groups else ()), _what(r),
             ", ".join(_sector_label(inputs, s) for s in r.sectors) or "—", _record_marks(r, cites))
            for r in records
        )
        columns = ("Date", *(("Parties",) if groups else ()), "Event", "Sectors", "Source")
        section.add(Table(f"Events and agreements between {a} and {b} in the registry", columns, rows, "ccttc" if groups else "cttc"))
        section.add(*_agreement_trade(inputs, cites))
    return section.add(*_indicators(inputs, cites))


def _sector_label(inputs: BriefInputs, sector_id: str) -> str:
    sector = inputs.sectors.get(sector_id)
    return sector.label if sector else sector_id


def _indicators(inputs: BriefInputs, cites: Citations) -> list:
    """Targets and KPIs the registry holds for the pair (missions opened, students, …)."""
    kpis = sorted((r for r in inputs.records if r.kind == "kpi"), key=lambda r: (r.date is None, r.date))
    if not kpis:
        return []
    rows = tuple(
        (_when(r), (r.metric or "").replace("_", " "), f"{r.value:g} {r.unit or ''}".strip(), r.note or "", _record_marks(r, cites))
        for r in kpis
    )
    return [Table("Targets and indicators in the registry", ("As of", "Indicator", "Value", "Note", "Source"), rows, "ctntc")]


def _agreement_trade(inputs: BriefInputs, cites: Citations) -> list:
    if not inputs.agreement_trade:
        return [Paragraph("No agreement in the registry names a sector that trades in goods, so there is no sector trade to compare.")]
    data = _data(inputs, cites) + cites.mark(cite.SECTORS)
    last = max(inputs.years) if inputs.years else None
    rows = tuple(
        (f"{_when(row.record)} {row.record.title or row.record.type}", row.label,
         f"{fmt.money(row.before_usd)} ({row.before_year})",
         f"{fmt.money(row.after_usd)} ({row.after_year})" if row.after_year else f"no data (the data end in {last})")
        for row in inputs.agreement_trade
    )
    return [
        Paragraph(f"Trade in each agreement sector, both directions together, the year before signing and the latest year after it {data}."),
        Table(f"Sector trade around agreements {data}", ("Agreement", "Sector", "Before", "After"), rows, "ttnn"),
    ]


# -- 6. risks and context -----------------------------------------------------------


def risks(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("risks", "6. Risks and context")
    items = [_geography(inputs, cites), _asymmetry(inputs, cites), *_dependence(inputs, cites), *_gaps(inputs, cites)]
    return section.add(Bullets(tuple(i for i in items if i)))


def _geography(inputs: BriefInputs, cites: Citations) -> str:
    a, b = _names(inputs)
    text = f"Distance: {fmt.km(inputs.distance_km)} between {a} and {b} {cites.mark(cite.DISTANCES)}."
    parts = []
    for side in inputs.sides:
        if side.party.is_group:
            parts.append(f"{len(side.landlocked)} of {len(side.members)} {side.party.name} members are landlocked")
        else:
            parts.append(f"{side.party.name} is {'landlocked' if side.landlocked else 'not landlocked'}")
    both = all(s.landlocked and not s.party.is_group for s in inputs.sides)
    consequence = "; goods between them cross third countries or travel by air" if both else ""
    detail = "; ".join(parts)
    return f"{text} {detail[0].upper()}{detail[1:]}{consequence} {cites.mark(cite.LANDLOCKED)}."


def _asymmetry(inputs: BriefInputs, cites: Citations) -> str:
    sides = inputs.sides
    if any(fmt.missing(s.gdp_usd) for s in sides):
        return f"Size: GDP no data for {' and '.join(s.party.name for s in sides if fmt.missing(s.gdp_usd))} {cites.mark(cite.MACRO)}."
    small, large = sorted(sides, key=lambda s: s.gdp_usd)
    return (f"Size asymmetry: {_poss(large.party.name)} GDP ({fmt.money(large.gdp_usd)}) is {large.gdp_usd / small.gdp_usd:,.1f} times "
            f"{_poss(small.party.name)} ({fmt.money(small.gdp_usd)}) {cites.mark(cite.MACRO)}.")


def _dependence(inputs: BriefInputs, cites: Citations) -> list[str]:
    p = inputs.profile
    data = _data(inputs, cites)
    a, b = _names(inputs)
    items = []
    for key, direction in (("a_to_b", f"{a} → {b}"), ("b_to_a", f"{b} → {a}")):
        top = getattr(p, f"top_products_{key}")["hs4"]
        if top:
            items.append(f"Dependence on few products: in {direction} trade, {_top_three(top)}; "
                         f"HHI {fmt.number(p.concentration[key].hhi_hs6)}, {_hhi_reading(p.concentration[key].hhi_hs6)} {data}.")
    for standing, seller, buyer in ((p.b_among_a_partners, a, b), (p.a_among_b_partners, b, a)):
        if not fmt.missing(standing.share_of_exports):
            items.append(f"{buyer} takes {fmt.share(standing.share_of_exports)} of {_poss(seller)} exports "
                         f"({_ordinal(standing.rank_in_exports)} destination of {standing.export_partners}) {data}.")
    return items


def _gaps(inputs: BriefInputs, cites: Citations) -> list[str]:
    data = _data(inputs, cites)
    gaps = []
    if not inputs.has_year:
        gaps.append(f"Data gap: no trade data for {inputs.year}; the data cover {fmt.years(inputs.years)} {data}.")
    span = range(min(inputs.years), max(inputs.years) + 1) if inputs.years else range(0)
    holes = [y for y in span if y not in inputs.years]
    if holes:
        gaps.append(f"Data gap: no trade data for {fmt.years(holes)} {data}.")
    gaps.append(f"Mirror check {inputs.profile.mirror.note} {data}.")
    for side in inputs.sides:
        if side.party.is_group and side.gdp_members < len(side.members):
            gaps.append(f"GDP of {side.party.name} sums {side.gdp_members} of its {len(side.members)} members; "
                        f"the others have no figure {cites.mark(cite.MACRO)}.")
    notes = [n for n in inputs.profile.notes if not n.startswith(f"no data for {inputs.year}")] + [n for d in inputs.directions for r in (d.potential, d.diversification) if r for n in r.notes]
    gaps += [f"Note: {n} {data}." for n in dict.fromkeys(notes)]
    if inputs.synthetic:
        gaps.append(f"The trade data are synthetic demo data: no figure here describes the real {inputs.a.name}–{inputs.b.name} relationship {data}.")
    return gaps


# -- 7. claims checked --------------------------------------------------------------------


def claims_checked(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("claims", "7. Claims checked")
    a, b = _names(inputs)
    if not inputs.claims:
        reason = ("no article about them in the registry states a trade figure" if inputs.articles
                  else "the registry holds no article about them")
        return section.add(Paragraph(f"No claims to check for {a} and {b}: {reason}. "
                                     "partnerlens check FILE checks the figures of any article against the data."))
    rows = tuple(_claim_row(claim, source, inputs, cites) for claim, source in inputs.claims)
    section.add(
        Paragraph(f"Quantitative statements in the articles the registry cites about {a} and {b}, checked against the trade "
                  f"data {_data(inputs, cites)} and the registry {cites.mark(cite.REGISTRY)}; partnerlens check gives the caveats of each."),
        Table("Claims and verdicts; an inconsistent verdict shows claimed ÷ computed", ("Claim", "Claimed", "Verdict", "Computed", "Article"), rows, "tnctc"),
    )
    return section


def _claim_row(checked, source, inputs: BriefInputs, cites: Citations) -> tuple[str, ...]:
    claim = checked.claim
    text = claim.text if len(claim.text) <= 180 else claim.text[:177] + "…"
    verdict = checked.verdict.replace("_", " ")
    if checked.verdict == "inconsistent" and not fmt.missing(checked.ratio):
        verdict += f" (×{checked.ratio:.2f})"
    computed = _claim_value(checked.computed_value, claim.unit)
    if computed != fmt.NO_DATA:
        origin = cite.REGISTRY if claim.metric == "count" else None
        computed = _with(computed, cites.mark(origin) if origin else _data(inputs, cites))
    if checked.reason:
        computed += f"; {checked.reason}"
    return f"“{text}”", _claim_value(claim.value, claim.unit), verdict, computed, cites.mark(cite.article(source))


def _claim_value(value, unit: str | None) -> str:
    if fmt.missing(value):
        return fmt.NO_DATA
    if unit == "usd":
        return fmt.money(value)
    if unit == "fraction":
        return fmt.share(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


# -- 8. methods and sources ---------------------------------------------------------------


def methods(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("methods", "8. Methods and sources")
    data = _data(inputs, cites)
    section.add(
        Paragraph(
            f"Trade is goods trade in current US dollars from the releases below {data}; a group’s trade is the sum over its members "
            "with trade between members left out. Missing years and parties read “no data”, never zero."
        ),
        Bullets((
            "Trade complementarity TC = 100·(1 − Σ|m_k − x_k|/2), x and m the product shares of one side’s exports and the "
            f"other’s imports {cites.mark(cite.MICHAELY)}; trade intensity = (share of the partner in the exporter’s exports) ÷ "
            f"(partner’s share of world imports) {cites.mark(cite.INTENSITY)}; export similarity = 100·Σ min(x_k, y_k) "
            f"{cites.mark(cite.FINGER_KREININ)}.",
            f"Concentration: Herfindahl–Hirschman index Σ s_k² over HS6 lines {cites.mark(cite.HHI)}; RCA after Balassa {cites.mark(cite.BALASSA)}.",
            "Export potential = supply (share of world exports) × demand (imports, scaled by distance relative to current "
            f"suppliers) × ease of trade (actual ÷ predicted trade of the pair, bounded) {cites.mark(cite.ITC, cite.DISTANCES)}.",
            "Diversification: products with RCA below the threshold, ranked by density, PCI, COG and the market’s imports; "
            f"complexity is computed with every economy in the data {cites.mark(cite.ATLAS, cite.PRODUCT_SPACE)}.",
            "Distance between groups: CEPII distw between members, weighted by the product of their GDPs; GDP of a group: "
            f"sum over members with a figure {cites.mark(cite.DISTANCES, cite.MACRO)}.",
        )),
        Table("Parameters used", ("Analysis", "Parameters"), tuple(_parameter_rows(inputs.parameters)), "ct"),
    )
    return section.add(Heading("Sources"), SourceList(tuple(cites.entries())))


def _parameter_rows(parameters: dict):
    """One row per analysis: its parameters as ``name value`` pairs (nested ones as ``name.key value``)."""
    general = {k: v for k, v in parameters.items() if not isinstance(v, dict)}
    groups = [("Brief", general)] + [(k.replace("_", " ").capitalize(), v) for k, v in parameters.items() if isinstance(v, dict)]
    for label, values in groups:
        yield label, "; ".join(f"{name} {_parameter_value(value)}" for name, value in _flat(values))


def _flat(values: dict, prefix: str = ""):
    for key, value in values.items():
        if isinstance(value, dict):
            yield from _flat(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def _parameter_value(value) -> str:
    return "–".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


SECTIONS: tuple[Callable[[BriefInputs, Citations], Section], ...] = (
    key_figures, trade_relationship, complementarity, opportunities, cooperation_record, risks, claims_checked, methods,
)
