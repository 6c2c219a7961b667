"""Reading input into ``Article`` records: plain-text pages (split into the reports they hold), JSON lines,
CSV, HTML pages, RSS/Atom feeds and WARC archives, from files, directories, standard input or URLs, in
UTF-8, cp1251 or koi8-r; each article with its stable id and language::

    for article in iter_sources(["kazinform-belta-visit.txt", "https://www.belta.by/rss"], on_error=log):
        print(article.title, article.outlet, article.cites, article.lang)
"""

from letopis.sources.csvfile import read_csv
from letopis.sources.decode import decode_bytes
from letopis.sources.feeds import read_feed, watch_feeds
from letopis.sources.fetch import Fetcher
from letopis.sources.files import read_path
from letopis.sources.html import read_html
from letopis.sources.jsonl import read_jsonl
from letopis.sources.lang import detect_language
from letopis.sources.page import read_text
from letopis.sources.skipped import Skipped
from letopis.sources.targets import FORMATS, iter_sources
from letopis.sources.warc import read_warc

__all__ = [
    "FORMATS",
    "Fetcher",
    "Skipped",
    "decode_bytes",
    "detect_language",
    "iter_sources",
    "read_csv",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_path",
    "read_text",
    "read_warc",
    "watch_feeds",
]
