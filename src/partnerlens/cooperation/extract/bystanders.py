"""States that look on at what a sentence tells without being its sides (issue 11, party precision, sixteenth session).

Seven constructions, each a class of phrasing rather than a sentence, read for a state **outside the article's pair**
(``extract/context.py`` leaves such a state out of the sentence's parties when another state remains or the sentence
names the pair):

- **Witnesses.** A state named after a presence phrase in its clause (``presence_words`` in
  ``data/lang/<language>.yaml``): "signed in the presence of the ambassadors of France and Germany", "en présence des
  ambassadeurs de France et d'Allemagne", "в присутствии послов Франции и Германии", "na presença dos embaixadores",
  "en presencia de los embajadores". Those who attend a signing witness it; every state of the list after the phrase
  does (the attribute rule of :mod:`.passing` reads only the first: "the ambassadors of France and *Germany*"). A
  person is never read so (a leader named by name may be the side who signs).
- **The place the pair met.** A capital after a place preposition (``place_prepositions``) in a sentence that tells
  the article's pair meeting — by its pair words ("the two presidents", "les deux présidents", "обе стороны") or by
  naming both of its states: "The two presidents met in Paris in May", "les deux présidents s'étaient rencontrés à
  Paris", "In Geneva, the presidents of Senegal and Morocco agreed". Where they met, not who met. A state named by
  its name or its leader is left to the other rules ("visited France"), so only the capital is read so.
- **A model told with a verb after it.** "as Japan did after the war", "as South Korea had done" (``compared_after``:
  the state between "as" and an auxiliary): a comparison whose verb follows the state, which the side-remark words of
  :mod:`.passing` (read before the state only) do not see. Russian "как" alone is too common to be a side-remark
  word ("как Россия, так и Китай": both are sides), so it counts only with a past time after the state ("как Япония
  после войны", "как Корея в 1970-х"). French puts the model after its word ("comme le Japon"), which
  :mod:`.passing` reads already.

- **An audience by its nationality.** A state's adjective joined to a noun of people who hear or watch, not act
  (``audience_nouns``: journalists, the press, students, tourists), alone or in a list of such adjectives: "Lavrov
  told Japanese and Vietnamese journalists", "des journalistes japonais et vietnamiens", "японским и вьетнамским
  журналистам". Who was told, not who cooperates.
- **A partner left or replaced.** A state in apposition to a traditional, former or usual partner (``former_partners``):
  "India's shift from its traditional supplier, Russia", "son fournisseur traditionnel, la Russie", "от
  традиционного поставщика — России". The comma or dash before it ends the clause the side-remark words of
  :mod:`.passing` read, so the phrase is read here, up to the state.

- **A trip before the one reported.** A sentence that opens with a clause telling the trip it comes before
  (``trip_before``: "Ahead of the state visit to Viet Nam, Yoon agreed with President Macron … in Paris", "Avant sa
  visite au Kenya, il s'était entretenu à Addis-Abeba avec", "Перед визитом в Кению он провёл переговоры в") and
  goes on in the past tells an earlier leg: the states after that clause are its hosts, leaders included, no sides
  of the trip the article reports (a leg still to come, told in the future, keeps its state: the set labels a tour's
  next legs as sides).

- **A state only ever named inside a compound of states.** "the brief visit to Geneva for the Russia-US summit",
  "сотрудничество в формате Россия-Монголия-Китай", "le sommet Chine-États-Unis" in an article whose pair is another:
  a state the article names *only* joined by dashes to other states is a word of another pair's or a wider format's
  name (:func:`compounded_only`). Groups are not read so ("the Turkey-Africa summit" names its region as a side),
  nor is a state the article names once on its own.

Hand-written like the rest of the party rules: closed lists of a few words per language, no parser (see
:mod:`.events`). See docs/news.md, "Bystanders, sixteenth session".
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.tense import future, past
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.gazetteer import PartyMention, find_party_mentions
from partnerlens.patterns import compiled

_REACH = 90  # characters from a presence phrase to the state it governs ("in the presence of the ambassadors of")
_ITEM_WORDS = 4  # a comma inside the phrase opens a list item of at most this many words ("of France, Italy and")


def bystander(
    text: str, sentence: Sentence, mention: PartyMention, language: str, focus: tuple[str, ...], named: set[str]
) -> bool:
    """Whether a state outside the article's pair is named as a witness, as the place where the pair met, as a model
    told with its verb after it, as an audience or as a partner left (see the module); ``named`` are the states the
    sentence's other mentions name."""
    if mention.party in focus:
        return False
    if trip_before(text, sentence, mention, language):  # its leader too: the other leg's host
        return True
    if mention.how in ("body", "person") or mention.how.startswith("person"):
        return False
    return (
        witness(text, sentence, mention, language)
        or pair_venue(text, sentence, mention, language, focus, named)
        or model_with_verb(text, mention, language)
        or audience(text, sentence, mention, language)
        or partner_left(text, sentence, mention, language)
    )


def trip_before(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state named after a sentence's opening clause that tells a trip it comes before ("Ahead of the state visit
    to Viet Nam, Yoon agreed with President Macron in Paris"), the rest of the sentence told in the past."""
    opener = _trip_before(language).match(sentence.text)
    if not opener:
        return False
    end = _clause_end(sentence.text, opener.end(), language)
    if mention.start < sentence.start + end:
        return False
    rest = sentence.text[end:]
    return past(rest, language) and not future(rest, language)


def _clause_end(text: str, start: int, language: str) -> int:
    """Where the opening clause of a trip ends: at its comma, or after the first state it names (the trip's host:
    "Перед визитом в Южную Корею он провёл …" has no comma)."""
    comma = re.compile(r"[,;:]").search(text, start)
    named = find_party_mentions(text[start : comma.start() if comma else len(text)], language)
    return start + named[0].end if named else comma.end() if comma else len(text)


def witness(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state after a presence phrase in the same clause: no ``;:()—–`` between, and every comma between opens a
    short list item ("in the presence of the envoys of France, Italy and Germany")."""
    before = text[max(sentence.start, mention.start - _REACH) : mention.start]
    found = list(_presence(language).finditer(before))
    if not found:
        return False
    gap = before[found[-1].end() :]
    if re.search(r"[;:()—–]", gap):
        return False
    return all(len(item.split()) <= _ITEM_WORDS for item in gap.split(",")[1:])


def pair_venue(
    text: str, sentence: Sentence, mention: PartyMention, language: str, focus: tuple[str, ...], named: set[str]
) -> bool:
    """A capital after a place preposition in a sentence that tells the article's pair: its pair words, or both of
    its states among ``named`` (the sentence's other mentions)."""
    if mention.how != "capital" or len(focus) < 2:
        return False
    if not _placed(language).search(text[sentence.start : mention.start]):
        return False
    return bool(words("pair_words", language).search(sentence.text)) or set(focus[:2]) <= named


def model_with_verb(text: str, mention: PartyMention, language: str) -> bool:
    """ "as Japan did", "как Япония после войны": ``compared_before`` right before, ``compared_after`` right after."""
    before, after = _compared(language)
    return bool(before.search(text[max(0, mention.start - 12) : mention.start]) and after.match(text, mention.end))


def audience(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state's adjective before an audience noun ("Japanese and Vietnamese journalists") or after one ("des
    journalistes japonais et vietnamiens"), with at most a list of other adjectives between."""
    if mention.how != "adjective":
        return False
    after, before = _audience(language)
    return bool(
        after.match(text, mention.end, sentence.end)
        or before.search(text[max(sentence.start, mention.start - 60) : mention.start])
    )


def partner_left(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state right after "its traditional supplier," / "son fournisseur traditionnel, la" / "традиционного
    поставщика —"."""
    return bool(_partner_left(language).search(text[max(sentence.start, mention.start - 60) : mention.start]))


_LISTED = r"(?:\s*(?:,|\band\b|\bet\b|\bи\b|\be\b|\by\b)\s*[\w'’-]+){0,3}"  # ", Kenyan and Ugandan"


@cache
def _audience(language: str) -> tuple[re.Pattern, re.Pattern]:
    nouns = alternation("audience_nouns", language)
    after = compiled(rf"{_LISTED}\s+(?:{nouns})(?!\w)", re.IGNORECASE)
    before = compiled(rf"(?<!\w)(?:{nouns})(?:\s+[\w'’-]+\s*(?:,|\bet\b|\be\b|\by\b))?\s+$", re.IGNORECASE)
    return after, before


@cache
def _partner_left(language: str) -> re.Pattern:
    return compiled(
        rf"(?<!\w)(?:{alternation('former_partners', language)})\s*[,—–-]\s*(?:\w{{1,3}}['’\s]\s*)?$", re.IGNORECASE
    )


_DASH = re.compile(r"\s?[-–—]\s?")


def compounded_only(text: str, mention: PartyMention, mentions: list[PartyMention]) -> bool:
    """Whether every mention of ``mention``'s state among the article's ``mentions`` is joined by a dash to the
    mention of another state ("Russia-US", "Россия-Монголия-Китай"); only states, never groups."""
    from partnerlens.cooperation.extract.context import is_economy  # context reads this module

    if not is_economy(mention.party):
        return False
    own = [m for m in mentions if m.party == mention.party]
    return bool(own) and all(_joined(text, m, mentions) for m in own)


def _joined(text: str, mention: PartyMention, mentions: list[PartyMention]) -> bool:
    for other in mentions:
        if other.party == mention.party:
            continue
        if other.end <= mention.start and _DASH.fullmatch(text[other.end : mention.start]):
            return True
        if mention.end <= other.start and _DASH.fullmatch(text[mention.end : other.start]):
            return True
    return False


@cache
def _trip_before(language: str) -> re.Pattern:
    return compiled(rf"\s*(?:{alternation('trip_before', language)})", re.IGNORECASE)


@cache
def _presence(language: str) -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{alternation('presence_words', language)})", re.IGNORECASE)


@cache
def _placed(language: str) -> re.Pattern:
    return compiled(rf"(?<!\w)(?:{alternation('place_prepositions', language)})\s+$", re.IGNORECASE)


@cache
def _compared(language: str) -> tuple[re.Pattern, re.Pattern]:
    before = compiled(rf"(?<!\w)(?:{alternation('compared_before', language)})\s+$", re.IGNORECASE)
    after = compiled(rf"\s+(?:{alternation('compared_after', language)})(?!\w)", re.IGNORECASE)
    return before, after
