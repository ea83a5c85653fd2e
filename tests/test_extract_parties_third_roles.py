"""Third states in roles no side plays are not parties of an article (issue 11, party precision, batch 39).

Each class is written as invented sentences in English, French and Russian, with guards that keep a true side: every
item of a list after a side remark ("after the UAE and Bahrain", "Après le Japon, la Corée et la Chine"); an earlier
deal with another state told in an opening clause; the troops of a war; a conflict named by its state; the one a
mediator is asked to sway; a demonym that qualifies another ("the Greek Cypriot leader").
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties

parties = article_parties

CASES = [
    # a list after a side remark
    (
        "en",
        "RIYADH — India and Saudi Arabia signed a payments agreement on Monday, making Saudi Arabia the fourth country "
        "after the Netherlands, Singapore and Bahrain to adopt the Indian card.",
        {"IND", "SAU"},
        {"NLD", "SGP", "BHR"},
    ),
    (
        "fr",
        "HANOÏ — Les États-Unis et le Vietnam ont signé trois accords lundi. Après le Japon, la Corée du Sud et la "
        "Thaïlande, le président américain effectue une visite d'État au Vietnam.",
        {"USA", "VNM"},
        {"JPN", "KOR", "THA"},
    ),
    (
        "ru",
        "ЭР-РИЯД — Индия и Саудовская Аравия подписали соглашение о платежах. Как и Сингапур, Оман и Бахрейн, "
        "королевство примет индийскую карту.",
        {"IND", "SAU"},
        {"SGP", "OMN", "BHR"},
    ),
    # an earlier deal with another state, told in an opening clause
    (
        "en",
        "NEW DELHI — The United States and India will sign two agreements. After signing a tariff deal with Mexico, "
        "the United States is likely to conclude a trade agreement with India.",
        {"USA", "IND"},
        {"MEX"},
    ),
    (
        "fr",
        "DAKAR — Le Sénégal et le Maroc ont signé deux accords lundi. Après avoir signé un accord de pêche avec la "
        "Mauritanie, le Sénégal a conclu un accord avec le Maroc.",
        {"SEN", "MAR"},
        {"MRT"},
    ),
    (
        "ru",
        "АСТАНА — Казахстан и Узбекистан подписали три соглашения. После подписания соглашения с Монголией "
        "Казахстан подписал соглашение с Узбекистаном.",
        {"KAZ", "UZB"},
        {"MNG"},
    ),
    # the troops of a war
    (
        "en",
        "PARIS — France and Senegal will sign two agreements on Monday. The two presidents will attend a ceremony at the battlefield where Senegalese soldiers fought Austrian "
        "troops in 1916; France and Senegal will also sign two agreements.",
        {"FRA", "SEN"},
        {"AUT"},
    ),
    (
        "fr",
        "PARIS — La France et le Sénégal signeront deux accords lundi. Les deux présidents assisteront à une cérémonie sur le champ de bataille où des soldats sénégalais "
        "ont combattu les troupes autrichiennes ; la France et le Sénégal signeront deux accords.",
        {"FRA", "SEN"},
        {"AUT"},
    ),
    (
        "ru",
        "ПАРИЖ — Президенты Франции и Сенегала посетят поле битвы, где сенегальские солдаты сражались с австрийскими "
        "войсками, и подпишут два соглашения.",
        {"FRA", "SEN"},
        {"AUT"},
    ),
    # a conflict named by its state
    (
        "en",
        "BEIJING — The state visit of the Spanish president to China was largely devoted to the war in Yemen; Spain "
        "and China also signed five agreements.",
        {"ESP", "CHN"},
        {"YEM"},
    ),
    (
        "fr",
        "PÉKIN — La visite du président espagnol en Chine a été largement consacrée au conflit yéménite. L'Espagne et "
        "la Chine ont signé cinq accords.",
        {"ESP", "CHN"},
        {"YEM"},
    ),
    (
        "ru",
        "ПЕКИН — Визит президента Испании в Китай был посвящён войне в Йемене; Испания и Китай подписали пять "
        "соглашений.",
        {"ESP", "CHN"},
        {"YEM"},
    ),
    # the one a mediator is asked to sway
    (
        "en",
        "BEIJING — During his state visit to China, the Spanish president asked the Chinese leader to use his "
        "influence with Iran; Spain and China signed five agreements.",
        {"ESP", "CHN"},
        {"IRN"},
    ),
    (
        "fr",
        "PÉKIN — Pendant sa visite d'État en Chine, le président espagnol a demandé au dirigeant chinois d'user de son "
        "influence auprès de l'Iran ; l'Espagne et la Chine ont signé cinq accords.",
        {"ESP", "CHN"},
        {"IRN"},
    ),
    (
        "ru",
        "ПЕКИН — В ходе государственного визита в Китай президент Испании попросил китайского лидера повлиять на Иран; "
        "Испания и Китай подписали пять соглашений.",
        {"ESP", "CHN"},
        {"IRN"},
    ),
    # a demonym that qualifies another
    (
        "en",
        "LONDON — After his Gulf visit, the British prime minister will meet the Turkish Cypriot leader in Nicosia to "
        "sign two agreements between Britain and Cyprus.",
        {"GBR", "CYP"},
        {"TUR"},
    ),
    (
        "fr",
        "LONDRES — Le Premier ministre britannique rencontrera le dirigeant chypriote turc à Nicosie pour signer deux "
        "accords entre le Royaume-Uni et Chypre.",
        {"GBR", "CYP"},
        {"TUR"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), CASES)
def test_third_states_in_no_side_roles(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # the pair's own war or troops stay theirs
        (
            "en",
            "KYIV — Ukraine and Poland signed two agreements on the war in Ukraine and on Polish troops.",
            {"UKR", "POL"},
        ),
        ("fr", "KIEV — L'Ukraine et la Pologne ont signé deux accords sur la guerre en Ukraine.", {"UKR", "POL"}),
        ("ru", "КИЕВ — Украина и Польша подписали два соглашения о войне на Украине.", {"UKR", "POL"}),
        # a list with no side remark before it: every state signs
        ("en", "Kenya, Uganda and Tanzania signed a customs agreement with Rwanda.", {"KEN", "UGA", "TZA", "RWA"}),
        (
            "fr",
            "Le Kenya, l'Ouganda et la Tanzanie ont signé un accord douanier avec le Rwanda.",
            {"KEN", "UGA", "TZA", "RWA"},
        ),
        # a deal in the main clause, not an opening one
        ("en", "The United States signed a trade deal with Mexico and Canada on Monday.", {"USA", "MEX", "CAN"}),
    ],
)
def test_true_sides_stay(language, text, kept):
    assert kept <= parties(text, language)
