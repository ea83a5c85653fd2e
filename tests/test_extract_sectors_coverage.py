"""Coverage of the sector taxonomy in every language (issue 11, x8sect): every id of
``reference/data/sectors.yaml`` has words of its own in English, French, Russian, Portuguese and Spanish; every
whole word listed for a language names its sector when written alone; and the ordinary words a press article uses
for each sector (plural, Russian case forms, Portuguese and Spanish accents) are read. The words are invented
lists from the languages, not sentences of the evaluation set. Words deliberately left out because they mostly
mean something else ("or" in French, "espace", "связи", "power") are not listed."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from partnerlens.cooperation.extract.sectors import sectors

LANGUAGES = ("en", "fr", "ru", "pt", "es")


def _taxonomy() -> list[dict]:
    path = resources.files("partnerlens.reference").joinpath("data/sectors.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _language_file(language: str) -> dict[str, list[str]]:
    path = resources.files("partnerlens.reference").joinpath(f"data/sectors.{language}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _whole_words(sector: dict, language: str) -> list[str]:
    """The words (not stems) ``language`` lists for ``sector``; English counts the taxonomy's own synonyms."""
    own = [w for w in _language_file(language).get(sector["id"], []) if not str(w).endswith("*")]
    return own + (list(sector["synonyms"]) if language == "en" else [])


IDS = [s["id"] for s in _taxonomy()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_taxonomy_id_has_words_in_every_language(language):
    missing = [s["id"] for s in _taxonomy() if not _whole_words(s, language)]
    assert missing == [], f"sectors with no {language} words: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_files_name_only_taxonomy_ids(language):
    assert sorted(set(_language_file(language)) - set(IDS)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_listed_word_names_its_sector_alone(language):
    """A listed word shadowed by a longer word of another sector, or lost to lemmatisation, names nothing."""
    lost = [
        (s["id"], word)
        for s in _taxonomy()
        for word in _own_words(s, language)
        if s["id"] not in sectors(word, language, goods_only=False)
    ]
    assert lost == []


def _own_words(sector: dict, language: str) -> list[str]:
    """The words ``language``'s file lists for ``sector`` (the taxonomy's English synonyms for English too; its
    "IT", read in capitals only, is no Russian word)."""
    return _whole_words(sector, language)


# Ordinary press words for each sector, in the forms articles write them (Russian in the genitive, as
# "сотрудничество в сфере …" governs; plurals; both Portuguese spellings).
ORDINARY = {
    "agriculture": {
        "en": ["farmers", "food processing", "fisheries", "livestock farming"],
        "fr": ["agriculteurs", "pêcheries", "industrie agroalimentaire", "filière agricole", "produits agricoles"],
        "ru": [
            "сельского хозяйства",
            "аграрного сектора",
            "рыболовства",
            "продовольственной безопасности",
            "сельхозпродукции",
        ],
        "pt": ["agricultores", "pecuária", "produtos agrícolas", "agroindústria", "setor agrícola"],
        "es": ["agricultores", "ganadería", "productos agrícolas", "agroindustria", "sector agropecuario", "pesca"],
    },
    "coffee": {"en": ["coffee beans"], "fr": ["café", "cafés"], "ru": ["кофе"], "pt": ["café"], "es": ["café"]},
    "tea": {"en": ["tea"], "fr": ["thé"], "ru": ["чая", "чай"], "pt": ["chá"], "es": ["té"]},
    "grains": {
        "en": ["wheat", "grain exports"],
        "fr": ["céréales", "blé"],
        "ru": ["зерна", "пшеницы", "зерновых"],
        "pt": ["cereais", "trigo", "milho"],
        "es": ["cereales", "trigo", "granos"],
    },
    "cotton": {"en": ["cotton"], "fr": ["coton"], "ru": ["хлопка"], "pt": ["algodão"], "es": ["algodón"]},
    "fertilizers": {
        "en": ["fertilizers"],
        "fr": ["engrais"],
        "ru": ["удобрений", "минеральных удобрений"],
        "pt": ["fertilizantes", "adubos"],
        "es": ["fertilizantes", "abonos"],
    },
    "petrochemicals": {
        "en": ["petrochemicals"],
        "fr": ["pétrochimie"],
        "ru": ["нефтехимии"],
        "pt": ["petroquímica"],
        "es": ["petroquímica"],
    },
    "energy": {
        "en": ["energy", "oil and gas", "renewables"],
        "fr": ["énergie", "énergies", "hydrocarbures", "électricité", "énergies renouvelables"],
        "ru": [
            "энергетики",
            "нефти и газа",
            "электроэнергии",
            "ТЭК",
            "возобновляемых источников энергии",
            "атомной энергии",
        ],
        "pt": ["energia", "petróleo e gás", "energias renováveis", "eletricidade", "electricidade"],
        "es": ["energía", "petróleo y gas", "energías renovables", "electricidad", "hidrocarburos"],
    },
    "three_t": {
        "en": ["tin", "coltan"],
        "fr": ["étain", "tungstène", "tantale", "coltan", "cassitérite"],
        "ru": ["олова", "вольфрама", "тантала", "колтана"],
        "pt": ["estanho", "tungsténio", "tântalo", "coltan", "cassiterite"],
        "es": ["estaño", "tungsteno", "tántalo", "coltán", "casiterita"],
    },
    "critical_minerals": {
        "en": ["critical minerals", "lithium"],
        "fr": ["minerais critiques", "lithium", "terres rares", "minéraux stratégiques"],
        "ru": ["критически важных минералов", "лития", "редкоземельных металлов", "редкоземельных элементов"],
        "pt": ["minerais críticos", "lítio", "terras raras", "minerais estratégicos"],
        "es": ["minerales críticos", "litio", "tierras raras", "minerales estratégicos"],
    },
    "mining": {
        "en": ["mining", "mines", "mineral resources"],
        "fr": ["mines", "secteur minier", "exploitation minière", "ressources minières"],
        "ru": [
            "горнодобывающей промышленности",
            "добычи полезных ископаемых",
            "геологии",
            "недропользования",
            "горнорудной",
        ],
        "pt": ["mineração", "setor mineiro", "recursos minerais", "minas"],
        "es": ["minería", "sector minero", "recursos minerales", "minas"],
    },
    "pharmaceuticals": {
        "en": ["pharmaceuticals", "vaccines", "medicines"],
        "fr": ["industrie pharmaceutique", "médicaments", "vaccins"],
        "ru": ["фармацевтики", "лекарственных средств", "вакцин", "лекарств", "фармацевтической промышленности"],
        "pt": ["medicamentos", "vacinas", "indústria farmacêutica"],
        "es": ["medicamentos", "vacunas", "industria farmacéutica"],
    },
    "ict": {
        "en": ["ICT", "digital economy", "telecommunications"],
        "fr": ["numérique", "économie numérique", "télécommunications", "TIC", "technologies de l'information"],
        "ru": ["цифровой экономики", "информационных технологий", "ИКТ", "телекоммуникаций", "цифровизации"],
        "pt": ["economia digital", "telecomunicações", "tecnologias de informação", "tecnologias da informação"],
        "es": ["economía digital", "telecomunicaciones", "tecnologías de la información", "transformación digital"],
    },
    "textiles": {
        "en": ["textiles", "garments"],
        "fr": ["textile", "habillement"],
        "ru": ["текстильной промышленности", "лёгкой промышленности", "легкой промышленности"],
        "pt": ["têxteis", "indústria têxtil", "vestuário"],
        "es": ["textiles", "industria textil", "confección"],
    },
    "machinery": {
        "en": ["machinery", "engineering"],
        "fr": ["machines", "équipements"],
        "ru": ["машиностроения", "оборудования", "техники"],
        "pt": ["máquinas", "equipamentos", "maquinaria"],
        "es": ["maquinaria", "equipos"],
    },
    "vehicles": {
        "en": ["cars", "automotive industry"],
        "fr": ["automobile", "industrie automobile", "véhicules"],
        "ru": ["автомобилей", "автомобилестроения", "автопрома"],
        "pt": ["automóveis", "indústria automóvel", "veículos"],
        "es": ["automóviles", "industria automotriz", "vehículos"],
    },
    "education": {
        "en": ["education", "higher education", "training"],
        "fr": ["éducation", "enseignement supérieur", "formation", "formation professionnelle"],
        "ru": ["образования", "высшего образования", "подготовки кадров", "профессионального образования"],
        "pt": ["educação", "ensino superior", "formação", "formação de quadros"],
        "es": ["educación", "enseñanza superior", "educación superior", "formación", "capacitación"],
    },
    "finance": {
        "en": ["finance", "banking"],
        "fr": ["finances", "secteur bancaire", "banques", "finance"],
        "ru": ["финансов", "финансовой сферы", "банковской сферы", "страхования"],
        "pt": ["finanças", "setor bancário", "banca", "sector financeiro"],
        "es": ["finanzas", "sector bancario", "banca", "sector financiero"],
    },
    "air_transport": {
        "en": ["air transport", "aviation", "air services"],
        "fr": ["transport aérien", "aviation civile", "services aériens"],
        "ru": ["авиасообщения", "гражданской авиации", "воздушного сообщения", "авиаперевозок"],
        "pt": ["transporte aéreo", "aviação civil", "serviços aéreos"],
        "es": ["transporte aéreo", "aviación civil", "servicios aéreos"],
    },
    "logistics": {
        "en": ["transport", "logistics", "railways"],
        "fr": ["transports", "logistique", "chemins de fer", "transport maritime", "ports"],
        "ru": ["транспорта", "логистики", "железнодорожного транспорта", "морского транспорта", "транзита"],
        "pt": ["transportes", "logística", "caminhos de ferro", "ferrovias", "portos"],
        "es": ["transporte", "logística", "ferrocarriles", "puertos", "transporte marítimo"],
    },
    "public_services": {
        "en": ["public administration", "civil service", "e-government"],
        "fr": ["administration publique", "fonction publique", "gouvernance numérique", "services publics"],
        "ru": ["государственной службы", "государственного управления", "электронного правительства", "госуправления"],
        "pt": ["administração pública", "função pública", "governo eletrónico", "serviços públicos"],
        "es": [
            "administración pública",
            "función pública",
            "gobierno electrónico",
            "servicios públicos",
            "gobierno digital",
        ],
    },
    "security_defence": {
        "en": ["defence", "security", "military"],
        "fr": ["défense", "sécurité", "militaire"],
        "ru": ["обороны", "безопасности", "военно-технического сотрудничества", "военной"],
        "pt": ["defesa", "segurança", "militar"],
        "es": ["defensa", "seguridad", "militar"],
    },
    "health": {
        "en": ["health", "healthcare"],
        "fr": ["santé", "santé publique", "médecine"],
        "ru": ["здравоохранения", "медицины"],
        "pt": ["saúde", "saúde pública", "medicina"],
        "es": ["salud", "sanidad", "salud pública", "medicina"],
    },
    "tourism": {
        "en": ["tourism"],
        "fr": ["tourisme"],
        "ru": ["туризма", "туристической отрасли"],
        "pt": ["turismo"],
        "es": ["turismo"],
    },
    "culture": {
        "en": ["culture", "sports", "youth"],
        "fr": ["culture", "sport", "jeunesse", "arts"],
        "ru": ["культуры", "спорта", "молодёжной политики", "молодежной политики", "гуманитарной"],
        "pt": ["cultura", "desporto", "esporte", "juventude"],
        "es": ["cultura", "deporte", "deportes", "juventud"],
    },
    "trade": {
        "en": ["trade", "commerce", "exports"],
        "fr": ["commerce", "échanges commerciaux", "exportations"],
        "ru": ["торговли", "товарооборота", "экспорта", "торгово-экономического сотрудничества"],
        "pt": ["comércio", "trocas comerciais", "exportações"],
        "es": ["comercio", "intercambio comercial", "exportaciones"],
    },
    "investment": {
        "en": ["investment", "investments"],
        "fr": ["investissements", "investissement"],
        "ru": ["инвестиций", "инвестиционного сотрудничества", "капиталовложений"],
        "pt": ["investimento", "investimentos"],
        "es": ["inversión", "inversiones"],
    },
    "science_space": {
        "en": ["science", "research", "space"],
        "fr": ["science", "recherche scientifique", "innovation", "spatial"],
        "ru": ["науки", "научных исследований", "космоса", "космической отрасли", "инноваций"],
        "pt": ["ciência", "investigação científica", "inovação", "pesquisa"],
        "es": ["ciencia", "investigación científica", "innovación", "espacio ultraterrestre"],
    },
    "construction": {
        "en": ["construction", "infrastructure", "housing"],
        "fr": ["construction", "infrastructures", "logement", "BTP", "travaux publics"],
        "ru": ["строительства", "инфраструктуры", "жилищного строительства", "ЖКХ"],
        "pt": ["construção", "infraestruturas", "habitação", "obras públicas"],
        "es": ["construcción", "infraestructura", "vivienda", "obras públicas"],
    },
}


def test_the_ordinary_words_cover_every_taxonomy_id_in_every_language():
    assert sorted(ORDINARY) == sorted(IDS)
    assert all(ORDINARY[sid].get(language) for sid in IDS for language in LANGUAGES)


@pytest.mark.parametrize(
    "sector, language, word",
    [(sid, language, word) for sid, by in ORDINARY.items() for language, found in by.items() for word in found],
)
def test_ordinary_press_words_name_their_sector(sector, language, word):
    assert sector in sectors(word, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Cooperation covers tin, tungsten and coltan exports.", "en", "three_t"),
        ("La coopération porte sur l'étain, le tungstène et le coltan.", "fr", "three_t"),
        ("Стороны обсудили поставки олова и вольфрама.", "ru", "three_t"),
        ("A cooperação abrange o estanho e o tântalo.", "pt", "three_t"),
        ("La cooperación abarca el estaño y el coltán.", "es", "three_t"),
        ("Les deux pays coopèrent dans les minéraux stratégiques.", "fr", "critical_minerals"),
        ("Стороны договорились о поставках редкоземельных элементов.", "ru", "critical_minerals"),
        ("El acuerdo cubre el té y el café.", "es", "tea"),
        ("O acordo cobre o chá e o café.", "pt", "tea"),
        ("Стороны договорились о сотрудничестве в сфере IT.", "ru", "ict"),
        ("Обсуждалось развитие IT-сферы и цифровизация.", "ru", "ict"),
    ],
)
def test_new_words_are_read_in_sentences(text, language, expected):
    assert expected in sectors(text, language, goods_only=False)


def test_a_russian_text_reads_no_lower_case_latin_word_as_an_acronym():
    assert sectors("Слово it встречается в английском тексте.", "ru", goods_only=False) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The contracts cover beef, dairy products and sugar.", "en", "agriculture"),
        ("Les contrats portent sur la viande, les produits laitiers et le sucre.", "fr", "agriculture"),
        ("Контракты предусматривают поставки говядины, сухого молока и сахара.", "ru", "agriculture"),
        ("Os contratos envolvem carne bovina, laticínios e açúcar.", "pt", "agriculture"),
        ("Los contratos abarcan carne de res, productos lácteos y azúcar.", "es", "agriculture"),
        ("The deal covers buses and dump trucks.", "en", "vehicles"),
        ("Le contrat porte sur des camions et des autobus.", "fr", "vehicles"),
        ("Контракт предусматривает поставку самосвалов и тягачей.", "ru", "vehicles"),
        ("O contrato prevê a entrega de camiões e autocarros.", "pt", "vehicles"),
        ("El contrato prevé la entrega de camiones y autobuses.", "es", "vehicles"),
        ("The plant will make semiconductors and microchips.", "en", "ict"),
        ("L'usine fabriquera des semi-conducteurs.", "fr", "ict"),
        ("Завод будет выпускать полупроводники и микросхемы.", "ru", "ict"),
        ("A fábrica vai produzir semicondutores.", "pt", "ict"),
        ("La planta fabricará semiconductores.", "es", "ict"),
    ],
)
def test_the_goods_of_a_sector_name_it(text, language, expected):
    """Food products are agriculture (HS 01–24), lorries and buses vehicles (HS 87), chips ICT (HS 8542), in
    every language."""
    assert expected in sectors(text, language, goods_only=False)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Cooperation in electronics is growing.", "en"),
        ("La coopération dans l'électronique progresse.", "fr"),
        ("Растёт сотрудничество в области электроники.", "ru"),
        ("Cresce a cooperação na eletrónica.", "pt"),
        ("Crece la cooperación en electrónica.", "es"),
    ],
)
def test_electronics_is_ict(text, language):
    assert "ict" in sectors(text, language, goods_only=False)
