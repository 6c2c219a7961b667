"""Commitments over time: a later report's sentence moves a known commitment's status, with its evidence."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.errors import LetopisError
from letopis.records import Article, Doc
from letopis.stories import commitment_progress
from letopis.stories.commitments import read_cues

CENTRE = "построить белорусский индустриальный центр в Костанае"
PARTIES = ("Беларусь", "Казахстан")


def doc(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


STATUS_CASES = [
    ("открыт", "В Казахстане белорусский индустриальный центр в Костанае открыт.", "done"),
    ("открылся", "В Костанае открылся белорусский индустриальный центр, сообщили в Минске.", "done"),
    ("начато", "Строительство белорусского индустриального центра в Костанае начато в мае.", "in-progress"),
    ("отложено", "Открытие белорусского индустриального центра в Костанае отложено до осени.", "stalled"),
    ("отменено", "Строительство белорусского индустриального центра в Костанае отменено.", "cancelled"),
    ("подписано соглашение",
     "Подписано соглашение о создании белорусского индустриального центра в Костанае.", "signed"),
]


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES])
def test_status_from_cue_sentence(pipeline: Pipeline, text: str, status: str) -> None:
    found = commitment_progress(CENTRE, PARTIES, doc(pipeline, text))
    assert [p.status for p in found] == [status]


def test_evidence_is_the_sentence(pipeline: Pipeline) -> None:
    text = "Визит завершился в пятницу. Белорусский индустриальный центр в Костанае открыт."
    (progress,) = commitment_progress(CENTRE, PARTIES, doc(pipeline, text))
    assert text[progress.evidence_start:progress.evidence_stop] == progress.evidence_text
    assert progress.evidence_text == "Белорусский индустриальный центр в Костанае открыт."
    assert 0.5 <= progress.score <= 1.0


HELD_CASES = [
    ("не открыт", "Белорусский индустриальный центр в Костанае до сих пор не открыт."),
    ("планируется открыть", "Белорусский индустриальный центр в Костанае планируется открыть осенью."),
    ("будет открыт", "Белорусский индустриальный центр в Костанае будет открыт в следующем году."),
    ("позволит отказаться", "Новые правила позволят Казахстану отказаться от белорусского индустриального "
                            "центра в Костанае."),
]


@pytest.mark.parametrize("text", [c[1] for c in HELD_CASES], ids=[c[0] for c in HELD_CASES])
def test_plans_and_negation_are_not_progress(pipeline: Pipeline, text: str) -> None:
    assert commitment_progress(CENTRE, PARTIES, doc(pipeline, text)) == []


def test_commitment_as_the_extractor_words_it(pipeline: Pipeline) -> None:
    what = "создать в индустриальной зоне Костаная белорусский индустриальный центр"
    text = "В Костанае открыт белорусский индустриальный центр, сообщает пресс-служба акимата."
    assert [p.status for p in commitment_progress(what, ("BY", "KZ"), doc(pipeline, text))] == ["done"]


def test_report_about_other_parties_does_not_count(pipeline: Pipeline) -> None:
    text = "Российский индустриальный центр в Ташкенте открыт."
    assert commitment_progress(CENTRE, PARTIES, doc(pipeline, text)) == []


def test_same_parties_other_content_does_not_count(pipeline: Pipeline) -> None:
    text = "Беларусь и Казахстан подписали соглашение о поставках зерна."
    assert commitment_progress(CENTRE, PARTIES, doc(pipeline, text)) == []


def test_shared_dates_and_numbers_are_not_shared_content(pipeline: Pipeline) -> None:
    """A commitment worded as a date alone gives nothing to follow; a report repeating its numbers and month
    with a cue ("открыли") is about something else."""
    text = "Беларусь и Казахстан 2 декабря 2024 года открыли 2 новых пункта пропуска на границе."
    assert commitment_progress("2 декабря 2024 года", PARTIES, doc(pipeline, text)) == []
    assert commitment_progress("открыть центр 2 декабря 2024 года", PARTIES, doc(pipeline, text)) == []


ROAMING = "отменить роуминг в Союзном государстве"
OWN_VERB_CASES = [
    pytest.param("Роуминг в Союзном государстве для абонентов России и Беларуси отменен с 1 марта.", ["done"],
                 id="отменен-значит-выполнено"),
    pytest.param("Россия и Беларусь решили отменить роуминг в Союзном государстве.", [],
                 id="решили-отменить-не-шаг"),
    pytest.param("Россия и Беларусь отложили отмену роуминга в Союзном государстве: роуминг отложен до осени.",
                 ["stalled"], id="отложен"),
]


@pytest.mark.parametrize(("text", "statuses"), OWN_VERB_CASES)
def test_the_commitments_own_verb_is_its_act_not_a_status(pipeline: Pipeline, text: str,
                                                            statuses: list[str]) -> None:
    """A commitment to cancel (stop, close) something is kept when the thing is cancelled: its own verb in a
    report is the act done, or (an infinitive) the plan told again, never a cancellation of the commitment."""
    found = commitment_progress(ROAMING, ("Россия", "Беларусь"), doc(pipeline, text))
    assert [p.status for p in found] == statuses


SIGN = "подписать соглашение о свободной торговле"


def test_the_commitments_own_signing_verb_stays_signed(pipeline: Pipeline) -> None:
    text = "Россия и Беларусь подписали соглашение о свободной торговле в Минске."
    found = commitment_progress(SIGN, ("Россия", "Беларусь"), doc(pipeline, text))
    assert [p.status for p in found] == ["signed"]


def test_bad_cue_row_names_the_line() -> None:
    with pytest.raises(LetopisError, match="line 2"):
        read_cues("done\tоткрыть\nfinished\tзакрыть\n")
