"""Events: the round tuned on the ninth dev set (issue 4, events_dev9 a tuning set since): general rules for
orders, acts undergone ("подвергся нападению"), organisations "в" which something is said, associates named by
whose they are, appeals "в" a body, the genitive of readiness, weapons that strike, congratulations, acts told as
the time of what follows, support received and names that accuse; each stated on Russian sentences of the kinds
news articles hold, with the type, the sides and the modality.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2020-12-15")


@pytest.mark.parametrize(("text", "expected"), [
    # an order is a demand of whom it is given to (CAMEO 10); the act ordered is that one's, still to be done
    ("Владимир Путин поручил Минобороны России провести проверку.",
     [("REQUEST", "Владимир Путин", "Минобороны России", "asserted")]),
    ("Путин распорядился установить новый праздник.", [("REQUEST", "Путин", None, "asserted")]),
    ("Мишустин поручил Минобороны РФ подписать соглашение.",
     [("AGREE", "Минобороны РФ", None, "future"), ("REQUEST", "Мишустин", "Минобороны РФ", "asserted")]),
    # (not the idiom: "приказала долго жить" is ceasing to exist)
    ("После того, как УФМС приказала долго жить, генерал Ромодановский стал помощником полпреда.", []),
    # a loan given is economic aid (CAMEO 071)
    ("Россия выдала Украине кредит на 3 млрд долларов.", [("AID", "Россия", "Украина", "asserted")]),
    # a broadcast stopped is a restriction of the press (CAMEO 172)
    ("Власти Египта приостановили вещание «Аль-Джазиры».", [("COERCE", "Египет", "Аль-Джазира", "asserted")]),
    # an act undergone: the subject is whom it is done to, the one it comes from (if named) who does it
    ("Члены движения «Братья-мусульмане» подвергаются арестам.",
     [("COERCE", None, "Братья-мусульмане", "asserted")]),
    ("Алексей Навальный подвергся нападению в Москве.", [("ASSAULT", None, "Алексей Навальный", "asserted")]),
    ("Действия Израиля подверглись критике со стороны ООН.", [("ACCUSE", None, "Израиль", "asserted")]),
    # a plural verb with no subject and an organisation "в" which it is said: that organisation acts
    ("В российском Минфине заявили о готовности обсуждать с Украиной реструктуризацию долга.",
     [("CONSULT", "Минфин", "Украина", "hypothetical")]),
    # (not an act's noun: who points at the accusations did not accuse)
    ("В Кремле указывали на голословность обвинений.", []),
    # a document told by a participle is no agreement of the article's two sides
    ("Россия и Китай провели переговоры. Одобренный парламентом и подписанный в апреле закон вступил в силу.",
     [("CONSULT", "Россия", "Китай", "asserted")]),
    # a body that acts ("руководство", "власти") is acted on too, as the subject of a passive
    ("Руководство телеканала «Египет-25» арестовано.", [("COERCE", None, "Египет-25", "asserted")]),
    # a lawyer, a friend or a son told by whose they are is someone else; a state's police is the state
    ("Ковальчук был заочно арестован, а его адвокат обвинил американские спецслужбы и аргентинскую полицию в "
     "провокации.",
     [("ACCUSE", None, "США", "asserted"), ("ACCUSE", None, "Аргентина", "asserted"),
      ("COERCE", None, "Ковальчук", "asserted")]),
    ("Сына миллиардера Мусы Бажаева задержали в Москве.", []),
    # an appeal "в" a body asks that body
    ("Пан Ги Мун обратился в Совбез ООН с просьбой о переизбрании.",
     [("REQUEST", "Пан Ги Мун", "Совбез ООН", "asserted")]),
    # whose readiness is expressed would act, whatever the parser calls the genitive
    ("Александр Лукашевич выразил готовность России поддержать кандидатуру Пан Ги Муна.",
     [("SUPPORT", "Россия", "Пан Ги Мун", "hypothetical")]),
    # a craft or a weapon strikes literally, by an attacker left unnamed; a thing that strikes is a figure
    ("Вертолет обстрелял здание Верховного суда Венесуэлы.",
     [("ASSAULT", None, "Верховный суд Венесуэлы", "asserted")]),
    ("Санкции ударят по экономике Молдавии.", []),
    # a congratulation sent is praise of whom it is sent to, the dative the parser hung on the noun included
    ("Президент России Владимир Путин направил поздравительную телеграмму Мигелю Диас-Канелю.",
     [("SUPPORT", "Владимир Путин", "Мигель Диас-Канель", "asserted")]),
    # an arrest told as the time of what one does next: the one who does it underwent it
    ("После ареста Саипов заявил, что действовал в одиночку.", [("COERCE", None, "Саипов", "asserted")]),
    ("Алексей Навальный вышел из спецприёмника после 10 суток административного ареста.",
     [("COERCE", None, "Алексей Навальный", "asserted")]),
    # (and his calling the arrest unlawful is his criticism, as events_dev8 writes it: ACCUSE with no one named)
    ("После выхода на свободу Навальный заявил, что задержание было неправомерным.",
     [("ACCUSE", "Навальный", None, "asserted"), ("CONCEDE", None, "Навальный", "asserted")]),
    # support received: the subject is supported, by whom the support's genitive names
    ("Пан Ги Мун получил поддержку Совета Безопасности ООН.",
     [("SUPPORT", "Совбез ООН", "Пан Ги Мун", "asserted")]),
    # an active participle of judging that only describes people no name is given for tells no act; a document's
    # participle is its adopter's act
    ("Республиканские эксперты, выступавшие против Трампа, имели доступ к телевизионным эфирам.", []),
    ("Парламент Пакистана проголосовал за резолюцию, осуждающую американский рейд.",
     [("ACCUSE", "Пакистан", "США", "asserted")]),
    # a claim that someone acted unlawfully accuses them; one's own denial accuses no one; a person's loan from no
    # one named is no aid
    ("Министерство юстиции заявляет, что Зубия Шахназ незаконно получила кредит в банке.",
     [("ACCUSE", "Минюст", "Зубия Шахназ", "asserted")]),
    ("Прокуратура Москвы установила, что компания «Ромашка» незаконно вывезла лес.",
     [("ACCUSE", "Прокуратура Москвы", "Ромашка", "asserted")]),
    ("Иван Петров заявил, что он никогда не действовал незаконно.", []),
    # "который" after a predicate noun stands for the subject the predicate is said of
    ("Дональд Трамп стал первым президентом США, который угрожает пренебречь результатами выборов.",
     [("THREATEN", "Дональд Трамп", None, "asserted")]),
    # a head of state named by a post with no holder in the article's posts: the one well-known head of that state
    # the article names (data/people.tsv); none named, the state
    ("Тогда же президенты России и Сербии обсудили перспективы сотрудничества. Путин и Вучич встретились в "
     "Белграде.", [("CONSULT", "Путин", "Вучич", "asserted"), ("CONSULT", "Путин", "Вучич", "asserted")]),
    ("Путин и Байден провели переговоры. Американский лидер призвал Россию прекратить огонь.",
     [("CONSULT", "Путин", "Байден", "asserted"), ("REQUEST", "Байден", "Россия", "asserted"),
      ("RETREAT", "Россия", None, "future")]),
    ("Путин и Токаев провели переговоры. Американский лидер призвал Россию прекратить огонь.",
     [("CONSULT", "Путин", "Токаев", "asserted"), ("REQUEST", "США", "Россия", "asserted"),
      ("RETREAT", "Россия", None, "future")]),
    # called a dictator, a killer: accused (CAMEO 111)
    ("Лидеры оппозиции назвали Мадуро диктатором.", [("ACCUSE", None, "Мадуро", "asserted")]),
    ("Джон Бенер назвал реформу здравоохранения «убийцей рабочих мест».",
     [("ACCUSE", "Джон Бенер", None, "asserted")]),
])
def test_dev9_round(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected
