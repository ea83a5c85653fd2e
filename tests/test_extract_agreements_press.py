"""Agreements in the forms the press uses (issue 11, agreements on unseen articles): every sentence here is invented,
in each language's wire, communiqué or "signing ceremony" style. The classes: signings whose parties are told as
"the two governments / delegations / nations" (the closed class of ``pair_words``); plural instrument nouns that end
in neither -s nor -x ("memoranda"); a list of instruments announced by "the following documents:" and given below
it, one per bullet line, whose areas the announcing total takes; a Russian signing told by a short passive
participle ("подписан пакет документов") dated by the weekday of its own sentence."""

from __future__ import annotations

import pytest

from _agreement_leads import LEADS, PUBLISHED, agreements
from partnerlens.cooperation.extract import extract_text

# --- parties told as "the two X" --------------------------------------------------------------------------------

# a lead that names each state once only: the article has no clear pair, so the signing's sides come from its words
_ONCE = {
    "en": "Chilean President Gabriel Boric visited Ghana on 3 March 2025. ",
    "fr": "Le président chilien Gabriel Boric s'est rendu au Ghana le 3 mars 2025. ",
    "ru": "Президент Чили Габриэль Борич 3 марта 2025 года посетил Гану. ",
    "pt": "O Presidente do Chile, Gabriel Boric, visitou o Gana a 3 de março de 2025. ",
    "es": "El presidente de Chile, Gabriel Boric, visitó Ghana el 3 de marzo de 2025. ",
}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two governments signed an agreement on mining.", "en"),
        ("Both delegations signed a memorandum on tourism.", "en"),
        ("Les deux délégations ont signé un accord dans le domaine des mines.", "fr"),
        ("Les deux États ont signé un mémorandum sur le tourisme.", "fr"),
        ("Делегации двух государств подписали соглашение о сотрудничестве в горнодобывающей отрасли.", "ru"),
        ("Os dois governos assinaram um acordo no domínio da mineração.", "pt"),
        ("As duas partes assinaram um memorando de entendimento na área do turismo.", "pt"),
        ("Ambos gobiernos firmaron un acuerdo en materia de minería.", "es"),
        ("Las dos partes firmaron un memorando de entendimiento sobre turismo.", "es"),
    ],
)
def test_a_signing_by_the_two_governments_is_the_articles_pair(text, language):
    found = extract_text(_ONCE[language] + text, language=language, published=PUBLISHED, today=PUBLISHED)
    signed = [p for p in found if p.kind == "agreement"]
    assert len(signed) == 1
    assert set(signed[0].parties) == {"CHL", "GHA"}


# --- irregular plurals ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, count",
    [
        ("On the sidelines of the visit, the two countries signed memoranda of understanding on energy.", None),
        ("The two countries signed memoranda on energy, on mining and on tourism.", 3),
        ("The two countries signed a memorandum on energy.", 1),
        ("The two countries signed three memoranda on energy.", 3),
    ],
)
def test_memoranda_are_several(text, count):
    found = agreements(text, "en")
    assert [a.count for a in found] == [count]


# --- "the following documents:" and the list below it -----------------------------------------------------------

_LISTS = {
    "en": "At the end of the talks, the two leaders signed the following documents:\n"
    "- Memorandum of understanding on cooperation in agriculture;\n"
    "- Agreement on cooperation in health care;\n"
    "- Programme of cultural cooperation for 2025-2027.",
    "fr": "À l'issue des entretiens, les deux ministres ont signé les documents suivants :\n"
    "- un mémorandum d'entente dans le domaine de l'agriculture ;\n"
    "- un accord de coopération dans le domaine de la santé ;\n"
    "- un programme de coopération culturelle pour 2025-2027.",
    "ru": "По итогам переговоров подписаны следующие документы:\n"
    "- Меморандум о взаимопонимании в области сельского хозяйства;\n"
    "- Соглашение о сотрудничестве в сфере здравоохранения;\n"
    "- Программа сотрудничества в области культуры на 2025–2027 годы.",
    "pt": "No final das conversações, os dois ministros assinaram os seguintes documentos:\n"
    "- Memorando de Entendimento no Domínio da Agricultura;\n"
    "- Acordo de Cooperação na Área da Saúde;\n"
    "- Programa de Cooperação Cultural para 2025-2027.",
    "es": "Al término de las conversaciones, los dos cancilleres firmaron los siguientes documentos:\n"
    "- Memorando de entendimiento en materia de agricultura;\n"
    "- Acuerdo de cooperación en materia de salud;\n"
    "- Programa de cooperación cultural 2025-2027.",
}


@pytest.mark.parametrize("language", sorted(_LISTS))
def test_the_following_documents_are_listed_below(language):
    found = agreements(_LISTS[language], language)
    listed = [a for a in found if a.count == 1]
    assert [a.sectors for a in listed] == [["agriculture"], ["health"], ["culture"]]
    assert [a.instrument for a in listed] == ["memorandum_of_understanding", "agreement", "roadmap"]
    total = [a for a in found if a.count is None]
    assert len(total) == 1
    assert set(total[0].sectors) == {"agriculture", "health", "culture"}
    assert all(a.status == "signed" and set(a.parties) == {"CHL", "GHA"} for a in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two sides signed documents on energy. Further talks on mining are planned.", "en"),
        (
            "Les deux parties ont signé des documents sur l'énergie. D'autres discussions sur les mines sont prévues.",
            "fr",
        ),
    ],
)
def test_a_total_without_a_colon_takes_nothing_from_later_sentences(text, language):
    found = agreements(text, language)
    assert all("mining" not in a.sectors for a in found)


# --- a Russian signing told by a short passive participle, dated by its sentence's weekday -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Во вторник подписан пакет документов между Чили и Ганой.",
        "Во вторник подписаны три соглашения между Чили и Ганой.",
        "Во вторник Чили и Гана подписали пакет документов.",
    ],
)
def test_a_short_participle_reports_a_past_signing(text):
    found = extract_text(text, language="ru", published=PUBLISHED, today=PUBLISHED)
    signed = [p for p in found if p.kind == "agreement"]
    assert [(str(p.date), p.status) for p in signed] == [("2025-03-04", "signed")]  # the Tuesday before the 10th


def test_a_signing_to_come_on_a_weekday_stays_ahead():
    found = extract_text(
        LEADS["ru"] + "Соглашение будет подписано во вторник.", language="ru", published=PUBLISHED, today=PUBLISHED
    )
    assert [(p.status, str(p.date)) for p in found if p.kind == "agreement"] == [("announced", "2025-03-11")]


# --- instruments whose topic stands before the noun (English stacks modifiers) ---------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The two countries signed a visa waiver agreement and a double taxation avoidance agreement.",
            "en",
            [(1, []), (1, ["finance"])],
        ),
        (
            "The two countries signed a memorandum on energy and an investment promotion and protection agreement.",
            "en",
            [(1, ["energy"]), (1, ["investment"])],
        ),
        (
            "The two countries signed a visa waiver agreement, a double taxation avoidance agreement and a memorandum"
            " on health.",
            "en",
            [(1, []), (1, ["finance"]), (1, ["health"])],
        ),
        (
            "Les deux pays ont signé un accord d'exemption de visas et un mémorandum sur la santé.",
            "fr",
            [(1, []), (1, ["health"])],
        ),
        (
            "Стороны подписали соглашение об отмене визовых требований и меморандум о здравоохранении.",
            "ru",
            [(1, []), (1, ["health"])],
        ),
    ],
)
def test_an_instrument_with_its_own_topic_does_not_share_the_next_ones(text, language, expected):
    found = agreements(text, language)
    assert [(a.count, a.sectors) for a in found] == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two countries signed a new cooperation agreement and a memorandum on health.", "en"),
        ("The two countries signed agreements and memorandums on health.", "en"),
        ("Les deux pays ont signé des accords et des mémorandums dans le domaine de la santé.", "fr"),
        ("Стороны подписали соглашения и меморандумы в сфере здравоохранения.", "ru"),
    ],
)
def test_instruments_with_nothing_of_their_own_share_the_areas_after_them(text, language):
    found = agreements(text, language)
    assert found and all(a.sectors == ["health"] for a in found)


# --- the instrument nouns of each language, and counts spelled past twelve ----------------------------------------


@pytest.mark.parametrize(
    "text, language, count, instrument",
    [
        ("The two sides signed an arrangement on student mobility.", "en", 1, "agreement"),
        ("Eleven legal instruments were signed at the end of the talks.", "en", 11, "agreement"),
        ("Fifteen documents were signed during the visit.", "en", 15, "agreement"),
        ("Un arrangement administratif sur la mobilité des étudiants a été signé.", "fr", 1, "agreement"),
        ("Onze instruments juridiques ont été signés à l'issue des travaux.", "fr", 11, "agreement"),
        ("Un total de quinze documents ont été signés.", "fr", 15, "agreement"),
        ("Une déclaration d'intention sur l'hydrogène vert a été signée.", "fr", 1, "joint_declaration"),
        ("Стороны подписали хартию о партнёрстве в сфере туризма.", "ru", 1, "agreement"),
        ("Foram assinados dezassete documentos.", "pt", 17, "agreement"),
        ("Foram assinadas duas convenções.", "pt", 2, "agreement"),
        ("Se firmaron diecisiete documentos.", "es", 17, "agreement"),
    ],
)
def test_instruments_of_the_language_are_read(text, language, count, instrument):
    found = agreements(text, language)
    assert [(a.count, a.instrument) for a in found] == [(count, instrument)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The two countries signed an agreement on social security.", "en", []),
        ("The two countries signed agreements on defence and social security.", "en", ["security_defence"]),
        ("Les deux pays ont signé une convention sur la sécurité sociale.", "fr", []),
        ("Foram assinadas duas convenções, uma sobre segurança social e outra sobre turismo.", "pt", ["tourism"]),
        ("Se firmó un convenio de seguridad social.", "es", []),
        ("Стороны подписали соглашение о социальном обеспечении.", "ru", []),
    ],
)
def test_social_security_is_no_security(text, language, expected):
    found = agreements(text, language)
    assert found and sorted({s for a in found for s in a.sectors}) == expected


# --- a signing during an event whose length a later sentence tells ------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Chile and Ghana signed three agreements on mining during the visit of Chilean President Gabriel Boric to "
            "Ghana. Boric arrived in Accra on 3 March 2025 for a two-day state visit. Chile and Ghana have close ties.",
            "en",
        ),
        (
            "Le Chili et le Ghana ont signé trois accords dans le domaine minier lors de la visite du président chilien "
            "Gabriel Boric au Ghana. Le président Boric est arrivé à Accra le 3 mars 2025 pour une visite d'État de "
            "deux jours. Le Chili et le Ghana sont proches.",
            "fr",
        ),
        (
            "Чили и Гана подписали три соглашения о сотрудничестве в горнодобывающей отрасли в ходе визита президента "
            "Чили Габриэля Борича в Гану. Борич прибыл в Аккру 3 марта 2025 года с двухдневным государственным "
            "визитом. Чили и Гана тесно сотрудничают.",
            "ru",
        ),
    ],
)
def test_a_signing_during_a_visit_of_days_told_later_is_dated_to_the_month(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signed = [p for p in found if p.kind == "agreement"]
    assert [(str(p.date), p.date_precision) for p in signed] == [("2025-03-01", "month")]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Chile and Ghana signed three agreements on mining during the visit of Chilean President Gabriel Boric to "
            "Ghana. Boric arrived in Accra on 3 March 2025. Chile and Ghana have close ties.",
            "en",
        ),
        (
            "Le Chili et le Ghana ont signé trois accords dans le domaine minier lors de la visite du président chilien "
            "Gabriel Boric au Ghana. Le président Boric est arrivé à Accra le 3 mars 2025. Le Chili et le Ghana sont "
            "proches.",
            "fr",
        ),
    ],
)
def test_a_signing_during_a_visit_of_one_day_keeps_the_day(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signed = [p for p in found if p.kind == "agreement"]
    assert [(str(p.date), p.date_precision) for p in signed] == [("2025-03-03", "day")]


# --- a bullet line that opens with one instrument -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The two leaders signed the following documents:\n"
            "- Agreement on visa-free travel for holders of ordinary passports;\n"
            "- Agreements on cooperation in agriculture.",
            "en",
        ),
        (
            "Les deux ministres ont signé les documents suivants :\n"
            "- Accord sur la suppression des visas pour les passeports ordinaires ;\n"
            "- Accords de coopération dans le domaine de l'agriculture.",
            "fr",
        ),
        (
            "Подписаны следующие документы:\n"
            "- Соглашение о безвизовом режиме для владельцев обычных паспортов;\n"
            "- Соглашения о сотрудничестве в области сельского хозяйства.",
            "ru",
        ),
    ],
)
def test_a_bullet_opening_with_a_singular_instrument_counts_one(text, language):
    found = agreements(text, language)
    bullets = [a for a in found if a.evidence.text.startswith("-")]
    assert [a.count for a in bullets] == [1, None]


# --- an instrument between central banks is about finance ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The central bank of Ghana signed a memorandum of understanding with Chile's central bank.", "en"),
        ("La banque centrale du Ghana a signé un mémorandum d'entente avec son homologue chilienne.", "fr"),
        ("Центральные банки двух стран подписали меморандум о взаимопонимании.", "ru"),
        ("O banco central do Gana assinou um memorando de entendimento com o seu homólogo chileno.", "pt"),
        ("El banco central de Ghana firmó un memorando de entendimiento con su par chileno.", "es"),
    ],
)
def test_central_banks_sign_on_finance(text, language):
    found = agreements(text, language)
    assert [a.sectors for a in found] == [["finance"]]
