"""Read a file (or standard input, "-") of plain text or JSON lines into articles.

Problems with the file itself (missing, a directory, no permission, empty, binary) raise ``InputError``
when ``read_path`` is called; a bad JSON line goes to ``on_error`` while the articles are read.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import Literal

from letopis.errors import ArticleError, InputError
from letopis.records import Article
from letopis.sources.decode import decode_bytes
from letopis.sources.jsonl import read_jsonl
from letopis.sources.page import read_text

Format = Literal["auto", "text", "jsonl"]
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def raise_error(error: ArticleError) -> None:
    """The default ``on_error``: stop at the first bad article."""
    raise error


def read_path(
    path: str | os.PathLike[str],
    fmt: Format = "auto",
    on_error: Callable[[ArticleError], None] = raise_error,
) -> Iterator[Article]:
    """The articles of a file; "-" reads standard input as bytes.

    ``auto`` reads JSON lines when the name ends with .jsonl or .ndjson, or when the first non-blank
    line is a JSON object with "text"; otherwise a plain-text page (which may hold several reports)."""
    name = os.fspath(path)
    label = "<stdin>" if name == "-" else name
    text = decode_bytes(_read_bytes(name), label)
    if fmt == "auto":
        fmt = "jsonl" if name.lower().endswith(_JSONL_SUFFIXES) or _looks_jsonl(text) else "text"
    if fmt == "jsonl":
        return read_jsonl(text.split("\n"), label, on_error)
    if fmt == "text":
        return iter(read_text(text, label))
    raise InputError(f"{label}: unknown format {fmt!r} (expected auto, text or jsonl)")


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as file:
            return file.read()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, expected a file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from None


def _looks_jsonl(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        value = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(value, dict) and "text" in value
