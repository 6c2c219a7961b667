"""One entity across articles. Each article's analysis joins the mentions of one thing in that article;
here they meet the entities already stored:

- a person by surname and a compatible first name or initial: "Токаев", "К.Токаев" and "Касым-Жомарт Токаев"
  are one person; "Ерлан Токаев" is another;
- a state by its ISO code ("Беларусь", "Белоруссия" and "РБ" are BY);
- a place or organisation by its canonical name or a known alias, and its type.

The fullest name seen becomes the entity's name.

``Canon`` keeps what it has read or written of the stored entities in memory for the length of an ingest, so a
person named in a thousand articles is looked up once, not a thousand times::

    canon = Canon(lexicon)
    with store.write() as conn:
        canon.begin(conn)                    # checks that no other process wrote since this one's last batch
        ids = canon.resolve_all(conn, doc)   # "e1" -> 17, ...; num_articles bumped once per entity
    # an article whose savepoint was rolled back: canon.forget()

The database stays the source of truth. Writers take turns (SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's advisory
lock in ``Store.write``) and each write transaction bumps ``data_version``; ``begin`` reads it, and when another
writer (a second ingest, a watch, the API) committed in between, the memory is dropped and read again as needed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text, update

from letopis.lexicon import Lexicon, key
from letopis.memo import Memo
from letopis.records import Doc, Entity
from letopis.store.bulk import bump_counts, insert_rows
from letopis.store.models import Alias, EntityRow

_NAME_PARTS = re.compile(r"[^\s.]+")


@dataclass(frozen=True, slots=True)
class Identity:
    """How an article's entity is looked up among the stored ones."""

    type: str
    key: str  # "PER:токаев", "country:KZ", "LOC:костанай"
    first: str | None  # a person's first name or initial, lower case


def identity(entity: Entity, lexicon: Lexicon) -> Identity:
    return _identity(entity.type, entity.name, lexicon)


def _identity(type_: str, name: str, lexicon: Lexicon) -> Identity:
    if type_ == "PER":
        parts = _NAME_PARTS.findall(name)
        surname = parts[-1] if parts else name
        first = key(parts[0]) if len(parts) > 1 else None
        return Identity("PER", ("PER:" + key(surname))[:300], first[:100] if first else None)
    country = lexicon.country(name)
    if type_ == "LOC" and country is not None:
        return Identity("LOC", "country:" + country.iso2, None)
    return Identity(type_, f"{type_}:{key(name)}"[:300], None)  # the column's length


def compatible(a: str | None, b: str | None) -> bool:
    """First names agree: one is missing, they are equal, or one is the other's initial ("р" ~ "роман")."""
    if a is None or b is None or a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def alias_key(alias: str) -> str:
    return key(alias)[:300]


# The keys of names met, remembered: a batch names the same people and places again and again.
_ALIAS_KEYS: Memo[str, str] = Memo(alias_key)


@dataclass(slots=True)
class _Stored:
    """A stored entity as it is now (this process keeps it up to date as it writes)."""

    id: int
    type: str
    name: str
    first: str | None
    country: str | None
    num_articles: int

    def rank(self) -> tuple[int, int]:
        """The order candidates are tried in: the most reported first, then the oldest."""
        return -self.num_articles, self.id


# Entities kept at most (some hundred bytes each with their aliases); past it memory starts afresh, so an ingest of
# any size keeps a flat footprint.
MAX_KEPT = 200_000
_PENDING = 2**62  # ids of entities made but not inserted yet: past any the database gives

# Built once: an ingest runs these tens of thousands of times.
_INSERT_ENTITIES = insert(EntityRow).returning(EntityRow.id, sort_by_parameter_order=True)
_INSERT_ENTITIES_ANY_ORDER = insert(EntityRow).returning(EntityRow.id)
_INSERT_ALIAS = insert(Alias)
_COLUMNS = (EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.first, EntityRow.country, EntityRow.num_articles)
# The type as well as the key: the index is on both, in that order.
_BY_KEYS = select(EntityRow.key, *_COLUMNS).where(EntityRow.type.in_(bindparam("types", expanding=True)),
                                                   EntityRow.key.in_(bindparam("keys", expanding=True)))
_BY_ALIAS_KEYS = (select(Alias.key, *_COLUMNS).join(EntityRow, EntityRow.id == Alias.entity_id)
                  .where(Alias.key.in_(bindparam("keys", expanding=True))))
_ALIASES_OF = select(Alias.entity_id, Alias.alias).where(Alias.entity_id.in_(bindparam("ids", expanding=True)))
_VERSION = text("SELECT version FROM data_version WHERE id = 1")


class Canon:
    """The stored entities an ingest has met, kept in memory between its write transactions.

    Every lookup is complete for what it covers: ``_by_key[k]`` holds every stored entity whose key is ``k``,
    ``_by_alias[k]`` every one with an alias of key ``k``, ``_aliases[id]`` every alias of entity ``id``. What is
    not covered is read from the database, a whole article's worth in one statement."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._expected: int | None = None  # data_version after this process's last commit
        # Each (type, name)'s identity, remembered for the ingest: it depends on them and the lexicon only.
        self._identities: Memo[tuple[str, str], Identity] = Memo(lambda pair: _identity(*pair, lexicon))
        self._reset()

    def _reset(self) -> None:
        self._rows: dict[int, _Stored] = {}
        self._by_key: dict[str, list[int]] = {}
        self._by_alias: dict[str, set[int]] = {}
        self._aliases: dict[int, set[str]] = {}

    def begin(self, conn: Connection) -> None:
        """At the start of a write transaction (the write lock held): drop what memory holds when another
        writer committed since this one's last transaction. ``Store.write`` bumps the version once on commit."""
        version = conn.execute(_VERSION).scalar()
        if version is None or version != self._expected or len(self._rows) > MAX_KEPT:
            self._reset()
        self._expected = None if version is None else int(version) + 1

    def forget(self) -> None:
        """Something written through this cache was rolled back: read everything again."""
        self._reset()
        self._expected = None

    def resolve_all(self, conn: Connection, doc: Doc) -> dict[str, int]:
        """The stored id of each of the article's entities (its local ids are "e1", "e2", ...), created when
        there is none; names, countries and aliases brought up to date; each stored entity's ``num_articles``
        counts the article once."""
        return self.resolve_docs(conn, [doc])[0]

    def resolve_docs(self, conn: Connection, docs: list[Doc]) -> list[dict[str, int]]:
        """``resolve_all`` for several articles at once, as if one after the other (a later article finds the
        entities an earlier one made), in a handful of statements for all of them: a batch of an ingest."""
        wanted = [(entity, [m.normal for m in doc.mentions_of(entity.id) if m.kind == "name" and m.normal])
                  for doc in docs for entity in doc.entities]
        found = iter(self.resolve_many(conn, wanted))
        resolved = [{entity.id: next(found) for entity in doc.entities} for doc in docs]
        counts = Counter(i for ids in resolved for i in set(ids.values()))
        if counts:
            bump_counts(conn, counts)
            for entity_id, n in counts.items():
                self._rows[entity_id].num_articles += n
        return resolved

    def resolve_many(self, conn: Connection, entities: list[tuple[Entity, list[str]]]) -> list[int]:
        """The stored id of each (entity, its aliases), in turn: a later one may be an earlier one."""
        identities = self._identities
        wanted = [(entity, identities[entity.type, entity.name], aliases) for entity, aliases in entities]
        self._load(conn, wanted)
        new_aliases: list[tuple[int, str, str]] = []
        made: list[tuple[_Stored, str]] = []
        found = [self._resolve(conn, entity, ident, aliases, new_aliases, made) for entity, ident, aliases in wanted]
        if made:
            # One statement for the new entities; until then they have ids past any real one, in the order they
            # were made, as the database gives them.
            params = [{"type": e.type, "name": e.name, "key": key_, "first": e.first, "country": e.country,
                       "num_articles": 0} for e, key_ in made]
            if conn.dialect.name == "sqlite":
                # SQLAlchemy would send one row per statement to keep RETURNING in order on SQLite. The rows
                # of one INSERT are numbered in the order of its VALUES, past the largest id (the write lock is
                # held): the ids, sorted, are the rows' in order.
                given = sorted(int(row[0]) for row in conn.execute(_INSERT_ENTITIES_ANY_ORDER, params))
            else:
                given = [int(row[0]) for row in conn.execute(_INSERT_ENTITIES, params)]
            real = {e.id: entity_id for (e, _), entity_id in zip(made, given, strict=True)}
            self._renumber(real, [k for _, k in made], {k for _, _, k in new_aliases})
            found = [real.get(i, i) for i in found]
            new_aliases = [(real.get(i, i), alias, akey) for i, alias, akey in new_aliases]
        if new_aliases:
            insert_rows(conn, _INSERT_ALIAS, [{"entity_id": i, "alias": alias, "key": akey}
                                              for i, alias, akey in new_aliases])
        return found

    def _resolve(self, conn: Connection, entity: Entity, ident: Identity, aliases: list[str],
                 new_aliases: list[tuple[int, str, str]], made: list[tuple[_Stored, str]]) -> int:
        found = self._find(ident, entity, aliases)
        if found is None:
            entity_id = _PENDING + len(made)
            found = _Stored(entity_id, ident.type, entity.name, ident.first, entity.country, 0)
            made.append((found, ident.key))
            self._rows[entity_id] = found
            self._by_key[ident.key].append(entity_id)
            self._aliases[entity_id] = set()
        else:
            changes: dict[str, object] = {}
            if _fuller(entity.name, found.name, ident.type):
                changes["name"] = found.name = entity.name
                if ident.first and (found.first is None or len(ident.first) > len(found.first)):
                    changes["first"] = found.first = ident.first
            if found.country is None and entity.country:
                changes["country"] = found.country = entity.country
            if changes and found.id < _PENDING:  # one not made yet is made with them
                conn.execute(update(EntityRow).where(EntityRow.id == found.id).values(**changes))
        existing = self._aliases[found.id]
        for alias in dict.fromkeys([entity.name, *aliases]):
            if alias and alias not in existing:
                existing.add(alias)
                akey = _ALIAS_KEYS[alias]
                new_aliases.append((found.id, alias, akey))
                if akey in self._by_alias:
                    self._by_alias[akey].add(found.id)
        return found.id

    def _renumber(self, real: dict[int, int], keys: list[str], alias_keys: set[str]) -> None:
        """Made entities under the ids the database gave them."""
        for pending, entity_id in real.items():
            row = self._rows.pop(pending)
            row.id = entity_id
            self._rows[entity_id] = row
            self._aliases[entity_id] = self._aliases.pop(pending)
        for key_ in keys:
            self._by_key[key_] = [real.get(i, i) for i in self._by_key[key_]]
        for key_ in alias_keys:
            ids = self._by_alias.get(key_)
            if ids is not None:
                hit = [p for p in real if p in ids]
                ids.difference_update(hit)
                ids.update(real[p] for p in hit)

    def _find(self, ident: Identity, entity: Entity, aliases: list[str]) -> _Stored | None:
        candidates = sorted((self._rows[i] for i in self._by_key[ident.key] if self._rows[i].type == ident.type),
                            key=_Stored.rank)
        if ident.type == "PER":
            fitting = [c for c in candidates if compatible(c.first, ident.first)]
            exact = [c for c in fitting if c.first == ident.first]
            best = exact or fitting
            return best[0] if best else None
        if candidates:
            return candidates[0]
        # "МИА «Казинформ»" is found by its alias when "Казинформ" came first.
        found = {i for k in _alias_keys(entity, aliases) for i in self._by_alias[k] if self._rows[i].type == ident.type}
        return min((self._rows[i] for i in found), key=_Stored.rank, default=None)

    def _load(self, conn: Connection, wanted: list[tuple[Entity, Identity, list[str]]]) -> None:
        """Read what the article needs and memory lacks: entities by key, by alias key (not for people), and
        the aliases of every candidate; at most three statements."""
        keys = {ident.key: ident.type for _, ident, _ in wanted if ident.key not in self._by_key}
        if keys:
            for k in keys:
                self._by_key[k] = []
            for row in conn.execute(_BY_KEYS, {"types": sorted(set(keys.values())), "keys": sorted(keys)}):
                if keys.get(row.key) == row.type:
                    self._remember(row)
                    self._by_key[row.key].append(row.id)
        alias_keys = sorted({k for entity, ident, aliases in wanted if ident.type != "PER"
                             for k in _alias_keys(entity, aliases) if k not in self._by_alias})
        if alias_keys:
            for k in alias_keys:
                self._by_alias[k] = set()
            for row in conn.execute(_BY_ALIAS_KEYS, {"keys": alias_keys}):
                self._remember(row)
                self._by_alias[row.key].add(row.id)
        candidates = {i for _, ident, _ in wanted for i in self._by_key[ident.key]}
        candidates |= {i for entity, ident, aliases in wanted if ident.type != "PER"
                       for k in _alias_keys(entity, aliases) for i in self._by_alias[k]}
        missing = sorted(i for i in candidates if i not in self._aliases)  # not a set difference: memory is big
        if missing:
            for i in missing:
                self._aliases[i] = set()
            for entity_id, alias in conn.execute(_ALIASES_OF, {"ids": missing}):
                self._aliases[entity_id].add(alias)

    def _remember(self, row: Any) -> None:  # a Row of _COLUMNS
        if row.id not in self._rows:
            self._rows[row.id] = _Stored(row.id, row.type, row.name, row.first, row.country, row.num_articles)


def _alias_keys(entity: Entity, aliases: Iterable[str]) -> list[str]:
    return sorted({_ALIAS_KEYS[a] for a in [entity.name, *aliases] if a})


def _fuller(new: str, old: str, type_: str) -> bool:
    if type_ != "PER":
        return False
    return (len(_NAME_PARTS.findall(new)), len(new)) > (len(_NAME_PARTS.findall(old)), len(old))


def resolve(conn: Connection, entity: Entity, aliases: list[str], lexicon: Lexicon) -> int:
    """The stored entity ``entity`` is, created when there is none (read afresh from the database)."""
    return Canon(lexicon).resolve_many(conn, [(entity, aliases)])[0]
