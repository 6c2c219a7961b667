"""Dates resolved against the publication date, around month and year boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from letopis.analysis.dates import find_dates, parse_published

JAN_2 = date(2024, 1, 2)  # a Tuesday
MAR_1_LEAP = date(2024, 3, 1)  # a Friday after 29 February


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("В субботу я разговаривал", JAN_2, "2023-12-30", id="saturday-across-new-year"),
    pytest.param("во вторник", JAN_2, "2024-01-02", id="weekday-of-publication-is-that-day"),
    pytest.param("в среду", JAN_2, "2023-12-27", id="wednesday-last-week"),
    pytest.param("в четверг", MAR_1_LEAP, "2024-02-29", id="thursday-leap-day"),
    pytest.param("вчера", JAN_2, "2024-01-01", id="yesterday"),
    pytest.param("позавчера", JAN_2, "2023-12-31", id="day-before-yesterday-across-year"),
    pytest.param("сегодня", JAN_2, "2024-01-02", id="today"),
    pytest.param("вчера", MAR_1_LEAP, "2024-02-29", id="yesterday-leap-day"),
    pytest.param("29 декабря", JAN_2, "2023-12-29", id="day-month-last-year"),
    pytest.param("2 января", JAN_2, "2024-01-02", id="day-month-publication-day"),
    pytest.param("23 июня", date(2024, 7, 1), "2024-06-23", id="day-month-this-year"),
    pytest.param("23 июня", date(2024, 6, 22), "2023-06-23", id="day-month-not-after-publication"),
    pytest.param("1 января 2024 года", None, "2024-01-01", id="full-date-needs-no-publication"),
    pytest.param("12.03.2023", None, "2023-03-12", id="numeric-date"),
    pytest.param("в этом году", JAN_2, "2024", id="this-year"),
    pytest.param("в прошлом году", JAN_2, "2023", id="last-year"),
    pytest.param("в прошлом месяце", JAN_2, "2023-12", id="last-month-across-year"),
    pytest.param("в этом месяце", JAN_2, "2024-01", id="this-month"),
    pytest.param("в декабре", JAN_2, "2023-12", id="month-name-last-year"),
    pytest.param("в мае 2020 года", None, "2020-05", id="month-and-year"),
    pytest.param("в 2015 году", None, "2015", id="year"),
])
def test_date_is_resolved(text: str, published: date | None, expected: str) -> None:
    (found,) = find_dates(text, published)
    assert found.date == expected


@pytest.mark.parametrize("text", [
    pytest.param("в субботу", id="weekday"), pytest.param("вчера", id="yesterday"),
    pytest.param("23 июня", id="day-month"), pytest.param("в этом году", id="this-year"),
])
def test_relative_date_without_publication_keeps_only_its_text(text: str) -> None:
    (found,) = find_dates(text, None)
    assert (found.date, found.text) == (None, text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("в субботу", "2024-01-06", id="next-saturday"),
    pytest.param("29 декабря", "2024-12-29", id="next-december"),
    pytest.param("в декабре", "2024-12", id="next-month-name"),
])
def test_future_events_resolve_forward(text: str, expected: str) -> None:
    (found,) = find_dates(text, JAN_2, future=True)
    assert found.date == expected


def test_offsets_point_into_the_text() -> None:
    text = "Переговоры прошли 29 декабря в Минске."
    (found,) = find_dates(text, JAN_2, offset=100)
    assert (found.start - 100, found.stop - 100) == (18, 28)
    assert text[found.start - 100:found.stop - 100] == "29 декабря"


def test_no_date_in_ordinary_words() -> None:
    assert find_dates("Мамин отметил, что диалог налажен.", JAN_2) == []


@pytest.mark.parametrize(("published", "expected"), [
    pytest.param("2024-01-02", date(2024, 1, 2), id="date"),
    pytest.param("2024-01-02T10:00:00+03:00", date(2024, 1, 2), id="datetime"),
    pytest.param(None, None, id="none"), pytest.param("вчера", None, id="not-a-date"),
])
def test_publication_date_is_read(published: str | None, expected: date | None) -> None:
    assert parse_published(published) == expected
