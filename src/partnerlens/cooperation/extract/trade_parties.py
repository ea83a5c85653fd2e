"""Whose trade figure it is: the parties the trade phrase itself names, read from its structure.

A sentence often names more states than the figure is about ("Turkey's exports to the UAE, its largest
market in the Gulf ahead of Saudi Arabia and Qatar, reached $7 billion"; "Lavrov told the Egyptian
press that trade with Africa …"). The trade word nearest before the figure (else right after it) and
the states tied to it by the grammar of the phrase are the figure's parties:

* the owner of the flow — a possessive ("Turkey's exports"), an adjective ("Turkish exports",
  "exportations turques", "российский экспорт", "exportações angolanas"), "of"/"de"/"du" or a
  Russian genitive right after the trade word ("exports of Kenya", "exportations du Maroc",
  "товарооборот России"), "from" with exports ("exports from Gabon");
* the partner — after "with", "to", "from" (imports), "vers", "avec", "en provenance de", "с", "в",
  "из", "para", "com", "con", "a", "hacia", "desde" (``flow_partner`` of the language file);
* both — "between A and B", "entre A et B", "между A и B", and a second state joined to the owner by
  "and" ("товарооборот России и Египта").

Only a phrase that names two parties decides; otherwise the sentence's parties and the context decide
(:func:`.claims._claim_parties`). The prepositions are data (``flow_between``, ``flow_and``,
``flow_of``, ``flow_partner``, ``flow_from`` in ``data/lang/<lang>.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.context import ArticleContext
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import entries, words
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.cooperation.quantities import Quantity

_WINDOW = 90  # characters after the trade word in which its parties are named
_FILLER = r"(?:[^\W\d_]+\s+){0,2}?"  # "exports *of goods* to", "trade *in services* with"


@cache
def _gap(name: str, language: str) -> re.Pattern:
    """A gap between two words that holds only one of the entry's prepositions (with its article)."""
    fragments = "|".join(f"(?:{p})" for p in entries(name, language)) or r"(?!x)x"
    filler = _FILLER if name == "flow_partner" else ""
    return re.compile(rf"^[\s,]*{filler}(?:{fragments})\s*$", re.IGNORECASE)


def _is(name: str, language: str, text: str) -> bool:
    return bool(_gap(name, language).match(text))


def flow_parties(sentence: Sentence, context: ArticleContext, quantity: Quantity) -> list[str]:
    """The parties the trade phrase of ``quantity`` names (owner first), when it names two; else []."""
    language, text = context.language, sentence.text
    cue = _cue(text, quantity, language)
    if cue is None:
        return []
    mentions = [
        PartyMention(m.party, m.start - sentence.start, m.end - sentence.start, m.text, m.how)
        for m in context.within(context.mentions, sentence)
    ]
    owner = _owner_before(text, cue, mentions, language)
    found: list[str] = [owner] if owner else []
    position, between = cue.end(), False
    for mention in (m for m in mentions if cue.end() <= m.start <= cue.end() + _WINDOW):
        gap = text[position : mention.start]
        first = position == cue.end()
        if _is("flow_between", language, gap):
            between = True
        elif between and _is("flow_and", language, gap):
            between = False
        elif first and not found and (_is("flow_of", language, gap) or mention.how == "adjective" and not gap.strip()):
            pass  # the owner right after the trade word: "exports of Kenya", "exportations turques", "экспорт России"
        elif first and not found and _is("flow_from", language, gap) and _exports(cue.group(0), language):
            pass  # "exports from Gabon to China": the exporter
        elif len(found) == 1 and not first and _is("flow_and", language, gap):
            pass  # "товарооборот России и Египта", "trade of Kenya and Turkey"
        elif not (_is("flow_partner", language, gap) or _is("flow_from", language, gap)):
            break
        if mention.party not in found:
            found.append(mention.party)
        position = mention.end
        if len(found) == 2 and not between:
            break
    return found if len(found) == 2 else []


def _cue(text: str, quantity: Quantity, language: str) -> re.Match | None:
    """The trade word nearest before the figure in its clause, else the first one right after it."""
    cues = list(words("trade_cues", language).finditer(text))
    before = [c for c in cues if c.end() <= quantity.start and not re.search(r"[;:]", text[c.end() : quantity.start])]
    if before:
        return before[-1]
    after = [c for c in cues if c.start() >= quantity.end and c.start() - quantity.end < 60]
    return after[0] if after else None


def _owner_before(text: str, cue: re.Match, mentions: list[PartyMention], language: str) -> str | None:
    """A state right before the trade word: a possessive ("Turkey's exports") or an adjective ("Turkish
    exports", "российский экспорт"), with at most two words between ("Kenya's total exports")."""
    for mention in reversed([m for m in mentions if m.end <= cue.start()]):
        gap = text[mention.end : cue.start()]
        if re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,2}", gap):
            return mention.party
        if mention.how == "adjective" and re.fullmatch(r"\s+(?:[\w-]+\s+){0,1}", gap):
            return mention.party
        return None
    return None


def _exports(word: str, language: str) -> bool:
    return bool(words("export_words", language).match(word))
