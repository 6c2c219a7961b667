"""Entity errors the quote and event work met where the lexicon or the dictionary knows better than the
recogniser: two known organisations side by side ("По Алросе ЕС ввел"), a party's short name swept into its
leader's name ("Лидер Нацфронта Марин Ле Пен"), a town in an oblique case the tagger read as a nominative ("в
районе Покровска"), and a government named by its state's adjective ("Британское правительство")."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"posts", "quotes", "events", "commitments"})


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def names(doc: Doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == kind}


APART = [
    # a company of one state and a union of states: no genitive "of" between them, whatever the tagger says
    ("Против Газпрома санкции ввели не все. По Газпрому ЕС решения так и не принял.", {"Газпром", "ЕС"}),
    ("Акции Алросы упали на 3%. По Алросе ЕС ввел ограничения в декабре прошлого года.", {"Алроса", "ЕС"}),
]


@pytest.mark.parametrize(("text", "expected"), APART, ids=["Газпрому ЕС", "Алросе ЕС"])
def test_two_known_organisations_stay_apart(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    found = names(analyze(pipeline, text), "ORG")
    assert expected <= found and not any(" ЕС" in name for name in found), found


JOINED = [
    # a body of the state named after it stays one name
    ("Следователи МВД РФ задержали подозреваемого в Твери.", "МВД РФ"),
    ("Сотрудники Института этнологии и антропологии РАН провели экспедицию.",
     "Институт этнологии и антропологии РАН"),
]


@pytest.mark.parametrize(("text", "whole"), JOINED, ids=[c[1] for c in JOINED])
def test_body_of_its_owner_stays_one_name(pipeline: Pipeline, text: str, whole: str) -> None:
    doc = analyze(pipeline, text)
    assert any(m.normal == whole for m in doc.mentions), [(m.text, m.normal) for m in doc.mentions]


SWEPT = [
    ("Лидер Нацфронта Марин Ле Пен выступила в Страсбурге. Представители Нацфронта отказались от комментариев.",
     "Марин Ле Пен", "Национальный фронт"),
    ("Глава Нацфронта Жордан Барделла проголосовал на выборах.", "Жордан Барделла", "Национальный фронт"),
]


@pytest.mark.parametrize(("text", "person", "organisation"), SWEPT, ids=[c[1] for c in SWEPT])
def test_organisation_name_before_a_person_is_the_organisation(pipeline: Pipeline, text: str, person: str,
                                                                organisation: str) -> None:
    doc = analyze(pipeline, text)
    assert names(doc, "PER") == {person} and organisation in names(doc, "ORG"), doc.entities


PLACES = [
    ("Бои идут в районе Покровска, сообщили в штабе.", "Покровска", "Покровск"),
    ("Колонна техники вышла из Краматорска утром.", "Краматорска", "Краматорск"),
]


@pytest.mark.parametrize(("text", "written", "nominative"), PLACES, ids=[c[2] for c in PLACES])
def test_place_in_an_oblique_case_gets_the_dictionary_nominative(pipeline: Pipeline, text: str, written: str,
                                                                 nominative: str) -> None:
    doc = analyze(pipeline, text)
    assert [m.normal for m in doc.mentions if m.text == written] == [nominative], \
        [(m.text, m.normal) for m in doc.mentions]


BODIES = [
    ("Британское правительство заявило, что граждане могут смешивать вакцины.", "Британское правительство", "GB"),
    ("Кредит выдал банк, подконтрольный китайскому правительству.", "китайское правительство", "CN"),
    ("Японский парламент одобрил поправки к бюджету.", "Японский парламент", "JP"),
]


@pytest.mark.parametrize(("text", "name", "country"), BODIES, ids=[c[1] for c in BODIES])
def test_state_adjective_and_government_is_an_organisation_of_that_state(pipeline: Pipeline, text: str,
                                                                          name: str, country: str) -> None:
    doc = analyze(pipeline, text)
    assert [(e.name, e.country) for e in doc.entities if e.type == "ORG"] == [(name, country)], doc.entities


def test_an_army_with_an_adjective_is_left_alone(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Российская армия провела учения. Британские власти промолчали.")
    assert not [e for e in doc.entities if e.type == "ORG"], doc.entities


def test_a_district_adjective_is_no_town(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Беспилотники сбили в Крымском и Красноармейском районах, заявил губернатор.")
    assert "Крымск" not in {m.normal for m in doc.mentions}, [(m.text, m.normal) for m in doc.mentions]


QUOTED = [
    # the recogniser stops before the closing mark: the name takes it
    ("Застройщиком выступает ООО «СЗ Северная звезда» ИНН 7701234567.", "ООО «СЗ Северная звезда»"),
    ("Поставщиком стало АО \"Вятская птицефабрика\" из Кировской области.", "АО \"Вятская птицефабрика\""),
    # the recogniser starts after the opening mark and takes the closing one: the name drops it
    ("Забастовку объявили профсоюзы \"Всеобщая конфедерация труда\" (CGT) и \"Сила рабочих\".",
     "Всеобщая конфедерация труда"),
]


@pytest.mark.parametrize(("text", "name"), QUOTED, ids=["«»", "straight", "closing only"])
def test_names_keep_their_quotation_marks_paired(pipeline: Pipeline, text: str, name: str) -> None:
    doc = analyze(pipeline, text)
    assert name in names(doc, "ORG"), doc.entities
    for mention in doc.mentions:
        assert mention.normal.count("«") == mention.normal.count("»") and mention.normal.count('"') % 2 == 0, mention


def test_person_stops_before_a_nickname_mark(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "В ролике члены экипажа Джаред Айзекман, Скотт «Кидд» Потит и Сара Джиллис едят чипсы.")
    assert not [m for m in doc.mentions if "«" in m.normal or "»" in m.normal], doc.mentions
