"""Our posts as factRuEval occupations (letopis.bench.convert): the text's spellings and factRuEval's split of a
post between position and organisation."""

from __future__ import annotations

from typing import Any

import pytest

from letopis.bench.convert import response_from_json


def _doc(post: str, of_mentions: list[dict[str, Any]], of_name: str) -> dict[str, Any]:
    text = "x" * 200
    return {"schema": 1, "text": text, "events": [], "posts": [
        {"person": "e1", "post": post, "of": "e2", "start": 10, "stop": 60}], "entities": [
        {"id": "e1", "type": "PER", "name": "Иван Петров", "mentions": [
            {"start": 40, "stop": 60, "text": "Иван Петров", "normal": "Иван Петров", "kind": "name"}]},
        {"id": "e2", "type": "ORG", "name": of_name, "mentions": of_mentions}]}


def _occupation(doc: dict[str, Any]) -> dict[str, str]:
    fact = next(f for f in response_from_json(doc).facts if f.tag == "occupation")
    return dict(fact.arguments)


def test_where_is_written_as_the_posts_phrase_names_it() -> None:
    inside = {"start": 25, "stop": 35, "text": "Белоруссии", "normal": "Белоруссия", "kind": "name"}
    elsewhere = {"start": 150, "stop": 160, "text": "Беларусь", "normal": "Беларусь", "kind": "name"}
    occupation = _occupation(_doc("президент", [inside, elsewhere], "Беларусь"))
    assert occupation["where"] == "Белоруссия"


def test_where_is_the_name_when_the_phrase_names_nothing() -> None:
    elsewhere = {"start": 150, "stop": 160, "text": "Беларусь", "normal": "Беларусь", "kind": "name"}
    assert _occupation(_doc("президент", [elsewhere], "Беларусь"))["where"] == "Беларусь"


def test_former_post_and_kind_of_organisation() -> None:
    inside = {"start": 25, "stop": 35, "text": "КПРФ", "normal": "КПРФ", "kind": "name"}
    occupation = _occupation(_doc("бывший лидер фракции", [inside], "КПРФ"))
    assert (occupation["position"], occupation["where"]) == ("лидер", "фракция КПРФ")


def test_organisation_named_as_the_text_writes_it() -> None:
    mentions = [{"start": 150 + 20 * k, "stop": 160 + 20 * k, "text": "Евросоюза", "normal": "Евросоюз",
                 "kind": "name"} for k in range(2)]
    entity = next(e for e in response_from_json(_doc("глава", mentions, "ЕС")).entities if e.tag == "org")
    assert entity.attributes == (("name", "Евросоюз"),)


def test_head_of_state_is_a_head_whose_organisation_is_the_state() -> None:
    inside = {"start": 25, "stop": 35, "text": "РФ", "normal": "РФ", "kind": "name"}
    occupation = _occupation(_doc("глава государства", [inside], "Россия"))
    assert (occupation["position"], occupation["where"]) == ("глава", "государство РФ")
    chairman = _occupation(_doc("председатель правительства", [inside], "Россия"))
    assert (chairman["position"], chairman["where"]) == ("председатель правительства", "РФ")


def test_position_is_written_as_the_text_writes_it() -> None:
    text = "Сегодня он является членом бюджетного комитета парламента, сообщают СМИ."
    start = text.index("членом")
    doc = _doc("член", [{"start": start + 7, "stop": start + 25, "text": "бюджетного комитета",
                         "normal": "бюджетный комитет", "kind": "name"}], "бюджетный комитет")
    doc["text"] = text
    doc["posts"][0].update(start=start, stop=start + 25)
    assert _occupation(doc)["position"] == "членом"


def test_holder_is_written_as_the_evidence_names_them() -> None:
    doc = _doc("президент", [{"start": 25, "stop": 35, "text": "Белоруссии", "normal": "Белоруссия",
                              "kind": "name"}], "Беларусь")
    doc["entities"][0]["mentions"][0].update(text="Ивана Петрова")
    assert _occupation(doc)["who"] == "Ивана Петрова"



@pytest.mark.parametrize(("text", "post", "position"), [
    ("Иван Петров, исполняющий обязанности официального представителя МИД, выступил.", "официальный представитель",
     "исполняющий обязанности официального представителя"),
    ("Заявление сделал временно исполняющий обязанности губернатора области Иван Петров.", "губернатор",
     "временно исполняющий обязанности губернатора"),
    ("Иван Петров, официальный представитель МИД, выступил.", "официальный представитель",
     "официальный представитель"),
])
def test_position_keeps_the_acting_written_before_it(text: str, post: str, position: str) -> None:
    start = text.index(post.split()[0][:6])  # the evidence starts at the post, after the acting
    doc = _doc(post, [], "МИД")
    doc["entities"][1]["mentions"] = [{"start": len(text), "stop": len(text), "text": "МИД", "normal": "МИД",
                                       "kind": "name"}]
    doc["text"] = text
    doc["posts"][0].update(start=start, stop=len(text))
    assert _occupation(doc)["position"] == position


@pytest.mark.parametrize(("post", "occupation"), [
    ("основатель", False),  # "основатель MySQL Майкл Видениус"
    ("главный владелец", False),  # "Марк Цукерберг стал главным владельцем Facebook"
    ("совладелец", False),  # "совладелец WFC Артур Перепёлкин"
    ("соучредитель", False),
    ("генеральный директор", True),  # "генеральный директор компании «Газпром» Алексей Миллер"
    ("глава", True),
])
def test_owning_an_organisation_is_no_occupation(post: str, occupation: bool) -> None:
    inside = {"start": 25, "stop": 35, "text": "Facebook", "normal": "Facebook", "kind": "name"}
    facts = [f for f in response_from_json(_doc(post, [inside], "Facebook")).facts if f.tag == "occupation"]
    assert bool(facts) == occupation


@pytest.mark.parametrize(("text", "post", "country", "named_elsewhere", "where"), [
    # the state named only by the adjective: factRuEval's entity is that adjective's mention
    ("Британский премьер Гордон Браун отказался от участия.", "премьер", "GB", False, "Британский"),
    ("Вчера португальский парламентарий Хуан Суареш сообщил об итогах.", "парламентарий", "PT", False,
     "португальский"),
    # the state named elsewhere: its name ("российский" is often left out of the annotated entity)
    ("Вчера российский президент Дмитрий Медведев открыл нефтепровод.", "президент", "RU", True, "Россия"),
])
def test_where_is_the_adjective_when_the_state_is_named_nowhere(text: str, post: str, country: str,
                                                                   named_elsewhere: bool, where: str) -> None:
    name = {"GB": "Великобритания", "PT": "Португалия", "RU": "Россия", "FR": "Франция", "DE": "Германия"}[country]
    start = text.index(" ") + 1 if text.startswith("Вчера") else 0
    stop = text.index(post.split()[-1]) + len(post.split()[-1])  # the adjective and the post
    mentions = [{"start": len(text), "stop": len(text), "text": name, "normal": name, "kind": "name"}] \
        if named_elsewhere else []
    doc = _doc(post, mentions, name)
    doc["entities"][1].update(type="LOC", country=country)
    doc["text"] = text
    doc["posts"][0].update(start=start, stop=stop)
    assert _occupation(doc)["where"] == where


@pytest.mark.parametrize(("text", "post", "country", "name"), [
    # an adjective of another state is no spelling of this one
    ("Вчера британский премьер Гордон Браун прибыл.", "премьер", "FR", "Франция"),
    # a qualifier that is part of the post is no state's adjective
    ("Федеральный министр Иван Петров прибыл.", "федеральный министр", "DE", "Германия"),
])
def test_a_state_the_text_never_names_gives_no_occupation(text: str, post: str, country: str, name: str) -> None:
    """A post's state that the text names neither by name nor by an adjective of the post (known from outside the
    text: a well-known official's, data/people.tsv) is no Where of factRuEval's, which writes the text's."""
    doc = _doc(post, [], name)
    doc["entities"][1].update(type="LOC", country=country)
    doc["text"] = text
    doc["posts"][0].update(start=0, stop=text.index(post.split()[-1]) + len(post.split()[-1]))
    assert not [f for f in response_from_json(doc).facts if f.tag == "occupation"]
