"""Events: the rules of the twentieth session's precision audit (what the system emits on NEREL Wikinews texts no
set holds, judged one by one), each with the near cases it leaves alone. Sentences of our own.

- A finding of guilt told with no one finding it ("была признана виновной", "его признали виновным") is a verdict
  (COERCE), as a court's "признал виновным" is; one who finds guilt and is no court only accuses.
- "освободил от должности" removes from office (COERCE), not a release from custody (CONCEDE); "по собственному
  желанию" it accepts a resignation (AGREE). "освободил заложников" stays a release.
- "по запросу X": who asked for the act is not who underwent it; "по решению суда": the court carries out the arrest.
- "обещать", "отказать" with a thing for subject are figures ("отказало сердце", "выдвижение обещает сделать").
- A law's genitive ("закон Димы Яковлева") names no side; a business partner, a student, the kin ("родные") are not
  whose they are.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_a_finding_of_guilt_with_no_finder_is_a_verdict(pipeline: Pipeline) -> None:
    found = events(pipeline, "Анна Сергеева была признана виновной в мошенничестве.")
    assert ("COERCE", None, "Анна Сергеева", "asserted") in found
    assert not any(e[0] == "ACCUSE" for e in found)


def test_a_finding_of_guilt_by_one_who_is_no_court_accuses(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министерство признало Ивана Козлова виновным в срыве поставок.")
    assert not any(e[0] == "COERCE" for e in found)


def test_release_from_office_is_a_dismissal(pipeline: Pipeline) -> None:
    found = events(pipeline, "Губернатор Олег Смирнов освободил Петра Волкова от должности министра финансов.")
    assert ("COERCE", "Олег Смирнов", "Петр Волков", "asserted") in found
    assert not any(e[0] == "CONCEDE" for e in found)


def test_release_from_office_at_own_wish_accepts_a_resignation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Губернатор Олег Смирнов освободил Петра Волкова от должности министра финансов по "
                             "собственному желанию.")
    assert ("AGREE", "Олег Смирнов", "Петр Волков", "asserted") in found


def test_release_from_custody_stays_a_release(pipeline: Pipeline) -> None:
    found = events(pipeline, "Губернатор Олег Смирнов освободил Петра Волкова из-под стражи.")
    assert ("CONCEDE", "Олег Смирнов", "Петр Волков", "asserted") in found


def test_who_asked_for_an_arrest_did_not_undergo_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "По запросу Интерпола в Польше задержан российский бизнесмен.")
    assert not any(e[2] == "Интерпол" for e in found)


def test_the_court_whose_decision_an_arrest_is_holds_the_arrested(pipeline: Pipeline) -> None:
    found = events(pipeline, "Сергей Орлов был арестован по решению Тверского суда Москвы.")
    assert ("COERCE", "Тверской суд Москвы", "Сергей Орлов", "asserted") in found


def test_an_arrest_with_no_decision_named_has_no_arrester(pipeline: Pipeline) -> None:
    found = events(pipeline, "Сергей Орлов был арестован в Москве.")
    assert ("COERCE", None, "Сергей Орлов", "asserted") in found


def test_a_thing_that_fails_or_promises_is_a_figure(pipeline: Pipeline) -> None:
    assert events(pipeline, "Джон Смит, менеджер певца, сообщил, что у Джона отказало сердце.") == []
    assert not any(e[0] == "AGREE" for e in events(
        pipeline, "Выдвижение Ивана Козлова обещает сделать работу Сената Франции более напряжённой."))


def test_a_person_who_promises_or_refuses_acts(pipeline: Pipeline) -> None:
    found = events(pipeline, "Жан Дюпон пообещал Ивану Козлову поддержку.")
    assert ("AGREE", "Жан Дюпон", "Иван Козлов", "asserted") in found


def test_a_laws_genitive_names_no_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент Франции Жан Дюпон заявил, что подпишет закон Ивана Козлова.")
    assert ("AGREE", "Жан Дюпон", None, "future") in found
    assert not any(e[2] == "Иван Козлов" for e in found)


def test_a_student_of_a_university_is_not_the_university(pipeline: Pipeline) -> None:
    found = events(pipeline, "Басманный суд отправил в СИЗО студента МГУ.")
    assert not any(e[2] == "МГУ" for e in found)
