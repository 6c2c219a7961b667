"""Store benchmarks: ingest of telegram-news-2024 posts into SQLite and PostgreSQL with 1 and 2 workers
(articles/s, store size, ingest against analysis alone), in rounds that interleave the analysis alone with the
ingests, then query latency (median, p95) on that store for a full-text search, an entity's page data and a
country pair's events by month.

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
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from letopis.records import Article

if TYPE_CHECKING:
    from letopis.store.ingestion import IngestReport

FULL = 20_000
QUICK = 300
QUERY_RUNS = 50
# Posts a round of the store benchmark (``store_bench``).
ROUND_POSTS = 2_000
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
    are already loaded (the analysis alone leaves out its first batch too)."""

    def __init__(self) -> None:
        self.first: tuple[int, float] | None = None
        self.last: tuple[int, float] = (0, 0.0)

    def __call__(self, report: IngestReport) -> None:
        mark = (report.stored, report.seconds)
        if self.first is None:
            self.first = mark
        self.last = mark

    @property
    def posts(self) -> int:
        """Articles written after the first batch."""
        return 0 if self.first is None else self.last[0] - self.first[0]

    @property
    def seconds(self) -> float:
        return 0.0 if self.first is None else self.last[1] - self.first[1]

    @property
    def rate(self) -> float:
        return self.posts / self.seconds if self.posts > 0 and self.seconds > 0 else 0.0


@dataclass
class _Tally:
    """One configuration (the analysis alone, or a store and a number of workers) over the rounds: its steady
    articles and seconds summed, each round's steady rate, and its whole runs (start-up included) and CPU."""

    posts: int = 0
    seconds: float = 0.0
    rates: list[float] = field(default_factory=list)
    stored: int = 0
    total_seconds: float = 0.0
    cpu: float = 0.0

    def add(self, steady: _Steady, stored: int, total_seconds: float, cpu: float) -> None:
        self.posts += steady.posts
        self.seconds += steady.seconds
        self.rates.append(steady.rate)
        self.stored += stored
        self.total_seconds += total_seconds
        self.cpu += cpu

    @property
    def rate(self) -> float:
        """Steady articles/s over all rounds (their articles over their seconds)."""
        return self.posts / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_ms(self) -> float:
        return self.cpu * 1000 / max(self.stored, 1)


def rounds_of(articles: list[Article], size: int) -> list[list[Article]]:
    """The posts cut into rounds of about ``size`` (at least one round; the last takes the remainder's share)."""
    count = max(1, round(len(articles) / size))
    step = -(-len(articles) // count)
    return [articles[k:k + step] for k in range(0, len(articles), step)]


def ratio_spread(numerators: list[float], denominators: list[float]) -> str:
    """Per-round ratios as "median [lowest–highest]" ("" when there is no round with both rates)."""
    ratios = sorted(n / d for n, d in zip(numerators, denominators, strict=True) if n > 0 and d > 0)
    if not ratios:
        return ""
    if len(ratios) == 1:
        return f"{ratios[0]:.2f}"
    return f"{statistics.median(ratios):.2f} [{ratios[0]:.2f}–{ratios[-1]:.2f}]"


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
    """The markdown tables of the store benchmarks (``posts`` overrides the size: 20,000 take about 20 minutes on
    2 cores). The posts are ingested in rounds of ``ROUND_POSTS``: each round times the analysis alone on its posts,
    then ingests them into every store, each store growing round after round as a watch's would. A machine's speed
    drifts over the minutes of a run; in rounds, every configuration meets the same drift, and each round's ratios
    compare runs a minute or two apart."""
    from letopis.analysis import Pipeline, clear_word_caches
    from letopis.store.db import Store
    from letopis.store.grouping import StoryGrouping
    from letopis.store.ingestion import BATCH as INGEST_BATCH
    from letopis.store.ingestion import ingest
    from letopis.store.terms import forget_words

    articles = telegram_articles(shared_dir, posts or (QUICK if quick else FULL))
    rounds = rounds_of(articles, ROUND_POSTS)
    load_before = os.getloadavg()[0]
    pipeline = Pipeline()
    pipeline.analyze_one(articles[0])

    def alone(part: list[Article], tally: _Tally) -> None:
        """The analysis alone on a round's posts, word caches empty as in a fresh process (the ingests go over the
        same posts and would otherwise find their words looked up: ~30% faster); steady once its first
        ``INGEST_BATCH`` articles are done, as the ingests are."""
        clear_word_caches()
        steady = _Steady()
        started, cpu = time.perf_counter(), _cpu()
        for done, _ in enumerate(pipeline.analyze(part), start=1):
            if done == INGEST_BATCH or done == len(part):
                steady(_progress(done, time.perf_counter() - started))
        tally.add(steady, len(part), time.perf_counter() - started, _cpu() - cpu)

    analysis = _Tally()
    pair_rate = _analysis_in_workers(rounds[0], 2)
    configs: list[tuple[str, int, str, Store, StoryGrouping, _Tally]] = []
    query_rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder, ExitStack() as open_stores:
        for kind in ("sqlite", "postgresql"):
            for workers in (1, 2):
                url = open_stores.enter_context(_database(kind, Path(folder)))
                if url is not None:
                    store = open_stores.enter_context(Store.open(url))
                    configs.append((kind, workers, url, store, StoryGrouping(), _Tally()))
        for part in rounds:
            alone(part, analysis)
            for _kind, workers, _url, store, stories, tally in configs:
                clear_word_caches()
                forget_words()  # and the store's own (prepare's search terms)
                cpu, steady = _cpu(), _Steady()
                report = ingest(store, part, workers=workers, progress=steady, stories=stories)
                tally.add(steady, report.stored, report.seconds, _cpu() - cpu)
        for kind, workers, _url, store, _stories, _tally in configs:
            if workers == 1:
                for name, median, p95 in _queries(store):
                    query_rows.append(f"| {kind} | {name} | {median:.1f} | {p95:.1f} |")
        sizes = [_size(store, url) for _kind, _workers, url, store, _stories, _tally in configs]

    lines = [f"Store: {len(articles):,} telegram-news-2024 posts in {len(rounds)} round(s) of about "
             f"{len(rounds[0]):,}; analysis alone (1 process): {analysis.rate:.1f} articles/s, "
             f"{analysis.cpu_ms:.1f} ms CPU per article; analysis alone in 2 worker processes (what ingest's "
             f"workers do, without the store; the first round's posts): {pair_rate:.1f} articles/s = "
             f"{pair_rate / analysis.rates[0]:.2f}× one process on those posts — the most 2 workers can give on "
             f"this machine ({os.cpu_count()} cores).", "",
             "| store | workers | articles/s | after start-up | vs analysis alone | by round | vs 1 worker | by round "
             "| CPU ms/article | analysis CPU ÷ ingest CPU | store size MB |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    one: dict[str, _Tally] = {}
    for (kind, workers, _url, _store, _stories, tally), size in zip(configs, sizes, strict=True):
        if workers == 1:
            one[kind] = tally
        single = one.get(kind)
        scale = f"{tally.rate / single.rate:.2f}×" if single and single is not tally and single.rate else ""
        by_round = ratio_spread(tally.rates, single.rates) if single and single is not tally else ""
        lines.append(f"| {kind} | {workers} | {tally.stored / tally.total_seconds:.1f} | {tally.rate:.1f} | "
                     f"{tally.rate / analysis.rate:.2f} | {ratio_spread(tally.rates, analysis.rates)} | {scale} | "
                     f"{by_round} | {tally.cpu_ms:.1f} | {analysis.cpu_ms / tally.cpu_ms:.2f} | {size:.1f} |")
    if not any(kind == "postgresql" for kind, *_ in configs):
        lines += [f"| postgresql | {workers} | not run: set LETOPIS_BENCH_PG | | | | | | | | |" for workers in (1, 2)]
    lines += ["", "Articles/s: the whole ingest; after start-up: once its first batch of "
              f"{INGEST_BATCH} is written (the two workers' spawning and model loading left out, as the one-worker "
              "ingest finds the models loaded in this process; the analysis alone leaves its first "
              f"{INGEST_BATCH} out too), summed over the rounds; the ratios are of these rates. By round: the "
              "median and range of the ratios each round gives on its own.",
              "", f"Load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after. Rates are "
              "wall-clock and fall with the machine's load; CPU ms/article is this process and its workers "
              "(not the PostgreSQL server, and with the workers' model loading): less sensitive to the load, "
              "though on a crowded machine every CPU second does less work.",
              "", f"Query latency on that store ({QUERY_RUNS} runs each, ms):", "",
              "| store | query | median | p95 |", "|---|---|---|---|", *query_rows]
    return "\n".join(lines) + "\n"


def _progress(done: int, seconds: float) -> IngestReport:
    from letopis.store.ingestion import IngestReport

    return IngestReport(stored=done, seconds=seconds)


if __name__ == "__main__":
    import sys

    print(store_bench(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared"), quick="--full" not in sys.argv))
