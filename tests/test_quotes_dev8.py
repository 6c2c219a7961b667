"""The quotes stage on the eighth dev set's lessons (short factRuEval-2016 dev articles, mostly reported speech): an
organisation's press service or leadership speaks for it, a phrase cue cut by a prepositional phrase, "мотивировал
тем, что", a named person "и его коллеги", a participle with its own "что" clause, "давал понять", "сходятся во
мнении", a statement's organisation past a participle's clause, and "Об этом заявил" past a caption line."""

from __future__ import annotations

import pytest
from quotes_described import described_quotes

_quotes = described_quotes


# (id, text, [(kind, speaker, the quoted text starts with)])
SHAPES = [
    ("press-service-of-an-organisation",
     "Пресс-служба МИД России сообщила, что министр проведёт переговоры в Женеве.",
     [("indirect", "МИД России", "министр проведёт переговоры")]),
    ("leadership-of-a-movement",
     "Руководство радикального движения «Талибан» сообщило, что войска НАТО в Афганистане полностью "
     "деморализованы.",
     [("indirect", "Талибан", "войска НАТО в Афганистане")]),
    ("press-service-of-a-person-names-no-one",
     "Пресс-служба Кадырова заявила, что цены на бензин не вырастут.",
     [("indirect", None, "цены на бензин не вырастут")]),
    ("phrase-cue-cut-by-a-prepositional-phrase",
     "Президент Саркози выразил в этой связи надежду на то, что ему удастся за время председательства в G-20 "
     "провести целый ряд реформ.",
     [("indirect", "Саркози", "ему удастся за время")]),
    ("reason-given-with-tem-chto",
     "Свой отказ Нетаньяху мотивировал тем, что Иерусалим получил данные о заговоре мусульманских стран.",
     [("indirect", "Нетаньяху", "Иерусалим получил данные")]),
    ("object-noun-and-tem-chto",
     "Нетаньяху объяснил отказ тем, что Иерусалим получил данные о заговоре мусульманских стран.",
     [("indirect", "Нетаньяху", "Иерусалим получил данные")]),
    ("named-person-and-his-colleagues",
     "Руководитель группы Иван Бозович и его коллеги полагают, что его изучение принесет немало сюрпризов.",
     [("indirect", "Иван Бозович", "его изучение принесет")]),
    ("two-named-people-stay-nobody",
     "Путин и Си заявили, что отношения двух стран крепнут.",
     [("indirect", None, "отношения двух стран крепнут")]),
    ("participle-with-its-own-clause",
     "Основными противниками выступали представители ХДС, считавшие, что давать бесплатно наркотики "
     "расточительно для бюджета страны.",
     [("indirect", None, "давать бесплатно наркотики")]),
    ("participle-after-a-name",
     "Против закона выступил депутат Иван Петров, считающий, что закон вреден для экономики.",
     [("indirect", "Иван Петров", "закон вреден")]),
    ("gave-to-understand",
     "Ранее Юханссон давал понять, что он не будет больше выставлять свою кандидатуру.",
     [("indirect", "Юханссон", "он не будет больше")]),
    ("agree-in-the-opinion",
     "Эксперты сходятся во мнении, что инцидент повлияет на её шансы победить.",
     [("indirect", None, "инцидент повлияет")]),
    ("statement-of-an-organisation-past-a-participle",
     "Взрыв произошёл в среду, сообщило МВД Украины.\n\n"
     "В заявлении МВД, опубликованном в Facebook, говорится, что в результате взрыва был ранен депутат Игорь "
     "Мосийчук.",
     [("indirect", "МВД Украины", "в результате взрыва")]),
    ("about-this-past-a-caption",
     "Президент УЕФА Леннарт Юханссон передумал уходить на пенсию и намерен продолжить своё президентство.\n"
     "Леннарт Юханссон\n"
     "Об этом Юханссон заявил на шведском телевидении.",
     [("indirect", "Леннарт Юханссон", "Президент УЕФА Леннарт Юханссон передумал")]),
    ("pronoun-after-a-post-subject-nearer-than-a-name",
     "Нурсултан Назарбаев назначил дату выборов.\n\n"
     "Причиной отказа стала «неточность формулировок», заявил председатель совета Игорь Рогов. Президент и сам "
     "неоднократно критически отзывался о намерении депутатов. «Если мне позволят здоровье и силы, я буду "
     "работать», — добавил он.",
     [("direct", "Нурсултан Назарбаев", "Если мне позволят")]),
    ("quotation-paragraph-after-a-speech-verb",
     "Министр образования Иван Петров отметил заслуги учёных.\n\n"
     "«Наши учёные сделали огромную работу. Мы гордимся ими».\n\n"
     "Вчера министр наградил победителей.",
     [("direct", "Иван Петров", "Наши учёные сделали")]),
    ("feminine-pronoun-for-an-organisation-subject",
     "Еврокомиссия изначально также выступала против этой сделки. В конце декабря, однако, она закончила своё "
     "расследование объединения и заявила, что не видит в нём никаких противоречий.",
     [("indirect", "Еврокомиссия", "не видит в нём")]),
    ("indeclinable-name-parsed-as-object",
     "Актёр Кевин Спейси извинился. Спейси в свою очередь ответил в Twitter, что ему было жутко услышать об "
     "истории.",
     [("indirect", "Кевин Спейси", "ему было жутко")]),
    ("reports-of-people",
     "Врачи прооперировали Гиффордс. По сообщениям докторов, она реагирует на простые команды.",
     [("indirect", None, "она реагирует")]),
]


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for _, text, expected in SHAPES],
                         ids=[name for name, _, _ in SHAPES])
def test_dev8_shapes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = _quotes(text)
    for kind, speaker, opening in expected:
        assert any(k == kind and s == speaker and t.startswith(opening) for k, s, t in found), found


# (id, text): no quote at all
NOT_QUOTES = [
    ("denial-of-a-claim", "Министр опроверг предположения, что он уйдёт в отставку."),
    ("reason-given-as-a-noun", "Евросоюз приостановил работу миссии в Грузии, объяснив это заботой о безопасности."),
    ("participle-describing-only", "Считающие голоса наблюдатели покинули участок."),
    ("reports-of-the-media", "По сообщениям СМИ, переговоры завершились."),
    ("reports-of-an-agency", "По сообщению ТАСС, переговоры завершились."),
    ("reports-of-bloggers-and-the-media", "Всего, по сообщениям блоггеров и СМИ, было задержано более 30 человек."),
]


@pytest.mark.parametrize("text", [text for _, text in NOT_QUOTES], ids=[name for name, _ in NOT_QUOTES])
def test_dev8_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_dev8_is_consistent() -> None:
    """Every annotated span of the eighth dev set is the text it claims; every text is a factRuEval-2016 dev text
    (never its test set) that no other quote dev set holds."""
    from letopis.bench.quotes import DEV8_SET, HELDOUT_SET, SETS, load_dev_set

    assert DEV8_SET in [path for _, path in SETS]
    items = load_dev_set(DEV8_SET)
    assert len(items) == 20
    others = {item["source"] for _, path in SETS if path not in (DEV8_SET, HELDOUT_SET) and path.exists()
              for item in load_dev_set(path)}
    for item in items:
        assert item["source"].startswith("factrueval-2016/devset/") and item["source"] not in others
        assert item["licence"] == "MIT"
        for quote in item["quotes"]:
            assert quote["kind"] in ("direct", "indirect")
            assert item["text"][quote["start"]:quote["stop"]] == quote["text"]
