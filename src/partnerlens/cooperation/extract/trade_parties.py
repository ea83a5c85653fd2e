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
  "из", "para", "com", "con", "a", "hacia", "desde" (``flow_partner`` of the language file), a group also after its
  group noun ("with the countries of Central Asia", "avec les pays d'Afrique", "со странами Центральной Азии";
  ``group_nouns``);
* both — "between A and B", "entre A et B", "между A и B", and a second state joined to the owner by
  "and" ("товарооборот России и Египта").

Only a phrase that names two parties decides; otherwise the sentence's parties and the context decide
(:func:`claim_parties`, which assembles the parties of one figure: its phrase, else its sentence, else
the sentence before, the headline or the article's main pair, recorded as context). The prepositions are data (``flow_between``, ``flow_and``,
``flow_of``, ``flow_partner``, ``flow_from`` in ``data/lang/<lang>.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from partnerlens.cooperation.extract.carried import Carried
from partnerlens.cooperation.extract.context import ArticleContext, clear_pair, is_economy, parties
from partnerlens.cooperation.extract.partner_lists import listed_after_phrase, listed_partners, respective_partners
from partnerlens.cooperation.extract.rank import behind_all, points_back, previous_subject
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.cooperation.quantities import Quantity, find_quantities

_WINDOW = 90  # characters after the trade word in which its parties are named
_FILLER = r"(?:[^\W\d_]+\s+){0,2}?"  # "exports *of goods* to", "trade *in services* with"


@cache
def _gap(name: str, language: str) -> re.Pattern:
    """A gap between two words that holds only one of the entry's prepositions (with its article)."""
    fragments = alternation(name, language)
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
        gap = _without_group_noun(text[position : mention.start], mention.party, language)
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


@cache
def _group_noun_tail(language: str) -> re.Pattern:
    """A plural group noun (``group_nouns``: "countries", "pays", "странами", "países") with its article and linking
    preposition, right before a group's name: "with the countries of Central Asia", "avec les pays d'Afrique", "со
    странами Центральной Азии", "com os países africanos"."""
    nouns = alternation("group_nouns", language)
    return re.compile(
        rf"(?<!\w)(?:(?:the|other|the other|les|des|autres|los|las|otros|os|as|outros|других|другими)\s+)*"
        rf"(?:{nouns})(?:\s+(?:of(?: the)?|d['’]|de(?: l['’]| la)?|du|des|da|do|das|dos|del))?\s*$",
        re.IGNORECASE,
    )


def _without_group_noun(gap: str, party: str, language: str) -> str:
    """The gap before a group's name without the group noun that introduces it: the trade of Uzbekistan "со странами
    Центральной Азии" is with the group, as "with Central Asia" is; before a state the gap is left as it is."""
    if is_economy(party):
        return gap
    return _group_noun_tail(language).sub("", gap)


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


# --- the parties of one figure: its phrase, else its sentence, else its context ----------------------------------

PartiesFrom = Literal["sentence", "context", "none"]
_RELATIVE = re.compile(r",\s*(?:which|that|qui|ce qui|что|котор\w+|lo que|o que|que)(?!\w)", re.IGNORECASE)
_OWNED_FLOW = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:exports?|imports?|trade|sales|purchases)\b", re.IGNORECASE)


def claim_parties(
    sentence: Sentence, context: ArticleContext, carried: Carried, notes: list[str], quantity: Quantity | None = None
) -> tuple[list[str], PartiesFrom]:
    """The two parties the figure's trade phrase names (:mod:`.trade_parties`), else the sentence's parties
    (the flow's owner first); when it names none, those of the nearest earlier sentence naming two, else the
    article's main pair, recorded as context. One party alone is kept alone: "35 percent of its total
    exports" is a flow with the world."""
    respective = respective_partners(sentence, context, quantity) if quantity is not None else []
    if respective:  # "avec l'Afrique du Sud, l'Angola et le Nigeria … respectivement de 28 %, 67 % et 22 %"
        notes.append("partner by its place in a list given 'respectively'; the other side is the dispatch's")
        return respective, "sentence"
    phrase = flow_parties(sentence, context, quantity) if quantity is not None else []
    if phrase and quantity is not None and (later := listed_after_phrase(sentence, context, quantity, phrase)):
        notes.append("partner from the figure's own clause in a list of partners; the owner is the trade phrase's")
        return (
            later,
            "sentence",
        )  # "Товарооборот России с Египтом – 7 млрд, а с Алжиром – 3 млрд": Algeria's is Russia's
    if phrase:
        return phrase, "sentence"
    listed = listed_partners(sentence, context, quantity) if quantity is not None else []
    if listed:  # "с Казахстаном – 4 млрд, с Кыргызстаном – 700 млн": each figure its own clause's partner
        notes.append("partner from the figure's own clause in a list of partners; the other side is the dispatch's")
        return listed, "context"
    own = _flow_owner_first(sentence, context, parties(sentence, context))
    behind_ones = behind_all(sentence, context)
    kept = [p for p in own if p not in behind_ones]
    if behind_ones and len(kept) >= 2:
        own = kept  # "… partenaire du Sénégal, derrière la France, avec …"
    elif behind_ones and len(kept) == 1 and points_back(sentence.text, context.language):
        subject = previous_subject(sentence, context, kept[0])  # "Elle est le deuxième fournisseur du Sénégal
        if subject:  # après la France, avec des importations de …": she is the state of the sentence before
            own = kept + subject
    ours = _first_person(sentence, context)
    if ours and ours not in own:
        notes.append(f"'our country' read as {ours} (the speaker's, else the headline's state)")
        own = [ours, *own]
    # a flow with the world is told with the figure ("Kenya's foreign trade reached", "$700 million, or 35 percent
    # of its total exports"), not in a relative clause after it ("$28.7 billion, which accounts for a fifth of
    # Kazakhstan's foreign trade")
    told = sentence.text
    if quantity is not None and quantity.end <= len(told):
        relative = _RELATIVE.search(told, quantity.end)
        told = told[: relative.start()] if relative else told
        # … and a share told in that relative clause is of the level's trade: "which accounts for a fifth of
        # Kazakhstan's foreign trade", "ce qui représente 20 % du commerce extérieur", "что составляет 20%"
        back = [m for m in _RELATIVE.finditer(told, 0, quantity.start) if quantity.kind == "percent"]
        if back and any(q.kind == "money" for q in find_quantities(told[: back[-1].start()])):
            told = told[: back[-1].start()]  # (a relative clause right after a level; not "…, which generated $700
            # million, or 35 percent of its total exports", a flow with the world)
    if len(own) == 1 and not words("world_flow", context.language).search(told):
        candidates = (carried.parties, context.focus, _headline_pair(context))
        pair = next((list(p) for p in candidates if own[0] in p and len(p) >= 2), [])
        if not pair and len(context.headline) == 1 and context.headline[0] != own[0]:
            pair = [context.headline[0], own[0]]  # "Kenya hails …" then "Exports to Uganda rose to …"
        if not pair and quantity is not None and _partner_only(sentence, context, quantity, own[0]):
            home = next((p for p in (*context.headline, *context.focus) if p != own[0] and len(p) == 3), None)
            pair = [home, own[0]] if home else []  # "товарооборот с Белоруссией составил …" in a Russian dispatch
        if len(pair) >= 2:
            notes.append(
                "partner taken from "
                + (
                    "an earlier sentence"
                    if pair == carried.parties
                    else "the article's main pair"
                    if pair == list(context.focus) and pair != list(_headline_pair(context))
                    else "the headline"
                )
            )
            return own + _one_side(own, pair, context), "context"
    if own:
        return own, "sentence"
    if len(carried.parties) >= 2:
        notes.append("parties taken from an earlier sentence")
        return list(carried.parties), "context"
    if _headline_pair(context):
        notes.append("parties taken from the headline")
        return list(_headline_pair(context)), "context"
    if clear_pair(context):
        notes.append("parties taken from the article's main pair")
        return list(context.focus), "context"
    return [], "none"


def _one_side(own: list[str], pair: list[str], context: ArticleContext) -> list[str]:
    """The partner a one-party figure takes from its context: one side, the headline's or the article's when the
    context names several ("Erdogan will travel to Nigeria after Angola. Trade with Nigeria …" is Turkey's)."""
    partners = [p for p in pair if p not in own]
    if len(partners) <= 1:
        return partners
    preferred = [p for p in (*context.headline, *context.focus) if p in partners]
    return (preferred or partners)[:1]


def _first_person(sentence: Sentence, context: ArticleContext) -> str | None:
    """The state "our country", "notre pays", "наша страна" stands for: the speaker's (a person of the
    sentence with a state), else the headline's first state, else the article's first main party."""
    if not words("our_country", context.language).search(sentence.text):
        return None
    speakers = [p.person.party for p in context.within(context.people, sentence) if p.person.party]
    candidates = speakers + list(context.headline) + list(context.focus)
    return candidates[0] if candidates else None


def _headline_pair(context: ArticleContext) -> tuple[str, ...]:
    """The headline's two parties (a state and a group when it names one state), when it names exactly two."""
    return context.headline if len(context.headline) == 2 else ()


def _flow_owner_first(sentence: Sentence, context: ArticleContext, found: list[str]) -> list[str]:
    """The parties with the one whose flow the figure is first: "Kenya took 65% of Rwanda's exports" → [RWA, KEN]."""
    owner = next(
        (m.party for m in context.within(context.mentions, sentence) if _OWNED_FLOW.match(context.text, m.end)), None
    )
    return [owner] + [p for p in found if p != owner] if owner in found else found


def _partner_only(sentence: Sentence, context: ArticleContext, quantity: Quantity, party: str) -> bool:
    """The figure's trade phrase names only its partner, right after the trade word ("trade with Belarus",
    "товарооборот с Белоруссией", "les échanges avec le Mali", "o comércio com Angola"; ``flow_partner``): the
    other side is the dispatch's own, the first state of its headline or of the article."""
    cue = _cue(sentence.text, quantity, context.language)
    if cue is None:
        return False
    return any(
        m.party == party and _is("flow_partner", context.language, sentence.text[cue.end() : m.start - sentence.start])
        for m in context.within(context.mentions, sentence)
        if m.start - sentence.start >= cue.end()
    )
