"""Events: small mechanisms of the twenty-third session (issue 4).

- A criminal case that tells its charge beside an arrest or a sentence ("арестован по делу о мошенничестве",
  "задержан в рамках уголовного дела о госизмене") is the accusation the act is made on, as "по обвинению в" is:
  ACCUSE by the same side (a court passing the sentence brings no charge), of the one arrested or sentenced. A case
  named by its defendant ("по делу Иванова") tells no charge.
- A third person pronoun in someone's direct quote is never the speaker, who says "я" there, even where the
  speaker is told by his post word ("Депутат ... заявил: «Полиция задержала его ...»").
- A body of a region told "в штате X", "в провинции X" acts as that region, as "суд штата X" does; a city stays no
  side.
- A clause whose own subject is a third person pronoun standing for no one named does not borrow the subject of
  the clause it is joined to ("полиция пыталась арестовать грабителя, но он отказался ...").
- A company dropping something of its own business ("Компания X отказалась от выпуска каталога") is no event; a
  refusal that concerns another ("от российского рынка") or a party's refusal stays.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("ФСБ задержала Петра Кузнецова по делу о госизмене.",
     ("ACCUSE", "ФСБ", "Петр Кузнецов", "asserted")),
    ("Полиция Москвы задержала Ивана Сидорова в рамках уголовного дела о мошенничестве.",
     ("ACCUSE", "Москва", "Иван Сидоров", "asserted")),
    ("Экс-министр Алексей Петров арестован по делу о мошенничестве.",
     ("ACCUSE", None, "Алексей Петров", "asserted")),
    # the court that sentences brings no charge
    ("Суд осудил Олега Миронова по делу о взятке.",
     ("ACCUSE", None, "Олег Миронов", "asserted")),
])
def test_charge_told_by_case(pipeline: Pipeline, text: str, expected: Described) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert expected in events, events
    assert ("COERCE", *expected[1:]) in events or any(e[0] == "COERCE" and e[2] == expected[2] for e in events), \
        events


def test_case_named_by_defendant_tells_no_charge(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "Экс-министр Алексей Петров арестован по делу Иванова.",
                              published="2024-03-15")
    assert any(e[0] == "COERCE" and e[2] == "Алексей Петров" for e in events), events
    assert not any(e[0] == "ACCUSE" for e in events), events


def test_pronoun_in_quote_is_not_the_speaker(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "Депутат Семён Ларин заявил: «Полиция задержала его без оснований».",
                              published="2024-03-15")
    assert not any(e[2] == "Семён Ларин" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    ("Суд в штате Огайо приговорил Джона Смита к пожизненному заключению.",
     ("COERCE", "Огайо", "Джон Смит", "asserted")),
    ("Власти в провинции Хэбэй задержали Ли Вэя.",
     ("COERCE", "Хэбэй", "Ли Вэя", "asserted")),
])
def test_body_in_region_is_the_region(pipeline: Pipeline, text: str, expected: Described) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert expected in events, events


def test_body_in_city_stays_unnamed(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "Полиция в Москве задержала Ивана Петрова.", published="2024-03-15")
    assert ("COERCE", None, "Иван Петров", "asserted") in events, events


def test_unresolved_pronoun_subject_borrows_nothing(pipeline: Pipeline) -> None:
    events = described_events(
        pipeline, "В Бельгии полиция пыталась арестовать грабителя, но он отказался выйти из дома.",
        published="2024-03-15")
    assert not any(e[0] == "REJECT" for e in events), events
    assert any(e[0] == "COERCE" and e[1] == "Бельгия" for e in events), events


def test_subjectless_conjunct_still_borrows(pipeline: Pipeline) -> None:
    events = described_events(
        pipeline, "Президент Франции Эмманюэль Макрон прибыл в Берлин, но отказался от встречи с канцлером Германии.",
        published="2024-03-15")
    assert any(e[0] == "REJECT" and e[1] == "Эмманюэль Макрон" for e in events), events


def test_company_dropping_own_business(pipeline: Pipeline) -> None:
    events = described_events(pipeline, "Компания Nordwind Tech отказалась от выпуска бумажного каталога.",
                              published="2024-03-15")
    assert not any(e[0] == "REJECT" for e in events), events


@pytest.mark.parametrize(("text", "source"), [
    # a market of a state: the refusal concerns another
    ("Компания Siemens отказалась от российского рынка.", "Siemens"),
    # a party is no company
    ("Партия «Зелёные» отказалась от участия в выборах.", "Партия «Зелёные»"),
])
def test_refusals_that_stay(pipeline: Pipeline, text: str, source: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert any(e[0] == "REJECT" and e[1] == source for e in events), events
