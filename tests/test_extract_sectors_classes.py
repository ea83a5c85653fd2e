"""What counts as an article's sector and as an agreement's (issue 11, sector classes): areas of cooperation
listed in a sentence of their own are the article's in every language (Portuguese and Spanish included); the areas
a later sentence of the paragraph discusses are not an agreement's signed before them, and the article's areas are
not copied to its first agreement when the article reports an event. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

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
