"""BSNLP-2021 (Russian part): are names brought to their base form?

Gold (``annotations/<topic>/ru/*.out``): line 1 the document id, then
``mention<TAB>base form<TAB>type<TAB>id`` for every distinct form in the document
("Артура Парфенчкова" → "Артур Парфенчков"). Raw texts
(``raw/<topic>/ru/*.txt``) start with four header lines (id, language, date, url).

For every distinct (document, gold form) that a system's mentions cover exactly (same surface text), the
system's normal must equal the gold base form; compared case-sensitively, with ё = е (and, as a second
figure, ignoring case).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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
    docs = []
    for out in sorted((folder / "annotations").glob("*/ru/*.out")):
        topic = out.parent.parent.name
        raw = folder / "raw" / topic / "ru" / f"{out.stem}.txt"
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
        docs.append(BsnlpDoc(f"{topic}/{out.stem}", text, forms))
    if not docs:
        raise BenchmarkError(f"no BSNLP annotations (annotations/*/ru/*.out) in {folder}")
    return docs[:limit]


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

    def add(self, other: BaseFormScore) -> None:
        for name in ("forms", "covered", "correct", "inflected", "inflected_covered", "inflected_correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

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
