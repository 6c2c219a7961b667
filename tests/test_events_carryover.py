"""Events: sides carried over from another sentence, the twenty-second session (issue 4). Sentences of our own, of
the patterns met in telegram posts and NEREL texts; each rule with the near cases it leaves alone.

- A passive with no agent goes on with the one who did the same act just before, but not where its own sentence
  sets it in another country ("суд Чикаго приговорил ... Смирнов был задержан в Польше": a court of one country
  arrests no one in another). A place of the source's own country keeps the carry-over.
- An agreement with no one named takes the article's two sides only where it can be theirs: not a decision
  with a subject of its own ("я приму решение": the subject's act alone), nor one of the members or participants
  of a meeting ("если участники встречи не договорятся"). "Были достигнуты договорённости", "было принято
  решение" (no subject), "если стороны не договорятся" stay.
- A post word with a count ("два лётчика были убиты") is no one holder of the post named before ("лётчик был убит"
  is).
- An object pronoun of a verb joined to another, with no subject of its own, goes on with the thing the first verb
  acts on where that thing is of the pronoun's gender ("возражает против этого решения и продолжает оспаривать
  его"), not with a person named in a sentence before. "рассмотрел жалобу и освободил его" (a thing of another
  gender) keeps the person.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


SENTENCED = "Окружной суд Чикаго приговорил гражданина Канады Петра Смирнова к пяти годам тюрьмы за мошенничество. "


def test_an_arrest_abroad_is_not_the_court_s(pipeline: Pipeline) -> None:
    found = events(pipeline, SENTENCED + "Смирнов был задержан в 2021 году в Польше.")
    assert ("COERCE", None, "Петр Смирнов", "asserted") in found
    assert ("COERCE", "Окружной суд Чикаго", "Петр Смирнов", "asserted") in found  # the sentence itself
    assert len([e for e in found if e[1] == "Окружной суд Чикаго"]) == 1


def test_an_arrest_at_home_keeps_the_agent_told_before(pipeline: Pipeline) -> None:
    found = events(pipeline, SENTENCED + "Смирнов был задержан в 2021 году в Бостоне.")
    assert len([e for e in found if e[1] == "Окружной суд Чикаго" and e[2] == "Петр Смирнов"]) == 2


def test_a_dismissal_in_the_same_country_keeps_the_agent(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр обороны Ирана Ахмад Вахиди уволил командующего флотом Али Карими. В 2024 году "
                             "Карими был уволен в Тегеране повторно.")
    assert found.count(("COERCE", "Ахмад Вахиди", "Али Карими", "asserted")) == 2


TALKS = "Делегации России и Китая провели переговоры в Пекине. "


@pytest.mark.parametrize("text", [
    TALKS + "«После этого я приму решение, где мне жить», — сказал спортсмен.",
    TALKS + "Если участники встречи не договорятся о цене газа, поставки сократятся.",
])
def test_no_agreement_of_the_article_s_two_sides(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "AGREE"] == []


@pytest.mark.parametrize(("text", "expected"), [
    (TALKS + "По итогам встречи были достигнуты договорённости о строительстве моста через Амур.",
     ("AGREE", "Россия", "Китай", "asserted")),
    (TALKS + "Если стороны не договорятся о цене газа, поставки сократятся.", ("AGREE", "Россия", "Китай", "negated")),
    (TALKS + "Тогда же было принято решение о строительстве моста через Амур.",
     ("AGREE", "Россия", "Китай", "asserted")),
])
def test_the_article_s_two_sides_agree(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_count_of_pilots_is_no_pilot_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "Российский пилот Иван Сидоров угнал вертолёт в Турцию. Позже он рассказал об угоне, в "
                             "ходе которого два лётчика были убиты.")
    assert not any(e[2] == "Иван Сидоров" for e in found)


def test_the_pilot_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "Российский пилот Иван Сидоров угнал вертолёт в Турцию. Позже лётчик был убит в Испании.")
    assert ("ASSAULT", None, "Иван Сидоров", "asserted") in found


def test_an_object_pronoun_for_the_decision_contested(pipeline: Pipeline) -> None:
    found = events(pipeline, "Власти Ирана внесли журналиста Ивана Петрова в список шпионов. Редакция газеты возражает "
                             "против этого решения и продолжает оспаривать его в суде.")
    assert not any(e[2] == "Иван Петров" for e in found)


def test_an_object_pronoun_for_the_person_released(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд приговорил Ивана Петрова к трём годам. Верховный суд рассмотрел жалобу и освободил "
                             "его.")
    assert ("CONCEDE", "Верховный суд", "Иван Петров", "asserted") in found
