"""Events: sides told by someone's founder, creator or owner (twenty-second session, issue 4).

A person told by what they founded, created or own ("Основатель сервиса «Кинопоиск» задержан") is a person, not
that company or product: the arrest or the charge is no event of the organisation. The organisation was taken
through the word's genitive, or through an indeclinable name the parser hangs on the word as an apposition
("Создатель антивируса McAfee"). A person's name after such a word is the owner's own, wherever the parser hangs
it ("совладельца сети кофеен «Травелерс» Игоря Коноплёва"), and a post word ("директор завода") is not touched.

A kin, defence or partner word with two names in apposition ("адвоката Ивана Петрова Анну Смирнову", "партнера
Бориса Березовского – гражданина России Николая Глушкова") is the later one: the first says whose. One name
alone keeps its reading."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "not_a_side"), [
    # the founder is arrested, not the service
    ("Основатель сервиса «Кинопоиск» задержан в Дубае.", "Кинопоиск"),
    # an indeclinable product name read as the creator's apposition
    ("Создатель антивируса Kaspersky арестован в Осло.", "Kaspersky"),
    # the owner of a company named in apposition to the word itself
    ("В Казани задержали владельца «Восхода».", "Восход"),
])
def test_owner_is_no_organisation(pipeline: Pipeline, text: str, not_a_side: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(not_a_side in (e[1], e[2]) for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # the founder named: he is the one detained
    ("Основатель Telegram Павел Дуров задержан во Франции.", ("COERCE", None, "Павел Дуров", "asserted")),
    # the co-owner's own name hung by the parser inside the genitive of what he owns
    ("Следователи отпустили совладельца сети кофеен «Травелерс» Игоря Коноплёва.",
     ("CONCEDE", None, "Игорь Коноплёв", "asserted")),
    # a post word acts for its organisation, as before
    ("Полиция задержала директора завода «Ромашка».", ("COERCE", None, "Ромашка", "asserted")),
    # one name after a lawyer's word is the lawyer's, as before
    ("Полиция задержала адвоката Анну Смирнову.", ("COERCE", None, "Анна Смирнова", "asserted")),
])
def test_near_cases_unchanged(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected", "not_a_side"), [
    # two names after the lawyer's word: the client's, then the lawyer's own
    ("Полиция задержала адвоката Ивана Петрова Анну Смирнову.", ("COERCE", None, "Анна Смирнова", "asserted"),
     "Иван Петров"),
    # the partner's own name after a dash and a second description
    ("Следователи начали проверку обстоятельств убийства делового партнера Олега Сидорова – гражданина России "
     "Андрея Лапина.", ("ASSAULT", None, "Андрей Лапин", "asserted"), "Олег Сидоров"),
])
def test_second_name_is_who(pipeline: Pipeline, text: str, expected: Described, not_a_side: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert expected in events
    assert not any(not_a_side == e[2] for e in events)
