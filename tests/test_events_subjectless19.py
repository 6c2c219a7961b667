"""Events: verbs with no subject of their own (the nineteenth session, issue 4).

- A third person plural verb with no subject ("в их доме стреляли", "его убили", "в него стреляют") is the
  Russian indefinite-personal form: it names no doer. It does not take the singular subject of the verb it is
  joined to or hangs on; a plural subject ("Мы встретились ... и обсудили") is still shared, and so is a plural
  verb's own subject ("Ряд стран осудили ... и ввели"). The ending is read as well as the tag: "разогнало" is no
  plural whatever the tagger says.
- "стрелять" is an assault with firearms; its "в" + accusative is whom the shots are aimed at.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("В мае исчезла Вера Петрова, а в августе в её доме стреляли в Илью Петрова.",
     ("ASSAULT", None, "Илья Петров", "asserted")),
    ("Министр Иван Петров вышел из машины, после чего в него стреляли.",
     ("ASSAULT", None, "Иван Петров", "asserted")),
    ("Журналист Иван Петров вернулся в Москву, и через неделю его убили.",
     ("ASSAULT", None, "Иван Петров", "asserted")),
])
def test_a_plural_verb_with_no_subject_names_no_doer(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert all(event[1] is None for event in found if event[0] == "ASSAULT")


def test_shooting_at_someone(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Джон Хинкли", "Рональд Рейган", "asserted") in events(
        pipeline, "Джон Хинкли стрелял в президента Рональда Рейгана.")


@pytest.mark.parametrize(("text", "expected"), [
    # a conjoined verb shares its head's subject, singular or plural
    # (the object of the last verb is shared too since the nineteenth session's issue 4, test_events_pronouns19.py)
    ("Полиция Москвы задержала и допросила Ивана Петрова.",
     ("COERCE", "Москва", "Иван Петров", "asserted")),
    ("Тем не менее правительство Москвы не согласовало протест граждан и жестоко разогнало вышедших на акцию.",
     ("COERCE", "Москва", None, "asserted")),
    # a first person in a quote is its speaker, dropped or not
    ("«Мы встретились с министром Сергеем Лавровым и обсудили ситуацию в Сирии», — заявил Энтони Блинкен.",
     ("CONSULT", "Энтони Блинкен", "Сергей Лавров", "asserted")),
    ("«Осуждаем удары по Киеву», — заявил министр иностранных дел Украины Дмитрий Кулеба.",
     ("ACCUSE", "Дмитрий Кулеба", None, "asserted")),
])
def test_a_subject_shared_or_spoken_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
