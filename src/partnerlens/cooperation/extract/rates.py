"""US dollars per unit of a currency: the annual average of the ECB's daily euro reference rates.

The rates come from ``CurrencyConverter`` (Apache-2.0), which ships the ECB's
historical reference rates (1999 on) inside the package: no network at run
time. The USD rate of a currency on a day is the cross rate through the euro;
the annual average is the mean over the year's days with a published rate (the
convention of annual average exchange rates in trade statistics). A currency
the ECB does not quote (tenge, manat, dirham, …), a year it did not quote it
(the rouble after 1 March 2022) or a year not over yet is left unresolved with
the reason, never guessed.

Currencies the ECB does not quote but whose value is fixed by law to one it
does (``PEGS``: the CFA francs to the euro, the Gulf currencies to the dollar)
are converted through that fixed parity, which the citation names.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from functools import cache

SOURCE = "ECB euro foreign exchange reference rates"

# currency → (anchor currency, units of the currency per anchor unit, the parity and since when)
PEGS: dict[str, tuple[str, float, str]] = {
    "XOF": ("EUR", 655.957, "BCEAO fixed parity of 655.957 XOF per euro (since 1999)"),
    "XAF": ("EUR", 655.957, "BEAC fixed parity of 655.957 XAF per euro (since 1999)"),
    "KMF": ("EUR", 491.96775, "Central Bank of the Comoros fixed parity of 491.96775 KMF per euro (since 1999)"),
    "AED": ("USD", 3.6725, "Central Bank of the UAE peg of 3.6725 AED per US dollar (since 1997)"),
    "SAR": ("USD", 3.75, "Saudi Central Bank peg of 3.75 SAR per US dollar (since 1986)"),
    "QAR": ("USD", 3.64, "Qatar Central Bank peg of 3.64 QAR per US dollar (since 2001)"),
}


@cache
def _converter():
    from currency_converter import CurrencyConverter  # type: ignore[import-untyped]  # 0.4 s to read the shipped rates: only when a figure needs it

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@cache
def usd_rate(currency: str, year: int | None) -> tuple[float | None, str]:
    """(USD per unit, citation) for ``currency`` in ``year``, or (None, why not)."""
    if currency in PEGS:
        return _pegged(currency, year)
    if year is None:
        return None, "the figure's year is unknown, so no annual rate applies"
    converter = _converter()
    if currency not in converter.currencies:
        return None, f"the ECB publishes no reference rate for {currency}"
    first, last = converter.bounds[currency]
    if date(year, 1, 1) < first or date(year, 12, 31) > last + timedelta(days=7):
        return None, f"no full year of ECB reference rates for {currency} in {year}"
    from currency_converter import RateNotFoundError

    rates = []
    day = date(year, 1, 1)
    while day.year == year:
        with contextlib.suppress(RateNotFoundError):  # a day without a published rate (weekend, holiday)
            rates.append(converter.convert(1.0, currency, "USD", date=day))
        day += timedelta(days=1)
    if len(rates) < 200:
        return None, f"too few ECB reference rates for {currency} in {year} ({len(rates)} days)"
    return sum(rates) / len(rates), f"{SOURCE}, {year} annual average of daily rates ({len(rates)} days)"


def _pegged(currency: str, year: int | None) -> tuple[float | None, str]:
    """A currency fixed by law to the dollar or the euro: the parity, through the ECB's euro rate for the latter."""
    anchor, per_anchor, parity = PEGS[currency]
    if anchor == "USD":
        return 1 / per_anchor, parity
    rate, source = usd_rate(anchor, year)
    if rate is None:
        return None, f"{parity}; {source}"
    return rate / per_anchor, f"{parity}; {source}"
