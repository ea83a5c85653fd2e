"""Sector words of the twenty-first session (issue 11): the words ordinary news uses for each taxonomy field that
the language files lacked, in every language — power grids and photovoltaics are energy, the internet and software
ICT, schools, teachers and human capital education, museums and the arts culture, the police, weapons and law
enforcement security, taxation, payment systems and national currencies finance, roads, highways and freight
transport, air traffic and air links air transport, administrative reform and decentralisation public services, an
economic partnership agreement trade. Each is written as the word family a reader meets (plurals, Russian case
forms, compounds), and each is kept apart from the other senses of its words: a road map, the IMF, "a cargo de",
"в связи с", the balance of payments, a welcome "with open arms", a "Plaza de Armas" and a commander "of the Armed
Forces" name no field. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sector_mentions

PUBLISHED = date(2025, 9, 17)


def named(text: str, language: str) -> set[str]:
    return set(sector_mentions(text, language, families=True)[0])


FIELDS = [
    # energy: grids, power stations, photovoltaics, wind farms, the energy transition
    ("The loan will upgrade the power grid of the capital.", "en", "energy"),
    ("They agreed to build hydroelectric dams and wind farms.", "en", "energy"),
    ("Un projet géothermique sera étudié.", "fr", "energy"),
    ("Un projet photovoltaïque de 50 MW a été lancé.", "fr", "energy"),
    ("Стороны обсудили строительство линий электропередачи.", "ru", "energy"),
    ("Стороны построят ЛЭП до границы.", "ru", "energy"),
    ("Um parque fotovoltaico será construído no sul.", "pt", "energy"),
    ("Se construirá una planta geotérmica en la costa.", "es", "energy"),
    # agriculture: the agrarian sector, food supply
    ("The agrarian sector employs half of the workforce.", "en", "agriculture"),
    ("La réforme agraire a été évoquée.", "fr", "agriculture"),
    ("El sector agrario recibirá créditos.", "es", "agriculture"),
    ("A reforma agrária foi discutida.", "pt", "agriculture"),
    # ICT: the internet, broadband, software, data centres
    ("The firms will bring broadband internet to rural areas.", "en", "ict"),
    ("Un accord sur le haut débit et les logiciels a été conclu.", "fr", "ict"),
    ("Компании займутся развитием интернета и программного обеспечения.", "ru", "ict"),
    ("O memorando abrange a internet e os centros de dados.", "pt", "ict"),
    ("Cooperarán en banda ancha y software.", "es", "ict"),
    # education: schools, colleges, teachers
    ("The grant will fund schools and colleges in the north.", "en", "education"),
    ("Le Japon financera la construction d'écoles.", "fr", "education"),
    ("Россия поможет построить школы и колледжи.", "ru", "education"),
    ("Os professores e a alfabetização receberão apoio.", "pt", "education"),
    ("Los docentes recibirán apoyo y habrá campañas de alfabetización.", "es", "education"),
    # education: human capital
    ("The loan will develop human capital in the region.", "en", "education"),
    ("La valorisation du capital humain est une priorité.", "fr", "education"),
    ("Стороны займутся развитием человеческого капитала.", "ru", "education"),
    ("O investimento no capital humano será reforçado.", "pt", "education"),
    ("El desarrollo del capital humano es prioritario.", "es", "education"),
    # culture: museums, the arts, cultural heritage
    ("The museums of both capitals will exchange exhibits.", "en", "culture"),
    ("Les musées des deux pays prêteront des œuvres.", "fr", "culture"),
    ("Музеи двух стран обменяются выставками.", "ru", "culture"),
    ("Os museus dos dois países trocarão exposições.", "pt", "culture"),
    ("Los museos de ambos países intercambiarán obras.", "es", "culture"),
    # security: the police, weapons, law enforcement, the armed forces
    ("The two police forces will share intelligence on weapons smuggling.", "en", "security_defence"),
    ("They signed a deal on law enforcement.", "en", "security_defence"),
    ("La gendarmerie et la police recevront des formations.", "fr", "security_defence"),
    ("Стороны договорились о взаимодействии правоохранительных органов.", "ru", "security_defence"),
    ("Москва поставит вооружение и оружие.", "ru", "security_defence"),
    ("A polícia dos dois países trocará informações.", "pt", "security_defence"),
    ("La policía de ambos países compartirá datos sobre armas.", "es", "security_defence"),
    # finance: taxation, payment systems, national currencies, monetary policy
    ("They agreed to settle trade in national currencies and link their payment systems.", "en", "finance"),
    ("A memorandum on taxation was signed.", "en", "finance"),
    ("Un accord sur la fiscalité et les systèmes de paiement a été signé.", "fr", "finance"),
    ("Стороны перешли на расчёты в национальных валютах.", "ru", "finance"),
    ("Подписано соглашение о налогообложении.", "ru", "finance"),
    ("Assinaram um acordo de tributação e sistemas de pagamento.", "pt", "finance"),
    ("Firmaron un convenio sobre tributación y sistemas de pago.", "es", "finance"),
    # logistics: roads, highways, freight
    ("China will finance roads and a highway to the border.", "en", "logistics"),
    ("Le fret entre les deux pays a doublé.", "fr", "logistics"),
    ("Стороны обсудили строительство автомобильных дорог.", "ru", "logistics"),
    ("Развивается сеть автодорог между странами.", "ru", "logistics"),
    ("O Brasil financiará estradas em Moçambique.", "pt", "logistics"),
    ("La red vial entre las dos ciudades será ampliada.", "es", "logistics"),
    # air transport: air traffic and air links (an airport alone is where a guest lands, no field)
    ("Air traffic between the two capitals has doubled.", "en", "air_transport"),
    ("Le trafic aérien entre les deux capitales a doublé.", "fr", "air_transport"),
    ("O tráfego aéreo entre as capitais duplicou.", "pt", "air_transport"),
    ("El tráfico aéreo entre las capitales se duplicó.", "es", "air_transport"),
    # public services: administrative reform, decentralisation
    ("The ministers discussed decentralisation and administrative reform.", "en", "public_services"),
    ("Le Maroc partagera son expérience de la décentralisation.", "fr", "public_services"),
    ("Стороны обменялись опытом административной реформы.", "ru", "public_services"),
    ("Portugal apoiará a descentralização em Cabo Verde.", "pt", "public_services"),
    ("España apoyará la descentralización en Bolivia.", "es", "public_services"),
    # trade: an economic partnership agreement
    ("Talks on an economic partnership agreement resumed.", "en", "trade"),
    ("L'accord de partenariat économique entrera en vigueur.", "fr", "trade"),
    ("Стороны подписали соглашение об экономическом партнёрстве.", "ru", "trade"),
    ("O acordo de parceria económica foi ratificado.", "pt", "trade"),
    ("El acuerdo de asociación económica fue ratificado.", "es", "trade"),
]


@pytest.mark.parametrize("text, language, sector", FIELDS)
def test_the_words_of_ordinary_news_name_their_field(text: str, language: str, sector: str) -> None:
    assert sector in named(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("They adopted a road map for cooperation.", "en"),
        ("The delegation was welcomed with open arms.", "en"),
        ("The International Monetary Fund expects growth of 3%.", "en"),
        ("Une feuille de route a été adoptée.", "fr"),
        ("Le Fonds monétaire international prévoit une croissance de 3 %.", "fr"),
        ("Стороны утвердили дорожную карту.", "ru"),
        ("В связи с визитом президента перекрыли движение.", "ru"),
        ("Дефицит платёжного баланса сократился.", "ru"),
        ("Искусственный интеллект обсуждался отдельно.", "ru"),
        ("O ministro, a cargo da pasta, aprovou um roteiro.", "pt"),
        ("El ministro, a cargo de la cartera, aprobó una hoja de ruta.", "es"),
        ("El Fondo Monetario Internacional prevé crecimiento.", "es"),
        ("La ceremonia tuvo lugar en el Patio de Armas del palacio.", "es"),
        ("Le cortège a traversé la place d'Armes.", "fr"),
        ("He met the Deputy Supreme Commander of the Armed Forces.", "en"),
    ],
)
def test_other_senses_of_the_new_words_name_no_field(text: str, language: str) -> None:
    found = named(text, language)
    assert not found & {"logistics", "finance", "security_defence", "culture"}


@pytest.mark.parametrize(
    "text, language, sector, not_sector",
    [
        ("Solar farms and wind farms will be built.", "en", "energy", "agriculture"),
        ("Строительство автомобильных дорог профинансирует банк.", "ru", "logistics", "vehicles"),
        ("Развивается автомобильный транспорт между странами.", "ru", "logistics", "vehicles"),
    ],
)
def test_a_compound_names_its_own_field_not_its_parts(text, language, sector, not_sector) -> None:
    found = named(text, language)
    assert sector in found and not_sector not in found


# --- a sentence that tells a meeting may still tell what the agreements just signed cover -----------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Ghana signed five agreements on Monday.\n\nSpeaking at a press conference after the talks, "
            "Ruto said the deals focus on energy, health and tourism.",
            "en",
        ),
        (
            "Le Sénégal et le Mali ont signé lundi cinq accords.\n\nLors d'une conférence de presse conjointe tenue "
            "mardi à Dakar par les présidents sénégalais et malien, Diomaye Faye a indiqué que ces accords concernent "
            "l'énergie, la santé et le tourisme.",
            "fr",
        ),
        (
            "Россия и Египет подписали в понедельник пять соглашений.\n\nВо вторник на совместной пресс-конференции "
            "президентов России и Египта в Каире Путин сообщил, что эти документы касаются энергетики, "
            "здравоохранения и туризма.",
            "ru",
        ),
        (
            "Angola e Brasil assinaram na segunda-feira cinco acordos.\n\nNa conferência de imprensa conjunta dos "
            "presidentes angolano e brasileiro, na terça-feira em Luanda, Lula disse que estes acordos abrangem a "
            "energia, a saúde e o turismo.",
            "pt",
        ),
        (
            "Cuba y Chile firmaron el lunes cinco acuerdos.\n\nEn la rueda de prensa conjunta de los presidentes "
            "cubano y chileno, el martes en La Habana, Boric dijo que estos acuerdos abarcan la energía, la salud y "
            "el turismo.",
            "es",
        ),
    ],
)
def test_a_meeting_sentence_that_refers_to_the_agreements_gives_them_its_areas(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    signed = [p for p in found if p.kind == "agreement"]
    assert len(signed) == 1
    assert {"energy", "health", "tourism"} <= set(signed[0].sectors)
