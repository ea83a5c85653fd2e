"""Turn extraction's proposals into claims, and a claim into a query over the trade data.

Claims are read by the one extractor (:mod:`partnerlens.cooperation.extract`):
its ``claim`` proposals (money and percentages about trade), its ``kpi``
proposals and the count of its ``agreement`` proposals ("five
intergovernmental agreements"). Here they only change shape: percentages
become fractions, sectors their ids, and an amount in a currency other than
the US dollar is kept but marked unresolved (no exchange rate is guessed).

From a claim to a query:

* Parties are party codes or names, resolved through the reference data
  ("African countries" → the group Africa); the first is the subject, the
  second the partner; a single party trades with the world.
* "bilateral trade" / "trade between A and B" / "A's trade with B" is the
  metric ``total``: both directions (ARCHITECTURE.md).
* A sector becomes its HS codes through the sector taxonomy
  (``reference/data/sectors.yaml``, or the workspace's own copy); a sector
  without goods ("tourism", "education") cannot be checked against goods trade.
* A growth rate without a base year compares with the year before.
* A claim without a year is compared with the latest year in the data, and
  says so (caveat ``year_assumed``) — except a figure told for a fiscal year
  ("FY2023-24", ``Reading.period``): it is left unresolved with that reason,
  never compared with a calendar year.
"""

from __future__ import annotations

from pathlib import Path

from partnerlens.claims.measure import TradeQuery
from partnerlens.claims.model import Claim, Statement
from partnerlens.claims.reading import reading_of
from partnerlens.cooperation.models import Proposal
from partnerlens.errors import PartnerlensError
from partnerlens.reference import Party, load_sectors, resolve_party

TRADE_METRICS = ("total", "exports", "imports", "growth", "share", "rank")
_DEFAULT_FLOW = {"growth": "total", "share": "exports", "rank": "total"}
SECTOR_SEPARATOR = "+"  # "coffee+tea": a claim about several sectors at once


def _base(proposal: Proposal) -> dict:
    evidence = proposal.evidence
    return {"text": evidence.text, "start": evidence.start, "end": evidence.end, "parties": list(proposal.parties)}


def _statements(proposal: Proposal) -> list[Statement]:
    """The sentence of the proposal and any further sentences extraction found telling the same figure."""
    spans = [proposal.evidence, *proposal.also]
    return [Statement(text=e.text, start=e.start, end=e.end, qualifier=proposal.qualifier) for e in spans]


def trade_claim(proposal: Proposal) -> Claim:
    """A ``claim`` proposal as a Claim: USD amounts, percentages as fractions, ranks as ordinals."""
    fields = _base(proposal) | {
        "metric": proposal.metric,
        "flow": proposal.flow,
        "sector": SECTOR_SEPARATOR.join(proposal.sectors) or None,
        "year": proposal.year,
        "base_year": proposal.base_year,
        "qualifier": proposal.qualifier,
        "reading": reading_of(proposal, list(proposal.parties), proposal.year),
        "statements": _statements(proposal),
    }
    if proposal.reading is not None and proposal.reading.period:  # "in the fiscal year 2012-13"
        fields["unresolved"] = fiscal_reason(proposal.reading.period)
    if proposal.unit == "percent" and proposal.value is not None:
        return Claim(**fields, value=proposal.value / 100, unit="fraction")
    if proposal.unit == "rank" and proposal.value is not None:
        return Claim(**fields, value=proposal.value, unit="rank")
    if proposal.value_usd is not None:
        return Claim(**fields, value=proposal.value_usd, unit="usd")
    reason = f"an amount in {proposal.unit}: trade data are in US dollars and no exchange rate is assumed"
    fields.setdefault("unresolved", reason if proposal.unit else "no claimed value")
    return Claim(**fields, value=proposal.value)


def fiscal_reason(period: str) -> str:
    """Why a figure told for a fiscal year is not checked: the trade data are by calendar year."""
    return (
        f"told for {period!r}, a fiscal year that is no single calendar year: calendar-year trade data cannot check it"
    )


def kpi_claim(proposal: Proposal) -> Claim:
    """A ``kpi`` proposal ("six missions in 2025") as a count claim on the registry."""
    return Claim(
        **_base(proposal),
        metric="count",
        subject=proposal.metric,
        year=proposal.year,
        value=proposal.value,
        unit="count",
        qualifier=proposal.qualifier,
        statements=_statements(proposal),
        reading=reading_of(proposal, list(proposal.parties), proposal.year, counted=True),
    )


def agreement_count_claim(proposal: Proposal) -> Claim:
    """The number of agreements an ``agreement`` proposal reports as a count claim on the registry."""
    if proposal.count is None:
        raise PartnerlensError("the agreement proposal states no number of agreements to check")
    return Claim(
        **_base(proposal),
        metric="count",
        subject="agreements",
        value=float(proposal.count),
        unit="count",
        date=proposal.date,
        date_precision=proposal.date_precision,
        year=proposal.date.year if proposal.date else None,
        statements=_statements(proposal),
        reading=reading_of(
            proposal, list(proposal.parties), proposal.date.year if proposal.date else None, counted=True
        ),
    )


def claims_from_proposals(proposals: list[Proposal]) -> list[Claim]:
    """Every checkable claim among extraction's proposals, in reading order."""
    claims = []
    for proposal in proposals:
        if proposal.kind == "claim":
            claims.append(trade_claim(proposal))
        elif proposal.kind == "kpi" and proposal.value is not None:
            claims.append(kpi_claim(proposal))
        elif proposal.kind == "agreement" and proposal.count:
            claims.append(agreement_count_claim(proposal))
    return sorted(claims, key=lambda c: c.start)


class Unresolved(Exception):
    """A claim that cannot be made into a query; the message is the reason shown to the user."""


def claim_products(claim: Claim, sectors_path: Path | None = None) -> tuple[str, ...] | None:
    """The HS codes a claim is about: its own codes, else its sector's; None for all goods."""
    if claim.products is not None:
        return tuple(claim.products)
    if claim.sector is None:
        return None
    sectors = load_sectors(sectors_path)
    codes: list[str] = []
    for sector_id in claim.sector.split(SECTOR_SEPARATOR):
        sector = sectors.get(sector_id)
        if sector is None:
            raise Unresolved(f"unknown sector {sector_id!r}")
        if not sector.trades_in_goods:
            raise Unresolved(f"{sector.label} is not traded as goods; goods trade data cannot check it")
        codes += sector.hs
    return tuple(dict.fromkeys(codes))


def _party(code: str) -> Party:
    try:
        return resolve_party(code)
    except PartnerlensError as exc:
        raise Unresolved(str(exc)) from exc


def trade_query(claim: Claim, latest_year: int | None, sectors_path: Path | None = None) -> TradeQuery:
    """The query that computes what ``claim`` states; raises :class:`Unresolved` with the reason."""
    if claim.unresolved:
        raise Unresolved(claim.unresolved)
    if claim.metric not in TRADE_METRICS:
        raise Unresolved("no trade measure recognised (total, exports, imports, growth, share or rank)")
    if claim.value is None:
        raise Unresolved("no claimed value")
    if not claim.parties:
        raise Unresolved("no party named in the claim or the sentences around it")
    subject = _party(claim.parties[0])
    partner = _party(claim.parties[1]) if len(claim.parties) > 1 else None
    if partner is not None and partner.members == subject.members:
        raise Unresolved(f"the claim pairs {subject.name} with itself")
    products = claim_products(claim, sectors_path)
    if claim.metric == "share" and products is None and partner is None:
        raise Unresolved("a share of what: the claim names neither a product set nor a partner")
    if claim.metric == "rank" and partner is None:
        raise Unresolved("a rank needs the partner it ranks")
    year = claim.year if claim.year is not None else latest_year
    if year is None:
        raise Unresolved("the claim states no year and the data hold none")
    base_year = (claim.base_year or year - 1) if claim.metric == "growth" else None
    flow = claim.flow or _DEFAULT_FLOW.get(claim.metric, claim.metric)
    return TradeQuery(claim.metric, flow, subject, partner, products, year, base_year)
