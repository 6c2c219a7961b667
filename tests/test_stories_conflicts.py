"""The same-story score's conflict rules: another number or another day in the title means another event."""

from __future__ import annotations

import pytest

from letopis.stories.items import StoryItem
from letopis.stories.minhash import signature
from letopis.stories.score import Knobs, dates_conflict, dates_of, numbers_conflict, numbers_of, profile, same_story


def item(key: str, head: list[str], body: list[str]) -> StoryItem:
    lemmas = tuple(head + body)
    return StoryItem(article_id=key, title=" ".join(head), published=None, outlet=None, lemmas=lemmas,
                     entities=(), signature=signature(list(lemmas)), head=tuple(head))


DEATH_11 = item("a", ["воронежский", "область", "зарегистрировать", "11-й", "смерть", "коронавирус"],
                ["пациент", "умереть", "больница", "воронеж", "сутки"])
DEATH_12 = item("b", ["воронежский", "область", "скончаться", "12-й", "пациент", "коронавирус"],
                ["пациент", "умереть", "больница", "воронеж", "сутки"])
# Another outlet's report of the eleventh death: its title has no number, its text says "11".
DEATH_11_RETOLD = item("c", ["воронежский", "область", "скончаться", "пациент", "коронавирус"],
                       ["11", "смерть", "больница", "воронеж", "сутки"])
WEATHER_8 = item("d", ["прогноз", "погода"], ["пятница", "8", "ноябрь", "снег", "ветер", "температура"])
WEATHER_16 = item("e", ["прогноз", "погода"], ["суббота", "16", "ноябрь", "снег", "ветер", "температура"])


def test_numbers_and_days_are_read_from_lemmas() -> None:
    assert numbers_of(["12-й", "5,5", "covid-19", "тысяча"]) == {"12", "5,5"}
    assert dates_of(("пятница", "8", "ноябрь", "2019", "год", "40", "май")) == {304 + 8}  # a day of the year


NUMBER_WORDS = [
    ("пять человек погибнуть", {"5"}),  # "Пять человек погибли в ДТП"
    ("число погибший вырасти до пять", {"5"}),  # "Число погибших выросло до пяти"
    ("трое сутки", {"3"}),  # "за последние трое суток"
    ("полтора миллион гривна", {"1,5"}),  # "больше полутора миллиона гривен"
    ("один из лидер", set()),  # "один из лидеров": no count
    ("второй волна", set()),  # an ordinal: no count
]


@pytest.mark.parametrize(("lemmas", "numbers"), NUMBER_WORDS, ids=[c[0] for c in NUMBER_WORDS])
def test_number_words_are_read_as_digits(lemmas: str, numbers: set[str]) -> None:
    assert numbers_of(lemmas.split()) == numbers


def test_a_count_in_words_agrees_with_the_same_count_in_digits() -> None:
    words = item("f", ["число", "погибший", "вырасти", "до", "пять"], ["дтп", "трасса", "столкнуться"])
    digits = item("g", ["5", "человек", "погибнуть", "дтп"], ["трасса", "столкнуться"])
    four = item("h", ["4", "человек", "погибнуть", "дтп"], ["трасса", "столкнуться"])
    assert not numbers_conflict(profile(words), profile(digits))
    assert numbers_conflict(profile(words), profile(four))


NEAR_DAYS = [
    ("сегодня, 25 мая / 24 мая", ["25", "май"], ["24", "май"], False),
    ("31 мая / 1 июня, across the month's end", ["31", "май"], ["1", "июнь"], False),
    ("8 ноября / 16 ноября", ["8", "ноябрь"], ["16", "ноябрь"], True),
    ("3 мая / 8 мая", ["3", "май"], ["8", "май"], True),
    ("5 июля / 5 ноября: the same day of another month", ["5", "июль"], ["5", "ноябрь"], True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in NEAR_DAYS], ids=[c[0] for c in NEAR_DAYS])
def test_days_a_day_apart_agree(first: list[str], second: list[str], conflict: bool) -> None:
    a = item("x", ["прогноз", "погода"], first + ["снег"])
    b = item("y", ["прогноз", "погода"], second + ["снег"])
    assert dates_conflict(profile(a), profile(b)) is conflict


def test_titles_with_numbers_the_other_never_mentions_conflict() -> None:
    assert numbers_conflict(profile(DEATH_11), profile(DEATH_12))
    assert not numbers_conflict(profile(DEATH_11), profile(DEATH_11_RETOLD))


def test_different_days_conflict() -> None:
    assert dates_conflict(profile(WEATHER_8), profile(WEATHER_16))
    assert not dates_conflict(profile(WEATHER_8), profile(WEATHER_8))
    assert not dates_conflict(profile(WEATHER_8), profile(DEATH_11))  # one names no day: no conflict


def test_a_conflict_lowers_the_score_by_its_factor() -> None:
    off = Knobs(number_conflict=1.0, date_conflict=1.0)
    assert same_story(WEATHER_8, WEATHER_16, knobs=Knobs(date_conflict=0.5)) == (
        0.5 * same_story(WEATHER_8, WEATHER_16, knobs=off))
    assert same_story(DEATH_11, DEATH_12) < same_story(DEATH_11, DEATH_12, knobs=off)


def test_a_floor_keeps_every_decision_at_it() -> None:
    from letopis.stories.score import profile_score

    pairs = [(DEATH_11, DEATH_12), (DEATH_11, DEATH_11_RETOLD), (WEATHER_8, WEATHER_16), (WEATHER_8, DEATH_11)]
    for a, b in pairs:
        exact = profile_score(profile(a), profile(b))
        for floor in (0.1, 0.3, 0.5, 0.7):
            quick = profile_score(profile(a), profile(b), floor=floor)
            assert (quick >= floor) == (exact >= floor)
            assert quick >= exact  # only the conflicts, which lower a score, are skipped
