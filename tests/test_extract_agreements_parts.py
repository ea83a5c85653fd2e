"""Agreements on invented sentences in English, French, Russian, Portuguese and Spanish (issue 11, session 17,
batch 30): a package and its parts — a total told again before its (long) list, parts that add up to the total,
a listed part whose description names visits, an ordinal part ("the second document"), a named instrument among a
package, a generic "document" restated after a dash — a joint action programme, and signings only hoped for."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sectors
from partnerlens.cooperation.extract.status import agreement_status

PUBLISHED = date(2025, 3, 10)


def proposals(text: str, language: str) -> list:
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)


def agreements(text: str, language: str) -> list:
    return [p for p in proposals(text, language) if p.kind == "agreement"]


# --- a total told again before a bulleted list longer than the reach ----------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile sealed eight agreements on Tuesday during the visit of the Chilean president to Accra, "
            "a visit long awaited by both governments and their business communities.\n"
            "The ministers of both countries put their names to the documents in the evening.\n"
            "The agreements signed in Accra are:\n"
            "- Memorandum of Understanding on Health Cooperation, which provides for the training of nurses and "
            "the exchange of doctors between the two public systems over the coming years;\n"
            "- Agreement on Cooperation in Tourism, which aims to bring more visitors to both countries through "
            "joint promotion at fairs and the exchange of practices between agencies;\n"
            "- Protocol on Cooperation in Education, which covers grants for students and the exchange of "
            "teachers between universities of both countries;\n"
            "- Memorandum of Intent on Energy, which aims at joint projects in solar power.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé huit accords mardi lors de la visite du président chilien à Accra, "
            "une visite longtemps attendue par les deux gouvernements et leurs milieux d'affaires.\n"
            "Les ministres des deux pays ont apposé leur signature sur les documents dans la soirée.\n"
            "Les accords signés à Accra sont les suivants :\n"
            "- Mémorandum d'entente sur la coopération dans le domaine de la santé, qui prévoit la formation "
            "d'infirmiers et l'échange de médecins entre les deux systèmes publics dans les années à venir ;\n"
            "- Accord de coopération dans le domaine du tourisme, qui vise à attirer davantage de visiteurs par "
            "une promotion commune dans les salons et l'échange de pratiques entre agences ;\n"
            "- Protocole de coopération dans le domaine de l'éducation, qui porte sur des bourses pour les "
            "étudiants et l'échange d'enseignants entre universités des deux pays ;\n"
            "- Lettre d'intention sur l'énergie, qui vise des projets communs dans le solaire.",
            "fr",
        ),
        (
            "Гана и Чили во вторник подписали восемь соглашений в ходе визита президента Чили в Аккру, визита, "
            "которого давно ждали правительства и деловые круги обеих стран.\n"
            "Министры двух стран поставили подписи под документами вечером.\n"
            "Подписанные в Аккре документы:\n"
            "- Меморандум о сотрудничестве в области здравоохранения, предусматривающий обучение медсестёр и "
            "обмен врачами между государственными системами двух стран в ближайшие годы;\n"
            "- Соглашение о сотрудничестве в сфере туризма, направленное на привлечение туристов в обе страны "
            "через совместное продвижение на выставках и обмен опытом между агентствами;\n"
            "- Протокол о сотрудничестве в сфере образования, касающийся стипендий для студентов и обмена "
            "преподавателями между университетами двух стран;\n"
            "- Меморандум о сотрудничестве в энергетике, нацеленный на совместные проекты в солнечной энергетике.",
            "ru",
        ),
    ],
)
def test_a_total_told_again_takes_the_areas_of_its_whole_list(text, language):
    found = agreements(text, language)
    total = next(a for a in found if a.count == 8)
    assert {"health", "tourism", "education", "energy"} <= set(total.sectors)


# --- a listed part whose description names visits ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed three agreements on Tuesday. The agreements are:\n"
            "- Agreement on Cooperation in Transport, which provides for technical assistance and study visits of "
            "engineers;",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé trois accords mardi. Les accords sont les suivants :\n"
            "- Accord de coopération dans le domaine des transports, qui prévoit une assistance technique et des "
            "visites d'étude d'ingénieurs ;",
            "fr",
        ),
        (
            "Гана и Чили во вторник подписали три соглашения. Подписаны следующие документы:\n"
            "- Соглашение о сотрудничестве в области транспорта, предусматривающее техническую помощь и "
            "ознакомительные визиты инженеров;",
            "ru",
        ),
    ],
)
def test_a_bulleted_instrument_is_an_agreement_whatever_visits_it_names(text, language):
    found = proposals(text, language)
    assert any(p.kind == "agreement" and p.count == 1 and "logistics" in p.sectors for p in found)
    assert not any(p.kind == "event" and "transport" in p.evidence.text.casefold() for p in found)


# --- parts that add up to the total: the total's areas are theirs too ---------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed three agreements on Tuesday. These agreements cover culture and education. "
            "A protocol was signed on digital technologies. The two other agreements concern sport and language "
            "training.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé trois accords mardi. Ces accords concernent la culture et l'éducation. "
            "Un protocole a été signé dans le domaine du numérique. Les deux autres accords concernent le sport et "
            "la formation linguistique.",
            "fr",
        ),
    ],
)
def test_parts_adding_up_to_the_total_give_it_their_areas(text, language):
    found = agreements(text, language)
    total = next(a for a in found if a.count == 3)
    assert "ict" in total.sectors and "culture" in total.sectors


# --- an ordinal part -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed four documents on Tuesday. The second document signed by the two sides "
            "concerns health.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé quatre documents mardi. Le deuxième document signé par les deux parties "
            "concerne la santé.",
            "fr",
        ),
        (
            "O Gana e o Chile assinaram quatro documentos na terça-feira. O segundo documento assinado pelas duas "
            "partes diz respeito à saúde.",
            "pt",
        ),
        (
            "Ghana y Chile firmaron cuatro documentos el martes. El segundo documento firmado por las dos partes "
            "se refiere a la salud.",
            "es",
        ),
    ],
)
def test_an_ordinal_document_is_one_part_of_the_signing(text, language):
    found = agreements(text, language)
    assert any(a.count == 4 for a in found)
    assert any(a.count == 1 and "health" in a.sectors for a in found)


# --- a named instrument among a package; a generic document restated after a dash --------------------


def test_an_instrument_named_among_a_package_is_one_more_agreement():
    text = "Гана и Чили подпишут пакет документов, в числе важнейших — соглашение о безвизовом режиме, сообщил министр."
    found = agreements(text, "ru")
    assert len(found) == 2 and {a.status for a in found} == {"announced"}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ещё один важный документ, который планируется подписать, — соглашение между железными дорогами "
            "Ганы и Чили о модернизации магистрали.",
            "ru",
        ),
        (
            "Un autre document important doit être signé : l'accord entre les chemins de fer du Ghana et du Chili "
            "sur la modernisation de la ligne.",
            "fr",
        ),
    ],
)
def test_a_generic_document_restated_after_a_dash_is_one_instrument(text, language):
    found = agreements(text, language)
    assert len(found) == 1 and found[0].status == "announced"


# --- a joint action programme is a roadmap -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("On Tuesday Ghana and Chile signed a Joint Action Program for 2025-2027 on tourism.", "en"),
        ("Mardi, le Ghana et le Chili ont signé un programme d'action conjoint pour 2025-2027 sur le tourisme.", "fr"),
        ("Во вторник Гана и Чили подписали программу совместных действий на 2025-2027 годы в сфере туризма.", "ru"),
        ("Na terça-feira, o Gana e o Chile assinaram um programa de ação conjunta para 2025-2027 sobre turismo.", "pt"),
        ("El martes, Ghana y Chile firmaron un programa de acción conjunta para 2025-2027 sobre turismo.", "es"),
    ],
)
def test_a_joint_action_programme_is_a_roadmap(text, language):
    found = agreements(text, language)
    assert [a.instrument for a in found] == ["roadmap"] and "tourism" in found[0].sectors


# --- signings only hoped for ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Officials in Accra hope for the signing of several memoranda during the visit.", "en"),
        ("Les autorités d'Accra espèrent la signature de plusieurs protocoles d'accord pendant la visite.", "fr"),
        ("В Аккре надеются на подписание нескольких меморандумов во время визита.", "ru"),
        ("Há a expectativa de que pelo menos dez acordos sejam assinados durante a visita.", "pt"),
        ("Se espera que se firmen al menos diez acuerdos durante la visita.", "es"),
    ],
)
def test_a_signing_hoped_for_is_announced(text, language):
    assert agreement_status(text, language) == "announced"


# --- territorial administration ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("cooperation in territorial administration and tourism", "en"),
        ("la coopération dans les secteurs de l'Administration du Territoire et du tourisme", "fr"),
        ("a cooperação em administração territorial e turismo", "pt"),
        ("la cooperación en administración territorial y turismo", "es"),
    ],
)
def test_territorial_administration_is_public_services(text, language):
    assert "public_services" in sectors(text, language, goods_only=False)


# --- "another" instrument after a total; a count of MOUs in capitals --------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed three memoranda of understanding on Tuesday. Another memorandum of understanding "
            "on the safety of medicines was signed between the two drug agencies.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé trois mémorandums d'entente mardi. Un autre mémorandum d'entente sur la "
            "sécurité des médicaments a été signé entre les deux agences du médicament.",
            "fr",
        ),
        (
            "Гана и Чили во вторник подписали три меморандума. Ещё один меморандум о безопасности лекарств был "
            "подписан между агентствами Ганы и Чили.",
            "ru",
        ),
    ],
)
def test_another_instrument_after_a_total_is_one_of_its_own(text, language):
    found = agreements(text, language)
    assert sorted(a.count for a in found) == [1, 3]


def test_a_count_of_mous_in_capitals_is_a_second_instrument():
    found = agreements("On Tuesday Ghana and Chile signed 3 cooperation agreements and 2 MOUs on tourism.", "en")
    assert sorted((a.instrument, a.count) for a in found) == [("agreement", 3), ("memorandum_of_understanding", 2)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Во вторник Гана и Чили подписали важный документ – План совместных действий в сфере туризма.", "ru"),
        ("Mardi, le Ghana et le Chili ont signé un document important : un plan d'action sur le tourisme.", "fr"),
    ],
)
def test_a_generic_document_restated_takes_the_named_instrument(text, language):
    found = agreements(text, language)
    assert [a.instrument for a in found] == ["roadmap"]


# --- a meeting that "resulted in the inking" of an instrument ---------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On Tuesday the president of Ghana met President Boric of Chile in Accra, which resulted in the inking of a "
            "Joint Statement.",
            "en",
        ),
        (
            "Mardi, le président du Ghana a rencontré le président chilien à Accra, une rencontre qui a débouché sur la "
            "signature d'une déclaration conjointe.",
            "fr",
        ),
        (
            "Во вторник президент Ганы встретился с президентом Чили в Аккре, итогом встречи стало подписание "
            "совместного заявления.",
            "ru",
        ),
    ],
)
def test_a_meeting_that_resulted_in_an_instrument_gives_both(text, language):
    found = proposals(text, language)
    assert any(p.kind == "event" for p in found)
    assert [(a.instrument, a.status) for a in found if a.kind == "agreement"] == [("joint_declaration", "signed")]
