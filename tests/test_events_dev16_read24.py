"""Events: the general rules of the twenty-fourth session's read of events_dev16 (its misses and false events), each
with the near cases it leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- A participle set off by a comma qualifies a noun before it that agrees with it in gender and case, where the parser
  hung it on a noun of another gender or on a noun after it ("ордеру Польши, требовавшей его экстрадиции").
- A bare "суд" after one court named short and in full is that court.
- A Wikinews link "[http://... заявил]" keeps its word in the sentence and loses its brackets.
- A thing "должен состояться" is asked of no one.
- A term cut ("сократил журналисту срок", "срок ... может быть сокращён") is CONCEDE to whose term it is; a deadline
  cut is none.
- A trade told in a lede ("освободил журналиста, ...") is the person the next sentences name, and so is the same word
  told again; not where the name is told with another noun.
- Web pages visited are no visit.
- Staff of an organisation that only a common noun names ("сотрудников спецслужб", "сотрудники правоохранительных
  органов") are unnamed people, no side; a police stays as it was read.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Article, Pipeline
from letopis.analysis import nlp


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_a_participle_of_the_noun_it_agrees_with(pipeline: Pipeline) -> None:
    # "требовавшей" (feminine) was hung on "Ивана Петрова"; the one demanding is Польша
    found = events(pipeline, "Иван Петров был задержан по ордеру Польши, требовавшей его экстрадиции.")
    assert any(e[0] == "REQUEST" and e[1] == "Польша" for e in found)


def test_a_participle_hung_on_the_noun_after_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд Берлина отклонил ходатайство Польши, требовавшей выдать известного бизнесмена "
                             "Ивана Петрова.")
    assert ("REQUEST", "Польша", None, "asserted") in found


def test_a_participle_that_agrees_keeps_its_noun(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд Берлина отклонил ходатайство бизнесмена Ивана Петрова, требовавшего освободить "
                             "его под залог.")
    assert ("REQUEST", "Иван Петров", None, "asserted") in found


def test_a_bare_court_after_one_court_named_short_and_in_full(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд Берлина освободил Ивана Петрова. Земельный суд Берлина отклонил ходатайство "
                             "прокуратуры о его аресте. Суд освободил Петрова без залога.")
    assert ("CONCEDE", "Земельный суд Берлина", "Иван Петров", "asserted") in found


def test_a_bare_court_after_two_courts_is_none(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд Берлина арестовал Ивана Петрова. Суд Мюнхена отклонил жалобу. Суд освободил "
                             "Петрова без залога.")
    assert ("CONCEDE", None, "Иван Петров", "asserted") in found


def test_a_wiki_links_brackets_are_blanked() -> None:
    text = "Иван Петров [http://www.example.org/cio/1 заявил], что выборы незаконны."
    masked, _ = nlp._masked(text)
    assert len(masked) == len(text)
    assert "[" not in masked and "]" not in masked and "заявил" in masked


def test_a_reference_glued_to_a_word_keeps_its_brackets() -> None:
    # a reference's anchor is its source's headline, not words of the sentence
    text = "Задержание было опровергнуто[http://www.example.org/n/2 В Москве задержали главу :: Новости]."
    masked, _ = nlp._masked(text)
    assert "[" in masked and "]" in masked


def test_a_speaker_before_a_wiki_link(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(
        text="Председатель ОБСЕ, министр иностранных дел Австрии Иван Петров [http://www.example.org/cio/1 "
             "заявил], что голосование о статусе региона, которое должно пройти в апреле, в его нынешней форме "
             "является незаконным, призвал воздержаться от насилия и сообщил, что ОБСЕ не пришлёт на него своих "
             "наблюдателей.", published="2024-03-15"))
    assert doc.quotes and all(q.speaker and doc.entity(q.speaker).name == "Иван Петров" for q in doc.quotes)


def test_a_thing_to_take_place_is_asked_of_no_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр Иван Петров заявил, что референдум о независимости Абхазии, который должен "
                             "состояться в марте, является незаконным.")
    assert not any(e[0] == "REQUEST" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Верховный суд сократил Ивану Петрову срок заключения до пяти лет.",
     ("CONCEDE", "Верховный суд", "Иван Петров", "asserted")),
    ("В 2017 году Барак Обама сократил срок тюремного заключения Челси Мэннинг.",
     ("CONCEDE", "Барак Обама", "Челси Мэннинг", "asserted")),
    ("Срок Ивана Петрова может быть сокращён до одного года.", ("CONCEDE", None, "Иван Петров", "hypothetical")),
])
def test_a_term_cut(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Правительство сократило сроки строительства моста.",
    "Минстрой России сократил сроки рассмотрения заявок.",
])
def test_a_deadline_cut_is_no_term(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "CONCEDE" for e in events(pipeline, text))


def test_a_trade_in_the_lede_and_told_again(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд Парижа освободил журналиста, арестованного за репортаж о протестах. Жан Дюпон "
                             "провёл в тюрьме три месяца. Апелляционный суд сократил журналисту срок заключения.")
    assert ("CONCEDE", "Суд Парижа", "Жан Дюпон", "asserted") in found
    assert ("CONCEDE", None, "Жан Дюпон", "asserted") in found


def test_a_trade_is_not_a_name_told_with_another_noun(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд Парижа освободил журналиста, арестованного за репортаж о протестах. Суд также "
                             "приговорил бойца Ивана Петрова к трём годам тюрьмы.")
    assert not any(e[0] == "CONCEDE" and e[2] == "Иван Петров" for e in found)


@pytest.mark.parametrize(("text", "visited"), [
    ("Министр обороны США Иван Смит посетил сайт НАТО.", False),
    ("Министр обороны США Иван Смит посетил штаб-квартиру НАТО.", True),
])
def test_web_pages_are_no_visit(pipeline: Pipeline, text: str, visited: bool) -> None:
    assert (("CONSULT", "Иван Смит", "НАТО", "asserted") in events(pipeline, text)) is visited


def test_an_agency_named_by_a_common_noun_is_no_side(pipeline: Pipeline) -> None:
    assert not any(e[2] == "спецслужбы" for e in events(pipeline, "Нападавший ранил нескольких сотрудников "
                                                                    "спецслужб."))
    found = events(pipeline, "Сотрудники правоохранительных органов задержали блогера Ивана Петрова.")
    assert ("COERCE", None, "Иван Петров", "asserted") in found


def test_a_police_stays_a_side(pipeline: Pipeline) -> None:
    # a police is the article's state where it tells which, else the police as written (the pronoun round's reading)
    found = events(pipeline, "Сотрудники полиции задержали блогера Ивана Петрова.")
    assert ("COERCE", "полиция", "Иван Петров", "asserted") in found
