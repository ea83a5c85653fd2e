"""Where an agreement stands, read from its signing verb's form (extract/status.py), on invented sentences in
English, French, Russian, Portuguese and Spanish: done forms (past, perfect, participle, a headline's present),
future and intent forms, negation, an infinitive of intent governing the instrument, entry into force told as
done or ahead, ratification versus "reaffirm" and "submitted for ratification", and a future in another clause of
the sentence that says nothing of the signing."""

from __future__ import annotations

from datetime import date

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.extract.status import agreement_status

PUBLISHED = date(2025, 3, 12)

SIGNED = [
    # past, perfect and passive past of the signing verb
    ("en", "Kenya and Uzbekistan signed five agreements on energy and agriculture in Tashkent."),
    ("en", "Five agreements on energy have been signed between Kenya and Uzbekistan."),
    ("fr", "Le Kenya et l'Ouzbékistan ont signé cinq accords dans l'énergie et l'agriculture."),
    ("fr", "Cinq accords ont été paraphés entre le Kenya et l'Ouzbékistan à Tachkent."),
    ("fr", "Le Kenya et l'Ouzbékistan signèrent en 2019 un accord de coopération énergétique."),
    ("ru", "Кения и Узбекистан подписали пять соглашений в области энергетики."),
    ("ru", "Между Кенией и Узбекистаном было заключено соглашение о сотрудничестве в энергетике."),
    ("pt", "O Quénia e o Uzbequistão assinaram cinco acordos nas áreas da energia e da agricultura."),
    ("pt", "Foram rubricados cinco acordos entre o Quénia e o Uzbequistão."),
    ("es", "Kenia y Uzbekistán firmaron cinco acuerdos en materia de energía y agricultura."),
    ("es", "Kenia y Uzbekistán suscribieron un memorando de entendimiento sobre energía."),
    # a headline's present tells a done signing
    ("en", "Kenya, Uzbekistan sign five agreements on energy"),
    ("fr", "Le Kenya et l'Ouzbékistan signent cinq accords de coopération"),
    ("ru", "Кения и Узбекистан подписывают пять соглашений о сотрудничестве"),
    ("pt", "Quénia e Uzbequistão assinam cinco acordos de cooperação"),
    ("es", "Kenia y Uzbekistán firman cinco acuerdos de cooperación"),
    # a future in another clause (a consequence, a later event) says nothing of the signing
    ("en", "Five agreements on energy were signed between Kenya and Uzbekistan, which will boost trade."),
    ("en", "The ministers signed a memorandum on energy, and the joint commission will meet in June."),
    ("fr", "Cinq accords ont été signés entre le Kenya et l'Ouzbékistan, qui permettront de renforcer les échanges."),
    ("fr", "Un mémorandum a été conclu entre le Kenya et l'Ouzbékistan, et une commission mixte se tiendra bientôt."),
    ("ru", "Между Кенией и Узбекистаном было подписано соглашение, которое будет способствовать торговле."),
    ("ru", "Стороны подписали меморандум об энергетике, а следующее заседание комиссии пройдет в Найроби."),
    ("pt", "Foram assinados cinco acordos entre o Quénia e o Uzbequistão, que irão reforçar o comércio."),
    ("pt", "Os ministros assinaram um memorando sobre energia e a comissão mista vai reunir-se em breve."),
    ("es", "Se firmaron cinco acuerdos entre Kenia y Uzbekistán, que permitirán reforzar el comercio."),
    ("es", "Los ministros firmaron un memorando sobre energía y la comisión mixta se reunirá pronto."),
    # "in force" describing another instrument, not the one signed
    ("en", "The governments signed three documents, including addenda to agreements in force."),
    ("fr", "Les gouvernements ont signé trois documents, dont des avenants aux accords en vigueur."),
    ("pt", "Os governos assinaram três instrumentos, entre memorandos e adendas a acordos em vigor."),
    ("es", "Los gobiernos firmaron tres instrumentos, entre memorandos y adendas a acuerdos en vigor."),
    # "ratify" meaning "reaffirm", or "conclude between" two firms
    ("es", "Kenia y Uzbekistán firmaron un memorando sobre energía y ratificaron su compromiso con la cooperación."),
    ("pt", "O Quénia e o Uzbequistão assinaram um memorando e ratificaram o seu interesse na cooperação."),
    ("fr", "Un protocole d'accord a été ratifié entre la société kényane KenGen et la société ouzbèke Uzbekenergo."),
    ("es", "Un convenio fue ratificado entre la empresa keniana KenGen y la empresa uzbeka Uzbekenergo."),
    ("en", "The agreement, signed in 2023, has been submitted to parliament for ratification."),
    ("fr", "L'accord signé en 2023 a été soumis au parlement en vue de sa ratification."),
    ("ru", "Подписанное в 2023 году соглашение направлено в парламент на ратификацию."),
]

ANNOUNCED = [
    # future, near future, modal and intent forms of the signing verb
    ("en", "Kenya and Uzbekistan will sign five agreements on energy in April."),
    ("en", "Kenya and Uzbekistan are expected to sign five agreements on energy."),
    ("en", "Five agreements on energy are to be signed between Kenya and Uzbekistan."),
    ("en", "Kenyan President to sign energy deals in Tashkent"),
    ("fr", "Le Kenya et l'Ouzbékistan signeront cinq accords dans l'énergie en avril."),
    ("fr", "Le Kenya et l'Ouzbékistan devraient signer cinq accords dans l'énergie."),
    ("fr", "Cinq accords doivent être signés entre le Kenya et l'Ouzbékistan lors de la visite."),
    ("fr", "La signature de cinq accords entre le Kenya et l'Ouzbékistan est prévue en avril."),
    ("ru", "Кения и Узбекистан подпишут пять соглашений в области энергетики в апреле."),
    ("ru", "Кения и Узбекистан планируют подписать пять соглашений в области энергетики."),
    ("ru", "Соглашения между Кенией и Узбекистаном должны быть подписаны в апреле."),
    ("ru", "В ходе визита предстоит подписание пяти соглашений между Кенией и Узбекистаном."),
    ("pt", "O Quénia e o Uzbequistão vão assinar cinco acordos na área da energia em abril."),
    ("pt", "O Quénia e o Uzbequistão deverão assinar cinco acordos na área da energia."),
    ("pt", "Estão previstas as assinaturas de dois acordos, a serem rubricados pelos ministros."),
    ("es", "Kenia y Uzbekistán firmarán cinco acuerdos en materia de energía en abril."),
    ("es", "Kenia y Uzbekistán tienen previsto firmar cinco acuerdos en materia de energía."),
    ("es", "Cinco acuerdos van a ser firmados entre Kenia y Uzbekistán durante la visita."),
    # the instrument "to be signed" as a noun's complement ("os instrumentos a rubricar", "à signer", "por firmar")
    ("en", "The instruments to be signed between Kenya and Uzbekistan include an energy memorandum."),
    ("fr", "Les accords à signer entre le Kenya et l'Ouzbékistan portent sur l'énergie."),
    ("ru", "Соглашения, которые предстоит подписать Кении и Узбекистану, касаются энергетики."),
    ("pt", "Os instrumentos jurídicos a rubricar entre o Quénia e o Uzbequistão incluem acordos de energia."),
    ("es", "Los acuerdos por firmar entre Kenia y Uzbekistán incluyen un memorando sobre energía."),
    # a negated signing
    ("en", "An agreement on energy between Kenya and Uzbekistan has not yet been signed."),
    ("en", "The energy agreement between Kenya and Uzbekistan has yet to be signed."),
    ("fr", "L'accord sur l'énergie entre le Kenya et l'Ouzbékistan n'a pas encore été signé."),
    ("ru", "Соглашение об энергетике между Кенией и Узбекистаном пока не подписано."),
    ("pt", "O acordo de energia entre o Quénia e o Uzbequistão ainda não foi assinado."),
    ("es", "El acuerdo de energía entre Kenia y Uzbekistán aún no ha sido firmado."),
    # an instrument that is the object of an infinitive of intent
    ("en", "Kenya and Uzbekistan agreed to draft a memorandum of understanding on energy."),
    ("fr", "Le Kenya et l'Ouzbékistan sont convenus d'élaborer une feuille de route sur l'énergie."),
    ("ru", "Кения и Узбекистан договорились разработать дорожную карту в области энергетики."),
    ("pt", "O Quénia e o Uzbequistão acordaram elaborar um roteiro na área da energia."),
    ("es", "Kenia y Uzbekistán acordaron elaborar una hoja de ruta en materia de energía."),
]

PRESIDED = [  # a signing ceremony presided over or witnessed: done
    ("en", "The two presidents presided over the signing ceremony of three memoranda on energy."),
    ("fr", "Les deux présidents ont présidé la cérémonie de signature de trois mémorandums sur l'énergie."),
    ("pt", "Os dois presidentes testemunharam a assinatura de três memorandos sobre energia."),
    ("es", "Los dos presidentes presidieron la ceremonia de firma de tres memorandos sobre energía."),
]

PRESENT_AHEAD = [  # a present that a time word puts ahead, and a modal of possibility: still to be signed
    ("en", "Kenya and Uzbekistan sign five agreements on energy tomorrow in Tashkent."),
    ("fr", "Le Kenya et l'Ouzbékistan signent demain cinq accords dans l'énergie."),
    ("ru", "Кения и Узбекистан завтра подписывают пять соглашений в области энергетики."),
    ("pt", "O Quénia e o Uzbequistão assinam amanhã cinco acordos na área da energia."),
    ("es", "Kenia y Uzbekistán firman mañana cinco acuerdos en materia de energía."),
    ("en", "Kenya and Uzbekistan could sign an energy agreement during the summit."),
    ("ru", "Кения и Узбекистан могут подписать соглашение об энергетике на полях саммита."),
    ("pt", "O Quénia e o Uzbequistão podem assinar um acordo de energia durante a cimeira."),
]

FORESEEN = [  # a signing foreseen or in prospect: still to come
    ("es", "Durante la visita se prevé la firma de cinco acuerdos entre Kenia y Uzbekistán."),
    ("pt", "Durante a visita prevê-se a assinatura de cinco acordos entre o Quénia e o Uzbequistão."),
    ("pt", "A delegação do Quénia viaja com a perspetiva de assinatura de acordos com o Uzbequistão."),
    ("fr", "Le programme de la visite prévoit la signature de cinq accords entre le Kenya et l'Ouzbékistan."),
]

MARKED_BY_SIGNING = [  # an occasion told as done that ended with the signing: done
    ("en", "The visit of the Kenyan president to Uzbekistan culminated in the signing of five agreements."),
    ("fr", "La visite du président kényan en Ouzbékistan a été couronnée par la signature de cinq accords."),
    ("fr", "La session de la commission mixte kényano-ouzbèke s'est conclue par la signature de cinq accords."),
    ("ru", "Визит президента Кении в Узбекистан завершился подписанием пяти соглашений."),
    ("pt", "A visita do presidente do Quénia ao Uzbequistão culminou com a assinatura de cinco acordos."),
    ("es", "La visita del presidente de Kenia a Uzbekistán culminó con la firma de cinco acuerdos."),
]

MARKED_AHEAD = [  # … and the same told as to come
    ("en", "The visit of the Kenyan president to Uzbekistan will culminate in the signing of five agreements."),
    ("fr", "La visite du président kényan en Ouzbékistan sera couronnée par la signature de cinq accords."),
    ("pt", "A visita do presidente do Quénia ao Uzbequistão culminará com a assinatura de cinco acordos."),
    ("es", "La visita del presidente de Kenia a Uzbekistán culminará con la firma de cinco acuerdos."),
]

IN_FORCE = [
    ("en", "The energy agreement between Kenya and Uzbekistan entered into force in January 2025."),
    ("fr", "L'accord sur l'énergie entre le Kenya et l'Ouzbékistan est entré en vigueur en janvier 2025."),
    ("ru", "Соглашение об энергетике между Кенией и Узбекистаном вступило в силу в январе 2025 года."),
    ("pt", "O acordo de energia entre o Quénia e o Uzbequistão entrou em vigor em janeiro de 2025."),
    ("es", "El acuerdo de energía entre Kenia y Uzbekistán entró en vigor en enero de 2025."),
    # trade told as governed by an agreement: the agreement is in force
    ("en", "Trade between Kenya and Uzbekistan is governed by the free trade agreement concluded in 2010."),
    ("fr", "Les échanges sont régis par l'accord de libre-échange conclu en 2010 entre le Kenya et l'Ouzbékistan."),
    ("pt", "O comércio é regido pelo acordo de livre comércio celebrado em 2010 entre o Quénia e o Uzbequistão."),
    ("es", "El comercio está regido por el acuerdo de libre comercio suscrito en 2010 entre Kenia y Uzbekistán."),
]

NOT_YET_IN_FORCE = [  # signed, with its entry into force ahead
    ("en", "Kenya and Uzbekistan signed an energy agreement that will enter into force next year."),
    ("fr", "Le Kenya et l'Ouzbékistan ont paraphé un accord qui entrera en vigueur l'an prochain."),
    ("ru", "Подписанный меморандум между Кенией и Узбекистаном вступит в силу в следующем году."),
    ("pt", "O Quénia e o Uzbequistão assinaram um acordo que entrará em vigor no próximo ano."),
    ("es", "Kenia y Uzbekistán firmaron un acuerdo que entrará en vigor el próximo año."),
]

RATIFIED = [
    ("en", "The Kenyan parliament ratified the energy agreement with Uzbekistan."),
    ("fr", "Le parlement kényan a ratifié l'accord sur l'énergie conclu avec l'Ouzbékistan."),
    ("ru", "Парламент Кении ратифицировал соглашение об энергетике с Узбекистаном."),
    ("pt", "O parlamento do Quénia ratificou o acordo de energia com o Uzbequistão."),
    ("es", "El parlamento de Kenia ratificó el acuerdo de energía con Uzbekistán."),
]


WE_SIGNED = [  # the first person plural, a quoted minister's "we signed" (pt/es "assinamos", "firmamos" are present
    # and preterite alike): done, even with a future in the relative clause that tells what the instrument will do
    ("en", "In agriculture, we signed an action plan with Kenya that will allow us to open the market."),
    ("fr", "Dans l'agriculture, nous avons signé avec le Kenya un plan d'action qui va permettre d'ouvrir le marché."),
    ("ru", "В сельском хозяйстве мы подписали с Кенией план действий, который позволит открыть рынок."),
    ("pt", "Na área da agricultura, assinamos com o Quénia um plano de ação que vai nos permitir abrir o mercado."),
    ("pt", "Hoje rubricamos com o Quénia três memorandos de entendimento."),
    ("es", "En agricultura, firmamos con Kenia un plan de acción que va a permitir abrir el mercado."),
    ("es", "Hoy suscribimos con Kenia tres memorandos de entendimiento."),
]
WE_WILL_SIGN = [  # … and the first person plural of a future auxiliary, or a present a time word puts ahead: to come
    ("en", "We are going to sign an action plan with Kenya."),
    ("fr", "Nous allons signer un plan d'action avec le Kenya."),
    ("fr", "Nous voulons signer un plan d'action avec le Kenya avant la fin de l'année."),
    ("ru", "Мы собираемся подписать с Кенией план действий."),
    ("pt", "Vamos assinar um plano de ação com o Quénia."),
    ("pt", "Queremos assinar com o Quénia um plano de ação."),
    ("pt", "Amanhã assinamos um plano de ação com o Quénia."),
    ("es", "Vamos a firmar con Kenia un plan de acción."),
    ("es", "Queremos firmar con Kenia un plan de acción."),
    ("es", "Mañana firmamos con Kenia un plan de acción."),
]


@pytest.mark.parametrize("language, text", SIGNED + NOT_YET_IN_FORCE + PRESIDED + MARKED_BY_SIGNING + WE_SIGNED)
def test_a_signing_verb_in_a_done_form_is_signed(language, text):
    assert agreement_status(text, language) == "signed"


@pytest.mark.parametrize("language, text", ANNOUNCED + PRESENT_AHEAD + FORESEEN + MARKED_AHEAD + WE_WILL_SIGN)
def test_a_signing_still_to_come_is_announced(language, text):
    assert agreement_status(text, language) == "announced"


@pytest.mark.parametrize("language, text", IN_FORCE)
def test_entry_into_force_told_as_done_is_in_force(language, text):
    assert agreement_status(text, language) == "in_force"


@pytest.mark.parametrize("language, text", RATIFIED)
def test_a_ratification_is_ratified(language, text):
    assert agreement_status(text, language) == "ratified"


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Five agreements on energy were signed between Kenya and Uzbekistan, which will boost trade.", "signed"),
        (
            "fr",
            "Cinq accords ont été signés entre le Kenya et l'Ouzbékistan, qui permettront de renforcer les échanges.",
            "signed",
        ),
        (
            "ru",
            "Между Кенией и Узбекистаном было подписано соглашение, которое будет способствовать торговле.",
            "signed",
        ),
        ("pt", "Foram assinados cinco acordos entre o Quénia e o Uzbequistão, que irão reforçar o comércio.", "signed"),
        ("es", "Se firmaron cinco acuerdos entre Kenia y Uzbekistán, que permitirán reforzar el comercio.", "signed"),
        ("en", "Kenya and Uzbekistan will sign five agreements on energy in Tashkent.", "announced"),
        ("fr", "Le Kenya et l'Ouzbékistan signeront cinq accords dans l'énergie à Tachkent.", "announced"),
        ("ru", "Кения и Узбекистан подпишут пять соглашений в области энергетики.", "announced"),
        ("pt", "O Quénia e o Uzbequistão vão assinar cinco acordos na área da energia.", "announced"),
        ("es", "Kenia y Uzbekistán firmarán cinco acuerdos en materia de energía.", "announced"),
    ],
)
def test_extraction_gives_the_agreement_its_status(language, text, expected):
    found = [p for p in extract_text(text, language=language, published=PUBLISHED, today=PUBLISHED)]
    statuses = {p.status for p in found if p.kind == "agreement"}
    assert statuses == {expected}
