"""Article → proposals: events, agreements, KPIs and quantitative trade claims, each with its evidence.

The one extractor of partnerlens (the claim checker reads its ``claim`` and
``kpi`` proposals). It works sentence by sentence with general rules and data:

* states from the gazetteer (names, adjectives, capitals, seats of government,
  groups, leaders) and from people introduced with their country;
* event and agreement types from the vocabulary of diplomatic reporting
  (``data/event_types.yaml``, English, French and Russian) — a type needs the
  states its kind implies (a visit has a visitor and a host);
* dates resolved against the article (``dates``), sectors from the taxonomy
  (``reference.sectors.find_sector_mentions``), counts and money (``quantities``);
* the same event told in several sentences becomes one proposal with every
  evidence sentence.

Nothing here writes anywhere; see ``storage`` for the pending queue.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from partnerlens.cooperation.article import Article, detect_language
from partnerlens.cooperation.dates import DateMention, find_dates, resolve_dates
from partnerlens.cooperation.gazetteer import PartyMention, data_file, find_party_mentions
from partnerlens.cooperation.models import Evidence, Proposal, dates_compatible
from partnerlens.cooperation.people import BodyMention, PersonMention, find_bodies, find_people
from partnerlens.cooperation.quantities import Quantity, count_value, find_quantities
from partnerlens.reference.parties import find_party
from partnerlens.reference.sectors import find_sector_mentions, load_sectors

_VISITS = ("state_visit", "official_visit", "working_visit", "visit")
_MEETINGS = ("talks", "ministerial_meeting", "summit")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Col|Lt|Capt|No|Nos|Vol|Art|Inc|Ltd|Co|Corp|vs|etc|approx|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|H\.E|U\.S|U\.K|e\.g|i\.e|г|гг|им|т\.е|тыс|млн|млрд|долл|руб)\.|\b[A-Z]\.)$"
)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|\n\s*")
_PAIR_WORDS = re.compile(
    r"\b(?:bilateral|the two (?:countries|sides|nations|states|leaders|presidents|heads of state|ministers|governments)"
    r"|both (?:countries|sides|nations|leaders|heads of state)|between the two|les deux (?:pays|parties|chefs d'[ée]tat)"
    r"|bilatéra\w*|двусторонн\w*|обе(?:их)? стран\w*|двух стран|стороны)\b",
    re.IGNORECASE,
)
_LEADER_WORDS = re.compile(
    r"\b(?:leaders|heads? of state|presidents?|prime ministers?|king|emir|chefs? d'[ée]tat|présidents?|лидер\w*|президент\w*)\b",
    re.IGNORECASE,
)
_MINISTER_WORDS = re.compile(
    r"\b(?<!Prime )(?<!Premier )(?:minist\w*|secretary of state|foreign secretary|министр\w*|глав\w* МИД)", re.IGNORECASE
)
_LEADER_ROLES = re.compile(
    r"(?<!Deputy )(?<!Vice )(?<!Vice-)(?:President|King|Emir|Prime Minister|Premier|Chancellor|Président|Roi|Президент|Премьер)",
    re.IGNORECASE,
)
_COOPERATION_CUES = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partnership\w*|sectors?|areas?|fields?|talks|discuss\w*|focus\w*|agenda"
    r"|priorit\w*|agreements?|memorand\w*|coopération|secteurs?|domaines?|сотрудничеств\w*|сфер\w*|отрасл\w*|област\w*)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|expected to|set to|to be signed|plans? to|is to|are to|shall|upcoming|preparations? for|signera|sera|seront"
    r"|prévoit|préparation|будет|будут|планиру\w*|подготовк\w*)\b",
    re.IGNORECASE,
)
_TRADE_CUES = re.compile(
    r"\b(?:trade|traded|exports?|exported|imports?|imported|turnover|generated|shipments|commerce|sales|échanges|exportations?"
    r"|importations?|commerc\w*|товарооборот\w*|торгов\w*|экспорт\w*|импорт\w*)\b",
    re.IGNORECASE,
)
_KPI = re.compile(
    r"(?:from|de|с)\s+(?:just\s+|only\s+|seulement\s+|всего\s+)?(?P<n1>\w+)\s+(?:(?P<noun>[^\W\d_][\w-]*)\s+)?"
    r"(?:in|en|в)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|à|до)\s+(?P<n2>\w+)\s+(?:[^\W\d_][\w-]*\s+)?(?:in|en|в)\s+(?P<y2>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_METRIC_BEFORE = re.compile(
    r"(?:number of|nombre d[e'’]\s*|количеств\w+|число)\s*(?P<metric>(?:[^\W\d_][\w'’-]*\s+){0,4}?[^\W\d_][\w-]*)\s+"
    r"(?:has\s+|have\s+)?(?:ris\w+|rose|grew|grow\w*|increas\w+|went|expand\w*|jump\w*|doubl\w*|passé|выросл\w*|увеличил\w*)?\s*$"
    r"|(?P<metric2>(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s+(?:presence\s+)?$",
    re.IGNORECASE,
)
_TITLE_AGREEMENT = re.compile(
    r"(?:Agreement|Memorandum of Understanding|Memorandum|Protocol|Treaty|Joint Declaration|Roadmap|Accord|Convention)"
    r"\s+(?:on|of|for|between|concerning)\s+(?:[A-Z]?[\w-]+\s+){0,8}?(?:[A-Z][\w-]+|cooperation|services)",
)
_FORUM_NAME = re.compile(r"(?:[A-Z][\w-]*\s+){1,5}(?:Forum|Summit|Conference|Expo|Exhibition|Week)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: at ``.!?`` before a capital, and at line breaks; abbreviations kept."""
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).strip() == "" and "\n" not in match.group(0) and _ABBREVIATIONS.search(text[start : match.start()]):
            continue
        _append(sentences, text, start, match.start())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + (len(chunk) - len(chunk.lstrip()))
        sentences.append(Sentence(offset, offset + len(stripped), stripped))


@dataclass(frozen=True)
class _TypeRule:
    type: str
    kind: str
    needs: tuple[str, ...]
    patterns: dict[str, re.Pattern]


@cache
def _vocabulary() -> tuple[tuple[_TypeRule, ...], dict[str, dict[str, re.Pattern]], dict[str, re.Pattern]]:
    data = data_file("event_types.yaml")

    def compile_(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
        return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")", flags)

    rules = tuple(
        _TypeRule(
            entry["type"],
            entry["kind"],
            tuple(entry.get("needs", ())),
            {lang: compile_(entry[lang]) for lang in ("en", "fr", "ru") if entry.get(lang)},
        )
        for entry in data["types"]
    )
    instruments = {
        name: {lang: compile_(patterns, re.IGNORECASE if lang != "en" else 0) for lang, patterns in forms.items()}
        for name, forms in data["instruments"].items()
    }
    hedges = {lang: compile_(patterns) for lang, patterns in data["hedges"].items()}
    return rules, instruments, hedges


@dataclass
class _Context:
    """Everything found in the whole article, for the sentence rules to pick from."""

    text: str
    language: str
    mentions: list[PartyMention]
    people: list[PersonMention]
    bodies: list[BodyMention]
    dates: list[DateMention]
    focus: tuple[str, ...]

    def within(self, items: list, sentence: Sentence) -> list:
        return [i for i in items if sentence.start <= i.start and i.end <= sentence.end]


@dataclass
class _Draft:
    proposal: Proposal
    evidence: list[Evidence] = field(default_factory=list)
    complete: bool = True


def extract_text(
    text: str,
    *,
    language: str | None = None,
    published: date | None = None,
    date_hint: tuple[int, int | None] | None = None,
    today: date | None = None,
) -> list[Proposal]:
    """Proposals read from ``text`` (offsets refer to ``text``)."""
    language = language or detect_language(text)
    context = _context(text, language, published, date_hint, today)
    drafts: list[_Draft] = []
    last_event: tuple[int, _Draft] | None = None  # (line, draft)
    previous: list[Proposal] = []  # events of the sentence before
    loose_sectors: list[str] = []
    for sentence in split_sentences(text):
        line = text.count("\n", 0, sentence.start)
        events = [_dated_by(d, previous, sentence) for d in _events(sentence, context)]
        found = events + _kpis(sentence, context) + _claims(sentence, context)
        previous = [d.proposal for d in events] if last_event is None or last_event[0] == line else []
        for draft in found:
            target = _merge_into(drafts, draft)
            if draft.proposal.kind in ("event", "agreement"):
                last_event = (line, target)
        if not any(d.proposal.kind in ("event", "agreement") for d in found) and _about_cooperation(sentence, context):
            sectors = _sectors(sentence.text, goods_only=False)
            if last_event is not None and last_event[0] == line:
                _add_sectors(last_event[1], sectors)
            else:
                loose_sectors += sectors
    _attach_to_main(drafts, loose_sectors)
    return [_finish(d) for d in drafts if d.complete]


def _dated_by(draft: _Draft, previous: list[Proposal], sentence: Sentence) -> _Draft:
    """An undated past event told right after a dated one of the same states happened that day
    ("… held talks in Nairobi on Tuesday. The two ministers signed a memorandum …")."""
    proposal = draft.proposal
    if proposal.date is not None or _FUTURE.search(sentence.text):
        return draft
    source = next((p for p in previous if p.date is not None and set(p.parties) == set(proposal.parties)), None)
    if source is None:
        return draft
    draft.proposal = proposal.model_copy(update={"date": source.date, "date_precision": source.date_precision})
    return draft


def _about_cooperation(sentence: Sentence, context: _Context) -> bool:
    """A sentence that names cooperation areas, or that speaks of both states the article is about."""
    if _COOPERATION_CUES.search(sentence.text):
        return True
    named = {m.party for m in context.within(context.mentions, sentence)}
    return len(context.focus) == 2 and set(context.focus) <= named


def _attach_to_main(drafts: list[_Draft], sectors: list[str]) -> None:
    """Cooperation areas an article lists away from any event belong to its first event or agreement."""
    main = next((d for d in drafts if d.complete and d.proposal.kind in ("event", "agreement")), None)
    if main is not None:
        _add_sectors(main, sectors)


def extract(article: Article, today: date | None = None) -> list[Proposal]:
    """Proposals read from an article (see :func:`extract_text`)."""
    return extract_text(
        article.text,
        language=article.source.language,
        published=article.source.published,
        date_hint=article.date_hint,
        today=today,
    )


def _context(text: str, language: str, published: date | None, hint, today: date | None) -> _Context:
    mentions = find_party_mentions(text, language)
    bodies = find_bodies(text, mentions)
    people = [p for p in find_people(text, mentions, language) if not any(b.start <= p.start and p.end <= b.end for b in bodies)]
    person_spans = {(p.start, p.end) for p in people}
    # a listed leader inside a body name ("Heydar Aliyev Foundation") is the body, not the person
    mentions = [m for m in mentions if not m.how.startswith("person") or (m.start, m.end) in person_spans]
    mentions += [
        PartyMention(p.person.party, p.start, p.end, text[p.start : p.end], "person")
        for p in people
        if p.person.party and not any(m.start == p.start for m in mentions)
    ]
    mentions += [  # a body stands for its state when nothing inside its name already does
        PartyMention(b.party, b.start, b.end, b.name, "body")
        for b in bodies
        if b.party and not any(b.start <= m.start < b.end for m in mentions)
    ]
    mentions.sort(key=lambda m: m.start)
    dates = resolve_dates(find_dates(text), published=published, hint=hint, today=today, language=language)
    economies = Counter(m.party for m in mentions if m.party.isupper() and len(m.party) == 3)
    focus = tuple(code for code, _ in economies.most_common(2))
    return _Context(text, language, mentions, people, bodies, dates, focus)


# --- events and agreements -------------------------------------------------------------


def _matched_types(sentence: Sentence, language: str) -> list[tuple[_TypeRule, re.Match]]:
    rules, _, _ = _vocabulary()
    matched = []
    for rule in rules:
        pattern = rule.patterns.get(language) or rule.patterns.get("en")
        match = pattern.search(sentence.text) if pattern else None
        if match:
            matched.append((rule, match))
    return matched


def _family(rule: _TypeRule) -> str:
    """Types that exclude each other within a sentence: one visit, one meeting, one agreement."""
    if rule.type in _VISITS:
        return "visit"
    if rule.type in _MEETINGS:
        return "meeting"
    return "agreement" if rule.kind == "agreement" else rule.type  # a visa agreement is the agreement signed


def _parties(sentence: Sentence, context: _Context) -> list[str]:
    """States in the sentence (groups only when no member of theirs is named too); the article's pair for "bilateral"."""
    codes = list(dict.fromkeys(m.party for m in context.within(context.mentions, sentence)))
    if len([c for c in codes if len(c) == 3 and c.isupper()]) < 2 and _PAIR_WORDS.search(sentence.text):
        codes += [c for c in context.focus if c not in codes]
    economies = [c for c in codes if len(c) == 3 and c.isupper()]
    result = []
    for code in codes:
        group = find_party(code) if code not in economies else None
        if group is not None and group.is_group and any(e in group.members for e in economies):
            continue
        result.append(code)
    return result


def _needs_met(rule: _TypeRule, parties: list[str], people: list[PersonMention], sentence: Sentence, language: str) -> bool:
    _, instruments, _ = _vocabulary()
    for need in rule.needs:
        if need == "party" and not parties:
            return False
        if need == "two_parties" and len(parties) < 2:
            return False
        if need == "instrument" and not _instrument(sentence.text, language):
            return False
        leaders = any(_LEADER_ROLES.search(p.person.role or "") for p in people)
        if need == "minister" and (leaders or not (
            any(_MINISTER_WORDS.search(p.person.role or "") for p in people) or _MINISTER_WORDS.search(sentence.text)
        )):
            return False  # a meeting with a head of state or government is "talks"
        if need == "leader" and not (leaders or _LEADER_WORDS.search(sentence.text)):
            return False
    return True


def _instrument(text: str, language: str) -> str | None:
    _, instruments, _ = _vocabulary()
    best: tuple[int, str] | None = None
    for name, forms in instruments.items():
        pattern = forms.get(language) or forms.get("en")
        match = pattern.search(text) if pattern else None
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else None


def _hedged(sentence: Sentence, language: str) -> bool:
    _, _, hedges = _vocabulary()
    pattern = hedges.get(language) or hedges["en"]
    return bool(pattern.search(sentence.text))


def _events(sentence: Sentence, context: _Context) -> list[_Draft]:
    """The events and agreements a sentence reports: per family the first type (most specific) whose needs
    are met; a meeting in a sentence that reports a visit is the visit. A visit or signing with one state
    known is kept only to join a fuller proposal of the article (``complete=False``)."""
    matched = _matched_types(sentence, context.language)
    if not matched:
        return []
    dates = context.within(context.dates, sentence)
    if _hedged(sentence, context.language) and not any(d.value for d in dates):
        return []
    parties = _parties(sentence, context)
    people = context.within(context.people, sentence)
    drafts, families = [], set()
    for rule, match in matched:
        family = _family(rule)
        if family in families or (family == "meeting" and "visit" in families):
            continue
        complete = _needs_met(rule, parties, people, sentence, context.language)
        if not complete and not (rule.type in _VISITS + ("agreement_signing",) and len(parties) == 1):
            continue
        families.add(family)
        drafts.append(_event_draft(rule, match, sentence, context, parties, people, dates, complete=complete))
    return drafts


def _event_draft(rule, match, sentence, context, parties, people, dates, complete: bool) -> _Draft:
    when = _nearest_date(dates, sentence.start + match.start())
    kind = rule.kind
    proposal = Proposal(
        kind=kind,
        type=rule.type,
        parties=parties,
        date=when.value if when else None,
        date_precision=when.precision if when else None,
        place=_place(sentence, context),
        people=list(dict.fromkeys(p.person for p in people)),
        bodies=list(dict.fromkeys(b.name for b in context.within(context.bodies, sentence))),
        sectors=_sectors(sentence.text, goods_only=False),
        evidence=_evidence(sentence),
    )
    if kind == "agreement":
        proposal = proposal.model_copy(update=_agreement_fields(sentence, context.language, rule.type))
    if rule.type == "forum":
        name = _FORUM_NAME.search(sentence.text)
        proposal = proposal.model_copy(update={"title": name.group(0).strip() if name else None})
    return _Draft(proposal, [proposal.evidence], complete)


def _agreement_fields(sentence: Sentence, language: str, type_: str) -> dict:
    """Instrument, count ("five intergovernmental agreements"), title and status of an agreement."""
    instrument = _instrument(sentence.text, language) or ("agreement" if type_ == "visa_agreement" else None)
    count = next(
        (int(q.value) for q in find_quantities(sentence.text) if q.kind == "count" and _instrument(q.unit or "", language)),
        None,
    )
    title = _TITLE_AGREEMENT.search(sentence.text)
    return {
        "instrument": instrument,
        "count": count,
        "title": title.group(0) if title else None,
        "status": "announced" if _FUTURE.search(sentence.text) else "signed",
    }


def _nearest_date(dates: list[DateMention], position: int) -> DateMention | None:
    usable = [d for d in dates if d.value is not None]
    if not usable:
        return None
    return min(usable, key=lambda d: (abs(d.start - position), {"day": 0, "month": 1, "year": 2}[d.precision]))


def _place(sentence: Sentence, context: _Context) -> str | None:
    """The first capital or seat of government named in the sentence."""
    return next((m.text for m in context.within(context.mentions, sentence) if m.how in ("capital", "seat")), None)


def _sectors(text: str, goods_only: bool) -> list[str]:
    taxonomy = load_sectors()
    ids = [m.sector for m in find_sector_mentions(text, taxonomy)]
    if goods_only:
        ids = [i for i in ids if taxonomy[i].trades_in_goods]
    return list(dict.fromkeys(ids))


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(text=sentence.text, start=sentence.start, end=sentence.end)


# --- KPIs ------------------------------------------------------------------------------


def _kpis(sentence: Sentence, context: _Context) -> list[_Draft]:
    """"<metric> rising from one in 2012 to six in 2025" → one KPI proposal per year."""
    drafts = []
    for match in _KPI.finditer(sentence.text):
        first, second = count_value(match.group("n1")), count_value(match.group("n2"))
        if first is None or second is None:
            continue
        metric = _kpi_metric(sentence.text[: match.start()], match.group("noun"))
        if not metric:
            continue
        parties = _parties(sentence, context)
        if not parties:
            continue
        for value, year in ((first, match.group("y1")), (second, match.group("y2"))):
            proposal = Proposal(
                kind="kpi",
                type="target" if _FUTURE.search(sentence.text) else "indicator",
                parties=parties,
                date=date(int(year), 1, 1),
                date_precision="year",
                year=int(year),
                metric=metric,
                value=float(value),
                unit=metric.split()[-1],
                sectors=_sectors(sentence.text, goods_only=False),
                evidence=_evidence(sentence),
            )
            drafts.append(_Draft(proposal, [proposal.evidence]))
    return drafts


def _kpi_metric(before: str, noun: str | None) -> str | None:
    match = _METRIC_BEFORE.search(before)
    phrase = (match.group("metric") or match.group("metric2")) if match else None
    if phrase:
        words = [w for w in phrase.split() if not re.search(r"['’]s$", w) and w[0].islower()]
        phrase = " ".join(words[-3:]) if words else None
    if phrase and not re.search(r"(?:ing|ed)$", phrase.split()[-1]):
        return phrase
    if noun and noun[0].islower():
        return noun if noun.endswith("s") else noun + "s"
    return None


# --- trade claims ----------------------------------------------------------------------


_GROWTH = re.compile(
    r"\b(?:increas\w*|grew|grow\w*|rose|ris\w+|up|jump\w*|surg\w*|declin\w*|fell|fall\w*|down|decreas\w*|drop\w*"
    r"|hausse|baisse|progress\w*|augment\w*|вырос\w*|рост\w*|увелич\w*|снизил\w*|сократил\w*)\b",
    re.IGNORECASE,
)
_SHARE = re.compile(r"\b(?:share|of (?:its|their|the|his|her) (?:total )?(?:exports|imports|trade)|of total|part|доля|доли)\b", re.IGNORECASE)
_YEAR_NEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _claims(sentence: Sentence, context: _Context) -> list[_Draft]:
    drafts = _rank_claims(sentence, context)
    if not _TRADE_CUES.search(sentence.text):
        return drafts
    for quantity in find_quantities(sentence.text):
        if quantity.kind == "count" or (quantity.kind == "money" and quantity.currency is None):
            continue
        drafts.append(_Draft(_claim(quantity, sentence, context), [_evidence(sentence)]))
    return drafts


def _claim(quantity: Quantity, sentence: Sentence, context: _Context) -> Proposal:
    metric = _metric(sentence.text, quantity)
    base_year = _base_year(sentence.text) if metric == "growth" else None
    return Proposal(
        kind="claim",
        type="trade",
        parties=_flow_owner_first(sentence, context, _parties(sentence, context)),
        sectors=_sectors(sentence.text, goods_only=True),
        value_usd=quantity.value_usd,
        value=quantity.value,
        unit=quantity.currency if quantity.kind == "money" else "percent",
        year=_year_near(sentence.text, quantity.start, skip=base_year) or _resolved_year(quantity, sentence, context),
        base_year=base_year,
        qualifier=quantity.qualifier,
        metric=metric,
        flow=_flow(sentence.text, quantity),
        evidence=Evidence(text=sentence.text, start=sentence.start, end=sentence.end),
    )


_OWNED_FLOW = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:exports?|imports?|trade|sales|purchases)\b", re.IGNORECASE)


def _flow_owner_first(sentence: Sentence, context: _Context, parties: list[str]) -> list[str]:
    """The parties with the one whose flow the figure is first: "Kenya took 65% of Rwanda's exports" → [RWA, KEN]."""
    owner = next(
        (m.party for m in context.within(context.mentions, sentence) if _OWNED_FLOW.match(context.text, m.end)), None
    )
    return [owner] + [p for p in parties if p != owner] if owner in parties else parties


def _year_near(text: str, position: int, skip: int | None = None) -> int | None:
    """The year written closest to ``position`` in ``text`` (other than ``skip``)."""
    years = [(abs(m.start() - position), int(m.group(1))) for m in _YEAR_NEAR.finditer(text) if int(m.group(1)) != skip]
    return min(years)[1] if years else None


_BASE_YEAR = re.compile(
    r"\b(?:on|over|from|since|compared (?:with|to)|versus|vs\.?|relative to|than in|between)\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _base_year(text: str) -> int | None:
    """The year a growth rate is measured from, when the text names it ("up 40% on 2023", "since 2020")."""
    match = _BASE_YEAR.search(text)
    return int(match.group(1)) if match else None


def _resolved_year(quantity: Quantity, sentence: Sentence, context: _Context) -> int | None:
    """The year of the resolved date nearest the figure ("last year" in a 2025 article → 2024)."""
    position = sentence.start + quantity.start
    years = [(abs(d.start - position), d.value.year) for d in context.within(context.dates, sentence) if d.value is not None]
    return min(years)[1] if years else None


def _metric(text: str, quantity: Quantity) -> str:
    """total, exports, imports, growth or share: the words around the figure decide."""
    window = text[max(0, quantity.start - 80) : quantity.end + 60]
    if quantity.kind == "percent":
        if _SHARE.search(text[quantity.end : quantity.end + 60]) or re.search(r"\bshare\b|\bдол[яи]\b", window, re.IGNORECASE):
            return "share"
        if _GROWTH.search(window):
            return "growth"
        return "share"
    return _flow(text, quantity)


def _flow(text: str, quantity: Quantity) -> str:
    """total, exports or imports: the flow the figure is about ("35 percent of its total exports" → exports)."""
    before = text[max(0, quantity.start - 80) : quantity.start]
    after = text[quantity.end : quantity.end + 60]
    exports = re.search(r"\bexport\w*|экспорт\w*", before + " " + after, re.IGNORECASE)
    imports = re.search(r"\bimport\w*|импорт\w*", before + " " + after, re.IGNORECASE)
    total = re.search(r"\btrade\b|turnover|bilateral|commerce|échanges|товарооборот\w*|торгов\w*", before, re.IGNORECASE)
    if total and not (exports or imports) or (exports and imports):
        return "total"
    if exports:
        return "exports"
    if imports:
        return "imports"
    return "total"


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_RANK = re.compile(
    r"\b(?:(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+)?"
    r"(?:largest|biggest|leading|main|top)\s+(?:(?P<exports>export\s+(?:market|destination|partner)|market|destination"
    r"|buyer|customer)|(?P<imports>import\s+(?:source|origin|partner)|source\s+of\s+imports|supplier)"
    r"|(?P<total>trad(?:e|ing)\s+partner|partner))(?!\w)",
    re.IGNORECASE,
)
_RANK_OF = re.compile(r"^\s*(?:of|for)\s+$", re.IGNORECASE)


def _rank_claims(sentence: Sentence, context: _Context) -> list[_Draft]:
    """"Kazakhstan is Rwanda's third-largest export market" → a rank claim: parties [RWA, KAZ], flow exports, 3.

    Only a singular rank ("one of its largest partners" states none) whose
    ranking party is clear: a possessive just before the phrase ("Rwanda's"),
    or "of"/"for" just after it ("the largest trading partner of Rwanda"); the
    partner is the one other state the sentence names.
    """
    mentions = context.within(context.mentions, sentence)
    drafts = []
    for match in _RANK.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        owner = next(
            (m for m in reversed(mentions) if m.end <= start and re.fullmatch(r"[’']s\s+(?:the\s+)?", context.text[m.end : start])),
            None,
        ) or next((m for m in mentions if m.start >= end and _RANK_OF.match(context.text[end : m.start])), None)
        others = list(dict.fromkeys(m.party for m in mentions if owner is not None and m.party != owner.party))
        if owner is None or len(others) != 1:
            continue
        word = (match.group("ordinal") or "").casefold()
        rank = _ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 1)
        proposal = Proposal(
            kind="claim",
            type="trade",
            parties=[owner.party, others[0]],
            sectors=_sectors(sentence.text, goods_only=True),
            value=float(rank),
            unit="rank",
            year=_year_near(sentence.text, match.start()),
            metric="rank",
            flow=next(name for name in ("exports", "imports", "total") if match.group(name)),
            evidence=_evidence(sentence),
        )
        drafts.append(_Draft(proposal, [proposal.evidence]))
    return drafts


# --- merging ---------------------------------------------------------------------------


def _compatible_types(a: Proposal, b: Proposal) -> str | None:
    """The merged type when ``a`` and ``b`` may be the same event, else None.

    A general word (a visit, talks, a summit) joins a specific visit of the same
    states when it adds no conflicting date: "the visit", "the talks" during a state visit.
    """
    if a.kind != b.kind:
        return None
    if a.type == b.type:
        return a.type
    family = set(_VISITS) | {"talks", "summit"}
    if a.type not in family or b.type not in family:
        return None
    general = ("visit", "talks", "summit")
    specific = {t for t in (a.type, b.type) if t not in general}
    if len(specific) > 1:
        return None
    if not specific:
        return "visit" if "visit" in (a.type, b.type) else None
    generic = a if a.type in general else b
    other = b if generic is a else a
    if generic.date is not None and (other.date is None or generic.date != other.date):
        return None
    return specific.pop()


def _merge_into(drafts: list[_Draft], new: _Draft) -> _Draft:
    """Fold ``new`` into an earlier draft of the same event (same kind and type, nested parties, close dates)."""
    if new.proposal.kind in ("event", "agreement"):
        for draft in drafts:
            old = draft.proposal
            merged_type = _compatible_types(old, new.proposal)
            nested = set(old.parties) <= set(new.proposal.parties) or set(new.proposal.parties) <= set(old.parties)
            if merged_type and nested and dates_compatible(old, new.proposal, window_days=0) and (draft.complete or new.complete):
                _absorb(draft, new, merged_type)
                return draft
    drafts.append(new)
    return new


def _absorb(draft: _Draft, new: _Draft, merged_type: str) -> None:
    old, other = draft.proposal, new.proposal
    use_new_date = other.date is not None and (
        old.date is None or ["year", "month", "day"].index(other.date_precision or "day") > ["year", "month", "day"].index(old.date_precision or "day")
    )
    update = {
        "type": merged_type,
        "parties": list(dict.fromkeys(old.parties + other.parties)),
        "people": list(dict.fromkeys(old.people + other.people)),
        "bodies": list(dict.fromkeys(old.bodies + other.bodies)),
        "sectors": list(dict.fromkeys(old.sectors + other.sectors)),
        "place": old.place or other.place,
        "count": old.count or other.count,
        "title": old.title or other.title,
        "instrument": old.instrument or other.instrument,
    }
    if use_new_date:
        update |= {"date": other.date, "date_precision": other.date_precision}
    if old.kind == "agreement" and "signed" in (old.status, other.status):
        update["status"] = "signed"
    draft.proposal = old.model_copy(update=update)
    draft.evidence += [e for e in new.evidence if e not in draft.evidence]
    draft.complete = draft.complete or new.complete


def _add_sectors(draft: _Draft, sectors: list[str]) -> None:
    if sectors:
        draft.proposal = draft.proposal.model_copy(update={"sectors": list(dict.fromkeys(draft.proposal.sectors + sectors))})


def _finish(draft: _Draft) -> Proposal:
    """The proposal with its first evidence as ``evidence`` and the others as ``also``."""
    return draft.proposal.model_copy(update={"evidence": draft.evidence[0], "also": draft.evidence[1:]})
