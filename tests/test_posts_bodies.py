"""A title naming a post by the body it heads ("глава Госдепартамента", "глава Минобороны") stands for the one
holding that post in the article ("госсекретарь США Энтони Блинкен"), and a title is never given to a person
named after it through a preposition ("встретился с Зеленским"), nor to the head of another company."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article, Doc


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=("quotes", "events", "commitments"))


def titles(doc: Doc) -> dict[str, str]:
    return {m.text: doc.entity(m.entity).name for m in doc.mentions if m.kind == "title"}


HEADS = [
    ("Госсекретарь США Энтони Блинкен прибыл в Киев. Глава Госдепартамента заявил о новой помощи. Госсекретарь "
     "также встретился с Зеленским.", "Глава Госдепартамента", "Энтони Блинкен"),
    ("Госсекретарь США Марко Рубио провёл переговоры в Эр-Рияде.\n\nКак сообщил глава Госдепа, стороны "
     "договорились продолжить контакты.", "глава Госдепа", "Марко Рубио"),
    ("Министр обороны России Андрей Белоусов провёл совещание. Глава Минобороны поручил усилить охрану.",
     "Глава Минобороны", "Андрей Белоусов"),
]


@pytest.mark.parametrize(("text", "title", "holder"), HEADS, ids=[c[1] for c in HEADS])
def test_head_of_a_body_is_the_holder_of_its_post(pipeline: Pipeline, text: str, title: str, holder: str) -> None:
    assert titles(pipeline.analyze_one(Article(text=text))).get(title) == holder


NOT_HOLDERS = [
    # the next name is the one the title met, after a preposition
    ("Глава Госдепартамента прибыл в Киев.\nПозже он встретился с Зеленским.", "Глава Госдепартамента"),
    # the head of one company is not the head of another
    ("Гендиректор «Infoline-аналитики» Михаил Бурмистров оценил бизнес «Балтики».\n\nУголовное дело в "
     "отношении генерального директора «Балтики» прекращено.", "генерального директора «Балтики»"),
]


@pytest.mark.parametrize(("text", "title"), NOT_HOLDERS, ids=[c[1] for c in NOT_HOLDERS])
def test_title_stands_for_no_one_else(pipeline: Pipeline, text: str, title: str) -> None:
    assert title not in titles(pipeline.analyze_one(Article(text=text)))


NORMALS = [
    # the words before the post are the title's own, written once
    ("Премьер-министр Украины Денис Шмыгаль прибыл в Брюссель.\n\nЕврокомиссия согласовала выделение Украине 4,1 "
     "млрд евро, сообщил украинский премьер.", "украинский премьер", "украинский премьер"),
    ("Президент России Владимир Путин провёл совещание.\n\nКак заявил российский президент, решение уже принято.",
     "российский президент", "российский президент"),
]


@pytest.mark.parametrize(("text", "written", "normal"), NORMALS, ids=[c[1] for c in NORMALS])
def test_title_normal_keeps_words_before_the_post(pipeline: Pipeline, text: str, written: str, normal: str) -> None:
    doc = pipeline.analyze_one(Article(text=text))
    assert [m.normal for m in doc.mentions if m.kind == "title" and m.text == written] == [normal], doc.mentions


def test_post_after_a_numeral_names_no_one(pipeline: Pipeline) -> None:
    text = ("Лётчик Максим Кузьминов угнал вертолёт Ми-8. Он рассказал об угоне, в результате которого ещё два "
            "лётчика были убиты.")
    assert "лётчика" not in titles(pipeline.analyze_one(Article(text=text)))
