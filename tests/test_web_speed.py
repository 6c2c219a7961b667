"""What keeps the API's requests cheap: ``letopis serve``'s processes (one per core by default, each with its
own socket on the port), and search filters whose statements are built once per kind of search (the values are
parameters), on both databases."""

from __future__ import annotations

import datetime as dt
import http.client
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from test_web_api import build_store

from letopis.store import Store, search
from letopis.store.queries import article_filters
from letopis.web import commands
from letopis.web.facets import facets_and_page
from letopis.web.urls import urls

pytest_plugins = ("pg",)


@pytest.mark.parametrize(("cores", "workers"), [(1, 1), (2, 2), (16, commands.MAX_DEFAULT_WORKERS)])
def test_serve_runs_one_process_per_core_by_default(monkeypatch: pytest.MonkeyPatch, cores: int,
                                                    workers: int) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    assert commands.default_workers() == workers


# Two searches of one shape (which filters, how many words) share their conditions; the values differ.
SAME_SHAPE = [
    (("переговоры", {}), ("Токаев", {})),
    (("торговля с Россией", {}), ("переговоры в Минске", {})),
    (("соглашение", {"outlet": "БЕЛТА"}), ("визит", {"outlet": "МИА «Казинформ»"})),
    (("", {"date_from": dt.date(2024, 11, 1)}), ("", {"date_from": dt.date(2024, 12, 1)})),
]


@pytest.mark.parametrize(("first", "second"), SAME_SHAPE)
def test_filters_of_one_shape_share_their_statement(db: str, first: tuple[str, dict[str, Any]],
                                                    second: tuple[str, dict[str, Any]]) -> None:
    with Store.open(db) as store:
        one, other = (article_filters(store, q, **filters) for q, filters in (first, second))
    assert one.shape == other.shape
    assert one.conditions is other.conditions
    assert one.params != other.params


def test_filters_of_other_shapes_differ(db: str) -> None:
    searches: list[tuple[str, dict[str, Any]]] = [
        ("переговоры", {}), ("переговоры", {"outlet": "БЕЛТА"}), ("", {"outlet": "БЕЛТА"}), ("", {"entity": 1}),
        ("", {"event_type": "agree"}), ("", {})]
    with Store.open(db) as store:
        shapes = {article_filters(store, q, **filters).shape for q, filters in searches}
    assert len(shapes) == 6


@pytest.mark.parametrize("q", ["переговоры", "Токаев", "Казахстан", "нет такого слова"])
def test_a_kept_statement_answers_each_search_with_its_own_words(demo_db: str, q: str) -> None:
    """The one-pass statement is kept after the first search of its shape: the next one finds its own
    articles, as ``search`` does."""
    with Store.open(demo_db) as store:
        facets_and_page(store, article_filters(store, "соглашение"), 20, 0)  # the statement, kept
        _, total, ids = facets_and_page(store, article_filters(store, q), 20, 0)
        page = search(store, q)
    assert (total, ids) == (page.total, [hit.id for hit in page.items])


def _workers(pid: int) -> list[int]:
    """The server processes ``pid`` started (multiprocessing's spawned children; Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if fields[1] == str(pid) and b"spawn_main" in command:
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from Linux's /proc")
def test_serve_in_two_processes_answers_and_stops(tmp_path_factory: pytest.TempPathFactory) -> None:
    db = build_store(tmp_path_factory.getbasetemp() / "web-store")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "letopis.cli", "serve", "--db", db, "--port", str(port),
                               "--workers", "2", "--log-level", "error"], stderr=subprocess.DEVNULL)
    path = urls.api.search(q="переговоры")
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if _get(port, "/openapi.json")[0] == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "letopis serve did not start"
            time.sleep(0.3)
        workers = _workers(server.pid)
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: _get(port, path), range(16)))
        assert {status for status, _ in answers} == {200}
        assert len({body for _, body in answers}) == 1  # every process answers the same
        assert b'"total":' in answers[0][1]
    finally:
        server.terminate()
        code = server.wait(timeout=30)
    assert code == 0
    assert len(workers) == 2
    assert not any(_running(pid) for pid in workers)  # stopped with the server


def test_serve_in_two_processes_will_not_share_a_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "letopis.cli", "serve", "--db", str(tmp_path / "letopis.db"),
                               "--port", str(port), "--workers", "2"], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
