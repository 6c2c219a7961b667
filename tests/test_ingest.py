"""Ingest under trouble, on SQLite and PostgreSQL: killed midway and run again, bad articles, a locked or full
database, parallel workers and a Dask cluster, and the command line around it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from letopis.cli import main
from letopis.errors import ArticleError, UsageError
from letopis.records import Article
from letopis.store import Store, StoreError, ingest, stats
from letopis.store import models as m
from letopis.store.ingestion import BATCH
from letopis.store.migrate import head

pytest_plugins = ("pg",)

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt"
SENTENCES = [
    "Президент России Владимир Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым.",
    "Премьер-министр Беларуси Роман Головченко прибыл в Астану с рабочим визитом.",
    "Министр иностранных дел Турции заявил, что стороны подписали соглашение о торговле.",
]


def articles(count: int, prefix: str = "n") -> list[Article]:
    return [Article(id=f"{prefix}{i:04d}", outlet="ТАСС", published=f"2024-11-{1 + i % 28:02d}",
                    text=f"{SENTENCES[i % 3]} Сообщение номер {i}.") for i in range(count)]


def write_jsonl(path: Path, items: list[Article]) -> Path:
    path.write_text("".join(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet,
                                        "published": a.published}, ensure_ascii=False) + "\n" for a in items),
                    encoding="utf-8")
    return path


def layers_per_article(store: Store) -> dict[str, tuple[int, int]]:
    """Each article's mentions and search rows: an article half-written would show here."""
    with store.read() as conn:
        mentions = {a: n for a, n in conn.execute(
            select(m.MentionRow.article_id, func.count()).group_by(m.MentionRow.article_id))}
        terms = {a: n for a, n in conn.execute(
            select(m.ArticleTerms.article_id, func.count()).group_by(m.ArticleTerms.article_id))}
        ids = list(conn.scalars(select(m.ArticleRow.id)))
    return {i: (mentions.get(i, 0), terms.get(i, 0)) for i in ids}


def test_killed_ingest_run_again_stores_every_article_exactly_once(db: str, tmp_path: Path) -> None:
    # Enough articles for three write transactions: killed after the first commit, two are left to redo.
    total = 2 * BATCH + 40
    source = write_jsonl(tmp_path / "news.jsonl", articles(total))
    command = [sys.executable, "-m", "letopis.cli", "ingest", "--db", db, str(source)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with Store.open(db) as store:
        deadline = time.monotonic() + 120
        while stats(store).articles < 1 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait()
        interrupted = stats(store).articles
        assert 0 < interrupted < total, "the kill came too late to test anything"
        subprocess.run(command, check=True, capture_output=True, timeout=300)
        after = layers_per_article(store)
    assert len(after) == total
    assert all(count == 1 for _, count in after.values())


def test_resumed_store_equals_a_clean_one(tmp_path: Path) -> None:
    source = articles(40)
    with Store.open(str(tmp_path / "clean.db")) as clean, Store.open(str(tmp_path / "resumed.db")) as resumed:
        ingest(clean, source)
        ingest(resumed, source[:17])
        ingest(resumed, source)
        assert layers_per_article(resumed) == layers_per_article(clean)


BAD = [
    pytest.param(Article(id="empty", text="   "), "empty", id="пустой-текст"),
    pytest.param(Article(id="nul", text="Путин\x00 прибыл"), "NUL", id="двоичные-данные"),
    pytest.param(Article(id="huge", text="слово " * 200_001), "characters long", id="слишком-длинный"),
    pytest.param(Article(id="x" * 65, text="Путин прибыл в Минск."), '"id" is 65', id="слишком-длинный-id"),
]


@pytest.mark.parametrize(("bad", "reason"), BAD)
def test_bad_article_is_reported_with_its_reason_and_skipped(db: str, bad: Article, reason: str) -> None:
    seen: list[ArticleError] = []
    with Store.open(db) as store:
        report = ingest(store, [articles(1)[0], bad, articles(2, "m")[1]], on_skip=seen.append)
        assert (report.stored, report.skipped, stats(store).articles) == (2, 1, 2)
    assert len(seen) == 1 and bad.id[:64] in str(seen[0]) and reason in str(seen[0])


def test_article_the_database_refuses_mid_batch_is_skipped_and_the_batch_is_kept(tmp_path: Path) -> None:
    """A batch is written in one savepoint; when one article of it fails, the batch is written again article by
    article: the others are stored whole, once, in their stories, and the refused one is stored by a later run."""
    source = articles(12)
    with Store.open(str(tmp_path / "letopis.db")) as store:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.id = 'n0005' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END")
        seen: list[ArticleError] = []
        report = ingest(store, source, on_skip=seen.append)
        assert (report.stored, report.skipped) == (11, 1)
        assert len(seen) == 1 and "n0005" in str(seen[0]) and "refused by a trigger" in str(seen[0])
        layers = layers_per_article(store)
        assert sorted(layers) == sorted(a.id for a in source if a.id != "n0005")
        assert all(terms == 1 and mentions > 0 for mentions, terms in layers.values())
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER refuse")
        again = ingest(store, source)
        assert (again.stored, again.already, again.skipped) == (1, 11, 0)
        with store.read() as conn:
            orphans = conn.scalar(select(func.count()).select_from(m.ArticleRow).where(
                m.ArticleRow.story_id.not_in(select(m.Story.id))))
            numbered = conn.scalar(select(func.sum(m.Story.num_articles)))
        assert orphans == 0 and numbered == 12
        assert len(layers_per_article(store)) == 12


def test_article_in_another_language_is_stored_unanalysed_and_searchable(db: str) -> None:
    from letopis.store import search

    with Store.open(db) as store:
        ingest(store, [Article(id="en", lang="en", text="Leaders met in Minsk for talks on trade.")])
        found = stats(store)
        hits = [h.id for h in search(store, "talks").items]
    assert (found.articles, found.not_analysed, found.mentions) == (1, 1, 0)
    assert hits == ["en"]


def test_locked_database_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "letopis.db"
    Store.open(str(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(str(path), busy_timeout_s=0.2) as store, pytest.raises(StoreError, match="locked"):
            ingest(store, articles(3))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(str(path)) as store:
        assert stats(store).articles == 0


def test_full_disk_is_a_clear_error_and_leaves_whole_articles_only(tmp_path: Path) -> None:
    path = tmp_path / "letopis.db"
    with Store.open(str(path)) as store:
        ingest(store, articles(2, "before"))
        pages = store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar_one()

        # A database file that may not grow is what a full disk looks like to SQLite.
        @event.listens_for(store.engine, "connect")
        def _cap(dbapi_conn: Any, record: Any) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

        store.engine.dispose()
        with pytest.raises(StoreError, match="disk is full"):
            ingest(store, articles(200, "after"))
        # The analysis thread stops with the ingest, not whenever the stopped generator is collected.
        assert not any(t.name == "letopis-analysis" and t.is_alive() for t in threading.enumerate())
    with Store.open(str(path)) as store:
        layers = layers_per_article(store)
    assert all(count == 1 for _, count in layers.values())
    assert {"before0000", "before0001"} <= set(layers)


def test_two_workers_store_what_one_does(tmp_path: Path) -> None:
    source = articles(70)
    with Store.open(str(tmp_path / "one.db")) as one, Store.open(str(tmp_path / "two.db")) as two:
        ingest(one, source, workers=1)
        report = ingest(two, source, workers=2)
        assert report.stored == 70
        assert layers_per_article(one) == layers_per_article(two)
        assert stories_of(one) == stories_of(two)  # the story index lives in the writer, whoever analyses


def stories_of(store: Store) -> dict[str, str | None]:
    with store.read() as conn:
        return {r.id: r.story_id for r in conn.execute(select(m.ArticleRow.id, m.ArticleRow.story_id))}


def test_dask_scheduler_needs_postgresql(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store, pytest.raises(UsageError, match="PostgreSQL"):
        ingest(store, articles(1), scheduler="tcp://127.0.0.1:8786")


def test_dask_cluster_analyses_into_postgresql(tmp_path: Path, new_db: Any) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            new_db("postgresql", tmp_path) as url, Store.open(url) as store:
        report = ingest(store, articles(10), scheduler=cluster.scheduler_address)
        assert (report.stored, stats(store).articles) == (10, 10)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_ingest_then_stats_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["ingest", "--db", db, str(DEMO)], capsys)
    assert code == 0 and "2 stored" in err
    code, out, _ = run(["stats", "--json", "--db", db], capsys)
    counts = json.loads(out)
    assert code == 0
    assert {"articles", "entities", "posts", "quotes", "events", "commitments", "stories"} <= set(counts)
    assert counts["articles"] == 2


def test_cli_bad_line_exits_4_and_names_it(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "feed.jsonl"
    source.write_text('{"id": "ok", "text": "Путин прибыл в Минск."}\n{broken\n', encoding="utf-8")
    code, _, err = run(["ingest", "--db", db, str(source)], capsys)
    assert code == 4 and "feed.jsonl:2" in err


def test_cli_stories_and_commitments_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(["ingest", "--db", db, str(DEMO)], capsys)
    code, out, _ = run(["stories", "--json", "--db", db], capsys)
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1 and len(listed[0]["article_ids"]) == len(listed[0]["outlets"]) == 2
    code, out, _ = run(["commitments", "--party", "Беларусь", "--json", "--db", db], capsys)
    assert code == 0 and any("индустриальный центр" in c["text"] for c in json.loads(out))


def test_cli_unknown_party_is_one_line_and_exit_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["commitments", "--party", "Ксилофония", "--db", db], capsys)
    assert code == 2 and err.startswith("letopis: error:") and len(err.strip().splitlines()) == 1


def test_cli_db_upgrade_twice(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["db", "upgrade", "--db", db], capsys)[0] == 0
    code, out, _ = run(["db", "upgrade", "--db", db], capsys)
    assert code == 0 and "applied" not in out and f"at {head()}" in out


def test_database_newer_than_letopis_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "letopis.db")
    with Store.open(path) as store, store.write() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_unreachable_postgresql_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        Store.open("postgresql://nobody:x@127.0.0.1:1/none")
