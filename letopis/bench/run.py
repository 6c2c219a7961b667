"""``letopis bench``: run the accuracy scorers and the speed benchmarks, write BENCHMARKS.md.

    letopis bench                          # everything (several minutes), BENCHMARKS.md at the repo root
    letopis bench --quick --output /tmp/b.md   # a small subset, to check that it all runs
    letopis bench --only accuracy
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from letopis.bench import accuracy, anchors, bsnlp, corpora, factrueval, report, speed
from letopis.bench.shared import REPO_ROOT, BenchmarkError, benchmark, shared_dir


@dataclass(frozen=True)
class Sizes:
    """How much of each benchmark a run takes (None = all)."""

    factrueval: int | None
    bsnlp: int | None
    pullenti_factrueval: int | None
    speed_factrueval: int | None
    speed_telegram: int
    pullenti_speed_factrueval: int
    pullenti_speed_telegram: int


FULL = Sizes(None, None, None, None, 5000, 40, 300)
QUICK = Sizes(2, 2, 1, 2, 10, 1, 5)


def _progress() -> Callable[[str], None]:
    try:  # rich only if it is already installed: a nicer progress line
        console = importlib.import_module("rich.console").Console(stderr=True)
    except ImportError:
        return lambda message: print(message, file=sys.stderr, flush=True)
    return lambda message: console.log(message)


PARTS = ("accuracy", "speed", "quotes", "events", "stories", "store", "web")
# The store benchmark ingests the 20,000 posts by default: the analysis alone and four ingests (SQLite and
# PostgreSQL, 1 and 2 workers) took 15 minutes on a 2-core machine; --store-posts for fewer.
STORE_POSTS = 20_000
WEB_POSTS = 1_000


def _guarded(name: str, run: Callable[[], None], results: report.Results, say: Callable[[str], None]) -> None:
    """A part that fails gets a section saying how; the other parts still run and the report is written."""
    try:
        run()
    except BenchmarkError:
        raise
    except Exception as exc:
        results.sections.append(f"## {name}\n\nfailed: {type(exc).__name__}: {exc}")
        say(f"{name}: failed ({type(exc).__name__}: {exc})")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="letopis bench", description="Accuracy (factRuEval-2016, BSNLP-2021) and speed of letopis, "
        "natasha and PullEnti on ../shared/benchmarks (or $LETOPIS_SHARED); writes BENCHMARKS.md.",
        epilog="example: letopis bench --quick --output /tmp/BENCHMARKS.md")
    parser.add_argument("--quick", action="store_true", help="a small subset, to smoke-test the run")
    parser.add_argument("--only", choices=PARTS, action="append",
                        help="run only these parts (repeatable; default: all)")
    parser.add_argument("--store-posts", type=int, default=None, metavar="N",
                        help=f"telegram posts for the store benchmark (default {STORE_POSTS:,}, the issue's size: "
                             "about 15 minutes on 2 cores with PostgreSQL)")
    parser.add_argument("--output", type=Path, default=REPO_ROOT / "BENCHMARKS.md",
                        help="where to write the report (default: BENCHMARKS.md at the repository root)")
    return parser.parse_args(argv)


def run_accuracy(results: report.Results, sizes: Sizes, say: Callable[[str], None]) -> None:
    gold = factrueval.read_set(corpora.factrueval_folder(), sizes.factrueval)
    positions = corpora.positions_table()
    bsnlp_docs = bsnlp.read_docs(benchmark("bsnlp-2021-ru"), sizes.bsnlp)
    for name in anchors.SYSTEMS:
        system = anchors.make(name)
        try:
            say(f"{name}: loading")
            system.load()
        except anchors.Unavailable as exc:
            results.unavailable[name] = str(exc)
            say(f"{name}: not run ({exc})")
            continue
        docs = gold[:sizes.pullenti_factrueval] if name == "pullenti" else gold
        try:
            results.factrueval[name] = accuracy.run_factrueval(system, docs, positions, say)
            if name != "pullenti":  # PullEnti's normals are upper-case dictionary forms: not comparable
                results.bsnlp[name] = accuracy.run_bsnlp(system, bsnlp_docs, say)
        except Exception as exc:  # a system that breaks mid-run gets a row saying how, the others go on
            results.factrueval.pop(name, None)
            results.unavailable[name] = f"failed: {type(exc).__name__}: {exc}"
            say(f"{name}: failed ({type(exc).__name__}: {exc})")


def run_quotes(results: report.Results, quick: bool, say: Callable[[str], None]) -> None:
    from letopis.analysis import Pipeline
    from letopis.bench import quotes

    pipeline = Pipeline()
    tables = []
    for title, path in quotes.SETS:  # the three dev sets, the held-out set
        if path.exists():
            say(f"quotes: {title}")
            tables.append(quotes.quotes_table(quotes.score_quotes(pipeline, path), title))
    results.sections.append("## Quotes (our dev sets: tests/data/quotes_dev*.jsonl)\n\n" + "\n\n".join(tables))


def run_events(results: report.Results, quick: bool, say: Callable[[str], None]) -> None:
    from letopis.analysis import Pipeline
    from letopis.bench import events

    say("events: dev set")
    table = events.events_table(events.score_events(Pipeline()))
    results.sections.append("## Events and commitments (our dev sets: tests/data/events_dev*.jsonl)\n\n" + table)


def run_stories(results: report.Results, quick: bool, say: Callable[[str], None]) -> None:
    from letopis.bench import stories

    if quick:
        results.sections.append("## Stories\n\nNot run in --quick (it analyses ~7,000 texts).")
        return
    results.sections.append(stories.stories_bench(shared_dir(), say=say))


def run_store(results: report.Results, quick: bool, say: Callable[[str], None], posts: int | None) -> None:
    from letopis.bench import store

    size = posts or (store.QUICK if quick else STORE_POSTS)
    say(f"store: ingest of {size} posts into SQLite and PostgreSQL, 1 and 2 workers")
    results.sections.append("## Store\n\n" + store.store_bench(shared_dir(), quick, size))


def run_web(results: report.Results, quick: bool, say: Callable[[str], None]) -> None:
    import tempfile

    from letopis.bench import store, web
    from letopis.store.db import Store
    from letopis.store.ingestion import ingest

    size = 100 if quick else WEB_POSTS
    say(f"web: a store of {size} posts, then the API under concurrent clients")
    with tempfile.TemporaryDirectory() as folder:
        url = str(Path(folder) / "web.db")
        with Store.open(url) as opened:
            ingest(opened, store.telegram_articles(shared_dir(), size))
        table = web.web_bench(url, quick)
    results.sections.append(f"## Explorer API (a store of {size} telegram posts)\n\n" + table)


def run_speed(results: report.Results, sizes: Sizes, say: Callable[[str], None]) -> None:
    full: list[tuple[str, int | None]] = [("factrueval", sizes.speed_factrueval), ("telegram", sizes.speed_telegram)]
    sample: list[tuple[str, int | None]] = [("factrueval", sizes.pullenti_speed_factrueval),
                                            ("telegram", sizes.pullenti_speed_telegram)]
    runs = [(name, sample if name == "pullenti" else full) for name in anchors.SYSTEMS]
    if sample != full:
        # letopis on PullEnti's sample too, in a fresh process of its own right after PullEnti's: its ratio is of
        # the same texts (the sample's first telegram posts are shorter than the average, its factRuEval texts
        # longer: rates of different texts were off by a tenth to a half).
        runs.append(("letopis", sample))
    for name, plan in runs:
        say(f"{name}: speed on " + ", ".join(f"{corpus} ({limit or 'all'})" for corpus, limit in plan))
        results.speed.extend(speed.measure(name, plan))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    say = _progress()
    try:
        shared_dir()
    except BenchmarkError as exc:
        print(f"letopis bench: {exc}", file=sys.stderr)
        return exc.exit_code
    sizes = QUICK if args.quick else FULL
    command = "letopis bench" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    results = report.Results(command=command.replace(str(args.output), args.output.name), quick=args.quick)
    parts = args.only or PARTS
    try:
        if "accuracy" in parts:
            run_accuracy(results, sizes, say)
        if "speed" in parts:
            run_speed(results, sizes, say)
        simple: tuple[tuple[str, Callable[[report.Results, bool, Callable[[str], None]], None]], ...] = (
            ("quotes", run_quotes), ("events", run_events), ("stories", run_stories), ("web", run_web))
        for name, part in simple:
            if name in parts:
                _guarded(name, functools.partial(part, results, args.quick, say), results, say)
        if "store" in parts:
            _guarded("store", lambda: run_store(results, args.quick, say, args.store_posts), results, say)
    except BenchmarkError as exc:
        print(f"letopis bench: {exc}", file=sys.stderr)
        return exc.exit_code
    args.output.write_text(report.render(results), encoding="utf-8")
    say(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
