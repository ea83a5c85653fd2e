"""What a sentence is read against: the whole article (states, people, bodies, dates, its main pair)
and what earlier sentences said (a year, a range of years, a pair of parties), recorded as carried
(:mod:`.carried`, re-exported here).

Parties are states named in the sentence, less those that are only part of a currency ("US dollars",
"долларов США") or of a side remark ("like Kenya", "comme le Maroc", "как и Узбекистан"); "the two
countries" stands for the article's main pair.

Compound adjectives ("turco-soudanais", "Sino-African", "российско-африканский") name both parties
(:mod:`.compounds`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from partnerlens.cooperation.bodies import BodyMention, find_bodies
from partnerlens.cooperation.date_of_year import with_named_year
from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.dates import DateMention, find_dates, resolve_dates
from partnerlens.cooperation.extract.bystanders import bystander, compounded_only
from partnerlens.cooperation.extract.compounds import compound_mentions
from partnerlens.cooperation.extract.given_names import without_given_names
from partnerlens.cooperation.extract.mention_roles import (
    attribute_of,
    excluded,
    names_a_language,
    only_listed,
    signed_between,
)
from partnerlens.cooperation.extract.passing import another_visit, side_remark
from partnerlens.cooperation.extract.sentences import Sentence, split_sentences
from partnerlens.cooperation.extract.venues import without_headline_venue
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.extract.water_bodies import without_water_bodies
from partnerlens.cooperation.gazetteer import PartyMention, find_party_mentions
from partnerlens.cooperation.models import Evidence, Proposal
from partnerlens.cooperation.people import PersonMention, find_people
from partnerlens.cooperation.quantities import currency_pattern
from partnerlens.reference.parties import find_party


@dataclass
class ArticleContext:
    """Everything found in the whole article, for the sentence rules to pick from."""

    text: str
    language: str
    mentions: list[PartyMention]
    people: list[PersonMention]
    bodies: list[BodyMention]
    dates: list[DateMention]
    focus: tuple[str, ...]
    published: date | None = None
    headline: tuple[str, ...] = ()  # the parties the headline names (context for figures that name none)
    headline_year: int | None = None  # the one past year a trade headline states (for figures with none)
    dateline: date | None = None  # the day of the text's dateline ("RABAT, 4 mars (MAP) –"): the day a wire reports
    dateline_end: int | None = None  # where the dateline ends in the text: the lead sentence follows it
    described: tuple[int, ...] = ()  # where the people and bodies named end (their relative clauses describe them)
    hint: tuple[int, int | None] | None = None  # (year, month) of a publication known no finer than that
    lead_end: int | None = None  # where the lead (first) sentence ends; None: the whole text is its lead

    @property
    def publication(self) -> tuple[date, str] | None:  # its ``[0].year`` is the year however finely it is known
        """The publication date and its precision: (day, "day"), or the first day of the month or year known."""
        year, month = self.hint or (0, None)
        known = (date(year, month or 1, 1), "month" if month else "year") if self.hint else None
        return (self.published, "day") if self.published else known

    def within(self, items: list, sentence: Sentence) -> list:
        return [i for i in items if sentence.start <= i.start and i.end <= sentence.end]


@dataclass
class Draft:
    """A proposal being built, with every sentence that told it (``complete``: its needs are met;
    ``borrowed``: its parties are the article's pair, its sentence named none)."""

    proposal: Proposal
    evidence: list[Evidence] = field(default_factory=list)
    complete: bool = True
    borrowed: bool = False
    done: bool = False  # an event its sentence tells in the past ("a entamé une visite"): held, whatever others plan
    at: int = 0  # where the event's word stands in its sentence
    day_of: int = 1  # "on the second day of the visit": the visit began day_of - 1 days before the day told
    another: bool = False  # "Duque también mantendrá reuniones con empresarios": a further event, never one told again
    scheduled: bool = False  # "Поездка запланирована на 16–18 сентября": planned by its own passive, told of this event


def build_context(
    text: str, language: str, published: date | None, hint, today: date | None, title: str | None = None
) -> ArticleContext:
    mentions = find_party_mentions(text, language)
    mentions = sorted(mentions + compound_mentions(text, language, mentions), key=lambda m: m.start)
    currencies = [(m.start(), m.end()) for m in currency_pattern().finditer(text)]
    mentions = [
        m for m in mentions if not any(s <= m.start and m.end <= e or 0 <= m.start - e <= 1 for s, e in currencies)
    ]
    mentions = [m for m in mentions if not names_a_language(text, m, language)]  # "Portuguese-speaking"
    mentions = without_water_bodies(text, mentions, language)  # "the Gulf of Guinea": extract/water_bodies.py
    mentions = _shared_adjectives(mentions)  # before people take their state from an adjective ("guinéen")
    bodies = find_bodies(text, mentions)
    titles = language if language in ("en", "fr", "ru", "pt", "es") else "en"  # people's titles are known in these
    people = [
        p for p in find_people(text, mentions, titles) if not any(b.start <= p.start and p.end <= b.end for b in bodies)
    ]
    people = [p for p in people if _is_name(p.person.name)]
    person_spans = {(p.start, p.end) for p in people}
    # a listed leader inside a body name ("Heydar Aliyev Foundation") is the body, not the person
    mentions = [m for m in mentions if not m.how.startswith("person") or (m.start, m.end) in person_spans]
    mentions = [  # a given name that is also a state's ("Mauricio Macri") is the person's
        m
        for m in mentions
        if not any(p.start <= m.start and m.end < p.end for p in people) or m.how not in ("name", "capital")
    ]  # and a capital inside a surname ("José de Lima Massano")
    # a state's name that is the surname of a person named in full before ("Luís Montenegro … Montenegro disse")
    surnames = {(p.start, p.end) for p in people if p.person.name.split()[-1] == text[p.start : p.end]}
    mentions = [m for m in mentions if m.how != "name" or (m.start, m.end) not in surnames]
    mentions = without_given_names(text, mentions, {p.start: p.end for p in people})  # "Georgia Meloni"
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
    mentions = _shared_adjectives(sorted(mentions, key=lambda m: m.start))
    dates = with_named_year(resolve_dates(find_dates(text), published=published, hint=hint, today=today), text)
    headline = _headline(title, language)
    described = tuple(sorted({p.end for p in people} | {b.end for b in bodies}))
    sentences = split_sentences(text)
    focus = _focus(text, language, sentences, mentions, headline, described)
    year = _headline_year(title, language, published)
    return ArticleContext(
        text,
        language,
        mentions,
        people,
        bodies,
        dates,
        focus,
        published,
        headline,
        year,
        described=described,
        hint=hint,
        lead_end=sentences[0].end if sentences else None,
    )


def _focus(
    text: str,
    language: str,
    sentences: list[Sentence],
    mentions: list[PartyMention],
    headline: tuple[str, ...],
    described: tuple[int, ...],
) -> tuple[str, ...]:
    """The article's main pair ("the two countries"): the states its headline names, in order, then those it names
    most, a state named only in a side remark ("like Kenya") not counted and one named in the lead sentence
    weighing three times: the pair an article is about is stated first, whatever its later paragraphs dwell on (a
    route "linking China to Europe", a company's home, a sanctioning state); ties go to the state named first."""
    weights: Counter[str] = Counter()
    first: dict[str, int] = {}
    for sentence in sentences:
        for m in (m for m in mentions if sentence.start <= m.start and m.end <= sentence.end):
            if side_remark(text, sentence, m, language, described):
                continue
            weights[m.party] += 3 if sentence is sentences[0] else 1
            first.setdefault(m.party, m.start)
    order = {code: index for index, code in enumerate(headline)}
    ranked = sorted(
        set(weights) | set(headline),
        key=lambda code: (order.get(code, len(order)), -weights[code], first.get(code, len(text))),
    )
    focus = tuple(code for code in ranked if is_economy(code))[:2]
    if len(focus) < 2:  # an article about a state and a group ("China and Africa")
        focus = tuple(ranked[:2])
    return focus


# states that share one adjective ("congolais", "конголезский"), or whose adjective the press uses for a neighbour
# of the same name ("le Premier ministre guinéen" of Guinea-Bissau, "the Guinean president" of Equatorial Guinea,
# "soudanais" of South Sudan): the gazetteer gives it to the first, the article may be about one of the others
_SAME_ADJECTIVE = {"COD": ("COG",), "GIN": ("GNB", "GNQ"), "SDN": ("SSD",)}


def _shared_adjectives(mentions: list[PartyMention]) -> list[PartyMention]:
    """An adjective states share is the one's the article names ("la République du Congo … le président congolais",
    "Bissau … le Premier ministre guinéen") when it never names the first by name or capital, and names only one of
    the others."""
    named = {m.party for m in mentions if m.how in ("name", "capital", "person") or m.how.startswith("person")}
    result = []
    for m in mentions:
        others = [o for o in _SAME_ADJECTIVE.get(m.party, ()) if o in named]
        if m.how == "adjective" and len(others) == 1 and m.party not in named:
            m = PartyMention(others[0], m.start, m.end, m.text, m.how)
        result.append(m)
    return result


def _headline_year(title: str | None, language: str, published: date | None) -> int | None:
    """The one year a headline about trade states, when it is no year aimed at ("Maroc-Turquie : des échanges de 5
    milliards de dollars en 2024", "Товарооборот России и Египта в 2024 году вырос"): the year of the article's
    figures that state none (not "by 2030", "d'ici 2030", "к 2030 году", nor a year after the publication)."""
    if not title or not words("trade_cues", language).search(title):
        return None
    years = {
        int(m.group(1))
        for m in WRITTEN_YEAR.finditer(title)
        if not re.search(r"(?<!\w)(?:by|until|d.ici|horizon|к|до|para|até|hasta)\s+$", title[: m.start()], re.I)
    }
    if len(years) != 1 or (published is not None and min(years) > published.year):
        return None
    return min(years)


def _headline(title: str | None, language: str) -> tuple[str, ...]:
    """The states (and groups) a headline names, in order, currency words and side remarks aside."""
    if not title:
        return ()
    mentions = without_water_bodies(title, find_party_mentions(title, language), language)
    mentions = without_given_names(title, mentions, {})  # "Visite de Georgia Meloni à Alger"
    mentions = without_headline_venue(title, mentions, language)  # "Putin’s meeting in Bishkek with Indian PM"
    mentions += compound_mentions(title, language, mentions)
    currencies = [(m.start(), m.end()) for m in currency_pattern().finditer(title)]
    kept = sorted(
        (
            m
            for m in mentions
            if not any(s <= m.start and m.end <= e for s, e in currencies)
            and not names_a_language(title, m, language)
            and not excluded(title, m, language)  # "… à l'exception des États-Unis": not a side
        ),
        key=lambda m: m.start,
    )
    return tuple(dict.fromkeys(m.party for m in kept))


_TITLE_WORDS = re.compile(
    r"^(?:Minister|Ministry|Ministre|Affairs|Foreign|Cooperation|Coopération|African|International|Trade|Economy|Economic"
    r"|Development|Integration|Affaires|Étrangères|Etrangères|Secretary|State|General|Deputy|Vice|Prime|Premier|President"
    r"|Chairman|Head|Ambassador|Minister|Министр\w*|Дел|Иностранных|Президент\w*|Премьер\w*"
    # an ambassador's and an office's title words ("Embaixador Extraordinário e Plenipotenciário", "Minister of
    # Health, Population and Hospital Reform", "Speaker of the National Assembly")
    r"|Extraordinary|Extraordinaire|Extraordinário|Extraordinario|Plenipotentiary|Plénipotentiaire|Plenipotenciário"
    r"|Plenipotenciario|National|Nationale|Nacional|Assembly|Assemblée|Assembleia|Asamblea|Population|Reform)$"
)
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,}[a-zа-яё]{0,3}$")  # capitals, then at most a case ending ("МИДа", "ООН")
_ADJECTIVE_END = re.compile(r"(?:ого|его|ому|ему|ский|ская|ской|ские|ских|ый|ий|ая|ое|ые)$")


def _is_name(name: str) -> bool:
    """Not a title fragment ("Foreign Affairs, African Cooperation"): some word of a name is not a title word."""
    tokens = [t for t in re.split(r"[\s,]+", name) if t and t[0].isupper()]
    if len(tokens) == 1 and _ADJECTIVE_END.search(tokens[0]):
        return False  # "Африканского": an adjective of a body's name, not a surname
    if len(tokens) == 1 and _ACRONYM.match(tokens[0]):
        return False  # "глава российского МИДа", "PDVSA": an organisation's initials, declined or not
    return bool(tokens) and not all(_TITLE_WORDS.match(t) for t in tokens)


def clear_pair(context: ArticleContext) -> bool:
    """The article is about two parties, each named at least twice."""
    counts = [sum(m.party == code for m in context.mentions) for code in context.focus]
    return len(counts) == 2 and min(counts) >= 2


def is_economy(code: str) -> bool:
    return len(code) == 3 and code.isupper()


def parties(sentence: Sentence, context: ArticleContext) -> list[str]:
    """States in the sentence (groups only when no member of theirs is named too); the article's pair for "bilateral".

    A state named only in a side remark ("like Kenya") is left out when another state remains or the sentence names
    the pair ("the two countries … neighbouring Somalia"); a member listed for a group and no side elsewhere, always.
    """
    mentions = [m for m in context.within(context.mentions, sentence) if not only_listed(m, sentence, context)]
    main = [m for m in mentions if not _in_passing(m, sentence, context)]
    pair = words("pair_words", context.language).search(sentence.text)
    if not (main or pair and len(context.focus) >= 2):  # only side remarks: kept, but never another's visitor
        main = [m for m in mentions if not another_visit(context.text, sentence, m, context.language)]
    mentions = main
    codes = list(dict.fromkeys(m.party for m in mentions))
    if len([c for c in codes if is_economy(c)]) < 2 and pair:
        codes += [c for c in context.focus if c not in codes]
    economies = [c for c in codes if is_economy(c)]
    result = []
    for code in codes:
        group = find_party(code) if code not in economies else None
        if group is not None and group.is_group and any(e in group.members for e in economies):
            continue
        result.append(code)
    return result


def _in_passing(mention: PartyMention, sentence: Sentence, context: ArticleContext) -> bool:
    """A side remark ("like Kenya"), or the home of a company or an envoy ("the German company Siemens", "l'ambassadeur
    de France"), or a side of another pair's agreement ("l'accord … signé entre la Russie et l'Ukraine") when that
    state is not one of the article's pair; or, outside the pair, a bystander or a state only ever named in a compound
    ("the Russia-US summit"; extract/bystanders.py)."""
    if side_remark(context.text, sentence, mention, context.language, context.described):
        return True
    if mention.party in context.focus:
        return False
    named = {m.party for m in context.within(context.mentions, sentence) if m is not mention}
    return (
        bystander(context.text, sentence, mention, context.language, context.focus, named)
        or compounded_only(context.text, mention, context.mentions)
        or attribute_of(context.text, sentence, mention, context.language)
        or signed_between(context.text, sentence, mention, context.language)
    )


def evidence(sentence: Sentence) -> Evidence:
    return Evidence(text=sentence.text, start=sentence.start, end=sentence.end)


# --- compound adjectives ("turco-soudanais", "Sino-African", "российско-африканский") -------------------------
