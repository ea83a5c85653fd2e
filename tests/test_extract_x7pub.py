"""Publication dates known only to the month or the year (issue 11): relative dates ("yesterday", "hier", "вчера",
"last week", "l'an dernier") are read at the precision the publication is known to — a day-relative word against a
month gives the month, against a year the year — and an article with no date at all gives none (never the machine's
today). Invented sentences in English, French, Russian, Spanish and Portuguese."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from partnerlens.cooperation.article import article_from_bytes, publication
from partnerlens.cooperation.extract import extract, extract_text
from partnerlens.errors import PartnerlensError

SIGNED_YESTERDAY = {
    "en": "Kenya and Ghana signed an agreement on energy cooperation yesterday in Nairobi.",
    "fr": "Le Sénégal et le Maroc ont signé hier à Dakar un accord de coopération dans le domaine de l'énergie.",
    "ru": "Вчера Россия и Египет подписали в Каире соглашение о сотрудничестве в области энергетики.",
}
SIGNED_LAST_WEEK = {
    "en": "Kenya and Ghana signed an agreement on energy cooperation last week in Nairobi.",
    "fr": "Le Sénégal et le Maroc ont signé la semaine dernière à Dakar un accord de coopération énergétique.",
    "ru": "На прошлой неделе Россия и Египет подписали в Каире соглашение о сотрудничестве в энергетике.",
}
TRADE_LAST_YEAR = {
    "en": "Trade between Kenya and Ghana reached $500 million last year, the minister said.",
    "fr": "Les échanges commerciaux entre le Sénégal et le Maroc ont atteint 500 millions de dollars l'an dernier.",
    "ru": "Товарооборот между Россией и Египтом в прошлом году составил 5 млрд долларов.",
    "es": "El comercio entre Argentina y Chile alcanzó 500 millones de dólares el año pasado.",
    "pt": "O comércio entre o Brasil e Angola atingiu 500 milhões de dólares no ano passado.",
}


def _dated(text: str, language: str, **known) -> list[tuple[date | None, str | None]]:
    return [(p.date, p.date_precision) for p in extract_text(text, language=language, **known) if p.kind != "claim"]


def _years(text: str, language: str, **known) -> list[int | None]:
    return [p.year for p in extract_text(text, language=language, **known) if p.kind == "claim"]


@pytest.mark.parametrize("language", sorted(SIGNED_YESTERDAY))
def test_yesterday_against_a_month_is_that_month(language):
    assert _dated(SIGNED_YESTERDAY[language], language, date_hint=(2020, 2)) == [(date(2020, 2, 1), "month")]


@pytest.mark.parametrize("language", sorted(SIGNED_YESTERDAY))
def test_yesterday_against_a_year_is_that_year(language):
    assert _dated(SIGNED_YESTERDAY[language], language, date_hint=(2020, None)) == [(date(2020, 1, 1), "year")]


@pytest.mark.parametrize("language", sorted(SIGNED_YESTERDAY))
def test_yesterday_against_a_day_is_still_the_day_before(language):
    assert _dated(SIGNED_YESTERDAY[language], language, published=date(2020, 2, 12)) == [(date(2020, 2, 11), "day")]


@pytest.mark.parametrize("language", sorted(SIGNED_LAST_WEEK))
def test_last_week_against_a_month_is_that_month(language):
    assert _dated(SIGNED_LAST_WEEK[language], language, date_hint=(2020, 2)) == [(date(2020, 2, 1), "month")]


@pytest.mark.parametrize("language", sorted(SIGNED_YESTERDAY))
def test_no_publication_date_gives_no_date_whatever_today_is(language):
    for today in (date(2031, 7, 4), None):
        assert _dated(SIGNED_YESTERDAY[language], language, today=today) == [(None, None)]


@pytest.mark.parametrize("language", sorted(TRADE_LAST_YEAR))
def test_trade_last_year_against_a_month_or_a_year(language):
    assert _years(TRADE_LAST_YEAR[language], language, date_hint=(2020, 2)) == [2019]
    assert _years(TRADE_LAST_YEAR[language], language, date_hint=(2020, None)) == [2019]


@pytest.mark.parametrize("language", sorted(TRADE_LAST_YEAR))
def test_trade_last_year_in_an_undated_copy_has_no_year(language):
    for today in (date(2031, 7, 4), None):
        assert _years(TRADE_LAST_YEAR[language], language, today=today) == [None]


def test_publication_keeps_the_precision_written():
    assert publication("2020-02-12") == (date(2020, 2, 12), None)
    assert publication("2020-02") == (None, (2020, 2))
    assert publication("2020") == (None, (2020, None))
    assert publication(None) == (None, None) and publication("") == (None, None)
    for bad in ("2020-13", "2020-02-30", "Feb 2020", "20-02"):
        with pytest.raises(PartnerlensError):
            publication(bad)


def test_a_header_known_to_the_month_reads_yesterday_as_that_month():
    text = "Title: Énergie\nPublished: 2020-02\n\n" + SIGNED_YESTERDAY["fr"] + "\n"
    article = article_from_bytes(text.encode("utf-8"), address="a.txt")
    assert article.source.published is None and article.date_hint == (2020, 2)
    assert [(p.date, p.date_precision) for p in extract(article)] == [(date(2020, 2, 1), "month")]


def test_a_given_month_applies_when_the_text_has_no_day():
    data = SIGNED_YESTERDAY["ru"].encode("utf-8")
    article = article_from_bytes(data, address="a.txt", date_hint=(2019, None))
    assert [(p.date, p.date_precision) for p in extract(article)] == [(date(2019, 1, 1), "year")]
    dated = article_from_bytes(b"Date: 2020-02-12\n\n" + data, address="a.txt", date_hint=(2019, None))
    assert dated.source.published == date(2020, 2, 12) and dated.date_hint is None  # the day written wins


CLI = [str(Path(sys.executable).with_name("partnerlens"))]  # the installed console script


def test_news_add_takes_a_month(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(SIGNED_YESTERDAY["en"] + "\n", encoding="utf-8")
    run = [*CLI, "--home", str(tmp_path / "ws"), "news", "add", str(path), "--dry-run", "--json"]
    result = subprocess.run([*run, "--published", "2020-02"], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    (proposal,) = json.loads(result.stdout)["proposals"]
    assert proposal["date"] == "2020-02-01" and proposal["date_precision"] == "month"
    bad = subprocess.run([*run, "--published", "Feb 2020"], capture_output=True, timeout=120)
    stderr = bad.stderr.decode()
    assert bad.returncode == 1 and "Traceback" not in stderr and "YYYY-MM" in stderr


MET_ON_WEEKDAY = {
    "en": "Kenya's president met his Ghanaian counterpart in Nairobi on Tuesday.",
    "fr": "Le président sénégalais s'est entretenu mardi à Dakar avec son homologue marocain.",
    "ru": "Во вторник президент России провёл переговоры в Каире с президентом Египта.",
}


@pytest.mark.parametrize("language", sorted(MET_ON_WEEKDAY))
def test_a_weekday_against_a_month_is_that_month(language):
    assert _dated(MET_ON_WEEKDAY[language], language, date_hint=(2021, 3)) == [(date(2021, 3, 1), "month")]


def test_a_weekday_with_its_day_in_brackets_fixes_the_day_within_the_month():
    text = "O Brasil e a China assinaram nesta quinta-feira (17), em Brasília, 12 acordos de cooperação."
    assert _dated(text, "pt", date_hint=(2014, 7)) == [(date(2014, 7, 17), "day")]  # Thursday 17 July 2014
    assert _dated(text, "pt", date_hint=(2014, 8)) == [(date(2014, 7, 17), "day")]  # early August: July's
    assert _dated(text, "pt", date_hint=(2014, 6)) == [(date(2014, 6, 1), "month")]  # no Thursday 17 in May, June


ARRIVED = {
    "en": "Kenyan President William Ruto has arrived in Accra on a state visit to Ghana.",
    "fr": "Le président sénégalais est arrivé à Rabat pour une visite d'État au Maroc.",
    "ru": "Президент Египта прибыл в Москву с официальным визитом в Россию.",
}
SIGNED_UNDER_HEADLINE = {
    "en": ("Kenya, Ghana sign energy agreement", "Kenya and Ghana signed an agreement on energy cooperation."),
    "fr": ("Le Sénégal et le Maroc signent un accord", "Le Sénégal et le Maroc ont signé un accord sur l'énergie."),
    "ru": (
        "Россия и Египет подписывают соглашение",
        "Россия и Египет подписали соглашение о сотрудничестве в энергетике.",
    ),
}


@pytest.mark.parametrize("language", sorted(ARRIVED))
def test_an_arrival_is_of_the_dispatch_at_the_precision_known(language):
    text = ARRIVED[language]
    assert _dated(text, language, date_hint=(2020, 2)) == [(date(2020, 2, 1), "month")]
    assert _dated(text, language, published=date(2020, 2, 12)) == [(date(2020, 2, 12), "day")]
    assert _dated(text, language, today=date(2031, 7, 4)) == [(None, None)]


@pytest.mark.parametrize("language", sorted(SIGNED_UNDER_HEADLINE))
def test_a_headline_signing_is_of_the_dispatch_at_the_precision_known(language):
    title, text = SIGNED_UNDER_HEADLINE[language]
    assert _dated(text, language, title=title, date_hint=(2020, 2)) == [(date(2020, 2, 1), "month")]
    assert _dated(text, language, title=title, date_hint=(2020, None)) == [(date(2020, 1, 1), "year")]
    assert _dated(text, language, title=title, published=date(2020, 2, 12)) == [(date(2020, 2, 12), "day")]
