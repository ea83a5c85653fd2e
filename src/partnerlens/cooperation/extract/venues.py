"""Capitals named as a place, not as a side: the venue of a gathering of many states, or a body's seat (issue 11,
party precision).

A summit, a forum, a conference or a fair (``gatherings`` in ``data/lang/<language>.yaml``) meets somewhere; the
capital named as that place is where it met, not a side of what the sentence tells about two of its participants:

- governed by the gathering's noun through a place preposition or a genitive (``gathering_places``), in the same
  clause: "at the African Union summit in Addis Ababa", "au sommet de l'Union africaine à Addis-Abeba", "le forum de
  Dakar", "на саммите Африканского союза в Аддис-Абебе", "en la cumbre de la UA en Adís Abeba", "na cimeira da UA em
  Adis Abeba";
- before the gathering's noun, as its attribute: "the Dakar forum", "the Astana International Forum";
- after a place preposition in a sentence that tells a sidelines phrase ("met in Addis Ababa on Sunday, on the
  sidelines of the summit") or the run-up to a gathering (``occasion_ahead``: "will meet Modi on June 13 in Bishkek,
  ahead of the SCO summit", "à Bichkek, à la veille du sommet", "в Бишкеке накануне саммита"): the meeting's place
  is the occasion's.

A capital told as the seat of a body ("the Abuja-based ECOWAS", "Abuja, siège de la CEDEAO", "basée à Abuja", "с
штаб-квартирой в Абудже", "con sede en Abuya": ``seat_after``, ``seat_before``) is where the body sits, not a side.

A place told with its country in apposition ("in Lima, Peru", "à Lima, au Pérou", "в Лиме, Перу", "em Lima, no
Peru", "en Lima, Perú"; or in parentheses, "в Лиме (Перу)") is where something happened, a venue: the country after
the comma (or the parenthesis) of a place preposition's capitalised object, and a capital with its country so told
(:func:`city_country`). A country coordinated on ("in Lima, Peru and Chile signed") is a subject, not an apposition.

A state or region inside the capitalised name of a gathering or a framework ("the Partnership for Prosperity in
Asia", "le Forum Chine-Afrique", "the China-Africa Cooperation Forum") is a word of the name
(:func:`in_named_occasion`; ``named_frameworks``, ``name_connectors``) — unless the name joins two states by a dash
("the Kyrgyz-Chinese Business Forum", "le Forum d'affaires Maroc-Tunisie"): a bilateral name tells the gathering's
two sides (:func:`_bilateral`).

Otherwise only a capital is read so: a state named by its name or adjective ("the summit in Kenya", "the Kenyan summit") is
left to the other rules, and :func:`partnerlens.cooperation.extract.context.parties` drops a venue only when another
state of the sentence remains, so a host named again as a state, a leader or an adjective stays a side.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.gazetteer import PartyMention, find_party_mentions
from partnerlens.patterns import compiled

_GAP = 6  # words between a gathering's noun and the preposition of its place ("the summit of the African Union in")


def venue_or_seat(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a capital is named as the venue of a gathering or as a body's seat, or a place with its country in
    apposition (see the module docstring)."""
    if city_country(text, sentence, mention, language) or in_named_occasion(text, sentence, mention, language):
        return True
    if mention.how != "capital":
        return False
    before = text[sentence.start : mention.start]
    clause = re.split(r"[,;:—–()]", before)[-1]
    governed, attribute, placed, seat_after, seat_before = _patterns(language)
    if governed.search(clause) or attribute.match(text, mention.end):
        return True
    if seat_after.match(text, mention.end) or seat_before.search(clause):
        return True
    return bool(
        placed.search(clause)
        and (words("sidelines", language).search(sentence.text) or _ahead(language).search(sentence.text))
    )


@cache
def _ahead(language: str) -> re.Pattern:
    """The run-up to a gathering: ``occasion_ahead`` and at most a few words before a gathering's noun ("ahead of the
    Shanghai Cooperation Organization (SCO) summit", "à la veille du sommet de l'OCS", "накануне саммита ШОС")."""
    ahead, nouns = alternation("occasion_ahead", language), alternation("gatherings", language)
    return compiled(rf"(?<!\w)(?:{ahead})(?:\s+[^\s,;:.]+){{0,5}}?\s+(?:{nouns})(?![\w-])", re.IGNORECASE)


_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]*"


def city_country(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state is the country told in apposition to a place ("in Lima, Peru", "à Lima, au Pérou", "в Лиме
    (Перу)"), or a capital is the place so told: the venue, not a side. The country must end its phrase (no
    coordination after it: "in Lima, Peru and Chile signed" names two subjects)."""
    if mention.how not in ("name", "capital"):
        return False
    place, country, capital_then, _ = _apposition(language)
    if mention.how == "capital":
        after = capital_then.match(text, mention.end)
        if not after or not place.search(text[sentence.start : mention.start]):
            return False
        named = find_party_mentions(text[after.end() : sentence.end], language)
        return any(m.how == "name" and m.start == 0 for m in named) and not _listed(text, after.end(), language)
    found = country.search(text[sentence.start : mention.start])
    if not found or _listed(text, mention.end, language):
        return False  # "in Kenya, Uganda": a list of states, not a place and its country
    return not any(m.how == "name" for m in find_party_mentions(found.group("place"), language))


def _listed(text: str, end: int, language: str) -> bool:
    """Whether the country named up to ``end`` is coordinated with another state ("Peru and Chile", "en Ouganda et en
    Tanzanie"): its phrase goes on as a list or a subject. A clause coordinated after it ("in Lima, Peru, and they
    agreed") leaves it an apposition."""
    named = [m for m in find_party_mentions(text[end : end + 80], language) if m.start == 0]
    joined = _apposition(language)[3].match(text, end + named[0].end if named else end)
    if not joined:
        return False
    rest = text[joined.end() : joined.end() + 80]
    return any(_GAP_TO_STATE.fullmatch(rest[: m.start]) for m in find_party_mentions(rest, language))


_GAP_TO_STATE = compiled(r"\s+(?:(?-i:[a-zà-öø-ÿа-яё])[\w'’]*\s+){0,2}")  # "and in ", "et le ", "и "


@cache
def _apposition(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a place preposition right before; a place preposition, a capitalised place of at most three words, a comma or
    an opening parenthesis and an optional place preposition before a country; that comma and preposition after a
    capital; a coordination right after a country)."""
    places = alternation("place_prepositions", language)
    place = compiled(rf"(?<!\w)(?:{places})\s+$", re.IGNORECASE)
    country = compiled(
        rf"(?<!\w)(?:{places})\s+(?P<place>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})\s*[,(]\s*(?:(?:{places})\s+)?$",
        re.IGNORECASE,
    )
    capital_then = compiled(rf"\s*[,(]\s*(?:(?:{places})\s+)?", re.IGNORECASE)
    joined = compiled(rf",?\s+(?:{alternation('coordination', language)})(?!\w)", re.IGNORECASE)
    return place, country, capital_then, joined


def in_named_occasion(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state or region is a word of the capitalised name of a gathering or a framework ("the Partnership for
    Prosperity in Asia", "le Forum Chine-Afrique", "the China-Africa Cooperation Forum", "на полях Форума Китай-Африка"):
    the name's noun capitalised before it with only capitalised words and connectors between, or after it with only
    capitalised words between."""
    if mention.how not in ("name", "group", "adjective") or _bilateral(text, mention, language):
        return False
    before, after = _named_occasion(language)
    return bool(before.search(text[sentence.start : mention.start]) or after.match(text, mention.end))


_DASH = compiled(r"\s*[-–—]\s*")
_NEIGHBOUR = 60  # characters on each side of a state where the state it is dashed to is looked for


def _bilateral(text: str, mention: PartyMention, language: str) -> bool:
    """Whether a state (not a group) is joined by a dash to another state: "Kyrgyz-Chinese", "Maroc-Tunisie"."""
    if not _state(mention.party):
        return False
    dash = _DASH.match(text, mention.end)
    if dash and dash.end() > mention.end:
        nxt = find_party_mentions(text[dash.end() : dash.end() + _NEIGHBOUR], language)
        if nxt and nxt[0].start == 0 and _state(nxt[0].party) and nxt[0].party != mention.party:
            return True
    start = max(0, mention.start - _NEIGHBOUR)
    for other in find_party_mentions(text[start : mention.start], language):
        gap = text[start + other.end : mention.start]
        if gap.strip() in ("-", "–", "—") and _state(other.party) and other.party != mention.party:
            return True
    return False


def _state(code: str) -> bool:
    return len(code) == 3 and code.isupper()


@cache
def _named_occasion(language: str) -> tuple[re.Pattern, re.Pattern]:
    nouns = alternation("gatherings", language) + "|" + alternation("named_frameworks", language)
    noun = rf"(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))(?:{nouns})(?![\w-])"
    word = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’]*"
    connector = rf"(?:{alternation('name_connectors', language)})"
    before = compiled(rf"(?<![\w-]){noun}(?:[\s-]+(?:{word}|{connector}(?!\w))){{0,6}}[\s-]+$", re.IGNORECASE)
    after = compiled(rf"(?:[\s-]+{word}){{0,3}}[\s-]+{noun}", re.IGNORECASE)
    return before, after


@cache
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a gathering's noun, its words and a place preposition right before a capital; a gathering's noun right after
    it, at most two capitalised words between; a place preposition right before it; a seat after it; one before it)."""
    nouns = alternation("gatherings", language)
    places = alternation("gathering_places", language)
    noun = rf"(?<![\w-])(?:{nouns})(?![\w-])"
    governed = compiled(rf"{noun}(?:\s+[^\s,;:]+){{0,{_GAP}}}?\s*(?<!\w)(?:{places})\s*$", re.IGNORECASE)
    attribute = compiled(rf"(?:-|\s+)(?:{_CAPITALISED}\s+){{0,2}}{noun}", re.IGNORECASE)
    placed = compiled(rf"(?<!\w)(?:{alternation('place_prepositions', language)})\s*$", re.IGNORECASE)
    seat_after = compiled(rf"(?:{alternation('seat_after', language)})", re.IGNORECASE)
    seat_before = compiled(rf"(?<!\w)(?:{alternation('seat_before', language)})\s*$", re.IGNORECASE)
    return governed, attribute, placed, seat_after, seat_before


_ANTECEDENT_WORDS = 5  # words after a gathering's noun that still name it ("the summit of the African Union")


def gathering_before(text: str, language: str) -> bool:
    """Whether ``text`` ends with a gathering or a meeting of several, named by its noun and at most a few words after
    it ("the summit of the African Union", "la réunion ministérielle", "заседании комиссии"): the antecedent of a
    clause that lists its other participants (``extract/passing.py``)."""
    return bool(_gathering_end(language).search(text))


@cache
def _gathering_end(language: str) -> re.Pattern:
    nouns = alternation("gatherings", language) + "|" + alternation("gathering_meetings", language)
    return compiled(rf"(?<![\w-])(?:{nouns})(?![\w-])(?:\s+[^\s,;:]+){{0,{_ANTECEDENT_WORDS}}}\s*$", re.IGNORECASE)


def without_headline_venue(title: str, mentions: list[PartyMention], language: str) -> list[PartyMention]:
    """A headline's mentions without a capital told as a place ("Putin’s first meeting in Bishkek to be talks with
    Indian PM", "Sommet : Erdogan et Ramaphosa à Luanda", "Путин и Моди встретятся в Бишкеке") when two other states
    are named besides it: where the two meet, not a third side. A host named again by its name, its adjective or its
    leader stays, through that mention; so does a capital beside one state and a group ("Sommet Corée-Afrique à
    Séoul, le président ivoirien"): the summit's host."""
    placed = compiled(rf"(?<!\w)(?:{alternation('place_prepositions', language)})\s+$", re.IGNORECASE)
    venues = [m for m in mentions if m.how == "capital" and placed.search(title[: m.start])]
    kept = [m for m in mentions if m not in venues]
    # groups do not count: "Sommet Corée-Afrique à Séoul" has its host in Seoul
    states = {m.party for m in kept if len(m.party) == 3 and m.party.isupper()}
    return kept if len(states) >= 2 else mentions
