"""The words of dates, per language: month names (with Russian cases and month adjectives), abbreviations,
weekdays, and the regular-expression pieces built from them that :mod:`partnerlens.cooperation.dates` finds
dates with. Split from ``dates.py`` (finding and resolving), which keeps the rules; adding a language's month
names is an edit here only.
"""

from __future__ import annotations

import re

MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "ru_gen": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "ru_prep": [
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
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "ru_nom": [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
}
ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "fév": 2,
    "févr": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
    "segunda-feira": 0,
    "terça-feira": 1,
    "quarta-feira": 2,
    "quinta-feira": 3,
    "sexta-feira": 4,
    "sábado": 5,
    "domingo": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
}
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
# A weekday's direction from the dispatch's day: "last Friday", "vendredi dernier", "el pasado lunes" (−1);
# "next Friday", "vendredi prochain", "na próxima sexta-feira" (+1); "this Friday", "nesta sexta-feira" (0: the
# dispatch's week); otherwise "on Friday", "в пятницу" (None: the last one unless the event is still to come)
WEEKDAY_PAST_BEFORE = (
    r"last|this past|el pasado|la pasada|na última|no último|в (?:прошлый|прошлую|прошлое|минувший|минувшую|минувшее)"
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
