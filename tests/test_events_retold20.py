"""Events: an act told again (the twentieth session, issue 4). The long Wikinews sets write an arrest, a release or a
charge again for each sentence that retells it; the retellings name the act by a pronoun several sentences after the
name, by a noun whose sufferer is the clause's subject, or by a bare noun. Sentences of our own, of the pattern the
sets' texts hold, with the near cases the rules leave alone.

- An object pronoun with no person named in its sentence or the one before stands for whom the nearest earlier
  pronoun of the same word stands for ("Он управлял страной ... предъявили ему обвинение"); not past a person told by
  a noun in between ("Тогда к делу подключился директор ... Его уже задержали"), nor where the pronoun's noun names
  its own person ("его подельника Сергея Козлова").
- "за день до задержания", "с момента задержания" date the clause by the act, as "после ареста" does: the clause's
  subject underwent it.
- An act's bare noun as a clause's subject ("задержание произошло у станции метро") is the act of the same type told
  in this sentence or the two before, between the same sides; not a kind of act ("Такие задержания"), a counted one
  ("Задержание 20 человек"), nor a noun another verb takes as its topic. What is said of the act ("задержание не
  было законным") does not make it negated.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Article, Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("В 2012 году Иван Петров победил на выборах мэра. Он стал первым мэром-социалистом. Он управлял городом два "
     "года. После отставки его арестовали новые власти, которые предъявили ему обвинение в растрате.",
     ("ACCUSE", None, "Иван Петров", "asserted")),
    ("Полиция объявила Сергея Козлова в розыск. Ему назначили встречу, на которую он пришёл. В этот момент его и "
     "задержали полицейские.", ("COERCE", None, "Сергей Козлов", "asserted")),
])
def test_a_pronoun_goes_on_through_a_chain_of_pronouns(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_person_told_by_a_noun_breaks_the_chain(pipeline: Pipeline) -> None:
    text = ("Иван Петров попытался вынести из магазина продукты, но его поймали. Тогда к делу подключился директор "
            "магазина. Он избил вора. Его уже задержали.")
    assert not any(e[0] == "COERCE" for e in events(pipeline, text))


def test_a_pronoun_whose_noun_is_named_is_not_chained(pipeline: Pipeline) -> None:
    text = ("Иван Петров работал в министерстве обороны. Шесть лет назад он ушёл со службы. Сейчас он обвиняется во "
            "взятках. Вчера суд отправил под стражу его подельника Сергея Козлова.")
    found = [e for e in events(pipeline, text) if e[0] == "COERCE"]
    assert found == [("COERCE", None, "Сергей Козлов", "asserted")]


@pytest.mark.parametrize("text", [
    "За день до задержания Сергей Козлов продал квартиру.",
    "С момента задержания Сергей Козлов не общался с родными.",
])
def test_a_clause_dated_by_the_act_is_its_subjects(pipeline: Pipeline, text: str) -> None:
    assert ("COERCE", None, "Сергей Козлов", "asserted") in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the act's own genitive names who underwent it, not the clause's subject
    ("За день до задержания Козлова его брат Иван Петров продал квартиру.", [("COERCE", None, "Козлов", "asserted")]),
    # no act
    ("За день до выборов Сергей Козлов продал квартиру.", []),
    ("После ареста Сергея Козлова журналист Иван Петров написал статью.",
     [("COERCE", None, "Сергей Козлов", "asserted")]),
])
def test_a_dated_clause_keeps_the_acts_own_sides(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "COERCE"] == expected


@pytest.mark.parametrize(("text", "retold"), [
    ("Полиция Москвы задержала Сергея Козлова. По словам пресс-службы, задержание произошло у станции метро.",
     ("COERCE", "Москва", "Сергей Козлов", "asserted")),
    # what is said of the act does not undo it
    ("Полиция Москвы задержала Сергея Козлова. Как заявил адвокат, задержание не было законным.",
     ("COERCE", "Москва", "Сергей Козлов", "asserted")),
])
def test_a_bare_act_noun_tells_the_act_again(pipeline: Pipeline, text: str, retold: Described) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "COERCE"] == [
        ("COERCE", "Москва", "Сергей Козлов", "asserted"), retold]


def test_a_retelling_has_its_own_date(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(
        text="Полиция Москвы задержала Сергея Козлова. Как сообщила пресс-служба, задержание произошло утром "
             "11 марта у станции метро.", published="2024-03-15"))
    assert [str(e.date) if e.date else None for e in doc.events if e.type == "COERCE"] == [None, "2024-03-11"]


@pytest.mark.parametrize("text", [
    "Полиция Москвы задержала Сергея Козлова. Такие задержания происходят часто.",
    "Полиция Москвы задержала Сергея Козлова. Задержание 20 человек произошло у станции метро.",
    "Полиция Москвы задержала Сергея Козлова. Журналисты обсудили задержание в эфире.",
])
def test_a_kind_a_count_or_a_topic_is_no_retelling(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "COERCE"] == [
        ("COERCE", "Москва", "Сергей Козлов", "asserted")]
