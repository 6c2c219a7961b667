"""The systems we measure, behind one face: ``load()`` once, then ``analyse(texts)`` gives, per text, a
document in the shape of our JSON contract (entities with mentions and normals, posts, events).

- ``letopis``: our pipeline (``letopis.analysis.Pipeline``), serialised with ``doc_to_json``;
- ``natasha``: natasha alone (segmenter, morphology, syntax, NER); an entity is natasha's spans of one
  type grouped by normalised text, its normal is ``span.normalize(morph_vocab)``;
- ``pullenti``: PullEnti (persons with their posts, organisations, places) through ``pullenti_wrapper``;
  its referents give mentions (occurrences), names and posts. Free for non-commercial use only, so it is
  a benchmark anchor: imported here, lazily, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from letopis.records import Article

SYSTEMS = ("letopis", "natasha", "pullenti")


class System(Protocol):
    name: str

    def load(self) -> None: ...

    def analyse(self, texts: Sequence[str]) -> Iterator[dict[str, Any]]: ...


class Unavailable(Exception):
    """A system cannot run here (not installed, or failed to load); the report says so in its row."""


@dataclass
class Letopis:
    name: str = "letopis"
    _pipe: Any = None

    def load(self) -> None:
        try:
            from letopis.analysis import Pipeline
        except ImportError as exc:  # the analyser is optional for the scorers
            raise Unavailable(f"letopis.analysis cannot be imported: {exc}") from exc
        self._pipe = Pipeline()
        self._pipe.analyze_one(Article(text="Москва.", id="warm-up"))  # models load on first use

    def stage_seconds(self) -> dict[str, float]:
        """Seconds spent so far in the parse and in each stage (the pipeline's running totals)."""
        return dict(self._pipe.seconds) if self._pipe is not None else {}

    def analyse(self, texts: Sequence[str]) -> Iterator[dict[str, Any]]:
        from letopis.serialize import doc_to_json

        articles = (Article(text=t, id=f"bench-{i}") for i, t in enumerate(texts))
        for doc in self._pipe.analyze(articles):
            yield doc_to_json(doc)


@dataclass
class Natasha:
    name: str = "natasha"
    _models: dict[str, Any] = field(default_factory=dict)

    def load(self) -> None:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        emb = NewsEmbedding()
        self._models = {"segmenter": Segmenter(), "morph": NewsMorphTagger(emb),
                        "syntax": NewsSyntaxParser(emb), "ner": NewsNERTagger(emb), "vocab": MorphVocab()}
        self.parse("Москва.")  # first-call set-up belongs to loading, not to throughput

    def parse(self, text: str) -> Any:
        """natasha's Doc after segment, morphology, syntax and NER (the work the speed test times)."""
        from natasha import Doc

        m = self._models
        doc = Doc(text)
        doc.segment(m["segmenter"])
        doc.tag_morph(m["morph"])
        doc.parse_syntax(m["syntax"])
        doc.tag_ner(m["ner"])
        return doc

    def analyse(self, texts: Sequence[str]) -> Iterator[dict[str, Any]]:
        for text in texts:
            doc = self.parse(text)
            groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
            for span in doc.spans:
                span.normalize(self._models["vocab"])
                normal = span.normal or span.text
                groups.setdefault((span.type, normal.lower()), []).append(
                    {"start": span.start, "stop": span.stop, "text": span.text, "normal": normal})
            entities = [{"id": f"e{i}", "type": kind, "name": mentions[0]["normal"], "country": None,
                         "mentions": mentions}
                        for i, ((kind, _), mentions) in enumerate(groups.items())]
            yield {"schema": 1, "text": text, "entities": entities, "posts": [], "events": []}


_PULLENTI_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "GEO": "LOC"}


def _slot(referent: Any, name: str) -> list[str]:
    return [str(s.value) for s in referent.slots if s.type_name == name and s.value is not None]


def _pullenti_name(referent: Any) -> str:
    if referent.type_name == "PERSON":
        parts = [_slot(referent, k)[:1] for k in ("FIRSTNAME", "MIDDLENAME", "LASTNAME")]
        return " ".join(p[0].capitalize() for p in parts if p)
    names = _slot(referent, "NAME")
    return names[0].capitalize() if names else str(referent)


@dataclass
class PullEnti:
    name: str = "pullenti"
    _processor: Any = None
    _valid: frozenset[str] = frozenset()

    def load(self) -> None:
        try:
            from pullenti_wrapper.langs import RU, set_langs
            from pullenti_wrapper.preprocess import VALID
            from pullenti_wrapper.processor import GEO, ORGANIZATION, PERSON, Processor
        except ImportError as exc:
            raise Unavailable("PullEnti is not installed (pip install -e '.[bench]')") from exc
        set_langs([RU])
        self._processor = Processor([PERSON, ORGANIZATION, GEO])
        self._valid = frozenset(VALID)
        self.process("Москва.")

    def process(self, text: str) -> Any:
        # The wrapper drops characters PullEnti does not know, which would shift every offset after
        # them: blank them instead, keeping the length.
        clean = "".join(c if c in self._valid else " " for c in text)
        return self._processor(clean).raw

    def analyse(self, texts: Sequence[str]) -> Iterator[dict[str, Any]]:
        for text in texts:
            raw = self.process(text)
            entities: list[dict[str, Any]] = []
            ids: dict[int, str] = {}
            for referent in raw.entities:
                kind = _PULLENTI_TYPES.get(referent.type_name)
                if kind is None:
                    continue
                ids[id(referent)] = f"e{len(ids)}"
                name = _pullenti_name(referent)
                mentions = [{"start": o.begin_char, "stop": o.end_char + 1,
                             "text": text[o.begin_char:o.end_char + 1], "normal": name}
                            for o in referent.occurrence]
                entities.append({"id": ids[id(referent)], "type": kind, "name": name, "country": None,
                                 "mentions": mentions})
            posts = []
            for referent in raw.entities:
                if referent.type_name != "PERSON":
                    continue
                for slot in referent.slots:
                    prop = slot.value
                    if slot.type_name != "ATTRIBUTE" or getattr(prop, "type_name", "") != "PERSONPROPERTY":
                        continue
                    post = next(iter(_slot(prop, "NAME")), None)
                    if not post:
                        continue
                    of = next((ids[id(s.value)] for s in prop.slots
                               if s.type_name == "REF" and id(s.value) in ids
                               and s.value.type_name in ("ORGANIZATION", "GEO")), None)
                    posts.append({"person": ids[id(referent)], "post": post, "of": of, "start": 0, "stop": 0})
            yield {"schema": 1, "text": text, "entities": entities, "posts": posts, "events": []}


def make(name: str) -> System:
    systems: dict[str, type[Letopis] | type[Natasha] | type[PullEnti]] = {
        "letopis": Letopis, "natasha": Natasha, "pullenti": PullEnti}
    return systems[name]()
