"""How a state is named in a sentence, when that makes it no party of what the sentence tells (issue 11, party
precision): left out of what is counted ("except the United States", "à l'exception des États-Unis", "за исключением
США": ``exclusion_words``), the home of a company or an envoy (:func:`attribute_of`), the pair an agreement is said
to be signed between (:func:`signed_between`), a language's name rather than a state's (:func:`names_a_language`),
or one member listed for a plural group (:func:`listed_member`, :func:`only_listed`). Split from
:mod:`.passing`, which reads the side remarks; ``extract/context.py`` reads both.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.passing import CLAUSE_WORD, LOWER_WORD, side_remark
from partnerlens.cooperation.extract.sentences import Sentence, split_sentences
from partnerlens.cooperation.extract.vocabulary import alternation
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.patterns import compiled


def excluded(text: str, mention: PartyMention, language: str) -> bool:
    """The state is named after an exclusion word in its clause ("principal partenaire de l'Espagne en dehors de
    l'UE, à l'exception des États-Unis et du Royaume-Uni", "except the United States", "за исключением США";
    ``exclusion_words``): what is told is told without it. For a headline, which has no sentences of its own."""
    clause = re.split(r"[,;:—–(]", text[: mention.start])[-1]
    return bool(_exclusion(language).search(clause[-140:]))


@cache
def _exclusion(language: str) -> re.Pattern:
    return compiled(
        rf"(?<!\w)(?:{alternation('exclusion_words', language)})(?:\s+{CLAUSE_WORD}){{0,2}}\s*$", re.IGNORECASE
    )


def attribute_of(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state is named only as the home of a company or an envoy (``data/lang/<language>.yaml``
    ``attribute_nouns``): "the German company Siemens", "France's embassy", "le groupe pétrolier allemand", "l'ambassadeur
    de France", "немецкая компания", "посла Франции", "a empresa alemã", "el embajador de Francia". An attribute of who
    takes part, not a side of what the sentence tells; ``extract/context.py`` leaves it out only for a state outside
    the article's pair, when another state remains (a Turkish firm in a Turkey–Kenya article is Turkey's)."""
    if mention.how in ("body", "person") or mention.how.startswith("person"):
        return False
    before, after = _attribute_patterns(language)
    return bool(
        before.search(text[max(sentence.start, mention.start - 60) : mention.start])
        or after.match(text, mention.end, sentence.end)
    )


def signed_between(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state is named as a side of an agreement the sentence refers to by a participle ("the grain deal
    signed between Russia and Ukraine", "l'accord … signé entre la Russie et l'Ukraine", "соглашение, подписанное
    между Россией и Украиной", "o acordo assinado entre", "el acuerdo firmado entre"; ``signed_participles``,
    ``between_words``): another pair's agreement, named in passing; ``extract/context.py`` leaves such a state out
    only when it is not one of the article's pair (an article's own "accord signé entre le Maroc et le Sénégal")."""
    return bool(_signed_between(language).search(text[max(sentence.start, mention.start - 70) : mention.start]))


@cache
def _signed_between(language: str) -> re.Pattern:
    """The participle and "between", then at most the first side and "and" before the state."""
    signed, between = alternation("signed_participles", language), alternation("between_words", language)
    return compiled(
        rf"(?<!\w)(?:{signed})\s+(?:{between})\s+(?:[^,.;:()]{{0,40}}?\s(?:and|et|и|e|y)\s+)?"
        rf"(?:(?:the|la|le|les|l['’]|o|a|os|as|el)\s*)?$",
        re.IGNORECASE,
    )


@cache
def _attribute_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    """(the noun before the state, with at most one lower-case word and a link between: "le groupe pétrolier
    allemand", "the ambassador of"; the noun after it, with at most two lower-case words between: "Germany's
    state-owned company", "немецкая энергетическая компания")."""
    nouns = alternation("attribute_nouns", language)
    links = alternation("attribute_links", language)
    before = rf"(?<!\w)(?:{nouns})(?:\s+{LOWER_WORD})?(?:\s+(?:{links}))?\s*$"
    after = rf"(?:['’]s)?(?:\s+{LOWER_WORD}){{0,2}}?\s+(?:{nouns})(?!\w)"
    return re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)


def names_a_language(text: str, mention: PartyMention, language: str) -> bool:
    """Whether a state's adjective names a language, not the state: governed by a language noun ("Portuguese-
    speaking", "the English language", "langue française", "d'expression française", "на русском и английском
    языках") or standing alone after the preposition a language takes ("written in Portuguese and English",
    "rédigés en français", not "invested in Turkish companies", where a noun follows). Words are
    ``data/lang/<language>.yaml`` ``language_nouns`` and ``language_prepositions``."""
    if mention.how != "adjective":
        return False
    after, before, prepositions = _language_words(language)
    if after.match(text, mention.end) or before.search(text[max(0, mention.start - 40) : mention.start]):
        return True
    return bool(
        prepositions.search(text[max(0, mention.start - 12) : mention.start]) and _ALONE.match(text, mention.end)
    )


_CONJUNCTION = r"(?:and|or|et|ou|e|y|o|и|или)"
# nothing after the adjective but the clause's end, or another such adjective with at most its preposition: "in
# Portuguese and English.", "en français et en arabe."
_ALONE = re.compile(rf"\s*(?:$|[,.;:)!?]|{_CONJUNCTION}\s+(?:\w{{2,3}}\s+)?[\w-]+\s*(?:$|[,.;:)!?]))", re.IGNORECASE)


@cache
def _language_words(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a language noun after the adjective, one before it, a preposition before it)."""
    nouns = alternation("language_nouns", language)
    prepositions = alternation("language_prepositions", language)
    after = rf"(?:-|\s+(?:{_CONJUNCTION}\s+[\w-]+\s+)?)(?:{nouns})(?!\w)"
    before = rf"(?<!\w)(?:{nouns})\s+(?:d['’]|de\s+)?$"
    return (
        re.compile(after, re.IGNORECASE),
        re.compile(before, re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{prepositions})\s+$", re.IGNORECASE),
    )


def only_listed(mention: PartyMention, sentence: Sentence, context) -> bool:
    """A state named here only as a member listed for a group ("four states (Tunisia, Morocco, …)") and nowhere in the
    article as a side: not its focus, nor named elsewhere outside such lists and side remarks (an article with no
    focus names its states only so: they stay). ``context`` is the ``extract.context.ArticleContext`` (not imported:
    that module reads this one)."""
    text, language = context.text, context.language
    if not context.focus or mention.party in context.focus or not listed_member(text, sentence, mention, language):
        return False
    return not any(
        m.party == mention.party
        and not listed_member(text, other, m, language)
        and not side_remark(text, other, m, language, context.described)
        for other in split_sentences(text)
        for m in context.within(context.mentions, other)
    )


def listed_member(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state is one item of a list that enumerates a plural group noun (``data/lang/<language>.yaml``
    ``group_nouns``, with at most four words after it), in parentheses or after a colon or a dash: "four Arab
    states (Tunisia, Morocco, Egypt and Jordan)", "quatre États arabes (Tunisie, Maroc, Égypte et Jordanie)", "четыре
    страны: Тунис, Марокко, Египет и Иордания", "пяти государств — Нигерии, Сенегала и Того". The list tells who the
    group is, not who the article's sides are; it must hold two items at least (a comma or a conjunction), so that
    "the host countries (Kenya)" is left alone."""
    before = text[sentence.start : mention.start]
    opener = _list_opener(language).search(before)
    if opener is None:
        return False
    inside = opener.group("items")
    if opener.group("example"):
        return _example_item(inside, text[mention.end : sentence.end])
    close = ")" if opener.group("mark") == "(" else ".;()—–"
    rest = text[mention.end : sentence.end]
    end = min((i for i in (rest.find(c) for c in close) if i >= 0), default=len(rest))
    items = _LIST_SPLIT.split(inside + mention.text + rest[:end])
    return len([i for i in items if i.strip()]) >= 2 and all(len(i.split()) <= 4 for i in items)


def _example_item(inside: str, rest: str) -> bool:
    """After an example word ("several countries, including Egypt and Jordan", "plusieurs pays, dont l'Égypte",
    "ряд стран, в том числе Египет"): the state is an example when every item before it is short and its own item
    ends the list or runs on into more short items; one example is enough (the example word says it is one of
    several). The list ends at the clause's end (a comma after its last item, or the sentence's)."""
    before_items = _LIST_SPLIT.split(inside)
    if any(len(i.split()) > 4 for i in before_items):
        return False
    own = _LIST_SPLIT.split(_LIST_END.split(rest, maxsplit=1)[0], maxsplit=1)[0]
    return len(own.split()) <= 4


@cache
def _list_opener(language: str) -> re.Pattern:
    """A group noun, at most four words, then "(", ":" or a spaced dash, with nothing but list items up to the end."""
    nouns = alternation("group_nouns", language)
    examples = alternation("group_examples", language)
    return compiled(
        rf"(?<!\w)(?:{nouns})(?!\w)(?:\s+[\w'’-]+){{0,4}}\s*(?P<mark>[(:]|\s[—–]|(?P<example>,?\s*(?:{examples})(?!\w)))"
        r"(?P<items>[^().;:—–]*)$",
        re.IGNORECASE,
    )


_LIST_SPLIT = compiled(rf",|\s(?:{_CONJUNCTION})\s", re.IGNORECASE)
_LIST_END = compiled(r"[.;()—–]")
