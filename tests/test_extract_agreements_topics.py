"""Agreements on invented sentences (issue 11, agreements round 4): an instrument's areas are its own (read from
its title and what follows it, plus a topic phrase the sentence opens with), not the context of the sentence;
plural instruments joined with nothing of their own are one batch; a batch told with an approximate count keeps
its parts ("deux conventions ont été signées dans l'énergie") apart."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements


@pytest.mark.parametrize(
    "text, language",
    [
        ("During talks focused on trade and energy, the ministers signed a memorandum on health.", "en"),
        ("At the business forum on mining and tourism, the two sides signed an agreement on healthcare.", "en"),
        (
            "Lors des entretiens consacrés au commerce et à l'énergie, les ministres ont signé un accord dans le domaine de la santé.",
            "fr",
        ),
        ("En marge du forum sur les mines et le tourisme, un mémorandum sur la santé publique a été signé.", "fr"),
        (
            "В ходе переговоров о торговле и энергетике министры подписали меморандум о сотрудничестве в сфере здравоохранения.",
            "ru",
        ),
        ("На полях форума по горнодобывающей промышленности и туризму подписано соглашение о здравоохранении.", "ru"),
        (
            "Durante a reunião, centrada no comércio e na energia, os ministros assinaram um memorando de entendimento na área da saúde.",
            "pt",
        ),
        (
            "Durante la reunión, centrada en el comercio y la energía, los ministros firmaron un convenio en materia de salud.",
            "es",
        ),
    ],
)
def test_the_sentence_context_is_not_the_instruments_area(text, language):
    found = agreements(text, language)
    assert [a.sectors for a in found] == [["health"]]


@pytest.mark.parametrize(
    "text, language",
    [
        ("In the energy sector, the two sides signed a memorandum between the national oil companies.", "en"),
        ("As for energy, a memorandum was signed between the national oil companies.", "en"),
        ("Dans le secteur de l'énergie, un mémorandum d'entente a été signé entre les compagnies pétrolières.", "fr"),
        ("En matière d'énergie, les deux pays ont signé un protocole entre leurs compagnies nationales.", "fr"),
        ("В сфере энергетики стороны подписали меморандум между национальными нефтяными компаниями.", "ru"),
        ("Na área da energia, foi assinado um memorando entre as companhias petrolíferas nacionais.", "pt"),
        ("En materia de energía, se firmó un memorando entre las compañías petroleras nacionales.", "es"),
    ],
)
def test_a_topic_the_sentence_opens_with_is_the_instruments(text, language):
    found = agreements(text, language)
    assert ["energy"] in [a.sectors for a in found]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chile and Ghana signed agreements and memorandums on security, trade and culture.", "en"),
        (
            "Le Chili et le Ghana ont signé des accords de coopération, des conventions et des mémorandums sur la sécurité, le commerce et la culture.",
            "fr",
        ),
        ("Чили и Гана подписали соглашения и меморандумы в сферах безопасности, торговли и культуры.", "ru"),
        (
            "O Chile e o Gana assinaram acordos de cooperação e memorandos nas áreas da segurança, do comércio e da cultura.",
            "pt",
        ),
        ("Chile y Ghana firmaron acuerdos y memorandos en materia de seguridad, comercio y cultura.", "es"),
    ],
)
def test_plural_instruments_joined_bare_are_one_batch(text, language):
    found = agreements(text, language)
    assert len(found) == 1
    assert found[0].count is None and {"security_defence", "trade", "culture"} <= set(found[0].sectors)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Chile and Ghana signed two agreements and three memorandums.", "en"),
        ("Le Chili et le Ghana ont signé deux accords et trois mémorandums.", "fr"),
        ("Чили и Гана подписали два соглашения и три меморандума.", "ru"),
    ],
)
def test_counted_instruments_joined_stay_apart(text, language):
    assert [a.count for a in agreements(text, language)] == [2, 3]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Chile and Ghana signed about thirty agreements and memorandums. In the energy sector, two agreements were "
            "signed. In the tourism sector, three agreements were signed.",
            "en",
        ),
        (
            "Le Chili et le Ghana ont signé environ trente accords, conventions et mémorandums. Dans le secteur de "
            "l'énergie, deux conventions ont été signées. Dans le secteur du tourisme, trois conventions ont été signées.",
            "fr",
        ),
        (
            "Чили и Гана подписали около тридцати соглашений и меморандумов. В сфере энергетики подписаны два "
            "соглашения. В сфере туризма подписаны три соглашения.",
            "ru",
        ),
    ],
)
def test_parts_of_a_batch_told_with_an_approximate_count_stay_apart(text, language):
    found = agreements(text, language)
    assert [(a.count, a.sectors) for a in found] == [(None, ["energy", "tourism"]), (2, ["energy"]), (3, ["tourism"])]


# --- statuses: what is not signed during the visit is not dated by it ----------------------------------------


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("The parliament of Ghana ratified the free trade agreement with Chile.", "en", "ratified"),
        ("The sides agreed to sign a memorandum on energy.", "en", "announced"),
        ("The free trade agreement will enter into force next year.", "en", "announced"),
        ("Le parlement ghanéen a ratifié l'accord de libre-échange avec le Chili.", "fr", "ratified"),
        ("Les deux parties ont convenu de signer un mémorandum sur l'énergie.", "fr", "announced"),
        ("Парламент Ганы ратифицировал соглашение о свободной торговле с Чили.", "ru", "ratified"),
        ("Стороны договорились подписать соглашение об энергетике.", "ru", "announced"),
        ("O parlamento do Gana ratificou o acordo de comércio livre com o Chile.", "pt", "ratified"),
        ("Los dos países acordaron firmar un memorando sobre energía.", "es", "announced"),
    ],
)
def test_an_agreement_not_signed_during_the_visit_takes_no_date_from_it(text, language, status):
    found = agreements(text, language)
    assert [a.status for a in found] == [status]
    assert found[0].date is None or found[0].date.year == 2026  # "next year": its own date, not the visit's
    assert found[0].instrument != "treaty"  # "договорились" (agreed) names no treaty


# --- signing verbs: sealed, adopted a declaration ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, instrument",
    [
        ("The two countries sealed an agreement on energy cooperation.", "en", "agreement"),
        ("The leaders adopted a Joint Declaration on strategic partnership.", "en", "joint_declaration"),
        ("The ministers adopted the road map for trade cooperation.", "en", "roadmap"),
        ("Les deux pays ont scellé un accord de coopération dans le domaine de l'énergie.", "fr", "agreement"),
        ("Les deux parties ont adopté une déclaration conjointe.", "fr", "joint_declaration"),
        ("Les ministres ont adopté une feuille de route pour le commerce.", "fr", "roadmap"),
        ("Стороны приняли совместную декларацию о стратегическом партнёрстве.", "ru", "joint_declaration"),
        ("Министры приняли дорожную карту по развитию торговли.", "ru", "roadmap"),
        ("Os dois países selaram um acordo de cooperação na área da energia.", "pt", "agreement"),
        ("As partes adotaram uma declaração conjunta.", "pt", "joint_declaration"),
        ("Ambos países sellaron un acuerdo de cooperación energética.", "es", "agreement"),
        ("Las partes adoptaron una declaración conjunta.", "es", "joint_declaration"),
    ],
)
def test_sealed_and_adopted_instruments_are_signed(text, language, instrument):
    found = agreements(text, language)
    assert [(a.instrument, a.status) for a in found] == [(instrument, "signed")]
