"""The year of a growth rate told between two years: "In 2022, trade reached $2.8 billion, an increase of almost 25%
on the trade registered in 2021", "En 2022, les échanges ont atteint 2,8 milliards, soit 25 % de plus que le volume
enregistré en 2021", "В 2022 году товарооборот составил 2,8 млрд, что на 25% больше объёма, зафиксированного в 2021
году". The rate is the later year's change over the earlier one: the later year (before the rate) is its year, the
earlier (after it) its base, where the nearest-year rule of :mod:`.claims_years` would give the earlier one. Other
shapes ("from X in 2019 to Y in 2023, a rise of 59%", "по сравнению с 2022 годом", "between 2019 and 2023") are read
there already."""

from __future__ import annotations

from partnerlens.cooperation.date_words import WRITTEN_YEAR
from partnerlens.cooperation.quantities import Quantity


def later_year(
    text: str, quantity: Quantity, year: int | None, base_year: int | None, metric: str
) -> tuple[int | None, int | None] | None:
    """(year, base year) of a growth rate whose sentence writes two years, the later before the rate and the earlier
    after it, when it was read with the earlier and no base; None when the rule does not apply."""
    if metric != "growth" or base_year is not None:
        return None
    found = [(m.start(), int(m.group(1))) for m in WRITTEN_YEAR.finditer(text)]
    years = {y for _, y in found}
    if len(years) != 2:
        return None
    earlier, later = min(years), max(years)
    before = {y for at, y in found if at < quantity.start}
    after = {y for at, y in found if at >= quantity.end}
    if year == earlier and before == {later} and after == {earlier}:
        return later, earlier
    return None
