"""Throughput of one system on one corpus, measured in a process of its own so that each system's peak
memory (RSS) is its own; model loading is timed apart from the texts.

    python -m letopis.bench.speed natasha factrueval:0 telegram:5000    # one JSON line per corpus
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace

from letopis.bench import anchors, corpora
from letopis.bench.shared import BenchmarkError
from letopis.runtime import tune_gc


@dataclass(frozen=True)
class SpeedResult:
    system: str
    corpus: str
    articles: int
    kbytes: float  # UTF-8 size of the texts
    load_s: float
    seconds: float
    peak_rss_mb: float
    error: str | None = None
    load_avg: float | None = None  # the machine's 1-minute load average when the run began
    # letopis only: wall-clock seconds in natasha's parse and in each stage of ours during this corpus
    stages: dict[str, float] | None = None
    # CPU seconds of the system's process (all its threads) during this corpus: what the run cost, less
    # sensitive than ``seconds`` to other work on the machine (though a busy machine does less per CPU second)
    cpu_s: float | None = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def kb_per_s(self) -> float:
        return self.kbytes / self.seconds if self.seconds > 0 else 0.0


def _peak_rss_mb() -> float:
    # VmHWM is this program's own high-water mark; ru_maxrss would also carry the parent's peak across
    # fork and exec (Linux keeps the larger of the two), hiding the difference between systems.
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_here(system_name: str, plan: Sequence[tuple[str, int | None]]) -> Iterator[SpeedResult]:
    """Load the system once, then time it on each (corpus, limit) of the plan in turn."""
    work = [(corpus, corpora.texts(corpus, limit)) for corpus, limit in plan]
    system = anchors.make(system_name)
    started = time.perf_counter()
    system.load()
    load_s = time.perf_counter() - started
    for corpus, texts in work:
        before = system.stage_seconds() if isinstance(system, anchors.Letopis) else {}
        started, cpu_started = time.perf_counter(), time.process_time()
        if isinstance(system, anchors.Natasha):
            for text in texts:  # natasha alone: segment, morphology, syntax and NER
                system.parse(text)
        else:
            for _ in system.analyse(texts):
                pass
        seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
        kbytes = sum(len(t.encode("utf-8")) for t in texts) / 1024
        stages = None
        if isinstance(system, anchors.Letopis):
            stages = {name: spent - before.get(name, 0.0) for name, spent in system.stage_seconds().items()}
        yield SpeedResult(system_name, corpus, len(texts), kbytes, load_s, seconds, _peak_rss_mb(), stages=stages,
                          cpu_s=cpu_s)


def measure(system_name: str, plan: Sequence[tuple[str, int | None]], timeout: float = 3600) -> list[SpeedResult]:
    """Run ``measure_here`` in a fresh interpreter (one per system) and read its JSON lines."""
    command = [sys.executable, "-m", "letopis.bench.speed", system_name,
               *(f"{corpus}:{limit or 0}" for corpus, limit in plan)]

    def failed(why: str) -> list[SpeedResult]:
        return [SpeedResult(system_name, corpus, 0, 0, 0, 0, 0, why) for corpus, _ in plan]

    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return failed(f"timed out after {timeout:.0f} s")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or len(lines) != len(plan):
        return failed((done.stderr.strip().splitlines() or ["no output"])[-1][:200])
    return [replace(SpeedResult(**json.loads(line)), load_avg=load_avg) for line in lines]


def main(argv: list[str] | None = None) -> int:
    tune_gc()  # as the command line does, for every system alike (natasha and PullEnti too)
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2 or any(":" not in a for a in args[1:]):
        print("usage: python -m letopis.bench.speed SYSTEM CORPUS:LIMIT [CORPUS:LIMIT ...]", file=sys.stderr)
        return 2
    plan = [(a.partition(":")[0], int(a.partition(":")[2]) or None) for a in args[1:]]
    try:
        for result in measure_here(args[0], plan):
            print(json.dumps(asdict(result)), flush=True)
    except (anchors.Unavailable, BenchmarkError) as exc:
        print(f"{args[0]}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
