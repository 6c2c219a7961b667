"""``letopis serve``: the explorer and its API over the store. A thin layer: settings, app, uvicorn."""

from __future__ import annotations

import argparse
import os
import socket
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
        # Worker processes make the app themselves and read the database from the environment.
        store.close()
        if args.db:
            os.environ["LETOPIS_DB"] = args.db
        if hasattr(socket, "SO_REUSEPORT"):
            return _serve_processes(args.host, args.port, args.log_level, args.workers)
        uvicorn.run("letopis.web.app:create_app", factory=True, host=args.host, port=args.port,
                    log_level=args.log_level, workers=args.workers)
        return 0
    try:
        uvicorn.run(create_app(settings, store), host=args.host, port=args.port, log_level=args.log_level)
    finally:
        store.close()
    return 0


def _serve_processes(host: str, port: int, log_level: str, workers: int) -> int:
    """``workers`` server processes, each listening on its own socket bound to the same port (SO_REUSEPORT), so
    the kernel spreads the connections over them. With one socket shared (uvicorn's ``--workers``), the
    process that wakes first accepts every connection waiting: 20 clients connecting at once all landed on
    one of two processes, and the other core idled. Ends when one of them ends (Ctrl-C, SIGTERM, an error),
    stopping the others."""
    import multiprocessing
    import signal
    from multiprocessing.connection import wait

    from letopis.errors import UsageError

    # Sockets that share a port let another server's share it too (an earlier `letopis serve` still running
    # would take half the connections): the port must be free first.
    with _socket(host) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise UsageError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    spawn = multiprocessing.get_context("spawn")
    processes = [spawn.Process(target=_serve_process, args=(host, port, log_level), name=f"letopis-serve-{n}")
                 for n in range(workers)]
    for process in processes:
        process.start()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # SystemExit: stop the others below
    try:
        wait([p.sentinel for p in processes])
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(15)
            if process.is_alive():
                process.kill()
    return max((p.exitcode or 0 for p in processes), default=0)


def _serve_process(host: str, port: int, log_level: str) -> None:
    """One of ``_serve_processes``: its own socket on the shared port, the app over ``LETOPIS_DB``."""
    import uvicorn

    from letopis.web.app import create_app

    sock = _socket(host)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    uvicorn.Server(uvicorn.Config(create_app(), log_level=log_level)).run(sockets=[sock])


def _socket(host: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


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
