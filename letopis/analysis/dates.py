"""Dates in the text, resolved against the article's publication date.

    published 2024-01-02 (a Tuesday):
    "в субботу"            -> 2023-12-30   (the last Saturday not after publication)
    "29 декабря"           -> 2023-12-29   (the nearest 29 December not after publication)
    "вчера"                -> 2024-01-01
    "в прошлом месяце"     -> 2023-12
    "в этом году"          -> 2024
    "1 января 2024 года"   -> 2024-01-01   (needs no publication date)

A resolved date is ISO 8601 at the precision the text gives: day ("2023-12-30"), month ("2023-12") or
year ("2024"). Without a publication date a relative expression keeps only its text (``date`` None).
Future events ("в субботу проведут переговоры") look forward: the next such day on or after publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_dates", "parse_published", "resolve"]

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTH = (r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
          r"январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)")
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
            "воскресенье": 6}
_DAYS_BACK = {"сегодня": 0, "вчера": 1, "позавчера": 2, "завтра": -1, "послезавтра": -2}

# One pattern, tried left to right; the longest alternative first so "1 января 2024 года" wins over "1 января".
_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<day>[0-3]?\d)(?:-го)?\s+" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?"
    r"|(?P<nday>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<nyear>(?:19|20)\d\d)"
    r"|(?:в|во)\s+" + _MONTH.replace("month", "inmonth") + r"(?:\s+(?P<inyear>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?"
    r"|(?:в|во)\s+(?P<weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|(?:в|во)\s+(?P<yearonly>(?:19|20)\d\d)\s*(?:году|г\.)"
    r"|(?:в|на)\s+(?P<which>этом|текущем|прошлом|минувшем|прошедшем|следующем|будущем)\s+"
    r"(?P<unit>году|месяце|неделе)"
    r"|(?:на|в)\s+(?P<whichweek>этой|прошлой|минувшей|следующей|будущей)\s+неделе"
    r"|(?P<rel>позавчера|вчера|сегодня|послезавтра|завтра)"
    r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    stop: int
    text: str
    date: str | None  # ISO 8601 at the precision the text gives, None when it cannot be resolved


def parse_published(published: str | None) -> date | None:
    """The day of an ISO date or datetime ("2024-01-02", "2024-01-02T10:00:00+03:00"); None if absent or bad."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.lower()
    for stem, number in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "мае")):
            return number
    raise ValueError(word)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def resolve(match: re.Match[str], published: date | None, future: bool = False) -> str | None:
    """The ISO date of one matched expression; ``future`` resolves bare days and weekdays forward."""
    g = match.groupdict()
    if g["day"]:
        month, day = _month(g["month"]), int(g["day"])
        if g["year"]:
            found = _day(int(g["year"]), month, day)
            return found.isoformat() if found else None
        if published is None:
            return None
        # The nearest such day not after publication (not before it, for future events).
        step = 1 if future else -1
        for year in (published.year, published.year + step):
            found = _day(year, month, day)
            if found and ((found >= published) if future else (found <= published)):
                return found.isoformat()
        return None
    if g["nday"]:
        found = _day(int(g["nyear"]), int(g["nmonth"]), int(g["nday"]))
        return found.isoformat() if found else None
    if g["inmonth"]:
        month = _month(g["inmonth"])
        if g["inyear"]:
            return f"{int(g['inyear']):04d}-{month:02d}"
        if published is None:
            return None
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    if g["yearonly"]:
        return g["yearonly"]
    if published is None:
        return None
    if g["weekday"]:
        weekday = WEEKDAYS[g["weekday"].lower()]
        if future:
            return (published + timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
        return (published - timedelta(days=(published.weekday() - weekday) % 7)).isoformat()
    if g["rel"]:
        return (published - timedelta(days=_DAYS_BACK[g["rel"].lower()])).isoformat()
    if g["which"]:
        which, unit = g["which"].lower(), g["unit"].lower()
        by = 0 if which in ("этом", "текущем") else -1 if which in ("прошлом", "минувшем", "прошедшем") else 1
        if unit == "году":
            return str(published.year + by)
        if unit == "месяце":
            year, month = _shift_month(published.year, published.month, by)
            return f"{year:04d}-{month:02d}"
        return _week(published, by)
    if g["whichweek"]:
        which = g["whichweek"].lower()
        return _week(published, 0 if which == "этой" else -1 if which in ("прошлой", "минувшей") else 1)
    return None


def _week(published: date, by: int) -> str:
    year, week, _ = (published + timedelta(weeks=by)).isocalendar()
    return f"{year:04d}-W{week:02d}"


def find_dates(text: str, published: date | None, offset: int = 0, future: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` (offsets shifted by ``offset``), resolved where it can be.

    >>> [d.date for d in find_dates("В субботу я разговаривал", date(2024, 1, 2))]
    ['2023-12-30']
    """
    found = []
    for match in _PATTERN.finditer(text):
        found.append(DateMention(offset + match.start(), offset + match.end(), match.group(0),
                                 resolve(match, published, future)))
    return found
