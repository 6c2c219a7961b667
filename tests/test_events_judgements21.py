"""Events: accusations told as judgement (twenty-first session, issue 4). Sentences of our own, of the shapes read
on the tuning sets, telegram posts and NEREL texts ("назвала фейком публикации", "назвав его изменником",
"назвал «чистой выдумкой» публикацию"), each with the near cases the rule leaves alone.

- A person or a thing called by a word of lie, outrage, betrayal or abuse ("фейк", "выдумка", "ложь", "клевета",
  "возмутительный", "изменник", "предатель", "подстрекатель", "мошенничество", "надругательство",
  "злоупотребление") is the caller's ACCUSE of whom it is said of (the one named, the owner of the thing), or of no
  one named; denied, it is negated. Praise ("назвал героем") is no accusation. A report called false ("фейк",
  "выдумка", "ложь", "клевета") with no one named behind it judges no actor ("назвал фейком сообщения о ...").
- A name called is no accusation of another when it is given to one's own thing or to oneself ("назвал свой роман
  выдумкой", "называет себя предателем"), nor when the word only stands near the verb and is not what the thing is
  called ("Слово «преступник» он назвал самым страшным").
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def accusations(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Сенатор Олег Смирнов назвал губернатора Ивана Петрова предателем.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
    ("Депутат Олег Смирнов назвал статью журнала Forbes «грубой клеветой».",
     ("ACCUSE", "Олег Смирнов", "Forbes", "asserted")),
    ("Депутат Олег Смирнов назвал заявление министра Ивана Петрова ложью.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
    ("Министр Олег Смирнов называет действия Ивана Петрова злоупотреблением.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
    ("Пресс-секретарь Олег Смирнов назвал «чистой выдумкой» статью газеты The Times о переговорах.",
     ("ACCUSE", "Олег Смирнов", "The Times", "asserted")),
    ("Лидер оппозиции Олег Смирнов назвал итоги голосования мошенничеством.",
     ("ACCUSE", "Олег Смирнов", None, "asserted")),
    ("Сенатор Олег Смирнов не называл губернатора Ивана Петрова предателем.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "negated")),
])
def test_a_condemning_name_called_accuses(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "Сенатор Олег Смирнов назвал губернатора Ивана Петрова героем.",
    "Писатель Олег Смирнов назвал свой роман выдумкой.",
    "Актёр Олег Смирнов называет себя предателем своего поколения.",
    "Слово «преступник» писатель Олег Смирнов назвал самым страшным.",
    "Пресс-секретарь Олег Смирнов назвал фейком сообщения о своей отставке.",
])
def test_praise_self_judgement_or_a_word_near_the_verb_accuses_no_one(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text) == []
