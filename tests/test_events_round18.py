"""Events: the general rules of the eighteenth round, each with the near cases it leaves alone.

- A refusal, help, a meeting or call, a threat, a break or a joint effort whose every named side is a private
  person (no post but a trade held of no organisation, no title, no state, not one of data/people.tsv's office
  holders) is a private matter, no event; a visit stays, and a sanction by no one named stays (its doer is an
  authority the text leaves out). A request is one of them when it asks for a thing of no one told, an agreement,
  decision or promise when it has no partner.
- A former member, employee or official ("бывшая солистка группы", "бывший премьер-министр Великобритании") acts
  for no organisation or state; a name beside the word is still the person.
- "о чем его просил Киев": in a relative clause, a third-person pronoun object before the verb and a noun after
  it whose accusative is its nominative, with no subject of its own: the noun is the subject.
- An organisation named "на" which something happens ("На ЦСК Арене", "на Госуслугах") is where, not whom.
- "Ордер МУС на арест": the warrant's own genitive issues it.
- A diplomat summoned "в МИД России" is summoned by the ministry's state.
- "Партнеры по ОДКБ" are the organisation.
- A blow between private persons in an article about a match is no assault.
- A term served ("проведут в колонии три года") is a sentence passed (asserted); each of several sentenced
  undergoes it.
- "ситуация требует внимания": a thing that requires, with no one asked, is no request.
- "завоевала титул", "завоевать рынок": a thing won that is no land and no actor is no conquest.
- "Go помогает решить эту проблему": help to do something, given to no one named, is no aid.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize("text", [
    "Полицейские предложили певице Анне Беловой пройти освидетельствование, но Белова отказалась.",
    "Блогер Иван Петров отказался от своего автомобиля.",
    "Даниил Орлов и Оксана Смирнова встречались с весны.",
    "Вчера Антон Смирнов позвонил подруге.",
    "Ивану Сидорову грозит пять лет колонии.",
    "Врачи оказывают помощь Марии Ивановой.",
    "Певец Иван Петров просит в гримёрку большую колонку.",
    "Анна Белова пообещала бросить курить.",
])
def test_a_private_persons_act_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a post makes the side public
    ("Министр обороны Иван Петров отказался выступать на заседании.",
     ("REJECT", "Иван Петров", None, "asserted")),
    ("Министр иностранных дел России Сергей Лавров встретился с Энтони Блинкеном.",
     ("CONSULT", "Сергей Лавров", "Энтони Блинкен", "asserted")),
    ("Россия пригрозила Литве ответными мерами.", ("THREATEN", "Россия", "Литва", "asserted")),
    ("Россия оказала гуманитарную помощь Сирии.", ("AID", "Россия", "Сирия", "asserted")),
    # a sanction by no one named has an authority behind it
    ("Против Олега Дерипаски введены санкции.", ("SANCTION", None, "Олег Дерипаска", "asserted")),
    # asylum asked, an act asked, someone asked: no thing asked of no one
    ("Певец Иван Петров попросил убежища в Литве.", ("REQUEST", "Иван Петров", None, "asserted")),
    ("Иван Петров попросил соседа привезти денег.", ("REQUEST", "Иван Петров", None, "asserted")),
    ("Украина попросила у США системы ПВО.", ("REQUEST", "Украина", "США", "asserted")),
    ("Министр финансов Антон Силуанов пообещал снизить налоги.", ("AGREE", "Антон Силуанов", None, "asserted")),
    # an agreement between two named people is a settlement
    ("Иван Петров и Анна Белова пришли к соглашению.", ("AGREE", "Иван Петров", "Анна Белова", "asserted")),
])
def test_a_public_side_keeps_the_event(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_former_member_acts_for_no_one(pipeline: Pipeline) -> None:
    assert events(pipeline, "Бывшая солистка группы «Стрелки» потребовала в гримёрку три бутылки вина.") == []
    assert ("REQUEST", None, "Киев", "asserted") in events(
        pipeline, "Бывший премьер-министр Великобритании призвал Киев к переговорам.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Бывший премьер-министр Великобритании Борис Джонсон призвал Киев к переговорам.",
     ("REQUEST", "Борис Джонсон", "Киев", "asserted")),
    ("Премьер-министр Великобритании призвал Киев к переговорам.",
     ("REQUEST", "Великобритания", "Киев", "asserted")),
])
def test_a_named_former_official_or_a_serving_one_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_subject_read_as_object_in_a_relative_clause(pipeline: Pipeline) -> None:
    assert events(pipeline, "Байден сделал то, о чем его давно просил Киев.") == [
        ("REQUEST", "Киев", "Байден", "asserted")]
    # a main clause is left as the parser reads it: "его" may be a thing
    assert events(pipeline, "Его поддержал Минск.") == [("SUPPORT", "Минск", None, "asserted")]


def test_an_organisation_where_something_happens_is_no_target(pipeline: Pipeline) -> None:
    assert events(pipeline, "На «Ленфильме» актёров попросили покинуть съёмочную площадку.") == []
    assert events(pipeline, "Мошенники взломали на Госуслугах аккаунт пенсионерки.") == []
    # "на" with an accusative aims at the one named
    assert events(pipeline, "Прокуратура подала иск на «Газпром».") == [("ACCUSE", None, "Газпром", "asserted")]


def test_a_warrants_genitive_issues_it(pipeline: Pipeline) -> None:
    assert events(pipeline, "Ордер МУС на арест Нетаньяху вызвал споры.") == [
        ("ACCUSE", "МУС", "Нетаньяху", "asserted")]
    assert events(pipeline, "Ордер на арест Нетаньяху вызвал споры.") == [
        ("ACCUSE", None, "Нетаньяху", "asserted")]


def test_a_summons_to_a_ministry_is_its_states_protest(pipeline: Pipeline) -> None:
    assert events(pipeline, "Посла Франции вызвали в МИД России.") == [
        ("PROTEST", "Россия", "Франция", "asserted")]
    assert events(pipeline, "Посол Великобритании вызван в суд.") == [
        ("PROTEST", None, "Великобритания", "asserted")]


def test_partners_in_an_organisation_are_the_organisation(pipeline: Pipeline) -> None:
    assert events(pipeline, "Союзники по НАТО поддержали Киев.") == [("SUPPORT", "НАТО", "Киев", "asserted")]
    assert events(pipeline, "Западные партнеры помогли Украине.") == [("AID", None, "Украина", "asserted")]


def test_a_blow_between_players_in_a_match_report(pipeline: Pipeline) -> None:
    assert events(pipeline, "Клуб подаст жалобу после матча. Судьи не заметили удар защитника Ивана Петрова по "
                            "лицу Олега Сидорова.") == []
    assert events(pipeline, "Клуб подаст жалобу. Судьи не заметили удар Ивана Петрова по лицу Олега Сидорова.") == [
        ("ASSAULT", "Иван Петров", "Олег Сидоров", "negated")]


def test_a_term_served_by_each_of_several(pipeline: Pipeline) -> None:
    assert events(pipeline, "Иван Петров и Олег Сидоров проведут в колонии три года.") == [
        ("COERCE", None, "Иван Петров", "asserted"), ("COERCE", None, "Олег Сидоров", "asserted")]
    assert events(pipeline, "Иван Петров и Олег Сидоров получили по пять лет колонии.") == [
        ("COERCE", None, "Иван Петров", "asserted"), ("COERCE", None, "Олег Сидоров", "asserted")]
    assert events(pipeline, "Прокуроры провели проверку в колонии.") == []


def test_a_thing_that_requires_asks_no_one(pipeline: Pipeline) -> None:
    assert events(pipeline, "Россия надеется на мир, ситуация там сложная и требует особого внимания.") == []
    # a demand made of someone stays, whoever the common noun that makes it names
    assert events(pipeline, "Российские телеканалы требуют от Google выплатить им штраф.") == [
        ("REQUEST", None, "Google", "asserted")]


@pytest.mark.parametrize("text", [
    "Модель из Франции Анна Белова завоевала титул «Мисс Европа».",
    "Компания планирует завоевать рынок Китая.",
])
def test_a_title_or_a_market_won_is_no_conquest(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("В 1783 году Россия завоевала Крым.", ("ASSAULT", "Россия", "Крым", "asserted")),
    ("Армия Турции завоевала город на побережье.", ("ASSAULT", "Турция", None, "asserted")),
])
def test_land_conquered_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert events(pipeline, text) == [expected]


def test_help_to_do_something_given_to_no_one_is_no_aid(pipeline: Pipeline) -> None:
    assert events(pipeline, "Компания Яндекс помогает решить эту проблему.") == []
    # help given to someone named stays
    assert events(pipeline, "Россия помогла Сирии восстановить электростанцию.") == [
        ("AID", "Россия", "Сирия", "asserted")]
