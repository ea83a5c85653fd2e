"""Agreements on invented sentences in English, French, Russian, Portuguese and Spanish (issue 11, agreements
round 3): instruments listed after a signing without a signing verb of their own, lists joined by commas, and
references to an instrument already told that must not become new agreements."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sectors

PUBLISHED = date(2025, 3, 10)


def agreements(text: str, language: str, published: date | None = PUBLISHED) -> list:
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


def shapes(found: list) -> list[tuple]:
    return [(a.instrument, a.count, sorted(a.sectors)) for a in found]


# --- instruments listed in the sentence after the signing ------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On 4 March 2025 Ghana and Chile signed three agreements. Among them, a memorandum on energy, "
            "an agreement on tourism and a protocol on health.",
            "en",
        ),
        (
            "Le 4 mars 2025, le Ghana et le Chili ont signé trois accords. Parmi eux, un mémorandum d'entente dans le "
            "domaine de l'énergie, un accord sur le tourisme et un protocole sur la santé.",
            "fr",
        ),
        (
            "4 марта 2025 года Гана и Чили подписали три документа. В их числе – меморандум в области энергетики, "
            "соглашение о сотрудничестве в сфере туризма и протокол о здравоохранении.",
            "ru",
        ),
        (
            "Em 4 de março de 2025, o Gana e o Chile assinaram três acordos. Entre eles, um memorando de entendimento "
            "na área da energia, um acordo sobre turismo e um protocolo sobre saúde.",
            "pt",
        ),
        (
            "El 4 de marzo de 2025, Ghana y Chile firmaron tres acuerdos. Entre ellos, un memorando de entendimiento en "
            "materia de energía, un acuerdo sobre turismo y un protocolo sobre salud.",
            "es",
        ),
    ],
)
def test_instruments_listed_after_a_signing_are_its_agreements(text, language):
    found = agreements(text, language)
    assert found[0].count == 3
    assert shapes(found[1:]) == [
        ("memorandum_of_understanding", 1, ["energy"]),
        ("agreement", 1, ["tourism"]),
        ("protocol", 1, ["health"]),
    ]
    assert all(a.status == "signed" and a.date == date(2025, 3, 4) for a in found)
    assert all(set(a.parties) == {"GHA", "CHL"} for a in found)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Five cooperation agreements were concluded between Rwanda and Gabon. The documents signed include three "
            "memoranda on mining. In addition, a military cooperation agreement and an agreement on investment.",
            "en",
        ),
        (
            "Cinq accords de coopération ont été conclus entre le Rwanda et le Gabon. Les documents signés concernent "
            "trois mémorandums d'entente sur les mines. A ceux-ci s'ajoutent un accord de coopération militaire et "
            "un accord sur la promotion des investissements.",
            "fr",
        ),
    ],
)
def test_instruments_added_to_a_list_without_a_verb_are_agreements(text, language):
    found = agreements(text, language)
    assert [(a.instrument, a.count) for a in found] == [
        ("agreement", 5),
        ("memorandum_of_understanding", 3),
        ("agreement", 1),
        ("agreement", 1),
    ]
    assert found[2].sectors == ["security_defence"] and found[3].sectors == ["investment"]
    if language == "fr":
        assert found[0].date is None  # "ont été conclus" with no dateline: the text fixes no day


def test_bulleted_instruments_after_a_signing_are_each_an_agreement():
    text = (
        "O presidente do Brasil recebeu nesta segunda-feira (10) o presidente do Equador em visita oficial.\n"
        "Durante a visita, foram assinados atos entre Brasil e Equador nas áreas de segurança alimentar e "
        "inteligência artificial. Entre os acordos, destacam-se:\n"
        "- Cooperação técnica contra a fome;\n"
        "- Memorando de entendimento em inteligência artificial para capacitação;\n"
        "- Protocolo de cooperação em agricultura familiar.\n"
    )
    found = agreements(text, "pt")
    assert shapes(found) == [
        ("agreement", None, ["agriculture", "ict"]),
        ("memorandum_of_understanding", 1, ["ict"]),
        ("protocol", 1, ["agriculture"]),
    ]
    assert all(a.date == PUBLISHED and a.status == "signed" for a in found)  # "durante a visita": the visit's day


# --- what is not a listed instrument ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed a memorandum on energy. The memorandum provides for a joint power plant. "
            "The two countries are also negotiating a free trade agreement. They had already signed an agreement "
            "on tourism in 2019.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé un mémorandum sur l'énergie. Ce mémorandum prévoit une centrale commune. "
            "Les deux pays négocient également un accord de libre-échange. Ils avaient auparavant conclu un accord "
            "sur le tourisme en 2019.",
            "fr",
        ),
        (
            "Гана и Чили подписали меморандум в области энергетики. Меморандум предусматривает строительство "
            "электростанции. Страны также обсуждают соглашение о свободной торговле. Ранее, в 2019 году, было "
            "заключено соглашение о туризме.",
            "ru",
        ),
    ],
)
def test_references_negotiations_and_earlier_instruments_are_not_listed_agreements(text, language):
    found = agreements(text, language)
    listed_sentences = [a for a in found if a.evidence.start > 0 and a.status == "signed" and a.date is None]
    assert [a.instrument for a in found][0] == "memorandum_of_understanding"
    assert not any("free" in a.evidence.text or "libre" in a.evidence.text for a in listed_sentences)
    assert not any(
        s in a.evidence.text for a in found for s in ("provides", "prévoit", "предусматривает", "negoti", "négoc")
    )


def test_a_list_too_far_from_the_signing_is_not_its_agreements():
    filler = " ".join(["The economy of the region grew strongly over the decade."] * 12)
    text = f"Ghana and Chile signed three agreements on 4 March 2025. {filler} Among them, a memorandum on energy."
    assert len(agreements(text, "en")) == 1


# --- several instruments joined by commas ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed a memorandum on agriculture, an agreement on energy and a protocol on health.", "en"),
        (
            "Le Ghana et le Chili ont signé un mémorandum dans le domaine de l'agriculture, un accord sur l'énergie et "
            "un protocole sur la santé.",
            "fr",
        ),
        (
            "Gana y Chile firmaron un memorando en materia de agricultura, un acuerdo sobre energía y un protocolo "
            "sobre salud.",
            "es",
        ),
    ],
)
def test_instruments_joined_by_a_comma_after_a_word_are_separate(text, language):
    assert shapes(agreements(text, language)) == [
        ("memorandum_of_understanding", 1, ["agriculture"]),
        ("agreement", 1, ["energy"]),
        ("protocol", 1, ["health"]),
    ]


# --- sector words inside the names of offices and organisations ------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The Ministry of Energy of Ghana signed a memorandum on health with Chile.", "en", ["health"]),
        ("The African Development Bank signed an agreement on agriculture with Ghana.", "en", ["agriculture"]),
        ("The Russian Direct Investment Fund signed a deal on tourism with Egypt.", "en", ["tourism"]),
        ("La Banque africaine de développement a signé un accord dans le domaine de la santé.", "fr", ["health"]),
        ("La Chambre de commerce et d'industrie a signé un accord sur l'énergie.", "fr", ["energy"]),
        (
            "El ministro cubano de Comercio Exterior y la Inversión Extranjera firmó un acuerdo sobre salud.",
            "es",
            ["health"],
        ),
        ("A Associação Angolana de Bancos assinou um memorando sobre turismo.", "pt", ["tourism"]),
        (
            "Министерство энергетики России и Российский фонд прямых инвестиций подписали меморандум о "
            "здравоохранении.",
            "ru",
            ["health"],
        ),
    ],
)
def test_sector_words_inside_organisation_names_do_not_count(text, language, expected):
    assert sectors(text, language, goods_only=False) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The tourism institutes of Ghana and Chile, the Ghana Tourism Authority and Turismo Chile, signed a memorandum.",
            "en",
            ["tourism"],
        ),
        (
            "Um memorando entre o Instituto do Turismo de Moçambique e o Instituto do Turismo de Angola vai ser assinado.",
            "pt",
            ["tourism"],
        ),
    ],
)
def test_an_organisation_names_the_area_when_the_sentence_names_no_other(text, language, expected):
    assert sectors(text, language, goods_only=False) == expected


def test_academic_cooperation_is_education():
    assert sectors("En matière de coopération académique, un protocole a été signé.", "fr", goods_only=False) == [
        "education"
    ]


# --- dates: a span of days, and an announced signing beside an earlier one --------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("During the visit on 26-27 February 2025, Algeria and Turkey signed seven agreements.", "en"),
        ("Lors de la visite, les 26 et 27 février 2025, l'Algérie et la Turquie ont signé sept accords.", "fr"),
        ("В ходе визита 26–27 февраля 2025 года Алжир и Турция подписали семь соглашений.", "ru"),
        ("Durante a visita, de 26 a 27 de fevereiro de 2025, a Argélia e a Turquia assinaram sete acordos.", "pt"),
    ],
)
def test_a_signing_dated_by_a_span_of_days_is_dated_to_the_month(text, language):
    (found,) = agreements(text, language)
    assert (found.date, found.date_precision, found.count) == (date(2025, 2, 1), "month", 7)


def test_a_signing_on_one_day_keeps_its_day():
    (found,) = agreements("Algeria and Turkey signed seven agreements on 27 February 2025.", "en")
    assert (found.date, found.date_precision) == (date(2025, 2, 27), "day")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le roi se rendra en Russie le 13 mars. Sa visite sera aussi l'occasion de signer plusieurs conventions "
            "entre le Maroc et la Russie. En 2006, plusieurs accords de coopération avaient été signés entre le Maroc "
            "et la Russie.",
            "fr",
        ),
        (
            "The king will travel to Russia on 13 March. The visit will be an occasion to sign several conventions "
            "between Morocco and Russia. In 2006, Morocco and Russia had signed several cooperation agreements.",
            "en",
        ),
    ],
)
def test_an_agreement_to_be_signed_is_not_one_signed_earlier(text, language):
    found = agreements(text, language)
    assert sorted((a.status, a.date.year if a.date else None) for a in found) == [
        ("announced", None),
        ("signed", 2006),
    ]


# --- a signing verb in the future, references back to the signing, "several" against one --------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("At the bilateral meeting, the presidents of Brazil and Nigeria will sign agreements.", "en"),
        ("Lors de la réunion, les présidents du Brésil et du Nigeria signeront des accords.", "fr"),
        ("На встрече президенты Бразилии и Нигерии подпишут соглашения.", "ru"),
        ("Na reunião bilateral, os chefes de Estado do Brasil e da Nigéria assinarão acordos.", "pt"),
        ("En la reunión, los presidentes de Brasil y Nigeria firmarán acuerdos.", "es"),
    ],
)
def test_a_signing_verb_in_the_future_is_announced(text, language):
    (found,) = agreements(text, language)
    assert found.status == "announced"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The Turkish minister held talks followed by the signing of several agreements between Turkey and Niger."
            "\nThe minister also visited the port.\nThese agreements cover security, youth and sport.",
            "en",
            {"security_defence", "culture"},
        ),
        (
            "Le ministre turc a eu une séance de travail suivie d'une signature de plusieurs accords entre la Turquie "
            "et le Niger.\nLe ministre a aussi visité le port.\nCes accords portent entre autres sur la sécurité, la "
            "jeunesse et le sport.",
            "fr",
            {"security_defence", "culture"},
        ),
        (
            "Министр Турции провёл переговоры, после которых Турция и Нигер подписали несколько соглашений.\nМинистр "
            "также посетил порт.\nЭти документы касаются безопасности и спорта.",
            "ru",
            {"security_defence", "culture"},
        ),
    ],
)
def test_a_sentence_about_the_documents_just_signed_gives_their_sectors(text, language, expected):
    (found,) = agreements(text, language, published=None)
    assert set(found.sectors) == expected
    assert len(found.also) == 1  # the referring sentence is evidence of the signing


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "In 1989 Turkey and Niger signed a cooperation agreement. Yesterday the two ministers attended the signing "
            "of several agreements between Turkey and Niger.",
            "en",
        ),
        (
            "En 1989, la Turquie et le Niger ont signé un accord de coopération. Hier, les deux ministres ont assisté "
            "à la signature de plusieurs accords entre la Turquie et le Niger.",
            "fr",
        ),
    ],
)
def test_several_agreements_are_not_the_one_signed_before(text, language):
    found = agreements(text, language)
    assert sorted((a.count or 0) for a in found) == [0, 1]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Mali and Russia signed three agreements. The first agreement concerns energy.", "en"),
        ("Le Mali et la Russie ont signé trois accords. Le premier accord porte sur l'énergie.", "fr"),
        ("Moçambique e China assinaram três acordos. O primeiro acordo foi sobre energia.", "pt"),
    ],
)
def test_an_instrument_named_by_its_rank_after_a_signing_is_an_agreement(text, language):
    found = agreements(text, language)
    assert [(a.count, a.status) for a in found] == [(3, "signed"), (1, "signed")]
    assert found[1].sectors == ["energy"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Qatar invested in hotels and a luxury hotel complex in Algiers.", "en"),
        ("Le Qatar a investi dans l'hôtellerie et un complexe hôtelier de luxe à Alger.", "fr"),
        ("Катар вложил средства в гостиничный бизнес в Алжире.", "ru"),
    ],
)
def test_hotels_are_tourism_when_a_company_name_says_hospitality(text, language):
    assert "tourism" in sectors(text, language, goods_only=False)
