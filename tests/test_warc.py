"""letopis.sources: WARC archives built in the test with warcio's writer."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from letopis.records import Article
from letopis.sources import Skipped, iter_sources, read_warc

DATA = Path(__file__).parent / "data" / "sources"
VISIT = (DATA / "visit.html").read_bytes()
DATELINE = (DATA / "dateline.html").read_bytes()


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
              status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def _crawl(gzip: bool = True) -> bytes:
    """warcinfo; request + response for two pages; a metadata record; a PNG; a 404 page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "letopis tests"}))
    for url, body, content_type in [
        ("https://vestnik.example/news/1", VISIT, "text/html; charset=utf-8"),
        ("https://tass.example/news/2", DATELINE, "text/html"),
    ]:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
        _response(writer, url, body, content_type)
    writer.write_record(writer.create_warc_record(
        "https://vestnik.example/news/1", "metadata", payload=io.BytesIO(b"outlinks: 12\n"),
        warc_content_type="application/warc-fields",
    ))
    _response(writer, "https://vestnik.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
    _response(writer, "https://vestnik.example/gone", b"<html>Not found</html>", status="404 Not Found")
    return out.getvalue()


def _read(data: bytes, name: str = "crawl.warc.gz") -> tuple[list[Article], list[str], list[Skipped]]:
    errors: list[str] = []
    skipped: list[Skipped] = []
    articles = list(read_warc(io.BytesIO(data), name, lambda e: errors.append(str(e)), skipped.append))
    return articles, errors, skipped


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_articles(gzip: bool) -> None:
    articles, errors, _ = _read(_crawl(gzip))
    assert [(a.url, a.outlet) for a in articles] == [
        ("https://vestnik.example/politics/2024/05/12/golovchenko-mamin", "Вестник Приграничья"),
        ("https://tass.example/news/2", "ТАСС"),
    ]
    assert errors == []


def test_articles_have_stable_ids() -> None:
    first, _, _ = _read(_crawl())
    again, _, _ = _read(_crawl())
    assert [a.id for a in first] == [a.id for a in again] and all(a.id for a in first)


def test_records_that_are_not_html_pages_are_skipped_and_counted() -> None:
    _, _, skipped = _read(_crawl())
    assert [s.kind for s in skipped] == ["warcinfo", "request", "request", "metadata", "not-html", "http-404"]


@pytest.mark.parametrize(
    ("index", "message"),
    [
        (1, "crawl.warc.gz: record 2 (https://vestnik.example/news/1): a request record, not a response, skipped"),
        (4, "crawl.warc.gz: record 7 (https://vestnik.example/logo.png): image/png, not an HTML page, skipped"),
        (5, "crawl.warc.gz: record 8 (https://vestnik.example/gone): HTTP status 404, not a page, skipped"),
    ],
    ids=["request", "image", "404"],
)
def test_skipped_records_say_which_and_why(index: int, message: str) -> None:
    _, _, skipped = _read(_crawl())
    assert str(skipped[index]) == message


def _members(data: bytes) -> list[int]:
    """Where each record's gzip member starts (warcio writes one member per record)."""
    return [found.start() for found in re.finditer(b"\x1f\x8b\x08", data)]


def test_truncated_archive_reports_the_record_and_keeps_what_came_before() -> None:
    data = _crawl()
    articles, errors, _ = _read(data[: _members(data)[5] + 10])  # cut inside the metadata record's header
    assert len(articles) == 2
    assert errors == ["crawl.warc.gz: the last 10 bytes, after record 5, are not a whole record; "
                      "the archive is truncated"]


def test_truncated_page_record_is_an_error_not_half_an_article() -> None:
    data = _crawl()
    articles, errors, _ = _read(data[: _members(data)[4] + 500])  # cut inside the second page
    assert [a.outlet for a in articles] == ["Вестник Приграничья"]
    assert len(errors) == 1 and errors[0].startswith("crawl.warc.gz: record 5 is truncated (")


def test_not_a_warc_is_reported() -> None:
    _, errors, _ = _read("Это обычный текст, а не архив.".encode(), "notes.warc")
    assert errors == ["notes.warc: not a WARC archive (record 1 does not start with WARC/)"]


def test_iter_sources_reads_warc_files_and_sets_language(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(_crawl())
    skipped: list[Skipped] = []
    articles = list(iter_sources([str(tmp_path)], on_skip=skipped.append))
    assert ([a.lang for a in articles], len(skipped)) == (["ru", "ru"], 6)
