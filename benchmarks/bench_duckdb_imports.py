"""Benchmark: what DuckDB's Python client imports, and when an import on another thread holds its queries up (issue 16).

Usage::

    .venv/bin/python benchmarks/bench_duckdb_imports.py [--runs 3]

Each case runs in a fresh process (``import duckdb`` and an in-memory
connection first, not timed) and prints the wall and CPU seconds of one call and
which of numpy, pandas and pyarrow are imported after it:

* a query without parameters, with an empty parameter list, and through
  ``PREPARE``/``EXECUTE`` with the value written in the SQL;
* a query with one bound parameter (``?``, ``$name``): the client imports
  numpy, pandas and pyarrow at the first one (to recognise their values);
* ``.arrow()``: numpy and pyarrow;
* a first bound query issued while another thread imports pandas (or numpy):
  it waits for that import to finish, as it needs the same modules; a later
  bound query (pandas loaded) while a thread imports pydantic is not held up.

So a brief cannot overlap its pandas import with its DuckDB work by importing
pandas on a thread: every thread's first bound query waits for it, and the
process CPU is the same.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CASES = {
    "no parameters": "con.execute('SELECT 1').fetchall()",
    "empty parameter list": "con.execute('SELECT 1', []).fetchall()",
    "PREPARE/EXECUTE, value in the SQL": "con.execute('PREPARE p AS SELECT 1 WHERE 5 > $1'); "
    "con.execute('EXECUTE p(5)').fetchall()",
    "one bound parameter (?)": "con.execute('SELECT 1 WHERE 5 > ?', [5]).fetchall()",
    "one bound parameter ($name)": "con.execute('SELECT 1 WHERE $x > 1', {'x': 5}).fetchall()",
    ".arrow()": "con.execute('SELECT 1').arrow()",
}
ALONGSIDE = (("pandas", False), ("numpy", False), ("pydantic", True))  # (imported on a thread, a bound query before)

RUN = """
import json, sys, threading, importlib, time
import duckdb
con = duckdb.connect()
con.execute('SELECT 1').fetchall()
if {warm!r}:
    con.execute('SELECT 1 WHERE 5 > ?', [5]).fetchall()
other = {other!r}
if other:
    started = threading.Event()
    thread = threading.Thread(target=lambda: (started.set(), importlib.import_module(other)))
    thread.start()
    started.wait()
    time.sleep(0.002)  # the import under way
wall, cpu = time.perf_counter(), time.process_time()
{call}
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
alive = other and thread.is_alive()
print(json.dumps({{"wall": wall, "cpu": cpu, "still_importing": bool(alive),
                  "modules": [m for m in ("numpy", "pandas", "pyarrow") if m in sys.modules]}}))
"""


def run(call: str, other: str = "", warm: bool = False) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", RUN.format(call=call, other=other, warm=warm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = [(label, call, "", False) for label, call in CASES.items()]
    rows += [
        (
            f"{'a later' if warm else 'first'} bound query while a thread imports {m}",
            CASES["one bound parameter (?)"],
            m,
            warm,
        )
        for m, warm in ALONGSIDE
    ]
    print(f"{'case':<56} {'wall':>6} {'CPU':>6}  imported after it")
    for label, call, other, warm in rows:
        results = [run(call, other, warm) for _ in range(args.runs)]
        wall = statistics.median(r["wall"] for r in results)
        cpu = statistics.median(r["cpu"] for r in results)
        waited = ""
        if other:
            waited = " (the import still under way when it returned)"
            if not any(r["still_importing"] for r in results):
                waited = " (it returned after the import)"
        print(f"{label:<56} {wall:6.3f} {cpu:6.3f}  {', '.join(results[0]['modules']) or '-'}{waited}")
    print(f"load {os.getloadavg()[0]:.1f}; median of {args.runs} fresh processes per case")


if __name__ == "__main__":
    main()
