"""The first-character dispatch of a large alternation finds exactly what the plain alternation finds: the same
first-matching branch at every position, with case folded or not; an alternation whose first characters cannot be
read stays plain; the gazetteer's mentions are the same either way."""

from __future__ import annotations

import re

import pytest

from partnerlens.alternation import dispatched
from partnerlens.cooperation import gazetteer

BRANCHES = [
    r"(?P<t0>Egypt(?:ian)?)",
    r"(?P<t1>[ÉE]gypte)",
    r"(?P<t2>E)",
    r"(?P<t3>(?:Египет|Египт)(?:а|у|ом|е)?)",
    r"(?P<t4>Côte\s+d['’ʼ]Ivoire)",
    r"(?P<t5>\-Kazakh)",
    r"(?P<t6>Kazakhstan)",
    r"(?P<t7>kenya)",
]
TEXT = "Egypte, Egyptian E Египта Côte d’Ivoire -Kazakh Kazakhstan Kenya KENYA Égypte eGYPT"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_dispatch_finds_what_the_plain_alternation_finds(flags: int) -> None:
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(BRANCHES)})(?!\w)", flags)
    fast = re.compile(rf"(?<!\w)(?:{dispatched(BRANCHES, ignore_case=bool(flags))})(?!\w)", flags)
    assert [(m.span(), m.lastgroup) for m in fast.finditer(TEXT)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(TEXT)
    ]
    assert fast.pattern != plain.pattern  # grouped behind lookaheads


@pytest.mark.parametrize(
    "odd", [r"(?P<t9>\w+stan)", r"(?P<t9>.gypt)", r"(?P<t9>(?:Great\s+)?Britain)", r"(?P<t9>E?gypt)"]
)
def test_an_unreadable_first_character_keeps_the_plain_alternation(odd: str) -> None:
    assert dispatched([*BRANCHES, odd]) == "|".join([*BRANCHES, odd])


@pytest.mark.parametrize(
    "text, language",
    [
        ("Putin received Obiang Nguema and the Egyptian delegation in Sochi; Kenya's envoy came too.", "en"),
        ("Le président ivoirien a reçu à Abidjan l'émir du Qatar et le ministre égyptien, selon l'AFP.", "fr"),
        ("Путин провел переговоры с Токаевым; Египта и Кении делегации прибыли в Москву.", "ru"),
        ("O Presidente de Moçambique recebeu o homólogo angolano em Maputo.", "pt"),
        ("El presidente de Kazajistán visitó Perú y Chile.", "es"),
    ],
)
def test_gazetteer_mentions_are_the_same_with_the_plain_alternation(
    text: str, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def mentions() -> list[tuple[str, int, int, str]]:
        gazetteer._matchers.cache_clear()
        return [(m.party, m.start, m.end, m.how) for m in gazetteer.find_party_mentions(text, language)]

    fast = mentions()
    monkeypatch.setattr(gazetteer, "dispatched", lambda branches, ignore_case=False: "|".join(branches))
    plain = mentions()
    gazetteer._matchers.cache_clear()
    assert fast and fast == plain
