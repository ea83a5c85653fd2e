"""Agreement dates, batch 36 (issue 11, seventeenth session): a recap of the day's signing in the pluperfect after the
press conference ("the two leaders had earlier signed ten agreements") is the signing already dated as the day's, with
its count, and only an earlier occasion ("during the last visit") makes another batch; taking part in a signing ("il a
participé à la signature de 44 accords") is a signing done, during the visit dated before it, whatever "announced"
qualifies after it. Invented sentences in English, French, Russian and Spanish, with Portuguese where it holds (the
Portuguese recap, "tinham assinado nove acordos", loses its count another way: left)."""

from __future__ import annotations

from datetime import date

import pytest

from _agreement_leads import agreements_read as agreements


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed new agreements on Saturday 8 March in Accra. The two presidents spoke to the press "
            "after their talks. The two leaders had earlier signed nine agreements on mining, health and air transport.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé samedi 8 mars de nouveaux accords à Accra. Les deux présidents se sont "
            "exprimés devant la presse après leurs entretiens. Les deux dirigeants avaient auparavant signé neuf "
            "accords dans les domaines des mines, de la santé et du transport aérien.",
            "fr",
        ),
        (
            "Гана и Чили в субботу, 8 марта, подписали новые соглашения в Аккре. Президенты выступили перед прессой "
            "после переговоров. Ранее лидеры двух стран подписали девять соглашений в области горной добычи, "
            "здравоохранения и воздушного транспорта.",
            "ru",
        ),
        (
            "Ghana y Chile firmaron el sábado 8 de marzo nuevos acuerdos en Acra. Los dos presidentes hablaron ante la "
            "prensa tras sus conversaciones. Los dos mandatarios habían firmado anteriormente nueve acuerdos en "
            "minería, salud y transporte aéreo.",
            "es",
        ),
    ],
)
def test_a_pluperfect_recap_is_the_days_batch_with_its_count(text, language):
    """fr177: "Les deux dirigeants avaient auparavant signé dix accords" came out as a batch of its own, undated,
    beside the day's undated-count one, so the day's date and the count never met in one record."""
    found = agreements(text, language)
    counted = [a for a in found if a.count == 9]
    assert len(counted) == 1 and counted[0].date == date(2025, 3, 8)


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Ghana and Chile signed new agreements on Saturday 8 March in Accra. During the last visit of the Ghanaian "
            "president to Chile, the two countries signed nine agreements on mining.",
            "en",
        ),
        (
            "Le Ghana et le Chili ont signé samedi 8 mars de nouveaux accords à Accra. Lors de la précédente visite du "
            "président ghanéen au Chili, les deux pays avaient signé neuf accords sur les mines.",
            "fr",
        ),
        (
            "Гана и Чили в субботу, 8 марта, подписали новые соглашения в Аккре. В ходе прошлого визита президента "
            "Ганы в Чили стороны подписали девять соглашений о горной добыче.",
            "ru",
        ),
    ],
)
def test_a_signing_at_an_earlier_occasion_stays_another_undated_batch(text, language):
    """The control: an earlier occasion named in the sentence is another batch, with no date of the day."""
    found = agreements(text, language)
    counted = [a for a in found if a.count == 9]
    assert len(counted) == 1 and counted[0].date is None


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Chilean president paid an official visit to Ghana on 8 March 2025. Received by his counterpart in "
            "Accra, he took part in the signing of twelve cooperation agreements backed by an announced investment of "
            "two billion dollars.",
            "en",
        ),
        (
            "Le président chilien a effectué le 8 mars 2025 une visite officielle au Ghana. Reçu par son homologue à "
            "Accra, il a participé à la signature de douze accords de coopération assortis d'un investissement annoncé "
            "de deux milliards de dollars.",
            "fr",
        ),
        (
            "8 марта 2025 года президент Чили посетил Гану с официальным визитом. В Аккре он принял участие в "
            "подписании двенадцати соглашений о сотрудничестве, о которых было объявлено заранее.",
            "ru",
        ),
        (
            "O presidente chileno efetuou a 8 de março de 2025 uma visita oficial ao Gana. Recebido pelo homólogo em "
            "Acra, o presidente chileno participou na assinatura de doze acordos de cooperação entre os dois países, "
            "com um investimento anunciado.",
            "pt",
        ),
        (
            "El presidente chileno realizó el 8 de marzo de 2025 una visita oficial a Ghana. Recibido por su homólogo "
            "en Acra, el presidente chileno participó en la firma de doce acuerdos de cooperación entre los dos "
            "países, con una inversión anunciada.",
            "es",
        ),
    ],
)
def test_taking_part_in_the_signing_is_a_signing_done_during_the_dated_visit(text, language):
    """fr176: "il a participé à la signature de 44 accords … assortis d'un investissement annoncé" was read as
    announced (the investment's "annoncé" decided, no signing verb did), so the visit's date never reached it."""
    found = agreements(text, language)
    counted = [a for a in found if a.count == 12]
    assert len(counted) == 1 and counted[0].status == "signed" and counted[0].date == date(2025, 3, 8)
