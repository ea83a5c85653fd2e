"""How reporting introduces a person: titles, forms of address, portfolios written after a title, and names.

These are the regular-expression parts :mod:`.people` reads people with, kept apart from it so that each module
stays short. A title is followed by its state ("le ministre marocain"), a post or organisation ("посол РФ в
Анголе", "председателя правления Сбербанка"), a portfolio of one or several parts ("des Affaires étrangères, de
l'Intégration africaine et des Ivoiriens de l'Extérieur"), then a name, with or without a comma before it, after an
optional form of address ("M.", "Son Excellence", "son Altesse Cheikh", "le Général d'armée"). Vocabulary that
differs by language (titles, portfolio words) lives in ``data/lang/<language>.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.gazetteer import PartyMention, data_file
from partnerlens.patterns import compiled

PORTFOLIO = (
    r"(?:Foreign|Affairs|International|Cooperation|Co-operation|Trade|Integration|Industry|Economy|Economic|Development"
    r"|Finance|Planning|Agriculture|Education|Health|Defence|Defense|Energy|Investment|Investments|Transport|Infrastructure"
    r"|ICT|Innovation|Mining|Mines|Justice|Interior|Tourism|Culture|Digital|Labour|Commerce|National|Home|External|Europe"
    r"|African|Regional|East|Community|Communications|Technology|Technologies|Emergency|Security|Environment|Public|Service"
    r"|Services|Youth|Sports|Water|Natural|Resources|Petroleum|Oil|Gas|Science|Higher|Industrial|Social|Information)"
)
TITLES = {
    "en": (
        r"(?:(?:former|then-|then|acting|outgoing|incoming)\s*)?(?:(?:First\s+)?(?:Deputy|Vice)[\s-]+)?"
        # who presides a chamber: "Speaker of the House of Representatives X", "President of the Senate X"
        r"(?:(?:Speaker|President|Chair(?:man|woman|person)?) of the (?:[A-Z][\w-]+\s+){0,2}?(?:House of (?:Representatives"
        r"|Commons|Lords|Councill?ors)|National Assembly|Senate|Parliament|Congress|Majlis|Duma)(?![\w-])|"
        rf"President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Crown Prince|Sultan|(?:{PORTFOLIO}\s+){{1,2}}Minister"
        rf"|Minister(?:\s+(?:of|for)\s+(?:the\s+)?{PORTFOLIO}(?:\s+(?:and\s+|of\s+|for\s+)?{PORTFOLIO}){{0,5}})?"
        r"|Secretary of State|Foreign Secretary|Ambassador|Speaker|Head of State|Head of Government|Chairman|Chairperson)"
        rf"(?:\s+and\s+(?:Foreign Minister|Minister\s+(?:of|for)\s+{PORTFOLIO}(?:\s+(?:and\s+)?{PORTFOLIO}){{0,4}}))?"
    ),
    "fr": (
        r"(?:(?:l'ancien|ancien)\s+)?(?:vice-)?(?:[Pp]résidente?|Premier ministre|[Pp]remier ministre|[Mm]inistre des Affaires étrangères"
        r"|[Mm]inistre des [Aa]ffaires [ÉEée]trang[eè]res?"
        r"|[Mm]inistre(?:\s+(?:délégué|déléguée|par intérim|d['’][ÉE]tat))*(?:\s+(?:de\s+l'|de\s+la\s+|des\s+|du\s+)\w+)?|[Rr]oi"
        r"|[Aa]mbassadeur|[Cc]hef de l'[ÉE]tat|[ÉEée]mir|[Cc]onseill(?:er|ère))"
        # a qualifier written after the title, often capitalised: "vice-président Général", "président-directeur
        # général", "président délégué" (never the first word of a name)
        r"(?:-[Dd]irect(?:eur|rice)\s+[Gg][ée]n[ée]ral(?:e)?|\s+[Gg][ée]n[ée]ral(?:e)?|\s+[Dd][ée]l[ée]gu[ée]e?)?"
    ),
    "ru": (
        r"(?:[Пп]резидент\w*|[Пп]ремьер-министр\w*|[Мм]инистр\w* иностранных дел|[Гг]лав\w* МИД\w*|[Мм]инистр\w*"
        r"|[Пп]осл(?:ом|а|у|ы)?|[Кк]орол\w*|[Вв]ице-премьер\w*)"
    ),
}
NAME_WORD = r"(?:(?:al|el|ad|as|ash|ас|аль|эль|ад)-)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*[\w]"
PARTICLE = r"(?:bin|ibn|ben|al|el|da|de|do|dos|das|del|van|von|le|la|du|бен|бин|ибн|да|де|дос|дус|ван|фон)"
INITIALS = r"(?:[A-ZА-ЯЁ]\.\s?){0,2}"  # "S. Umurzakov", "В.Путин"
# forms of address before a name: "Dr", "M.", "Mme", "SE", "S.E.", "Son Excellence", "son Altesse Cheikh", "г-н"
HONORIFIC = (
    r"(?:(?:Dr|Mr|Ms|Mrs|Prof|[Pp]rof|H\.E|Mme|Mlle|Me|Sr|Sra|Dña|Pr|Shri|Smt)\.?\s+|(?:M|S\.\s?E|H\.\s?E)\.\s*|SE\s+|Don\s+|Dom\s+"
    r"|г-(?:н|жа)\s+|(?:[Ss]on|[Ss]a|[Hh]is|[Hh]er|[Ss]ua|[Ss]u)\s+(?:Excellence|Altesse|Majesté|Excellency|Highness|Majesty"
    r"|Excelência|Excelencia|Alteza)\s+(?:(?:Cheikh|Sheikh|Cheick|Jeque|Xeque)\s+)?"
    r"|(?:[Cc]heikh|[Cc]heick|Sheikh|Sheik|[Jj]eque|[Xx]eque|[Шш]ейх)\s+(?=[A-ZА-ЯЁ])"  # "cheikh Tamim ben Hamad Al Thani"
    # a military rank, capitalised or not ("le général Omar Tine", "o general Hamilton Mourão", "генерал Иван Петров")
    r"|(?:(?:le|o|el)\s+)?(?:[Gg]énéral|[Gg]eneral|Gen\.|[Cc]olonel|Col\.|[Cc]oronel|[Cc]apitaine|[Cc]ommandant|[Mm]ar[eé]chal|[Mm]ariscal"
    r"|[Aa]dmiral|[Aa]miral|[Aa]lmirante|[Гг]енерал(?:-[а-я]+)?|[Пп]олковник|[Аа]дмирал)(?:\s+d['’]armée)?\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))"
)
# a middle initial between the words of a name ("Johann N. Schneider-Ammann", "Shri V. Muraleedharan")
MIDDLE_INITIAL = r"(?:[A-ZА-ЯЁ]\.\s?)"
# a nickname in quotes between a given name and a surname ("Joko “Jokowi” Widodo", "Luiz Inácio «Lula» da Silva")
NICKNAME = r"(?:[“\"«]\s?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’ -]{1,20}?\s?[”\"»]\s+)"
NAME = (
    rf"{HONORIFIC}{{0,2}}(?P<name>{INITIALS}{NAME_WORD}"
    rf"(?:\s+(?:{PARTICLE}\s+|{MIDDLE_INITIAL}|{NICKNAME})?{NAME_WORD}){{0,5}})"
)


@cache
def title_regex(language: str) -> re.Pattern | None:
    """Titles that introduce a person: the ones above, then those of ``data/lang/<language>.yaml``: who leads a
    company, a business body, a region or a city (``person_titles_leaders``, tried first: "presidente executivo"
    before "presidente"), then ``person_titles_more``, ``person_titles`` and ``person_titles_offices`` (offices of
    state, diplomacy and parliament: "Chargé d'Affaires", "High Commissioner", "спикер", "chef de la délégation"),
    then ``person_titles_members`` (members of parliament, aides, advisers, a bare "leader": "Iranian MP",
    "помощник", "el líder chino"), and last the English titles written in lower case in apposition after a name
    (``person_titles_apposed``: "X, the foreign minister of Y,")."""
    data = (data_file(f"lang/{language}.yaml") or {}) if language.isalpha() else {}
    keys = (
        "person_titles_leaders",
        "person_titles_more",
        "person_titles",
        "person_titles_offices",
        "person_titles_members",
        "person_titles_apposed",
    )
    listed = [title for key in keys for title in data.get(key) or []]
    alternatives = [t for t in (TITLES.get(language), *listed) if t]
    if not alternatives:
        return None
    return compiled(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# two particles in a row inside a name ("Juan Ramón de la Fuente", "Ursula von der Leyen", "Mark van der Berg"): the
# name read after a title stops before them; :func:`with_particles` reads on
PARTICLE_PAIR = (
    r"(?:de la|de las|de los|de l['’]|van der|van den|van de|von der|von dem|von den|da la|della|degli"
    r"|фон дер|ван дер|ван ден|де ла|дель)"
)


def with_particles(text: str, end: int, mentions: list[PartyMention]) -> int:
    """Where a name ending at ``end`` really ends when two particles and a capitalised word follow ("Juan Ramón" → "Juan
    Ramón de la Fuente"): not when that word is a portfolio word ("de la Santé") or a state ("de la Côte d'Ivoire")."""
    match = _PARTICLES.match(text, end)
    if match is None or re.fullmatch(portfolio_words(), match.group("word")):
        return end
    if any(m.start < match.end() and match.start("word") < m.end for m in mentions):
        return end
    return match.end()


_PARTICLES = re.compile(rf" (?:{PARTICLE_PAIR}) ?(?P<word>{NAME_WORD})(?![\w'’-])")


@cache
def portfolio_words() -> str:
    """Capitalised words of portfolios in every language (``person_portfolio_words``): never a name's first word."""
    words = {
        w
        for language in ("en", "fr", "pt", "es")
        for w in (data_file(f"lang/{language}.yaml") or {}).get("person_portfolio_words") or []
    }
    # Longest first; ties by text, so the pattern (and its kept program, partnerlens.patterns) is the same each run.
    return "|".join(sorted(map(re.escape, words), key=lambda word: (-len(word), word))) or "(?!)"


@cache
def after_title(after_state: bool, comma: bool) -> re.Pattern:
    """What follows a title (and its state, when ``after_state``): a post or organisation, a portfolio, the name.
    With ``comma`` a portfolio ends on a comma before the name; without, a name after a portfolio has two words
    or more ("le ministre des Transports Jean Ernest Massena Ngalle Bibehe", not "des Marocains Résidant")."""
    lead = _post() if after_state else rf"(?:{ORGANISATION}{_post_phrases()})"
    separator = r",\s+" if comma else r"\s+"
    return compiled(rf"{lead}(?:,?\s+|{PORTFOLIO_TAIL}{separator})(?!(?:{portfolio_words()})(?![\w'’-])){NAME}")


def name_after_title(
    text: str, cursor: int, after_state: bool, mentions: list[PartyMention]
) -> tuple[re.Match | None, str | None, bool]:
    """The name after a title, and the state its portfolio or organisation names ("l'Emir de l'Etat du Qatar, son
    Altesse Cheikh Tamim", "le ministre des Finances du Sénégal Cheikh Diba", "глава ведомства России Дмитрий
    Патрушев"): a state read where the name should start is passed over, once or twice. The flag says the name was
    found without a comma after a portfolio or state, where an apposition before the title is the likelier name."""
    party, skipped = None, False
    states = [m for m in mentions if not m.how.startswith("person")]
    post = _POST_LEAD.match(text, cursor)  # an envoy's post of several words: "em Cabo Verde", "to South Africa"
    posted = next((m for m in states if post is not None and m.start == post.end()), None)
    if posted is not None:
        cursor, after_state = posted.end, True
    for _ in range(3):
        candidates = []
        for match in (
            after_title(after_state, True).match(text, cursor),
            after_title(after_state, False).match(text, cursor),
        ):
            if match is None:
                continue
            lead_end = max([match.start()] + [match.end(g) for g in ("tail", "org") if match.groupdict().get(g)])
            loose = "," not in text[lead_end : match.start("name")] and (bool(match.group("tail")) or skipped)
            inside = any(match.start("name") < m.start < match.end("name") for m in states)
            one_word = " " not in match.group("name") and with_particles(text, match.end(), mentions) == match.end()
            # a state alone where the name should be is passed over below ("министр обороны Казахстана генерал X")
            one_word = one_word and not any(m.start == match.start("name") for m in states)
            if not (loose and (one_word or inside)):  # not "des Marocains Résidant à"; "Mark van der Berg" is two
                candidates.append((match.start("name"), match, loose))
        if not candidates:
            return None, party, False
        if len(candidates) == 2 and candidates[1][2] and re.search(r"\s[a-zа-яё]", candidates[1][1].group("name")):
            candidates.pop()  # "de Administración General de Supervisión de Calidad, Zhi Shuping": the comma wins
        _, match, loose = min(candidates, key=lambda c: c[0])  # the nearest name: the portfolio ends before it
        tail = [m for m in states if match.start() <= m.start < match.start("name")]
        # a group inside a body's name ("департамента стран СНГ МИД РФ") is not the person's side: a state is
        tail = [m for m in tail if m.how != "group"] or tail
        party = party or (tail[0].party if tail else None)
        state = next((m for m in states if m.start == match.start("name")), None)
        if state is None and (skipped or after_state) and _company_word(text, cursor, match):
            apposed = _apposed_name().match(text, match.end("name"))
            if apposed is not None and " " in apposed.group("name") and not _is_title(apposed.group("name")):
                return apposed, party, False  # "of Kenya Airways, Allan Kilavuka,": the state opens a company's name
        if state is None or (after_state and not skipped and state.end < match.end("name")):
            return match, party, loose  # no state, or a given name after the title's state: "argentino, Mauricio Macri"
        cursor, after_state, party, skipped = state.end, True, party or state.party, True
    return None, party, False


def _company_word(text: str, cursor: int, match: re.Match) -> bool:
    """Whether the "name" read right after a state is one word written against it ("Kenya Airways", "Maroc
    Telecom"), with no portfolio or comma between: the state may open an organisation's name."""
    return not text[cursor : match.start("name")].strip() and " " not in match.group("name")


def _is_title(name: str) -> bool:
    return any((regex := title_regex(language)) is not None and regex.match(name) for language in TITLES)


@cache
def _apposed_name() -> re.Pattern:
    """A name set off by commas after an organisation's name (groups as :func:`after_title`'s, empty)."""
    return re.compile(rf"(?P<tail>)(?P<org>),\s+{NAME}(?=\s*,)")


_POST_LEAD = re.compile(
    r"\s+(?:в|во|in|to|en|au|aux|à|em|no|na|ante|al|auprès d[eu]s?)\s+(?:(?:the|la|le|l['’]|o|a|el)\s+)?"
)
# where an envoy serves, between the state and the name: "посол РФ в Анголе Владимир Тараров"
POST_PLACE = r"\s+(?:в|во|in|en|au|aux|à|em|no|na)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]*"
POST = rf"(?:{POST_PLACE})?"


@cache
def _post() -> str:
    """:data:`POST`, or the host country named by the reporter's own words ("посол Украины в нашей стране",
    "l'ambassadeur du Japon dans notre pays": ``person_post_phrases`` of every language)."""
    phrases = _post_phrases()
    return rf"(?:{phrases[1:]}|{POST_PLACE})?" if phrases else POST


@cache
def _post_phrases() -> str:
    """``person_post_phrases`` of every language as one alternative, "|" first (or "" when there are none)."""
    phrases = [
        phrase
        for language in ("en", "fr", "ru", "pt", "es")
        for phrase in (data_file(f"lang/{language}.yaml") or {}).get("person_post_phrases") or []
    ]
    return rf"|\s+(?:{'|'.join(phrases)})(?![\w-])" if phrases else ""


# the organisation a Russian title belongs to, in the genitive, between the title and the name: "вице-президента
# Африканского экспортно-импортного банка Джорджа Эломби", "председателя правления Сбербанка Германа Грефа"
ORGANISATION = (
    r"(?P<org>(?:(?:\s+[А-ЯЁа-яё][а-яё-]*(?:ого|его|ой|ей|ых|их))*\s+(?:банка|фонда|компании|корпорации|агентства|союза"
    r"|палаты|университета|организации|комиссии|совета|правления|концерна|холдинга|ассоциации|центра|[А-ЯЁ][а-яё]*банка"
    # a region, a city's administration, a ministry; an abbreviation ("гендиректор РЭЦ", "глава ОАО РЖД")
    r"|области|края|республики|региона|округа|района|города|администрации|министерства|ведомства|группы|общества"
    r"|объединения|биржи|порта|завода|[А-ЯЁ]{2,6}(?:\s+[А-ЯЁ]{2,6})?(?=\s)"
    r"|Мин[а-яё]{2,}"  # a ministry's short name: "глава Минсельхоза", "глава Минэкономразвития"
    # a body of state and its parts, one after another ("премьера Госсовета КНР", "директор второго департамента
    # стран СНГ МИД РФ", "секретарь Совета безопасности (СБ) РФ", "председателем Великого государственного хурала")
    r"|департамента|управления|парламента|Госсовета|госсовета|хурала|сената|Сената|[Дд]умы|службы|стран|Совета"
    r"|безопасности|секретариата|представительства|посольства|меджлиса|Меджлиса"
    # a party, a chamber ("генеральный секретарь Коммунистической партии", "депутат Госдумы", "спикер Рады"), a
    # department written with a capital ("начальник Департамента информации МИД")
    r"|партии|Госдумы|[Рр]ады|[Мм]ажилиса|[Сс]ейма|[Кк]урултая|Департамента|Управления|[Кк]омитета|информации|печати"
    r"|протокола)(?:\s+\([А-ЯЁ]{2,6}\))?){0,4})"
)
# a portfolio after the title's state, up to the comma before the name: "le vice-ministre turc des Affaires
# étrangères, X", "el ministro cubano de Comercio Exterior y la Inversión Extranjera, X", "o vice-Presidente da
# República, X"
# A portfolio may run over several comma-separated parts ("ministre des Affaires étrangères, de l'Intégration
# africaine et des Ivoiriens de l'Extérieur, X") and French and Spanish often write the name without a comma
# ("le ministre des Relations extérieures Lejeune Mbella Mbella"): the name is then the first capitalised run that is
# not a portfolio word (``person_portfolio_words`` of the language files).
TAIL_LINK = (
    r"(?:of|for|de(?:l| la| las| los| l['’])?|du|des|d[oa]s?|d['’]|à la|à l['’]|au|aux|chargée?\s+d(?:e la|e l['’]|es|u|e)"
    r"|para(?: [ao]s?| la| el| los| las)?|pour(?: la| le| les| l['’])?)"  # "secretária de Estado para a Cooperação"
)
# words no portfolio contains: a tail reaching one is a clause ("le ministre de la Santé a reçu Jean Dupont")
TAIL_STOP = (
    r"a|ont|est|sont|été|était|qui|que|qu['’]\w+|avec|pour|sur|dans|lors|selon|après|avant|entre|vers|chez|son|sa|ses"
    r"|leur|leurs|il|elle|ils|se|s['’]\w+|ne|n['’]\w+|pas|has|have|had|is|was|were|met|said|says|with|on|in|at|by|to"
    r"|from|who|which|will|would|que|com|con|para|por|foi|fue|ha|han|tem|recebeu|recibió|reçu|rencontré|avait|sera"
    r"|le|la|les|el|los|las|o|os|as|ao|aos|à|às|no|na|nos|nas|em|um|uma|un|une|una|esta|este|ce|cet|cette|this|that"
    r"|ministre|ministro|ministra|minister|président|presidente|president|secrétaire|ambassadeur|embajador|embaixador"
    # Russian: a verb or another title ends a portfolio ("Глава МИД Азербайджана был принят президентом …")
    r"|был\w*|принял\w*|принят\w*|встрети\w*|провел\w*|провёл|заяви\w*|отмети\w*|подписа\w*|посети\w*|прибыл\w*"
    r"|обсуди\w*|сообщи\w*|президент\w*|премьер\w*|министр\w*|посл(?:а|у|ом|ы)?|с|со|в|во|на|и|по|к|от"
)
TAIL_WORD = rf"(?!(?:{TAIL_STOP})(?![\w'’-]))[\w'’-]+"
TAIL_PART = rf"{TAIL_LINK}\s*{TAIL_WORD}(?:\s+{TAIL_WORD}){{0,11}}?"
TAIL_WORDS = rf"{TAIL_WORD}(?:\s+{TAIL_WORD}){{0,11}}?"
# a further part of a portfolio: "de l'Intégration africaine", "et des Ivoiriens", "y la Inversión Extranjera"
TAIL_MORE = (
    rf"(?:(?:et|and|e|y)\s+(?:la|le|les|el|los|las|the|o|a|os|as)\s+{TAIL_WORDS}|(?:(?:et|and|e|y)\s+)?{TAIL_PART}"
    rf"|(?:and\s+)?{PORTFOLIO}(?:\s+(?:and\s+)?{PORTFOLIO})*"  # "Minister of Trade, Industry and Investment"
    r"|и\s+[а-яё]+(?:\s+[а-яё]+)?"  # a Russian portfolio in the genitive: "министр промышленности и торговли"
    # and its parts after a comma ("министр инвестиций, промышленности и торговли"): a lower-case genitive noun
    rf"|(?!(?:{TAIL_STOP})(?![\w'’-]))[а-яё]+(?:ии|ия|ти|ки|ли|ства|ния|ов|ей|ы|и))"
)
TAIL_FIRST = rf"(?:{TAIL_LINK}\s*)?{TAIL_WORD}(?:\s+{TAIL_WORD}){{0,11}}?"  # the title may hold its link already
PORTFOLIO_TAIL = (
    rf"(?P<tail>(?:\s+(?:{TAIL_MORE}|(?:(?:et|and|e|y)\s+)?{TAIL_FIRST})|,?\s+{TAIL_MORE})"
    rf"(?:,?\s+{TAIL_MORE})*?)"
)


# more people with the same title after a first one, each with a portfolio: "son ministre des Affaires étrangères
# X et ses collègues de la Défense Y, de l'Industrie, Z"; "the ministers of Trade, X, and of Energy, Y"
@cache
def continued_regex() -> re.Pattern:
    return compiled(
        r"(?:\s*,|\s+(?:et|and|e|y))\s+(?:(?:ses|son|sa|his|her|their|seus|sus|les)\s+"
        r"(?:collègues?|colleagues?|colegas?|homologues?|counterparts?)\s+)?"
        rf"(?P<role>{TAIL_PART}(?:,?\s+{TAIL_MORE})*?),?\s+"
        rf"(?!(?:{portfolio_words()})(?![\w'’-])){NAME}"
    )
