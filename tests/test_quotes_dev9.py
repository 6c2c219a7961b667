"""The quotes stage on the ninth dev set's lessons (long BSNLP-2021 news articles dense in direct speech): verbs
of manner after a quotation ("— улыбнулся Байден", "—обратился он к протестующим"), a post and its holder's name
both parsed as subjects ("заведующая поликлиникой №2 Светлана Андреева"), the outlet's reporter who is not the
doctor she quotes, and a "представитель" who spoke already rather than one named only further on."""

from __future__ import annotations

import pytest
from quotes_described import described_quotes

_quotes = described_quotes


# (id, text, [(kind, speaker, the quoted text starts with)])
SHAPES = [
    ("smiled-after-a-quotation",
     "Журналисты спросили президента о разговоре с канцлером. «Мы говорили о погоде», — улыбнулся Эммануэль "
     "Макрон, покидая зал.",
     [("direct", "Эммануэль Макрон", "Мы говорили о погоде")]),
    ("addressed-with-a-dash-glued-to-the-verb",
     "Мэр Москвы Сергей Собянин выступил по телевидению. «Пожалуйста, оставайтесь дома!», —обратился "
     "Собянин к москвичам.",
     [("direct", "Сергей Собянин", "Пожалуйста, оставайтесь дома!")]),
    ("asked-in-a-split-quotation",
     "«Вы уверены? — спросил Алексей Навальный. — Это ведь опасно».",
     [("direct", "Алексей Навальный", "Вы уверены?"), ("direct", "Алексей Навальный", "Это ведь опасно")]),
    ("post-and-name-both-parsed-as-subjects",
     "В поликлиниках очереди. «Прививка переносится легко, температура поднимается редко», – рассказала "
     "заведующая поликлиникой №5 Ольга Смирнова.",
     [("direct", "Ольга Смирнова", "Прививка переносится легко")]),
    ("a-doctor-is-not-the-reporter",
     "Корреспондент «Первого канала» Мария Орлова рассказала подробности. В торговом центре открылся "
     "прививочный пункт. «После прививки нужно полчаса посидеть в коридоре», – объяснила врач.",
     [("direct", None, "После прививки нужно")]),
    ("a-representative-who-spoke-already",
     "«Следствие идёт», — сказал руководитель офиса президента Украины Андрей Ермак. «Депутаты разберутся в этом "
     "вопросе», — добавил представитель офиса президента.\n\nМатериалы содержали требование со стороны "
     "представителя администрации США уволить генпрокурора Украины Виктора Шокина.",
     [("direct", "Андрей Ермак", "Депутаты разберутся")]),
    ("quotation-paragraph-after-a-colon-with-a-quote-before",
     "«Переговоры были деловыми», — говорится в сообщении Кремля.\n\nПресс-секретарь Белого дома Дженнифер Псаки "
     "рассказала журналистам, какую цель преследовал президент в разговоре:\n\n«Его намерение состояло в том, "
     "чтобы дать понять, что Соединенные Штаты будут защищать свои интересы».",
     [("direct", "Дженнифер Псаки", "Его намерение состояло")]),
    ("a-newspaper-remarks-after-a-colon",
     "Сенат утвердил бюджет. Об этом сообщают информационные агентства и газета «Вашингтон пост» (WP), которая "
     "отмечает:\n\n«Таким образом Сенат завершил многомесячный спор о расходах на оборону».",
     [("direct", "Вашингтон пост", "Таким образом Сенат завершил")]),
    ("cue-then-a-name-in-apposition-to-the-end",
     "Переговоры на ближайшие годы закончились, считает ведущий научный сотрудник Института США и Канады РАН, "
     "американист Дмитрий Суслов.",
     [("indirect", "Дмитрий Суслов", "Переговоры на ближайшие годы закончились")]),
    ("short-adjective-cue-after-the-words",
     "Ждать уступок от Вашингтона не приходится, уверена официальный представитель МИД Мария Захарова.",
     [("indirect", "Мария Захарова", "Ждать уступок от Вашингтона")]),
    ("past-verb-read-as-a-noun",
     "В дальнейшем Америка вряд ли пойдет навстречу России, подытожил Блохин.",
     [("indirect", "Блохин", "В дальнейшем Америка")]),
    ("accused-that",
     "Трамп вновь обвинил Байдена в том, что его сын получил миллионы долларов от иностранных компаний.",
     [("indirect", "Трамп", "его сын получил миллионы")]),
    ("a-lead-description-named-later",
     "Жительница Подмосковья обвинила соседей в том, что они отравили её собаку.\n\nКак рассказала РЕН ТВ "
     "Марина Соколова из Балашихи, собака заболела после прогулки.",
     [("indirect", "Марина Соколова", "они отравили её собаку")]),
    ("glued-sentence-end-before-an-impersonal-cue",
     "Прививка не противопоказана, заявил главный онколог Минздрава академик РАН Андрей Каприн.Ранее сообщалось, "
     "что вакцину следует применять с осторожностью.",
     [("indirect", "Андрей Каприн", "Прививка не противопоказана")]),
    ("a-closing-cue-after-a-conditional-that-clause",
     "Еще 500 тысяч доз поступят из Китая, если испытания подтвердят, что эффективность вакцины превышает 70 "
     "процентов, отметил Степанов.",
     [("indirect", "Степанов", "Еще 500 тысяч доз")]),
    ("drew-attention-to-that",
     "Представитель Пентагона Джон Кирби обратил внимание на то, что продление договора укрепит оборону страны.",
     [("indirect", "Джон Кирби", "продление договора укрепит")]),
    ("the-latter",
     "Джо Байден назвал лжецом президента Дональда Трампа, а последний заявил, что сын соперника получал деньги "
     "из-за рубежа.",
     [("indirect", "Дональд Трамп", "сын соперника получал деньги")]),
    ("statement-reported-in-the-sentence-before",
     "Президенты поговорили по телефону. На сайте Кремля сообщается, что стороны обсудили продление договора.\n\n"
     "«Президенты выразили удовлетворение обменом нотами», — говорится в сообщении.",
     [("direct", "Кремль", "Президенты выразили удовлетворение")]),
    ("title-opening-with-an-organisation-and-a-colon",
     "ВОЗ: пандемия коронавируса ещё не закончилась\n\nВсемирная организация здравоохранения призвала страны "
     "не снимать ограничения.",
     [("indirect", "ВОЗ", "пандемия коронавируса ещё не закончилась")]),
    ("straight-quotation-glued-to-the-sentence-before",
     "Кафедра применила другой адъювант — вирус табачной мозаики, поражающий растения.\"Он абсолютно безопасен для "
     "людей\", — уточняет заведующая кафедрой профессор Ольга Карпова.При нагревании вирус разрушается.",
     [("direct", "Ольга Карпова", "Он абсолютно безопасен")]),
    ("comments-after-a-quotation",
     "Разработчики молчат. \"Какова длина пептидов, чему они соответствуют?\" — комментирует генетик Павел Волчков.",
     [("direct", "Павел Волчков", "Какова длина пептидов")]),
    ("concludes-after-a-quotation",
     "Испытания приостановлены. \"Их можно продолжить только при приемлемом риске\", — заключает Анна Таланова.",
     [("direct", "Анна Таланова", "Их можно продолжить")]),
    ("noted-in-a-statement",
     "Вакцина эффективна. \"Иммунитет сохраняется до двух лет\", - отмечается в сообщении.",
     [("direct", None, "Иммунитет сохраняется до двух лет")]),
    ("noted-in-a-ministry-statement",
     "В сообщении Минздрава отмечается, что вакцина эффективна против новых штаммов.",
     [("indirect", "Минздрав", "вакцина эффективна")]),
    ("a-quoted-name-in-brackets-inside-a-straight-quotation",
     "Вакцина поступила в регион, сообщила пресс-служба главы республики.\"В республику поступила вакцина "
     "(\"Спутник V\" - ред.) в количестве 4400 доз\", - говорится в сообщении.В настоящее время идёт запись.",
     [("direct", None, "В республику поступила вакцина")]),
    ("quotation-paragraph-signed-by-a-post-and-a-name",
     "Зима будет тёплой.\n\n«Температур ниже нормы не прогнозируется ни в одном регионе», — научный руководитель "
     "Гидрометцентра России Роман Вильфанд.",
     [("direct", "Роман Вильфанд", "Температур ниже нормы")]),
    ("an-infinitive-before-the-colon-of-a-lead",
     "Юристы считают, что каждого покупателя игры могут обвинить в спонсировании ВСУ:\n\nЕсли лицо надлежащим "
     "образом уведомлено, что деньги пойдут на нужды армии, то боюсь, что покупателей могут привлечь.",
     [("direct", None, "Если лицо надлежащим образом")]),
    ("title-opening-with-a-quotation-said-by-a-post",
     "\"Ведем переговоры с пятью производителями\": премьер назвал сроки поставки вакцины\n\nОб этом сказал "
     "премьер-министр Украины Денис Шмыгаль в интервью агентству.",
     [("direct", "Денис Шмыгаль", "Ведем переговоры с пятью производителями")]),
    ("title-opening-with-a-quotation-of-nobody-named",
     "«Нас не поссорить»: Киев изучает вмешательство в выборы\n\nГосударственное бюро расследований возбудило "
     "уголовное дело.",
     [("direct", None, "Нас не поссорить")]),
]


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for _, text, expected in SHAPES],
                         ids=[name for name, _, _ in SHAPES])
def test_dev9_shapes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = _quotes(text)
    for kind, speaker, opening in expected:
        assert any(k == kind and s == speaker and t.startswith(opening) for k, s, t in found), found


# (id, text): no quote at all
NOT_QUOTES = [
    ("went-to-the-police", "Пострадавший обратился в полицию, когда вернулся домой."),
    ("smiled-in-reply", "Байден улыбнулся, когда журналисты спросили его о переговорах."),
    ("asked-for-help", "Жители спросили у мэра, когда починят дорогу."),
    ("nouns-in-t-are-no-verbs", "Власть сменилась, путь открыт."),
    ("a-quoted-name-signed-by-a-description",
     "Итоги года.\n\n«Разложение мозга» — слово 2024 года по версии Оксфордского словаря."),
    ("impersonal-noted", "Отмечается, что вакцина эффективна."),
    ("a-condition-is-no-speech", "Если министр заявит, что цены вырастут, рынок упадёт."),
    ("drew-attention-to-a-noun", "Министр обратил внимание на проблемы отрасли."),
    ("accused-of-a-noun", "Байден обвиняет Трампа в некомпетентности и подыгрывании авторитарным режимам."),
    ("title-opening-with-an-outlet", "РИА Новости: главное к утру 5 марта\n\nВ Москве прошёл снегопад."),
    ("title-opening-with-a-name-in-marks", "«Спутник V»: как записаться на прививку в Москве\n\nЗапись открыта."),
]


@pytest.mark.parametrize("text", [text for _, text in NOT_QUOTES], ids=[name for name, _ in NOT_QUOTES])
def test_dev9_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_dev9_conditional_cue_adds_no_quote() -> None:
    """"если испытания подтвердят, что ...": only the closing cue's speaker speaks."""
    found = _quotes("Еще 500 тысяч доз поступят из Китая, если испытания подтвердят, что эффективность вакцины "
                    "превышает 70 процентов, отметил Степанов.")
    assert len(found) == 1, found


def test_dev9_glued_impersonal_cue_names_no_one() -> None:
    """"...Андрей Каприн.Ранее сообщалось, что": the academy named in the sentence before does not speak."""
    found = _quotes("Прививка не противопоказана, заявил академик РАН Андрей Каприн.Ранее сообщалось, что вакцину "
                    "следует применять с осторожностью.")
    assert not any(t.startswith("вакцину") and s is not None for _, s, t in found), found


def test_dev9_is_consistent() -> None:
    """Every annotated span of the ninth dev set is the text it claims; every text is a BSNLP-2021 raw article (the
    annotations folder, a test set for base forms, is never read) that no other quote set holds."""
    from letopis.bench.quotes import DEV9_SET, HELDOUT_SET, SETS, load_dev_set

    assert DEV9_SET in [path for _, path in SETS]
    items = load_dev_set(DEV9_SET)
    assert len(items) == 12
    others = {item["source"] for _, path in SETS if path not in (DEV9_SET, HELDOUT_SET) and path.exists()
              for item in load_dev_set(path)}
    for item in items:
        assert item["source"].startswith("bsnlp-2021-ru/raw/") and item["source"] not in others
        assert item["licence"] == "CC BY-SA 4.0"
        assert 1500 <= len(item["text"]) <= 5000
        for quote in item["quotes"]:
            assert quote["kind"] in ("direct", "indirect")
            assert item["text"][quote["start"]:quote["stop"]] == quote["text"]
