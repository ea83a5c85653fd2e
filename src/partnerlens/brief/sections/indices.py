"""Section 3: complementarity, intensity and similarity, and each side's strongest comparative advantages."""

from __future__ import annotations

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citations, Section, Table
from partnerlens.brief.sections.common import marked, no_year, party_names, poss, release_marks

# -- 3. complementarity -----------------------------------------------------------


def complementarity(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("complementarity", "3. Complementarity")
    if not inputs.has_year:
        return section.add(no_year(inputs, cites))
    a, b = party_names(inputs)
    data = release_marks(inputs, cites)
    v = inputs.indices
    tc, ti, es = cites.mark(cite.MICHAELY), cites.mark(cite.INTENSITY), cites.mark(cite.FINGER_KREININ)
    rows = (
        (
            f"Trade complementarity {a} → {b}",
            marked(fmt.number(v.complementarity_a_to_b, 1), data + tc),
            _tc_reading(v.complementarity_a_to_b, a, b),
        ),
        (
            f"Trade complementarity {b} → {a}",
            marked(fmt.number(v.complementarity_b_to_a, 1), data + tc),
            _tc_reading(v.complementarity_b_to_a, b, a),
        ),
        (
            f"Trade intensity {a} → {b}",
            marked(fmt.number(v.intensity_a_to_b), data + ti),
            _ti_reading(v.intensity_a_to_b, a, b),
        ),
        (
            f"Trade intensity {b} → {a}",
            marked(fmt.number(v.intensity_b_to_a), data + ti),
            _ti_reading(v.intensity_b_to_a, b, a),
        ),
        (f"Export similarity {a}, {b}", marked(fmt.number(v.similarity, 1), data + es), _es_reading(v.similarity)),
    )
    section.add(
        Table(
            f"Complementarity, intensity and similarity, {inputs.year}, on each side’s trade with the world (trade inside a group left out) {data}",
            ("Index", "Value", "What it means"),
            rows,
            "tnt",
        )
    )
    return section.add(*_strengths(inputs, cites))


def _strengths(inputs: BriefInputs, cites: Citations) -> list:
    """Each side's strongest revealed comparative advantages, what the indices above summarise."""
    marks = release_marks(inputs, cites) + cites.mark(cite.BALASSA, cite.PRODUCTS)
    blocks = []
    for party, rows in ((inputs.a, inputs.indices.top_rca_a), (inputs.b, inputs.indices.top_rca_b)):
        if not rows:
            continue
        blocks.append(
            Table(
                f"{poss(party.name)} strongest revealed comparative advantages, HS6, {inputs.year} {marks}",
                ("HS6", "Product", "Exports to the world", "RCA"),
                tuple((r.code, r.name or "", fmt.money(r.exports_usd), fmt.number(r.rca, 1)) for r in rows[:6]),
                "ctnn",
            )
        )
    return blocks


def _tc_reading(value, exporter: str, importer: str) -> str:
    if fmt.missing(value):
        return f"no data: {exporter} has no exports or {importer} no imports that year"
    return (
        f"{poss(exporter)} export mix and {poss(importer)} import mix overlap by {value:.0f}% "
        "(100: identical product shares; 0: nothing in common)."
    )


def _ti_reading(value, exporter: str, importer: str) -> str:
    if fmt.missing(value):
        return f"no data: {exporter} has no exports or {importer} no imports that year"
    more = "more" if value > 1 else "less"
    return (
        f"{importer} takes {value:.2f} times the share of {poss(exporter)} exports that its weight in world imports "
        f"predicts: {exporter} sells {more} to {importer} than to an average buyer of its size."
    )


def _es_reading(value) -> str:
    if fmt.missing(value):
        return "no data: one side has no exports that year"
    return (
        f"{value:.0f}% of the two export baskets is the same products in the same shares; "
        "the higher it is, the more the two compete in third markets."
    )
