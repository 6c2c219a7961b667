"""CSV of articles: a header row naming a ``text`` column, and optionally ``title``, ``outlet``, ``cites``,
``published``, ``url``, ``lang``, ``id``; the delimiter (``,`` ``;`` tab ``|``) is read from the header::

    id;title;text;outlet
    17;Визит в Костанай;Премьер-министр Беларуси Роман Головченко прибыл в Костанай.;БЕЛТА

One row one article (never split into reports). A row with no text is reported with its line and skipped.
"""

from __future__ import annotations

import _csv
import csv
import io
import sys
from collections.abc import Callable, Iterator

from letopis.errors import ArticleError, InputError
from letopis.records import Article

_FIELDS = ("title", "outlet", "cites", "published", "url", "lang")
_DELIMITERS = ",;\t|"
# The csv module refuses fields over 128 KiB by default; a long article is longer.
_FIELD_LIMIT = 16 * 1024 * 1024


def read_csv(text: str, name: str, on_error: Callable[[ArticleError], None]) -> Iterator[Article]:
    """The articles of a CSV text; a header without a ``text`` column raises ``InputError`` at once,
    a bad row calls ``on_error(ArticleError("NAME:LINE: why"))`` and is skipped."""
    header_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = sniff_delimiter(header_line)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    _raise_field_limit()
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise InputError(f"{name}: empty input") from None
    if "text" not in header:
        raise InputError(f"{name}:1: no \"text\" column in the header (found: {', '.join(header) or 'none'}); "
                         "name the column that holds the article text \"text\"")
    return _rows(reader, header, name, on_error)


def _rows(reader: _csv.Reader, header: list[str], name: str, on_error: Callable[[ArticleError], None]
          ) -> Iterator[Article]:
    columns = {key: header.index(key) for key in ("text", "id", *_FIELDS) if key in header}
    while True:
        start = reader.line_num + 1  # a quoted field may span lines: a row starts after the last one read
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            on_error(ArticleError(f"{name}:{start}: unreadable CSV ({error}); the rest of the file is not read"))
            return
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name}:{start}"
        if len(row) > len(header):
            on_error(ArticleError(f"{where}: {len(row)} fields, the header has {len(header)}"))
            continue
        cells = {key: row[index].strip() if index < len(row) else "" for key, index in columns.items()}
        if not cells["text"]:
            on_error(ArticleError(f'{where}: "text" is empty'))
            continue
        text = row[columns["text"]].replace("\r\n", "\n").replace("\r", "\n").strip()
        fields = {key: cells.get(key) or None for key in _FIELDS}
        yield Article(text=text, id=cells.get("id", ""), **fields).with_id()


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a header row: the most frequent of , ; tab | outside quotes (a header holds no
    text with commas, so a count is enough where ``csv.Sniffer`` guesses wrong on short headers)."""
    outside = header_line.split('"')[::2]
    counts = {char: sum(part.count(char) for part in outside) for char in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda char: counts[char])
    return best if counts[best] else ","


def _raise_field_limit() -> None:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(min(_FIELD_LIMIT, sys.maxsize))

