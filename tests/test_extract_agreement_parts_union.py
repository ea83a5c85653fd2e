"""A signed package's areas are its parts' (issue 11, session 18: ``extract/agreement_parts.py``), on invented
sentences in English, French, Russian, Portuguese and Spanish: parts told paragraphs after the package, one of
them a restatement, give the package their areas; parts told as *other* instruments, and parts of a package only
announced, do not."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements_read as agreements
from partnerlens.cooperation.extract.agreement_parts import total_takes_parts
from partnerlens.cooperation.extract.context import Draft
from partnerlens.cooperation.models import Evidence, Proposal

_FILLER = {
    "en": "The ministers then met the press and spoke at length of the weather, of football and of many other things.",
    "fr": "Les ministres ont ensuite rencontré la presse et ont longuement parlé de la météo, du football et d'autres choses.",
    "ru": "Затем министры встретились с прессой и долго говорили о погоде, о футболе и о многом другом.",
    "pt": "Os ministros encontraram depois a imprensa e falaram longamente do tempo, do futebol e de muitas outras coisas.",
    "es": "Los ministros se reunieron luego con la prensa y hablaron largamente del tiempo, del fútbol y de muchas otras cosas.",
}


@pytest.mark.parametrize(
    "package, parts, language",
    [
        (
            "Ghana and Chile signed four agreements on Tuesday in Accra, among them one on trade.",
            "The two countries also signed an agreement on health and another on education.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé quatre accords mardi à Accra, dont un sur le commerce.",
            "Les deux pays ont également signé un accord sur la santé et un autre sur l'éducation.",
            "fr",
        ),
        (
            "Гана и Чили во вторник подписали в Аккре четыре соглашения, в том числе о торговле.",
            "Стороны также подписали соглашение о здравоохранении и ещё одно — об образовании.",
            "ru",
        ),
        (
            "O Gana e o Chile assinaram quatro acordos na terça-feira em Acra, entre eles um sobre comércio.",
            "Os dois países assinaram ainda um acordo sobre saúde e outro sobre educação.",
            "pt",
        ),
        (
            "Ghana y Chile firmaron cuatro acuerdos el martes en Acra, entre ellos uno sobre comercio.",
            "Los dos países firmaron además un acuerdo sobre salud y otro sobre educación.",
            "es",
        ),
    ],
)
def test_a_signed_package_takes_the_areas_of_parts_told_far_after_it(package, parts, language):
    text = "\n".join([package, _FILLER[language], _FILLER[language], parts])
    total = next(a for a in agreements(text, language) if a.count == 4)
    assert {"health", "education"} <= set(total.sectors)


def _draft(text: str, start: int, count: int | None, sectors: list[str], status: str = "signed") -> Draft:
    proposal = Proposal(
        kind="agreement",
        type="agreement_signing",
        parties=["GHA", "CHL"],
        count=count,
        status=status,
        sectors=sectors,
        evidence=Evidence(text=text, start=start, end=start + len(text)),
    )
    return Draft(proposal, [], True)


@pytest.mark.parametrize(
    "part, taken",
    [
        ("The two countries also signed an agreement on health.", True),
        ("The two countries also signed three other agreements on health.", False),
        ("Les deux pays ont également signé un accord sur la santé.", True),
        ("Les deux pays ont également signé trois autres accords sur la santé.", False),
        ("Стороны также подписали соглашение о здравоохранении.", True),
        ("Стороны также подписали и другие соглашения о здравоохранении.", False),
        ("Os dois países assinaram ainda outros acordos sobre saúde.", False),
    ],
)
def test_parts_told_as_other_instruments_give_nothing(part, taken):
    total = _draft("Ghana and Chile signed four agreements.", 0, 4, ["trade"])
    later = _draft(part, 500, 1 if taken else None, ["health"])
    total_takes_parts([total, later])
    assert ("health" in total.proposal.sectors) is taken


def test_only_a_signed_package_takes_the_areas_of_its_parts():
    announced = _draft("Ghana and Chile will sign four agreements.", 0, 4, ["trade"], status="announced")
    part = _draft("An agreement on health will be signed too.", 300, 1, ["health"], status="announced")
    total_takes_parts([announced, part])
    assert announced.proposal.sectors == ["trade"]
    signed, before = _draft("Ghana and Chile signed four agreements.", 300, 4, ["trade"]), _draft("x", 0, 1, ["health"])
    total_takes_parts([before, signed])  # told before the package: not one of its parts
    assert signed.proposal.sectors == ["trade"]
