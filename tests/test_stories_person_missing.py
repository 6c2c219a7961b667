"""A person of ONE title that the other report never names: another actor on the same topic, another story (his
comment on the event, another player's goal of the same match). Reports of one event name its people in both texts,
even where one title leaves them out."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, same_story, story_item
from letopis.stories.score import Knobs, person_missing, profile

TEXTS = {
    "smirnov": ("Алексей Смирнов забил два гола в ворота «Факела»\n\nНападающий «Ротора» Алексей Смирнов оформил "
                "дубль в матче с «Факелом» в Волгограде. Встреча завершилась со счетом 3:1."),
    "smirnov_retold": ("«Ротор» обыграл «Факел» со счетом 3:1\n\nВ Волгограде «Ротор» победил «Факел». Два мяча "
                       "забил нападающий Алексей Смирнов, еще один добавил полузащитник команды."),
    "kuznetsov": ("Игорь Кузнецов рассказал о подготовке к матчу с «Факелом»\n\nПолузащитник «Ротора» Игорь "
                  "Кузнецов поделился впечатлениями от победы над «Факелом» в Волгограде: по его словам, команда "
                  "долго готовилась к этой встрече."),
    "bridge": ("В Самаре закрыли на ремонт Фрунзенский мост\n\nВ Самаре на два месяца закрыли движение по "
               "Фрунзенскому мосту. Ремонт начнется в понедельник, объезд организуют по соседним улицам."),
    "bridge_mayor": ("Глава Самары Елена Лапушкина объяснила закрытие Фрунзенского моста\n\nМэр Самары Елена "
                     "Лапушкина заявила, что ремонт Фрунзенского моста нельзя откладывать: конструкции не "
                     "ремонтировали двадцать лет. Движение закроют на два месяца."),
    "bridge_mayor_retold": ("Фрунзенский мост в Самаре закроют на два месяца\n\nДвижение по Фрунзенскому мосту "
                            "закроют на ремонт, сообщила глава города Елена Лапушкина. Конструкции не ремонтировали "
                            "двадцать лет."),
}


@pytest.fixture(scope="module")
def items(pipeline: Pipeline) -> dict[str, StoryItem]:
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in TEXTS.items()]
    return {doc.article.id: story_item(doc) for doc in pipeline.analyze(articles)}


CASES = [
    ("the same match, the other title without the scorer", "smirnov", "smirnov_retold", False),
    ("another player's words, the scorer never named there", "smirnov", "kuznetsov", True),
    ("the mayor's comment on the closing, the closing's report never names her", "bridge", "bridge_mayor", True),
    ("the mayor named in both reports of her announcement", "bridge_mayor", "bridge_mayor_retold", False),
    ("titles without a person", "bridge", "smirnov_retold", False),
]


@pytest.mark.parametrize(("first", "second", "missing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_title_person_the_other_report_never_names(items: dict[str, StoryItem], first: str, second: str,
                                                    missing: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert person_missing(a, b) is missing
    assert person_missing(b, a) is missing  # either way round


@pytest.mark.parametrize(("first", "second", "missing"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_factor_lowers_only_pairs_it_fires_on(items: dict[str, StoryItem], first: str, second: str,
                                                 missing: bool) -> None:
    off = same_story(items[first], items[second], knobs=Knobs(person_missing=1.0))
    on = same_story(items[first], items[second], knobs=Knobs(person_missing=0.5))
    assert on == pytest.approx(off * 0.5 if missing else off)


def test_a_comment_scores_below_a_retelling(items: dict[str, StoryItem]) -> None:
    assert same_story(items["bridge_mayor"], items["bridge"]) < same_story(items["bridge_mayor"],
                                                                            items["bridge_mayor_retold"])


def test_a_surname_in_another_case_is_the_same_person(pipeline: Pipeline) -> None:
    """The title's "Лапушкина" and the text's "Лапушкиной" are one woman."""
    texts = {"said": TEXTS["bridge_mayor"],
             "told": ("Фрунзенский мост в Самаре закроют на два месяца\n\nОб этом журналистам рассказали в "
                      "администрации Елены Лапушкиной. Конструкции моста не ремонтировали двадцать лет.")}
    docs = pipeline.analyze([Article(text=t, id=k, title=t.split("\n")[0]) for k, t in texts.items()])
    a, b = (profile(story_item(doc)) for doc in docs)
    assert not person_missing(a, b)


def test_untitled_reports_are_left_alone(pipeline: Pipeline) -> None:
    """Without a title the head is the lead's first sentence, which may name background people: the factor waits
    for two titled reports with text, as the proper-noun factor does."""
    untitled = [Article(text=TEXTS[key], id=key) for key in ("bridge", "bridge_mayor")]
    a, b = (profile(story_item(doc)) for doc in pipeline.analyze(untitled))
    assert not person_missing(a, b)
