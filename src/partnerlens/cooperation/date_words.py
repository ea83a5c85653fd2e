"""The words of dates, per language: month names (with Russian cases and month adjectives), abbreviations,
weekdays, and the regular-expression pieces built from them that :mod:`partnerlens.cooperation.dates` finds
dates with. Split from ``dates.py`` (finding and resolving), which keeps the rules; adding a language's month
names is an edit here only.
"""

from __future__ import annotations

import re
from importlib import resources

LANGUAGES = ("en", "fr", "ru", "pt", "es")


def _babel(language: str, table: str, widths: tuple[str, ...]) -> dict[str, int]:
    """Names of months (1–12) or weekdays (0 = Monday) in ``language`` from CLDR (``babel``): the format and
    stand-alone forms ("января" and "январь"), in each width asked for, lower-case, without an abbreviation's dot."""
    from babel import Locale

    locale = Locale.parse(language)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in widths:
            for index, name in getattr(locale, table)[context][width].items():
                names.setdefault(name.casefold().rstrip("."), index)
    return names


def _in_order(names: dict[str, int], count: int = 12) -> list[str]:
    return [next(n for n, i in names.items() if i == k) for k in range(1, count + 1)]


def library_words() -> dict:
    """The words the libraries give, as plain data: CLDR's wide and abbreviated month names and wide weekday names
    per language (``babel``), and ``dateparser``'s relative words (phrase → [unit, shift]). Written to
    ``data/date_words.yaml`` by ``scripts/make_date_words.py`` and read from there at import (loading CLDR and
    dateparser's data costs about 0.2 s; a test checks the file still equals what the libraries give)."""
    return {
        "months": {language: _babel(language, "months", ("wide",)) for language in LANGUAGES},
        "abbreviated_months": {language: _babel(language, "months", ("abbreviated",)) for language in LANGUAGES},
        "weekdays": {language: _babel(language, "days", ("wide",)) for language in LANGUAGES},
        "relative": {
            phrase: [unit, shift]
            for language in LANGUAGES
            for phrase, (unit, shift) in _dateparser_relative(language).items()
        },
    }


def _stored() -> dict:
    from partnerlens.kept_yaml import parsed_yaml

    return parsed_yaml(  # kept for later processes, as the gazetteer's data files
        resources.files("partnerlens.cooperation").joinpath("data/date_words.yaml").read_text(encoding="utf-8")
    )


def _lang_file(language: str) -> dict:
    """The language's vocabulary file (``data/lang/<language>.yaml``), read for the date words kept there."""
    from partnerlens.kept_yaml import parsed_yaml

    path = resources.files("partnerlens.cooperation").joinpath(f"data/lang/{language}.yaml")
    return parsed_yaml(path.read_text(encoding="utf-8")) or {}


_LIBRARY = _stored()
_WIDE_MONTHS = _LIBRARY["months"]
MONTHS = {language: _in_order(_WIDE_MONTHS[language]) for language in ("en", "fr", "pt", "es")}
MONTHS["ru_gen"] = _in_order({n: i for n, i in _WIDE_MONTHS["ru"].items() if not n.endswith(("ь", "т", "й"))})
MONTHS["ru_nom"] = _in_order({n: i for n, i in _WIDE_MONTHS["ru"].items() if n.endswith(("ь", "т", "й"))})
# the prepositional case ("в январе") is not in CLDR: the twelve forms, which tests check against pymorphy3's
# inflection of the nominative (the morphology is not loaded at import: 0.15 s for twelve words)
MONTHS["ru_prep"] = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
# abbreviated months of every language (CLDR's "abbreviated" width: "janv.", "févr.", "окт.", "sept", "dic"); those
# that are also common English or Romance words ("out", "set", "ago": Portuguese and Spanish) count only with their
# dot ("3 out."), "may" and "mar" only capitalised (see ``ENGLISH_MONTH_WORDS``)
_AMBIGUOUS_ABBREVIATIONS = {"out", "set", "ago"}
ABBREVIATIONS = {
    (name + "." if name in _AMBIGUOUS_ABBREVIATIONS else name): month
    for language in LANGUAGES
    for name, month in _LIBRARY["abbreviated_months"][language].items()
    if name not in _WIDE_MONTHS[language] and len(name) >= 3
} | {"fév": 2, "фев": 2, "сен": 9, "ноя": 11}  # press abbreviations CLDR does not list ("3 fév.", "11 сен")
WEEKDAYS = {name: day for language in LANGUAGES for name, day in _LIBRARY["weekdays"][language].items()}
# Russian weekdays after "в" take the accusative ("в среду", "в пятницу", "в субботу"; the others keep their form)
WEEKDAYS |= {"среду": 2, "пятницу": 4, "субботу": 5}
ENGLISH_MONTH_WORDS = set(MONTHS["en"]) | {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
MONTH_INDEX = {name: i + 1 for names in MONTHS.values() for i, name in enumerate(names)} | ABBREVIATIONS
MONTH = "|".join(sorted((re.escape(m) for m in MONTH_INDEX), key=len, reverse=True))
WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
YEAR = r"(?:19[5-9]\d|20\d\d)"
WRITTEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
"""A year written in digits, 1900–2099, not inside a longer number (group 1: the year)."""

# Russian month adjectives ("июльский саммит", "на февральском форуме"): stems, in month order
MONTH_ADJECTIVES = [
    "январск",
    "февральск",
    "мартовск",
    "апрельск",
    "майск",
    "июньск",
    "июльск",
    "августовск",
    "сентябрьск",
    "октябрьск",
    "ноябрьск",
    "декабрьск",
]
MONTH_ADJECTIVE = r"(?<!\w)(?:" + "|".join(MONTH_ADJECTIVES) + r")(?=\w)"
BARE_MONTH = "|".join(
    re.escape(m)
    for m in MONTHS["ru_prep"] + MONTHS["fr"] + MONTHS["pt"] + MONTHS["es"] + [m.capitalize() for m in MONTHS["en"]]
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?"
RANGE = r"\s*(?:-|–|—|to|and|au|et|по|-го|al|a|y|e)\s*"

# Days named from the dispatch's day: offsets in days ("yesterday" −1); "esta mañana" is this morning
RELATIVE_DAYS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "hier": -1,
    "demain": 1,
    "avant-hier": -2,
    "après-demain": 2,
    "сегодня": 0,
    "вчера": -1,
    "завтра": 1,
    "позавчера": -2,
    "послезавтра": 2,
    "hoje": 0,
    "ontem": -1,
    "amanhã": 1,
    "anteontem": -2,
    "depois de amanhã": 2,
    "hoy": 0,
    "ayer": -1,
    "anteayer": -2,
    "pasado mañana": 2,
    "esta mañana": 0,
    "mañana": 1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "last night": -1,
    "ce matin": 0,
    "cet après-midi": 0,
    "ce soir": 0,
    "hier soir": -1,
    "сегодня утром": 0,
    "сегодня вечером": 0,
    "вчера вечером": -1,
    "esta manhã": 0,
    "esta tarde": 0,
    "esta noite": 0,
    "ontem à noite": -1,
    "esta noche": 0,
    "anoche": -1,
}


def _dateparser_relative(language: str) -> dict[str, tuple[str, int]]:
    """Relative words of ``language`` from ``dateparser``'s data ("yesterday", "l'année dernière", "в прошлом
    месяце", "el mes pasado", "no ano passado"): phrase → (unit: day, month or year; shift). Its abbreviated forms
    ("last yr", "в пр г") and its hours and weeks are left out (a week fixes no day: ``RELATIVE_WEEKS``)."""
    from importlib import import_module

    data = import_module(f"dateparser.data.date_translation_data.{language}").info.get("relative-type") or {}
    found: dict[str, tuple[str, int]] = {}
    for key, phrases in data.items():
        match = re.fullmatch(
            r"(?:(?P<ago>\d+) (?P<u1>day|month|year) ago|in (?P<ahead>\d+) (?P<u2>day|month|year))", key
        )
        if match is None:
            continue
        unit = match.group("u1") or match.group("u2")
        shift = -int(match.group("ago")) if match.group("ago") else int(match.group("ahead"))
        for phrase in phrases:
            if not any(token.casefold() in _SHORTENED for token in phrase.split()) and phrase != "till date":
                found[phrase.casefold()] = (unit, shift)
    return found


_SHORTENED = {"mo", "yr", "wk", "sem", "ant", "próx", "мес", "нед", "г", "пр", "эт", "сл", "след"}
_LIBRARY_RELATIVE = {phrase: (unit, shift) for phrase, (unit, shift) in _LIBRARY["relative"].items()}
RELATIVE_DAYS |= {phrase: shift for phrase, (unit, shift) in _LIBRARY_RELATIVE.items() if unit == "day"}
# years named from the dispatch's day, from dateparser's data, with the press's other forms of them (as a
# regular-expression alternation, longest first; ties by the text, not the set's order, which follows the hash seed
# and would give each process another pattern, missing its kept program: ``partnerlens.patterns``): shift → phrases
RELATIVE_YEAR_WORDS = {
    shift: sorted(
        {p for p, (unit, s) in _LIBRARY_RELATIVE.items() if unit == "year" and s == shift}, key=lambda p: (-len(p), p)
    )
    for shift in (-1, 0, 1)
}

# Weeks and months named from the dispatch's day: a week fixes no day (the event stays undated), a month its month
RELATIVE_WEEKS = (
    r"(?:this|last|next|the past|the coming) week|cette semaine|la semaine (?:dernière|passée|prochaine)"
    r"|на (?:этой|прошлой|следующей|будущей|минувшей|текущей) неделе|(?:n?esta|la|na) (?:semana|próxima semana)"
    r"(?: (?:pasada|passada|próxima|que vem))?"
)
RELATIVE_MONTHS = {
    -1: r"last month|le mois (?:dernier|passé)|в (?:прошлом|минувшем) месяце|el mes pasado|n?o mês passado",
    0: r"this month|ce mois-ci|en ce mois|в (?:этом|текущем) месяце|este mes|(?:n)?este mês",
    1: r"next month|le mois prochain|в (?:следующем|будущем) месяце|el (?:próximo mes|mes próximo)|n?o próximo mês",
}
for _phrase, (_unit, _shift) in _LIBRARY_RELATIVE.items():  # dateparser's ("le mois dernier", "в этом месяце")
    if _unit == "month" and _shift in RELATIVE_MONTHS:
        RELATIVE_MONTHS[_shift] += "|" + re.escape(_phrase)
# A weekday's direction from the dispatch's day: "last Friday", "vendredi dernier", "el pasado lunes" (−1);
# "next Friday", "vendredi prochain", "na próxima sexta-feira" (+1); "this Friday", "nesta sexta-feira" (0: the
# dispatch's week); otherwise "on Friday", "в пятницу" (None: the last one unless the event is still to come)
WEEKDAY_PAST_BEFORE = (
    r"last|this past|el pasado|la pasada|na última|no último|в (?:прошлый|прошлую|прошлое|минувший|минувшую|минувшее)"
    r"|since|depuis|desde(?: (?:el|la|a|o))?"  # "en visite depuis lundi": the Monday before the dispatch
)
WEEKDAY_NEXT_BEFORE = (
    r"next|this coming|coming|el próximo|la próxima|na próxima|no próximo|"
    r"в (?:следующий|следующую|следующее|ближайший|ближайшую|ближайшее|предстоящий|предстоящую|предстоящее)"
)
WEEKDAY_THIS_BEFORE = r"this|ce|cette|n?esta|n?este|в (?:эту|этот|это)"
WEEKDAY_ON_BEFORE = r"on|в|во|na|no|el|la|o|a|le"
WEEKDAY_PAST_AFTER = r"dernier|passé|passado|passada|pasado|pasada"
WEEKDAY_NEXT_AFTER = r"prochain|próximo|próxima|que vem"
# Month-only dates with a part of the month ("early March", "début mars", "в конце марта", "a finales de marzo")
MONTH_PART = (
    r"early|mid-?|late|end of|the end of|beginning of|the beginning of|début|fin|mi-|courant|в начале|в середине|"
    r"в конце|a (?:principios|mediados|finales|fines) de|(?:no |em )?(?:início|inícios|meados|final|fim|finais) de"
)
# A part of a month written with its own preposition before the month's name ("à la fin de février", "at the start of
# March", "в первой половине марта", "a comienzos de marzo", "na primeira quinzena de março"): the language files'
# ``month_part_before`` (data, one list per language), read here as one alternation; the date is the month
MONTH_PART_BEFORE = "|".join(
    sorted(
        {fragment for language in LANGUAGES for fragment in _lang_file(language).get("month_part_before") or []},
        key=lambda f: (-len(f), f),
    )
)
# A weekend named from the dispatch's day ("over the weekend", "ce week-end", "в минувшие выходные", "el pasado fin de
# semana", "no próximo fim de semana"): the language files' ``weekend_past`` / ``weekend_this`` / ``weekend_next``,
# by shift in weeks, longest first
WEEKENDS = {
    shift: "|".join(
        sorted(
            {fragment for language in LANGUAGES for fragment in _lang_file(language).get(f"weekend_{name}") or []},
            key=lambda f: (-len(f), f),
        )
    )
    for shift, name in ((-1, "past"), (0, "this"), (1, "next"))
}
# the middle of a month joined to its name by a dash of any typography ("mid-March", "à la mi–mars", "mid‐May")
MONTH_MID = r"(?:mid|mi)\s*[-–‐]\s*"
# The month named from the dispatch's (after a part of a month: "early this month", "à la fin du mois dernier", "в
# конце прошлого месяца", "a finales del mes pasado", "no início do mês"): shift in months → phrases
MONTH_NOUNS = {
    -1: r"last month|the previous month|(?:le|du) mois (?:dernier|passé|précédent)"
    r"|(?:прошлого|минувшего|предыдущего) месяца|(?:el|del) mes (?:pasado|anterior)|(?:o|do) mês (?:passado|anterior)",
    1: r"next month|(?:le|du) mois prochain|(?:следующего|будущего) месяца"
    r"|(?:el|del) (?:próximo mes|mes próximo|mes que viene)|(?:o|do) próximo mês",
    0: r"(?:this |the )?month|ce mois(?:-ci)?|(?:le |du |de )?mois(?: en cours| courant)?|(?:этого |текущего |сего )?месяца"
    r"|(?:de )?este mes|(?:el |del )?mes(?: en curso| corriente)?|(?:d?este|do|o) mês(?: corrente| em curso)?",
}
# A day of the month named against the dispatch's month ("le 12 courant", "du 10 au 12 courant", "12-го числа
# текущего месяца", "el 12 del corriente", "no dia 12 do corrente mês", "the 12th of this month", "le 28 du mois
# dernier"): the words after the day, by shift in months; a bare "12 mois" or "3 месяца" is a duration, never this
DAY_OF_MONTH_AFTER = {
    0: r"courant|c\.|du mois (?:courant|en cours)|de ce mois|del (?:corriente|presente)(?: mes)?|de este mes"
    r"|do (?:corrente|presente)(?: mês)?|deste mês|of this month|числа(?: (?:текущего|этого|сего) месяца)?"
    r"|(?:текущего|этого|сего) месяца",
    -1: r"du mois (?:dernier|passé|précédent)|del mes (?:pasado|anterior)|do mês (?:passado|anterior)|of last month"
    r"|числа (?:прошлого|минувшего|предыдущего) месяца",
    1: r"du mois prochain|del (?:próximo mes|mes próximo|mes que viene)|do próximo mês|of next month"
    r"|числа (?:следующего|будущего) месяца",
}

# What may stand between a month (or day) and the year named from the dispatch's day that it belongs to: "in March
# last year", "в марте прошлого года", "en mars de l'année dernière", "em março do ano passado", "en marzo del año
# pasado" (the article of "do"/"del" is part of the relative words when they hold it)
MONTH_YEAR_JOIN = r"\s*,?\s*(?:of\s+|de\s+|d['’]\s*|of\s+the\s+)?"
