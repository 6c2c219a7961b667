"""Events: the legal procedure's wording (the twenty-first session, issue 4), step by step and modality by
modality, each with a near sentence of another sense where nothing fires. Sentences of our own.

- sent or moved under arrest ("отправили под домашний арест", "перевёл под домашний арест"): COERCE arrest;
- custody told by its noun ("продлил срок содержания под стражей"): COERCE arrest;
- searches told by their noun as subject ("у депутата прошли обыски"): COERCE search of the one "у" whom;
- a fine or a punishment set ("назначил штраф", "назначил наказание"): COERCE fine / sentence of the dative;
- an acquittal ("оправдал", "вынес оправдательный приговор") and a case closed ("прекратил уголовное дело"): the
  charge withdrawn, ACCUSE negated (as "сняли обвинения"); "оправдать" only of a person, not "оправдать ожидания",
  and only by a court or in the passive (a defence that means to "оправдать" him acquits no one).
An unnamed "суд" is no side (`null`), as the sets write it.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # arrest and house arrest
    ("Ивана Петрова отправили под домашний арест.", ("COERCE", None, "Иван Петров", "asserted")),
    ("Суд отправит Ивана Петрова под арест.", ("COERCE", None, "Иван Петров", "future")),
    ("Суд перевёл Ивана Петрова под домашний арест.", ("COERCE", None, "Иван Петров", "asserted")),
    # custody extended
    ("Суд продлил срок содержания под стражей Ивана Петрова.", ("COERCE", None, "Иван Петров", "asserted")),
    # searches
    ("У Ивана Петрова прошли обыски.", ("COERCE", None, "Иван Петров", "asserted")),
    ("У депутата Ивана Петрова проходят обыски.", ("COERCE", None, "Иван Петров", "asserted")),
    # fines and punishments
    ("Суд назначил Ивану Петрову штраф.", ("COERCE", None, "Иван Петров", "asserted")),
    ("Суд назначит Ивану Петрову штраф.", ("COERCE", None, "Иван Петров", "future")),
    ("Суд не назначил Ивану Петрову штраф.", ("COERCE", None, "Иван Петров", "negated")),
    ("Суд назначил Ивану Петрову наказание в виде шести лет лишения свободы.",
     ("COERCE", None, "Иван Петров", "asserted")),
    # acquittals: the charge withdrawn
    ("Суд оправдал Ивана Петрова.", ("ACCUSE", None, "Иван Петров", "negated")),
    ("Иван Петров был оправдан.", ("ACCUSE", None, "Иван Петров", "negated")),
    ("Суд не оправдал Ивана Петрова.", ("ACCUSE", None, "Иван Петров", "asserted")),
    # a case closed
    ("Минюст прекратил уголовное дело против Ивана Петрова.", ("ACCUSE", "Минюст", "Иван Петров", "negated")),
    ("Следствие прекратило уголовное дело в отношении Ивана Петрова.",
     ("ACCUSE", None, "Иван Петров", "negated")),
])
def test_a_legal_step_is_told(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ивана Петрова отправили в командировку.",
    "Расходы на содержание тюрьмы выросли.",
    "У Ивана Петрова прошла выставка картин.",
    "Ивана Петрова назначили главой штаба.",
    "Фильм Ивана Петрова не оправдал ожиданий зрителей.",
    "Иван Петров оправдал свою фамилию.",
    "Адвокаты надеются полностью оправдать Ивана Петрова.",
    "Защитники не признают обвинения и хотят оправдать Ивана Петрова.",
    "Иван Петров прекратил работу над книгой.",
])
def test_another_sense_tells_no_legal_step(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] in ("COERCE", "ACCUSE") for e in events(pipeline, text))


def test_an_acquittal_handed_down_is_no_sentence(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд вынес оправдательный приговор Ивану Петрову.")
    assert ("ACCUSE", None, "Иван Петров", "negated") in found
    assert not any(e[0] == "COERCE" for e in found)


def test_a_charge_withdrawn_still_needs_its_object(pipeline: Pipeline) -> None:
    # the rule that a withdrawn charge is the verb's object stays for "снять обвинение"
    assert not any(e[0] == "ACCUSE" for e in events(pipeline, "Иван Петров снял фильм об обвинениях."))
