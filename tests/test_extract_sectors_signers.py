"""Areas of cooperation told by who signs and by the words of a field (issue 11, sector classes of batch 34): an
instrument that names no area of its own takes those of the ministries that sign it or that it binds (not of a
minister's title); "science and technology" is science, not ICT; film and audiovisual work is culture; small and
medium enterprises are investment; plant protection is agriculture; farm machinery is machinery; a Portuguese
reference to "the agreements" contracted with its preposition ("nos acordos") gives them its areas; a plural
reference after a single instrument speaks of the batch signed before it; a Spanish secretary or holder of a
portfolio is an office, whose words name no area of the sentence; a numbered list's mark stays with its item.
Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import office_sectors, sector_mentions
from partnerlens.cooperation.extract.sentences import split_sentences

PUBLISHED = date(2025, 3, 10)


def agreement_sectors(text: str, language: str) -> list[set[str]]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [set(p.sectors) for p in found if p.kind == "agreement"]


def named(text: str, language: str) -> set[str]:
    return set(sector_mentions(text, language, families=True)[0])


# --- the signing ministries' areas, for an instrument that names none ----------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "On Monday the Ministry of Health of Ghana and the Ministry of Health of Togo signed a memorandum "
            "to set up joint registers.",
            "en",
            {"health"},
        ),
        (
            "Lundi, le ministère de l'Agriculture du Sénégal et le ministère de l'Agriculture du Mali ont signé "
            "une convention pour des programmes communs.",
            "fr",
            {"agriculture"},
        ),
        (
            "Na segunda-feira, o Ministério da Saúde de Angola e o Ministério da Saúde de Cabo Verde assinaram "
            "um memorando para a troca de registos.",
            "pt",
            {"health"},
        ),
        (
            "El lunes, los ministerios de Agricultura de Chile y de Perú firmaron un memorando para coordinar "
            "sus registros.",
            "es",
            {"agriculture"},
        ),
        (
            "В понедельник Министерство здравоохранения Казахстана и Министерство здравоохранения Киргизии "
            "подписали меморандум о взаимодействии.",
            "ru",
            {"health"},
        ),
    ],
)
def test_an_instrument_with_no_area_takes_its_signers(text: str, language: str, expected: set[str]) -> None:
    assert expected in agreement_sectors(text, language)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The Ministry of Energy of Ghana and the Ministry of Energy of Togo signed a memorandum on the "
            "registration of medicines.",
            "en",
            {"pharmaceuticals"},
        ),
        (
            "Le ministre des Mines du Niger et son homologue du Tchad ont signé un accord sur le tourisme.",
            "fr",
            {"tourism"},
        ),
    ],
)
def test_an_instrument_with_its_own_area_keeps_it_alone(text: str, language: str, expected: set[str]) -> None:
    assert agreement_sectors(text, language) == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The Ministry of Foreign Affairs signed it.", "en", []),
        ("le ministère de l'Énergie et des Mines a signé", "fr", ["energy", "mining"]),
        ("le ministre de l'Énergie a conduit la délégation", "fr", []),
        ("la Secretaría de Energía firmó", "es", ["energy"]),
        ("Министерство сельского хозяйства подписало", "ru", ["agriculture"]),
    ],
)
def test_office_sectors(text: str, language: str, expected: list[str]) -> None:
    assert office_sectors(text, language) == expected


# --- the words of a field --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected, absent",
    [
        ("cooperation in science and technology", "en", {"science_space"}, {"ict"}),
        ("cooperation in science and technology and in cyber space", "en", {"science_space", "ict"}, set()),
        ("la coopération en science et technologie", "fr", {"science_space"}, {"ict"}),
        ("сотрудничество в области науки и технологий", "ru", {"science_space"}, {"ict"}),
        ("a protocol on film co-production and audiovisual exchanges", "en", {"culture"}, set()),
        ("un accord sur la coproduction cinématographique", "fr", {"culture"}, set()),
        ("um protocolo para o fomento do audiovisual e do cinema", "pt", {"culture"}, set()),
        ("un convenio de coproducción cinematográfica", "es", {"culture"}, set()),
        ("соглашение о совместном производстве кино", "ru", {"culture"}, set()),
        ("apoio às pequenas e médias empresas", "pt", {"investment"}, set()),
        ("apoyo a las pequeñas y medianas empresas", "es", {"investment"}, set()),
        ("поддержка малого и среднего предпринимательства", "ru", {"investment"}, set()),
        ("cooperation in plant protection", "en", {"agriculture"}, set()),
        ("un accord sur la protection des végétaux", "fr", {"agriculture"}, set()),
        ("um acordo de sanidade vegetal", "pt", {"agriculture"}, set()),
        ("un acuerdo de sanidad vegetal", "es", {"agriculture"}, set()),
        ("соглашение о карантине и защите растений", "ru", {"agriculture"}, set()),
        ("поставки сельхозтехники", "ru", {"machinery"}, set()),
        ("la venta de maquinaria agrícola", "es", {"machinery"}, set()),
        ("a venda de máquinas agrícolas", "pt", {"machinery"}, set()),
    ],
)
def test_field_words(text: str, language: str, expected: set[str], absent: set[str]) -> None:
    found = named(text, language)
    assert expected <= found and not found & absent


def test_a_spanish_portfolio_holder_names_no_area() -> None:
    text = "Asistió el titular de Comercio Exterior e Inversión Extranjera, y el secretario de Defensa."
    assert named(text, "es") == set()


# --- a reference to the agreements, contracted with its preposition ----------------------------------------


def test_the_areas_of_the_agreements_told_after_them_in_portuguese() -> None:
    text = (
        "Angola e Cabo Verde assinaram na segunda-feira nove acordos de cooperação. "
        "Entre as áreas contempladas nos acordos estão a saúde, o turismo e a energia."
    )
    totals = [s for s in agreement_sectors(text, "pt")]
    assert {"health", "tourism", "energy"} in totals


# --- a numbered list ---------------------------------------------------------------------------------------


def test_a_numbered_list_mark_stays_with_its_item() -> None:
    text = "Os documentos assinados incluem:\n1. Memorando sobre turismo.\n2. Acordo sobre pescas."
    assert [s.text for s in split_sentences(text)] == [
        "Os documentos assinados incluem:",
        "1. Memorando sobre turismo.",
        "2. Acordo sobre pescas.",
    ]


def test_numbered_instruments_are_each_an_agreement() -> None:
    text = (
        "Angola e Cabo Verde assinaram na segunda-feira três acordos. Os documentos assinados incluem:\n"
        "1. Memorando de entendimento para cooperação no setor do turismo.\n"
        "2. Memorando de entendimento sobre cooperação agrícola.\n"
        "3. Acordo sobre saúde pública."
    )
    found = agreement_sectors(text, "pt")
    assert {"tourism"} in found and {"agriculture"} in found and {"health"} in found


# --- a plural reference after a single instrument speaks of the batch signed before it -----------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Togo signed twelve agreements on Monday. A memorandum on political consultations was signed "
            "by the foreign ministers. These agreements also cover youth and sport.",
            "en",
        ),
        (
            "Le Sénégal et le Mali ont renforcé leur coopération en signant douze accords lundi. Un mémorandum "
            "d'entente sur les consultations politiques a été signé par les deux ministres. D'autres domaines ont "
            "été couverts par ces accords, dont la jeunesse et le sport.",
            "fr",
        ),
        (
            "Angola e Cabo Verde assinaram doze acordos na segunda-feira. Um memorando sobre consultas políticas "
            "foi assinado pelos dois ministros. Esses acordos abrangem ainda a juventude e o desporto.",
            "pt",
        ),
    ],
)
def test_a_plural_reference_goes_to_the_batch(text: str, language: str) -> None:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    agreements = {p.count: set(p.sectors) for p in found if p.kind == "agreement"}
    assert "culture" in agreements[12] and "culture" not in agreements[1]


def test_a_minister_who_leads_a_delegation_gives_no_area() -> None:
    text = (
        "La visite d'une délégation du Niger conduite par le ministre de l'Énergie s'est conclue par un accord sur "
        "la formation des cadres avec le Tchad."
    )
    assert {"energy"} not in agreement_sectors(text, "fr")
