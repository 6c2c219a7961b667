"""Lead vectors: reports of one event told in other words are near, other news is far, and a report the embedding
knows no word of leaves the score alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, same_story, story_item
from letopis.stories.score import DEFAULT_KNOBS, VECTOR_WEIGHT, profile
from letopis.stories.vectors import lead_vector, vector_cosine

TEXTS = {
    # One drone, two outlets: "сбила" / "уничтожен", "беспилотник" / "БПЛА" / "дрон".
    "drone": "ПВО сбила беспилотник над Белгородом\n\nСредства противовоздушной обороны сбили беспилотный "
             "летательный аппарат над Белгородом, сообщил губернатор.",
    "drone_retold": "Над Белгородской областью уничтожен украинский БПЛА\n\nДежурные средства ПВО уничтожили дрон "
                    "над территорией региона, пострадавших нет.",
    # One earthquake: "землетрясение" / "подземные толчки".
    "quake": "Землетрясение магнитудой 5,2 произошло у берегов Камчатки\n\nЗемлетрясение зафиксировали сейсмологи "
             "у восточного побережья полуострова.",
    "quake_retold": "Жители Петропавловска-Камчатского ощутили подземные толчки\n\nТолчки силой до четырёх баллов "
                    "почувствовали жители краевого центра.",
    "rate": "Центробанк сохранил ключевую ставку на уровне 21%\n\nСовет директоров Банка России решил сохранить "
            "ключевую ставку, говорится в сообщении регулятора.",
    "emoji": "🔥🔥🔥 👉👉",
}


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    pipeline = Pipeline()
    return {key: story_item(pipeline.analyze_one(Article(text=text, id=key, title=text.partition("\n")[0])))
            for key, text in TEXTS.items()}


# (report, its retelling in other words, unrelated news): the retelling is nearer by at least this much.
RETOLD = [
    ("drone", "drone_retold", "rate", 0.2),
    ("quake", "quake_retold", "rate", 0.2),
    ("drone", "drone_retold", "quake", 0.2),
    ("quake", "quake_retold", "drone_retold", 0.2),
]


@pytest.mark.parametrize(("first", "retold", "other", "margin"), RETOLD)
def test_a_retelling_in_other_words_is_nearer_than_other_news(items: dict[str, StoryItem], first: str, retold: str,
                                                             other: str, margin: float) -> None:
    a, b, c = (profile(items[key], vectors=True) for key in (first, retold, other))
    near, far = vector_cosine(a.vector, b.vector), vector_cosine(a.vector, c.vector)
    assert near is not None and far is not None
    assert near > far + margin


def test_the_weight_lifts_a_retelling_more_than_other_news(items: dict[str, StoryItem]) -> None:
    knobs = replace(DEFAULT_KNOBS, vector_weight=0.4)
    lift_retold = (same_story(items["quake"], items["quake_retold"], knobs=knobs)
                   - same_story(items["quake"], items["quake_retold"]))
    lift_other = same_story(items["quake"], items["rate"], knobs=knobs) - same_story(items["quake"], items["rate"])
    assert lift_retold > lift_other


def test_an_emoji_post_has_no_vector_and_keeps_its_score(items: dict[str, StoryItem]) -> None:
    emoji = profile(items["emoji"], vectors=True)
    assert emoji.vector is None
    knobs = replace(DEFAULT_KNOBS, vector_weight=0.4)
    assert same_story(items["emoji"], items["rate"], knobs=knobs) == same_story(items["emoji"], items["rate"])


def test_the_shipped_score_makes_no_vector(items: dict[str, StoryItem]) -> None:
    assert VECTOR_WEIGHT == 0.0
    assert profile(items["drone"]).vector is None
    assert profile(items["drone"], vectors=True).vector is not None


def test_an_item_read_back_from_json_gets_the_same_vector(items: dict[str, StoryItem]) -> None:
    """The vector is recomputed from the stored lemmas: a persisted item (schema unchanged) scores as it did."""
    item = items["quake_retold"]
    again = StoryItem.from_json(item.to_json())
    a, b = profile(item, vectors=True).vector, profile(again, vectors=True).vector
    assert a is not None and b is not None
    assert float(a @ b) == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize("weights", [{}, {"zzqxj": 1.0, "12345": 2.0}, {"землетрясение": 0.0}],
                         ids=["nothing", "unknown words", "no weight"])
def test_no_known_weighted_word_gives_no_vector(weights: dict[str, float]) -> None:
    assert lead_vector(weights) is None


def test_a_vector_has_unit_length() -> None:
    vector = lead_vector({"землетрясение": 2.0, "толчок": 1.0, "камчатка": 3.0})
    assert vector is not None
    assert float(vector @ vector) == pytest.approx(1.0, abs=1e-5)
