"""Agreements: how many instruments a signing is and which signings are one (issue 11, eighth session), on invented
sentences in English, French, Russian, Portuguese and Spanish: topics coordinated each with its own preposition
("agreements on X, on Y and on Z" is three), a quoted name after the article ("a "Goodwill Protocol""), a package
or series of documents, initialled instruments, number words of one language only ("once", "seize", "семью"), a number that
counts the signing states rather than the instruments ("os dois países assinaram acordos"), and a signing told
with "also" after another (one more batch, not the same told again)."""

from __future__ import annotations

from datetime import date

import pytest

from _agreement_leads import agreements

# --- topics coordinated each with its own preposition -----------------------------------------


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("The ministers signed agreements on fisheries, on customs and on visa-free travel.", "en", 3),
        ("Les ministres ont signé des accords sur la pêche et sur les douanes.", "fr", 2),
        ("Министры подписали соглашения о рыболовстве, о таможенном сотрудничестве и об отмене виз.", "ru", 3),
        ("Os ministros assinaram acordos sobre pescas e sobre alfândegas.", "pt", 2),
        ("Los ministros firmaron acuerdos sobre pesca, sobre aduanas y sobre visados.", "es", 3),
    ],
)
def test_topics_each_with_its_own_preposition_count_the_instruments(text, language, count):
    (found,) = agreements(text, language)
    assert found.count == count


@pytest.mark.parametrize(
    "text, language",
    [
        ("The ministers signed agreements on fisheries and customs.", "en"),  # one preposition for both topics
        ("The ministers signed agreements on fisheries, and on Tuesday they visited the port.", "en"),  # a date
        ("Les ministres ont signé des accords sur la pêche et les douanes.", "fr"),
        ("Министры подписали соглашения о рыболовстве и таможне.", "ru"),
        ("Os ministros assinaram acordos sobre pescas e alfândegas.", "pt"),
    ],
)
def test_topics_under_one_preposition_leave_the_count_unknown(text, language):
    (found,) = agreements(text, language)
    assert found.count is None


# --- a number that counts the states, not the instruments ----------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Os dois países assinaram acordos sobre turismo.", "pt"),
        ("Los dos países firmaron acuerdos sobre turismo.", "es"),
        ("Две страны подписали соглашения о туризме.", "ru"),
        ("Two neighbouring states signed agreements on tourism.", "en"),
        ("Deux pays voisins ont signé des accords sur le tourisme.", "fr"),
    ],
)
def test_a_number_before_the_signing_verb_counts_the_signatories_not_the_agreements(text, language):
    (found,) = agreements(text, language)
    assert found.count is None
    assert found.sectors == ["tourism"]


def test_a_number_after_the_signing_verb_still_counts_the_agreements():
    (found,) = agreements("Os dois países assinaram cinco acordos sobre turismo.", "pt")
    assert found.count == 5


# --- number words of one language only ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("Los ministros firmaron once acuerdos de cooperación.", "es", 11),  # English "once" is no hedge here
        ("Se suscribieron once convenios.", "es", 11),
        ("Les ministres ont signé seize accords de coopération.", "fr", 16),
        ("Министры подписали одиннадцать соглашений о сотрудничестве.", "ru", 11),
        ("The ministers signed eleven cooperation agreements.", "en", 11),
        ("В присутствии президентов состоялся обмен семью документами, подписанными в ходе визита.", "ru", 7),
        ("Стороны обменялись семью подписанными соглашениями.", "ru", 7),  # a participle after the number
    ],
)
def test_number_words_that_are_words_of_another_language_count_in_their_own(text, language, count):
    (found,) = agreements(text, language)
    assert (found.count, found.status) == (count, "signed")


# --- a quoted name after the article ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, name",
    [
        ('The chamber of commerce signed a "Goodwill Protocol" with its Ghanaian peer.', "en", "protocol"),
        ("The ministers signed a 'Green Road Map' for industry.", "en", "roadmap"),
        ("La chambre de commerce a signé un « Nouveau Protocole d'amitié » avec son homologue.", "fr", "protocol"),
        ('A câmara assinou um "Novo Protocolo de Amizade" com a sua congénere.', "pt", "protocol"),
        ('La cámara firmó un "Nuevo Protocolo de Amistad" con su homóloga.', "es", "protocol"),
        ("Палаты подписали «Протокол о дружбе».", "ru", "protocol"),  # Russian: the singular noun says one
    ],
)
def test_an_instrument_named_in_quotes_after_an_article_is_one(text, language, name):
    (found,) = agreements(text, language)
    assert (found.count, found.instrument) == (1, name)


# --- a package of documents, initialled instruments -------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Following the talks, a package of documents was signed.", "en"),
        ("À l'issue des entretiens, un ensemble de documents a été signé.", "fr"),
        ("По итогам переговоров подписан пакет документов.", "ru"),
        ("No final das conversações, foi assinado um pacote de documentos.", "pt"),
        ("Al término de las conversaciones se firmó un paquete de documentos.", "es"),
    ],
)
def test_a_package_of_documents_is_a_signing_of_unknown_count(text, language):
    (found,) = agreements(text, language)
    assert (found.count, found.status, found.instrument) == (None, "signed", "agreement")


@pytest.mark.parametrize(
    "text, language",
    [
        ("The ministers initialled an agreement on health.", "en"),
        ("Les ministres ont paraphé un accord sur la santé.", "fr"),
        ("Министры парафировали соглашение в сфере здравоохранения.", "ru"),
    ],
)
def test_an_initialled_instrument_is_an_agreement(text, language):
    (found,) = agreements(text, language)
    assert (found.count, found.sectors) == (1, ["health"])


# --- "also signed": one more batch --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Following the talks, a package of documents was signed. "
            "They have also signed a number of documents on health and education.",
            "en",
        ),
        (
            "À l'issue des entretiens, un ensemble de documents a été signé. "
            "Les deux parties ont également signé plusieurs accords sur la santé.",
            "fr",
        ),
        (
            "По итогам переговоров подписан пакет документов. "
            "Стороны также подписали ряд соглашений в сфере здравоохранения.",
            "ru",
        ),
        (
            "No final das conversações, foi assinado um pacote de documentos. "
            "Os dois países também assinaram acordos na área da saúde.",
            "pt",
        ),
        (
            "Al término de las conversaciones se firmó un paquete de documentos. "
            "Ambos países también firmaron acuerdos en materia de salud.",
            "es",
        ),
    ],
)
def test_a_signing_told_with_also_is_one_more_batch(text, language):
    first, second = agreements(text, language)
    assert first.sectors == []
    assert "health" in second.sectors


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Following the talks, a package of documents was signed. "
            "The parties signed intergovernmental agreements on oil supplies, on rail freight and on a consulate.",
            "en",
        ),
        (
            "По итогам переговоров подписан пакет документов. "
            "Стороны подписали соглашения о поставках нефти, о грузоперевозках и об открытии консульства.",
            "ru",
        ),
    ],
)
def test_the_package_told_again_with_its_topics_is_one_agreement_of_that_count(text, language):
    (found,) = agreements(text, language)
    assert found.count == 3


# --- a definite instrument opening a sentence is one already told ------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Chile and Ghana signed a framework agreement on culture. "
            "The framework agreement was signed by the two foreign ministers.",
            "en",
        ),
        (
            "Le Chili et le Ghana ont signé un accord-cadre culturel. "
            "L'accord-cadre culturel a été signé par les deux ministres des Affaires étrangères.",
            "fr",
        ),
        (
            "Чили и Гана подписали рамочное соглашение о культурном сотрудничестве. "
            "Это соглашение подписали министры иностранных дел двух стран.",
            "ru",
        ),
        (
            "O Chile e o Gana assinaram um acordo-quadro cultural. "
            "O acordo-quadro foi assinado pelos ministros dos Negócios Estrangeiros.",
            "pt",
        ),
        (
            "Chile y Ghana firmaron un acuerdo marco cultural. "
            "El acuerdo marco fue firmado por los cancilleres de ambos países.",
            "es",
        ),
    ],
)
def test_an_instrument_told_again_as_a_definite_subject_is_the_same_agreement(text, language):
    (found,) = agreements(text, language)
    assert (found.count, found.sectors) == (1, ["culture"])


@pytest.mark.parametrize(
    "text, language",
    [
        (  # an ordinal picks out a part
            "Chile and Ghana signed three memorandums. The second memorandum was signed by the health ministers.",
            "en",
        ),
        (  # a definite object is no subject told again
            "Chile and Ghana signed an agreement on culture. The ministers also signed the agreement on visas.",
            "en",
        ),
        (
            "Le Chili et le Ghana ont signé trois mémorandums. "
            "Le deuxième mémorandum a été signé par les ministres de la Santé.",
            "fr",
        ),
    ],
)
def test_an_ordinal_or_a_definite_object_is_not_told_again(text, language):
    assert len(agreements(text, language)) == 2


@pytest.mark.parametrize(
    "when, precision, kept",
    [
        (date(2019, 1, 1), "year", False),  # "a cross year of culture in 2019", told in a 2016 dispatch
        (date(2016, 12, 1), "month", True),
        (date(2016, 11, 30), "day", True),
        (date(2017, 1, 5), "day", False),
    ],
)
def test_a_signing_told_as_done_takes_no_date_after_the_dispatch(when, precision, kept):
    from partnerlens.cooperation.extract.agreement_dates import after_dispatch
    from partnerlens.cooperation.extract.context import ArticleContext
    from partnerlens.cooperation.models import Evidence, Proposal

    text = "Среди подписанных документов — декларация о перекрёстном годе культуры в 2019 году."
    context = ArticleContext(text, "ru", [], [], [], [], (), published=date(2016, 12, 1))
    signing = Proposal(
        kind="agreement",
        status="signed",
        date=when,
        date_precision=precision,
        evidence=Evidence(text=text, start=0, end=len(text)),
    )
    assert (after_dispatch(signing, context) == {}) is kept
    announced = signing.model_copy(update={"status": "announced"})
    assert after_dispatch(announced, context) == {}  # a signing to come may well be dated later
