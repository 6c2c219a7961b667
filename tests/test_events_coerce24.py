"""Events: COERCE recall across the sixteen tuning sets (twenty-fourth session, issue 4). Sentences of our own, of
the shapes the sets' missed arrests, dismissals and deportations hold, each rule with the near cases it leaves alone.

- The possessive of an act undergone names whom it is done to, as its genitive does ("арест Бхутто", "о его
  задержании"): "Его увольнение стало неожиданностью" after the man is named, "пытается оспорить свою экстрадицию"
  (the clause's subject). A demonstrative ("этот арест") names no one.
- A title's description is spelled out further into the article than another sentence's: "Мэр уволил водителя"
  (the title) is the dismissal of the one the body names "своего водителя Василия Кротова", four sentences on; the
  same words in the body's first sentence are not read so far ahead.
- A description with a genitive of its own is a kind of people ("основатель компании" may be any founder), unless the
  article introduces one person with the same noun and the same genitive: "Задержан основатель компании «Вектор»"
  (the title) is "основателя компании «Вектор» Илью Старова", not "Основатель компании «Альфа» Пётр Лунин".
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def coercions(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "COERCE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Бывший министр Игорь Ветров восемь лет руководил ведомством. Его арест стал неожиданностью для коллег.",
     ("COERCE", None, "Игорь Ветров", "asserted")),
    ("Бизнесмен Олег Сомов пытается оспорить свою экстрадицию в Германию.",
     ("COERCE", None, "Олег Сомов", "asserted")),
    ("Журналист Пётр Ланской вышел на свободу. После его задержания прошло два месяца.",
     ("COERCE", None, "Пётр Ланской", "asserted")),
])
def test_the_possessive_of_an_act_undergone_is_its_target(pipeline: Pipeline, text: str,
                                                          expected: Described) -> None:
    assert expected in coercions(pipeline, text)


def test_a_demonstrative_names_no_one_arrested(pipeline: Pipeline) -> None:
    assert all(e[2] is None for e in coercions(
        pipeline, "Журналист Пётр Ланской выступил в суде. Этот арест вызвал протесты в городе."))


def test_a_titles_description_is_named_further_on(pipeline: Pipeline) -> None:
    text = ("Мэр Твери уволил водителя\n"
            "Решение было принято в понедельник после проверки. Проверка длилась месяц. Городская дума обсудила её "
            "итоги. Мэр Твери Алексей Огоньков объявил, что уволил своего водителя Василия Кротова.")
    found = coercions(pipeline, text)
    assert [e for e in found if e[3] == "asserted" and e[2] == "Василий Кротов"] and len(
        [e for e in found if e[2] == "Василий Кротов"]) == 2


def test_a_description_beyond_the_title_is_not_named_so_far_on(pipeline: Pipeline) -> None:
    text = ("Мэр Твери выступил перед депутатами\n"
            "Вчера мэр уволил водителя. Решение было принято после проверки. Проверка длилась месяц. Городская дума "
            "обсудила её итоги. Мэр Твери Алексей Огоньков объявил, что уволил своего водителя Василия Кротова.")
    assert len([e for e in coercions(pipeline, text) if e[2] == "Василий Кротов"]) == 1


def test_a_description_with_the_same_genitive_is_the_one_introduced(pipeline: Pipeline) -> None:
    # another company's founder named first is someone else; the founder of the company the title names is the one
    text = ("Задержан основатель компании «Вектор»\n"
            "Основатель компании «Альфа» Пётр Лунин прокомментировал новость журналистам. Полиция Самары задержала "
            "основателя компании «Вектор» Илью Старова по делу о мошенничестве.")
    found = coercions(pipeline, text)
    assert ("COERCE", None, "Илья Старов", "asserted") in found
    assert all(e[2] != "Пётр Лунин" for e in found)
