"""How a trade figure is read: its year (stated, tied to the figure, a range, a relative year, carried from an
earlier sentence or the publication date), its metric (total, exports, imports, growth, share, balance) and its
flow. The words come from the language files (:mod:`.vocabulary`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from partnerlens.cooperation.date_words import MONTH_INDEX
from partnerlens.cooperation.extract.claims_figures import other_bound
from partnerlens.cooperation.extract.context import ArticleContext, Carried, compared_years
from partnerlens.cooperation.extract.sectors import lemma
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import entries, language_data, patterns, words
from partnerlens.cooperation.quantities import _SCALE_RE, Quantity, count_value

YearFrom = Literal["stated", "range", "context", "publication", "none"]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _opens_pair(text: str, quantity: Quantity, figures: list[Quantity]) -> bool:
    """The figure is the first of "from X to Y" (another figure of its kind follows after "to")."""
    return any(
        other.kind == quantity.kind
        and other.start > quantity.end
        and re.fullmatch(
            r"[^.;\d]{0,30}?(?<!\w)(?:to|à|до|a|para|hasta)\s+\S{0,4}", text[quantity.end : other.start], re.IGNORECASE
        )
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
        others = taken or {int(m.group(1)) for m in _YEAR.finditer(text)} - compared_years(text, context.language)
        if others:
            return max(others) - 1, "context"  # "$500 million in 2024, from $461 million a year earlier"
    if span and len(figures) == 2 and all(not owned[id(q)] for q in figures) and quantity in figures:
        return (span[0] if figures[0] is quantity else span[1]), "range"
    if span:
        return span[1], "range"
    compared = compared_years(text, context.language) | ({base_year} if base_year else set())
    free = [
        (abs(m.start() - quantity.start), int(m.group(1)))
        for m in _YEAR.finditer(text)
        if int(m.group(1)) not in taken | compared
    ]
    # a year in the next clause is that clause's when one stands before the figure in its own: "In 2023 trade was
    # $1.9 billion, and in 2024 this figure rose", "в 2023 году … 1,9 млрд, а в 2024 году …"
    own_clause = [
        (abs(m.start() - quantity.start), int(m.group(1)))
        for m in _YEAR.finditer(text)
        if int(m.group(1)) not in taken | compared
        and not (m.start() >= quantity.end and _next_clause(text[quantity.end : m.start()], context.language))
    ]
    if own_clause and any(year_at < quantity.start for year_at in (quantity.start - d for d, _ in own_clause)):
        free = own_clause
    nearest = _relative_year(quantity, sentence, context)
    if nearest and (not free or nearest[0] < min(free)[0]) and nearest[1] not in taken | compared:
        return nearest[1], "publication"  # "1,3 milliard l'an dernier, contre 500 millions en 2019"
    if free:
        return min(free)[1], "stated"
    parallel = _parallel_year(text, quantity, figures, owned, context.language)
    if parallel:
        return parallel, "stated"  # "imports reached $3 billion in 2023, while exports stood at $200 million"
    shared = _shared_year(text, quantity, figures, owned)
    if shared:
        return shared, "context"  # "… 35,91 mil milhões em 2013, com a China a vender … 3,96 mil milhões"
    resolved, relative = _resolved_year(quantity, sentence, context)
    if resolved and resolved not in taken | compared:
        return resolved, "publication" if relative else "stated"  # "last year" is read against the publication
    if compared and len(compared) == 1 and words("last_year", context.language).search(text):
        return min(compared) + 1, "context"  # "$461.9 million last year, up 40% compared to 2021" with no date
    if context.published and _last_year(text, context.language):
        return context.published.year - 1, "publication"  # "no ano passado", "el año pasado"
    if words("now_words", context.language).search(text):  # "currently 500 million dollars"
        if context.published is None:
            return None, "none"  # a current figure with no date to read "now" against: no year, not an older one
        return context.published.year, "publication"
    if _opens_pair(text, quantity, figures):
        return None, "none"  # "from $500 million to $1.5 billion in 2012": the first level's year is not said
    period = _period_year(text, context.language, context.published)
    if period:
        return period, "publication"  # "in the first nine months", "за январь–сентябрь", "au premier semestre"
    if carried.years and base_year is None and metric == "growth":
        return carried.years[1], "range"
    if carried.year and carried.year != base_year:
        return carried.year, "context"
    if context.headline_year and context.headline_year != base_year:
        return context.headline_year, "context"  # "… des échanges de 5 milliards de dollars en 2024" in the headline
    return None, "none"


_MONTH_PREFIXES = {name[:3].casefold(): month for name, month in MONTH_INDEX.items() if len(name) >= 3} | {
    p: i + 1
    for names in (
        ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),  # Portuguese
        ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),  # Spanish
    )
    for i, p in enumerate(names)
}


def _period_year(text: str, language: str, published: date | None) -> int | None:
    """The year of a period of months written without its year ("in the first nine months", "au premier
    semestre", "за январь–сентябрь", "no primeiro semestre"): the publication year when the period had ended
    by the publication month, else the year before (``year_period`` and ``period_fixed`` of the language)."""
    if published is None:
        return None
    last = None
    for pattern in patterns("year_period", language):
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("n"):
            last = count_value(groups["n"].casefold()) or (
                count_value(lemma(groups["n"])) if language == "ru" else None
            )
        elif groups.get("month"):
            last = _MONTH_PREFIXES.get(groups["month"][:3].casefold())
        if last:
            break
    if not last:
        fixed = {
            k: int(v)
            for lang in dict.fromkeys((language, "en"))
            for k, v in (language_data(lang).get("period_fixed") or {}).items()
        }
        last = next((v for k, v in fixed.items() if re.search(rf"(?<!\w){k}(?!\w)", text, re.IGNORECASE)), None)
    if not last or not 0 < last < 12:
        return None
    return published.year if published.month > last else published.year - 1


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
    joined = re.search(rf"(?<!\w)(?:{_alternatives('parallel_clause', language)})(?!\w)", between, re.I)
    levels = re.search(rf"(?<!\w)(?:{_alternatives('figure_pair', language)}|against|contre|против)\s*$", between, re.I)
    return owned[id(previous)] if joined and not levels else None


_OPENS = re.compile(r"(?<!\w)(?:from|between|de|entre|desde|с|от|между)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AGAINST = re.compile(
    r"(?<!\w)(?:from|against|compared (?:with|to)|than|versus|vs\.?|contre|par rapport à|comparé\w* à|que|против"
    r"|по сравнению с|чем|с|от|contra|frente a|ante|desde)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


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
    """The figure is said to be a year before another ("$461 million a year earlier", "годом ранее")."""
    return bool(re.match(rf"\s*,?\s*(?:{_alternatives('year_before', language)})(?!\w)", text[quantity.end :], re.I))


def _own_year(text: str, quantity: Quantity, language: str) -> int | None:
    """A year written right after the figure ("$27 million in 2000", "(2023)", "в 2023 году"), also after a
    restatement in brackets ("367 milliards FCFA (plus de 559 millions d'euros) en 2017")."""
    prepositions = "|".join(entries("year_after_figure", language))
    match = re.match(
        r"\s*(?:\((?![^()]*(?:19|20)\d\d)[^()]{1,60}\)\s*)?"
        rf"(?:\(|,)?\s*(?:(?:{prepositions})\s+)?((?:19|20)\d\d)(?!\d)(?!\s?[-–—]\s?(?:19|20)\d\d)",
        text[quantity.end :],
        re.IGNORECASE,
    )
    return int(match.group(1)) if match else None


def base_year_of(text: str, language: str) -> int | None:
    """The year a growth rate is measured from, when the text names it ("up 40% on 2023", "since 2020")."""
    fragments = "|".join(f"(?:{p})" for p in entries("base_year", language))
    match = re.search(rf"(?<!\w)(?:{fragments})\s+((?:19|20)\d\d)(?!\d)", text, re.IGNORECASE)
    return int(match.group(1)) if match else None


def _relative_year(quantity: Quantity, sentence: Sentence, context: ArticleContext) -> tuple[int, int] | None:
    """(distance, year) of the relative date nearest the figure ("last year", "l'an dernier", "в прошлом
    году"), resolved against the publication; None when the sentence has none."""
    position = sentence.start + quantity.start
    found = [
        (abs(d.start - position), d.value.year)
        for d in context.within(context.dates, sentence)
        if d.value is not None
        and d.shift_years is not None
        and not _compared_before(context.text[max(sentence.start, d.start - 40) : d.start], context.language)
        and not _next_clause(context.text[position + len(quantity.text) : d.start], context.language)
    ]
    return min(found) if found else None


def _next_clause(between: str, language: str) -> bool:
    """A date after the figure, in the next clause, is that clause's: "В прошлом году рост составил 65%, а в этом
    году …", "rose 7% last year, while this year …", "65 %, alors que cette année …"."""
    joined = f"{_alternatives('parallel_clause', language)}|but|mais|но|однако|pero|mas"
    return bool(re.search(rf";|,\s*(?:{joined})(?!\w)", between, re.IGNORECASE))


def _compared_before(before: str, language: str) -> bool:
    """The words before a date make it the base of a comparison ("up 20% from last year", "par rapport à
    l'an dernier", "по сравнению с прошлым годом"), not the figure's own period."""
    fragments = "|".join(f"(?:{p})" for p in entries("base_year", language))
    return bool(re.search(rf"(?<!\w)(?:{fragments}|than|que|чем)\s+(?:the\s+|l[ae]\s+|l.)?$", before, re.IGNORECASE))


def _last_year(text: str, language: str) -> bool:
    """ "last year" said of the figure, not as what it is compared with."""
    return any(
        not _compared_before(text[: m.start()][-40:], language) for m in words("last_year", language).finditer(text)
    )


def _resolved_year(quantity: Quantity, sentence: Sentence, context: ArticleContext) -> tuple[int | None, bool]:
    """The year of the resolved date nearest the figure, and whether that date was relative ("last year" in a
    2025 article → 2024, read against the publication date)."""
    position = sentence.start + quantity.start
    years = [
        (abs(d.start - position), d.value.year, d.shift_years is not None)
        for d in context.within(context.dates, sentence)
        if d.value is not None
        and not (
            d.shift_years is not None
            and _compared_before(context.text[max(sentence.start, d.start - 40) : d.start], context.language)
        )
        and not _next_clause(context.text[position + len(quantity.text) : d.start], context.language)
    ]
    if not years:
        return None, False
    _, year, relative = min(years)
    return year, relative


# --- metric and flow -------------------------------------------------------------------


def metric_of(text: str, quantity: Quantity, language: str) -> tuple[str, int | None]:
    """(total, exports, imports, growth or share; the year a comparison names): the words around the figure decide."""
    if quantity.kind != "percent":
        if _balance_before(text, quantity, language):
            return "balance", None  # "a surplus of $4.66 billion", "сальдо", "saldo favorable"
        return flow_of(text, quantity, language), None
    if quantity.unit == "factor":
        return "growth", None
    if quantity.unit == "fraction":
        return "share", None  # "a fifth of its foreign trade"
    if re.search(r"[+−–-]\s?$", text[max(0, quantity.start - 2) : quantity.start]) and not re.search(
        r"\d\s?[−–-]\s?$", text[max(0, quantity.start - 4) : quantity.start]
    ):
        return "growth", None  # "soit +60% en un an", "−5 %": a signed change (not a range "5–7%")
    after = text[quantity.end : quantity.end + 60]
    comparative = re.match(rf"\s*(?:{_alternatives('comparative', language)})\s*((?:19|20)\d\d)?", after, re.IGNORECASE)
    if comparative:
        return "growth", int(comparative.group(1)) if comparative.group(1) else None
    if _growth_noun_before(text, quantity, language):
        return "growth", None  # "l'augmentation de 50 % du volume", "an increase of 12% in trade", "un aumento del 8%"
    if re.match(rf"\s*(?:{_alternatives('share_after', language)})", after, re.IGNORECASE) or _genitive_after(
        after, language
    ):
        return "share", None
    window = text[max(0, quantity.start - 80) : quantity.end + 60]
    if words("share", language).search(after) or re.search(r"\bshare\b|\bдол[яиюе]\w*", window, re.IGNORECASE):
        return "share", None
    clause = _LEVEL.split(text[max(0, quantity.start - 160) : quantity.start])[
        -1
    ]  # "Рост товарооборота … составляет 17%"
    if words("growth", language).search(window) or words("growth", language).search(clause):
        return "growth", None
    if _parallel_growth(text, quantity, language):
        return "growth", None
    return "share", None


_OF_RATE = r"\s+(?:of|by|de|d['’]|du|del|do|da|на)\s+(?:(?:about|nearly|almost|some|près de|environ|около|почти|cerca de|casi|quase)\s+)?$"


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
    joined = re.match(rf"\s*[,;]?\s*(?:{_alternatives('parallel_clause', language)})(?!\w)", between, re.IGNORECASE)
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


def _alternatives(name: str, language: str) -> str:
    return "|".join(f"(?:{p})" for p in entries(name, language)) or r"(?!x)x"


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
    for window, nearest in ((before, -1), (after, 0), (clause, -1)):
        flows = sorted(
            (m.start(), kind)
            for kind, name in (("exports", "export_words"), ("imports", "import_words"))
            for m in words(name, language).finditer(window)
        )
        if flows:
            position, kind = flows[nearest]
            if any(other != kind and abs(position - start) <= 30 for start, other in flows):
                return "total"  # "exports and imports", "товарооборот (экспорт и импорт)"
            return kind
    return "total"
