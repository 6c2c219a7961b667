"""Junk entities found on real telegram posts: function words swept into names, lone letters, common-noun
abbreviations taken for organisations, and a given name alone left apart from the full name it starts."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def names(doc: Doc) -> set[str]:
    return {f"{e.type}:{e.name}" for e in doc.entities}


NO_ENTITY = [
    ("По данным СМИ, в Москве задержали двоих подозреваемых.", "ORG:СМИ"),
    ("Российские военные в зоне СВО сбили беспилотник.", "ORG:СВО"),
    ("В подсобке продовольственного магазина в Москве нашли тело мужчины.", "PER:В"),
]


@pytest.mark.parametrize(("text", "junk"), NO_ENTITY, ids=[c[1] for c in NO_ENTITY])
def test_no_junk_entity(pipeline: Pipeline, text: str, junk: str) -> None:
    assert junk not in names(analyze(pipeline, text))


def test_function_word_before_a_name_is_cut(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Почему Байден помиловал сына? Президент США Джо Байден объяснил свое решение.")
    assert all(not m.text.startswith("Почему") for m in doc.mentions)


def test_name_beginning_with_a_preposition_is_kept(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Организаторами акции выступили движение «За права человека» и партия «Яблоко».")
    assert all(m.text != "права человека" for m in doc.mentions)


def test_initial_is_no_conjunction(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Об этом заявил А. Кудрин. Алексей Кудрин выступил на форуме.")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Алексей Кудрин"]


SAME_PERSON = [
    ("Канцлер Германии Олаф Шольц позвонил Владимиру Путину. Олаф долго ждал этого разговора.", "Олаф"),
    ("Лонгин Клинский получил срок. Суд решил, что Лонгин виновен.", "Лонгин"),
]


@pytest.mark.parametrize(("text", "alone"), SAME_PERSON, ids=[c[1] for c in SAME_PERSON])
def test_given_name_alone_joins_the_full_name(pipeline: Pipeline, text: str, alone: str) -> None:
    doc = analyze(pipeline, text)
    alone_entity = next(m.entity for m in doc.mentions if m.text == alone)
    full = next(e for e in doc.entities if e.id == alone_entity)
    assert len(full.name.split()) == 2 and full.name.startswith(alone)


def test_given_name_shared_by_two_persons_joins_neither(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Хантер Байден и Хантер Бидл пришли на вечеринку. Хантер ушел первым.")
    alone = [m for m in doc.mentions if m.text == "Хантер"]
    full = {e.id for e in doc.entities if e.name in ("Хантер Байден", "Хантер Бидл")}
    assert all(m.entity not in full for m in alone)


OUTLETS = [
    ("Как сообщает New York Times, администрация Байдена готовит новые санкции против России.", "New York Times"),
    ("Об этом сообщают «Невские новости». Губернатор Петербурга Александр Беглов посетил завод.", "Невские новости"),
]


@pytest.mark.parametrize(("text", "outlet"), OUTLETS, ids=[c[1] for c in OUTLETS])
def test_outlet_is_an_organisation_and_no_speaker(pipeline: Pipeline, text: str, outlet: str) -> None:
    doc = analyze(pipeline, text)
    assert f"ORG:{outlet}" in names(doc)
    assert not doc.quotes


COMMON_NOUNS = [
    ("Полиция задержала водителя грузовика в Подмосковье.", "полиция"),
    ("Ведомство сообщило о новых правилах въезда в Россию.", "ведомство"),
]


@pytest.mark.parametrize(("text", "noun"), COMMON_NOUNS, ids=[c[1] for c in COMMON_NOUNS])
def test_common_noun_opening_a_sentence_is_no_mention(pipeline: Pipeline, text: str, noun: str) -> None:
    doc = analyze(pipeline, text)
    assert all(m.normal.lower() != noun for m in doc.mentions)


def test_misspelt_long_surname_joins(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Тренер Ральф Герстермайер покинул клуб. Гернстермайер не стал комментировать решение.")
    assert len([e for e in doc.entities if e.type == "PER"]) == 1


def test_surnames_of_a_man_and_a_woman_stay_apart(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Дарья Богданова выиграла турнир. Ее тренер Богданов поздравил спортсменку.")
    assert len([e for e in doc.entities if e.type == "PER"]) == 2
