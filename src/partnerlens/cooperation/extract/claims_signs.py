"""The sign of a growth rate: a decline is negative growth ("fell by 12%" → −12).

The labels and the claim checker read growth as signed (``v[year] / v[base] − 1``), so "trade fell by 12%", "les
échanges ont reculé de 12 %", "товарооборот сократился на 12%", "caiu 12%", "cayó un 12%" are −12, not +12. What
decides is grammar, not the sentence:

* a minus written before the figure: "−12 %", "-12%", "minus 12%", "минус 12%" (``sign_minus``), never a range
  "5–7%" nor a dash set off by a space ("но тем не менее – 17%", punctuation);
* else the word right after the figure, when it is a change word (the noun the percentage modifies: "a 12%
  decline", "une hausse de 12 %" is told before) or a comparison downwards ("12% less than in 2023", "на 12%
  меньше", "12 % de moins qu'en 2023", ``decline_after``); a comparison upwards (``growth_after``) or an increase
  noun there is growth;
* else the change word nearest before the figure in its clause (the verb or noun that governs it: "fell by",
  "en baisse de", "снижение … составило", "cayó un"): negative when it is one of the language's ``decline`` words
  (the closed class of decrease verbs and nouns, every form, in ``cooperation/data/lang/<lang>.yaml``).

A factor read as growth ("сократился в два раза", "divisé par deux") becomes the fall it means: a factor ``f``
downwards is ``1/f − 1`` (halved: −50 %).

A level followed by its index to the period before, in brackets ("245,4 млн долларов США (103,3%)", "245 millions
de dollars (112,5 %)", as statistics offices of the former Soviet Union write it): a percentage above 100 right
after a money level is that level in percent of the year before, growth of ``index − 100`` (:func:`index_growth`).
A share is never above 100; an index below 100 is left a share, which it may as well be.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.vocabulary import words
from partnerlens.cooperation.quantities import Quantity
from partnerlens.patterns import compiled

_MINUS = compiled(r"(?<![\w%])(?:−\s?|[–-])$")  # "−12 %", "-12%"; a dash with a space is punctuation ("– 17%")
_TOKEN = compiled(r"\s*[^\W\d_][\w'’-]*")
_CLAUSE_START = compiled(r"[;:]|,(?!\d)|(?<=[.!?])\s")  # the figure's own clause


def signed_growth(text: str, quantity: Quantity, language: str) -> float:
    """The growth value of ``quantity`` with its sign: negative when the figure is a decline."""
    value = quantity.value
    if value is None or value <= 0 or not declined(text, quantity, language):
        return value
    if quantity.unit == "factor":  # "halved", "сократился в два раза": a factor f downwards is 1/f − 1
        return round((100 / (100 + value) - 1) * 100, 6)
    return -value


def declined(text: str, quantity: Quantity, language: str) -> bool:
    """Whether the change ``quantity`` states is a decrease (see the module's rules, in order)."""
    before = text[max(0, quantity.start - 160) : quantity.start]
    if _MINUS.search(before[-3:]):
        return True
    if _minus_word(language).search(before[-14:]):
        return True
    after = _word_after(text[quantity.end : quantity.end + 60], language)
    if after is not None:
        return after
    return _governor_declines(before, language)


def _word_after(after: str, language: str) -> bool | None:
    """The figure's own change word after it ("a 12% decline", "на 12% меньше"): True down, False up, None none."""
    if words("decline_after", language).match(after.lstrip()):
        return True  # right after the figure only: "in less than ten years" compares no figure
    if words("growth_after", language).match(after.lstrip()):
        return False  # "12% more than in 2023", "на 12% больше"
    rest = after
    for _ in range(2):  # the next word, or the one after a modifier ("12% year-on-year decline")
        token = _TOKEN.match(rest)
        if token is None:
            return None
        word = token.group(0).strip()
        if words("decline", language).fullmatch(word):
            return True
        if words("growth", language).fullmatch(word):
            return False
        rest = rest[token.end() :]
    return None


def _governor_declines(before: str, language: str) -> bool:
    """The change word nearest before the figure, in its clause (a comma ends one: "trade fell in 2023, and grew …"), is
    a decrease word."""
    clause = _CLAUSE_START.split(before)[-1]
    found = list(_change_words(language).finditer(clause))
    return bool(found) and bool(words("decline", language).fullmatch(found[-1].group(0)))


@cache
def _change_words(language: str) -> re.Pattern:
    """Every change word of ``language``: growth and decrease words together."""
    return compiled(f"{words('growth', language).pattern}|{words('decline', language).pattern}", re.IGNORECASE)


@cache
def _minus_word(language: str) -> re.Pattern:
    """A sign word right before the figure ("minus 5%", "минус 5%")."""
    return compiled(rf"(?:{words('sign_minus', language).pattern})\s*$", re.IGNORECASE)


_LEVEL_THEN_BRACKET = compiled(r"\d[\d\s.,]*\s?(?:[^\W\d_]+\.?\s*){1,4}\(\s*$")  # "245,4 млн долларов США ("


def index_growth(text: str, quantity: Quantity) -> float | None:
    """The growth an index in brackets after a money level states ("… 56,5 млн долларов США (132,5%)" → 32.5), else
    None: a plain percentage above 100 (and at most 1000) closing the bracket that opens right after the level."""
    if quantity.kind != "percent" or quantity.unit != "percent" or quantity.value is None:
        return None
    if not 100 < quantity.value <= 1000 or not re.match(r"\s*\)", text[quantity.end :]):
        return None
    before = text[max(0, quantity.start - 60) : quantity.start]
    return round(quantity.value - 100, 6) if _LEVEL_THEN_BRACKET.search(before) else None
