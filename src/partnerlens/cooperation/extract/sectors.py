"""Sectors named in a sentence, in the article's language, less those the text excludes ("non-oil").

English words are the taxonomy's synonyms (``reference/data/sectors.yaml``);
other languages add theirs in ``reference/data/sectors.<lang>.yaml`` (same ids).
Russian words are matched on lemmas from ``pymorphy3`` (MIT, with its MIT
dictionaries): "нефти", "нефтью" and "нефть" are one word; a lemma that is a
sector word with the prefix "не" ("ненефтяной") is its negation. A sector
preceded by a negation of the language ("non-", "excluding", "hors", "за
исключением") is excluded, not named: "non-oil trade" is not about energy.

Word families: a word ending in ``*`` in ``sectors.<lang>.yaml`` is a stem that
names the sector in any word beginning with it ("agri*": agriculture, agricole,
agricultores; "энерго*" on lemmas: энергосистема, энергоресурс; "touris*":
tourisme, touristique). Stems are read for the sectors of events, agreements
and the article (:func:`sectors`), and for exclusions everywhere; a trade
figure's own sectors (which narrow the products the claim checker compares)
come from whole listed words only, so that a stem never narrows a figure by
accident. A stem is matched only where no listed word (longest first) already
matched, so "sécurité alimentaire" stays agriculture, not security.
``sectors.en.yaml`` adds English families without touching the taxonomy file.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import yaml

from partnerlens.cooperation.extract.sector_generic import qualified_generics
from partnerlens.cooperation.extract.vocabulary import alternation, entries, words
from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.person_names import morph
from partnerlens.patterns import compiled
from partnerlens.reference.sectors import (
    Sector,
    active_file,
    active_sectors,
    find_sector_mentions,
    load_sectors,
    taxonomy_file,
)

_WORD = re.compile(r"[\w-]+")
# A workspace's own sectors.yaml wins here as everywhere: the one taxonomy context of partnerlens.reference.sectors.
workspace_taxonomy = taxonomy_file
current_taxonomy = active_sectors


_NON_HYPHEN = re.compile(r"(?<!\w)(non|hors|ex)-(?=\w)", re.IGNORECASE)


@cache
def _language_file(language: str) -> dict[str, tuple[str, ...]]:
    """Sector id → entries of ``sectors.<language>.yaml``, words and stems (empty when there is no file)."""
    path = resources.files("partnerlens.reference").joinpath(f"data/sectors.{language}.yaml")
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {sid: tuple(str(w) for w in words) for sid, words in data.items()}


def _language_words(language: str) -> dict[str, tuple[str, ...]]:
    """Sector id → whole words of ``language`` (stems, written with a final ``*``, left out)."""
    return {sid: tuple(w for w in found if not w.endswith("*")) for sid, found in _language_file(language).items()}


@cache
def _stems(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, sector id) for each stem of ``language`` ("agri*" → any word beginning "agri", or a part of a
    compound beginning so: "técnico-científica"), longest first."""
    found = {
        (w[:-1].casefold().replace("ё", "е"), sid)
        for sid, ws in _language_file(language).items()
        for w in ws
        if w.endswith("*") and len(w) > 3
    }
    stems = sorted(found, key=lambda p: -len(p[0]))
    return tuple((re.compile(rf"(?<!\w){re.escape(stem)}[\w-]*", re.IGNORECASE), sid) for stem, sid in stems)


_morph = morph  # shared with people's names (cooperation.person_names)


def readings(word: str) -> list:
    """pymorphy3's readings of a Russian word (case, number, lemma)."""
    return _morph().parse(word.casefold())


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word ("нефти" → "нефть"); other words lower-cased, but a short Latin
    acronym kept in capitals ("IT"), so that it is still read as the acronym and never as a lower-case word."""
    if not re.search("[а-яё]", word, re.IGNORECASE):
        return word if word.isupper() and len(word) <= 4 else word.casefold()
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


def lemmatize(text: str) -> str:
    """The text with each word replaced by its lemma (Russian), single-spaced."""
    return " ".join(lemma(w) for w in _WORD.findall(text))


# Feminine and plural forms of French, Portuguese and Spanish words (the matcher adds -s/-es): an adjective
# written once in ``sectors.<lang>.yaml`` is read in all its forms ("minier" → "minière", "minières";
# "commercial" → "commerciaux"; "marítimo" → "marítima"). A hand-written table of suffixes rather than a
# morphology library: these languages' adjective endings are regular, and no permissive library on the
# machine inflects French (pymorphy3 is Russian and Ukrainian only).
_FAMILIES = {
    "fr": (("ier", ("ière",)), ("al", ("ale", "aux")), ("el", ("elle",)), ("if", ("ive",)), ("ien", ("ienne",))),
    "pt": (("o", ("a",)), ("al", ("ais",)), ("ês", ("esa",))),
    "es": (("o", ("a",)), ("al", ("ales",))),
}


def word_family(term: str, language: str) -> tuple[str, ...]:
    """``term`` and the other forms of its last word in ``language`` (see ``_FAMILIES``)."""
    head, _, last = term.rpartition(" ")
    forms = [term]
    for ending, others in _FAMILIES.get(language, ()):
        if len(last) > len(ending) + 2 and last.endswith(ending):
            forms += [f"{head} {last[: -len(ending)]}{o}".strip() for o in others]
            break
    return tuple(forms)


def _taxonomy(language: str) -> dict[str, Sector]:
    return _taxonomy_of(language, active_file())


@cache
def _taxonomy_of(language: str, file: tuple[str, float] | None) -> dict[str, Sector]:
    """The taxonomy with ``language``'s words as synonyms (lemmatised for Russian, with their word family for
    French, Portuguese and Spanish) and the English ones."""
    base = load_sectors(file[0] if file else None)
    own = _language_words(language)
    result = {}
    for sid, sector in base.items():
        extra = own.get(sid, ())
        if language == "ru":
            extra = tuple(lemmatize(w) for w in extra)
        else:
            extra = tuple(form for w in extra for form in word_family(w, language))
        result[sid] = sector.model_copy(update={"synonyms": tuple(dict.fromkeys(sector.synonyms + extra))})
    return result


@cache
def _negation(language: str) -> re.Pattern:
    """Negation words before a sector, with an article and the word "sector" between ("hors secteur pétrolier",
    "excluding the oil sector" is read by the sector word after); Russian text is matched on lemmas, so its
    plain-word negations are lemmatised too ("за исключением нефти" → "за исключение нефть")."""
    found = entries("sector_negations", language)
    if language == "ru":
        found = list(dict.fromkeys(found + [lemmatize(p) for p in found if re.fullmatch(r"[\w ]+", p)]))
    fragments = "|".join(f"(?:{p})" for p in found)
    article = r"(?:the\s+|les?\s+|la\s+|l'|d[eu]s?\s+|d[oa]s?\s+|del?\s+|(?:el|los|las|os|as|o|a)\s+)?"
    sector = r"(?:(?:secteurs?|sectors?|setor(?:es)?|sectores?|сектор|отрасль)\s+(?:d[eu]s?\s+|d[oa]\s+|del?\s+)?)?"
    return re.compile(rf"(?<!\w)(?:{fragments})\s*{article}{sector}$", re.IGNORECASE)


def sector_mentions(text: str, language: str, families: bool = False) -> tuple[list[str], list[str]]:
    """(sector ids named, sector ids excluded) in ``text``, in reading order; with ``families``, words read by
    their stems ("agri*") name sectors too (they always exclude: "hors agro-industrie")."""
    language = language if language in ("fr", "ru", "pt", "es") else "en"
    taxonomy = _taxonomy(language)
    subject = _subject(text, language)
    offices = _office_spans(subject, language, "office_titles")
    names = _office_spans(subject, language, "organisation_words")
    found = _found(subject, language, taxonomy, offices + names)
    if not found and names:  # "the Tourism Institutes of Angola and Mozambique will sign a memorandum": their area
        found = _found(subject, language, taxonomy, offices)
    qualified = qualified_generics(subject, found, language)  # "energy technologies": energy's, not ICT
    found = [f for index, f in enumerate(found) if index not in qualified]
    named: list[str] = []
    excluded: list[str] = []
    other = _other_senses(language)
    for start, _, sector, whole in sorted(found):
        if other.match(subject, start):  # Russian on lemmas: "с военными почестями" → "военный почесть"
            continue  # "la formation d'une commission": its creation, not training
        before = subject[max(0, start - 30) : start]
        if _negation(language).search(before):
            excluded.append(sector)
        elif whole or families:
            named.append(sector)
    if language == "ru":
        excluded += _negated_lemmas(subject, taxonomy, language)
    return list(dict.fromkeys(s for s in named if s not in excluded)), list(dict.fromkeys(excluded))


def office_sectors(text: str, language: str, key: str = "ministry_words") -> list[str]:
    """Sector ids named inside the ministries of ``text`` ("the Ministry of Health", "ministère de l'Agriculture",
    "Ministério da Saúde", "Secretaría de Energía", "Министерство здравоохранения"; ``ministry_words``, or the
    entry ``key`` of the language file), in reading order: the areas that :func:`sector_mentions` leaves out (an
    office's name never names a sentence's areas), for a caller that knows the ministries sign something. A
    minister's title is not read here: a minister also leads delegations and talks of other things."""
    language = language if language in ("fr", "ru", "pt", "es") else "en"
    subject = _subject(text, language)
    offices = _office_spans(subject, language, key)
    inside = [
        (start, sector)
        for start, end, sector, _ in _found(subject, language, _taxonomy(language), [])
        if any(s <= start and end <= e for s, e in offices)
    ]
    return list(dict.fromkeys(sector for _, sector in sorted(inside)))


@cache
def _other_senses(language: str) -> re.Pattern:
    """A sector word in another sense, told by the words around it (``sector_other_senses``): a noun of action
    governing an indefinite noun phrase is that thing's creation ("la formation d'une commission", "a formação de
    uma comissão"), not training; an English noun used as a verb ("to travel", "will travel") is no tourism; the
    military honours and band a guest is greeted with are ceremony, not defence ("honras militares", "с военными
    почестями": Russian patterns are written on lemmas)."""
    return compiled(alternation("sector_other_senses", language), re.IGNORECASE)


def sector_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of every sector word of ``text`` (listed words and stems of ``language``; not Russian,
    which is read on lemmas whose offsets are not the text's)."""
    taxonomy = _taxonomy(language)
    subject = _subject(text, "en" if language == "ru" else language)
    return [(start, end) for start, end, *_ in _found(subject, language, taxonomy, [])]


def _subject(text: str, language: str) -> str:
    """The text sector words are read in: Russian lemmas; else the text with "non-oil" as "non oil" and a
    typographic apostrophe as a straight one ("technologies de l’information"), its offsets unchanged."""
    if language == "ru":
        return lemmatize(text)
    return _NON_HYPHEN.sub(r"\1 ", text.replace("’", "'"))


def _found(subject: str, language: str, taxonomy: dict[str, Sector], skip: list[tuple[int, int]]) -> list:
    """(start, end, sector id, whole word) of the sector words of ``subject`` outside the ``skip`` spans."""
    found = [
        (m.start, m.end, m.sector, True)
        for m in find_sector_mentions(subject, taxonomy)
        if not any(s <= m.start and m.end <= e for s, e in skip)
    ]
    return found + _stem_mentions(subject, language, [(start, end) for start, end, *_ in found] + skip)


@cache
def _offices(language: str, key: str) -> re.Pattern:
    """The head word of an office or an organisation whose name holds sector words without being about them
    (an office's never name the sentence's sectors; an organisation's only when the sentence names none else):
    "the Minister of Trade and Integration", "ministre de l'Énergie et des Mines", "ministros dos Recursos
    Minerais e Energia", "Banque africaine de développement", "Associação Angolana de Bancos", "Ankara Chamber
    of Commerce", "министр энергетики" (``office_titles`` and ``organisation_words`` of the language file;
    Russian on lemmas: the word and up to three words after it; elsewhere :func:`_name_spans` reads the name
    around it)."""
    offices = "|".join(f"(?:{p})" for p in entries(key, language))
    if language == "ru":
        return re.compile(rf"(?<![\w-])(?:{offices})(?:\s+[\w-]+){{1,3}}", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?i:{offices})(?![\w-])")


_TOKEN = re.compile(r"\s*([^\W\d_][\w-]*['’]?|,|&)")
_JOINS = {
    "of",
    "for",
    "de",
    "da",
    "do",
    "dos",
    "das",
    "du",
    "des",
    "del",
    "la",
    "le",
    "the",
    "and",
    "e",
    "et",
    "y",
    ",",
    "&",
}
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]*\s+(?:and|&)\s+)?[A-Z][\w'’-]*\s+$")
_ARTICLE_JOINS = {"de", "da", "do", "dos", "das", "du", "des", "del", "la", "l'", "l’", "d'", "d’"}
_OF = {"de", "da", "do", "dos", "das", "du", "des", "del", "d'", "d’"}


def _office_spans(subject: str, language: str, key: str) -> list[tuple[int, int]]:
    """(start, end) of each office (``key`` "office_titles") or organisation ("organisation_words") name in
    ``subject`` (see :func:`_offices`)."""
    heads = _offices(language, key).finditer(subject)
    if language == "ru":
        return [m.span() for m in heads]
    lists_end = key == "organisation_words"
    return [_name_spans(subject, m.start(), m.end(), language, lists_end) for m in heads]


def _name_spans(subject: str, start: int, end: int, language: str, lists_end: bool = False) -> tuple[int, int]:
    """The whole name around a head word: after it, capitalised words and joining words ("of Trade and
    Industry"), a demonym or a word of ``organisation_adjectives`` ("ministro cubano de", "Banque africaine"),
    and in French, Portuguese and Spanish a lower-case noun after "de", "du", "des", "l'" ("Chambre de commerce",
    "ministère de la santé"); before it (English names end with their head), capitalised words ("African
    Development Bank", "Russian Direct Investment Fund"). With ``lists_end`` (an organisation, not an office) a
    comma followed by an article and a lower-case noun ends the name: what follows is a list of areas, not the rest
    of the name ("dont la banque, la culture, l'éducation": banking is one area among others, not a bank called "of
    culture and education"), while "de" goes on naming it ("Chambre de commerce, d'industrie et d'agriculture");
    an office's title lists its portfolios ("ministre de l'économie, des finances et du plan")."""
    previous: str | None = None
    listed = False  # a comma since the name's last word
    while match := _TOKEN.match(subject, end):
        word = match.group(1)
        folded = word.casefold()
        if folded in _JOINS or folded in _ARTICLE_JOINS:
            previous = folded
            if folded in _OF:  # "Chambre de commerce, d'industrie et d'agriculture": the name goes on
                listed = False
            elif lists_end and folded == ",":
                listed = True
        elif (
            word[0].isupper()
            or (language != "en" and previous in _ARTICLE_JOINS and previous != "," and not listed)
            or previous is None
            and _qualifier(word, language)
        ):
            previous, listed = None, False
        else:
            break
        end = match.end()
    while language == "en" and (found := _CAPITAL_BEFORE.search(subject, 0, start)):
        start = found.start()
    return start, end


def _qualifier(word: str, language: str) -> bool:
    """A lower-case word that belongs to a name after its head: a demonym ("cubano", "marocain") or a word of
    ``organisation_adjectives`` ("africaine", "nationale", "islamique")."""
    if words("organisation_adjectives", language).fullmatch(word):
        return True
    return any(m.start == 0 and m.end == len(word) for m in find_party_mentions(word, language))


def _stem_mentions(subject: str, language: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
    """(start, end, sector id, False) of words read by a stem of ``language`` or English, where no listed word
    matched."""
    spans = list(taken)
    result: list[tuple[int, int, str, bool]] = []
    for pattern, sid in _stems(language) + (_stems("en") if language != "en" else ()):
        for match in pattern.finditer(subject):
            if any(s <= match.start() < e or match.start() <= s < match.end() for s, e in spans):
                continue
            spans.append(match.span())
            result.append((match.start(), match.end(), sid, False))
    return result


def _negated_lemmas(lemmas: str, taxonomy: dict[str, Sector], language: str) -> list[str]:
    """Sectors whose word or stem appears with the prefix "не" ("ненефтяной", "несырьевой" → energy)."""
    found = []
    for word in lemmas.split():
        if word.startswith("не") and len(word) > 5:
            rest = word[2:]
            found += [m.sector for m in find_sector_mentions(rest, taxonomy) if m.start == 0 and m.end == len(rest)]
            found += [sid for pattern, sid in _stems(language) if pattern.fullmatch(rest)]
    return found


def sectors(text: str, language: str, goods_only: bool) -> list[str]:
    """Sector ids named (not excluded) in ``text``; with ``goods_only`` those that trade in goods."""
    ids, _ = sector_mentions(text, language, families=True)
    if goods_only:
        taxonomy = current_taxonomy()
        ids = [i for i in ids if taxonomy[i].trades_in_goods]
    return ids
