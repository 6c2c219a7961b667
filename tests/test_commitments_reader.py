"""Commitments a reader can trust: what was agreed names an act, not a side, a date or a reason; questions,
promises of things and plans of no actor are none; the outlet's attribution and markdown stay out of the text."""

from __future__ import annotations

import pytest

from letopis import Article, Pipeline
from letopis.analysis.commitments import read_status_cues


def texts_of(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-11-20"))
    return [(c.text, c.status) for c in doc.commitments]


@pytest.mark.parametrize("text", [
    # only with or to whom, by whom, when or why it was agreed
    pytest.param("Перемирие между Израилем и Ливаном достигнуто по предложению США, заявил Байден.",
                 id="on-whose-proposal"),
    pytest.param("Байден принял это решение в ответ на отправку северокорейских солдат в Курскую область.",
                 id="in-answer-to"),
    pytest.param("Такое решение принято из-за обострения ситуации с безопасностью.", id="because-of"),
    pytest.param("С 23 октября на улицах Москвы действует карантин, согласно распоряжению, подписанному мэром "
                 "Сергеем Собяниным.", id="by-whom"),
    pytest.param("Замглавы Генштаба сознался во взятке и заключил сделку со следствием.", id="with-whom"),
    pytest.param("Контракт должен быть подписан не ранее 1 декабря.", id="when"),
    pytest.param("Путин подписал несколько законов.", id="documents-of-nothing"),
    pytest.param("Лидеры стран ОДКБ подписали более десятка документов по итогам саммита в Астане.",
                 id="documents-after-a-summit"),
    # a promise of a thing, not of an act
    pytest.param("Синоптики обещают мощные ливни и обильный снегопад.", id="weather"),
    pytest.param("Разработчики пообещали хорошую концовку.", id="a-game"),
    pytest.param("Коновалову обещали 20 млн рублей за убийство.", id="money-to-someone"),
    # a question
    pytest.param("Какие советы вы бы дали тем, кто хочет создать новую компанию?", id="question-of-advice"),
    pytest.param("Почему Россия и Белоруссия решили отменить роуминг?", id="question-of-a-decision"),
    # no actor behind a plan, a promise or a decision
    pytest.param("Нейросеть проанализирует параметры опухоли и создаст чертёж препарата.", id="a-network-creates"),
    pytest.param("Это создаст бинарный файл в корневой директории.", id="this-creates"),
    pytest.param("Синоптики обещают, что метеорологическая зима придет в Москву на этих выходных.",
                 id="forecasters-promise"),
    pytest.param("Миша обещал бросить свою жену.", id="private-life"),
    pytest.param("После осмотра врачи приняли решение доставить его в больницу.", id="doctors-decide"),
    # someone else's act: a demand, a tool, a command, how a deed was done
    pytest.param("Борис Джонсон требует ввести британские войска на Украину.", id="a-demand"),
    pytest.param("В новой статье рассказываем о фреймворке, который поможет создать голосового ассистента.",
                 id="a-tool-helps"),
    pytest.param("Специально к распродаже банк подготовил промокод — введите его, когда будете отправлять средства.",
                 id="a-command"),
    pytest.param("Сотни онкобольных развели на миллионы рублей, обещая вылечить от рака.", id="a-scam"),
    pytest.param("За это им обещали заплатить 120 тысяч рублей.", id="promised-by-no-one"),
    pytest.param("В музее обещают вернуть деньги за уже приобретенные билеты.", id="they-promise"),
    pytest.param("Дуб в парке, как и обещали, частично переделали.", id="as-promised"),
    pytest.param("Дамы договорились на процедурки за 2400 рублей и назначили день.", id="ladies-agree"),
    pytest.param("В Москве перестали согласовывать строительство новых проектов апартаментов.", id="stopped"),
    pytest.param("Решение о ее отключении принял лично Линус Торвальдс, создатель Linux.", id="who-after-the-verb"),
    pytest.param("Закон о лишении прав за рамки в понедельник подписал Владимир Путин.", id="signer-after-the-verb"),
])
def test_no_commitment(pipeline: Pipeline, text: str) -> None:
    assert texts_of(pipeline, text) == []


@pytest.mark.parametrize(("text", "what", "status"), [
    # the partner and the addressee are not what was agreed
    pytest.param("Министр обороны Украины Рустем Умеров договорился с правительством Норвегии о финансировании "
                 "производства оружия.", "о финансировании производства оружия", "decided", id="partner-skipped"),
    pytest.param("Канцлер Австрии пообещал австрийцам, что они не замерзнут без российского газа.",
                 "что они не замерзнут без российского газа", "promised", id="addressee-skipped"),
    pytest.param("Избранный президент США Дональд Трамп пообещал сразу после вступления в должность повысить пошлины "
                 "на товары из Мексики.", "повысить пошлины на товары из Мексики", "promised", id="when-skipped"),
    pytest.param("Дональд Трамп еще на этапе предвыборной кампании пообещал, в частности, повысить пошлины на "
                 "китайский импорт до 60%.", "повысить пошлины на китайский импорт до 60%", "promised",
                 id="in-particular-skipped"),
    pytest.param("В Британии пообещали вступить в бой с Россией сегодня вечером.",
                 "вступить в бой с Россией сегодня вечером", "promised", id="a-state-speaks-by-its-place"),
    # the outlet's attribution ends the clause
    pytest.param("Шольц и Путин договорились поддерживать контакт, заявляют СМИ.", "поддерживать контакт",
                 "decided", id="say-the-media"),
    pytest.param("Израиль согласился на перемирие с «Хезболлой», — Reuters.", "на перемирие с «Хезболлой»",
                 "decided", id="dash-reuters"),
    pytest.param("Президент Абхазии пообещал отозвать документ из парламента, сообщает ТАСС.",
                 "отозвать документ из парламента", "promised", id="reports-tass"),
    pytest.param("Банк России пообещал снизить ключевую ставку, об этом говорится в сообщении регулятора.",
                 "снизить ключевую ставку", "promised", id="it-is-said"),
    pytest.param("США хотят ввести новые санкции против России, заявил советник Байдена по безопасности Салливан.",
                 "США хотят ввести новые санкции против России", "promised", id="said-the-adviser"),
    pytest.param("По данным Reuters, новый совет по криптовалютам создаст резерв страны в криптовалюте.",
                 "новый совет по криптовалютам создаст резерв страны в криптовалюте", "promised",
                 id="according-to"),
    pytest.param("Зеленский пообещал, что подпишет законопроект о гражданских партнерствах, — СМИ.",
                 "законопроект о гражданских партнерствах", "promised", id="dash-media"),
    # markdown and links are not part of it
    pytest.param("Компания Orbex пообещала запустить свою ракету в 2025 году https://example.com/news/1",
                 "запустить свою ракету в 2025 году", "promised", id="address-at-the-end"),
    pytest.param("**Путин подписал закон о налогообложении цифровой валюты**",
                 "закон о налогообложении цифровой валюты", "signed", id="bold-around"),
    pytest.param("Путин подписал закон **о запрете пропаганды чайлдфри в интернете, СМИ, кино и рекламе.**",
                 "закон о запрете пропаганды чайлдфри в интернете, СМИ, кино и рекламе", "signed", id="bold-inside"),
    pytest.param("Нескольким протестующим власти [пообещали](https://example.com/news) предоставить эфир сегодня "
                 "вечером.", "предоставить эфир сегодня вечером", "promised", id="link-on-the-verb"),
    # a clause of its own ends it
    pytest.param("Урсула фон дер Ляйен обещала скупать у США газ, Бербок из ФРГ перестала критиковать Трампа.",
                 "скупать у США газ", "promised", id="next-clause"),
    # a document the trigger ends in leads what was signed, unless a topic after "о" says it
    pytest.param("Власти Москвы заключили договоры на строительство новых школ по программе реновации.",
                 "договоры на строительство новых школ по программе реновации", "signed", id="contracts-for"),
    pytest.param("Правительство Петербурга и ВТБ заключили соглашение о строительстве широтной магистрали.",
                 "о строительстве широтной магистрали", "signed", id="agreement-on"),
    pytest.param("Было принято решение создать в индустриальной зоне Костаная белорусский индустриальный центр.",
                 "создать в индустриальной зоне Костаная белорусский индустриальный центр", "decided",
                 id="decision-without-its-word"),
    pytest.param("Оба шахматиста и их менеджеры согласовали все технические детали матча.",
                 "все технические детали матча", "decided", id="two-sides-named-agree"),
    # a status word inside what was decided is not its status
    pytest.param("Руководство университета приняло решение открыть в этот выходной день новый корпус.",
                 "открыть в этот выходной день новый корпус", "decided", id="open-is-what-not-status"),
    # real commitments stay
    pytest.param("Россия и Белоруссия решили отменить роуминг в Союзном государстве.",
                 "отменить роуминг в Союзном государстве", "decided", id="roaming"),
    pytest.param("Владимир Путин подписал закон о повышении МРОТ с 1 января 2025 года.",
                 "закон о повышении МРОТ с 1 января 2025 года", "signed", id="minimum-wage"),
    pytest.param("Путин подписал закон, утверждающий федеральный бюджет России на 2025 год.",
                 "закон, утверждающий федеральный бюджет России на 2025 год", "signed", id="budget"),
    pytest.param("Правительство пообещало помощь пострадавшим регионам.", "помощь пострадавшим регионам", "promised",
                 id="promised-aid"),
    pytest.param("Развитые державы пообещали увеличить компенсации небогатым странам втрое к 2035 году.",
                 "увеличить компенсации небогатым странам втрое к 2035 году", "promised", id="powers"),
    pytest.param("Асад пообещал победить терроризм в Сирии.", "победить терроризм в Сирии", "promised",
                 id="one-name-of-state"),
    pytest.param("Франция планирует создать баллистическую ракету с дальностью в 1000 км.",
                 "Франция планирует создать баллистическую ракету с дальностью в 1000 км", "promised",
                 id="a-state-plans"),
    pytest.param("Байден пообещал гладкую передачу власти.", "гладкую передачу власти", "promised",
                 id="a-foreign-surname-is-no-given-name"),
    pytest.param("Туристический налог вместо курортного сбора будет введен в Санкт-Петербурге с 1 января 2025 года.",
                 "Туристический налог вместо курортного сбора будет введен в Санкт-Петербурге с 1 января 2025 года",
                 "promised", id="passive-subject-is-what-is-done"),
    pytest.param("Unity меняет бизнес-модель — компания введёт комиссию в зависимости от количества установок игры.",
                 "компания введёт комиссию в зависимости от количества установок игры", "promised",
                 id="a-company-plans"),
    pytest.param("Госдума планирует 10 декабря рассмотреть проект о запрете принимать в школы детей мигрантов, "
                 "сообщил Володин.", "проект о запрете принимать в школы детей мигрантов", "discussed",
                 id="discussed-without-its-source"),
    pytest.param("В России семьям с детьми введут «налоговый кешбэк».",
                 "В России семьям с детьми введут «налоговый кешбэк»", "promised", id="unnamed-government"),
])
def test_what_was_agreed(pipeline: Pipeline, text: str, what: str, status: str) -> None:
    assert texts_of(pipeline, text) == [(what, status)]


def test_a_commitment_spans_its_text(pipeline: Pipeline) -> None:
    """start and stop cut the clause from the article, edges trimmed of markdown and emoji."""
    text = "⚡️**Путин подписал закон о налогообложении цифровой валюты**"
    doc = pipeline.analyze_one(Article(text=text, published="2024-11-20"))
    [commitment] = doc.commitments
    assert text[commitment.start:commitment.stop] == "закон о налогообложении цифровой валюты"


@pytest.mark.parametrize(("row", "field", "word"), [
    pytest.param("помощь\t-\tact", "acts", "помощь", id="act"),
    pytest.param("создание\t-\tproject", "acts", "создание", id="project-is-an-act"),
    pytest.param("предложение\t-\tcircumstance", "circumstances", "предложение", id="circumstance"),
    pytest.param("сообщить\t-\tattribution", "attributions", "сообщить", id="attribution"),
])
def test_word_roles_load(row: str, field: str, word: str) -> None:
    cues = read_status_cues("# header\n" + row)
    assert word in getattr(cues, field)
