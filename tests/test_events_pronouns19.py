"""Events: pronoun gender, the object of conjoined verbs, "Ли" as a name (nineteenth session, issue 4).

- A third person pronoun stands only for a person of its gender where the article tells the person's gender (the
  list of well-known people, the past tense verbs the person agrees with, the given name or surname in pymorphy's
  dictionary): "Анна Смирнова рассказала, что его задержали" does not make her the one detained; a plural pronoun
  ("их") never stands for one person.
- A transitive verb with no object of its own shares the object of the last verb joined after it ("задержала и
  допросила Ивана Петрова"); not where each verb has its own object, nor a reflexive verb, nor a thing object.
- A capitalised "Ли" is a name ("Ли Харви Освальд"), never the question particle that makes an act hypothetical.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # "его" is a man: past the woman named nearer, to the man named in the sentence before
    ("Иван Петров встретился с Анной Смирновой. Анна Смирнова рассказала, что его задержали в Москве.",
     ("COERCE", None, "Иван Петров", "asserted")),
    ("Анна Смирнова рассказала, что его задержала полиция Москвы.",
     ("COERCE", "Москва", None, "asserted")),
    ("Иван Петров заявил, что её задержала полиция Москвы.",
     ("COERCE", "Москва", None, "asserted")),
])
def test_a_pronoun_stands_for_a_person_of_its_gender(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: the gender agrees, the pronoun still finds its person
    ("Анна Смирнова рассказала, что её задержала полиция Москвы.",
     ("COERCE", "Москва", "Анна Смирнова", "asserted")),
    ("Иван Петров рассказал, что его задержала полиция Москвы.",
     ("COERCE", "Москва", "Иван Петров", "asserted")),
    # a plural pronoun names no one person
    ("Иван Петров и Анна Смирнова заявили, что их задержала полиция Москвы.",
     ("COERCE", "Москва", None, "asserted")),
])
def test_a_pronoun_of_the_persons_gender_still_resolves(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Полиция Москвы задержала и допросила Ивана Петрова.",
    "Полиция Москвы задержала, допросила и отпустила Ивана Петрова.",
])
def test_a_verb_shares_the_object_of_the_verb_joined_after_it(pipeline: Pipeline, text: str) -> None:
    assert ("COERCE", "Москва", "Иван Петров", "asserted") in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # each verb its own object
    ("Полиция Москвы задержала Анну Белову и допросила Ивана Петрова.",
     [("COERCE", "Москва", "Анна Белова", "asserted")]),
    ("Полиция Москвы задержала подозреваемого и отпустила.",
     [("COERCE", "Москва", None, "asserted"), ("CONCEDE", "Москва", None, "asserted")]),
])
def test_a_verb_with_an_object_of_its_own_keeps_it(pipeline: Pipeline, text: str,
                                                  expected: list[Described]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a thing object is no side of the invitation
    ("Иван Петров пригласил и обсудил ситуацию в Москве.", ("REQUEST", "Иван Петров", None, "asserted")),
    # the release has its own object, not the appointment's
    ("Президент России помиловал Ивана Петрова и назначил Анну Белову.",
     ("CONCEDE", "Россия", "Иван Петров", "asserted")),
])
def test_no_object_is_shared_across_a_thing_or_words_between(pipeline: Pipeline, text: str,
                                                             expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ли Харви Освальд стрелял в президента США Джона Кеннеди.",
     ("ASSAULT", "Ли Харви Освальд", "Джон Кеннеди", "asserted")),
])
def test_a_capitalised_li_is_a_name(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_the_particle_li_still_asks(pipeline: Pipeline) -> None:
    assert ("COERCE", "Москва", None, "hypothetical") in events(
        pipeline, "Неизвестно, задержала ли полиция Москвы Ивана Петрова.")
