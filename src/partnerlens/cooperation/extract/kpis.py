"""KPIs: "<metric> rising from one in 2012 to six in 2025" → one indicator (or target) per year."""

from __future__ import annotations

import re
from datetime import date

from partnerlens.cooperation.extract.context import ArticleContext, Draft, evidence, parties
from partnerlens.cooperation.extract.events import planned
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.quantities import count_value
from partnerlens.patterns import compiled

_KPI = re.compile(
    r"(?:from|de|с)\s+(?:just\s+|only\s+|seulement\s+|всего\s+)?(?P<n1>\w+)\s+(?:(?P<noun>[^\W\d_][\w-]*)\s+)?"
    r"(?:in|en|в)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|à|до)\s+(?P<n2>\w+)\s+(?:[^\W\d_][\w-]*\s+)?(?:in|en|в)\s+(?P<y2>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_METRIC_BEFORE = compiled(
    r"(?:number of|nombre d[e'’]\s*|количеств\w+|число)\s*(?P<metric>(?:[^\W\d_][\w'’-]*\s+){0,4}?[^\W\d_][\w-]*)\s+"
    r"(?:has\s+|have\s+)?(?:ris\w+|rose|grew|grow\w*|increas\w+|went|expand\w*|jump\w*|doubl\w*|passé|выросл\w*|увеличил\w*)?\s*$"
    r"|(?P<metric2>(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s+(?:presence\s+)?$",
    re.IGNORECASE,
)


def kpis(sentence: Sentence, context: ArticleContext) -> list[Draft]:
    """ "<metric> rising from one in 2012 to six in 2025" → one KPI proposal per year."""
    drafts = []
    for match in _KPI.finditer(sentence.text):
        first, second = count_value(match.group("n1")), count_value(match.group("n2"))
        if first is None or second is None:
            continue
        metric = _kpi_metric(sentence.text[: match.start()], match.group("noun"))
        if not metric:
            continue
        found = parties(sentence, context)
        if not found:
            continue
        for value, year in ((first, match.group("y1")), (second, match.group("y2"))):
            proposal = Proposal(
                kind="kpi",
                type="target" if planned(sentence.text, context.language) else "indicator",
                parties=found,
                date=date(int(year), 1, 1),
                date_precision="year",
                year=int(year),
                metric=metric,
                value=float(value),
                unit=metric.split()[-1],
                sectors=sectors(sentence.text, context.language, goods_only=False),
                evidence=evidence(sentence),
            )
            drafts.append(Draft(proposal, [proposal.evidence]))
    return drafts


def _kpi_metric(before: str, noun: str | None) -> str | None:
    match = _METRIC_BEFORE.search(before)
    phrase = (match.group("metric") or match.group("metric2")) if match else None
    if phrase:
        kept = [w for w in phrase.split() if not re.search(r"['’]s$", w) and w[0].islower()]
        phrase = " ".join(kept[-3:]) if kept else None
    if phrase and not re.search(r"(?:ing|ed)$", phrase.split()[-1]):
        return phrase
    if noun and noun[0].islower():
        return noun if noun.endswith("s") else noun + "s"
    return None
