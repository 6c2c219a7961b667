"""letopis.sources: encodings, refused inputs, JSON lines, files and standard input, stable ids."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import letopis.sources
from letopis.errors import ArticleError, InputError
from letopis.sources import decode_bytes, read_jsonl, read_path, read_text

NEWS = (
    "Президент Казахстана Касым-Жомарт Токаев положительно оценил связи Казахстана и Беларуси "
    "в торгово-экономической, научно-технической, гуманитарной сферах, а также взаимодействие в рамках "
    "интеграционных объединений. Глава государства особо отметил наличие постоянного контакта между "
    "лидерами двух государств и успешную реализацию договоренностей, достигнутых на высшем уровне."
)
SHORT = "Премьер-министр Беларуси Роман Головченко прибыл в Костанай."  # ~60 characters


def test_public_api_is_pinned() -> None:
    assert sorted(letopis.sources.__all__) == [
        "FORMATS", "Fetcher", "Skipped", "decode_bytes", "detect_language", "iter_sources", "read_csv", "read_feed",
        "read_html", "read_jsonl", "read_path", "read_text", "read_warc", "watch_feeds",
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r"])
@pytest.mark.parametrize("text", [NEWS, SHORT, "Привет, мир."], ids=["news", "short", "tiny"])
def test_decode_detects_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "news.txt") == text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xd0\x9c\xd0\xb8\xd1\x80\r\n\xd0\x94\xd0\xb0", "Мир\nДа"),
        (b"one\rtwo\r\nthree\n", "one\ntwo\nthree\n"),
    ],
    ids=["crlf", "cr-and-crlf"],
)
def test_decode_normalises_newlines(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "news.txt") == expected


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n", b"\xef\xbb\xbf  \n"],
    ids=["empty", "whitespace", "bom-and-whitespace"],
)
def test_decode_refuses_empty_input(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^news\.txt: empty input$"):
        decode_bytes(data, "news.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        "Текст\x00с нулём".encode(),
        bytes(range(1, 32)) * 20,
    ],
    ids=["png", "gzip", "nul-bytes", "control-characters"],
)
def test_decode_refuses_binary_input(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^photo\.png: binary input"):
        decode_bytes(data, "photo.png")


def test_decode_refuses_undecodable_input() -> None:
    noise = bytes((i * 37 + 11) % 128 + 128 for i in range(300))
    with pytest.raises(InputError, match=r"^noise\.txt: "):
        decode_bytes(noise, "noise.txt")


def _no_errors(error: ArticleError) -> None:
    pytest.fail(f"unexpected error: {error}")


def _read(lines: list[str]) -> tuple[list[str], list[str]]:
    errors: list[ArticleError] = []
    articles = list(read_jsonl(lines, "feed.jsonl", errors.append))
    return [a.text for a in articles], [str(e) for e in errors]


def test_jsonl_reads_fields() -> None:
    line = json.dumps({
        "text": "Встреча прошла в Минске.", "title": "Встреча", "outlet": "БЕЛТА", "cites": "МИД",
        "published": "2021-09-13", "url": "https://belta.by/1",
    }, ensure_ascii=False)
    [article] = read_jsonl([line], "feed.jsonl", _no_errors)
    assert (article.title, article.outlet, article.cites, article.published, article.url) == (
        "Встреча", "БЕЛТА", "МИД", "2021-09-13", "https://belta.by/1"
    )
    assert article.id


@pytest.mark.parametrize(("raw", "expected"), [('"a-17"', "a-17"), ("17", "17")], ids=["string", "number"])
def test_jsonl_keeps_id(raw: str, expected: str) -> None:
    [article] = read_jsonl([f'{{"text": "Встреча прошла.", "id": {raw}}}'], "feed.jsonl", _no_errors)
    assert article.id == expected


def test_jsonl_never_splits_a_line(sample_text: str) -> None:
    line = json.dumps({"text": sample_text}, ensure_ascii=False)
    [article] = read_jsonl([line], "feed.jsonl", _no_errors)
    assert article.text == sample_text


def test_jsonl_skips_blank_lines() -> None:
    texts, errors = _read(["", '{"text": "Один."}', "   ", '{"text": "Два."}'])
    assert (texts, errors) == (["Один.", "Два."], [])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "Оборван', "invalid JSON"),
        ('["Не объект."]', "expected a JSON object, got array"),
        ('{"title": "Без текста"}', '"text" is missing'),
        ('{"text": ""}', '"text" is empty'),
        ('{"text": "   "}', '"text" is empty'),
        ('{"text": 5}', '"text" is a number'),
        ('{"text": "Текст.", "title": ["a"]}', '"title" is a array'),
        ('{"text": "Текст.", "id": 1.5}', '"id" is a number'),
        ('{"text": "Текст.", "id": true}', '"id" is a boolean'),
    ],
    ids=["bad-json", "not-object", "missing-text", "empty-text", "blank-text", "numeric-text",
         "list-title", "float-id", "bool-id"],
)
def test_jsonl_reports_bad_line_and_goes_on(line: str, reason: str) -> None:
    texts, errors = _read(['{"text": "Первая."}', line, '{"text": "Третья."}'])
    assert texts == ["Первая.", "Третья."]
    assert len(errors) == 1
    assert errors[0].startswith("feed.jsonl:2: ")
    assert reason in errors[0]


def test_read_text_ids_are_stable() -> None:
    first, second = read_text(NEWS), read_text(NEWS)
    assert [a.id for a in first] == [a.id for a in second]
    assert first[0].id


def test_read_text_ids_differ_by_text() -> None:
    assert read_text(NEWS)[0].id != read_text(SHORT)[0].id


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "нет.txt", "no such file"),
        (lambda tmp: tmp, "is a directory"),
    ],
    ids=["missing", "directory"],
)
def test_read_path_refuses_what_is_no_file(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError, match=message) as caught:
        read_path(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_read_path_refuses_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"\n \n")
    with pytest.raises(InputError, match=r"empty\.jsonl: empty input"):
        read_path(path)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_read_path_reads_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(NEWS.encode(encoding))
    assert [a.text for a in read_path(path)] == [NEWS]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("feed.jsonl", '{"text": "Один."}\n{"text": "Два."}\n'),
        ("feed.ndjson", '{"text": "Один."}\n{"text": "Два."}\n'),
        ("feed.txt", '\n{"text": "Один."}\n{"text": "Два."}\n'),
    ],
    ids=["jsonl-suffix", "ndjson-suffix", "sniffed"],
)
def test_read_path_auto_detects_jsonl(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert [a.text for a in read_path(path)] == ["Один.", "Два."]


def test_read_path_reads_text_format_as_page(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text('{"text": "Один."}\n', encoding="utf-8")
    assert [a.text for a in read_path(path, fmt="text")] == ['{"text": "Один."}']


def test_read_path_passes_bad_lines_to_on_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Один."}\nне JSON\n{"text": "Три."}\n', encoding="utf-8")
    errors: list[ArticleError] = []
    assert [a.text for a in read_path(path, on_error=errors.append)] == ["Один.", "Три."]
    assert [str(e).split(": ")[0] for e in errors] == [f"{path}:2"]


def test_read_path_raises_bad_line_by_default(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Один."}\nне JSON\n', encoding="utf-8")
    with pytest.raises(ArticleError, match=r"feed\.jsonl:2: invalid JSON"):
        list(read_path(path))


def test_read_path_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SHORT.encode("cp1251"))))
    assert [a.text for a in read_path("-")] == [SHORT]


def test_read_path_names_stdin_in_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError, match=r"^<stdin>: empty input$"):
        read_path("-")
