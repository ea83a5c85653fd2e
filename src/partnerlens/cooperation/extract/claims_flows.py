"""The flow of a level told after another in one sentence: the second level of "from X to Y", the next period of a
list, a level the first is compared with ("… à 670 millions d'euros contre 1,3 milliard un an plus tôt"), and levels
listed after a first one of a flow with only goods between ("les ventes françaises : 163 millions d'euros de
médicaments, suivi des céréales pour 128 millions"). Split from :mod:`.claims` (which assembles each claim) along that
concern."""

from __future__ import annotations

import re

from partnerlens.cooperation.extract.context import Draft
from partnerlens.cooperation.extract.vocabulary import alternation, words
from partnerlens.cooperation.quantities import Quantity

_OPENS = re.compile(r"(?<!\w)(?:from|de|d['’]|с|со|от|desde)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAIR_JOIN = re.compile(
    r"\s*,?\s*(?:(?:in|en|в|em)\s+(?:19|20)\d\d(?:\s+(?:году|г\.))?\s*,?\s*)?(?:to|à|до|a|para|hasta)\s+"
    r"(?:about\s+|environ\s+|около\s+|plus de\s+|more than\s+|более\s+)?",
    re.IGNORECASE,
)


_PERIOD_JOIN = re.compile(  # "… en 2021, et 179,3 millions …", "… in 2021 and $2 billion …": the same flow, next period
    r"\s*,?\s*(?:(?:in|en|в|em)\s+(?:19|20)\d\d(?:\s+(?:году|г\.))?\s*,?\s*)(?:and|et|и|e|y)\s+",
    re.IGNORECASE,
)
_COMPARED_JOIN = re.compile(  # "…, against 500 million in 2023", "contre 1,3 milliard", "против 5 млрд", "frente a"
    r"(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?(?<!\w)(?:(?:up|down)\s+from|from|against|compared (?:with|to)|versus"
    r"|vs\.?|contre|comparé\w* à|par rapport à|против|по сравнению с|contra|frente a|ante|face a|em comparação com"
    r"|face aos?|face às?|frente al?)\s+(?:(?:the|les|os|as|o|a|los|las|el|la)\s+)?"  # "face aos 1,5 milhões"
    r"(?:about\s+|around\s+|environ\s+|près de\s+|около\s+|почти\s+|cerca de\s+|casi\s+|quase\s+)?",
    re.IGNORECASE,
)


def pair_flows(text: str, levels: list[tuple[Quantity, Draft]], restated: dict[int, Quantity] | None = None) -> None:
    """The second level of "from X to Y" is the flow of the first: "des importations passées de 227 milliards FCFA
    (…) en 2013 à 367 milliards FCFA", "экспорт вырос с 2 до 3 млрд долларов" (brackets between are restatements);
    so is the next level of a list of periods ("premier fournisseur du Maroc avec 16,4 milliards de dirhams en 2021
    et 8 milliards au premier trimestre 2022", "exports of $5 billion in 2021 and $2 billion in the first quarter");
    so is a level the first is compared with, a balance too ("L'excédent … à 670 millions d'euros contre 1,3
    milliard un an plus tôt", "exports rose to $670 million from $500 million", "сальдо … против 5 млрд"), with the
    first's sign (a deficit then was a deficit); so is the second level of a balance told "from X to Y" ("l'excédent
    … passant de 225 millions d'euros en 2020 à 528 millions")."""
    restated = restated or {}
    for (first, told), (second, draft) in zip(levels, levels[1:], strict=False):
        end = max(first.end, getattr(restated.get(id(first)), "end", first.end))  # each level with its restatement
        start = min(second.start, getattr(restated.get(id(second)), "start", second.start))
        between = _without_qualifier(re.sub(r"\([^()]*\)", "", text[end:start]).lstrip(")"), second)
        if first.kind != second.kind or first.kind != "money" or draft.proposal.metric != "total":
            continue
        paired = _PAIR_JOIN.fullmatch(between) and _OPENS.search(text[max(0, first.start - 25) : first.start])
        compared = _COMPARED_JOIN.fullmatch(between) and told.proposal.metric in ("exports", "imports", "balance")
        listed = _PERIOD_JOIN.fullmatch(between)  # "768 millions de dirhams en 2021, et 179,3 millions au …"
        if not ((paired or listed) and told.proposal.metric in ("exports", "imports", "balance") or compared):
            continue
        update: dict = {"metric": told.proposal.metric, "flow": told.proposal.flow}
        value, usd = draft.proposal.value, draft.proposal.value_usd
        if told.proposal.metric == "balance" and value is not None and (told.proposal.value or 0) < 0 < value:
            update |= {"value": -value, "value_usd": -usd if usd is not None else None}
        draft.proposal = draft.proposal.model_copy(update=update)


def _without_qualifier(between: str, second: Quantity) -> str:
    """The words between two levels without the second's qualifier ("de 34 milliards en 2012 à plus de 60", "para
    mais de", "до почти", "to nearly"): any qualifier the quantity reader knows leaves the join as it is."""
    told = second.qualifier_text
    if told and between.rstrip().lower().endswith(told.lower()):
        return between[: between.rstrip().lower().rfind(told.lower())]
    return between


def listed_flows(text: str, levels: list[tuple[Quantity, Draft]], language: str) -> None:
    """Levels listed after a first one of a flow, with nothing but goods between ("les ventes françaises : 163
    millions d'euros de médicaments, suivi des céréales pour 128 millions et du tabac pour 120 millions", "exports
    of $5 million in cars, followed by textiles at $2 million", "затем следуют …"; ``list_continued``), are of that
    flow: after the continuation word, and each level joined by "and" after it."""
    money = [(q, d) for q, d in levels if q.kind == "money"]
    chained = False
    for (first, told), (second, draft) in zip(money, money[1:], strict=False):
        between = text[first.end : second.start]
        while re.search(r"\([^()]*\)", between):
            between = re.sub(r"\([^()]*\)", "", between)
        between = between.replace(")", "")
        own_flow = words("export_words", language).search(between) or words("import_words", language).search(between)
        continued = (
            words("list_continued", language).search(between)
            or chained
            and re.match(rf"\s*,?\s*(?:{alternation('coordination', language)})\s", between, re.IGNORECASE)
        )
        if (
            own_flow
            or not continued
            or draft.proposal.metric != "total"
            or told.proposal.metric not in ("exports", "imports")
        ):
            chained = False
            continue
        draft.proposal = draft.proposal.model_copy(update={"metric": told.proposal.metric, "flow": told.proposal.flow})
        chained = True
