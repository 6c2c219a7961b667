"""Events: a coverage review of the trigger lexicon, CAMEO category by category (issue 4).

Wordings of Russian news that the lexicon lacked, each checked on 8,000 telegram posts before it went in (its fires
read one by one): consent given, siding with someone, softened sentences and prisoners of war exchanged, surrender,
a demand made "с требованием", an arrest warrant (legal action against whom it names, no arrest done), a chargé
d'affaires summoned and a démarche, airspace closed, designation as a terrorist, confiscation to the state, ranks and
mandates revoked, searches, hacking, prisoners taken, military targets struck, a stabbing, an offensive launched.
Strikes, offensives and siding are words of other senses too ("поразил инвесторов", "начал наступление на
кредиторов", "встал на сторону жены"): they name an event only where the other side is named (PARTNER_NEEDED).
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # AGREE (03): consent given
    pytest.param("Правительство Израиля дало согласие на прекращение огня в Ливане.",
                 [("AGREE", "Израиль", None, "asserted")], id="03-consent"),
    # SUPPORT (052): siding with someone named
    pytest.param("Президент Сербии Александр Вучич встал на сторону Венгрии в споре с Еврокомиссией.",
                 [("SUPPORT", "Александр Вучич", "Венгрия", "asserted")], id="052-side-with"),
    # CONCEDE (0841): a softened sentence by who grants it, prisoners of war exchanged
    pytest.param("Верховный суд смягчил наказание оппозиционеру Илье Яшину.",
                 [("CONCEDE", "Верховный суд", "Илья Яшин", "asserted")], id="0841-softened-punishment"),
    pytest.param("Президент Байден смягчил приговор Леонарду Пелтиеру.",
                 [("CONCEDE", "Байден", "Леонард Пелтиер", "asserted")], id="0841-softened-sentence"),
    pytest.param("Россия и Белоруссия обменялись военнопленными с Украиной.",
                 [("CONCEDE", "Россия", "Украина", "asserted"), ("CONCEDE", "Беларусь", "Украина", "asserted")],
                 id="0841-pow-exchanged"),
    # RETREAT (0874): surrender to the enemy
    pytest.param("Двое военнослужащих ВСУ сдались в плен.",
                 [("RETREAT", "ВСУ", None, "asserted")], id="0874-surrender"),
    # REQUEST (10): a demand made to someone
    pytest.param("Генеральный прокурор Игорь Краснов обратился к Совету Федерации с требованием запретить движение.",
                 [("REQUEST", "Игорь Краснов", "Совет Федерации", "asserted")], id="10-demand-made"),
    # ACCUSE (173 legal action): an arrest warrant is against whom it names; no arrest is done
    pytest.param("Международный уголовный суд выдал ордер на арест премьер-министра Израиля Биньямина Нетаньяху.",
                 [("ACCUSE", "МУС", "Биньямин Нетаньяху", "asserted")], id="173-arrest-warrant"),
    # PROTEST (14): a chargé d'affaires summoned, a démarche
    pytest.param("МИД Польши вызвал временного поверенного в делах России.",
                 [("PROTEST", "МИД Польши", "Россия", "asserted")], id="14-charge-summoned"),
    pytest.param("Посол Франции Жан Дюпон устроил демарш против Эрдогана.",
                 [("PROTEST", "Жан Дюпон", "Эрдоган", "asserted")], id="14-demarche"),
    # SANCTION (163): airspace closed
    pytest.param("Канада закрыла воздушное пространство для российских самолётов.",
                 [("SANCTION", "Канада", None, "asserted")], id="163-airspace"),
    # COERCE (171, 172, 173, 176): designation, confiscation, ranks and mandates revoked, searches, hacking,
    # prisoners taken
    pytest.param("Росфинмониторинг внёс журналиста Ивана Петрова в перечень террористов и экстремистов.",
                 [("COERCE", "Росфинмониторинг", "Иван Петров", "asserted")], id="172-terrorist-list"),
    pytest.param("Минюст включил Фонд борьбы с коррупцией в перечень нежелательных организаций.",
                 [("COERCE", "Минюст", "Фонд борьбы с коррупцией", "asserted")], id="172-undesirable-list"),
    pytest.param("Суд обратил в доход государства имущество бизнесмена Олега Петрова.",
                 [("COERCE", None, "Олег Петров", "asserted")], id="171-confiscation"),
    pytest.param("Верховный суд лишил депутата Николая Иванова мандата.",
                 [("COERCE", "Верховный суд", "Николай Иванов", "asserted")], id="172-mandate"),
    pytest.param("Президент лишил генерала Ивана Попова звания.",
                 [("COERCE", None, "Иван Попов", "asserted")], id="172-rank"),
    pytest.param("Сотрудники ФСБ провели обыск у главы района Павла Сидорова.",
                 [("COERCE", "ФСБ", "Павел Сидоров", "asserted")], id="173-search"),
    pytest.param("Российские хакеры взломали серверы Министерства обороны Украины.",
                 [("COERCE", "Россия", "Министерство обороны Украины", "asserted")], id="176-hacked"),
    pytest.param("Российские военные взяли в плен бойцов ВСУ.",
                 [("COERCE", "Россия", "ВСУ", "asserted")], id="171-prisoners-taken"),
    # ASSAULT (19, 182): military targets struck, an offensive launched, a stabbing
    pytest.param("Россия поразила объекты энергетики Украины.",
                 [("ASSAULT", "Россия", "Украина", "asserted")], id="19-struck"),
    pytest.param("Вооружённые силы России поразили склад боеприпасов ВСУ.",
                 [("ASSAULT", "Вооружённые силы России", "ВСУ", "asserted")], id="19-struck-genitive"),
    pytest.param("Украинские войска начали наступление на Курскую область.",
                 [("ASSAULT", "Украина", "Курская область", "asserted")], id="19-offensive"),
    pytest.param("Армия Израиля перешла в наступление на позиции «Хезболлы».",
                 [("ASSAULT", "Израиль", "Хезболла", "asserted")], id="19-go-on-offensive"),
    pytest.param("Житель Тулы Андрей Смирнов зарезал соседа Ивана Котова.",
                 [("ASSAULT", "Андрей Смирнов", "Иван Котов", "asserted")], id="182-stabbing"),
])
def test_added_wordings(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected


def test_an_arrest_warrant_is_no_arrest(pipeline: Pipeline) -> None:
    text = "Международный уголовный суд выдал ордер на арест президента Судана Омара аль-Башира."
    assert not [e for e in described(pipeline, text) if e[0] == "COERCE"]


@pytest.mark.parametrize("text", [
    # amazement, a regulator's campaign, a family quarrel: no one named on the other side
    "Илон Маск поразил инвесторов новым роботом.",
    "Выступление певца Шамана поразило зрителей.",
    "Банк России начал наступление на нелегальных кредиторов.",
    "Олег Петров встал на сторону жены в споре с тёщей.",
    # a list of medicines is no list of terrorists
    "Минздрав внёс препарат в перечень жизненно необходимых лекарств.",
])
def test_other_senses_stay_quiet(pipeline: Pipeline, text: str) -> None:
    assert described(pipeline, text) == []
