"""``letopis serve``: the explorer and its API over the store. A thin layer: settings, app, uvicorn."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

EXAMPLES = {
    "serve": (
        "examples:\n"
        "  letopis serve                                    explorer on http://127.0.0.1:8000 over ./letopis.db\n"
        "  letopis serve --db demo.db --port 8080\n"
        "  LETOPIS_API_TOKEN=secret letopis serve           allow POST /api/articles with that token\n"
    ),
}


# Server processes by default: one per core up to this many. A request is mostly Python under one GIL, so one
# process uses one core; each more costs its own memory (the lexicon, the store's connections).
MAX_DEFAULT_WORKERS = 2


def default_workers() -> int:
    """One server process per core this process may run on, at most ``MAX_DEFAULT_WORKERS``."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(MAX_DEFAULT_WORKERS, cores))


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from letopis.errors import UsageError
    from letopis.store.db import Store
    from letopis.web.app import create_app
    from letopis.web.settings import Settings

    if args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    settings = Settings.load(db=args.db)
    store = Store.open(settings.db)  # migrated once here, before any worker starts
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"letopis: explorer on http://{host}:{args.port}/ over {store.label}"
          f" ({'writes allowed with the token' if settings.writable else 'read-only'}); API docs at /docs",
          file=sys.stderr, flush=True)
    if args.workers > 1:
        # Worker processes import the app by name and read the database from the environment.
        store.close()
        if args.db:
            os.environ["LETOPIS_DB"] = args.db
        uvicorn.run("letopis.web.app:create_app", factory=True, host=args.host, port=args.port,
                    log_level=args.log_level, workers=args.workers)
        return 0
    try:
        uvicorn.run(create_app(settings, store), host=args.host, port=args.port, log_level=args.log_level)
    finally:
        store.close()
    return 0


def register(sub: Any) -> None:
    """Add ``serve`` to the ``letopis`` parser's subcommands."""
    serve = sub.add_parser("serve", help="the web explorer and JSON API over the store",
                           description="Serve the explorer (search, articles with their layers, entities, pairs "
                                       "of countries, stories, commitments) and its JSON API, with OpenAPI at "
                                       "/docs. Read-only unless LETOPIS_API_TOKEN is set.",
                           epilog=EXAMPLES["serve"], formatter_class=argparse.RawDescriptionHelpFormatter)
    serve.add_argument("--db", metavar="URL",
                       help="SQLite file or postgresql://user:password@host/db (default: $LETOPIS_DB, "
                            "else ./letopis.db)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                       help=f"server processes (default {default_workers()}: one per core, at most "
                            f"{MAX_DEFAULT_WORKERS}); each takes requests on its own core")
    serve.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                       help="uvicorn's log level (default warning)")
    serve.set_defaults(func=cmd_serve)
