"""States named as an attribute or a backdrop are not parties of an article (issue 11, party precision, twelfth session).

Each class is written as invented sentences in English, French and Russian (Portuguese and Spanish where the words
exist): the home of a company or an envoy outside the article's pair ("the German company Siemens", "l'ambassadeur
de France", "посла Франции"), the state behind pressure or a backdrop ("despite pressure from the United States", "à
un moment où les États-Unis …"), a border and a model ("its border with Afghanistan", "sur le modèle de la Chine"),
a news source's home ("Iran Press"), and a surname that is also a state's short name ("Jorge Salvador"). Each has a
guard that the article's pair stays, and that a state of the pair named the same way stays.
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties

parties = article_parties


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "Kenya and Turkey signed an energy agreement on Monday; the plant will be built by the German company "
            "Siemens.",
            {"KEN", "TUR"},
            {"DEU"},
        ),
        (
            "en",
            "Kenya and Turkey signed an energy agreement on Monday in the presence of the French ambassador.",
            {"KEN", "TUR"},
            {"FRA"},
        ),
        (
            "en",
            "Ghana and India signed three agreements at the embassy of Japan in Accra on Monday.",
            {"GHA", "IND"},
            {"JPN"},
        ),
        (
            "fr",
            "Le Sénégal et la Turquie ont signé lundi un accord sur l'énergie ; la centrale sera construite par le "
            "groupe allemand Siemens.",
            {"SEN", "TUR"},
            {"DEU"},
        ),
        (
            "fr",
            "Le Sénégal et la Turquie ont signé lundi un accord sur l'énergie en présence de l'ambassadeur de France.",
            {"SEN", "TUR"},
            {"FRA"},
        ),
        (
            "ru",
            "Сенегал и Турция подписали в понедельник соглашение в сфере энергетики; станцию построит немецкая "
            "компания Siemens.",
            {"SEN", "TUR"},
            {"DEU"},
        ),
        (
            "ru",
            "Сенегал и Турция подписали в понедельник соглашение в сфере энергетики в присутствии посла Франции.",
            {"SEN", "TUR"},
            {"FRA"},
        ),
        (
            "pt",
            "Angola e a Turquia assinaram na segunda-feira um acordo de energia; a central será construída pela "
            "empresa alemã Siemens.",
            {"AGO", "TUR"},
            {"DEU"},
        ),
        (
            "es",
            "Cuba y España firmaron el lunes un acuerdo de energía en presencia del embajador de Francia.",
            {"CUB", "ESP"},
            {"FRA"},
        ),
    ],
)
def test_home_of_a_company_or_an_envoy_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        (
            "en",
            "Turkey and Kenya signed five agreements on Monday. The Turkish company Baykar will supply drones to Kenya.",
            {"TUR", "KEN"},
        ),
        (
            "fr",
            "La Turquie et le Kenya ont signé lundi cinq accords. L'ambassadeur de Turquie a salué un accord sur "
            "l'énergie avec le Kenya.",
            {"TUR", "KEN"},
        ),
        (
            "ru",
            "Турция и Кения подписали в понедельник пять соглашений. Турецкая компания Baykar поставит Кении "
            "беспилотники.",
            {"TUR", "KEN"},
        ),
    ],
)
def test_a_company_of_the_pair_stays_a_side(language, text, kept):
    """The attribute rule leaves the article's pair alone: a Turkish firm in a Turkey–Kenya article is Turkey's."""
    assert kept <= parties(text, language)


def test_a_company_alone_with_its_state_still_names_it():
    """No other state in the sentence: the company's home stays (a sentence never loses all its states)."""
    assert "DEU" in parties("The German company Siemens signed a contract worth $2 billion on Monday.", "en")


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "Russia and Egypt signed an energy agreement on Monday despite pressure from the United States.",
            {"RUS", "EGY"},
            {"USA"},
        ),
        (
            "en",
            "Macron's visit to Vietnam comes at a time when the United States could impose new tariffs on French "
            "goods.",
            {"FRA", "VNM"},
            {"USA"},
        ),
        (
            "en",
            "Uzbekistan and Turkey signed 10 agreements on Monday, the second package since Uzbekistan's border "
            "with Afghanistan reopened.",
            {"UZB", "TUR"},
            {"AFG"},
        ),
        (
            "fr",
            "La Russie et l'Égypte ont signé lundi un accord énergétique malgré les pressions des États-Unis.",
            {"RUS", "EGY"},
            {"USA"},
        ),
        (
            "fr",
            "Le voyage de Macron au Vietnam intervient à un moment où les États-Unis pourraient imposer des droits "
            "de douane.",
            {"FRA", "VNM"},
            {"USA"},
        ),
        (
            "fr",
            "Le Kenya et la Turquie ont signé lundi cinq accords dans l'énergie, sur le modèle de la Chine avec "
            "l'Éthiopie.",
            {"KEN", "TUR"},
            {"CHN"},
        ),
        (
            "ru",
            "Россия и Египет подписали в понедельник соглашение в сфере энергетики, несмотря на давление со "
            "стороны США.",
            {"RUS", "EGY"},
            {"USA"},
        ),
        (
            "ru",
            "Узбекистан и Турция подписали в понедельник 10 соглашений после открытия границы с Афганистаном.",
            {"UZB", "TUR"},
            {"AFG"},
        ),
        (
            "pt",
            "A Rússia e o Egito assinaram na segunda-feira um acordo de energia, apesar da pressão dos Estados Unidos.",
            {"RUS", "EGY"},
            {"USA"},
        ),
        (
            "es",
            "Rusia y Egipto firmaron el lunes un acuerdo de energía a pesar de la presión de Estados Unidos.",
            {"RUS", "EGY"},
            {"USA"},
        ),
    ],
)
def test_a_backdrop_border_or_model_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


def test_a_press_source_home_is_no_side_but_a_press_service_is():
    text = (
        "Kenyan President Uhuru Kenyatta will hold talks with Donald Trump on August 27 in Washington.\n\n"
        "Iran press /Africa: Kenyan President Uhuru Kenyatta will hold talks with his US counterpart Donald Trump "
        "on August 27 in Washington."
    )
    found = parties(text, "en")
    assert {"KEN", "USA"} <= found and "IRN" not in found
    assert "KAZ" in parties(
        "Kazakhstan's press service said Kazakhstan and Uzbekistan signed five agreements on Monday.", "en"
    )


def test_salvador_alone_is_a_name_in_portuguese_el_salvador_a_state():
    text = (
        "As exportações de Portugal para Cabo Verde atingiram 258 milhões de euros no ano passado. "
        "Jorge Salvador adiantou que as importações de Cabo Verde registaram 11,3 milhões de euros."
    )
    found = parties(text, "pt")
    assert {"PRT", "CPV"} <= found and "SLV" not in found
    assert "SLV" in parties("O Brasil e El Salvador assinaram na segunda-feira um acordo de energia.", "pt")
