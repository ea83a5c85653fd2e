"""Trade classes the second batch of real articles showed (issue 11), on invented sentences: ranks in Portuguese
and Spanish, a state the ranked one is compared with ("derrière la France") and a rank still to come
("becoming") are no partner and no rank; a pronoun opening a rank sentence stands for the state before; a flow
word after a comma belongs to another clause; growth named at the head of a long clause; a figure restated with
"more than" in brackets; a factor told apart from a later target; selling and buying as infinitives; Spanish and
Portuguese comparatives; a pronoun pointing back at the figure before ("Ils s'étaient établis à …")."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text

PUBLISHED = date(2025, 6, 1)


def read(text: str, language: str, kind: str = "claim") -> list:
    found = extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)
    return [p for p in found if p.kind == kind]


@pytest.mark.parametrize(
    "text, language, parties, rank",
    [
        (
            "O investimento cresceu, fazendo de Angola o segundo principal parceiro da China em África.",
            "pt",
            ["CHN", "AGO"],
            2,
        ),
        ("China es el primer socio comercial de Argentina.", "es", ["ARG", "CHN"], 1),
        ("L'Algérie est le premier partenaire économique de la Turquie en Afrique.", "fr", ["TUR", "DZA"], 1),
        ("Kenya is Uganda's largest economic partner.", "en", ["UGA", "KEN"], 1),
        ("Китай является вторым по величине торговым партнером Египта.", "ru", ["EGY", "CHN"], 2),
    ],
)
def test_ranks_in_every_language(text, language, parties, rank):
    (claim,) = [c for c in read(text, language) if c.metric == "rank"]
    assert (claim.parties, claim.value) == (parties, rank)


@pytest.mark.parametrize(
    "text, language",
    [
        ('"We are becoming Africa\'s leading trade partner," Erdogan said.', "en"),
        ("La Turquie veut devenir le premier partenaire commercial du Maroc.", "fr"),
    ],
)
def test_a_rank_still_to_come_is_no_rank(text, language):
    assert not [c for c in read(text, language) if c.metric == "rank"]


def test_a_pronoun_opening_a_rank_sentence_is_the_state_before():
    text = "La Chine est le deuxième partenaire commercial du Sénégal. Elle est aussi le deuxième fournisseur du Sénégal après la France."
    ranks = [c for c in read(text, "fr") if c.metric == "rank"]
    assert [c.parties for c in ranks] == [["SEN", "CHN"], ["SEN", "CHN"]]


def test_a_figure_keeps_the_compared_state_out_of_its_parties():
    text = "La Chine est le deuxième partenaire du Sénégal, derrière la France, avec des échanges de deux milliards de dollars en 2016."
    (level,) = [c for c in read(text, "fr") if c.unit == "USD"]
    assert set(level.parties) == {"CHN", "SEN"}


@pytest.mark.parametrize(
    "text, language, metric",
    [
        (
            "Em 2024, o comércio entre o Brasil e o Equador somou US$ 1,1 bilhão, com destaque para exportações de veículos.",
            "pt",
            "total",
        ),
        ("Trade between Kenya and Turkey reached $1.1 billion in 2024, led by exports of tea.", "en", "total"),
        (
            "Рост товарооборота России и Объединенных Арабских Эмиратов в этом году продолжается и составляет 17%.",
            "ru",
            "growth",
        ),
        (
            "El intercambio comercial entre Chile y México alcanzó 4.444 millones de dólares, 13,6% superior al año anterior.",
            "es",
            "growth",
        ),
    ],
)
def test_the_metric_is_read_in_the_figure_clause(text, language, metric):
    found = read(text, language)
    assert found[-1].metric == metric if metric == "growth" else found[0].metric == metric


def test_a_figure_restated_with_more_than_in_brackets_is_one_figure():
    text = "Les importations du Sénégal en provenance de Chine ont atteint 227 milliards FCFA (plus de 346 millions d'euros) en 2013."
    (claim,) = read(text, "fr")
    assert claim.unit == "XOF" and claim.value == 227e9


def test_a_factor_told_before_a_later_target_is_growth():
    text = (
        "Tokaïev a indiqué que le commerce bilatéral entre le Kazakhstan et l'Azerbaïdjan a été multiplié par 2,5 en trois "
        "ans pour atteindre 547 millions de dollars, et a fixé comme objectif de le porter à 1 milliard de dollars."
    )
    claims, kpis = read(text, "fr"), read(text, "fr", "kpi")
    assert sorted(c.value for c in claims) == [150.0, 547e6] and [k.value for k in kpis] == [1e9]


@pytest.mark.parametrize(
    "text, language, metric",
    [
        ("A China passou a vender a Angola produtos no valor de 3,96 mil milhões de dólares em 2013.", "pt", "exports"),
        (
            "Angola passou a comprar à China mercadoria no valor de 31,94 mil milhões de dólares em 2013.",
            "pt",
            "imports",
        ),
    ],
)
def test_selling_and_buying_infinitives_are_flows(text, language, metric):
    (claim,) = read(text, language)
    assert claim.metric == metric


def test_a_pronoun_pointing_back_at_the_trade_figure_keeps_its_parties():
    text = (
        "Les échanges commerciaux entre la Turquie et l'Afrique ont atteint 40,7 milliards de dollars en 2022. "
        "Ils s'étaient établis à 5,4 milliards de dollars en 2003."
    )
    older = next(c for c in read(text, "fr") if c.year == 2003)
    assert older.value == 5.4e9 and set(older.parties) == {"TUR", "africa"}
