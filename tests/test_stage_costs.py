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


def test_each_ratio_is_of_the_same_texts_and_the_stage_table_of_the_whole_run() -> None:
    """PullEnti runs on the first texts of a selection; letopis is timed on those too, and the ratio is of that run:
    here 30 posts/s on its 300 posts against 3 for PullEnti (10x), not the 40 posts/s of the 5,000 (13.33x)."""
    from letopis.bench.report import _speed_table

    whole = SpeedResult("letopis", "telegram", 5000, 3600.0, 1.0, 125.0, 400.0, stages={"parse": 100.0, "quotes": 5.0})
    sample = SpeedResult("letopis", "telegram", 300, 200.0, 1.0, 10.0, 400.0, stages={"parse": 9.0, "quotes": 1.0})
    natasha = SpeedResult("natasha", "telegram", 5000, 3600.0, 1.0, 250.0, 300.0)
    pullenti = SpeedResult("pullenti", "telegram", 300, 200.0, 3.0, 100.0, 400.0)
    rows = [line for line in _speed_table([whole, natasha, pullenti, sample]) if line.startswith("| ")]
    assert rows[2].endswith("| 2.00 |")  # natasha alone: 40 / 20, the same 5,000 posts
    assert rows[3].endswith("| 10.00 |")  # PullEnti: 30 / 3, the same 300 posts
    stage_rows = [line for line in rows if line.startswith("| telegram |")]
    assert stage_rows == [r for r in stage_rows if "100.00" in r] and len(stage_rows) == 1  # the 5,000 posts only
