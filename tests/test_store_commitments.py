"""Commitments over time in the store: a later article reporting progress appends a step to the history of an
open commitment whose parties it names, with its date, status and evidence; the status moves forward only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.cli import main
from letopis.records import Article
from letopis.store import Store, commitments, ingest, one_entity
from letopis.store.results import CommitmentView
from letopis.store.tracking import advances

pytest_plugins = ("pg",)

DECISION = Article(
    id="decision", outlet="БелТА", published="2024-10-14", title="Беларусь и Казахстан создадут индустриальный центр",
    text="Премьер-министр Беларуси Роман Головченко провел переговоры с премьер-министром Казахстана Аскаром "
         "Маминым в Нур-Султане. По итогам переговоров принято решение создать в индустриальной зоне Костаная "
         "белорусский индустриальный центр.")
OPENED = Article(
    id="opened", outlet="Казинформ", published="2025-03-01", title="Индустриальный центр открыт",
    text="Белорусский индустриальный центр в Костанае открыт. Об этом сообщила пресс-служба акимата "
         "Костанайской области.")
POSTPONED = Article(
    id="postponed", outlet="Казинформ", published="2024-12-01",
    text="Открытие белорусского индустриального центра в Костанае отложено до весны.")
ELSEWHERE = Article(
    id="elsewhere", outlet="Podrobno.uz", published="2025-02-01",
    text="Российский индустриальный центр в Ташкенте открыт.")


def centre(store: Store) -> CommitmentView:
    by = one_entity(store, "Беларусь")
    found = [c for c in commitments(store, party=by.id).items if "индустриальный центр" in c.text]
    assert len(found) == 1
    return found[0]


def test_later_report_moves_the_commitment_to_done_with_evidence(db: str) -> None:
    with Store.open(db) as store:
        ingest(store, [DECISION])
        ingest(store, [OPENED])
        found = centre(store)
    assert found.status == "done"
    steps = [(str(s.date), s.status, s.evidence.article_id) for s in found.history]
    assert steps == [("2024-10-14", "decided", "decision"), ("2025-03-01", "done", "opened")]
    evidence = found.history[-1].evidence
    assert evidence.text == "Белорусский индустриальный центр в Костанае открыт."
    assert OPENED.text[evidence.start:evidence.stop] == evidence.text


def test_stalled_then_done(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [DECISION, POSTPONED, OPENED])
        found = centre(store)
    assert [s.status for s in found.history] == ["decided", "stalled", "done"]


def test_progress_found_by_worker_processes(tmp_path: Path) -> None:
    """The tokens cross from the workers sealed and the writer opens them: "Белорусский индустриальный центр в
    Костанае открыт" names Беларусь only by its adjective, found in the worker."""
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [DECISION, POSTPONED, OPENED], workers=2)
        found = centre(store)
    assert [(s.status, s.evidence.article_id) for s in found.history] == [
        ("decided", "decision"), ("stalled", "postponed"), ("done", "opened")]


def test_done_is_final(tmp_path: Path) -> None:
    later = Article(id="later", published="2025-04-01", outlet="БелТА",
                    text="Открытие белорусского индустриального центра в Костанае отложено.")
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [DECISION, OPENED, later])
        found = centre(store)
    assert [s.status for s in found.history] == ["decided", "done"]


def test_report_about_other_parties_leaves_it_alone(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [DECISION, ELSEWHERE])
        found = centre(store)
    assert [s.status for s in found.history] == ["decided"]


def test_a_report_older_than_the_commitment_is_no_progress(tmp_path: Path) -> None:
    """Articles arrive in any order: one published before the decision, stored after it, cannot report on it."""
    before = Article(id="before", outlet="Казинформ", published="2024-09-01",
                     text="Белорусский индустриальный центр в Костанае открыт.")
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [DECISION, before])
        found = centre(store)
    assert [s.status for s in found.history] == ["decided"]


STEPS = [
    pytest.param("decided", "decided", "done", True, id="решено-открыто"),
    pytest.param("signed", "signed", "decided", False, id="назад-нельзя"),
    pytest.param("signed", "signed", "signed", False, id="то-же-самое"),
    pytest.param("signed", "signed", "stalled", True, id="отложено"),
    pytest.param("stalled", "signed", "in-progress", True, id="возобновлено"),
    pytest.param("stalled", "signed", "signed", False, id="после-паузы-не-дальше"),
    pytest.param("in-progress", "in-progress", "cancelled", True, id="отменено"),
    pytest.param("done", "done", "stalled", False, id="выполнено-окончательно"),
    pytest.param("cancelled", "signed", "done", False, id="отменено-окончательно"),
]


@pytest.mark.parametrize(("current", "reached", "new", "moves"), STEPS)
def test_status_moves_forward_only(current: str, reached: str, new: str, moves: bool) -> None:
    assert advances(current, reached, new) is moves


def test_cli_commitments_shows_the_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet, "title": a.title,
                                          "published": a.published}, ensure_ascii=False) + "\n"
                              for a in (DECISION, OPENED)), encoding="utf-8")
    db = str(tmp_path / "letopis.db")
    assert main(["ingest", "--db", db, str(source)]) == 0
    capsys.readouterr()
    assert main(["commitments", "--party", "Беларусь", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "[done] создать в индустриальной зоне Костаная белорусский индустриальный центр" in out
    assert "2025-03-01 done" in out and "«Белорусский индустриальный центр в Костанае открыт.»" in out
