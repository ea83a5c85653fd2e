"""Third states in roles no side plays (issue 11, party precision, seventeenth session, batch 39).

Six constructions, each a class of phrasing, read for a state **outside the article's pair** (``bystanders.py`` calls
:func:`third_role`; ``context.py`` leaves such a state out of the sentence's parties when another state remains):

- **A list after a side remark.** The side-remark words of :mod:`.passing` read the clause before a state, and a
  comma ends a clause, so only a list's first item was read: "Après le Japon, la Corée du Sud et la Chine, il se
  rendra au Vietnam", "the third country after the UAE and Bahrain", "как Кения, Уганда и Танзания". Every item of a
  list (states joined by commas, "and", "then", with articles between) whose head follows a side remark is one too.
- **An earlier deal with another state.** "After signing a trade deal with China, the U.S. is likely to finalize a
  trade agreement with India", "Après avoir signé un accord avec le Japon, …", "После подписания соглашения с
  Японией …" (``deal_before``): the partner of a deal told as what came before is no side of what follows.
- **The troops of a war.** A state's adjective joined to a noun of troops or armies (``force_nouns``): "where South
  African soldiers fought German troops", "ont combattu les troupes allemandes", "сражались с немецкими войсками".
- **A conflict named by its state.** A state after a conflict noun (``conflict_nouns``: war, conflict, crisis,
  invasion), joined to it only by ``conflict_links`` ("the war in Ukraine", "la guerre en Ukraine", "войны на
  Украине"), or its adjective next to the noun ("the Ukrainian conflict", "le conflit ukrainien", "украинский
  кризис"): what is talked about, not who cooperates. ``event_sides.py`` reads such topics for talks only, and only
  when the pair is named beside them; here they are read for every fact, and :func:`never_side` keeps them out even
  when a sentence names no other state (the fact then takes no side from that sentence).
- **The one a mediator is asked to sway.** A state or its leader right after ``pressed_words`` ("use his influence
  with Vladimir Putin", "user de son influence auprès de Vladimir Poutine", "повлиять на Россию"): the state whose
  mind is to be changed is no side of the pair that talks about it. Leaders are read so too.
- **A demonym that qualifies another.** "Greek Cypriot leader", "Turkish Cypriot community", "Indian Americans": a
  state's adjective right before another state's adjective (English, Russian), or right after it in French
  ("chypriote grec"), says which community of the other state, not a state of its own.

Hand-written like the rest of the party rules: closed lists of a few words per language, no parser. See
docs/news.md, "Seventeenth session, party precision, batch 39".
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.passing import another_visit, side_words
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation
from partnerlens.cooperation.gazetteer import PartyMention, find_party_mentions
from partnerlens.patterns import compiled

_LIST_GAP = re.compile(
    r"\s*(?:,|\band\b|\bet\b|\bи\b|\be\b|\by\b|\bthen\b|\bpuis\b|\bor\b|\bou\b|\bили\b)"
    r"(?:\s*(?:and|et|и|e|y|then|puis|or|ou|encore))*"
    r"\s*(?:the|le|la|les|l['’]|au|aux|en)?\s*$",
    re.IGNORECASE,
)


def third_role(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state outside the pair is named in one of the module's roles; leaders only as the one swayed."""
    if pressed(text, sentence, mention, language):
        return True
    if mention.how in ("body", "person") or mention.how.startswith("person"):
        return False
    return (
        listed_after_remark(text, sentence, mention, language)
        or deal_before(text, sentence, mention, language)
        or troops_of(text, sentence, mention, language)
        or conflict_topic(text, sentence, mention, language)
        or qualifying_demonym(text, mention, language)
    )


def never_side(sentence: Sentence, mention: PartyMention, context) -> bool:
    """A state kept out even of a sentence that names no other: another official's visit (:mod:`.passing`) or,
    outside the article's pair, a conflict named by its state."""
    if another_visit(context.text, sentence, mention, context.language):
        return True
    return mention.party not in context.focus and conflict_topic(context.text, sentence, mention, context.language)


def listed_after_remark(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A later item of a list whose first item follows a side-remark word."""
    before = text[sentence.start : mention.start]
    earlier = find_party_mentions(before, language)
    cut, stepped = len(before), False
    for other in reversed(earlier):
        if other.end > cut or not _LIST_GAP.fullmatch(before[other.end : cut]):
            break
        cut, stepped = other.start, True
    if not stepped:
        return False
    closed = re.sub(r"\([^()]*\)", " ", before[:cut])
    clause = re.split(r"[,;:—–(]", closed)[-1]
    return bool(side_words(language).search(clause[-140:]))


def deal_before(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state in a sentence's opening clause that tells a deal with it as what came before."""
    opening = re.split(r"[;:—–]", text[sentence.start : mention.start])[-1]
    if "," in opening:
        return False
    return bool(_deal_before(language).match(opening.lstrip()))


def troops_of(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state's adjective before a noun of troops ("German troops") or after it ("les troupes allemandes")."""
    if mention.how != "adjective":
        return False
    after, before = _forces(language)
    return bool(
        after.match(text, mention.end, sentence.end)
        or before.search(text[max(sentence.start, mention.start - 40) : mention.start])
    )


def conflict_topic(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state after a conflict noun and links only ("the war in Ukraine"), or its adjective next to the noun."""
    after, linked, next_to = _conflicts(language)
    before = text[max(sentence.start, mention.start - 60) : mention.start]
    if linked.search(before):
        return True
    return mention.how == "adjective" and bool(after.match(text, mention.end, sentence.end) or next_to.search(before))


def pressed(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state or leader right after a phrase asking someone to sway it ("influence with", "influence auprès de")."""
    return bool(_pressed(language).search(text[max(sentence.start, mention.start - 60) : mention.start]))


def qualifying_demonym(text: str, mention: PartyMention, language: str) -> bool:
    """A state's adjective joined by one space to another state's adjective that it qualifies."""
    if mention.how != "adjective":
        return False
    if language == "fr":
        window = text[max(0, mention.start - 30) : mention.start]
        found = find_party_mentions(window, language)
        return bool(found) and found[-1].how == "adjective" and window[found[-1].end :] == " "
    window = text[mention.end : mention.end + 30]
    found = find_party_mentions(window, language)
    return bool(found) and found[0].how == "adjective" and found[0].start == 1 and window[0] == " "


@cache
def _deal_before(language: str) -> re.Pattern:
    return compiled(rf"(?:{alternation('deal_before', language)})\s*$", re.IGNORECASE)


_ADJECTIVES = r"(?:\s*(?:,|\band\b|\bet\b|\bи\b)\s*[\w'’-]+){0,2}"  # "German and Italian troops"


@cache
def _forces(language: str) -> tuple[re.Pattern, re.Pattern]:
    nouns = alternation("force_nouns", language)
    after = compiled(rf"{_ADJECTIVES}\s+(?:{nouns})(?!\w)", re.IGNORECASE)
    before = compiled(rf"(?<!\w)(?:{nouns})(?:\s+[\w'’-]+\s*(?:,|\bet\b))?\s+$", re.IGNORECASE)
    return after, before


@cache
def _conflicts(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    nouns = alternation("conflict_nouns", language)
    links = alternation("conflict_links", language)
    after = compiled(rf"\s+(?:{nouns})(?!\w)", re.IGNORECASE)
    linked = compiled(rf"(?<!\w)(?:{nouns})(?:\s+(?:{links})(?!\w))+\s*$", re.IGNORECASE)
    next_to = compiled(rf"(?<!\w)(?:{nouns})\s+$", re.IGNORECASE)  # "le conflit ukrainien"
    return after, linked, next_to


@cache
def _pressed(language: str) -> re.Pattern:
    article = r"(?:\s+(?:the|le|la|les|l['’]))?(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’-]+)?"  # a given name: "auprès de Vladimir"
    return compiled(rf"(?<!\w)(?:{alternation('pressed_words', language)}){article}\s*$", re.IGNORECASE)
