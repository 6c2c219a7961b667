"""BSNLP-2021 (Russian part): are names brought to their base form?

Gold (``annotations/<topic>/ru/*.out``, or ``<topic>/annotated/ru/*.out`` in the shared task's own repository,
which the dev scorer reads): line 1 the document id, then
``mention<TAB>base form<TAB>type<TAB>id`` for every distinct form in the document
("Артура Парфенчкова" → "Артур Парфенчков"). Raw texts
(``raw/<topic>/ru/*.txt``) start with four header lines (id, language, date, url).

For every distinct (document, gold form) that a system's mentions cover exactly (same surface text), the
system's normal must equal the gold base form; compared case-sensitively, with ё = е (and, as a second
figure, ignoring case).

The 2021 Russian gold (covid-19, us_election_2020) is a test set. For development, the shared task's training
topics (asia_bibi, brexit, nord_stream, ryanair: same guidelines; the 2017 topics ec and trump, all in lower case
and named ``N.txt``, are not read) are scored from a folder given on the command line, in the layout of
``data/datasets/bsnlp`` of github.com/UL-FRI-Zitnik/BSNLP-2021-Shared-Task::

    python -m letopis.bench.bsnlp --dev DIR                  # letopis and natasha, by topic
    python -m letopis.bench.bsnlp --dev DIR --errors e.tsv   # also every covered form we get wrong
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letopis.bench.shared import BenchmarkError

HEADER_LINES = 4


@dataclass(frozen=True, slots=True)
class BsnlpDoc:
    name: str  # topic/file stem
    text: str
    forms: dict[str, str]  # surface form -> base form


def read_docs(folder: Path, limit: int | None = None) -> list[BsnlpDoc]:
    """The documents of ``annotations/<topic>/ru`` with their texts from ``raw/<topic>/ru``."""
    docs = []
    for out in sorted((folder / "annotations").glob("*/ru/*.out")):
        topic = out.parent.parent.name
        docs.append(_read_doc(topic, out, folder / "raw" / topic / "ru" / f"{out.stem}.txt"))
    if not docs:
        raise BenchmarkError(f"no BSNLP annotations (annotations/*/ru/*.out) in {folder}")
    return docs[:limit]


def read_dev_docs(folder: Path, limit: int | None = None) -> list[BsnlpDoc]:
    """The shared task's own layout (``<topic>/annotated/ru/*.out``, ``<topic>/raw/ru/*.txt``): the training
    topics used for development, never the 2021 test topics (refused, so that no rule is tuned on them)."""
    docs = []
    for out in sorted(folder.glob("*/annotated/ru/*.out")):
        topic = out.parent.parent.parent.name
        if topic in TEST_TOPICS:
            raise BenchmarkError(f"{out}: {topic} is a BSNLP-2021 test topic, not development data")
        docs.append(_read_doc(topic, out, folder / topic / "raw" / "ru" / f"{out.stem}.txt"))
    if not docs:
        raise BenchmarkError(f"no BSNLP annotations (<topic>/annotated/ru/*.out) in {folder}")
    return docs[:limit]


TEST_TOPICS = frozenset({"covid-19", "us_election_2020"})


def _read_doc(topic: str, out: Path, raw: Path) -> BsnlpDoc:
    """One gold file and its text (the raw file's four header lines dropped)."""
    if not raw.exists():
        raise BenchmarkError(f"{raw}: raw text for {out} is missing")
    forms: dict[str, str] = {}
    for number, line in enumerate(out.read_text(encoding="utf-8-sig").splitlines()[1:], 2):
        parts = line.split("\t")
        if not line.strip():
            continue
        if len(parts) < 2:
            raise BenchmarkError(f"{out}:{number}: expected 'mention<TAB>base<TAB>type<TAB>id'")
        forms.setdefault(parts[0].strip(), parts[1].strip())
    text = "\n".join(raw.read_text(encoding="utf-8-sig").splitlines()[HEADER_LINES:])
    return BsnlpDoc(f"{topic}/{out.stem}", text, forms)


def same_form(a: str, b: str, fold_case: bool = False) -> bool:
    """The comparison rule: exact, ё = е; case-sensitive unless ``fold_case``."""
    if fold_case:
        a, b = a.lower(), b.lower()
    return a.replace("ё", "е").replace("Ё", "Е") == b.replace("ё", "е").replace("Ё", "Е")


@dataclass
class BaseFormScore:
    forms: int = 0  # distinct (document, gold form)
    covered: int = 0  # of them, found by the system with exactly that surface text
    correct: int = 0
    inflected: int = 0  # gold form differs from its base form
    inflected_covered: int = 0
    inflected_correct: int = 0
    disagreements: Counter[str] = field(default_factory=Counter)  # wrong covered forms by kind (DISAGREEMENTS)

    def add(self, other: BaseFormScore) -> None:
        for name in ("forms", "covered", "correct", "inflected", "inflected_covered", "inflected_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.disagreements.update(other.disagreements)

    @property
    def accuracy(self) -> float:
        return self.correct / self.covered if self.covered else 0.0

    @property
    def inflected_accuracy(self) -> float:
        return self.inflected_correct / self.inflected_covered if self.inflected_covered else 0.0

    @property
    def coverage(self) -> float:
        return self.covered / self.forms if self.forms else 0.0


def score_doc(doc: BsnlpDoc, mentions: Iterable[tuple[str, str]], fold_case: bool = False) -> BaseFormScore:
    """``mentions``: the system's (surface text, normal) pairs for this document. With ``fold_case`` both
    "inflected" and "correct" ignore letter case (the covid-19 gold often writes base forms in lower case:
    "Минздраве" → "минздрава")."""
    normals: dict[str, Counter[str]] = {}
    for text, normal in mentions:
        normals.setdefault(text.strip(), Counter())[normal] += 1
    score = BaseFormScore()
    for form, base in doc.forms.items():
        inflected = not same_form(form, base, fold_case)
        score.forms += 1
        score.inflected += inflected
        if form not in normals:
            continue
        ours = normals[form].most_common(1)[0][0]
        ok = same_form(ours, base, fold_case)
        score.covered += 1
        score.correct += ok
        score.inflected_covered += inflected
        score.inflected_correct += ok and inflected
    return score


def mentions_of(doc_json: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(surface text, normal) of every mention in a document of our JSON contract."""
    return [(m["text"], m["normal"]) for entity in doc_json["entities"] for m in entity["mentions"]]


def score_answers(docs: Sequence[BsnlpDoc], answers: Sequence[Mapping[str, Any]]) -> dict[str, BaseFormScore]:
    """Totals by topic and ``all`` (case-sensitive; the same keys with `` (any case)`` ignore case), as the
    benchmark's run reports them."""
    totals: dict[str, BaseFormScore] = {}
    for doc, answer in zip(docs, answers, strict=True):
        mentions = mentions_of(answer)
        for fold_case, suffix in ((False, ""), (True, " (any case)")):
            score = score_doc(doc, mentions, fold_case)
            for key in ("all", doc.name.split("/")[0]):
                totals.setdefault(key + suffix, BaseFormScore()).add(score)
    return totals


def wrong_forms(doc: BsnlpDoc, mentions: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(surface form, gold base form, our normal) of every covered form whose normal is wrong (case-sensitive):
    the rows a developer reads to find what to fix."""
    normals: dict[str, Counter[str]] = {}
    for text, normal in mentions:
        normals.setdefault(text.strip(), Counter())[normal] += 1
    return [(form, base, normals[form].most_common(1)[0][0]) for form, base in doc.forms.items()
            if form in normals and not same_form(normals[form].most_common(1)[0][0], base)]


# Kinds of disagreement between a system's normal and the gold base form, in the order they are tested. The
# 2021 test gold was not all written by hand: many of its base forms are the dictionary lemma of each word in
# turn ("Палату представителей" → "палата представитель") or keep spaces a tokeniser put around hyphens. The
# table says how much of a system's shortfall is of which kind; it changes no score.
DISAGREEMENTS = {
    "case": "letter case only (\"минздрав\" for \"Минздрав\")",
    "spacing": "spaces around punctuation only (\"COVID - 19\")",
    "word_lemmas": "the gold is the dictionary lemma of each word of a multi-word name "
                   "(\"Палата представителей\" → \"палата представитель\")",
    "one_lemma": "the gold is the dictionary lemma of a one-word name: right for \"Трампу\" → \"трамп\", "
                 "wrong for \"Невады\" → \"невад\" or \"Демократической\" → \"демократический\"",
    "kept": "the gold keeps the form as it stands in the text (\"Беларуси\" → \"Беларуси\")",
    "other": "anything else (either side may be wrong)",
}

_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("ё", "е").replace("Ё", "Е").lower())


def disagreement(form: str, gold: str, ours: str, lemma: Callable[[str], str]) -> str:
    """The kind (a key of DISAGREEMENTS) of a covered form whose normal ``ours`` is not the gold base form;
    ``lemma`` gives one word's dictionary lemma (natasha's MorphVocab, in the benchmark)."""
    if same_form(gold, ours, fold_case=True):
        return "case"
    if _squeezed(gold) == _squeezed(ours):
        return "spacing"
    lemmas = "".join(lemma(t) if t[0].isalnum() or t[0] == "_" else t for t in _WORD_OR_MARK.findall(form))
    if _squeezed(gold) == _squeezed(lemmas):
        return "word_lemmas" if len(form.split()) > 1 else "one_lemma"
    if same_form(gold, form, fold_case=True):
        return "kept"
    return "other"


def disagreements(doc: BsnlpDoc, mentions: Iterable[tuple[str, str]], lemma: Callable[[str], str]) -> Counter[str]:
    """How many of the covered forms a system gets wrong (case-sensitive) are of each kind."""
    return Counter(disagreement(form, gold, ours, lemma) for form, gold, ours in wrong_forms(doc, mentions))


def dictionary_lemma() -> Callable[[str], str]:
    """One word's most likely dictionary lemma (pymorphy through natasha's MorphVocab), lower case."""
    from letopis.analysis.nlp import load_vocab

    vocab = load_vocab()

    def lemma(word: str) -> str:
        parses = vocab.parse(word)
        return str(parses[0].normal_form) if parses else word.lower()

    return lemma


# Stages after entities do not touch names: the dev scorer skips them (faster, and a failure there is not ours).
LATER_STAGES = ("posts", "quotes", "events", "commitments")


def _answers(name: str, texts: Sequence[str]) -> list[dict[str, Any]]:
    """A system's documents in our JSON contract: letopis through its entities stage, or natasha alone."""
    from letopis.bench import anchors

    if name != "letopis":
        system = anchors.make(name)
        system.load()
        return list(system.analyse(texts))
    from letopis.analysis import Pipeline
    from letopis.records import Article
    from letopis.serialize import doc_to_json

    pipeline = Pipeline(disable=LATER_STAGES)
    return [doc_to_json(doc) for doc in pipeline.analyze(Article(text=t, id=f"dev-{i}") for i, t in enumerate(texts))]


def _dev_main(argv: list[str] | None = None) -> int:
    """Score base forms on the training topics (see the module's docstring)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m letopis.bench.bsnlp",
                                     description="Base forms on the BSNLP shared task's training topics.")
    parser.add_argument("--dev", type=Path, required=True,
                        help="the shared task's data/datasets/bsnlp folder (<topic>/annotated/ru, <topic>/raw/ru)")
    parser.add_argument("--systems", nargs="+", default=["letopis", "natasha"], choices=["letopis", "natasha"])
    parser.add_argument("--limit", type=int, default=None, help="the first N documents only")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write 'system<TAB>doc<TAB>form<TAB>gold<TAB>ours' for every wrong covered form")
    args = parser.parse_args(argv)
    docs = read_dev_docs(args.dev, args.limit)
    rows: list[str] = []
    for name in args.systems:
        answers = _answers(name, [d.text for d in docs])
        totals = score_answers(docs, answers)
        for key in sorted(k for k in totals if " (any case)" not in k):
            exact, folded = totals[key], totals[key + " (any case)"]
            print(f"{name}\t{key}\tforms {exact.forms}\tcovered {exact.covered}\texact {exact.accuracy:.3f}"
                  f"\tany case {folded.accuracy:.3f}\tinflected {exact.inflected_accuracy:.3f}")
        for doc, answer in zip(docs, answers, strict=True):
            rows += ["\t".join((name, doc.name, *wrong)) for wrong in wrong_forms(doc, mentions_of(answer))]
    if args.errors is not None:
        args.errors.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(_dev_main())
