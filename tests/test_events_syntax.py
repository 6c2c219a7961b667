"""Events read through a noisy syntax tree: subjects and objects the parser hung elsewhere, the agent of an
event noun, coordinated sides, and the reports that are not events (a meeting with the press, a summit with
no partner, a promise whose content is an event of its own). Commitments with no party named.
"""

from __future__ import annotations

import pytest

from letopis import Article, Doc, Event, Pipeline


def analysed(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text, published="2024-01-02"))


def name(doc: Doc, entity_id: str | None) -> str | None:
    return doc.entity(entity_id).name if entity_id else None


def described(doc: Doc, events: tuple[Event, ...]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.type, name(doc, e.source), name(doc, e.target), e.modality) for e in events]


def sides(event: tuple[str, str | None, str | None, str]) -> tuple[str, frozenset[str | None], str]:
    return event[0], frozenset(event[1:3]), event[3]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Премьер-министр Японии Наото Кан осудил визит на острова президента России Дмитрия Медведева.",
                 ("ACCUSE", "Наото Кан", "Дмитрий Медведев", "asserted"), id="judged-act-agent"),
    pytest.param("Microsoft согласилась открыть конкурентам коды Windows.",
                 ("CONCEDE", "Microsoft", None, "asserted"), id="agree-to-act-is-concede"),
    pytest.param("Корпорация Philips подала заявку на участие в проекте «Сколково».",
                 ("REQUEST", "Philips", "Сколково", "asserted"), id="application"),
    pytest.param("Президент Франции Николя Саркози прибыл в Вашингтон.",
                 ("CONSULT", "Николя Саркози", "США", "asserted"), id="arrival-is-a-visit"),
])
def test_sides(pipeline: Pipeline, text: str, expected: tuple[str, str | None, str | None, str]) -> None:
    doc = analysed(pipeline, text)
    assert expected in described(doc, doc.events)


def test_coordinated_adjectives_name_both_states(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Итальянские и ливийские пограничники начали совместное патрулирование.")
    assert ("COOPERATE", frozenset({"Италия", "Ливия"}), "asserted") in map(sides, described(doc, doc.events))


def test_could_not_agree_is_negated(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Власти Мальты и Италии не могли договориться о приеме мигрантов.")
    assert ("AGREE", frozenset({"Мальта", "Италия"}), "negated") in map(sides, described(doc, doc.events))


def test_each_coordinated_subject_rejects(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Израиль и США отвергают подобный шаг.")
    found = described(doc, doc.events)
    assert ("REJECT", "Израиль", None, "asserted") in found
    assert ("REJECT", "США", None, "asserted") in found


def test_two_accusations_in_one_sentence(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Певец Адриано Челентано раскритиковал премьер-министра Сильвио Берлускони и обвинил "
                             "его во лжи.")
    found = [e for e in described(doc, doc.events) if e[0] == "ACCUSE"]
    assert found.count(("ACCUSE", "Адриано Челентано", "Сильвио Берлускони", "asserted")) == 2


@pytest.mark.parametrize("text", [
    pytest.param("Министр иностранных дел России Сергей Лавров на встрече с журналистами заявил, что ответа нет.",
                 id="meeting-the-press"),
    pytest.param("Премьер-министр Израиля Биньямин Нетаньяху отказался от участия в ядерном саммите.",
                 id="summit-without-partner"),
    pytest.param("Делегация прибыла в аэропорт.", id="arrival-nowhere-foreign"),
])
def test_no_consultation(pipeline: Pipeline, text: str) -> None:
    doc = analysed(pipeline, text)
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_promise_of_an_event_is_that_event(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Премьер-министр Японии Наото Кан пообещал, что Япония будет настаивать на "
                             "возвращении островов.")
    types = [e.type for e in doc.events]
    assert "AGREE" not in types
    assert "REQUEST" in types


def test_agreement_of_unnamed_parties_is_a_commitment(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Во второй день саммита страны — члены альянса договорились начать вывод войск "
                             "из Афганистана.")
    assert [(c.text, c.status) for c in doc.commitments] == [("начать вывод войск из Афганистана", "decided")]


def test_what_was_signed_starts_after_when(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Россия и Турция подписали в минувшую среду 12 мая соглашение о взаимной отмене виз.")
    assert [c.text for c in doc.commitments] == ["о взаимной отмене виз"]


def test_entry_ban_is_imposed_by_the_territory(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Президенту Белоруссии Александру Лукашенко запрещен въезд в страны ЕС.")
    assert ("SANCTION", "ЕС", "Александр Лукашенко", "asserted") in described(doc, doc.events)


def test_agreeing_to_talks_is_hypothetical(pipeline: Pipeline) -> None:
    doc = analysed(pipeline, "Иран ведёт переговоры с Россией. Иран согласен на переговоры с МАГАТЭ.")
    modalities = {e.modality for e in doc.events if e.type == "CONSULT"}
    assert modalities == {"asserted", "hypothetical"}
