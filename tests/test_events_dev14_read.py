"""Events: the general rules of the twenty-second session (events_dev14's misses and false events read), each with
the near cases it leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- A passive "осудить" of a person ("был осуждён за мошенничество", "осуждённую районным судом") is a conviction,
  not a condemnation; one who condemns named in the instrumental ("осуждён Советом Европы") keeps it a
  condemnation, and an act condemned ("Удар был осуждён") is no one convicted.
- A plain word for a person ("Мужчину арестовали", "отпустил девушку") stands for the one private person of its
  gender the article has named; not where two are named, nor for a word of the other gender.
- "друг" is the reciprocal pronoun only as "друг другу", "друг с другом": "поблагодарил своего друга" is thanks,
  no cooperation.
- An attack on people no name tells ("нападение на священников на Украине") does not hit the land "на" which
  they were.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "person"), [
    ("Бывший мэр Иван Петров был осуждён за мошенничество.", "Иван Петров"),
    ("Губернатор помиловал Анну Смирнову, осуждённую Тверским районным судом.", "Анна Смирнова"),
])
def test_a_person_convicted_in_the_passive(pipeline: Pipeline, text: str, person: str) -> None:
    found = events(pipeline, text)
    assert any(e[0] == "COERCE" and e[2] == person for e in found)
    assert not any(e[0] == "ACCUSE" and e[2] == person for e in found)


def test_a_passive_condemnation_by_someone_named(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров был осуждён Советом Европы за эти слова.")
    assert not any(e[0] == "COERCE" for e in found)


def test_an_act_condemned_is_no_one_convicted(pipeline: Pipeline) -> None:
    assert not any(e[0] == "COERCE" for e in events(pipeline, "Удар по больнице был осуждён мировым сообществом."))


def test_a_plain_word_for_the_one_private_person(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Казани полиция задержала местного жителя Олега Сидорова. Мужчину арестовали на два "
                             "месяца.")
    assert len([e for e in found if e[0] == "COERCE" and e[2] == "Олег Сидоров"]) == 2


def test_a_plain_word_of_the_other_gender(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Казани полиция задержала местного жителя Олега Сидорова. Женщину арестовали на два "
                             "месяца.")
    assert len([e for e in found if e[0] == "COERCE" and e[2] == "Олег Сидоров"]) == 1


def test_a_plain_word_where_two_are_named(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Казани подрались местные жители Олег Сидоров и Павел Козлов. Мужчину арестовали "
                             "на два месяца.")
    assert not any(e[0] == "COERCE" for e in found)


def test_thanks_to_a_friend_is_no_cooperation(pipeline: Pipeline) -> None:
    found = events(pipeline, "В пятницу Биньямин Нетаньяху поблагодарил «своего друга» Дональда Трампа.")
    assert any(e[0] == "SUPPORT" and e[1] == "Биньямин Нетаньяху" for e in found)
    assert not any(e[0] == "COOPERATE" for e in found)


def test_help_to_each_other_is_cooperation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Россия и Китай поддерживают друг друга в Совете Безопасности.")
    assert any(e[0] == "COOPERATE" for e in found)


def test_unnamed_people_attacked_are_not_the_land(pipeline: Pipeline) -> None:
    found = events(pipeline, "Новое нападение на православных священников на Украине произошло в пятницу.")
    assert not any(e[0] == "ASSAULT" and e[2] == "Украина" for e in found)
