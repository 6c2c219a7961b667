"""An HTML news page to one ``Article``: trafilatura keeps the report and drops menus, footers and
"read also" links; the title, date, site name (the outlet) and canonical URL come from the page's metadata::

    article = read_html(Path("belta-visit.html").read_bytes(), "belta-visit.html")
    article.outlet, article.published, article.url
    # ('БЕЛТА', '2024-05-12', 'https://www.belta.by/politics/view/1.html')

When the site gives no name, the report's own dateline or "передает корреспондент БЕЛТА" names the outlet
(``attribution``), as for plain text.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from trafilatura.settings import Document, use_config

from letopis.errors import ArticleError, InputError
from letopis.records import Article
from letopis.sources.attribution import attribution
from letopis.sources.decode import decode_bytes
from letopis.sources.page import line_kind

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# A one-sentence report ("Премьер-министр Беларуси прибыл в Костанай.") is over 40 characters; less is
# what trafilatura's fallback keeps of a page without an article: a menu item, a cookie notice.
MIN_TEXT_CHARS = 40
_BLOCK_TAGS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


@cache
def _config() -> Any:
    config = use_config()
    # trafilatura's own time limit uses signals (main thread only); letopis reads pages in worker threads.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """The page's text: valid UTF-8 as it is, else the charset the server or a <meta> declares, else the
    encoding ``decode_bytes`` detects (cp1251 and koi8-r pages often declare nothing, or declare wrongly)."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A page cut short (a broken download, a damaged crawl) may end inside a multi-byte character.
        if error.reason == "unexpected end of data" and error.end == len(data):
            return data[:error.start].decode("utf-8-sig")
    declared = charset or _meta_charset(data)
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec != "utf-8":
                return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:8192])
    return found.group(1).decode("ascii", "replace") if found else None


def read_html(data: bytes | str, name: str, url: str | None = None, charset: str | None = None) -> Article:
    """The article of one HTML page; ``name`` (a file or URL) starts the message of an ``ArticleError``
    when the page holds no article text. ``url`` is where the page came from, used when it names no
    canonical URL. The article has no id yet: callers give it one (``Article.with_id``)."""
    html = data if isinstance(data, str) else decode_html(data, name, charset)
    if not html.strip():
        raise ArticleError(f"{name}: empty page")
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, config=_config(),
        )
    except (ValueError, TypeError, AssertionError) as error:  # trafilatura and lxml on markup they cannot read
        raise ArticleError(f"{name}: cannot parse the HTML ({error})") from None
    if not isinstance(document, Document) or not (document.text or "").strip():
        raise ArticleError(f"{name}: no article text found in the page")
    title = _field(document.title)
    text = _drop_heading(_clean(document.text or ""), title)
    if len(text) < MIN_TEXT_CHARS:
        raise ArticleError(f"{name}: no article text found in the page")
    paragraphs = text.split("\n")
    found = attribution(paragraphs[:2], paragraphs[-1])
    return Article(
        text=text,
        title=title,
        outlet=_site_name(document) or found.outlet or _field(document.sitename),
        cites=found.cites,
        published=_field(document.date),
        url=_field(document.url) or url,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary), one line per paragraph."""
    if "<" not in fragment:
        return _clean(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _clean(fragment)
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return _clean(root.text_content())


def _site_name(document: Document) -> str | None:
    """The site's own name; not the host name trafilatura puts in its place when the page gives none,
    since the report's dateline then names its outlet better ("/ТАСС/" rather than "tass.ru")."""
    name = _field(document.sitename)
    hosts = {host for host in (document.hostname, urlsplit(document.url or "").hostname) if host}
    if name is None or name.lower() in hosts | {host.removeprefix("www.") for host in hosts}:
        return None
    return name


def _drop_heading(text: str, title: str | None) -> str:
    """The text without the lines above the report that trafilatura keeps: the headline (it is the
    title) and a date line ("12 мая 2024, 10:15")."""
    lines = text.split("\n")
    while lines and (lines[0] == title or line_kind(lines[0]) == "meta"):
        lines.pop(0)
    return "\n".join(lines)


def _clean(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _field(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
