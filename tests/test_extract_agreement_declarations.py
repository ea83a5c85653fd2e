"""Joint declarations and statements issued, released, published or adopted are agreements (issue 11, session
20): "a joint statement was issued", "une déclaration commune a été publiée", "принято совместное заявление".
The verbs are data (``agreement_signing`` in ``data/event_types.yaml``; the done forms in ``agreement_signed_done``
of ``data/lang/<lang>.yaml``). Invented sentences in English, French and Russian, with Portuguese and Spanish."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements


@pytest.mark.parametrize(
    "text, language",
    [
        ("At the close of the talks, a joint statement was issued.", "en"),
        ("Ghana and Chile released a joint declaration on ocean protection.", "en"),
        ("A joint communique was published after the two ministers met.", "en"),
        ("The two leaders issued a joint statement calling for more flights.", "en"),
        ("À l'issue des entretiens, une déclaration commune a été publiée.", "fr"),
        ("Le Ghana et le Chili ont rendu public un communiqué conjoint sur la pêche.", "fr"),
        ("Une déclaration conjointe a été adoptée au terme de la visite.", "fr"),
        ("La visite s'est achevée par l'adoption d'une déclaration commune sur le climat.", "fr"),
        ("По итогам переговоров было опубликовано совместное заявление.", "ru"),
        ("Совместное заявление о партнерстве было принято в последний день визита.", "ru"),
        ("Стороны обнародовали совместное коммюнике о рыболовстве.", "ru"),
        ("Gana e Chile divulgaram uma declaração conjunta sobre o oceano.", "pt"),
        ("Ghana y Chile emitieron un comunicado conjunto sobre pesca.", "es"),
    ],
)
def test_a_joint_declaration_issued_or_adopted_is_one_signed_agreement(text, language):
    found = agreements(text, language)
    assert [(a.instrument, a.count, a.status) for a in found] == [("joint_declaration", 1, "signed")], found
    assert set(found[0].parties) == {"GHA", "CHL"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two presidents will issue a joint statement on Friday.", "en"),
        ("Les deux présidents doivent publier une déclaration commune vendredi.", "fr"),
        ("В пятницу планируется опубликовать совместное заявление президентов.", "ru"),
    ],
)
def test_a_joint_declaration_to_be_issued_is_announced(text, language):
    found = agreements(text, language)
    assert [(a.instrument, a.status) for a in found] == [("joint_declaration", "announced")], found


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Ghanaian foreign ministry issued a statement on the floods.", "en"),
        ("Le ministère ghanéen a publié un communiqué sur les inondations.", "fr"),
        ("МИД Ганы опубликовал заявление о наводнениях.", "ru"),
    ],
)
def test_a_statement_of_one_side_is_no_agreement(text, language):
    assert agreements(text, language) == []


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile issued a joint statement on fisheries. The joint statement, issued after the talks, "
            "calls for a common fishing zone.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont publié une déclaration conjointe sur la pêche. Dans la déclaration conjointe "
            "publiée après les entretiens, les deux pays appellent à une zone de pêche commune.",
            "fr",
        ),
        (
            "Гана и Чили приняли совместное заявление о рыболовстве. В совместном заявлении, принятом по итогам "
            "переговоров, стороны призвали создать общую зону рыболовства.",
            "ru",
        ),
    ],
)
def test_the_same_declaration_told_twice_is_one_agreement(text, language):
    found = agreements(text, language)
    assert [(a.instrument, a.count) for a in found] == [("joint_declaration", 1)], found


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed an agreement on fisheries, according to the Ghanaian ministry.", "en"),
        ("Ghana and Chile signed a treaty on fisheries, in accordance with conventional practice.", "en"),
        ("Le Chili a signé un accord sur la pêche avec le Ghana, qui lui a accordé un prêt.", "fr"),
        ("Le Ghana et le Chili ont signé un protocole sur la pêche conventionnelle.", "fr"),
    ],
)
def test_words_that_begin_like_an_instrument_are_none(text, language):
    """ "according to", "accordance", "conventional"; "accordé", "conventionnelle": not one more instrument."""
    found = agreements(text, language)
    assert [a.count for a in found] == [1], found


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("Стороны обнародовали совместное коммюнике о рыболовстве.", "ru", 1),
        ("Стороны приняли два совместных коммюнике.", "ru", 2),
    ],
)
def test_an_indeclinable_instrument_is_counted_by_its_adjective(text, language, count):
    """ "коммюнике" does not decline: "совместное коммюнике" is one by its adjective; a number still counts."""
    found = agreements(text, language)
    assert [a.count for a in found] == [count], found


# --- a count told after the instruments by a phrase of number ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("The ministers attended the signing of cooperation agreements, numbering at least nine.", "en", 9),
        ("Les ministres ont assisté à la signature des accords, qui sont au nombre de neuf.", "fr", 9),
        ("Les ministres assisteront à la signature des accords, qui seront au nombre d'au moins neuf.", "fr", 9),
        ("Министры подписали соглашения о сотрудничестве, всего их девять.", "ru", 9),
        ("Министры подписали соглашения о сотрудничестве в количестве девяти.", "ru", 9),
    ],
)
def test_a_count_told_after_by_a_phrase_of_number_counts_the_instruments(text, language, count):
    found = agreements(text, language)
    assert [a.count for a in found] == [count], found


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "A package of documents will be signed during the visit, nine in all, among them an agreement on mutual "
            "travel of citizens.",
            "en",
        ),
        (
            "Un paquet de documents sera signé pendant la visite, au nombre de neuf, dont un accord sur les "
            "voyages des citoyens.",
            "fr",
        ),
        (
            "К визиту подготовлен пакет документов, всего их девять, в их числе — соглашение о взаимных поездках "
            "граждан.",
            "ru",
        ),
    ],
)
def test_a_package_counted_after_keeps_its_count_beside_a_named_instrument(text, language):
    found = agreements(text, language)
    assert 9 in [a.count for a in found], found


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The presidents will attend the signing of cooperation agreements, numbering twelve. Last April the two "
            "countries had signed several agreements on health and tourism.",
            "en",
        ),
        (
            "Les présidents assisteront à la signature des accords, qui seront au nombre de douze. En avril, les deux "
            "pays avaient signé plusieurs accords dans la santé et le tourisme.",
            "fr",
        ),
        (
            "Президенты подпишут соглашения, всего их двенадцать. В апреле страны уже подписали несколько "
            "соглашений в области здравоохранения и туризма.",
            "ru",
        ),
    ],
)
def test_a_batch_to_be_signed_takes_no_areas_from_one_signed_before(text, language):
    found = agreements(text, language)
    twelve = [a for a in found if a.count == 12]
    assert len(twelve) == 1 and twelve[0].sectors == [], found
