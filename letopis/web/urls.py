"""Every URL of the explorer, pages and API, built here and nowhere else (as datasette's ``url_builder``).
Templates get an instance as ``urls``; routes are declared with the same patterns::

    urls.article("tg-Ньюсач/Двач-128874")  ->  "/articles/tg-%D0%9D...%2F...-128874"
    urls.search(q="переговоры", outlet="БЕЛТА")  ->  "/search?q=...&outlet=..."
    urls.api.dyad(3, 1)  ->  "/api/dyads/3/1"

Article and story ids may hold "/", "|" and spaces (a channel's name): they are quoted whole, and their
routes use the ``path`` converter.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

Param = str | int | dt.date | None

STATIC = "/static"


def _id(value: str | int) -> str:
    return quote(str(value), safe="")


def _query(params: dict[str, Param]) -> str:
    kept = {k: (v.isoformat() if isinstance(v, dt.date) else str(v)) for k, v in params.items()
            if v is not None and v != ""}
    return "?" + urlencode(kept) if kept else ""


class Urls:
    """The pages' URLs; ``api`` holds their JSON twins under the same names."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.api: Urls = self if prefix == "/api" else Urls("/api")

    def home(self) -> str:
        return self.prefix + "/"

    def search(self, **params: Param) -> str:
        return f"{self.prefix}/search{_query(params)}"

    def article(self, article_id: str, mark: tuple[int, int] | None = None) -> str:
        """An article; ``mark`` (start, stop) highlights the evidence of a record and scrolls to it."""
        if mark is None:
            return f"{self.prefix}/articles/{_id(article_id)}"
        return f"{self.prefix}/articles/{_id(article_id)}?mark={mark[0]}-{mark[1]}#mark"

    def articles(self) -> str:
        return f"{self.prefix}/articles"

    def entity(self, entity_id: int) -> str:
        return f"{self.prefix}/entities/{entity_id}"

    def dyad(self, a: int, b: int, **params: Param) -> str:
        return f"{self.prefix}/dyads/{a}/{b}{_query(params)}"

    def quotes(self, **params: Param) -> str:
        return f"{self.prefix}/quotes{_query(params)}"

    def events(self, **params: Param) -> str:
        return f"{self.prefix}/events{_query(params)}"

    def stories(self, **params: Param) -> str:
        return f"{self.prefix}/stories{_query(params)}"

    def story(self, story_id: str) -> str:
        return f"{self.prefix}/stories/{_id(story_id)}"

    def commitments(self, **params: Param) -> str:
        return f"{self.prefix}/commitments{_query(params)}"

    def static(self, name: str) -> str:
        return f"{STATIC}/{name}"

    def docs(self) -> str:
        return "/docs"


urls = Urls()
