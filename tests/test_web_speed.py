"""What keeps the API's requests cheap: ``letopis serve``'s default processes, and search filters whose
statements are built once per kind of search (the values are parameters), on both databases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from letopis.store import Store, search
from letopis.store.queries import article_filters
from letopis.web import commands
from letopis.web.facets import facets_and_page

pytest_plugins = ("pg",)


@pytest.mark.parametrize(("cores", "workers"), [(1, 1), (2, 2), (16, commands.MAX_DEFAULT_WORKERS)])
def test_serve_runs_one_process_per_core_by_default(monkeypatch: pytest.MonkeyPatch, cores: int,
                                                    workers: int) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    assert commands.default_workers() == workers


# Two searches of one shape (which filters, how many words) share their conditions; the values differ.
SAME_SHAPE = [
    (("переговоры", {}), ("Токаев", {})),
    (("торговля с Россией", {}), ("переговоры в Минске", {})),
    (("соглашение", {"outlet": "БЕЛТА"}), ("визит", {"outlet": "МИА «Казинформ»"})),
    (("", {"date_from": dt.date(2024, 11, 1)}), ("", {"date_from": dt.date(2024, 12, 1)})),
]


@pytest.mark.parametrize(("first", "second"), SAME_SHAPE)
def test_filters_of_one_shape_share_their_statement(db: str, first: tuple[str, dict[str, Any]],
                                                    second: tuple[str, dict[str, Any]]) -> None:
    with Store.open(db) as store:
        one, other = (article_filters(store, q, **filters) for q, filters in (first, second))
    assert one.shape == other.shape
    assert one.conditions is other.conditions
    assert one.params != other.params


def test_filters_of_other_shapes_differ(db: str) -> None:
    searches: list[tuple[str, dict[str, Any]]] = [
        ("переговоры", {}), ("переговоры", {"outlet": "БЕЛТА"}), ("", {"outlet": "БЕЛТА"}), ("", {"entity": 1}),
        ("", {"event_type": "agree"}), ("", {})]
    with Store.open(db) as store:
        shapes = {article_filters(store, q, **filters).shape for q, filters in searches}
    assert len(shapes) == 6


@pytest.mark.parametrize("q", ["переговоры", "Токаев", "Казахстан", "нет такого слова"])
def test_a_kept_statement_answers_each_search_with_its_own_words(demo_db: str, q: str) -> None:
    """The one-pass statement is kept after the first search of its shape: the next one finds its own
    articles, as ``search`` does."""
    with Store.open(demo_db) as store:
        facets_and_page(store, article_filters(store, "соглашение"), 20, 0)  # the statement, kept
        _, total, ids = facets_and_page(store, article_filters(store, q), 20, 0)
        page = search(store, q)
    assert (total, ids) == (page.total, [hit.id for hit in page.items])
