"""The command line: output formats, and a one-line message with a non-zero exit for every kind of bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from letopis.cli import EXAMPLES, build_parser, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_is_a_list_of_documents(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["analyze", str(SAMPLE)], capsys)
    docs = json.loads(out)
    assert code == 0
    assert [d["schema"] for d in docs] == [1, 1]
    assert {"id", "title", "outlet", "cites", "published", "url", "text", "entities", "posts", "quotes",
            "events", "commitments"} <= set(docs[0])


def test_text_output_marks_mentions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["analyze", "--format", "text", str(SAMPLE)], capsys)
    assert code == 0
    assert "[Касым-Жомарт Токаев]PER" in out


def test_jsonl_from_stdin_one_document_per_line(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    lines = [{"id": "a1", "text": "Президент России Владимир Путин провел переговоры."},
             {"id": "a2", "text": "Премьер-министр Беларуси Роман Головченко прибыл в Астану.\n\nВторой абзац."}]
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(["analyze", "--format", "jsonl", "-"], capsys)
    docs = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [d["id"] for d in docs] == ["a1", "a2"]


def test_bad_json_line_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "ok1", "text": "Путин прибыл в Минск."}\n{broken\n'
                    '{"id": "ok2", "text": "Лукашенко встретил гостя."}\n', encoding="utf-8")
    code, out, err = run(["analyze", "--format", "jsonl", str(path)], capsys)
    assert code == 4
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok1", "ok2"]
    assert "feed.jsonl:2" in err


@pytest.mark.parametrize(("name", "content"), [
    ("empty.txt", b""),
    ("spaces.txt", b"  \n\t \n"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("nul.txt", b"abc\x00\x00\x00def" * 50),
], ids=["empty", "whitespace", "binary", "nul-bytes"])
def test_unreadable_input_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(["analyze", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and name in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["analyze", "no-such-file.txt"], capsys)
    assert code == 2
    assert "no-such-file.txt" in err and err.count("\n") == 1


def test_unknown_stage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["analyze", "--disable", "nonsense", str(SAMPLE)], capsys)
    assert code == 2
    assert "nonsense" in err


def test_cp1251_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cp1251.txt"
    path.write_bytes("Президент Казахстана Касым-Жомарт Токаев встретился с делегацией.".encode("cp1251"))
    code, out, _ = run(["analyze", str(path)], capsys)
    names = [e["name"] for e in json.loads(out)[0]["entities"]]
    assert code == 0
    assert "Касым-Жомарт Токаев" in names


def test_every_command_has_help_with_an_example() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == set(EXAMPLES)
    for name, sub in commands.items():
        assert "letopis " + name in (sub.epilog or "")


def test_console_script_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "letopis.cli", "analyze", "--format", "text", str(SAMPLE)],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "## Сущности" in result.stdout


def test_the_command_line_raises_the_collector_thresholds_and_a_library_user_keeps_theirs() -> None:
    """The command line is batch work (see letopis.runtime); importing letopis changes nothing."""
    script = ("import gc; before = gc.get_threshold(); import letopis, letopis.cli, letopis.store.ingestion; "
              "print(before == gc.get_threshold())")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
    script = ("import gc, sys; from letopis.cli import main; from letopis.runtime import GC_THRESHOLDS; "
              "main(['stats', '--db', sys.argv[1], '--json']); print(gc.get_threshold() == GC_THRESHOLDS)")
    done = subprocess.run([sys.executable, "-c", script, "sqlite:///:memory:"], capture_output=True, text=True,
                          check=False)
    assert done.stdout.strip().splitlines()[-1] == "True", done.stderr
