"""Agreements on invented sentences (issue 11, agreements round 4): instruments told by a pronoun after another
("and another on health", "et un autre sur", "а также ещё одно — о", "e outro na área", "y otro sobre"), one
instrument picked out of several ("one of the agreements signed concerns …"), lists opened by a colon, and English
instruments written in title case ("the Action Plan", "a Joint Declaration", "a Convention on …")."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements


def singles(found: list) -> list[tuple]:
    """The instruments counted one, with their sectors, in reading order."""
    return [(a.instrument, sorted(a.sectors)) for a in found if a.count == 1]


# --- an instrument told by a pronoun after another -----------------------------------------------------


@pytest.mark.parametrize(
    "text, language, instrument",
    [
        ("The ministers signed a protocol on tourism and another on health.", "en", "protocol"),
        ("An agreement on tourism was signed, as well as another concerning health.", "en", "agreement"),
        (
            "The sides signed a memorandum on tourism, and a second in the field of health.",
            "en",
            "memorandum_of_understanding",
        ),
        ("Un protocole sur le tourisme a été signé, et un autre sur la santé.", "fr", "protocol"),
        (
            "Les deux pays ont signé un accord dans le domaine du tourisme et une seconde portant sur la santé.",
            "fr",
            "agreement",
        ),
        (
            "Les ministres ont signé une convention relative au tourisme, ainsi qu'une autre dans le domaine de la santé.",
            "fr",
            "agreement",
        ),
        (
            "Стороны подписали соглашение о сотрудничестве в сфере туризма, а также ещё одно — о здравоохранении.",
            "ru",
            "agreement",
        ),
        ("Подписан протокол о туризме и ещё один — о здравоохранении.", "ru", "protocol"),
        (
            "Министры подписали меморандум в области туризма, а также второй — в сфере здравоохранения.",
            "ru",
            "memorandum_of_understanding",
        ),
        ("Foi assinado um protocolo sobre turismo e outro na área da saúde.", "pt", "protocol"),
        ("Os ministros assinaram um acordo sobre turismo e um segundo em matéria de saúde.", "pt", "agreement"),
        ("Se firmó un convenio sobre turismo y otro en materia de salud.", "es", "agreement"),
        (
            "Los ministros firmaron un memorando sobre turismo y un segundo sobre salud.",
            "es",
            "memorandum_of_understanding",
        ),
    ],
)
def test_an_instrument_told_by_a_pronoun_is_one_more_of_the_same_kind(text, language, instrument):
    found = agreements(text, language)
    assert singles(found) == [(instrument, ["tourism"]), (instrument, ["health"])]
    assert all(a.status == "signed" and set(a.parties) == {"CHL", "GHA"} for a in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("They signed two agreements, one on tourism and the other on health.", "en"),
        ("Two agreements were signed during the visit, one of them on tourism and another on health.", "en"),
        ("Ils ont signé deux accords, l'un sur le tourisme, l'autre sur la santé.", "fr"),
        ("Стороны подписали два соглашения: одно — о туризме, другое — о здравоохранении.", "ru"),
        ("Foram assinados dois acordos, um sobre turismo e outro na área da saúde.", "pt"),
        ("Se firmaron dos acuerdos, uno sobre turismo y otro en materia de salud.", "es"),
    ],
)
def test_a_batch_told_in_parts_is_one_record_with_all_areas(text, language):
    found = agreements(text, language)
    assert [(a.count, sorted(a.sectors)) for a in found] == [(2, ["health", "tourism"])]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two sides signed a memorandum on tourism. Another visit is planned for May.", "en"),
        ("Un accord sur le tourisme a été signé. D'un autre côté, la visite a été reportée.", "fr"),
        ("Подписано соглашение о туризме. С другой стороны, визит был перенесён.", "ru"),
    ],
)
def test_a_pronoun_that_names_no_topic_is_no_instrument(text, language):
    found = agreements(text, language)
    assert [(a.count, sorted(a.sectors)) for a in found] == [(1, ["tourism"])]


# --- one instrument picked out of several ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("One of the agreements signed concerns the purchase of aircraft.", "en"),
        ("One of the twelve agreements signed on Monday covers tourism.", "en"),
        ("L'un des accords signés porte sur le tourisme.", "fr"),
        ("L'une des conventions signées concerne le tourisme.", "fr"),
        ("Одно из подписанных соглашений касается туризма.", "ru"),
        ("Одним из подписанных документов стал меморандум о туризме.", "ru"),
        ("Um dos acordos assinados diz respeito ao turismo.", "pt"),
        ("Uno de los acuerdos firmados se refiere al turismo.", "es"),
    ],
)
def test_one_of_the_agreements_signed_is_one(text, language):
    found = agreements(text, language)
    assert [a.count for a in found][:1] == [1]
    assert all(a.status == "signed" for a in found)


# --- a list opened by a colon; instruments in title case ---------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Three documents were signed: a memorandum on mining; an agreement on energy; a protocol on health.", "en"),
        (
            "Trois accords ont été signés : un mémorandum sur les mines ; un accord sur l'énergie ; un protocole sur la santé.",
            "fr",
        ),
        (
            "Подписаны три документа: меморандум о горнодобывающей промышленности, соглашение об энергетике и протокол о здравоохранении.",
            "ru",
        ),
    ],
)
def test_a_list_after_a_colon_is_one_agreement_per_instrument_and_the_total_takes_their_areas(text, language):
    found = agreements(text, language)
    assert found[0].count == 3 and sorted(found[0].sectors) == ["energy", "health", "mining"]
    assert [sorted(a.sectors) for a in found[1:]] == [["mining"], ["energy"], ["health"]]


@pytest.mark.parametrize(
    "text, instrument",
    [
        ("The two presidents signed the Action Plan for cooperation for 2025-2027.", "roadmap"),
        ("The ministers signed a Road Map on trade and investment.", "roadmap"),
        ("The leaders signed the Joint Declaration on Strategic Partnership.", "joint_declaration"),
        ("The two sides adopted a Joint Statement on the results of the talks and signed it.", "joint_declaration"),
        ("The ministers signed the Declaration on the Transition of Relations to a New Level.", "joint_declaration"),
        ("The sides signed a Convention on the Avoidance of Double Taxation.", "agreement"),
    ],
)
def test_english_instruments_in_title_case(text, instrument):
    found = agreements(text, "en")
    assert [a.instrument for a in found] == [instrument]
    assert found[0].count == 1


def test_a_convention_centre_is_no_instrument():
    found = agreements("The delegations met at the Convention Centre and signed two agreements on energy.", "en")
    assert [(a.instrument, a.count) for a in found] == [("agreement", 2)]
