"""A story's counts in the store: its articles and its outlets are counted up as each report joins it, so
they must always equal what its stored articles say (articles without an outlet count as articles, not
outlets; an outlet reporting twice counts once), over several ingests and on both databases; and the schema
the migrations build is the one the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

from letopis.records import Article
from letopis.store import Store, ingest
from letopis.store import models as m

pytest_plugins = ("pg",)

LEAD = (
    "Премьер-министр Беларуси Роман Головченко провёл в Минске переговоры с премьер-министром Казахстана "
    "Аскаром Маминым. Стороны обсудили создание в индустриальной зоне Костаная белорусского "
    "индустриального центра и поставки сельхозтехники. По итогам встречи подписаны документы о "
    "сотрудничестве в сфере образования и промышленности."
)
OTHER = (
    "«Зенит» обыграл «Спартак» в Санкт-Петербурге. Петербургский «Зенит» в 12-м туре РПЛ обыграл "
    "московский «Спартак» со счётом 3:1. Дубль оформил Сердар Азмун, ещё один мяч забил Малком."
)


def _report(key: str, outlet: str | None, day: int, text: str = LEAD, tail: str = "") -> Article:
    return Article(id=key, text=text + tail, outlet=outlet, title=text.split(".")[0],
                   published=f"2024-03-{day:02d}T10:00:00+00:00")


def _counts(store: Store) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Each story's stored counts, and the same counted from its articles."""
    with store.read() as conn:
        stored = {r.id: (r.num_articles, r.num_outlets)
                  for r in conn.execute(select(m.Story.id, m.Story.num_articles, m.Story.num_outlets))}
        counted = {r.story_id: (r.n, r.outlets) for r in conn.execute(
            select(m.ArticleRow.story_id, func.count(m.ArticleRow.id).label("n"),
                   func.count(func.distinct(m.ArticleRow.outlet)).label("outlets"))
            .group_by(m.ArticleRow.story_id))}
    return stored, counted


def test_counts_agree_with_the_articles_of_each_story(db: str) -> None:
    first = [_report("a1", "БЕЛТА", 5), _report("a2", "БЕЛТА", 5, tail=" Об этом сообщает агентство."),
             _report("a3", None, 5, tail=" Подробности позже."), _report("z1", "Чемпионат", 5, text=OTHER)]
    second = [_report("a4", "МИА «Казинформ»", 6, tail=" Передает корреспондент."),
              _report("a5", None, 6, tail=" Читайте также."), _report("a6", "БЕЛТА", 4, tail=" Ранее.")]
    with Store.open(db) as store:
        ingest(store, first)
        ingest(store, second)  # the story index is read back from the store
        stored, counted = _counts(store)
        with store.read() as conn:
            story_of = {r.id: r.story_id for r in conn.execute(select(m.ArticleRow.id, m.ArticleRow.story_id))}
    assert len({story_of[k] for k in ("a1", "a2", "a3", "a4", "a5", "a6")}) == 1
    assert story_of["z1"] != story_of["a1"]
    assert stored == counted
    assert stored[story_of["a1"] or ""] == (6, 2)


def test_the_report_published_first_gives_the_story_its_title(db: str) -> None:
    early = Article(id="b0", text=LEAD + " Ранее.", outlet="ТАСС", title="Головченко и Мамин встретились",
                    published="2024-03-04T08:00:00+00:00")
    with Store.open(db) as store:
        ingest(store, [_report("b1", "БЕЛТА", 5), early])
        with store.read() as conn:
            row = conn.execute(select(m.Story.title, m.Story.first_seen, m.Story.last_seen,
                                      m.Story.num_articles, m.Story.num_outlets)).one()
    assert row.title == "Головченко и Мамин встретились"
    assert (str(row.first_seen), str(row.last_seen)) == ("2024-03-04", "2024-03-05")
    assert (row.num_articles, row.num_outlets) == (2, 2)


def _modelled(name: str | None, kind: str, parent: object) -> bool:
    """Not the full-text index, made by the migrations with SQL the models do not describe: SQLite's FTS5
    virtual table and its shadow tables, PostgreSQL's tsvector column and its GIN index."""
    name = name or ""
    return not ((kind == "table" and name.startswith("article_fts"))
                or (kind == "column" and name == "tsv") or (kind == "index" and name == "ix_article_terms_tsv"))


def test_the_migrated_schema_is_the_models_schema(db: str) -> None:
    with Store.open(db) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _modelled})
        diff = compare_metadata(context, m.Base.metadata)
        indexes = {i["name"] for i in inspect(conn).get_indexes("articles")}
    assert diff == []
    assert "ix_articles_story_outlet" in indexes and "ix_articles_story_id" not in indexes
