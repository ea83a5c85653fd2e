"""Agreements, sectors and KPIs on invented sentences in English, French and Russian (issue 11 failure classes
not covered by tests/test_extract_events_languages.py and tests/test_extract_round2.py): several instruments in
one sentence, counts stated in words or after the list, agreements still to be signed or in force, signings
dated to the dispatch, sector words as whole word families, negated sectors on agreements, targets within a
number of years, and agreements whose sentence names no state in an article about one pair."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 3, 10)


def agreements(text: str, language: str, published: date | None = PUBLISHED) -> list:
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    return [p for p in found if p.kind == "agreement"]


# --- several instruments in one sentence ---------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("On 4 March 2025 Ghana and Chile signed a memorandum on energy and an agreement on tourism.", "en"),
        (
            "Le 4 mars 2025, le Ghana et le Chili ont signé un mémorandum sur l'énergie et un accord sur le tourisme.",
            "fr",
        ),
        (
            "4 марта 2025 года Гана и Чили подписали меморандум в области энергетики и соглашение о сотрудничестве "
            "в сфере туризма.",
            "ru",
        ),
    ],
)
def test_two_instruments_in_one_sentence_are_two_agreements_each_with_its_sectors(text, language):
    found = agreements(text, language)
    assert [(a.instrument, a.count, a.sectors) for a in found] == [
        ("memorandum_of_understanding", 1, ["energy"]),
        ("agreement", 1, ["tourism"]),
    ]
    assert all(a.status == "signed" and a.date == date(2025, 3, 4) for a in found)
    assert all(set(a.parties) == {"GHA", "CHL"} for a in found)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed 13 agreements, including memorandums on mining, on 4 March 2025.", "en"),
        ("Le Ghana et le Chili ont signé le 4 mars 2025 treize accords, dont des mémorandums sur les mines.", "fr"),
        ("4 марта 2025 года Гана и Чили подписали 13 соглашений, включая меморандумы о горнодобывающей отрасли.", "ru"),
    ],
)
def test_a_total_and_the_instruments_it_includes_are_each_an_agreement(text, language):
    total, part = agreements(text, language)
    assert total.instrument == "agreement" and (total.count == 13 or language == "fr")
    assert part.instrument == "memorandum_of_understanding" and part.count is None and "mining" in part.sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed a protocol on the implementation of the agreement on trade on 4 March 2025.", "en"),
        ("Le Ghana et le Chili ont signé le 4 mars 2025 un protocole sur l'application de l'accord commercial.", "fr"),
        ("4 марта 2025 года Гана и Чили подписали протокол о применении соглашения о торговле.", "ru"),
    ],
)
def test_an_instrument_named_inside_another_is_not_a_second_agreement(text, language):
    (only,) = agreements(text, language)
    assert only.instrument == "protocol" and only.count == 1


# --- counts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("Ghana and Chile signed seven documents on 4 March 2025.", "en", 7),
        ("Le Ghana et le Chili ont signé sept accords le 4 mars 2025.", "fr", 7),
        ("4 марта 2025 года Гана и Чили подписали семь документов.", "ru", 7),
        ("Gana e Chile assinaram sete acordos a 4 de março de 2025.", "pt", 7),
        ("Ghana and Chile signed about ten agreements on 4 March 2025.", "en", None),
        ("Le Ghana et le Chili ont signé une dizaine d'accords le 4 mars 2025.", "fr", None),
        ("4 марта 2025 года Гана и Чили подписали около десятка документов.", "ru", None),
        ("Ghana and Chile will sign agreements during the visit, five in all.", "en", 5),
        ("Le Ghana et le Chili signeront des accords lors de la visite, cinq au total.", "fr", 5),
        ("Гана и Чили подпишут в ходе визита соглашения, всего пять.", "ru", 5),
    ],
)
def test_counts_in_words_and_counts_told_after_the_list(text, language, count):
    (agreement,) = agreements(text, language)
    assert agreement.count == count


# --- status: to be signed, ratified, in force --------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Agreements on energy between Ghana and Chile are to be signed during the visit.", "en"),
        ("Des accords sur l'énergie entre le Ghana et le Chili vont être signés lors de la visite.", "fr"),
        ("Гана и Чили планируют подписать соглашения в сфере энергетики в ходе визита.", "ru"),
    ],
)
def test_agreements_still_to_be_signed_are_announced_and_undated(text, language):
    (agreement,) = agreements(text, language)
    assert agreement.status == "announced" and agreement.date is None and "energy" in agreement.sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("The free trade agreement between Ghana and Chile entered into force in 2021.", "en"),
        ("L'accord de libre-échange entre le Ghana et le Chili est entré en vigueur en 2021.", "fr"),
        ("Соглашение о свободной торговле между Ганой и Чили вступило в силу в 2021 году.", "ru"),
    ],
)
def test_an_agreement_that_entered_into_force_is_in_force_at_its_year(text, language):
    (agreement,) = agreements(text, language)
    assert agreement.status == "in_force" and (agreement.date, agreement.date_precision) == (date(2021, 1, 1), "year")
    assert agreement.sectors == ["trade"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana's parliament ratified the investment agreement with Chile on 2 March 2025.", "en"),
        ("Le parlement ghanéen a ratifié l'accord sur les investissements avec le Chili le 2 mars 2025.", "fr"),
        ("Парламент Ганы ратифицировал соглашение об инвестициях с Чили 2 марта 2025 года.", "ru"),
    ],
)
def test_a_ratified_agreement_is_ratified(text, language):
    (agreement,) = agreements(text, language)
    assert agreement.status == "ratified" and agreement.date == date(2025, 3, 2)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile said the agreement on trade signed in May 2024 will boost exports.", "en"),
        ("Le Ghana et le Chili estiment que l'accord commercial signé en mai 2024 va doper les échanges.", "fr"),
        (
            "Гана и Чили считают, что подписанное в мае 2024 года соглашение о торговле будет способствовать экспорту.",
            "ru",
        ),
    ],
)
def test_an_agreement_already_signed_stays_signed_in_a_sentence_about_the_future(text, language):
    (agreement,) = agreements(text, language)
    assert agreement.status == "signed" and (agreement.date, agreement.date_precision) == (date(2024, 5, 1), "month")


# --- dates: a signing reported as of the dispatch ----------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "ACCRA, March 10 (GNA) - Ghana and Chile have signed four agreements on agriculture, the ministry said.",
            "en",
        ),
        (
            "ACCRA, 10 mars (APS) – Quatre accords sur l'agriculture ont été signés par le Ghana et le Chili, a "
            "indiqué le ministère.",
            "fr",
        ),
        ("АККРА, 10 марта. /ТАСС/. Гана и Чили подписали четыре соглашения в сфере сельского хозяйства.", "ru"),
    ],
)
def test_a_signing_reported_under_a_dateline_takes_its_day(text, language):
    (agreement,) = agreements(text, language)
    assert (agreement.date, agreement.date_precision, agreement.status) == (PUBLISHED, "day", "signed")
    assert agreement.count == 4 and agreement.sectors == ["agriculture"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile have signed four agreements on agriculture, the ministry said.", "en"),
        ("Quatre accords sur l'agriculture ont été signés par le Ghana et le Chili, a indiqué le ministère.", "fr"),
        ("Гана и Чили: подписаны четыре соглашения в сфере сельского хозяйства, сообщило министерство.", "ru"),
        (
            "ACCRA, March 10 (GNA) - The ministers met in Accra. Ghana and Chile had signed four agreements on "
            "agriculture in the past.",
            "en",
        ),
    ],
)
def test_a_signing_with_no_dateline_or_told_as_earlier_takes_no_publication_day(text, language):
    """A paper's report may come days after the signing: the header's date is not the text's (issue 11)."""
    (agreement,) = agreements(text, language)
    assert agreement.date is None and agreement.count == 4


def test_without_a_publication_date_a_signing_reported_as_just_done_stays_undated():
    (agreement,) = agreements("Ghana and Chile have signed four agreements on agriculture.", "en", published=None)
    assert agreement.date is None


# --- sectors: whole word families, negation -----------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Ghana and Chile signed agreements on maritime transport, the oil sector and mining on 4 March 2025.",
            "en",
            {"logistics", "energy", "mining"},
        ),
        (
            "Le Ghana et le Chili ont signé le 4 mars 2025 des accords sur les liaisons maritimes, le secteur "
            "pétrolier et la coopération minière.",
            "fr",
            {"logistics", "energy", "mining"},
        ),
        (
            "4 марта 2025 года Гана и Чили подписали соглашения о морских перевозках, нефтяной отрасли и "
            "горнодобывающей промышленности.",
            "ru",
            {"logistics", "energy", "mining"},
        ),
    ],
)
def test_sector_words_are_read_in_all_their_forms(text, language, expected):
    (agreement,) = agreements(text, language)
    assert set(agreement.sectors) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile signed an agreement on non-oil trade on 4 March 2025.", "en"),
        ("Le Ghana et le Chili ont signé le 4 mars 2025 un accord sur le commerce hors pétrole.", "fr"),
        ("4 марта 2025 года Гана и Чили подписали соглашение о ненефтяной торговле.", "ru"),
        ("Ghana and Chile signed an agreement on trade excluding oil on 4 March 2025.", "en"),
        ("Le Ghana et le Chili ont signé le 4 mars 2025 un accord sur le commerce à l'exception du pétrole.", "fr"),
        ("4 марта 2025 года Гана и Чили подписали соглашение о торговле за исключением нефти.", "ru"),
    ],
)
def test_a_negated_sector_is_not_an_agreements_sector(text, language):
    (agreement,) = agreements(text, language)
    assert agreement.sectors == ["trade"]


# --- parties: an agreement sentence that names no state -----------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana's president arrived in Chile on 3 March 2025. Ghana and Chile held talks. "
            "The documents signed include three memorandums on education.",
            "en",
        ),
        (
            "Le président ghanéen est arrivé au Chili le 3 mars 2025. Le Ghana et le Chili ont tenu des entretiens. "
            "Les documents signés comprennent trois mémorandums sur l'éducation.",
            "fr",
        ),
        (
            "Президент Ганы прибыл в Чили 3 марта 2025 года. Гана и Чили провели переговоры. "
            "Подписанные документы включают три меморандума в сфере образования.",
            "ru",
        ),
    ],
)
def test_an_agreement_sentence_without_a_state_takes_the_articles_pair(text, language):
    (agreement,) = agreements(text, language)
    assert set(agreement.parties) == {"GHA", "CHL"} and agreement.count == 3 and agreement.sectors == ["education"]


# --- KPIs: targets within a number of years ------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana and Chile aim to raise bilateral trade to $4 billion within five years.", "en"),
        ("Le Ghana et le Chili veulent porter les échanges à 4 milliards de dollars d'ici cinq ans.", "fr"),
        ("Гана и Чили намерены довести товарооборот до 4 млрд долларов в течение пяти лет.", "ru"),
    ],
)
def test_a_target_within_years_is_a_kpi_for_the_year_aimed_at(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (target,) = [p for p in found if p.kind == "kpi"]
    assert (target.type, target.metric, target.value, target.year) == ("target", "trade_total", 4e9, 2030)
    assert not [p for p in found if p.kind == "claim"]


# --- a workspace's own sectors.yaml wins, in extraction and in registry filters ------------------


def test_a_workspaces_own_sectors_are_read_by_extraction_and_the_registry(tmp_path):
    from partnerlens.cooperation.article import read_article
    from partnerlens.cooperation.extract import extract
    from partnerlens.cooperation.storage import Registry
    from partnerlens.workspace import Workspace

    workspace = Workspace.open(tmp_path / "ws")
    packaged = (Path(__file__).parents[1] / "src/partnerlens/reference/data/sectors.yaml").read_text(encoding="utf-8")
    own = workspace.home / "sectors.yaml"
    own.write_text(packaged + "- id: drones\n  label: Drones\n  synonyms: [drones, UAV]\n  hs: ['880621']\n", "utf-8")
    article_file = tmp_path / "article.txt"
    article_file.write_text("On 4 March 2025 Ghana and Chile signed an agreement on drones and energy.\n", "utf-8")
    article = read_article(str(article_file), published=PUBLISHED)

    (with_own,) = [p for p in extract(article, sectors_path=own) if p.kind == "agreement"]
    (packaged_only,) = [p for p in extract(article) if p.kind == "agreement"]
    assert with_own.sectors == ["drones", "energy"] and packaged_only.sectors == ["energy"]
    assert Registry(workspace).list(sector="drones") == []  # a known sector with no record yet, not "unknown sector"
