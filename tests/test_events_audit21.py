"""Events: the rules of the twenty-first session's fourth recall audit (12 NEREL Wikinews texts annotated blind),
each with a near case where it must not fire.

- "осудить" under the charge or the article it is passed by ("осуждён по обвинению в хищении") is a sentence
  (COERCE), not a condemnation; "осудил ... за его слова" stays one.
- A candidacy proposed or put forward ("предложил кандидатуру генерала ... на пост") is SUPPORT of the person named
  below "кандидатура"; a candidacy of no one named ("кандидатуру своего ставленника") gives no event, and the body
  asked to consider it is not the one supported.
- National mourning declared ("Власти Эстонии объявили трёхдневный траур") is AGREE of the declaring side.
- A petition handed to an office holder ("подал президенту прошение о помиловании") is REQUEST; "прошение об
  отставке" is a resignation, no event.
- Charges or suspicions dropped ("сняли подозрения с ...", "с него сняты обвинения") are ACCUSE negated; "снял фильм
  об обвинениях" drops nothing.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-11-20")


def test_a_conviction_on_a_charge_is_a_sentence(pipeline: Pipeline) -> None:
    found = events(pipeline, "В 2005 году Олег Сидоров был осуждён по обвинению в растрате бюджетных денег.")
    assert ("COERCE", None, "Олег Сидоров", "asserted") in found
    assert [e for e in found if e[0] == "ACCUSE" and e[2] is None] == []
    found = events(pipeline, "Олега Сидорова осудили по статье о мошенничестве.")
    assert [e[0] for e in found] == ["COERCE"]


def test_a_condemnation_stays_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр Иван Кравец осудил Олега Сидорова за его слова о войне.")
    assert [e[0] for e in found] == ["ACCUSE"]


def test_a_candidacy_proposed_supports_its_candidate(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент Иван Кравец предложил кандидатуру генерала Олега Сидорова на пост "
                             "командующего флотом.")
    assert ("SUPPORT", "Иван Кравец", "Олег Сидоров", "asserted") in found
    found = events(pipeline, "Партия «Единство» выдвинула кандидатуру Олега Сидорова на выборах мэра.")
    assert [e for e in found if e[0] == "SUPPORT" and e[2] == "Олег Сидоров"]


def test_a_candidacy_of_no_one_named_supports_no_body(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент Иван Кравец предложил парламенту Эстонии рассмотреть кандидатуру своего "
                             "ставленника.")
    assert [e for e in found if e[0] == "SUPPORT"] == []


def test_mourning_declared_is_decided(pipeline: Pipeline) -> None:
    assert ("AGREE", "Эстония", None, "asserted") in events(
        pipeline, "Власти Эстонии объявили трёхдневный траур после крушения самолёта.")


def test_mourning_mentioned_is_no_act(pipeline: Pipeline) -> None:
    assert events(pipeline, "Олег Сидоров сказал, что траур в его семье продлится до весны.") == []


def test_a_petition_to_an_office_holder_is_an_ask(pipeline: Pipeline) -> None:
    found = events(pipeline, "В 2010 году Олег Сидоров подал президенту Ивану Кравцу прошение о помиловании.")
    assert ("REQUEST", "Олег Сидоров", "Иван Кравец", "asserted") in found


def test_a_petition_to_resign_is_no_ask(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр финансов Олег Сидоров подал прошение об отставке.")
    assert [e for e in found if e[0] == "REQUEST"] == []


def test_charges_dropped_are_an_accusation_negated(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Латвии сняла все подозрения с генерала Олега Сидорова.")
    assert [e for e in found if e[0] == "ACCUSE" and e[2] == "Олег Сидоров" and e[3] == "negated"]
    found = events(pipeline, "С Олега Сидорова сняты все обвинения в растрате.")
    assert ("ACCUSE", None, "Олег Сидоров", "negated") in found


def test_a_film_about_charges_drops_none(pipeline: Pipeline) -> None:
    found = events(pipeline, "Олег Сидоров снял фильм об обвинениях в коррупции.")
    assert [e for e in found if e[0] == "ACCUSE"] == []
