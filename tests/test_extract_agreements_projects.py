"""Agreements on invented sentences in English, French, Russian, Portuguese and Spanish (issue 11, batch 37): an
instrument listed after a signing whose sentence names a project (a port, a railway, a training centre) is one of
the signing's instruments; only a draft *of an instrument* ("projet d'accord", "проект соглашения") is unsigned."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements_read as agreements


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed three agreements on Tuesday. The first is a protocol on fisheries. The second "
            "agreement is an amendment to the Tema port project. The third agreement concerns the railway project "
            "between the two capitals.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé mardi trois accords. Le premier est un protocole sur la pêche. Le second "
            "accord est l'avenant au projet du port de Tema. Le troisième accord est celui relatif au projet de "
            "chemin de fer entre les deux capitales.",
            "fr",
        ),
        (
            "Ghana y Chile firmaron el martes tres acuerdos. El primero es un protocolo sobre pesca. El segundo "
            "acuerdo es una enmienda al proyecto del puerto de Tema. El tercer acuerdo es el relativo al proyecto "
            "de ferrocarril entre las dos capitales.",
            "es",
        ),
        (
            "O Gana e o Chile assinaram na terça-feira três acordos. O primeiro é um protocolo sobre pesca. O "
            "segundo acordo é uma emenda ao projeto do porto de Tema. O terceiro acordo é o relativo ao projeto de "
            "caminho de ferro entre as duas capitais.",
            "pt",
        ),
    ],
)
def test_instruments_told_one_by_one_keep_the_projects_they_name(text, language):
    found = agreements(text, language)
    assert found[0].count == 3
    parts = [a for a in found[1:] if a.count == 1]
    assert len(parts) == 3, [a.evidence.text for a in found]
    assert all(a.status == "signed" and set(a.parties) == {"GHA", "CHL"} for a in parts)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le Ghana et le Chili ont signé mardi trois accords. Le premier est un protocole sur la pêche. Un projet "
            "d'accord sur le tourisme a aussi été évoqué.",
            "fr",
        ),
        (
            "Ghana y Chile firmaron el martes tres acuerdos. El primero es un protocolo sobre pesca. También hay un "
            "proyecto de acuerdo sobre turismo.",
            "es",
        ),
        (
            "O Gana e o Chile assinaram na terça-feira três acordos. O primeiro é um protocolo sobre pesca. Há "
            "também um projeto de acordo sobre turismo.",
            "pt",
        ),
        (
            "Гана и Чили во вторник подписали три соглашения. В их числе – протокол о рыболовстве. Также есть "
            "проект соглашения о туризме.",
            "ru",
        ),
    ],
)
def test_a_draft_of_an_instrument_is_still_not_one_of_the_signing(text, language):
    found = agreements(text, language)
    assert not any(
        a.status == "signed"
        and (
            "projet" in a.evidence.text
            or "proyecto" in a.evidence.text
            or "projeto" in a.evidence.text
            or "проект" in a.evidence.text
        )
        for a in found
    )
