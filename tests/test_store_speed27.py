"""The ingest's cheaper paths give what the plain definitions give: a story item's JSON made in ``prepare`` is the
row the writer made, the search terms walked in C are the loop's, and the canonical entities' remembered identities
and name keys are the functions' own."""

from __future__ import annotations

import json

import pytest

from letopis.lexicon import load_lexicon
from letopis.records import Article, Doc, Entity, Token
from letopis.store import canon, terms
from letopis.store.canon import Canon, _alias_keys, alias_key, identity
from letopis.store.grouping import StoryGrouping
from letopis.store.terms import _TERMS, _token_terms, forget_words
from letopis.store.write import Later, prepare, story_json
from letopis.stories.items import StoryItem
from letopis.stories.minhash import signature


def _token(start: int, text: str, lemma: str, pos: str) -> Token:
    return Token(start=start, stop=start + len(text), text=text, lemma=lemma, pos=pos, feats={}, head=-1, rel="root",
                 sent=0)


def test_token_terms_walked_in_c_are_the_loops() -> None:
    forget_words()
    tokens = [_token(0, "Переговоров", "переговоры", "NOUN"), _token(12, "Ёлки", "ёлка", "NOUN"),
              _token(17, "2024", "", "NUM"), _token(22, "Северо-Запад", "северо-запад", "PROPN"),
              _token(35, ",", ",", "PUNCT"), _token(37, "Переговоров", "переговоры", "NOUN")]
    plain: list[str] = []
    for token in tokens:
        plain.extend(terms._terms_of(token.text, token.lemma))
    assert _token_terms(tokens) == plain
    assert _token_terms(tokens) == plain  # and again, from what it remembers
    assert ("Переговоров", "переговоры") in _TERMS
    assert _token_terms([]) == []


def _story(article_id: str = "a1") -> StoryItem:
    lemmas = ("президент", "казахстан", "провести", "переговоры", "ёлка")
    return StoryItem(article_id=article_id, title="Переговоры «в Астане»", published=None, outlet="t.me/x",
                     lemmas=lemmas, entities=("LOC:KZ", "PER:токаев"), signature=signature(list(lemmas)),
                     head=lemmas[:2])


def test_story_item_json_made_in_prepare_is_the_row_the_writer_made() -> None:
    story = _story()
    assert story_json(story) == json.dumps(story.to_json(), ensure_ascii=False)
    assert StoryItem.from_json(json.loads(story_json(story))) == story


def test_the_writer_stores_the_items_json_whoever_made_it() -> None:
    class Rows(Later):
        def rows(self) -> list[dict[str, object]]:
            return [row for rows in self._rows.values() for row in rows]

    doc = Doc(article=Article(id="a1", text="Переговоры в Астане."))
    made = prepare(doc, analysed=False)
    assert made.story is None and made.story_json is None
    story = _story()
    grouping = StoryGrouping()
    with_json, without = Rows(), Rows()
    from dataclasses import replace

    grouping.stored(None, replace(made, story=story, story_json=story_json(story)), "a1", with_json)  # type: ignore[arg-type]
    grouping.stored(None, replace(made, story=story, story_json=None), "a1", without)  # type: ignore[arg-type]
    assert with_json.rows() == without.rows()
    assert with_json.rows()[0]["item"] == json.dumps(story.to_json(), ensure_ascii=False)


@pytest.mark.parametrize("entity", [
    Entity(id="e1", type="PER", name="Касым-Жомарт Токаев"),
    Entity(id="e2", type="PER", name="Токаев"),
    Entity(id="e3", type="LOC", name="Белоруссия"),
    Entity(id="e4", type="LOC", name="Костанай"),
    Entity(id="e5", type="ORG", name="МИА «Казинформ»"),
    Entity(id="e6", type="PER", name="К.Токаев"),
])
def test_canons_remembered_identities_and_keys_are_the_functions(entity: Entity) -> None:
    lexicon = load_lexicon()
    memory = Canon(lexicon)
    assert memory._identities[entity.type, entity.name] == identity(entity, lexicon)
    assert memory._identities[entity.type, entity.name] == identity(entity, lexicon)  # remembered
    aliases = [entity.name.upper(), "  Ёлки  Палки ", ""]
    assert _alias_keys(entity, aliases) == sorted({alias_key(a) for a in [entity.name, *aliases] if a})


def test_forget_words_forgets_the_name_keys() -> None:
    assert canon._ALIAS_KEYS["Ёлки"] == alias_key("Ёлки")
    forget_words()
    assert len(canon._ALIAS_KEYS) == 0
