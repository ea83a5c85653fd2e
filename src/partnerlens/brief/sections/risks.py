"""Section 6: risks and context: geography, size, dependence, data gaps."""

from __future__ import annotations

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Bullets, Citations, Section
from partnerlens.brief.sections.common import by_size, hhi_reading, ordinal, party_names, poss, release_marks, top_three

# -- 6. risks and context -----------------------------------------------------------


def risks(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("risks", "6. Risks and context")
    items = [_geography(inputs, cites), _asymmetry(inputs, cites), *_dependence(inputs, cites), *_gaps(inputs, cites)]
    return section.add(Bullets(tuple(i for i in items if i)))


def _geography(inputs: BriefInputs, cites: Citations) -> str:
    a, b = party_names(inputs)
    text = f"Distance: {fmt.km(inputs.distance_km)} between {a} and {b} {cites.mark(cite.DISTANCES)}."
    parts = []
    for side in inputs.sides:
        if side.party.is_group:
            parts.append(
                f"{len(side.landlocked)} of {poss(side.party.name)} {fmt.count(len(side.members), 'member')} "
                f"{'is' if len(side.landlocked) == 1 else 'are'} landlocked"
            )
        else:
            parts.append(f"{side.party.name} is {'landlocked' if side.landlocked else 'not landlocked'}")
    both = all(s.landlocked and not s.party.is_group for s in inputs.sides)
    consequence = "; goods between them cross third countries or travel by air" if both else ""
    detail = "; ".join(parts)
    return f"{text} {detail[0].upper()}{detail[1:]}{consequence} {cites.mark(cite.LANDLOCKED)}."


def _asymmetry(inputs: BriefInputs, cites: Citations) -> str:
    sized = by_size(inputs.sides)
    if sized is None:
        unknown = " and ".join(s.party.name for s in inputs.sides if fmt.missing(s.gdp_usd))
        return f"Size: GDP no data for {unknown} {cites.mark(cite.MACRO)}."
    (small, small_gdp), (large, large_gdp) = sized
    return (
        f"Size asymmetry: {poss(large.party.name)} GDP ({fmt.money(large_gdp)}) is {large_gdp / small_gdp:,.1f} times "
        f"{poss(small.party.name)} ({fmt.money(small_gdp)}) {cites.mark(cite.MACRO)}."
    )


def _dependence(inputs: BriefInputs, cites: Citations) -> list[str]:
    p = inputs.profile
    data = release_marks(inputs, cites)
    a, b = party_names(inputs)
    items = []
    for key, direction in (("a_to_b", f"{a} → {b}"), ("b_to_a", f"{b} → {a}")):
        top = getattr(p, f"top_products_{key}")["hs4"]
        if top:
            items.append(
                f"Dependence on few products: in {direction} trade, {top_three(top)}; "
                f"HHI {fmt.number(p.concentration[key].hhi_hs6)}, {hhi_reading(p.concentration[key].hhi_hs6)} {data}."
            )
    for standing, seller, buyer in ((p.b_among_a_partners, a, b), (p.a_among_b_partners, b, a)):
        if not fmt.missing(standing.share_of_exports):
            items.append(
                f"{buyer} takes {fmt.share(standing.share_of_exports)} of {poss(seller)} exports "
                f"({ordinal(standing.rank_in_exports)} destination of {standing.export_partners}) {data}."
            )
    return items


def _gaps(inputs: BriefInputs, cites: Citations) -> list[str]:
    data = release_marks(inputs, cites)
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
            gaps.append(
                f"GDP of {side.party.name} sums {side.gdp_members} of its {len(side.members)} members; "
                f"the others have no figure {cites.mark(cite.MACRO)}."
            )
    notes = [n for n in inputs.profile.notes if n != inputs.profile.coverage_note] + [
        n for d in inputs.directions for r in (d.potential, d.diversification) if r for n in r.notes
    ]
    gaps += [f"Note: {n} {data}." for n in dict.fromkeys(notes)]
    if inputs.synthetic:
        gaps.append(
            f"The trade data are synthetic demo data: no figure here describes the real {inputs.a.name}–{inputs.b.name} relationship {data}."
        )
    return gaps
