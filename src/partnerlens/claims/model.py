"""What a claim is and what checking it returns.

A :class:`Claim` is one quantitative statement found in a text, parsed into
the parts a query needs (metric, flow direction, parties, product set, year,
claimed value and its qualifier). A :class:`CheckedClaim` is that claim with
the verdict, the figure computed from the data, the source the figure came
from and the caveats that apply. Money is in USD; shares and growth rates are
fractions (0.35 for "35 percent"), as everywhere in partnerlens.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from partnerlens.cooperation.models import Reading

# total: both directions between two parties (or a party's trade with the world);
# exports / imports: one direction; growth: change of a flow from base_year to year;
# share: part of a party's exports or imports (a product set, or one partner);
# rank: position of a partner among a party's partners; count: a number the registry holds.
Metric = Literal["total", "exports", "imports", "growth", "share", "rank", "count", "gdp"]
Flow = Literal["total", "exports", "imports"]
Unit = Literal["usd", "fraction", "count", "rank"]
VerdictName = Literal["consistent", "inconsistent", "no_data", "unresolved", "unverifiable"]
JudgedBy = Literal["trade", "published", "registry", "investment", "services"]


class Evidence(BaseModel):
    """The sentence a claim came from, with character offsets into the checked text."""

    text: str
    start: int
    end: int


class Statement(BaseModel):
    """One sentence that states a claim's figure, with the qualifier it used ("surpassing", "reaching")."""

    text: str
    start: int
    end: int
    qualifier: str | None = None


class Claim(BaseModel):
    """One quantitative claim, resolved as far as the text allows.

    ``parties`` are party codes (ISO3 for economies, group codes such as
    ``africa``); the first is the subject ("Kazakhstan's trade with African
    countries" → ``["KAZ", "africa"]``), a second one, when present, the
    partner. ``products`` are HS codes at 2, 4 or 6 digits, each covering the
    codes below it (``None``: all goods). ``value`` is the
    claimed number in ``unit``; ``value_usd`` repeats it when it is money.
    ``subject`` names what a registry count counts ("agreements",
    "diplomatic missions"); ``date`` is the occasion a count of agreements
    refers to ("signing five agreements" on 20 September 2025). ``unresolved`` says why the claim cannot be
    turned into a query, when it cannot.
    """

    text: str
    start: int
    end: int
    metric: Metric | None = None
    flow: Flow | None = None
    parties: list[str] = Field(default_factory=list)
    products: list[str] | None = None
    sector: str | None = None
    year: int | None = None
    base_year: int | None = None
    value: float | None = None
    unit: Unit | None = None
    qualifier: str | None = None
    subject: str | None = None
    date: dt.date | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    unresolved: str | None = None
    reading: Reading | None = None  # how the claim was read (parties, year, currency) and how sure
    statements: list[Statement] = Field(default_factory=list)  # every sentence stating this figure (grouped)

    @property
    def qualifiers(self) -> list[str | None]:
        """The qualifier of every statement of this figure (one for a claim stated once)."""
        return [s.qualifier for s in self.statements] or [self.qualifier]

    @property
    def value_usd(self) -> float | None:
        return self.value if self.unit == "usd" else None


class Caveat(BaseModel):
    """A limit on what a computed figure can say, with a stable id for programs."""

    id: str
    text: str
    severity: int = 1  # 3: may explain the whole gap (scale, missing year); 2: qualifies the verdict; 1: boilerplate


class CheckedClaim(BaseModel):
    """A claim with its verdict and the evidence for it.

    ``ratio`` is claimed ÷ computed (``None`` when either is missing or the
    computed figure is zero). ``source`` describes where the computed figure
    came from (a trade release, or the registry). ``reason`` explains a
    ``no_data`` or ``unresolved`` verdict.
    """

    claim: Claim
    verdict: VerdictName
    computed_value: float | None = None
    ratio: float | None = None
    source: dict | None = None
    caveats: list[Caveat] = Field(default_factory=list)
    reason: str | None = None
    judged_by: JudgedBy | None = None  # which evidence decided: the trade store, a published figure, the registry

    @property
    def difference(self) -> float | None:
        """Claimed − computed for rates (growth, shares: fractions; × 100 = percentage points)."""
        if self.claim.unit != "fraction" or self.claim.value is None or self.computed_value is None:
            return None
        return self.claim.value - self.computed_value

    @property
    def confidence(self) -> float | None:
        return self.claim.reading.confidence if self.claim.reading is not None else None

    @property
    def computed_value_usd(self) -> float | None:
        return self.computed_value if self.claim.unit == "usd" else None

    def to_dict(self) -> dict:
        """The JSON shape of ``partnerlens check --json`` (one item of ``claims``)."""
        from partnerlens.claims.present import verdict_label, verdict_line  # presentation reads this model
        from partnerlens.claims.reading import is_low

        claim = self.claim
        return {
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "metric": claim.metric,
            "flow": claim.flow,
            "parties": claim.parties,
            "products": claim.products,
            "sector": claim.sector,
            "year": claim.year,
            "base_year": claim.base_year,
            "value": claim.value,
            "unit": claim.unit,
            "value_usd": claim.value_usd,
            "qualifier": claim.qualifier,
            "subject": claim.subject,
            "date": claim.date.isoformat() if claim.date else None,
            "verdict": self.verdict,
            "computed_value": self.computed_value,
            "computed_value_usd": self.computed_value_usd,
            "ratio": self.ratio,
            "source": self.source,
            "caveats": [c.model_dump() for c in self.caveats],
            "reason": self.reason,
            "judged_by": self.judged_by,
            "difference_pp": round(self.difference * 100, 4) if self.difference is not None else None,
            "statements": [s.model_dump() for s in claim.statements],
            "reading": claim.reading.model_dump() if claim.reading is not None else None,
            "confidence": self.confidence,
            "low_confidence": is_low(claim.reading),
            "verdict_label": verdict_label(self),
            "line": verdict_line(self),
        }
