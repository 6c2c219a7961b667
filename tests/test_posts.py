"""Posts: person, post in nominative and the state or organisation, from appositions, adjectives and titles."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def posts(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(doc.entity(p.person).name, p.post, doc.entity(p.of).name if p.of else None) for p in doc.posts}


CASES = [
    ("Об этом заявил премьер-министр Беларуси Роман Головченко.", ("Роман Головченко", "премьер-министр", "Беларусь")),
    ("Переговоры прошли с премьер-министром Казахстана Аскаром Маминым.",
     ("Аскар Мамин", "премьер-министр", "Казахстан")),
    ("Роман Головченко, премьер-министр Беларуси, прибыл в Астану.",
     ("Роман Головченко", "премьер-министр", "Беларусь")),
    ("Белорусский премьер Роман Головченко прибыл в Астану.", ("Роман Головченко", "премьер", "Беларусь")),
    ("Глава МИД России Сергей Лавров обсудил ситуацию.", ("Сергей Лавров", "глава", "МИД России")),
    ("Министр иностранных дел Казахстана Мухтар Тлеуберди провел встречу.",
     ("Мухтар Тлеуберди", "министр иностранных дел", "Казахстан")),
    ("Губернатор Московской области Андрей Воробьев открыл станцию.",
     ("Андрей Воробьев", "губернатор", "Московская область")),
    ("Встреча с послом США Дэниелом Розенблюмом прошла в Астане.", ("Дэниел Розенблюм", "посол", "США")),
    ("Сопредседатель московского отделения движения «Солидарность» Михаил Вельмакин выступил.",
     ("Михаил Вельмакин", "сопредседатель", "Солидарность")),
    ("Борис Стомахин, редактор газеты «Радикальная политика», осужден.",
     ("Борис Стомахин", "редактор", "Радикальная политика")),
    ("Президент ФИДЕ Кирсан Илюмжинов прибыл в Элисту.", ("Кирсан Илюмжинов", "президент", "ФИДЕ")),
    ("Председатель КНР Ху Цзиньтао прибыл в Москву.", ("Ху Цзиньтао", "председатель", "Китай")),
    # a post held before, written with its modifier
    ("Иван Петров — бывший министр финансов Белоруссии — раскритиковал бюджет.",
     ("Иван Петров", "бывший министр финансов", "Беларусь")),
    ("Экс-президент Грузии Михаил Саакашвили прибыл в Киев.", ("Михаил Саакашвили", "экс-президент", "Грузия")),
    # the name after the post's genitive phrase wins over the name before the comma
    ("На митинге выступили журналист Анна Смирнова, председатель партии «Яблоко» Сергей Митрохин.",
     ("Сергей Митрохин", "председатель партии", "Яблоко")),
    ("Директор ЦРУ по оперативной работе Джон Смит отказался от комментариев.", ("Джон Смит", "директор", "ЦРУ")),
    # a rank between the post and the name
    ("Пресс-секретарь министерства обороны Таиланда полковник Винтай Суварии заявил об этом.",
     ("Винтай Суварии", "пресс-секретарь", "Таиланд")),
    ("Джон Кирби, исполняющий обязанности официального представителя Пентагона, сообщил об этом.",
     ("Джон Кирби", "официальный представитель", "Пентагон")),
    # an abbreviation in parentheses, an organisation in the instrumental, a minister's portfolio
    ("Директор Федеральной службы безопасности (ФСБ) Александр Бортников выступил с докладом.",
     ("Александр Бортников", "директор", "Федеральная служба безопасности")),
    ("Аарон Гринспен, управляющий компанией FaceCash, уже выступал против.",
     ("Аарон Гринспен", "управляющий", "FaceCash")),
    ("Министр по государственным сборам Новой Зеландии Питер Данн рассказал о налогах.",
     ("Питер Данн", "министр по государственным сборам", "Новая Зеландия")),
    # predicates: the subject of "стал", "назначен", "занять пост"
    ("Сергей Собянин стал мэром Москвы в 2010 году.", ("Сергей Собянин", "мэр", "Москва")),
    ("Михаил Мишустин был назначен председателем правительства России в 2020 году.",
     ("Михаил Мишустин", "председатель", "Правительство России")),
    ("Владимир Путин согласился занять пост премьер-министра РФ в случае победы.",
     ("Владимир Путин", "премьер-министр", "Россия")),
    # posts listed before one name
    ("Об этом сказал лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев.",
     ("Мустафа Джемилев", "лидер", "Меджлис крымско-татарского народа")),
    ("В интервью наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил новости.",
     ("Хуан Суареш", "наблюдатель", "ОБСЕ")),
    # a masculine accusative post before a genitive name, a pronoun as the predicate's subject, a signature
    ("В Грозном прошла инаугурация экс-боевика, а ныне генерал-майора МВД Рамзана Кадырова.",
     ("Рамзан Кадыров", "генерал-майор", "МВД")),
    ("Мария Захарова прибыла в Минск. Она была назначена министром иностранных дел Белоруссии.",
     ("Мария Захарова", "министр иностранных дел", "Беларусь")),
    ("Участники требовали отставки подмосковного губернатора Бориса Громова.",
     ("Борис Громов", "губернатор", "Подмосковье")),
    # a post serving another post's holder keeps it
    ("Помощник госсекретаря США Фил Гордон сказал, что дверь открыта.", ("Фил Гордон", "помощник госсекретаря", "США")),
    # an institution in common nouns after the post
    ("Представитель вооружённых сил полковник Сансерн Каевкамнерд заявил об этом.",
     ("Сансерн Каевкамнерд", "представитель", "вооружённые силы")),
    ("Пусть победит сильнейший!\n\nКирсан Илюмжинов Президент ФИДЕ", ("Кирсан Илюмжинов", "президент", "ФИДЕ")),
]


@pytest.mark.parametrize(("text", "post"), CASES, ids=[c[1][1] + " " + c[1][0] for c in CASES])
def test_post_is_found(pipeline: Pipeline, text: str, post: tuple[str, str, str | None]) -> None:
    assert post in posts(pipeline.analyze_one(Article(text=text)))


def test_former_post_is_not_current(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Бывший президент Киргизии Алмазбек Атамбаев дал интервью."))
    assert not any(p.post == "президент" for p in doc.posts)


def test_post_evidence_covers_post_and_person(pipeline: Pipeline) -> None:
    text = "Об этом заявил премьер-министр Беларуси Роман Головченко во время переговоров."
    doc = pipeline.analyze_one(Article(text=text))
    post = doc.posts[0]
    assert text[post.start:post.stop] == "премьер-министр Беларуси Роман Головченко"


def test_head_of_state_title_is_the_president(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Президент Казахстана Касым-Жомарт Токаев принял гостей. "
                                            "Глава государства отметил успехи."))
    title = next(m for m in doc.mentions if m.text == "Глава государства")
    assert title.kind == "title"
    assert doc.entity(title.entity).name == "Касым-Жомарт Токаев"


def test_plural_title_is_nobody(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Президент Казахстана Касым-Жомарт Токаев принял гостей. "
                                            "Договоренности достигнуты главами государств."))
    assert not any(m.text == "главами государств" for m in doc.mentions)


def test_ambiguous_title_stays_unresolved(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Премьер-министр Беларуси Роман Головченко встретился с "
                                            "премьер-министром Казахстана Аскаром Маминым. Премьер-министр отметил "
                                            "рост товарооборота."))
    assert not any(m.kind == "title" and m.text == "Премьер-министр" for m in doc.mentions)


def test_genitive_name_after_post_is_not_its_holder(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Помощник Сергея Лаврова рассказал журналистам о визите."))
    assert not any(doc.entity(p.person).name == "Сергей Лавров" for p in doc.posts)


def test_state_of_the_other_officials_is_implied(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Министр иностранных дел Беларуси Максим Рыженков прибыл в Минск. "
                                            "Премьер-министр Роман Головченко провёл совещание."))
    assert ("Роман Головченко", "премьер-министр", "Беларусь") in posts(doc)


def test_listed_posts_of_two_states_are_two_people(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Министр иностранных дел Беларуси, премьер-министр Казахстана Аскар Мамин "
                                            "и другие прибыли."))
    assert ("Аскар Мамин", "министр иностранных дел", "Беларусь") not in posts(doc)


def test_pronoun_of_the_other_gender_is_not_the_last_person(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Иван Петров встретился с Марией Ивановой. Он был назначен министром "
                                            "финансов Белоруссии."))
    assert ("Иван Петров", "министр финансов", "Беларусь") in posts(doc)



def test_the_one_state_of_the_article_is_implied(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Россия выиграла чемпионат мира по хоккею. Премьер-министр Владимир "
                                            "Путин поздравил сборную."))
    assert ("Владимир Путин", "премьер-министр", "Россия") in posts(doc)


def test_opposition_is_no_organisation(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Лидер оппозиции Нино Бурджанадзе выступила на митинге."))
    assert not any(p.of for p in doc.posts)
