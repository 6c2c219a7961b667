"""The BSNLP dev scorer: the shared task's own folder layout, test topics refused, totals and wrong forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.bench import bsnlp
from letopis.bench.shared import BenchmarkError

GOLD = "ru-1\nАртура Парфенчкова\tАртур Парфенчков\tPER\tPER-1\nКарелии\tКарелия\tLOC\tGPE-1\n"
RAW = "ru-1\nru\n2019-01-01\nhttps://example.org/1\nГлава Карелии встретился с Артура Парфенчкова.\n"


def _topic(root: Path, topic: str) -> None:
    (root / topic / "annotated" / "ru").mkdir(parents=True)
    (root / topic / "raw" / "ru").mkdir(parents=True)
    (root / topic / "annotated" / "ru" / "doc_1.out").write_text(GOLD, encoding="utf-8")
    (root / topic / "raw" / "ru" / "doc_1.txt").write_text(RAW, encoding="utf-8")


def test_reads_the_shared_tasks_layout(tmp_path: Path) -> None:
    _topic(tmp_path, "brexit")
    docs = bsnlp.read_dev_docs(tmp_path)
    assert [d.name for d in docs] == ["brexit/doc_1"]
    assert docs[0].text.startswith("Глава Карелии")  # the four header lines dropped
    assert docs[0].forms == {"Артура Парфенчкова": "Артур Парфенчков", "Карелии": "Карелия"}


def test_refuses_a_test_topic(tmp_path: Path) -> None:
    _topic(tmp_path, "covid-19")
    with pytest.raises(BenchmarkError, match="test topic"):
        bsnlp.read_dev_docs(tmp_path)


def test_an_empty_folder_says_what_it_expected(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkError, match="annotated"):
        bsnlp.read_dev_docs(tmp_path)


def test_totals_and_wrong_forms(tmp_path: Path) -> None:
    _topic(tmp_path, "brexit")
    docs = bsnlp.read_dev_docs(tmp_path)
    answer = {"entities": [
        {"mentions": [{"text": "Карелии", "normal": "Карелия"}]},
        {"mentions": [{"text": "Артура Парфенчкова", "normal": "Артура Парфенчков"}]}]}
    totals = bsnlp.score_answers(docs, [answer])
    assert (totals["all"].covered, totals["all"].correct) == (2, 1)
    assert totals["brexit"].accuracy == 0.5
    assert bsnlp.wrong_forms(docs[0], bsnlp.mentions_of(answer)) == [
        ("Артура Парфенчкова", "Артур Парфенчков", "Артура Парфенчков")]
