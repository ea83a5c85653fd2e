"""Section 4: export potential and diversification candidates, each direction."""

from __future__ import annotations

from partnerlens.analytics import ExportPotential
from partnerlens.brief import charts_space, cite, fmt
from partnerlens.brief.gather import BriefInputs, Direction
from partnerlens.brief.model import Chart, Citations, Heading, Paragraph, Section, Table
from partnerlens.brief.section_charts import candidate_codes, space_chart
from partnerlens.brief.sections.common import CANDIDATES_SHOWN, SECTORS_SHOWN, poss, release_marks

# -- 4. opportunities ----------------------------------------------------------------


def opportunities(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("opportunities", "4. Opportunities")
    for direction in inputs.directions:
        section.add(Heading(direction.label), *_direction_blocks(inputs, direction, cites))
    return section


def _direction_blocks(inputs: BriefInputs, direction: Direction, cites: Citations) -> list:
    data = release_marks(inputs, cites)
    potential = direction.potential
    if potential is None:
        reason = direction.missing or "no data"
        return [Paragraph(f"{reason[0].upper()}{reason[1:]} {data}.")]
    blocks = [
        _ease_paragraph(inputs, direction, potential, cites),
        _potential_table(inputs, direction, potential, cites),
    ]
    blocks += _potential_sectors(inputs, direction, cites)
    blocks += _candidates(inputs, direction, cites)
    return blocks


def _ease_paragraph(
    inputs: BriefInputs, direction: Direction, potential: ExportPotential, cites: Citations
) -> Paragraph:
    market = potential.markets.iloc[0] if len(potential.markets) else None
    seller, buyer = direction.exporter.name, direction.market.name
    marks = release_marks(inputs, cites) + cites.mark(cite.ITC, cite.DISTANCES)
    low, high = potential.parameters["ease_bounds"]
    data = release_marks(inputs, cites)
    if market is None or fmt.missing(market["ease"]):
        return Paragraph(
            f"{buyer} imports none of the products {seller} exports in {inputs.year}: no export potential to compute {marks}."
        )
    years = potential.parameters["base_years"]
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    if market["new_market"]:
        ease = (
            f"{seller} sold nothing to {buyer} in {span}: a new market, given the lowest ease of trade ({low:g}) "
            f"rather than none {marks}."
        )
    else:
        ease = (
            f"In {inputs.year}, {seller} sold {fmt.money(market['actual_usd'])} to {buyer} {data}. Over {span} it sold "
            f"{fmt.money(market['ease_actual_usd'])}, against {fmt.money(market['ease_predicted_usd'])} predicted by "
            f"{poss(seller)} supply and {poss(buyer)} distance-adjusted demand: ease of trade {market['ease']:.2f} "
            f"(bounded to {low:g}–{high:g}) {marks}."
        )
    projected = (
        f" Projected to {potential.target_year} with published growth projections {cites.mark(cite.GROWTH_PROJECTIONS, cite.MACRO)}, "
        f"{poss(seller)} export potential in {buyer} is {fmt.money(potential.potential_usd)} in {potential.target_year}, "
        f"against {fmt.money(potential.actual_usd)} of actual exports in {inputs.year}; potential not yet realised sums to "
        f"{fmt.money(potential.untapped_usd)} across products {marks}."
    )
    return Paragraph(ease + projected + _new_markets(potential, marks))


def _new_markets(potential, marks: str) -> str:
    """A sentence on where the potential is new: members of a group market not served yet, else new products."""
    members = potential.members
    if members is not None and len(members):
        new = members[(members["actual_usd"] <= 0) & (members["potential_usd"] > 0)]
        if len(new):
            names = ", ".join(
                f"{m} ({fmt.money(v)})"
                for m, v in zip(new["market"].head(5), new["potential_usd"].head(5), strict=False)
            )
            return f" New markets among the members, bought nothing from {potential.exporter_name} in {potential.year}: {names} {marks}."
    products = potential.products
    new = products[(products["actual_usd"] <= 0) & (products["potential_usd"] > 0)]
    if len(new):
        return (
            f" {len(new)} of the products with potential are not sold to {potential.market_name} yet, "
            f"worth {fmt.money(new['potential_usd'].sum())} in {potential.target_year} {marks}."
        )
    return ""


def _potential_table(inputs: BriefInputs, direction: Direction, potential: ExportPotential, cites: Citations) -> Table:
    products = potential.products.head(potential.parameters["top"])
    marks = release_marks(inputs, cites) + cites.mark(cite.ITC)
    digits = potential.parameters["digits"]
    rows = tuple(
        (
            r.product,
            r.name or "",
            fmt.share(r.supply_share),
            fmt.money(r.demand_usd),
            fmt.money(r.actual_usd),
            fmt.money(r.potential_usd),
            fmt.money(r.untapped_usd),
        )
        for r in products.itertuples(index=False)
    )
    return Table(
        f"Largest untapped export potential, {direction.label}, HS{digits}, projected from {inputs.year} to "
        f"{potential.target_year}; supply: {poss(direction.exporter.name)} share of world exports with its RCA trend; "
        f"demand: {poss(direction.market.name)} imports adjusted for distance and projected GDP growth {marks}",
        (f"HS{digits}", "Product", "Supply", "Demand", "Actual", "Potential", "Untapped"),
        rows,
        "ctnnnnn",
    )


def _potential_sectors(inputs: BriefInputs, direction: Direction, cites: Citations) -> list:
    rows = direction.potential_sectors
    if rows is None or rows.empty:
        return []
    marks = release_marks(inputs, cites) + cites.mark(cite.ITC, cite.SECTORS)
    return [
        Table(
            f"Untapped potential by sector, {direction.label}; sectors overlap {marks}",
            ("Sector", "Untapped", "Actual"),
            tuple(
                (r.label, fmt.money(r.untapped_usd), fmt.money(r.actual_usd))
                for r in rows.head(SECTORS_SHOWN).itertuples(index=False)
            ),
            "tnn",
        )
    ]


def _candidates(inputs: BriefInputs, direction: Direction, cites: Citations) -> list:
    div = direction.diversification
    seller, buyer = direction.exporter.name, direction.market.name
    marks = release_marks(inputs, cites) + cites.mark(cite.ATLAS)
    if div is None or div.candidates.empty:
        return [
            Paragraph(
                f"No diversification candidates: {'; '.join(div.notes) if div and div.notes else 'none found'} {marks}."
            )
        ]
    top = div.candidates.head(CANDIDATES_SHOWN)
    digits = div.parameters["digits"]
    threshold = div.parameters["rca_threshold"]
    text = (
        f"Products {seller} exports with RCA below {threshold:g} that {buyer} imports, ranked by the mean percentile of density "
        f"(closeness to what {seller} already exports), complexity outlook gain (COG), product complexity (PCI) and {poss(buyer)} "
        f"imports {marks}."
    )
    table = Table(
        f"Diversification candidates for {seller} in {buyer}, HS{digits}, {inputs.year} {marks}",
        ("#", f"HS{digits}", "Product", "Density", "PCI", "COG", "RCA", f"{buyer} imports", f"From {seller}"),
        tuple(
            (
                str(n),
                r.product,
                r.name or "",
                fmt.number(r.density),
                fmt.number(r.pci),
                fmt.number(r.cog),
                fmt.number(r.rca),
                fmt.money(r.market_imports_usd),
                fmt.money(r.exports_to_market_usd),
            )
            for n, r in enumerate(top.itertuples(index=False), start=1)
        ),
        "nctnnnnnn",
    )
    blocks = [Paragraph(text), table]
    codes = candidate_codes(div.candidates)
    svg = space_chart(direction, codes, inputs.nomenclature)
    if svg is not None:
        space = cites.mark(cite.PRODUCT_SPACE)
        shown = len(charts_space.placed(codes, inputs.nomenclature))
        ringed = (
            f"the top {len(top)} candidates"
            if shown == len(top)
            else f"{shown} of the top {len(top)} candidates (the layout has no position for the other {len(top) - shown})"
        )
        blocks.append(
            Chart(
                f"Product space: {poss(seller)} {len(direction.present_hs4)} HS4 products with RCA ≥ {threshold:g} in {inputs.year} in colour; "
                f"{ringed} ringed in red, numbered as in the table {marks}{space}",
                svg,
                f"Product space of {seller}",
            )
        )
    return blocks
