"""Events in the chronicle keep their modality: an act done, one denied and one only possible are three events
(three groups), each listed with its modality; a pair's events by month count acts done only; the listing can
ask for one modality. A database made before (schema 0005) is migrated: its groups get their modality, and a
group whose reports had mixed modalities is split, each part with its own counts. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from letopis.errors import UsageError
from letopis.records import Article
from letopis.store import Store, chronicle, find_entities, ingest
from letopis.store import models as m
from letopis.store.migrate import config

pytest_plugins = ("pg",)

TEXT = ("Евросоюз ввёл санкции против Ирана. При этом Евросоюз не будет вводить санкции против Ирана в нефтяной "
        "отрасли. Евросоюз может ввести санкции против Ирана и в банковской сфере.")


def _ids(store: Store) -> tuple[int, int]:
    found = {e.name: e.id for e in find_entities(store, "ЕС") + find_entities(store, "Иран")}
    return found["ЕС"], found["Иран"]


def test_an_act_done_denied_and_possible_are_three_events(db: str) -> None:
    with Store.open(db) as store:
        ingest(store, [Article(id="eu", text=TEXT, outlet="ТАСС", published="2024-11-20T10:00:00+00:00")])
        eu, iran = _ids(store)
        page = chronicle.events(store, type="SANCTION", a=eu, b=iran)
        assert sorted(e.modality for e in page.items) == ["asserted", "hypothetical", "negated"]
        assert all(e.num_articles == 1 for e in page.items)
        negated = chronicle.events(store, a=eu, b=iran, modality="negated").items
        assert [e.modality for e in negated] == ["negated"] and "не будет" in negated[0].evidence.text
        counts = chronicle.dyad(store, eu, iran)
        assert counts is not None and counts.total == 1  # by month: the act done only
        assert [month.counts for month in counts.months] == [{"SANCTION": 1}]
        with pytest.raises(UsageError, match="modality"):
            chronicle.events(store, modality="done")


def test_a_database_of_schema_0005_is_migrated_and_mixed_groups_split(db: str) -> None:
    store = Store.open(db, migrate=False)
    cfg = config()
    try:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
            conn.execute(text("INSERT INTO stories (id, title, num_articles, num_outlets) VALUES ('s', 'т', 2, 2)"))
            for key, outlet in (("a1", "ТАСС"), ("a2", "РИА")):
                conn.execute(text("INSERT INTO articles (id, text, outlet, analysed, ingested_at, story_id) "
                                  "VALUES (:id, 'текст', :outlet, true, '2024-11-20 10:00:00', 's')"),
                             {"id": key, "outlet": outlet})
            conn.execute(text("INSERT INTO event_groups (key, story_id, type, num_articles, num_sources) "
                              "VALUES ('s|SANCTION|None|None|None', 's', 'SANCTION', 2, 2)"))
            group = conn.execute(text("SELECT id FROM event_groups")).scalar_one()
            for article, modality in (("a1", "asserted"), ("a2", "negated")):
                conn.execute(text("INSERT INTO events (article_id, group_id, type, modality, start, stop, text) "
                                  "VALUES (:a, :g, 'SANCTION', :m, 0, 5, 'текст')"),
                             {"a": article, "g": group, "m": modality})
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006")
        with store.read() as conn:
            groups = {g.modality: g for g in conn.execute(select(m.EventGroup))}
            events = {e.article_id: e.group_id for e in conn.execute(select(m.EventRow))}
        assert set(groups) == {"asserted", "negated"}
        assert groups["asserted"].key == "s|SANCTION|None|None|None|asserted"
        assert groups["negated"].key == "s|SANCTION|None|None|None|negated"
        assert (groups["asserted"].num_articles, groups["asserted"].num_sources) == (1, 1)
        assert (groups["negated"].num_articles, groups["negated"].num_sources) == (1, 1)
        assert events == {"a1": groups["asserted"].id, "a2": groups["negated"].id}
        with store.engine.begin() as conn:  # and back: one group again
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with store.read() as conn:
            rows = list(conn.execute(text("SELECT key, num_articles, num_sources FROM event_groups")))
        assert [tuple(r) for r in rows] == [("s|SANCTION|None|None|None", 2, 2)]
    finally:
        store.close()
