"""The explorer in a real headless Chromium (Debian's ``chromium``, driven by Playwright; never ``playwright
install``), served by uvicorn on loopback over the small test store of ``test_web_api``. Each test saves a
screenshot of its page, at a laptop's and a phone's size, to ``screenshots/`` (ignored by git) for a person to
look at. Without /usr/bin/chromium the tests skip; under CI (CI=true) they fail instead."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_api import TOKEN, build_store

from letopis.store import Store, find_entities, search
from letopis.web.app import create_app
from letopis.web.settings import Settings
from letopis.web.urls import urls

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
LAPTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        pytest.fail("CI: /usr/bin/chromium is missing; .ci/run installs Debian's chromium", pytrace=False)
    pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api",
                                     reason="playwright is not installed (pip install -e .[dev])")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.getbasetemp() / "web-store")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(web_db: str) -> Iterator[str]:
    import uvicorn

    port = free_port()
    config = uvicorn.Config(create_app(Settings(db=web_db, api_token=TOKEN)), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with tempfile.TemporaryDirectory(prefix="letopis-chromium-") as profile, \
            playwright_api.sync_playwright() as p:
        # A persistent context is how Playwright takes a --user-data-dir of our own.
        context = p.chromium.launch_persistent_context(profile, executable_path=str(CHROMIUM), args=ARGS,
                                                       headless=True, viewport=LAPTOP)
        yield context
        context.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (errors.append("dialog: " + dialog.message), dialog.dismiss()))
    yield page
    page.close()
    assert not errors, f"JavaScript errors or dialogs on the page: {errors}"


@pytest.fixture(scope="module")
def ids(web_db: str) -> dict[str, Any]:
    with Store.open(web_db) as store:
        return {"belta": search(store, "Головченко Мамин").items[0].id,
                "golovchenko": find_entities(store, "Роман Головченко")[0].id,
                "tokayev": find_entities(store, "Токаев")[0].id,
                "by": find_entities(store, "Беларусь")[0].id, "kz": find_entities(store, "Казахстан")[0].id}


def shoot(page: Any, name: str) -> None:
    """The page at a laptop's size (whole page) and at a phone's (first two screens)."""
    SHOTS.mkdir(exist_ok=True)
    page.set_viewport_size(LAPTOP)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(250)  # the chart redraws for the new width
    page.screenshot(path=str(SHOTS / f"{name}-phone.png"), clip={"x": 0, "y": 0, "width": 390, "height": 1600},
                    full_page=True)
    page.set_viewport_size(LAPTOP)


def test_search_finds_the_belarus_kazakhstan_story(page: Any, server: str, ids: dict[str, Any]) -> None:
    page.goto(server + urls.home())
    page.fill("header input[name=q]", "Головченко Казахстан")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    hits = page.locator("ol.hits a.title")
    assert hits.count() >= 1
    assert "казахстанского" in page.locator("ol.hits").inner_text()
    assert page.locator("#facet-outlet li").count() >= 1
    shoot(page, "search")
    page.locator("ol.hits a.title", has_text="Головченко").first.click()
    page.wait_for_url("**/articles/**")
    assert "Головченко" in page.locator("h1").inner_text()


def test_the_home_page_lists_the_latest_articles(page: Any, server: str) -> None:
    page.goto(server + urls.home())
    assert "Летопись новостей" in page.locator("h1").first.inner_text()
    assert page.locator("ol.hits li.hit").count() == 20
    shoot(page, "home")


def test_the_article_page_marks_tokayev_and_his_quotes(page: Any, server: str, web_db: str,
                                                       ids: dict[str, Any]) -> None:
    with Store.open(web_db) as store:
        kazinform = search(store, "Токаев", outlet="МИА «Казинформ»").items[0].id
    page.goto(server + urls.article(kazinform))
    tokayev = page.locator(f'#text a.m.per[data-entity="{ids["tokayev"]}"]')
    assert tokayev.count() >= 2
    quotes = page.locator(f'#text .q[data-speaker="{ids["tokayev"]}"]')
    assert quotes.count() >= 1
    assert "Касым-Жомарт Токаев" in page.locator("#text .who").first.inner_text()
    assert page.locator("#text mark.tr").count() >= 1
    shoot(page, "article")
    tokayev.first.click()
    page.wait_for_url(f"**{urls.entity(ids['tokayev'])}")
    assert "Токаев" in page.locator("h1").inner_text()


def test_the_person_page_of_golovchenko_shows_his_post(page: Any, server: str, ids: dict[str, Any]) -> None:
    page.goto(server + urls.entity(ids["golovchenko"]))
    assert page.locator("h1").inner_text().strip() == "Роман Головченко"
    posts = page.locator("#posts")
    assert "премьер-министр" in posts.inner_text() and "Беларусь" in posts.inner_text()
    assert page.locator("#quotes li.quote").count() >= 1
    shoot(page, "entity")


def test_the_dyad_page_draws_its_chart(page: Any, server: str, ids: dict[str, Any]) -> None:
    page.goto(server + urls.dyad(ids["by"], ids["kz"]))
    chart = page.locator("#dyad-chart")
    chart.locator("svg rect.bar").first.wait_for()
    assert int(chart.get_attribute("data-drawn") or 0) >= 1
    assert chart.locator("svg rect.bar").count() >= 1
    assert "индустриальный центр" in page.locator("ul.commitments").inner_text()
    shoot(page, "dyad")


def test_the_commitments_board_lists_the_industrial_centre(page: Any, server: str) -> None:
    page.goto(server + urls.commitments())
    card = page.locator("#board article.commitment", has_text="индустриальный центр")
    assert card.count() == 1
    assert "Костаная" in card.inner_text()
    assert "подписано" in card.locator(".history").inner_text()
    shoot(page, "commitments")


def test_stories_list_outlets_and_open(page: Any, server: str) -> None:
    page.goto(server + urls.stories())
    assert page.locator("ul.stories li.story").count() >= 5
    shoot(page, "stories")
    page.locator("ul.stories a.title").first.click()
    page.wait_for_url("**/stories/**")
    shoot(page, "story")


def test_html_in_an_article_is_shown_as_text(page: Any, server: str, browser: Any) -> None:
    response = browser.request.post(server + urls.api.articles(), headers={"Authorization": f"Bearer {TOKEN}"},
                                    data={"id": "browser-hostile", "text": "Текст <script>alert('x')</script> "
                                          "и <img src=x onerror=alert(1)> <b>жирный</b>. Переговоры в Минске."})
    assert response.status in (200, 201)
    page.goto(server + urls.article("browser-hostile"))
    text = page.locator("#text").inner_text()
    assert "<script>alert('x')</script>" in text and "<b>жирный</b>" in text
    assert page.locator("#text script, #text img, #text b").count() == 0
    shoot(page, "hostile")
