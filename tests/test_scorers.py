"""The benchmark scorers: fuzzy compare, assignment, the factRuEval-2016 tracks on a hand-made document
(hand-computed numbers) and gold against gold on the real test set, BSNLP base forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.bench import bsnlp, factrueval, report, tracks
from letopis.bench.convert import response_from_gold, response_from_json, split_person_name
from letopis.bench.factrueval import Response, ResponseEntity, ResponseFact, ResponseMention
from letopis.bench.matching import Score, assign, fuzzy_equal

# "Мэр Москвы Юрий Лужков встретился с Путиным." in the factRuEval layers.
LAYERS = {
    "txt": "Мэр Москвы Юрий Лужков встретился с Путиным.",
    "tokens": "1 0 3 Мэр\n2 4 6 Москвы\n3 11 4 Юрий\n4 16 6 Лужков\n5 23 10 встретился\n6 34 1 с\n"
              "7 36 7 Путиным\n8 43 1 .\n",
    "spans": "10 job 0 3 1 1  # 1 Мэр\n11 loc_name 4 6 2 1  # 2 Москвы\n12 name 11 4 3 1  # 3 Юрий\n"
             "13 surname 16 6 4 1  # 4 Лужков\n14 surname 36 7 7 1  # 7 Путиным\n",
    "objects": "20 Location 11 # Москвы\n21 Person 12 13 # Юрий Лужков\n22 Person 14 # Путиным\n",
    "coref": "30 21\nfirstname Юрий\nlastname Лужков\n\n31 20\nname Москва\n\n32 22\nlastname Путин\n",
    "facts": "1-0 Occupation\nWho obj30 Лужков Юрий\nJob span10 Мэр\nWhere obj31 Москва\n\n"
             "1-1 Meeting\nParticipant obj30 Лужков Юрий\nParticipant obj32 Путин\n\n"
             "1-2 Meeting\nParticipant obj32 Путин\nСложность повышенная\nParticipant obj31 Москва\n",
}
POSITIONS = {"мэра": "мэр"}


@pytest.fixture()
def doc(tmp_path: Path) -> factrueval.GoldDoc:
    for suffix, content in LAYERS.items():
        (tmp_path / f"book_1.{suffix}").write_text(content, encoding="utf-8")
    return factrueval.read_doc(tmp_path, "book_1")


@pytest.mark.parametrize(("gold", "response", "equal"), [
    ("Лужков", "лужков", True),
    ("Ёлкин", "Елкин", True),
    ("«Газпром»", '"Газпром"', True),
    ("Москва", "Москвы", True),  # 1 edit allowed up to 8 characters
    ("Москва", "Моск", False),
    ("Санкт-Петербург", "Санкт–Петербургом", True),  # 2 edits from 9 characters, dashes unified
    ("А", "Б", False),  # none below 2 characters
], ids=["case", "yo", "quotes", "one-edit", "two-edits-short", "two-edits-long", "one-letter"])
def test_fuzzy_equal(gold: str, response: str, equal: bool) -> None:
    assert fuzzy_equal(gold, response) is equal


def test_assign_maximises_the_sum_and_drops_zero_pairs() -> None:
    assert assign([[0.5, 0.0, 0.0], [0.9, 0.4, 0.0], [0.0, 0.0, 0.0]]) == [(0, 0), (1, 1)]


def test_track1_hand_made_answer(doc: factrueval.GoldDoc) -> None:
    answer = [
        ResponseMention("per", 16, 6),  # "Лужков" of "Юрий Лужков": 1 of 2 name tokens -> 0.5
        ResponseMention("org", 4, 6),  # "Москвы" with the wrong type: no pair
        ResponseMention("per", 36, 7),  # "Путиным": 1.0
        ResponseMention("per", 0, 3),  # "Мэр": no gold there
    ]
    overall = tracks.score_track1(doc, answer)["overall"]
    assert (overall.tp_gold, overall.n_gold, overall.n_response) == (1.5, 3, 4)
    assert overall.precision == pytest.approx(0.375)
    assert overall.recall == pytest.approx(0.5)
    assert overall.f1 == pytest.approx(3 / 7)


def test_track1_nested_and_unnamed_mentions_are_not_counted(tmp_path: Path) -> None:
    layers = dict(LAYERS, objects="20 Location 11 # Москвы\n21 Org 10 11 # Мэр Москвы\n23 Person 10 # Мэр\n")
    for suffix, content in layers.items():
        (tmp_path / f"book_2.{suffix}").write_text(content, encoding="utf-8")
    nested = factrueval.read_doc(tmp_path, "book_2")
    # "Москвы" lies inside the org "Мэр Москвы"; the person "Мэр" has no name-bearing span.
    scores = tracks.score_track1(nested, [ResponseMention("org", 0, 10)])
    assert (scores["overall"].n_gold, scores["overall"].f1) == (1, 1.0)


def test_track2_hand_made_answer(doc: factrueval.GoldDoc) -> None:
    answer = [
        ResponseEntity("per", (("firstname", "Юрий"), ("lastname", "Лужкова"))),  # fuzzy: 1.0
        ResponseEntity("per", (("firstname", "Владимир"), ("lastname", "Путин"))),  # 1 of 2: 0.5
        ResponseEntity("loc", (("name", "Петербург"),)),  # nothing in common: no pair
    ]
    overall = tracks.score_track2(doc, answer)["overall"]
    assert (overall.tp_gold, overall.n_gold, overall.n_response) == (1.5, 3, 3)
    assert overall.f1 == pytest.approx(0.5)


def test_track3_hand_made_answer(doc: factrueval.GoldDoc) -> None:
    answer = [
        # who and position match (1 + 0.5), where is wrong (1 missed, 1 extra): Q_A = 1.5 / 3.5
        ResponseFact("occupation", (("who", "юрий лужков"), ("position", "мэр"), ("where", "петербург"))),
        # a position alone cannot pair a fact
        ResponseFact("occupation", (("who", "иванов"), ("position", "мэр"))),
        ResponseFact("meeting", (("participant", "Лужков"), ("participant", "Медведев"))),  # Q_A = 1 / 3
    ]
    scores = tracks.score_track3(doc, answer, POSITIONS)
    assert scores["occupation"].tp_gold == pytest.approx(1.5 / 3.5)
    assert scores["occupation"].precision == pytest.approx(1.5 / 3.5 / 2)
    # the hard meeting (Путин, Москва) is left out: one gold meeting
    assert scores["meeting"].n_gold == 1
    assert scores["meeting"].f1 == pytest.approx(1 / 3)


def test_gold_against_gold_on_the_hand_made_document(doc: factrueval.GoldDoc) -> None:
    response = response_from_gold(doc)
    for scores in (tracks.score_track1(doc, response.mentions), tracks.score_track2(doc, response.entities),
                   tracks.score_track3(doc, response.facts, POSITIONS)):
        assert scores["overall"].f1 == 1.0


def test_gold_against_gold_on_the_test_set(shared: Path) -> None:
    folder = shared / "benchmarks" / "factrueval-2016"
    positions = factrueval.read_positions(folder / "jobs_processed.txt")
    totals = {name: Score() for name in ("t1", "t1l", "t2", "t3")}
    for doc in factrueval.read_set(folder / "testset"):
        response = response_from_gold(doc)
        totals["t1"].add(tracks.score_track1(doc, response.mentions)["overall"])
        totals["t1l"].add(tracks.score_track1(doc, response.mentions, merge_locorg=True)["overall"])
        totals["t2"].add(tracks.score_track2(doc, response.entities)["overall"])
        totals["t3"].add(tracks.score_track3(doc, response.facts, positions)["overall"])
    assert {name: score.f1 for name, score in totals.items()} == {"t1": 1.0, "t1l": 1.0, "t2": 1.0, "t3": 1.0}
    assert totals["t3"].n_gold == 336 + 45  # occupation + meeting, as in the official reports


def test_response_formats_round_trip() -> None:
    response = Response(
        (ResponseMention("per", 0, 20), ResponseMention("locorg", 25, 6)),
        (ResponseEntity("per", (("firstname", "Юрий"), ("lastname", "Лужков"))),
         ResponseEntity("org", (("name", "ВТБ"),))),
        (ResponseFact("occupation", (("who", "лужков юрий"), ("position", "мэр"), ("where", "москва"))),),
    )
    assert factrueval.parse_task1(factrueval.format_task1(response.mentions)) == response.mentions
    assert factrueval.parse_task2(factrueval.format_task2(response.entities)) == response.entities
    assert factrueval.parse_task3(factrueval.format_task3(response.facts)) == response.facts
    assert factrueval.format_task3(response.facts).splitlines()[1] == "who : лужков юрий"


@pytest.mark.parametrize(("name", "parts"), [
    ("Аскар Узакпаевич Мамин", {"firstname": "Аскар", "patronymic": "Узакпаевич", "lastname": "Мамин"}),
    ("Роман Головченко", {"firstname": "Роман", "lastname": "Головченко"}),
    ("Р. Головченко", {"firstname": "Р", "lastname": "Головченко"}),
    ("Головченко", {"lastname": "Головченко"}),
    ("Виктор Янукович", {"firstname": "Виктор", "lastname": "Янукович"}),
    ("Роман Абрамович", {"firstname": "Роман", "lastname": "Абрамович"}),
    ("Марин Ле Пен", {"firstname": "Марин", "lastname": "Ле Пен"}),
    ("Усама бин Ладен", {"firstname": "Усама", "lastname": "бин Ладен"}),
    ("Ван И", {"firstname": "И", "lastname": "Ван"}),
    ("Гордон Браун", {"firstname": "Гордон", "lastname": "Браун"}),
    ("Синдзи Харада", {"firstname": "Синдзи", "lastname": "Харада"}),
    ("Иванов Иван", {"firstname": "Иван", "lastname": "Иванов"}),
    ("Аскар Узакпаевич Кужабаев", {"firstname": "Аскар", "patronymic": "Узакпаевич", "lastname": "Кужабаев"}),
    ("Си Цзиньпин", {"firstname": "Цзиньпин", "lastname": "Си"}),
], ids=["full", "first-last", "initial", "surname", "vich-surname", "vich-surname-known-as-patronymic",
        "particle", "particle-lower", "particle-never-first", "two-surnames-by-position", "unknown-by-position",
        "surname-first-known", "unknown-surname-with-patronymic", "chinese-surname-first"])
def test_split_person_name(name: str, parts: dict[str, str]) -> None:
    assert split_person_name(name) == parts


def test_response_from_our_json_contract() -> None:
    doc = {
        "entities": [
            {"id": "e1", "type": "PER", "name": "Роман Головченко", "country": None, "mentions": [
                {"start": 25, "stop": 41, "text": "Роман Головченко", "normal": "Роман Головченко"}]},
            {"id": "e2", "type": "LOC", "name": "Беларусь", "country": "BY", "mentions": [
                {"start": 16, "stop": 24, "text": "Беларуси", "normal": "Беларусь"}]},
        ],
        "posts": [{"person": "e1", "post": "премьер-министр", "of": "e2", "start": 0, "stop": 41}],
        "events": [],
    }
    response = response_from_json(doc)
    assert response.mentions == (ResponseMention("loc", 16, 8), ResponseMention("per", 25, 16))
    assert response.entities[0] == ResponseEntity("per", (("firstname", "Роман"), ("lastname", "Головченко")))
    assert response.entities[1] == ResponseEntity("loc", (("name", "Беларусь"),))
    assert response.facts == (ResponseFact(
        "occupation", (("who", "Роман Головченко"), ("position", "премьер-министр"), ("where", "Беларусь"))),)


def test_bsnlp_base_forms() -> None:
    gold = bsnlp.BsnlpDoc("t/1", "", {"Артура Парфенчкова": "Артур Парфенчков", "Карелии": "Карелия",
                                      "Минздрава": "Минздрав", "Вектор": "Вектор"})
    ours = [("Артура Парфенчкова", "Артур Парфенчков"), ("Карелии", "карелия"), ("Минздрава", "Минздрава")]
    score = bsnlp.score_doc(gold, ours)
    assert (score.forms, score.covered, score.correct) == (4, 3, 1)
    assert (score.inflected, score.inflected_covered, score.inflected_correct) == (3, 3, 1)
    assert bsnlp.score_doc(gold, ours, fold_case=True).correct == 2  # "карелия" = "Карелия" in any case
    assert bsnlp.same_form("Парфёнов", "Парфенов")


# A stand-in for the dictionary: the tests check the classification, not pymorphy.
LEMMAS = {"палату": "палата", "представителей": "представитель", "невады": "невад", "covid": "covid",
          "19": "19", "беларуси": "беларусь", "трампу": "трамп"}


@pytest.mark.parametrize(("form", "gold", "ours", "kind"), [
    ("Минздрава", "минздрав", "Минздрав", "case"),
    ("COVID-19", "COVID - 19", "COVID-19", "spacing"),
    ("Палату представителей", "палата представитель", "Палата представителей", "word_lemmas"),
    ("Невады", "невад", "Невада", "one_lemma"),
    ("Беларуси", "Беларуси", "Беларусь", "kept"),
    ("Трампу", "Трамп", "Трампу", "one_lemma"),  # the gold is right here: the kind says what the gold is
    ("Трампу", "Трампа", "Трамп", "other"),
])
def test_bsnlp_disagreement_kinds(form: str, gold: str, ours: str, kind: str) -> None:
    assert bsnlp.disagreement(form, gold, ours, lambda word: LEMMAS.get(word.lower(), word.lower())) == kind


def test_bsnlp_disagreements_are_counted_and_reported() -> None:
    gold = bsnlp.BsnlpDoc("covid-19/1", "", {"Минздрава": "минздрав", "Невады": "невад", "Карелии": "Карелия"})
    ours = [("Минздрава", "Минздрав"), ("Невады", "Невада"), ("Карелии", "Карелия")]
    score = bsnlp.score_doc(gold, ours)
    score.disagreements = bsnlp.disagreements(gold, ours, lambda word: LEMMAS.get(word.lower(), word.lower()))
    assert score.disagreements == {"case": 1, "one_lemma": 1}
    total = bsnlp.BaseFormScore()
    total.add(score)
    total.add(score)
    assert total.disagreements == {"case": 2, "one_lemma": 2} and total.covered == 6
    text = report.render(report.Results(command="letopis bench", bsnlp={"letopis": {
        "all": total, "all (any case)": total}}))
    assert "| letter case only" in text and "| 2 (0.333) |" in text
