"""Events: leaving an organisation is a withdrawal (RETREAT, CAMEO 08: "выход России из МУС", "вышла из Совета
Европы"), not leaving a place, a crisis or a room; revoking a licence is coercion of its holder (CAMEO 17: "ЦБ
отозвал лицензию у банка") (issue 4)."""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Путин подписал распоряжение о выходе России из Международного уголовного суда.",
     [("RETREAT", "Россия", "МУС", "asserted")]),
    ("Россия вышла из Совета Европы.", [("RETREAT", "Россия", "Совет Европы", "asserted")]),
    ("Армения не заявляла о выходе из ОДКБ.", [("RETREAT", "Армения", "ОДКБ", "negated")]),
    ("Центробанк отозвал лицензию у банка «Пересвет».", [("COERCE", "Банк России", "Пересвет", "asserted")]),
    ("Правительство Болгарии отозвало лицензию чешской компании CEZ.", [("COERCE", "Болгария", "CEZ", "asserted")]),
])
def test_leaving_an_organisation_and_a_licence_revoked(pipeline: Pipeline, text: str,
                                                       expected: list[Described]) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert [e for e in events if e[0] in ("RETREAT", "COERCE")] == expected


@pytest.mark.parametrize("text", [
    "Россия нашла выход из кризиса.",
    "Судно вышло из Балтийского моря.",
    "Премьер-министр Михаил Мишустин вышел из зала.",
    "ЦБ отозвал лицензии у нескольких банков.",
])
def test_no_withdrawal_from_a_place_or_a_state_of_things(pipeline: Pipeline, text: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert [e for e in events if e[0] == "RETREAT" or e[1:3] == ("Банк России", None)] == []
