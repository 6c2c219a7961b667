"""One entity across articles. Each article's analysis joins the mentions of one thing in that article;
here they meet the entities already stored:

- a person by surname and a compatible first name or initial: "Токаев", "К.Токаев" and "Касым-Жомарт Токаев"
  are one person; "Ерлан Токаев" is another;
- a state by its ISO code ("Беларусь", "Белоруссия" and "РБ" are BY);
- a place or organisation by its canonical name or a known alias, and its type.

The fullest name seen becomes the entity's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from letopis.lexicon import Lexicon, key
from letopis.records import Entity
from letopis.store.models import Alias, EntityRow

_NAME_PARTS = re.compile(r"[^\s.]+")


@dataclass(frozen=True, slots=True)
class Identity:
    """How an article's entity is looked up among the stored ones."""

    type: str
    key: str  # "PER:токаев", "country:KZ", "LOC:костанай"
    first: str | None  # a person's first name or initial, lower case


def identity(entity: Entity, lexicon: Lexicon) -> Identity:
    if entity.type == "PER":
        parts = _NAME_PARTS.findall(entity.name)
        surname = parts[-1] if parts else entity.name
        first = key(parts[0]) if len(parts) > 1 else None
        return Identity("PER", ("PER:" + key(surname))[:300], first[:100] if first else None)
    country = lexicon.country(entity.name)
    if entity.type == "LOC" and country is not None:
        return Identity("LOC", "country:" + country.iso2, None)
    return Identity(entity.type, f"{entity.type}:{key(entity.name)}"[:300], None)  # the column's length


def compatible(a: str | None, b: str | None) -> bool:
    """First names agree: one is missing, they are equal, or one is the other's initial ("р" ~ "роман")."""
    if a is None or b is None or a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def resolve(conn: Connection, entity: Entity, aliases: list[str], lexicon: Lexicon) -> int:
    """The stored entity this article's entity is, created when there is none; its name, country and aliases
    are brought up to date."""
    ident = identity(entity, lexicon)
    found = _find(conn, ident, entity, aliases)
    if found is None:
        entity_id = conn.execute(
            insert(EntityRow).returning(EntityRow.id),
            {"type": ident.type, "name": entity.name, "key": ident.key, "first": ident.first,
             "country": entity.country, "num_articles": 0},
        ).scalar_one()
        existing: set[str] = set()
    else:
        entity_id = found.id
        changes: dict[str, object] = {}
        if _fuller(entity.name, found.name, ident.type):
            changes["name"] = entity.name
            if ident.first and (found.first is None or len(ident.first) > len(found.first)):
                changes["first"] = ident.first
        if found.country is None and entity.country:
            changes["country"] = entity.country
        if changes:
            conn.execute(update(EntityRow).where(EntityRow.id == entity_id).values(**changes))
        existing = set(conn.scalars(select(Alias.alias).where(Alias.entity_id == entity_id)))
    new = [a for a in dict.fromkeys([entity.name, *aliases]) if a and a not in existing]
    if new:
        conn.execute(insert(Alias), [{"entity_id": entity_id, "alias": a, "key": key(a)[:300]} for a in new])
    return entity_id


@dataclass(frozen=True, slots=True)
class _Stored:
    id: int
    name: str
    first: str | None
    country: str | None


_COLUMNS = (EntityRow.id, EntityRow.name, EntityRow.first, EntityRow.country)


def _find(conn: Connection, ident: Identity, entity: Entity, aliases: list[str]) -> _Stored | None:
    candidates = [_Stored(*row) for row in conn.execute(
        select(*_COLUMNS).where(EntityRow.type == ident.type, EntityRow.key == ident.key)
        .order_by(EntityRow.num_articles.desc(), EntityRow.id)
    )]
    if ident.type == "PER":
        fitting = [c for c in candidates if compatible(c.first, ident.first)]
        exact = [c for c in fitting if c.first == ident.first]
        best = exact or fitting
        return best[0] if best else None
    if candidates:
        return candidates[0]
    # "МИА «Казинформ»" is found by its alias when "Казинформ" came first.
    keys = sorted({key(a)[:300] for a in [entity.name, *aliases] if a})
    row = conn.execute(
        select(*_COLUMNS).join(Alias, Alias.entity_id == EntityRow.id)
        .where(EntityRow.type == ident.type, Alias.key.in_(keys))
        .order_by(EntityRow.num_articles.desc(), EntityRow.id).limit(1)
    ).first()
    return _Stored(*row) if row is not None else None


def _fuller(new: str, old: str, type_: str) -> bool:
    if type_ != "PER":
        return False
    return (len(_NAME_PARTS.findall(new)), len(new)) > (len(_NAME_PARTS.findall(old)), len(old))
