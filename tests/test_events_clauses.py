"""Events lost inside one sentence (the twenty-second session, issue 4): the clause gives its event alone and
loses it inside a longer sentence. Sentences of our own, of the shapes met in the tuning sets, telegram posts and
NEREL texts.

- The parser hangs a word across the main verb on the verb of a clause set off by commas: "с семьей ..." on the
  participle of "Кисида, находящийся с визитом в США, встретился ... с семьей", "с просьбой" on the verb of a
  fronted "Поскольку ..., что ..." clause, the subject of "подписал указ" on the passive of the relative clause
  after it. Such a word is the verb's it crosses, for the events stage.
- A name set off by commas after a common noun ("Оратор, 20-летний Хамзат Исаев, угрожает ...") is read as a
  conjunct: two subjects, plural, which a singular verb with no subject of its own could not take.
- A participle set off by a comma, hung on a noun of another number ("двух генералов полиции, причастных к делу
  об аресте журналиста ..., обвинённого в ..."), qualifies the nearest noun before it of its number and gender.
- A credit line after a dash naming the subject's own state's authorities ("..., — власти Индии") took the state
  itself out of the event's sides.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Премьер-министр Японии Фумио Кисида, находящийся с визитом в США, встретился в среду в Вашингтоне с семьей "
     "бывшего президента США Джимми Картера, сообщил МИД Японии.",
     ("CONSULT", "Фумио Кисида", "Джимми Картер", "asserted"), ("CONSULT", "Джимми Картер", "США", "asserted")),
    ("Президент Франции Эммануэль Макрон, находящийся с визитом в Индии, встретился в субботу в Дели с семьей "
     "бывшего премьер-министра Индии Манмохана Сингха, сообщил Елисейский дворец.",
     ("CONSULT", "Эммануэль Макрон", "Манмохан Сингх", "asserted"),
     ("CONSULT", "Манмохан Сингх", "Индия", "asserted")),
])
def test_a_word_hung_on_a_participle_over_the_main_verb_is_the_verbs(pipeline: Pipeline, text: str,
                                                                     expected: Described, wrong: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Поскольку европейский регулятор уже заявил, что не нашёл в этой сделке нарушений, Иванов обращается к ФАС и "
     "Министерству экономики Казахстана с просьбой заблокировать сделку.",
     "Иванов", ("ФАС", "Министерство экономики Казахстана")),
    ("Поскольку американское ведомство уже заявило, что не выявило в этом слиянии противоречий, Петров обращается "
     "к ФАС и Министерству торговли Китая с просьбой остановить объединение.",
     "Петров", ("ФАС", "Министерство торговли Китая")),
])
def test_a_request_after_a_fronted_clause(pipeline: Pipeline, text: str, source: str,
                                          targets: tuple[str, ...]) -> None:
    found = events(pipeline, text)
    for target in targets:
        assert ("REQUEST", source, target, "asserted") in found


def test_a_subject_hung_on_the_relative_clause_after_its_verb(pipeline: Pipeline) -> None:
    found = events(pipeline, "9 марта 2015 года Дмитрий Медведев подписал распоряжение, согласно которому "
                             "заместитель министра финансов Российской Федерации Алексей Моисеев назначен на "
                             "должность председателя комиссии.")
    assert ("AGREE", "Дмитрий Медведев", None, "asserted") in found


def test_a_verb_with_a_subject_of_its_own_takes_no_second_one(pipeline: Pipeline) -> None:
    # "Президент ... объявил": the parser hangs it on the second clause's "назвал", over "объявил", and gives
    # "призвал" to "объявил"; the second clause's own subject calls the rally
    found = events(pipeline, "Президент Молдавии Игорь Додон объявил о победе на выборах, однако лидер оппозиции "
                             "Андрей Нэстасе назвал итоги подтасованными и призвал сторонников выйти на митинг.")
    assert ("REQUEST", "Андрей Нэстасе", None, "asserted") in found
    assert ("REQUEST", "Игорь Додон", None, "asserted") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: a participle's own words stay its own, and words of another clause stay in theirs
    ("Глава МИД Японии Ёко Камикава, находящаяся с визитом в Канаде, заявила, что Япония поддержит Украину.",
     ("SUPPORT", "Япония", "Украина", "future")),
    ("Лидер Японии возобновил поездки, Урсула фон дер Ляйен обещала помочь Украине, Бербок из ФРГ перестала "
     "критиковать Китай.", ("AID", "Урсула фон дер Ляйен", "Украина", "future")),
    ("Путин провёл переговоры с Си Цзиньпином, сообщили в Кремле.", ("CONSULT", "Путин", "Си Цзиньпин", "asserted")),
])
def test_words_of_their_own_clause_stay(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_name_set_off_by_commas_is_one_subject(pipeline: Pipeline) -> None:
    found = events(pipeline, "Оратор, 20-летний Хамзат Исаев, угрожает Германии, призывает слушателей переселяться "
                             "в «страну ислама» или действовать на местах.")
    assert ("THREATEN", "Хамзат Исаев", "Германия", "asserted") in found
    assert ("REQUEST", "Хамзат Исаев", None, "asserted") in found


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: coordinated subjects, with a conjunction, are each a side
    ("Россия и Китай, по данным агентства, осудили США.", [("ACCUSE", "Россия", "США", "asserted"),
                                                           ("ACCUSE", "Китай", "США", "asserted")]),
    ("Министр, Сергей Лавров и Мария Захарова осудили Израиль.", [("ACCUSE", "Сергей Лавров", "Израиль", "asserted"),
                                                                  ("ACCUSE", "Мария Захарова", "Израиль",
                                                                   "asserted")]),
])
def test_coordinated_subjects_stay_several(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    found = events(pipeline, text)
    for event in expected:
        assert event in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Индия будет сотрудничать с «Роскосмосом» в подготовке космонавтов, — власти Индии.",
     ("COOPERATE", "Индия", "Роскосмос", "future")),
    ("Таджикистан будет сотрудничать с «Росатомом» в строительстве станции, — власти Таджикистана.",
     ("COOPERATE", "Таджикистан", "Росатом", "future")),
])
def test_a_credit_line_of_the_subjects_own_state(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: a credit line of someone else names no side
    ("Индия будет сотрудничать с «Роскосмосом» в подготовке космонавтов, — ТАСС.",
     ("COOPERATE", "Индия", "Роскосмос", "future")),
    ("Путин провёл переговоры с Си Цзиньпином, — Кремль.", ("CONSULT", "Путин", "Си Цзиньпин", "asserted")),
])
def test_a_credit_line_of_another_names_no_side(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert not any(e[1] in ("ТАСС", "Кремль") or e[2] in ("ТАСС", "Кремль") for e in found)


@pytest.mark.parametrize(("text", "accused"), [
    ("Президент Казахстана Касым-Жомарт Токаев уволил 5 мая 2021 года двух генералов полиции, причастных к делу об "
     "аресте журналиста-расследователя Армана Сейтова, обвинённого в покушении на сбыт наркотиков.", "Арман Сейтов"),
    ("Глава МВД уволил 2 апреля трёх полковников полиции, причастных к делу о задержании журналиста-расследователя "
     "Олега Петрова, обвинённого в покушении на сбыт наркотиков.", "Олег Петров"),
])
def test_a_participle_of_another_number_qualifies_the_noun_it_agrees_with(pipeline: Pipeline, text: str,
                                                                          accused: str) -> None:
    found = events(pipeline, text)
    assert ("ACCUSE", None, accused, "asserted") in found
    assert ("ACCUSE", None, "полиция", "asserted") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: a participle agreeing with the noun it hangs on stays there
    ("Президент Казахстана уволил двух генералов полиции, обвинённых в превышении полномочий.",
     ("ACCUSE", None, "полиция", "asserted")),
    ("Суд арестовал журналиста Армана Сейтова, обвинённого в покушении на сбыт наркотиков.",
     ("ACCUSE", None, "Арман Сейтов", "asserted")),
])
def test_a_participle_agreeing_with_its_noun_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
