"""Instruments listed after a signing, in sentences with no signing verb of their own.

Dispatches often report the signing once and then list what was signed:
"Five agreements were signed on Tuesday. Among them, a memorandum on energy and
an agreement on health." — "A ceux-ci s'ajoutent un accord de coopération
militaire et un accord sur les investissements." — "Entre os acordos,
destacam-se: - Memorando de entendimento em inteligência artificial …" — "В
их числе — меморандум о сотрудничестве в сфере здравоохранения." Each listed
instrument is an agreement of that signing: its status, date and parties are
the signing's; its count, instrument and sectors are its own.

A sentence is read as such a list only when all of these hold:

* it follows a signing (an agreement proposal) of the article by at most
  ``_REACH`` characters, or follows another listed sentence so (bulleted lists);
* no event or agreement was read in it (it has no signing verb of its own);
* it names an instrument that is *listed*: a bullet line beginning with it, a
  line that is an instrument's title (its capitalised singular noun first:
  "Agreement between the Government of … on …", "Соглашение о …"), or
  an instrument led by an indefinite article or a count ("un", "two", "три"),
  in a sentence that begins with it or holds a listing cue of the language
  (``agreement_list_cues`` in ``data/lang/<lang>.yaml``: "among them", "à
  ceux-ci s'ajoutent", "в том числе", "destacam-se", "entre ellos");
* it tells of no other, earlier or hypothetical instrument ("had signed",
  "other agreements", "could", "négocient"; ``agreement_earlier``,
  ``agreement_others``, ``agreement_unsigned`` and the hedges).

A definite reference ("the agreement provides for …", "ces accords visent à …")
is never a new agreement: the instrument must be led by an indefinite article,
a count, a bullet, or (Russian, which has no articles) a listing cue.
"""

from __future__ import annotations

import re
from functools import cache

from partnerlens.cooperation.extract.agreement_distinct import others
from partnerlens.cooperation.extract.agreement_sectors import remainder, signers_areas
from partnerlens.cooperation.extract.agreements import BULLET, agreement_fields, irregular_plural, items
from partnerlens.cooperation.extract.context import ArticleContext, Draft, evidence
from partnerlens.cooperation.extract.sectors import readings as lemma_readings
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.sentences import Sentence
from partnerlens.cooperation.extract.vocabulary import event_vocabulary, language_data, words

_REACH = 600  # characters between the signing (or the previous listed sentence) and the list
_OPENING_WORDS = 4  # an instrument this close to the sentence's start "begins" it ("Par ailleurs, un accord …")


@cache
def _leads(language: str) -> tuple[re.Pattern, ...]:
    """The language's own leads only: an English "a" is a French verb and a Portuguese article."""
    return tuple(
        re.compile(rf"(?<!\w){p}", re.IGNORECASE) for p in language_data(language).get("agreement_list_leads") or []
    )


def _led(text: str, start: int, language: str) -> bool:
    """The instrument at ``start`` is led by an indefinite article or a count ("un", "two", "три")."""
    before = text[max(0, start - 60) : start]
    return any(p.search(before) for p in _leads(language))


def _opens(text: str, start: int) -> bool:
    """The instrument is among the first words of the sentence (after a bullet or a short opening)."""
    head = BULLET.sub("", text[:start])
    return len(re.findall(r"[\w'’-]+", head)) <= _OPENING_WORDS


def _singular(name: str, language: str) -> bool:
    """The instrument's noun is singular ("Memorando", "меморандум"; not "accords", "соглашения")."""
    head = name.split()[0]
    if language == "ru":
        found = [r for r in lemma_readings(head) if r.tag.POS == "NOUN"]
        return bool(found) and all(r.tag.number == "sing" for r in found)
    return not head.casefold().endswith(("s", "x")) and not irregular_plural(head, language)


def listed_instruments(text: str, language: str, line: bool = False) -> bool:
    """``text`` lists at least one instrument (see the module docstring); ``line``: it begins a line."""
    bullet = BULLET.match(text) is not None
    cue = words("agreement_list_cues", language).search(text) is not None
    for item in items(text, language):
        start = item.match.start()
        if bullet and _opens(text, start) or line and _title_line(text, item.match, language):
            return True
        if _led(text, start, language) and (cue or _opens(text, start)):
            return True
    return False


def bullet_item(text: str, language: str) -> bool:
    """``text`` is a bullet line that opens with an instrument ("- Agreement on transport, which provides for study
    visits", "- Mémorandum sur la santé, qui prévoit des visites d'experts", "- Соглашение о транспорте,
    предусматривающее визиты специалистов"): a listed instrument, whatever event its description names."""
    found = items(text, language)
    return BULLET.match(text) is not None and bool(found) and _opens(text, found[0].match.start())


def _title_line(text: str, match: re.Match, language: str) -> bool:
    """A line that is an instrument's title, as official lists of signed documents give them with no bullet:
    it begins with the instrument's capitalised singular noun ("Agreement between the Government of … on …",
    "Memorandum of Understanding on …", "Accord de coopération dans le domaine de …", "Соглашение о …")."""
    head = match.group(0)
    return match.start() == len(text) - len(text.lstrip()) and head[:1].isupper() and _singular(head, language)


def _told_otherwise(text: str, language: str) -> bool:
    """An earlier, other, unsigned or hypothetical instrument: not one of the signing's."""
    _, _, hedges = event_vocabulary()
    hedge = hedges.get(language) or hedges["en"]
    return bool(
        words("agreement_earlier", language).search(text)
        or words("agreement_unsigned", language).search(text)
        or hedge.search(text)
        or others(text)
        and not remainder(text)  # "les deux autres accords": the rest of the batch, not others
    )


def listed_drafts(sentence: Sentence, context: ArticleContext, signing: Draft | None, since: int) -> list[Draft]:
    """The agreements ``sentence`` lists after ``signing`` (told, or last listed, up to offset ``since``);
    empty when the sentence is no such list."""
    if signing is None or sentence.start - since > _REACH or signing.proposal.kind != "agreement":
        return []
    language, text = context.language, sentence.text
    line = sentence.start == 0 or context.text[: sentence.start].rstrip(" \t").endswith("\n")
    if not listed_instruments(text, language, line) or _told_otherwise(text, language):
        return []
    base = signing.proposal
    drafts = []
    for item in items(text, language):
        own = text[item.start : item.end]
        fields = agreement_fields(own, language, base.type or "")
        areas = signers_areas(
            sectors(own, language, goods_only=False), own, language
        )  # "entre o Ministério da Saúde e …"
        fields |= {"instrument": item.name, "sectors": areas, "title": None}
        if fields["count"] is None and (BULLET.match(text) or line) and _singular(item.match.group(0), language):
            fields["count"] = 1  # "- Memorando de entendimento em …": one instrument per bullet
        if item.elliptic:
            fields["count"] = 1  # "… et un autre sur la culture"
        update = fields | {"evidence": evidence(sentence), "people": [], "bodies": []}
        drafts.append(Draft(base.model_copy(update=update), [evidence(sentence)], complete=True))
    return drafts


def refer_back(
    sentence: Sentence, context: ArticleContext, signing: Draft | None, since: int, drafts: list[Draft] | None = None
) -> bool:
    """A sentence that speaks of the instruments just signed ("Ces accords portent sur la sécurité et la
    jeunesse", "The documents cover energy", "Эти документы касаются энергетики", "Os acordos abrangem …":
    ``agreement_references`` in the language file) tells that signing's areas: its sectors and the sentence
    go to it, wherever the paragraph breaks. False (nothing done) when the sentence is no such reference."""
    if signing is None or sentence.start - since > _REACH or signing.proposal.kind != "agreement":
        return False
    reference = words("agreement_references", context.language).search(sentence.text)
    if not reference:
        return False
    signing = _plural_total(reference.group(0), signing, drafts or [], context.language)
    named = sectors(sentence.text, context.language, goods_only=False)
    proposal = signing.proposal
    signing.proposal = proposal.model_copy(update={"sectors": list(dict.fromkeys(proposal.sectors + named))})
    if evidence(sentence) not in signing.evidence:
        signing.evidence.append(evidence(sentence))
    return True


def _plural_total(reference: str, signing: Draft, drafts: list[Draft], language: str) -> Draft:
    """The signing a reference speaks of: a plural one ("ces accords", "these agreements", "esses acordos",
    "эти соглашения", or a plural pronoun) told after a single instrument ("… un mémorandum sur les consultations
    politiques. D'autres domaines ont été couverts par ces accords, dont le sport") is the latest batch of several
    signed before it, when there is one; a singular one ("cet accord porte sur …") is the instrument just told."""
    if signing.proposal.count != 1 or any(_singular(i.match.group(0), language) for i in items(reference, language)):
        return signing
    batches = [
        d
        for d in drafts
        if d is not signing
        and d.proposal.kind == "agreement"
        and (d.proposal.count or 0) > 1
        and d.evidence
        and signing.evidence
        and d.evidence[0].start < signing.evidence[0].start
    ]
    return batches[-1] if batches else signing
