"""Numbers in articles: money, percentages and counts, with their qualifiers and offsets.

"$2 million", "US$ 0.7bn", "783 million dollars", "2,5 milliards de dollars",
"783 млн долларов", "35 percent", "15%", "five intergovernmental agreements".
Money is returned in units of its currency (``value``) and, for US dollars, as
``value_usd``; other currencies keep their ISO code and no dollar value (no
exchange rate is guessed). Qualifiers are normalised to a small vocabulary that
the claim checker honours: ``just``, ``about``, ``nearly``, ``more than``,
``less than``, ``at least``, ``at most`` (``qualifier_text`` keeps the words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from partnerlens.cooperation.currencies import (
    _currency_code,
    _home,
    _shared,
    currency_pattern,
    currency_words,
    named_currency,
    shared_with,
)
from partnerlens.cooperation.number_words import (
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    NUMBERS,
    WORD_PERCENT,
    count_value,
    thousands_before,
    word_number,
)
from partnerlens.cooperation.written_numbers import (
    parse_number,
    scale_factor,
    scale_slip,
    written_number,
)
from partnerlens.patterns import compiled

__all__ = [
    "NUMBER_WORDS",
    "Quantity",
    "count_value",
    "currency_pattern",
    "find_quantities",
    "parse_money",
    "parse_number",
    "parse_percent",
    "written_number",
]

_SCALE_RE = (
    r"(?:thousand|million|billion|trillion|milliards?|millions?|mil milhões|mil millones|milhão|milhões|millón|millones"
    r"|bilhão|bilhões|bilião|biliões|mille|mln\.?|bln\.?|mrds?\.?|mds?\.?|mn|bn\.?|tn|trn|[kmb]"
    r"|тыс(?:яч\w*)?\.?|млн\.?|млрд\.?|трлн\.?|миллион\w*|миллиард\w*|триллион\w*|lakh crores?|lakhs?|crores?)"
)
# "1, 8 milliard", "$1 ,7 млрд": a decimal comma with a stray space, only before a scale word (the press types it so)
_SPACED_DECIMAL = r"(?<!\d)\d{1,3}(?:,\s|\s,)\d{1,2}(?=\s?(?:milliards?|millions?|млрд|млн|миллиард|миллион|bilh|bili|milh|mil milh|mds?\b))"
_NUMBER = (
    _SPACED_DECIMAL
    + r"|\d{1,3}\s+mil\s+\d{1,3}(?=\s+(?:millones|milhões))|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:[\u00a0\u202f ]\d{3})+,\d+|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
)

_QUALIFIERS = [
    (
        "more than",
        r"more than|over|above|exceeding|surpassing|surpassed|topping|in excess of|upwards of|beyond"
        r"|plus de|au-delà de|dépassant|более|свыше|больше|превысил\w*|превышающ\w*|mais de|más de|superior a",
    ),
    ("less than", r"less than|fewer than|under|below|moins de|менее|меньше|ниже|menos de"),
    ("at least", r"at least|not? (?:less|fewer) than|au moins|pas moins de|не менее|как минимум|n(?:ada|o) menos de"),
    ("at most", r"at most|up to|no more than|jusqu'à|вплоть до|не более"),
    ("nearly", r"nearly|almost|close to|près de|presque|почти|без малого|quase|casi"),
    (
        "about",
        r"about|around|approximately|roughly|some|an estimated|estimated at|environ|quelque|autour de"
        r"|около|примерно|порядка|приблизительно|cerca de|alrededor de|aproximadamente|em torno de|unos|unas",
    ),
    ("just", r"just|only|a mere|merely|barely|seulement|à peine|лишь|всего|только"),
]
_QUALIFIER_RE = compiled(
    r"(?:" + "|".join(f"(?P<q{i}>{pattern})" for i, (_, pattern) in enumerate(_QUALIFIERS)) + r")\s*(?:of\s+)?$",
    re.IGNORECASE,
)

_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Quantity:
    """A number found in text: money, percent or count, with where it is."""

    kind: str  # "money" | "percent" | "count"
    value: float
    start: int
    end: int
    text: str
    currency: str | None = None
    unit: str | None = None  # "percent", or the counted noun ("intergovernmental agreements")
    qualifier: str | None = None
    qualifier_text: str | None = None

    @property
    def value_usd(self) -> float | None:
        """The amount in US dollars, for money in dollars; None otherwise."""
        return self.value if self.kind == "money" and self.currency == "USD" else None


def local_currency(quantity: Quantity, parties: list[str], language: str | None = None) -> Quantity:
    """``quantity`` in the currency of the state its bare word names, given the figure's parties: "5 billion
    dirhams" between Turkey and the UAE is AED, between Morocco and Nigeria MAD (the first, by default); the first
    may depend on the article's ``language`` ("Rs 2,56 milliards" in French is the Mauritian press's rupee)."""
    if quantity.kind != "money" or quantity.currency is None:
        return quantity
    if not _shared().get(quantity.currency) or named_currency(quantity.text, quantity.currency):  # "Indian rupees"
        return quantity
    first, others = shared_with(quantity.currency, language)
    home = _home(first)
    for code, states in others.items():
        if any(state in parties for state in states) and home not in parties:
            return replace(quantity, currency=code, unit=code)
    return quantity if first == quantity.currency else replace(quantity, currency=first, unit=first)


_CURRENCY_WORDS = currency_words()  # data/currencies.yaml, every language
_CURRENCY_ALT = "|".join(f"(?:{pattern})" for pattern, _ in _CURRENCY_WORDS)
_MONEY_PREFIX = compiled(
    rf"(?P<cur>{_CURRENCY_ALT})\s?(?P<num>{_NUMBER})(?:[\s-]?(?P<scale>{_SCALE_RE}|bi|mi|tri)(?![\w]))?",
    re.IGNORECASE,
)
# "4 с лишним миллиарда", "12 с небольшим процентов", "a 40-odd million": a little more than the number
_ODD = r"(?P<odd>\s+с\s+(?:лишним|небольшим|гаком)|-odd|\s+odd)?"
_MONEY_SUFFIX = compiled(
    rf"(?<![\w.,])(?P<num>{_NUMBER}){_ODD}[\s-]?(?P<scale>{_SCALE_RE})?\s?(?:of\s|de\s|d['’])?(?P<cur>{_CURRENCY_ALT})(?![\w])",
    re.IGNORECASE,
)
# an amount written in words: "one billion dollars", "a billion dollars", "two and a half billion dollars",
# "un milliard de dollars", "миллиард долларов", "двух миллиардов долларов", "полтора миллиарда долларов",
# "mil milhões de dólares", "mil millones de dólares" (a scale word alone is one of it)
_SCALE_WORDS = (
    r"(?:thousand|million|billion|trillion|milliards?|millions?|mil milhões|mil millones|milhão|milhões|millón|millones"
    r"|bilhão|bilhões|bilião|biliões|тысяч\w*|миллион\w*|миллиард\w*|триллион\w*)"
)
# "полутора" is the oblique cases of "полтора" ("достиг полутора миллиардов долларов")
_HALVES = {"half a": 0.5, "полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "a": 1.0, "an": 1.0}
# half of a scale: "un demi-milliard", "полмиллиарда", "полумиллиарда", "пол-миллиона", "meio bilhão", "medio millón"
_HALF_OF = r"(?:une?\s+)?demi-|пол(?:у|-)?(?=[мт])|(?:meio|meia|medio|media)\s+"
_DOS = r"dos(?=\s+(?:mil\s+)?mill(?:ones|ón)\b)"  # "dos mil millones" ("dos" alone is also Portuguese "of the")
_MONEY_WORDS = compiled(
    rf"(?<![\w.,])(?:(?P<word>{NUMBER_WORD_RE}|{_DOS}|half a|полутора|полтора|полторы|an?)\s+|(?P<halfof>{_HALF_OF}))?"
    rf"(?P<half>and a half\s+)?"
    rf"(?P<scale>{_SCALE_WORDS})(?P<demi>\s+et\s+demie?)?\s?(?:of\s|de\s|d['’])?(?P<cur>{_CURRENCY_ALT})(?![\w])",
    re.IGNORECASE,
)
# a scale and a currency fused in one abbreviation (the Moroccan press: "5 MMDH", "500 MDH")
_FUSED = {
    "mmdh": (1e9, "MAD"),
    "mdh": (1e6, "MAD"),
    "mmusd": (1e9, "USD"),
    "musd": (1e6, "USD"),
    "mmdd": (1e9, "USD"),  # the Mexican press: "500 mdd" (millones de dólares), "2 mmdd" (miles de millones)
    "mdd": (1e6, "USD"),
    "mdt": (1e6, "TND"),  # the Tunisian press, in capitals only: "177,4 MD" is millions of dinars ("Md" is a milliard)
    "md": (1e6, "TND"),
}
_MONEY_FUSED = compiled(
    rf"(?<![\w.,])(?P<num>{_NUMBER})\s?(?P<fused>MMDH|MDH|MMUSD|MUSD|MMDD|MDD|(?-i:MDT|MD))(?![\w])", re.IGNORECASE
)
_PERCENT = compiled(  # "2 mil por cento", "3 mil por ciento", "2 тысячи процентов": thousands of percent
    rf"(?<![\w.,])(?P<num>{_NUMBER}){_ODD}(?P<thousand>\s+(?:mil|mille|thousand|тысяч\w*))?\s?(?:%|per ?cent\b|pour ?cent\b|por ?cento\b|por ?ciento\b|процент\w*|проц\.|п\.\s?п\.)",
    re.IGNORECASE,
)
_POINTS = compiled(  # "un gain important de 24 points", "рост на 12 пунктов" (``points_growth`` of numbers.yaml)
    r"(?<![\w-])(?:"
    + "|".join(NUMBERS["points_growth"])
    + r")\s+(?:[\w’']+\s+){0,2}?(?:de|d['’]|of|by|на|em|en|de\s+l[ao]s?|del)\s+"
    rf"(?:(?:près de|plus de|environ|almost|nearly|about|more than|почти|более|около|cerca de|quase|casi)\s+)?(?P<num>{_NUMBER})"
    r"\s?(?:points?|пункт\w*|pontos?|puntos?)(?!\s+(?:de\s+base|base|базисн\w*))(?![\w-])",
    re.IGNORECASE,
)
_COUNT = compiled(rf"(?<![\w-])(?P<num>{NUMBER_WORD_RE}|\d{{1,4}})(?=\s+[^\W\d_])", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})")
_NOUN_STOP = frozenset(NUMBERS["noun_stop"])  # words that end a counted noun phrase ("five agreements *and* ...")


def _qualifier(text: str, start: int) -> tuple[str | None, str | None]:
    """The qualifier words just before ``start`` ("more than", "just", "surpassing"), normalised."""
    window = text[max(0, start - 40) : start]
    match = _QUALIFIER_RE.search(window)
    if not match or match.lastgroup is None:
        return None, None
    index = int(match.lastgroup[1:])
    return _QUALIFIERS[index][0], match.group(match.lastgroup)


def _odd_qualifier(match: re.Match) -> tuple[str, str] | None:
    """ "more than" when the number is written "4 с лишним", "12-odd" (``_ODD``)."""
    odd = match.groupdict().get("odd")
    return ("more than", odd.strip(" -")) if odd else None


# a range of amounts with the scale (and the currency) written once: "$500–700 million", "500-700 millions de dollars",
# "$ 500−700 млн" — one figure, read as its lower bound
_RANGE_TAIL = compiled(rf"\s?[-–—−]\s?(?P<num>{_NUMBER})\s?(?P<scale>{_SCALE_RE})(?![\w])", re.IGNORECASE)
_RANGE_HEAD = compiled(rf"(?<![\w.,])(?P<num>{_NUMBER})\s?[-–—−]\s?$")


def _money(text: str) -> list[Quantity]:
    found: list[Quantity] = _fused_money(text)
    for regex in (_MONEY_PREFIX, _MONEY_SUFFIX):
        for match in regex.finditer(text):
            if any(match.start() < q.end and q.start < match.end() for q in found):
                continue
            number, scale = match.group("num"), match.group("scale")
            if regex is _MONEY_SUFFIX and not scale and match.group("cur") in ("$", "€", "£"):
                continue  # "2024 $" is not money
            number = written_number(number, scale)  # "US$ 6.400 millones", "17,430 mil milhões"
            start, end = match.start(), match.end()
            ranged = _RANGE_TAIL.match(text, end) if regex is _MONEY_PREFIX and not scale else None
            head = _RANGE_HEAD.search(text[max(0, start - 20) : start]) if regex is _MONEY_SUFFIX else None
            head = head if head and not _YEAR.fullmatch(head.group("num")) else None
            if ranged:  # "$500–700 million": the lower bound, in the scale written once after the upper
                scale, end = ranged.group("scale"), ranged.end()
            elif head:  # "500-700 millions de dollars": the lower bound, in the upper's scale and currency
                number, start = head.group("num"), start - (min(start, 20) - head.start())
            try:
                value = parse_number(number) * (1.0 if scale_slip(match.group("num"), scale) else scale_factor(scale))
                currency = _currency_code(match.group("cur"))
            except ValueError:
                continue
            qualifier, words = _odd_qualifier(match) or _qualifier(text, start)
            found.append(Quantity("money", value, start, end, text[start:end], currency, currency, qualifier, words))
    found = [_with_thousands_in_words(text, _with_larger_part(text, q)) for q in found]
    return found + [q for q in _word_money(text) if not any(q.start < f.end and f.start < q.end for f in found)]


_LARGER_PART = compiled(
    rf"(?<![\w.,])(?P<num>\d{{1,3}})\s?(?P<scale>{_SCALE_RE})\s+(?:и\s+|and\s+|et\s+|e\s+|y\s+)?$", re.I
)


def _with_larger_part(text: str, quantity: Quantity) -> Quantity:
    """An amount written in two parts, its currency once: "1 млрд 200 млн долларов", "1 milliard 200 millions de
    dollars", "2 billion 300 million dollars" — the larger part before it is added."""
    before = _LARGER_PART.search(text[max(0, quantity.start - 20) : quantity.start])
    if before is None or not quantity.text[:1].isdigit():
        return quantity
    try:
        larger = parse_number(before.group("num")) * scale_factor(before.group("scale"))
    except ValueError:
        return quantity
    if larger <= quantity.value:
        return quantity
    start = quantity.start - (len(text[max(0, quantity.start - 20) : quantity.start]) - before.start())
    return replace(quantity, value=larger + quantity.value, start=start, text=text[start : quantity.end])


_LEADING_DIGITS = compiled(r"\d{1,3}(?![\d.,\s]*\d)")  # "275 millones", not "2 mil 275" nor "1,3 milliard"


def _with_thousands_in_words(text: str, quantity: Quantity) -> Quantity:
    """An amount whose thousands are written in words before its digits: "dos mil 275 millones de dólares" is 2,275
    million (:func:`.number_words.thousands_before`)."""
    digits = _LEADING_DIGITS.match(quantity.text)
    before = thousands_before(text, quantity.start) if digits is not None else None
    if digits is None or before is None:
        return quantity
    number = int(digits.group(0))
    scale = quantity.value / number if number else 0
    start = before[1]
    return replace(quantity, value=(before[0] + number) * scale, start=start, text=text[start : quantity.end])


def _fused_money(text: str) -> list[Quantity]:
    found = []
    for match in _MONEY_FUSED.finditer(text):
        factor, currency = _FUSED[match.group("fused").casefold()]
        qualifier, words = _qualifier(text, match.start())
        value = parse_number(match.group("num")) * factor
        found.append(
            Quantity("money", value, match.start(), match.end(), match.group(0), currency, currency, qualifier, words)
        )
    return found


def _word_money(text: str) -> list[Quantity]:
    """Amounts written in words ("one billion dollars", "миллиард долларов", "mil milhões de dólares")."""
    found = []
    for match in _MONEY_WORDS.finditer(text):
        word = (match.group("word") or "").casefold()
        number = _HALVES.get(word) if word in _HALVES else 2 if word == "dos" else count_value(word) if word else 1
        if match.group("halfof"):
            number, word = 0.5, match.group("halfof")
        scale = (match.group("scale") or "").casefold()
        if (
            number is None
            or not word
            and (
                re.search(r"\d[\d.,\s]*$", text[max(0, match.start() - 12) : match.start()])
                or re.fullmatch(
                    r"(?:millions|milliards|billions|trillions|millones|milhões|bilhões|biliões|миллион(?:ов|ы)|миллиард(?:ов|ы))",
                    scale,
                )
            )
        ):
            continue  # "4.724,5 milliards de FCFA" (the scale of a number), "billions of dollars": not "a billion"
        if match.group("half") or match.group("demi"):
            number += 0.5
        try:
            value = number * scale_factor(match.group("scale"))
            currency = _currency_code(match.group("cur"))
        except ValueError:
            continue
        qualifier, words = _qualifier(text, match.start())
        found.append(
            Quantity("money", value, match.start(), match.end(), match.group(0), currency, currency, qualifier, words)
        )
    return found


def _percents(text: str) -> list[Quantity]:
    result = []
    for match in _PERCENT.finditer(text):
        qualifier, words = _odd_qualifier(match) or _qualifier(text, match.start())
        value = parse_number(match.group("num")) * (1000 if match.group("thousand") else 1)
        result.append(
            Quantity("percent", value, match.start(), match.end(), match.group(0), None, "percent", qualifier, words)
        )
    for match in _POINTS.finditer(text):  # "un gain de 24 points": a change in points is a percentage
        start = match.start("num")
        qualifier, words = _qualifier(text, start)
        value = parse_number(match.group("num"))
        result.append(
            Quantity("percent", value, start, match.end(), text[start : match.end()], None, "percent", qualifier, words)
        )
    for match in WORD_PERCENT.finditer(text):
        spelled = word_number(match.group("tens"), match.group("unit"))
        if spelled is None:
            continue
        qualifier, words = _qualifier(text, match.start())
        result.append(
            Quantity("percent", spelled, match.start(), match.end(), match.group(0), None, "percent", qualifier, words)
        )
    return sorted(result, key=lambda q: q.start)


def _noun_words(phrase: str) -> list[str]:
    words = []
    for word in phrase.split():
        if word.casefold() in _NOUN_STOP or word.casefold() in NUMBER_WORDS or re.search(r"(?:ing|ed)$", word):
            break
        words.append(word)
    return words


def _counts(text: str, taken: list[Quantity]) -> list[Quantity]:
    result = []
    for match in _COUNT.finditer(text):
        number = match.group("num")
        if _YEAR.match(number) or any(match.start() < q.end and q.start < match.end("num") for q in taken):
            continue
        following = _NOUN_AFTER.match(text, match.end())
        noun = " ".join(_noun_words(following.group(1))) if following else ""
        if (
            following is None
            or not noun
            or re.match(rf"{_SCALE_RE}\b|mil\b|percent|per cent|%|of\b|in\b|to\b|and\b|or\b", noun, re.IGNORECASE)
        ):
            continue
        value = count_value(number)
        if value is None or number.casefold() in ("un", "une"):  # French indefinite article, not a count
            continue
        qualifier, words = _qualifier(text, match.start())
        end = following.start(1) + len(noun)
        result.append(
            Quantity("count", float(value), match.start(), end, text[match.start() : end], None, noun, qualifier, words)
        )
    return result


def find_quantities(text: str) -> list[Quantity]:
    """Every money amount, percentage and counted noun in ``text``, in reading order."""
    money = _money(text)
    percents = [p for p in _percents(text) if not any(p.start < m.end and m.start < p.end for m in money)]
    counts = _counts(text, money + percents)
    return sorted(money + percents + counts, key=lambda q: q.start)


def parse_money(text: str) -> Quantity | None:
    """The first money amount in ``text`` ("US$ 0.7bn" → 7e8 USD), or None."""
    found = _money(text)
    return min(found, key=lambda q: q.start) if found else None


def parse_percent(text: str) -> float | None:
    """The first percentage in ``text`` as a number of percent ("35 percent" → 35.0), or None."""
    found = _percents(text)
    return found[0].value if found else None
