"""letopis.sources: CSV files with ; , and tab delimiters, in UTF-8 and cp1251."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.errors import InputError
from letopis.records import Article
from letopis.sources import iter_sources, read_csv
from letopis.sources.csvfile import sniff_delimiter

ROWS = [
    ("17", "Визит в Костанай", "Премьер-министр Беларуси Роман Головченко прибыл в Костанай.", "БЕЛТА"),
    ("18", "Переговоры в Москве", "Министр иностранных дел России Сергей Лавров провел переговоры.", "ТАСС"),
]


def _csv(delimiter: str, rows: list[tuple[str, ...]] = ROWS, header: str = "id,title,text,outlet") -> str:
    lines = [header.replace(",", delimiter)] + [delimiter.join(row) for row in rows]
    return "\n".join(lines) + "\n"


def _read(text: str, name: str = "news.csv") -> tuple[list[Article], list[str]]:
    errors: list[str] = []
    articles = list(read_csv(text, name, lambda e: errors.append(str(e))))
    return articles, errors


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"], ids=["semicolon", "comma", "tab", "pipe"])
def test_delimiter_is_read_from_the_header(delimiter: str) -> None:
    articles, errors = _read(_csv(delimiter))
    assert [(a.id, a.title, a.outlet) for a in articles] == [
        ("17", "Визит в Костанай", "БЕЛТА"), ("18", "Переговоры в Москве", "ТАСС")
    ]
    assert errors == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [("text", ","), ('"title";"text"', ";"), ('"a,b";text;url', ";"), ("Text\tOutlet", "\t")],
    ids=["one-column", "quoted-semicolon", "comma-inside-quotes", "tab"],
)
def test_sniff_delimiter(header: str, expected: str) -> None:
    assert sniff_delimiter(header) == expected


@pytest.mark.parametrize("delimiter", [";", ","], ids=["semicolon", "comma"])
def test_cp1251_file_is_decoded(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes(_csv(delimiter).encode("cp1251"))
    articles = list(iter_sources([str(path)]))
    assert [a.text for a in articles] == [row[2] for row in ROWS]


def test_quoted_text_keeps_delimiters_and_newlines() -> None:
    text = 'title;text\nВизит;"Головченко прибыл; его встретил аким.\nПереговоры прошли в Костанае."\n'
    articles, _ = _read(text)
    assert articles[0].text == "Головченко прибыл; его встретил аким.\nПереговоры прошли в Костанае."


def test_header_is_case_insensitive_and_optional_columns_may_be_missing() -> None:
    articles, _ = _read("TEXT;Published\nПремьер прибыл в Костанай.;2024-05-12\n")
    assert (articles[0].published, articles[0].title, articles[0].outlet) == ("2024-05-12", None, None)


def test_rows_without_an_id_get_a_stable_one() -> None:
    first, _ = _read("text\nПремьер прибыл в Костанай.\n")
    again, _ = _read("text\nПремьер прибыл в Костанай.\n")
    assert first[0].id and first[0].id == again[0].id


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("id;text\n1;\n2;Премьер прибыл.\n", 'news.csv:2: "text" is empty'),
        ("id;text\n1;Премьер прибыл.;лишнее\n2;Премьер прибыл.\n", "news.csv:2: 3 fields, the header has 2"),
        ('id;text\n1;"Длинная\nцитата"\n2;\n3;Премьер прибыл.\n', 'news.csv:4: "text" is empty'),
    ],
    ids=["empty-text", "too-many-fields", "line-after-a-multiline-row"],
)
def test_bad_row_is_reported_with_its_line_and_the_rest_continue(text: str, error: str) -> None:
    articles, errors = _read(text)
    assert errors == [error]
    assert articles[-1].text == "Премьер прибыл."


def test_header_without_a_text_column_is_an_error() -> None:
    with pytest.raises(InputError, match=r'^news\.csv:1: no "text" column in the header \(found: id, body\)'):
        _read("id;body\n1;Премьер прибыл.\n")


def test_file_without_a_text_column_is_reported_and_the_rest_continue(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id;body\n1;Премьер прибыл.\n")
    (tmp_path / "b.csv").write_text(_csv(";"))
    errors: list[str] = []
    articles = list(iter_sources([str(tmp_path)], on_error=lambda e: errors.append(str(e))))
    assert len(articles) == 2 and len(errors) == 1 and "a.csv:1: no \"text\" column" in errors[0]
