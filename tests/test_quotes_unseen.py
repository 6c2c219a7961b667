"""Quote shapes found on texts the first rules never saw (the third quote dev set): Telegram markdown, titles signed
after a dash, lists of a speaker's words, posts whose holder is named later, "в X заявили", outlets after the verb."""

from __future__ import annotations

import pytest

from letopis import Article, analyze
from letopis.analysis.speakers import is_outlet


def _quotes(text: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker name or None, cue, quoted text) of every quote, in text order."""
    doc = analyze(Article(text=text))[0]
    names = {e.id: e.name for e in doc.entities}
    return [(q.kind, names.get(q.speaker) if q.speaker else None, q.cue, q.text) for q in doc.quotes]


# (id, text, which quote (index), kind, speaker, cue, the quoted text starts with, ends with)
SHAPES = [
    ("bold-between-quote-and-dash", "**«YouTube замедляет себя сам» **— заявляет Ростелеком.",
     0, "direct", "Ростелеком", "заявляет", "YouTube", "себя сам"),
    ("italics-around-the-marks",
     "__«Им не удастся уйти от ответственности»,__ — отметил премьер Грузии Ираклий Кобахидзе.",
     0, "direct", "Ираклий Кобахидзе", "отметил", "Им не удастся", "от ответственности"),
    ("pronoun-takes-the-speaking-subject",
     "Представитель МИД Германии Кристиан Вагнер заявил, что ордера на арест Нетаньяху и Путина нельзя сравнивать. "
     "По его словам, Израиль стал жертвой нападения.",
     1, "indirect", "Кристиан Вагнер", "По его словам", "Израиль стал", "нападения"),
    ("in-a-place-they-said", "В Вашингтоне заявили, что президенты договорились о развитии контактов.",
     0, "indirect", "Вашингтон", "заявили", "президенты договорились", "развитии контактов"),
    ("outlet-heard-it", "Как рассказал ТАСС Иван Сергеевич Петров, ожоги на спине сына он заметил летом.",
     0, "indirect", "Иван Сергеевич Петров", "рассказал", "ожоги на спине", "заметил летом"),
    ("title-signed-after-dash",
     "Евросоюз потратил на Украину уже 124 млрд евро, но этого мало, — еврокомиссар Дидье Рейндерс.\n\n"
     "Страны ЕС передали Украине самолеты.",
     0, "indirect", "Дидье Рейндерс", "—", "Евросоюз потратил", "этого мало"),
    ("title-only-a-quotation",
     "«К Чечне нужно относиться с осторожностью и учитывать специфику региона»\n\n"
     "Глава СПЧ Валерий Фадеев заявил, что Чечня почти полностью интегрирована в правовое поле России.",
     0, "direct", None, "", "К Чечне", "специфику региона"),
    ("content-before-a-dash-cue-is-not-the-speaker",
     "Илон Маск в правительстве Трампа — это неслыханный вызов для всего мира, — заявила экс-канцлер Германии "
     "Ангела Меркель.",
     0, "indirect", "Ангела Меркель", "заявила", "Илон Маск", "всего мира"),
    ("post-holder-named-later",
     "Губернатор Самарской области заявил, что клубы платят откаты судьям.\n\n"
     "Также Вячеслав Федорищев рассказал, что клуб задолжал 36 млн рублей.",
     0, "indirect", "Вячеслав Федорищев", "заявил", "клубы платят", "откаты судьям"),
    ("exclaimed", "«Зачем вы хамите в эфире?» — возмутился Михаил Лесин.",
     0, "direct", "Михаил Лесин", "возмутился", "Зачем вы", "в эфире?"),
    ("name-in-quotes-before-that", "Профессор Александр Бутенко рассказал в эфире радиостанции «Говорит Москва», что "
     "пожилым людям следует сделать тест перед прививкой.",
     0, "indirect", "Александр Бутенко", "рассказал", "пожилым людям", "перед прививкой"),
    ("gerund-takes-its-own-clause",
     "Сосед спас двух пострадавших и отвёз их в больницу, рассказала РИА Новости одна из спасённых, добавив, что "
     "считает это везением.",
     0, "indirect", None, "рассказала", "Сосед спас", "в больницу"),
    ("headline-colon-quote-in-bold", "**Владимир Зеленский: «Если США урежут помощь, мы проиграем войну»**",
     0, "direct", "Владимир Зеленский", ":", "Если США", "проиграем войну"),
    ("paragraph-signed-by-a-cue-line",
     "Сегодня есть две такие организации. Мы считаем, что нужно создать новую.\n\n"
     "— заявил гендиректор АНО «Диалог» Владимир Табак.",
     0, "direct", "Владимир Табак", "заявил", "Сегодня есть", "создать новую."),
    ("first-person-paragraph-after-a-report",
     "Пресс-секретарь Дмитрий Песков заявил, что лучше договариваться, чем воевать.\n\n"
     "У меня всегда есть аргумент: либо мы договоримся, либо нет. Я считаю, что лучше договориться.",
     1, "direct", "Дмитрий Песков", "", "У меня всегда", "лучше договориться."),
    ("role-after-according-to",
     "По мнению Виталия Милонова, в столице стало больше магазинов. «Как это связано с семьей?», — удивился депутат.",
     1, "direct", "Виталий Милонов", "удивился", "Как это", "с семьей?"),
    ("colon-after-a-that-clause-not-an-infinitive",
     "Подробности плана Петр Порошенко не раскрыл, однако отметил, что Украина не собирается просить о вмешательстве: "
     "«Мы не рассчитываем, что солдаты других стран будут воевать за нас».",
     1, "direct", "Петр Порошенко", "отметил", "Мы не рассчитываем", "воевать за нас"),
    ("document-of-an-organisation", "В пресс-релизе на сайте Кремля сообщается, что президенты обсудили продление "
     "договора.",
     0, "indirect", "Кремль", "сообщается", "президенты обсудили", "продление договора"),
    ("cue-inside-a-markdown-link",
     "Государственная служба по чрезвычайным ситуациям [сообщила](https://t.me/dsns/35123), что в Одессе "
     "произошли пожары.",
     0, "indirect", "Государственная служба по чрезвычайным ситуациям", "сообщила", "в Одессе", "пожары"),
    ("role-for-the-one-person-named",
     "Дочь телеведущей Леры Кудрявцевой едва не погибла на празднике.\n\n"
     "«Меня трясёт! Я на стрессе», — написала теледива в соцсетях.",
     0, "direct", "Лера Кудрявцева", "написала", "Меня трясёт", "на стрессе"),
    ("expressed-hope", "Петр Порошенко выразил надежду, что на переговорах будет достигнут реальный прогресс.",
     0, "indirect", "Петр Порошенко", "выразил надежду", "на переговорах", "реальный прогресс"),
    ("said-about-this-after-the-verb",
     "Путин обвинил Киев в нежелании вести диалог с востоком страны. Глава государства Владимир Путин заявил об этом "
     "в Якутске.",
     0, "indirect", "Владимир Путин", "заявил", "Путин обвинил", "востоком страны"),
    ("about-that-clause-first",
     "О том, что только от воли украинской власти зависит мир в Донбассе, Владимир Путин заявил в интервью.",
     0, "indirect", "Владимир Путин", "заявил", "только от воли", "в Донбассе"),
    ("gerund-after-a-direct-quote",
     "«Никаких указаний не было и не будет», – сказал Владимир Путин, заверив, что травли оппозиции не существует.",
     1, "indirect", "Владимир Путин", "заверив", "травли оппозиции", "не существует"),
    ("attribution-in-the-next-paragraph",
     "Министр иностранных дел Сергей Лавров выступил на форуме.\n\n"
     "«Мы готовы к переговорам без предварительных условий».\n\nТак заявил глава МИД на пресс-конференции.",
     0, "direct", "Сергей Лавров", "заявил", "Мы готовы", "предварительных условий"),
    ("head-of-state-is-not-head-of-ministry",
     "Президент России Владимир Путин посетил музей в Якутске. Туда же прибыл глава МИД России Сергей Лавров. "
     "Глава государства напомнил, что сейчас начинается процесс прямых переговоров.",
     0, "indirect", "Владимир Путин", "напомнил", "сейчас начинается", "прямых переговоров"),
    ("in-a-ministry-not-the-outlet",
     "Об этом сообщает Лента.ру.\n\nВ российском министерстве финансов утверждают, что на государственном уровне "
     "кредит не предоставлялся.",
     0, "indirect", None, "утверждают", "на государственном", "не предоставлялся"),
    ("quotes-words-of", "«Поставка ракет была бы ошибкой», - приводит слова Ангелы Меркель пресс-служба правительства.",
     0, "direct", "Ангела Меркель", "приводит слова", "Поставка ракет", "была бы ошибкой"),
    # a quotation over two paragraphs, the second holding a quote of its own before the closing mark
    ("two-paragraphs-with-a-name-in-marks",
     "«Ко мне пришел один из функционеров клуба и попросил помочь с долгом.\n\n"
     "В конце концов выяснилось, что \"Крылья Советов\" должны 36 миллионов», заявил губернатор Вячеслав Федорищев.",
     0, "direct", "Вячеслав Федорищев", "заявил", "Ко мне пришел", "должны 36 миллионов"),
    # words said inside a quotation by someone its speaker tells about: nobody named unless the subject is a name
    ("said-inside-the-quote",
     "«Ко мне пришел один из функционеров клуба и сказал: \"У нас есть еще один долг\". Я у него спросил: "
     "\"А на что?\"», — заявил губернатор Вячеслав Федорищев.",
     1, "direct", None, "сказал", "У нас есть", "один долг"),
    ("as-said-before-marks",
     "Как сообщил министр финансов Алексей Кудрин, «предусматривается введение обязательной госрегистрации цен».",
     0, "direct", "Алексей Кудрин", "сообщил", "предусматривается", "регистрации цен"),
    ("quoted-clause-then-the-authors",
     "Полиция Грузии утверждает, что «в результате действий протестующих пострадали 10 сотрудников МВД», "
     "в больнице остается один из силовиков.",
     0, "direct", "Полиция Грузии", "утверждает", "в результате", "сотрудников МВД"),
    ("unmarked-words-with-a-quotation-signed-below",
     "Когда я увидел результаты, я подумал: «Беги, Форрест, беги!» И именно это я и сделал\n— поделился Том Хэнкс.",
     0, "direct", "Том Хэнкс", "поделился", "Когда я увидел", "я и сделал"),
    ("spoke-in-the-sense-that",
     "Премьер-министр Владимир Путин высказался в том смысле, что более недопустимо терпеть произвол посредников.",
     0, "indirect", "Владимир Путин", "высказался", "более недопустимо", "посредников"),
    ("representative-is-not-the-one-reported",
     "Администрация Трампа отрицает, что Ланза говорил об Украине от ее имени.\n\n"
     "«Брайан Ланза был подрядчиком на кампанию. Он не выступает от имени президента», — сказал представитель "
     "переходной администрации.",
     1, "direct", None, "сказал", "Брайан Ланза", "от имени президента"),
    ("source-is-the-one-who-spoke",
     "Российские войска закрепились в восточной части поселка, сообщил РИА Новости Рогов.\n\n"
     "«Бои за освобождение поселка продолжаются», - отметил собеседник агентства.",
     1, "direct", "Рогов", "отметил", "Бои за", "продолжаются"),
    ("masculine-post-of-a-woman",
     "Эльвира Набиуллина назвала заблуждением мнения о том, что высокая ставка разгоняет рост цен. Если бы не "
     "высокая ставка, инфляция в России могла бы быть выше 30%, считает глава ЦБ.",
     0, "indirect", "Эльвира Набиуллина", "считает", "Если бы не", "выше 30%"),
    ("sentence-ends-before-markup",
     'Надкусив фрукт, Джастин Сан заявил, что он** "намного вкуснее, чем другие бананы".** При этом с момента '
     "приобретения банана прошло больше недели.",
     0, "indirect", "Джастин Сан", "заявил", "он", 'другие бананы"'),
    ("sentence-ends-without-a-space",
     "Массовая вакцинация россиян от коронавируса стартует 18 января, заявила вице-премьер Татьяна Голикова в эфире "
     'телеканала "Россия 24".Она добавила, что ожидает включения в программу препарата, разработанного центром '
     "Чумакова.Пока прививку могут сделать граждане старше 18 лет.",
     1, "indirect", "Татьяна Голикова", "добавила", "ожидает", "центром Чумакова"),
    ("as-in-turn-said",
     "Массовая вакцинация стартует 18 января, заявила вице-премьер Татьяна Голикова. Как в свою очередь сообщила "
     "глава Роспотребнадзора Анна Попова на совещании с эпидемиологами, за год в России могут привить 60% населения.",
     1, "indirect", "Анна Попова", "сообщила", "за год", "60% населения"),
    ("reported-words-stop-at-the-quotation",
     "Финк считает, что нужно использовать принуждение: «Если вы не будете этого делать, это скажется на вас».",
     0, "indirect", "Финк", "считает", "нужно", "принуждение"),
    ("but-did-not-confirm",
     "Глава МИД Франции Жан-Ноэль Барро подчеркнул, что Украина может нанести удары «в целях самообороны», однако "
     "не подтвердил факты использования французского оружия.",
     0, "indirect", "Жан-Ноэль Барро", "подчеркнул", "Украина может", "самообороны»"),
    ("place-between-verb-and-speaker",
     "Украина имеет право наносить удары французскими ракетами, заявил в интервью Би-би-си глава МИД Франции "
     "Жан-Ноэль Барро.",
     0, "indirect", "Жан-Ноэль Барро", "заявил", "Украина имеет", "ракетами"),
    ("named-inside-the-quote",
     "«Вчера мне позвонил Сергей Собянин и сказал: \"Мост откроем в срок\"», — рассказал Марат Хуснуллин.",
     1, "direct", "Сергей Собянин", "сказал", "Мост откроем", "в срок"),
]


@pytest.mark.parametrize(("text", "which", "kind", "speaker", "cue", "head", "tail"),
                         [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_unseen_shapes(text: str, which: int, kind: str, speaker: str | None, cue: str, head: str, tail: str) -> None:
    found = _quotes(text)
    assert len(found) > which, found
    found_kind, found_speaker, found_cue, quoted = found[which]
    assert (found_kind, found_speaker, found_cue) == (kind, speaker, cue)
    assert quoted.startswith(head) and quoted.endswith(tail), quoted


# (id, text, speaker, the quoted paragraphs' first words)
LISTS = [
    ("dash-list-after-a-colon",
     "После распада СССР мир стал однополярным, заявил Дмитрий Песков.\n\n"
     "Что ещё сказал пресс-секретарь президента:\n\n"
     "— Мы не пытаемся победить доллар, не надо его побеждать.\n\n"
     "— Для страны запас прочности — это мощная экономика и сильная армия.",
     "Дмитрий Песков", ["Мы не пытаемся", "Для страны"]),
    ("dash-list-after-a-press-conference",
     "Главное с пресс-конференции Владимира Путина.\n\n"
     "— России угрожать бессмысленно, потому что нас это только взбадривает.\n\n"
     "— Лучше нам не спорить и конфликтовать, а решать вопросы.",
     "Владимир Путин", ["России угрожать", "Лучше нам"]),
    ("lead-names-a-place-and-an-alliance-too",
     "В Астане проходит пресс-конференция Путина по итогам саммита ОДКБ, главные заявления:\n\n"
     "— Россия надеется, что отношения с Афганистаном будут развиваться;\n\n"
     "— Армения пока не заявляла о выходе из ОДКБ и поддерживает все документы саммита.",
     "Путин", ["Россия надеется", "Армения пока"]),
    ("statement-titled-then-main-points",
     "«Применение противником дальнобойного оружия не может повлиять на ход спецоперации»\n\n"
     "Заявление Владимира Путина по ситуации на Украине.\n\nГлавное:\n\n"
     "— По территории России было применено западное дальнобойное оружие.\n\n"
     "— Продолжая курс эскалации, США и их союзники заявили, что дают разрешение на применение этого оружия.",
     "Владимир Путин", ["Применение противником", "По территории", "Продолжая курс"]),
    ("unmarked-paragraph-after-a-colon",
     "Дональд Трамп сделал в соцсетях следующие записи:\n\n"
     "Те, кто нарушил закон, заплатят за это. Вы не представляете нашу страну.",
     "Дональд Трамп", ["Те, кто нарушил"]),
]


# (id, text, [(speaker, the quoted words' first words)]): questions are nobody's, answers the interviewee's
INTERVIEWS = [
    ("answerer-speaks-after",
     "— Когда вы перейдёте в «Зенит»?\n— Да я не очень хочу играть в футбол, мне больше нравятся игры.\n\n"
     "Капитан сборной России Александр Головин заявил, что не переедет в Петербург.",
     [(None, "Когда вы"), ("Александр Головин", "Да я")]),
    ("answerer-never-named",
     "— Это трупы уже?\n— Да, видишь, что они с собой делают.\n\n"
     "Такими откровениями поделился с нашим агентом работник ресторана.",
     [(None, "Это трупы"), (None, "Да, видишь")]),
    ("answerer-in-the-lead",
     "Главное из интервью Александра Головина:\n\n— Когда вы перейдёте в «Зенит»?\n\n"
     "— Не скоро, я доволен своим клубом и городом.",
     [(None, "Когда вы"), ("Александр Головин", "Не скоро")]),
]


@pytest.mark.parametrize(("text", "said"), [s[1:] for s in INTERVIEWS], ids=[s[0] for s in INTERVIEWS])
def test_interview_questions_and_answers(text: str, said: list[tuple[str | None, str]]) -> None:
    found = [(q[1], q[3]) for q in _quotes(text) if q[0] == "direct"]
    assert [(speaker, quoted[:len(head)]) for (speaker, quoted), (_, head) in zip(found, said, strict=True)] == said


@pytest.mark.parametrize(("text", "speaker", "heads"), [s[1:] for s in LISTS], ids=[s[0] for s in LISTS])
def test_listed_words_belong_to_the_lead_speaker(text: str, speaker: str, heads: list[str]) -> None:
    listed = [q for q in _quotes(text) if q[2] == ""]
    assert [(q[0], q[1]) for q in listed] == [("direct", speaker)] * len(heads)
    assert [q[3][:len(h)] for q, h in zip(listed, heads, strict=True)] == heads


def test_about_this_after_the_same_words_counts_once() -> None:
    text = ("Тем не менее Петр Порошенко заявил, что его мирный план поможет прекратить войну в сентябре. Об этом "
            "украинский лидер заявил в Брюсселе.")
    assert [q[:2] for q in _quotes(text)] == [("indirect", "Петр Порошенко")]


@pytest.mark.parametrize("text", [
    "Главное за день:\n\n— Путин подписал указ о бюджете.\n\n— Курс доллара вырос на рубль.",  # news items
    "Итоги года — «Спартак» стал чемпионом, «Зенит» второй, — РИА Новости.",  # an outlet signs the title
    "Курс доллара вырос на рубль, — СМИ.",
    "Создатель MySQL против сделки Oracle — Sun\n\nОн обратился к антимонопольным службам.",
    "Дмитрий Песков заявил, что реформы в стране прошли успешно.\n\nТочно такие же процессы, как мы видим, прошли "
    "и в спецслужбах, сбившихся из старых кадров.",
    "Напомним, что ранее в США была высказана мысль о том, что протестующие не были сторонниками Трампа.",
    "Дмитрий Песков заявил, что переговоры продолжатся.\n\nЧитать нас без VPN можно здесь: bit.ly/news",
], ids=["news-list", "outlet-signs-title", "media-sign-title", "dash-between-names", "analysts-we",
        "authors-aside", "footer"])
def test_no_quote(text: str) -> None:
    assert [q for q in _quotes(text) if q[2] in ("", "Напомним")] == []
    if "Песков" not in text:
        assert _quotes(text) == []


@pytest.mark.parametrize(("text", "outlet"), [
    ("агентство S&P", False), ("рейтинговое агентство Fitch", False), ("агентство Reuters", True),
    ("SHOT", True), ("телекомпания NBC", True),
])
def test_rating_agencies_speak_outlets_report(text: str, outlet: bool) -> None:
    assert is_outlet(text) is outlet


# A lone surname NER misses, standing as the subject or apposition ("Шойгу заявил", "сообщил ТАСС Белоусов"),
# then a pronoun or a description in the next sentence: (id, text, the direct quote's speaker)
LONE_SURNAMES = [
    ("first-word-then-she",
     "Матвиенко поддержала идею продлить школьные каникулы.\n\n"
     "«Детям нужен отдых, а не дополнительные уроки», — сказала она журналистам.", "Матвиенко"),
    ("first-word-then-he",
     "Белоусов назвал сроки поставок новой техники в войска.\n\n"
     "«Всё будет поставлено до конца года», — подчеркнул он на совещании.", "Белоусов"),
    ("adjective-surname-in-bold",
     "**Зеленский провёл переговоры с Макроном.**\n\n"
     "«Мы обсудили с Макроном и Путиным поставки оружия и гарантии безопасности», — заявил президент Украины.",
     "Зеленский"),
    ("surname-the-dictionary-reads-as-a-plural",
     "Токаев провёл переговоры в Астане.\n\n«Мы договорились о новых поставках», — сказал он.", "Токаев"),
    ("after-the-outlet",
     "Переговоры о поставках газа возобновятся в марте, сообщил ТАСС Новак.\n\n"
     "«Мы готовы обсуждать любые объёмы», — отметил он.", "Новак"),
]


@pytest.mark.parametrize(("text", "speaker"), [s[1:] for s in LONE_SURNAMES], ids=[s[0] for s in LONE_SURNAMES])
def test_lone_surname_nobody_tagged_speaks(text: str, speaker: str) -> None:
    assert [q[1] for q in _quotes(text) if q[0] == "direct"] == [speaker]


@pytest.mark.parametrize(("text", "word"), [
    ("Москва заявила протест послу.", "Москва"),
    ("Орёл принял участников фестиваля.", "Орёл"),
    ("Сбербанк сообщил о росте прибыли.", "Сбербанк"),
    ("Харьков принял беженцев.", "Харьков"),
    ("Киев заявил протест.", "Киев"),
])
def test_no_person_from_ordinary_capitalised_subjects(text: str, word: str) -> None:
    doc = analyze(Article(text=text))[0]
    assert [m.text for m in doc.mentions if m.type == "PER" and m.text == word] == []


# "он" after a sentence with one person as subject and others only as possessors: (id, text, speaker)
PRONOUN_SUBJECTS = [
    ("possessor-is-no-antecedent",
     "На открытие выставки, посвящённой памяти Михаила Горбачёва, прибыл мэр Москвы Сергей Собянин. "
     "Выступая перед гостями, он отметил, что «выставка будет открыта до конца года».", "Сергей Собянин"),
    ("partner-of-the-verb-stays-ambiguous",
     "Владимир Путин встретился с Дмитрием Медведевым. «Мы обсудили экономику», — сказал он.", None),
]


@pytest.mark.parametrize(("text", "speaker"), [s[1:] for s in PRONOUN_SUBJECTS],
                         ids=[s[0] for s in PRONOUN_SUBJECTS])
def test_pronoun_takes_the_one_subject(text: str, speaker: str | None) -> None:
    assert [q[1] for q in _quotes(text) if q[0] == "direct"] == [speaker]


# A headline opening with a post, then a colon and the words; the holder named afterwards: (id, text, speaker, said)
POST_HEADLINES = [
    ("post-about-something-colon",
     "**Глава МИД Франции о переговорах в Женеве: «Мы ждём от Москвы конкретных шагов»**\n\n"
     "Жан-Ноэль Барро заявил, что Франция готова к диалогу.", "Жан-Ноэль Барро", "Глава МИД Франции"),
    ("plain-headline",
     "Президент Финляндии о границе с Россией: «Она останется закрытой надолго»\n\n"
     "Александр Стубб заявил журналистам, что решение принято.", "Александр Стубб", "Президент Финляндии"),
]


@pytest.mark.parametrize(("text", "speaker", "said"), [s[1:] for s in POST_HEADLINES],
                         ids=[s[0] for s in POST_HEADLINES])
def test_post_headline_names_its_holder(text: str, speaker: str, said: str) -> None:
    doc = analyze(Article(text=text))[0]
    names = {e.id: e.name for e in doc.entities}
    first = doc.quotes[0]
    assert (first.kind, names.get(first.speaker or ""), first.speaker_text) == ("direct", speaker, said)


def test_described_headline_speaker_stays_unnamed() -> None:
    assert [q[1] for q in _quotes("Эксперты о росте цен: «Инфляция замедлится к весне»")] == [None]


# "цитирует X <noun> <name>": the name is the speaker unless it only qualifies the noun (id, text, speaker)
QUOTED_OBJECTS = [
    ("press-office-of-a-person", "«Мы договорились о прекращении огня», — цитирует РБК пресс-службу Порошенко.",
     None),
    ("aide-named-after-his-principal",
     "«Встреча пройдёт в Москве», — цитирует ТАСС помощника Путина Юрия Ушакова.", "Юрий Ушаков"),
    ("the-person-himself", "«Встреча пройдёт в Москве», — цитирует ТАСС Юрия Ушакова.", "Юрий Ушаков"),
]


@pytest.mark.parametrize(("text", "speaker"), [s[1:] for s in QUOTED_OBJECTS], ids=[s[0] for s in QUOTED_OBJECTS])
def test_quoted_object_is_the_speaker_not_its_possessor(text: str, speaker: str | None) -> None:
    assert [q[1] for q in _quotes(text)] == [speaker]


# The words in marks right after a speech verb and the one it speaks to, or after a bracketed name: (id, text, speaker)
INTRODUCED = [
    ("verb-addressee-marks",
     "Глава палестинской делегации Саеб Эрекат призвал ООН «ответить на односторонние действия Израиля признанием "
     "государства».", "Саеб Эрекат"),
    ("verb-dative-marks", "Министр Антон Силуанов сказал журналистам «мы не будем повышать налоги в этом году».",
     "Антон Силуанов"),
    ("editors-brackets", "Сегодня нашли полное видео. Посмотрев, [Осипов] сказал: \"Не всегда получается "
     "одновременно пожар тушить\".", "Осипов"),
]


@pytest.mark.parametrize(("text", "speaker"), [s[1:] for s in INTRODUCED], ids=[s[0] for s in INTRODUCED])
def test_introduced_words(text: str, speaker: str) -> None:
    assert [q[1] for q in _quotes(text) if q[0] == "direct"] == [speaker]


def test_a_name_called_is_no_quote() -> None:
    assert _quotes("Дмитрий Песков назвал проект «ошибкой, которая дорого обойдётся».") == []


# "сказано в обращении X": a short participle reads as "говорится в" (id, text, kind, speaker)
SAID_IN = [
    ("said-in-an-appeal",
     "«Именно благодаря его деятельности учёные продолжают работу», — сказано в обращении Союза журналистов.",
     "direct", "Союз журналистов"),
    ("first-word-of-the-full-name",
     "В защиту фонда выступило Общество научных работников. «Именно благодаря его деятельности учёные продолжают "
     "работу», — сказано в обращении Общества к главе Минюста.", "direct", "Общество научных работников"),
    ("as-said-in", "Как сказано в заявлении Минобороны, удар был нанесён ночью.", "indirect", "Минобороны"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), [s[1:] for s in SAID_IN], ids=[s[0] for s in SAID_IN])
def test_said_in_a_document(text: str, kind: str, speaker: str) -> None:
    assert [q[:2] for q in _quotes(text) if q[2] == "сказано"] == [(kind, speaker)]


@pytest.mark.parametrize(("text", "found"), [
    ("Объем кредита составлял «около двух миллиардов рублей».\n\nСогласно отчетности ВТБ, долг погашен.", []),
    ("«Мы не будем повышать налоги»\n— заявил министр финансов Антон Силуанов.", [("direct", "Антон Силуанов")]),
])
def test_cue_in_the_next_paragraph_after_a_full_stop_is_not_the_quotes(text: str,
                                                                       found: list[tuple[str, str]]) -> None:
    assert [q[:2] for q in _quotes(text) if q[0] == "direct"] == found
