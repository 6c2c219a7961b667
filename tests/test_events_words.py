"""The events stage's word lists (letopis/data/event_words.tsv): read by set name as lemmas or phrases, every set the
stage names present, broken rows and misread sets reported with the file's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from letopis.analysis import events
from letopis.analysis.event_triggers import WordSets, load_word_sets, read_word_sets
from letopis.lexicon import LexiconError


def test_sets_read_as_words_and_phrases() -> None:
    sets = read_word_sets("# comment\n\nCOURTS\tсуд\nCOURTS\tтрибунал\nARRIVALS\tприбыть\n"
                          "ARRIVALS\tсделать остановка\n")
    assert sets.words("COURTS") == frozenset({"суд", "трибунал"})
    assert sets.phrases("ARRIVALS") == frozenset({("прибыть",), ("сделать", "остановка")})


@pytest.mark.parametrize(("text", "call"), [
    ("COURTS суд\n", lambda s: s.words("COURTS")),  # no tab: one cell
    ("COURTS\tсуд\n", lambda s: s.words("TERMS")),  # a set the file lacks
    ("ARRIVALS\tсделать остановка\n", lambda s: s.words("ARRIVALS")),  # a phrase read as a word
])
def test_broken_rows_and_misread_sets_are_reported(text: str, call: Callable[[WordSets], object]) -> None:
    with pytest.raises(LexiconError, match="event_words.tsv"):
        call(read_word_sets(text))


def test_the_shipped_file_holds_the_sets_the_stage_reads() -> None:
    shipped = load_word_sets()
    assert shipped.words("COURTS") == events.COURTS
    assert "суд" in events.COURTS
    assert ("сделать", "остановка") in events.ARRIVALS
    assert ("решить",) in events.JOINT  # read by the commitments stage too
    assert "выборщик" in events.ELECTORS and "фальсификация" in events.FRAUD
