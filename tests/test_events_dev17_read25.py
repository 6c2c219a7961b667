"""Events: the general rules of the twenty-fifth session's read of events_dev17 (its misses and false events), each
with the near cases it leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- Renouncing a state's citizenship ("отказался от российского гражданства") is RETREAT of the person from the state
  the adjective or the genitive names; with no state named it is no event, and other refusals stay REJECT.
- A request's "от" phrase hung on the thing asked ("потребовал извинений от Украины") names whom it is asked of,
  each one coordinated.
- A court or a jury "в" a region the gazetteer lists ("Суд в Техасе") acts as that region, as "в штате Техас" does;
  a city stays no side.
- Members of a body only a common noun names ("членами правящей партии") are unnamed people, as its staff are.
- A relative clause is said of the word before it, not of a word coordinated after the clause ("между сепаратистами,
  которых поддерживает Армения, и азербайджанскими военными"), nor of a noun of another case the parser hung on it.
- A passive joined to a negated verb with a finite "был" of its own keeps its own modality ("не получал ухода и был
  избит").
- Seeing a fault in someone's work ("усмотрел в клипе группы X «пропаганду»") accuses whose the work is.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_renouncing_a_citizenship_told_by_its_adjective(pipeline: Pipeline) -> None:
    found = events(pipeline, "Известный писатель Иван Петров отказался от российского гражданства.")
    assert ("RETREAT", "Иван Петров", "Россия", "asserted") in found
    assert not any(e[0] == "REJECT" for e in found)


def test_renouncing_a_citizenship_told_by_its_genitive(pipeline: Pipeline) -> None:
    found = events(pipeline, "Актёр Иван Петров заявил, что отказывается от гражданства Франции.")
    assert any(e[0] == "RETREAT" and e[1] == "Иван Петров" and e[2] == "Франция" for e in found)


def test_renouncing_no_state_named_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров отказался от двойного гражданства.")
    assert not any(e[0] == "RETREAT" for e in found)


def test_another_refusal_stays_no_retreat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров отказался от участия в выборах.")
    assert not any(e[0] == "RETREAT" for e in found)


def test_a_request_from_someone_hung_on_the_thing_asked(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр Сергей Лавров потребовал извинений от Польши.")
    assert ("REQUEST", "Сергей Лавров", "Польша", "asserted") in found


def test_a_request_from_each_one_coordinated(pipeline: Pipeline) -> None:
    found = events(pipeline, "Певица Анна Иванова потребовала компенсацию в размере 10 миллионов рублей от "
                             "«Газпрома» и «Роснефти».")
    assert ("REQUEST", "Анна Иванова", "Газпром", "asserted") in found
    assert ("REQUEST", "Анна Иванова", "Роснефть", "asserted") in found


def test_a_request_with_from_on_the_verb_is_unchanged(pipeline: Pipeline) -> None:
    found = events(pipeline, "Кремль требует от Киева гарантий безопасности.")
    assert ("REQUEST", "Кремль", "Киев", "asserted") in found


def test_a_court_in_a_region_is_the_region(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд в Техасе приговорил Ивана Петрова к пяти годам тюрьмы.")
    assert ("COERCE", "Техас", "Иван Петров", "asserted") in found


def test_a_jury_in_a_region_is_the_region(pipeline: Pipeline) -> None:
    found = events(pipeline, "Жюри присяжных в Техасе обязало Ивана Петрова выплатить компенсацию.")
    assert ("COERCE", "Техас", "Иван Петров", "asserted") in found


def test_a_court_in_a_city_is_no_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд в Хьюстоне приговорил Ивана Петрова к пяти годам тюрьмы.")
    assert ("COERCE", None, "Иван Петров", "asserted") in found


def test_members_of_a_body_a_common_noun_names_are_unnamed(pipeline: Pipeline) -> None:
    found = events(pipeline, "Кандидатура Петрова была поддержана некоторыми членами правящей партии.")
    assert ("SUPPORT", None, "Петров", "asserted") in found


def test_members_of_a_named_party_act_for_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Члены партии «Единая Россия» поддержали Ивана Петрова.")
    assert ("SUPPORT", "Единая Россия", "Иван Петров", "asserted") in found


def test_a_relative_clause_is_not_said_of_a_word_after_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Бои идут между ополченцами, которых поддерживает Россия, и войсками Грузии.")
    assert ("SUPPORT", "Россия", None, "asserted") in found
    assert not any(e[0] == "SUPPORT" and e[2] == "Грузия" for e in found)


def test_a_noun_of_another_case_is_no_apposition(pipeline: Pipeline) -> None:
    found = events(pipeline, "Правительство критикуют за эскалацию конфликта в Абхазии — регионе соседней Грузии, "
                             "где произошли столкновения между ополченцами, которых поддерживает Россия, и "
                             "грузинскими военными.")
    assert ("SUPPORT", "Россия", None, "asserted") in found


def test_a_relative_clause_on_a_name_keeps_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Депутат Иван Петров, которого поддерживает партия «Яблоко», выступил на митинге.")
    assert ("SUPPORT", "Яблоко", "Иван Петров", "asserted") in found


def test_a_passive_with_its_own_finite_aux_keeps_its_modality(pipeline: Pipeline) -> None:
    found = events(pipeline, "По словам адвоката, Иван Петров не получал медицинской помощи и был избит "
                             "охранниками.")
    assert any(e[0] == "ASSAULT" and e[2] == "Иван Петров" and e[3] == "asserted" for e in found)


def test_a_negated_passive_stays_negated(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров не был задержан полицией.")
    assert not any(e[0] == "COERCE" and e[3] == "asserted" for e in found)


def test_a_fault_seen_in_someones_work(pipeline: Pipeline) -> None:
    found = events(pipeline, "Депутат Иван Петров усмотрел в клипе группы Metallica «пропаганду насилия».")
    assert ("ACCUSE", "Иван Петров", "Metallica", "asserted") in found


def test_a_discretion_is_no_accusation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Губернатор Иван Петров разрешил компаниям распоряжаться временем по своему "
                             "усмотрению.")
    assert not any(e[0] == "ACCUSE" for e in found)
