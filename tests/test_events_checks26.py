"""Events: the twenty-sixth session's checks and inquiries, each rule with the near cases it leaves alone.
Sentences of our own, of the patterns the tuning sets' and the pool's texts hold.

- A check opened or held ("начать", "провести", "проводить", "организовать проверку"; "проводится", "началась
  проверка") on someone named is ACCUSE (investigate) by the body that holds it, of whom it is "в отношении", in
  its genitive, or "по факту" of whose deeds; each one named of those deeds is a target of his own.
- A check of no one named ("поручил провести проверку", a check of quality or documents), of a death or a crime
  suffered ("по факту гибели X": X is the victim) or on someone's complaint ("по заявлению X") is no event.
- A conjunct after the clause's verb that the parser hung on a noun before it ("органы СК и МВД ... проводят
  проверки по фактам действий губернатора и его жены") goes to the noun it agrees with after the verb, so the
  wife is checked, not one who checks.
- A search takes no dative: "информацию об обыске им подтвердили" tells them, searches no one.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_a_check_opened_on_someone_is_an_investigation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Омской области начала проверку в отношении мэра Омска Ивана Петрова.")
    assert ("ACCUSE", "Прокуратура Омской области", "Иван Петров", "asserted") in found


def test_a_check_on_someones_deeds_concerns_him(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Омской области проведёт проверку по факту высказываний депутата "
                             "Ивана Петрова.")
    assert ("ACCUSE", "Прокуратура Омской области", "Иван Петров", "future") in found


def test_a_check_held_in_the_passive_names_no_checker(pipeline: Pipeline) -> None:
    found = events(pipeline, "В отношении депутата Ивана Петрова началась служебная проверка.")
    assert ("ACCUSE", None, "Иван Петров", "asserted") in found


def test_a_check_not_held_is_negated(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Омской области не стала проводить проверку в отношении Ивана Петрова.")
    assert ("ACCUSE", "Прокуратура Омской области", "Иван Петров", "negated") in found


def test_each_one_whose_deeds_are_checked_and_no_conjunct_across_the_verb_checks(pipeline: Pipeline) -> None:
    found = events(pipeline, "Органы СК и МВД России проводят несколько проверок по фактам незаконных действий "
                             "губернатора Ивана Петрова и его жены Марии Петровой, которые могут привести к "
                             "возбуждению дел.")
    assert ("ACCUSE", "МВД России", "Иван Петров", "asserted") in found
    assert any(e[0] == "ACCUSE" and e[2] == "Мария Петрова" for e in found)
    assert not any(e[1] == "Мария Петрова" for e in found)


def test_a_check_of_no_one_named_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Роспотребнадзор провёл проверку качества молока на заводе.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_check_ordered_is_the_order_only(pipeline: Pipeline) -> None:
    found = events(pipeline, "Губернатор Омской области Иван Петров поручил полиции провести проверку.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_check_of_a_death_accuses_not_the_dead(pipeline: Pipeline) -> None:
    found = events(pipeline, "Следственный комитет начал проверку по факту гибели журналиста Ивана Петрова.")
    assert not any(e[0] == "ACCUSE" and e[2] == "Иван Петров" for e in found)


def test_a_check_on_a_complaint_does_not_check_the_complainant(pipeline: Pipeline) -> None:
    found = events(pipeline, "Следственный комитет провёл проверку по заявлению депутата Ивана Петрова.")
    assert not any(e[0] == "ACCUSE" and e[2] == "Иван Петров" for e in found)


def test_a_search_told_to_someone_searches_no_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Омске прошли обыски в редакции газеты, об этом сообщают «Коммерсант» и другие "
                             "российские издания. Информацию об обыске им подтвердили в пресс-службе редакции.")
    assert not any(e[0] == "COERCE" and e[2] == "Коммерсантъ" for e in found)
