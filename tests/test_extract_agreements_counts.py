"""Agreements on invented sentences, by class (issue 11, fifth session): counts in words of every size and case
("vingt-deux accords", "пакет из двенадцати документов", "treinta y dos acuerdos", "vinte e dois acordos"), counts
left unknown for round words ("une quinzaine", "несколько"), statuses in every tense and voice, and the instruments
Portuguese and Spanish name (tratado, protocolo, contrato, declaración conjunta, instrumentos)."""

from __future__ import annotations

import pytest

from _agreement_leads import agreements_read as agreements
from partnerlens.cooperation.number_words import spelled_numbers


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("Kenya and Uzbekistan signed twenty-two agreements.", "en", 22),
        ("Kenya and Uzbekistan inked a package of 15 documents.", "en", 15),
        ("Le Maroc et la Côte d'Ivoire ont conclu vingt-deux accords.", "fr", 22),
        ("Le Maroc et la Côte d'Ivoire ont signé soixante et onze conventions.", "fr", 71),
        ("Le Sénégal et la Turquie ont paraphé quatre-vingt-dix accords.", "fr", 90),
        ("По итогам переговоров Россия и Египет подписали пакет из двенадцати документов.", "ru", 12),
        ("Россия и Египет подписали двадцать два соглашения.", "ru", 22),
        ("Подписание двадцати трёх соглашений между Россией и Алжиром состоится в мае.", "ru", 23),
        ("Angola e o Brasil assinaram vinte e dois acordos.", "pt", 22),
        ("Angola e Moçambique assinaram seis acordos de cooperação.", "pt", 6),
        ("Argentina y China firmaron treinta y dos acuerdos.", "es", 32),
        ("Argentina y China suscribieron veintidós convenios.", "es", 22),
        ("Se firmaron quince instrumentos entre Perú y México.", "es", 15),
    ],
)
def test_a_count_in_words_or_digits_is_read(text, language, count):
    found = agreements(text, language)
    assert found and found[0].count == count


@pytest.mark.parametrize(
    "text, language",
    [
        ("Une quinzaine d'accords ont été signés entre le Maroc et la Côte d'Ivoire.", "fr"),
        ("Le déplacement du président kényan en Ouzbékistan a permis de signer une dizaine d'accords.", "fr"),
        ("Россия и Египет подписали несколько соглашений.", "ru"),
        ("Kenya and Uzbekistan signed several agreements.", "en"),
    ],
)
def test_a_round_or_vague_count_stays_unknown(text, language):
    found = agreements(text, language)
    assert found and found[0].count is None


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("Five agreements are to be signed between Kenya and Uzbekistan.", "en", "announced"),
        ("Kenya and Uzbekistan will sign five agreements next week.", "en", "announced"),
        ("The agreement between Kenya and Uzbekistan came into effect on 1 January.", "en", "in_force"),
        ("Kenya ratified the investment treaty with Uzbekistan.", "en", "ratified"),
        ("Sept accords ont été paraphés entre le Sénégal et la Turquie.", "fr", "signed"),
        ("Le Sénégal et la Turquie signeront treize accords.", "fr", "announced"),
        ("L'accord de libre-échange entre le Maroc et la Turquie a été ratifié par le Parlement.", "fr", "ratified"),
        ("Будут подписаны шесть соглашений между Россией и Алжиром.", "ru", "announced"),
        ("Россия и Египет планируют подписать соглашение о свободной торговле.", "ru", "announced"),
        ("Соглашение о свободной торговле между Россией и Египтом вступило в силу.", "ru", "in_force"),
        ("Россия ратифицировала соглашение с Египтом.", "ru", "ratified"),
        ("Foram assinados cinco acordos entre o Brasil e a Nigéria.", "pt", "signed"),
        ("Serão assinados dez acordos entre Angola e o Brasil.", "pt", "announced"),
        ("O acordo entre Angola e o Brasil entrou em vigor em janeiro.", "pt", "in_force"),
        ("Se firmarán seis acuerdos entre Argentina y China.", "es", "announced"),
        ("El tratado entre Perú y México entró en vigor en enero.", "es", "in_force"),
    ],
)
def test_a_status_in_every_tense_and_voice(text, language, status):
    found = agreements(text, language)
    assert found and found[0].status == status


@pytest.mark.parametrize(
    "text, language, instrument",
    [
        ("Angola e o Brasil assinaram um protocolo de cooperação.", "pt", "protocol"),
        ("Angola e Moçambique assinaram um contrato de fornecimento de gás.", "pt", "contract"),
        ("Angola e o Brasil assinaram uma declaração conjunta.", "pt", "joint_declaration"),
        ("Perú y México firmaron una declaración conjunta.", "es", "joint_declaration"),
        ("Cuba y Chile firmaron una declaración de intenciones.", "es", "joint_declaration"),
        ("El tratado entre Perú y México entró en vigor en enero.", "es", "treaty"),
    ],
)
def test_portuguese_and_spanish_instruments(text, language, instrument):
    found = agreements(text, language)
    assert found and found[0].count == 1 and found[0].type in ("agreement_signing", instrument)


def test_every_cardinal_to_ninety_nine_is_spelled_in_each_language():
    words = spelled_numbers()
    for word, value in {
        "quatre-vingt-dix-neuf": 99,
        "soixante-dix-sept": 77,
        "vingt et un": 21,
        "ninety-nine": 99,
        "сорока пяти": 45,
        "девяноста девяти": 99,
        "пятьюдесятью": 50,
        "noventa e nove": 99,
        "noventa y nueve": 99,
        "veintiséis": 26,
    }.items():
        assert words[word] == value
    assert "dos" not in words and "uma" not in words  # "dos" is "of the" in Portuguese, "uma" an article


def test_spanish_two_counts_but_portuguese_of_the_does_not():
    (spanish,) = agreements("Perú y China firmaron dos importantes convenios de cooperación.", "es")
    assert spanish.count == 2
    found = agreements("Angola e o Brasil assinaram a maioria dos acordos de cooperação.", "pt")
    assert all(a.count != 2 for a in found)


@pytest.mark.parametrize(
    "text, language, count",
    [
        ("Kenya and Uzbekistan signed five bilateral and regional agreements.", "en", 5),
        ("Le Bénin et la Chine ont signé trois accords sanitaires et phytosanitaires.", "fr", 3),
        ("Казахстан и Китай подписали 24 межправительственных и межведомственных документа.", "ru", 24),
        ("Россия и Египет подписали пять межправительственных и межведомственных соглашений.", "ru", 5),
        ("Argentina y China firmaron cuatro convenios comerciales y culturales.", "es", 4),
        ("Angola e o Brasil assinaram seis acordos comerciais e culturais.", "pt", 6),
    ],
)
def test_a_count_before_coordinated_modifiers_counts_the_instrument(text, language, count):
    """Batch 19 (issue 11): "24 межправительственных и межведомственных документа" was one document — the counted
    phrase stopped at "и", and "документа" after 22–24 is a genitive singular; two modifiers joined before (or after)
    the instrument leave the number the instrument's count."""
    (found,) = agreements(text, language)
    assert found.count == count
