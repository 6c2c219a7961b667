"""Quote shapes of long news articles (the sixth quote dev set, Russian Wikinews): a speaker named after a list of
posts or a participle, a quotation going on after "– сказал X, когда ... . – «...»", a quotation split once more after
a first one in the same sentence, an unmarked answer after a long lead ending in a colon, words signed by a dash
without a comma."""

from __future__ import annotations

import pytest

from letopis import Article, analyze


def _quotes(text: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker name or None, cue, quoted text) of every quote, in text order."""
    doc = analyze(Article(text=text))[0]
    names = {e.id: e.name for e in doc.entities}
    return [(q.kind, names.get(q.speaker) if q.speaker else None, q.cue, q.text) for q in doc.quotes]


# (id, text, which quote (index), kind, speaker's surname, the quoted text starts with, ends with)
SHAPES = [
    ("posts-listed-before-the-name",
     "«Вентворт Миллер — молодец. Браво», — заявил актер, продюсер и директор Нейл Патрик Харрис, известный своими "
     "ролями в сериалах.",
     0, "direct", "Харрис", "Вентворт Миллер", "Браво"),
    ("participle-before-the-speaker",
     "«Согласно конституции, он может принести присягу перед Верховным судом», — сказал поддерживающий Чавеса "
     "законодатель Хосе Авила.",
     0, "direct", "Авила", "Согласно конституции", "Верховным судом"),
    ("place-read-as-a-second-subject",
     "Телеведущий Энди Коэн отказался вести конкурс.\n\n"
     "В интервью E! News он объяснил это тем, что «из-за дискриминационной политики геи не могут чувствовать себя "
     "в безопасности».",
     0, "direct", "Коэн", "из-за дискриминационной", "в безопасности"),
    ("second-quotation-split-in-one-sentence",
     "«На мой взгляд, пришла пора вернуть милиции её прежнее наименование», — сказал Дмитрий Медведев на совещании "
     "по поправкам в закон «О милиции» — «Ещё со времен революции органы правопорядка стали именоваться милицией, — "
     "напомнил Медведев. — Я имею в виду, что это дружинники в погонах».",
     1, "direct", "Медведев", "Ещё со времен", "именоваться милицией"),
    ("words-go-on-after-a-dash",
     "«Я не могу вам точно сказать», – сказал Дональд Трамп, когда его спросили о здоровье Ким Чен Ына на "
     "пресс-конференции. – «У меня есть очень хорошее понимание ситуации, но я не могу сейчас об этом говорить».",
     1, "direct", "Трамп", "У меня есть", "об этом говорить"),
    ("long-lead-ending-in-a-colon",
     "Актёр Кевин Спейси ответил в Twitter, что ему было жутко услышать эту историю, о которой он даже не помнил. "
     "Он принёс искренние извинения за свои действия, объяснив их сильным алкогольным опьянением:\n"
     "Я в ужасе от этой истории. Я правда не помню этой встречи, ведь это было более 30 лет назад.",
     1, "direct", "Спейси", "Я в ужасе", "30 лет назад."),
    ("dash-without-a-comma",
     "Внучка поэта, певица Варвара Визбор рассказала журналистам о судьбе деда.\n\n"
     "В его песнях для меня весь его образ в сжатой форме, все я это чувствую через его песни — сказала "
     "Варвара Визбор.",
     0, "direct", "Визбор", "В его песнях", "через его песни"),
    ("first-person-only-in-the-quoted-words",
     "Малайзия не критикует лагеря в Синьцзяне, а Китай — «очень могущественное государство» и «выгоден нам», "
     "заявил премьер-министр Махатхир Мохамад.",
     0, "indirect", "Мохамад", "Малайзия не критикует", "«выгоден нам»"),
    ("quotation-ends-the-authors-sentence",
     "Председатель КНР Си Цзиньпин выступил на собрании. Марксизм вывел Китай на путь «построения "
     "социалистического модернизированного государства», заявил Си Цзиньпин.",
     0, "indirect", "Си Цзиньпин", "Марксизм вывел", "государства»"),
    ("possessive-before-the-post",
     "Малайзия не хочет конфликтовать с Китаем из-за спорного моря, заявил её премьер-министр Махатхир Мохамад.",
     0, "indirect", "Мохамад", "Малайзия не хочет", "спорного моря"),
    ("title-opening-with-a-post",
     "Глава Малайзии: мы не хотим противостоять Китаю\n"
     "Малайзия не хочет конфликтовать с Китаем из-за спорного моря, заявил её премьер-министр Махатхир Мохамад.",
     0, "indirect", "Мохамад", "мы не хотим", "противостоять Китаю"),
    ("said-in-the-interview",
     "«Мы наблюдаем за ними, но не пытаемся проявить агрессию», — отметил Махатхир Мохамад. «Мы выжили, потому что "
     "знаем, как себя вести», — говорится в интервью.",
     1, "direct", "Мохамад", "Мы выжили", "себя вести"),
    ("pronoun-goes-on-with-the-reporter",
     "Экс-президент Виктор Янукович рассказал, что не обсуждал с президентом Путиным ввод войск. В то же время он "
     "признал, что его письмо настоящее.",
     1, "indirect", "Янукович", "его письмо", "настоящее"),
    ("long-quotation-after-a-colon-without-a-verb",
     "Политолог Роман Коноплев утверждает, что Турция вкладывает деньги в Гагаузию. К тому же Турция делает всё "
     "возможное, чтобы гагаузы не забывали свой родной язык: «В Гагаузии в ходу два языка — свой, гагаузский, по "
     "сути старотурецкий, и русский».",
     1, "direct", "Коноплев", "В Гагаузии", "и русский"),
    ("first-person-sentence-after-reported-speech",
     "Астронавт Пегги Уитсон говорит, что возле корабля не было спасателей. Мне помогли выбраться из корабля люди, "
     "которые нас встретили. На заключительном этапе спуска была потеряна связь.",
     1, "direct", "Уитсон", "Мне помогли", "нас встретили"),
    ("his-words-after-naming-someone",
     "Председатель КНР Си Цзиньпин назвал Маркса «величайшим мыслителем в истории человечества». По его словам, "
     "Маркс посвятил свою жизнь борьбе за освобождение человечества.",
     0, "indirect", "Си Цзиньпин", "Маркс посвятил", "человечества"),
    ("role-is-not-the-one-talked-about",
     "По словам Си Цзиньпина, Маркс посвятил свою жизнь борьбе за освобождение человечества. Китайский лидер "
     "отметил, что марксизм изменил Китай.",
     1, "indirect", "Си Цзиньпин", "марксизм", "Китай"),
]


def test_cue_inside_the_sentence_reports_all_of_it() -> None:
    """"..., но, как пояснили в милиции, профилактические.": a word after the cue is no clause; the sentence is."""
    found = _quotes("Все прошло мирно. Правда, были задержания, но, как пояснили в милиции, профилактические.")
    assert [(k, q) for k, _, _, q in found] == [
        ("indirect", "Правда, были задержания, но, как пояснили в милиции, профилактические")], found


def test_qualified_post_is_not_the_last_speaker() -> None:
    """"Венесуэльский министр информации" holds a post of his own: not the opposition leader quoted before him."""
    found = _quotes("«Мы на это не попадемся», — заявил лидер оппозиции Энрике Каприлес.\n\nВенесуэльский министр "
                    "информации объявил в понедельник, что у Чавеса легочная инфекция.")
    assert [(k, s) for k, s, _, _ in found] == [("direct", "Энрике Каприлес"), ("indirect", None)], found


def test_answer_after_a_pronoun_lead_is_the_reporters() -> None:
    """The lead's "он" is the one reported in the sentence before, not the person he talked about there."""
    found = _quotes("Виктор Янукович дал интервью в Москве.\nВ частности экс-президент рассказал, что не обсуждал с "
                    "президентом Путиным ввод войск.\nВ то же время он признал, что его письмо президенту России "
                    "настоящее:\n"
                    "Нет, это не фальшивка. Это было заявление, я об этом письме уже давно забыл.")
    assert [s for k, s, _, q in found if k == "direct" and q.startswith("Нет, это")] == ["Виктор Янукович"], found


@pytest.mark.parametrize("text,index,kind,surname,opens,closes", [s[1:] for s in SHAPES],
                         ids=[s[0] for s in SHAPES])
def test_shape(text: str, index: int, kind: str, surname: str, opens: str, closes: str) -> None:
    found = _quotes(text)
    assert len(found) > index, found
    got_kind, speaker, _, quoted = found[index]
    assert (got_kind, quoted[:len(opens)], quoted[-len(closes):]) == (kind, opens, closes), found
    assert speaker is not None and surname in speaker, found


def test_his_words_reported_in_her_unmarked_answer() -> None:
    """An unmarked answer after a lead with a colon is her direct speech; what he said inside it is reported too."""
    found = _quotes("Екатерина Сабирова рассказала, что должна была встретиться с Борисом Березовским в Тель-Авиве:\n"
                    "Борис сам всё планировал. Он сообщил, что прилетит на полтора часа позже, что мне придется "
                    "подождать.")
    assert ("direct", "Екатерина Сабирова") in [(k, s) for k, s, _, _ in found], found
    assert any(k == "indirect" and s is not None and "Березовский" in s and q.startswith("прилетит")
               for k, s, _, q in found), found


def test_document_of_a_post_holder() -> None:
    """"В поздравлении президента России говорится:" and the unmarked text: the president's words, not Russia's."""
    found = _quotes("С юбилеем артиста поздравил президент России Владимир Путин. В поздравлении президента России "
                    "говорится:\nЧеловек талантливый и многогранный, Вы пользуетесь высоким признанием зрителей.")
    assert [(k, s) for k, s, _, _ in found] == [("direct", "Владимир Путин")], found
