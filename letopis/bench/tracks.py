"""The three factRuEval-2016 tracks, scored as described in ``shared/benchmarks/README.md``.

Track 1 (mentions): gold and response mentions become sets of gold tokens and are paired one to one by
optimal assignment on their token overlap (0 across types). A pair's quality is tp / (tp + fp + fn) over
tokens, where gold tokens count only when they belong to a name-bearing span (name, surname, org_name,
loc_name ...). Unnamed gold mentions ("компания"), mentions inside another mention ("Москвы" in "мэрия
Москвы") and the non-org twin of an org/loc pair over the same tokens are not counted, and neither is a
response paired with one of them. ``merge_locorg`` is the ``-l`` variant: LocOrg is scored as Location.

Track 2 (entities): gold entities (the ``.coref`` layer) with their attributes (values of one attribute
name are alternatives; descriptors combine with names: "банк ВТБ") are paired one to one with response
entities; quality = matched attributes / (matched + missed gold + extra response attributes).

Track 3 (facts): a response fact may join the cluster of one gold fact of its type when some non-position
argument matches; quality = (Q_A + Q_A * Q_Id) / 2, where Q_A = n / (n + fp + fn) over arguments (position
weighs 0.5) and Q_Id is the share of pairs of matched gold arguments that came from one response fact.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from letopis.bench.factrueval import (
    FACT_TYPES,
    Argument,
    Fact,
    GoldDoc,
    ResponseEntity,
    ResponseFact,
    ResponseMention,
)
from letopis.bench.matching import Score, assign, fuzzy_equal, normalize

TRACK1_TAGS = ("per", "loc", "org", "locorg")
TRACK2_TAGS = ("per", "loc", "org")

# Spans whose tokens carry the name of a mention of that type (weight 1); other tokens weigh 0.
_NAME_SPANS = {
    "per": {"name", "surname", "patronymic", "nickname"},
    "org": {"org_name", "loc_name"},
    "loc": {"org_name", "loc_name"},
    "locorg": {"org_name", "loc_name"},
}
# A mention of the key type counts as nested when it lies inside a mention of one of these types.
_PARENT_TAGS = {
    "per": {"loc", "org", "locorg"},
    "loc": {"loc", "org", "locorg"},
    "org": {"org", "locorg"},
    "locorg": {"org", "locorg"},
}
_WEIGHTS = {"position": 0.5}
# Search every assignment of response facts to gold clusters up to this many combinations, else greedy.
_EXHAUSTIVE_LIMIT = 4096


# --- track 1 -----------------------------------------------------------------------------------------

@dataclass
class _GoldSet:
    tag: str
    tokens: frozenset[str]
    marks: dict[str, float]
    nested: bool = False
    twin: int | None = None  # index of the mention over the same tokens (org/loc duality)

    @property
    def named(self) -> bool:
        return any(mark > 0 for mark in self.marks.values())


def _gold_sets(doc: GoldDoc, merge_locorg: bool) -> list[_GoldSet]:
    sets = []
    for mention in doc.mentions:
        tag = "loc" if merge_locorg and mention.tag == "locorg" else mention.tag
        marks: dict[str, float] = {}
        for span_id in mention.spans:
            span = doc.spans.get(span_id)
            if span is None:
                continue
            for token in span.tokens:
                mark = 1.0 if span.tag in _NAME_SPANS[tag] else 0.0
                marks[token] = max(marks.get(token, 0.0), mark)
        if marks:
            sets.append(_GoldSet(tag, frozenset(marks), marks))
    for i, this in enumerate(sets):
        for j, other in enumerate(sets):
            if i == j or other.tag not in _PARENT_TAGS[this.tag]:
                continue
            if this.tokens < other.tokens:
                this.nested = True
            elif this.tokens == other.tokens and this.twin is None:
                this.twin = j
    return sets


def _response_sets(doc: GoldDoc, mentions: Iterable[ResponseMention],
                   merge_locorg: bool) -> list[tuple[str, frozenset[str]]]:
    sets = []
    for m in mentions:
        tag = "loc" if merge_locorg and m.tag == "locorg" else m.tag
        pieces = m.pieces or ((m.start, m.length),)
        tokens = frozenset(t.id for t in doc.tokens if not t.glued_punct and any(
            t.start >= start and t.stop <= start + length for start, length in pieces))
        sets.append((tag, tokens))
    return sets


def _overlap(gold: _GoldSet, tag: str, tokens: frozenset[str]) -> float:
    if gold.tag != tag or not (gold.tokens & tokens):
        return 0.0
    return len(gold.tokens & tokens) / len(gold.tokens | tokens)


def _quality(gold: _GoldSet, tag: str, tokens: frozenset[str], punct: set[str]) -> float:
    if gold.tag != tag:
        return 0.0
    tp = sum(gold.marks[t] for t in gold.tokens & tokens)
    fn = sum(gold.marks[t] for t in gold.tokens - tokens if t not in punct)
    fp = len(tokens - gold.tokens)
    total = tp + fp + fn
    return tp / total if total > 0 else _overlap(gold, tag, tokens)


def score_track1(doc: GoldDoc, mentions: Iterable[ResponseMention],
                 merge_locorg: bool = False) -> dict[str, Score]:
    """Scores of one document by tag (per, loc, org, locorg unless merged) and ``overall``."""
    gold = _gold_sets(doc, merge_locorg)
    response = _response_sets(doc, mentions, merge_locorg)
    punct = {t.id for t in doc.tokens if len(t.text) == 1 and not t.text.isalpha()}
    pairs = assign([[_overlap(g, tag, tokens) for tag, tokens in response] for g in gold])
    paired = {i: j for i, j in pairs}
    paired_response = set(paired.values())

    def ignored(i: int) -> bool:
        g = gold[i]
        if not g.named or g.nested:
            return True
        if g.twin is None:
            return False
        twin = gold[g.twin]
        if (i in paired) != (g.twin in paired):
            return i not in paired  # keep the one that found a response
        if twin.tag == g.tag or "org" not in (g.tag, twin.tag):
            return g.twin < i  # same type: count one of the two
        return g.tag != "org"  # an org and a loc over the same words: count the org

    tags = tuple(t for t in TRACK1_TAGS if not (merge_locorg and t == "locorg"))
    scores = {tag: Score() for tag in (*tags, "overall")}
    for i, g in enumerate(gold):
        if ignored(i):
            continue
        score = scores[g.tag]
        score.n_gold += 1
        if i in paired:
            tag, tokens = response[paired[i]]
            quality = _quality(g, tag, tokens, punct)
            score.tp_gold += quality
            score.tp_response += quality
            score.n_response += 1
    for j, (tag, _) in enumerate(response):
        if j not in paired_response and tag in scores:
            scores[tag].n_response += 1
    for tag in tags:
        scores["overall"].add(scores[tag])
    return scores


# --- track 2 -----------------------------------------------------------------------------------------

@dataclass
class GoldEntity:
    tag: str
    attributes: dict[str, set[str]]  # normalised alternatives by attribute name
    ignored: bool = False
    mention_texts: set[str] = field(default_factory=set)


def _mention_interval(doc: GoldDoc, span_ids: Sequence[str]) -> tuple[int, int]:
    spans = [doc.spans[s] for s in span_ids if s in doc.spans]
    return min(s.start for s in spans), max(s.stop for s in spans)


def _nested_mentions(doc: GoldDoc) -> set[str]:
    intervals = {m.id: _mention_interval(doc, m.spans)
                 for m in doc.mentions if any(s in doc.spans for s in m.spans)}
    tags = {m.id: m.tag for m in doc.mentions}
    nested = set()
    for a, (a_start, a_stop) in intervals.items():
        for b, (b_start, b_stop) in intervals.items():
            if a == b or tags[b] not in _PARENT_TAGS[tags[a]]:
                continue
            inside = b_start <= a_start and a_stop <= b_stop
            equal = (a_start, a_stop) == (b_start, b_stop)
            if (inside and not equal) or (equal and tags[a] in ("per", "loc") and tags[b] == "org"):
                nested.add(a)
    return nested


def gold_entities(doc: GoldDoc) -> dict[str, GoldEntity]:
    """The scored gold entities of a document by id (those with at least one attribute)."""
    mentions = {m.id: m for m in doc.mentions}
    nested = _nested_mentions(doc)
    tokens = {t.id: t for t in doc.tokens}
    result = {}
    for entity in doc.entities:
        tags = {mentions[m].tag for m in entity.mentions if m in mentions}
        if not tags:
            continue
        tag = "loc" if tags & {"loc", "locorg"} else tags.pop()
        values: dict[str, set[str]] = {}
        descriptors: set[str] = set()
        for name, value in entity.attributes:
            if name == "wikidata" or not value:
                continue
            if name.endswith("descr") or name.endswith("descriptor"):
                descriptors.add(normalize(value))
            else:
                values.setdefault(name.rstrip("0123456789"), set()).add(normalize(value))
        if descriptors:
            for name, alternatives in values.items():
                for value in list(alternatives):
                    for d in descriptors:
                        if f" {d} " not in f" {value} ":
                            alternatives.update({f"{value} {d}", f"{d} {value}"})
                values[name] = alternatives
        if not values:
            continue
        own = [mentions[m] for m in entity.mentions if m in mentions]
        ignored = all(m.id in nested for m in own) or all(
            all(doc.spans[s].tag == "geo_adj" for s in m.spans if s in doc.spans) for m in own)
        texts = set()
        for m in own:
            ids = sorted({t for s in m.spans if s in doc.spans for t in doc.spans[s].tokens},
                         key=lambda t: tokens[t].start if t in tokens else 0)
            texts.add(" ".join(tokens[t].text for t in ids if t in tokens))
            start, stop = _mention_interval(doc, m.spans)
            texts.add(doc.text[start:stop])
        result[entity.id] = GoldEntity(tag, values, ignored, texts)
    return result


def _entity_quality(gold: GoldEntity, response: ResponseEntity) -> float:
    if gold.tag != response.tag:
        return 0.0
    matched_gold: set[str] = set()
    extra = 0
    for name, value in response.attributes:
        hits = {g for g, alternatives in gold.attributes.items()
                if g == name and any(fuzzy_equal(a, value) for a in alternatives)}
        if hits:
            matched_gold |= hits
        else:
            extra += 1
    total = len(gold.attributes) + extra
    return len(matched_gold) / total if total else 0.0


def score_track2(doc: GoldDoc, entities: Sequence[ResponseEntity]) -> dict[str, Score]:
    gold = list(gold_entities(doc).values())
    pairs = assign([[_entity_quality(g, r) for r in entities] for g in gold])
    paired = dict(pairs)
    scores = {tag: Score() for tag in (*TRACK2_TAGS, "overall")}
    for i, g in enumerate(gold):
        if g.ignored or g.tag not in scores:
            continue
        score = scores[g.tag]
        score.n_gold += 1
        if i in paired:
            quality = _entity_quality(g, entities[paired[i]])
            score.tp_gold += quality
            score.tp_response += quality
            score.n_response += 1
    paired_response = set(paired.values())
    for j, r in enumerate(entities):
        if j not in paired_response and r.tag in scores:
            scores[r.tag].n_response += 1
    for tag in TRACK2_TAGS:
        scores["overall"].add(scores[tag])
    return scores


# --- track 3 -----------------------------------------------------------------------------------------

def _person_variants(attributes: dict[str, set[str]]) -> set[str]:
    parts = {"f": attributes.get("firstname", set()), "l": attributes.get("lastname", set()),
             "p": attributes.get("patronymic", set()), "n": attributes.get("nickname", set())}
    variants = set()
    for order in ("lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn"):
        for combo in itertools.product(*(sorted(parts[c]) for c in order)):
            variants.add(" ".join(combo))
    return variants


@dataclass(frozen=True)
class _GoldArg:
    name: str
    values: frozenset[str]


def _gold_args(fact: Fact, doc: GoldDoc, entities: dict[str, GoldEntity],
               positions: dict[str, str]) -> tuple[_GoldArg, ...]:
    return tuple(_GoldArg(a.name, frozenset(_argument_values(a, doc, entities, positions)))
                 for a in fact.arguments)


def _argument_values(arg: Argument, doc: GoldDoc, entities: dict[str, GoldEntity],
                     positions: dict[str, str]) -> set[str]:
    values = {normalize(v) for v in arg.text.split("|") if v.strip()}
    if arg.entity is not None and arg.entity in entities:
        entity = entities[arg.entity]
        values |= {normalize(t) for t in entity.mention_texts}
        if entity.tag == "per":
            values |= _person_variants(entity.attributes)
        else:
            values |= entity.attributes.get("name", set())
    for span_id in arg.spans:
        span = doc.spans.get(span_id)
        if span is not None:
            values.add(normalize(span.text))
    if arg.name == "position":
        values |= {positions[v] for v in list(values) if v in positions}
    return {v for v in values if v}


def _matches(gold: _GoldArg, name: str, value: str) -> bool:
    return gold.name == name and any(fuzzy_equal(v, value) for v in gold.values)


def _can_pair(gold: tuple[_GoldArg, ...], fact: ResponseFact) -> bool:
    return any(g.name != "position" and _matches(g, n, v) for g in gold for n, v in fact.arguments)


def _cluster_quality(gold: tuple[_GoldArg, ...], facts: Sequence[ResponseFact]) -> float:
    if not facts:
        return 0.0
    source: dict[int, set[int]] = {}  # gold argument -> response facts it was matched from
    unmatched_response = 0.0
    for k, fact in enumerate(facts):
        for name, value in fact.arguments:
            hits = [i for i, g in enumerate(gold) if _matches(g, name, value)]
            # Prefer a gold argument not yet matched (a meeting has several participants).
            hit = next((i for i in hits if i not in source), hits[0] if hits else None)
            if hit is None:
                unmatched_response += _WEIGHTS.get(name, 1.0)
            else:
                source.setdefault(hit, set()).add(k)
    n = sum(_WEIGHTS.get(gold[i].name, 1.0) for i in source)
    missed = sum(_WEIGHTS.get(g.name, 1.0) for i, g in enumerate(gold) if i not in source)
    total = n + missed + unmatched_response
    q_a = n / total if total else 0.0
    matched = sorted(source)
    if len(facts) == 1 or len(matched) < 2:
        q_id = 1.0
    else:
        pairs = list(itertools.combinations(matched, 2))
        q_id = sum(1 for a, b in pairs if source[a] & source[b]) / len(pairs)
    return (q_a + q_a * q_id) / 2


def _evaluate(gold: list[tuple[_GoldArg, ...]], facts: Sequence[ResponseFact],
              choice: Sequence[int | None]) -> tuple[float, Score]:
    clusters: dict[int, list[ResponseFact]] = {}
    for fact, g in zip(facts, choice, strict=True):
        if g is not None:
            clusters.setdefault(g, []).append(fact)
    score = Score(n_gold=len(gold), n_response=len(facts))
    for g, members in clusters.items():
        quality = _cluster_quality(gold[g], members)
        score.tp_gold += quality
        score.tp_response += quality * len(members)
    return score.f1, score


def _best_clusters(gold: list[tuple[_GoldArg, ...]], facts: Sequence[ResponseFact]) -> Score:
    options: list[list[int | None]] = [
        [*(i for i, g in enumerate(gold) if _can_pair(g, f)), None] for f in facts]
    combinations = 1
    for o in options:
        combinations *= len(o)
    if combinations <= _EXHAUSTIVE_LIMIT:
        best = max((_evaluate(gold, facts, choice) for choice in itertools.product(*options)),
                   key=lambda pair: pair[0])
        return best[1]
    # Too many: improve one response fact at a time until nothing changes.
    choice: list[int | None] = [None] * len(facts)
    best_f1, best_score = _evaluate(gold, facts, choice)
    improved = True
    while improved:
        improved = False
        for k, opts in enumerate(options):
            for option in opts:
                trial = [*choice[:k], option, *choice[k + 1:]]
                f1, score = _evaluate(gold, facts, trial)
                if f1 > best_f1 + 1e-12:
                    choice, best_f1, best_score, improved = trial, f1, score, True
    return best_score


def score_track3(doc: GoldDoc, facts: Sequence[ResponseFact], positions: dict[str, str],
                 include_hard: bool = False) -> dict[str, Score]:
    """Scores by fact type (occupation, meeting) and ``overall``; harder facts are left out by default."""
    entities = gold_entities(doc)
    scores = {tag: Score() for tag in (*FACT_TYPES, "overall")}
    for tag in FACT_TYPES:
        gold = [_gold_args(f, doc, entities, positions) for f in doc.facts
                if f.tag == tag and (include_hard or not f.hard)]
        response = [f for f in facts if f.tag == tag]
        if gold or response:
            scores[tag] = _best_clusters(gold, response)
        scores["overall"].add(scores[tag])
    return scores

