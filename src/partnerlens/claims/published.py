"""Claims judged by published figures (WDI via ``atlas-common-data``) where the trade store cannot judge them.

The trade store holds bilateral, product-level flows; articles also state a
country's *total* goods exports or imports, its GDP, or a product's share of
its total exports. These are national figures the World Bank publishes, true
whatever the store holds (even the synthetic demo world), so they judge:

* **total goods exports / imports** of one economy ("Rwanda's exports reached
  $2.1 billion in 2022") — against WDI goods exports/imports (balance-of-payments
  basis);
* **a share of total exports / imports** stated with its amount ("more than $700
  million, or 35 percent of its total exports") — the share implies the total,
  amount ÷ share (700 ÷ 0.35 = $2.0 billion), judged against the published total
  by the one verdict rule (both statements' qualifiers apply); the computed
  value shown is the share the amount is of the published total;
* **GDP** ("Kazakhstan's GDP of $290 billion in 2024") — against WDI GDP.

Every verdict says it was judged by a published figure (``judged_by =
"published"``), with source, vintage, year and the basis caveat: WDI's goods
trade is on the balance-of-payments basis, customs figures (BACI, Comtrade,
national trade statistics) differ in coverage and timing. A figure WDI does not
have for that year leaves the claim to the trade store.
"""

from __future__ import annotations

import math
import re

from partnerlens.claims.model import Caveat, CheckedClaim, Claim, Statement
from partnerlens.claims.reading import derive
from partnerlens.claims.verdict import judge
from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.quantities import find_quantities
from partnerlens.errors import PartnerlensError
from partnerlens.reference import Party, resolve_party
from partnerlens.reference.published import PublishedFigure, economy_figure

BASIS = Caveat(
    id="published_basis",
    severity=2,
    text="Judged by the published WDI figure (balance-of-payments basis, FOB); customs statistics such as BACI, "
    "Comtrade or national trade offices record goods when they cross the border and differ in coverage and timing.",
)
_INDICATOR = {"exports": "exports_goods", "imports": "imports_goods", "gdp": "gdp"}
_GDP = re.compile(r"\b(?:GDP|gross domestic product)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _economy(claim: Claim) -> Party | None:
    """The one economy a national-total claim is about (no partner), else None."""
    if len(claim.parties) != 1:
        return None
    try:
        party = resolve_party(claim.parties[0])
    except PartnerlensError:
        return None
    return None if party.is_group else party


def _figure(party: Party, indicator: str, year: int | None) -> PublishedFigure | None:
    """The published figure for exactly ``year`` (a later or earlier year would judge another statement)."""
    if year is None:
        return None
    (iso3,) = tuple(party.members)
    figure = economy_figure(iso3, indicator, year)
    return figure if figure is not None and figure.year == year and math.isfinite(figure.value) else None


def published_source(figure: PublishedFigure, **extra) -> dict:
    """Where a published verdict came from: indicator, value, year, source and vintage (and derived figures)."""
    return {
        "kind": "published",
        "indicator": figure.indicator,
        "label": figure.label,
        "value": figure.value,
        "year": figure.year,
        "citation": f"{figure.source}, {figure.label.lower()} {figure.year} ({figure.vintage})",
        "source": figure.source,
        "vintage": figure.vintage,
        "basis": figure.basis,
        "synthetic": False,
        **extra,
    }


def _amount_beside(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The money amount stated in the same sentence as a share ("$700 million, or 35 percent")."""
    for other in claims:
        if (
            other.unit == "usd"
            and other.start == claim.start
            and other.metric in ("exports", "imports")
            and other.parties[:1] == claim.parties[:1]
            and other.value
        ):
            return other
    return None


def check_share(claim: Claim, claims: list[Claim], tolerance: float, wide_tolerance: float) -> CheckedClaim | None:
    """A share of total exports/imports with its amount, judged by the total it implies; None when not applicable."""
    if claim.metric != "share" or claim.flow not in ("exports", "imports") or not claim.value:
        return None
    party = _economy(claim)
    amount = _amount_beside(claim, claims)
    if party is None or amount is None or amount.value is None or (claim.products is None and claim.sector is None):
        return None
    figure = _figure(party, _INDICATOR[claim.flow], claim.year)
    if figure is None:
        return None
    implied = amount.value / claim.value
    judgement = judge(implied, figure.value, [*amount.qualifiers, *claim.qualifiers], "usd", tolerance, wide_tolerance)
    source = published_source(figure, implied_total=implied, amount=amount.value, amount_qualifier=amount.qualifier)
    return CheckedClaim(
        claim=claim,
        verdict=judgement.verdict,
        computed_value=amount.value / figure.value,
        ratio=judgement.ratio,
        source=source,
        caveats=[BASIS],
        judged_by="published",
    )


def check_total(claim: Claim, tolerance: float, wide_tolerance: float) -> CheckedClaim | None:
    """An economy's total goods exports or imports, or its GDP, against WDI; None when not applicable."""
    if claim.metric not in _INDICATOR or claim.unit != "usd" or claim.value is None:
        return None
    if claim.metric != "gdp" and (claim.products is not None or claim.sector is not None):
        return None
    party = _economy(claim)
    figure = _figure(party, _INDICATOR[claim.metric], claim.year) if party is not None else None
    if figure is None:
        return None
    judgement = judge(claim.value, figure.value, claim.qualifiers, "usd", tolerance, wide_tolerance)
    caveats = [BASIS] if claim.metric != "gdp" else []
    return CheckedClaim(
        claim=claim,
        verdict=judgement.verdict,
        computed_value=figure.value,
        ratio=judgement.ratio,
        source=published_source(figure),
        caveats=caveats,
        judged_by="published",
    )


def gdp_claims(text: str) -> list[Claim]:
    """Statements of one economy's GDP in ``text`` ("Rwanda's GDP reached $14 billion in 2023").

    The trade extractor reads trade sentences only; GDP figures are read here:
    a sentence naming GDP, one economy, a dollar amount and a year.
    """
    from partnerlens.cooperation.extract import split_sentences  # the extractor's package, loaded for a text only

    found = []
    for sentence in split_sentences(text):
        if not _GDP.search(sentence.text):
            continue
        economies = list(
            dict.fromkeys(
                m.party for m in find_party_mentions(sentence.text) if len(m.party) == 3 and m.party.isupper()
            )
        )
        years = [int(y) for y in _YEAR.findall(sentence.text)]
        for quantity in find_quantities(sentence.text):
            if quantity.kind != "money" or quantity.value_usd is None or len(economies) != 1:
                continue
            year = years[-1] if years else None
            found.append(
                Claim(
                    text=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    metric="gdp",
                    parties=economies,
                    year=year,
                    value=quantity.value_usd,
                    unit="usd",
                    qualifier=quantity.qualifier,
                    statements=[
                        Statement(
                            text=sentence.text, start=sentence.start, end=sentence.end, qualifier=quantity.qualifier
                        )
                    ],
                    reading=derive(economies, year, sentence.text),
                    unresolved=None if year is not None else "a GDP figure without a year",
                )
            )
    return found
