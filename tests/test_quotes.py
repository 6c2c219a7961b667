"""The quotes stage: every shape of reported speech in Russian news, one behaviour per test."""

from __future__ import annotations

import pytest

from letopis import Article, Doc, analyze
from letopis.analysis.quotes_direct import segments

VISIT = "Президент Казахстана Касым-Жомарт Токаев провел переговоры с премьер-министром Беларуси Романом Головченко.\n"


def _doc(text: str) -> Doc:
    return analyze(Article(text=text))[0]


def _quotes(text: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker name or None, cue, quoted text) of every quote."""
    doc = _doc(text)
    names = {e.id: e.name for e in doc.entities}
    return [(q.kind, names.get(q.speaker) if q.speaker else None, q.cue, q.text) for q in doc.quotes]


def _one(text: str) -> tuple[str, str | None, str, str]:
    found = _quotes(text)
    assert len(found) == 1, found
    return found[0]


# (id, text, kind, speaker, cue, the quoted text starts with, ends with)
SHAPES = [
    ("guillemets-dash-cue",
     "«Мы выполняем те задачи, которые достигнуты главами государств», - сказал Роман Головченко.",
     "direct", "Роман Головченко", "сказал", "Мы выполняем", "главами государств"),
    ("low-high-quotes", "„Мы готовы к переговорам без предварительных условий“, — заявил Сергей Лавров.",
     "direct", "Сергей Лавров", "заявил", "Мы готовы", "предварительных условий"),
    ("straight-quotes", '"Динамика в этом году очень позитивная", - отметил Роман Головченко.',
     "direct", "Роман Головченко", "отметил", "Динамика", "позитивная"),
    ("cue-without-dash", "«Это было самое тяжёлое решение на посту тренера», сказал Юрген Клинсман.",
     "direct", "Юрген Клинсман", "сказал", "Это было", "на посту тренера"),
    ("colon-before-quote", "Юрген Клинсман заявил: «Ситуация выглядит так: Оливер Кан — первый вратарь».",
     "direct", "Юрген Клинсман", "заявил", "Ситуация выглядит", "первый вратарь"),
    ("dialogue-dash", VISIT + "- Программа Вашего визита была насыщенной. Вы посетили Костанайскую область, "
     "- отметил Президент Казахстана.",
     "direct", "Касым-Жомарт Токаев", "отметил", "Программа", "Костанайскую область"),
    ("that-clause",
     "Касым-Жомарт Токаев выразил уверенность, что итоги переговоров позволят обозначить новые горизонты.",
     "indirect", "Касым-Жомарт Токаев", "выразил уверенность", "итоги переговоров", "новые горизонты"),
    ("according-to", "По словам Сергея Лаврова, Москва готова к диалогу с Токио.",
     "indirect", "Сергей Лавров", "По словам", "Москва готова", "с Токио"),
    ("as-said", "Как заявил Сергей Лавров, Москва готова к диалогу с Токио.",
     "indirect", "Сергей Лавров", "заявил", "Москва готова", "с Токио"),
    ("believes", "Сергей Лавров считает, что высказывания японского премьера носят недипломатический характер.",
     "indirect", "Сергей Лавров", "считает", "высказывания", "недипломатический характер"),
    ("about-this-said", "Реформа налогов будет проведена через два года. Об этом заявил министр финансов Майкл Каллен.",
     "indirect", "Майкл Каллен", "заявил", "Реформа налогов", "через два года"),
    ("that-quoted-clause-is-direct",
     "Дмитрий Медведев подчеркнул, что «необходимость адаптироваться связана со стрессом».",
     "direct", "Дмитрий Медведев", "подчеркнул", "необходимость", "со стрессом"),
    ("parenthetical-cue", "Такой переход, считает вице-губернатор Александр Шемелев, повысит оперативность работы.",
     "indirect", "Александр Шемелев", "считает", "Такой переход", "оперативность работы"),
    ("unquoted-first-person-is-direct", "Мы очень довольны научными экспериментами, сказал Уильям Макартур.",
     "direct", "Уильям Макартур", "сказал", "Мы очень довольны", "экспериментами"),
]


@pytest.mark.parametrize(("text", "kind", "speaker", "cue", "head", "tail"),
                         [case[1:] for case in SHAPES], ids=[case[0] for case in SHAPES])
def test_quote_shape(text: str, kind: str, speaker: str, cue: str, head: str, tail: str) -> None:
    found_kind, found_speaker, found_cue, quoted = _one(text)
    assert (found_kind, found_speaker, found_cue) == (kind, speaker, cue)
    assert quoted.startswith(head) and quoted.endswith(tail), quoted


def test_headline_speaker_before_colon() -> None:
    text = ("Р.Головченко: фундамент сотрудничества - торгово-экономические отношения\n"
            "Об этом заявил премьер-министр Беларуси Роман Головченко на переговорах.")
    assert ("indirect", "Роман Головченко", ":", "фундамент сотрудничества - торгово-экономические отношения") \
        in _quotes(text)


def test_headline_with_quoted_words_is_direct() -> None:
    found = _quotes("Сергей Лавров: «Мы готовы к диалогу с Токио»\nМинистр выступил на пресс-конференции.")
    assert found[0] == ("direct", "Сергей Лавров", ":", "Мы готовы к диалогу с Токио")


def test_about_this_after_headline_takes_the_line_before() -> None:
    text = ("Р.Головченко: фундамент сотрудничества - торговля\n"
            "Фундамент сотрудничества - торгово-экономические отношения. "
            "Об этом заявил премьер-министр Беларуси Роман Головченко.")
    said = [q for q in _quotes(text) if q[2] == "заявил"]
    content = "Фундамент сотрудничества - торгово-экономические отношения"
    assert said == [("indirect", "Роман Головченко", "заявил", content)]


def test_nested_quotes_stay_one_quote() -> None:
    kind, speaker, _, quoted = _one("«Мы сотрудничаем в рамках проекта „Сколково“ и программы «Цифра»», "
                                    "- сказал Роман Головченко.")
    assert (kind, speaker) == ("direct", "Роман Головченко")
    assert quoted == "Мы сотрудничаем в рамках проекта „Сколково“ и программы «Цифра»"


def test_split_quote_is_two_quotes_of_one_speaker() -> None:
    found = _quotes("«Японское правительство решило не отставать от других, - заявил Сергей Лавров. "
                    "- Особенно печально, что оно финансирует эти организации».")
    assert [(q[0], q[1]) for q in found] == [("direct", "Сергей Лавров")] * 2
    assert found[1][3].startswith("Особенно печально")


def test_quote_running_on_into_the_next_paragraph() -> None:
    found = _quotes("«Мы обсудили вопросы развития промышленности.\n"
                    "«Это будет многопрофильная структура», - подчеркнул Роман Головченко.")
    assert [(q[0], q[1]) for q in found] == [("direct", "Роман Головченко")] * 2


def test_never_closed_quote_stops_at_its_paragraph() -> None:
    text = ("«Мы обсудили вопросы развития, - сказал Роман Головченко.\n"
            "Также обсуждалось создание молочно-товарных комплексов в Казахстане.")
    doc = _doc(text)
    assert all("\n" not in q.text and "комплексов" not in q.text for q in doc.quotes)


def test_never_closed_quote_without_attribution_does_not_crash() -> None:
    doc = _doc("Сергей Лавров заявил: «Мы готовы к диалогу\nВторой абзац о другом. И третий.")
    assert all(q.stop <= doc.text.index("\n") for q in doc.quotes)


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Сергей Лавров заявил журналистам, что",  # a feed summary cut after "что"
    "Лавров заявил, что",
    "Лавров заявил, что «",
    "В поселке загорелись 2 дома, пострадала женщина, ее госпитализировали с ожогами, сообщи",  # cut mid-word
])
def test_text_cut_right_after_a_cue_is_no_quote_and_no_crash(text: str) -> None:
    assert _doc(text).quotes == ()


def test_names_in_quotation_marks_are_not_quotes() -> None:
    assert _quotes("Шаттл «Дискавери» завершил полёт. Программа «Спейс шаттл» близка к завершению.") == []


def test_outlet_attribution_is_not_a_quote() -> None:
    assert _quotes("Facebook представил новый почтовый сервис, сообщает «Лента.ру».") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Аскар Мамин отметил, что налажен диалог. «Уверен, что ваш визит даст импульс», - сказал он.", "Аскар Мамин"),
    ("Наина Ельцина приехала на церемонию. «Это очень важный день для нас», - сказала она.", "Наина Ельцина"),
], ids=["сказал-он", "сказала-она"])
def test_pronoun_speaker_is_the_person_before(text: str, speaker: str) -> None:
    assert _quotes(text)[-1][:2] == ("direct", speaker)


def test_pronoun_with_two_people_equally_near_stays_unresolved() -> None:
    text = "Владимир Путин встретился с Дмитрием Медведевым. «Мы обсудили экономику», - сказал он."
    found = _quotes(text)
    assert found[-1][:2] == ("direct", None)
    assert _doc(text).quotes[-1].speaker_text == "он"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = ("Валентина Матвиенко встретилась с Сергеем Лавровым. "
            "«Переговоры прошли успешно», - сказала она.")
    assert _quotes(text)[-1][:2] == ("direct", "Валентина Матвиенко")


def test_pronoun_ignores_people_named_inside_the_quote() -> None:
    text = ("Аскар Мамин выступил на форуме. «В субботу я разговаривал с Александром Лукашенко», - сказал он.")
    assert _quotes(text)[-1][:2] == ("direct", "Аскар Мамин")


@pytest.mark.parametrize(("text", "speaker_text"), [
    ("Источник в правительстве сообщил, что решение уже принято.", "Источник в правительстве"),
    ("Эксперты считают, что позиции губернатора пошатнулись.", "Эксперты"),
    ("«Мы предлагаем нашу самую ценную собственность», - сказал представитель Microsoft.", "представитель Microsoft"),
], ids=["источник", "эксперты", "представитель"])
def test_description_keeps_text_without_entity(text: str, speaker_text: str) -> None:
    doc = _doc(text)
    assert len(doc.quotes) == 1
    assert (doc.quotes[0].speaker, doc.quotes[0].speaker_text) == (None, speaker_text)


def test_post_stands_for_its_holder() -> None:
    text = (VISIT + "Глава государства подчеркнул, что договоренности не являются сиюминутными.")
    assert _one(text)[:3] == ("indirect", "Касым-Жомарт Токаев", "подчеркнул")


def test_segments_cap_an_unclosed_quote_at_the_paragraph_end() -> None:
    text = "«Начало без конца\nследующий абзац"
    (segment,) = segments(text, 0, text.index("\n"))
    assert (segment.start, segment.stop, segment.closed) == (1, text.index("\n"), False)


# The ten quotes of the sample page (../shared/samples/kazinform-belta-visit.expected.json), read from the copy
# in the package: (speaker, kind, cue, words the quote contains).
SAMPLE = [
    ("Касым-Жомарт Токаев", "direct", "отметил", "Программа Вашего визита была насыщенной"),
    ("Касым-Жомарт Токаев", "direct", "подчеркнул", "эти договоренности не являются сиюминутными"),
    ("Касым-Жомарт Токаев", "indirect", "выразил уверенность",
     "итоги двусторонних переговоров позволят обозначить новые горизонты"),
    ("Роман Головченко", "direct", "сказал", "Мы всегда были союзниками и партнерами"),
    ("Роман Головченко", "indirect", "заявил", "Фундамент белорусско-казахстанского сотрудничества"),
    ("Роман Головченко", "direct", "сказал", "Мы выполняем те задачи и договоренности"),
    ("Роман Головченко", "direct", "отметил", "Мы предметно обсудили вопросы дальнейшего развития"),
    ("Роман Головченко", "direct", "подчеркнул", "Это будет многопрофильная структура"),
    ("Аскар Мамин", "indirect", "отметил", "налажен интенсивный политический диалог"),
    ("Аскар Мамин", "direct", "сказал", "ваш визит даст серьезный импульс"),
]


@pytest.fixture(scope="module")
def sample_quotes(sample_text: str) -> list[tuple[str | None, str, str, str]]:
    found = []
    for doc in analyze(sample_text):
        names = {e.id: e.name for e in doc.entities}
        found.extend((names.get(q.speaker) if q.speaker else None, q.kind, q.cue, q.text) for q in doc.quotes)
    return found


@pytest.mark.parametrize(("speaker", "kind", "cue", "words"), SAMPLE,
                         ids=[f"{n + 1}-{s[2]}" for n, s in enumerate(SAMPLE)])
def test_sample_quote(sample_quotes: list[tuple[str | None, str, str, str]], speaker: str, kind: str, cue: str,
                      words: str) -> None:
    matching = [q for q in sample_quotes if words in q[3] and q[2] == cue]
    assert [(q[0], q[1]) for q in matching] == [(speaker, kind)], sample_quotes


def test_sample_attributes_nothing_to_the_wrong_person(sample_quotes: list[tuple[str | None, str, str, str]]) -> None:
    for speaker, _, _, text in sample_quotes:
        if "Вашего визита" in text or "сиюминутными" in text or "горизонты" in text:
            assert speaker == "Касым-Жомарт Токаев"
        else:
            assert speaker in ("Роман Головченко", "Аскар Мамин"), text


def test_speech_verbs_data_is_well_formed() -> None:
    from letopis.analysis.speakers import load_cues

    cues = [cue for group in load_cues().values() for cue in group]
    assert len(cues) > 80
    assert all(cue.aspect in ("perf", "impf", "-") for cue in cues)
    assert all(cue.flags <= {"opinion", "promise", "denial", "demand"} for cue in cues)
    assert {"сказать", "заявить", "считать", "пообещать", "опровергнуть", "потребовать"} <= {c.lemmas[0] for c in cues}


# -- shapes added with the second dev set (invented sentences, not from the sets) -----------------------------

@pytest.mark.parametrize(("text", "kind", "speaker", "cue", "head", "tail"), [
    ('"Для детей "Щелкунчик" - это настоящее чудо", - сказал Сергей Лавров.',
     "direct", "Сергей Лавров", "сказал", "Для детей", "настоящее чудо"),
    ("- Я хотел его успокоить, а он начал драку... - рассказал Сергей Лавров.",
     "direct", "Сергей Лавров", "рассказал", "Я хотел", "начал драку..."),
    ("Поставки будут продолжены, — заявил министр финансов Майкл Каллен.",
     "indirect", "Майкл Каллен", "заявил", "Поставки", "продолжены"),
    ("Новые правила вступят в силу в марте, об этом заявил министр финансов Майкл Каллен.",
     "indirect", "Майкл Каллен", "заявил", "Новые правила", "в марте"),
    ("**Сергей Лавров: переговоры с Токио продолжатся в мае**\n\n"
     "Министр иностранных дел России Сергей Лавров выступил в среду на форуме.",
     "indirect", "Сергей Лавров", ":", "переговоры", "в мае"),
], ids=["nested-straight-quotes", "dialogue-with-ellipsis", "dash-after-comma", "about-this-after-comma",
        "headline-after-markup"])
def test_more_shapes(text: str, kind: str, speaker: str, cue: str, head: str, tail: str) -> None:
    found_kind, found_speaker, found_cue, quoted = _one(text)
    assert (found_kind, found_speaker, found_cue) == (kind, speaker, cue)
    assert quoted.startswith(head) and quoted.endswith(tail), quoted


def test_split_quote_with_sentence_end_before_the_dash() -> None:
    text = "«Они уже воюют вместе. — сказал собеседник в правительстве. — Мы не можем смотреть на это иначе»."
    assert [(q[0], q[3]) for q in _quotes(text)] == [
        ("direct", "Они уже воюют вместе."), ("direct", "Мы не можем смотреть на это иначе")]


def test_quote_over_two_paragraphs_closed_in_the_second() -> None:
    text = ("«Отсрочка продолжает действовать, здесь ничего не меняется.\n\n"
            "Новые условия мы доведём до компаний в декабре», — заявил Сергей Лавров.")
    kind, speaker, _, quoted = _one(text)
    assert (kind, speaker) == ("direct", "Сергей Лавров")
    assert quoted.startswith("Отсрочка") and quoted.endswith("в декабре")


def test_subject_inside_the_quote_is_not_the_speaker() -> None:
    text = ("Росавиация подтвердила, что никто не пострадал.\n"
            "«Самолёт сел штатно. Погибших нет», — сказали «Интерфаксу» в ведомстве.")
    assert ("direct", "Росавиация", "сказали", "Самолёт сел штатно. Погибших нет") in _quotes(text)


def test_surname_smith_is_no_outlet() -> None:
    kind, speaker, _, _ = _one("«Дело должно быть прекращено», — подчеркнул Джек Смит.")
    assert (kind, speaker) == ("direct", "Джек Смит")


def test_interlocutor_of_an_agency_speaks_unnamed() -> None:
    kind, speaker, _, quoted = _one("«Ремонт займёт неделю», — сказал один из собеседников агентства.")
    assert (kind, speaker, quoted) == ("direct", None, "Ремонт займёт неделю")


def test_quoted_names_in_a_list_after_a_colon_are_not_quotes() -> None:
    text = "Сергей Лавров перечислил ракеты: «Цирконы», «Искандеры», «Кинжалы»."
    assert not [q for q in _quotes(text) if q[0] == "direct"]


def test_short_name_quoted_inside_a_sentence_before_an_outlet_is_not_a_quote() -> None:
    assert _quotes('Телеканал выложит видео в соцсети "ВКонтакте", пишет «Коммерсант».') == []


def test_reported_clause_stops_before_the_speakers_second_verb() -> None:
    text = "Сергей Лавров заявил журналистам, что цена будет снижена, но так и не объявил, на сколько."
    assert _one(text)[3] == "цена будет снижена"


def test_demand_to_admit_is_not_reported_speech() -> None:
    assert _quotes("Жители провели митинг, требуя от властей признать, что в регионе идёт война.") == []


def test_paragraph_signed_on_the_next_line() -> None:
    text = "Я считаю это глупостью. Вечером с ним поговорю!\n— Владимир Путин.\n"
    kind, speaker, cue, quoted = _one(text)
    assert (kind, speaker, cue) == ("direct", "Владимир Путин", "")
    assert quoted.startswith("Я считаю") and quoted.endswith("поговорю!")


def test_list_item_naming_a_person_signs_nothing() -> None:
    assert _quotes("Итоги недели.\n— Владимир Путин подписал указ о бюджете.\n") == []


@pytest.mark.parametrize("name", ["quotes_dev.jsonl", "quotes_dev2.jsonl", "quotes_dev3.jsonl", "quotes_dev4.jsonl",
                                  "quotes_heldout.jsonl"])
def test_quote_sets_are_consistent(name: str) -> None:
    """Every annotated span is the text it claims, every text names its source and licence."""
    from letopis.bench.quotes import DEV_SET, load_dev_set

    items = load_dev_set(DEV_SET.with_name(name))
    assert items
    for item in items:
        assert item["source"] and item["licence"] in ("MIT", "CC BY 4.0", "CC BY-SA 4.0")
        for quote in item["quotes"]:
            assert quote["kind"] in ("direct", "indirect")
            assert item["text"][quote["start"]:quote["stop"]] == quote["text"]


def test_quote_benchmark_names_the_second_dev_set() -> None:
    from letopis.bench.quotes import DEV2_SET, SETS, quotes_table

    assert [path for _, path in SETS][1] == DEV2_SET
    row = {"gold": 1, "system": 1, "matched": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0, "span_f1": 1.0}
    table = quotes_table({"texts": 1, "file": f"tests/data/{DEV2_SET.name}", "direct": row, "indirect": row})
    assert table.startswith("Second quote dev set: 1 texts")
