"""Events: the twenty-fifth session's courts and custody round, each rule with the near cases it leaves alone.
Sentences of our own, of the patterns the tuning sets' texts hold.

- A case or a trial "против" someone ("дело против ...", "судебный процесс против ...") accuses whom it is against,
  as "иск против" does; "дело" alone ("Дело в том, что ...") is no charge.
- Who tells of a case, a trial or a suit "против" someone ("привёл в пример процесс против газеты", "напомнил о деле
  против") did not bring it: no accuser, unless a light verb makes the act the subject's ("подала иск против").
- A court's sentence, arrest or fine that names no one it is done to is no event (no tuning set writes a court's
  COERCE with no target: acts on unnamed people, and a retelling that names no one, are left out); the court's act on
  a named person stays, so does its act where the sentence names a person or a pronoun stands for one, a ban of
  things, and its release of unnamed people (CONCEDE).
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_a_case_against_someone_accuses_him(pipeline: Pipeline) -> None:
    found = events(pipeline, "Правозащитники считают, что дело против журналиста Олега Сидорова было сфабриковано.")
    assert ("ACCUSE", None, "Олег Сидоров", "asserted") in found


def test_a_trial_against_someone_accuses_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Судебный процесс против Олега Сидорова начнётся в мае.")
    assert ("ACCUSE", None, "Олег Сидоров", "future") in found


def test_who_tells_of_a_trial_did_not_bring_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Юрист Пётр Кузнецов привёл в пример судебный процесс против газеты «Вечерний звон».")
    assert ("ACCUSE", None, "Вечерний звон", "asserted") in found
    assert not any(e[0] == "ACCUSE" and e[1] == "Пётр Кузнецов" for e in found)


def test_who_recalls_a_case_did_not_bring_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Адвокат Пётр Кузнецов напомнил о деле против блогера Олега Сидорова.")
    assert not any(e[0] == "ACCUSE" and e[1] == "Пётр Кузнецов" for e in found)


def test_a_suit_filed_keeps_its_plaintiff(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Казахстана подала иск против Олега Сидорова.")
    assert ("ACCUSE", "Прокуратура Казахстана", "Олег Сидоров", "asserted") in found


def test_a_bare_delo_is_no_charge(pipeline: Pipeline) -> None:
    found = events(pipeline, "Дело в том, что в городе снова отключили воду.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_court_act_on_no_one_named_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Басманный суд Москвы арестовал двух подозреваемых.")
    assert not any(e[0] == "COERCE" for e in found)


def test_a_court_retelling_that_names_no_one_is_left_out(pipeline: Pipeline) -> None:
    found = events(pipeline, "Басманный суд Москвы приговорил Олега Сидорова к трём годам колонии. Однако суд "
                             "назначил наказание мягче, чем просила прокуратура.")
    assert ("COERCE", "Басманный суд Москвы", "Олег Сидоров", "asserted") in found
    assert not any(e[0] == "COERCE" and e[2] is None for e in found)


def test_a_court_act_on_a_named_person_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Басманный суд Москвы арестовал Олега Сидорова.")
    assert ("COERCE", "Басманный суд Москвы", "Олег Сидоров", "asserted") in found


def test_a_court_release_of_unnamed_people_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Басманный суд Москвы освободил из-под стражи двух задержанных.")
    assert ("CONCEDE", "Басманный суд Москвы", None, "asserted") in found


def test_a_court_sentence_on_unnamed_convicts_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Басманный суд Москвы приговорил шестерых обвиняемых к длительным срокам.")
    assert not any(e[0] == "COERCE" for e in found)


def test_a_court_act_on_a_pronoun_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Блогер Олег Сидоров уехал из России. Басманный суд Москвы заочно признал его виновным "
                             "в мошенничестве, приговорив к восьми годам колонии.")
    assert ("COERCE", "Басманный суд Москвы", "Олег Сидоров", "asserted") in found
