"""The texts the benchmarks feed to each system, chosen the same way on every run."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from letopis.bench import factrueval
from letopis.bench.shared import BenchmarkError, benchmark

CORPORA = ("factrueval", "telegram")


def factrueval_texts(limit: int | None = None) -> list[str]:
    """The factRuEval-2016 test texts, in document order, each a whole article."""
    folder = benchmark("factrueval-2016") / "testset"
    names = factrueval.doc_names(folder)[:limit]
    return [(folder / f"{n}.txt").read_text(encoding="utf-8-sig") for n in names]


def telegram_texts(limit: int = 5000) -> list[str]:
    """Non-empty posts of telegram-news-2024, ordered by a hash of channel and message id (a fixed
    pseudo-random sample across all 24 channels), first ``limit``."""
    folder = benchmark("telegram-news-2024") / "data" / "raw"
    posts = []
    for path in sorted(folder.glob("*_messages.json")):
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BenchmarkError(f"{path}: not a JSON list of posts ({exc})") from exc
        for item in items:
            text = (item.get("text") or "").strip()
            if text:
                key = f"{item.get('sender_id')}:{item.get('message_id')}".encode()
                posts.append((hashlib.sha1(key).hexdigest(), text))
    posts.sort()
    return [text for _, text in posts[:limit]]


def texts(corpus: str, limit: int | None) -> list[str]:
    if corpus == "factrueval":
        return factrueval_texts(limit)
    if corpus == "telegram":
        return telegram_texts(limit if limit is not None else 5000)
    raise BenchmarkError(f"unknown corpus {corpus!r}; corpora are {', '.join(CORPORA)}")


def positions_table() -> dict[str, str]:
    return factrueval.read_positions(benchmark("factrueval-2016") / "jobs_processed.txt")


def factrueval_folder() -> Path:
    return benchmark("factrueval-2016") / "testset"
