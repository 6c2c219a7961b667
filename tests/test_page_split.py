"""Splitting a page into reports, and reading each report's outlet and cited source."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.sources import read_text
from letopis.sources.attribution import attribution
from letopis.sources.morph import nominative
from letopis.sources.page import line_kind

SAMPLE = Path(__file__).parents[1] / "letopis/data/demo/kazinform-belta-visit.txt"
BELTA_HEADLINE = (
    "Р.Головченко: фундамент белорусско-казахстанского сотрудничества - торгово-экономические отношения"
)


@pytest.fixture(scope="module")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_sample_gives_two_reports(sample: str) -> None:
    articles = read_text(sample)
    assert [a.text.split("\n")[0][:60] for a in articles] == [
        "Президент Казахстана Касым-Жомарт Токаев положительно оценил",
        BELTA_HEADLINE[:60],
    ]


def test_sample_cuts_at_the_headline(sample: str) -> None:
    first, second = read_text(sample)
    assert first.text.endswith("- сказал Роман Головченко.")
    assert second.text.startswith(BELTA_HEADLINE + "\n")
    assert sample.index(second.text) == sample.index(BELTA_HEADLINE)


def test_sample_titles(sample: str) -> None:
    assert [a.title for a in read_text(sample)] == [None, BELTA_HEADLINE]


def test_sample_outlets_and_cites(sample: str) -> None:
    assert [(a.outlet, a.cites) for a in read_text(sample)] == [
        ("МИА «Казинформ»", "пресс-служба Акорды"),
        ("БЕЛТА", None),
    ]


def test_sample_ids_differ(sample: str) -> None:
    first, second = read_text(sample)
    assert first.id != second.id


ONE_ARTICLE_WITH_TITLE = """\
Мирзиёев и Токаев обсудили торговлю
Президент Узбекистана Шавкат Мирзиёев провел телефонный разговор с Президентом Казахстана.
Стороны обсудили ход реализации договоренностей, достигнутых в ходе визита в Ташкент.
"""

SUBHEADINGS = """\
Что изменится в сентябре
С 1 сентября вступают в силу новые правила, сообщает пресс-служба правительства.
Пенсии
Размер выплат вырастет на шесть процентов, как сообщает Интерфакс, со ссылкой на Минтруд.
Налоги
Как сообщает ТАСС, ставки останутся прежними.
"""

WRAPPED = """\
Глава МИД России Сергей Лавров провел переговоры с министром
иностранных дел Армении Араратом Мирзояном в Москве. Стороны
обсудили ход выполнения трехсторонних заявлений лидеров
и подготовку к следующему раунду консультаций.

Министры также обсудили ситуацию в регионе.
"""


@pytest.mark.parametrize(
    "page",
    [ONE_ARTICLE_WITH_TITLE, SUBHEADINGS, WRAPPED],
    ids=["title-line", "subheadings-with-cited-agencies", "hard-wrapped"],
)
def test_one_article_stays_one(page: str) -> None:
    [article] = read_text(page)
    assert article.text == page.strip()


def test_title_line_on_top_becomes_title() -> None:
    [article] = read_text(ONE_ARTICLE_WITH_TITLE)
    assert article.title == "Мирзиёев и Токаев обсудили торговлю"


def test_page_without_title_has_none() -> None:
    [article] = read_text("Встреча прошла в Минске.\nСтороны подписали соглашение.")
    assert article.title is None


TWO_DATELINED = """\
Путин и Лукашенко провели переговоры
МОСКВА, 12 мая. /ТАСС/. Президент России Владимир Путин провел переговоры с Александром Лукашенко.
Стороны обсудили интеграцию.
12 мая 2023, 14:35
Лукашенко: Минск готов к новым проектам
МИНСК, 12 мая - РИА Новости. Президент Беларуси заявил о готовности к новым проектам.
"""


def test_datelined_reports_split() -> None:
    articles = read_text(TWO_DATELINED)
    assert [(a.title, a.outlet) for a in articles] == [
        ("Путин и Лукашенко провели переговоры", "ТАСС"),
        ("Лукашенко: Минск готов к новым проектам", "РИА Новости"),
    ]


def test_new_report_keeps_its_date_line() -> None:
    second = read_text(TWO_DATELINED)[1]
    assert second.text.startswith("12 мая 2023, 14:35\nЛукашенко:")


def test_closing_source_line_ends_a_report() -> None:
    page = (
        "Встреча прошла в Минске. Стороны подписали соглашение.\n"
        "Источник: ТАСС\n"
        "Новый завод откроют в Костанае\n"
        "Строительство начнется весной. Проект оценивается в 50 млн долларов.\n"
    )
    articles = read_text(page)
    assert [(a.title, a.outlet) for a in articles] == [
        (None, "ТАСС"),
        ("Новый завод откроют в Костанае", None),
    ]


def test_offsets_stay_inside_the_page(sample: str) -> None:
    for article in read_text(sample):
        assert article.text in sample


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (BELTA_HEADLINE, "head"),
        ("Мирзиёев и Токаев обсудили торговлю", "head"),
        ("Глава государства особо отметил наличие постоянного контакта.", "body"),
        ("- Мы всегда были союзниками и партнерами", "body"),
        ("«Мы выполняем те задачи и договоренности»", "body"),
        ("Что будет с курсом рубля?", "body"),
        ("Он сказал:", "body"),
        ("и подготовку к следующему раунду консультаций", "body"),
        ("1. Товарооборот вырос на треть", "body"),
        ("Фото: Reuters", "meta"),
        ("12 мая 2023, 14:35", "meta"),
        ("https://www.belta.by/president/", "meta"),
        ("Путин: \"Мы готовы к диалогу\"", "head"),
        ("А" * 210, "body"),
    ],
    ids=["agency-headline", "title", "sentence", "dialogue", "quote", "question", "colon", "continuation",
         "list-item", "photo-credit", "date", "url", "headline-with-quote", "too-long"],
)
def test_line_kind(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("paragraph", "outlet", "cites"),
    [
        ("Токаев оценил связи, передает МИА «Казинформ» со ссылкой на пресс-службу Акорды.",
         "МИА «Казинформ»", "пресс-служба Акорды"),
        ("Об этом заявил Роман Головченко, передает корреспондент БЕЛТА.", "БЕЛТА", None),
        ("Как передает корреспондент БелТА, встреча прошла в Минске.", "БЕЛТА", None),
        ("МОСКВА, 12 мая. /ТАСС/. Президент провел переговоры.", "ТАСС", None),
        ("МИНСК, 12 мая - РИА Новости. Президент провел переговоры.", "РИА Новости", None),
        ("АСТАНА. КАЗИНФОРМ - Глава государства принял посла.", "МИА «Казинформ»", None),
        ("Встреча прошла в Минске — ТАСС", "ТАСС", None),
        ("Встреча прошла в Минске (РИА Новости).", "РИА Новости", None),
        ("Сделка закрыта, пишет газета «Коммерсантъ» со ссылкой на источники в правительстве.",
         "Коммерсантъ", "источники в правительстве"),
        ("Как сообщает Интерфакс, встреча прошла в Минске.", None, "Интерфакс"),
        ("Инфляция, по данным Росстата, замедлилась.", None, "Росстат"),
        ("Встреча прошла в Минске, сообщает пресс-служба МВД.", None, "пресс-служба МВД"),
        ("Об этом сообщили в пресс-службе Кремля.", None, "пресс-служба Кремля"),
        ("Встреча прошла в Минске, сообщил министр.", None, None),
    ],
    ids=["kazinform-citing-akorda", "belta-correspondent", "belta-correspondent-first", "tass-dateline",
         "ria-dateline", "kazinform-dateline", "trailing-dash", "parenthesis", "kommersant-citing",
         "cited-agency", "po-dannym", "press-service", "soobshchili-v", "speaker-is-no-source"],
)
def test_attribution(paragraph: str, outlet: str | None, cites: str | None) -> None:
    found = attribution([paragraph])
    assert (found.outlet, found.cites) == (outlet, cites)


@pytest.mark.parametrize(
    ("phrase", "case", "expected"),
    [
        ("пресс-службу Акорды", "accs", "пресс-служба Акорды"),
        ("Росстата", "gent", "Росстат"),
        ("российского министерства финансов", "gent", "российское министерство финансов"),
        ("Дмитрия Пескова", "accs", "Дмитрий Песков"),
        ("пресс-службе Кремля", "loct", "пресс-служба Кремля"),
        ("МИД", "gent", "МИД"),
        ("газету «Известия»", "accs", "газета «Известия»"),
    ],
    ids=["press-service", "rosstat", "adjective-agrees", "person", "locative", "acronym", "quoted-name"],
)
def test_nominative(phrase: str, case: str, expected: str) -> None:
    assert nominative(phrase, case) == expected
