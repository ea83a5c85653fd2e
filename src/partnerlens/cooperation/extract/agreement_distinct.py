"""Which agreements told in an article are one and which are several, for merging (:mod:`.merge`): told in the
same sentence, told as others or as one more ("other agreements", "They also signed …"), one announced and one
signed earlier, of different instruments or counts, a part of a batch told with an approximate count. Split from
:mod:`.agreements`, which reads each sentence's agreements; merging has no language at hand, so every rule here
tries the five languages' words (which are distinct across them).
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.agreement_sectors import approximate_counts
from partnerlens.cooperation.extract.agreements import _first_instrument
from partnerlens.cooperation.extract.sectors import readings as lemma_readings
from partnerlens.cooperation.extract.status import signing_done
from partnerlens.cooperation.extract.vocabulary import LANGUAGES, language_data, words
from partnerlens.cooperation.models import Proposal
from partnerlens.cooperation.quantities import count_value


def distinct(old: Proposal, new: Proposal) -> bool:
    """Two agreements that cannot be one: told in the same sentence (several instruments), the later told as
    others ("other agreements could be signed", "d'autres accords", "другие соглашения"), one to be signed and
    one told as signed (the tense of the signing tells two batches: "will adopt agreements during the visit" and
    "as a prelude, officials signed two agreements"; "signeront des accords" and "avaient signé dix accords"), the later told as one more signing
    ("They also signed a number of documents", "Ils ont également signé …", "Стороны также подписали …": see
    :func:`_additional`), of different instruments or counts, or each a single instrument of its own ("signed a
    memorandum …", "… also signed a memorandum …")."""
    if old.evidence == new.evidence or others(new.evidence.text):
        return True
    if told_earlier(old.evidence.text) != told_earlier(new.evidence.text):
        return True  # "seven agreements were signed" today and "at the last visit, they signed agreements": two
    if None in (old.count, new.count) and _additional(new.evidence.text):
        return True
    if {old.status, new.status} == {"announced", "signed"}:  # "will sign conventions" is not "had signed in 2006",
        return True  # nor "as a prelude to the visit, officials signed two agreements": a tense of its own, a batch
    if _generic_again(old, new):
        return False  # "… three memorandums. The agreements were signed in the health and oil sectors": the same batch
    if old.instrument and new.instrument and old.instrument != new.instrument:
        return True
    if new.count in (None, old.count) and told_again(new.evidence.text):
        return False  # "The framework agreement was signed by the ministers": the one already told
    if _part_of_about(old, new) or _part_of_about(new, old):
        return True
    if {old.count, new.count} == {1, None}:  # "signed a memorandum" is not "signed several agreements"
        vague = old if old.count is None else new
        if _plural(vague.evidence.text):
            return True
    return old.count is not None and new.count is not None and (old.count != new.count or old.count == 1)


def _generic_again(old: Proposal, new: Proposal) -> bool:
    """``new`` tells ``old``'s batch again by the generic noun: a definite plural subject with no count of its own
    ("The agreements were signed in …", "Les accords ont été signés dans …", "Эти соглашения подписаны …", "Os
    acordos serão assinados …") after a batch told by its kind ("three memorandums of understanding") — the
    generic word covers every kind, so it names no other instrument (x16sectors: its areas are that batch's)."""
    if new.instrument not in (None, "agreement") or new.count is not None or old.count == 1:
        return False
    text = new.evidence.text
    plural = _plural(text) or _PLURAL_DEMONSTRATIVE.match(text) is not None  # "соглашения" may be a genitive singular
    return old.instrument not in (None, "agreement") and told_again(text) and plural


_PLURAL_DEMONSTRATIVE = re.compile(r"\W*(?:эти|данные|указанные)\s", re.IGNORECASE)


def _part_of_about(batch: Proposal, other: Proposal) -> bool:
    """``batch`` is told with an approximate count ("environ trente accords", "about 30 agreements", "около 30
    соглашений") that ``other``'s count is not: "deux conventions ont été signées dans l'énergie" is a part of it,
    not the batch told again."""
    if batch.count is not None or other.count is None:
        return False
    about = approximate_counts(batch.evidence.text)
    return bool(about) and other.count not in about


def _plural(text: str) -> bool:
    """The first instrument ``text`` names is plural ("plusieurs accords", "agreements", "соглашения"), in
    whichever language names one (merging has no language at hand)."""
    for language in LANGUAGES:
        first = _first_instrument(text, language)
        if first is None:
            continue
        head = first[0].group(0).split()[0]
        if language == "ru":
            found = [r for r in lemma_readings(head) if r.tag.POS == "NOUN"]
            return bool(found) and all(r.tag.number == "plur" for r in found)
        return head.casefold().endswith(("s", "x"))
    return False


def others(text: str) -> bool:
    """The sentence tells of *other* instruments: "other agreements", "d'autres accords", "и другие соглашения",
    "outros acordos" (a word of ``agreement_others`` at most one word before an instrument, in any language:
    merging has no language at hand, and these words are distinct across the five)."""
    for language in LANGUAGES:
        for match in words("agreement_others", language).finditer(text):
            after = text[match.end() : match.end() + 40]
            first = _first_instrument(after, language)
            if first is not None and re.fullmatch(r"\W*(?:[\w'’-]+\s+)?", after[: first[0].start()]):
                return True
    return False


def told_earlier(text: str) -> bool:
    """The sentence tells its signing at an earlier occasion ("during the last visit", "lors de la précédente
    visite", "na recente visita", "в ходе прошлого визита"): ``agreement_earlier_occasion`` in any language (merging
    has no language at hand). A tense alone does not make another batch: "Les deux dirigeants avaient auparavant signé
    dix accords", after the day's press conference, recaps the day's signing told before it."""
    return any(words("agreement_earlier_occasion", language).search(text) for language in LANGUAGES)


def _additional(text: str) -> bool:
    """The sentence tells its signing as one more: an additive adverb before its first instrument ("They have also
    signed a number of documents", "Ils ont également signé", "Стороны также подписали", "Também foram
    assinados", "Además se firmaron": ``agreement_also``) and a signing verb in a done form, or a signing noun told
    ahead with the adverb in its phrase ("the signing of agreements is also expected", "la signature … est
    également prévue", "также ожидается подписание", "também está prevista a assinatura", "también se prevé la
    firma": ``agreement_signing_ahead``). Any language (merging has no language at hand; the words are distinct
    across the five)."""
    for language in LANGUAGES:
        first = _first_instrument(text, language)
        if first is None:
            continue
        also = words("agreement_also", language).search(text, 0, first[0].start())
        if also is not None and signing_done(text, language):
            return True
        ahead = words("agreement_signing_ahead", language).search(text)  # "the signing of X is also expected"
        if ahead is not None and words("agreement_also", language).search(
            text, max(0, ahead.start() - 20), ahead.end()
        ):
            return True
    return False


_OPENING = 1  # words between the determiner and the instrument ("The cultural agreement", "Les six instruments")


def told_again(text: str) -> bool:
    """The sentence opens with its instrument led by a definite determiner, as the subject of what follows: "The
    framework agreement was signed by …", "L'accord-cadre a été signé par …", "Les accords ont été signés, côté
    algérien, par …", "Эти соглашения подписали …", "Os acordos foram assinados por …" (``agreement_definite``),
    or a preposition with its determiner ("In the joint statement issued after the talks, …", "Dans la déclaration
    commune publiée …", "В совместном заявлении, принятом …": ``agreement_told_in``).
    A definite subject is given information: an instrument already told, not a new one; one picked out by an
    ordinal or a count ("Le deuxième mémorandum", "the first agreement", "the two memorandums":
    ``agreement_part_words``, numbers) is a part of a batch and stays apart. Any language (merging has
    no language at hand)."""
    for language in LANGUAGES:
        first = _first_instrument(text, language)
        if first is None:
            continue
        determiners = "|".join(f"(?:{d})" for d in language_data(language).get("agreement_definite") or [])
        opening = rf"\W*(?:{determiners})(?:\s+|(?<=['’]))(?:[\w-]+\s+){{0,{_OPENING}}}"
        head = text[: first[0].start()]
        told = re.fullmatch(opening, head, re.IGNORECASE) if determiners else None
        leads = "|".join(f"(?:{d})" for d in language_data(language).get("agreement_told_in") or [])
        if told is None and leads:  # "In the joint statement issued …", "Dans la déclaration …", "В заявлении …"
            told = re.fullmatch(rf"\W*(?:{leads})\s*", head, re.IGNORECASE)
        if told is not None and not _picked_out(head, language):
            return True
    return False


def _picked_out(head: str, language: str) -> bool:
    """A word of ``head`` (the words before the instrument) is an ordinal, "last", "other" or a number."""
    parts = language_data(language).get("agreement_part_words") or []
    found = re.search(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", head, re.IGNORECASE) if parts else None
    return found is not None or any(count_value(w) is not None for w in re.findall(r"[\w-]+", head))
