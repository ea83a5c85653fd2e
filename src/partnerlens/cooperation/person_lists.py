"""Lists of people and the small readings people.py shares: ministers listed after one plural title ("os
ministros dos Negócios Estrangeiros, Maria Lucas, da Economia, Basílio Muhate"), the state a title is joined to,
and a capital read inside a surname. Split from ``people.py`` (which was at 400 lines) along that concern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.cooperation.models import Person
from partnerlens.cooperation.person_names import NOT_NAMES, morph
from partnerlens.cooperation.person_titles import NAME
from partnerlens.patterns import compiled


@dataclass(frozen=True)
class PersonMention:
    person: Person
    start: int
    end: int


# what joins a title to its state: "of the", "du", "de la", "de l'", "dos", "del"; nothing in Russian
_LINK = re.compile(r"\s+(?:(?:of|de|du|des|do|da|dos|das|del)\s+(?:(?:the|la|los|las)\s+)?|d['’]|de\s+l['’])?")


def capital_inside(start: int, end: int, mentions: list[PartyMention]) -> bool:
    """Whether the only states read inside a name are capitals after its first word: a surname part ("José de Lima
    Massano", "Jean Paris Ndiaye"), not a state."""
    inside = [m for m in mentions if m.start < end and start < m.end and not m.how.startswith("person")]
    return bool(inside) and all(m.how == "capital" and start < m.start and m.end <= end for m in inside)


def adjacent_after(mentions: list[PartyMention], position: int, text: str) -> PartyMention | None:
    for mention in mentions:
        gap = text[position : mention.start]
        if mention.start >= position and _LINK.fullmatch(gap) and not mention.how.startswith("person"):
            return mention
    return None


def clean_role(role: str) -> str:
    return " ".join(role.split())


# a plural title opening a list of portfolios and names: "os ministros dos Negócios Estrangeiros, Maria Lucas,
# da Economia, Basílio Muhate, e dos Transportes, João Matlombe"; "les ministres du Commerce, X, et des Mines, Y";
# the items also split by semicolons ("das Finanças, X; dos Negócios Estrangeiros, Y; e da Economia, Z")
# (the closed class of plural cabinet titles: ministers, vice-ministers, the secretaries of a cabinet of secretaries:
# "los secretarios mexicanos de Agricultura, X, y de Economía, Y"); after a conjunction the portfolio's preposition
# may be left out, the first one governing it: "los ministros de Agricultura, X, y Planificación, Y"
_PLURAL_TITLE = compiled(
    r"(?<!\w)(?:[Mm]inist(?:ers|res|ros|ras)|[Мм]инистры|[Vv]ice-?[Mm]inist(?:res|ros|ras)|[Vv]iceministr(?:os|as)"
    r"|[Ss]ecretari(?:os|as)|[Ss]ecretári(?:os|as)"
    # heads of state, of parliaments and of diplomacy, each with the state or body they lead: "los cancilleres de
    # Cuba, X, y de España, Y"; "os presidentes da Câmara dos Deputados, X, e do Senado, Y"
    r"|[Cc]ancilleres|[Cc]hanceleres|[Pp]residentes|[Pp]résidents|[Pp]residents|[Aa]mbassadeurs|[Aa]mbassadors"
    r"|[Ee]mbajadores|[Ee]mbaixadores)(?!\w)"
)
_PORTFOLIO_NAME = compiled(
    rf"\s*[,;]?\s*(?:(?:e|and|et|y|и)\s+)?(?P<role>(?:of|for|d[oa]s?|de(?:l| la| las| los)?|du|des|de l['’])\s*[^,;.]{{2,60}}?"
    rf"|(?:(?<=\s[eyи]\s)|(?<=\set\s)|(?<=\sand\s))[A-ZÀ-ÖØ-Þ][^,;.]{{1,60}}?)"
    rf",\s+{NAME}(?:\s*\([^()\d]{{1,12}}\))?(?=\s*(?:,|;|\.|$|\s(?:e|and|et|y|и)\s))"  # "X (PP-AL)": a party
)

# … or each name with its portfolio in parentheses after it: "os ministros Rui Costa (Casa Civil), Fernando Haddad
# (Fazenda) e Simone Tebet (Planejamento)", "ministers A (Finance) and B (Planning)", "министры А (финансы) и Б"
_NAME_PORTFOLIO = compiled(
    rf"\s*[,;]?\s*(?:(?:e|and|et|y|и)\s+)?{NAME}\s*\((?P<role>[^()\d]{{2,60}})\)(?=\s*(?:,|;|\.|$|\s(?:e|and|et|y|и)\s))"
)


def _leader_party(text: str, position: int, known: list[PersonMention]) -> str | None:
    """The state of the last person with one that the sentence names before ``position`` (whose delegation or
    colleagues those listed there are), or None."""
    sentence_start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    leader = [k for k in known if sentence_start <= k.start < position and k.person.party]
    return leader[-1].person.party if leader else None


_PREPOSITION = compiled(r"(?:of|for|d[oa]s?|de(?:l| la| las| los)?|du|des|de l['’])\s*")


def listed_ministers(text: str, mentions: list[PartyMention], known: list[PersonMention]) -> list[PersonMention]:
    """Ministers listed after one plural title, each with the portfolio written before the name. Their state
    is that of an adjacent state mention ("the ministers of Kenya"), else that of the person the sentence
    names before them, whose delegation they are ("Chapo … acompanhado dos ministros …"), else unknown."""
    found = []
    for title in _PLURAL_TITLE.finditer(text):
        after = adjacent_after(mentions, title.end(), text)
        party = after.party if after else _leader_party(text, title.start(), known)
        cursor = after.end if after else title.end()
        if after is not None and _PORTFOLIO_NAME.match(text, title.end()) is not None:
            cursor = title.end()  # "los cancilleres de Cuba, X, y de España, Y": each state is its item's portfolio
        plural = title.group(0)  # "cancilleres" → "canciller", "embaixadores" → "embaixador", "ministres" → "ministre"
        singular, preposition = plural[:-2] if re.search(r"[eo]res$", plural) else plural[:-1], ""
        while (match := _PORTFOLIO_NAME.match(text, cursor)) is not None:
            name = match.group("name")
            start, end = match.start("name"), match.end("name")
            if (
                NOT_NAMES.match(name.split()[0])
                or _portfolio_list(text, name, match.end("name"))
                or (any(m.start < end and start < m.end for m in mentions) and not capital_inside(start, end, mentions))
            ):  # a state's name is no person's; a capital after the first word is a surname ("Tiago Costa Lima")
                break
            told = _PREPOSITION.match(match.group("role"))
            preposition = told.group(0) if told else preposition  # "y Planificación": the first item's "de"
            role = clean_role(f"{singular} {'' if told else preposition}{match.group('role')}")
            own = [m.party for m in mentions if match.start("role") <= m.start < match.end("role") and m.party]
            person = Person(name=name, role=role, party=own[-1] if own else party)  # the item's state, if it names one
            found.append(PersonMention(person, match.start("name"), match.end("name")))
            cursor = match.end()
        if cursor == (after.end if after else title.end()):
            found += _named_then_portfolio(text, cursor, singular, party, mentions)
    return found


def _named_then_portfolio(
    text: str, cursor: int, singular: str, party: str | None, mentions: list[PartyMention]
) -> list[PersonMention]:
    """Ministers listed after one plural title, each name followed by its portfolio in parentheses ("os ministros Rui
    Costa (Casa Civil), Fernando Haddad (Fazenda) e Simone Tebet (Planejamento)"); a state's name is no person's."""
    found = []
    while (match := _NAME_PORTFOLIO.match(text, cursor)) is not None:
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        if (
            NOT_NAMES.match(name.split()[0])
            or " " not in name
            or (any(m.start < end and start < m.end for m in mentions) and not capital_inside(start, end, mentions))
        ):
            break
        role = clean_role(f"{singular} ({match.group('role')})")
        found.append(PersonMention(Person(name=name, role=role, party=party), start, end))
        cursor = match.end()
    return found


def _portfolio_list(text: str, name: str, end: int) -> bool:
    """Whether a one-word "name" is one more portfolio of a list of them ("los ministros de Relaciones Exteriores,
    Agricultura, Industria y Turismo"; "the ministers of Energy, Trade and Transport"): a capitalised word follows
    it after a comma or a conjunction, where a person listed with a portfolio is followed by the next portfolio's
    preposition ("…, Maria Lucas, da Economia"), by "and"/"e" and a preposition, or by the end of the list."""
    if " " in name.strip():
        return False
    return bool(re.match(r"\s*(?:,\s*|\s(?:e|and|et|y|и)\s+)[A-ZÀ-ÖØ-ÞА-ЯЁ]", text[end : end + 40]))


# a Russian surname after one or two initials, as Russian reporting writes officials ("В. Зубков", "В.Зубковым")
_INITIALLED = re.compile(r"(?<![\w.])((?:[А-ЯЁ]\.\s?){1,2})([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


def initialled_people(text: str, known: list[PersonMention]) -> list[PersonMention]:
    """People written as initials and a surname, in Russian ("В. Зубков", "В.Зубковым"), that no title or list
    introduced: the surname is one pymorphy3 reads as a surname, put in the nominative; a person already found
    there (a listed leader) is left as found."""
    found = []
    for match in _INITIALLED.finditer(text):
        if any(k.start < match.end() and match.start() < k.end for k in known):
            continue
        surname = _surname_nominative(match.group(2))
        if surname is not None:
            name = match.group(1).replace(" ", "").replace(".", ". ").strip() + " " + surname
            found.append(PersonMention(Person(name=name), match.start(), match.end()))
    return found


def _surname_nominative(word: str) -> str | None:
    readings = [p for p in morph().parse(word) if "Surn" in p.tag and p.tag.number != "plur"]
    if not readings:
        return None
    if any(p.tag.case == "nomn" for p in readings):  # "Иванова" may be a genitive, but reads first as a nominative
        return word
    nominative = readings[0].inflect({"nomn", "sing"})
    form = nominative.word if nominative is not None else readings[0].normal_form
    return form[:1].upper() + form[1:]


# names listed after "colleagues" with no title each: "together with colleagues A B, C D and E F"; "ses collègues A B
# et C D"; "sus colegas A B y C D"
_COLLEAGUES = compiled(r"(?<!\w)(?P<role>[Cc]olleagues|[Cc]ollègues|[Cc]olegas|[Кк]оллеги)\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_NEXT_NAME = compiled(rf"(?:\s*,\s*(?:(?:and|et|e|y|и)\s+)?|\s+(?:and|et|e|y|и)\s+){NAME}")
_FIRST_NAME = compiled(NAME)


def named_colleagues(text: str, mentions: list[PartyMention], known: list[PersonMention]) -> list[PersonMention]:
    """People listed by name after "colleagues" (each named with two words or more, none a state or read already);
    they are the colleagues of whoever the sentence names before, whose state they share when it is known."""
    found = []
    for title in _COLLEAGUES.finditer(text):
        party = _leader_party(text, title.start(), known)
        role = title.group("role").casefold()[:-1] if title.group("role")[-1] in "se" else title.group("role")
        match = _FIRST_NAME.match(text, title.end())
        while match is not None:
            name, start, end = match.group("name"), match.start("name"), match.end("name")
            if (
                " " not in name
                or NOT_NAMES.match(name.split()[0])
                or any(m.start < end and start < m.end for m in mentions)
                or any(k.start < end and start < k.end for k in known)
            ):
                break
            found.append(PersonMention(Person(name=name, role=role, party=party), start, end))
            match = _NEXT_NAME.match(text, end)
    return found
