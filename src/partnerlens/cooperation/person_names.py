"""People's names as the article writes them, in the nominative.

The leaders list (``data/people.yaml``) knows each leader under one canonical
(English) name and the forms articles use ("Erdogan", "Poutine", "Путин"). A
person is reported under the fullest form *the article* writes — a French or
Russian article keeps its own spelling and script, an English one that drops a
diacritic ("Erdogan") or spells the surname its own way ("Poutine") keeps it after
the listed given names — and under the canonical name when the article writes a
part of it ("Kagame" → "Paul Kagame", "Xi" → "Xi Jinping").

Russian declines names: "с лидером Ганы Джоном Махамой", "Владимира Путина".
A listed leader's nominative is the listed form the text's words extend
("Путина" → "Путин"); an introduced person's words are put back in the nominative
with ``pymorphy3`` (MIT; already used for sector lemmas) by reading each word in
the case of the title that introduces it ("лидером" is instrumental, so "Саллом"
is read as an instrumental and becomes "Салл"). Words with no reading in that case
(indeclinable names: "Эмбало", "Лукашенко") stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

# capitalised words that never open a name: articles, pronouns, prepositions, and words that open a sentence
NOT_NAMES = re.compile(
    r"^(?:The|His|Her|This|That|In|On|At|And|Of|For|With|From|To|By|As|Both|It|A|An|He|She|They|We|Our|Its"
    r"|Le|La|Les|Des|Du|Un|Une|Il|Elle|В|На|И|С|По"
    # words that open a sentence before a name ("Selon X, présidente de …", "Según X, presidenta de …")
    r"|Selon|Pour|Avec|Mais|Ainsi|Enfin|Aussi|Alors|Donc|Or|Car|Según|Segundo|Para|Pero|Mas|Porém|Como|Conforme|Com|Con"
    r"|For|But|So|Also|Yet|Still|Per|Like|Unlike|Как|Но|А|Также|При|Для|Со|Однако)$"
)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@cache
def morph():
    """The one pymorphy3 analyser of partnerlens (loaded on first Russian text: 0.1 s and 15 MB of dictionaries)."""
    import pymorphy3  # type: ignore[import-untyped]  # pymorphy3 ships neither stubs nor py.typed

    return pymorphy3.MorphAnalyzer()


def _script(text: str) -> str:
    return "cyrillic" if _CYRILLIC.search(text) else "latin"


@lru_cache(maxsize=64)
def title_case(title: str) -> str | None:
    """The grammatical case of a Russian title ("лидером" → "ablt"), or None when it is not Russian or unclear."""
    words = title.split()
    if not words or not _CYRILLIC.search(words[0]):
        return None
    # the first word that may be a noun: "Чрезвычайным и Полномочным послом" is read on "послом"
    head = next((w for w in words if morph().parse(w.casefold())[0].tag.POS == "NOUN"), words[0])
    nouns = [p for p in morph().parse(head.casefold()) if p.tag.POS == "NOUN" and p.tag.case in _CASES]
    # a title names a person: an animate reading first ("премьера" is the premier's genitive, not "a premiere")
    animate = [p for p in nouns if "anim" in p.tag]
    return (animate or nouns)[0].tag.case if nouns else None


def _capitalised(word: str, like: str) -> str:
    if not like[:1].isupper():
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=4096)
def _nominative_word(word: str, case: str) -> str:
    """One Russian name word read in ``case`` and put in the nominative; unchanged when it has no such reading."""
    if case == "nomn" or not _CYRILLIC.search(word):
        return word
    readings = [p for p in morph().parse(word) if p.tag.case == case and p.tag.number != "plur" and "Fixd" not in p.tag]
    named = [p for p in readings if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] or readings
    if not named:
        return _surname_by_ending(word, case)
    nominative = named[0].inflect({"nomn", "sing"})
    form = nominative.word if nominative is not None else named[0].normal_form
    return _capitalised(form, word)


# the endings of a man's surname in -ов, -ев, -ин by case ("Ивина", "Ивину", "Ивиным", "Ивине" → "Ивин")
_SURNAME_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"}


def _surname_by_ending(word: str, case: str) -> str:
    """A man's surname in -ов, -ев, -ёв, -ин, -ын that pymorphy3 does not know ("Ивина" after a genitive title),
    in the nominative by its regular ending; any other word unchanged."""
    ending = _SURNAME_ENDINGS.get(case)
    if ending and re.fullmatch(rf"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын){ending}", word):
        return word[: -len(ending)]
    return word


def nominative(name: str, case: str | None) -> str:
    """A Russian name introduced by a title in ``case``, in the nominative ("Джоном Махамой", ablt → "Джон Махама")."""
    if not case:
        return name
    return " ".join(_nominative_word(word, case) for word in name.split())


def _stem(word: str) -> str:
    """A name word without the ending Russian replaces when declining it ("Махама" → "махам": "Махамой")."""
    folded = word.casefold()
    return folded[:-1] if _CYRILLIC.search(word) and len(folded) > 3 and folded[-1] in "аяйь" else folded


def listed_form(written: str, forms: tuple[str, ...]) -> str | None:
    """The listed form that ``written`` is or declines ("Владимира Путина" → "Владимир Путин"), else None."""
    words = written.split()
    for form in sorted(forms, key=len, reverse=True):
        parts = form.split()
        if len(parts) == len(words) and all(
            _yo(w.casefold()).startswith(_yo(_stem(p))) for p, w in zip(parts, words, strict=True)
        ):
            return form
    return None


def _yo(word: str) -> str:
    """A word with "ё" written "е", as Russian text often writes it ("Мирзиеев" for "Мирзиёев")."""
    return word.replace("ё", "е")


def display_name(canonical: str, written: list[str], unlisted: Sequence[str] = ()) -> str:
    """The name to report for a listed leader: the fullest form the article writes (see the module docstring);
    ``unlisted`` are spans the list has no form for, used only when nothing else is in the article's script."""
    if not written and unlisted:
        written = [min(unlisted, key=len)]
    full = [w for w in written if len(w.split()) > 1]
    if not full and written:  # "А.Лукашенко" and "Александра Лукашенко": the full name the list has no form for
        full = [u for u in unlisted if len(u.split()) > 1 and _script(u) == _script(written[0])]
    if full:
        return max(full, key=len)
    for word in written:
        if _script(word) != _script(canonical):
            return word
        if word not in canonical.split():  # "Poutine", "Erdogan", "Tokaïev": the article's own spelling
            return " ".join([*canonical.split()[:-1], word])
    return canonical


_NOUNS = {"NOUN", None}  # None: a word pymorphy3 cannot read at all (a foreign name in Cyrillic) may be a name


def can_be_name_word(word: str) -> bool:
    """Whether a capitalised Russian word may be part of a person's name: some reading of it is a noun (given names
    and surnames are nouns, also the foreign ones pymorphy3 only guesses). An adverb, preposition, conjunction or
    particle opening a sentence ("Накануне", "Ранее", "Кроме", "Также") is none. Other scripts: True."""
    if not _CYRILLIC.search(word):
        return True
    return any(p.tag.POS in _NOUNS for p in morph().parse(word))


def _named_readings(word: str) -> list:
    return [
        p
        for p in morph().parse(word)
        if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.tag.number == "sing" and "Fixd" not in p.tag
    ]


def _surname_cases(written: str, form: str) -> set[str]:
    """The oblique cases a listed surname is written in ("Байрамова" of "Байрамов": genitive or accusative)."""
    written_word, listed_word = written.split()[-1], form.split()[-1]
    if written_word.casefold() == listed_word.casefold() or not _CYRILLIC.search(written_word):
        return set()
    return {
        str(p.tag.case)
        for p in _named_readings(written_word)
        if p.tag.case != "nomn" and _nominative_of(p) == listed_word.casefold()
    }


def _nominative_of(parse) -> str | None:
    """The nominative singular of a reading, of its own gender ("Захаровой" → "захарова", not "захаров")."""
    form = parse.inflect({"nomn", "sing"})
    return form.word if form is not None else None


def declined_to_nominative(words: str, written_surname: str = "", form: str = "") -> str:
    """Russian name words written before a listed surname, or a whole name the list has no form for, in the
    nominative: read in the case the surname shows ("Джейхуна Байрамова" → "Джейхун"), else only a word that has
    no nominative reading at all ("Абдель Фаттахом ас-Сиси" → "Фаттах"), so a name that may be nominative stays."""
    if not _CYRILLIC.search(words):
        return words
    cases = _surname_cases(written_surname, form) if written_surname and form else set()
    result = []
    for word in words.split():
        readings = _named_readings(word)
        chosen = [p for p in readings if p.tag.case in cases] if cases else []
        if not cases and readings and not any(p.tag.case == "nomn" for p in morph().parse(word)):
            chosen = readings
        inflected = chosen[0].inflect({"nomn", "sing"}) if chosen else None
        result.append(_capitalised(inflected.word, word) if inflected is not None else word)
    return " ".join(result) + (" " if words.endswith(" ") else "")


def without_place(name: str) -> tuple[str, int]:
    """A Russian name of three words or more without a first word that reads best as a place ("Мэр Казани Ильсур
    Метшин": "Казани" is a genitive of the city, not a given name), and how many characters were dropped."""
    first, _, rest = name.partition(" ")
    if " " not in rest or not _CYRILLIC.search(first):
        return name, 0
    readings = morph().parse(first)
    if readings and "Geox" in readings[0].tag:
        return rest, len(name) - len(rest)
    return name, 0


# function words that are also surnames ("Du Xiaocong", "Le Hoai Trung", "La Yifan", "He Lifeng"): a name of two words or more
# after a title may open with them
_SURNAME_WORDS = ("Du", "Le", "La", "He")


def function_word_first(name: str) -> bool:
    """Whether a name opens with a function word ("Le", "The", "В") that is not a surname of a longer name."""
    first = name.split()[0]
    return bool(NOT_NAMES.match(first)) and not (first in _SURNAME_WORDS and " " in name)


def without_opening_word(name: str, start: int, end: int) -> tuple[str, int, int]:
    """A name written before its title without the word opening the sentence ("Selon Aminata Touré" → "Aminata
    Touré")."""
    first, _, rest = name.partition(" ")
    if rest and NOT_NAMES.match(first):
        return rest.lstrip(), end - len(rest.lstrip()), end
    return name, start, end
