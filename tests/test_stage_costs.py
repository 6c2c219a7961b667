"""What each layer costs: the pipeline keeps its seconds per stage, and the speed report turns them into the
share the quote and event layers add to the analysis (issues' limits: 10% and 15%)."""

from __future__ import annotations

import json
from dataclasses import asdict, replace

from letopis.analysis import Pipeline
from letopis.bench.report import _stage_table
from letopis.bench.speed import SpeedResult
from letopis.records import Article

TEXT = ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры с премьер-министром Беларуси Романом "
        "Головченко. «Мы выполняем те задачи, которые поставили главы государств», - сказал Роман Головченко.")


def test_the_pipeline_counts_the_seconds_of_every_stage() -> None:
    pipeline = Pipeline(disable={"commitments"})
    assert set(pipeline.seconds) == {"parse", "mentions", "entities", "posts", "quotes", "events"}
    doc = pipeline.analyze_one(Article(text=TEXT))
    assert doc.quotes
    assert all(spent > 0 for spent in pipeline.seconds.values())
    before = dict(pipeline.seconds)
    pipeline.analyze_one(Article(text=TEXT))
    assert all(pipeline.seconds[name] > before[name] for name in before)


def _run(stages: dict[str, float]) -> SpeedResult:
    return SpeedResult("letopis", "telegram", 10, 5.0, 1.0, sum(stages.values()), 400.0, stages=stages)


def test_layer_shares_are_against_the_analysis_without_them() -> None:
    stages = {"parse": 7.0, "mentions": 0.5, "entities": 0.2, "posts": 0.3, "quotes": 1.0, "events": 0.6,
              "commitments": 0.4}
    table = "\n".join(_stage_table([_run(stages)]))
    assert "| telegram | 7.00 | 0.50 | 0.20 | 0.30 | 1.00 | 0.60 | 0.40 |" in table
    assert "11.1% (missed)" in table  # quotes: 1.0 s added to 9.0 s
    assert "11.1% (met)" in table  # events and commitments: 1.0 s added to 9.0 s, limit 15%


def test_no_stage_table_without_letopis_runs() -> None:
    assert _stage_table([]) == []


def test_a_speed_result_carries_its_cpu_seconds_through_json() -> None:
    """The child process reports CPU seconds beside wall-clock ones: the parent reads them back from its JSON."""
    result = replace(_run({"parse": 7.0, "mentions": 0.5}), cpu_s=6.8)
    assert SpeedResult(**json.loads(json.dumps(asdict(result)))) == result
    assert _run({"parse": 1.0}).cpu_s is None
