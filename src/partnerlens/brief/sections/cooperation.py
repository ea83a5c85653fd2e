"""Section 5: the cooperation record: events, agreements, sector trade around agreements, targets."""

from __future__ import annotations

from partnerlens.brief import cite, fmt
from partnerlens.brief.gather import BriefInputs
from partnerlens.brief.model import Citations, Paragraph, Section, Table
from partnerlens.brief.sections.beyond import agreement_services
from partnerlens.brief.sections.common import kind_label, party_names, record_marks, release_marks, when

# -- 5. cooperation record --------------------------------------------------------


def _what(record) -> str:
    kind = kind_label(record)
    detail = record.title or record.note
    return f"{kind}: {detail}" if detail else kind


def cooperation_record(inputs: BriefInputs, cites: Citations) -> Section:
    section = Section("cooperation", "5. Cooperation record")
    a, b = party_names(inputs)
    records = sorted(
        (r for r in inputs.records if r.kind in ("event", "agreement")), key=lambda r: (r.date is None, r.date)
    )
    if not records and not any(r.kind == "kpi" for r in inputs.records):
        return section.add(
            Paragraph(
                f"The cooperation registry holds no events or agreements between {a} and {b}. "
                "Add articles with partnerlens news add and accept what they report with partnerlens news review."
            )
        )
    if records:
        groups = inputs.a.is_group or inputs.b.is_group  # then say which members met
        rows = tuple(
            (
                when(r),
                *(("–".join(r.parties),) if groups else ()),
                _what(r),
                ", ".join(_sector_label(inputs, s) for s in r.sectors) or "—",
                record_marks(r, cites),
            )
            for r in records
        )
        columns = ("Date", *(("Parties",) if groups else ()), "Event", "Sectors", "Source")
        section.add(
            Table(
                f"Events and agreements between {a} and {b} in the registry",
                columns,
                rows,
                "ccttc" if groups else "cttc",
            )
        )
        section.add(*_agreement_trade(inputs, cites))
        section.add(*agreement_services(inputs, cites))
    return section.add(*_indicators(inputs, cites))


def _sector_label(inputs: BriefInputs, sector_id: str) -> str:
    return fmt.label(sector_id, inputs.sectors)


def _indicators(inputs: BriefInputs, cites: Citations) -> list:
    """Targets and KPIs the registry holds for the pair (missions opened, students, …)."""
    kpis = sorted((r for r in inputs.records if r.kind == "kpi"), key=lambda r: (r.date is None, r.date))
    if not kpis:
        return []
    rows = tuple(
        (when(r), fmt.label(r.metric), fmt.quantity(r.value, r.unit), r.note or "", record_marks(r, cites))
        for r in kpis
    )
    return [
        Table(
            "Targets and indicators in the registry", ("As of", "Indicator", "Value", "Note", "Source"), rows, "ctntc"
        )
    ]


def _agreement_trade(inputs: BriefInputs, cites: Citations) -> list:
    if not inputs.agreement_trade:
        return [
            Paragraph(
                "No agreement in the registry names a sector that trades in goods, so there is no sector trade to compare."
            )
        ]
    data = release_marks(inputs, cites) + cites.mark(cite.SECTORS)
    last = max(inputs.years) if inputs.years else None
    rows = tuple(
        (
            f"{when(row.record)} {row.record.title or row.record.type}",
            row.label,
            f"{fmt.money(row.before_usd)} ({row.before_year})",
            f"{fmt.money(row.after_usd)} ({row.after_year})" if row.after_year else _months_after(row, last),
        )
        for row in inputs.agreement_trade
    )
    monthly = [
        Paragraph(
            "Rows “All goods (monthly, provisional)” add both directions over the whole months after "
            f"signing, because no annual release covers them yet: {row.after_label}."
        )
        for row in inputs.agreement_trade
        if row.provisional
    ][-1:]
    return [
        Paragraph(
            f"Trade in each agreement sector, both directions together, the year before signing and the latest year after it {data}."
        ),
        *monthly,
        Table(f"Sector trade around agreements {data}", ("Agreement", "Sector", "Before", "After"), rows, "ttnn"),
    ]


def _months_after(row, last) -> str:
    """The "after" cell without an annual year: the months after signing from monthly data, marked provisional."""
    if row.provisional and row.after_usd is not None:
        return f"{fmt.money(row.after_usd)} ({row.after_months}, provisional)"
    return f"no data (the data end in {last})"
