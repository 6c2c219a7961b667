"""Links and markdown kept out of the parse (issues 2 and 4). Texts of our own, written the way Telegram posts are.

The models read a masked copy of the text of the same length: a markdown link's brackets and address, bare
addresses, e-mail addresses, @handles and the emphasis marks ("**", "__", "~~", backticks) are spaces there, a
link's anchor words stay in place. So a link gives no tokens ("https", ":", "/", "/", "t", ".", "me" ...), no
sentence ends inside it, and every token, sentence, mention and event still indexes the article's own text.
"""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline, nlp
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"commitments"})


def parsed(text: str) -> list[str]:
    (doc,) = nlp.parse([Article(text=text, id="t")])
    assert all(text[t.start:t.stop] == t.text for t in doc.tokens)
    return [t.text for t in doc.tokens]


@pytest.mark.parametrize(("text", "words"), [
    # a markdown link: its anchor word is the verb, its brackets and address are nothing
    ("Япония [разрешила](https://t.me/news_channel/12345) экспорт",
     ["Япония", "разрешила", "экспорт"]),
    # emphasis and italics
    ("**Путин встретился с Си** в __Пекине__", ["Путин", "встретился", "с", "Си", "в", "Пекине"]),
    # a bare address, its sentence's full stop kept; a channel's address without a scheme
    ("Подробнее: https://ria.ru/20240101/abc.html. Читайте t.me/channel_name",
     ["Подробнее", ":", ".", "Читайте"]),
    # an address with parentheses of its own, inside parentheses of the sentence
    ("Газета (см. https://ru.wikipedia.org/wiki/Мир_(газета)) закрылась.",
     ["Газета", "(", "см", ".", ")", "закрылась", "."]),
    # an e-mail address and a channel's signature are no words; a hashtag's word is
    ("Пишите на info@example.ru. #новости @news_channel", ["Пишите", "на", ".", "#", "новости"]),
    # an outlet's name that looks like a host stays a word
    ("Об этом сообщает Lenta.ru", ["Об", "этом", "сообщает", "Lenta", ".", "ru"]),
])
def test_links_and_markup_give_no_tokens(text: str, words: list[str]) -> None:
    assert parsed(text) == words


def test_the_masked_text_keeps_every_offset() -> None:
    text = "Япония [разрешила](https://t.me/x/1) экспорт.\n**UPD.** @channel"
    masked, runs = nlp._masked(text)
    assert len(masked) == len(text)
    assert masked.split() == ["Япония", "разрешила", "экспорт.", "UPD."]
    assert all(not masked[start:stop].strip() for start, stop in runs)
    assert masked.count("\n") == text.count("\n")


def test_an_ordinary_text_is_read_as_written() -> None:
    text = "Президент России Владимир Путин провёл переговоры с председателем КНР Си Цзиньпином."
    assert nlp._masked(text) == (text, [])


@pytest.mark.parametrize(("text", "sentences"), [
    # the address's dots are no sentence ends, its sentence's full stop is
    ("Подробнее по ссылке https://ria.ru/20240101/v.putin-soobshil.html. Пишите нам.",
     ["Подробнее по ссылке https://ria.ru/20240101/v.putin-soobshil.html.", "Пишите нам."]),
    # a full stop that the emphasis closes: razdel sees no sentence end behind the blanked stars
    ("**UPD.** Спасатели достали тело из пруда.", ["UPD.", "Спасатели достали тело из пруда."]),
    # the emphasis closed before the full stop: "см" is no abbreviation with its dot
    ("Высота снежного покрова **составит 15-25 см**. Перед наступлением холодов деревья укроют.",
     ["Высота снежного покрова **составит 15-25 см**.", "Перед наступлением холодов деревья укроют."]),
])
def test_no_sentence_ends_inside_a_link(text: str, sentences: list[str]) -> None:
    (doc,) = nlp.parse([Article(text=text, id="t")])
    assert [text[s.start:s.stop] for s in doc.sents] == sentences


def test_an_event_wrapped_in_a_markdown_link_is_found(pipeline: Pipeline) -> None:
    # the verb is the link's anchor: the parse around the address used to lose it
    text = ("🚘 Япония [разрешила](https://lenta.ru/news/2024/11/11/yaponiya-snyala-zapret/) экспорт «мягких» "
            "гибридных авто в Россию\n\nРазрешение снизит цены на авто.")
    (doc,) = pipeline.analyze([Article(text=text, id="t")])
    names = {e.id: e.name for e in doc.entities}
    found = [e for e in doc.events if e.type == "CONCEDE" and names.get(e.source or "") == "Япония"]
    assert found
    # the evidence shown is the article's own text, the link as it was written
    assert all(e.text == text[e.start:e.stop] for e in doc.events)
    assert "[разрешила](https://lenta.ru/" in found[0].text


def test_names_and_quotes_inside_markup_index_the_text(pipeline: Pipeline) -> None:
    text = ("[Владимир Зеленский](https://t.me/x/5) встретился с **Эммануэлем Макроном** в Париже.\n\n"
            "**«Мы не отступим»**, — [заявил](https://t.me/x/6) Зеленский.")
    (doc,) = pipeline.analyze([Article(text=text, id="t")])
    assert {"Владимир Зеленский", "Эммануэль Макрон", "Париж"} <= {e.name for e in doc.entities}
    assert all(m.text == text[m.start:m.stop] for m in doc.mentions)
    assert all("http" not in m.text and "*" not in m.text for m in doc.mentions)
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.text == text[quote.start:quote.stop] == "Мы не отступим"
    assert doc.entity(quote.speaker or "").name == "Владимир Зеленский"


def test_a_single_backtick_is_an_apostrophe_not_markup() -> None:
    # news writes "`" for an apostrophe in names ("Кот-д`Ивуар", "О`Нил"); only a code fence of three is markup
    text = "В Кот-д`Ивуаре выступил Шакил О`Нил.\n```\nкод\n```"
    masked, _ = nlp._masked(text)
    assert "Кот-д`Ивуаре" in masked and "О`Нил" in masked
    assert "```" not in masked and len(masked) == len(text)
