"""The year of a trade figure: stated with it ("$27 million in 2000", "au premier semestre 2023"), shared with the
figures of its sentence (a range, a parallel clause, a comparison), relative ("last year", "l'an dernier", "в
прошлом году", resolved against the publication), a period of months of the publication year ("за январь–сентябрь"),
carried from an earlier sentence or the headline. Split from :mod:`.claims_reading` (metric and flow) along that
concern; the words relative to the publication and the clause a time phrase belongs to are :mod:`.claims_relative`'s.
The words come from the language files (:mod:`.vocabulary`)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Literal

from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.extract.carried import Carried
from partnerlens.cooperation.extract.claims_figures import other_bound
from partnerlens.cooperation.extract.claims_periods import _period_after, _period_year, recent_months_year
from partnerlens.cooperation.extract.claims_reading import _LEVEL
from partnerlens.cooperation.extract.claims_relative import (
    _compared_before,
    _current_year_undated,
    _last_year,
    _last_year_undated,
    _next_clause,
    _relative_year,
    _resolved_year,
    _same_clause,
    _told_before,
    _undated_period,
)
from partnerlens.cooperation.extract.compared import trade_compared_years, year_after_compared
from partnerlens.cooperation.extract.context import ArticleContext
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import SAME_PERIOD, alternation, entries, words
from partnerlens.cooperation.quantities import _SCALE_RE, Quantity, find_quantities
from partnerlens.patterns import compiled

YearFrom = Literal["stated", "range", "context", "publication", "none"]


def _opens_pair(text: str, quantity: Quantity, figures: list[Quantity]) -> bool:
    """The figure is the first of "from X to Y" (another figure of its kind follows after "to")."""
    return any(
        other.kind == quantity.kind
        and other.start > quantity.end
        and re.fullmatch(
            r"[^.;\d]{0,30}?(?<!\w)(?:to|à|до|a|para|hasta)\s+\S{0,4}", text[quantity.end : other.start], re.IGNORECASE
        )
        and not _AGAINST.search(text[quantity.end : other.start])  # "frente a 2.800 millones": compared, no pair
        for other in figures
    )


def figure_year(
    quantity: Quantity,
    sentence: Sentence,
    context: ArticleContext,
    carried: Carried,
    figures: list[Quantity],
    span: tuple[int, int] | None,
    base_year: int | None,
    metric: str,
) -> tuple[int | None, YearFrom]:
    """The figure's year and where it came from (stated, range, context, publication, none)."""
    text = sentence.text
    owned = {id(q): _own_year(text, q, context.language) for q in figures}
    own = owned.get(id(quantity)) or _own_year(text, quantity, context.language)
    if own:
        return own, "stated"
    bound = other_bound(text, quantity, figures)
    if bound is not None and owned.get(id(bound)):
        return owned[id(bound)], "stated"  # "between $1.5 billion and $2 billion in 2023": one year, two bounds
    # a year tied to another figure of the same kind is that figure's ("from $27 million in 2000 to $345 million …");
    # a growth rate and the level it reached share theirs ("rose 15% in 2024, reaching $783 million")
    taken: set[int] = {
        year for q in figures if (year := owned[id(q)]) and q is not quantity and q.kind == quantity.kind
    }
    if _year_before(text, quantity, context.language):
        others = taken or {int(m.group(1)) for m in WRITTEN_YEAR.finditer(text)} - trade_compared_years(
            text, context.language
        )
        others = others or {  # "$504.6 million last year, against $374 million a year earlier"
            d.value.year for d in context.within(context.dates, sentence) if d.value is not None and d.shift_years
        }
        others = others or ({carried.year} if carried.year else set())  # "… en 2023. Ils avaient atteint 900
        # millions l'année précédente": the year before the one the sentence before told
        if others:
            return max(others) - 1, "context"  # "$500 million in 2024, from $461 million a year earlier"
    # the two levels of a range ("Sur la période 2018-2022, …, passant de 5,1 milliards à 11,3 milliards"), also
    # when a rate of another kind is told with them; two growth rates over the period ("No período 2014-2016, as
    # exportações cresceram 10% ao ano, enquanto as importações cresceram 1%") are both the period's, its end
    levels = [q for q in figures if q.kind == quantity.kind]
    alone = [q for q in levels if not owned[id(q)]] == [quantity]  # not a bound of "from $5.1 billion to $11.3 billion"
    if span and metric != "growth" and alone and _averaged(text, quantity, context.language):
        return None, "none"  # "en moyenne 180 millions de dollars par an sur la période 2020-2024": no single year
    if (
        span
        and len(levels) == 2
        and all(not owned[id(q)] for q in levels)
        and quantity in levels
        and metric != "growth"
    ):
        return (span[0] if levels[0] is quantity else span[1]), "range"
    if span:
        return span[1], "range"
    compared = (
        trade_compared_years(text, context.language)
        | ({base_year} if base_year else set())
        | _levels_against(text, figures, owned)
    )
    if len(compared) == 1 and _opens_pair(text, quantity, figures):
        return min(compared), "stated"  # "en hausse de 42 % par rapport à 2021, passant de 380 à 540 millions"
    free = [
        (abs(m.start() - quantity.start), int(m.group(1)))
        for m in WRITTEN_YEAR.finditer(text)
        if int(m.group(1)) not in taken | compared
    ]
    # a year in the next clause is that clause's when one stands before the figure in its own: "In 2023 trade was
    # $1.9 billion, and in 2024 this figure rose", "в 2023 году … 1,9 млрд, а в 2024 году …"
    own_clause = [
        (abs(m.start() - quantity.start), int(m.group(1)))
        for m in WRITTEN_YEAR.finditer(text)
        if int(m.group(1)) not in taken | compared
        and not (
            m.start() >= quantity.end
            and (
                _next_clause(text[quantity.end : m.start()], context.language)
                or "," in text[quantity.end : m.start()]
                and _opens_a_clause(text[m.end() :])
            )
        )
    ]
    stated_before = own_clause and any(
        year_at < quantity.start for year_at in (quantity.start - d for d, _ in own_clause)
    )
    # … or "this year" stands there: "This year trade grew by 40%, while in 2006 it reached"
    if stated_before or _told_before(text, quantity, context.language):
        free = own_clause
    # "last year" in an undated article: the headline's year, a day or period told before, else the year carried
    told_last = None if context.publication else _last_year_undated(sentence, context) or carried.year
    told_now = None if context.publication else _current_year_undated(sentence, context)
    undated = _undated_period(text, quantity, context, bool(compared), told_last is not None, told_now is not None)
    if undated is not None and (not free or undated < min(free)[0]):
        return None, "none"  # "за последний год выросли на 32%", "в этом году он вырос" with no publication date
    nearest = _relative_year(quantity, sentence, context)
    if nearest and (not free or nearest[0] < min(free)[0]) and nearest[1] not in taken | compared:
        return nearest[1], "publication"  # "1,3 milliard l'an dernier, contre 500 millions en 2019"
    if free:
        return min(free)[1], "stated"
    if quantity.kind == "money" and any(
        _same_clause(text, quantity, m) for m in words("per_year", context.language).finditer(text)
    ):  # a rate is a year's change ("soit une hausse annuelle de 11,4%", "в годовом исчислении"): it has a year
        return None, "none"  # "un excédent annuel de 10 milliards", "$500 million a year": a yearly rate, no year
    parallel = _parallel_year(text, quantity, figures, owned, context.language)
    if parallel:
        return parallel, "stated"  # "imports reached $3 billion in 2023, while exports stood at $200 million"
    shared = _shared_year(text, quantity, figures, owned)
    if shared:
        return shared, "context"  # "… 35,91 mil milhões em 2013, com a China a vender … 3,96 mil milhões"
    resolved, relative = _resolved_year(quantity, sentence, context)
    if resolved and resolved not in taken | compared:
        return resolved, "publication" if relative else "stated"  # "last year" is read against the publication
    published = context.publication[0].year if context.publication else None  # known to the day, month or year
    if (
        compared
        and len(compared) == 1
        and (not published or published - 1 in compared)
        and words("last_year", context.language).search(text)
    ):  # "$461.9 million last year, up 40% compared to 2021" with no date (with one, "last year" is the year before
        return min(compared) + 1, "context"  # it: "L'année dernière … 711,9 millions (+15 % par rapport à 2012)")
    if published and _last_year(text, context.language):
        return published - 1, "publication"  # "no ano passado", "el año pasado"
    if told_last and _last_year(text, context.language):
        return told_last, "context"  # "l'année dernière" in an undated article: see _last_year_undated
    if words("latest_figures", context.language).search(text):
        return None, "none"  # "D'après les dernières statistiques, … dépasse les 3,5 milliards": no year is told
    if quantity.kind == "money" and words("moment_words", context.language).search(text):
        return None, "none"  # "currently stands at", "le volume actuel": a level at the present moment has no year
    if words("now_words", context.language).search(text):  # "500 million dollars this year"
        if published is None:  # a current figure with no date to read "now" against: no year, not an older one,
            return (told_now, "context") if told_now else (None, "none")  # unless a period told before dates it
        return published, "publication"
    if _opens_pair(text, quantity, figures):
        # from the year compared with: "… в 2021 году … по сравнению с 2020 годом. Экспорт вырос с $1,7 млрд до $3,4 млрд"
        if carried.base and carried.year and not WRITTEN_YEAR.search(text):
            return carried.base, "context"
        return None, "none"  # "from $500 million to $1.5 billion in 2012": the first level's year is not said
    period = _period_year(text, context.language, context.published or (date(told_now, 12, 31) if told_now else None))
    if period:
        return period, "publication"  # "in the first nine months", "за январь–сентябрь", "au premier semestre"
    recent = recent_months_year(text, context.language, context.published)
    if recent:
        return recent, "publication"  # "$2.3 billion in the past seven months", told in September
    if carried.years and base_year is None and metric == "growth":
        return carried.years[1], "range"
    if carried.year and len(compared) == 1 and carried.year <= min(compared):
        return min(compared) + 1, "context"  # "En 2022, ce chiffre était de 12,9 milliards. Les importations … à 3
        # milliards, contre 2,8 milliards en janvier-novembre 2022": compared with the year told before, it is the next
    if carried.year and carried.year != base_year:
        return carried.year, "context"
    if context.headline_year and context.headline_year != base_year:
        return context.headline_year, "context"  # "… des échanges de 5 milliards de dollars en 2024" in the headline
    # compared by a phrase, not a level told with its year ("rose from $500 million in 2020 to $900 million": the
    # second level's year is not said)
    after = year_after_compared(text, compared - _levels_against(text, figures, owned), context.language)
    if after:
        return after, "context"  # "Он составил почти $2,5 млрд - на 3% меньше, чем в 2022 году" with no date
    return None, "none"


def _averaged(text: str, quantity: Quantity, language: str) -> bool:
    """The level is a yearly average over the sentence's range of years ("en moyenne près de 180 millions de dollars
    par an sur la période 2020-2024", "в среднем 2 млрд долларов в год за 2015-2020 годы", "on average $2 billion a
    year between 2015 and 2020"; ``average_words``, ``per_year``), in the figure's own clause."""
    return quantity.kind == "money" and any(
        _same_clause(text, quantity, m)
        for name in ("average_words", "per_year")
        for m in words(name, language).finditer(text)
    )


def _parallel_year(
    text: str, quantity: Quantity, figures: list[Quantity], owned: dict[int, int | None], language: str
) -> int | None:
    """The year of the figure just before this one when a parallel clause joins them ("…, while exports stood at",
    "tandis que", "а", "mientras"), and nothing between makes this one an earlier level ("from", "contre", "с")."""
    earlier = [q for q in figures if q.end <= quantity.start and q.kind == quantity.kind and owned.get(id(q))]
    if not earlier:
        return None
    previous = earlier[-1]
    between = text[previous.end : quantity.start]
    joined = re.search(rf"(?<!\w)(?:{alternation('parallel_clause', language)})(?!\w)", between, re.I)
    levels = re.search(rf"(?<!\w)(?:{alternation('figure_pair', language)}|against|contre|против)\s*$", between, re.I)
    return owned[id(previous)] if joined and not levels else None


_OPENS = re.compile(r"(?<!\w)(?:from|between|de|entre|desde|с|от|между)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "more than", "plus que", "более чем" qualify a figure: they compare it with nothing
_AGAINST = re.compile(
    r"(?<!\w)(?:from|against|compared (?:with|to)|(?<!more )(?<!less )(?<!fewer )than|versus|vs\.?|contre|par rapport à"
    r"|comparé\w* à|(?<!plus )(?<!moins )que|против|по сравнению с|(?<!более )(?<!менее )(?<!больше )(?<!меньше )чем|с|от"
    r"|contra|frente a|ante|desde)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _levels_against(text: str, figures: list[Quantity], owned: dict[int, int | None]) -> set[int]:
    """The years of the levels a figure is compared with ("à 3 milliards de dollars, contre 2,8 milliards en
    janvier-novembre 2022", "против 5 млрд в 2023 году"): no year for the sentence's other figures."""
    years = {
        year
        for q in figures
        if (year := owned.get(id(q))) and _AGAINST.search(text[max(0, q.start - 30) : q.start]) and q.kind == "money"
    }
    for level in _SCALED.finditer(text):  # … its currency written once: "contre 2,8 milliards en janvier-novembre 2022"
        own = _AGAINST_YEAR.match(text, level.end())
        if own and _AGAINST.search(text[max(0, level.start() - 30) : level.start()]):
            years.add(int(own.group(1)))
    return years


_AGAINST_YEAR = re.compile(
    r"\s*(?:[^\W\d_]+[\s-]+){0,3}?((?:19|20)\d\d)(?!\d)"
)  # "en janvier-novembre 2022", "в 2023 году"


def _shared_year(text: str, quantity: Quantity, figures: list[Quantity], owned: dict[int, int | None]) -> int | None:
    """The one year stated in the sentence, with an earlier figure of the same kind, is this figure's too when
    nothing makes them two levels of a comparison: the earlier one opens no "from … to" pair and this one
    follows no "from", "against", "contre", "против" ("$900 million in 2023, with exports of $700 million")."""
    earlier = [q for q in figures if q.end <= quantity.start and q.kind == quantity.kind and owned.get(id(q))]
    years = {owned[id(q)] for q in figures if owned.get(id(q)) and q.kind == quantity.kind}
    if len(earlier) != 1 or len(years) != 1:
        return None
    previous = earlier[0]
    if _OPENS.search(text[max(0, previous.start - 25) : previous.start]) or _AGAINST.search(
        text[max(0, quantity.start - 30) : quantity.start]
    ):
        return None
    return owned[id(previous)]


def _year_before(text: str, quantity: Quantity, language: str) -> bool:
    """The figure is said to be a year before another ("$461 million a year earlier", "годом ранее"), by a possessive
    right before it ("the previous year's €2 billion"), or by a phrase opening its clause with no other figure
    between ("Годом ранее он составлял 900 млн")."""
    told = alternation("year_before", language)
    if re.match(rf"\.?\s*,?\s*(?:{told})(?!\w)", text[quantity.end :], re.I):
        return True
    if re.search(rf"(?<!\w)(?:{told})['’]s\s*$", text[max(0, quantity.start - 40) : quantity.start], re.I):
        return True  # "a rise from the previous year's €2 billion": the figure is that year's, whatever came before
    clause = _LEVEL.split(text[max(0, quantity.start - 80) : quantity.start])[-1]
    return any(  # not the base a rate was measured against: "de 50 % par rapport à l'année précédente, pour atteindre",
        # "превысил показатель аналогичного периода годом ранее на 63%" (the same period a year before)
        not _compared_before(clause[: m.start()][-40:], language) and not _SAME_PERIOD_END.search(clause[: m.start()])
        for m in re.finditer(rf"(?<!\w)(?:{told})(?!\w)", clause, re.I)
    )


def _own_year(text: str, quantity: Quantity, language: str) -> int | None:
    """A year written right after the figure ("$27 million in 2000", "(2023)", "в 2023 году"), also after a
    restatement in brackets ("367 milliards FCFA (plus de 559 millions d'euros) en 2017")."""
    prepositions = "|".join(entries("year_after_figure", language))
    rest = text[quantity.end :]
    if _in_brackets(text, quantity.start):  # "261 milliards (431,4 millions de dollars) en 2022": the restatement's
        rest = re.sub(r"^\s*\)", "", rest)  # year is the one after its bracket
    match = re.match(
        r"\s*(?:\((?![^()]*(?:19|20)\d\d)[^()]{1,60}\)\s*)?"
        rf"(?P<comma>\(|,)?\s*(?:(?:{prepositions})\s+)?((?:19|20)\d\d)(?!\d)(?!\s?[-–—]\s?(?:19|20)\d\d)",
        rest,
        re.IGNORECASE,
    )
    if match is None:
        return _period_after(text[quantity.end :], language)
    if match.group("comma") == "," and _opens_a_clause(rest[match.end() :]):
        return None  # "5 milliards de dollars, en 2012 ils n'étaient plus que de 1,3 milliard": the next clause's
    return int(match.group(2))


def _in_brackets(text: str, position: int) -> bool:
    """Whether ``position`` lies inside an opened bracket (a restatement: "(431,4 millions de dollars)")."""
    before = text[:position]
    return before.rfind("(") > before.rfind(")")


def _opens_a_clause(rest: str) -> bool:
    """The year after a comma opens the next clause: another amount follows in that clause ("…, in 2012 it was only
    $1.3 billion", "…, em 2012 foram apenas de 1,3 mil milhões"), its currency written once too ("…, в 2023 году –
    2,3 млрд. USD", cut at the abbreviation's full stop)."""
    clause = re.split(r"[.;,(](?!\d)", rest, maxsplit=1)[0]
    return any(q.kind == "money" for q in find_quantities(clause)) or bool(_SCALED.search(clause))


_SCALED = re.compile(rf"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*\s?(?:{_SCALE_RE})(?!\w)", re.IGNORECASE)


def base_year_of(text: str, language: str) -> int | None:
    """The year a growth rate is measured from, when the text names it ("up 40% on 2023", "since 2020")."""
    fragments = "|".join(f"(?:{p})" for p in entries("base_year", language))
    # a year noun may stand between: "par rapport à l'an 2017", "compared with the year 2017" (``base_year_nouns``)
    nouns = alternation("base_year_nouns", language)
    for match in re.finditer(
        rf"(?<!\w)(?:{fragments})\s+(?:(?:{nouns})\s*)?((?:19|20)\d\d)(?!\d)", text, re.IGNORECASE
    ):
        before = text[: match.start()]
        if not _period_noun_before(language).search(before) or _SAME_PERIOD_END.search(text[: match.start(1)]):
            return int(match.group(1))  # "par rapport à la même période de 2018" stays a base
    return None


_SAME_PERIOD_END = compiled(rf"(?:{SAME_PERIOD})$", re.IGNORECASE)


@cache
def _period_noun_before(language: str) -> re.Pattern:
    """A noun of a period right before the preposition governs the year: "les onze premiers mois de 2019", "the
    first half of 2019" name the figure's period, not a base (``period_nouns``), unless it is the same period of
    another year ("la même période de 2018")."""
    nouns = alternation("period_nouns", language)
    return compiled(rf"(?<!\w)(?:{nouns})\s*$", re.IGNORECASE)
