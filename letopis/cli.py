"""The command line: a thin layer over the library. Errors become one line on stderr and an exit code.

Exit codes: 0 all went well; 1 an unexpected letopis error; 2 the input could not be read (nothing analysed);
3 a document of the wrong schema; 4 some articles of a batch were bad, reported and skipped (the rest came out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence

from letopis.errors import ArticleError, LetopisError
from letopis.records import Article
from letopis.runtime import tune_gc
from letopis.store import commands as store_commands
from letopis.web import commands as web_commands

PARTIAL_EXIT = 4

EXAMPLES = {
    "analyze": (
        "examples:\n"
        "  letopis analyze page.txt                         JSON list of articles to stdout\n"
        "  letopis analyze --format text page.txt           the text with its layers marked\n"
        "  cat articles.jsonl | letopis analyze --format jsonl -\n"
    ),
    "bench": (
        "examples:\n"
        "  letopis bench                    accuracy and speed tables into BENCHMARKS.md\n"
        "  letopis bench --quick            a small subset, to check the benchmark runs\n"
    ),
    **store_commands.EXAMPLES,
    **web_commands.EXAMPLES,
}


def _errors(prog: str) -> tuple[list[ArticleError], object]:
    seen: list[ArticleError] = []

    def report(error: ArticleError) -> None:
        seen.append(error)
        print(f"{prog}: skipped: {error}", file=sys.stderr)

    return seen, report


def _articles(paths: Sequence[str], fmt: str, report: object) -> Iterator[Article]:
    from letopis.sources import read_path

    for path in paths:
        yield from read_path(path, fmt=fmt, on_error=report)  # type: ignore[arg-type]


def cmd_analyze(args: argparse.Namespace) -> int:
    from letopis.analysis import Pipeline
    from letopis.render import render
    from letopis.serialize import doc_to_json

    skipped, report = _errors("letopis")
    pipeline = Pipeline(disable=args.disable or ())
    docs = pipeline.analyze(_articles(args.paths, args.input_format, report))
    out = sys.stdout
    if args.format == "json":
        out.write(json.dumps([doc_to_json(d) for d in docs], ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        for doc in docs:
            out.write(json.dumps(doc_to_json(doc), ensure_ascii=False) + "\n")
            out.flush()
    else:
        for number, doc in enumerate(docs):
            if number:
                out.write("\n" + "─" * 80 + "\n\n")
            out.write(render(doc))
    return PARTIAL_EXIT if skipped else 0


def cmd_bench(args: argparse.Namespace) -> int:
    from letopis.bench.run import main as bench_main

    return bench_main(args.bench_args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="letopis",
        description="letopis: a checkable chronicle of Russian-language news.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = sub.add_parser(
        "analyze", help="analyse articles into entities, names and posts",
        description="Analyse text files or JSON lines (or - for stdin) and print what was found.",
        epilog=EXAMPLES["analyze"], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="text or JSON-lines file, - for stdin")
    analyze.add_argument("--format", choices=("json", "jsonl", "text"), default="json",
                         help="json: one JSON list (default); jsonl: one document a line; text: for a person")
    analyze.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                         help="how to read the input (default: by name and content)")
    analyze.add_argument("--disable", action="append", metavar="STAGE",
                         help="skip an analysis stage (mentions, entities, posts); repeatable")
    analyze.set_defaults(func=cmd_analyze)

    bench = sub.add_parser(
        "bench", help="accuracy and speed benchmarks into BENCHMARKS.md",
        description="Run the accuracy scorers and throughput benchmarks on ../shared/benchmarks.",
        epilog=EXAMPLES["bench"], formatter_class=argparse.RawDescriptionHelpFormatter, add_help=False,
    )
    bench.add_argument("bench_args", nargs=argparse.REMAINDER, help="options of the benchmark (see --help)")
    bench.set_defaults(func=cmd_bench)
    store_commands.register(sub)
    web_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    tune_gc()
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["bench"]:
        # The benchmark has options of its own (argparse's REMAINDER does not pass leading "--quick" through).
        from letopis.bench.run import main as bench_main

        return bench_main(words[1:])
    parser = build_parser()
    args = parser.parse_args(words)
    try:
        code: int = args.func(args)
        return code
    except LetopisError as exc:
        print(f"letopis: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
