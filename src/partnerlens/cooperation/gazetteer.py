"""Finding states in text: names, adjectives, capitals, seats of government, groups and leaders.

The word lists are data (``cooperation/data/*.yaml``) layered on the reference
economies (``partnerlens.reference``): English names come from there, the rest —
name variants, adjectives, capitals in English, French and Russian, seats of
government, groups, leaders — from the files. Proper nouns match with their
capital letters ("US" the country, not "us"); French and Russian adjectives
match in lower case too; Russian words match with their case endings
("Казахстана", "руандийской").

Combining forms ("soudano-", "Sino-", "российско-") have one list,
``data/combining_forms.yaml``, and one reader, :func:`combining_forms`. Its
``alone`` forms are matched here before any hyphen, as loose adjective
mentions; its ``compound_only`` forms (ambiguous ones such as "indo-" or
"euro-", and the Russian ones this module reads as inflected adjectives
already) are added by ``extract.compounds.compound_mentions``, which reads a
compound only when every part of it names a party. One list with two uses
rather than two lists: a form added for extraction can no longer be missing
from the gazetteer by accident, nor an ambiguous one reach it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from partnerlens.alternation import dispatched
from partnerlens.kept_yaml import parsed_yaml
from partnerlens.patterns import compiled
from partnerlens.reference.economies import economies
from partnerlens.reference.parties import find_party

LANGUAGES = ("en", "fr", "ru", "pt", "es")  # pt and es: country names only (economies_pt_es.yaml)


@dataclass(frozen=True)
class PartyMention:
    """A state (or group) named in text: ``how`` is name, adjective, capital, seat, group or person (or media, an
    outlet's name, which :func:`find_party_mentions` reads to drop)."""

    party: str
    start: int
    end: int
    text: str
    how: str


@dataclass(frozen=True)
class Leader:
    name: str
    party: str
    role: str
    forms: tuple[str, ...]
    start: date | None = None
    end: date | None = None


@cache
def data_file(name: str):
    """A data file of this package, parsed (libyaml's loader when present: the files are large)."""
    return parsed_yaml(resources.files("partnerlens.cooperation").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@cache
def combining_forms(language: str, compounds: bool = False) -> dict[str, str]:
    """Listed combining forms of ``language`` (lower case) → party, from ``data/combining_forms.yaml``.

    The ``alone`` forms, read before any hyphen; with ``compounds``, also the
    ``compound_only`` ones, read only inside a compound whose every part names a party.
    """
    entry = (data_file("combining_forms.yaml") or {}).get(language) or {}
    sections = ("alone", "compound_only") if compounds else ("alone",)
    return {form.casefold(): code for section in sections for form, code in (entry.get(section) or {}).items()}


def _term_pattern(term: str, language: str, adjective: bool = False, person: bool = False) -> str:
    """A regex for one gazetteer term (see :func:`_plain_term_pattern`), whose apostrophe matches the typographic ones
    too: "Côte d’Ivoire", "Кот-д’Ивуар" are names however the apostrophe is typed."""
    return re.sub(r"['’ʼ]", "['’ʼ]", _plain_term_pattern(term, language, adjective, person))


def _plain_term_pattern(term: str, language: str, adjective: bool = False, person: bool = False) -> str:
    """A regex for one gazetteer term; Russian words get optional case endings (a person's surname in -ов, -ев,
    -ин declines as such: "Путиным", "Токаевым", and the feminine "Алиевой" is no form of "Алиев")."""
    words = term.split()
    if language == "ru" and person and _RU_SURNAME.search(words[-1]):
        head = "".join(_plain_term_pattern(w, language) + r"\s+" for w in words[:-1])
        return head + _surname_pattern(words[-1])
    if language == "fr" and adjective:  # rwandais → rwandaise(s), ivoirien → ivoirienne(s)
        return r"\s+".join(re.escape(word) for word in words) + r"(?:ne|e)?s?"
    if language == "fr":  # French often drops the accent of a capital letter: "l'Egypte", "les Etats-Unis"
        return r"\s+".join(_unaccented_capital(word) if i == 0 else _inner_word(word) for i, word in enumerate(words))
    if language != "ru":
        return r"\s+".join(re.escape(word) for word in words)
    parts = []
    for word in words:
        head, dash, rest = word.partition("-")
        if dash and not adjective and len(head) > 4 and head[-1] in "ая":  # Гвинея-Бисау → Гвинеи-Бисау, Гвинее-Бисау
            parts.append(re.escape(head[:-1]) + r"[а-яё]{1,3}-" + re.escape(rest))
            continue
        stem = re.sub(r"(?:ий|ый|ой|ая|ия|а|я|ь|й|о|е|ы|и)$", "", word) if (adjective or len(word) > 4) else word
        if len(word) <= 4 and word[-1] in "ая" and not adjective:  # Гана → Ганы, Гане, Гану, Ганой
            parts.append(re.escape(word[:-1]) + r"(?:[аыиеуюя]|ой|ей|ою|ею)")
            continue
        if stem == word or len(stem) < 3:
            fleeting = re.match(r"^(.*[а-яё])[ео]([бвгджзклмнпрстфхцчшщ])$", word)  # Египет → Египта
            base = (
                f"(?:{re.escape(word)}|{re.escape(fleeting.group(1) + fleeting.group(2))})"
                if fleeting
                else re.escape(word)
            )
            # a consonant-final name takes the masculine case endings only ("Нигер" never reads "Нигерия")
            tail = r"(?:а|у|ом|е|ы|ов|ам|ах)?" if word[-1] not in "аяоеиыуюэё" else r"[а-яё]{0,2}"
            parts.append(base + tail)
        else:
            tail = r"[а-яё]{0,6}" if len(stem) >= 5 else r"[а-яё]{0,3}"
            parts.append(re.escape(stem) + tail)
    return r"\s+".join(parts)


_RU_SURNAME = re.compile(r"(?:[ое]в|ёв|[иы]н)а?$")  # Russian surnames of the possessive type: Путин, Алиева


def _surname_pattern(word: str) -> str:
    """A Russian surname of the possessive type in its cases: masculine "Путин" → Путина, Путину, Путиным, Путине;
    feminine "Алиева" → Алиевой, Алиеву, Алиевою (the feminine has no "-ым", the masculine no "-ой")."""
    if word.endswith("а"):
        return re.escape(word[:-1]) + r"(?:а|ой|ою|у)"
    return re.escape(word) + r"(?:а|у|ым|е)?"


_CAPITAL_ACCENTS = {"É": "E", "È": "E", "Ê": "E", "À": "A", "Â": "A", "Î": "I", "Ô": "O"}


def _unaccented_capital(word: str) -> str:
    """``word`` escaped, its accented capital initial also matching the bare letter ("Égypte" → "[ÉE]gypte")."""
    bare = _CAPITAL_ACCENTS.get(word[:1])
    return f"[{word[0]}{bare}]{re.escape(word[1:])}" if bare else re.escape(word)


def _inner_word(word: str) -> str:
    """A later word of a French name, also capitalised as the press often writes it ("Arabie Saoudite", "Émirats
    Arabes Unis"); short linking words ("du", "de", "et") stay as they are."""
    if len(word) <= 3 or not word[:1].islower():
        return _unaccented_capital(word)
    return f"[{word[0]}{word[0].upper()}]{re.escape(word[1:])}"


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern
    entries: tuple[tuple[str, str], ...]  # (party, how) by group index

    def find(self, text: str) -> list[PartyMention]:
        found = []
        for match in self.regex.finditer(text):
            assert match.lastgroup is not None  # every alternative is a named group t<i> enclosing its pattern
            party, how = self.entries[int(match.lastgroup[1:])]
            found.append(PartyMention(party, match.start(), match.end(), match.group(0), how))
        return found


def _compile(terms: list[tuple[str, str, str]], flags: int) -> _Matcher | None:
    """``terms`` are (pattern, party, how); longer patterns are tried first."""
    if not terms:
        return None
    ordered = sorted(dict.fromkeys(terms), key=lambda t: -len(t[0]))
    named = [f"(?P<t{i}>{pattern})" for i, (pattern, _, _) in enumerate(ordered)]
    alternatives = dispatched(named, ignore_case=bool(flags & re.IGNORECASE))  # only the branches a character opens
    regex = compiled(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)  # kept on disk: 0.12 s to compile
    return _Matcher(regex, tuple((party, how) for _, party, how in ordered))


def _economy_terms(language: str) -> tuple[list, list]:
    """(case-sensitive terms, case-insensitive terms) for economies in ``language``."""
    strict: list[tuple[str, str, str]] = []
    loose: list[tuple[str, str, str]] = []
    known = economies()
    if language == "en":
        for economy in known.values():
            for name in {economy.name, economy.long_name}:
                strict.append((_term_pattern(name, language), economy.iso3, "name"))
                if name.startswith("The "):
                    strict.append((_term_pattern(name[4:], language), economy.iso3, "name"))
    for code, entry in (data_file("economies.yaml") or {}).items():
        if code not in known:
            continue
        forms = entry.get(language) or {}
        for name in forms.get("names", []):
            strict.append((_term_pattern(name, language), code, "name"))
        for capital in forms.get("capitals", []):
            strict.append((_term_pattern(capital, language), code, "capital"))
        for adjective in forms.get("adjectives", []):
            target = strict if language == "en" else loose
            target.append((_term_pattern(adjective, language, adjective=True), code, "adjective"))
    if language in ("pt", "es"):
        for code, forms in (data_file("economies_pt_es.yaml") or {}).items():
            if code in known:
                strict.extend((_term_pattern(name, language), code, "name") for name in forms.get(language) or [])
        _pt_es_terms(language, known, strict, loose)
    for form, code in combining_forms(language).items():
        if code in known:  # "soudano-turc": the first half of a compound adjective, only before its hyphen
            loose.append((re.escape(form) + r"(?=-\w)", code, "adjective"))
    for code, forms in (data_file("epithets.yaml") or {}).items():  # "l'Empire du Milieu", "Поднебесная"
        if code in known:
            strict.extend((_term_pattern(name, language), code, "name") for name in forms.get(language) or [])
    for seat in data_file("seats.yaml"):  # seats are proper names: every spelling in every language
        strict.extend((_term_pattern(name, language), seat["party"], "seat") for name in seat["names"])
    return strict, loose


def _pt_es_terms(language: str, known, strict: list, loose: list) -> None:
    """Portuguese or Spanish adjectives, capitals and short names (``economies_pt_es_words.yaml``), and the
    CLDR country names the iso-codes list lacks."""
    data = data_file("economies_pt_es_words.yaml") or {}
    for code, names in (data.get("cldr_names") or {}).items():
        if code in known:
            strict.extend((_term_pattern(name, language), code, "name") for name in names.get(language) or [])
    for code, entry in data.items():
        forms = entry.get(language) or {} if code in known else {}
        strict.extend((_term_pattern(name, language), code, "name") for name in forms.get("names") or [])
        strict.extend((_term_pattern(name, language), code, "capital") for name in forms.get("capitals") or [])
        loose.extend((_romance_adjective(word), code, "adjective") for word in forms.get("adjectives") or [])


def _romance_adjective(word: str) -> str:
    """A Portuguese or Spanish adjective in every gender and number: angolano → angolan(o|a|os|as), chinês →
    chin(ês|esa|eses|esas), marroquí → marroquí(es|s), español → español(a|es|as)."""
    for ending, forms in (("o", "o|a|os|as"), ("ês", "ês|esa|eses|esas"), ("és", "és|esa|eses|esas")):
        if word.endswith(ending):
            return re.escape(word[: -len(ending)]) + f"(?:{forms})"
    if word.endswith("ol"):
        return re.escape(word) + "(?:a|es|as)?"
    if word.endswith("í"):
        return re.escape(word) + "(?:es|s)?"
    return re.escape(word) + "s?"


_PLURAL_NOUNS = {
    "en": r"(?:countries|nations|states|partners|leaders|economies|governments|markets|counterparts|capitals)",
    "fr": r"(?:pays|nations|[ée]tats|partenaires|dirigeants|gouvernements)",
    "ru": r"(?:стран\w*|государств\w*|партн[её]р\w*|лидер\w*)",
}


# "африканской страны" is one African state (its genitive singular is the plural's nominative): a group's adjective
# in the singular before a state noun names a member, not the group ("the African country")
_SINGULAR_NOT = {"ru": r"(?<!ой)(?<!ая)(?<!ую)(?<!ого)(?<!ому)(?<!ом)(?<!ий)(?<!ый)(?<!ое)"}


def _group_terms(language: str) -> tuple[list, list]:
    strict: list[tuple[str, str, str]] = []
    loose: list[tuple[str, str, str]] = []
    for group in data_file("groups.yaml"):
        party = find_party(group["party"])
        if party is None:
            continue
        forms = group.get(language) or {}
        for name in forms.get("names", []):
            strict.append((_term_pattern(name, language), party.code, "group"))
        for adjective in forms.get("adjectives", []):
            adjective_pattern = _term_pattern(adjective, language, adjective=True)
            pattern = (  # French puts the adjective after the noun: "les pays africains"
                _PLURAL_NOUNS[language] + r"\s+" + adjective_pattern
                if language == "fr"
                else adjective_pattern + _SINGULAR_NOT.get(language, "") + r"\s+" + _PLURAL_NOUNS[language]
            )
            (strict if language == "en" else loose).append((pattern, party.code, "group"))
    return strict, loose


def _leader_terms(language: str) -> list[tuple[str, str, str]]:
    """The listed people's forms as patterns; Russian text often writes "е" for "ё" ("Мирзиеев" for "Мирзиёев")."""
    return [
        (_term_pattern(form, language, person=True), leader.party, f"person:{leader.name}")
        for leader in leaders()
        for form in dict.fromkeys([*leader.forms, *(f.replace("ё", "е") for f in leader.forms)])
    ]


@cache
def leaders() -> tuple[Leader, ...]:
    """The leaders and ministers list (``data/people.yaml``)."""
    result = []
    for entry in data_file("people.yaml"):
        forms = tuple(dict.fromkeys([entry["name"], *entry.get("short", [])]))
        result.append(Leader(entry["name"], entry["party"], entry["role"], forms, entry.get("from"), entry.get("to")))
    return tuple(result)


@cache
def _media_terms() -> list[tuple[str, str, str]]:
    """News outlets named after a state or region (``data/media.yaml``): read whole, then dropped."""
    return [(r"\s+".join(map(re.escape, name.split())), "", "media") for name in data_file("media.yaml")]


@cache
def _matchers(language: str) -> tuple[_Matcher | None, _Matcher | None]:
    strict, loose = _economy_terms(language)
    group_strict, group_loose = _group_terms(language)
    strict = strict + group_strict + _leader_terms(language) + _media_terms()
    return _compile(strict, 0), _compile(loose + group_loose, re.IGNORECASE)


def find_party_mentions(text: str, language: str = "en") -> list[PartyMention]:
    """Every state or group named in ``text``, leftmost-longest, without overlaps."""
    language = language if language in LANGUAGES else "en"
    found: list[PartyMention] = []
    for matcher in _matchers(language):
        if matcher is not None:
            found.extend(matcher.find(text))
    if language != "en":  # English names and leaders are common in French and Russian reporting too
        for matcher in _matchers("en"):
            if matcher is not None:
                found.extend(m for m in matcher.find(text) if m.how != "adjective")
    return [m for m in _without_overlaps(found) if m.how != "media"]  # an outlet's name names no side


def _without_overlaps(mentions: list[PartyMention]) -> list[PartyMention]:
    kept: list[PartyMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@cache
def leader_by_name() -> dict[str, Leader]:
    return {leader.name: leader for leader in leaders()}
