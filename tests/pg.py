"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``LETOPIS_TEST_PG`` (``.ci/run`` installs Debian's server, starts it on loopback and sets
it). Without it the PostgreSQL variant skips, saying why; in CI (``CI=true``) it fails instead, so a broken CI
setup cannot pass by skipping. Each test gets its own schema, dropped afterwards.
Test modules load these with ``pytest_plugins = ("pg",)``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ENV = "LETOPIS_TEST_PG"
BACKENDS = ("sqlite", "postgresql")
ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt"


def pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set under CI=true: .ci/run must start PostgreSQL and export it")
        pytest.skip(f"{PG_ENV} is not set: the PostgreSQL store tests need a server "
                    f"(e.g. {PG_ENV}=postgresql://letopis:letopis@127.0.0.1:5432/letopis_test)")
    return url


@contextmanager
def fresh_db(backend: str, folder: Path) -> Iterator[str]:
    """The --db value of an empty database of this backend."""
    if backend == "sqlite":
        yield str(folder / "letopis.db")
        return
    import psycopg

    url = pg_url()
    schema = "test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield url + ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_db(request.param, tmp_path) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


DEMO_LINES = [
    {"id": "minsk-talks", "outlet": "БЕЛТА", "published": "2024-11-26", "url": "https://example.org/minsk",
     "text": "Стороны провели переговоры в Минске. Президент Казахстана Касым-Жомарт Токаев подписал "
             "соглашение с Беларусью."},
    {"id": "tokaev-said", "outlet": "Казинформ", "published": "2024-12-03",
     "text": "Как заявил Токаев, торговля с Россией растет. Об этом сообщает пресс-служба Акорды."},
    {"id": "english", "outlet": "Reuters", "published": "2024-12-01", "lang": "en",
     "text": "Leaders met in Minsk for talks on trade."},
]


@pytest.fixture(scope="session")
def demo_lines() -> list[dict[str, str]]:
    return DEMO_LINES


@pytest.fixture(scope="session")
def new_db() -> object:
    """``fresh_db`` itself, for a test that wants databases of both kinds."""
    return fresh_db


@pytest.fixture(scope="session", params=BACKENDS)
def demo_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store holding the demo page and ``DEMO_LINES``; read-only for the tests that use it."""
    import json

    from letopis.sources import read_jsonl, read_path
    from letopis.store import Store, ingest

    folder = tmp_path_factory.mktemp("demo")
    with fresh_db(request.param, folder) as url, Store.open(url) as store:
        lines = [json.dumps(line, ensure_ascii=False) for line in DEMO_LINES]
        ingest(store, [*read_path(DEMO), *read_jsonl(lines, "demo.jsonl", on_error=print)])
        yield url
