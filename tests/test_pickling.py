"""What crosses from analysis workers to the writer is pickled: every record must come back equal, and by its
constructor (``records.pickled_by_fields``), not the slower per-object state of frozen slotted dataclasses."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass, field

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article, Doc, Sealed, Token, pickled_by_fields
from letopis.store.write import Prepared, prepare
from letopis.stories.items import StoryItem
from letopis.stories.score import Profile

TEXT = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с премьер-министром Беларуси Романом "
        "Головченко. «Мы выполняем те задачи, которые поставили главы государств», - сказал Роман Головченко. "
        "Стороны подписали соглашение о создании белорусского индустриального центра, который уже открыт.")


@pytest.fixture(scope="module")
def prepared() -> Prepared:
    doc = Pipeline().analyze_one(Article(text=TEXT, id="a1", title="Токаев и Головченко",
                                         outlet="Казинформ", published="2024-11-26"))
    return prepare(doc)


def test_prepared_round_trip_is_equal(prepared: Prepared) -> None:
    assert prepared.story is not None and prepared.profile is not None and prepared.progress is not None
    back = pickle.loads(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == prepared
    assert back.progress is not None and back.progress.get().tokens == prepared.progress.get().tokens
    assert back.adjective_states == prepared.adjective_states == ("BY",)
    assert back.doc.quotes and back.doc.quotes == prepared.doc.quotes
    assert back.profile is not None and back.profile.lemmas == prepared.profile.lemmas


@pytest.mark.parametrize("cls", [Article, Token, Doc, StoryItem, Profile, Prepared])
def test_records_pickle_by_constructor(cls: type) -> None:
    assert cls.__reduce__ is not object.__reduce__


def test_copy_and_deepcopy_still_work(prepared: Prepared) -> None:
    assert copy.copy(prepared.doc) == prepared.doc
    assert copy.deepcopy(prepared.doc) == prepared.doc


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: tuple[str, ...] = ()
    c: dict[str, int] = field(default_factory=dict)


def test_decorator_keeps_every_field() -> None:
    pair = Pair(1, ("x",), {"k": 2})
    assert pickle.loads(pickle.dumps(pair)) == pair
    assert pair.__reduce__() == (Pair, (1, ("x",), {"k": 2}))


def test_sealed_value_is_unpickled_only_when_asked_for() -> None:
    doc = Doc(article=Article(text="Текст", id="s1"))
    sealed = Sealed(doc)
    assert sealed.get() is doc  # in one process nothing is pickled
    back = pickle.loads(pickle.dumps(sealed, protocol=pickle.HIGHEST_PROTOCOL))
    assert repr(back) == "Sealed(<bytes>)"
    assert back.get() == doc and repr(back).startswith("Sealed(Doc(")
    assert back == sealed and hash(back) == hash(sealed)
    # Pickled again before it was opened (a result handed on): the same bytes, still the same value.
    again = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(sealed))))
    assert again.get() == doc


def test_an_article_without_a_progress_cue_carries_no_tokens() -> None:
    doc = Pipeline().analyze_one(Article(text="Токаев провел переговоры с Головченко в Астане.", id="a2"))
    prepared = prepare(doc)
    assert prepared.progress is None and prepared.adjective_states == ()
    assert prepared.doc.tokens == ()
