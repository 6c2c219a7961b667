"""factRuEval-2016: the gold stand-off layers of one document, and the official response formats.

Gold layers (one set of files per document ``book_N``): ``.tokens`` (id, start, length, text), ``.spans``
(typed token runs: name, surname, org_name, job ...), ``.objects`` (mentions: Person, Org, LocOrg, Location
made of spans), ``.coref`` (entities: mentions joined, with nominative attribute values), ``.facts``
(Occupation, Meeting, ... with arguments pointing at entities or spans).

Response formats, as the 2016 participants sent them::

    .task1   per 0 20                  (tag, start, length; tags per, org, loc, locorg)
    .task2   PER                       (one block per entity, blank line between blocks)
             firstname: Юрий
             lastname: Лужков
    .task3   occupation                (one block per fact)
             who : лужков юрий
             position : мэр
             where : москва
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from letopis.bench.shared import BenchmarkError

# Object types of the .objects layer and the track-1 tags they become; Project and Facility are not scored.
MENTION_TAGS = {"Person": "per", "Org": "org", "Organization": "org", "LocOrg": "locorg", "Location": "loc"}
# Fact types this project scores (track 3); the others (Deal, Ownership) are left out.
FACT_TYPES = ("occupation", "meeting")


@dataclass(frozen=True, slots=True)
class Token:
    id: str
    start: int
    stop: int
    text: str
    # Punctuation glued to a neighbour ("«", "»", ",") is left out of response token sets.
    glued_punct: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    id: str
    tag: str  # name, surname, patronymic, nickname, org_name, loc_name, job, geo_adj, *_descr ...
    tokens: tuple[str, ...]  # token ids
    text: str
    start: int
    stop: int


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    tag: str  # per, org, loc, locorg
    spans: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    mentions: tuple[str, ...]
    spans: tuple[str, ...]
    attributes: tuple[tuple[str, str], ...]  # (name, value) as written: ("firstname", "Юрий")


@dataclass(frozen=True, slots=True)
class Argument:
    name: str  # who, where, position, participant, ...
    entity: str | None  # entity id for object arguments
    spans: tuple[str, ...]  # span ids for span arguments (alternatives)
    text: str  # the annotator's description: "Вертинский Александр", "статистом"


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    tag: str  # occupation, meeting, deal, ownership
    arguments: tuple[Argument, ...]
    hard: bool  # "Сложность повышенная": left out of the default scoring


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    text: str
    tokens: tuple[Token, ...]  # sorted by start
    spans: dict[str, Span]
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]


# --- reading the gold --------------------------------------------------------------------------------

def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise BenchmarkError(f"{path}: not UTF-8 ({exc})") from exc


def _blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line.strip())
        elif block:
            yield block
            block = []
    if block:
        yield block


def _read_tokens(path: Path) -> tuple[Token, ...]:
    raw: list[tuple[str, int, int, str]] = []
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        parts = line.split(" ", 3)
        if len(parts) < 3:
            raise BenchmarkError(f"{path}:{number}: expected 'id start length text', got {line!r}")
        start, length = int(parts[1]), int(parts[2])
        raw.append((parts[0], start, start + length, parts[3] if len(parts) > 3 else ""))
    raw.sort(key=lambda t: t[1])
    tokens = []
    for i, (tid, start, stop, text) in enumerate(raw):
        glued = False
        if stop - start == 1 and not text.isalpha():
            glued = (i > 0 and raw[i - 1][2] == start) or (i + 1 < len(raw) and raw[i + 1][1] == stop)
        tokens.append(Token(tid, start, stop, text, glued))
    return tuple(tokens)


def _read_spans(path: Path) -> dict[str, Span]:
    spans = {}
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        left, sep, right = line.partition("#")
        head = left.split()
        if not sep or len(head) < 6:
            raise BenchmarkError(f"{path}:{number}: expected 'id tag start length token count # ...'")
        count = int(head[5])
        rest = right.split()
        start = int(head[2])
        spans[head[0]] = Span(head[0], head[1], tuple(rest[:count]), " ".join(rest[count:]),
                              start, start + int(head[3]))
    return spans


def _read_mentions(path: Path) -> tuple[Mention, ...]:
    mentions = []
    for line in _lines(path):
        head = line.partition("#")[0].split()
        if len(head) >= 3 and head[1] in MENTION_TAGS:
            mentions.append(Mention(head[0], MENTION_TAGS[head[1]], tuple(head[2:])))
    return tuple(mentions)


def _read_entities(path: Path, mention_ids: set[str], span_ids: set[str]) -> tuple[Entity, ...]:
    entities = []
    for block in _blocks(_lines(path)):
        ids = block[0].split()
        attributes = []
        for line in block[1:]:
            name, _, value = line.partition(" ")
            attributes.append((name.lower(), value.strip()))
        entities.append(Entity(
            ids[0], tuple(i for i in ids[1:] if i in mention_ids), tuple(i for i in ids[1:] if i in span_ids),
            tuple(attributes),
        ))
    return tuple(entities)


def _read_facts(path: Path) -> tuple[Fact, ...]:
    facts = []
    for block in _blocks(_lines(path)):
        head = block[0].split()
        tag = head[1].lower() if len(head) > 1 else ""
        arguments = []
        hard = False
        for line in block[1:]:
            name, _, value = line.partition(" ")
            name = name.lower()
            if name == "сложность":
                hard = hard or "повышенная" in value
                continue
            if name in ("модальность", "фаза"):
                continue
            if name == "job":
                name = "position"
            value = value.strip()
            if value.startswith("obj"):
                ref, _, text = value.partition(" ")
                arguments.append(Argument(name, ref[3:], (), text.strip()))
            elif value.startswith("span"):
                span_ids, texts = [], []
                for alternative in value.split("|"):
                    ref, _, text = alternative.strip().partition(" ")
                    span_ids.append(ref[4:])
                    texts.append(text.strip())
                arguments.append(Argument(name, None, tuple(span_ids), texts[0]))
            else:
                arguments.append(Argument(name, None, (), value))
        facts.append(Fact(head[0], tag, tuple(arguments), hard))
    return tuple(facts)


def read_doc(folder: Path, name: str) -> GoldDoc:
    base = folder / name
    try:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise BenchmarkError(f"{base}.txt is missing") from exc
    spans = _read_spans(base.with_suffix(".spans"))
    mentions = _read_mentions(base.with_suffix(".objects"))
    mention_ids = {m.partition(" ")[0] for m in _lines(base.with_suffix(".objects"))}
    return GoldDoc(
        name=name,
        text=text,
        tokens=_read_tokens(base.with_suffix(".tokens")),
        spans=spans,
        mentions=mentions,
        entities=_read_entities(base.with_suffix(".coref"), mention_ids, set(spans)),
        facts=_read_facts(base.with_suffix(".facts")),
    )


def doc_names(folder: Path) -> list[str]:
    """Documents of a set, ordered by number: book_11, book_16, ..."""
    names = [p.stem for p in folder.glob("book_*.txt")]
    if not names:
        raise BenchmarkError(f"no factRuEval documents (book_*.txt) in {folder}")
    return sorted(names, key=lambda n: int(n.rpartition("_")[2]) if n.rpartition("_")[2].isdigit() else 0)


def read_set(folder: Path, limit: int | None = None) -> list[GoldDoc]:
    return [read_doc(folder, name) for name in doc_names(folder)[:limit]]


def read_positions(path: Path) -> dict[str, str]:
    """The position-lemma table ``jobs_processed.txt``: "американского посла | американский посол"."""
    table = {}
    for line in _lines(path):
        if line.startswith("#") or "|" not in line:
            continue
        form, _, lemma = line.partition("|")
        table[form.strip().lower().replace("ё", "е")] = lemma.strip().lower().replace("ё", "е")
    return table


# --- responses ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ResponseMention:
    tag: str  # per, org, loc, locorg
    start: int
    length: int
    # A discontinuous mention ("Тульской ... областях") as (start, length) pieces; the .task1 format
    # cannot carry them (it writes the covering interval), but the scorer reads them.
    pieces: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ResponseEntity:
    tag: str  # per, org, loc (locorg is read as loc)
    attributes: tuple[tuple[str, str], ...]  # ("firstname", "Юрий"), one value each


@dataclass(frozen=True, slots=True)
class ResponseFact:
    tag: str  # occupation, meeting
    arguments: tuple[tuple[str, str], ...]  # ("who", "лужков юрий")


@dataclass(frozen=True, slots=True)
class Response:
    """A system's answer for one document, on all three tracks."""

    mentions: tuple[ResponseMention, ...] = ()
    entities: tuple[ResponseEntity, ...] = ()
    facts: tuple[ResponseFact, ...] = ()


def format_task1(mentions: Iterable[ResponseMention]) -> str:
    return "".join(f"{m.tag} {m.start} {m.length}\n" for m in mentions)


def format_task2(entities: Iterable[ResponseEntity]) -> str:
    blocks = [m.tag.upper() + "\n" + "".join(f"{k}: {v}\n" for k, v in m.attributes) for m in entities]
    return "\n".join(blocks)


def format_task3(facts: Iterable[ResponseFact]) -> str:
    blocks = [f.tag + "\n" + "".join(f"{k} : {v}\n" for k, v in f.arguments) for f in facts]
    return "\n".join(blocks)


def parse_task1(text: str) -> tuple[ResponseMention, ...]:
    mentions = []
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 3 or parts[0].lower() not in ("per", "org", "loc", "locorg"):
            raise BenchmarkError(f"task1 line {number}: expected 'per|org|loc|locorg start length', "
                                 f"got {line!r}")
        mentions.append(ResponseMention(parts[0].lower(), int(parts[1]), int(parts[2])))
    return tuple(mentions)


def _pairs(lines: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in lines:
        name, sep, value = line.partition(":")
        if not sep:
            raise BenchmarkError(f"expected 'name: value', got {line!r}")
        pairs.append((name.strip().lower(), value.strip()))
    return tuple(pairs)


def parse_task2(text: str) -> tuple[ResponseEntity, ...]:
    entities = []
    for block in _blocks(text.splitlines()):
        tag = block[0].strip(" :").lower()
        entities.append(ResponseEntity("loc" if tag == "locorg" else tag, _pairs(block[1:])))
    return tuple(entities)


def parse_task3(text: str) -> tuple[ResponseFact, ...]:
    return tuple(ResponseFact(block[0].strip(" :").lower(), _pairs(block[1:]))
                 for block in _blocks(text.splitlines()))
