"""Events, people and parties on invented sentences in English, French and Russian (issue 11 failure classes
beyond those of test_extract_events_languages.py): a tense word only counts near the event's word; planned
phrasing after the event's word; meetings and received delegations; events that name no state in an article
about two; datelines of other agencies; weekdays and years the text does not fix; transit stops and compound
adjectives as parties; people introduced after their name or in a list of ministers."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.dates import find_dates, resolve_dates
from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import LANGUAGES, combining_forms, find_party_mentions
from partnerlens.reference.parties import find_party

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def events(text: str, language: str, published: date | None = PUBLISHED) -> list:
    found = extract_text(text, language=language, published=published, today=PUBLISHED)
    return [p for p in found if p.kind == "event"]


def people(text: str, language: str) -> dict[str, object]:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return {person.name: person for p in found for person in p.people}


# --- planned versus held: the tense of the event's own clause ----------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Speaking at the Kenya-Uzbekistan Joint Trade Committee in Tashkent, the Kenyan minister said that "
            "the agreement signed in January will lift trade between the two countries.",
            "en",
        ),
        (
            "Lors de la réunion de la commission mixte Kenya-Ouzbékistan à Tachkent, le ministre kényan a déclaré "
            "que l'accord signé en janvier sera utile aux deux pays.",
            "fr",
        ),
        (
            "На заседании межправительственной комиссии Кении и Узбекистана в Ташкенте кенийский министр заявил, "
            "что подписанное в январе соглашение будет способствовать торговле двух стран.",
            "ru",
        ),
    ],
)
def test_a_future_tense_elsewhere_in_the_sentence_leaves_the_event_held(text, language):
    (commission,) = [e for e in events(text, language) if e.type == "intergovernmental_commission"]
    assert commission.status == "held" and set(commission.parties) == {"KEN", "UZB"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The official visit of the Kenyan president to Uzbekistan is scheduled for the spring.", "en"),
        ("La visite officielle du président kényan en Ouzbékistan aura lieu au printemps.", "fr"),
        ("Официальный визит президента Кении в Узбекистан запланирован на весну.", "ru"),
    ],
)
def test_planned_words_after_the_event_make_it_planned(text, language):
    (visit,) = events(text, language)
    assert visit.status == "planned" and set(visit.parties) == {"KEN", "UZB"}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Kenyan president, William Ruto, who leaves Nairobi on Sunday, is due to pay an official visit "
            "to Uzbekistan.",
            "en",
        ),
        (
            "Le président kényan, William Ruto, doit effectuer à partir de ce mardi 8 avril une visite de travail "
            "en Ouzbékistan.",
            "fr",
        ),
        ("Президент Кении Уильям Руто, как сообщили в его администрации, в апреле посетит Узбекистан.", "ru"),
    ],
)
def test_a_planned_word_several_words_before_the_event_still_counts(text, language):
    (visit,) = events(text, language)
    assert visit.status == "planned"


# --- meetings, delegations, and events that name no state ------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenya's trade envoy Amos Otieno received a delegation of Uzbek businessmen on Wednesday.", "en"),
        ("Le représentant commercial kényan a reçu une délégation d'hommes d'affaires ouzbeks mercredi.", "fr"),
        ("Торговый представитель Кении принял делегацию узбекских предпринимателей в среду.", "ru"),
    ],
)
def test_a_received_delegation_is_a_meeting_dated_by_the_publication(text, language):
    (meeting,) = events(text, language)
    assert set(meeting.parties) == {"KEN", "UZB"} and meeting.status == "held"
    assert (meeting.date, meeting.date_precision) == (PUBLISHED, "day")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya and Uzbekistan opened a new chapter. Kenya sent its trade minister to Uzbekistan. "
            "On the eve, talks took place at the Palace of Independence.",
            "en",
        ),
        (
            "Le Kenya et l'Ouzbékistan ouvrent un nouveau chapitre. Le Kenya a envoyé son ministre en Ouzbékistan. "
            "La veille, des entretiens se sont tenus au palais de l'Indépendance.",
            "fr",
        ),
        (
            "Кения и Узбекистан открыли новую главу. Кения направила министра в Узбекистан. "
            "Накануне во Дворце Независимости прошли переговоры.",
            "ru",
        ),
    ],
)
def test_talks_that_name_no_state_are_between_the_articles_two_sides(text, language):
    (talks,) = [
        e
        for e in events(text, language)
        if "Palace" in e.evidence.text or "alais" in e.evidence.text or "Дворце" in e.evidence.text
    ]
    assert set(talks.parties) == {"KEN", "UZB"}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya's president paid a state visit to Uzbekistan on 2 March 2025. The visit will also include a "
            "stop in Samarkand, officials said.",
            "en",
        ),
        (
            "Le président kényan a effectué une visite d'État en Ouzbékistan le 2 mars 2025. La visite sera "
            "aussi l'occasion d'un passage par Samarcande.",
            "fr",
        ),
        (
            "Президент Кении совершил государственный визит в Узбекистан 2 марта 2025 года. Визит будет "
            "включать поездку в Самарканд.",
            "ru",
        ),
    ],
)
def test_a_sentence_that_names_no_state_does_not_make_a_held_visit_planned(text, language):
    (visit,) = events(text, language)
    assert visit.status == "held" and visit.date == date(2025, 3, 2)


# --- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("TASHKENT, Uzbekistan, March 4. Kenya and Uzbekistan held talks on trade, the ministry said.", "en"),
        ("NAIROBI, le 4 mars 2025 (KNA) – Le Kenya et l'Ouzbékistan ont tenu des entretiens sur le commerce.", "fr"),
        ("Ташкент, 4 марта – Кения и Узбекистан провели переговоры о торговле.", "ru"),
    ],
)
def test_more_dateline_forms_give_the_publication_day(text, language):
    from partnerlens.cooperation.extract.dateline import find_dateline

    dateline = find_dateline(text, language, today=PUBLISHED)
    assert dateline is not None and dateline.date == date(2025, 3, 4)
    assert dateline.mention is not None and dateline.mention.party in ("UZB", "KEN")


# --- dates the text does not fix -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The talks between Kenya and Uzbekistan took place on Tuesday, March 4.", "en"),
        ("Les entretiens entre le Kenya et l'Ouzbékistan ont eu lieu le mardi 4 mars.", "fr"),
        ("Переговоры Кении и Узбекистана прошли во вторник, 4 марта.", "ru"),
    ],
)
def test_a_weekday_alone_never_fixes_a_year(text, language):
    mentions = resolve_dates(find_dates(text), published=None, today=PUBLISHED)
    assert [m.value for m in mentions if m.month] == [None]
    (talks,) = events(text, language, published=None)
    assert talks.date is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("The second visit of the Kenyan president to Uzbekistan, on 3 and 4 June, after the one of 2019.", "en"),
        (
            "La deuxième visite du président kényan en Ouzbékistan, effectuée les 3 et 4 juin, après celle de 2019.",
            "fr",
        ),
        ("Второй визит президента Кении в Узбекистан, 3 и 4 июня, после визита 2019 года.", "ru"),
    ],
)
def test_an_event_with_a_day_but_no_year_is_undated_not_dated_by_another_year(text, language):
    visits = events(text, language, published=None)
    assert visits and all(v.date is None for v in visits)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president's official visit to Uzbekistan this July opened a new chapter.", "en"),
        ("La visite officielle du président kényan en Ouzbékistan en juillet a ouvert un nouveau chapitre.", "fr"),
        ("Официальный визит президента Кении в Узбекистан в июле открыл новую главу.", "ru"),
    ],
)
def test_a_month_without_a_year_takes_the_publication_year_at_month_precision(text, language):
    (visit,) = events(text, language, published=date(2025, 10, 1))
    assert (visit.date, visit.date_precision, visit.status) == (date(2025, 7, 1), "month", "held")


# --- parties: transit stops and compound adjectives ----------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president landed in Tashkent on a flight from Dakar for a state visit to Uzbekistan.", "en"),
        (
            "Le président kényan, arrivé par un avion en provenance de Dakar, effectue une visite d'État en Ouzbékistan.",
            "fr",
        ),
        ("Президент Кении прибыл на самолете из Дакара с государственным визитом в Узбекистан.", "ru"),
    ],
)
def test_a_transit_stop_is_not_a_party(text, language):
    (visit,) = events(text, language)
    assert set(visit.parties) == {"KEN", "UZB"}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("A Sino-Kenyan business forum opened in Nairobi on 3 March 2025.", "en", {"CHN", "KEN"}),
        ("Un forum économique soudano-turc s'est tenu à Khartoum le 3 mars 2025.", "fr", {"SDN", "TUR"}),
        ("Российско-кенийский бизнес-форум прошел в Найроби 3 марта 2025 года.", "ru", {"RUS", "KEN"}),
    ],
)
def test_both_halves_of_a_compound_adjective_are_parties(text, language, expected):
    (forum,) = events(text, language)
    assert set(forum.parties) == expected


def test_combining_forms_are_one_list_of_known_parties():
    """``combining_forms.yaml`` is the one list: every form names a known party, in one section only."""
    for language in LANGUAGES:
        alone, every = combining_forms(language), combining_forms(language, compounds=True)
        assert set(alone) <= set(every)
        assert all(find_party(code) is not None for code in every.values()), language
    assert "indo" in combining_forms("en", compounds=True) and "российско" in combining_forms("ru", compounds=True)


def test_an_ambiguous_combining_form_counts_only_inside_a_compound_of_parties():
    """ "indo-" alone is no mention of India ("Indo-Pacific"), but "Indo-Kenyan" names both states."""
    assert [m.party for m in find_party_mentions("The Indo-Pacific strategy.", "en")] == []
    assert [m.party for m in find_party_mentions("Un forum maroco-turc.", "fr")] == ["MAR", "TUR"]
    (forum,) = events("An Indo-Kenyan business forum opened in Nairobi on 3 March 2025.", "en")
    assert set(forum.parties) == {"IND", "KEN"}


# --- people ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, name",
    [
        (
            "Eight contracts were signed in Tashkent, Amos Otieno, Deputy Prime Minister, Minister of Trade of "
            "Kenya, said during the meeting of the Kenya-Uzbekistan intergovernmental commission.",
            "en",
            "Amos Otieno",
        ),
        (
            "Huit contrats ont été signés à Tachkent, a déclaré Amos Otieno, vice-Premier ministre, ministre du "
            "Commerce du Kenya, lors de la réunion de la commission mixte Kenya-Ouzbékistan.",
            "fr",
            "Amos Otieno",
        ),
        (
            "Восемь контрактов подписаны в Ташкенте, сообщил Амос Отиено, вице-премьер, министр торговли Кении, "
            "на заседании межправительственной комиссии Кении и Узбекистана.",
            "ru",
            "Амос Отиено",
        ),
    ],
)
def test_a_person_introduced_after_the_name_is_the_name_not_the_next_title(text, language, name):
    found = people(text, language)
    assert name in found
    assert not any(n.split()[0] in ("Minister", "ministre", "министр", "Ministre", "Deputy") for n in found)
    if language == "en":  # the run of titles ends on the state: "…, Minister of Trade of Kenya"
        assert found[name].party == "KEN"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Kenyan President William Ruto arrived in Tashkent for a state visit to Uzbekistan on 3 March 2025, "
            "accompanied by the ministers of Trade, Amos Otieno, and of Energy, Grace Wanjiru.",
            "en",
            {"Amos Otieno": "KEN", "Grace Wanjiru": "KEN"},
        ),
        (
            "Le président kényan William Ruto est arrivé à Tachkent pour une visite d'État en Ouzbékistan le "
            "3 mars 2025, accompagné des ministres du Commerce, Amos Otieno, et de l'Énergie, Grace Wanjiru.",
            "fr",
            {"Amos Otieno": "KEN", "Grace Wanjiru": "KEN"},
        ),
        (
            "O Presidente do Quénia, William Ruto, chegou a Tashkent para uma visita de Estado ao Usbequistão a "
            "3 de março de 2025, acompanhado dos ministros do Comércio, Amos Otieno, e da Energia, Grace Wanjiru.",
            "pt",
            {"Amos Otieno": "KEN", "Grace Wanjiru": "KEN"},
        ),
    ],
)
def test_ministers_listed_after_one_plural_title_are_people_of_the_delegation(text, language, expected):
    found = people(text, language)
    assert {name: found[name].party for name in expected if name in found} == expected


# --- an occasion named back ("during the visit") dates what happened at it --------------------


@pytest.mark.parametrize("name", ["example-rwanda-azerbaijan.txt", "exemple-rwanda-azerbaidjan-fr.txt"])
def test_the_examples_count_of_agreements_keeps_its_occasion_date(name):
    """The visit is told on one line, the signing "during the visit" on the next: the count has the visit's date, to
    the month, as the visit lasted two days ("for a two-day official visit": the day of the signing is not said)."""
    from pathlib import Path

    from partnerlens.cooperation.article import read_article
    from partnerlens.cooperation.extract import extract

    article = read_article(str(Path(__file__).resolve().parents[1] / "examples" / name))
    (signing,) = [p for p in extract(article) if p.kind == "agreement"]
    assert (signing.count, signing.date, signing.date_precision) == (4, date(2025, 3, 1), "month")


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Kenya's foreign minister arrived in Tashkent on 3 March 2025 for an official visit to Uzbekistan.\n"
            "Kenya and Uzbekistan held many talks over the years.\n"
            "During the visit, Kenya and Uzbekistan signed a memorandum on agriculture.",
            "en",
        ),
        (
            "Le ministre kényan des Affaires étrangères est arrivé à Tachkent le 3 mars 2025 pour une visite "
            "officielle en Ouzbékistan.\nLe Kenya et l'Ouzbékistan se parlent depuis des années.\n"
            "Au cours de la visite, le Kenya et l'Ouzbékistan ont signé un mémorandum sur l'agriculture.",
            "fr",
        ),
        (
            "Министр иностранных дел Кении прибыл в Ташкент 3 марта 2025 года с официальным визитом в Узбекистан.\n"
            "Кения и Узбекистан давно поддерживают связи.\n"
            "В ходе визита Кения и Узбекистан подписали меморандум о сотрудничестве в сельском хозяйстве.",
            "ru",
        ),
    ],
)
def test_a_signing_during_the_visit_takes_the_visits_date_across_paragraphs(text, language):
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    (signing,) = [p for p in found if p.kind == "agreement"]
    assert signing.date == date(2025, 3, 3)


@pytest.mark.parametrize(
    "dateline, text, language",
    [
        (
            "TASHKENT, March 12 (UzA) - The weather was mild.",
            "The Kenya-Uzbekistan business forum that is taking place in Tashkent drew 300 companies.",
            "en",
        ),
        (
            "TACHKENT, 12 mars (UzA) – Les responsables se sont réunis.",
            "Le forum d'affaires Kenya-Ouzbékistan, qui se tient à Tachkent, réunit 300 entreprises.",
            "fr",
        ),
        (
            "ТАШКЕНТ, 12 марта. /УзА/. Чиновники встретились.",
            "В Ташкенте проходит кенийско-узбекский бизнес-форум.",
            "ru",
        ),
    ],
)
def test_an_event_under_way_is_held_on_the_dateline_day(dateline, text, language):
    (forum,) = events(f"{dateline} {text}", language)
    assert (forum.status, forum.date, forum.date_precision) == ("held", date(2025, 3, 12), "day")
    assert set(forum.parties) == {"KEN", "UZB"}
    (undated,) = events(text, language)  # a header's publication date is not the text's: no dateline, no day
    assert undated.status == "held" and undated.date is None


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president will visit Uzbekistan on Friday.", "en"),
        ("Le président kényan se rendra en Ouzbékistan vendredi.", "fr"),
        ("Президент Кении посетит Узбекистан в пятницу.", "ru"),
    ],
)
def test_a_weekday_of_an_event_to_come_is_the_next_one(text, language):
    (visit,) = events(text, language)  # published on Wednesday 12 March 2025
    assert (visit.status, visit.date) == ("planned", date(2025, 3, 14))


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Kenyan president visited Uzbekistan on Friday.", "en"),
        ("Le président kényan s'est rendu en Ouzbékistan vendredi.", "fr"),
        ("Президент Кении посетил Узбекистан в пятницу.", "ru"),
    ],
)
def test_a_weekday_of_an_event_told_as_done_is_the_last_one(text, language):
    (visit,) = events(text, language)
    assert (visit.status, visit.date) == ("held", date(2025, 3, 7))


# --- what is still to come never counts as done -------------------------------------------


def test_an_agreement_still_to_be_signed_has_no_before_and_after_trade():
    """Agreements to be signed are "announced" (``AGREEMENT_STATUSES`` has no "planned"): the brief's trade before
    and after signing skips them before reading any flow (``flows`` is never touched, hence None)."""
    from types import SimpleNamespace

    from partnerlens.brief.gather import _agreement_trade
    from partnerlens.cooperation.models import Citation, Evidence, Record, Source

    source = Source(address="invented", title="An invented dispatch", published=PUBLISHED)
    record = Record(
        id="agr-announced",
        kind="agreement",
        type="agreement_signing",
        date=date(2025, 4, 1),
        date_precision="month",
        parties=["KEN", "UZB"],
        status="announced",
        sectors=["agriculture"],
        sources=[Citation(source=source, evidence=Evidence(text="An invented sentence.", start=0, end=21))],
    )
    inputs = SimpleNamespace(
        records=[record], sectors={"agriculture": SimpleNamespace(trades_in_goods=True, hs=["10"])}, years=[2024]
    )
    assert _agreement_trade(None, inputs) == []
