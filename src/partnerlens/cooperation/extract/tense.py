"""The tense of an event's clause: whether it is told as to come, as done, or in the present.

Listing every future verb form of five languages ("посетит", "проведёт", "effectuera", "realizará", …) does
not hold on unseen text, so the future and the past are read from the *form* of the verbs:

* Russian: ``pymorphy3`` (already the project's morphology) reads each word; a verb whose most likely
  reading is in the future tense ("посетит", "прибудет", "совершит", "обсудят") or in the past ("посетил")
  says so. Perfective verbs in the present form are futures, which is what pymorphy3 reports.
* French, Portuguese and Spanish: the simple future has regular endings — French ``-era``/``-ira``/``-dra``/
  ``-vra``/``-rra``/``-ttra`` (and ``-ont``), Portuguese ``-rá``/``-rão``, Spanish ``-rá``/``-rán`` — and the
  near future is "va/vont + infinitive", "vai/vão + infinitive", "va/van a + infinitive". No morphological
  analyser for these languages is installed (spaCy or Stanza models are several hundred MB each); the
  endings are few and regular, and the exceptions that share them are listed (``not_future`` in the
  language's YAML: "lira", "extra", …).
* English has no future form; its future words ("will", "set to", "due to") are the ``planned`` list.

The past is read the same way (``past`` in the language's YAML: "-ed", "a/ont + participle", "-ou",
"-ó"), and decides which way a bare weekday points ("on Friday" after "visited" is the last Friday, after
"begins" or "will visit" the next one). Words that put the event ahead whatever the verb's form
("tomorrow", "la semaine prochaine", "на следующей неделе", "na próxima semana") are ``to_come``.

Verbs that tell what an event will bring rather than that it is to come ("the visit will strengthen ties",
"la visite permettra de", "визит позволит") are ``consequence`` words: a future among them, after the event's
word, leaves the event as it is.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.vocabulary import alternation, language_data, patterns, words
from partnerlens.cooperation.person_names import morph

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”—–]")


@cache
def _forms(name: str, language: str) -> re.Pattern:
    """Entry ``name`` of ``language`` alone (no English added): verb endings are a language's own."""
    fragments = language_data(language).get(name) or [r"(?!x)x"]
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in fragments) + r")(?!\w)")


def _russian_tenses(text: str) -> set[str]:
    """Tenses of the Russian verbs in ``text`` ("посетит" → futr): words read as a verb only (not "пущу", a
    noun as often as a verb), in the third person for a future (news reports others' plans); a perfective short
    passive participle ("подписан", "заключены", "проведено") tells a done action, a past."""
    found = set()
    for word in _WORD.findall(text):
        parses = morph().parse(word.casefold())
        if all(p.tag.POS == "PRTS" and p.tag.aspect == "perf" and p.tag.tense == "past" for p in parses):
            found.add("past")
            continue
        if any(p.tag.POS != "VERB" and p.score >= 0.2 for p in parses):
            continue
        tag = parses[0].tag
        if tag.POS == "VERB" and tag.tense and (tag.tense != "futr" or tag.person in (None, "3per")):
            found.add(str(tag.tense))
    return found


def _consequence_free(text: str, language: str) -> str:
    """``text`` with its consequence verbs (and what follows them) left out."""
    match = words("consequence", language).search(text)
    return text[: match.start()] if match else text


def future(text: str, language: str) -> bool:
    """Whether a verb of ``text`` is in the future (by its form; see the module docstring)."""
    if language == "ru":
        return "futr" in _russian_tenses(text)
    if language in ("fr", "pt", "es"):
        cleaned = _forms("not_future", language).sub(" ", text)
        return bool(_forms("future_forms", language).search(cleaned))
    return False


def past(text: str, language: str) -> bool:
    """Whether a verb of ``text`` is in the past ("visited", "s'est rendu", "посетил", "chegou", "llegó")."""
    if language == "ru" and "past" in _russian_tenses(text):
        return True
    return bool(_forms("past_forms", language).search(text))


_SAID_ON_WORDS = 2  # words between a verb of saying and the day it was said on ("anunciou, segunda-feira,")


def own_past(text: str, language: str, day: tuple[int, int] | None = None) -> bool:
    """Whether a verb of ``text`` other than a verb of saying is in the past: "said", "a déclaré", "заявил"
    (``saying_past``) report an event, they do not tell it done ("X said he will visit", "a déclaré que la visite
    aura lieu", "заявил, что визит состоится": no past of the event's own); "visited", "a effectué", "посетил" do.
    With ``day`` (a date's span in ``text``), a verb of saying right next to it is kept: "announced on Monday",
    "anunciou, segunda-feira," — that day is the statement's, told in the past."""

    def blank(m: re.Match) -> str:
        if day is not None and (
            len(text[m.end() : day[0]].split()) <= _SAID_ON_WORDS
            if m.end() <= day[0]
            else len(text[day[1] : m.start()].split()) <= _SAID_ON_WORDS
        ):
            return m.group(0)
        return " "

    return past(words("saying_past", language).sub(blank, text), language)


def said_at(lead: str, language: str) -> bool:
    """``lead`` (the words before an event's word) ends with a verb of saying and the occasion phrase that leads to
    the event ("as was noted at the", "отметили на", "a déclaré lors de la", ``speech_occasion``): what was said at
    the event tells it held, so that verb is the event's own."""
    occasions = patterns("speech_occasion", language)
    return any(
        any(p.match(lead[m.end() :].lstrip()) for p in occasions) for m in words("saying_past", language).finditer(lead)
    )


def to_come(text: str, language: str) -> bool:
    """Words that put what the clause tells ahead of the dispatch ("tomorrow", "la semaine prochaine")."""
    return bool(words("to_come", language).search(text))


def clause_before(text: str, start: int, reach: int = 12) -> str:
    """The words of the clause that leads to ``start`` (after the last comma, colon or dash), at most ``reach``."""
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    return " ".join(clause.split()[-reach:])


def clause_after(text: str, end: int, reach: int = 6) -> str:
    """The first ``reach`` words after ``end``, up to a clause break."""
    return " ".join(_CLAUSE_BREAK.split(text[end:])[0].split()[:reach])


def clause_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Where the clause of the event's word at ``span`` starts and ends in ``text`` (commas, colons, dashes)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text[: span[0]])]
    after = _CLAUSE_BREAK.search(text, span[1])
    return (breaks[-1] if breaks else 0), (after.start() if after else len(text))


_COORDINATED_REACH = 2  # words after "and" that make a coordinated predicate ("and will address", "e vai discursar")


def own_clause(after: str, language: str) -> str:
    """The words after an event's word up to a coordinated predicate: "participa hoje num fórum e vai discursar no
    parlamento", "attended a forum and will address parliament", "a participé à un forum et va prononcer un
    discours", "participa en un foro y va a intervenir", "принял участие в форуме и выступит в парламенте" — the
    verb after "and" (``coordinators``) is another action of the sentence's subject, with its own tense, not the
    event's. Only a verb right after the coordinator cuts ("a meeting of Russia and Egypt will take place" keeps
    its "will": a name comes first); a future or planned word in its first words tells the verb."""
    for match in words("coordinators", language).finditer(after):
        rest = after[match.end() :].split()
        if not rest or not rest[0][:1].islower():
            continue
        head = " ".join(rest[: _COORDINATED_REACH + 1])  # an auxiliary at the start: "and is due to", "и будет"
        ahead = words("planned", language).match(head) or words("coordinated_ahead", language).match(head)
        if ahead or future(" ".join(rest[:_COORDINATED_REACH]), language):
            return after[: match.start()]
    return after


def to_come_at(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the event whose word is at ``span`` is told as to come: a future verb in the clause that leads to
    it ("Путин посетит Египет", "le président effectuera une visite", "realizará uma visita"), or right after it
    ("визит продлится два дня", "la visite se déroulera"), or a word that puts it ahead ("next week"); never a
    future of a verb coordinated after it (:func:`own_clause`)."""
    before = after_occasion(clause_before(text, span[0]), language)
    after = _consequence_free(own_clause(clause_after(text, span[1]), language), language)
    if to_come(f"{before} {text[span[0] : span[1]]} {own_clause(clause_after(text, span[1], 12), language)}", language):
        return True
    word = text[span[0] : span[1]]  # the event's word may be the verb itself ("s'entretiendra", "посетит")
    if future(_consequence_free(f"{before} {word}", language), language) or future(after, language):
        return True
    extended = after_sequence(text, span, language)  # "doit aussi se rendre à Paris pour coprésider la réunion"
    if extended is not None and future(_consequence_free(extended, language), language):
        return True
    return relative_ahead(text, span, language)


_RELATIVE_REACH = 10  # words of the event's phrase before its relative clause ("the visit of X to Y, which …")


def relative_ahead(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether a relative clause right after the event's phrase tells it as to come: "the state visit of the
    president to Angola, which will take place on 5-9 March", "la visite du président, qui se déroulera du 5 au
    9 mars", "визит президента, который пройдет 5-9 марта", "a visita de Estado, que decorrerá de 5 a 9 de
    março", "la visita, que se celebrará en marzo". A clause that tells what the event will bring ("which will
    strengthen ties", "qui permettra de") says nothing of it (``consequence``)."""
    rest = text[span[1] :]
    comma = _CLAUSE_BREAK.search(rest)
    if comma is None or comma.group(0) != "," or len(rest[: comma.start()].split()) > _RELATIVE_REACH:
        return False
    if past(rest[: comma.start()], language):  # "с визитом прибыла делегация во главе с Лоуренсу, который в
        return False  # четверг встретится": the clause is of the noun after the main verb, told as done
    clause = _CLAUSE_BREAK.split(rest[comma.end() :])[0].strip()
    if not words("relative_pronouns", language).match(clause) or words("consequence", language).search(clause):
        return False
    return bool(words("planned_after", language).search(clause) or future(clause, language))


def after_occasion(before: str, language: str) -> str:
    """The words after an occasion preposition right before the event's word ("agreements will be signed during
    the visit", "seront conclus à l'occasion de la visite", "в ходе визита"): the clause's verb tells what happens
    at the event, not whether the event is to come; only the words after the preposition ("the upcoming") do."""
    match = None
    sequence = words("sequence_before", language)
    for found in words("occasion_before", language).finditer(before):
        if not sequence.search(found.group(0)):  # "à l'issue de", "по итогам": see :func:`after_sequence`
            match = found
    if match is None or len(before[match.end() :].split()) > 3:
        return before
    return before[match.end() :]


_SEQUENCE_REACH = 4  # words between a sequence word and the event's word ("following their bilateral meeting")
_PURPOSE_REACH = 7  # words from a purpose word to the event's word ("pour coprésider la 3e réunion du Comité")


def after_sequence(text: str, span: tuple[int, int], language: str) -> str | None:
    """The whole clause before the event's word at ``span`` when a sequence word leads to it ("will hold a press
    conference following their meeting", "signeront des accords à l'issue de leurs entretiens", "подпишут соглашения
    по итогам переговоров", "firmarán acuerdos tras su reunión"): what comes after the event is told in the clause's
    verb, so the event is to come when that verb is, however far back it stands (up to a ";"). None otherwise."""
    lead = " ".join(text[: span[0]].split()[-_SEQUENCE_REACH:])
    purpose = " ".join(text[: span[0]].split()[-_PURPOSE_REACH:])
    if not (words("sequence_before", language).search(lead) or words("purpose_before", language).search(purpose)):
        return None  # a purpose ("doit se rendre à Paris pour coprésider la réunion") is told by the clause's verb too
    return text[: span[0]].split(";")[-1] + text[span[0] : span[1]]


BEFORE_WORDS, AFTER_WORDS = 12, 10  # the reach of tense words around an event's word ("is set to pay a visit")


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words an event's word at ``start:end`` governs: up to twelve words before it (with the word itself,
    never across ";") and ten after it up to the next comma — a "will" elsewhere in a long sentence ("the
    agreement signed in September will boost trade") says nothing of this event."""
    before = re.split(r"[;]", text[:start])[-1].split()[-BEFORE_WORDS:]
    after = re.split(r"[;,]", text[end:])[0].split()[:AFTER_WORDS]
    return " ".join([*before, text[start:end]]), " ".join([text[start:end], *after])


def around_own(text: str, span: tuple[int, int], language: str) -> tuple[str, str]:
    """:func:`around`, its words after cut at a coordinated predicate (:func:`own_clause`)."""
    before, after = around(text, *span)
    return before, own_clause(after, language)


def reported_future(text: str, language: str) -> bool:
    """A future told from a reported past ("said the president would visit", ``reported_future`` in the language's
    YAML): the event is planned; the conditional there is the tense of indirect speech, not a hedge."""
    return bool(words("reported_future", language).search(text))


def without_reported(text: str, language: str) -> str:
    """``text`` with its reported futures blanked, so that their "would" is not read as a hedge."""
    return words("reported_future", language).sub(lambda m: " " * len(m.group(0)), text)


_INTENT_LINKS = r"(?:\s+(?:to|de|d['’]|à|a|se|de se|d['’]y|s['’]y))*"


@cache
def _intent(language: str) -> re.Pattern:
    """A verb of intent and its links, perhaps with the infinitive that carries an event's noun, ending the text."""
    fragments = alternation("intention_verbs", language)
    support = alternation("support_verbs", language)
    noun = rf"(?:\s+(?:{support})(?:\s+[\w'’-]+){{0,3}})?"  # "souhaite effectuer une visite", "hopes to pay a visit"
    return re.compile(rf"(?<!\w)(?:{fragments}){_INTENT_LINKS}{noun}\s*$", re.IGNORECASE)


def intended(text: str, span: tuple[int, int], language: str) -> bool:
    """The event's word at ``span`` is the infinitive of a verb of intent right before it ("contempla visitar
    Venezuela", "pretende visitar", "envisage de se rendre", "намерен посетить", "hopes to visit"), or the noun of
    such an infinitive (``support_verbs``: "souhaite effectuer une visite", "хочет совершить визит"): still to come."""
    return bool(_intent(language).search(" ".join(text[: span[0]].split()[-7:])))


def whole_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The event's word to its end: "entretien" matched in "s'entretiendra" is the future verb, whose ending tells
    the tense."""
    end = span[1]
    while end < len(text) and (
        text[end].isalpha() or text[end] in "-'’" and end + 1 < len(text) and text[end + 1].isalpha()
    ):
        end += 1
    return span[0], end


def programme_item(text: str, language: str) -> bool:
    """The sentence tells its event as an item of a visit's programme ("the programme of the visit reserves for
    today a meeting", "au programme du séjour, un entretien", "в программе визита — переговоры", "consta do programa
    da visita", "en el programa de la visita figura") in no past form ("the programme of the visit included talks",
    "au programme figuraient", "в программе визита были переговоры"; ``programme_done``): still to come."""
    found = words("programme", language).search(text)
    if found is None or words("programme_done", language).search(text):
        return False
    return not past(text[: found.start()] + " " + text[found.end() :], language)
