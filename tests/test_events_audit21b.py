"""Events: the rules of the twenty-first session's fifth recall audit (12 BSNLP-2021 news articles annotated blind),
each with a near case where it must not fire.

- A sanctions list added to ("добавил в санкционный список") is SANCTION, as one entered or included in it; a
  shopping list added to is nothing.
- An instruction given ("дал указание проверить") is REQUEST, as an order is; "указание на сроки" (an indication)
  is none.
- Names the parser hangs on the name in apposition to a common noun ("против компании «А», «Б» и «В»") are the
  noun's conjuncts, each a target.
- A deed below a chain of infinitives ("Китай может вновь попытаться вмешаться") or an attempt made ("попытку
  повлиять ... предприняли Иран и Китай") is done by the chain's or the attempt's subject; a passive of saying "в
  заявлении X" ("отмечается") is X's claim. A denied deed and a document of no one named claim nothing.
- A quoted name right after an object noun ("Компанию «Вектор и партнёры» ... обвинили") keeps the nominative but
  is no subject.
- A plural verb of words with no subject and one state "в" which it is said ("в Германии осудили") is that
  state's act; a list of places with an unnamed item ("в ... и некоторых других странах требуют доллары"), a
  counted subject ("В Италии тысячи людей выступили против") and an arrest there ("в Германии задержали": the
  unnamed police) are not.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-11-20")


def test_a_sanctions_list_added_to_is_a_sanction(pipeline: Pipeline) -> None:
    assert events(pipeline, "Евросоюз добавил в санкционный список Ивана Петрова.") == [
        ("SANCTION", "ЕС", "Иван Петров", "asserted")]


def test_another_list_added_to_is_none(pipeline: Pipeline) -> None:
    assert events(pipeline, "Журналист Иван Петров добавил в список покупок молоко.") == []
    assert [e for e in events(pipeline, "Министр добавил, что Иван Петров попал в санкционный список Евросоюза.")
            if e[0] == "SANCTION" and e[1] != "ЕС"] == []


def test_an_instruction_given_is_a_request(pipeline: Pipeline) -> None:
    assert events(pipeline, "Губернатор Андрей Воробьёв дал указание проверить все школы.") == [
        ("REQUEST", "Андрей Воробьёв", None, "asserted")]


def test_an_indication_is_no_request(pipeline: Pipeline) -> None:
    assert events(pipeline, "В документе Андрея Воробьёва нет указания на сроки поставки.") == []


def test_names_hung_on_an_apposed_name_are_targets(pipeline: Pipeline) -> None:
    found = events(pipeline, "Евросоюз ввёл санкции против компании «Альфа-Строй», «Бета-Трейд» и «Гамма-Лес».")
    assert [e[2] for e in found if e[0] == "SANCTION"] == ["Альфа-Строй", "Бета-Трейд", "Гамма-Лес"]


def test_a_deed_below_a_chain_of_infinitives_is_claimed(pipeline: Pipeline) -> None:
    found = events(pipeline, "Директор ФБР Кристофер Рэй предупредил, что Китай может вновь попытаться вмешаться "
                             "в выборы.")
    assert ("ACCUSE", "Кристофер Рэй", "Китай", "asserted") in found


def test_a_denied_deed_is_no_claim(pipeline: Pipeline) -> None:
    assert events(pipeline, "Директор ФБР Кристофер Рэй заявил, что Китай не станет вмешиваться в выборы.") == []


def test_an_attempt_in_a_statement_is_claimed_by_its_author(pipeline: Pipeline) -> None:
    found = events(pipeline, "В заявлении Госдепартамента отмечается, что попытку повлиять на выборы предприняли "
                             "Иран и Китай.")
    assert ("ACCUSE", "Госдепартамент", "Иран", "asserted") in found
    assert ("ACCUSE", "Госдепартамент", "Китай", "asserted") in found


def test_a_statement_of_no_one_named_claims_nothing(pipeline: Pipeline) -> None:
    assert events(pipeline, "В заявлении отмечается, что попытку повлиять на выборы предприняли Иран и Китай.") == []


def test_a_quoted_name_after_an_object_is_no_subject(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компанию «Вектор и партнёры», которая владеет заводом, обвинили в сговоре.")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", None, "Вектор и партнёры", "asserted")]


def test_a_subject_hung_on_a_far_noun_stays_the_subject(pipeline: Pipeline) -> None:
    found = events(pipeline, "После бегства министра и смены власти Москва и Минск не смогли договориться о кредите.")
    assert ("AGREE", "Москва", "Минск", "negated") in found


def test_words_said_in_a_state_are_its_act(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компанию «Вектор и партнёры», которая владеет заводом, в России обвинили в сговоре.")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", "Россия", "Вектор и партнёры", "asserted")]
    found = events(pipeline, "В Словакии и Венгрии осудили решение Байдена.")
    assert [e[1] for e in found if e[0] == "ACCUSE"] == ["Словакия", "Венгрия"]


def test_places_crowds_and_arrests_are_no_state_acting(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "В Турции, Египте, Армении и некоторых других странах требуют доллары "
                                        "нового образца.") if e[1] is not None] == []
    assert [e for e in events(pipeline, "В Италии тысячи людей выступили против пенсионной реформы.")
            if e[1] == "Италия"] == []
    assert events(pipeline, "В Германии задержали гражданина России Ивана Петрова.") == [
        ("COERCE", None, "Иван Петров", "asserted")]
