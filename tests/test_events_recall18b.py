"""Events: the rules of the eighteenth session's second recall audit (120 more fresh telegram posts), each with a
near case.

- A strike noun's genitive that names armed forces ("атаки ВСУ ракетами") is who strikes; so is any genitive when
  "на" names whom it hits ("атака России на Украину"), as "по" did before.
- A strike judged by another act ("осудил российскую атаку на Украину") is still the adjective's state's.
- A verbal noun's bare instrumental ("применение Россией ракет") is who does it.
- Calling something an escalation or antisemitic is criticism; promising to destroy or rout is a threat;
  suspending a partnership or cooperation is a sanction, not cooperation.
- "Один из лидеров оппозиции X был задержан": the one of a group named after it underwent the act.
- Joining protesters ("к протестующим присоединилась") is a protest.
- A strike on a thing that names no one ("по украинской энергосистеме") is on the state of its adjective, not the
  striker's own.
- A passive strike ("по складу ... был нанесён удар") is no figure of speech: its own noun is no thing subject; a
  thing that undergoes a strike ("Энергообъекты Украины подверглись атаке") is struck, with its owner.
- Talks "по" a state ("переговоры по Украине") are about it: it is no side.
- A refusal to do something to someone ("отказался поставлять Украине ракеты") is aimed at that one.
- "подавать в суд" sues, as "подать в суд" does.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Два человека погибли в результате удара ВСУ тремя ракетами.", ("ASSAULT", "ВСУ", None, "asserted")),
    ("Президент Польши осудил атаку России на Литву.", ("ASSAULT", "Россия", "Литва", "asserted")),
    ("Премьер Италии осудил массированную российскую атаку на Литву.", ("ASSAULT", "Россия", "Литва", "asserted")),
    ("Макрон назвал эскалацией применение Россией новых ракет.", ("ACCUSE", "Макрон", "Россия", "asserted")),
    ("Нетаньяху назвал антисемитским решение Франции.", ("ACCUSE", "Нетаньяху", "Франция", "asserted")),
    ("Асад пообещал уничтожить террористов.", ("THREATEN", "Асад", None, "asserted")),
    ("Минфин заявил о приостановке сотрудничества с Китаем.", ("SANCTION", "Минфин", "Китай", "asserted")),
    ("Один из лидеров оппозиции Иван Петров был задержан в Москве.", ("COERCE", None, "Иван Петров", "asserted")),
    ("К протестующим в Тбилиси присоединилась президент Зурабишвили.",
     ("PROTEST", "Зурабишвили", None, "asserted")),
    ("Россия нанесла удар по украинской энергосистеме.", ("ASSAULT", "Россия", "Украина", "asserted")),
    ("По складу боеприпасов в Брянской области был нанесен удар.",
     ("ASSAULT", None, "Брянская область", "asserted")),
    ("Энергообъекты Украины подверглись массированной атаке.", ("ASSAULT", None, "Украина", "asserted")),
    ("Шольц отказался поставлять Украине ракеты Taurus.", ("REJECT", "Шольц", "Украина", "asserted")),
    ("АНО Диалог подаёт в суд на ФБР.", ("ACCUSE", "АНО Диалог", "ФБР", "asserted")),
])
def test_the_rule_fires(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Асад пообещал построить школы.", "THREATEN"),
    ("Минфин заявил о расширении сотрудничества с Китаем.", "SANCTION"),
    ("Один из домов в Москве был разрушен.", "COERCE"),
    ("К соглашению присоединилась Польша.", "PROTEST"),
])
def test_the_near_case_has_no_such_event(pipeline: Pipeline, text: str, kind: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == kind] == []


def test_talks_on_a_state_do_not_make_it_a_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Россия готова к переговорам по Украине.")
    assert [e for e in found if e[0] == "CONSULT" and e[2] == "Украина"] == []


def test_talks_with_a_state_keep_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Россия готова к переговорам с Украиной.")
    assert [e for e in found if e[0] == "CONSULT" and e[2] == "Украина"]


def test_a_strike_on_ones_own_states_positions_names_no_target(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Россия", None, "asserted") in events(pipeline, "Россия нанесла удар по российским позициям.")


def test_a_thing_that_strikes_is_still_no_strike(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "Санкции ударят по экономике Молдавии.") if e[0] == "ASSAULT"] == []


def test_a_refusal_to_go_somewhere_names_no_target(pipeline: Pipeline) -> None:
    assert ("REJECT", "Шольц", None, "asserted") in events(pipeline, "Шольц отказался ехать в Киев.")


def test_a_suspended_partnership_is_no_cooperation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Госдепартамент США заявил о приостановке партнёрства с Грузией.")
    assert [e for e in found if e[0] == "COOPERATE"] == []


def test_a_strike_on_armed_forces_keeps_them_struck(pipeline: Pipeline) -> None:
    found = events(pipeline, "Российские войска нанесли удар по позициям ВСУ.")
    assert ("ASSAULT", "Россия", "ВСУ", "asserted") in found


def test_a_light_verbs_subject_still_strikes(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "Рабочие устроили итальянскую забастовку.") if e[1] == "Италия"] == []


def test_a_places_genitive_stays_struck(pipeline: Pipeline) -> None:
    found = events(pipeline, "Обстрел Донецка ракетами продолжался всю ночь.")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == "Донецк"] == []
