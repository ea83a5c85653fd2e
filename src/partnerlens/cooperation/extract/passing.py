"""States named in passing in a sentence, which are no parties of what it tells (issue 11, party precision).

A state in parentheses or brackets; a capital naming a past occasion ("the Berlin Conference", "l'accord de
Paris"); the home of a news source ("Russia's TASS news agency", "l'agence chinoise Xinhua", "китайское агентство
Синьхуа"); a state after a side-remark word of ``data/lang/<language>.yaml`` ``side_remarks`` — a comparison
("like Kenya"), a neighbour, a previous stop of a tour ("after Algeria", "après avoir effectué une visite d'État
en Chine"), the place a leader left, continents of a geographic description ("a bridge between Europe and Asia"),
the state behind sanctions, a transit ("via Addis Ababa", "с пересадкой в": ``transit_words``), a state left out of
what is counted ("its main partner outside the EU, except the United States", "à l'exception des États-Unis", "за
исключением США": ``exclusion_words``); a trip already
made, after a count of them ("has visited three countries, including …": ``trips_counted``); a bloc an ordinal
country is counted in ("the first country to visit in the EAC": ``ordinal_scope``); a state inside a
relative clause set off by a comma (", who studied in Cairo,"); a state joined to a participle of a person's origin
("French-educated", "Kenyan-born"); a capital named as the venue of a gathering of many states or as a body's seat
(``extract/venues.py``). The home of a company or an envoy ("the German company Siemens", "l'ambassadeur de France":
:func:`attribute_of`) is left out only when it is not one of the article's pair.
``extract/context.py`` leaves such a state out when another state remains.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.venues import gathering_before, venue_or_seat
from partnerlens.cooperation.extract.vocabulary import alternation, entries
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.patterns import compiled


def side_remark(
    text: str, sentence: Sentence, mention: PartyMention, language: str, described: tuple[int, ...] = ()
) -> bool:
    """A state's name inside parentheses, or after a side-remark word in its own clause (bodies and people
    are never side remarks: "initiatives such as the Heydar Aliyev Foundation's visit"); ``described`` are the ends
    of the people and bodies named in the text, whose relative clauses describe them."""
    if mention.how in ("body", "person") or mention.how.startswith("person"):
        return False
    before = text[sentence.start : mention.start]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):  # "[on Libya]"
        return True
    if mention.how == "capital" and _occasion_named(text, mention):  # "the Berlin Conference", "l'accord de Paris"
        return True
    if _press_source(text, sentence, mention, language):
        return True
    if venue_or_seat(text, sentence, mention, language):  # "the summit in Addis Ababa", "the Abuja-based ECOWAS"
        return True
    if _in_relative_clause(text, sentence, mention, language, described):
        return True
    if _trips_counted(language).search(before):  # "has visited three countries, including …": earlier trips
        return True
    if mention.how == "group" and _ordinal_scope(language).search(before):  # "the first country … in the EAC"
        return True
    if _department_of(text, sentence, mention, language):  # "the Asian-Africa Market Department", "департамент Азии"
        return True
    after, before_origin = _origin(language)
    if after.match(text, mention.end) or before_origin.search(text[max(0, mention.start - 30) : mention.start]):
        return True  # "the French-educated governor", "d'origine française", "гражданин Франции"
    if another_visit(text, sentence, mention, language):  # "après celle de son homologue ukrainien"
        return True
    closed = re.sub(r"\([^()]*\)", " ", before)  # a closed parenthesis leaves the clause open: "avec l'Italie (…) et"
    clause = re.split(r"[,;:—–(]", closed)[-1]
    return bool(side_words(language).search(clause[-140:]))  # long enough for "after a visit of … to"


def another_visit(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state named as the home of another official whose visit dates the one reported (``another_visit``: "days
    after that of his Ukrainian counterpart", "après celle de son homologue ukrainien", "после визита его украинского
    коллеги"): no side, and not one to fall back on when the sentence names no other state (``extract/context.py``)."""
    clause = re.split(r"[,;:—–(]", text[sentence.start : mention.start])[-1]
    return bool(_another_visit(language).search(clause[-140:]))


@cache
def _another_visit(language: str) -> re.Pattern:
    return compiled(
        rf"(?<!\w)(?:{alternation('another_visit', language)})(?:\s+{LOWER_WORD}){{0,2}}\s*$", re.IGNORECASE
    )


def _in_relative_clause(
    text: str, sentence: Sentence, mention: PartyMention, language: str, described: tuple[int, ...]
) -> bool:
    """Whether a state is named inside a non-restrictive relative clause that describes a person, a body or a
    gathering of several (after a comma; for a gathering, also the clause that lists its other participants: "the
    summit, attended also by Ghana and Nigeria,", "le sommet, réunissant le Ghana et le Nigeria,"; ``extract/
    venues.py``): "Nurtleu, who studied in Cairo, met …", "Mme Diop, qui a étudié à Paris,", "Нуртлеу, который учился в
    Каире,", "la Banque africaine de développement, dont le siège est à Abidjan"): a side of who they are, not of
    what the sentence tells. A clause about a thing may be the news ("son périple, qui incluait l'Angola et le Cap-
    Vert") and is left alone, unless its pronoun is a person's (``side_relatives_personal``: "who"). The clause is
    still open when every comma in it before the state opens a short list item; a figure told in it makes it the
    news ("…, who signed $5 billion of deals with Kenya,"), so it is no side remark then."""
    before = text[sentence.start : mention.start]
    openers = [(m, False) for m in _relative_opener(language).finditer(before)]
    openers += [(m, True) for m in _relative_opener(language, "gathering_relatives").finditer(before)]
    if not openers:
        return False
    opener, participants = max(openers, key=lambda found: found[0].start())
    antecedent_end = sentence.start + opener.start()
    if not gathering_before(before[: opener.start()], language):  # "the summit, attended also by Ghana"
        if participants:
            return False
        personal = _personal_pronoun(language).search(opener.group(0))
        if not personal and not any(0 <= antecedent_end - end <= 1 for end in described):
            return False
    inside = before[opener.end() :]
    if any(len(item.split()) > 4 for item in inside.split(",")[1:]):
        return False  # the clause closed and the sentence went on: "Modi, who flew in, held talks with Egypt"
    close = re.search(r"[,;:]", text[mention.end : sentence.end])
    clause = inside + text[mention.start : mention.end + close.start() if close else sentence.end]
    return not re.search(r"\d", clause)


def _department_of(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A region or state naming a ministry's department — capitalised before its word ("the Asian-Africa Market
    Department", "the Africa Division": ``department_after``) or right after it ("le département Asie-Afrique",
    "Департамент Азии и Африки", "o Departamento de África": ``department_before``): a body's name, no side."""
    after, before = _department(language)
    if after.match(text, mention.end):
        return True
    return bool(before.search(text[max(sentence.start, mention.start - 60) : mention.start]))


@cache
def _department(language: str) -> tuple[re.Pattern, re.Pattern]:
    after = alternation("department_after", language)
    before = alternation("department_before", language)
    return (
        re.compile(rf"(?:\s+[A-Z][\w-]*){{0,2}}\s+(?:{after})(?![\w-])"),
        re.compile(rf"(?<!\w)(?:{before})$", re.IGNORECASE),
    )


@cache
def _relative_opener(language: str, name: str = "side_relatives") -> re.Pattern:
    """A comma, at most two words ("штаб-квартира которого", "most of which") and a relative pronoun of
    ``data/lang/<language>.yaml`` ``side_relatives`` (or the words that open a list of a gathering's other
    participants, ``gathering_relatives``: "attended also by", "réunissant", "с участием")."""
    pronouns = alternation(name, language)
    return re.compile(rf",\s*(?:[\w'’-]+\s+){{0,2}}(?:{pronouns})(?!\w)", re.IGNORECASE)


@cache
def _origin(language: str) -> tuple[re.Pattern, re.Pattern]:
    """A state told as where a person comes from (``origin_after``, ``origin_before``): "French-educated", "Kenyan-
    born", "d'origine française", "de nationalité française", "французского происхождения", "гражданин Франции":
    their attribute, not a side of what the sentence tells. A thing's origin ("Turkish-made drones sold to Kenya")
    is left alone: its maker may well be a side."""
    after = alternation("origin_after", language)
    before = alternation("origin_before", language)
    return (
        re.compile(rf"(?:{after})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{before})\s*$", re.IGNORECASE),
    )


@cache
def _personal_pronoun(language: str) -> re.Pattern:
    pronouns = alternation("side_relatives_personal", language)
    return re.compile(rf"(?<!\w)(?:{pronouns})$", re.IGNORECASE)


# the home of a news source is no side of what it reports: "Russia's TASS news agency", "Iran Press", "the Chinese
# news agency Xinhua", "китайское агентство Синьхуа" (the state before the source's word), "l'agence chinoise Xinhua",
# "a agência chinesa Xinhua", "la agencia británica Reuters" (after it, with the source's capitalised name next)
_SOURCE_WORDS = (
    r"(?:agence|agência|agencia|quotidien|journal|cha[îi]ne|télévision|radio|hebdomadaire|jornal|diário|emissora"
    r"|televisão|diario|periódico|cadena|televisión|emisora)"
)
_SOURCE_BEFORE = re.compile(
    rf"(?<!\w){_SOURCE_WORDS}(?:\s+(?:de presse|d['’]information|de notícias|de noticias|d['’][ÉE]tat|de Estado))?"
    r"(?:\s+(?:officielle|oficial|estatal|publique|pública|nationale|nacional|semi-officielle))?\s*$",
    re.IGNORECASE,
)
_SOURCE_NAME_AFTER = re.compile(
    r"\s+(?:(?:officielle|oficial|estatal|publique|pública|de presse|de notícias|de noticias)\s+)?[«\"“]?[A-Z]"
)
_SOURCE_AFTER = {
    "en": re.compile(
        r"(?:['’]s)?\s+(?:(?:state|official|state-run|state-owned|government)\s+)?(?:(?:news|press|information)\s+agency"
        r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:(?:news\s+)?[Aa]gency|newspaper|daily|broadcaster|television|TV)\b"
        r"|(?:newspaper|daily|broadcaster|television|TV)\s+[A-Z]"
        r"|[Pp]ress\b(?!\s+(?:service|secretary|office|conference|release|statement|briefing|attach[ée])))"
    ),  # "Iran Press /Africa:", "the Turkish press reported": not "Kazakhstan's press service said"
    "ru": re.compile(
        r"\s+(?:(?:государственн|информационн|официальн)\w*\s+)*(?:агентств|информагентств|издани|телеканал|газет)\w*"
        r"\s+[«\"“]?[А-ЯЁA-Z]"
    ),
}


def _press_source(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state is named as the home of the news agency, paper or channel a sentence cites."""
    after = _SOURCE_AFTER.get(language, _SOURCE_AFTER["en"]).match(text, mention.end)
    if after is not None:
        return True
    before = text[max(sentence.start, mention.start - 60) : mention.start]
    return bool(_SOURCE_BEFORE.search(before) and _SOURCE_NAME_AFTER.match(text, mention.end))


# a past occasion named after a capital: after it in English ("the Berlin Conference"), before it elsewhere ("la
# conférence de Berlin", "o Acordo de Paris", "el Acuerdo de París"); a forum or summit names its host, not this
_OCCASION_AFTER = re.compile(
    r"\s+(?:Conference|Agreements?|Accords?|Treaty|Process|Format|Declaration|Protocol|Convention|Consensus)\b"
)
_OCCASION_BEFORE = re.compile(
    r"(?<!\w)(?:conf[ée]rences?|accords?|trait[ée]|processus|format|d[ée]claration|protocole|convention|acordos?|tratado"
    r"|processo|declara[çc][ãa]o|confer[êe]ncia|acuerdos?|proceso|conferencia|declaraci[óo]n)\s+(?:de|d['’]|do|da|del)\s*$",
    re.IGNORECASE,
)


def _occasion_named(text: str, mention: PartyMention) -> bool:
    return bool(
        _OCCASION_AFTER.match(text, mention.end)
        or _OCCASION_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    )


@cache
def _trips_counted(language: str) -> re.Pattern:
    """A count of trips already made, before the states they went to ("has visited three different countries,
    including England …, the United States … and Ethiopia", "a visité trois pays", "посетил три страны";
    ``trips_counted``), then an example word or a colon: every state after it in the sentence is an earlier trip, no
    side of what the article tells. Without the examples ("had visited 27 African countries …, and now with Gambia")
    the states after the count are not its trips."""
    trips, examples = alternation("trips_counted", language), alternation("group_examples", language)
    return compiled(rf"(?<!\w)(?:{trips})(?!\w)(?:\s+[\w-]+){{0,2}}?,?\s*(?:(?:{examples})(?!\w)|:)", re.IGNORECASE)


@cache
def _ordinal_scope(language: str) -> re.Pattern:
    """An ordinal country counted within a bloc, right before the bloc's name ("the first country to visit in the
    Seven-nation East African Community", "le premier pays qu'il visite au sein de la CEDEAO", "первой страной
    ЕАЭС"; ``ordinal_scope``): the bloc is the count's scope, no side."""
    return compiled(rf"(?<!\w)(?:{alternation('ordinal_scope', language)})$", re.IGNORECASE)


@cache
def side_words(language: str) -> re.Pattern:
    """A side-remark word followed by at most two words, right before a mention ("such as neighbouring"); a
    capitalised word between them only as the head of a list ("like Kenya and"), so that the remark ends before
    the next state ("после визита в Китай президент Алжира": Algeria is no side remark)."""
    remarks = (  # "via Addis Ababa"; "à l'exception des États-Unis": a state a figure or rank is told without
        entries("side_remarks", language) + entries("transit_words", language) + entries("exclusion_words", language)
    )
    fragments = "|".join(f"(?:{p})" for p in remarks) or r"(?!x)x"
    return compiled(rf"(?<!\w)(?:{fragments})(?:\s+{CLAUSE_WORD}){{0,2}}\s*$", re.IGNORECASE)


LOWER_WORD = r"(?-i:(?![A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]+)"
"""A word that does not start with a capital."""
CLAUSE_WORD = rf"(?:{LOWER_WORD}|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]*\s+(?:and|or|et|ou|и|или|e|ou|y|o))"
"""One word between a remark's words and the state: a lower-case word, or a capitalised one followed by "and"
("like Kenya and …")."""
