"""Commitments: what was agreed or promised, by whom, and the status the text gives it."""

from __future__ import annotations

import pytest

from letopis import Article, Commitment, Doc, Pipeline, analyze
from letopis.analysis.commitments import load_status_cues, read_status_cues
from letopis.lexicon import LexiconError


def commitments_of(pipeline: Pipeline, text: str) -> tuple[Doc, list[Commitment]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-01-02"))
    return doc, list(doc.commitments)


def names(doc: Doc, ids: tuple[str, ...]) -> list[str]:
    return [doc.entity(i).name for i in ids]


@pytest.mark.parametrize(("text", "status"), [
    pytest.param("Между Россией и Китаем подписано соглашение о поставках газа.", "signed", id="signed"),
    pytest.param("Путин и Эрдоган договорились построить газовый хаб в Турции.", "decided", id="agreed"),
    pytest.param("Владимир Путин пообещал построить новую больницу в Казани.", "promised", id="promised"),
    pytest.param("Путин и Эрдоган договорились построить газовый хаб в Турции. Строительство хаба было "
                 "отложено.", "stalled", id="postponed-later"),
    pytest.param("Путин и Эрдоган договорились построить газовый хаб в Турции. Позже проект был отменен.",
                 "cancelled", id="cancelled-later"),
    pytest.param("Путин и Эрдоган договорились построить газовый хаб в Турции. Документы уже подписаны.",
                 "signed", id="signed-later"),
])
def test_status_read_from_the_text(pipeline: Pipeline, text: str, status: str) -> None:
    doc, commitments = commitments_of(pipeline, text)
    assert [c.status for c in commitments] == [status]


def test_negated_agreement_commits_nobody(pipeline: Pipeline) -> None:
    doc, commitments = commitments_of(pipeline, "Россия и Украина не подписали соглашение о перемирии.")
    assert commitments == []


def test_what_was_agreed_is_the_clause(pipeline: Pipeline) -> None:
    doc, commitments = commitments_of(pipeline, "Путин и Эрдоган договорились построить газовый хаб в Турции.")
    assert commitments[0].text == "построить газовый хаб в Турции"


def test_parties_are_the_sides(pipeline: Pipeline) -> None:
    doc, commitments = commitments_of(pipeline, "Между Россией и Китаем подписано соглашение о поставках газа.")
    assert names(doc, commitments[0].parties) == ["Россия", "Китай"]


def test_status_never_moves_back(pipeline: Pipeline) -> None:
    doc, commitments = commitments_of(pipeline, "Путин и Эрдоган договорились построить газовый хаб в Турции. "
                                                "Этот вопрос обсуждался и раньше.")
    assert [c.status for c in commitments] == ["decided"]


def test_status_cue_in_the_next_paragraph_is_about_something_else(pipeline: Pipeline) -> None:
    doc, commitments = commitments_of(pipeline, "Путин и Эрдоган договорились построить газовый хаб в Турции.\n"
                                                "Документы о другом проекте уже подписаны.")
    assert [c.status for c in commitments] == ["decided"]


@pytest.mark.parametrize(("row", "message"), [
    pytest.param("подписать\tready\tupdate", "status", id="bad-status"),
    pytest.param("подписать\tsigned\tmaybe", "role", id="bad-role"),
    pytest.param("подписать\tsigned", "expected 3", id="short-row"),
])
def test_broken_status_row_names_its_line(row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=rf"line 2: .*{message}"):
        read_status_cues("# header\n" + row)


def test_shipped_cues_load() -> None:
    cues = load_status_cues()
    assert "создание" in cues.projects and "подписать" in cues.by_first


# --- the sample page: copied from ../shared/samples/kazinform-belta-visit.expected.json -----------------

SAMPLE_COMMITMENTS = [
    (("Беларусь", "Казахстан"), "повышении локализации уже производимой техники", "decided"),
    (("Беларусь", "Казахстан"), "белорусский индустриальный центр", "signed"),
    (("Беларусь", "Казахстан"), "молочно-товарных комплексов", "discussed"),
]


@pytest.fixture(scope="module")
def sample_docs(sample_text: str) -> list[Doc]:
    return analyze(sample_text)


@pytest.mark.parametrize(("parties", "contains", "status"), SAMPLE_COMMITMENTS,
                         ids=[c[2] for c in SAMPLE_COMMITMENTS])
def test_sample_commitment(sample_docs: list[Doc], parties: tuple[str, ...], contains: str, status: str) -> None:
    found = [(d, c) for d in sample_docs for c in d.commitments if contains in c.text]
    assert [(sorted(names(d, c.parties)), c.status) for d, c in found] == [(sorted(parties), status)]


def test_a_parse_whose_heads_loop_ends() -> None:
    """slovnet may hang a word on itself or two words on each other; what follows an agreement still ends."""
    from letopis.analysis.commitments import _content_starts
    from letopis.records import Token

    def token(i: int, head: int, rel: str) -> Token:
        return Token(start=i * 3, stop=i * 3 + 2, text="в", lemma="в", pos="ADP", feats={}, head=head, rel=rel,
                     sent=0)

    itself = [token(0, 0, "case"), token(1, 0, "obl")]
    assert _content_starts(itself, 0, [1], 0, 2)
    each_other = [token(0, 1, "case"), token(1, 0, "amod")]
    assert _content_starts(each_other, 0, [5], 0, 2)
