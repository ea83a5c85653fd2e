"""People in articles: who speaks for which state (organisations are in ``bodies.py``).

A person is recognised two ways: from the leaders list (``data/people.yaml``) or
from how reporting introduces people — "Kazakh Deputy Prime Minister Murat
Nurtleu", "the President of Rwanda, Paul Kagame", "Lassina Zerbo, a former Prime
Minister of Burkina Faso", "президент Казахстана Касым-Жомарт Токаев". Once
introduced, the surname alone ("Nurtleu said") refers to the same person.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import PartyMention, data_file, leader_by_name
from partnerlens.cooperation.models import Person
from partnerlens.cooperation.person_addressed import addressed_people
from partnerlens.cooperation.person_appositions import (
    a_state,
    apposed_next,
    apposition_closed,
    inside_state,
    name_before_title,
    opening_adverbial,
)
from partnerlens.cooperation.person_each_state import each_state_people
from partnerlens.cooperation.person_lists import (
    PersonMention,
    initialled_people,
    named_colleagues,
)
from partnerlens.cooperation.person_lists import (
    adjacent_after as _adjacent_after,
)
from partnerlens.cooperation.person_lists import (
    capital_inside as _capital_inside,
)
from partnerlens.cooperation.person_lists import (
    clean_role as _clean_role,
)
from partnerlens.cooperation.person_lists import (
    listed_ministers as _listed_ministers,
)
from partnerlens.cooperation.person_names import (
    NOT_NAMES,
    can_be_name_word,
    declined_to_nominative,
    display_name,
    function_word_first,
    listed_form,
    nominative,
    title_case,
    without_opening_word,
    without_place,
)
from partnerlens.cooperation.person_pairs import paired_people, stated_pairs
from partnerlens.cooperation.person_titles import (
    continued_regex,
    name_after_title,
    title_regex,
    with_particles,
)
from partnerlens.patterns import compiled


def _adjacent_before(mentions: list[PartyMention], position: int, text: str) -> PartyMention | None:
    for mention in mentions:
        gap = text[mention.end : position]
        if mention.end <= position and re.fullmatch(r"(?:['’]s)?\s{0,2}", gap) and not mention.how.startswith("person"):
            return mention
    return None


# the rest of an English apposition of titles up to the state it ends on: ", Minister of Trade and Integration of "
_APPOSITION = re.compile(r"(?:,?\s+(?:[A-Z][\w'’-]*|of|and|for|the|on|&))*?\s+of\s+(?:the\s+)?")


def _apposition_party(text: str, position: int, mentions: list[PartyMention]) -> str | None:
    """The state a run of titles after a name ends on: "Serik Zhumangarin, Deputy Prime Minister, Minister of Trade
    and Integration of Kazakhstan" is Kazakhstan's (capitalised title words, "of", "and", commas only)."""
    for mention in mentions:
        if mention.start >= position and not mention.how.startswith("person"):
            gap = text[position : mention.start]
            return mention.party if len(gap) <= 120 and _APPOSITION.fullmatch(gap) else None
    return None


def _given_name_state(name: str, start: int, mentions: list[PartyMention]) -> bool:
    """Whether the only state inside a name of several words is its first word, a given name ("Mauricio Macri",
    "Jordan Bardella") after a title whose state is already read."""
    first_end = start + len(name.split()[0])
    inside = [m for m in mentions if m.start < start + len(name) and start < m.end and not m.how.startswith("person")]
    return all(m.start == start and m.end == first_end for m in inside)


def find_people(text: str, mentions: list[PartyMention], language: str = "en") -> list[PersonMention]:
    """People named in ``text`` with their role and state, including later surname-only references."""
    found: list[PersonMention] = []
    for mention in mentions:  # leaders list
        if mention.how.startswith("person:"):
            leader = leader_by_name()[mention.how.split(":", 1)[1]]
            found.append(
                PersonMention(
                    Person(name=leader.name, role=leader.role, party=leader.party), mention.start, mention.end
                )
            )
    listed = list(found)
    # two people after a plural title naming their states, in order: before the singular reading of the same title
    found.extend(_paired(stated_pairs(text, language, mentions), listed))
    # "les présidents guinéen X, béninois Y et ivoirien Z": each their own state
    found.extend(_paired(each_state_people(text, language, mentions), listed))
    for language_ in dict.fromkeys((language, "en")):
        found.extend(_introduced_people(text, mentions, language_, found))
    found.extend(_listed_ministers(text, mentions, found))
    found.extend(named_colleagues(text, mentions, found))
    found.extend(_paired(paired_people(text, language, mentions), listed))
    found.extend(_surname_references(text, found))
    found.extend(initialled_people(text, found))
    found.extend(addressed_people(text, mentions, found))
    people = _delegation_parties(text, sorted(_dedupe(found), key=lambda p: p.start), mentions, language)
    return _as_written(text, people, mentions)


def _paired(pairs: list[tuple[str, str, int, int, str | None]], listed: list[PersonMention]) -> list[PersonMention]:
    """People read after a plural title; a listed leader written there ("президентов … Виктора Ющенко и
    А.Лукашенко") is the listed person, named as the rest of the article writes them (:func:`_as_written`)."""
    return [
        PersonMention(
            next((k.person for k in listed if start <= k.start and k.end <= end), None)
            or Person(name=name, role=role, party=state),
            start,
            end,
        )
        for name, role, start, end, state in pairs
    ]


@cache
def _delegation_regex(language: str) -> re.Pattern | None:
    """Words saying the people named next travel with a leader (``person_delegation_words``)."""
    words = (data_file(f"lang/{language}.yaml") or {}).get("person_delegation_words") if language.isalpha() else None
    return compiled(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)") if words else None


def _delegation_parties(
    text: str, people: list[PersonMention], mentions: list[PartyMention], language: str
) -> list[PersonMention]:
    """A person whose title names no state, listed in a leader's delegation ("Le président Biya est accompagné de
    … du ministre des Transports X"), is of the state of the leader named before the delegation word (in its
    sentence or the one before), else of the state written before it in its sentence."""
    regex = _delegation_regex(language)
    if regex is None:
        return people
    result = []
    for mention in people:
        party = None
        if mention.person.party is None:
            own = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start), 0)
            start = max(text.rfind(". ", 0, own), text.rfind("\n", 0, own), 0)  # its sentence and the one before
            words = list(regex.finditer(text, start, mention.start))
            if words:
                sentence = max(text.rfind(". ", 0, words[-1].start()), text.rfind("\n", 0, words[-1].start()), 0)
                earlier = max(text.rfind(". ", 0, sentence), text.rfind("\n", 0, sentence), 0)  # the sentence before
                leaders = [p.person.party for p in people if earlier <= p.start < words[-1].start() and p.person.party]
                states = [m.party for m in mentions if sentence <= m.start < words[-1].start() and m.party]
                party = next(reversed(leaders or states), None)
        result.append(
            PersonMention(
                Person(name=mention.person.name, role=mention.person.role, party=party), mention.start, mention.end
            )
            if party
            else mention
        )
    return result


def _given_name(text: str, start: int, surname: str, mentions: list[PartyMention]) -> str:
    """The given name written just before a listed surname ("Эммерсон " before "Мнангагва"), or "": a capitalised
    word in the same script that is not a state, a title or a function word."""
    if " " in surname:
        return ""
    before = re.search(
        r"(?<![\w-])([A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+)?) $",
        text[max(0, start - 40) : start],
    )
    if before is None:
        return ""
    word, word_start = before.group(1), start - len(before.group(0))
    cyrillic = re.compile(r"[А-Яа-яЁё]")
    if bool(cyrillic.search(word)) != bool(cyrillic.search(surname)) or NOT_NAMES.match(word):
        return ""
    if not can_be_name_word(word):  # "Накануне Сиси": an adverb opening the sentence, no given name
        return ""
    if any(m.start < word_start + len(word) and word_start < m.end for m in mentions):
        return ""
    if any(regex is not None and regex.fullmatch(word) for regex in map(title_regex, ("en", "fr", "ru", "pt", "es"))):
        return ""
    return word + " "


def _as_written(text: str, people: list[PersonMention], mentions: list[PartyMention]) -> list[PersonMention]:
    """Listed leaders renamed to the fullest form the article writes (see :mod:`.person_names`)."""
    listed = leader_by_name()
    written: dict[str, list[str]] = {}
    unlisted: dict[str, list[str]] = {}
    for mention in people:
        leader = listed.get(mention.person.name)
        if leader is not None:
            span = text[mention.start : mention.end]
            form = listed_form(span, leader.forms)
            if form is None:
                surname = listed_form(span.split()[-1], leader.forms) if span.split() else None
                case = title_case(" ".join(text[max(0, mention.start - 40) : mention.start].split()[-2:]))
                declined = span
                if case and " " in span:  # "Президента Беларуси Александра Лукашенко": the given name in its case
                    given, last = span.rsplit(" ", 1)
                    last = last if surname is None or last.casefold() == surname.casefold() else surname  # "ас-Сиси"
                    declined = f"{nominative(given, case)} {last}" if surname else nominative(span, case)
                unlisted.setdefault(leader.name, []).append(declined_to_nominative(declined, span, surname or ""))
            else:
                initials = re.search(
                    r"(?<![\w.])(?:[A-ZА-ЯЁ]\.){1,2}$", text[max(0, mention.start - 4) : mention.start]
                )
                given = (
                    initials.group(0)
                    if initials
                    else declined_to_nominative(_given_name(text, mention.start, form, mentions), span, form)
                )
                written.setdefault(leader.name, []).append(given + form)  # "В.Путин" as the Kremlin writes it
    names = {name: display_name(name, written.get(name, []), unlisted.get(name, [])) for name in {*written, *unlisted}}
    return [
        PersonMention(Person(name=names[m.person.name], role=m.person.role, party=m.person.party), m.start, m.end)
        if m.person.name in names
        else m
        for m in people
    ]


def _introduced_people(
    text: str, mentions: list[PartyMention], language: str, known: list[PersonMention]
) -> list[PersonMention]:
    result: list[PersonMention] = []
    regex = title_regex(language)
    if regex is None:
        return result
    for title in regex.finditer(text):
        before = _adjacent_before(mentions, title.start(), text)
        if language == "ru" and before is not None and before.how != "adjective":
            before = None  # "визита в Киев Президента Беларуси": a Russian title's state follows it, in the genitive
        after = _adjacent_after(mentions, title.end(), text)
        cursor = after.end if after else title.end()
        name_match, found_party, loose = name_after_title(text, cursor, bool(after), mentions)
        name_before = name_before_title(text, title.start(), language, mentions)
        if name_before and a_state(name_before, max(0, title.start() - 80), mentions):
            name_before = None  # "первым вице-премьером Монголии, министром …": the state of the title before
        from_title = False
        beside = before or after
        party = beside.party if beside else found_party
        bare = name_match is not None and "," not in text[cursor : name_match.start("name")] and bool(after or loose)
        if (
            name_before
            and (name_match or not apposition_closed(text, title.end()))
            and opening_adverbial(text, title.start(), name_before.group("name"))
        ):
            name_before = None  # "Earlier, Deputy Prime Minister … Sardor Umurzakov", "Ici, le président turc a eu"
        if name_before and bare and not regex.match(name_before.group("name")):
            name_match = None  # "Mohammed Al Otaiba, Chairman of the Dubai Chamber of Commerce"
        if name_before and name_match and (state := inside_state(name_match, mentions)) and not beside:
            name_match, party = None, party or state  # "X, … Посол Республики Мозамбик": the state is no name
        if name_before and name_match and apposed_next(text, title.end(), name_match, regex):
            name_match = None  # "X, China's Minister of Culture, Y, the Governor of Shaanxi": Y has a title of its own
        if name_before and language == "en" and title.group(0)[:1].islower():
            name_match = None  # "X, state minister, Ministry of …": an English lower-case title is apposed
        if (
            name_match
            and not function_word_first(name_match.group("name"))
            and not regex.match(text, name_match.start("name"))  # "X, Deputy Prime Minister, Minister of Trade"
        ):
            name, start, end = name_match.group("name"), name_match.start("name"), name_match.end("name")
            name, dropped = without_place(name)
            start += dropped
            if (longer := with_particles(text, end, mentions)) > end:  # "el canciller Juan Ramón de la Fuente"
                name, end = text[start:longer], longer
            from_title = True
        elif name_before and not regex.match(
            name_before.group("name")
        ):  # not the title before: "X, Deputy PM, Minister"
            offset = max(0, title.start() - 80)
            name, start, end = without_opening_word(
                name_before.group("name"), offset + name_before.start("name"), offset + name_before.end("name")
            )
            party = party or _apposition_party(text, title.end(), mentions)
        else:
            continue
        if any(m.start < end and start < m.end and not m.how.startswith("person") for m in mentions) and not (
            (beside and " " in name and _given_name_state(name, start, mentions))
            or _capital_inside(start, end, mentions)
        ):
            continue  # "President of Congo": the name is a state; not "el presidente argentino, Mauricio Macri"
        listed = next((k.person for k in known if (k.start < end and start < k.end) or k.person.name == name), None)
        organisation = name_match.groupdict().get("org") if name_match and from_title else None
        case = title_case(title.group(0))
        name = name if listed else nominative(name, case)
        portfolio = name_match.group("tail") if name_match and from_title else None
        role = _clean_role(  # the organisation stays genitive; the portfolio is the one written after the title
            nominative(title.group(0), case) + (organisation or "") + (portfolio.rstrip(" ,") if portfolio else "")
        )
        person = Person(
            name=listed.name if listed else name, role=role, party=party or (listed.party if listed else None)
        )
        result.append(PersonMention(person, start, end))
        if name_match is not None and from_title:
            result.extend(_continued(text, end, person))
    return result


def _continued(text: str, cursor: int, first: Person) -> list[PersonMention]:
    """People listed after ``first`` with a portfolio each, named with two words or more; they share its state."""
    found = []
    title = first.role.split()[0] if first.role else ""
    while (
        (match := continued_regex().match(text, cursor)) is not None
        and " " in match.group("name")
        and not _place_before(match.group("role"))
    ):
        person = Person(name=match.group("name"), role=_clean_role(f"{title} {match.group('role')}"), party=first.party)
        found.append(PersonMention(person, match.start("name"), match.end("name")))
        cursor = match.end()
    return found


@cache
def _places() -> re.Pattern:
    """A portfolio that is a place's noun after its preposition ("à l'aéroport", "at the airport", "в аэропорту";
    ``place_nouns`` of every language): what follows is the place's name."""
    nouns = sorted(
        {
            n
            for language in ("en", "fr", "ru", "pt", "es")
            for n in (data_file(f"lang/{language}.yaml") or {}).get("place_nouns") or []
        },
        key=len,
        reverse=True,
    )
    return compiled(rf"^\W*(?:[\w'’]+\s*){{0,2}}?(?:{'|'.join(nouns) or '(?!)'})$", re.IGNORECASE)


def _place_before(role: str) -> bool:
    return bool(_places().match(role.strip(" ,")))


def _surname_references(text: str, people: list[PersonMention]) -> list[PersonMention]:
    by_surname: dict[str, Person] = {}
    for mention in people:
        parts = mention.person.name.split()
        if len(parts) > 1 and len(parts[-1]) >= 4:
            by_surname.setdefault(parts[-1], mention.person)
    if not by_surname:
        return []
    regex = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(s) for s in sorted(by_surname, key=len, reverse=True)) + r")(?![\w-])"
    )
    return [PersonMention(by_surname[m.group(1)], m.start(), m.end()) for m in regex.finditer(text)]


def _dedupe(people: list[PersonMention]) -> list[PersonMention]:
    """One mention per span, preferring the one that knows the most (party, then role)."""
    best: dict[tuple[int, int], PersonMention] = {}
    for mention in people:
        key = (mention.start, mention.end)
        current = best.get(key)
        score = (mention.person.party is not None, mention.person.role is not None)
        if current is None or score > (current.person.party is not None, current.person.role is not None):
            best[key] = mention
    spans = sorted(best.values(), key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[PersonMention] = []
    for mention in spans:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    # a person known with a party anywhere keeps it everywhere
    parties = {m.person.name: m.person for m in kept if m.person.party}
    return [
        PersonMention(parties.get(m.person.name, m.person), m.start, m.end) if not m.person.party else m for m in kept
    ]
