"""The quotes stage on the shapes of long agency and newspaper articles (the fifth dev set's lessons): speakers
named after a place or an outlet in the attribution, coordinated posts, interviews, nested and split quotations."""

from __future__ import annotations

import pytest
from quotes_described import described_quotes

from letopis import Article, analyze

_quotes = described_quotes


# (id, text, [(kind, speaker, the quoted text starts with)])
SHAPES = [
    ("outlet-in-the-attribution",
     "«Смерть Егора стала переломным моментом», – сказал в беседе с корреспондентом «Голоса Америки» лидер "
     "Движения против нелегальной иммиграции Александр Белов.",
     [("direct", "Александр Белов", "Смерть Егора")]),
    ("name-hung-from-the-place",
     "«Изменений у нас не будет. Мы будем работать, как и раньше.»\n\nзаявил после инаугурации Рамзан Кадыров. "
     "Эти слова внушают оптимизм.",
     [("direct", "Рамзан Кадыров", "Изменений у нас")]),
    ("signed-on-the-next-line-without-a-stop",
     "«Изменений у нас не будет. Мы будем работать, как и раньше»\n\nзаявил после инаугурации Рамзан Кадыров.",
     [("direct", "Рамзан Кадыров", "Изменений у нас")]),
    ("two-posts-one-person",
     "О том, что телеканал должен ему 8 млн рублей, заявил бывший глава Русской винно-водочной компании и "
     "совладелец WFC Артур Перепёлкин.",
     [("indirect", "Артур Перепёлкин", "телеканал должен")]),
    ("post-and-name-coordinated",
     "Президент ФИДЕ Илюмжинов, Кирсан Илюмжинов сообщил, что он подписал три важных контракта.",
     [("indirect", "Кирсан Илюмжинов", "он подписал")]),
    ("second-speaker-after-a",
     "Премьер-министр Японии Наото Кан заявил, что этот визит «вызывает сожаление», а глава японского МИДа "
     "Сэйдзи Маэхара отметил, что этот поступок «ранит чувства японского народа».",
     [("indirect", "Наото Кан", "этот визит"), ("indirect", "Сэйдзи Маэхара", "этот поступок")]),
    ("second-quotation-after-colon-dash",
     "«Для меня перегрузки не очень приятная вещь. Но это продолжалось недолго», говорит Пегги Уитсон: — "
     "«Но разделение модулей корабля происходило более драматично».",
     [("direct", "Пегги Уитсон", "Для меня"), ("direct", "Пегги Уитсон", "Но разделение")]),
    ("according-to-before-a-quotation",
     "Он привел пример с процессом против газеты «Русская правда», где, по словам Брода, «публиковались "
     "обвинения антисемитского характера».",
     [("direct", "Брод", "публиковались")]),
    ("section-title-glued",
     "Заключенные журналисты в России Комитет защиты журналистов считает, что в России два журналиста "
     "находятся в заключении.",
     [("indirect", "Комитет защиты журналистов", "в России два")]),
    ("opinion-named-after-a-quotation",
     "Он утверждает, что в Гагаузии есть турецкие проекты. К тому же Турция делает все возможное: «В Гагаузии "
     "в ходу два языка — свой и русский». По мнению Романа Коноплева, самоидентификацию Молдовы можно "
     "расценивать как механизм защиты.",
     [("indirect", None, "в Гагаузии есть"), ("indirect", "Роман Коноплев", "самоидентификацию")]),
    ("clause-put-first-after-however",
     "Однако о том, что этот вопрос должен был подниматься во время встречи, сказал в интервью лидер Меджлиса "
     "Мустафа Джемилев.",
     [("indirect", "Мустафа Джемилев", "этот вопрос")]),
    ("representatives-name-nobody",
     "Представитель Роскосмоса Александр Воробьёв дал объяснение. По утверждению представителей Роскосмоса, "
     "это штатная ситуация.",
     [("indirect", None, "это штатная")]),
    ("such-an-opinion",
     "В стране будут расти цены. Такое мнение высказал министр экономики Максим Решетников.",
     [("indirect", "Максим Решетников", "В стране")]),
    ("called-with-quoted-words",
     "На панихиде Всеволод Чаплин призвал к тому, чтобы «Россия жила не по законам джунглей и гор».",
     [("direct", "Всеволод Чаплин", "Россия жила")]),
    ("does-not-rule-out",
     "Эксперты не исключают, что конфликт акционеров может довести канал до банкротства.",
     [("indirect", None, "конфликт акционеров")]),
    ("surname-first",
     "Президент Южной Кореи Юн Сок Ёль заявил, что введёт военное положение. Юн подчеркнул, что это "
     "необходимо.",
     [("indirect", "Юн Сок Ёль", "введёт"), ("indirect", "Юн Сок Ёль", "это необходимо")]),
    ("organisation-by-the-end-of-its-name",
     "Федеральное авиационное управление пояснило, что с самолётом пропала связь. Авиационное управление "
     "сообщило, что связь с бортом восстановили.",
     [("indirect", "Федеральное авиационное управление", "с самолётом"),
      ("indirect", "Федеральное авиационное управление", "связь с бортом")]),
    ("people-told-before-the-clause",
     "Перепёлкин оповестил всех партнёров World Fashion Channel о том, что его владельцы крадут доходы канала.",
     [("indirect", "Перепёлкин", "его владельцы")]),
    ("glued-sentence-adds",
     "Официальный представитель МИД Мария Захарова провела брифинг. «Это был важный визит».Она добавила, что "
     "переговоры продолжатся.",
     [("direct", "Мария Захарова", "Это был"), ("indirect", "Мария Захарова", "переговоры")]),
    ("statement-on-the-organisations-site",
     "Посольство США в Киеве предупредило граждан об угрозе. «Из соображений предосторожности посольство будет "
     "закрыто», — говорится в заявлении на сайте посольства.",
     [("direct", "Посольство США", "Из соображений")]),
    ("she-after-a-foreign-name",
     "Аун Сан Су Чжи заявила, что будет бороться. Позже она отметила, что надеется на диалог.",
     [("indirect", "Аун Сан Су Чжи", "будет"), ("indirect", "Аун Сан Су Чжи", "надеется")]),
    ("press-release-and-the-document-again",
     "Байден и Путин провели разговор. Как сообщается в пресс-релизе, опубликованном на сайте Белого дома, "
     "президенты обсудили договор. В документе также говорится, что Байден обсудил с Путиным выборы.",
     [("indirect", "Белый дом", "президенты"), ("indirect", "Белый дом", "Байден обсудил")]),
    ("interview-lines",
     "Мустафа Джемилев дал интервью «Голосу Америки».\n\nГолос Америки: Какова была реакция господина Эрдогана?"
     "\n\nМустафа Джемилев: Положительная была реакция! Мы ждём решений.\n\nГолос Америки: Спасибо за интервью!"
     "\n\nМустафа Джемилев: Пожалуйста.",
     [("direct", "Голос Америки", "Какова была"), ("direct", "Мустафа Джемилев", "Положительная"),
      ("direct", "Голос Америки", "Спасибо"), ("direct", "Мустафа Джемилев", "Пожалуйста")]),
]


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for _, text, expected in SHAPES],
                         ids=[name for name, _, _ in SHAPES])
def test_long_article_shapes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = _quotes(text)
    assert [(kind, speaker) for kind, speaker, _ in found] == [(kind, speaker) for kind, speaker, _ in expected]
    for (_, _, quoted), (_, _, start) in zip(found, expected, strict=True):
        assert quoted.startswith(start), (quoted, start)


# (id, text): speech verbs that are no quote here
NOT_QUOTES = [
    ("this-thing-not-this-said",
     "Космонавт выбросил скафандр. Об этом скафандре и сообщали все новостные агентства наперегонки."),
    ("question-put-to-him",
     "На вопрос, верит ли он, что Трамп сможет остановить войну, Зеленский ответил утвердительно."),
    ("called-without-quoted-words", "Всеволод Чаплин призвал к тому, чтобы власти навели порядок."),
    ("did-not-rule-out-a-noun", "Министр не исключил возможности переговоров."),
    ("repeated-labels-name-nobody", "Новость дня.\n\nФото: пресс-служба\n\nТекст заметки.\n\nФото: архив"),
    ("one-letter-labels", "А: а\n\nА: б\n\nА: в"),
    ("emoji-only", "🔥🔥🔥"),
    ("marks-only", "«" * 500),

]


@pytest.mark.parametrize("text", [text for _, text in NOT_QUOTES], ids=[name for name, _ in NOT_QUOTES])
def test_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_dev5_is_consistent() -> None:
    """Every annotated span of the fifth dev set is the text it claims; every text names its source and licence."""
    from letopis.bench.quotes import DEV5_SET, SETS, load_dev_set

    assert DEV5_SET in [path for _, path in SETS]
    items = load_dev_set(DEV5_SET)
    assert len(items) == 16
    for item in items:
        assert item["source"].startswith("factrueval-2016/devset/") and item["licence"] == "MIT"
        for quote in item["quotes"]:
            assert quote["kind"] in ("direct", "indirect")
            assert item["text"][quote["start"]:quote["stop"]] == quote["text"]


def test_whom_he_told_is_not_the_speaker() -> None:
    """The parse leaves the verb without a subject (a relative clause between): the people told after it do not
    speak."""
    doc = analyze(Article(text="Напомним, после разлада с руководством канала Перепёлкин, которому принадлежит треть "
                                "акций медиаресурса, оповестил всех партнёров World Fashion Channel о том, что его "
                                "владельцы крадут доходы канала."))[0]
    assert not [q for q in doc.quotes if q.speaker_text.startswith("всех партнёров")]


def test_dev6_is_consistent() -> None:
    """Every annotated span of the sixth dev set is the text it claims; every text names its source and licence."""
    from letopis.bench.quotes import DEV6_SET, SETS, load_dev_set

    assert DEV6_SET in [path for _, path in SETS]
    items = load_dev_set(DEV6_SET)
    assert len(items) == 18
    for item in items:
        assert item["source"].startswith("nerel/NEREL-v1.1/") and "/test/" not in item["source"]
        assert item["licence"].startswith("CC BY")
        for quote in item["quotes"]:
            assert quote["kind"] in ("direct", "indirect")
            assert item["text"][quote["start"]:quote["stop"]] == quote["text"]
