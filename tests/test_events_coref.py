"""Events in long agency articles: sides named through coreference across sentences.

Agency articles name a person once in full ("Министр иностранных дел Японии Сейдзи Маэхара") and then by a pronoun
or a shorter post ("японский министр", "Министр", "глава МИД РФ"); these sentences pin down the rules that carry the
name over: an object pronoun is never its own clause's subject, a post word stands for the one holder of the fuller
post the article gave ("глава МИД" is the minister of foreign affairs), a counterpart ("с турецким коллегой") is
the holder of that state's post; and a refusal with no one named rejects the partner of the talks refused.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


# Every listed event must be found (others may be found too).
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Министр иностранных дел России Сергей Лавров провёл переговоры с госсекретарём США Джоном Керри. "
                 "Глава МИД РФ также обсудил с ним ситуацию в Сирии.",
                 [("CONSULT", "Сергей Лавров", "Джон Керри", "asserted")] * 2, id="object-pronoun-is-not-subject"),
    pytest.param("Министр иностранных дел Японии Сейдзи Маэхара прибыл в Москву. В ходе визита японский министр "
                 "встретится с Сергеем Лавровым.",
                 [("CONSULT", "Сейдзи Маэхара", "Сергей Лавров", "future")], id="state-adjective-post-is-holder"),
    pytest.param("Глава МИД России Сергей Лавров заявил, что Москва готова к диалогу. Министр также призвал "
                 "Вашингтон отказаться от санкций.",
                 [("REQUEST", "Сергей Лавров", "Вашингтон", "asserted")], id="minister-is-the-head-of-the-ministry"),
    pytest.param("Президент Турции Реджеп Эрдоган прибыл в Москву. Президент России Владимир Путин провел "
                 "переговоры с турецким коллегой.",
                 [("CONSULT", "Владимир Путин", "Реджеп Эрдоган", "asserted")], id="colleague-is-the-states-holder"),
    pytest.param("Грузия отказывается до конца 2028 года ставить в повестку дня вопрос открытия переговоров с ЕС.",
                 [("REJECT", "Грузия", "ЕС", "asserted")], id="refusal-rejects-the-talks-partner"),
    pytest.param("Нетаньяху отказался от участия в ядерном саммите в США.",
                 [("REJECT", "Нетаньяху", None, "asserted")], id="refused-summit-place-is-no-target"),
    pytest.param("Между тем организация Business NZ, которая объединяет ведущие бизнес-ассоциации Новой Зеландии, "
                 "выступила за ускоренное реформирование системы корпоративного налогообложения.",
                 [("SUPPORT", "Business NZ", None, "asserted")], id="stood-for-a-reform"),
    pytest.param("Правительство Японии выразило решительный протест против состоявшегося в пятницу визита российского "
                 "министра обороны, посетившего южные Курильские острова.",
                 [("PROTEST", "Япония", "Россия", "asserted")], id="protest-against-the-act-told"),
    pytest.param("Глава МИД Франции Жан-Ив Ле Дриан, который в пятницу будет беседовать с Сергеем Лавровым и Энтони "
                 "Блинкеном, ничего не сказал о санкциях.",
                 [("CONSULT", "Жан-Ив Ле Дриан", "Сергей Лавров", "future")], id="conversation-with-partners"),
    pytest.param("НАТО уходит из Афганистана. Во второй день саммита в Лиссабоне страны — члены альянса договорились "
                 "начать вывод войск из Афганистана.",
                 [("AGREE", "НАТО", None, "asserted"), ("RETREAT", "НАТО", "Афганистан", "future")],
                 id="the-alliance-is-the-articles-one"),
    pytest.param("Наконец-то в Москве была открыта первая велодорожка. Московские власти обещали, что велодорожка "
                 "будет иметь протяжённость 5 км.",
                 [("AGREE", "Москва", None, "asserted")], id="city-adjective-authorities"),
    pytest.param("Московские власти обещали построить в Москве пять велопарковок. На деле построена одна. Но власти "
                 "пообещали горожанам, что это только начало.",
                 [("AGREE", "Москва", None, "asserted")] * 2, id="bare-authorities-are-the-last-named"),
    pytest.param("Япония предложила России возобновить переговоры по мирному договору.",
                 [("CONSULT", "Россия", "Япония", "hypothetical")], id="proposer-is-a-side-of-the-talks"),
    pytest.param("Президент Белоруссии Александр Лукашенко провёл переговоры с премьер-министром Индии Нарендрой Моди. "
                 "Белорусский лидер предложил индийскому коллеге расширить сотрудничество.",
                 [("COOPERATE", "Нарендра Моди", "Александр Лукашенко", "hypothetical")],
                 id="proposed-cooperation-with-a-colleague"),
    pytest.param("Председатель КНР Си Цзиньпин прибыл в Москву с государственным визитом. Китайский лидер проведет "
                 "переговоры с Путиным.",
                 [("CONSULT", "Си Цзиньпин", "Путин", "future")], id="leader-is-the-head-of-state-named-by-title"),
    pytest.param("Франция вместе с Германией осудила действия России.",
                 [("ACCUSE", "Франция", "Россия", "asserted"), ("ACCUSE", "Германия", "Россия", "asserted")],
                 id="together-with-is-another-source"),
    pytest.param("США ввели санкции против 30 компаний, включая Газпромбанк.",
                 [("SANCTION", "США", "Газпромбанк", "asserted")], id="including-names-the-target"),
    pytest.param("Резолюцию поддержали 20 стран, включая Францию и Германию.",
                 [("SUPPORT", "Франция", None, "asserted"), ("SUPPORT", "Германия", None, "asserted")],
                 id="including-names-the-sources"),
    pytest.param("Путин пригласил Токаева с госвизитом в Россию в 2025 году, приглашение было принято.",
                 [("REQUEST", "Путин", "Токаев", "asserted"), ("AGREE", "Токаев", "Путин", "asserted"),
                  ("CONSULT", "Токаев", "Россия", "future")], id="invitation-accepted-passive"),
    pytest.param("Президент Казахстана Касым-Жомарт Токаев принял приглашение Владимира Путина посетить Россию.",
                 [("AGREE", "Касым-Жомарт Токаев", "Владимир Путин", "asserted"),
                  ("CONSULT", "Касым-Жомарт Токаев", "Россия", "future")], id="invitation-accepted-visitor"),
])
def test_coreference(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    found = described_events(pipeline, text, published="2024-12-01")
    for event in expected:
        assert found.count(event) >= expected.count(event), (event, found)


# Trigger words of long articles used for something that is no event between actors.
@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Марк завершил беседу размышлением о поддержке народа.", "CONSULT", id="interview-ends"),
    pytest.param("Разговаривая по мобильному телефону с завода, Марк назвал атмосферу хорошей.", "CONSULT",
                 id="phone-interview"),
    pytest.param("В беседе по телефону сразу после операции актриса попросила не писать о ней громких слов.",
                 "CONSULT", id="private-conversation"),
    pytest.param("Организаторами акции выступили движение «За права человека» и Союз координационных советов.",
                 "SUPPORT", id="preposition-inside-a-name"),
])
def test_not_an_event(pipeline: Pipeline, text: str, kind: str) -> None:
    found = described_events(pipeline, text, published="2024-12-01")
    assert not [e for e in found if e[0] == kind], found
