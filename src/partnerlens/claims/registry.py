"""Check counts against the cooperation registry, by the same rule as trade figures.

Two kinds of count claims come out of extraction:

* agreements — "signing five intergovernmental agreements": the agreement
  records of exactly those parties dated compatibly with the occasion (same
  day within three days, or same month or year at the precision the article
  gives), each counting its ``count`` (an umbrella record of a signing
  ceremony) or 1;
* KPIs — "missions rising from one in 2012 to six in 2025": the KPI record for
  that year whose parties include the claim's and whose metric has every word
  of the claim's ("diplomatic missions" matches "Kazakh diplomatic missions in
  Africa"; plurals aside); the latest of the year when several, and
  ``unresolved`` when records of different metrics match.

Records flagged on reading (:func:`partnerlens.cooperation.records.is_flagged`:
a value committed as NaN by an older version) are skipped until repaired.

The registry is not ground truth: it holds what has been recorded, so a count
it has no records for is ``no_data``, not zero. Nor is a record evidence for
the article it was read from: only records with a citation from another
document count (:mod:`partnerlens.claims.independence`); a count only the
article itself backs is ``unverifiable``. The verdict lists the independent
sources it used.
"""

from __future__ import annotations

import re
from datetime import date

from partnerlens.claims import caveats as cv
from partnerlens.claims.independence import ONLY_THIS_ARTICLE, Origin, independent_sources, split_records
from partnerlens.claims.model import CheckedClaim, Claim
from partnerlens.claims.verdict import DEFAULT_TOLERANCE, WIDE_TOLERANCE, judge
from partnerlens.cooperation.models import Record, dates_compatible
from partnerlens.cooperation.records import is_flagged
from partnerlens.cooperation.storage import Registry

AGREEMENTS = "agreements"


def _same_parties(record: Record, claim: Claim) -> bool:
    return set(record.parties) == set(claim.parties)


def _agreements(records: list[Record], claim: Claim) -> list[Record]:
    return [r for r in records if r.kind == "agreement" and _same_parties(r, claim) and dates_compatible(r, claim)]


def _words(phrase: str | None) -> set[str]:
    """Lower-case words of a metric name, plurals folded ("missions" → "mission")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"\w+", (phrase or "").casefold())}


def _kpis(records: list[Record], claim: Claim) -> list[Record]:
    wanted = _words(claim.subject)
    found = [
        r
        for r in records
        if r.kind == "kpi"
        and set(claim.parties) <= set(r.parties)
        and wanted <= _words(r.metric)
        and r.date is not None
        and r.date.year == claim.year
    ]
    metrics = sorted({r.metric for r in found if r.metric is not None})  # a KPI record always has one
    if len(metrics) > 1:
        raise _Ambiguous(f"several registry KPIs match {claim.subject!r}: {'; '.join(metrics)}")
    return sorted(found, key=lambda r: r.date or date.min)  # all dated; the latest (independent) one decides


class _Ambiguous(Exception):
    """More than one registry metric fits a count claim."""


def registry_source(records: list[Record], origin: Origin | None = None) -> dict:
    """Where a computed count came from: the registry records, the documents they cite, the independent ones."""
    cited = {c.source.address or c.source.title for r in records for c in r.sources}
    source: dict[str, object] = {
        "kind": "registry",
        "records": [r.id for r in records],
        "citations": sorted(a for a in cited if a),
    }
    source["independent_sources"] = independent_sources(records, origin or Origin())
    return source


def _what(claim: Claim) -> str:
    when = claim.date.isoformat() if claim.date else claim.year
    return f"{claim.subject} of {'–'.join(claim.parties)}" + (f" for {when}" if when else "")


def check_count_claim(
    registry: Registry | None,
    claim: Claim,
    tolerance: float = DEFAULT_TOLERANCE,
    wide_tolerance: float = WIDE_TOLERANCE,
    origin: Origin | None = None,
) -> CheckedClaim:
    """The verdict on a count claim against the records of the workspace registry independent of its article.

    ``origin`` is the article the claim comes from (default: only the claim's
    own sentences are known).
    """
    origin = origin or Origin(sentences=tuple(s.text for s in claim.statements) or (claim.text,))
    if claim.unresolved:
        return CheckedClaim(claim=claim, verdict="unresolved", reason=claim.unresolved)
    if not claim.parties or not claim.subject or claim.value is None:
        return CheckedClaim(
            claim=claim, verdict="unresolved", reason="a count needs what is counted, its parties and a number"
        )
    if registry is None:
        return CheckedClaim(claim=claim, verdict="no_data", reason="no workspace registry to count in")
    # a record flagged on reading (a NaN committed by an older version) counts for nothing until repaired
    records = [r for r in registry.list(party=claim.parties[0]) if not is_flagged(r)]
    try:
        found = _agreements(records, claim) if claim.subject == AGREEMENTS else _kpis(records, claim)
    except _Ambiguous as exc:
        return CheckedClaim(claim=claim, verdict="unresolved", reason=str(exc))
    if not found:
        return CheckedClaim(
            claim=claim,
            verdict="no_data",
            caveats=[cv.REGISTRY],
            source=registry_source([]),
            reason=f"the registry holds no {_what(claim)}",
        )
    independent, self_only = split_records(found, origin)
    if not independent:
        return CheckedClaim(
            claim=claim,
            verdict="unverifiable",
            caveats=[cv.REGISTRY],
            source=registry_source(self_only, origin),
            judged_by="registry",
            reason=f"{ONLY_THIS_ARTICLE}: the registry records of {_what(claim)} ({', '.join(r.id for r in self_only)}) "
            "cite only this article",
        )
    if claim.subject != AGREEMENTS:
        independent = independent[-1:]  # the latest independent KPI record of the year
    if claim.subject == AGREEMENTS:
        computed = float(sum(r.count or 1 for r in independent))
    else:
        assert independent[0].value is not None  # Record requires a value of every KPI
        computed = float(independent[0].value)
    judgement = judge(claim.value, computed, claim.qualifiers, "count", tolerance, wide_tolerance)
    return CheckedClaim(
        claim=claim,
        verdict=judgement.verdict,
        computed_value=computed,
        ratio=judgement.ratio,
        source=registry_source(independent, origin),
        caveats=[cv.REGISTRY],
        judged_by="registry",
    )
