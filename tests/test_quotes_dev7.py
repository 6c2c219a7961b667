"""The quotes stage on the seventh dev set's lessons (long Wikinews articles): a quotation after a second
predicate whose subject the parse hung elsewhere, named by a post and a name or by a post alone; "который" after a
name; "отшучивается" as a speech verb."""

from __future__ import annotations

import pytest
from quotes_described import described_quotes

_quotes = described_quotes


# (id, text, [(kind, speaker, the quoted text starts with)])
SHAPES = [
    ("post-and-name-subject-of-the-first-verb",
     "Последний единый чемпион мира Гарри Каспаров, который закончил профессиональную карьеру шахматиста, "
     "отказался назвать фаворита в матче Топалов — Крамник, но сказал: «Топалов — не фаворит, как многие "
     "предполагают. Крамник имеет более глубокое понимание шахмат».",
     [("direct", "Гарри Каспаров", "Топалов — не фаворит")]),
    ("post-alone-subject-of-the-first-verb",
     "Кандидат в президенты США от Демократической партии Хиллари Клинтон отменила предвыборное турне.\n\n"
     "Через пару часов после инцидента кандидат в президенты США вышла к журналистам из квартиры своей дочери "
     "Челси, объявила: «Я чувствую себя прекрасно!» и сфотографировалась с маленькой девочкой.",
     [("direct", "Хиллари Клинтон", "Я чувствую себя прекрасно")]),
    ("which-after-the-name-before-the-comma",
     "Юханссон хотел бы видеть своим наследником Франца Бекенбауэра, который отшучивается словами: «В моём "
     "возрасте пора уже думать об удочке у тихой речки».",
     [("direct", "Франц Бекенбауэр", "В моём возрасте")]),
]


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for _, text, expected in SHAPES],
                         ids=[name for name, _, _ in SHAPES])
def test_dev7_shapes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = _quotes(text)
    for kind, speaker, opening in expected:
        assert any(k == kind and s == speaker and t.startswith(opening) for k, s, t in found), found


def test_dev7_is_consistent() -> None:
    """Every annotated span of the seventh dev set is the text it claims; every text names its source and licence,
    and none is a text of the sixth set or of NEREL's test split."""
    from letopis.bench.quotes import DEV6_SET, DEV7_SET, SETS, load_dev_set

    assert DEV7_SET in [path for _, path in SETS]
    items = load_dev_set(DEV7_SET)
    assert len(items) == 12
    sixth = {item["source"] for item in load_dev_set(DEV6_SET)}
    for item in items:
        assert item["source"].startswith("nerel/NEREL-v1.1/train/") and item["source"] not in sixth
        assert item["licence"].startswith("CC BY")
        for quote in item["quotes"]:
            assert quote["kind"] in ("direct", "indirect")
            assert item["text"][quote["start"]:quote["stop"]] == quote["text"]
