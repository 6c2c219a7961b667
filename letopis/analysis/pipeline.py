"""The analysis pipeline: named stages run in order, each adding one layer to a ``Doc``.

    parse (natasha: tokens, lemmas, syntax, NER) -> mentions -> entities -> posts -> ...

A stage is a plain function ``(Doc, Context) -> Doc``; it says which layers it needs and which it adds, and
can be disabled by name (``Pipeline(disable={"posts"})``). One article and a batch share one path:
``analyze_one(article)`` is ``analyze([article])``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from time import perf_counter
from typing import Any

from letopis.analysis import commitments as commitments_stage
from letopis.analysis import entities, mentions, nlp, posts, quotes
from letopis.analysis import events as events_stage
from letopis.errors import UsageError
from letopis.lexicon import Lexicon, load_lexicon
from letopis.records import Article, Doc


def clear_word_caches() -> None:
    """Forget the words the analysis remembers across articles (lemmas, pymorphy's analyses, names' nominatives,
    function words, speakers' lemmas): for a benchmark that times several runs over the same texts in one process,
    so no run finds what an earlier run looked up. The models' own per-instance caches go with their ``Pipeline``."""
    from letopis.analysis import entities, names, speakers

    entities.fold.cache_clear()
    nlp._LEMMAS.clear()
    nlp._READINGS.clear()
    nlp._PARSES.clear()
    names._INFLECTED.clear()
    mentions._FUNCTION_WORDS.clear()
    speakers._vocab_lemmas.cache_clear()


@dataclass(frozen=True)
class Context:
    """What every stage may use: models and lexicons, loaded once per process."""

    vocab: Any
    lexicon: Lexicon


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Doc, Context], Doc]
    needs: tuple[str, ...]
    adds: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("mentions", lambda d, c: mentions.find_mentions(d, c.vocab, c.lexicon), ("tokens",), ("mentions",)),
    Stage("entities", lambda d, c: entities.join_entities(d, c.vocab, c.lexicon), ("mentions",), ("entities",)),
    Stage("posts", lambda d, c: posts.find_posts(d, c.vocab, c.lexicon), ("entities",), ("posts",)),
    Stage("quotes", lambda d, c: quotes.find_quotes(d, c.vocab, c.lexicon), ("posts",), ("quotes",)),
    Stage("events", lambda d, c: events_stage.find_events(d, c.vocab, c.lexicon), ("quotes",), ("events",)),
    Stage("commitments", lambda d, c: commitments_stage.find_commitments(d, c.vocab, c.lexicon), ("events",),
          ("commitments",)),
)

# Articles parsed together: enough sentences to fill slovnet's batches with sentences of one length (32 posts
# left a quarter of every batch padding, 128 under a tenth), few enough to keep memory flat.
CHUNK = 128


class Pipeline:
    """Analyse articles into Docs; models load on first use and are shared by every call."""

    def __init__(self, disable: Iterable[str] = ()) -> None:
        disabled = set(disable)
        unknown = disabled - {s.name for s in STAGES}
        if unknown:
            raise UsageError(f"unknown stage(s): {', '.join(sorted(unknown))}; "
                             f"stages are {', '.join(s.name for s in STAGES)}")
        self.stages = tuple(s for s in STAGES if s.name not in disabled)
        self._context: Context | None = None
        # Wall-clock seconds spent in natasha's parse and in each stage since this pipeline was made: what each
        # layer costs (``letopis bench --only speed`` reports it); two clock reads per stage and article.
        self.seconds: dict[str, float] = dict.fromkeys(("parse", *(s.name for s in self.stages)), 0.0)

    @property
    def context(self) -> Context:
        if self._context is None:
            self._context = Context(vocab=nlp.load_models().morph_vocab, lexicon=load_lexicon())
        return self._context

    def analyze(self, articles: Iterable[Article]) -> Iterator[Doc]:
        stream = iter(articles)
        seconds = self.seconds
        while chunk := [a.with_id() for a in islice(stream, CHUNK)]:
            context = self.context
            started = perf_counter()
            parsed = nlp.parse(chunk)
            seconds["parse"] += perf_counter() - started
            for doc in parsed:
                for stage in self.stages:
                    started = perf_counter()
                    doc = stage.run(doc, context)
                    seconds[stage.name] += perf_counter() - started
                yield doc

    def analyze_one(self, article: Article) -> Doc:
        return next(self.analyze([article]))
