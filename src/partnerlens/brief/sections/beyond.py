"""Sections on evidence beyond goods: services trade by category and direct investment positions, both directions."""

from __future__ import annotations

from partnerlens.brief import fmt
from partnerlens.brief.beyond import citation
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citations, Paragraph, Section, Table
from partnerlens.brief.sections.common import party_names, when

SERVICES_WHAT = "Services trade (OECD–WTO Balanced Trade in Services, BPM6, EBOPS 2010)"
INVESTMENT_WHAT = "Direct investment positions (IMF DIP, formerly CDIS)"


def _services_mark(inputs: BriefInputs, cites: Citations) -> str:
    flows = inputs.beyond.services if inputs.beyond else None
    info = next((f.source for f in flows or () if f.source is not None), None)
    return cites.mark(citation(info, SERVICES_WHAT))


def services_trade(inputs: BriefInputs, cites: Citations) -> Section:
    """Services exports each way by EBOPS category, balanced basis, with the linked cooperation sectors."""
    section = Section("services", "Services trade")
    a, b = party_names(inputs)
    flows = inputs.beyond.services if inputs.beyond else None
    if not flows or not any(f.source for f in flows):
        return section.add(
            Paragraph(
                f"No data: the workspace holds no services trade (`partnerlens data get batis`); "
                f"services between {a} and {b} are not shown, and goods figures do not include them."
            )
        )
    mark = _services_mark(inputs, cites)
    for flow, (seller, buyer) in zip(flows, ((a, b), (b, a)), strict=True):
        if not flow.available:
            section.add(Paragraph(f"Services exports {seller} → {buyer}: no data in the services release {mark}."))
            continue
        section.add(
            Paragraph(
                f"Services exports {seller} → {buyer} in {flow.year}: {fmt.money(flow.total_usd)} in total, "
                f"{flow.basis} {mark}."
            )
        )
        rows = tuple(
            (
                line.item,
                line.label,
                ", ".join(line.sectors) or "—",
                fmt.money(line.value_usd),
                fmt.money(line.reported_usd),
            )
            for line in flow.lines
        )
        if rows:
            section.add(
                Table(
                    f"Services {seller} → {buyer} by category, {flow.year} {mark}",
                    ("EBOPS", "Category", "Cooperation sectors", "Balanced", "As reported"),
                    rows,
                    "tttnn",
                )
            )
    return section


def investment_positions(inputs: BriefInputs, cites: Citations) -> Section:
    """Direct investment positions each way, the investor's report beside the host's mirror figure."""
    section = Section("investment", "Direct investment")
    a, b = party_names(inputs)
    positions = inputs.beyond.positions if inputs.beyond else None
    info = next((p.source for p in positions or () if p.source is not None), None)
    if positions is None or info is None:
        return section.add(
            Paragraph(
                f"No data: the workspace holds no direct investment positions (`partnerlens data get fdi`); "
                f"investment between {a} and {b} is not shown."
            )
        )
    mark = cites.mark(citation(info, INVESTMENT_WHAT))
    rows = []
    for pos, (investor, host) in zip(positions, ((a, b), (b, a)), strict=True):
        year = str(pos.year) if pos.year is not None else "—"
        rows.append((f"{investor} in {host}", year, fmt.money(pos.outward_usd), fmt.money(pos.inward_usd)))
    section.add(
        Paragraph(
            f"Positions at the end of the year, {positions[0].basis}; the investor's report and the host's "
            f"mirror figure differ by coverage and valuation; “no data” where neither reports {mark}."
        )
    )
    section.add(
        Table(
            f"Direct investment positions between {a} and {b} {mark}",
            ("Investor in host", "Year", "Reported by investor", "Reported by host (mirror)"),
            tuple(rows),
            "tcnn",
        )
    )
    return section


def agreement_services(inputs: BriefInputs, cites: Citations) -> list:
    """Rows linking the registry's services agreements to services trade in their EBOPS categories."""
    rows = inputs.beyond.agreements if inputs.beyond else []
    if not rows:
        return []
    mark = _services_mark(inputs, cites)
    table = tuple(
        (
            f"{when(r.record)} {r.record.title or r.record.type}",
            r.label,
            "+".join(r.items),
            f"{fmt.money(r.value_usd)} ({r.year})" if r.year else "no data",
        )
        for r in rows
    )
    return [
        Table(
            f"Services trade in agreement sectors, both directions together, latest year {mark}",
            ("Agreement", "Sector", "EBOPS", "Services trade"),
            table,
            "tttn",
        )
    ]
