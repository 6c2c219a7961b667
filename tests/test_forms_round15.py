"""Base forms of names: the rules of round 15, each a table of sentences of our own, the mention as written, and its
expected nominative (found on the 2017 BSNLP training topics and on telegram posts, never on the test topics)."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.analysis.names import _first_declension, _soft_declined, recover_shape
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=("posts", "quotes", "events", "commitments"))


def _normal(pipeline: Pipeline, sentence: str, written: str) -> str | None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    return {m.text: m.normal for m in doc.mentions}.get(written)


# A name with capitals inside keeps them in its nominative.
INNER_CAPITALS = [
    ("Сенатор встретился с Джоном МакКейном в Вашингтоне.", "Джоном МакКейном", "Джон МакКейн"),
    ("Фильм с Леонардо ДиКаприо вышел в прокат.", "Леонардо ДиКаприо", "Леонардо ДиКаприо"),
    ("Мы встретились с Сашей ДеЛоншем.", "Сашей ДеЛоншем", "Саша ДеЛонш"),
]

# The Arabic article, even capitalised, does not decline inside a hyphenated name.
ARABIC_ARTICLE = [
    ("Но Диана выбрала египтянина Доди Аль-Файеда.", "Доди Аль-Файеда", "Доди Аль-Файед"),
    ("Он встретился с Мохаммедом Аль-Файедом.", "Мохаммедом Аль-Файедом", "Мохаммед Аль-Файед"),
    # the lower-case article and a name in -и after it stay as before
    ("Слова Абдель Фаттаха ас-Сиси повторили.", "Абдель Фаттаха ас-Сиси", "Абдель Фаттах ас-Сиси"),
]

# A genitive in -ы of a name the dictionary reads as no noun (only a short adjective "мирны") is a name in -а.
GENITIVE_IN_Y = [
    ("По словам официального представителя Европейской комиссии Мирны Талко, операторы уже работают.",
     "Мирны Талко", "Мирна Талко"),
    ("Слова Мирны Талко подтвердили.", "Мирны Талко", "Мирна Талко"),
]

# A given name with no reading as a name shares the case its surname reads in ("Такеру" beside a dative
# "Карлсону"); a surname with no reading as a name gives no case ("Крецу" does not decline).
SHARED_CASE = [
    ("Интервью Лаврова Такеру Карлсону получилось масштабным.", "Такеру Карлсону", "Такер Карлсон"),
    ("Министр встретился с комиссаром Кориной Крецу.", "Кориной Крецу", "Корина Крецу"),
]

# "-ом" after a consonant of an unknown man's surname is an instrumental, whatever case the tagger reads.
INSTRUMENTAL = [
    ("Вместе с другом и соратником Мумджяном, Татулян отжал пансионат.", "Мумджяном", "Мумджян"),
]

# A ministry's short name: "Мин" and the genitive of a feminine or neuter noun does not decline ("Минсвязи", the
# ministry of связь, as news and the quote dev set write it); "Мин" and a masculine noun declines as that noun.
MINISTRIES = [
    ("По данным Минприроды и Минэкологии, всё хорошо.", "Минэкологии", "Минэкологии"),
    ("Эксперты Минцифры России выступили.", "Минцифры России", "Минцифры России"),
    ("В Минпросвещения сообщили.", "Минпросвещения", "Минпросвещения"),
    ("Глава Минэкономики заявил.", "Минэкономики", "Минэкономики"),
    ("Письмо направили в Минсвязи.", "Минсвязи", "Минсвязи"),
    # the ones pymorphy reads whole decline as before
    ("Глава Минфина и Минздрава выступили.", "Минфина", "Минфин"),
    ("В Минтрансе и Минстрое обсудили.", "Минстрое", "Минстрой"),
    ("Эксперты Минтруда России выступили.", "Минтруда России", "Минтруд России"),
]


# "-ы" is no singular nominative: a name word the tagger reads as a nominative that ends so and reads as a
# genitive is one, with its name ("Кирстен Синемы", "Дженны Эллис" beside an indeclinable surname).
GENITIVE_TAGGED_NOMINATIVE = [
    ("Голоса Сьюзан Коллинз, Лизы Мурковски, Джо Манчина и Кирстен Синемы решили исход.", "Кирстен Синемы",
     "Кирстен Синема"),
    ("Иск Дженны Эллис отклонили.", "Дженны Эллис", "Дженна Эллис"),
    ("Дело Пола Манафорта и Майкла Коэна. Иски Сидни Пауэлл и Дженны Эллис.", "Дженны Эллис", "Дженна Эллис"),
]

# A given name in the genitive the dictionary knows only as a surname in the nominative ("Митта") declines by rule.
GIVEN_NAME_AS_SURNAME = [
    ("Позиция Митта Ромни известна.", "Митта Ромни", "Митт Ромни"),
    ("Позиция Линдси Грэма, Теда Круза, Марко Рубио, Рэнда Пола и Митта Ромни.", "Митта Ромни", "Митт Ромни"),
]

# A Romanian surname in "-ску" does not decline (no guessed fleeting vowel: "Попесок").
ROMANIAN = [
    ("Партию создали под руководством экс-министра иностранных дел Попеску.", "Попеску", "Попеску"),
]

# A woman's surname read with her given name is not replaced by the man's form the article writes for a relative.
WOMAN_BESIDE_RELATIVE = [
    ("Брат Антон Еговцев находится в больнице. Дмитрий Матвеев в Екатерину Еговцеву был влюблен много лет.",
     "Екатерину Еговцеву", "Екатерина Еговцева"),
    ("Руслан Нигматуллин пытается уговорить Елену Нигматуллину разделить имущество.", "Елену Нигматуллину",
     "Елена Нигматуллина"),
    # a man's oblique form with his nominative in the article stays his
    ("Иван Петров и Анна Петрова пришли. Он позвонил Анне Петровой.", "Анне Петровой", "Анна Петрова"),
]

# A place of two names joined by a hyphen whose first part is a name's oblique form: both parts decline; a first
# part that reads as a nominative, is no name or is the Arabic article stays.
HYPHENATED_PLACES = [
    ("Число заболевших в Эмилии-Романье выросло.", "Эмилии-Романье", "Эмилия-Романья"),
    ("Жители Северного Рейна-Вестфалии недовольны.", "Северного Рейна-Вестфалии", "Северный Рейн-Вестфалия"),
    ("В Северном Рейне-Вестфалии и Баден-Вюртемберге ввели карантин.", "Северном Рейне-Вестфалии",
     "Северный Рейн-Вестфалия"),
    ("В Шлезвиг-Гольштейне и Саксонии-Анхальт.", "Саксонии-Анхальт", "Саксония-Анхальт"),
    ("В Петропавловске-Камчатском и Каменске-Уральском.", "Каменске-Уральском", "Каменск-Уральский"),
    ("В Северном Рейне-Вестфалии и Баден-Вюртемберге ввели карантин.", "Баден-Вюртемберге", "Баден-Вюртемберг"),
    ("В Шлезвиг-Гольштейне и Саксонии-Анхальт.", "Шлезвиг-Гольштейне", "Шлезвиг-Гольштейн"),
    ("В Улан-Баторе и Лос-Анджелесе.", "Улан-Баторе", "Улан-Батор"),
    ("В Улан-Баторе и Лос-Анджелесе.", "Лос-Анджелесе", "Лос-Анджелес"),
    ("Акции Альфа-Банка выросли.", "Альфа-Банка", "Альфа-Банк"),
    ("Боевики Аль-Каиды напали.", "Аль-Каиды", "Аль-Каида"),
]


@pytest.mark.parametrize(("sentence", "written", "normal"),
                         INNER_CAPITALS + ARABIC_ARTICLE + GENITIVE_IN_Y + SHARED_CASE + INSTRUMENTAL + MINISTRIES
                         + GENITIVE_TAGGED_NOMINATIVE + GIVEN_NAME_AS_SURNAME + ROMANIAN + WOMAN_BESIDE_RELATIVE
                         + HYPHENATED_PLACES)
def test_nominative(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert _normal(pipeline, sentence, written) == normal


@pytest.mark.parametrize(("word", "source", "shaped"), [
    ("маккейн", "МакКейна", "МакКейн"),
    ("дикаприо", "ДиКаприо", "ДиКаприо"),
    ("беларусь", "Беларусью", "Беларусь"),  # no inner capital: the first letter only
    ("ит-зарплаты", "ИТ-зарплат", "ИТ-зарплаты"),
    ("макдоналдс", "МакДональдсе", "МакДоналдс"),  # a letter the nominative changes ends the copied shape
    ("сосиска", "сосиСКА", "сосиска"),  # a word opening in lower case is no name: its shape is not copied
])
def test_inner_capitals_kept(word: str, source: str, shaped: str) -> None:
    assert recover_shape(word, source) == shaped


@pytest.mark.parametrize(("word", "case", "nominative"), [
    ("Николая", "gent", "Николай"),
    ("Брюсселем", "ablt", "Брюссель"),
    ("Изральская", "gent", None),  # a feminine adjective's nominative, no genitive of a "-скай"
    ("Вишневская", "gent", None),
])
def test_soft_stems(word: str, case: str, nominative: str | None) -> None:
    assert _soft_declined(word, case, animate=True) == nominative


@pytest.mark.parametrize(("word", "case", "nominative"), [
    ("Романье", "loct", "Романья"),  # a soft stem's "-ье" is "-ья"
    ("Неваде", "loct", "Невада"),
])
def test_first_declension(word: str, case: str, nominative: str) -> None:
    assert _first_declension(word, case) == nominative
