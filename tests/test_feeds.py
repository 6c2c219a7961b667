"""letopis.sources: RSS/Atom feeds whose items link to pages on a local HTTP server, and watch_feeds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sources_http import Route, Site, quick_fetcher, serving

from letopis.records import Article
from letopis.sources import iter_sources, watch_feeds
from letopis.sources.feeds import parse_feed

DATA = Path(__file__).parent / "data" / "sources"
RSS = (DATA / "feed.rss").read_text(encoding="utf-8")


def _feed(site: Site, items: str | None = None) -> bytes:
    text = RSS.replace("{base}", site.base)
    if items is not None:  # keep only the first N items
        head, _, _ = text.partition("<item>")
        kept = text.split("<item>")[1:int(items) + 1]
        text = head + "".join("<item>" + item.split("</item>")[0] + "</item>" for item in kept) + "</channel></rss>"
    return text.encode("utf-8")


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as served:
        served.routes.update({
            "/news/1": Route((DATA / "visit.html").read_bytes()),
            "/news/2": Route((DATA / "dateline.html").read_bytes(), content_type="text/html"),
            "/news/500": Route(b"oops", 500, "text/plain"),
            "/news/report": Route(status=302, headers={"Location": "/files/report.pdf"}),
            "/files/report.pdf": Route(b"%PDF-1.4\n", content_type="application/pdf"),
        })
        served.routes["/rss"] = Route(_feed(served), content_type="application/rss+xml; charset=utf-8",
                                      headers={"ETag": '"v1"'})
        yield served


def _read(site: Site, *targets: str) -> tuple[list[Article], list[str]]:
    errors: list[str] = []
    with quick_fetcher() as fetcher:
        articles = list(iter_sources(list(targets), on_error=lambda e: errors.append(str(e)), fetcher=fetcher))
    return articles, errors


def test_feed_items_become_their_linked_pages(site: Site) -> None:
    articles, _ = _read(site, site.url("/rss"))
    assert [a.url for a in articles] == [site.url("/news/1"), site.url("/news/2"), site.url("/news/500")]
    assert articles[0].text.startswith("КОСТАНАЙ, 12 мая. Премьер-министр Беларуси")


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Головченко и Мамин обсудили промышленную кооперацию"),
        ("outlet", "Вестник Приграничья"),
        ("published", "2024-05-12T05:15:00+00:00"),
        ("lang", "ru"),
    ],
    ids=["title-from-entry", "outlet-from-feed-title", "date-from-entry", "language"],
)
def test_feed_item_fields(site: Site, field: str, expected: str) -> None:
    articles, _ = _read(site, site.url("/rss"))
    assert getattr(articles[0], field) == expected


def test_feed_item_without_a_summary_takes_the_pages_outlet_from_its_dateline(site: Site) -> None:
    articles, _ = _read(site, site.url("/rss"))
    assert (articles[1].text[:20], articles[1].cites) == ("МОСКВА, 3 июня. /ТАС", None)


def test_failed_pages_are_reported_with_their_urls(site: Site) -> None:
    _, errors = _read(site, site.url("/rss"))
    assert errors == [
        f"{site.url('/news/404')}: HTTP 404 Not Found",
        f"{site.url('/news/500')}: HTTP 500 Internal Server Error; kept the feed's summary instead",
        f"{site.url('/news/report')}: redirected to {site.url('/files/report.pdf')}, which is application/pdf, "
        "not an HTML page",
    ]


def test_failed_page_falls_back_to_the_entry_summary(site: Site) -> None:
    articles, _ = _read(site, site.url("/rss"))
    assert articles[2].text == "Правительство утвердило план мероприятий по развитию приграничной торговли."


def test_pdf_behind_a_redirect_is_not_downloaded(site: Site) -> None:
    # The type in the answer's headers is enough to refuse it; a large PDF is never read into memory.
    site.routes["/files/report.pdf"] = Route(b"%PDF-1.4\n" + b"0" * 100_000, content_type="application/pdf")
    _, errors = _read(site, site.url("/rss"))
    assert "application/pdf, not an HTML page" in errors[-1]


def test_entry_id_is_known_before_the_page_is_fetched(site: Site) -> None:
    feed = parse_feed(_feed(site), "feed.rss")
    articles, _ = _read(site, site.url("/rss"))
    assert [e.id for e in feed.entries[:2]] == [a.id for a in articles[:2]]


def test_atom_file_entries_without_links_keep_their_summary() -> None:
    articles = list(iter_sources([str(DATA / "feed.atom")]))
    assert [(a.title, a.outlet, a.published) for a in articles] == [
        ("Кабмин одобрил соглашение о пунктах пропуска", "Лента приграничья", "2024-05-12T08:00:00+00:00")
    ]


@pytest.mark.parametrize(
    "data",
    [b"<rss><channel><title>Broken", b"<html><body>Not a feed</body></html>", b"<?xml version='1.0'?><x/>"],
    ids=["cut-xml", "html-page", "other-xml"],
)
def test_broken_feed_is_reported_and_the_rest_continue(tmp_path: Path, data: bytes) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(data)
    good = tmp_path / "good.atom"
    good.write_bytes((DATA / "feed.atom").read_bytes())
    errors: list[str] = []
    articles = list(iter_sources([str(bad), str(good)], on_error=lambda e: errors.append(str(e))))
    assert len(articles) == 1
    assert len(errors) == 1 and errors[0].startswith(f"{bad}: not ")


def test_feed_url_that_answers_404_is_reported(site: Site) -> None:
    _, errors = _read(site, site.url("/gone.rss"))
    assert errors == [f"{site.url('/gone.rss')}: HTTP 404 Not Found"]


# --- watch_feeds ---------------------------------------------------------------------------------------------

def _rss(site: Site, items: str, etag: str | None = None) -> Route:
    return Route(_feed(site, items), content_type="application/rss+xml", headers={"ETag": etag} if etag else {})


def _watch(site: Site, seen: set[str], polls: int = 2) -> list[tuple[int, str]]:
    """(poll, title) of what the watch yields; the poll is told by how often the feed was asked for."""
    out = []
    with quick_fetcher() as fetcher:
        for article in watch_feeds([site.url("/rss")], 0, seen.__contains__, lambda e: None, polls=polls,
                                   fetcher=fetcher):
            out.append((site.hits["/rss"], article.title or ""))
    return out


def test_watch_yields_only_new_entries_on_the_second_poll(site: Site) -> None:
    site.routes["/rss"] = [_rss(site, "1", '"v1"'), _rss(site, "2", '"v2"')]
    assert _watch(site, set()) == [
        (1, "Головченко и Мамин обсудили промышленную кооперацию"),
        (2, "Лавров провел переговоры с министром иностранных дел Монголии"),
    ]


def test_watch_does_not_fetch_pages_it_yielded_before(site: Site) -> None:
    site.routes["/rss"] = _rss(site, "2")
    _watch(site, set())
    assert (site.hits["/rss"], site.hits["/news/1"], site.hits["/news/2"]) == (2, 1, 1)


def test_watch_skips_what_seen_says_is_stored(site: Site) -> None:
    site.routes["/rss"] = _rss(site, "2")
    stored = parse_feed(_feed(site, "1"), "feed.rss").entries[0].id
    titles = [title for _, title in _watch(site, {stored}, polls=1)]
    assert (titles, site.hits["/news/1"]) == (["Лавров провел переговоры с министром иностранных дел Монголии"], 0)


def test_watch_sends_the_etag_and_reads_nothing_when_unchanged(site: Site) -> None:
    yielded = _watch(site, set())
    assert (len(yielded), site.hits["/rss"], site.not_modified) == (3, 2, 1)


def test_watch_stops_when_told(site: Site) -> None:
    stop = threading.Event()
    with quick_fetcher() as fetcher:
        for _ in watch_feeds([site.url("/rss")], 60, lambda _: False, lambda e: None, stop, fetcher=fetcher):
            stop.set()
    assert site.hits["/rss"] == 1


def test_watch_reports_an_unreachable_feed_and_goes_on(site: Site) -> None:
    errors: list[str] = []
    with quick_fetcher() as fetcher:
        titles = [a.title for a in watch_feeds([site.url("/missing.rss"), site.url("/rss")], 0, lambda _: False,
                                               lambda e: errors.append(str(e)), polls=1, fetcher=fetcher)]
    assert errors[0] == f"{site.url('/missing.rss')}: HTTP 404 Not Found"
    assert len(titles) == 3
