"""The explorer's JSON API and pages over a small store (the sample page and a few dozen demo posts): each page
and its API twin answer, invalid parameters get 422 with a message, unknown ids 404, one error envelope, the
token on the write endpoint, pagination, and news text shown as text, never as HTML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from letopis.store import Store, find_entities, ingest, search
from letopis.web.app import create_app
from letopis.web.demo import demo_articles
from letopis.web.settings import Settings
from letopis.web.urls import urls

TOKEN = "test-token"
# Posts of the demo corpus about the two states of the sample page, and some others around them.
KEYWORDS = ("казахстан", "беларус", "белорус", "токаев", "лукашенко", "минск")


def build_store(folder: Path) -> str:
    """The test store, built once per session whichever test module asks first (a marker says it is whole)."""
    db = folder / "web.db"
    done = folder / "web.done"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with Store.open(str(db)) as store:
            ingest(store, demo_articles(limit=30, keywords=KEYWORDS) + demo_articles(limit=15)[2:])
        done.write_text("ok")
    return str(db)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.getbasetemp() / "web-store")


@pytest.fixture(scope="module")
def client(web_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=web_db, api_token=TOKEN))) as client:
        yield client


@pytest.fixture(scope="module")
def ids(web_db: str) -> dict[str, Any]:
    with Store.open(web_db) as store:
        belta = search(store, "Головченко Мамин").items[0].id
        return {
            "belta": belta,
            "golovchenko": find_entities(store, "Роман Головченко")[0].id,
            "tokayev": find_entities(store, "Токаев")[0].id,
            "by": find_entities(store, "Беларусь")[0].id,
            "kz": find_entities(store, "Казахстан")[0].id,
        }


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message", "detail"}
    assert body["error"]["status"] == status and body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


INVALID = [
    pytest.param("/api/search?limit=0", "limit", id="limit-ноль"),
    pytest.param("/api/search?limit=1000", "limit", id="limit-больше-ста"),
    pytest.param("/api/search?offset=-1", "offset", id="offset-отрицательный"),
    pytest.param("/api/search?from=2024-13-01", "from", id="дата-не-дата"),
    pytest.param("/api/search?from=2024-12-01&to=2024-11-01", "after", id="диапазон-наоборот"),
    pytest.param("/api/search?type=HUG", "PLOVER", id="тип-не-PLOVER"),
    pytest.param("/api/search?entity=abc", "entity", id="entity-не-число"),
    pytest.param("/api/events?b=3", "give a", id="b-без-a"),
    pytest.param("/api/events?modality=done", "modality", id="модальность-неизвестная"),
    pytest.param("/api/commitments?status=maybe", "status", id="статус-неизвестный"),
    pytest.param("/api/entities/x", "entity_id", id="id-сущности-не-число"),
    pytest.param("/api/stories?min_articles=0", "min_articles", id="min-articles-ноль"),
    pytest.param("/api/search?q=" + "слово " * 60, "q", id="запрос-слишком-длинный"),
]


@pytest.mark.parametrize(("url", "says"), INVALID)
def test_an_invalid_parameter_is_a_422_with_a_message(client: TestClient, url: str, says: str) -> None:
    error = error_of(client.get(url), 422)
    assert says in error["message"]


NOT_FOUND = [
    pytest.param("/api/articles/нет-такой", id="статья"),
    pytest.param("/api/entities/999999", id="сущность"),
    pytest.param("/api/stories/нет-такого", id="сюжет"),
    pytest.param("/api/dyads/999999/1", id="пара-по-id"),
    pytest.param("/api/dyads/Атлантида/Беларусь", id="пара-по-имени"),
    pytest.param("/api/no-such-endpoint", id="адрес"),
]


@pytest.mark.parametrize("url", NOT_FOUND)
def test_an_unknown_id_is_a_404_in_the_envelope(client: TestClient, url: str) -> None:
    error_of(client.get(url), 404)


@pytest.mark.parametrize("url", ["/articles/нет-такой", "/entities/999999", "/search?limit=1000"])
def test_a_page_shows_the_same_error_as_html(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (404, 422)
    assert response.headers["content-type"].startswith("text/html")
    assert "На главную" in response.text


def twins(ids: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = [(urls.search(q="переговоры"), urls.api.search(q="переговоры")),
             (urls.article(ids["belta"]), urls.api.article(ids["belta"])),
             (urls.entity(ids["golovchenko"]), urls.api.entity(ids["golovchenko"])),
             (urls.dyad(ids["by"], ids["kz"]), urls.api.dyad(ids["by"], ids["kz"])),
             (urls.quotes(speaker=ids["tokayev"]), urls.api.quotes(speaker=ids["tokayev"])),
             (urls.events(a=ids["by"]), urls.api.events(a=ids["by"])),
             (urls.stories(), urls.api.stories()),
             (urls.commitments(), urls.api.commitments())]
    return pairs


def test_every_page_has_its_api_twin(client: TestClient, ids: dict[str, Any]) -> None:
    for page, api in twins(ids):
        html, data = client.get(page), client.get(api)
        assert (html.status_code, data.status_code) == (200, 200), (page, api)
        assert html.headers["content-type"].startswith("text/html")
        assert data.headers["content-type"] == "application/json"


def test_the_entity_page_and_its_twin_show_the_same_post(client: TestClient, ids: dict[str, Any]) -> None:
    data = client.get(urls.api.entity(ids["golovchenko"])).json()
    assert data["entity"]["name"] == "Роман Головченко"
    posts = [p["post"] for p in data["posts"]]
    assert "премьер-министр" in posts
    page = client.get(urls.entity(ids["golovchenko"])).text
    assert all(post in page for post in posts)


def test_search_is_paginated(client: TestClient) -> None:
    first = client.get(urls.api.search(limit=3)).json()["page"]
    second = client.get(urls.api.search(limit=3, offset=3)).json()["page"]
    assert first["total"] == second["total"] > 6
    assert (first["limit"], first["offset"], second["offset"]) == (3, 0, 3)
    assert not {h["id"] for h in first["items"]} & {h["id"] for h in second["items"]}


def test_search_has_facets_that_filter(client: TestClient) -> None:
    data = client.get(urls.api.search(q="Казахстан")).json()
    outlets = {f["value"]: f["count"] for f in data["facets"]["outlets"]}
    assert outlets and sum(outlets.values()) <= data["page"]["total"]
    outlet, count = next(iter(outlets.items()))
    narrowed = client.get(urls.api.search(q="Казахстан", outlet=outlet)).json()
    assert narrowed["page"]["total"] == count


def test_a_dyad_can_be_named(client: TestClient, ids: dict[str, Any]) -> None:
    by_name = client.get("/api/dyads/Белоруссия/Казахстан").json()
    assert (by_name["dyad"]["a"]["id"], by_name["dyad"]["b"]["id"]) == (ids["by"], ids["kz"])
    assert by_name["commitments"], "the sample page's commitments are between the two"
    page = client.get("/dyads/Беларусь/Казахстан", follow_redirects=False)
    assert page.status_code == 307 and page.headers["location"] == urls.dyad(ids["by"], ids["kz"])


def test_writing_without_a_token_setting_is_refused(web_db: str) -> None:
    with TestClient(create_app(Settings(db=web_db, api_token=None))) as read_only:
        error = error_of(read_only.post("/api/articles", json={"text": "Путин прибыл в Минск."},
                                        headers={"Authorization": f"Bearer {TOKEN}"}), 403)
    assert "read-only" in error["message"]


@pytest.mark.parametrize("headers", [pytest.param({}, id="без-токена"),
                                     pytest.param({"Authorization": "Bearer wrong"}, id="чужой-токен"),
                                     pytest.param({"Authorization": TOKEN + "x"}, id="почти-тот")])
def test_writing_with_a_wrong_token_is_refused(client: TestClient, headers: dict[str, str]) -> None:
    error_of(client.post("/api/articles", json={"text": "Путин прибыл в Минск."}, headers=headers), 403)


def test_a_bad_article_body_is_a_422(client: TestClient) -> None:
    error = error_of(client.post("/api/articles", json={"title": "без текста"},
                                 headers={"Authorization": f"Bearer {TOKEN}"}), 422)
    assert "text" in error["message"]


HOSTILE = {
    "id": "web-test-hostile",
    "title": "<img src=x onerror=alert(1)>Заголовок",
    "outlet": "<b>Издание</b>",
    "published": "2024-12-01",
    "text": "Премьер-министр Беларуси Роман Головченко заявил: <script>alert('x')</script> "
            "и <b>жирный</b> <a href=\"javascript:alert(2)\">ссылка</a>. Переговоры прошли в Минске.",
}


@pytest.fixture(scope="module")
def hostile(client: TestClient) -> str:
    response = client.post("/api/articles", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code in (200, 201), response.text
    assert response.json()["id"] == HOSTILE["id"]
    return HOSTILE["id"]


def test_the_token_lets_an_article_in_and_again_changes_nothing(client: TestClient, hostile: str) -> None:
    stored = client.get(urls.api.article(hostile)).json()
    assert stored["text"] == HOSTILE["text"] and stored["entities"]
    again = client.post("/api/articles", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["stored"] is False


@pytest.mark.parametrize("page", ["article", "search"])
def test_html_in_news_text_is_shown_as_text(client: TestClient, hostile: str, page: str) -> None:
    url = urls.article(hostile) if page == "article" else urls.search(q="жирный")
    html = client.get(url).text
    assert "<script>alert" not in html and "<b>жирный</b>" not in html and "<img src=x" not in html
    assert "javascript:alert" not in html.replace("&#34;javascript:alert", "")
    assert "&lt;b&gt;жирный&lt;/b&gt;" in html or "&lt;b&gt;" in html


def test_the_article_page_marks_its_layers(client: TestClient, ids: dict[str, Any]) -> None:
    html = client.get(urls.article(ids["belta"])).text
    assert f'href="{urls.entity(ids["golovchenko"])}"' in html
    assert 'class="q direct"' in html and 'class="who"' in html
    assert 'class="tr agree"' in html and '<sup class="evtype agree">AGREE</sup>' in html


def test_a_mark_in_the_url_highlights_the_evidence(client: TestClient, ids: dict[str, Any]) -> None:
    html = client.get(urls.article(ids["belta"], (1254, 1325))).text
    assert 'id="mark"' in html
    error_of(client.get(urls.api.search(offset=-5)), 422)
    assert client.get(urls.article(ids["belta"]) + "?mark=9-3").status_code == 422


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/search", "/api/articles/{article_id}", "/api/entities/{entity_id}", "/api/quotes", "/api/events",
            "/api/dyads/{a}/{b}", "/api/stories", "/api/stories/{story_id}", "/api/commitments",
            "/api/articles"} <= paths
    docs = client.get("/docs").text
    assert "/api/dyads/{a}/{b}" in docs and "cdn" not in docs.lower()


def test_events_can_be_asked_for_by_modality(client: TestClient) -> None:
    every = client.get(urls.api.events(limit=100)).json()
    by_kind = {m: client.get(urls.api.events(modality=m, limit=100)).json() for m in
               ("asserted", "future", "negated", "hypothetical")}
    assert sum(page["total"] for page in by_kind.values()) == every["total"]
    for modality, page in by_kind.items():
        assert all(item["modality"] == modality for item in page["items"])
    assert by_kind["asserted"]["total"] > 0 and by_kind["future"]["total"] > 0
    page = client.get(urls.events(modality="future"))
    assert page.status_code == 200 and "заявлено, не совершено" in page.text
