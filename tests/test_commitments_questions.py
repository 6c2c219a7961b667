"""Commitments: an indirect question commits no one ("другой вопрос – как этот труд должен быть организован"), and
"заключил" alone is a speaker concluding, not a signature ("..., — заключил Шапша"); "заключили контракт" is one."""

from __future__ import annotations

from letopis import Pipeline
from letopis.records import Article


def commitments(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-12-04"))
    return [(c.status, c.text) for c in doc.commitments]


def test_an_indirect_question_is_no_commitment(pipeline: Pipeline) -> None:
    assert commitments(pipeline, "«Но другой вопрос – как этот труд должен быть организован», сказал Шапша.") == []
    assert commitments(pipeline, "Минтранс пообещал, что мост будет построен к 2026 году. Когда будет открыт "
                                 "второй мост, не уточняется.") == [("promised", "что мост будет построен к 2026 году")]


def test_a_speaker_concluding_signs_nothing(pipeline: Pipeline) -> None:
    text = ("Губернатор пообещал построить новый мост через Волгу. «Работы начнутся весной», — заключил он.")
    assert commitments(pipeline, text) == [("promised", "построить новый мост через Волгу")]


def test_a_contract_concluded_is_signed(pipeline: Pipeline) -> None:
    text = ("Правительство пообещало построить новый мост через Волгу. Контракт на строительство заключили "
            "в понедельник.")
    assert commitments(pipeline, text) == [("signed", "построить новый мост через Волгу")]
