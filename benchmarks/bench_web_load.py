"""Bounded load test of the web API: concurrent clients on /api/profile, loopback only.

(Over 400 lines on purpose: the three web load tests — profiles, the mixed
burst, issue 16's first requests — share its server, client and summary code.)

Builds (once, then reuses) a synthetic store at BACI scale — every economy of
the reference list, every HS92 six-digit product, ``--years`` years, about
``--rows-per-year`` flows a year, written through the real ``TradeStore.ingest``
— starts ``partnerlens serve`` on 127.0.0.1, and sends a fixed number of
requests from ``--clients`` concurrent clients over a fixed set of pairs. It
stops by itself and prints p50/p95/max latency and the error count:

* cold: the first request for each pair (the profile is computed);
* warm: ``--requests`` requests after that (served from the app's cache).

The peer, measured in the same run, is the library call the endpoint wraps:
``bilateral_profile`` in-process on the same store.

    .venv/bin/python benchmarks/bench_web_load.py --store /tmp/pl-bench --rows-per-year 10000000

``--mixed`` runs the bounded mixed burst of issue 19 instead: ``--requests``
requests from ``--clients`` clients, mixing profiles, party lookups (known,
unknown and 120-character names), claim checks of a pasted article, briefs
(Markdown and HTML over a few pairs, and one PDF), each kind timed on its own;
it records errors (any answer but the expected one), p50/p95 per kind and
overall, and the server's resident memory (``VmRSS``, and its peak ``VmHWM``)
before and after:

    .venv/bin/python benchmarks/bench_web_load.py --mixed --store /tmp/pl-bench-mixed --rows-per-year 1000000 --years 5

``--world`` measures the two first-request goals of issue 16 on an existing
workspace (``partnerlens data demo --scale full``), ``--runs`` interleaved
rounds, each against a freshly started server:

* after ``world build`` (the tables must be current): ``--requests`` distinct
  pairs nobody asked for before, from ``--clients`` clients — p50/p95;
* before a build (world tables moved aside, the on-demand cache emptied before
  each measurement): one new pair alone, then twelve new pairs at once — the
  ratio of the twelve's p50 to the one. ``--repeats K`` (default 3) measures
  one and twelve K times a round, alternating, each against a freshly started
  server on an empty cache (a single one-pair run moved by 2× with the load),
  and takes the ratio of the medians.

    .venv/bin/python benchmarks/bench_web_load.py --world --store /tmp/world-full --requests 200 --runs 3

with ``--serve-workers N`` (or ``1,2``: each in the same rounds) the server runs ``serve --workers N``; with ``--baseline-src DIR/src
--baseline-store COPY`` each round also measures the peer's code (e.g. ``git archive`` of main) on its own
copy of the store, the order alternating between rounds. Each measurement starts once the server's
processes are idle (under 20 ms of CPU in half a second): with several workers the first to finish its
warm-up answers ``/api/status`` while the others still warm up, which is not the load's CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import httpx
import pandas as pd

from partnerlens.analytics import bilateral_profile
from partnerlens.reference import economies, products
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

PAIRS = [
    ("RWA", "AZE"),
    ("KAZ", "africa"),
    ("RWA", "KAZ"),
    ("USA", "CHN"),
    ("DEU", "FRA"),
    ("KEN", "UGA"),
    ("BRA", "ARG"),
    ("IND", "ARE"),
    ("TUR", "AZE"),
    ("EU", "EAC"),
    ("JPN", "KOR"),
    ("NGA", "GHA"),
]
SOURCE = "demo-bench-load"


def build_store(home: Path, years: int, rows_per_year: int) -> tuple[Workspace, int]:
    """A workspace at ``home`` with a synthetic BACI-scale release (reused when already there)."""
    workspace = Workspace.open(home)
    store = TradeStore(workspace)
    existing = [s for s in store.sources() if s.name == SOURCE]
    if existing:
        return workspace, existing[0].rows
    codes = sorted(economies())
    hs6 = products("HS92").query("digits == 6")["code"].tolist()
    density = rows_per_year / (len(codes) * (len(codes) - 1) * len(hs6))
    first = 2023 - years

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        con.register("ecos", pd.DataFrame({"i": range(len(codes)), "code": codes}))
        con.register("prods", pd.DataFrame({"k": range(len(hs6)), "code": hs6}))
        # Gravity-like sizes; presence and value drawn from hashes so the build is deterministic.
        con.execute(
            f"""
            COPY (
              SELECT y::INTEGER AS year, e.code AS exporter, m.code AS importer, p.code AS product,
                     round(1000 * exp(3 * ((e.i * 7919) % 97) / 97.0 + 3 * ((m.i * 104729) % 89) / 89.0)
                           * (1 + hash(y, e.i, m.i, p.k) % 1000))::DOUBLE AS value_usd,
                     NULL::DOUBLE AS quantity_t, '{SOURCE}' AS source
              FROM range({first}, 2023) years(y), ecos e, ecos m, prods p
              WHERE e.i <> m.i AND hash(e.i, m.i, p.k, y) % 1000000 < {int(density * 1_000_000)}
            ) TO '{staging}' (FORMAT parquet, PARTITION_BY (year), WRITE_PARTITION_COLUMNS true, ROW_GROUP_SIZE 1000000)
            """
        )

    info = store.ingest(
        SourceInfo(
            name=SOURCE,
            kind="demo",
            nomenclature="HS92",
            release="bench",
            origin="benchmarks/bench_web_load.py",
            synthetic=True,
        ),
        write,
    )
    return workspace, info.rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: Path, serve_args: tuple[str, ...] = (), src: Path | None = None) -> tuple[subprocess.Popen, str]:
    """``partnerlens serve`` on a free port (with ``serve_args``; the sources at ``src`` first on the path if given)."""
    port = free_port()
    cli = str(Path(sys.executable).parent / "partnerlens")
    env = os.environ | ({"PYTHONPATH": str(src)} if src else {})
    process = subprocess.Popen(
        [cli, "--home", str(home), "serve", "--port", str(port), *serve_args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(url + "/api/status", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("server did not start")


async def run_load(url: str, requests: list[tuple[str, str]], clients: int) -> tuple[list[float], list[str]]:
    """Send ``requests`` (pairs) from ``clients`` concurrent clients; latencies in ms and the errors.

    Each client is one keep-alive HTTP/1.1 connection sending one request at a
    time (a browser tab or a script). The client is a few lines of asyncio
    rather than httpx: on this 2-core machine httpx spends ~2 ms of CPU per
    request against the server's ~0.5 ms, so it would measure itself.
    """
    host, port = url.removeprefix("http://").split(":")
    queue: asyncio.Queue = asyncio.Queue()
    for pair in requests:
        queue.put_nowait(pair)
    latencies: list[float] = []
    errors: list[str] = []

    async def client_loop() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while not queue.empty():
                a, b = queue.get_nowait()
                start = time.perf_counter()
                writer.write(
                    f"GET /api/profile?{urlencode({'a': a, 'b': b})} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
                )
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))
                body = await reader.readexactly(length)
                latencies.append(1000 * (time.perf_counter() - start))
                if not head.startswith(b"HTTP/1.1 200"):
                    status = head.split(b"\r\n", 1)[0].decode()
                    errors.append(f"{a}-{b}: {status} {body[:200].decode(errors='replace')}")
        except (OSError, asyncio.IncompleteReadError, AttributeError) as exc:
            errors.append(f"connection: {exc!r}")
        finally:
            writer.close()

    await asyncio.gather(*(client_loop() for _ in range(clients)))
    return latencies, errors


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def summary(latencies: list[float], errors: list[str], seconds: float) -> dict:
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:3],
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies), 1),
        "throughput_rps": round(len(latencies) / seconds, 1),
    }


def library_ms(workspace: Workspace, a: str, b: str, runs: int = 3) -> float:
    """Median in-process time of the library call the endpoint wraps."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        bilateral_profile(workspace, a, b)
        times.append(1000 * (time.perf_counter() - start))
    return round(statistics.median(times), 1)


CLAIM_ARTICLE = (
    "Bilateral trade between Rwanda and Azerbaijan reached $3 million in 2021, officials said. "
    "Kazakhstan's exports to Africa grew by 20% in 2022. Trade between the United States and China was "
    "about $650 billion in 2022. Germany and France traded goods worth €170 billion in 2021. "
) * 2


def mixed_requests(total: int) -> list[tuple[str, str, str, dict | None, int]]:
    """(kind, method, path, json body, expected status) for a burst of ``total`` requests, in a fixed order."""
    kinds = [
        (
            "profile",
            lambda n: (
                "GET",
                f"/api/profile?{urlencode(dict(zip('ab', PAIRS[n % len(PAIRS)], strict=False)))}",
                None,
                200,
            ),
        ),
        (
            "party",
            lambda n: (
                "GET",
                "/api/parties/" + ["Azerbaijan", "Rwnda", "x" * 120, "EAC", "Republic of Kazakhstan"][n % 5],
                None,
                [200, 404, 404, 200, 200][n % 5],
            ),
        ),
        ("claims", lambda n: ("POST", "/api/claims/check", {"text": CLAIM_ARTICLE}, 200)),
        (
            "brief",
            lambda n: (
                "GET",
                f"/api/brief?{urlencode(dict(zip('ab', PAIRS[n % 4], strict=False)) | {'format': 'md' if n % 2 else 'html'})}",
                None,
                200,
            ),
        ),
    ]
    weights = ["profile"] * 4 + ["party"] * 2 + ["claims"] * 2 + ["brief"] * 2
    burst = [("brief-pdf", "GET", f"/api/brief?{urlencode({'a': 'RWA', 'b': 'AZE', 'format': 'pdf'})}", None, 200)]
    table = dict(kinds)
    for n in range(total - 1):
        kind = weights[n % len(weights)]
        burst.append((kind, *table[kind](n // len(weights))))
    return burst


def rss_kb(pid: int) -> dict:
    status = Path(f"/proc/{pid}/status").read_text()
    return {key: int(re.search(rf"{key}:\s+(\d+)", status).group(1)) for key in ("VmRSS", "VmHWM")}


async def run_mixed(url: str, burst: list, clients: int) -> tuple[dict[str, list[float]], list[str]]:
    queue: asyncio.Queue = asyncio.Queue()
    for item in burst:
        queue.put_nowait(item)
    latencies: dict[str, list[float]] = {}
    errors: list[str] = []

    async def client_loop(http: httpx.AsyncClient) -> None:
        while not queue.empty():
            kind, method, path, body, expected = queue.get_nowait()
            start = time.perf_counter()
            try:
                response = await http.request(method, path, json=body)
                status, text = response.status_code, response.text[:200]
            except httpx.HTTPError as exc:
                status, text = None, repr(exc)
            latencies.setdefault(kind, []).append(1000 * (time.perf_counter() - start))
            if status != expected:
                errors.append(f"{kind} {path[:80]}: {status} {text}")

    async with httpx.AsyncClient(base_url=url, timeout=600, limits=httpx.Limits(max_connections=clients)) as http:
        await asyncio.gather(*(client_loop(http) for _ in range(clients)))
    return latencies, errors


def mixed(args: argparse.Namespace) -> None:
    """The bounded mixed burst (see the module docstring); prints one JSON result."""
    workspace, rows = build_store(args.store, args.years, args.rows_per_year)
    process, url = start_server(args.store)
    try:
        before = rss_kb(process.pid)
        load_before = os.getloadavg()
        burst = mixed_requests(args.requests)
        t0 = time.perf_counter()
        latencies, errors = asyncio.run(run_mixed(url, burst, args.clients))
        seconds = time.perf_counter() - t0
        after = rss_kb(process.pid)
        load_after = os.getloadavg()
    finally:
        process.terminate()
        process.wait(timeout=30)
    everything = [ms for values in latencies.values() for ms in values]
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_1m": {"start": round(load_before[0], 2), "end": round(load_after[0], 2)},
        "store_rows": rows,
        "years": args.years,
        "requests": len(burst),
        "clients": args.clients,
        "seconds": round(seconds, 1),
        "errors": len(errors),
        "error_samples": errors[:5],
        "overall": {
            "p50_ms": round(percentile(everything, 50), 1),
            "p95_ms": round(percentile(everything, 95), 1),
            "max_ms": round(max(everything), 1),
        },
        "by_kind": {
            kind: {
                "requests": len(v),
                "p50_ms": round(percentile(v, 50), 1),
                "p95_ms": round(percentile(v, 95), 1),
                "max_ms": round(max(v), 1),
            }
            for kind, v in sorted(latencies.items())
        },
        "server_rss_mb": {
            "before": round(before["VmRSS"] / 1024, 1),
            "after": round(after["VmRSS"] / 1024, 1),
            "peak": round(after["VmHWM"] / 1024, 1),
        },
    }
    print(json.dumps(result, indent=2))


def world_pairs(home: Path, count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` distinct ordered pairs of the store's economies, in a shuffled order fixed by ``seed``."""
    import random

    store = TradeStore(Workspace.open(home))
    with store.pinned([store.primary_source().name]) as infos:
        files = [str(f) for i in infos for f in store.source_path(i).rglob("*.parquet")]
    codes = [c for (c,) in duckdb.sql(f"SELECT DISTINCT exporter FROM read_parquet({files!r}) ORDER BY 1").fetchall()]
    pairs = [(a, b) for a in codes for b in codes if a != b]
    random.Random(seed).shuffle(pairs)
    return pairs[:count]


def fresh_server_run(
    home: Path, pairs: list[tuple[str, str]], clients: int, empty_cache: bool, server: dict | None = None
) -> dict:
    """Start a server (nothing in its memory), send ``pairs`` from ``clients`` clients, stop it.

    ``server``: ``serve_args`` and ``src`` for :func:`start_server` (the peer's code, ``--workers``).
    """
    if empty_cache:
        for folder in (home / "cache").glob("*"):
            if folder.is_dir():
                subprocess.run(["rm", "-rf", str(folder)], check=True)
    process, url = start_server(home, **(server or {}))
    try:
        until_idle(process.pid)
        cpu = server_cpu_seconds(process.pid)
        t0 = time.perf_counter()
        latencies, errors = asyncio.run(run_load(url, pairs, clients))
        seconds = time.perf_counter() - t0
        spent = 1000 * (server_cpu_seconds(process.pid) - cpu) / len(pairs)
        return summary(latencies, errors, seconds) | {
            "server_cpu_ms_per_request": round(spent, 1),
            "latencies_ms": [round(x, 1) for x in latencies],
        }
    finally:
        process.terminate()
        process.wait(timeout=30)


def until_idle(pid: int, quiet: float = 0.02, every: float = 0.5, limit: float = 60) -> None:
    """Wait until the server and its children use less than ``quiet`` s of CPU in ``every`` s.

    With ``serve --workers N`` the first process to finish its warm-up answers ``/api/status`` while
    the others may still be warming: their warm-up is not the load's CPU, nor their waiting its latency.
    """
    started, before = time.perf_counter(), server_cpu_seconds(pid)
    while time.perf_counter() - started < limit:
        time.sleep(every)
        now = server_cpu_seconds(pid)
        if now - before < quiet:
            return
        before = now


def server_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) of the server process and its children so far (``/proc``; load-independent)."""
    total = 0.0
    for proc in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return [c for child in found for c in (child, *_children(child))]


def in_process_profiles(home: Path, count: int) -> dict:
    """Wall and CPU ms of ``count`` first profiles in-process through the app's ``Data`` (after its warm-up)."""
    from partnerlens.web.api import profile_dict
    from partnerlens.web.app import Data

    d = Data(Workspace.open(home))
    warmed = d.warm()
    wall, cpu = [], []
    for a, b in world_pairs(home, count, seed=61):
        t0, c0 = time.perf_counter(), time.process_time()
        profile_dict(d, a, b, None)
        wall.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    return {
        "pairs": count,
        "warm": warmed,
        "wall_ms": {"min": round(min(wall), 2), "median": round(statistics.median(wall), 2)},
        "cpu_ms": {"min": round(min(cpu), 2), "median": round(statistics.median(cpu), 2)},
        "reader": getattr(d, "reader", lambda: None)() is not None,
    }


def _median_run(runs: list[dict]) -> dict:
    """The run of median p50 among ``runs`` (an odd number gives a run that was measured), its CPU the median's."""
    ordered = sorted(runs, key=lambda run: run["p50_ms"])
    middle = ordered[len(ordered) // 2] | {"repeats_p50_ms": [run["p50_ms"] for run in runs]}
    return middle | {"server_cpu_ms_per_request": statistics.median(r["server_cpu_ms_per_request"] for r in runs)}


def world_goals(args: argparse.Namespace) -> None:
    """Issue 16's web goals: first requests after a world build; twelve new pairs at once before one.

    Each round measures every variant in turn (this code with ``--serve-workers``; with ``--baseline-src``
    also the peer's code on its own copy of the store, ``--baseline-store``), the order alternating.
    """
    from partnerlens.world.manifest import current_manifest

    variants = {
        f"this, --workers {n}": (args.store, {"serve_args": ("--workers", n)}) for n in args.serve_workers.split(",")
    }
    if args.baseline_src:
        variants["baseline"] = (args.baseline_store or args.store, {"src": args.baseline_src})
    for home, _ in variants.values():
        if args.before_only:
            if (home / "world").exists():
                raise SystemExit(f"--before-only: {home}/world exists: measure a store without world tables")
            continue
        if current_manifest(Workspace.open(home)) is None:
            raise SystemExit(f"no current world tables in {home}: run `partnerlens --home {home} world build` first")
    per_round = args.requests + 13 * args.repeats
    pool = world_pairs(args.store, args.runs * per_round, seed=16)
    results: dict[str, dict[str, list[dict]]] = {v: {"after": [], "one": [], "twelve": []} for v in variants}
    loads = [os.getloadavg()[0]]
    in_process = in_process_profiles(args.store, args.in_process) if args.in_process else None
    for r in range(args.runs):
        chunk = pool[r * per_round : (r + 1) * per_round]
        for name in list(variants)[:: 1 if r % 2 == 0 else -1]:
            home, server = variants[name]
            world, aside = home / "world", home / "world.aside"
            after = (
                None if args.before_only else fresh_server_run(home, chunk[: args.requests], args.clients, True, server)
            )
            if after is not None:
                world.rename(aside)
            try:
                ones, twelves = [], []
                for k in range(args.repeats):  # one, twelve, one, twelve…: each a fresh server on an empty cache
                    new = chunk[args.requests + 13 * k : args.requests + 13 * (k + 1)]
                    ones.append(fresh_server_run(home, new[:1], 1, True, server))
                    twelves.append(fresh_server_run(home, new[1:], 12, True, server))
                one, twelve = _median_run(ones), _median_run(twelves)
            finally:
                if after is not None:
                    aside.rename(world)
            for label, run in zip(("after", "one", "twelve"), (after, one, twelve), strict=True):
                if run is not None:
                    results[name][label].append(run)
            loads.append(os.getloadavg()[0])
    out = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "store": str(args.store),
        "clients": args.clients,
        "serve_workers": args.serve_workers,
        "load_1min": [round(x, 2) for x in loads],
        "in_process_first_profiles": in_process,
    }
    for name, rounds in results.items():
        ratios = [t["p50_ms"] / o["p50_ms"] for o, t in zip(rounds["one"], rounds["twelve"], strict=True)]
        out[name] = (
            {}
            if args.before_only
            else {
                "after_build_first_requests": [
                    {k: v for k, v in run.items() if k != "latencies_ms"} for run in rounds["after"]
                ],
                "after_build_p95_ms_median": round(statistics.median(r["p95_ms"] for r in rounds["after"]), 1),
                "after_build_server_cpu_ms_per_request": [r["server_cpu_ms_per_request"] for r in rounds["after"]],
            }
        )
        out[name] |= {
            "before_build_server_cpu_ms_per_request": [
                [o["server_cpu_ms_per_request"], t["server_cpu_ms_per_request"]]
                for o, t in zip(rounds["one"], rounds["twelve"], strict=True)
            ],
            "before_build_one_ms": [r["p50_ms"] for r in rounds["one"]],
            "before_build_one_ms_repeats": [r["repeats_p50_ms"] for r in rounds["one"]],
            "before_build_twelve_p50_ms": [r["p50_ms"] for r in rounds["twelve"]],
            "before_build_twelve_p50_ms_repeats": [r["repeats_p50_ms"] for r in rounds["twelve"]],
            "before_build_twelve_over_one": [round(x, 2) for x in ratios],
            "before_build_twelve_over_one_median": round(statistics.median(ratios), 2),
        }
    print(json.dumps(out, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path("/tmp/partnerlens-bench-web"))
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rows-per-year", type=int, default=10_000_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3, help="warm load runs; the median run is reported")
    parser.add_argument(
        "--mixed", action="store_true", help="the bounded mixed burst (profiles, parties, claims, briefs incl. a PDF)"
    )
    parser.add_argument("--world", action="store_true", help="issue 16: first requests after and before `world build`")
    parser.add_argument(
        "--serve-workers", default="1", help="--world: `serve --workers` of this code; a list (1,2) measures each"
    )
    parser.add_argument(
        "--before-only",
        action="store_true",
        help="--world: only the before-build rounds (one new pair, twelve at once), on stores without world tables",
    )
    parser.add_argument("--baseline-src", type=Path, help="--world: the peer's src/ (e.g. a `git archive` of main)")
    parser.add_argument("--baseline-store", type=Path, help="--world: the peer's own copy of the store")
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="--world: before a build, one new pair and twelve at once this many times a round, alternating "
        "(each a fresh server on an empty cache); the round's ratio is of the medians",
    )
    parser.add_argument(
        "--in-process", type=int, default=0, help="--world: also time this many first profiles in-process (wall, CPU)"
    )
    args = parser.parse_args()
    if args.world:
        world_goals(args)
        return
    if args.mixed:
        mixed(args)
        return

    started = time.perf_counter()
    workspace, rows = build_store(args.store, args.years, args.rows_per_year)
    build_s = time.perf_counter() - started
    peer = {f"{a}-{b}": library_ms(workspace, a, b) for a, b in PAIRS[:3]}
    process, url = start_server(args.store)
    try:
        t0 = time.perf_counter()
        cold = asyncio.run(run_load(url, PAIRS, min(args.clients, len(PAIRS))))
        cold_summary = summary(*cold, time.perf_counter() - t0)
        warm_runs = []
        for _ in range(args.runs):
            load = [PAIRS[n % len(PAIRS)] for n in range(args.requests)]
            t0 = time.perf_counter()
            latencies, errors = asyncio.run(run_load(url, load, args.clients))
            warm_runs.append(summary(latencies, errors, time.perf_counter() - t0))
    finally:
        process.terminate()
        process.wait(timeout=30)
    warm_runs.sort(key=lambda s: s["p95_ms"])
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "store_rows": rows,
        "years": args.years,
        "store_build_s": round(build_s, 1),
        "clients": args.clients,
        "pairs": len(PAIRS),
        "cold_first_request_per_pair": cold_summary,
        "warm_median_run": warm_runs[len(warm_runs) // 2],
        "warm_runs": warm_runs,
        "peer_library_bilateral_profile_ms": peer,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
