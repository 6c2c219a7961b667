"""A proper noun of ONE title that the other report never uses: the hard negatives' mark (same topic, same people,
another event). Reports of one event name its people and places in both texts, even where a title leaves them out."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, same_story, story_item
from letopis.stories.score import Knobs, names_conflict, profile, proper_missing

TEXTS = {
    "tokaev": ("Путин провел переговоры с Токаевым в Москве\n\nПрезидент России Владимир Путин провел в Кремле "
               "переговоры с президентом Казахстана Касым-Жомартом Токаевым. Стороны обсудили поставки газа."),
    "tokaev_retold": ("Президенты России и Казахстана обсудили поставки газа\n\nВ Москве прошли переговоры "
                      "Владимира Путина и Касым-Жомарта Токаева. Президенты обсудили поставки газа в Казахстан."),
    "mirziyoyev": ("Путин обсудил поставки газа по телефону\n\nПрезидент России Владимир Путин провел телефонный "
                   "разговор с президентом Узбекистана Шавкатом Мирзиёевым. Стороны обсудили поставки газа."),
    "nightglow": ("Группа Nightglow выпустила новый альбом\n\nРок-группа Nightglow выпустила третий студийный "
                  "альбом, в него вошли десять песен. Презентация пройдет в клубах страны."),
    "albums": ("Рок-группы выпустили новые альбомы к весне\n\nНесколько рок-групп выпустили студийные альбомы, "
               "в каждый вошли около десяти песен. Презентации пройдут в клубах страны."),
}


@pytest.fixture(scope="module")
def items(pipeline: Pipeline) -> dict[str, StoryItem]:
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in TEXTS.items()]
    return {doc.article.id: story_item(doc) for doc in pipeline.analyze(articles)}


CASES = [
    ("the same talks, one title without the names", "tokaev", "tokaev_retold", False),
    ("another partner's call, the first title's partner never named", "tokaev", "mirziyoyev", True),
    ("the other report never names the title's band", "nightglow", "albums", True),
]


@pytest.mark.parametrize(("first", "second", "missing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_title_name_the_other_report_lacks(items: dict[str, StoryItem], first: str, second: str,
                                            missing: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert proper_missing(a, b) is missing
    assert proper_missing(b, a) is missing  # either way round


@pytest.mark.parametrize(("first", "second", "missing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_factor_lowers_only_pairs_it_fires_on(items: dict[str, StoryItem], first: str, second: str,
                                                 missing: bool) -> None:
    off = same_story(items[first], items[second], knobs=Knobs(proper_missing=1.0))
    on = same_story(items[first], items[second], knobs=Knobs(proper_missing=0.7))
    assert on == pytest.approx(off * 0.7 if missing else off)


def test_one_sided_is_weaker_than_the_names_conflict(items: dict[str, StoryItem]) -> None:
    """Мирзиёев's call: the first title's Токаев is missing from it, but its own title names no one the first
    report lacks, so the two-sided names conflict stays silent and only the one-sided factor applies."""
    a, b = profile(items["tokaev"]), profile(items["mirziyoyev"])
    assert not names_conflict(a, b)
    assert same_story(items["tokaev"], items["mirziyoyev"]) < same_story(items["tokaev"], items["tokaev_retold"])


def test_untitled_reports_and_bare_headlines_are_left_alone(pipeline: Pipeline) -> None:
    """A post without a title has its lead's first sentence as its head (outlets, datelines, background names), and
    a bare headline has no text to name what it leaves out: the factor waits for two titled reports with text."""
    untitled = [Article(text=TEXTS[key], id=key) for key in ("tokaev", "mirziyoyev")]
    a, b = (profile(story_item(doc)) for doc in pipeline.analyze(untitled))
    assert not proper_missing(a, b)
    heads = [Article(text=line, id=line, title=line) for line in ("Путин провел переговоры с Токаевым в Москве",
                                                                  "Путин обсудил поставки газа по телефону")]
    a, b = (profile(story_item(doc)) for doc in pipeline.analyze(heads))
    assert not proper_missing(a, b)
