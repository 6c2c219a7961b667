"""A text cut anywhere — a feed summary cut at its length limit, a page that stopped loading — is analysed
without an error: every stage must stop at the last token, wherever that falls ("..., сообщи", "заявил, что",
"«Мы готовы"). Each cut of two rich texts (quotes, posts, events, a commitment, dates) is analysed in one batch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from visit_texts import VISIT_BELTA, VISIT_KAZINFORM

from letopis.analysis import Pipeline
from letopis.records import Article

DEMO = Path(__file__).resolve().parents[1] / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt"
SPEECH = ("Как заявил министр иностранных дел России Сергей Лавров журналистам, Москва готова к переговорам. "
          "«Мы выполняем те задачи, которые поставили», — сказал он. По словам премьера, соглашение о торговле "
          "подписано в субботу, а США не будут вводить санкции, сообщили в Минфине.")


def cuts(text: str) -> list[str]:
    """The text cut after each word and after each mark: "Как", "Как заявил", "Как заявил министр", ..."""
    ends = sorted({m.end() for m in re.finditer(r"\w+|[^\w\s]", text)})
    return [text[:end] for end in ends]


@pytest.mark.parametrize("text", [SPEECH, VISIT_BELTA + "\n\n" + VISIT_KAZINFORM,
                                  DEMO.read_text(encoding="utf-8")[:1500]], ids=["speech", "visit", "sample-page"])
def test_every_cut_of_a_text_is_analysed(text: str) -> None:
    articles = [Article(id=f"cut{n}", text=cut) for n, cut in enumerate(cuts(text))]
    docs = list(Pipeline().analyze(articles))
    assert [d.article.id for d in docs] == [a.id for a in articles]
    for doc in docs:
        size = len(doc.text)
        for span in (*doc.mentions, *doc.posts, *doc.quotes, *doc.events, *doc.commitments):
            assert 0 <= span.start <= span.stop <= size
