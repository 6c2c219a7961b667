"""Entity keys of story items: a state's body named with its state meets a report naming the bare body."""

from __future__ import annotations

import pytest

from letopis.records import Entity
from letopis.stories.items import entity_key

KEYS = [
    pytest.param("Минздрав России", "RU", "ORG:минздрав", id="минздрав-россии"),
    pytest.param("Минздрав", None, "ORG:минздрав", id="минздрав"),
    pytest.param("Генеральная прокуратура России", "RU", "ORG:генпрокуратура", id="генпрокуратура-полностью"),
    pytest.param("Госдеп США", "US", "ORG:госдепартамент", id="госдеп-сша"),
    pytest.param("Государственная дума РФ", "RU", "ORG:госдума", id="госдума-рф"),
    # a body the lexicon knows as another state's stays as named
    pytest.param("Государственная дума Украины", "UA", "ORG:государственная дума украины", id="не-та-страна"),
    pytest.param("Газпром", None, "ORG:газпром", id="компания"),
    pytest.param("Фонд поддержки Казахстана", "KZ", "ORG:фонд поддержки казахстана", id="не-орган"),
]


@pytest.mark.parametrize(("name", "country", "key"), KEYS)
def test_a_state_body_is_keyed_as_the_body(name: str, country: str | None, key: str) -> None:
    assert entity_key(Entity(id="1", type="ORG", name=name, country=country)) == key
