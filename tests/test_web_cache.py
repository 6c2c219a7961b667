"""The explorer's read cache and batched pair page: a repeated request is answered from the cache, any write
(an ingest, a POST) empties it, and the pair page counts its undated events and asks the store few queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from test_web_api import build_store

from letopis.records import Article
from letopis.store import Store, dyad, dyad_details, events, find_entities, ingest
from letopis.web import views
from letopis.web.app import create_app
from letopis.web.cache import ReadCache
from letopis.web.params import RangeParams
from letopis.web.settings import Settings
from letopis.web.urls import urls

TOKEN = "cache-token"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.getbasetemp() / "web-store")


@pytest.fixture(scope="module")
def pair(web_db: str) -> tuple[int, int]:
    with Store.open(web_db) as store:
        return find_entities(store, "Беларусь")[0].id, find_entities(store, "Казахстан")[0].id


@pytest.fixture
def small(tmp_path: Path) -> Iterator[TestClient]:
    """An app over a store of one article, written to by the test."""
    db = str(tmp_path / "small.db")
    with Store.open(db) as store:
        ingest(store, [Article(id="one", text="Путин прибыл в Минск.", outlet="ТАСС", published="2024-11-01")])
    with TestClient(create_app(Settings(db=db, api_token=TOKEN))) as client:
        yield client


def cache_of(client: TestClient) -> ReadCache:
    found: ReadCache = client.app.state.cache  # type: ignore[attr-defined]
    return found


def test_a_repeated_request_is_answered_from_the_cache(small: TestClient) -> None:
    first = small.get(urls.api.search(q="Минск"))
    hits = cache_of(small).hits
    again = small.get(urls.api.search(q="Минск"))
    assert again.content == first.content and cache_of(small).hits == hits + 1
    assert again.headers["content-type"] == "application/json"


def test_a_write_empties_the_cache(small: TestClient) -> None:
    assert small.get(urls.api.search(q="Астану")).json()["page"]["total"] == 0
    posted = small.post("/api/articles", json={"text": "Токаев прибыл в Астану.", "outlet": "Казинформ"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 201
    assert small.get(urls.api.search(q="Астану")).json()["page"]["total"] == 1


def test_a_write_by_another_process_is_seen(small: TestClient) -> None:
    assert small.get(urls.api.search(q="Варшаву")).json()["page"]["total"] == 0
    store: Store = small.app.state.store  # type: ignore[attr-defined]
    with Store.open(store.engine.url.render_as_string(hide_password=False)) as other:
        ingest(other, [Article(id="two", text="Дуда прибыл в Варшаву.", outlet="PAP")])
    assert small.get(urls.api.search(q="Варшаву")).json()["page"]["total"] == 1


def test_errors_are_not_cached(small: TestClient) -> None:
    assert small.get(urls.api.article("нет-такой")).status_code == 404
    assert small.get(urls.api.article("нет-такой")).status_code == 404


def test_the_cache_keeps_at_most_its_size(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        cache = ReadCache(store, size=2)
        for key in ("a", "b", "c"):
            cache.get(key, lambda k=key: k.upper())  # type: ignore[misc]
        assert cache.get("a", lambda: "again") == "again"  # "a" went out first
        assert cache.get("c", lambda: "never") == "C"


def test_undated_events_of_a_pair_are_counted(web_db: str, pair: tuple[int, int]) -> None:
    by, kz = pair
    with Store.open(web_db) as store:
        view = dyad(store, by, kz)
        every = events(store, a=by, b=kz, limit=500).total
    assert view is not None and view.undated > 0  # the sample page has no date
    assert view.total + view.undated == every
    assert sum(view.undated_counts.values()) == view.undated


def test_the_pair_page_takes_few_queries(web_db: str, pair: tuple[int, int]) -> None:
    with Store.open(web_db) as store:
        statements: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        page = views.dyad_view(store, *pair, RangeParams(None, None))
    # Was 25 (the same sides looked up three times, a second page of events for the undated, one count per
    # commitment status); the BEGIN of each connection counts too.
    assert len(statements) <= 12, statements
    assert page.undated == page.dyad.undated and page.commitments
    assert all({p.id for p in c.parties} >= set(pair) for c in page.commitments)


def test_pair_details_answer_what_their_parts_do(web_db: str, pair: tuple[int, int]) -> None:
    by, kz = pair
    with Store.open(web_db) as store:
        details = dyad_details(store, by, kz, latest=10)
        agreements = events(store, type="AGREE", a=by, b=kz, limit=10).items
        assert details is not None and details.dyad == dyad(store, by, kz)
    assert [e.id for e in details.agreements] == [e.id for e in agreements]


def test_facets_and_search_share_their_conditions(small: TestClient) -> None:
    data: dict[str, Any] = small.get(urls.api.search(q="Минск")).json()
    assert sum(f["count"] for f in data["facets"]["outlets"]) == data["page"]["total"] == 1


def test_a_cache_size_of_zero_turns_it_off(tmp_path: Path) -> None:
    db = str(tmp_path / "letopis.db")
    with TestClient(create_app(Settings(db=db, cache_size=0))) as client:
        client.get(urls.api.search())
        client.get(urls.api.search())
        assert cache_of(client).hits == 0
