"""Commitments over time: each new article is checked against the open commitments whose parties it names,
and a sentence reporting progress ("Белорусский индустриальный центр в Костанае открыт") appends a step to the
commitment's history with its date, status and evidence span::

    with store.write() as conn:
        track_progress(conn, item, ids, day)   # ids: the article's entities under their store ids

A status moves forward only (discussed → promised → decided → signed → in-progress → done); "stalled" may
come at any point before the end and is left again by any step past the furthest one reached; "done" and
"cancelled" close a commitment. The matching itself is ``letopis.stories.commitment_progress``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, insert, select, update

from letopis.records import COMMITMENT_PROGRESS
from letopis.store.models import CommitmentParty, CommitmentRow, CommitmentStep, EntityRow
from letopis.stories import Progress, commitment_progress

if TYPE_CHECKING:
    from letopis.store.write import Prepared

FORWARD = COMMITMENT_PROGRESS
CLOSED = ("done", "cancelled")


def advances(current: str, reached: str, new: str) -> bool:
    """Whether a commitment at ``current`` (the furthest forward status it ever had: ``reached``) moves to
    ``new``. "decided" after "signed" does not; "stalled" after "signed" does; "done" after "stalled" does."""
    if current in CLOSED or new == current:
        return False
    if new in ("stalled", "cancelled"):
        return True
    return _rank(new) > _rank(reached)


def _rank(status: str) -> int:
    return FORWARD.index(status) if status in FORWARD else -1


def reached(conn: Connection, commitment_id: int) -> str:
    """The furthest forward status in a commitment's history ("" when none)."""
    statuses = conn.scalars(select(CommitmentStep.status).where(CommitmentStep.commitment_id == commitment_id))
    return max((s for s in statuses if s in FORWARD), key=_rank, default="")


# Built once: every article with a progress cue runs them.
_OPEN_OF = (select(CommitmentParty.commitment_id, CommitmentParty.entity_id)
            .where(CommitmentParty.commitment_id.in_(
                select(CommitmentParty.commitment_id)
                .where(CommitmentParty.entity_id.in_(bindparam("named", expanding=True)))))
            .where(CommitmentParty.commitment_id.in_(
                select(CommitmentRow.id).where(CommitmentRow.status.not_in(CLOSED)))))
_STATES = select(EntityRow.id).where(  # states are LOC: the (type, key) index
    EntityRow.type == "LOC", EntityRow.key.in_(bindparam("keys", expanding=True)))
# The candidates with their parties' labels, in one statement.
_CANDIDATES = (select(CommitmentRow.id, CommitmentRow.text, CommitmentRow.status, CommitmentRow.first_seen,
                      CommitmentRow.last_seen, EntityRow.id.label("party"), EntityRow.key, EntityRow.name,
                      EntityRow.country)
               .join(CommitmentParty, CommitmentParty.commitment_id == CommitmentRow.id)
               .join(EntityRow, EntityRow.id == CommitmentParty.entity_id)
               .where(CommitmentRow.id.in_(bindparam("ids", expanding=True)))
               .order_by(CommitmentRow.id))


def track_progress(conn: Connection, item: Prepared, ids: dict[str, int], day: dt.date | None) -> None:
    """Append a history step to each open commitment the article reports progress on (its parties all named
    in it, by name, by a place of theirs or by an adjective); at most one step per commitment, its best
    sentence."""
    if item.progress is None:
        return
    named = _named(conn, item, ids)
    if not named:
        return
    parties: dict[int, list[int]] = defaultdict(list)
    for commitment_id, entity_id in conn.execute(_OPEN_OF, {"named": sorted(named)}):
        parties[commitment_id].append(entity_id)
    candidates = sorted(c for c, members in parties.items() if set(members) <= named)
    if not candidates:
        return
    doc = item.progress.get()
    rows: dict[int, Any] = {}  # a Row of _CANDIDATES, each commitment once
    labels: dict[int, str] = {}
    for row in conn.execute(_CANDIDATES, {"ids": candidates}):
        rows.setdefault(row.id, row)
        # What ``commitment_progress`` is given for each party: a state's ISO code, else the entity's name.
        labels[row.party] = row.country if row.key.startswith("country:") and row.country else row.name
    for row in rows.values():
        if day is not None and row.first_seen is not None and day < row.first_seen:
            continue  # a report older than the commitment (stored after it) cannot report progress on it
        found = commitment_progress(row.text, [labels[e] for e in parties[row.id]], doc)
        if not found:
            continue
        best = _best(found)
        if not advances(row.status, reached(conn, row.id), best.status):
            continue
        conn.execute(insert(CommitmentStep), {
            "commitment_id": row.id, "article_id": doc.article.id, "date": day, "status": best.status,
            "start": best.evidence_start, "stop": best.evidence_stop, "text": best.evidence_text})
        last = max((d for d in (row.last_seen, day) if d is not None), default=None)
        conn.execute(update(CommitmentRow).where(CommitmentRow.id == row.id)
                     .values(status=best.status, last_seen=last))


def _best(found: list[Progress]) -> Progress:
    """The sentence that repeats the commitment most closely; the first of equals."""
    return max(found, key=lambda p: (p.score, -p.evidence_start))


def _named(conn: Connection, item: Prepared, ids: dict[str, int]) -> set[int]:
    """Store ids of what the article names: its entities, and the states it speaks of through a place of
    theirs ("в Костанае": Казахстан) or an adjective ("белорусский": Беларусь)."""
    codes = {e.country for e in item.doc.entities if e.country}
    codes.update(item.adjective_states)
    named = set(ids.values())
    if codes:
        named.update(conn.scalars(_STATES, {"keys": sorted(f"country:{c}" for c in codes)}))
    return named
