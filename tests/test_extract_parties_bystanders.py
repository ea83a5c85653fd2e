"""States that look on are not parties of an article (issue 11, party precision, sixteenth session).

Each class is written as invented sentences in English, French and Russian (Portuguese and Spanish where the words
exist), with guards: witnesses of a signing after a presence phrase, every state of the list ("in the presence of the
ambassadors of France and Germany"); the capital where the article's pair met ("the two presidents met in Paris in
May"); a model told with its verb after it ("as Japan did after the war", "как Япония после войны"). The article's
pair stays, and so does a state named as a side in its own right (a leader by name, a visit to it). Two more: an
audience by its nationality ("told Japanese and Vietnamese journalists"), a partner left ("from its traditional
supplier, Russia") and a state only ever named inside a compound of states ("the Russia-US summit").
"""

from __future__ import annotations

import pytest

from _extract_parties import article_parties
from partnerlens.cooperation.extract import article_context
from partnerlens.cooperation.extract.bystanders import compounded_only

parties = article_parties

WITNESSES = [
    (
        "en",
        "ACCRA — Turkey and Ghana signed four agreements on Monday in the presence of the ambassadors of France and "
        "Germany.",
        {"TUR", "GHA"},
        {"FRA", "DEU"},
    ),
    (
        "en",
        "ACCRA — Turkey and Ghana signed four agreements on Monday, witnessed by French, German and Italian diplomats.",
        {"TUR", "GHA"},
        {"FRA", "DEU", "ITA"},
    ),
    (
        "fr",
        "ACCRA — La Turquie et le Ghana ont signé lundi quatre accords en présence des ambassadeurs de France et "
        "d'Allemagne.",
        {"TUR", "GHA"},
        {"FRA", "DEU"},
    ),
    (
        "ru",
        "АККРА — Турция и Гана в понедельник подписали четыре соглашения в присутствии послов Франции и Германии.",
        {"TUR", "GHA"},
        {"FRA", "DEU"},
    ),
    (
        "pt",
        "LUANDA — Angola e a Turquia assinaram na segunda-feira quatro acordos na presença dos embaixadores da França "
        "e da Alemanha.",
        {"AGO", "TUR"},
        {"FRA", "DEU"},
    ),
    (
        "es",
        "LA HABANA — Cuba y Turquía firmaron el lunes cuatro acuerdos en presencia de los embajadores de Francia y "
        "Alemania.",
        {"CUB", "TUR"},
        {"FRA", "DEU"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), WITNESSES)
def test_witnesses_of_a_signing_are_no_sides(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "Turkey and Ghana signed four agreements in the presence of President Erdogan.", {"TUR", "GHA"}),
        (
            "fr",
            "Le Ghana et la Turquie ont signé quatre accords en présence du président turc ; la Turquie financera le "
            "port.",
            {"TUR", "GHA"},
        ),
        ("ru", "Гана и Турция подписали четыре соглашения в присутствии президента Турции.", {"TUR", "GHA"}),
    ],
)
def test_a_witness_of_the_pair_stays_a_side(language, text, kept):
    """The article's own leaders attend their signings: a state of the pair is never a mere witness."""
    assert kept <= parties(text, language)


VENUES = [
    (
        "en",
        "ACCRA — Turkey and Ghana signed four agreements on Monday. The two presidents met in Paris in May.",
        {"TUR", "GHA"},
        {"FRA"},
    ),
    (
        "en",
        "ACCRA — Turkish President Erdogan met Ghanaian President Mahama in Accra on Monday. In Geneva last month, the "
        "two presidents had discussed energy.",
        {"TUR", "GHA"},
        {"CHE"},
    ),
    (
        "fr",
        "ACCRA — La Turquie et le Ghana ont signé lundi quatre accords. Les deux présidents s'étaient rencontrés à "
        "Paris en mai.",
        {"TUR", "GHA"},
        {"FRA"},
    ),
    (
        "ru",
        "АККРА — Турция и Гана в понедельник подписали четыре соглашения. Президенты Турции и Ганы встречались в "
        "Париже в мае.",
        {"TUR", "GHA"},
        {"FRA"},
    ),
    (
        "pt",
        "LUANDA — Angola e a Turquia assinaram na segunda-feira quatro acordos. Os dois presidentes reuniram-se em "
        "Paris em maio.",
        {"AGO", "TUR"},
        {"FRA"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), VENUES)
def test_the_place_where_the_pair_met_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "ACCRA — Turkey and Ghana signed four agreements on Monday. Erdogan then met Macron in Paris.", {"FRA"}),
        (
            "fr",
            "ACCRA — La Turquie et le Ghana ont signé lundi quatre accords. Erdogan se rendra ensuite en France.",
            {"FRA"},
        ),
        ("ru", "АККРА — Турция и Гана подписали четыре соглашения. Затем Эрдоган посетит Францию.", {"FRA"}),
    ],
)
def test_a_state_named_by_its_name_or_leader_is_left_to_the_other_rules(language, text, kept):
    """Only a capital is read as the place the pair met: France named by its name or its president stays."""
    assert kept <= parties(text, language)


MODELS = [
    (
        "en",
        "ADDIS ABABA — Turkey and Ethiopia signed an energy agreement on Monday. Ethiopia wants to industrialise as "
        "Japan did after the war, the minister said during the talks.",
        {"TUR", "ETH"},
        {"JPN"},
    ),
    (
        "en",
        "ADDIS ABABA — Turkey and Ethiopia signed an energy agreement on Monday. Ethiopia hopes to grow as South Korea "
        "had done in the 1970s, the minister said at the talks.",
        {"TUR", "ETH"},
        {"KOR"},
    ),
    (
        "fr",
        "ADDIS-ABEBA — La Turquie et l'Éthiopie ont signé lundi un accord sur l'énergie. L'Éthiopie veut "
        "s'industrialiser comme le Japon après la guerre, a déclaré le ministre lors des entretiens.",
        {"TUR", "ETH"},
        {"JPN"},
    ),
    (
        "ru",
        "АДДИС-АБЕБА — Турция и Эфиопия в понедельник подписали соглашение об энергетике. Эфиопия хочет провести "
        "индустриализацию, как Япония после войны, заявил министр в ходе переговоров.",
        {"TUR", "ETH"},
        {"JPN"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), MODELS)
def test_a_model_told_with_its_verb_after_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


def test_both_states_after_russian_kak_stay_sides():
    """ "как Россия, так и Китай" (both Russia and China): no time after the state, no comparison."""
    text = "Как Россия, так и Китай подписали в понедельник с Эфиопией соглашения об энергетике."
    assert {"RUS", "CHN", "ETH"} <= parties(text, "ru")


AUDIENCES = [
    (
        "en",
        "MOSCOW — Russia and Vietnam signed five agreements on Monday. Lavrov told Japanese and Vietnamese journalists "
        "that trade had reached $5 billion.",
        {"RUS", "VNM"},
        {"JPN"},
    ),
    (
        "fr",
        "MOSCOU — La Russie et le Vietnam ont signé lundi cinq accords. Lavrov a déclaré à des journalistes japonais "
        "et vietnamiens que les échanges avaient atteint 5 milliards de dollars.",
        {"RUS", "VNM"},
        {"JPN"},
    ),
    (
        "ru",
        "МОСКВА — Россия и Вьетнам в понедельник подписали пять соглашений. Лавров сказал японским и вьетнамским "
        "журналистам, что товарооборот достиг 5 млрд долларов.",
        {"RUS", "VNM"},
        {"JPN"},
    ),
    (
        "pt",
        "MOSCOU — A Rússia e o Vietnã assinaram na segunda-feira cinco acordos. Lavrov disse a jornalistas japoneses "
        "que o comércio atingiu 5 bilhões de dólares.",
        {"RUS", "VNM"},
        {"JPN"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), AUDIENCES)
def test_an_audience_by_its_nationality_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "Russia and Vietnam signed five agreements; Japanese investors will fund the port.", {"JPN"}),
        (
            "fr",
            "La Russie et le Vietnam ont signé cinq accords ; des investisseurs japonais financeront le port.",
            {"JPN"},
        ),
        ("ru", "Россия и Вьетнам подписали пять соглашений; японские инвесторы профинансируют порт.", {"JPN"}),
    ],
)
def test_people_who_act_keep_their_state(language, text, kept):
    """Investors act: only an audience (journalists, students, tourists) is read as no side."""
    assert kept <= parties(text, language)


PARTNERS_LEFT = [
    (
        "en",
        "NEW DELHI — India and the United States signed three agreements on Monday, a sign of India's shift away from "
        "its traditional supplier, Russia.",
        {"IND", "USA"},
        {"RUS"},
    ),
    (
        "fr",
        "NEW DELHI — L'Inde et les États-Unis ont signé lundi trois accords, signe que l'Inde s'éloigne de son "
        "fournisseur traditionnel, la Russie.",
        {"IND", "USA"},
        {"RUS"},
    ),
    (
        "ru",
        "НЬЮ-ДЕЛИ — Индия и США в понедельник подписали три соглашения: Индия отходит от своего традиционного "
        "поставщика — России.",
        {"IND", "USA"},
        {"RUS"},
    ),
    (
        "es",
        "NUEVA DELHI — India y Estados Unidos firmaron el lunes tres acuerdos, y la India se aleja de su proveedor "
        "tradicional, Rusia.",
        {"IND", "USA"},
        {"RUS"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), PARTNERS_LEFT)
def test_a_partner_left_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


def test_the_pair_named_as_a_traditional_partner_stays():
    """A state of the pair told as the other's traditional partner is still a side."""
    text = "India and Russia signed three agreements on Monday; India's traditional supplier, Russia, will build ships."
    assert {"IND", "RUS"} <= parties(text, "en")


COMPOUNDED = [
    (
        "en",
        "NEW DELHI — India and Russia signed 28 agreements on Monday. Putin's only trip abroad this year was the brief "
        "visit to Geneva for the Russia-US summit.",
        {"IND", "RUS"},
        {"USA"},
    ),
    (
        "fr",
        "PARIS — La France et le Vietnam ont signé lundi cinq accords. Macron a évoqué le sommet Chine-États-Unis de "
        "Genève.",
        {"FRA", "VNM"},
        {"CHN", "USA"},
    ),
    (
        "ru",
        "МОСКВА — Россия и Монголия в понедельник подписали пять соглашений. Стороны обсудили сотрудничество в "
        "формате Россия-Монголия-Китай.",
        {"RUS", "MNG"},
        {"CHN"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), COMPOUNDED)
def test_a_state_only_named_inside_a_compound_of_states_is_no_side(language, text, kept, dropped):
    found = parties(text, language)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("en", "ANKARA — Turkey and Nigeria signed eight agreements on the eve of the Turkey-Africa summit.", "africa"),
        (
            "en",
            "ANKARA — Turkey and Nigeria signed eight agreements. The Turkey-Ghana-Nigeria talks followed, and Ghana "
            "will host the next round.",
            "GHA",
        ),
        (
            "ru",
            "МОСКВА — Россия и Монголия подписали пять соглашений. Китай присоединится к проекту Россия-Монголия-Китай.",
            "CHN",
        ),
    ],
)
def test_a_group_or_a_state_also_named_alone_is_not_compounded_only(language, text, code):
    """A region in a summit's name is its side; a state the article also names on its own is left to the other rules."""
    context = article_context(text, language)
    mentions = [m for m in context.mentions if m.party == code]
    assert mentions
    assert not any(compounded_only(text, m, context.mentions) for m in mentions)


def test_the_compounded_state_is_read_so():
    """The positive case of the same function: China only inside "Россия-Монголия-Китай"."""
    text = COMPOUNDED[2][1]
    context = article_context(text, "ru")
    chinese = [m for m in context.mentions if m.party == "CHN"]
    assert chinese
    assert all(compounded_only(text, m, context.mentions) for m in chinese)
