"""The store's commands: ingest, stats, stories, export, commitments, db. A thin layer: parse, call the
library, print. Importing this module is cheap; the database libraries load when a command runs."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from letopis.errors import ArticleError, UsageError
from letopis.records import COMMITMENT_STATUSES, Article

PARTIAL_EXIT = 4

EXAMPLES = {
    "ingest": (
        "examples:\n"
        "  letopis ingest page.txt feed.jsonl               analyse and store into ./letopis.db\n"
        "  letopis ingest --workers 4 news/*.jsonl          analyse in 4 processes\n"
        "  letopis ingest --db postgresql://u:p@host/db --scheduler tcp://host:8786 big.jsonl\n"
    ),
    "watch": (
        "examples:\n"
        "  letopis watch https://www.belta.by/rss --every 10m     poll every 10 minutes, store what is new\n"
        "  letopis watch FEED1 FEED2 --every 1h --db postgresql://u:p@host/db\n"
        "  Ctrl-C stops after the round being stored; a second Ctrl-C stops at once.\n"
    ),
    "stats": (
        "examples:\n"
        "  letopis stats                                    counts of what the store holds\n"
        "  letopis stats --json --db postgresql://u:p@host/db\n"
    ),
    "stories": (
        "examples:\n"
        "  letopis stories --json                           stories, newest first, with articles and outlets\n"
        "  letopis stories --min-articles 2 --limit 50\n"
    ),
    "export": (
        "examples:\n"
        "  letopis export --what events --format gdelt -o events.tsv\n"
        "  letopis export --what quotes --format csv --from 2024-11-01 --to 2024-11-30 -o quotes.csv\n"
        "  letopis export --what commitments --format jsonl --party Беларусь\n"
    ),
    "commitments": (
        "examples:\n"
        "  letopis commitments --party Беларусь             what was agreed and where it stands\n"
        "  letopis commitments --status signed --json\n"
    ),
    "db": (
        "examples:\n"
        "  letopis db upgrade                               apply the schema migrations to ./letopis.db\n"
        "  letopis db upgrade --db postgresql://u:p@host/db\n"
    ),
}


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="SQLite file or postgresql://user:password@host/db "
                             "(default: $LETOPIS_DB, else ./letopis.db)")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _print_json(value: Any) -> None:
    from letopis.store.results import jsonable

    sys.stdout.write(json.dumps(jsonable(value), ensure_ascii=False, indent=2) + "\n")


def _open(args: argparse.Namespace) -> Any:
    from letopis.store.db import Store

    return Store.open(args.db)


def _sources(targets: Sequence[str], fmt: str, report: Any) -> Iterator[Article]:
    import letopis.sources as sources

    iter_sources = getattr(sources, "iter_sources", None)
    if iter_sources is not None:
        yield from iter_sources(targets, fmt, report)
        return
    for target in targets:
        if "://" in target:
            raise UsageError(f"{target}: reading URLs needs letopis.sources.iter_sources (not in this version)")
        yield from sources.read_path(target, fmt=fmt, on_error=report)  # type: ignore[arg-type]


def cmd_ingest(args: argparse.Namespace) -> int:
    from letopis.store.ingestion import IngestReport, ingest

    skipped: list[ArticleError] = []

    def report(error: ArticleError) -> None:
        skipped.append(error)
        print(f"letopis: skipped: {error}", file=sys.stderr)

    with _open(args) as store:
        articles = _sources(args.targets, args.format, report)
        if sys.stderr.isatty():
            result = _with_progress(store, articles, args, report)
        else:
            result = ingest(store, articles, workers=args.workers, scheduler=args.scheduler, on_skip=report)
    assert isinstance(result, IngestReport)
    print(f"letopis: {result.stored} stored, {result.already} already there, {len(skipped)} skipped; "
          f"{result.seconds:.1f} s, {result.rate:.1f} articles/s", file=sys.stderr)
    return PARTIAL_EXIT if skipped else 0


def _with_progress(store: Any, articles: Iterator[Article], args: argparse.Namespace, report: Any) -> Any:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from letopis.store.ingestion import IngestReport, ingest

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("ingest")

        def show(done: IngestReport) -> None:
            bar.update(task, description=f"{done.stored} stored, {done.already} already there, "
                                         f"{done.skipped} skipped · {done.rate:.1f} articles/s")

        return ingest(store, articles, workers=args.workers, scheduler=args.scheduler, on_skip=report,
                      progress=show)


def cmd_watch(args: argparse.Namespace) -> int:
    import signal
    import threading

    from letopis.store.ingestion import IngestReport
    from letopis.store.watching import parse_every, watch

    every = parse_every(args.every)
    stop = threading.Event()

    def report(error: ArticleError) -> None:
        print(f"letopis: {error}", file=sys.stderr)

    def show(done: IngestReport) -> None:
        if done.stored or done.skipped:
            print(f"letopis: {dt.datetime.now():%H:%M:%S} {done.stored} stored, {done.skipped} skipped",
                  file=sys.stderr)

    def interrupted(signum: int, frame: object) -> None:
        print("letopis: stopping after this round (Ctrl-C again to stop at once)", file=sys.stderr)
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        with _open(args) as store:
            print(f"letopis: watching {len(args.feeds)} feed(s) every {args.every} into {store.label}; "
                  "Ctrl-C to stop", file=sys.stderr)
            total = watch(store, args.feeds, every, stop=stop, polls=args.polls, on_skip=report, on_round=show)
    finally:
        signal.signal(signal.SIGINT, previous)
    print(f"letopis: watch ended: {total.stored} stored, {total.skipped} skipped", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from letopis.store.queries import stats

    with _open(args) as store:
        result = stats(store)
    if args.json:
        _print_json(result)
    else:
        from letopis.store.results import jsonable

        for name, value in jsonable(result).items():
            print(f"{name:16} {value if value is not None else '-'}")
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    from letopis.store.chronicle import stories

    with _open(args) as store:
        page = stories(store, min_articles=args.min_articles, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(page.items)
    else:
        for s in page.items:
            seen = s.last_seen.isoformat() if s.last_seen else "????-??-??"
            print(f"{seen}  {s.num_articles:3} articles  {', '.join(s.outlets) or '-'}  {s.title or ''}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from letopis.store.export import export
    from letopis.store.queries import one_entity

    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet writes a file: give -o FILE")
    with _open(args) as store:
        party = one_entity(store, args.party).id if args.party else None
        if args.output:
            with open(args.output, "wb") as out:
                count = export(store, args.what, args.format, out, date_from=args.date_from,
                               date_to=args.date_to, party=party)
        else:
            count = export(store, args.what, args.format, sys.stdout.buffer, date_from=args.date_from,
                           date_to=args.date_to, party=party)
            sys.stdout.buffer.flush()
    print(f"letopis: {count} {args.what} written", file=sys.stderr)
    return 0


def cmd_commitments(args: argparse.Namespace) -> int:
    from letopis.store.chronicle import commitments
    from letopis.store.queries import one_entity

    with _open(args) as store:
        party = one_entity(store, args.party).id if args.party else None
        page = commitments(store, status=args.status, party=party, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(page.items)
        return 0
    for c in page.items:
        print(f"[{c.status}] {c.text}  ({', '.join(p.name for p in c.parties)})")
        for step in c.history:
            day = step.date.isoformat() if step.date else "????-??-??"
            print(f"    {day} {step.status:12} {step.evidence.outlet or '-'} {step.evidence.article_id} "
                  f"[{step.evidence.start}:{step.evidence.stop}]")
            print(f"        «{_clip(step.evidence.text)}»")
    return 0


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_db(args: argparse.Namespace) -> int:
    from letopis.store.db import Store
    from letopis.store.migrate import head, upgrade

    with Store.open(args.db, migrate=False) as store:
        applied = upgrade(store)
        print(f"{store.label}: " + (f"applied {', '.join(applied)}; " if applied else "") + f"at {head()}")
    return 0


def register(sub: Any) -> None:
    """Add the store's commands to the ``letopis`` parser's subcommands."""
    formatter = argparse.RawDescriptionHelpFormatter

    ingest = sub.add_parser("ingest", help="analyse articles and store them in the chronicle",
                            description="Read files, directories or URLs, analyse each article and store it "
                                        "with all its layers. Articles already stored are left as they are.",
                            epilog=EXAMPLES["ingest"], formatter_class=formatter)
    ingest.add_argument("targets", nargs="+", metavar="PATH|URL", help="file, directory, URL or - for stdin")
    _db_option(ingest)
    ingest.add_argument("--workers", type=int, default=1, metavar="N", help="analysis processes (default 1)")
    ingest.add_argument("--scheduler", metavar="tcp://HOST:8786",
                        help="analyse on this Dask cluster (needs a PostgreSQL --db)")
    ingest.add_argument("--format", choices=("auto", "text", "jsonl", "csv", "html", "feed", "warc"),
                        default="auto", help="how to read files (default: by name and content)")
    ingest.set_defaults(func=cmd_ingest)

    watch = sub.add_parser("watch", help="poll RSS/Atom feeds and store new articles as they appear",
                           description="Poll feeds every so often; each new entry's page is fetched, analysed and "
                                       "stored (entries already stored are not fetched again). Runs until "
                                       "Ctrl-C.",
                           epilog=EXAMPLES["watch"], formatter_class=formatter)
    watch.add_argument("feeds", nargs="+", metavar="FEED", help="URL of an RSS or Atom feed")
    _db_option(watch)
    watch.add_argument("--every", default="10m", metavar="DURATION",
                       help="time between polls: 30s, 10m, 1h (default 10m)")
    watch.add_argument("--polls", type=int, default=None, metavar="N", help="stop after N rounds (default: never)")
    watch.set_defaults(func=cmd_watch)

    stats = sub.add_parser("stats", help="counts of what the store holds",
                           description="Counts: articles (analysed or not), entities, posts, quotes, events, "
                                       "commitments, stories.",
                           epilog=EXAMPLES["stats"], formatter_class=formatter)
    _db_option(stats)
    stats.add_argument("--json", action="store_true", help="one JSON object")
    stats.set_defaults(func=cmd_stats)

    stories = sub.add_parser("stories", help="stories with their articles and outlets",
                             description="Stories, newest first, with their article ids, titles and outlets.",
                             epilog=EXAMPLES["stories"], formatter_class=formatter)
    _db_option(stories)
    stories.add_argument("--json", action="store_true", help="a JSON list")
    stories.add_argument("--min-articles", type=int, default=1, metavar="N", help="only stories of N+ articles")
    stories.add_argument("--limit", type=int, default=100, help="how many (default 100, at most 500)")
    stories.add_argument("--offset", type=int, default=0, help="skip this many first")
    stories.set_defaults(func=cmd_stories)

    export = sub.add_parser("export", help="events, quotes, posts, entities or commitments for analysis",
                            description="Write a table for pandas or R: JSON lines, CSV or Parquet; events also "
                                        "GDELT-style (tab-separated) or PLOVER JSON lines.",
                            epilog=EXAMPLES["export"], formatter_class=formatter)
    _db_option(export)
    export.add_argument("--what", required=True, choices=("events", "quotes", "posts", "entities", "commitments"))
    export.add_argument("--format", default="jsonl", choices=("jsonl", "csv", "parquet", "gdelt", "plover"),
                        help="default jsonl; parquet needs pyarrow; gdelt and plover are for events")
    export.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="from this date")
    export.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="to this date")
    export.add_argument("--party", metavar="NAME|ID", help="only rows involving this entity (Беларусь, 17)")
    export.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    export.set_defaults(func=cmd_export)

    commitments = sub.add_parser("commitments", help="commitments and their status over time",
                                 description="What was agreed, by whom, and each step of its status with the "
                                             "article that reports it.",
                                 epilog=EXAMPLES["commitments"], formatter_class=formatter)
    _db_option(commitments)
    commitments.add_argument("--party", metavar="NAME|ID", help="only commitments of this party")
    commitments.add_argument("--status", choices=COMMITMENT_STATUSES)
    commitments.add_argument("--json", action="store_true", help="a JSON list")
    commitments.add_argument("--limit", type=int, default=100, help="how many (default 100, at most 500)")
    commitments.add_argument("--offset", type=int, default=0, help="skip this many first")
    commitments.set_defaults(func=cmd_commitments)

    db = sub.add_parser("db", help="database maintenance: schema migrations",
                        description="Database maintenance. Migrations are also applied by every command on open.",
                        epilog=EXAMPLES["db"], formatter_class=formatter)
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_sub.add_parser("upgrade", help="apply pending schema migrations",
                                epilog=EXAMPLES["db"], formatter_class=formatter)
    _db_option(upgrade)
    upgrade.set_defaults(func=cmd_db)
