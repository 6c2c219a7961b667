"""Commitments of the twenty-third session (issue 4): intentions and decisions with an infinitive, a speaker's
announced act of his own, "о том, что" clauses, a quoted adverb after a promise, an agreement's kind, the terms
told by an agreement; and what is none (a denied intention, a company's plan, a private decision, a chance to
agree, a signed player). The sentences are our own."""

from __future__ import annotations

import pytest

from letopis import Article, Pipeline


def commitments_of(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-11-20"))
    return [(c.text, c.status) for c in doc.commitments]


@pytest.mark.parametrize("text, phrase, status", [
    # an intention of a state, a body or an office holder
    pytest.param("Правительство Эстонии намерено сократить расходы на содержание посольств.",
                 "сократить расходы на содержание посольств", "promised", id="a-government-intends"),
    pytest.param("Министр объявил о своём намерении закрыть программу субсидий для автопроизводителей.",
                 "закрыть программу субсидий", "promised", id="an-announced-intention"),
    pytest.param("Городской совет предполагает выделять средства на ремонт школ в течение трёх лет.",
                 "выделять средства на ремонт школ", "promised", id="a-council-means-to"),
    pytest.param("Парламент Молдавии собирается отменить мораторий на продажу земли.",
                 "отменить мораторий на продажу земли", "promised", id="a-parliament-is-going-to"),
    # a decision, passive or of a body
    pytest.param("На совещании было решено не проводить праздничный салют в этом году.",
                 "не проводить праздничный салют", "decided", id="it-was-decided"),
    pytest.param("Министерство обороны Норвегии решило закупить дополнительные патрульные катера.",
                 "закупить дополнительные патрульные катера", "decided", id="a-ministry-decides"),
    # a speaker's own act in the future, told in indirect speech
    pytest.param("Премьер-министр Словакии Роберт Фицо заявил, что распустит правительство до конца месяца.",
                 "распустит правительство до конца месяца", "promised", id="announced-act"),
    pytest.param("Глава МИД Венгрии Петер Сийярто сообщил, что посетит Пекин в начале декабря.",
                 "посетит Пекин в начале декабря", "promised", id="announced-visit"),
    # what was agreed after "о том, что"; a promise's quoted adverb
    pytest.param("Министры договорились о том, что пошлины на зерно будут снижены вдвое.",
                 "пошлины на зерно будут снижены вдвое", "decided", id="about-that"),
    pytest.param("Губернатор пообещал «непременно» отремонтировать мост до весны.",
                 "«непременно» отремонтировать мост до весны", "promised", id="quoted-adverb"),
    # the kind of an agreement, where nothing follows it
    pytest.param("Президент Армении и премьер-министр Азербайджана подписали мирный договор и разъехались.",
                 "мирный договор", "signed", id="a-peace-treaty"),
    # terms told by the agreement they are in
    pytest.param("По соглашению между Россией и Казахстаном, Казахстан будет поставлять уголь в течение 10 лет.",
                 "Казахстан будет поставлять уголь в течение 10 лет", "signed", id="by-the-agreement"),
])
def test_commitment(pipeline: Pipeline, text: str, phrase: str, status: str) -> None:
    found = commitments_of(pipeline, text)
    assert any(phrase in what and got == status for what, got in found), found


@pytest.mark.parametrize("text", [
    # denied, or the purpose of an act
    pytest.param("Официальный Минск отрицает намерение разместить у себя иностранные войска.", id="denied"),
    pytest.param("Канцлер позвонил президенту с намерением продлить транзит газа.", id="with-the-intention"),
    # one side's claim of another's plan
    pytest.param("Политолог заявил о намерении Франции ослабить позиции Германии.", id="anothers-intention"),
    # no public actor: a company's business plan, a private person's choice, an old plan
    pytest.param("Маркетплейс планирует увеличить комиссию для продавцов одежды.", id="a-company"),
    pytest.param("Пенсионер Геннадий Кузнецов решил продать свой гараж.", id="a-private-decision"),
    pytest.param("Актриса Ольга Смирнова планирует переехать в Португалию.", id="a-private-plan"),
    pytest.param("Ранее власти собирались построить на этом месте парк.", id="a-past-plan"),
    # a person's own choice, even of an office holder
    pytest.param("Мэр города решил сбрить бороду перед выборами.", id="an-officials-own-choice"),
    # what a speaker will be or will try, no act; a plan of unnamed others
    pytest.param("Министр заявил, что постарается разобраться в ситуации.", id="will-try"),
    pytest.param("Пресс-секретарь сообщил, что в регион направят дополнительные силы.", id="unnamed-others"),
    # a chance to agree, a player signed
    pytest.param("Переговорщики сообщили, что шансов договориться с похитителями почти не осталось.",
                 id="a-chance-to-agree"),
    pytest.param("Футбольный клуб подписал молодого защитника из Бразилии.", id="a-player-signed"),
])
def test_no_commitment(pipeline: Pipeline, text: str) -> None:
    assert commitments_of(pipeline, text) == []
