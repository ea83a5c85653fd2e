"""IMF International Trade in Goods by partner (IMTS) in its SDMX-CSV download format, for tests and examples."""

from __future__ import annotations

from pathlib import Path

HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS"
DATAFLOW = "dataflow,IMF.STA:IMTS(1.0.0),I"


def imts_line(
    country: str, indicator: str, partner: str, period: str, value: str, status: str = "", freq: str = "M"
) -> str:
    return f"{DATAFLOW},{country},{indicator},{partner},{freq},{period},{value},0,{status}"


def months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    out, (y, m) = [], first
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def rwa_aze_lines() -> list[str]:
    """RWA–AZE, 2024-01 to 2026-03: RWA reports its exports; AZE its exports (estimated in 2026) and, in 2025, imports."""
    lines = []
    for n, (y, m) in enumerate(months((2024, 1), (2026, 3))):
        period = f"{y}-M{m:02d}"
        lines.append(imts_line("RWA", "XG_FOB_USD", "AZE", period, f"{100000 + 1000 * n}"))
        lines.append(imts_line("AZE", "XG_FOB_USD", "RWA", period, f"{50000 + 500 * n}", "E" if y == 2026 else ""))
        if y == 2025:  # AZE's mirror report of imports from RWA (CIF): not used where RWA reported
            lines.append(imts_line("AZE", "MG_CIF_USD", "RWA", period, f"{110000 + 1000 * n}"))
        lines.append(imts_line("RWA", "TBG_USD", "AZE", period, "1"))  # balance: skipped
        lines.append(imts_line("RWA", "XG_FOB_USD", "G001", period, "9999999"))  # World: an aggregate, skipped
    return lines


def imts_csv(path: Path, lines: list[str] | None = None, header: str = HEADER) -> Path:
    path.write_text(header + "\n" + "\n".join(rwa_aze_lines() if lines is None else lines) + "\n")
    return path


def expected_sum(first: tuple[int, int], last: tuple[int, int]) -> tuple[float, float]:
    """RWA→AZE and AZE→RWA over months first..last, as the file above holds them."""
    all_months = months((2024, 1), (2026, 3))
    ab = ba = 0.0
    for n, ym in enumerate(all_months):
        if first <= ym <= last:
            ab += 100000 + 1000 * n
            ba += 50000 + 500 * n
    return ab, ba
