"""Events: the sides of acts told by nouns, the twenty-first session (issue 4), each position with a near case where
the word there is no side. Sentences of our own, of the wordings met in news texts.

- An act's noun that is a verb's object, or the genitive (or "в виде") of a word that measures it out (a measure,
  a term, a package), is done to that verb's bare dative, and by its subject: "Суд избрал Андрею Соколову меру
  пресечения в виде заключения под стражу", "Михаилу Орлову продлили срок содержания под стражей", "Германия
  выделила Молдавии пакет помощи". A noun told as a topic ("рассказал телеканалу НТВ о заключении под стражу") or
  the genitive of a thing ("показал телеканалу CNN видео удара") has no such verb, and a verb that judges the act
  gives it no subject.
- "один из" a group, named after it, in the genitive of an act's noun undergoes it ("ордер на арест одного из
  командиров ХАМАС Мохаммеда Дейфа").
- The genitive of "атака", "удар", "налёт" that names a state or an army strikes ("атака России", "удар сирийской
  армии"); "обстрел Украины", "бомбардировка Сербии" name the land shelled, and "удары вглубь России" the land
  struck.
- A ceasefire or a truce "между" two sides is theirs, not the subject's of the verb it hangs on ("Журналист
  рассказал о перемирии между Арменией и Азербайджаном").
- A sanction judged by another act ("Тегеран осудил американские санкции против Ирана") is still the adjective's
  state's.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Суд избрал Андрею Соколову меру пресечения в виде заключения под стражу.",
     ("COERCE", None, "Андрей Соколов", "asserted")),
    ("Михаилу Орлову продлили срок содержания под стражей до июня.",
     ("COERCE", None, "Михаил Орлов", "asserted")),
    ("Басманный суд продлил Ивану Петрову срок содержания под стражей.",
     ("COERCE", "Басманный суд", "Иван Петров", "asserted")),
    ("Басманный суд избрал Ивану Петрову меру пресечения в виде домашнего ареста.",
     ("COERCE", "Басманный суд", "Иван Петров", "asserted")),
    ("Германия выделила Молдавии новый пакет гуманитарной помощи.",
     ("AID", "Германия", "Молдавия", "asserted")),
])
def test_the_dative_of_the_verb_that_gives_the_act(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_topics_verb_gives_no_dative(pipeline: Pipeline) -> None:
    # the channel told of the custody is no one held; the one held is the noun's own genitive
    found = events(pipeline, "Прокурор рассказал телеканалу НТВ о заключении под стражу Андрея Соколова.")
    assert ("COERCE", None, "Андрей Соколов", "asserted") in found
    assert not any(e[2] == "НТВ" for e in found)


def test_a_things_genitive_gives_no_dative(pipeline: Pipeline) -> None:
    # the channel shown a video of a strike is not struck
    found = events(pipeline, "Министр показал телеканалу CNN видео удара.")
    assert not any(e[2] == "CNN" for e in found)


def test_one_of_a_group_named_after_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд выдал ордер на арест одного из командиров ХАМАС Мохаммеда Дейфа.")
    assert ("ACCUSE", None, "Мохаммед Дейф", "asserted") in found
    # near case: the group named by no one gives no one arrested
    assert not any(e[2] == "ХАМАС" for e in found)


def test_a_judging_verb_is_no_giver(pipeline: Pipeline) -> None:
    found = events(pipeline, "Лидером стал кандидат Кэлин Джеорджеску, который критиковал военную помощь Украине.")
    assert not any(e[0] == "AID" and e[1] == "Кэлин Джеорджеску" for e in found)


def test_a_date_is_no_dative(pipeline: Pipeline) -> None:
    found = events(pipeline, "Германия выделила новый пакет гуманитарной помощи в пятницу.")
    assert ("AID", "Германия", None, "asserted") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Украина отразила ночную атаку России.", ("ASSAULT", "Россия", None, "asserted")),
    ("Харьков пережил ночной удар России.", ("ASSAULT", "Россия", None, "asserted")),
])
def test_a_states_genitive_strikes(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # near cases: the shelled land in the genitive, a land struck "вглубь"
    ("Массированный обстрел Украины продолжался всю ночь.", ("ASSAULT", None, "Украина", "asserted")),
    ("Бомбардировка Сербии продолжалась 78 дней.", ("ASSAULT", None, "Сербия", "asserted")),
])
def test_a_shelled_lands_genitive_is_struck(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_land_struck_deep_into_is_no_striker(pipeline: Pipeline) -> None:
    found = events(pipeline, "Генштаб сообщил об атаках Киева вглубь России.")
    assert not any(e[0] == "ASSAULT" and e[1] == "Россия" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Режим прекращения огня между Арменией и Азербайджаном вступил в силу.",
     ("RETREAT", "Армения", "Азербайджан", "asserted")),
    ("Журналист Андрей Соколов рассказал о перемирии между Арменией и Азербайджаном.",
     ("RETREAT", "Армения", "Азербайджан", "asserted")),
])
def test_a_ceasefire_between_two_sides(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    # the speaker is no side of the truce he tells of
    assert not any(e[0] == "RETREAT" and e[1] == "Андрей Соколов" for e in found)


def test_a_sanction_judged_keeps_its_adjectives_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "Тегеран осудил американские санкции против Ирана.")
    assert ("SANCTION", "США", "Иран", "asserted") in found
