"""The quotes stage on statements of organisations and documents: the words of a statement, a communiqué, a report or
a letter are said by whoever the text names as its author, in the genitive after the document noun ("в заявлении МИД
России", "в обращении Генпрокуратуры") or, for a person, right after it ("в заявлении Владимира Зеленского").

- the impersonal verbs a document speaks with are "говорится", "сообщается", "отмечается", and also "подчёркивается",
  "указывается", "уточняется";
- "коммюнике", "обращение", "письмо", "резолюция", "послание", "декларация", ... are documents as "заявление" is;
- "..., говорится в заявлении X" after the words, without quotation marks, reports the sentence before the comma.

Left alone: an impersonal "отмечается, что" / "уточняется, что" with no author ("В заявлении отмечается, что" names
none either), "в заявлении говорится о ..." (a topic, not content), a person the document is about ("в докладе о
Навальном"), a document whose author is not named ("..., говорится в сообщении"), and "уточняется" with no "что"."""

from __future__ import annotations

import pytest
from quotes_described import described_quotes

_quotes = described_quotes


# (id, text, speaker's name starts with, the quoted text starts with)
STATEMENTS = [
    ("stressed-in-a-message",
     "В сообщении Госдепартамента подчёркивается, что Вашингтон продолжит поддерживать Киев.",
     "Госдепартамент", "Вашингтон продолжит поддерживать"),
    ("pointed-out-in-a-document",
     "В документе Минобороны указывается, что войска отошли на заранее подготовленные позиции.",
     "Минобороны", "войска отошли на заранее"),
    ("specified-in-a-statement",
     "В заявлении Минобороны России уточняется, что все беспилотники были уничтожены над Брянской областью.",
     "Минобороны", "все беспилотники были уничтожены"),
    ("stressed-in-a-report",
     "В докладе ООН подчеркивается, что гуманитарная ситуация в секторе остаётся катастрофической.",
     "ООН", "гуманитарная ситуация в секторе"),
    ("as-specified-in-a-message",
     "Как уточняется в сообщении Минобороны, все цели были поражены.",
     "Минобороны", "все цели были поражены"),
    ("a-persons-statement",
     "В заявлении Владимира Зеленского говорится, что Украина не пойдёт на территориальные уступки.",
     "Владимир Зеленский", "Украина не пойдёт"),
    ("a-joint-statement-of-two-leaders",
     "В совместном заявлении Владимира Путина и Си Цзиньпина подчеркивается, что стороны выступают против "
     "односторонних санкций.",
     "Владимир Путин", "стороны выступают против"),
    ("said-in-a-document-after-the-words",
     "Пекин выступает против любых односторонних санкций, говорится в заявлении МИД Китая.",
     "МИД Китая", "Пекин выступает против"),
]


@pytest.mark.parametrize(("text", "speaker", "said"), [case[1:] for case in STATEMENTS],
                         ids=[case[0] for case in STATEMENTS])
def test_a_statements_words_are_its_authors(text: str, speaker: str, said: str) -> None:
    found = _quotes(text)
    assert any(name is not None and name.startswith(speaker) and words.startswith(said) for _, name, words in found), \
        found


@pytest.mark.parametrize("text", [
    "Отмечается, что Москва готова к переговорам.",
    "Подчеркивается, что все пострадавшие получили помощь.",
    "В заявлении отмечается, что Москва готова к переговорам.",
    "В заявлении МИД России говорится о необходимости прекратить огонь.",
    "Информация о пострадавших уточняется.",
    "Уточняется, что пострадавших нет.",
    "Пекин выступает против любых санкций, говорится в сообщении.",
    "В сообщении ТАСС говорится, что переговоры продолжатся завтра.",
], ids=["impersonal-noted", "impersonal-stressed", "statement-with-no-author", "a-topic-not-content",
        "specified-with-no-clause", "impersonal-specified", "after-the-words-with-no-author", "an-outlets-report"])
def test_no_author_no_content_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_a_person_the_report_is_about_does_not_speak() -> None:
    assert _quotes("В докладе о Навальном говорится, что он был отравлен.") == []


def test_a_named_speaker_in_his_statement_stays_the_speaker() -> None:
    found = _quotes("Сергей Лавров в своём заявлении отметил, что Москва готова к переговорам.")
    assert [(kind, name) for kind, name, _ in found] == [("indirect", "Сергей Лавров")]
