"""Watching feeds into the store: a feed served from 127.0.0.1 that grows between polls; each round's new
articles are stored before the next poll, stored ones are never fetched again, and Ctrl-C ends it cleanly."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sources_http import Route, Site, quick_fetcher, serving
from sqlalchemy import select

from letopis.cli import main
from letopis.errors import UsageError
from letopis.store import Store, stats
from letopis.store import models as m
from letopis.store.watching import parse_every, watch

DATA = Path(__file__).parent / "data" / "sources"
ITEM = """<item><title>{title}</title><link>{base}/news/{n}</link>
<pubDate>Sun, 12 May 2024 0{n}:15:00 GMT</pubDate></item>"""
TITLES = ("Головченко и Мамин обсудили промышленную кооперацию",
          "Лавров провел переговоры с министром иностранных дел Монголии")


def rss(site: Site, count: int, etag: str) -> Route:
    items = "".join(ITEM.format(title=TITLES[n - 1], base=site.base, n=n) for n in range(1, count + 1))
    body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Вестник</title>{items}' \
           "</channel></rss>"
    return Route(body.encode("utf-8"), content_type="application/rss+xml", headers={"ETag": etag})


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as served:
        served.routes.update({
            "/news/1": Route((DATA / "visit.html").read_bytes()),
            "/news/2": Route((DATA / "dateline.html").read_bytes()),
        })
        # The feed grows: one entry at the first poll, two from the second on.
        served.routes["/rss"] = [rss(served, 1, '"v1"'), rss(served, 2, '"v2"')]
        yield served


def titles(store: Store) -> list[str]:
    with store.read() as conn:
        return sorted(t or "" for t in conn.scalars(select(m.ArticleRow.title)))


def test_each_round_is_stored_before_the_next_poll(site: Site, tmp_path: Path) -> None:
    stored_at_poll: list[int] = []
    with Store.open(str(tmp_path / "letopis.db")) as store, quick_fetcher() as fetcher:
        report = watch(store, [site.url("/rss")], 0.01, polls=3, fetcher=fetcher,
                       on_round=lambda done: stored_at_poll.append(stats(store).articles))
        assert titles(store) == sorted(TITLES)
    assert report.stored == 2 and stored_at_poll == [1, 2, 2]
    # Each page fetched once; the third poll was answered 304 Not Modified.
    assert (site.hits["/news/1"], site.hits["/news/2"], site.hits["/rss"], site.not_modified) == (1, 1, 3, 1)


def test_what_is_stored_is_not_fetched_again(site: Site, tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store, quick_fetcher() as fetcher:
        watch(store, [site.url("/rss")], 0.01, polls=1, fetcher=fetcher)
    site.hits.clear()
    site.routes["/rss"] = rss(site, 2, '"v2"')
    with Store.open(str(tmp_path / "letopis.db")) as store, quick_fetcher() as fetcher:
        report = watch(store, [site.url("/rss")], 0.01, polls=1, fetcher=fetcher)  # a new watch, same store
    assert report.stored == 1 and (site.hits["/news/1"], site.hits["/news/2"]) == (0, 1)


def test_ctrl_c_ends_the_watch_cleanly(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "letopis.db")

    def interrupt_once_stored() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if site.hits["/rss"] >= 2:  # the first round is stored and the second poll made
                break
        os.kill(os.getpid(), signal.SIGINT)

    before = signal.getsignal(signal.SIGINT)
    threading.Thread(target=interrupt_once_stored, daemon=True).start()
    code = main(["watch", site.url("/rss"), "--every", "0.2s", "--db", db])
    err = capsys.readouterr().err
    assert code == 0 and "watch ended: 2 stored" in err
    with Store.open(db) as store:
        assert titles(store) == sorted(TITLES)
    assert signal.getsignal(signal.SIGINT) is before  # the handler is put back


EVERY = [("30s", 30.0), ("10m", 600.0), ("1h", 3600.0), ("1.5h", 5400.0), ("45", 45.0)]


@pytest.mark.parametrize(("text", "seconds"), EVERY, ids=[e[0] for e in EVERY])
def test_every_reads_durations(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["soon", "0m", "-5s", ""])
def test_every_refuses_what_is_no_duration(text: str) -> None:
    with pytest.raises(UsageError, match="--every"):
        parse_every(text)
