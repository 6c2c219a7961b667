"""Events: awards and admiration are praise (issue 4). Awarding an order or a medal ("наградил орденом", "вручил
орден") is the SUPPORT (CAMEO 051) of whom it honours; admiration expressed ("выразила восхищение") is the
speaker's SUPPORT."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент России Владимир Путин наградил режиссёра Эмира Кустурицу орденом Дружбы.",
     [("SUPPORT", "Владимир Путин", "Эмир Кустурица", "asserted")]),
    ("Президент Казахстана Касым-Жомарт Токаев вручил орден «Достык» Александру Лукашенко.",
     [("SUPPORT", "Касым-Жомарт Токаев", "Александр Лукашенко", "asserted")]),
])
def test_an_award_is_praise(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "SUPPORT"] == expected


def test_admiration_is_praise(pipeline: Pipeline) -> None:
    text = "Пресс-секретарь ГАБТ Катерина Новикова выразила своё восхищение действиями правоохранительных органов."
    supports = [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "SUPPORT"]
    assert supports == [("SUPPORT", "Катерина Новикова", None, "asserted")]


def test_a_decree_of_an_award_is_its_signers_praise(pipeline: Pipeline) -> None:
    text = "Президент России Владимир Путин подписал указ о награждении сербского режиссёра Эмира Кустурицы орденом."
    supports = [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "SUPPORT"]
    assert supports == [("SUPPORT", "Владимир Путин", "Эмир Кустурица", "asserted")]
