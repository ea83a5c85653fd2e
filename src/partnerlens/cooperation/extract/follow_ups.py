"""Sentences that point back at the trade figure told just before: "This figure is up 12% on 2022", "Ce chiffre
représente", "Эта цифра", "Esse valor", "Esta cifra" (``figure_refs``), a pronoun or a bare verb after a time phrase
("Last year it rose", "В прошлом году он увеличился", "El año pasado aumentó"), an aim right after a trade sentence.
Their figures take the figure's parties, flow and year (or fiscal year). Split from :mod:`.claims` along that
concern."""

from __future__ import annotations

import re

from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.extract.carried import Carried
from partnerlens.cooperation.extract.context import ArticleContext, Draft
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.models import Proposal


def remember_figure(figures_read: list[Proposal], carried: Carried) -> None:
    """Keep the last figure of a sentence for the next one: its parties, and the metric, flow, year and fiscal year
    of its last level (what "this figure" is; a growth rate or share told beside it is not)."""
    carried.figure_parties = list(figures_read[-1].parties)
    pointed = next((p for p in reversed(figures_read) if p.metric not in ("growth", "share", "rank")), None)
    carried.figure_metric = pointed.metric if pointed else None
    carried.figure_flow = pointed.flow if pointed else None
    if pointed is None:  # only a rate of one flow was told ("Exports rose 21%. They reached $375 million"): the
        carried.figure_metric = carried.figure_flow = _rated_flow(figures_read)  # level after it is that flow's
    carried.figure_year = pointed.year if pointed else None
    carried.figure_period = pointed.reading.period if pointed and pointed.reading else None


def _rated_flow(figures_read: list[Proposal]) -> str | None:
    """The one flow, exports or imports, that the growth rates of a sentence with no level are told of ("Les
    exportations … ont progressé de 21 %", "Экспорт … увеличился на 18%"), else None (trade as a whole, or both)."""
    flows = {p.flow for p in figures_read if p.metric == "growth"}
    return next(iter(flows)) if len(flows) == 1 and flows <= {"exports", "imports"} else None


def follows_a_figure(sentence: Sentence, context: ArticleContext, carried: Carried) -> bool:
    """A sentence that names no trade but points back at the figure just told ("The figure reached $24.5
    billion", "Ce chiffre représente", "Этот показатель составил"; ``figure_refs``) right after it."""
    refers = words("figure_refs", context.language)
    if words("trade_cues", context.language).search(sentence.text):
        return False
    if refers.search(sentence.text) and bool(carried.figure_parties) and 0 <= sentence.start - carried.figure_end <= 3:
        return True
    # a sentence opening with a pronoun for the trade the sentence before spoke of ("… les échanges commerciaux
    # entre les deux pays ont connu une progression. Ils sont passés de 206,4 milliards …"), after a time phrase
    # too ("В прошлом году он увеличился"), or with the bare verb where the subject is dropped ("El año pasado
    # aumentó un 12%"; ``figure_verbs``): its own parties, when the sentence before spoke of trade
    if not carried.parties:
        return False
    if refers.match(sentence.text):
        return True
    return _previous_on_trade(sentence, context) and (
        _opens_with(refers, sentence.text, context.language)
        or _opens_with(words("figure_verbs", context.language), sentence.text, context.language)
    )


def after_trade(sentence: Sentence, context: ArticleContext, carried: Carried) -> bool:
    """A sentence that names no trade right after one that does ("Trade reached $20 billion. The sides agreed
    on steps to reach the goal of $200 billion", "для достижения цели в $200 млрд", "atteindre l'objectif de"):
    an aim told in it is the trade's, through the clause of aiming alone (see :func:`.targets.targeted`)."""
    return bool(carried.parties) and _previous_on_trade(sentence, context)


def _previous_on_trade(sentence: Sentence, context: ArticleContext) -> bool:
    """Whether the sentence right before ``sentence`` names trade (``trade_cues``)."""
    before = context.text[max(0, sentence.start - 400) : sentence.start].rstrip()
    previous = re.split(r"[.!?…]\s", before[:-1])[-1] if before else ""
    return bool(words("trade_cues", context.language).search(previous))


_TIME_OPENER = re.compile(r"[^\W\d_][\w'’-]*|(?:19|20)\d\d|[,\s]+")


def _opens_with(refers: re.Pattern, text: str, language: str) -> bool:
    """The sentence opens with the reference, or with a time phrase and then the reference ("Last year it rose",
    "L'an dernier, ils ont augmenté", "В прошлом году он увеличился", "In 2024 it reached", "За десять месяцев он
    превысил"): a phrase of at most six words with a year, "last year", "now" or a period ("in the first ten
    months", "au premier semestre") in it (``last_year``, ``now_words``, ``period_openers``), else nothing."""
    found = refers.search(text)
    if found is None:
        return False
    opener = text[: found.start()]
    if not opener.strip():
        return True
    if len(opener.split()) > 6 or _TIME_OPENER.sub("", opener):
        return False
    return bool(
        WRITTEN_YEAR.search(opener)
        or words("last_year", language).search(opener)
        or words("now_words", language).search(opener)
        or words("period_openers", language).search(opener)
    )


def as_follow_up(drafts: list[Draft], carried: Carried) -> None:
    """The claims of a follow-up sentence are the previous figure's: its parties, recorded as context, and, for a
    growth or share told of "this figure" (the sentence names no trade of its own), its flow ("Exports reached $5
    billion in 2023. This figure is up 12% on 2022": exports' growth) and its year, unless the sentence states one."""
    for draft in drafts:
        proposal = draft.proposal
        if proposal.kind != "claim" or proposal.reading is None or not carried.figure_parties:
            continue
        notes = [*proposal.reading.notes, "parties of the figure told just before (the sentence points back at it)"]
        update: dict = {"parties": list(carried.figure_parties)}
        reading: dict = {"parties_from": "context", "notes": notes}
        if proposal.metric in ("growth", "share") and carried.figure_flow and carried.figure_metric != "balance":
            update["flow"] = carried.figure_flow
        elif proposal.metric == "total" and carried.figure_metric in ("exports", "imports", "balance"):
            update |= {"metric": carried.figure_metric, "flow": carried.figure_flow}
        if carried.figure_period and proposal.reading.year_from in ("context", "publication", "none"):
            update["year"], reading["year_from"], reading["period"] = None, "none", carried.figure_period
            notes[:] = [n for n in notes if not n.startswith(f"year {proposal.year} ")]  # no year read after all
            notes.append(f"told for {carried.figure_period!r}, the fiscal year of the figure told just before")
        elif (
            carried.figure_year
            and proposal.reading.period is None
            and carried.figure_year != proposal.base_year
            and (
                proposal.year is None or proposal.reading.year_from == "context" and proposal.year > carried.figure_year
            )
        ):  # a later year of the sentence before ("figures released in 2024"), not "a year earlier", "last year"
            update["year"], reading["year_from"] = carried.figure_year, "context"
            notes.append(f"year {carried.figure_year} of the figure told just before")
        draft.proposal = proposal.model_copy(update=update | {"reading": proposal.reading.model_copy(update=reading)})
