"""How a trade figure is read: its metric (total, exports, imports, growth, share, balance) and its flow. Its year
is read by :mod:`.claims_years`. The words come from the language files (:mod:`.vocabulary`)."""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.claims_signs import index_growth
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.quantities import _SCALE_RE, Quantity, find_quantities
from partnerlens.patterns import compiled


def metric_of(text: str, quantity: Quantity, language: str) -> tuple[str, int | None]:
    """(total, exports, imports, growth or share; the year a comparison names): the words around the figure decide."""
    if quantity.kind != "percent":
        if _balance_before(text, quantity, language):
            return "balance", None  # "a surplus of $4.66 billion", "сальдо", "saldo favorable"
        return flow_of(text, quantity, language), None
    if quantity.unit == "factor" or index_growth(text, quantity) is not None:
        return "growth", None  # "doubled"; "245,4 млн долларов США (103,3%)", an index to the year before
    if quantity.unit == "growth_fraction":
        return "growth", None  # "grew by a third", "вырос на четверть"
    if quantity.unit == "fraction":
        return "share", None  # "a fifth of its foreign trade"
    if re.search(r"[+−–-]\s?$", text[max(0, quantity.start - 2) : quantity.start]) and not re.search(
        r"\d\s?[−–-]\s?$", text[max(0, quantity.start - 4) : quantity.start]
    ):
        return "growth", None  # "soit +60% en un an", "−5 %": a signed change (not a range "5–7%")
    if re.search(
        rf"(?<!\w)(?:{alternation('sign_words', language)})\s*$", text[max(0, quantity.start - 12) : quantity.start]
    ):
        return "growth", None  # "в прошлом году – плюс 12 процентов", "minus 5%": the sign written as a word
    after = text[quantity.end : quantity.end + 60]
    comparative = re.match(rf"\s*(?:{alternation('comparative', language)})\s*((?:19|20)\d\d)?", after, re.IGNORECASE)
    if comparative:
        return "growth", int(comparative.group(1)) if comparative.group(1) else None
    if re.match(rf"\s*(?:{alternation('comparative_alone', language)})\s*(?:[.,;:)!?]|$)", after, re.IGNORECASE):
        return "growth", None  # "75 millones de dólares, un 60 % más.", "soit 12 % de moins.": compared, no object
    if _growth_noun_before(text, quantity, language):
        return "growth", None  # "l'augmentation de 50 % du volume", "an increase of 12% in trade", "un aumento del 8%"
    if re.match(rf"\s*(?:{alternation('share_after', language)})", after, re.IGNORECASE) or _genitive_after(
        after, language
    ):
        return "share", None
    if _rate_to_level(text, quantity, language):
        return "growth", None  # "climbed 35.2% to $8.4 billion", "se acrecentó 35,2 por ciento a US$ 8.450 millones"
    window = text[max(0, quantity.start - 80) : quantity.end + 60]
    own_clause = re.split(r"[,;]", after, maxsplit=1)[0]  # "caída de 4,4%, el peso …": the next clause's word
    if words("share", language).search(own_clause) or re.search(r"\bshare\b|\bдол[яиюе]\w*", window, re.IGNORECASE):
        return "share", None
    share_before = rf"(?:{words('share', language).pattern})(?:\s+[^\W\d_][\w'’]*){{0,8}}\s*[:—–-]?\s*$"
    if re.search(share_before, text[max(0, quantity.start - 50) : quantity.start], re.IGNORECASE):
        return "share", None  # "soit un poids de 23 %", "una participación del 23%", "peso de 39%"
    clause = _LEVEL.split(text[max(0, quantity.start - 160) : quantity.start])[
        -1
    ]  # "Рост товарооборота … составляет 17%"
    if words("growth", language).search(window) or words("growth", language).search(clause):
        return "growth", None
    if _parallel_growth(text, quantity, language):
        return "growth", None
    return "share", None


_OF_RATE = r"(?:\s+[^\W\d_]+)?\s+(?:of|by|de|d['’]|du|del|do|da|на)\s+(?:(?:about|nearly|almost|some|près de|environ|около|почти|cerca de|casi|quase)\s+)?$"


def _growth_noun_before(text: str, quantity: Quantity, language: str) -> bool:
    """A growth word right before the percentage, joined by "of"/"de"/"на" ("an increase of 12%", "l'augmentation
    de 50 %", "рост на 6%", "un aumento del 8%"): a growth rate even when "of trade" follows."""
    before = text[max(0, quantity.start - 60) : quantity.start]
    return bool(re.search(rf"(?:{words('growth', language).pattern}){_OF_RATE}", before, re.IGNORECASE))


def _parallel_growth(text: str, quantity: Quantity, language: str) -> bool:
    """A percentage in a clause joined to a growth rate before it, with no word of its own ("рост превысил 7%, а за
    первые месяцы текущего года - более 17%", "grew 7% in 2023 and 17% this year"): growth as well."""
    before = text[max(0, quantity.start - 240) : quantity.start]
    levels = list(_LEVEL.finditer(before))
    if not levels or not re.search(r"%|cent|процент", levels[-1].group(0), re.IGNORECASE):
        return False
    between = before[levels[-1].end() :]
    earlier = _LEVEL.split(before[: levels[-1].start()])[-1]
    joined = re.match(rf"\s*[,;]?\s*(?:{alternation('parallel_clause', language)})(?!\w)", between, re.IGNORECASE)
    return bool(joined) and bool(words("growth", language).search(earlier))


_LEVEL = re.compile(  # a figure (a number with its unit or scale) or a clause end: what is before it is another subject
    rf";|(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,\s]*(?:%|per\s?cent|pour\s?cent|процент\w*|{_SCALE_RE}(?!\w))",
    re.IGNORECASE,
)


def _balance_before(text: str, quantity: Quantity, language: str) -> bool:
    """A balance word is the subject of the figure: the last one within 100 characters before it, with no
    other figure between and no flow word after it ("Le déficit commercial du Maroc avec la Turquie s'est
    établi à", "Сальдо торговли России с Египтом составило"; not "the deficit narrowed as exports rose to")."""
    before = _LEVEL.split(text[max(0, quantity.start - 100) : quantity.start])[-1]
    found = list(words("balance_words", language).finditer(before))
    if not found:
        return False
    rest = before[found[-1].end() :]
    return not (words("export_words", language).search(rest) or words("import_words", language).search(rest))


def _genitive_after(after: str, language: str) -> bool:
    """Russian "99% товаров": a noun in the genitive right after a percentage makes it a share."""
    if language != "ru":
        return False
    match = re.match(r"\s*([а-яё]+)", after, re.IGNORECASE)
    if not match:
        return False
    from partnerlens.cooperation.extract.sectors import _morph

    parse = _morph().parse(match.group(1))[0]
    return parse.tag.POS == "NOUN" and parse.tag.case == "gent" and not words("growth", language).match(match.group(1))


def flow_of(text: str, quantity: Quantity, language: str) -> str:
    """total, exports or imports: the flow word nearest before the figure decides ("imports from China reached
    $3 billion while exports stood at $200 million"), else the first right after it ("35 percent of its total
    exports"); exports and imports named together ("exports and imports") are the total."""
    before = _LEVEL.split(text[max(0, quantity.start - 80) : quantity.start])[-1]
    clause = _LEVEL.split(text[max(0, quantity.start - 160) : quantity.start])[-1]  # back to the figure before
    # "$1.1 billion, with exports of cars …" is another clause; "$700 million, or 35 percent of its exports" is not
    after = re.split(r"[;(]|,(?!\s*(?:or|soit|ou|o|или|т\.\s?е\.|i\.e\.)\s)", text[quantity.end : quantity.end + 60])[0]
    opened = text[: quantity.start]
    if opened.count("(") > opened.count(")"):  # "(contre 6,9 milliards en 2019) alors que les importations": the
        after = after.split(")")[0]  # bracket closes the figure's clause; the flow word after it is the next level's
    # "$1.1 billion in exports", "1,1 milliard de dollars d'exportations", "US$ 1.134 millones en exportaciones";
    # a share of one flow: "25.3% of Kenya's exports", "25,3% das exportações", "el 25,3% de las exportaciones";
    # never across a conjunction: "экспорт — $1,2 млрд и импорт — $3,6 млн" (the next figure's flow word)
    joined = alternation("coordination", language)
    for kind, name in (("exports", "export_words"), ("imports", "import_words")):
        told = re.match(
            rf"\s*(?:of|in|en|de|d['’]|em|du|des|d[oa]s?|del|de l[oa]s){'?' if language == 'ru' else ''}\s*"  # "25,3% экспорта"
            rf"(?:(?!(?:{joined})\s)[^\W\d_]+(?:['’]s?)?\s+)?(?:{words(name, language).pattern})"
            r"(?!\s+(?:and|et|e|y|и)\s)",
            text[quantity.end : quantity.end + 40],
            re.IGNORECASE,
        )
        if told:
            return kind
    for window, nearest in ((before, -1), (after, 0), (clause, -1), (_across_rate(text, quantity, language), -1)):
        flows = sorted(
            (m.start(), kind)
            for kind, name in (("exports", "export_words"), ("imports", "import_words"))
            for m in words(name, language).finditer(window)
        )
        if flows:
            position, kind = flows[nearest]
            if any(other != kind and abs(position - start) <= 30 for start, other in flows):
                return "total"  # "exports and imports", "товарооборот (экспорт и импорт)"
            if nearest == -1 and _total_in_later_clause(window[position:], language):
                return "total"
            return kind
    return _flow_referred(text, quantity, language) or "total"


def _flow_referred(text: str, quantity: Quantity, language: str) -> str | None:
    """The flow of the figure before, when the figure's clause has a pronoun for it as subject and no trade noun of
    its own ("les exportations … ont chuté à 15,66 millions en 2020 alors qu'elles étaient de 24,98 millions en
    2019", "while they stood at", "тогда как в 2019 году он составлял"; ``figure_pronouns``); None otherwise."""
    levels = list(_LEVEL.finditer(text, max(0, quantity.start - 160), quantity.start))
    if not levels:
        return None
    clause = text[levels[-1].end() : quantity.start]
    if words("total_words", language).search(clause) or not words("figure_pronouns", language).search(clause):
        return None
    previous = [q for q in find_quantities(text) if q.kind == "money" and q.start < levels[-1].end()]
    flow = flow_of(text, previous[-1], language) if previous else "total"
    return None if flow == "total" else flow


def _total_in_later_clause(rest: str, language: str) -> bool:
    """The flow word belongs to a clause before a coordinating conjunction, and the figure's own clause names the
    total ("the main destination of its exports and, in 2013, trade between them exceeded $83 billion", "o principal
    destino das exportações brasileiras e, em 2013, o comércio … foi superior a US$ 83 bilhões"): the figure's own
    trade noun governs it."""
    joined = compiled(rf"\s(?:{alternation('coordination', language)})(?=[\s,])", re.IGNORECASE).search(rest)
    return joined is not None and bool(words("total_words", language).search(rest[joined.end() :]))


def _across_rate(text: str, quantity: Quantity, language: str) -> str:
    """The clause before a growth rate the level is told with, when nothing between names another trade: "les
    exportations russes ont grimpé de 54,1 %, pour atteindre 19,8 milliards", "exports rose 54% in 2024 to $1.9
    billion", "as vendas angolanas recuaram 4,7%, passando de … para …" (the flow word is the rate's and the
    level's). Empty when the figure before is no percentage or another trade word stands between."""
    levels = list(_LEVEL.finditer(text, max(0, quantity.start - 160), quantity.start))
    if not levels:
        return ""
    between = text[levels[-1].end() : quantity.start]
    rate = re.search(r"%|cent|ciento|процент", levels[-1].group(0), re.IGNORECASE)
    # … or a level the figure restates: "экспорт превысил $500 млн, достигнув $504,6 млн", "exceeded $500 million,
    # reaching $504.6 million" (the joining words of ``rate_to_level``)
    joined = re.fullmatch(
        rf"\W*(?:[^\W\d_]+[\s,]+){{0,4}}(?:{alternation('rate_to_level', language)})(?:\s+[^\W\d_][\w'’]*){{0,5}}\s*\W{{0,3}}",
        between,
        re.IGNORECASE,
    )
    if not (rate or joined) or len(between) > 120 or ";" in between or words("trade_cues", language).search(between):
        return ""
    rest = text[max(0, quantity.start - 160) : levels[-1].start()]
    return _LEVEL.split(rest)[-1]


def _rate_to_level(text: str, quantity: Quantity, language: str) -> bool:
    """A percentage followed by the level it led to ("rose 35% in 2024 to $8.4 billion", "a bondi de 35 % à 840
    millions", "повысился на 35%, до 8 млрд", "expandiu-se 35% para 1,2 mil milhões"; ``rate_to_level``): a
    growth rate, whatever the verb. At most a time phrase and a few words between, no other figure."""
    joins = alternation("rate_to_level", language)
    gap = re.match(
        rf"(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,80}}?(?<!\w)(?:{joins})\s+", text[quantity.end :], re.IGNORECASE
    )
    if gap is None or re.search(r"(?<!\w)(?:of|de|des|du|от|из|do|da|del)\s*$", text[quantity.end : quantity.end + 6]):
        return False
    rest = text[quantity.end + gap.end() : quantity.end + gap.end() + 70]
    return any(q.kind == "money" and q.start <= 25 for q in find_quantities(rest))
