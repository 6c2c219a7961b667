"""letopis.sources: HTML pages (trafilatura), URLs over a local HTTP server, and iter_sources over files,
directories and standard input."""

from __future__ import annotations

import io
import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sources_http import Route, Site, quick_fetcher, serving

from letopis.errors import ArticleError, InputError, UsageError
from letopis.records import Article
from letopis.sources import Skipped, iter_sources, read_html
from letopis.sources.targets import sniff

DATA = Path(__file__).parent / "data" / "sources"
VISIT = (DATA / "visit.html").read_bytes()
DATELINE = (DATA / "dateline.html").read_bytes()  # cp1251, declared in a <meta>


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as served:
        yield served


def _read(targets: list[str], **options: object) -> tuple[list[Article], list[str]]:
    errors: list[str] = []
    with quick_fetcher() as fetcher:
        articles = list(iter_sources(targets, on_error=lambda e: errors.append(str(e)), fetcher=fetcher,
                                     **options))  # type: ignore[arg-type]
    return articles, errors


# --- one HTML page -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "kept",
    ["Премьер-министр Беларуси Роман Головченко", "индустриального центра будет открыта до конца года",
     "деревообработки."],
    ids=["lead", "quote", "last-paragraph"],
)
def test_html_keeps_the_article_text(kept: str) -> None:
    assert kept in read_html(VISIT, "visit.html").text


@pytest.mark.parametrize(
    "dropped",
    ["Главная", "Погода в Костанае", "Читайте также", "Хоккейный клуб", "Все права защищены", "Реклама на сайте"],
    ids=["menu", "menu-item", "related-heading", "related-link", "footer", "footer-link"],
)
def test_html_drops_boilerplate(dropped: str) -> None:
    assert dropped not in read_html(VISIT, "visit.html").text


def test_html_text_starts_at_the_report_not_the_headline() -> None:
    assert read_html(VISIT, "visit.html").text.startswith("КОСТАНАЙ, 12 мая.")


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "Головченко и Мамин обсудили промышленную кооперацию"),
        ("outlet", "Вестник Приграничья"),
        ("published", "2024-05-12"),
        ("url", "https://vestnik.example/politics/2024/05/12/golovchenko-mamin"),
    ],
    ids=["title", "outlet-from-site-name", "date", "canonical-url"],
)
def test_html_metadata(field: str, expected: str) -> None:
    assert getattr(read_html(VISIT, "visit.html"), field) == expected


def test_html_declared_cp1251_is_decoded() -> None:
    assert "Министр иностранных дел России Сергей Лавров" in read_html(DATELINE, "dateline.html").text


def test_html_outlet_from_the_dateline_when_the_site_names_none() -> None:
    assert read_html(DATELINE, "dateline.html").outlet == "ТАСС"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<html><head><title>Menu</title></head><body><nav><a href='/'>Main</a></nav></body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
    ids=["empty", "no-article-text", "an-image"],
)
def test_html_bad_page_is_an_error_naming_the_file(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^page\.html: "):
        read_html(data, "page.html")


def test_html_broken_markup_still_reads() -> None:
    broken = VISIT.replace(b"</p>", b"").replace(b"</article>", b"<div><span>")[:-200]
    assert "Роман Головченко" in read_html(broken, "broken.html").text


# --- files, directories, standard input ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html>\n<html lang='ru'>", "html"),
        ('{"text": "Премьер прибыл."}\n'.encode(), "jsonl"),
        ("МОСКВА, 12 мая. /ТАСС/. Премьер прибыл.".encode(), "text"),
    ],
    ids=["warc", "rss", "atom", "html", "jsonl", "text"],
)
def test_sniff_tells_the_format_by_first_bytes(head: bytes, expected: str) -> None:
    assert sniff(head) == expected


def _directory(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("МОСКВА, 12 мая. /ТАСС/. Премьер-министр России прибыл в Минск.\n")
    (tmp_path / "b" / "c.jsonl").write_text(json.dumps({"text": "Президент Казахстана провел переговоры."}) + "\n")
    (tmp_path / "b" / "d.html").write_bytes(VISIT)
    (tmp_path / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("Скрытый файл не читается.")
    return tmp_path


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    articles, errors = _read([str(_directory(tmp_path))])
    assert [a.text[:10] for a in articles] == ["МОСКВА, 12", "Президент ", "КОСТАНАЙ, "]
    assert errors == []


def test_directory_passes_over_files_of_no_known_kind(tmp_path: Path) -> None:
    skipped: list[Skipped] = []
    _read([str(_directory(tmp_path))], on_skip=skipped.append)
    assert [(Path(s.where).name, s.kind) for s in skipped] == [("photo.png", "unknown-file")]


def test_every_article_has_an_id_and_a_language(tmp_path: Path) -> None:
    articles, _ = _read([str(_directory(tmp_path))])
    assert all(a.id for a in articles)
    assert [a.lang for a in articles] == ["ru", "ru", "ru"]


def test_ids_are_stable_across_reads(tmp_path: Path) -> None:
    directory = str(_directory(tmp_path))
    first, _ = _read([directory])
    again, _ = _read([directory])
    assert [a.id for a in first] == [a.id for a in again]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty.txt: empty input"),
        ("blank.html", b"  \n", "blank.html: empty input"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "photo.txt: binary input (a PNG image), expected text"),
        ("menu.html", b"<html><body><nav>Main</nav></body></html>", "menu.html: no article text found in the page"),
    ],
    ids=["empty-text", "empty-html", "binary", "page-without-article"],
)
def test_bad_file_is_reported_and_the_rest_continue(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Премьер-министр Беларуси Роман Головченко прибыл в Костанай.")
    articles, errors = _read([str(bad), str(good)])
    assert errors == [f"{bad.parent}/{message}"]
    assert len(articles) == 1


def test_missing_path_is_reported(tmp_path: Path) -> None:
    _, errors = _read([str(tmp_path / "nowhere.txt")])
    assert errors == [f"{tmp_path}/nowhere.txt: no such file or directory"]


def test_default_on_error_raises(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ArticleError, match="empty.txt: empty input"):
        list(iter_sources([str(tmp_path / "empty.txt")]))


def test_standard_input_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VISIT)))
    articles, _ = _read(["-"])
    assert articles[0].outlet == "Вестник Приграничья"


def test_forced_format_overrides_the_name(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(VISIT)
    articles, _ = _read([str(page)], fmt="html")
    assert articles[0].title == "Головченко и Мамин обсудили промышленную кооперацию"


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown format 'docx'"):
        list(iter_sources(["a.txt"], fmt="docx"))


# --- URLs over a local server --------------------------------------------------------------------------------

def test_url_of_a_page_is_read(site: Site) -> None:
    site.routes["/news/1"] = Route(VISIT)
    articles, errors = _read([site.url("/news/1")])
    assert (errors, articles[0].outlet, articles[0].lang) == ([], "Вестник Приграничья", "ru")


def test_requests_name_letopis_in_the_user_agent(site: Site) -> None:
    site.routes["/news/1"] = Route(VISIT)
    list(iter_sources([site.url("/news/1")], on_error=lambda e: None))
    assert site.agents[0].startswith("letopis/")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (None, "HTTP 404 Not Found"),
        (Route(b"oops", 500, "text/plain"), "HTTP 500 Internal Server Error"),
        (Route(status=302, headers={"Location": "/files/report.pdf"}),
         "redirected to {base}/files/report.pdf, which is application/pdf, not an HTML page, a feed or text"),
        (Route(b"\x89PNG\r\n\x1a\n", content_type="image/png"), "image/png, not an HTML page, a feed or text"),
    ],
    ids=["404", "500", "redirect-to-pdf", "image"],
)
def test_url_errors_name_the_url(site: Site, route: Route | None, reason: str) -> None:
    site.routes["/files/report.pdf"] = Route(b"%PDF-1.4\n", content_type="application/pdf")
    if route is not None:
        site.routes["/news/x"] = route
    articles, errors = _read([site.url("/news/x")])
    assert (articles, errors) == ([], [f"{site.url('/news/x')}: {reason.format(base=site.base)}"])


def test_unreachable_host_is_reported_and_the_rest_continue(site: Site) -> None:
    site.routes["/news/1"] = Route(VISIT)
    dead = f"http://127.0.0.1:{_closed_port()}/news"
    articles, errors = _read([dead, site.url("/news/1")])
    assert len(articles) == 1
    assert errors[0].startswith(f"{dead}: cannot connect (")


def test_too_large_a_page_is_refused(site: Site) -> None:
    site.routes["/big"] = Route(VISIT)
    errors: list[str] = []
    with quick_fetcher(max_bytes=1000) as fetcher:
        list(iter_sources([site.url("/big")], on_error=lambda e: errors.append(str(e)), fetcher=fetcher))
    assert errors == [f"{site.url('/big')}: too large ({len(VISIT) / 1024:.0f} KB, the limit is 1000 bytes)"]


def test_too_large_a_page_of_unknown_length_is_cut_off(site: Site) -> None:
    site.routes["/big"] = Route(VISIT, sized=False)
    errors: list[str] = []
    with quick_fetcher(max_bytes=1000) as fetcher:
        list(iter_sources([site.url("/big")], on_error=lambda e: errors.append(str(e)), fetcher=fetcher))
    assert errors == [f"{site.url('/big')}: too large (over 1000 bytes)"]
