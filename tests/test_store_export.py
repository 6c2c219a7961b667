"""Export round-trips: JSON lines, CSV and Parquet hold the same rows; GDELT and PLOVER have their columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from letopis.cli import main
from letopis.errors import UsageError
from letopis.store import Store
from letopis.store.export import COLUMNS, GDELT, WHAT, export

pytest_plugins = ("pg",)


def exported(db: str, what: str, fmt: str, **filters: Any) -> bytes:
    out = io.BytesIO()
    with Store.open(db) as store:
        export(store, what, fmt, out, **filters)
    return out.getvalue()


def as_text(value: Any) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("what", WHAT)
def test_csv_holds_the_rows_of_jsonl(demo_db: str, what: str) -> None:
    rows = [json.loads(line) for line in exported(demo_db, what, "jsonl").decode().splitlines()]
    table = list(csv.DictReader(io.StringIO(exported(demo_db, what, "csv").decode())))
    assert rows, f"no {what} in the demo store"
    assert [{k: as_text(v) for k, v in r.items()} for r in rows] == table
    assert list(table[0]) == list(COLUMNS[what])


@pytest.mark.parametrize("what", WHAT)
def test_parquet_holds_the_rows_of_jsonl(demo_db: str, what: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [json.loads(line) for line in exported(demo_db, what, "jsonl").decode().splitlines()]
    table = pq.read_table(io.BytesIO(exported(demo_db, what, "parquet"))).to_pylist()
    assert [{k: as_text(v) for k, v in r.items()} for r in rows] == [{k: as_text(v) for k, v in r.items()}
                                                                        for r in table]


def test_gdelt_table_has_gdelt_columns_and_one_row_per_event_done(demo_db: str) -> None:
    """One row per event that took place: GDELT's table has no modality, so announced, denied and possible acts
    are left out of it (the JSON lines keep them)."""
    events = [json.loads(line) for line in exported(demo_db, "events", "jsonl").decode().splitlines()]
    table = list(csv.DictReader(io.StringIO(exported(demo_db, "events", "gdelt").decode()), delimiter="\t"))
    done = [e for e in events if e["modality"] == "asserted"]
    assert 0 < len(done) < len(events) and [r["GlobalEventID"] for r in table] == [str(e["id"]) for e in done]
    assert tuple(table[0]) == GDELT
    assert all(r["EventRootCode"] == r["EventCode"][:2] for r in table)


def test_plover_lines_have_type_and_actors(demo_db: str) -> None:
    lines = [json.loads(line) for line in exported(demo_db, "events", "plover").decode().splitlines()]
    assert lines and {"event_type", "event_date", "source_actor", "target_actor", "num_sources"} <= set(lines[0])


def test_party_filter_keeps_rows_of_that_party(demo_db: str) -> None:
    from letopis.store import one_entity

    with Store.open(demo_db) as store:
        belarus = one_entity(store, "Беларусь")
    rows = [json.loads(line) for line in
            exported(demo_db, "commitments", "jsonl", party=belarus.id).decode().splitlines()]
    assert rows and all(str(belarus.id) in r["party_ids"].split("; ") for r in rows)


@pytest.mark.parametrize(("what", "fmt"), [("quotes", "gdelt"), ("posts", "plover"), ("people", "csv")],
                         ids=["gdelt-не-для-цитат", "plover-не-для-постов", "нет-такой-таблицы"])
def test_format_that_does_not_fit_is_a_usage_error(demo_db: str, what: str, fmt: str) -> None:
    with pytest.raises(UsageError):
        exported(demo_db, what, fmt)


def test_cli_export_writes_a_file(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "events.tsv"
    code = main(["export", "--db", demo_db, "--what", "events", "--format", "gdelt", "-o", str(target)])
    assert code == 0 and target.read_text(encoding="utf-8").startswith("GlobalEventID\t")
    assert "events written" in capsys.readouterr().err
