"""Store benchmarks: ingest of telegram-news-2024 posts into SQLite and PostgreSQL with 1 and 2 workers
(articles/s, store size, ingest against analysis alone, measured before and after the ingests), then query
latency (median, p95) on that store for a full-text search, an entity's page data and a country pair's events
by month.

    store_bench(Path("../shared"), quick=True)   # a markdown table; quick: 300 posts instead of 20,000

PostgreSQL runs when ``LETOPIS_BENCH_PG`` (else ``LETOPIS_TEST_PG``) names a server; its rows say so otherwise.
Each measurement uses a fresh database (a new SQLite file; a new PostgreSQL schema, dropped afterwards).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from letopis.records import Article

if TYPE_CHECKING:
    from letopis.store.ingestion import IngestReport

FULL = 20_000
QUICK = 300
QUERY_RUNS = 50
QUERIES = ("переговоров", "санкции", "президент России", "выборы", "Москва")


def telegram_articles(shared: Path, limit: int) -> list[Article]:
    """Non-empty posts, in a fixed order (channel, then message id), as articles with outlet and date."""
    folder = shared / "benchmarks" / "telegram-news-2024" / "data" / "raw"
    posts = []
    for path in sorted(folder.glob("*_messages.json")):
        for post in json.loads(path.read_text(encoding="utf-8")):
            text = (post.get("text") or "").strip()
            if text:
                posts.append(Article(id=hash_key(f"{post['channel']}/{post['message_id']}")[:16], text=text,
                                     outlet=post["channel"], published=post.get("date")))
    posts.sort(key=lambda a: (hash_key(a.id)))
    return posts[:limit]


def hash_key(value: str) -> str:
    import hashlib

    return hashlib.sha1(value.encode("utf-8")).hexdigest()


@contextmanager
def _database(kind: str, folder: Path) -> Iterator[str | None]:
    if kind == "sqlite":
        yield str(folder / f"bench-{uuid.uuid4().hex[:8]}.db")
        return
    url = os.environ.get("LETOPIS_BENCH_PG") or os.environ.get("LETOPIS_TEST_PG")
    if not url:
        yield None
        return
    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _size(store: object, url: str) -> float:
    from sqlalchemy import text

    from letopis.store.db import Store

    assert isinstance(store, Store)
    if store.dialect == "sqlite":
        path = Path(url)
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20
    with store.read() as conn:
        return float(conn.execute(text(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r'")).scalar_one() or 0) / 2**20


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the worker processes of an ingest)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _analysis_in_workers(articles: list[Article], workers: int) -> float:
    """Articles/s of ingest's own analysis path in ``workers`` processes with nothing written, once the first
    chunk is back (spawning the workers and loading their models left out, as for the ingests): the ceiling of an
    ingest's scaling on this machine."""
    from letopis.store.analyse import CHUNK, analyse

    first = None
    count = 0
    for _ in analyse(articles, workers=workers):
        count += 1
        if first is None:
            first = time.perf_counter()
    if first is None or count <= CHUNK:
        return 0.0
    return (count - CHUNK) / (time.perf_counter() - first)


class _Steady:
    """An ingest's progress callback: articles/s once its first batch is written. Start-up is left out of the
    ratios: two workers spawn and load their models, while one worker analyses in this process, where the models
    are already loaded (the analysis alone, measured first, leaves out its loading too)."""

    def __init__(self) -> None:
        self.first: tuple[int, float] | None = None
        self.last: tuple[int, float] = (0, 0.0)

    def __call__(self, report: IngestReport) -> None:
        mark = (report.stored, report.seconds)
        if self.first is None:
            self.first = mark
        self.last = mark

    @property
    def rate(self) -> float:
        if self.first is None or self.last[1] <= self.first[1]:
            return 0.0
        return (self.last[0] - self.first[0]) / (self.last[1] - self.first[1])


def _latency(run: Callable[[], object]) -> tuple[float, float]:
    run()  # warm
    times = []
    for _ in range(QUERY_RUNS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def _queries(store: object) -> list[tuple[str, float, float]]:
    from letopis.store import dyad, entity, find_entities, search
    from letopis.store.db import Store

    assert isinstance(store, Store)
    rows = []
    cycle = iter(QUERIES * QUERY_RUNS * 2)
    rows.append(("full-text search", *_latency(lambda: search(store, next(cycle), limit=20))))
    people = find_entities(store, "Путин") or find_entities(store, "Россия")
    if people:
        rows.append((f"entity page ({people[0].name})", *_latency(lambda: entity(store, people[0].id))))
    ru, ua = find_entities(store, "Россия", limit=1), find_entities(store, "Украина", limit=1)
    if ru and ua:
        rows.append(("dyad by month (Россия–Украина)", *_latency(lambda: dyad(store, ru[0].id, ua[0].id))))
    return rows


def store_bench(shared_dir: Path, quick: bool, posts: int | None = None) -> str:
    """The markdown tables of the store benchmarks (``posts`` overrides the size: 20,000 takes hours on 2 cores)."""
    from letopis.analysis import Pipeline, clear_word_caches
    from letopis.store.db import Store
    from letopis.store.ingestion import BATCH as INGEST_BATCH
    from letopis.store.ingestion import ingest
    from letopis.store.terms import forget_words

    articles = telegram_articles(shared_dir, posts or (QUICK if quick else FULL))
    load_before = os.getloadavg()[0]
    pipeline = Pipeline()
    pipeline.analyze_one(articles[0])

    def alone() -> tuple[float, float]:
        """Articles/s and CPU ms an article of the analysis alone, word caches empty as in a fresh process (the
        ingests go over the same posts and would otherwise find their words looked up: ~30% faster)."""
        clear_word_caches()
        started, cpu = time.perf_counter(), _cpu()
        for _ in pipeline.analyze(articles):
            pass
        return len(articles) / (time.perf_counter() - started), (_cpu() - cpu) * 1000 / len(articles)

    first_alone = alone()
    pair_rate = _analysis_in_workers(articles, 2)
    runs: list[tuple[str, int, IngestReport, float, float, float]] = []  # kind, workers, report, rate, cpu, MB
    query_rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for kind in ("sqlite", "postgresql"):
            for workers in (1, 2):
                with _database(kind, Path(folder)) as url:
                    if url is None:
                        continue
                    with Store.open(url) as store:
                        clear_word_caches()
                        forget_words()  # and the store's own (prepare's search terms)
                        cpu, steady = _cpu(), _Steady()
                        report = ingest(store, articles, workers=workers, progress=steady)
                        ingest_cpu = (_cpu() - cpu) * 1000 / max(report.stored, 1)
                        runs.append((kind, workers, report, steady.rate, ingest_cpu, _size(store, url)))
                        if workers == 1:
                            for name, median, p95 in _queries(store):
                                query_rows.append(f"| {kind} | {name} | {median:.1f} | {p95:.1f} |")
    # The analysis alone again, after the ingests: the machine's speed drifts over the minutes a run takes, and
    # one measurement at the start made every ratio carry its drift. The ratios are of the mean of the two.
    last_alone = alone()
    analysis_rate = (first_alone[0] + last_alone[0]) / 2
    analysis_cpu = (first_alone[1] + last_alone[1]) / 2

    lines = [f"Store: {len(articles):,} telegram-news-2024 posts; analysis alone (1 process): "
             f"{analysis_rate:.1f} articles/s (mean of {first_alone[0]:.1f} before the ingests and "
             f"{last_alone[0]:.1f} after them), {analysis_cpu:.1f} ms CPU per article "
             f"({first_alone[1]:.1f} and {last_alone[1]:.1f}); analysis alone in 2 worker "
             f"processes (what ingest's workers do, without the store): {pair_rate:.1f} articles/s = "
             f"{pair_rate / first_alone[0]:.2f}× one process (the first) — the most 2 workers can give on this "
             f"machine ({os.cpu_count()} cores).", "",
             "| store | workers | articles/s | after start-up | vs analysis alone | vs 1 worker | CPU ms/article | "
             "analysis CPU ÷ ingest CPU | store size MB |",
             "|---|---|---|---|---|---|---|---|---|"]
    one: dict[str, float] = {}
    for kind, workers, report, rate, ingest_cpu, size in runs:
        if workers == 1:
            one[kind] = rate
        scale = f"{rate / one[kind]:.2f}×" if one.get(kind) else ""
        lines.append(f"| {kind} | {workers} | {report.stored / report.seconds:.1f} | {rate:.1f} | "
                     f"{rate / analysis_rate:.2f} | {scale} | {ingest_cpu:.1f} | "
                     f"{analysis_cpu / ingest_cpu:.2f} | {size:.1f} |")
    if not any(kind == "postgresql" for kind, *_ in runs):
        lines += [f"| postgresql | {workers} | not run: set LETOPIS_BENCH_PG | | | | | | |" for workers in (1, 2)]
    lines += ["", "Articles/s: the whole ingest; after start-up: once its first batch of "
              f"{INGEST_BATCH} is written (the two workers' spawning and model loading left out, as the one-worker "
              "ingest finds the models loaded in this process and the analysis alone leaves its loading out); the "
              "ratios are of these rates.",
              "", f"Load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after. Rates are "
              "wall-clock and fall with the machine's load; CPU ms/article is this process and its workers "
              "(not the PostgreSQL server, and with the workers' model loading): less sensitive to the load, "
              "though on a crowded machine every CPU second does less work.",
              "", f"Query latency on that store ({QUERY_RUNS} runs each, ms):", "",
              "| store | query | median | p95 |", "|---|---|---|---|", *query_rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    print(store_bench(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared"), quick="--full" not in sys.argv))
