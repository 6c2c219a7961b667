"""API latency under concurrent clients: the explorer served by uvicorn on loopback over an existing store, 20
clients at once asking for search, an entity's page data and a pair's months. Bounded request counts; nothing
leaves the machine::

    web_bench("sqlite:////path/letopis.db", quick=True)   # a markdown table; quick: fewer requests

Every request asks for something else, so the server's read cache (``letopis.web.cache``) cannot answer it:
searches for the store benchmark's queries, then the names of the entities in most articles; the entities in
most articles, one per request; pairs of the states in most articles (else of the top entities). Goal: p95 <
200 ms on SQLite. ``LETOPIS_CACHE_SIZE=0`` turns the cache off altogether (the answers should not change much).

The server runs as ``letopis serve`` does by default (``default_workers``: one process per core, at most 2).
The clients share the machine with it, so each is a plain keep-alive ``http.client`` connection (a fraction
of httpx's CPU per request): the CPU they leave is the server's. Each request is timed from sending it to
the last byte of the answer.
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CLIENTS = 20
# Requests per endpoint: enough for a stable p95 with 20 clients, small enough for a CI run.
REQUESTS, QUICK_REQUESTS = 400, 100
QUERIES = ("переговоров", "санкции", "президент России", "выборы", "Москва")
GOAL_MS = 200.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _targets(db_url: str, count: int) -> dict[str, list[str]]:
    """``count`` distinct paths per endpoint where the store has that many things to ask for (else fewer)."""
    from sqlalchemy import select

    from letopis.store.db import Store
    from letopis.store.models import EntityRow
    from letopis.web.urls import urls

    with Store.open(db_url) as store, store.read() as conn:
        top = list(conn.execute(select(EntityRow.id, EntityRow.name)
                                .order_by(EntityRow.num_articles.desc(), EntityRow.id).limit(count)))
        states = list(conn.scalars(select(EntityRow.id).where(EntityRow.key.like("country:%"))
                                   .order_by(EntityRow.num_articles.desc(), EntityRow.id).limit(count)))
    words = list(dict.fromkeys([*QUERIES, *(name for _, name in top)]))[:count]
    sides = states if len(states) * (len(states) - 1) // 2 >= count else [i for i, _ in top]
    pairs = [(a, b) for n, a in enumerate(sides) for b in sides[n + 1:]][:count]
    found: dict[str, list[str]] = {"search": [urls.api.search(q=q) for q in words]}
    if top:
        found["entity"] = [urls.api.entity(i) for i, _ in top]
    if pairs:
        found["dyad"] = [urls.api.dyad(a, b) for a, b in pairs]
    return found


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of a process and its children so far, from Linux's /proc; None elsewhere.
    On a shared machine a request's latency depends on everyone's load, its CPU time much less."""
    proc = Path("/proc")
    if not (proc / str(pid) / "stat").exists():
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # the server, or a worker it started
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _serve(db_url: str, workers: int) -> tuple[tuple[str, int], Callable[[], None], int]:
    """``letopis serve`` in its own process(es), so the clients here do not share its interpreter."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "letopis.cli", "serve", "--db", db_url, "--port", str(port),
                                "--workers", str(workers), "--log-level", "error"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop() -> None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()

    address = ("127.0.0.1", port)
    deadline = time.monotonic() + 60
    while True:
        probe = http.client.HTTPConnection(*address, timeout=2)
        try:
            if _get(probe, "/openapi.json") == 200:
                return address, stop, process.pid
        except OSError:
            pass
        finally:
            probe.close()
        if process.poll() is not None or time.monotonic() > deadline:
            stop()
            raise RuntimeError(f"letopis serve did not start (exit {process.poll()})")
        time.sleep(0.2)


def _get(conn: http.client.HTTPConnection, path: str) -> int:
    """GET ``path`` on a keep-alive connection, the whole answer read; its status."""
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    return response.status


def _measure(address: tuple[str, int], paths: list[str], count: int,
             clients: int = CLIENTS) -> tuple[list[float], int]:
    timings: list[float] = []
    failures = 0
    lock = threading.Lock()
    local = threading.local()
    opened: list[http.client.HTTPConnection] = []

    def one(i: int) -> None:
        nonlocal failures
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(*address, timeout=30)
            with lock:
                opened.append(conn)
        path = paths[i % len(paths)]
        started = time.perf_counter()
        try:
            status = _get(conn, path)
        except (http.client.RemoteDisconnected, ConnectionError):  # the server closed an idle connection
            conn.close()
            status = _get(conn, path)
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            timings.append(elapsed)
            failures += status != 200

    try:
        with ThreadPoolExecutor(clients) as pool:
            # Warm the connections with the last paths; the measured requests start from the first.
            list(pool.map(one, range(len(paths) - min(clients, len(paths)), len(paths))))
            timings.clear()
            failures = 0
            list(pool.map(one, range(count)))
    finally:
        for conn in opened:
            conn.close()
    return timings, failures


def web_bench(db_url: str, quick: bool, workers: int | None = None) -> str:
    """A markdown table: median and p95 latency per endpoint under ``CLIENTS`` concurrent clients, against
    ``letopis serve --workers WORKERS`` (default: as ``letopis serve`` picks)."""
    from letopis.web.commands import default_workers

    workers = workers or default_workers()
    count = QUICK_REQUESTS if quick else REQUESTS
    alone = count // 4
    # Fresh paths for each run (the single client's after the concurrent clients'), each with its warm-up.
    targets = _targets(db_url, count + alone + 2 * CLIENTS)
    address, stop, pid = _serve(db_url, workers)
    load_before = _load()
    rows = []
    try:
        for name, paths in targets.items():
            # One client alone first: the time a request takes, without waiting for the others.
            for clients in (1, CLIENTS):
                runs = paths[count + CLIENTS:] or paths if clients == 1 else paths[:count + CLIENTS]
                before = _cpu_seconds(pid)
                timings, failures = _measure(address, runs, count if clients > 1 else alone, clients)
                after = _cpu_seconds(pid)
                # Includes the warm-up requests: a slight overestimate.
                cpu = (f"{(after - before) * 1000 / (len(timings) + min(clients, len(runs))):.1f}"
                       if before is not None and after is not None else "")
                p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) >= 20 else max(timings)
                goal = ("yes" if p95 < GOAL_MS else "no") if clients == CLIENTS else "-"
                rows.append(f"| {name} | {clients} | {len(timings)} | {statistics.median(timings):.1f} | "
                            f"{p95:.1f} | {goal} | {failures} | {cpu} |")
    finally:
        stop()
    load_after = _load()
    size = os.environ.get("LETOPIS_CACHE_SIZE", "512")
    cache = "read cache off" if size == "0" else f"read cache on ({size} answers; every request a new one)"
    head = [f"API latency, 1 and {CLIENTS} concurrent clients over loopback, {workers} server process(es), "
            f"{cache} (ms; goal p95 < {GOAL_MS:.0f} ms)", "",
            "| endpoint | clients | requests | median | p95 | goal met | errors | server CPU ms/request |",
            "|---|---|---|---|---|---|---|---|"]
    missing = [n for n in ("search", "entity", "dyad") if n not in targets]
    note = ["", f"Not measured (the store has no such data): {', '.join(missing)}."] if missing else []
    if load_before is not None and load_after is not None:
        # 20 clients and the server share the machine's cores with whatever else runs: above about as many
        # runnable processes as cores, the wall-clock columns measure that too.
        note += ["", f"Load average (1 min) {load_before:.1f} before, {load_after:.1f} after, on "
                     f"{os.cpu_count()} cores."]
    return "\n".join(head + rows + note) + "\n"


def _load() -> float | None:
    """The 1-minute load average, where the system tells it."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


if __name__ == "__main__":
    workers = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else None
    print(web_bench(sys.argv[1], quick="--quick" in sys.argv, workers=workers))
