"""Events: sides told by third person pronouns across sentences (twenty-first session, issue 4).

- a possessive "его"/"её" is a link of the pronoun chain ("Под его руководством ... обвиняли его"), of its own
  gender only;
- a third person pronoun in someone's quoted words is never the speaker (who would say "я"); in reported speech
  it may be;
- an object pronoun does not take a name of the previous sentence told as a person's genitive ("сторонников
  Трампа") or inside a relative clause when that sentence names an actor at clause level; a thing's genitive
  ("кандидатуру Ивана Петрова") keeps its person;
- a subject pronoun goes on with the one the previous sentence acts on when no person acts in it ("Сотрудники
  агентства задержали X. Во вторник он предстал перед судом"), not with an official quoted before; a person who
  acts there keeps the pronoun;
- a conjunct of a clause's subject is that clause's subject too, never what its object pronoun stands for."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected", "not_a_side"), [
    # the possessive links the object pronoun to the director named two sentences before
    ("Иван Петров двадцать лет руководил заводом. Под его руководством завод вырос втрое. Противники директора "
     "обвиняли его в растрате.", ("ACCUSE", None, "Иван Петров", "asserted"), None),
    # the speaker's own quote: "его" is his son, not him
    ("Иван Петров рассказал журналистам о сыне. «Полиция задержала его вчера вечером», — сказал Петров.",
     None, "Иван Петров"),
    # a supporter's genitive: the supporter himself is the one charged
    ("Мэтт Гейц — один из самых преданных сторонников Дональда Трампа. В 2020 году на него завели дело о перевозке "
     "несовершеннолетних.", ("ACCUSE", None, "Мэтт Гейц", "asserted"), "Дональд Трамп"),
    # a relative clause's object: the lawyer sentenced is the one charged, not the journalist he defended
    ("Адвоката Дмитрия Талантова, который защищал журналиста Ивана Сафронова, приговорили к семи годам колонии. "
     "Его обвинили в распространении фейков.", ("ACCUSE", None, "Дмитрий Талантов", "asserted"), "Иван Сафронов"),
    # the man arrested, not the director quoted before, appears in court
    ("«ФБР найдёт вас», — заявил директор бюро Кристофер Рэй. Сотрудники агентства задержали Дэниеля Андерсона на "
     "севере Уэльса. Во вторник он предстал перед судом.", ("ACCUSE", None, "Дэниель Андерсон", "asserted"),
     "Кристофер Рэй"),
    # the second of two conjoined subjects does not suspect himself
    ("Подростка Никиту Леонтьева задержали 22 января. Участковый Денис Иванов и заместитель начальника отдела "
     "Алексей Малых заподозрили его в попытке ограбления.",
     ("ACCUSE", "Денис Иванов", "Никита Леонтьев", "asserted"), "Алексей Малых"),
])
def test_pronoun_sides(pipeline: Pipeline, text: str, expected: Described | None, not_a_side: str | None) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    if expected is not None:
        assert expected in events
    if not_a_side is not None:
        assert not any(e[0] in ("ACCUSE", "COERCE") and not_a_side == e[2] for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # reported speech: he may speak of himself
    ("Иван Петров рассказал журналистам, что полиция задержала его вчера вечером.",
     ("COERCE", None, "Иван Петров", "asserted")),
    # a clause-level object of the previous sentence stays the antecedent
    ("Журналист Иван Сафронов защищал адвоката Дмитрия Талантова. Его обвинили в распространении фейков.",
     ("ACCUSE", None, "Дмитрий Талантов", "asserted")),
    # a thing's genitive keeps its person: the candidate is the one detained
    ("Министр Олег Смирнов поддержал кандидатуру Ивана Петрова. Вечером полиция задержала его в Москве.",
     ("COERCE", None, "Иван Петров", "asserted")),
    # a person acts in the previous sentence: the subject pronoun is still that person
    ("Зеленский принял в Киеве Олафа Шольца. Он попросил Германию о помощи.",
     ("REQUEST", "Зеленский", "Германия", "asserted")),
    # a subject of its own clause, not conjoined with the first clause's: the object pronoun is the one detained
    ("Денис Иванов задержал Никиту Леонтьева, а Алексей Малых обвинил его в краже.",
     ("ACCUSE", "Алексей Малых", "Никита Леонтьев", "asserted")),
])
def test_pronoun_sides_kept(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in described_events(pipeline, text, published="2024-03-15")


def test_a_possessive_of_the_other_gender_is_no_link(pipeline: Pipeline) -> None:
    # "её руководством" is the woman's; "его" is no one named
    events = described_events(pipeline, "Анна Петрова двадцать лет руководила заводом. Под её руководством завод "
                                        "вырос втрое. Противники директора обвиняли его в растрате.",
                              published="2024-03-15")
    assert not any(target == "Анна Петрова" for _, _, target, _ in events)
