"""What accepting a proposal will record, said the same way on the web review page and in ``news review``.

``outline`` lists the fields the record will hold (type, status, parties, date
at its precision, sectors by their taxonomy labels, metric and value) and the
record it would be merged into, if the registry already holds the same event;
``with_changes`` applies a reviewer's corrections before accepting (validated
like any proposal). The claim's or record's date reads at its precision
("2025-05"), a claim without a date but with a year reads its year.
"""

from __future__ import annotations

import datetime as dt
import re

from partnerlens import formatting
from partnerlens.cooperation import merge
from partnerlens.cooperation.models import Proposal
from partnerlens.errors import PartnerlensError
from partnerlens.reference import resolve_party
from partnerlens.reference.sectors import resolve_sector
from partnerlens.workspace import Workspace

EDITABLE = ("type", "status", "parties", "date", "sectors", "metric", "value")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def party_name(code: str) -> str:
    """A party's name for people ("Kazakhstan", "Africa"); the code itself when it does not resolve."""
    try:
        return resolve_party(code).name
    except PartnerlensError:
        return code


def parties(codes) -> str:
    """Parties as people read them, joined by an en dash: "Kazakhstan–Africa"."""
    return "–".join(party_name(code) for code in codes)


def when(proposal: Proposal) -> str:
    """The proposal's date at its precision, else the year its figure is about, else "undated"."""
    if proposal.date is not None:
        return formatting.date(proposal.date, proposal.date_precision, proposal.status)
    return str(proposal.year) if proposal.year else "undated"


def figure(proposal: Proposal) -> str:
    """The metric and value a KPI or claim will carry ("" when it has none)."""
    qualifier = f"{proposal.qualifier} " if proposal.qualifier else ""
    if proposal.value_usd is not None:
        value = f"{qualifier}{formatting.money(proposal.value_usd)}"
    elif proposal.value is not None:
        value = f"{qualifier}{formatting.quantity(proposal.value, proposal.unit)}"
    elif proposal.count:
        value = formatting.count(proposal.count, formatting.label(proposal.instrument or "agreement"))
    else:
        return ""
    return f"{formatting.label(proposal.metric)}: {value}" if proposal.metric else value


def merge_target(workspace: Workspace, proposal: Proposal, source) -> dict | None:
    """The registry record accepting ``proposal`` would add a source to, or None when it would be a new record."""
    if proposal.kind == "claim":
        return None
    try:
        record = merge.proposal_record(proposal, source)
    except PartnerlensError:
        return None
    with workspace.connect() as con:
        found = merge._find_same(con, record, window_days=3)
    if found is None:
        return None
    return {
        "id": found.id,
        "title": found.title or formatting.label(found.type or found.kind),
        "date": formatting.date(found.date, found.date_precision),
    }


def outline(workspace: Workspace, item, sectors: dict) -> dict:
    """Everything the reviewer needs about a pending proposal, formatted once for every surface."""
    p = item.proposal
    rows = [
        (
            "Will record",
            "trade claim (kept for the claim checker, not a registry record)"
            if p.kind == "claim"
            else formatting.label(p.kind),
        ),
        ("Type", formatting.label(p.type) if p.type else "—"),
        ("Status", formatting.label(p.status) if p.status else "—"),
        ("Parties", parties(p.parties) or "none read"),
        ("Date", when(p) + (f" (to the {p.date_precision})" if p.date is not None and p.date_precision else "")),
        ("Sectors", ", ".join(formatting.label(s, sectors) for s in p.sectors) or "—"),
    ]
    if p.areas:  # the article's areas no event or agreement carries: a KPI records them among its sectors
        rows.append(("Article's areas", ", ".join(formatting.label(s, sectors) for s in p.areas)))
    if figure(p):
        rows.append(("Metric and value", figure(p)))
    if p.place:
        rows.append(("Place", p.place))
    return {
        "id": item.id,
        "rows": rows,
        "merge": merge_target(workspace, p, item.source),
        "evidence": p.evidence.text,
        "source": item.source.title or item.source.address or "pasted text",
        "form": {
            "type": p.type or "",
            "status": p.status or "",
            "parties": ", ".join(p.parties),
            "date": when(p) if p.date is not None else "",
            "sectors": ", ".join(p.sectors),
            "metric": p.metric or "",
            "value": "" if p.value is None else f"{p.value:g}",
        },
    }


def parse_date(text: str) -> tuple[dt.date | None, str | None]:
    """ "2025", "2025-05" or "2025-05-28" as (first day, precision); "" as no date."""
    text = text.strip()
    if not text:
        return None, None
    match = _DATE.match(text)
    if not match:
        raise PartnerlensError(f"date {text!r}: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month or 1), int(day or 1)), "day" if day else "month" if month else "year"
    except ValueError as exc:
        raise PartnerlensError(f"date {text!r}: {exc}") from None


def with_changes(proposal: Proposal, changes: dict) -> Proposal:
    """``proposal`` with the reviewer's corrections (fields of ``EDITABLE`` given as text; "" clears)."""
    data = proposal.model_dump()
    for name, text in changes.items():
        if name not in EDITABLE or text is None:
            continue
        text = str(text).strip()
        if name == "date":
            data["date"], data["date_precision"] = parse_date(text)
        elif name == "parties":
            data[name] = [resolve_party(part.strip()).code for part in text.split(",") if part.strip()]
        elif name == "sectors":
            data[name] = [resolve_sector(part.strip()).id for part in text.split(",") if part.strip()]
        elif name == "value":
            try:
                data["value"] = float(text) if text else None
            except ValueError:
                raise PartnerlensError(f"value {text!r} is not a number") from None
        else:
            data[name] = text or None
    try:
        return Proposal.model_validate(data)
    except ValueError as exc:
        raise PartnerlensError(f"the corrected proposal is not valid: {exc}") from None
