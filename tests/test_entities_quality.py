"""Entity errors the quote and event work met: common nouns opening a sentence taken for persons, a name given
as an organisation beside the person's given name, one surname in two spellings, mentions running over a line
break. Where the tagger's error depends on a long context, the mentions are set by hand on a parsed text and the
entity stage alone is run on them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline, entities, nlp
from letopis.lexicon import load_lexicon
from letopis.records import Mention


@pytest.fixture(scope="module")
def mentions_only() -> Pipeline:
    return Pipeline(disable={"entities", "posts", "quotes", "events", "commitments"})


def persons(doc: Doc) -> list[str]:
    return [e.name for e in doc.entities if e.type == "PER"]


def join(mentions_only: Pipeline, text: str, added: list[tuple[int, str, str, str]],
         retype: dict[str, str] | None = None) -> Doc:
    """The entity stage on a parsed text whose mentions the test sets: ``added`` are (start, written, type,
    normal), replacing the tagger's mentions they overlap; ``retype`` changes the type of a mention written so."""
    doc = mentions_only.analyze_one(Article(text=text))
    spans = [(start, start + len(written)) for start, written, _, _ in added]
    found = [replace(m, type=(retype or {}).get(m.text, m.type)) for m in doc.mentions
             if not any(m.start < stop and start < m.stop for start, stop in spans)]
    found += [Mention(start=start, stop=start + len(written), text=written, type=kind, normal=normal)
              for start, written, kind, normal in added]
    doc = replace(doc, mentions=tuple(sorted(found, key=lambda m: (m.start, m.stop))))
    return entities.join_entities(doc, nlp.load_models().morph_vocab, load_lexicon())


SPELLINGS = [
    ("Госсекретарь Мануэль Кастельо прибыл в Мадрид. По данным газеты, Кастейо проведет переговоры.", "Кастейо"),
    ("Министр Пьер Буффье выступил в сенате. Буфье пообещал провести реформу.", "Буфье"),
    ("Трамп предложил на пост главы ФБР Кэша Пателя. Пател известен жесткими заявлениями.", "Пател"),
    ("Губернатор Арнольд Шварценеггер подписал закон. Позже Шварцнегер объяснил свое решение.", "Шварцнегер"),
]


@pytest.mark.parametrize(("text", "variant"), SPELLINGS, ids=[c[1] for c in SPELLINGS])
def test_two_spellings_of_one_surname_are_one_person(pipeline: Pipeline, text: str, variant: str) -> None:
    doc = pipeline.analyze_one(Article(text=text))
    entity = next(m.entity for m in doc.mentions if m.text == variant)
    assert len(doc.entity(entity).name.split()) == 2, persons(doc)


def test_spellings_with_different_first_names_stay_apart(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Жан Буффье и Пьер Буфье выступили в сенате."))
    assert sorted(persons(doc)) == ["Жан Буффье", "Пьер Буфье"]


def test_surname_in_an_oblique_case_joins_the_foreign_name(mentions_only: Pipeline) -> None:
    text = "Актер Энтони Рэпп дал интервью. Рэппу тогда было четырнадцать лет."
    doc = join(mentions_only, text, [(text.index("Рэппу"), "Рэппу", "PER", "Рэппу")])
    assert persons(doc) == ["Энтони Рэпп"]


COMMON_NOUNS = [
    ("Сестра погибшей певицы не верит в несчастный случай\n\nСестра покойной певицы Анна Котова рассказала о ней.",
     "Сестра"),
    ("Пенсионерка из Тулы выиграла в лотерею. Пенсионерка потратит деньги на ремонт.", "Пенсионерка"),
]


@pytest.mark.parametrize(("text", "noun"), COMMON_NOUNS, ids=[c[1] for c in COMMON_NOUNS])
def test_common_noun_opening_a_sentence_is_no_person(mentions_only: Pipeline, text: str, noun: str) -> None:
    doc = join(mentions_only, text, [(text.rindex(noun), noun, "PER", noun)])
    assert noun not in persons(doc)


NAMES_KEPT = [
    # a surname that is a common noun's form, the person named in full elsewhere
    ("Илон Маск основал компанию. Маску предложили место в совете.", ["Маску"], "Илон Маск"),
    # a pet's name, written capitalised inside a sentence too
    ("У нас живет кошка Белка. Белка любит спать на окне.", ["Белка", "Белка"], "Белка"),
]


@pytest.mark.parametrize(("text", "written", "person"), NAMES_KEPT, ids=[c[2] for c in NAMES_KEPT])
def test_name_that_is_also_a_common_noun_stays(mentions_only: Pipeline, text: str, written: list[str],
                                               person: str) -> None:
    added, at = [], len(text)
    for word in written:  # from the last occurrence back
        at = text.rindex(word, 0, at)
        added.append((at, word, "PER", word))
    doc = join(mentions_only, text, added)
    assert person in persons(doc)


def test_full_name_tagged_as_organisation_is_the_person_of_its_given_name(mentions_only: Pipeline) -> None:
    text = "На службе был епископ Иннокентий Корсунский. Епископ Иннокентий считает, что приход растет."
    doc = join(mentions_only, text, [], retype={"Иннокентий Корсунский": "ORG"})
    assert persons(doc) == ["Иннокентий Корсунский"]
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_name_of_a_street_stays_a_place(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Пожар произошел на улице Розы Люксембург в Казани."))
    assert "Роза Люксембург" not in persons(doc)


LINE_BREAKS = [
    ("Кевин Спейси во время визита губернатора Мартина О’Мэлли\nКомпания Netflix закрыла сериал.",
     "Мартина О’Мэлли\nКомпания", "Мартин О’Мэлли Компания", "Мартин О’Мэлли"),
    ("Объявлены победители. Среди них Гриша Скобелев\n\nСейчас он учится в Москве.",
     "Гриша Скобелев\n\nСейчас", "Гриша Скобелев Сейчас", "Гриша Скобелев"),
]


@pytest.mark.parametrize(("text", "written", "normal", "name"), LINE_BREAKS, ids=[c[3] for c in LINE_BREAKS])
def test_mention_ends_at_a_line_break(mentions_only: Pipeline, text: str, written: str, normal: str,
                                      name: str) -> None:
    doc = join(mentions_only, text, [(text.index(written), written, "PER", normal)])
    assert name in persons(doc)
    assert all("\n" not in m.text for m in doc.mentions)
