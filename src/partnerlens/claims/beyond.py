"""Judge investment and services claims against the workspace's IMF DIP and OECD–WTO BaTiS releases.

A money claim whose sentence speaks of investment ("investment", "investors",
"FDI") is a direct investment position; one that speaks of services (and not
of goods) is services trade. Either is judged only when the workspace holds
that kind of evidence; otherwise the claim goes on to the goods checks, which
say "goods only". The figure:

* investment — the subject's position in the partner (``exports`` flow, or
  no flow stated: the investor's report, else the host's mirror figure); the
  partner's in the subject (``imports``); both added (``total``);
* services — the subject's services exports to the partner (BaTiS balanced
  value, EBOPS total), imports the other way, total both ways.

The verdict uses the one rule of :func:`partnerlens.claims.verdict.judge`.
"""

from __future__ import annotations

import re
from typing import Literal

from partnerlens.analytics.investment import position
from partnerlens.analytics.services import services_flow
from partnerlens.claims.model import Caveat, CheckedClaim, Claim
from partnerlens.claims.verdict import judge
from partnerlens.errors import PartnerlensError
from partnerlens.evidence import EvidenceStore
from partnerlens.reference.parties import resolve_party

INVESTMENT = re.compile(r"\b(invest(?:ment|ments|ors?|ed|ing)?|FDI)\b", re.IGNORECASE)
SERVICES = re.compile(r"\bservices?\b", re.IGNORECASE)
GOODS = re.compile(r"\b(goods|merchandise|exports? of [a-z]+ products)\b", re.IGNORECASE)

POSITION_BASIS = Caveat(
    id="investment_positions",
    severity=2,
    text=(
        "Direct investment positions (stocks at the end of the year, IMF DIP, directional principle, immediate "
        "counterpart): an article's 'investment' may be a flow, a pledge or a project value, not a position."
    ),
)
SERVICES_BASIS = Caveat(
    id="services_balanced",
    severity=1,
    text=(
        "Services trade from the OECD–WTO BaTiS balanced matrix (BPM6): partly estimated where economies do not report "
        "services by partner."
    ),
)


def evidence_kind(claim: Claim) -> Literal["investment", "services"] | None:
    """``investment``, ``services`` or None, from the words of the claim's sentence(s)."""
    text = " ".join([claim.text, *(getattr(s, "text", "") or "" for s in claim.statements)])
    if INVESTMENT.search(text):
        return "investment"
    if SERVICES.search(text) and not GOODS.search(text):
        return "services"
    return None


def check_beyond_claim(store, claim: Claim, tolerance: float, wide: float) -> CheckedClaim | None:
    """The verdict on an investment or services money claim, or None when it is neither or there is no such evidence."""
    if (
        store is None
        or claim.unit != "usd"
        or claim.value is None
        or claim.metric not in (None, "total", "exports", "imports")
    ):
        return None
    kind = evidence_kind(claim)
    if kind is None or len(claim.parties) < 2 or not EvidenceStore(store.workspace).of_kind(kind):
        return None
    try:
        subject, partner = resolve_party(claim.parties[0]), resolve_party(claim.parties[1])
    except PartnerlensError:
        return None
    ways = {
        "exports": [(subject, partner)],
        "imports": [(partner, subject)],
        "total": [(subject, partner), (partner, subject)],
    }[claim.flow or "exports" if kind == "investment" else claim.flow or "total"]
    if kind == "investment":
        found = [position(store, a, b, claim.year) for a, b in ways]
        values = [p.value_usd for p in found]
        years = [p.year for p in found]
        info = found[0].source
    else:
        flows = [services_flow(store, a, b, claim.year) for a, b in ways]
        values = [f.total_usd for f in flows]
        years = [f.year for f in flows]
        info = flows[0].source
    source = {
        "kind": kind,
        "citation": info.citation() if info else None,
        "releases": [
            {
                "name": info.name,
                "release": info.release,
                "sha256": info.sha256,
                "years": list(info.years),
                "synthetic": info.synthetic,
            }
        ]
        if info
        else [],
        "synthetic": False,
    }
    caveats = [POSITION_BASIS if kind == "investment" else SERVICES_BASIS]
    resolved = claim.model_copy(update={"year": next((y for y in years if y is not None), claim.year)})
    known = [v for v in values if v is not None]
    if len(known) < len(values):
        what = "direct investment position" if kind == "investment" else "services trade"
        return CheckedClaim(
            claim=resolved,
            verdict="no_data",
            source=source,
            caveats=caveats,
            judged_by=kind,
            reason=f"no {what} for {subject.name} and {partner.name}"
            f"{f' in {claim.year}' if claim.year else ''} in {info.name if info else 'the workspace'}",
        )
    computed = float(sum(known))
    judgement = judge(claim.value, computed, claim.qualifiers, claim.unit, tolerance, wide)
    return CheckedClaim(
        claim=resolved,
        verdict=judgement.verdict,
        computed_value=computed,
        ratio=judgement.ratio,
        source=source,
        caveats=caveats,
        judged_by=kind,
    )
