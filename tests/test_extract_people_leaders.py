"""People who lead companies, business bodies, regions and cities (issue 11): chief executives, directors general,
governors, mayors, heads of employers' federations, written with their title before or after the name, in five
languages; a sentence's opening word ("Selon", "Según") is no part of a name written before its title; two people
after one plural title joined by a dash or a colon. All sentences are invented."""

from __future__ import annotations

import pytest

from partnerlens.cooperation.extract import extract_text
from partnerlens.cooperation.gazetteer import find_party_mentions
from partnerlens.cooperation.people import find_people


def names(text: str, language: str) -> set[str]:
    return {p.person.name for p in find_people(text, find_party_mentions(text, language), language)}


@pytest.mark.parametrize(
    "text, language, name",
    [
        (
            "Mohammed Al Hashimi, chief executive of the Abu Dhabi Ports Group, said the deal was ready.",
            "en",
            "Mohammed Al Hashimi",
        ),
        ("The Director General of the Kazakh Investment Agency, Aidar Bekov, said exports grew.", "en", "Aidar Bekov"),
        ("Central Bank of Nigeria Governor Olayemi Cardoso met the delegation.", "en", "Olayemi Cardoso"),
        ("The governor of the Bank of Ghana, Ernest Addison, said reserves grew.", "en", "Ernest Addison"),
        ("The chief executive of Kenya Airways, Allan Kilavuka, said.", "en", "Allan Kilavuka"),
        ("Le directeur général de Maroc Telecom, Abdeslam Ahizoune, a signé.", "fr", "Abdeslam Ahizoune"),
        ("Almaty Mayor Yerzhan Babakumarov welcomed the guests.", "en", "Yerzhan Babakumarov"),
        (
            "The chief executive of Emirates Steel, Saeed Ghumran Al Remeithi, signed the deal.",
            "en",
            "Saeed Ghumran Al Remeithi",
        ),
        (
            "Le directeur général de la Société nationale des hydrocarbures, Karim Benali, a signé.",
            "fr",
            "Karim Benali",
        ),
        ("Le PDG du groupe OCP, Mostafa Terrab, a présenté le projet.", "fr", "Mostafa Terrab"),
        ("Le gouverneur de la région de Kaolack, Mamadou Ndiaye, a reçu la délégation.", "fr", "Mamadou Ndiaye"),
        ("Le président-directeur général de la Sonatrach, Rachid Hachichi, a signé.", "fr", "Rachid Hachichi"),
        ("La secrétaire générale de la Chambre, Awa Ndiaye Diop, a présenté le bilan.", "fr", "Awa Ndiaye Diop"),
        ("Генеральный директор РЭЦ Вероника Никишина заявила о росте.", "ru", "Вероника Никишина"),
        ("Губернатор Саратовской области Роман Бусаргин встретился с делегацией.", "ru", "Роман Бусаргин"),
        ("Мэр Казани Ильсур Метшин принял гостей.", "ru", "Ильсур Метшин"),
        ("O governador da província de Benguela, Luís Nunes, recebeu a delegação.", "pt", "Luís Nunes"),
        ("O diretor-geral da Agência, João Pedro Silva, falou.", "pt", "João Pedro Silva"),
        ("O presidente do conselho de administração da Sonangol, Gaspar Martins, falou.", "pt", "Gaspar Martins"),
        ("El director general de ProChile, Ignacio Fernández, dijo que sí.", "es", "Ignacio Fernández"),
        ("El gobernador de Buenos Aires, Axel Kicillof, recibió a la delegación.", "es", "Axel Kicillof"),
        ("El alcalde de Lima, Rafael López Aliaga, recibió al presidente.", "es", "Rafael López Aliaga"),
    ],
)
def test_leaders_of_companies_bodies_and_regions_are_people(text, language, name):
    assert name in names(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Le vice-président général de la Chambre, Omar Tazi, a signé.", "fr", "Omar Tazi"),
        ("Le vice-président Général de la Fédération, Omar Tazi, a signé.", "fr", "Omar Tazi"),
        ("Le directeur Général de l'Agence, Omar Tazi, a signé.", "fr", "Omar Tazi"),
        ("Le secrétaire Général du ministère, Omar Tazi, a signé.", "fr", "Omar Tazi"),
    ],
)
def test_a_capitalised_qualifier_of_a_title_is_not_a_name(text, language, name):
    found = names(text, language)
    assert name in found
    assert not any(n.startswith(("Général", "Generale")) for n in found)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Selon Aminata Touré, présidente du patronat sénégalais, le marché est ouvert.", "fr", "Aminata Touré"),
        ("Pour Karim Benali, directeur général de la Sonatrach, le contrat est historique.", "fr", "Karim Benali"),
        ("Según Ana Pérez, presidenta de la Cámara, el acuerdo es bueno.", "es", "Ana Pérez"),
        ("Segundo Ana Pereira, presidente da Câmara de Comércio, o acordo é bom.", "pt", "Ana Pereira"),
        ("For Aidar Bekov, chief executive of the fund, the deal is historic.", "en", "Aidar Bekov"),
    ],
)
def test_the_word_opening_a_sentence_is_no_part_of_a_name_before_a_title(text, language, name):
    assert name in names(text, language)


@pytest.mark.parametrize(
    "text, language, pair",
    [
        (
            "Комиссию возглавляют главы аграрных ведомств двух стран – Иван Петров и Мохаммед Абдельхафид Салем.",
            "ru",
            {"Иван Петров", "Мохаммед Абдельхафид Салем"},
        ),
        (
            "Сопредседатели комиссии — Иван Петров и Ахмед Салем — подписали протокол.",
            "ru",
            {"Иван Петров", "Ахмед Салем"},
        ),
        (
            "La commission est présidée par les ministres de l'Agriculture des deux pays : Jean Dupont et Ali Benali.",
            "fr",
            {"Jean Dupont", "Ali Benali"},
        ),
        (
            "The commission is chaired by the agriculture ministers of both countries – John Smith and Ali Hassan.",
            "en",
            {"John Smith", "Ali Hassan"},
        ),
    ],
)
def test_two_people_after_a_plural_title_and_a_dash(text, language, pair):
    assert pair <= names(text, language)


@pytest.mark.parametrize(
    "text, language, surname",
    [
        (
            "Le Maroc et la Chine ont signé cinq accords à Pékin le 12 mai 2016. Selon Aminata Touré, présidente du "
            "patronat, le marché est ouvert.",
            "fr",
            "Touré",
        ),
        (
            "Angola e China assinaram dois acordos em Luanda a 9 de maio de 2014. O primeiro-ministro chinês foi "
            "recebido pelo vice-Presidente da República, Manuel Vicente, no aeroporto.",
            "pt",
            "Vicente",
        ),
        (
            "Kazakhstan and Azerbaijan signed five agreements in Baku on 3 May 2024. Later, the Director General of "
            "the Baku port, Taleh Ziyadov, showed the guests the new terminal.",
            "en",
            "Ziyadov",
        ),
    ],
)
def test_a_person_whose_title_names_no_state_is_reported_with_the_article(text, language, surname):
    proposals = extract_text(text, language=language)
    reported = {p.name for proposal in proposals for p in proposal.people}
    assert any(surname in name for name in reported), reported


@pytest.mark.parametrize(
    "text, language",
    [
        ("México es el segundo mayor socio comercial de Rusia en América Latina.", "es"),
        ("O Brasil é o maior parceiro de Angola na América Latina.", "pt"),
        ("Le directeur de cabinet a signé. Le Maroc est le premier partenaire.", "fr"),
    ],
)
def test_words_of_other_languages_are_no_titles(text, language):
    assert not names(text, language)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Об этом заявил глава Минсельхоза Дмитрий Патрушев.", "Дмитрий Патрушев"),
        ("Глава Минэкономразвития Максим Решетников заявил о росте.", "Максим Решетников"),
        ("Министр промышленности и торговли РФ Антон Алиханов посетил Каир.", "Антон Алиханов"),
        ("Министр сельского хозяйства и продовольствия Беларуси Сергей Бартош прибыл.", "Сергей Бартош"),
        ("Замминистра иностранных дел России Михаил Богданов встретился с послом.", "Михаил Богданов"),
        ("Заместитель председателя правительства Алексей Оверчук заявил.", "Алексей Оверчук"),
        ("Спецпосланник президента Иван Петров прибыл в Каир.", "Иван Петров"),
    ],
)
def test_russian_deputies_envoys_and_ministries_by_short_name(text, name):
    assert name in names(text, "ru")


def test_russian_states_joined_by_and_name_nobody():
    assert not names("Министры России и Египта встретились.", "ru")
