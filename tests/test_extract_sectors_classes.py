"""What counts as an article's sector and as an agreement's (issue 11, sector classes): areas of cooperation
listed in a sentence of their own are the article's in every language (Portuguese and Spanish included); the areas
a later sentence of the paragraph discusses are not an agreement's signed before them, and the article's areas are
not copied to its first agreement when the article reports an event. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sector_mentions, sectors

PUBLISHED = date(2025, 3, 10)


def found(text: str, language: str) -> list:
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)


def article_sectors(text: str, language: str) -> set[str]:
    return {s for p in found(text, language) for s in p.sectors}


def agreement_sectors(text: str, language: str) -> list[set[str]]:
    return [set(p.sectors) for p in found(text, language) if p.kind == "agreement"]


# --- a sentence that lists areas of cooperation names the article's sectors -------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "El presidente de Chile visitó Perú el lunes. "
            "Ambos destacaron la cooperación en materia agrícola, minera y financiera.",
            "es",
            {"agriculture", "mining", "finance"},
        ),
        (
            "El presidente de Chile visitó Perú el lunes. "
            "Los ámbitos prioritarios son la energía, la infraestructura y el turismo.",
            "es",
            {"energy", "construction", "tourism"},
        ),
        (
            "El presidente de Chile visitó Perú el lunes. Se habló de colaboración en salud, educación y transporte.",
            "es",
            {"health", "education", "logistics"},
        ),
        (
            "O presidente de Angola visitou Moçambique na segunda-feira. "
            "Foi reforçada a cooperação nas áreas da agricultura, das pescas e da energia.",
            "pt",
            {"agriculture", "energy"},
        ),
        (
            "O presidente de Angola visitou Moçambique na segunda-feira. "
            "Os domínios prioritários incluem a saúde, o turismo e os transportes.",
            "pt",
            {"health", "tourism", "logistics"},
        ),
        (
            "O presidente de Angola visitou Moçambique na segunda-feira. "
            "A parceria abrange a mineração e a construção de infraestruturas.",
            "pt",
            {"mining", "construction"},
        ),
        (
            "Le président du Sénégal s'est rendu au Maroc lundi. "
            "Les deux parties veulent collaborer : les priorités sont la santé, le tourisme et les mines.",
            "fr",
            {"health", "tourism", "mining"},
        ),
        (
            "The President of Ghana visited Chile on Monday. The areas of focus are mining, energy and education.",
            "en",
            {"mining", "energy", "education"},
        ),
        (
            "Президент Казахстана посетил Узбекистан в понедельник. "
            "Приоритетными сферами названы энергетика, сельское хозяйство и транспорт.",
            "ru",
            {"energy", "agriculture", "logistics"},
        ),
    ],
)
def test_areas_of_cooperation_are_the_articles_sectors(text, language, expected):
    assert expected <= article_sectors(text, language)


# --- an agreement keeps its own areas: later discussion and the article's areas are not copied to it --------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The presidents of Ghana and Chile met in Accra on Monday. Ghana and Chile signed a memorandum "
            "that raises relations to a strategic partnership. They also discussed cooperation in energy, "
            "mining and tourism.",
            "en",
        ),
        (
            "Les présidents du Sénégal et du Maroc se sont rencontrés à Dakar lundi. Le Sénégal et le Maroc ont signé "
            "un mémorandum qui élève leurs relations au rang de partenariat stratégique. Ils ont aussi discuté "
            "de coopération dans les domaines de l'énergie, des mines et du tourisme.",
            "fr",
        ),
        (
            "Президенты Казахстана и Узбекистана встретились в Ташкенте в понедельник. Стороны подписали "
            "меморандум о стратегическом партнерстве. Также обсуждалось сотрудничество в сферах энергетики, "
            "горнодобывающей промышленности и туризма.",
            "ru",
        ),
        (
            "Os presidentes de Angola e Moçambique reuniram-se em Luanda na segunda-feira. Angola e Moçambique "
            "assinaram um memorando de parceria estratégica. Discutiram ainda a cooperação nas áreas da "
            "energia, da mineração e do turismo.",
            "pt",
        ),
        (
            "Los presidentes de Chile y Perú se reunieron en Lima el lunes. Chile y Perú firmaron un memorando "
            "de asociación estratégica. También conversaron sobre cooperación en energía, minería y turismo.",
            "es",
        ),
    ],
)
def test_discussed_areas_are_not_the_agreements_sectors(text, language):
    signed = agreement_sectors(text, language)
    assert signed, "the memorandum is read"
    assert not any(s & {"energy", "mining", "tourism"} for s in signed)
    assert {"energy", "tourism"} <= article_sectors(text, language)  # still the article's areas


# --- a sentence after a signing that describes the documents gives them its areas --------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Ghana and Chile signed two memorandums in Accra on Monday. "
            "The first concerns cooperation in solar energy, the second in tourism.",
            "en",
            {"energy", "tourism"},
        ),
        (
            "Le Sénégal et le Maroc ont signé deux mémorandums à Dakar lundi. "
            "Le premier porte sur la coopération dans l'énergie solaire, le second dans le tourisme.",
            "fr",
            {"energy", "tourism"},
        ),
        (
            "Казахстан и Узбекистан подписали два меморандума в Ташкенте в понедельник. "
            "Первый касается сотрудничества в солнечной энергетике, второй — в туризме.",
            "ru",
            {"energy", "tourism"},
        ),
        (
            "Angola e Moçambique assinaram dois memorandos em Luanda na segunda-feira. "
            "O primeiro trata da cooperação na energia solar, o segundo no turismo.",
            "pt",
            {"energy", "tourism"},
        ),
    ],
)
def test_a_sentence_describing_the_documents_gives_them_its_areas(text, language, expected):
    assert any(expected <= s for s in agreement_sectors(text, language))


# --- instruments joined with nothing between them share the areas written after the last ---------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed agreements and memorandums on security, trade and culture in Accra.", "en"),
        (
            "Le Sénégal et le Maroc ont signé des accords et des mémorandums dans les domaines de la sécurité, "
            "du commerce et de la culture.",
            "fr",
        ),
        ("Казахстан и Узбекистан подписали соглашения и меморандумы в сферах безопасности, торговли и культуры.", "ru"),
        ("Angola e Moçambique assinaram acordos e memorandos nas áreas da segurança, do comércio e da cultura.", "pt"),
        ("Chile y Perú firmaron acuerdos y memorandos en materia de seguridad, comercio y cultura.", "es"),
    ],
)
def test_joined_instruments_share_the_areas_after_them(text, language):
    found = agreement_sectors(text, language)
    assert len(found) == 1  # bare plurals joined are one batch (tests/test_extract_agreements_topics.py)
    assert all({"security_defence", "trade", "culture"} <= s for s in found)


@pytest.mark.parametrize(
    "text, language, first, second",
    [
        ("Ghana and Chile signed an agreement on energy and a memorandum on tourism.", "en", {"energy"}, {"tourism"}),
        (
            "Le Sénégal et le Maroc ont signé un accord sur l'énergie et un mémorandum sur le tourisme.",
            "fr",
            {"energy"},
            {"tourism"},
        ),
        (
            "Казахстан и Узбекистан подписали соглашение об энергетике и меморандум о туризме.",
            "ru",
            {"energy"},
            {"tourism"},
        ),
    ],
)
def test_instruments_with_their_own_areas_keep_them(text, language, first, second):
    assert agreement_sectors(text, language) == [first, second]


# --- word families of the whole taxonomy: products, portfolio names and abbreviations in five languages -------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("sanitary and phytosanitary rules, civil nuclear and atomic energy", "en", {"agriculture", "energy"}),
        ("copper, bauxite and uranium deposits", "en", {"mining"}),
        ("urban development and the fight against organized crime", "en", {"construction", "security_defence"}),
        ("les normes phytosanitaires et le nucléaire civil", "fr", {"agriculture", "energy"}),
        ("le cuivre, la bauxite et l'uranium", "fr", {"mining"}),
        ("l'urbanisme et la lutte contre la criminalité organisée", "fr", {"construction", "security_defence"}),
        ("ТЭК и фитосанитарный контроль", "ru", {"energy", "agriculture"}),
        ("добыча меди, бокситов и урана", "ru", {"mining"}),
        ("градостроительство, грузоперевозки и ОПК", "ru", {"construction", "logistics", "security_defence"}),
        ("медные рудники и топливно-энергетический комплекс", "ru", {"mining", "energy"}),
        ("a energia nuclear, a bauxite e o urânio", "pt", {"energy", "mining"}),
        ("a cibersegurança e o urbanismo", "pt", {"ict", "construction"}),
        ("o combate ao crime organizado e a ajuda humanitária", "pt", {"security_defence", "culture"}),
        ("la cooperación nuclear, la bauxita y el uranio", "es", {"energy", "mining"}),
        ("la ciberseguridad y el urbanismo", "es", {"ict", "construction"}),
        ("la lucha contra el narcotráfico y la ayuda humanitaria", "es", {"security_defence", "culture"}),
        ("la conectividad y las medidas fitosanitarias", "es", {"logistics", "agriculture"}),
    ],
)
def test_taxonomy_word_families(text, language, expected):
    assert expected <= set(sectors(text, language, goods_only=False))


@pytest.mark.parametrize(
    "text, language",
    [
        ("copper exports reached $2 billion", "en"),
        ("les exportations de cuivre ont atteint 2 milliards de dollars", "fr"),
        ("экспорт меди достиг 2 млрд долларов", "ru"),
    ],
)
def test_a_stem_never_narrows_a_figure(text, language):
    """Metal names are stems: they name an agreement's or an article's area but do not narrow the products a
    trade figure is checked against (the mining sector's HS codes hold ores, not refined copper)."""
    ids, _ = sector_mentions(text, language, families=False)
    assert "mining" not in ids


@pytest.mark.parametrize(
    "text, language",
    [
        ("The agreement on a loan of $300 million to Tunisia was signed by Algeria on Thursday.", "en"),
        ("L'accord pour un prêt de 300 millions de dollars à la Tunisie a été signé jeudi par l'Algérie.", "fr"),
        ("Алжир подписал с Тунисом соглашение о кредите в 300 млн долларов.", "ru"),
        ("Argelia firmó con Túnez el acuerdo sobre un préstamo de 300 millones de dólares.", "es"),
        ("A Argélia assinou com a Tunísia o acordo sobre um empréstimo de 300 milhões de dólares.", "pt"),
    ],
)
def test_a_loan_is_financial_cooperation(text, language):
    """Batch 19 (issue 11): "l'accord pour un prêt de 300 millions de $" named no sector — a loan or a credit line
    is finance; French "prêt" only as a loan ("prêt de", "prêts"), never "prêt à" (ready to)."""
    assert "finance" in article_sectors(text, language)
    assert "finance" not in article_sectors("Le Maroc est prêt à coopérer avec la Tunisie dans l'énergie.", "fr")


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two sides will cooperate in information technology and agriculture.", "en"),
        ("Les deux pays coopéreront dans la technologie de l'information et l'agriculture.", "fr"),
        ("Стороны будут сотрудничать в сфере информационных технологий и сельского хозяйства.", "ru"),
        ("Os dois países vão cooperar na tecnologia da informação e na agricultura.", "pt"),
        ("Los dos países cooperarán en tecnología de la información y agricultura.", "es"),
    ],
)
def test_information_technology_in_the_singular_is_ict_not_science(text, language):
    """The singular ("tecnologia da informação", "technologie de l'information") is ICT as the plural was: the longer
    word wins over "tecnologia" alone, which is science (x16sectors)."""
    assert sectors(text, language, goods_only=False) == ["ict", "agriculture"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("They discussed machine building and logistics.", "en"),
        ("Ils ont évoqué la construction mécanique et la logistique.", "fr"),
        ("Они обсудили машиностроение и логистику.", "ru"),
    ],
)
def test_machine_building_is_machinery(text, language):
    assert sectors(text, language, goods_only=False) == ["machinery", "logistics"]


def test_communications_in_a_list_of_areas_is_ict():
    text = "Os acordos abrangem a ciência, as comunicações e o turismo."
    assert sectors(text, "pt", goods_only=False) == ["science_space", "ict", "tourism"]
