"""Section 8: methods, parameters and the numbered list of sources."""

from __future__ import annotations

from partnerlens.brief import cite
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Bullets, Citations, Heading, Paragraph, Section, SourceList, Table
from partnerlens.brief.sections.common import release_marks

# -- 8. methods and sources ---------------------------------------------------------------


def methods(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("methods", "8. Methods and sources")
    data = release_marks(inputs, cites)
    section.add(
        Paragraph(
            f"Trade is goods trade in current US dollars from the releases below {data}; a group’s trade is the sum over its members "
            "with trade between members left out. Missing years and parties read “no data”, never zero."
        ),
        Bullets(
            (
                "Trade complementarity TC = 100·(1 − Σ|m_k − x_k|/2), x and m the product shares of one side’s exports and the "
                f"other’s imports {cites.mark(cite.MICHAELY)}; trade intensity = (share of the partner in the exporter’s exports) ÷ "
                f"(partner’s share of world imports) {cites.mark(cite.INTENSITY)}; export similarity = 100·Σ min(x_k, y_k) "
                f"{cites.mark(cite.FINGER_KREININ)}.",
                f"Concentration: Herfindahl–Hirschman index Σ s_k² over HS6 lines {cites.mark(cite.HHI)}; RCA after Balassa {cites.mark(cite.BALASSA)}.",
                "Export potential = supply (share of world exports, with its RCA trend, less re-exports) × demand (imports, scaled "
                "by distance relative to current suppliers and projected to the target year with GDP growth) × ease of trade "
                "(actual ÷ predicted trade of the pair over the base years, bounded; a pair with no trade gets the lower bound) "
                f"{cites.mark(cite.ITC, cite.DISTANCES, cite.GROWTH_PROJECTIONS)}.",
                "Diversification: products with RCA below the threshold, ranked by density, PCI, COG and the market’s imports; "
                f"complexity is computed with every economy in the data {cites.mark(cite.ATLAS, cite.PRODUCT_SPACE)}.",
                "Distance between groups: CEPII distw between members, weighted by the product of their GDPs; GDP of a group: "
                f"sum over members with a figure {cites.mark(cite.DISTANCES, cite.MACRO)}.",
            )
        ),
        Table("Parameters used", ("Analysis", "Parameters"), tuple(_parameter_rows(inputs.parameters)), "ct"),
    )
    return section.add(Heading("Sources"), SourceList(tuple(cites.entries())))


def _parameter_rows(parameters: dict):
    """One row per analysis: its parameters as ``name value`` pairs (nested ones as ``name.key value``)."""
    general = {k: v for k, v in parameters.items() if not isinstance(v, dict)}
    groups = [("Brief", general)] + [
        (k.replace("_", " ").capitalize(), v) for k, v in parameters.items() if isinstance(v, dict)
    ]
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
