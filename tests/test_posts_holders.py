"""Posts linked to the wrong person, as the quote and event work met them: a title with "нынешний" /
"действующий" refers back to the one already named, not forward to the next name; a post run for ("кандидатов
в президенты") is not held; a post reached through a preposition ("по увольнению генпрокурора", "при президенте")
keeps the name after it for itself."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article, Doc


def posts(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(doc.entity(p.person).name, p.post, doc.entity(p.of).name if p.of else None) for p in doc.posts}


def titles(doc: Doc) -> dict[str, str]:
    return {m.text: doc.entity(m.entity).name for m in doc.mentions if m.kind == "title"}


CURRENT = [
    # the main clause's subject of the sentence before, not the candidate named after the title
    ("Владимир Путин согласился возглавить правительство, если Дмитрий Медведев победит на выборах.\n\n"
     "Об этом нынешний российский президент заявил на съезде партии. Днем позже Медведев предложил Путину пост "
     "премьера.", "российский президент", "Владимир Путин"),
    ("Эмманюэль Макрон принял в Елисейском дворце лидеров партий, хотя Марин Ле Пен отказалась приехать.\n\n"
     "Нынешний французский президент пообещал провести референдум. Ле Пен назвала встречу спектаклем.",
     "французский президент", "Эмманюэль Макрон"),
]


@pytest.mark.parametrize(("text", "title", "holder"), CURRENT, ids=[c[2] for c in CURRENT])
def test_current_holder_is_the_one_named_before(pipeline: Pipeline, text: str, title: str, holder: str) -> None:
    assert titles(pipeline.analyze_one(Article(text=text))).get(title) == holder


NOBODY = [
    # two subjects before the title: either may be meant, neither is taken (not the next name, Байден)
    ("Трамп и Байден обменялись обвинениями на дебатах.\n\nДействующий президент США утверждает, что не получает "
     "денег от Китая, но обвиняет в этом Байдена.\n\nКандидат от демократов Джо Байден ответил, что это ложь.",
     "Джо Байден"),
    # the one named before held the post earlier: "действующий" is not him
    ("Бывший президент США Джо Байден выступил на съезде демократов.\n\nДействующий президент США назвал речь "
     "скучной. Позже Байден уехал в Делавэр.", "Джо Байден"),
]


@pytest.mark.parametrize(("text", "wrong"), NOBODY, ids=["two subjects", "former holder"])
def test_current_title_is_not_the_wrong_person(pipeline: Pipeline, text: str, wrong: str) -> None:
    assert wrong not in titles(pipeline.analyze_one(Article(text=text))).values()


SOUGHT = [
    ("Дебаты кандидатов в президенты США Трампа и Байдена прошли в Нэшвилле.", ("Джо Байден", "президент")),
    ("Дебаты кандидатов в президенты США Дональда Трампа и Джо Байдена прошли в Нэшвилле.",
     ("Дональд Трамп", "президент")),
    ("Баллотироваться в депутаты Госдумы решил журналист Иван Петров.", ("Иван Петров", "депутат")),
]


@pytest.mark.parametrize(("text", "held"), SOUGHT, ids=["Байден", "Трамп", "депутат"])
def test_post_run_for_is_not_held(pipeline: Pipeline, text: str, held: tuple[str, str]) -> None:
    assert not {p for p in posts(pipeline.analyze_one(Article(text=text))) if p[:2] == held}


PAST_PREPOSITION = [
    ("Материалы содержали требование со стороны представителя американской администрации по увольнению "
     "генпрокурора Украины Виктора Шокина.", ("Виктор Шокин", "генпрокурор", "Украина"), "представитель"),
    ("Советник по национальной безопасности при президенте Джо Байдене Джейк Салливан сказал, что США это не "
     "обсуждают.", ("Джо Байден", "президент", "США"), "советник по национальной безопасности"),
]


@pytest.mark.parametrize(("text", "post", "not_his"), PAST_PREPOSITION, ids=["Шокин", "Байден"])
def test_name_after_a_post_past_a_preposition_is_that_posts(pipeline: Pipeline, text: str,
                                                             post: tuple[str, str, str | None], not_his: str) -> None:
    found = posts(pipeline.analyze_one(Article(text=text)))
    assert post in found and not any(p[0] == post[0] and p[1] == not_his for p in found), found
