"""Accuracy runs: a system over the factRuEval-2016 test set (tracks 1, 1-l, 2, 3) and over BSNLP-2021
(base forms)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from letopis.bench import bsnlp, tracks
from letopis.bench.anchors import System
from letopis.bench.convert import response_from_json
from letopis.bench.factrueval import GoldDoc
from letopis.bench.matching import Score

Progress = Callable[[str], None]


@dataclass
class FactRuEvalResult:
    system: str
    docs: int = 0
    seconds: float = 0.0
    track1: dict[str, Score] = field(default_factory=dict)
    track1_merged: dict[str, Score] = field(default_factory=dict)  # LocOrg scored as Location
    track2: dict[str, Score] = field(default_factory=dict)
    track3: dict[str, Score] = field(default_factory=dict)


def _add(total: dict[str, Score], part: dict[str, Score]) -> None:
    for tag, score in part.items():
        total.setdefault(tag, Score()).add(score)


def run_factrueval(system: System, docs: Sequence[GoldDoc], positions: dict[str, str],
                   progress: Progress | None = None) -> FactRuEvalResult:
    result = FactRuEvalResult(system.name)
    started = time.perf_counter()
    for k, (doc, answer) in enumerate(zip(docs, system.analyse([d.text for d in docs]), strict=True), 1):
        response = response_from_json(answer)
        _add(result.track1, tracks.score_track1(doc, response.mentions))
        _add(result.track1_merged, tracks.score_track1(doc, response.mentions, merge_locorg=True))
        _add(result.track2, tracks.score_track2(doc, response.entities))
        _add(result.track3, tracks.score_track3(doc, response.facts, positions))
        result.docs = k
        if progress and k % 10 == 0:
            progress(f"{system.name}: factRuEval {k}/{len(docs)}")
    result.seconds = time.perf_counter() - started
    return result


def run_bsnlp(system: System, docs: Sequence[bsnlp.BsnlpDoc],
              progress: Progress | None = None) -> dict[str, bsnlp.BaseFormScore]:
    """Scores by topic and ``all``, case-sensitive; the same keys with `` (any case)`` ignore case."""
    totals: dict[str, bsnlp.BaseFormScore] = {}
    lemma = bsnlp.dictionary_lemma()
    for k, (doc, answer) in enumerate(zip(docs, system.analyse([d.text for d in docs]), strict=True), 1):
        mentions = bsnlp.mentions_of(answer)
        topic = doc.name.split("/")[0]
        for fold_case, suffix in ((False, ""), (True, " (any case)")):
            score = bsnlp.score_doc(doc, mentions, fold_case)
            if not fold_case:
                score.disagreements = bsnlp.disagreements(doc, mentions, lemma)
            for key in ("all", topic):
                totals.setdefault(key + suffix, bsnlp.BaseFormScore()).add(score)
        if progress and k % 20 == 0:
            progress(f"{system.name}: BSNLP {k}/{len(docs)}")
    return totals
