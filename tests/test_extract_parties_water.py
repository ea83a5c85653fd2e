"""A state inside the name of a sea or a gulf is no state (issue 11, party precision, sixteenth session).

"the Gulf of Guinea", "the South China Sea", "the Sea of Japan", "le golfe de Guinée", "la mer de Chine
méridionale", "Гвинейский залив", "Южно-Китайское море", "o Golfo da Guiné", "el Golfo de México": invented sentences
in English, French, Russian, Portuguese and Spanish. Guards: the states whose names contain "Guinea" stay, and so
does a state beside a verb that only begins like a water noun ("заливает").
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties
from partnerlens.cooperation.extract.water_bodies import without_water_bodies
from partnerlens.cooperation.gazetteer import find_party_mentions

parties = article_parties


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        (
            "en",
            "ABUJA — Nigeria and Turkey signed a maritime security agreement on Monday against piracy in the Gulf of "
            "Guinea.",
            {"NGA", "TUR"},
            {"GIN"},
        ),
        (
            "en",
            "HANOI — Vietnam and India signed a defence agreement on Monday amid tensions in the South China Sea.",
            {"VNM", "IND"},
            {"CHN"},
        ),
        (
            "en",
            "MOSCOW — Russia and South Korea signed a fisheries agreement on Monday for the Sea of Japan.",
            {"RUS", "KOR"},
            {"JPN"},
        ),
        (
            "fr",
            "YAOUNDÉ — Le Cameroun et la Côte d'Ivoire ont signé lundi un accord sur la sécurité maritime dans le golfe "
            "de Guinée.",
            {"CMR", "CIV"},
            {"GIN"},
        ),
        (
            "fr",
            "HANOÏ — Le Vietnam et l'Inde ont signé lundi un accord de défense sur fond de tensions en mer de Chine "
            "méridionale.",
            {"VNM", "IND"},
            {"CHN"},
        ),
        (
            "ru",
            "АБУДЖА — Нигерия и Турция в понедельник подписали соглашение о морской безопасности в Гвинейском заливе.",
            {"NGA", "TUR"},
            {"GIN"},
        ),
        (
            "ru",
            "ХАНОЙ — Вьетнам и Индия в понедельник подписали оборонное соглашение на фоне напряженности в "
            "Южно-Китайском море.",
            {"VNM", "IND"},
            {"CHN"},
        ),
        (
            "pt",
            "LUANDA — Angola e a Nigéria assinaram na segunda-feira um acordo de segurança marítima no Golfo da Guiné.",
            {"AGO", "NGA"},
            {"GIN"},
        ),
        (
            "es",
            "LA HABANA — Cuba y España firmaron el lunes un acuerdo de pesca en el Golfo de México.",
            {"CUB", "ESP"},
            {"MEX"},
        ),
    ],
)
def test_a_state_in_the_name_of_a_sea_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        (
            "en",
            "Nigeria, Equatorial Guinea, Guinea-Bissau and Papua New Guinea patrol the Gulf of Guinea.",
            {"GNQ", "GNB", "PNG"},
        ),
        ("pt", "A Guiné Equatorial e a Guiné-Bissau patrulham o Golfo da Guiné.", {"GNQ", "GNB"}),
        ("ru", "Россия заливает рынок Турции зерном.", {"RUS", "TUR"}),
        ("fr", "La Guinée et le Sénégal ont signé un accord sur la pêche.", {"GIN", "SEN"}),
    ],
)
def test_states_beside_a_water_name_stay(language, text, kept):
    found = find_party_mentions(text, language)
    assert kept <= {m.party for m in without_water_bodies(text, found, language)}
