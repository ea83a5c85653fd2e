"""States named in passing in a sentence, which are no parties of what it tells (issue 11, party precision).

A state in parentheses or brackets; a capital naming a past occasion ("the Berlin Conference", "l'accord de
Paris"); the home of a news source ("Russia's TASS news agency", "l'agence chinoise Xinhua", "китайское агентство
Синьхуа"); a state after a side-remark word of ``data/lang/<language>.yaml`` ``side_remarks`` — a comparison
("like Kenya"), a neighbour, a previous stop of a tour ("after Algeria", "après avoir effectué une visite d'État
en Chine"), the place a leader left, continents of a geographic description ("a bridge between Europe and Asia"),
the state behind sanctions. ``extract/context.py`` leaves such a state out when another state remains.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import entries
from partnerlens.cooperation.gazetteer import PartyMention
from partnerlens.patterns import compiled


def side_remark(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """A state's name inside parentheses, or after a side-remark word in its own clause (bodies and people
    are never side remarks: "initiatives such as the Heydar Aliyev Foundation's visit")."""
    if mention.how in ("body", "person") or mention.how.startswith("person"):
        return False
    before = text[sentence.start : mention.start]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):  # "[on Libya]"
        return True
    if mention.how == "capital" and _occasion_named(text, mention):  # "the Berlin Conference", "l'accord de Paris"
        return True
    if _press_source(text, sentence, mention, language):
        return True
    clause = re.split(r"[,;:—–(]", before)[-1]
    return bool(_side_words(language).search(clause[-140:]))  # long enough for "after a visit of … to"


# the home of a news source is no side of what it reports: "Russia's TASS news agency", "the Chinese news agency
# Xinhua", "китайское агентство Синьхуа" (the state before the source's word), "l'agence chinoise Xinhua", "a agência
# chinesa Xinhua", "la agencia británica Reuters" (after it, with the source's capitalised name next)
_SOURCE_WORDS = (
    r"(?:agence|agência|agencia|quotidien|journal|cha[îi]ne|télévision|radio|hebdomadaire|jornal|diário|emissora"
    r"|televisão|diario|periódico|cadena|televisión|emisora)"
)
_SOURCE_BEFORE = re.compile(
    rf"(?<!\w){_SOURCE_WORDS}(?:\s+(?:de presse|d['’]information|de notícias|de noticias|d['’][ÉE]tat|de Estado))?"
    r"(?:\s+(?:officielle|oficial|estatal|publique|pública|nationale|nacional|semi-officielle))?\s*$",
    re.IGNORECASE,
)
_SOURCE_NAME_AFTER = re.compile(
    r"\s+(?:(?:officielle|oficial|estatal|publique|pública|de presse|de notícias|de noticias)\s+)?[«\"“]?[A-Z]"
)
_SOURCE_AFTER = {
    "en": re.compile(
        r"(?:['’]s)?\s+(?:(?:state|official|state-run|state-owned|government)\s+)?(?:(?:news|press|information)\s+agency"
        r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:(?:news\s+)?[Aa]gency|newspaper|daily|broadcaster|television|TV)\b"
        r"|(?:newspaper|daily|broadcaster|television|TV)\s+[A-Z])"
    ),
    "ru": re.compile(
        r"\s+(?:(?:государственн|информационн|официальн)\w*\s+)*(?:агентств|информагентств|издани|телеканал|газет)\w*"
        r"\s+[«\"“]?[А-ЯЁA-Z]"
    ),
}


def _press_source(text: str, sentence: Sentence, mention: PartyMention, language: str) -> bool:
    """Whether a state is named as the home of the news agency, paper or channel a sentence cites."""
    after = _SOURCE_AFTER.get(language, _SOURCE_AFTER["en"]).match(text, mention.end)
    if after is not None:
        return True
    before = text[max(sentence.start, mention.start - 60) : mention.start]
    return bool(_SOURCE_BEFORE.search(before) and _SOURCE_NAME_AFTER.match(text, mention.end))


# a past occasion named after a capital: after it in English ("the Berlin Conference"), before it elsewhere ("la
# conférence de Berlin", "o Acordo de Paris", "el Acuerdo de París"); a forum or summit names its host, not this
_OCCASION_AFTER = re.compile(
    r"\s+(?:Conference|Agreements?|Accords?|Treaty|Process|Format|Declaration|Protocol|Convention|Consensus)\b"
)
_OCCASION_BEFORE = re.compile(
    r"(?<!\w)(?:conf[ée]rences?|accords?|trait[ée]|processus|format|d[ée]claration|protocole|convention|acordos?|tratado"
    r"|processo|declara[çc][ãa]o|confer[êe]ncia|acuerdos?|proceso|conferencia|declaraci[óo]n)\s+(?:de|d['’]|do|da|del)\s*$",
    re.IGNORECASE,
)


def _occasion_named(text: str, mention: PartyMention) -> bool:
    return bool(
        _OCCASION_AFTER.match(text, mention.end)
        or _OCCASION_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    )


@cache
def _side_words(language: str) -> re.Pattern:
    """A side-remark word followed by at most two words, right before a mention ("such as neighbouring"); a
    capitalised word between them only as the head of a list ("like Kenya and"), so that the remark ends before
    the next state ("после визита в Китай президент Алжира": Algeria is no side remark)."""
    fragments = "|".join(f"(?:{p})" for p in entries("side_remarks", language)) or r"(?!x)x"
    word = rf"(?:{_LOWER}|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]*\s+(?:and|or|et|ou|и|или|e|ou|y|o))"
    return compiled(rf"(?<!\w)(?:{fragments})(?:\s+{word}){{0,2}}\s*$", re.IGNORECASE)


_LOWER = r"(?-i:(?![A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’-]+)"  # a word that does not start with a capital
