"""Where an agreement stands (announced, signed, ratified, in force), read from the form of its own verbs.

A sentence often tells more than the signing: "the two countries signed five agreements, which will boost
trade", "ont paraphé un mémorandum qui entrera en vigueur l'an prochain", "подписано соглашение, которое будет
способствовать торговле", "foram assinados cinco acordos, que irão reforçar o comércio". A future anywhere in
the sentence says nothing of the signing; the form of the *signing verb* does. So the status is decided in this
order, each step by an entry of ``data/lang/<lang>.yaml`` (``status`` section):

1. ``agreement_not_signed``: a negated signing ("has not yet been signed", "n'a pas encore été signé",
   "пока не подписано", "ainda não foi assinado", "aún no se ha firmado") → announced.
2. ``agreement_future``: the signing verb in the future, the near future, after a modal or a verb of intent,
   or in a future passive ("will sign", "to be signed", "signeront", "doivent être signés", "подпишут",
   "будут подписаны", "vão assinar", "serão assinados", "firmarán", "tienen previsto firmar") → announced;
   so is an instrument that is the object of an infinitive of intent ("agreed to draft a road map", "sont
   convenus d'élaborer une feuille de route", "договорились разработать дорожную карту":
   ``agreement_to_draft``); so is a signing noun told as a thing to come ("the signing of X is also expected",
   "le programme comprend la signature", "ожидается подписание", "a visita inclui a assinatura", "se prevé la
   firma": ``agreement_signing_ahead``).
   Then ``agreement_initialled``: an initialling with no other signing verb done ("документы парафированы";
   Russian only: the press of the other four uses "initialled", "paraphé", "rubricado" for signed) → announced.
3. ``agreement_in_force``: entering into force, unless told ahead (``agreement_force_ahead``: "will enter
   into force", "entrera en vigueur", "вступит в силу", "entrará em vigor") → in force; a bare "in force" /
   "en vigueur" / "em vigor" (``agreement_force_bare``) counts only when no signing verb is in a done form
   ("signed three documents, including addenda to agreements in force": those are signed).
4. ``agreement_ratified``, unless the verb means "reaffirm" or "conclude" (``agreement_ratify_not``:
   "ratificaron su compromiso", "ratifié entre la société X et la société Y", "submitted for ratification")
   → ratified.
5. ``agreement_signed_done``: the signing verb in a done form — past, perfect, past participle not after a
   future auxiliary — or ``agreement_signing_present``, a headline's present ("Kenya, Uzbekistan sign five
   agreements", "signent", "подписывают", "assinam", "firman") unless a word puts it ahead ("sign tomorrow")
   → signed.
6. ``agreement_in_progress``: an instrument still in the making ("under negotiation", "being finalised", "en
   cours de finalisation", "в стадии согласования", "em fase de negociação", "en proceso de elaboración") →
   announced; so is, in Russian, a signing verb in the infinitive with no done form beside it ("должны
   подписать", "готовы заключить"; read by ``pymorphy3``, the lemmas in ``signing_infinitive_lemmas``), unless
   a verb of achievement governs it ("удалось подписать", ``achieved_before``): the infinitive's governor, a
   modal or a word of intent, is open-ended, so the form of the signing verb decides, not the governor's word.
7. Otherwise the sentence's planned and announced words (``planned``, ``announced``), a word that puts it ahead
   (``to_come``: "signent demain", "assinam amanhã") or a verb in the future by its form (:func:`.tense.future`:
   "culminará com a assinatura", "seront au menu"; not a consequence, "permettra de") → announced; else signed.

Verb forms are listed per language as tables of endings on the signing verbs' stems (sign-, paraph-, conclu-;
подпис-, заключ-; assin-, rubric-; firm-, suscrib-), derived from the conjugation, not from article words.
"""

from __future__ import annotations

import re

from partnerlens.cooperation.extract import tense
from partnerlens.cooperation.extract.vocabulary import language_data, words
from partnerlens.cooperation.person_names import morph
from partnerlens.patterns import compiled

_WORD = compiled(r"[^\W\d_]+")
_AHEAD = ("agreement_future", "agreement_to_draft", "agreement_signing_ahead")  # a signing still to come
_GOVERNOR_REACH = 2  # words before an infinitive where a verb of achievement governs it ("удалось наконец подписать")


def _without(pattern: re.Pattern, text: str) -> str:
    """``text`` with the stretches ``pattern`` matches blanked out (same length, so positions hold)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def signing_done(text: str, language: str) -> bool:
    """Whether a signing verb of ``text`` is in a done form ("signed", "ont signé", "подписали", "assinaram")."""
    ahead = _without(words("agreement_future", language), text)
    if words("agreement_signed_done", language).search(ahead):
        return True
    present = words("agreement_signing_present", language).search(ahead)  # a headline's present: done …
    return bool(present) and not tense.to_come(text, language)  # … unless it points ahead ("sign tomorrow")


def signing_verb(text: str, language: str) -> bool:
    """Whether ``text`` holds a signing verb in any form: done, present or future ("signed", "assinaram",
    "signeront", "подпишут")."""
    return bool(
        words("agreement_signed_done", language).search(text)
        or words("agreement_signing_present", language).search(text)
        or words("agreement_future", language).search(text)
    )


def _in_force(text: str, language: str, done: bool) -> bool:
    bare = words("agreement_force_bare", language)
    cleaned = _without(words("agreement_force_ahead", language), text)
    return any(
        not (done and bare.fullmatch(match.group(0)))
        for match in words("agreement_in_force", language).finditer(cleaned)
    )


def _ratified(text: str, language: str) -> bool:
    cleaned = _without(words("agreement_ratify_not", language), text)
    return bool(words("agreement_ratified", language).search(cleaned))


def _initialled_only(text: str, language: str) -> bool:
    """The only signing verb of ``text`` tells an initialling (``agreement_initialled``: "парафированы";
    none in English, French, Portuguese or Spanish, whose press uses "initialled", "paraphé", "rubricado" for signed)."""
    initialled = words("agreement_initialled", language)
    return bool(initialled.search(text)) and not signing_done(_without(initialled, text), language)


def infinitive_only(text: str, language: str) -> bool:
    """A signing verb of ``text`` is in the infinitive and no verb of achievement governs it (Russian, by its
    morphology: "должны подписать", "готовы заключить"; not "удалось подписать"); see the module docstring."""
    lemmas = set(language_data(language).get("signing_infinitive_lemmas") or [])
    if not lemmas:
        return False
    tokens = _WORD.findall(text)
    achieved = words("achieved_before", language)
    for i, token in enumerate(tokens):
        parse = morph().parse(token.casefold())[0]
        governor = " ".join(tokens[max(0, i - _GOVERNOR_REACH) : i])
        if parse.tag.POS == "INFN" and parse.normal_form in lemmas and not achieved.search(governor):
            return True
    return False


def agreement_status(text: str, language: str) -> str:
    """announced, in_force, ratified or signed for the agreements of sentence ``text`` (see the module docstring)."""
    if words("agreement_not_signed", language).search(text):
        return "announced"
    if any(words(key, language).search(text) for key in _AHEAD):
        return "announced"
    if _initialled_only(text, language):
        return "announced"  # "документы парафированы": to be signed
    if tense.programme_item(text, language):
        return "announced"  # "au programme de la visite, … avant la signature de plusieurs accords"
    done = signing_done(text, language)
    if _in_force(text, language, done):
        return "in_force"
    if _ratified(text, language):
        return "ratified"
    if done:
        return "signed"
    if words("agreement_in_progress", language).search(text) or infinitive_only(text, language):
        return "announced"  # "sont en cours de finalisation", "должны подписать": not signed yet
    if words("planned", language).search(text) or words("announced", language).search(text):
        return "announced"
    if tense.to_come(text, language):  # "assinam amanhã um acordo", "signent demain": a present pointing ahead
        return "announced"
    consequence = words("consequence", language).search(text)  # "l'accord permettra de": what it will bring
    if tense.future(text[: consequence.start()] if consequence else text, language):
        return "announced"  # "culminará com a assinatura", "seront au menu": a future verb when no signing verb decides
    return "signed"
