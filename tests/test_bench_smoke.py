"""``letopis bench --quick`` runs end to end and writes its report; without ../shared it says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.bench.run import main


def test_quick_bench_writes_the_report(shared: Path, tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    assert main(["--quick", "--output", str(output)]) == 0
    report = output.read_text(encoding="utf-8")
    for heading in ("## factRuEval-2016", "## Base forms on BSNLP-2021", "## Speed"):
        assert heading in report
    assert "| best of 2016 | 0.809 | 0.867 | 0.798 | 0.662 | 0.242 |" in report
    assert str(tmp_path) not in report  # no machine paths in the report


def test_missing_benchmarks_give_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LETOPIS_SHARED", str(tmp_path / "nowhere"))
    assert main(["--output", str(tmp_path / "B.md")]) == 2
    message = capsys.readouterr().err.strip()
    assert message.startswith("letopis bench: no benchmarks found") and "\n" not in message
    assert not (tmp_path / "B.md").exists()
