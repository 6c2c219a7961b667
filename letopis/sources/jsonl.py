"""JSON lines of articles: one object a line, one line one article (never split into reports)::

    {"text": "МОСКВА, 12 мая. /ТАСС/. ...", "title": "...", "outlet": "ТАСС", "id": 17}

A bad line is reported through ``on_error`` with its line number and skipped; the others still come out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from letopis.errors import ArticleError
from letopis.records import Article

# Optional string fields of a line, each copied to the Article field of the same name.
_STRING_FIELDS = ("title", "outlet", "cites", "published", "url", "lang")


def read_jsonl(
    lines: Iterable[str], name: str, on_error: Callable[[ArticleError], None]
) -> Iterator[Article]:
    """One ``Article`` for each valid line; blank lines are skipped; an invalid line calls
    ``on_error(ArticleError("NAME:LINE: why"))`` and is skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield parse_line(line, f"{name}:{number}")
        except ArticleError as error:
            on_error(error)


def parse_line(line: str, where: str) -> Article:
    """The article of one JSON line; ``where`` ("file.jsonl:7") starts the message of any error."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise ArticleError(f"{where}: invalid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(value, dict):
        raise ArticleError(f"{where}: expected a JSON object, got {_json_type(value)}")
    text = value.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_json_type(text)}, expected a string"
        raise ArticleError(f'{where}: "text" is {what}')
    if not text.strip():
        raise ArticleError(f'{where}: "text" is empty')
    fields = {key: _optional_string(value, key, where) for key in _STRING_FIELDS}
    article = Article(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        id=_id(value.get("id"), where),
        **fields,
    )
    return article.with_id()


def _optional_string(value: dict[str, Any], key: str, where: str) -> str | None:
    field = value.get(key)
    if field is None or isinstance(field, str):
        return field or None
    raise ArticleError(f'{where}: "{key}" is a {_json_type(field)}, expected a string or null')


def _id(value: object, where: str) -> str:
    # Feeds number their items; a numeric id is the same id written without quotes.
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ArticleError(f'{where}: "id" is a {_json_type(value)}, expected a string or an integer')


def _json_type(value: object) -> str:
    names: tuple[tuple[type, str], ...] = (
        (bool, "boolean"), (int, "number"), (float, "number"),
        (str, "string"), (list, "array"), (dict, "object"),
    )
    for kind, label in names:
        if isinstance(value, kind):
            return label
    return "null"
