"""Responses for the factRuEval-2016 tracks, from our JSON contract (``letopis.serialize.doc_to_json``)
and from the gold itself (the scorer's self-check: gold against gold scores 1.0).

Our contract to the tracks:
- track 1: every mention of every entity, ``PER`` → per, ``ORG`` → org, ``LOC`` → loc (we have no LocOrg);
- track 2: a PER entity gives firstname / patronymic / lastname read from its name and mention normals
  ("Аскар Узакпаевич Мамин"); ORG and LOC give ``name`` = the entity's name as the text writes it (the
  entity's name when a mention's normal is that name, else the most frequent mention normal);
- track 3: a post gives occupation (who = the person's name, position = the post without "бывший", where =
  ``of`` as the post's phrase names it, else its name); a meeting event gives meeting with its participants.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from letopis.analysis.names import chinese_surnames
from letopis.bench.factrueval import (
    FACT_TYPES,
    GoldDoc,
    Response,
    ResponseEntity,
    ResponseFact,
    ResponseMention,
)

_TAGS = {"PER": "per", "ORG": "org", "LOC": "loc"}
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.?$")
_PATRONYMIC = re.compile(r"(вич|вна|ична|инична|ьич|оглы|кызы)$", re.IGNORECASE)
# Event modes that make a meeting in factRuEval's sense (people met in person).


@lru_cache(maxsize=1)
def _morph() -> Any:
    from natasha import MorphVocab  # pymorphy2 with natasha's fixes for Python 3.11

    return MorphVocab()


@lru_cache(maxsize=20000)
def _name_role(word: str) -> str | None:
    """firstname, patronymic or lastname, as pymorphy's name readings say; None if it knows none."""
    for parse in _morph().parse(word):
        tag = parse.tag
        if "Patr" in tag:
            return "patronymic"
        if "Name" in tag:
            return "firstname"
        if "Surn" in tag:
            return "lastname"
    return None


# Words that open a surname of several words ("Марин Ле Пен", "Усама бин Ладен", "Ури фон дер Ляйен"); never
# the first word of a name ("Ван И" is a surname and a given name).
_PARTICLES = frozenset({"ле", "ла", "де", "ди", "да", "дю", "дель", "делла", "ван", "фон", "дер", "бин", "ибн",
                        "аль", "эль", "ал", "бен", "о"})


def split_person_name(name: str) -> dict[str, str]:
    """"Аскар Узакпаевич Мамин" → firstname Аскар, patronymic Узакпаевич, lastname Мамин;
    "Р. Головченко" → firstname Р, lastname Головченко; "Мамин" → lastname Мамин; "Марин Ле Пен" → lastname
    "Ле Пен"; "Роман Абрамович" → lastname Абрамович (the last word of a name is no patronymic)."""
    words = [w for w in name.replace(".", ". ").split() if w.strip(".")]
    parts: dict[str, str] = {}
    initials = [w.rstrip(".") for w in words if _INITIAL.match(w)]
    full = [w for w in words if not _INITIAL.match(w)]
    for slot, initial in zip(("firstname", "patronymic"), initials, strict=False):
        parts[slot] = initial
    particle = next((i for i, w in enumerate(full) if 0 < i < len(full) - 1 and w.lower() in _PARTICLES), None)
    if particle is not None:
        parts["lastname"] = " ".join(full[particle:])
        full = full[:particle]
    roles = []
    for index, word in enumerate(full):
        last = index == len(full) - 1 and len(full) > 1 and particle is None
        role = "patronymic" if _PATRONYMIC.search(word) and len(full) > 1 else _name_role(word)
        if role == "patronymic" and last:
            role = "lastname"
        roles.append(role)
    known = [r for r in roles if r]
    if len(full) > 1 and not parts and (None in roles or len(set(known)) < len(known)) \
            and full[0] not in chinese_surnames():
        # The dictionary cannot place every word ("Синдзи Харада") or places two in one slot ("Гордон Браун":
        # both surnames to it): our names are written as the text gives them, the given name first.
        parts["firstname"] = full[0]
        if len(full) > 2 and roles[1] == "patronymic":
            parts["patronymic"] = full[1]
            full = [full[0], *full[2:]]
        parts["lastname"] = " ".join(full[1:])
        return parts
    unplaced = []
    for word, role in zip(full, roles, strict=True):
        if role and role not in parts:
            parts[role] = word
        else:
            unplaced.append(word)
    for word in unplaced:  # an unknown word is the surname if that slot is free, else the first name
        slot = "lastname" if "lastname" not in parts else "firstname"
        if slot not in parts:
            parts[slot] = word
    return parts


def _person_attributes(name: str, normals: Sequence[str]) -> tuple[tuple[str, str], ...]:
    parts = split_person_name(name)
    votes: dict[str, Counter[str]] = {}
    for normal in normals:
        for slot, value in split_person_name(normal).items():
            votes.setdefault(slot, Counter())[value] += 1
    for slot, counter in votes.items():
        if slot not in parts:
            parts[slot] = counter.most_common(1)[0][0]
    return tuple((slot, parts[slot]) for slot in ("firstname", "patronymic", "lastname") if slot in parts)


def _name_as_written(entity: Mapping[str, Any]) -> str:
    """A state's or organisation's name as this text writes it: factRuEval's names are the text's own, in
    nominative ("Белоруссия", "Евросоюз", "BBC"), where ours is canonical across articles ("Беларусь", "ЕС",
    "Би-би-си"). Our name when the text uses it, else the text's most frequent form (the longer on a tie)."""
    normals = Counter(str(m["normal"]) for m in entity["mentions"] if m.get("kind", "name") == "name")
    if not normals or entity["name"] in normals:
        return str(entity["name"])
    return max(normals, key=lambda n: (normals[n], len(n)))


# The kind of organisation at the end of a post ("глава партии «Путь Грузии»"): factRuEval's position leaves it to
# the organisation (position "глава", where "партия Путь Грузии").
_ORG_KINDS = {"партии": "партия", "фракции": "фракция", "движения": "движение", "компании": "компания",
              "корпорации": "корпорация", "банка": "банк", "государства": "государство",
              "правительства": "правительство"}
# Posts whose last word is a kind of organisation only in "глава X": "председатель правительства" stays one position.
_HEAD_ONLY = {"государства", "правительства"}


# Owning or founding an organisation is factRuEval's Ownership, not an Occupation: its annotators never write
# "владелец" or "основатель" as an occupation's position ("основатель MySQL Майкл Видениус" is no job held there).
_OWNERSHIP = {"владелец", "совладелец", "основатель", "сооснователь", "учредитель", "соучредитель", "акционер"}


def _is_ownership(post: str) -> bool:
    return any(word in _OWNERSHIP for word in post.split())


def _position_and_kind(post: str) -> tuple[str, str]:
    """Our post as factRuEval writes a position, and the kind of organisation it leaves to the where: without
    "бывший" (a word of its own; "экс-премьер" keeps its prefix) and without "партии" in "глава партии" or
    "государства" in "глава государства" (factRuEval: position "глава", where "государство РФ")."""
    words = post.removeprefix("бывший ").split()
    if len(words) > 1 and words[-1] in _ORG_KINDS and (words[-1] not in _HEAD_ONLY or words[:-1] == ["глава"]):
        return " ".join(words[:-1]), _ORG_KINDS[words[-1]] + " "
    return " ".join(words), ""


def _of_mention(entity: Mapping[str, Any], start: int, stop: int) -> Mapping[str, Any] | None:
    """The mention of a post's state or organisation inside the post's own phrase, if it names one there."""
    return next((m for m in entity["mentions"]
                 if start <= m["start"] and m["stop"] <= stop and m.get("kind", "name") == "name"), None)


_WORD = re.compile(r"[\w-]+")


@lru_cache(maxsize=20000)
def _lemmas(word: str) -> frozenset[str]:
    word = word.lower().replace("ё", "е")
    return frozenset({word, *(p.normal_form.replace("ё", "е") for p in _morph().parse(word)[:3])})


def _as_written(evidence: str, position: str) -> str:
    """The position as the evidence writes it ("членом", "первого заместителя"): factRuEval's position is the text's
    span, its nominative known to the scorer only for the forms its table lists. Our nominative when the evidence
    does not hold the position's words in a row."""
    wanted = position.lower().replace("ё", "е").split()
    words = list(_WORD.finditer(evidence))
    for i in range(len(words) - len(wanted) + 1):
        if all(w in _lemmas(words[i + j].group()) or w == words[i + j].group().lower() for j, w in enumerate(wanted)):
            return evidence[words[i].start():words[i + len(wanted) - 1].end()]
    return position


# "исполняющий обязанности официального представителя": factRuEval's position keeps the acting, our post does not.
_ACTING = re.compile(r"(?:временно\s+)?(?:исполняющ\w+\s+обязанност\w+|и\.\s?о\.)\s+$", re.IGNORECASE)


def _acting(text: str, start: int, stop: int, position: str) -> str:
    """The position with the "исполняющий обязанности" the text writes right before it ("Марк Тоунер, исполняющий
    обязанности официального представителя": the evidence may start after it, at the post)."""
    at = text.find(position, start, stop)
    found = _ACTING.search(text, max(0, at - 60), at) if at > 0 else None
    return text[found.start():at + len(position)] if found else position


def _adjective_of(text: str, start: int, stop: int, of: Mapping[str, Any], position: str) -> str | None:
    """The adjective the post's phrase names its state by, as written ("британский премьер Гордон Браун": "британский"),
    when the text never names that state: factRuEval's where then is the adjective's mention of the state, whose
    name may differ from ours ("Британия", not "Великобритания"). A state the text names elsewhere keeps its name:
    the annotators often leave the adjective out of its entity ("российский президент Дмитрий Медведев": "Россия").
    None when the phrase does not start with an adjective of the post's state."""
    first = _WORD.search(text, start, stop)
    if first is None or of.get("type") != "LOC" or not of.get("country") \
            or any(m.get("kind", "name") == "name" for m in of.get("mentions", ())) \
            or first.group().lower() in position.lower().split():
        return None
    from letopis.lexicon import load_lexicon

    return first.group() if of["country"] in load_lexicon().country_of_adjective(first.group()) else None


def response_from_json(doc: Mapping[str, Any]) -> Response:
    """Our analysed article (JSON contract, schema 1) as a response on all three tracks."""
    mentions = []
    entities = []
    names = {}
    by_id = {entity["id"]: entity for entity in doc["entities"]}
    for entity in doc["entities"]:
        tag = _TAGS.get(entity["type"])
        if tag is None:
            continue
        names[entity["id"]] = entity["name"] if tag == "per" else _name_as_written(entity)
        for m in entity["mentions"]:
            # A post standing for a person ("Глава государства") is not a name: track 1 scores names only.
            if m.get("kind", "name") == "name":
                mentions.append(ResponseMention(tag, m["start"], m["stop"] - m["start"]))
        if tag == "per":
            attributes = _person_attributes(entity["name"], [m["normal"] for m in entity["mentions"]])
        else:
            attributes = (("name", _name_as_written(entity)),)
        if attributes:
            entities.append(ResponseEntity(tag, attributes))
    facts = []
    for post in doc.get("posts", ()):
        if post["person"] not in names:
            continue
        # factRuEval's Occupation is (Who, Position, Where) and its gold always has the Where (1 exception in
        # 516 facts): a post whose state or organisation we did not find is no Occupation in its sense.
        if post.get("of") not in names or _is_ownership(post["post"]):
            continue
        # The state or organisation as the post's phrase names it ("президент Белоруссии": Белоруссия, not
        # our canonical Беларусь): factRuEval's gold holds the text's spellings.
        of = by_id[post["of"]]
        written = _of_mention(of, post["start"], post["stop"])
        position, kind = _position_and_kind(post["post"])
        text = str(doc.get("text", ""))
        position = _acting(text, post["start"], post["stop"], _as_written(text[post["start"]:post["stop"]], position))
        # The holder as the evidence names them ("Аксары Кердпола"): factRuEval's gold holds every mention's span,
        # where our nominative may be off for a foreign name.
        named = _of_mention(by_id[post["person"]], post["start"], post["stop"])
        who = str(named["text"]) if named else names[post["person"]]
        adjective = None if written else _adjective_of(text, post["start"], post["stop"], of, position)
        if not written and adjective is None and not of.get("mentions"):
            # a state the text never names, known from outside it ("президент Путин": Russia, from
            # data/people.tsv): factRuEval annotates the Where its text gives, so this is none of its facts
            continue
        where = str(written["normal"]) if written else adjective or names[post["of"]]
        args = [("who", who), ("position", position), ("where", kind + where)]
        facts.append(ResponseFact("occupation", tuple(args)))
    # Meetings by the one rule of letopis.bench.events (people meeting in person, denied meetings left out).
    from letopis.bench.events import meeting_responses

    facts.extend(meeting_responses(doc))
    mentions.sort(key=lambda m: (m.start, m.length))
    return Response(tuple(mentions), tuple(entities), tuple(facts))


def response_from_gold(doc: GoldDoc) -> Response:
    """The gold written as a response, to check the scorer (gold against gold gives 1.0)."""
    tokens = {t.id: t for t in doc.tokens}
    mentions = []
    mention_tags = {}
    for m in doc.mentions:
        ids = [t for s in m.spans if s in doc.spans for t in doc.spans[s].tokens if t in tokens]
        if not ids:
            continue
        start = min(tokens[t].start for t in ids)
        stop = max(tokens[t].stop for t in ids)
        pieces = tuple(sorted({(tokens[t].start, tokens[t].stop - tokens[t].start) for t in ids}))
        mentions.append(ResponseMention(m.tag, start, stop - start, pieces))
        mention_tags[m.id] = m.tag
    entities = []
    for e in doc.entities:
        tags = {mention_tags[m] for m in e.mentions if m in mention_tags}
        if not tags:
            continue
        tag = "loc" if tags & {"loc", "locorg"} else tags.pop()
        attributes = tuple((name.rstrip("0123456789"), value) for name, value in e.attributes
                           if value and name != "wikidata" and not name.endswith(("descr", "descriptor")))
        if attributes:
            entities.append(ResponseEntity(tag, attributes))
    facts = []
    for f in doc.facts:
        if f.tag in FACT_TYPES and not f.hard:
            args = tuple((a.name, a.text.split("|")[0].strip()) for a in f.arguments)
            facts.append(ResponseFact(f.tag, args))
    return Response(tuple(mentions), tuple(entities), tuple(facts))
