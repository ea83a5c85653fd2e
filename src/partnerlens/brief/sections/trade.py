"""Sections 1 and 2: key figures and the trade relationship (series, baskets, sectors)."""

from __future__ import annotations

from partnerlens.brief import charts, cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Chart, Citations, Heading, Paragraph, Section, Table
from partnerlens.brief.section_charts import series_frame, series_rows, treemap
from partnerlens.brief.sections.common import (
    NOT_HAPPENED,
    SECTORS_SHOWN,
    by_size,
    hhi_reading,
    kind_label,
    marked,
    marked_money,
    no_year,
    ordinal,
    party_names,
    poss,
    record_marks,
    release_marks,
    top_three,
    when,
)
from partnerlens.brief.sections.published import published_blocks

# -- 1. key figures -------------------------------------------------------------


def key_figures(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("key-figures", "1. Key figures")
    p, y = inputs.profile, inputs.year
    a, b = party_names(inputs)
    data = release_marks(inputs, cites)
    section.add(
        _lead(inputs, cites)
        if p.has_data
        else no_year(inputs, cites)
        if not inputs.has_year
        else Paragraph(f"No trade between {a} and {b} is recorded for {y} {data}.")
    )
    window = p.cagr_window
    rows = [
        (f"Exports {a} → {b}, {y}", marked_money(p.exports_a_to_b_usd, data)),
        (f"Exports {b} → {a}, {y}", marked_money(p.exports_b_to_a_usd, data)),
        (f"Total trade, {y}", marked_money(p.total_usd, data)),
        (f"Growth of total trade, {y - 1}–{y}", marked(fmt.growth(p.growth["total"]), data)),
        (
            f"Annual growth of total trade, {window[0]}–{window[1]}" if window else "Annual growth of total trade",
            marked(fmt.growth(p.cagr["total"]), data),
        ),
        (f"{b} in {poss(a)} exports / imports", _standing(p.b_among_a_partners, data)),
        (f"{a} in {poss(b)} exports / imports", _standing(p.a_among_b_partners, data)),
        (
            "Distance" + (" (GDP-weighted between members)" if inputs.a.is_group or inputs.b.is_group else ""),
            marked(fmt.km(inputs.distance_km), cites.mark(cite.DISTANCES)),
        ),
        *(_gdp_row(side, cites) for side in inputs.sides),
        ("Size ratio (GDP)", marked(_size_ratio(inputs), cites.mark(cite.MACRO))),
        ("Last event in the cooperation registry", _last_event(inputs, cites)),
    ]
    section.add(Table(f"Key figures, goods trade in current US dollars {data}", ("Figure", "Value"), tuple(rows), "tn"))
    section.add(*_recent_months(inputs))
    section.add(*published_blocks(inputs, cites))
    return section


def _recent_months(inputs: BriefInputs) -> list:
    """The latest 12 months and the year to date from monthly data (provisional), next to the annual figures."""
    recent = inputs.profile.recent
    if not recent:
        return []
    a, b = party_names(inputs)
    rolling, ytd = recent["rolling_12_months"], recent["year_to_date"]
    return [
        Paragraph(
            f"Latest months (provisional): {a} → {b} {fmt.money(rolling['a_to_b_usd'])}, {b} → {a} "
            f"{fmt.money(rolling['b_to_a_usd'])}, {fmt.money(rolling['total_usd'])} in all over the 12 months "
            f"{rolling['from']} to {rolling['to']}; {fmt.money(ytd['total_usd'])} in {ytd['year']} to "
            f"{recent['latest_month']} ({ytd['months']} months). {recent['label'][0].upper()}{recent['label'][1:]}."
        )
    ]


def _lead(inputs: BriefInputs, cites: Citations) -> Paragraph:
    p, y = inputs.profile, inputs.year
    a, b = party_names(inputs)
    data = release_marks(inputs, cites)
    balance = p.balance_usd or 0.0
    position = (
        "balanced trade"
        if balance == 0
        else f"a {'surplus' if balance > 0 else 'deficit'} of {fmt.money(abs(balance))} for {a}"
    )
    text = (
        f"In {y}, {a} and {b} traded {fmt.money(p.total_usd)} of goods {data}: {a} exported {fmt.money(p.exports_a_to_b_usd)} "
        f"to {b} and imported {fmt.money(p.exports_b_to_a_usd)} from it, {position}."
    )
    change = p.growth["total"]
    if change is not None and not fmt.missing(change):
        text += f" Total trade {'grew' if change >= 0 else 'fell'} {fmt.share(abs(change))} on {y - 1}"
        if p.cagr_window and not fmt.missing(p.cagr["total"]):
            text += f" and changed {fmt.growth(p.cagr['total'])} a year over {p.cagr_window[0]}–{p.cagr_window[1]}"
        text += f" {data}."
    return Paragraph(text)


def _standing(standing, marker: str) -> str:
    if fmt.missing(standing.share_of_exports) and fmt.missing(standing.share_of_imports):
        return marked(fmt.NO_DATA, marker)
    return marked(
        f"{fmt.share(standing.share_of_exports)} ({ordinal(standing.rank_in_exports)} of {standing.export_partners}) / "
        f"{fmt.share(standing.share_of_imports)} ({ordinal(standing.rank_in_imports)} of {standing.import_partners})",
        marker,
    )


def _gdp_row(side, cites: Citations) -> tuple[str, str]:
    label = f"GDP of {side.party.name}" + (f", {side.gdp_year}" if side.gdp_year else "")
    if side.party.is_group and side.gdp_usd is not None:
        label += f" (sum over {side.gdp_members} of {len(side.members)} members)"
    return label, marked_money(side.gdp_usd, cites.mark(cite.MACRO))


def _size_ratio(inputs: BriefInputs) -> str:
    sized = by_size(inputs.sides)
    if sized is None or not sized[0][1]:
        return fmt.NO_DATA
    (small, small_gdp), (large, large_gdp) = sized
    return f"{large.party.name} {large_gdp / small_gdp:,.1f}× {small.party.name}"


def _last_event(inputs: BriefInputs, cites: Citations) -> str:
    dated = [r for r in inputs.records if r.date is not None and r.status not in NOT_HAPPENED]  # planned is not past
    if not dated:
        return "none recorded"
    last = max(dated, key=lambda r: r.date)
    who = f" ({'–'.join(last.parties)})" if inputs.a.is_group or inputs.b.is_group else ""
    return f"{when(last)}, {kind_label(last)}{who} {record_marks(last, cites)}".strip()


# -- 2. trade relationship ----------------------------------------------------------


def trade_relationship(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("trade", "2. Trade relationship")
    data = release_marks(inputs, cites)
    a, b = party_names(inputs)
    series = series_frame(a, b, inputs.profile)
    if series["value_usd"].notna().any():
        section.add(
            _trend(inputs, data),
            Chart(
                f"Goods trade by year, current US dollars; a gap is a year without data {data}",
                charts.series_chart(series),
                f"Line chart of {a}–{b} trade by year",
            ),
            _series_table(inputs, data),
        )
    else:
        section.add(
            Paragraph(f"No trade between {a} and {b} in any year of the data ({fmt.years(inputs.years)}) {data}.")
        )
    for direction, key in ((f"{a} → {b}", "a_to_b"), (f"{b} → {a}", "b_to_a")):
        section.add(
            Heading(f"What {direction} trade is made of, {inputs.year}"), *_basket(inputs, key, direction, cites)
        )
    section.add(*_sector_view(inputs, cites))
    return section


def _trend(inputs: BriefInputs, data: str) -> Paragraph:
    p = inputs.profile
    a, b = party_names(inputs)
    totals = {r.year: r.total_usd for r in p.series if r.total_usd is not None}
    text = ""
    if p.cagr_window and not (fmt.missing(p.cagr["a_to_b"]) and fmt.missing(p.cagr["b_to_a"])):
        start, end = p.cagr_window
        text = (
            f"From {start} to {end}, {poss(a)} exports to {b} changed {fmt.growth(p.cagr['a_to_b'])} a year and its imports "
            f"from {b} {fmt.growth(p.cagr['b_to_a'])} a year {data}. "
        )
    if totals:
        peak = max(totals, key=lambda year: totals[year])
        text += f"Total trade was highest in {peak}, at {fmt.money(totals[peak])} {data}."
    return Paragraph(text.strip())


def _series_table(inputs: BriefInputs, data: str) -> Table:
    a, b = party_names(inputs)
    rows = tuple(
        (
            str(year),
            fmt.money(r.exports_a_to_b_usd),
            fmt.money(r.exports_b_to_a_usd),
            fmt.money(r.total_usd),
            fmt.growth(r.growth_total),
        )
        if r
        else (str(year), fmt.NO_DATA, fmt.NO_DATA, fmt.NO_DATA, fmt.NO_DATA)
        for year, r in series_rows(inputs.profile)
    )
    return Table(
        f"Trade by year {data}", ("Year", f"{a} → {b}", f"{b} → {a}", "Total", "Growth of total"), rows, "cnnnn"
    )


def _basket(inputs: BriefInputs, key: str, direction: str, cites: Citations) -> list:
    p = inputs.profile
    data = release_marks(inputs, cites)
    top = getattr(p, f"top_products_{key}")["hs4"]
    flow = getattr(p, f"exports_{key}_usd")
    if not top:
        reason = (
            f"no data for {inputs.year}" if not inputs.has_year else f"no recorded {direction} trade in {inputs.year}"
        )
        return [Paragraph(f"{reason.capitalize()} {data}.")]
    concentration = p.concentration[key]
    names = cites.mark(cite.PRODUCTS)
    text = (
        f"{top[0].name or top[0].code} leads with {fmt.share(top[0].share)} of the flow; {top_three(top)} {data}{names}. {concentration.products_hs6} HS6 lines were traded; the Herfindahl–Hirschman "
        f"index over them is {fmt.number(concentration.hhi_hs6)}, {hhi_reading(concentration.hhi_hs6)} {data}{cites.mark(cite.HHI)}."
    )
    table = Table(
        f"Top products {direction}, HS4, {inputs.year} {data}{names}",
        ("HS4", "Product", "Value", "Share"),
        tuple((row.code, row.name or "", fmt.money(row.value_usd), fmt.share(row.share)) for row in top),
        "ctnn",
    )
    chart = Chart(
        f"{direction}: top HS4 products and the rest, coloured by HS section {data}{names}",
        treemap(top, flow),
        f"Treemap of {direction} trade",
    )
    return [Paragraph(text), table, chart]


def _sector_view(inputs: BriefInputs, cites: Citations) -> list:
    rows = inputs.profile.sectors[:SECTORS_SHOWN]
    if not rows:
        return []
    a, b = party_names(inputs)
    marks = release_marks(inputs, cites) + cites.mark(cite.SECTORS)
    table = Table(
        f"Trade by sector, {inputs.year}; sectors overlap (coffee is also agriculture) {marks}",
        ("Sector", f"{a} → {b}", "Share", f"{b} → {a}", "Share"),
        tuple(
            (
                r.label,
                fmt.money(r.exports_a_to_b_usd),
                fmt.share(r.share_a_to_b),
                fmt.money(r.exports_b_to_a_usd),
                fmt.share(r.share_b_to_a),
            )
            for r in rows
        ),
        "tnnnn",
    )
    return [Heading(f"Sector view, {inputs.year}"), table]
