"""Sector words as whole families in five languages, sectors listed after the instrument, in the headline or only
in the article body, totals followed by the list of their instruments, negated sectors, and agreement statuses
in every tense (issue 11: agreement and sector classes). Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.sectors import sector_mentions, sectors

PUBLISHED = date(2025, 3, 10)


def found(text: str, language: str, title: str | None = None) -> list:
    return extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED, title=title)


def agreements(text: str, language: str, title: str | None = None) -> list:
    return [p for p in found(text, language, title) if p.kind == "agreement"]


def article_sectors(text: str, language: str, title: str | None = None) -> set[str]:
    return {s for p in found(text, language, title) for s in p.sectors}


# --- word families: nouns, adjectives, compounds and plurals ---------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("agricultural machinery exports and agribusiness", "en", {"agriculture", "machinery", "trade"}),
        ("electrification, hydrocarbons and the fisheries", "en", {"energy", "agriculture"}),
        ("la filière agricole, l'agro-industrie et les agriculteurs", "fr", {"agriculture"}),
        ("les infrastructures énergétiques et l'électrification rurale", "fr", {"construction", "energy"}),
        ("la coopération minière et les ressources minérales", "fr", {"mining"}),
        ("les touristes, l'enseignement universitaire et les échanges culturels", "fr", {"tourism", "education"}),
        ("энергосистема, энергоресурсы и электроэнергетика", "ru", {"energy"}),
        ("сельхозпродукция и продовольственные поставки", "ru", {"agriculture"}),
        ("военно-техническое и научно-техническое сотрудничество", "ru", {"security_defence", "science_space"}),
        ("a mineração e os minérios", "pt", {"mining"}),
        ("a cooperação agrícola, energética e ferroviária", "pt", {"agriculture", "energy", "logistics"}),
        ("la cooperación minera, pesquera y turística", "es", {"mining", "agriculture", "tourism"}),
        ("las inversiones y los inversionistas", "es", {"investment"}),
    ],
)
def test_sector_words_are_read_as_whole_families(text, language, expected):
    assert expected <= set(sectors(text, language, goods_only=False))


@pytest.mark.parametrize(
    "text, language",
    [
        ("the investigation continues", "en"),
        ("a constructive dialogue with the insurgency", "en"),
        ("les informations de l'investiture du ministre", "fr"),
        ("он проводил гостя в аэропорт", "ru"),
        ("uma questão importante", "pt"),
    ],
)
def test_words_that_only_begin_like_a_sector_word_name_no_sector(text, language):
    assert sectors(text, language, goods_only=False) == []


@pytest.mark.parametrize(
    "text, language, excluded",
    [
        ("non-oil trade rose", "en", "energy"),
        ("le commerce hors hydrocarbures a progressé", "fr", "energy"),
        ("les échanges hors secteur pétrolier ont progressé", "fr", "energy"),
        ("несырьевой экспорт вырос", "ru", "energy"),
        ("ненефтяная торговля выросла", "ru", "energy"),
        ("o comércio exceto petróleo", "pt", "energy"),
    ],
)
def test_negated_and_qualified_sectors_are_excluded(text, language, excluded):
    named, out = sector_mentions(text, language, families=True)
    assert excluded in out and excluded not in named


def test_a_trade_figures_own_sectors_come_from_whole_words_only():
    """A stem never narrows the products a figure is checked against: "agro-industrial" in a figure's sentence
    is an area for the article, not a product filter for the claim."""
    named, _ = sector_mentions("les échanges agronomiques ont atteint", "fr")
    assert "agriculture" not in named
    assert "agriculture" in sectors("les échanges agronomiques ont atteint", "fr", goods_only=False)


# --- sectors listed after the instrument -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On 4 March 2025 Ghana and Chile signed agreements in the fields of health, education and agriculture.",
            "en",
        ),
        (
            "Le 4 mars 2025, le Ghana et le Chili ont signé des accords dans les domaines de la santé, de "
            "l'éducation et de l'agriculture.",
            "fr",
        ),
        (
            "4 марта 2025 года Гана и Чили подписали соглашения в сферах здравоохранения, образования и "
            "сельского хозяйства.",
            "ru",
        ),
        (
            "Em 4 de março de 2025, o Gana e o Chile assinaram acordos nas áreas da saúde, da educação e da "
            "agricultura.",
            "pt",
        ),
        (
            "El 4 de marzo de 2025, Ghana y Chile firmaron acuerdos en las áreas de salud, educación y agricultura.",
            "es",
        ),
    ],
)
def test_sectors_listed_after_the_instrument_are_the_agreements(text, language):
    (agreement,) = agreements(text, language)
    assert set(agreement.sectors) == {"health", "education", "agriculture"}


# --- totals followed by the list of their instruments ----------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "On 4 March 2025 Ghana and Chile signed five agreements, including a memorandum on energy and an "
            "agreement on tourism.",
            "en",
        ),
        (
            "Le 4 mars 2025, le Ghana et le Chili ont signé cinq accords, dont un mémorandum sur l'énergie et un "
            "accord sur le tourisme.",
            "fr",
        ),
        (
            "4 марта 2025 года Гана и Чили подписали пять соглашений, в том числе меморандум в области энергетики "
            "и соглашение о туризме.",
            "ru",
        ),
    ],
)
def test_a_total_takes_the_sectors_of_the_instruments_listed_with_it(text, language):
    found_ = agreements(text, language)
    total = next(a for a in found_ if a.count == 5)
    assert {"energy", "tourism"} <= set(total.sectors)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed five agreements on 4 March 2025. The documents signed include three memorandums "
            "on mining and two agreements on health.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé cinq accords le 4 mars 2025. Les documents signés comprennent trois "
            "mémorandums sur les mines et deux accords sur la santé.",
            "fr",
        ),
        (
            "Гана и Чили подписали пять соглашений 4 марта 2025 года. Подписанные документы включают три "
            "меморандума в сфере горнодобывающей промышленности и два соглашения в области здравоохранения.",
            "ru",
        ),
    ],
)
def test_a_total_takes_the_sectors_of_the_instruments_listed_in_the_next_sentence(text, language):
    total = next(a for a in agreements(text, language) if a.count == 5)
    assert {"mining", "health"} <= set(total.sectors)


# --- sectors of the article: body sentences with trade figures -------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The presidents of Ghana and Chile held talks in Accra on 4 March 2025. "
            "Trade between Ghana and Chile reached $300 million in 2024.",
            "en",
        ),
        (
            "Les présidents du Ghana et du Chili ont eu des entretiens à Accra le 4 mars 2025. "
            "Les échanges commerciaux entre le Ghana et le Chili ont atteint 300 millions de dollars en 2024.",
            "fr",
        ),
        (
            "Президенты Ганы и Чили провели переговоры в Аккре 4 марта 2025 года. "
            "Товарооборот между Ганой и Чили в 2024 году достиг 300 миллионов долларов.",
            "ru",
        ),
    ],
)
def test_an_article_reporting_trade_figures_has_trade_among_its_sectors(text, language):
    assert "trade" in article_sectors(text, language)


# --- statuses in every tense ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Other agreements could be signed between Ghana and Chile in the near future.", "en"),
        ("D'autres accords pourront être signés entre le Ghana et le Chili dans un futur proche.", "fr"),
        ("В ближайшее время между Ганой и Чили могут быть подписаны и другие соглашения.", "ru"),
        ("Outros acordos poderão ser assinados entre o Gana e o Chile.", "pt"),
        ("Otros acuerdos podrían firmarse entre Ghana y Chile.", "es"),
    ],
)
def test_agreements_that_may_be_signed_are_never_read_as_signed(text, language):
    """Announced, or (where the language's hedges set the sentence aside: "could", "могут") not read at all."""
    assert all(a.status == "announced" and a.date is None for a in agreements(text, language))


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile will sign five agreements, the ambassador said. Other agreements could be signed later.",
            "en",
        ),
        (
            "Le Ghana et le Chili vont signer cinq accords, a déclaré l'ambassadeur. D'autres accords pourront "
            "être signés plus tard.",
            "fr",
        ),
        (
            "Гана и Чили подпишут пять соглашений, заявил посол. Позднее могут быть подписаны и другие соглашения.",
            "ru",
        ),
    ],
)
def test_other_agreements_are_not_the_ones_told_before(text, language):
    five = next(a for a in agreements(text, language) if a.count == 5)
    assert five.status == "announced"


# --- offices and headlines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("The Minister of Trade and Integration of Ghana said tourism cooperation grows.", "en", ["tourism"]),
        ("Le ministre de l'Énergie et des Mines du Ghana a parlé de l'agriculture.", "fr", ["agriculture"]),
        ("Министр энергетики Ганы рассказал о сотрудничестве в сфере сельского хозяйства.", "ru", ["agriculture"]),
        ("O ministro dos Recursos Minerais e Energia falou do turismo.", "pt", ["tourism"]),
        ("La ministra de Comercio y de Salud habló de turismo.", "es", ["tourism"]),
    ],
)
def test_sector_words_in_an_office_name_are_not_the_articles_areas(text, language, expected):
    assert sectors(text, language, goods_only=False) == expected


@pytest.mark.parametrize(
    "title, text, language",
    [
        (
            "Ghana and Chile sign energy deals",
            "The presidents of Ghana and Chile held talks in Accra on 4 March 2025.",
            "en",
        ),
        (
            "Le Ghana et le Chili signent des accords énergétiques",
            "Les présidents du Ghana et du Chili ont eu des entretiens à Accra le 4 mars 2025.",
            "fr",
        ),
        (
            "Гана и Чили подписали энергетические соглашения",
            "Президенты Ганы и Чили провели переговоры в Аккре 4 марта 2025 года.",
            "ru",
        ),
    ],
)
def test_the_headlines_sectors_are_the_articles(title, text, language):
    assert "energy" in article_sectors(text, language, title=title)


# --- agreement dates: each instrument's own year, the dispatch's day -------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("In 1980 Ghana and Chile signed a general agreement on culture, and in 2010 a memorandum on trade.", "en"),
        ("En 1980, le Ghana et le Chili ont signé un accord général sur la culture, et en 2010 un mémorandum.", "fr"),
        ("Em 1980, o Gana e o Chile assinaram um acordo geral de cooperação, e em 2010 um memorando.", "pt"),
    ],
)
def test_each_instrument_of_a_sentence_keeps_its_own_year(text, language):
    years = sorted(a.date.year for a in agreements(text, language) if a.date)
    assert years == [1980, 2010]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "ACCRA, March 10 — Ghana and Chile signed six agreements today. Likewise, the ministries of health of "
            "Ghana and Chile signed a memorandum on vaccines.",
            "en",
        ),
        (
            "ACCRA, 10 mars (AFP) — Le Ghana et le Chili ont signé aujourd'hui six accords. De même, les ministères "
            "de la santé du Ghana et du Chili ont signé un mémorandum sur les vaccins.",
            "fr",
        ),
        (
            "Аккра, 10 марта. Гана и Чили сегодня подписали шесть соглашений. Кроме того, министерства "
            "здравоохранения Ганы и Чили подписали меморандум о вакцинах.",
            "ru",
        ),
    ],
)
def test_later_signings_of_the_dispatch_take_its_day(text, language):
    found_ = agreements(text, language)
    assert len(found_) == 2 and all(a.date == PUBLISHED for a in found_)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile have signed six agreements. The two countries had signed a memorandum on vaccines.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé six accords ce lundi. Les deux pays avaient déjà signé un mémorandum "
            "sur les vaccins.",
            "fr",
        ),
    ],
)
def test_a_signing_told_as_earlier_does_not_take_the_dispatchs_day(text, language):
    memorandum = next(a for a in agreements(text, language) if a.instrument == "memorandum_of_understanding")
    assert memorandum.date is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("une arène financée par Pékin", "fr"),
        ("il a remercié son homologue pour son hospitalité", "fr"),
        ("a farmácia do bairro", "pt"),
    ],
)
def test_english_stems_do_not_read_other_languages_words(text, language):
    assert sectors(text, language, goods_only=False) == []
