"""BENCHMARKS.md: the command, the machine, the date, and the tables."""

from __future__ import annotations

import datetime
import os
import platform
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from letopis.bench.accuracy import FactRuEvalResult
from letopis.bench.bsnlp import DISAGREEMENTS, BaseFormScore
from letopis.bench.matching import Score
from letopis.bench.speed import SpeedResult

# Official final test results of factRuEval-2016 (reports/run_2/*.test.*, best run per column).
BEST_2016 = {"t1": 0.809, "t1l": 0.867, "t2": 0.798, "occupation": 0.662, "meeting": 0.242}
# The goals of the issues (foundation: track 1-l >= 0.90 and never below natasha, track 2 >= 0.80, Occupation
# >= 0.66; events: Meeting >= 0.45).
GOALS = {"t1l": 0.90, "t2": 0.80, "occupation": 0.66, "meeting": 0.45}
NAMES = {"letopis": "letopis", "natasha": "natasha alone", "pullenti": "PullEnti"}


@dataclass
class Results:
    command: str
    factrueval: dict[str, FactRuEvalResult] = field(default_factory=dict)
    bsnlp: dict[str, dict[str, BaseFormScore]] = field(default_factory=dict)
    speed: list[SpeedResult] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)  # system -> why it has no row
    quick: bool = False
    sections: list[str] = field(default_factory=list)  # markdown of the other benchmarks (quotes, events, ...)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    ram = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = next(int(line.split()[1]) for line in f if line.startswith("MemTotal"))
            ram = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{ram}; Python {platform.python_version()} ({platform.system()})"


def _f(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _prf(score: Score | None) -> str:
    if score is None:
        return "— | — | —"
    return f"{score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f}"


def _accuracy_tables(results: Results) -> list[str]:
    out = []
    docs = max((r.docs for r in results.factrueval.values()), default=0)
    out += [f"## factRuEval-2016, test set ({docs} texts)", "",
            "F1 by track. Track 1: mentions (per/org/loc/locorg); 1-l: LocOrg merged into Location (we do "
            "not tell LocOrg from Location, so 1-l is our main figure); track 2: entities with normalised "
            "names; track 3: Occupation (who, position, where) and Meeting facts, \"Сложность повышенная\" "
            "left out.", "",
            "| system | track 1 | track 1-l | track 2 | occupation | meeting |", "|---|---|---|---|---|---|"]
    for name, r in results.factrueval.items():
        t3 = r.track3
        occupation = t3["occupation"].f1 if t3 and t3["occupation"].n_response else None
        meeting = t3["meeting"].f1 if t3 and t3["meeting"].n_response else None
        out.append(f"| {NAMES.get(name, name)} | {_f(r.track1['overall'].f1)} "
                   f"| {_f(r.track1_merged['overall'].f1)} | {_f(r.track2['overall'].f1)} "
                   f"| {_f(occupation)} | {_f(meeting)} |")
    for name, why in results.unavailable.items():
        out.append(f"| {NAMES.get(name, name)} | not run: {why} | | | | |")
    b, g = BEST_2016, GOALS
    out.append(f"| best of 2016 | {b['t1']} | {b['t1l']} | {b['t2']} | {b['occupation']} | {b['meeting']} |")
    out.append(f"| goal | — | {g['t1l']} | {g['t2']} | {g['occupation']} | {g['meeting']} |")
    out += ["", "\"—\": the system gives no such facts (natasha has no posts or meetings; PullEnti no "
            "meetings).",
            "", "### By type (precision | recall | F1)", "",
            "| system | track | type | P | R | F1 | gold | response |", "|---|---|---|---|---|---|---|---|"]
    for name, r in results.factrueval.items():
        for track, scores in (("1-l", r.track1_merged), ("2", r.track2), ("3", r.track3)):
            for tag, s in scores.items():
                if tag == "overall":
                    continue
                out.append(f"| {NAMES.get(name, name)} | {track} | {tag} | {_prf(s)} "
                           f"| {s.n_gold} | {s.n_response} |")
    return out


def _bsnlp_table(results: Results) -> list[str]:
    if not results.bsnlp:
        return []
    any_scores = next(iter(results.bsnlp.values()))
    out = ["", "## Base forms on BSNLP-2021 (Russian test gold: covid-19 + us_election_2020)", "",
           f"{any_scores['all'].forms} distinct (document, gold form) pairs. For each gold form that a "
           "system's mention covers exactly (same surface text), its normal must equal the gold base form: "
           "exact match, "
           "**case-sensitive, ё = е**; the \"any case\" columns ignore letter case (the covid-19 gold often "
           "writes base forms in lower case, \"Минздраве\" → \"минздрава\"). Inflected: form ≠ base form. "
           "Coverage: gold forms found at all.", "",
           "| system | topic | accuracy | on inflected | coverage | accuracy (any case) "
           "| on inflected (any case) |",
           "|---|---|---|---|---|---|---|"]
    for name, scores in results.bsnlp.items():
        for topic in [k for k in scores if not k.endswith("(any case)")]:
            s, a = scores[topic], scores[f"{topic} (any case)"]
            out.append(f"| {NAMES.get(name, name)} | {topic} | {s.accuracy:.3f} | {s.inflected_accuracy:.3f} "
                       f"| {s.coverage:.3f} ({s.covered}/{s.forms}) | {a.accuracy:.3f} "
                       f"| {a.inflected_accuracy:.3f} |")
    out += ["", "Published anchor: SlavLemma exact match 77.3 (covid-19) / 82.5 (us_election_2020), on all "
            "gold mentions (not only those a system finds)."]
    return out + _disagreement_table(results)


def _disagreement_table(results: Results) -> list[str]:
    """What the wrong covered forms are (case-sensitive), by kind: how much of the shortfall is the gold's way
    of writing base forms rather than the system's."""
    scores = {name: s["all"] for name, s in results.bsnlp.items() if s["all"].disagreements}
    if not scores:
        return []
    names = list(scores)
    out = ["", "Covered forms that do not match the gold (case-sensitive), by kind of disagreement "
           "(share of the covered forms):", "",
           "| kind | " + " | ".join(NAMES.get(n, n) for n in names) + " |",
           "|---|" + "---|" * len(names)]
    for kind, label in DISAGREEMENTS.items():
        cells = [f"{scores[n].disagreements[kind]} ({scores[n].disagreements[kind] / scores[n].covered:.3f})"
                 for n in names]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return out


def _speed_table(speed: Sequence[SpeedResult]) -> list[str]:
    if not speed:
        return []
    out = ["", "## Speed (one process per system)", "",
           "Articles per second and KB (UTF-8) per second after the models are loaded; loading is timed "
           "apart. "
           "Each system runs in a process of its own, so peak memory (RSS) is its own. natasha alone = "
           "segment + morphology + syntax + NER. PullEnti runs on a smaller fixed sample (the first texts of "
           "the same selection), since it is much slower on long texts; letopis is timed on that sample too, in "
           "a process of its own right after PullEnti's, and each ratio is of the same texts. Load avg: the "
           "machine's 1-minute load "
           "average when the system's run began (above the core count, other work was competing).", "",
           "| system | corpus | articles | KB | articles/s | KB/s | load, s | peak RSS, MB "
           "| load avg | letopis ÷ system |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    # letopis's run on the same texts: the same corpus and count (the first N texts of one selection)
    ours: Mapping[tuple[str, int], SpeedResult] = {
        (r.corpus, r.articles): r for r in speed if r.system == "letopis" and not r.error}
    for r in speed:
        if r.error:
            out.append(f"| {NAMES.get(r.system, r.system)} | {r.corpus} | not run: {r.error} | | | | | | | |")
            continue
        ratio = ""
        same = ours.get((r.corpus, r.articles))
        if r.system != "letopis" and same is not None and r.articles_per_s > 0:
            ratio = f"{same.articles_per_s / r.articles_per_s:.2f}"
        out.append(f"| {NAMES.get(r.system, r.system)} | {r.corpus} | {r.articles} | {r.kbytes:.0f} "
                   f"| {r.articles_per_s:.2f} | {r.kb_per_s:.1f} | {r.load_s:.1f} | {r.peak_rss_mb:.0f} "
                   f"| {_f(r.load_avg)[:4]} | {ratio} |")
    out += ["", "Corpora: factrueval = the factRuEval-2016 test texts, whole; telegram = posts of "
            "telegram-news-2024 ordered by a hash of channel and message id (a fixed sample across the 24 "
            "channels)."]
    return out + _stage_table(_largest_runs([r for r in speed if r.system == "letopis" and r.stages]))


def _largest_runs(runs: Sequence[SpeedResult]) -> list[SpeedResult]:
    """Each corpus's largest run (the full selection, not PullEnti's sample), in the order run."""
    largest: dict[str, SpeedResult] = {}
    for r in runs:
        if r.corpus not in largest or r.articles > largest[r.corpus].articles:
            largest[r.corpus] = r
    return [r for r in runs if largest[r.corpus] is r]


# The issues' limits on what a layer may add to the analysis time, by the stages that make the layer.
LAYER_LIMITS = (("quotes", ("quotes",), 0.10), ("events and commitments", ("events", "commitments"), 0.15))


def _stage_table(runs: Sequence[SpeedResult]) -> list[str]:
    """Where letopis's time goes, from the same runs: natasha's parse and each of our stages, and what the quote
    and event layers add to the analysis without them."""
    if not runs:
        return []
    names = list(runs[0].stages or {})
    out = ["", "Where letopis's time goes in those runs (wall-clock seconds; parse = natasha's segmentation, "
           "morphology, syntax and NER with our lemmas):", "",
           "| corpus | " + " | ".join(names) + " | " + " | ".join(f"{layer} add (goal ≤ {limit:.0%})"
                                                        for layer, _, limit in LAYER_LIMITS) + " |",
           "|---|" + "---|" * (len(names) + len(LAYER_LIMITS))]
    for r in runs:
        stages = r.stages or {}
        total = sum(stages.values())
        adds = []
        for _, parts, limit in LAYER_LIMITS:
            spent = sum(stages.get(p, 0.0) for p in parts)
            share = spent / (total - spent) if total > spent else 0.0
            adds.append(f"{share:.1%} ({'met' if share <= limit else 'missed'})")
        out.append(f"| {r.corpus} | " + " | ".join(f"{stages.get(n, 0.0):.2f}" for n in names) + " | "
                   + " | ".join(adds) + " |")
    return out


NOTES = """
## How the scores are computed

`letopis/bench` scores factRuEval-2016 from the description in `shared/benchmarks/README.md` (the official
scorer is not used). Gold against gold scores 1.0 on every track (`tests/test_scorers.py`). Where our rules
may differ from the official scorer: pairs come from an optimal assignment on token overlap (Kuhn-Munkres)
rather than the official recursive search; the org/loc twin rule keeps the twin a response found; track-2
gold counts (624 PER, 581 LOC, 839 ORG entities in the test set) differ from the official reports' (625, 606,
783), so compare with the 2016 rows as a guide, not to the third decimal. Q_Id of track 3 is the share of
pairs of matched gold arguments that came from one response fact. Our LOC maps to `loc` (we have no LocOrg).
"""


def render(results: Results) -> str:
    lines = ["# letopis benchmarks", "",
             f"Command: `{results.command}`"
             + ("  (quick subset: not comparable figures)" if results.quick else ""),
             f"Machine: {machine()}",
             f"Date: {datetime.date.today().isoformat()}", ""]
    if results.factrueval or results.unavailable:
        lines += _accuracy_tables(results)
    lines += _bsnlp_table(results)
    lines += _speed_table(results.speed)
    for section in results.sections:
        lines += [*section.rstrip().splitlines(), ""]
    lines += NOTES.splitlines()
    return "\n".join(lines).rstrip() + "\n"
