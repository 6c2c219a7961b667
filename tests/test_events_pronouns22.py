"""Events: sides told by pronouns, second round (twenty-second session, issue 4).

- a plural "они"/"их"/"им" stands for the nearest plural phrase before it (a subject for a subject pronoun, a
  subject or an object for an object pronoun, in its sentence or the one before): the actors it names ("Власти
  Грузии", two coordinated names), or no one where it names no one (unnamed people) or is a thing;
- a singular "он" of a later sentence does not take one of several people told together (a list of victims, two
  coordinated names it agrees with alike): it goes on with the one named before them;
- a subject "он"/"она" of a clause hung on a clause whose subject is a thing of its gender ("Коррупция опасна тем,
  что она требует ...") stands for that thing, not for a person of an earlier sentence;
- an object pronoun passes a name of the previous sentence told in an aside in brackets;
- "настаивать на том, что" (the parser's lemma "тот" as well as "то") insists on a claim, not a demand."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected", "not_a_side"), [
    # a plural subject that names a state: the state accuses
    ("Власти Грузии задержали журналиста Ивана Петрова. Они обвинили его в шпионаже.",
     ("ACCUSE", "Грузия", "Иван Петров", "asserted"), None),
    # two coordinated people before "они": both are the sides
    ("Иван Петров и Сергей Смирнов встретились в Москве. Они договорились о сотрудничестве.",
     ("AGREE", "Иван Петров", "Сергей Смирнов", "asserted"), None),
    # an object "них": the police officers he attacked
    ("Сотрудники полиции попытались остановить Ивана Петрова, но он напал на них.",
     ("ASSAULT", "Иван Петров", "полиция", "asserted"), None),
    # a list of victims is no "он": the attacker named before them wounds the guard
    ("Около полудня Иван Петров напал на прохожих. Его жертвами стали полицейские Алекс Морен и Дани Кастро. "
     "Затем он ранил охранника.", ("ASSAULT", "Иван Петров", None, "asserted"), "Алекс Морен"),
    # the name in brackets is an aside: the one who took the bribe is arrested
    ("Иван Петров получил взятку от завода (по тому же делу проходит Сергей Смирнов). Суд арестовал его.",
     ("COERCE", None, "Иван Петров", "asserted"), "Сергей Смирнов"),
])
def test_pronoun_sides(pipeline: Pipeline, text: str, expected: Described, not_a_side: str | None) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert expected in events
    if not_a_side is not None:
        assert not any(not_a_side in (source, target) for _, source, target, _ in events)


@pytest.mark.parametrize("text", [
    # "она" is the corruption the clause is about, not the prosecutor of the sentence before
    "Генпрокурор Анна Петрова выступила в суде. Коррупция опасна тем, что она требует молчания свидетелей.",
    "Генпрокурор Анна Петрова выступила в суде. Новая программа хороша тем, что она требует от чиновников отчётов.",
    # insisting that something happened is a claim: nothing is asked
    "Представители Ивана Петрова настаивали на том, что бюллетени не были засчитаны.",
])
def test_no_request(pipeline: Pipeline, text: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(kind == "REQUEST" for kind, _, _, _ in events)


@pytest.mark.parametrize(("text", "expected"), [
    # a person acts in the governing clause: "она" may still be the woman named before
    ("Анна Петрова выступила в суде. Судья отклонил иск, потому что она не требовала компенсации.",
     ("REQUEST", "Анна Петрова", None, "negated")),
    # a subject "она" of its own sentence goes on with the prosecutor
    ("Генпрокурор Анна Петрова выступила в суде. Она потребовала ареста свидетелей.",
     ("REQUEST", "Анна Петрова", None, "asserted")),
    # of two coordinated people only the man is "он"
    ("Анна Смирнова и Иван Петров поссорились. Вечером он избил соседа.",
     ("ASSAULT", "Иван Петров", None, "asserted")),
    # a name after its bracketed description is no aside
    ("Иван Петров (бывший директор завода) получил взятку. Суд арестовал его.",
     ("COERCE", None, "Иван Петров", "asserted")),
    # insisting that something be done is a demand
    ("Иван Петров настаивал на том, чтобы бюллетени пересчитали.", ("REQUEST", "Иван Петров", None, "asserted")),
])
def test_pronoun_sides_kept(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in described_events(pipeline, text, published="2024-03-15")


def test_unnamed_plural_names_no_one(pipeline: Pipeline) -> None:
    # "их" are the two activists, whom no one named: not the police that detained them
    events = described_events(pipeline, "Полиция задержала двух активистов. Их обвинили в хулиганстве.",
                              published="2024-03-15")
    assert not any(kind == "ACCUSE" and target is not None for kind, _, target, _ in events)
