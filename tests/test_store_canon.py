"""The entities an ingest keeps in memory (``letopis.store.canon.Canon``) stay true to the database when another
writer changes it between two of its transactions, or when a savepoint it wrote through is rolled back; on
SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from letopis.lexicon import load_lexicon
from letopis.records import Article, Doc, Entity, Mention
from letopis.store import Store
from letopis.store import models as m
from letopis.store.canon import Canon

pytest_plugins = ("pg",)


def person(name: str) -> Entity:
    return Entity(id="e1", type="PER", name=name, country=None)


def resolve(store: Store, canon: Canon, entity: Entity) -> int:
    with store.write() as conn:
        canon.begin(conn)
        return canon.resolve_many(conn, [(entity, [])])[0]


def people(store: Store, name: str) -> int:
    with store.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(m.EntityRow).where(m.EntityRow.name == name)) or 0)


def test_another_writer_between_transactions_is_seen(db: str) -> None:
    lexicon = load_lexicon()
    with Store.open(db) as store:
        mine, other = Canon(lexicon), Canon(lexicon)
        erlan = resolve(store, mine, person("Ерлан Токаев"))  # memory: every "PER:токаев" is this one
        kassym = resolve(store, other, person("Касым-Жомарт Токаев"))  # another ingest adds a second Токаев
        assert kassym != erlan
        assert resolve(store, mine, person("Касым-Жомарт Токаев")) == kassym
        assert resolve(store, mine, person("Ерлан Токаев")) == erlan
        assert people(store, "Касым-Жомарт Токаев") == 1


def test_a_fuller_name_written_by_another_writer_is_kept(db: str) -> None:
    lexicon = load_lexicon()
    with Store.open(db) as store:
        mine, other = Canon(lexicon), Canon(lexicon)
        first = resolve(store, mine, person("Токаев"))
        assert resolve(store, other, person("Касым-Жомарт Токаев")) == first
        assert resolve(store, mine, person("К.Токаев")) == first
        with store.read() as conn:
            assert conn.scalar(select(m.EntityRow.name).where(m.EntityRow.id == first)) == "Касым-Жомарт Токаев"


def test_an_entity_made_in_a_rolled_back_savepoint_is_made_again(db: str) -> None:
    lexicon = load_lexicon()
    with Store.open(db) as store:
        canon = Canon(lexicon)
        with store.write() as conn:
            canon.begin(conn)
            with pytest.raises(RuntimeError), conn.begin_nested():
                canon.resolve_many(conn, [(person("Роман Головченко"), [])])
                raise RuntimeError("the article fails after its entities")
            canon.forget()
            made = canon.resolve_many(conn, [(person("Роман Головченко"), [])])[0]
        with store.read() as conn:
            assert conn.scalar(select(m.EntityRow.name).where(m.EntityRow.id == made)) == "Роман Головченко"


def test_entities_of_one_article_made_together_keep_their_order_aliases_and_count(db: str) -> None:
    text = "Казинформ. Касым-Жомарт Токаев. МИА «Казинформ» (Казинформ)."
    entities = (Entity(id="e1", type="ORG", name="Казинформ"),
                Entity(id="e2", type="PER", name="Касым-Жомарт Токаев", country="KZ"),
                Entity(id="e3", type="ORG", name="МИА «Казинформ»"))
    mentions = (Mention(0, 9, "Казинформ", "ORG", "Казинформ", "e1"),
                Mention(11, 30, "Касым-Жомарт Токаев", "PER", "Касым-Жомарт Токаев", "e2"),
                Mention(32, 47, "МИА «Казинформ»", "ORG", "МИА «Казинформ»", "e3"),
                Mention(49, 58, "Казинформ", "ORG", "Казинформ", "e3"))
    doc = Doc(article=Article(id="a1", text=text), mentions=mentions, entities=entities)
    with Store.open(db) as store:
        canon = Canon(load_lexicon())
        with store.write() as conn:
            canon.begin(conn)
            ids = canon.resolve_all(conn, doc)
        assert ids["e1"] == ids["e3"] != ids["e2"]  # found by its alias, though both were new
        assert ids["e1"] < ids["e2"]  # made in the order they come
        with store.read() as conn:
            rows = {r.id: r for r in conn.execute(select(m.EntityRow))}
            aliases = {(r[0], r[1]) for r in conn.execute(select(m.Alias.entity_id, m.Alias.alias))}
        assert rows[ids["e1"]].num_articles == rows[ids["e2"]].num_articles == 1  # the article counts once
        assert rows[ids["e2"]].country == "KZ"
        assert aliases == {(ids["e1"], "Казинформ"), (ids["e1"], "МИА «Казинформ»"),
                           (ids["e2"], "Касым-Жомарт Токаев")}


def doc(article_id: str, *names: tuple[str, str]) -> Doc:
    """An analysed article naming ``names`` ((type, name) each) once each."""
    text = ". ".join(name for _, name in names)
    entities, mentions, at = [], [], 0
    for n, (type_, name) in enumerate(names, 1):
        entities.append(Entity(id=f"e{n}", type=type_, name=name, country=None))
        mentions.append(Mention(start=at, stop=at + len(name), text=name, type=type_, normal=name, entity=f"e{n}"))
        at += len(name) + 2
    return Doc(article=Article(id=article_id, text=text), entities=tuple(entities), mentions=tuple(mentions))


BATCH = [
    doc("a1", ("PER", "Токаев"), ("ORG", "Казинформ")),
    doc("a2", ("PER", "Касым-Жомарт Токаев"), ("LOC", "Костанай"), ("PER", "Токаев")),
    doc("a3", ("PER", "Ерлан Токаев"), ("ORG", "МИА «Казинформ»")),
    doc("a4", ("PER", "К.Токаев"), ("LOC", "Костанай"), ("PER", "Роман Головченко")),
]


def entity_table(store: Store) -> list[tuple[str, str, str | None, int]]:
    with store.read() as conn:
        return sorted(tuple(r) for r in conn.execute(select(m.EntityRow.key, m.EntityRow.name, m.EntityRow.first,
                                          m.EntityRow.num_articles)).all())


def test_a_batch_resolved_at_once_is_what_one_article_after_another_gives(db: str, tmp_path: Path) -> None:
    """``resolve_docs`` (a batch of an ingest, few statements) gives the ids, names, counts and aliases that
    ``resolve_all`` gives one article at a time."""
    lexicon = load_lexicon()
    with Store.open(db) as store:
        with store.write() as conn:
            canon = Canon(lexicon)
            canon.begin(conn)
            together = canon.resolve_docs(conn, BATCH)
        at_once = entity_table(store)
        with store.read() as conn:
            aliases = sorted(conn.execute(select(m.Alias.entity_id, m.Alias.alias)).all())
    with Store.open(str(tmp_path / "one-by-one.db")) as store:
        canon = Canon(lexicon)
        apart = []
        for article in BATCH:
            with store.write() as conn:
                canon.begin(conn)
                apart.append(canon.resolve_all(conn, article))
        assert entity_table(store) == at_once
        with store.read() as conn:
            assert sorted(conn.execute(select(m.Alias.entity_id, m.Alias.alias)).all()) == aliases
    assert together == apart
    assert together[1]["e1"] == together[1]["e3"] == together[0]["e1"] == together[3]["e1"]  # one Токаев
    assert together[2]["e1"] != together[0]["e1"]  # Ерлан is another
    assert together[3]["e2"] == together[1]["e2"]  # one Костанай
