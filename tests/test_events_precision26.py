"""Events: false events the twenty-sixth session found in a random sample of the events on unread Wikinews texts
(issue 4), each with the near case it leaves alone. Sentences of our own.

- A person invited by no one named is asked onto a team, into a post, a show or a party, or "приглашённый" is a
  title: no REQUEST. An inviter named (even one the parse reaches only as a passive's agent), a holder of an
  office invited, or a state invited keep it.
- An act done to one person told by a word of his trade ("Дизайнеру ... предъявлены обвинения") or of a post of a
  town or region ("убит мэр ...") does not target the organisation or the place of the word's genitive. A body's
  staff or forces ("сотрудника ППС", "боевики ..."), the holder of an office or a business post of a state or an
  organisation ("Посол России", tests/test_events_sides22.py's "директора завода") still stand for it, and a name
  told after the post is the person.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def requests(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in events(pipeline, text) if e[0] == "REQUEST"]


def test_a_person_invited_by_no_one_named_is_no_request(pipeline: Pipeline) -> None:
    assert requests(pipeline, "Тренерский штаб пригласил защитника Олега Кузнецова на летние сборы в Турцию.") == []
    assert requests(pipeline, "В 2019 году Анна Соколова была приглашена в труппу Большого театра.") == []


def test_an_invitation_with_its_inviter_an_office_holder_or_a_state_stays(pipeline: Pipeline) -> None:
    assert ("REQUEST", "Владимир Путин", "Касым-Жомарт Токаев", "asserted") in events(
        pipeline, "Президент России Владимир Путин пригласил Касым-Жомарта Токаева посетить Москву.")
    assert ("REQUEST", None, "Эмманюэль Макрон", "asserted") in events(
        pipeline, "Президента Франции Эмманюэля Макрона пригласили на саммит в Пекине.")
    assert ("REQUEST", "Игорь Додон", "Дмитрий Рогозин", "asserted") in events(
        pipeline, "Весной в Кишинёв не пустили Дмитрия Рогозина, приглашённого Игорем Додоном на праздник.")
    assert requests(pipeline, "Военных КНДР пригласили на парад в Москве.") == [
        ("REQUEST", None, "КНДР", "asserted")]


def test_the_genitive_of_a_post_is_not_who_undergoes_the_act(pipeline: Pipeline) -> None:
    assert events(pipeline, "Дизайнеру группировки «Ромашка» предъявлены обвинения в вербовке.") == []
    assert events(pipeline, "В Подмосковье убит мэр Сергиева Посада.") == []
    found = events(pipeline, "Неизвестные избили журналиста газеты «Вечерний звон» у редакции.")
    assert [e for e in found if e[2] is not None and "звон" in e[2]] == []


def test_a_post_named_a_bodys_staff_or_many_of_its_men_keep_their_side(pipeline: Pipeline) -> None:
    assert ("COERCE", None, "Иван Петров", "asserted") in events(
        pipeline, "Полиция арестовала главу компании «Ромашка» Ивана Петрова.")
    assert ("COERCE", None, "ИГИЛ", "asserted") in events(pipeline, "В Сирии задержаны боевики ИГИЛ.")
    assert ("ASSAULT", "Алексей Долматов", "ППС", "asserted") in events(
        pipeline, "Алексей Долматов избил сотрудника ППС у метро.")
    assert ("COERCE", None, "Лев Шлосберг", "asserted") in events(
        pipeline, "Политика Льва Шлосберга задержали в аэропорту Пскова.")
    assert ("ASSAULT", None, "Россия", "asserted") in events(pipeline, "Посол России убит в Анкаре.")
