"""Actors: the entity a word of the syntax tree stands for, and the state a person stands for.

    "премьер-министром Казахстана Аскаром Маминым"  -> Аскар Мамин (the person named in apposition)
    "связи Казахстана и Беларуси"                   -> Казахстан, Беларусь (what the relation is of)
    "я" / "мы" inside Токаев's direct quote         -> Токаев
    "Вы" inside Токаев's quote to Головченко        -> Головченко (the article's other speaker)
    state_of(Головченко)                            -> Беларусь (his post "премьер-министр Беларуси")

A person keeps being the actor of an event; the state is read through their post (``Doc.posts``) or the
title that names them ("Премьер-министр Беларуси") when a dyad of states is needed.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from letopis.analysis.event_triggers import case_word as case_word  # one definition, re-exported for the stages
from letopis.analysis.event_triggers import load_word_sets
from letopis.analysis.posts import is_former
from letopis.lexicon import Lexicon, PostEntry, load_people
from letopis.records import Doc, Entity, Event, Mention, Post, Quote, Token

__all__ = ["ACT_ROLES", "CITIZENS", "Actors", "state_of"]

SPEAKER_PRONOUNS = frozenset({"я", "мы"})
ADDRESSEE_PRONOUNS = frozenset({"вы", "ты"})
THIRD_PRONOUNS = frozenset({"он", "она"})
# The plural third person pronoun's lemma ("они", "их", "им", "ними"): it stands for a plural actor told before.
PLURAL_PRONOUN = "они"
# "the latter": a subject "последний" / "последняя" with no noun of its own stands for the one named last.
LATTER = "последний"
# "оба", "обе", "обоих": a pair told again as a pair ("X и Y побывали ... Оба гражданина ... могут быть обвинены")
BOTH = "оба"
POSSESSIVES = frozenset({"его", "её", "ее"})
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2}
# Nouns that act for the state an adjective names: "российская сторона", "украинские войска", "японские
# ультраправые" (animate nouns qualify by their feature; these are the inanimate ones).
ACTING_NOUNS = frozenset({"сторона", "власть", "войско", "правительство", "руководство", "делегация",
                          "общественность", "посольство", "дипмиссия", "дипломатия", "мид", "ведомство",
                          "народ", "армия", "военные", "силовик", "государство", "кабинет", "администрация",
                          # "к русским и китайским антимонопольным службам", "правоохранительные органы ОАЭ"
                          "служба", "спецслужба", "орган", "министерство", "регулятор",
                          # "американская разведка подозревает Россию" (EVENTS.md: an unnamed intelligence is its state)
                          "разведка", "контрразведка", "разведслужба",
                          # "обвинил ... аргентинскую полицию": a state's police, as its services
                          "полиция",
                          # "Итальянский суд приговорил", "германский суд": a state's court as the state (EVENTS.md,
                          # events_dev11 and events_dev13); "Жюри присяжных в Теннесси обязало" (events_dev17)
                          "суд", "жюри",
                          # "эстонская прокуратура будет разбираться" (events_dev5), "российская прокуратура
                          # обратилась в суд" (events_dev19): a state's prosecutors as the state, as its police
                          "прокуратура"})
# Adjectives of a government that leave it the state's own ("новые власти" after a coup are still the state's).
NEW_GOVERNMENT = frozenset({"новый"})
# Post words that name whoever heads a state ("российский лидер"), whatever the post's own name.
LEADER_WORDS = frozenset({"лидер", "руководитель"})
# Words that list the named members of a group ("20 стран, включая Францию и Германию").
INCLUDING = frozenset({"включая", "включать"})
# Category nouns a long article uses for the one organisation it names ("члены альянса" for НАТО, "страны союза").
CATEGORY_NOUNS = frozenset({"альянс", "союз", "блок"})
# A counterpart named by its state's adjective ("с турецким коллегой"): the holder of that state's post.
COLLEAGUE_WORDS = frozenset({"коллега", "визави"})
# Posts too vague to stand alone for the one person who holds them ("глава" of anything, a party's "лидер").
VAGUE_POSTS = frozenset({"official", "party"})
VAGUE_POST_WORDS = frozenset({"глава", "лидер", "руководитель", "председатель", "представитель", "член",
                              "депутат", "посол", "директор", "сотрудник"})
# Posts that name a category, not a title: "глава государства" is whoever is the state's president or king.
GENERIC_POSTS = frozenset({"глава государства", "глава правительства"})
# Nouns whose genitive post word names an office, not a person: "на пост Президента", "от должности Министра".
OFFICE_NOUNS = frozenset({"должность", "пост", "звание", "кресло"})
HEAD_CATEGORIES = frozenset({"head_of_state", "head_of_government"})
# Nouns of a state's ground that an adjective makes the state: "удары по российским территориям", "по
# российскому тылу".
TERRITORY_NOUNS = frozenset({"территория", "тыл", "земля", "граница", "регион"})
# First words of an organisation's name that make it the state itself ("Правительство Японии" -> Япония, an unnamed
# legislature as well: "парламент Пакистана проголосовал" -> Пакистан); agencies ("Минсельхоз", "МИД России") and
# named legislatures ("Госдума", "Кнессет") stay as written.
GOVERNMENT_WORDS = frozenset({"правительство", "власти", "власть", "администрация", "руководство", "кабинет",
                              "парламент"})
# The body of a name "[adjective] <body> <state>" that stands for the state when it acts ("шахматная федерация
# Израиля поддержит Илюмжинова" is Израиль's support, as EVENTS.md annotates national federations; "правоохранительные
# органы Китая" are Китай, as an unnamed government is its state).
NATIONAL_BODY_WORDS = frozenset({"федерация", "федерации", "федерацию", "федерацией", "органы", "органов", "органам",
                                 "органами"})
# First words of an organisation's name for a body that acts for the place its genitive names, as an unnamed
# government does (EVENTS.md: a state's police, army and services are the state, a city's police the city; the sets
# write none of them as named): "Полиция Малайзии считает" -> Малайзия, "армия Израиля" -> Израиль, "полиции
# Нью-Йорка" -> Нью-Йорк, "Делегация Китая" -> Китай. Agencies, embassies and courts stay as written ("МИД России",
# "Посольство РФ", "суд Невады").
STATE_BODY_WORDS = frozenset({"полиция", "полиции", "полицию", "полицией", "армия", "армии", "армию", "армией",
                              "делегация", "делегации", "делегацию", "делегацией"})
# A state's force told bare as the subject of its act ("полиция задержала"): the article's state, as a bare "власти"
# (EVENTS.md, events_dev12 and events_dev15: a state's police acting is the state). "полиция в Москве", "местная
# полиция", "полиция Белиза" name whose they are themselves.
BARE_STATE_FORCES = frozenset({"полиция"})
# Nouns a long article uses for a state it named, told by a quality instead of its name ("эмбарго на торговлю с
# коммунистическим государством" for Куба): with an adjective that names no state, the article's main state.
STATE_DESCRIPTIONS = frozenset({"государство", "страна", "республика"})
# Words for the rulers of the article's state that need no adjective ("Военная хунта ... арестовала", "хунта").
RULER_DESCRIPTIONS = frozenset({"хунта"})
# Nouns for a company told by its trade instead of its name ("Газовый монополист предупредил", "концерн должен
# выплачивать"): the organisation the article mentions most. Generic words ("компания", "банк") need an adjective.
ORG_DESCRIPTIONS = frozenset({"монополист", "концерн", "холдинг", "корпорация", "компания", "банк", "гигант"})
BARE_ORG_DESCRIPTIONS = frozenset({"монополист", "концерн", "холдинг", "корпорация"})
# Kind nouns an article names an organisation by once ("Журнал Rolling Stone", "Замоскворецкий суд Москвы",
# "компания «Северсталь»") and then uses bare for it ("обвинил журнал", "Суд отказался", "в адрес компании").
KIND_NOUNS = frozenset({"суд", "журнал", "газета", "телеканал", "издание", "агентство", "компания", "банк",
                        "партия", "движение", "организация", "фонд", "университет"})
BARE_KIND_RELS = frozenset({"case", "punct", "cc", "discourse", "advmod", "mark"})
# Nouns for a person's rival told instead of a name ("Байден призвал оппонента уважать результаты", "обвинил своего
# соперника"): the person the article mentions most after the one they are the rival of (election and contest
# reports name the two candidates far more often than anyone else). "противник" is left out: mostly a military foe.
# One private person told by their state ("гражданина Мексики", "итальянский гражданин"): no side (event_words.tsv).
CITIZENS = load_word_sets().words("CITIZENS")
# A lawyer, agent, friend or relative told by whose they are ("его адвокат", "пресс-агент Гибсона"): not that one.
ASSOCIATES = load_word_sets().words("ASSOCIATES")
# Words of kin ("брат", "зять"): a person told as someone's kin (event_words.tsv).
KIN_WORDS = load_word_sets().words("KIN_WORDS")
# The nouns a region is told by ("в штате Массачусетс", "в провинции Хэбэй"): a body in it acts as that region.
REGION_NOUNS = load_word_sets().words("REGION_NOUNS")
# Role words for the one a crime story accuses, detains or tries ("подозреваемый", "обвиняемый", "преступник",
# "убийца") and for the one it hurt ("пострадавший", "потерпевший", "жертва"), by lemma (a participle's is its
# verb's): once the article has told its act on exactly one person, the role word stands for that person.
ACCUSED_ROLES = load_word_sets().words("ACCUSED_ROLES")
VICTIM_ROLES = load_word_sets().words("VICTIM_ROLES")
# Role words whose grammatical gender says nothing of the person's ("жертва" may be a man, "убийца" a woman).
_COMMON_GENDER_ROLES = frozenset({"жертва", "убийца"})
# Roles in an act, said of the one who did it ("Дмитриченко был заказчиком покушения"), which name whom it was
# done to after them ("убийца Бориса Немцова", "заказчика убийства Алихаджиева"), as ASSOCIATES name whose they are.
ACT_ROLES = frozenset({"заказчик", "организатор", "исполнитель", "инициатор", "виновник", "вдохновитель", "убийца",
                       "похититель"})
# People told by what they founded, created or own ("Основатель Telegram задержан"): that organisation or product
# is whose they are, not who they are (event_words.tsv).
OWNERS = load_word_sets().words("OWNERS")
WHOSE_WORDS = ASSOCIATES | ACT_ROLES | OWNERS
# Nouns that stand for the person their genitive names: "в поддержку кандидатуры Дональда Трампа" supports Трамп.
STAND_IN_NOUNS = frozenset({"кандидатура"})
# Words that make a description or post a past one: "бывший президент" is not the president now.
# "свергнутый президент" (lemma "свергнуть"), "низложенный монарх", "отставной министр" are past holders as well.
FORMER_WORDS = frozenset({"бывший", "экс", "свергнуть", "низложить", "отставной"})
# How many sentences after a bare description the name that introduces it may come ("Полиция задержала продюсера.
# Голливудский продюсер Харви Вайнштейн ..." : a headline or lead tells the role first, the name just after).
CATAPHORA_REACH = 2
# How far into the article a title's description may be spelled out as someone's own: "Назарбаев уволил зятя" (the
# title) is told by name only in the body ("уволит своего зятя Тимура Кулибаева", four sentences on).
TITLE_REACH = 5
# A competition named by its host ("чемпионат России", "первенство Европы"): the genitive says where it is held.
COMPETITION_WORDS = frozenset({"чемпионат", "первенство", "турнир", "олимпиада", "кубок", "спартакиада"})
# A law told by its genitive ("закон Димы Яковлева", "статьи 148 Уголовного кодекса России", "законодательство
# США"): the genitive names whom the law is named after or whose law it is, not who acts or is acted on by an act
# aimed at the law ("протест против закона" targets no one, as support of a bill does in EVENTS.md).
LAW_WORDS = frozenset({"закон", "законопроект", "кодекс", "законодательство"})
PARTNER_WORDS = frozenset({"партнер", "партнёр", "союзник"})
# People an organisation sends, named by where they come from: "эксперты из ООН", "наблюдатели из ОБСЕ".
ENVOY_WORDS = frozenset({"эксперт", "специалист", "представитель", "наблюдатель", "инспектор", "делегация",
                         "миссия", "посредник", "переговорщик"})
RIVAL_WORDS = frozenset({"оппонент", "соперник", "конкурент"})
# Plain words for a private person ("Мужчина признан виновным", "Суд приговорил мужчину", "не выпустит девушку"):
# said again of the one private person the article has named, they stand for that person (``_story_person``).
STORY_NOUNS = {"мужчина": "m", "парень": "m", "юноша": "m", "женщина": "f", "девушка": "f"}
# Staff told with no word of whose they are, acted on ("ворвались в телестудию «Аль-Джазира» и арестовали
# нескольких сотрудников"): the staff of the one organisation the sentence named before them.
STAFF_NOUNS = frozenset({"сотрудник", "сотрудница", "работник", "работница", "служащий", "персонал"})
# How many sentences back a subject pronoun looks for the person it stands for.
PRONOUN_REACH = 3
# Words for the unknown doer of an attack: an identification naming one of them names them all ("Нападавший ...
# окружили убийцу ... Власти раскрыли личность нападавшего — это Иван Петров"); participles by their verb's lemma.
PERPETRATOR_NOUNS = frozenset({"злоумышленник", "стрелок", "убийца", "преступник", "террорист", "налетчик",
                               "смертник", "нападавший", "нападать", "напасть", "стрелять"})
# Verbs an identification sentence names the one told before with ("Им оказался Иван Петров", "им является ...").
IDENTIFYING_VERBS = frozenset({"оказаться", "являться"})
# Stems of the verbs that find out who someone is ("личность нападавшего установлена", "раскрыли его личность").
IDENTITY_FOUND = ("установ", "раскры", "выясн", "опозна")
# The label of an interview's transcript line: "Мустафа Джемилев: Да, всё верно." at the start of a line.
_LINE_LABEL = re.compile(r"(?m)^[ \t*]*([А-ЯЁA-Z][\w.\- «»\"]{1,40}?):[ \t]")
# Relations through which a word names who it is: "премьер-министр Казахстана Аскар Мамин",
# "связи Казахстана и Беларуси".
_NAMING = ("appos", "flat", "flat:name", "flat:foreign", "nmod", "conj")


_PRONOUN_GENDER = {"он": "m", "она": "f"}
# A possessive stands for the person of its personal pronoun: "Под его руководством ... обвиняли его" (an "его"
# that the parser tags DET, lemma "его", is the possessive; the personal "его" is PRON with lemma "он").
_POSSESSIVE_OF = {"его": "он", "её": "она", "ее": "она"}
_UD_GENDER = {"Masc": "m", "Fem": "f"}
_MORPH_GENDER = {"masc": "m", "femn": "f"}


@functools.cache
def _noun_tags(word: str) -> tuple[str | None, bool]:
    """A common noun's lemma as pymorphy's dictionary reads it: its gender ("m", "f" or "n"; None where its
    nominative singular readings have none or disagree: the parser's own tag takes "киберпреступность" for a
    masculine noun) and whether it names only things ("решение", "приговор"; not "вышибала", "безбилетница", whose
    animacy the parser's tag may miss). (None, False) for an unknown word."""
    from letopis.analysis.nlp import load_vocab  # the dictionaries, loaded once, only when a pronoun asks

    vocab = load_vocab()
    if not vocab.word_is_known(word):
        return None, False
    nouns = [form for form in vocab.parse(word) if form.tag.POS == "NOUN"]
    genders = {str(form.tag.gender) for form in nouns if form.tag.case == "nomn" and form.tag.number == "sing"}
    gender = {"masc": "m", "femn": "f", "neut": "n"}.get(genders.pop()) if len(genders) == 1 else None
    return gender, {str(form.tag.animacy) for form in nouns} == {"inan"}


@functools.cache
def _listed_genders() -> dict[str, str]:
    """The genders of ``data/people.tsv``, by full name."""
    return {p.name: p.gender for p in load_people() if p.gender in ("m", "f")}


@functools.cache
def _name_gender(name: str) -> str | None:
    """The gender a nominative person's name tells by pymorphy's dictionary: its given names and patronymics
    first (a surname may be a man's and a woman's alike, "Ли"), then its surnames; None where the words give
    none or both ("Саша" is either)."""
    from letopis.analysis.nlp import load_vocab  # the dictionaries, loaded once, only when a pronoun asks

    vocab = load_vocab()
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    for grammemes in (("Name", "Patr"), ("Surn",)):
        found: set[str] = set()
        for word in words:
            if not vocab.word_is_known(word.lower()):
                continue  # pymorphy's guess from the ending takes "Айссата" for a man's name
            for form in vocab.parse(word):
                if form.tag.case == "nomn" and form.tag.number != "plur" and any(g in form.tag for g in grammemes):
                    gender = _MORPH_GENDER.get(str(form.tag.gender))
                    found.add(gender if gender is not None else "?")  # "ms-f": "Саша" is either
        genders = found - {"?"}
        if len(genders) == 1:
            return genders.pop()
        if genders:
            return None  # words of both genders: the dictionary cannot tell
    return None


def state_of(doc: Doc, entity_id: str, lexicon: Lexicon | None = None) -> str | None:
    """The entity of the state an actor stands for: a state is itself; a person stands for the state of
    their post ("премьер-министр Беларуси"); an organisation for the state of its country code."""
    by_id = {e.id: e for e in doc.entities}
    entity = by_id.get(entity_id)
    if entity is None:
        return None
    if entity.type == "LOC" and entity.country and _is_state(doc, entity_id, lexicon):
        return entity_id
    code: str | None = None
    for post in doc.posts:
        if post.person == entity_id and post.of in by_id and not is_former(post.post):
            holder = by_id[post.of]
            if holder.type == "LOC" and holder.country and _is_state(doc, holder.id, lexicon):
                return holder.id
            code = code or holder.country
    if entity.type == "PER" and code is None:
        # A title standing for the person: "Премьер-министр Беларуси" holds a mention of Беларусь;
        # "российского президента" names Россия by its adjective.
        for title in doc.mentions:
            if title.entity == entity_id and title.kind == "title":
                for inner in doc.mentions:
                    if (inner.type == "LOC" and title.start <= inner.start and inner.stop <= title.stop
                            and _is_state(doc, inner.entity, lexicon)):
                        return inner.entity
                code = code or _adjective_code(doc.text[title.start:title.stop], lexicon)
    if entity.type in ("ORG", "LOC"):
        code = entity.country  # "Костанайская область" stands for Казахстан
    if code:
        for other in doc.entities:
            if other.type == "LOC" and other.country == code and _is_state(doc, other.id, lexicon):
                return other.id
    return None


# Possessives that make a description someone's relative or associate ("её муж", "его адвокат"), not a person the
# article introduced by it.
POSSESSIVES = frozenset({"его", "ее", "её", "их", "мой", "твой", "наш", "ваш", "свой"})
# Determiners that point back to one person ("этот продюсер"), not to a kind of people ("каждый подросток").
DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "сам", "самый"})


# A participle's adjectival ending after its suffix: active "-вш-", "-ущ-" ("пострадавшего"), passive "-ем-",
# "-им-", "-нн-", "-т-" ("обвиняемого", "задержанного", "убитого").
_ACTIVE_PARTICIPLE = re.compile(r"(ш|щ)(ий|ая|ее|ие|его|ей|ему|им|ем|ую|их|ими)$")
_PASSIVE_PARTICIPLE = re.compile(r"(ем|им|нн|ен|т)(ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)$")


def _participle_voice(token: Token) -> str | None:
    """"Act" or "Pass" for a participle, also one the tagger read as a noun or an adjective standing as one
    ("обвиняемого", "пострадавший" with the verb's lemma but no verb form), else None."""
    if token.feats.get("VerbForm") == "Part":
        return "Pass" if token.feats.get("Voice") == "Pass" else "Act"
    if token.pos not in ("NOUN", "PROPN", "ADJ") or not token.lemma.lower().endswith(("ть", "ться", "ти", "тись")):
        return None
    text = token.text.lower()
    if _ACTIVE_PARTICIPLE.search(text):
        return "Act"
    return "Pass" if _PASSIVE_PARTICIPLE.search(text) else None


def _same_verb(one: str, other: str) -> bool:
    """Whether two verb lemmas are one verb, or its two aspects ("обвинить" and "обвинять", "задержать" and
    "задерживать"): the same stem with at most the aspect's suffix after it."""
    if one == other:
        return True
    common = len(os.path.commonprefix([one, other]))
    return common >= 5 and common >= min(len(one), len(other)) - 3


def _word_forms(token: Token) -> tuple[str, ...]:
    """A word after a post word as the posts lexicon may write it: as the text has it ("глава МИД"), and, for an
    abbreviation declined in the text ("главы японского МИДа"), by its lemma."""
    text = token.text.lower()
    lemma_ = token.lemma.lower()
    return (text,) if lemma_ == text or not token.text[:2].isupper() else (text, lemma_)


def _described_word(token: Token) -> tuple[str, bool]:
    """A description's noun, lower case with "ё" as "е", without "экс-", and whether "экс-" made it a past one."""
    word = token.lemma.lower().replace("ё", "е")
    if word.startswith("экс-"):
        return word[len("экс-"):], True
    return word, False


def _adjective_code(title: str, lexicon: Lexicon | None) -> str | None:
    """The one state a title's adjectives name ("российского президента" -> RU), if any."""
    if lexicon is None:
        return None
    codes = {c for word in title.split() for c in lexicon.country_of_adjective(word)}
    return codes.pop() if len(codes) == 1 else None


def _is_state(doc: Doc, entity_id: str, lexicon: Lexicon | None) -> bool:
    entity = next((e for e in doc.entities if e.id == entity_id), None)
    if entity is None or entity.type != "LOC" or not entity.country:
        return False
    return lexicon is None or lexicon.country(entity.name) is not None


@dataclass
class Actors:
    """Lookups for one document, built once: which mention covers a token, who speaks where."""

    doc: Doc
    lexicon: Lexicon
    covering: dict[int, Mention] = field(default_factory=dict)
    states: dict[str, str | None] = field(default_factory=dict)
    added: list[Entity] = field(default_factory=list)  # states named by none of the article's mentions
    # Post words whose holder is being looked for: a pronoun in the post's phrase looks back for a person
    # and may meet the same post word again ("..., близкому к ... обвинил его"), which must not recurse.
    _post_lookups: set[int] = field(default_factory=set)
    # Plural pronouns being resolved: the phrase found may hold another pronoun that looks back to it.
    _plural_lookups: set[int] = field(default_factory=set)
    _categories: dict[str, str | None] = field(default_factory=dict)  # category noun -> the organisation it names
    # A kind noun -> (where, the organisation) for each organisation the article named with it (``_kind_org``)
    _kinds: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _governments: dict[str, tuple[int, str]] = field(default_factory=dict)  # "власти" -> (where, whose) last named
    # bare "власти", "полиция" read as the article's state (``_same_government``)
    guessed: set[int] = field(default_factory=set)
    _leaders: dict[str, str | None] = field(default_factory=dict)  # "LOC"/"ORG" -> the article's most mentioned
    # A description's noun -> (where, the person, whether a past one) for each person the article introduced with it
    _described: dict[str, list[tuple[int, str, bool]]] = field(default_factory=dict)
    _genders: dict[str, str | None] = field(default_factory=dict)  # person -> "m"/"f", where the article tells
    # A description's key -> the people the article's identification sentences name for it (``_identifications``)
    _identified: dict[str, set[str]] | None = None
    # The events the stage has found so far, in text order (``find_events`` shares its list): a role word looks
    # back at whom the article has accused, detained or hurt (``_role_person``)
    told: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        tokens = self.doc.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        # The widest mention wins a token: "Президент Казахстана" (a title) over "Казахстана".
        for mention in sorted(self.doc.mentions, key=lambda m: m.stop - m.start):
            i = starts.get(mention.start)
            if i is None:
                i = next((k for k, t in enumerate(tokens) if t.start <= mention.start < t.stop), None)
            while i is not None and i < len(tokens) and tokens[i].start < mention.stop:
                if mention.entity:
                    self.covering[i] = mention
                i += 1
        self.direct = [q for q in self.doc.quotes if q.kind == "direct"]
        self.speakers = Counter(q.speaker for q in self.doc.quotes if q.speaker)

    def state(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        if entity_id not in self.states:
            self.states[entity_id] = state_of(self.doc, entity_id, self.lexicon)
        return self.states[entity_id]

    def is_state(self, entity_id: str) -> bool:
        """Whether an entity is a state: one of the article's, or one added for a place it named."""
        return self.state(entity_id) == entity_id or any(e.id == entity_id for e in self.added)

    def country_state(self, entity_id: str) -> str | None:
        """The state a place lies in, as an entity; one is added when the article never names the state
        ("посетит Пекин" is a visit to Китай)."""
        state = self.state(entity_id)
        if state is not None:
            return state
        entity = next((e for e in (*self.doc.entities, *self.added) if e.id == entity_id), None)
        if entity is None or entity.type != "LOC" or not entity.country:
            return None
        for other in self.added:
            if other.country == entity.country:
                return other.id
        return self.state_by_code(entity.country)

    def state_by_code(self, code: str) -> str | None:
        """The entity of the state with ISO code ``code``: the article's own, else one added."""
        for other in self.doc.entities:
            if other.type == "LOC" and other.country == code and _is_state(self.doc, other.id, self.lexicon):
                return other.id
        for other in self.added:
            if other.country == code:
                return other.id
        country = self.lexicon.country_by_code(code)
        if country is None:
            return None
        added = Entity(id=f"e{len(self.doc.entities) + len(self.added) + 1}", type="LOC", name=country.name,
                       country=country.iso2, aliases=(country.name,))
        self.added.append(added)
        return added.id

    def acting_for(self, entity_id: str) -> str:
        """A government stands for its state: "Правительство Японии" -> Япония, and so does a national body named
        only by its state ("федерация Израиля"); anything else is itself."""
        entity = next((e for e in self.doc.entities if e.id == entity_id), None)
        if entity is None or entity.type != "ORG" or not entity.name:
            return entity_id
        words = entity.name.lower().split()
        if len(words) == 2 and words[1] in GOVERNMENT_WORDS | STATE_BODY_WORDS:
            # "Британское правительство", "американская администрация", "израильская армия": a state's unnamed
            # government or army named by its adjective is the state, as "правительство Японии" is
            codes = self.lexicon.country_of_adjective(words[0])
            state = self.state_by_code(codes[0]) if len(codes) == 1 else None
            if state is not None:
                return state
        if words[0] not in GOVERNMENT_WORDS and not (len(words) in (2, 3) and words[-2] in NATIONAL_BODY_WORDS) \
                and not (len(words) > 1 and words[0] in STATE_BODY_WORDS):
            return entity_id
        return self._governed_place(entity_id) or self.state(entity_id) or entity_id

    def _governed_place(self, entity_id: str) -> str | None:
        """The city or region a government is named by ("правительство Москвы", "власти Санкт-Петербурга"): a
        city's government is the city's, not its state's (the state's when the name inside is a state)."""
        for outer in self.doc.mentions:
            if outer.entity != entity_id:
                continue
            for inner in self.doc.mentions:
                if inner.type == "LOC" and inner.entity is not None and outer.start <= inner.start and \
                        inner.stop <= outer.stop and inner is not outer:
                    return None if _is_state(self.doc, inner.entity, self.lexicon) else inner.entity
        return None

    def adjective_states(self, i: int, first: int, last: int) -> list[str]:
        """The states adjectives make a noun act for: "российская сторона", "японские ультраправые",
        "итальянские и ливийские пограничники"."""
        token = self.doc.tokens[i]
        if token.pos not in ("NOUN", "PROPN"):
            return []
        if token.feats.get("Animacy") != "Anim" and token.lemma.lower() not in ACTING_NOUNS | TERRITORY_NOUNS:
            return []
        states: list[str] = []
        tokens = self.doc.tokens
        for j in range(first, last):
            if tokens[j].head == i and tokens[j].rel == "amod":
                # "итальянские и ливийские пограничники": the coordinated adjectives name more states
                for k in [j, *(k for k in range(first, last) if tokens[k].head == j and tokens[k].rel == "conj")]:
                    codes = self.lexicon.country_of_adjective(tokens[k].text)
                    state = self.state_by_code(codes[0]) if len(codes) == 1 else None
                    if state is not None and state not in states:
                        states.append(state)
                if not states and token.lemma.lower() in GOVERNMENT_WORDS:
                    place = self._place_of_adjective(tokens[j].lemma.lower())
                    if place is not None:
                        states.append(place)  # "Московские власти обещали": the city's authorities
        if not states and token.lemma.lower() in ACTING_NOUNS:
            # "Суд в Италии приговорил", "власти в Египте запретили": a state's body told by the state it sits in
            # (a city is where the body sits, no side: "полиция в Москве" stays unnamed; "делегацией в Украину"
            # is where it goes)
            for j in range(first, last):
                inner = self.covering.get(j)
                if tokens[j].head != i or tokens[j].rel != "nmod" or case_word(tokens, j, first, last) != "в" or \
                        tokens[j].feats.get("Case") != "Loc":
                    continue
                if inner is not None and inner.entity and self.is_state(inner.entity) and \
                        inner.entity not in states:
                    states.append(inner.entity)
                elif inner is not None and inner.entity and inner.type == "LOC" and \
                        self._is_region(inner.entity):
                    # "Суд в Техасе", "жюри присяжных в Теннесси": a region the gazetteer knows is one, as "в
                    # штате Техас" says (a city stays no side)
                    if inner.entity not in states:
                        states.append(inner.entity)
                elif tokens[j].lemma.lower() in REGION_NOUNS:
                    # "Суд в штате Массачусетс признал", "полиция в Московской области": a body of a region is
                    # that region, as "суд штата Техас" is (a city stays no side)
                    region = inner.entity if inner is not None and inner.type == "LOC" else \
                        self._region_named(j, first, last) if inner is None else None
                    if region is not None and region not in states:
                        states.append(region)
        return states

    def _is_region(self, entity_id: str) -> bool:
        """Whether an entity is a region the gazetteer lists as one ("Теннесси", "Московская область"), not a city
        or another place."""
        place = self.lexicon.place(self._entity_name(entity_id))
        return place is not None and place.type == "region"

    def _region_named(self, noun: int, first: int, last: int) -> str | None:
        """The place a region noun is named by ("штате Массачусетс", "провинции Хэбэй"): a place's mention hung on
        it as its name, else None."""
        for k in range(first, last):
            mention = self.covering.get(k)
            if self.doc.tokens[k].head == noun and self.doc.tokens[k].rel in ("appos", "flat", "flat:name", "nmod") \
                    and mention is not None and mention.type == "LOC" and mention.entity:
                return mention.entity
        return None

    def _place_of_adjective(self, adjective: str) -> str | None:
        """The one place (no state: their adjectives are the lexicon's) of the article an adjective is made from:
        "московский" -> Москва, "петербургский" -> Петербург, by the stem they share."""
        stem = re.sub(r"(ск|цк)(ий|ой|ая|ое|ие)$", "", adjective)
        if stem == adjective or len(stem) < 4:
            return None
        found: set[str] = set()
        for entity in self.doc.entities:
            if entity.type != "LOC" or not entity.name or self.state(entity.id) == entity.id:
                continue
            name = entity.name.split()[0].lower()
            shared = len(os.path.commonprefix([stem, name]))
            if shared >= max(4, len(name) - 2):
                found.add(entity.id)
        return found.pop() if len(found) == 1 else None

    def adjective_agents(self, i: int, first: int, last: int) -> list[str]:
        """The states the adjectives of an event noun name as its sides, whatever the noun: "российский удар"
        (Россия strikes), "американские санкции", "российско-японские переговоры" (both sides). Unlike
        ``adjective_states`` the noun need not be an actor: it names an act whose agent the adjective is."""
        tokens = self.doc.tokens
        states: list[str] = []
        for j in range(first, last):
            if tokens[j].head == i and tokens[j].rel == "amod" and tokens[j].pos == "ADJ":
                for code in self.lexicon.country_of_adjective(tokens[j].text):
                    state = self.state_by_code(code)
                    if state is not None and state not in states:
                        states.append(state)
        return states

    def may_act(self, i: int) -> bool:
        """Whether word ``i`` can name an actor by itself: a name, a person, an acting body ("делегации");
        not a thing ("подписание договора", "Южного потока" with a name hung on it)."""
        token = self.doc.tokens[i]
        return (i in self.covering or token.pos in ("PROPN", "PRON") or token.feats.get("Animacy") == "Anim"
                or token.lemma.lower() in ACTING_NOUNS or token.lemma.lower() in GOVERNMENT_WORDS
                or token.lemma.lower() in STAND_IN_NOUNS)

    def entity_type(self, entity_id: str) -> str:
        return next((e.type for e in (*self.doc.entities, *self.added) if e.id == entity_id), "")

    def quote_at(self, i: int) -> Quote | None:
        """The quote a token stands in (direct quotes first, where "я" and "Вы" mean the speakers)."""
        token = self.doc.tokens[i]
        for quote in (*self.direct, *self.doc.quotes):
            if quote.start <= token.start < quote.stop:
                return quote
        return None

    def addressee(self, quote: Quote) -> str | None:
        """Who "Вы" means in a quote: the article's other speaker, else its most mentioned other person."""
        others = [s for s, _ in self.speakers.most_common() if s != quote.speaker]
        if others:
            return others[0]
        counts = Counter(m.entity for m in self.doc.mentions
                         if m.type == "PER" and m.entity and m.entity != quote.speaker
                         and not quote.start <= m.start < quote.stop)
        return counts.most_common(1)[0][0] if counts else None

    def _pronoun(self, i: int) -> str | None:
        token = self.doc.tokens[i]
        word = token.text.lower()
        quote = self.quote_at(i)
        if word in SPEAKER_PRONOUNS and quote is not None and quote.kind == "direct":
            return quote.speaker
        if word in ADDRESSEE_PRONOUNS and quote is not None and quote.kind == "direct":
            return self.addressee(quote)
        if word in SPEAKER_PRONOUNS | ADDRESSEE_PRONOUNS and (quote is None or quote.kind != "direct"):
            # an interview's transcript: "Мустафа Джемилев: ... я попросил его ..."; "Голос Америки: ... вы
            # передавали письмо" (the interviewer asks the one interviewed)
            label, speaker = self._line_speaker(i)
            if label is not None:
                if word in SPEAKER_PRONOUNS:
                    return speaker
                others = [s for s in self._transcript_speakers() if s != speaker]
                return others[0] if others else None
        if token.lemma.lower() == "который" and (token.rel.startswith("nsubj") or token.rel in ("obj", "iobj")):
            # "Штайнмайер, который будет беседовать", "Малас, которого поддерживает партия": the noun the relative
            # clause hangs on.
            clause = token.head
            if 0 <= clause < len(self.doc.tokens) and self.doc.tokens[clause].rel.startswith("acl") and (
                    self.doc.tokens[clause].rel == "acl:relcl" or token.rel.startswith("nsubj")):
                noun = self.doc.tokens[clause].head
                mention = self.covering.get(noun)
                return mention.entity if mention is not None else self._before_comma(i)
            if 0 <= clause < len(self.doc.tokens) and self.doc.tokens[clause].rel == "root" and \
                    token.rel.startswith("nsubj") and any(
                        t.rel == "root" for t in self.doc.tokens[self.doc.sents[token.sent].first:i]):
                # "Суд оправдал Марио Росси, который в 2015 году был приговорен ...": the parser made the relative
                # clause a second root of the sentence; its antecedent is the name right before its comma
                return self._before_comma(i)
        if token.lemma.lower() == LATTER and token.rel.startswith("nsubj") and not any(
                t.head == i for t in self._sentence_of(i)):
            # "... между руководством канала и компанией «Алтек». Последняя обвиняет WFC": the one named last
            return self._named_last(i)
        if token.lemma.lower() in THIRD_PRONOUNS and token.pos == "PRON":
            # "он", "его", "ему", "её", ...; a subject "он" goes on with the person last named as a subject
            # ("Зеленский провёл встречу с Шольцем. Он попросил ..." is Зеленский)
            subject = token.rel.startswith("nsubj")
            if subject and self._thing_before(i) or token.rel == "obj" and self._thing_object_before(i):
                return None
            found = self._person_before(i, subject=subject)
            head = token.head
            if found is not None or subject or 0 <= head < len(self.doc.tokens) and (
                    head in self.covering or self.doc.tokens[head].lemma.lower() in WHOSE_WORDS or any(
                        t.head == head and k in self.covering and t.rel in ("appos", "flat:name", "nmod")
                        for k, t in enumerate(self._sentence_of(i), start=self.doc.sents[token.sent].first))):
                return found  # "его подельника Свистунова": the associate named is the side, not the possessor
            return self._chained(i)
        if token.lemma.lower() in GOVERNMENT_WORDS:
            # "его правительство" (Наото Кан's): an unnamed government stands for its state
            for j in range(max(0, i - 2), i):
                kid = self.doc.tokens[j]
                if kid.head == i and kid.text.lower() in POSSESSIVES:
                    person = self._person_before(j, subject=True)
                    return self.state(person) if person is not None else None
        return None

    def possessor(self, i: int) -> str | None:
        """The person a possessive "его"/"её" at ``i`` stands for ("его сотрудничество с Германией" after
        "поклонники Бандеры"): the one its personal pronoun would stand for, read as a subject pronoun is (as
        ``_chained`` reads a possessive: "Наото Кан ... его правительство"); None for any other word."""
        token = self.doc.tokens[i]
        if token.pos != "DET" or token.text.lower() not in _POSSESSIVE_OF:
            return None
        return self._person_before(i, subject=True)

    def _line_speaker(self, i: int) -> tuple[str | None, str | None]:
        """The label of the transcript line word ``i`` stands in ("Мустафа Джемилев: ...") and the entity it
        names, if any; (None, None) when the line is no transcript line."""
        text = self.doc.text
        start = text.rfind("\n", 0, self.doc.tokens[i].start) + 1
        label = _LINE_LABEL.match(text, start)
        if label is None or label.end() > self.doc.tokens[i].start:
            return None, None
        for mention in self.doc.mentions:
            if mention.entity and label.start(1) <= mention.start and mention.stop <= label.end(1) and \
                    mention.type == "PER":
                return label.group(1), mention.entity
        return label.group(1), None

    def in_line_label(self, i: int) -> bool:
        """Whether word ``i`` is inside a transcript line's label ("Мустафа Джемилев: Украина и Турция ...")."""
        text = self.doc.text
        start = text.rfind("\n", 0, self.doc.tokens[i].start) + 1
        label = _LINE_LABEL.match(text, start)
        return label is not None and self.doc.tokens[i].stop <= label.end(1)

    def _transcript_speakers(self) -> list[str]:
        """The people who speak transcript lines, most lines first."""
        text = self.doc.text
        counts: Counter[str] = Counter()
        for line in _LINE_LABEL.finditer(text):
            for mention in self.doc.mentions:
                if mention.entity and mention.type == "PER" and line.start(1) <= mention.start and \
                        mention.stop <= line.end(1):
                    counts[mention.entity] += 1
                    break
        return [e for e, _ in counts.most_common()]

    def _relative_of(self, k: int, i: int) -> bool:
        """Whether the name at ``k`` says whose relative, lawyer or friend the noun it hangs on is ("Мать Антона
        Долина", ``WHOSE_WORDS``) and the pronoun ``i`` agrees in gender with that noun, not with the name: the
        pronoun stands for the one the noun names."""
        tokens = self.doc.tokens
        mention = self.covering.get(k)
        while k > 0 and mention is not None and self.covering.get(k - 1) is mention:
            k -= 1  # the name's first word: a surname may read as a common noun's form ("Долина")
        head = tokens[k].head
        while 0 <= head < len(tokens) and tokens[k].rel in ("flat", "flat:name") and head in self.covering:
            k, head = head, tokens[head].head
        if not 0 <= head < len(tokens) or head in self.covering or tokens[head].lemma.lower() not in WHOSE_WORDS:
            return False
        if not (tokens[k].rel == "nmod" and tokens[k].feats.get("Case") == "Gen" or self._whose_name(head, k)):
            return False
        gender = tokens[i].feats.get("Gender")
        return gender is not None and tokens[head].feats.get("Gender") == gender != tokens[k].feats.get("Gender") \
            and tokens[k].feats.get("Gender") is not None

    def _person_before(self, i: int, subject: bool = False) -> str | None:
        """The person named before word ``i``, within its sentence and the previous one (``PRONOUN_REACH``
        sentences with ``subject``): the nearest one, or with ``subject`` the nearest one named as a subject
        ("Наото Кан накануне визита главы МИДа пообещал, что его правительство ..."; "обвинил его" is never its
        own subject)."""
        tokens = self.doc.tokens
        nearest: str | None = None
        unnamed = False
        # a subject "он" goes on further back, past sentences that name no one ("Лавров прибыл в Токио. Визит
        # продлится три дня. ... Он встретится с ..."), as long articles tell it
        reach = PRONOUN_REACH if subject else 1
        quote = self.quote_at(i)
        # a third person pronoun in someone's quoted words is never the speaker, who would say "я": "Шейх Хамад
        # сказал: Я уверен, что он готов выполнять возложенную на него миссию" (the new emir)
        speaker = quote.speaker if quote is not None and quote.kind == "direct" else None
        embedded_sent = -1  # the earlier sentence where an object pronoun passed a name told inside a phrase
        for k in range(i - 1, -1, -1):
            if tokens[k].sent < tokens[i].sent - reach:
                break
            if embedded_sent >= 0 and tokens[k].sent < embedded_sent:
                break
            mention = self.covering.get(k)
            if mention is not None and mention.kind == "title" and self._foreign_title(k, mention):
                # "президента Белоруссии, отказав ему": a person the article does not name stands nearer than
                # anyone named in the sentence before
                unnamed = True
                continue
            if unnamed and tokens[k].sent < tokens[i].sent:
                break
            if not subject and self._clause_subject(k, i):
                continue  # "Глава МИД РФ обсудил с ним ...": "ним" is never the subject of its own clause
            if (mention is None or mention.kind == "title") and tokens[k].sent == tokens[i].sent and any(
                    _predicative(tokens, j) for j in range(max(0, k - 3), k + 1)
                    if j == k or (mention is not None and self.covering.get(j) is mention)):
                continue  # "Байден провозгласил себя избранным президентом США, его ...": the post says what the
                # subject is or becomes, it names no other holder
            if mention is None and tokens[k].sent < tokens[i].sent:
                # "Продюсер Харви Вайнштейн ... Продюсер сдался полиции. Он был арестован": a person told by a
                # description in an earlier sentence, as a name there would be
                sent = self.doc.sents[tokens[k].sent]
                described = self._described_person(k, sent.first, sent.last) \
                    if tokens[k].pos == "NOUN" and k not in self._post_lookups else None
                if described is None and k not in self._post_lookups:
                    # "Нападавший начал стрелять. Он ранил ..." with the attacker named later ("Им оказался ...")
                    described = self._identified_person(k, sent.first, sent.last)
                if described is not None and described != speaker and self._gender_agrees(described, i):
                    nearest = nearest or described
                    if not subject or tokens[k].rel.startswith("nsubj"):
                        return described
                continue
            if mention is None and tokens[k].sent == tokens[i].sent:
                holder = self._post_person(k)
                if holder is None and tokens[k].pos == "NOUN" and \
                        self.lexicon.post(tokens[k].lemma.lower()) is None:
                    sent = self.doc.sents[tokens[k].sent]
                    holder = self._described_person(k, sent.first, sent.last)
                if holder == speaker and holder is not None:
                    continue  # "Депутат Иван Петров сообщил: «Я призывал его ...»": the speaker's own post word
                if holder is not None and self._gender_agrees(holder, i):
                    # "огорчила вновь переизбранного президента Белоруссии, отказав ему": the post's holder
                    nearest = nearest or holder
                    if not subject or tokens[k].rel.startswith("nsubj"):
                        return holder
                elif holder is None and self._state_post(k):
                    # the same with no holder the article names: a person not named stands nearer than anyone
                    # named in the sentence before ("Президент Ирана Махмуд Ахмадинежад ..." is not he)
                    unnamed = True
                continue
            if mention is None or mention.type != "PER" or not mention.entity:
                continue
            if self._relative_of(k, i):
                # "Мать Антона Долина заявила, что её задержали": the relative the noun names, unnamed, not the
                # man whose mother she is
                unnamed = True
                continue
            if not self._gender_agrees(mention.entity, i):
                continue  # "Анна Смирнова рассказала, что его задержали": "его" is never a woman
            if mention.entity == speaker:
                continue
            if tokens[k].sent < tokens[i].sent and self._one_of_several(k, i):
                # "Его жертвами стали сотрудники полиции Люсиль Гарсия и Сорайя Белкакеми ... Затем он вошёл в
                # школу": one of several people told together is "они", never a singular "он" of a later sentence
                continue
            if embedded_sent >= 0:
                if self._embedded(k):
                    continue
                return mention.entity
            nearest = nearest or mention.entity
            if subject and tokens[k].sent == tokens[i].sent - 1 and self._object_of_no_person(k):
                # "Агенты задержали Сан-Диего в Уэльсе. Во вторник он предстал перед судом": the one the
                # previous sentence acts on, where no person acts in it, goes on as the topic; a subject named
                # further back (the official quoted before) does not
                return mention.entity
            if not subject:
                if tokens[k].sent < tokens[i].sent and self._embedded(k):
                    # "Гейц — один из сторонников Трампа. На него завели дело": a name in the previous sentence
                    # told as a noun's genitive or inside a relative clause yields to that sentence's own
                    # actor named at clause level, if any
                    embedded_sent = tokens[k].sent
                    continue
                return nearest
            node = k
            for _ in range(3):  # "Премьер-министр Японии Наото Кан": the name hangs on the subject
                if tokens[node].rel.startswith("nsubj"):
                    return mention.entity
                if tokens[node].rel not in ("appos", "flat", "flat:name") or not 0 <= tokens[node].head < len(tokens):
                    break
                node = tokens[node].head
        return nearest

    def _plural_pronoun(self, i: int, depth: int = 2) -> list[str]:
        """The actors a plural "они"/"их"/"им" at ``i`` stands for: those the nearest plural phrase before it names,
        in its sentence or the one before. A subject pronoun goes on with a plural subject ("Власти Грузии
        задержали журналиста. Они обвинили его" is Грузия; "Путин и Си Цзиньпин встретились. Они договорились" is
        both); an object pronoun with the nearest plural subject or object, never the subject of its own clause.
        The nearest plural phrase is the one meant even where it names no one ("Полиция задержала двух
        активистов. Их обвинили": the activists, unnamed; "Санкции ... они вступят в силу": a thing): then no one,
        not a plural further back."""
        tokens = self.doc.tokens
        token = tokens[i]
        subject = token.rel.startswith("nsubj")
        # A subject pronoun looks at subjects only: taking a plural of another role when no subject is plural
        # ("оказать давление на Москву и Киев, чтобы они договорились") also read nationalities and places as the
        # doers ("Они рассказали, что приехали в Индию" by Литва and Россия) and cost dev, dev7 and dev8 an event
        # each.
        roles = ("nsubj", "nsubj:pass") if subject else ("nsubj", "nsubj:pass", "obj", "iobj")
        quote = self.quote_at(i)
        for k in range(i - 1, -1, -1):
            if tokens[k].sent < token.sent - 1:
                break
            candidate = tokens[k]
            if candidate.rel not in roles or self.quote_at(k) is not quote:
                continue  # a plural in someone's quoted words is theirs to mean
            if not subject and self._clause_subject(k, i):
                continue  # "Полиция задержала их": never the subject of its own clause
            sent = self.doc.sents[candidate.sent]
            coordinated = any(tokens[j].head == k and tokens[j].rel == "conj" for j in range(k + 1, sent.last))
            if candidate.feats.get("Number") != "Plur" and not coordinated:
                continue
            if candidate.pos == "PRON":
                if candidate.lemma.lower() == PLURAL_PRONOUN:
                    # a chain of "они", bounded
                    return self._plural_pronoun(k, depth - 1) if depth > 0 else []
                continue  # "которые", "мы", "все": no phrase of their own
            if candidate.pos not in ("NOUN", "PROPN", "ADJ") and k not in self.covering:
                continue
            if not self.may_act(k):
                return []  # a thing is meant
            return self.entities(k, sent.first, sent.last)
        return []

    def _thing_object_before(self, i: int) -> bool:
        """Whether the object pronoun ``i`` of a verb joined to another goes on with a thing that verb acts on, of
        the pronoun's gender ("Суд отменил приговор и направил его на новое рассмотрение", "возражает против этого
        решения и продолжает оспаривать его"), no person named between. "Полиция задержала Петрова и допросила
        его" is untouched: the first verb's object is a person."""
        tokens = self.doc.tokens
        wanted = {"m", "n"} if tokens[i].lemma.lower() == "он" else {"f"} if tokens[i].lemma.lower() == "она" \
            else set()
        sent = self.doc.sents[tokens[i].sent]
        verb = tokens[i].head
        if sent.first <= verb < sent.last and tokens[verb].rel == "xcomp":
            verb = tokens[verb].head  # "продолжает оспаривать его": the verb the infinitive hangs on is joined
        if not wanted or not sent.first <= verb < sent.last or tokens[verb].rel != "conj":
            return False
        first_verb = tokens[verb].head
        if not sent.first <= first_verb < verb or any(
                tokens[k].head == verb and tokens[k].rel.startswith("nsubj") for k in range(sent.first, sent.last)):
            return False  # "Трамп поражение не признаёт, однако ни один суд его не поддержал": another's act
        objects = [j for j in range(sent.first, i) if tokens[j].head == first_verb and tokens[j].rel in ("obj", "obl")
                   and tokens[j].pos == "NOUN"]
        if not objects:
            return False
        j = objects[0]
        if j in self.covering or self.may_act(j) or tokens[j].feats.get("Number") != "Sing" or \
                not _noun_tags(tokens[j].lemma.lower())[1]:
            return False  # "кинулся на вышибалу, но его остановили": a person, if no actor
        if any(k in self.covering or tokens[k].pos == "PROPN" for k in range(j + 1, i)):
            return False  # a person named between may be the one meant
        return _noun_tags(tokens[j].lemma.lower())[0] in wanted

    def _thing_before(self, i: int) -> bool:
        """Whether the subject pronoun ``i`` goes on with a thing its own sentence's governing clause is about: a
        clause of "тем, что", "потому что", "хотя" or "и" hung on a clause whose subject is a thing of the
        pronoun's gender ("Киберпреступность опасна тем, что она не требует близости", "Закон вступил в силу, но
        он не запрещает ..."), no person told between. "Путин подписал указ. Он поручил" is untouched: the
        governing subject is a person, and another sentence's thing is no part of this."""
        tokens = self.doc.tokens
        wanted = _PRONOUN_GENDER.get(tokens[i].lemma.lower())
        sent = self.doc.sents[tokens[i].sent]
        node = tokens[i].head
        for _ in range(4):
            if not sent.first <= node < sent.last or tokens[node].rel not in ("advcl", "ccomp", "conj", "obl", "acl"):
                return False
            head = tokens[node].head
            if not sent.first <= head < sent.last:
                return False
            if tokens[node].rel == "acl" and tokens[head].pos != "PRON" or \
                    tokens[node].rel == "obl" and tokens[node].pos != "PRON":
                return False  # "тем, что ...": the clause hangs on "тем"; a relative clause hangs on its noun
            node = head
            subjects = [j for j in range(sent.first, i) if tokens[j].head == node and tokens[j].rel.startswith("nsubj")]
            if not subjects:
                continue
            j = subjects[0]
            if j in self.covering or tokens[j].pos != "NOUN" or self.may_act(j) or \
                    tokens[j].feats.get("Number") != "Sing":
                return False
            if any(k in self.covering or tokens[k].pos == "PROPN" for k in range(j + 1, i)):
                return False  # a person named between may be the one meant
            return _noun_tags(tokens[j].lemma.lower())[0] == wanted
        return False

    def _one_of_several(self, k: int, i: int) -> bool:
        """Whether the name at ``k`` is one of several people told together whom the pronoun ``i`` might mean
        alike: a conjunct of another name the pronoun agrees with ("Иванов и Петров", "Люсиль Гарсия и Сорайя
        Белкакеми"; not "Дженна и Митчелл" for "он") or a name in apposition to a plural noun ("сотрудники
        полиции Люсиль Гарсия ...")."""
        tokens = self.doc.tokens
        node = self._name_head(k)
        sent = self.doc.sents[tokens[k].sent]
        mention = self.covering.get(k)

        def person(j: int) -> bool:
            other = self.covering.get(j)
            if other is None:
                return tokens[j].pos == "PROPN"
            return other is not mention and other.type == "PER" and (
                not other.entity or self._gender_agrees(other.entity, i))

        if any(tokens[j].head == node and tokens[j].rel == "conj" and person(j) for j in range(sent.first, sent.last)):
            return True
        head = tokens[node].head
        if not sent.first <= head < sent.last:
            return False
        if tokens[node].rel == "conj" and person(head):
            return True
        return tokens[node].rel == "appos" and tokens[head].pos == "NOUN" and head not in self.covering and \
            tokens[head].feats.get("Number") == "Plur"

    def _object_of_no_person(self, k: int) -> bool:
        """Whether the name at ``k`` is the direct object of its sentence's main verb and that verb's subject is
        no person: a name of an organisation, a plural or an inanimate noun, or none ("Полиция задержала Ивана
        Петрова", "Сотрудники агентства задержали ...")."""
        tokens = self.doc.tokens
        node = self._name_head(k)
        verb = tokens[node].head
        if tokens[node].rel != "obj" or not 0 <= verb < len(tokens) or tokens[verb].rel != "root":
            return False
        sent = self.doc.sents[tokens[k].sent]
        for j in range(sent.first, sent.last):
            if tokens[j].head != verb or not tokens[j].rel.startswith("nsubj"):
                continue
            mention = self.covering.get(j)
            if mention is not None and mention.type == "PER" or mention is None and tokens[j].pos in (
                    "PROPN", "PRON") or mention is None and tokens[j].feats.get("Animacy") == "Anim" and \
                    tokens[j].feats.get("Number") == "Sing":
                return False  # a person acts: "Зеленский принял Шольца. Он ..." is Зеленский, as before
        return True

    def _name_head(self, k: int) -> int:
        """The word of the name at ``k`` that the rest of it hangs on ("Дональда Трампа": "Дональда"), walking up
        its own flat and appos links within the same mention (bounded: a parse may loop)."""
        tokens = self.doc.tokens
        node = k
        for _ in range(4):
            if tokens[node].rel not in ("flat", "flat:name", "appos") or not 0 <= tokens[node].head < len(tokens) \
                    or self.covering.get(tokens[node].head) is not self.covering.get(k):
                break
            node = tokens[node].head
        return node

    def _embedded(self, k: int) -> bool:
        """Whether the name at ``k`` is told inside a phrase rather than as an actor of its clause: a noun's
        genitive ("сторонников Трампа") or a word of a relative or participle clause ("журналиста Ивана
        Сафронова" in "который защищал ...") or of an aside in brackets ("Оглоблин получил ... (с этим же делом
        связан Шамарин) ... Суд заключил его под стражу")."""
        tokens = self.doc.tokens
        sent = self.doc.sents[tokens[k].sent]
        opened = sum(tokens[j].text == "(" for j in range(sent.first, k))
        if opened > sum(tokens[j].text == ")" for j in range(sent.first, k)):
            return True
        node = self._name_head(k)
        head = tokens[node].head
        if tokens[node].rel == "appos" and 0 <= head < len(tokens) and tokens[head].pos == "NOUN" and \
                head not in self.covering:
            node, head = head, tokens[head].head  # "сторонников Дональда Трампа": the noun the name is of
        if tokens[node].rel == "nmod" and tokens[node].feats.get("Case") == "Gen" and 0 <= head < len(tokens) \
                and tokens[head].pos in ("NOUN", "NUM", "PRON") and head not in self.covering and (
                    tokens[head].pos != "NOUN" or tokens[head].feats.get("Animacy") == "Anim"):
            # a person's genitive ("сторонников Трампа", "один из ...") is another person's; a thing's ("поддержать
            # кандидатуру Пан Ги Муна") keeps the one named as the topic
            return True
        for _ in range(6):
            if tokens[node].rel.startswith("acl"):
                return True
            if not 0 <= tokens[node].head < len(tokens):
                return False
            node = tokens[node].head
        return False

    def _chained(self, i: int) -> str | None:
        """The person an object pronoun ``i`` stands for when no one is named in its sentence or the one before:
        the one the nearest earlier pronoun of the same word stands for, within ``PRONOUN_REACH`` sentences ("В 2012
        году Мурси победил ... Он управлял страной ... После отстранения от власти арестован новыми властями,
        которые предъявили ему ряд обвинений"). Long articles retell an act with a pronoun several sentences after
        the name, through a chain of "он"; one step only, resolved as that pronoun itself is (a subject pronoun
        looks back ``PRONOUN_REACH`` sentences), so the chain is bounded."""
        tokens = self.doc.tokens
        word = tokens[i].lemma.lower()
        for k in range(i - 1, -1, -1):
            if tokens[k].sent < tokens[i].sent - PRONOUN_REACH:
                break
            mention = self.covering.get(k)
            if mention is not None and mention.type == "PER" and tokens[k].sent >= tokens[i].sent - 1:
                return None  # a person named near, whom the pronoun was found not to mean ("Мать Антона Долина")
            possessive = tokens[k].pos == "DET" and _POSSESSIVE_OF.get(tokens[k].text.lower()) == word
            if tokens[k].sent == tokens[i].sent or not possessive and (
                    tokens[k].pos != "PRON" or tokens[k].lemma.lower() != word):
                continue
            if self.quote_at(k) is not None and self.quote_at(k) is not self.quote_at(i):
                return None  # a pronoun in someone's quoted words is theirs to mean
            # a possessive is read as a subject pronoun is, further back ("Наото Кан ... его правительство")
            found = self._person_before(k, subject=possessive or tokens[k].rel.startswith("nsubj"))
            gender = tokens[i].feats.get("Gender")
            since = self.doc.sents[max(0, tokens[k].sent - 1)].first  # the earlier pronoun's own antecedent too
            for j in range(since, i):
                if j != k and tokens[j].rel.startswith("nsubj") and tokens[j].pos == "NOUN" and j not in self.covering \
                        and tokens[j].feats.get("Animacy") == "Anim" and tokens[j].feats.get("Number") == "Sing" \
                        and tokens[j].feats.get("Gender") in (gender, None):
                    # "его поймали. Тогда к делу подключился директор ... Его уже задержали": a person told by a
                    # noun since the earlier pronoun may be the one meant, unless the article gave that noun to
                    # the same person ("рэпер Гуф ... музыкант отказался ... его не смогут арестовать")
                    sent = self.doc.sents[tokens[j].sent]
                    if any(tokens[n].head == j and self.covering[n].entity == found
                           for n in range(sent.first, sent.last) if n in self.covering):
                        continue  # "россиянка Екатерина Затуливетер": the noun of the name itself
                    if found is None or self._described_person(j, sent.first, sent.last) != found:
                        return None
            quote = self.quote_at(i)
            if found is not None and quote is not None and quote.kind == "direct" and found == quote.speaker:
                # "При этом он добавил: «... я призывал его явиться с повинной»": the chain's "он" was the
                # speaker, who says "я" in his own words; "его" there is someone else
                return None
            return found
        return None

    def _gender_agrees(self, entity_id: str, i: int) -> bool:
        """Whether the person ``entity_id`` may be what the third person pronoun ``i`` stands for: "он", "его",
        "ему" for a man, "она", "её" for a woman; a person whose gender the article does not tell agrees with
        either."""
        token = self.doc.tokens[i]
        # a possessive link of the chain ("с её агентом") has its own lemma; its word tells the gender
        pronoun = _POSSESSIVE_OF.get(token.text.lower(), token.lemma.lower()) if token.pos == "DET" else \
            token.lemma.lower()
        wanted = _PRONOUN_GENDER.get(pronoun) or _PRONOUN_GENDER.get(token.lemma.lower())
        gender = self.person_gender(entity_id)
        return wanted is None or gender is None or gender == wanted

    def person_gender(self, entity_id: str) -> str | None:
        """A person's gender, "m" or "f": the list of well-known people's, else the past tense verbs the person is
        the subject of ("Смирнова рассказала") when they all agree, else the given name's, patronymic's or
        surname's in pymorphy's dictionary (the entity's name is nominative); None when nothing tells."""
        if entity_id not in self._genders:
            self._genders[entity_id] = self._read_gender(entity_id)
        return self._genders[entity_id]

    def _read_gender(self, entity_id: str) -> str | None:
        entity = next((e for e in self.doc.entities if e.id == entity_id), None)
        if entity is None or entity.type != "PER":
            return None
        listed = _listed_genders().get(entity.name)
        if listed is not None:
            return listed
        tokens = self.doc.tokens
        agreed: set[str] = set()
        for k, mention in self.covering.items():
            verb = tokens[k].head
            if mention.entity != entity_id or not tokens[k].rel.startswith("nsubj") or \
                    not 0 <= verb < len(tokens) or verb in self.covering:
                continue
            feats = tokens[verb].feats
            gender = _UD_GENDER.get(feats.get("Gender", ""))
            if gender is not None and feats.get("Number") == "Sing" and (
                    feats.get("Tense") == "Past" or feats.get("Variant") == "Short"):
                agreed.add(gender)
        if agreed:
            # the article's own verbs before the dictionary, which takes "Никола" (Саркози) for a woman's name
            return agreed.pop() if len(agreed) == 1 else None
        return _name_gender(entity.name)

    def _clause_subject(self, k: int, i: int) -> bool:
        """Whether word ``k`` names the subject of the clause the pronoun ``i`` is an object in ("Лавров обсудил
        с ним", "Глава МИД РФ отказал ему"): a non-reflexive pronoun never stands for its own clause's subject
        (that would be "с собой"), so the subject is no antecedent of it."""
        tokens = self.doc.tokens
        verb = tokens[i].head
        if tokens[k].sent != tokens[i].sent or not 0 <= verb < len(tokens):
            return False
        node = k
        # "Министр иностранных дел России Сергей Лавров": the name hangs on the subject; "Участковый Иванов и
        # заместитель начальника Алексей Малых заподозрили его": a conjunct of the subject is a subject too
        for _ in range(5):
            if tokens[node].rel.startswith("nsubj"):
                return tokens[node].head == verb
            if tokens[node].rel not in ("appos", "flat", "flat:name", "nmod", "conj") or \
                    not 0 <= tokens[node].head < len(tokens):
                return False
            node = tokens[node].head
        return False

    def entities(self, i: int, first: int, last: int, depth: int = 2) -> list[str]:
        """The entities word ``i`` names, coordinated ones included, best type first, then in text order:
        a mention covering it, a pronoun resolved, else a name hanging on it (appos, nmod, conj), else the
        state an adjective names ("российская сторона"); a government as its state."""
        kin = self._kin_person(i)
        if kin is not None:
            # "Брата Ким Чен Ына убили" after "Ким Чон Нама, брата лидера КНДР Ким Чен Ына": the brother, not the
            # one whose brother he is (the parser reads the genitive as a name in apposition)
            return [kin]
        pair = self._both(i)
        if pair:
            # "Кадырбаев и Тажаяков побывали в квартире ... оба гражданина Казахстана могут быть обвинены": the two
            # people the article has just named together, not the state of the noun's genitive
            return pair
        found = list(dict.fromkeys(self.acting_for(e) for e, _ in self._named(i, first, last, depth)))
        relative = self._relative_antecedent(i)
        if not found and relative is not None and relative != i and relative not in self.covering and not \
                self._named(relative, first, last, max(depth, 1)) and not any(
                    self.doc.tokens[k].head == relative and self.doc.tokens[k].rel == "conj" for k in range(i, last)):
            # "задержан российский программист, которого подозревают ..." (named in the next sentence): a relative
            # stands for whatever its noun stands for, a description too, when no name hangs on the noun (those
            # ``_named`` read, a word coordinated after the clause left out: "между ополченцами, которых
            # поддерживает Россия, и войсками Грузии")
            return self.entities(relative, first, last, depth)
        if not found:
            found = self._name_after_post(i, last)
        elif all(self.entity_type(e) != "PER" for e in found):
            # "подписан с чемпионом мира ФИДЕ Веселином Топаловым, второй с ... Владимиром Крамником": the name the
            # parser hung on a later noun, in the word's own case after its genitives, is who the word is; the
            # organisation or state of the genitive only says whose champion or official he is
            found = self._own_name_after(i, last) or found
        post = self.lexicon.post(self.doc.tokens[i].lemma.lower())
        post_word = post is not None
        if not found and not post_word:
            # "американский продюсер" after "продюсер Харви Вайнштейн" is the producer, not his state
            described = self._described_person(i, first, last, of=self._former_of(i, first, last))
            found = [described] if described is not None else []
        if not found and (post is None or post.category == "other"):
            # "ФБР арестовало бывшего морского пехотинца. ... Подозреваемый Иван Петров": the lede's person; a
            # trade too ("освободил журналиста, брошенного в тюрьму ... Абдиазис Абдинур ... были приговорены")
            lede = self._lede_person(i, first, last)
            found = [lede] if lede is not None else []
        if not found and not post_word:
            # "Задержанный подал иск" after "полиция задержала Ивана Петрова": the one the article told undergoing it
            undergone = self._participle_person(i)
            found = [undergone] if undergone is not None else []
        if not found and not post_word:
            # "Мужчина признан виновным" after "приговор в отношении местного жителя Андрея Кандыбы"
            story = self._story_person(i, first, last)
            found = [story] if story is not None else []
        if not found and not post_word:
            # "Нападавший открыл огонь" before "Власти раскрыли его личность — это Иван Петров"
            identified = self._identified_person(i, first, last)
            found = [identified] if identified is not None else []
        if not found and not post_word:
            # "Преступнику будут предъявлены обвинения" after "Кезин совершил в отношении ... действия": the one
            # person the article has accused or hurt before
            role = self._role_person(i, first, last)
            found = [role] if role is not None else []
        if not found:
            found = self.adjective_states(i, first, last)
            if len(found) == 1 and self.doc.tokens[i].lemma.lower() in COLLEAGUE_WORDS:
                found = [self._colleague(found[0]) or found[0]]
        if not found:
            holder = self._bare_post_holder(i, first, last)
            found = [holder] if holder is not None else []
        if not found and post_word:
            # "бывший президент" when the article's other president holds the post now; "бывшего президента Перу"
            # is the past president of Перу the article introduced
            described = self._described_person(i, first, last, of=self._former_of(i, first, last))
            found = [described] if described is not None else []
        if not found:
            found = self._included(i, first, last)
        word = self.doc.tokens[i].lemma.lower()
        if not found and i not in self.covering and (word in PARTNER_WORDS or word in ENVOY_WORDS):
            # "Партнеры по ОДКБ не могут помочь России": partners or allies "по" an organisation are its members
            # acting in it, the organisation; "пригласили в страну экспертов из ООН", "наблюдатели из ОБСЕ":
            # people sent "из" an organisation act for it, as "эксперты ООН" do
            by = "по" if word in PARTNER_WORDS else "из"
            found = [self.covering[j].entity for j in range(first, last) if self.doc.tokens[j].head == i
                     and j in self.covering and self.covering[j].type == "ORG" and self.covering[j].entity
                     and case_word(self.doc.tokens, j, first, last) == by][:1]
        if not found:
            kind = self._kind_org(i, first, last)
            found = [kind] if kind is not None else []
        if not found:
            # "эмбарго на торговлю с коммунистическим государством": the description may hang below the word
            words = [i]
            for _ in range(depth):
                words += [j for j in range(first, last) if self.doc.tokens[j].head in words and j not in words
                          and self.doc.tokens[j].rel == "nmod"]
            described = next((d for j in words for d in (self._described_state(j, first, last),
                                                          self._described_company(j, first, last)) if d), None)
            found = [described] if described is not None else []
        if not found:
            staff = self._staff_of(i, first, last)
            found = [staff] if staff is not None else []
        if self._one_citizen(i):
            # "задержание гражданина Мексики", "похищен итальянский гражданин": one private person, whose state
            # neither acts nor is acted on; a name beside the word ("гражданин России Иван Петров") still is
            found = [e for e in found if self.entity_type(e) == "PER"]
            if not found:
                # "Власти США арестовали жительницу Нью-Йорка. ... гражданка США Анна Петрова": the lede's person
                lede = self._lede_person(i, first, last)
                found = [lede] if lede is not None else []
        found = self._same_government(i, found)
        if len(found) == 1 and i not in self.covering and self.entity_type(found[0]) != "PER" and self._former(i):
            # "бывшего президента Перу" is no one who holds the post now, nor the state: the one past president
            # the article introduced, if any
            described = self._described_person(i, first, last, of=found[0])
            return [described] if described is not None else []
        if len(found) == 1 and i not in self.covering and self.entity_type(found[0]) != "PER":
            holder = self.post_holder(i, found[0], first, last)
            if holder is not None:
                return [holder]
        if len(found) > 1 and i not in self.covering and self.doc.tokens[i].feats.get("Number") == "Plur":
            # "президенты России и Сербии обсудили": each state's holder of the post, when the article names all
            holders = [self.post_holder(i, state, first, last) for state in found]
            if all(holders) and len(set(holders)) == len(holders):
                return [h for h in holders if h is not None]
        return found

    def pair(self, i: int) -> bool:
        """Whether word ``i`` is "оба"/"обе" or a noun it counts that stands for a pair the article just named
        (``_both``): each of the two is a side of the act, as coordinated names are."""
        return bool(self._both(i))

    def _both(self, i: int) -> list[str]:
        """The two people "оба"/"обе" at ``i`` stands for, bare ("Оба являются студентами") or counting a noun of
        people ("оба гражданина Казахстана", "обоих журналистов"): the nearest two people joined as a pair before
        it, in its sentence or the one before ("Кадырбаев и Тажаяков", "Топалов — Крамник"). The pair must be told
        as a pair: two people named apart, or a pair of things ("обе стороны", "обеих стран"), is no one, and a
        name or a pronoun on the noun itself says who it is. Russian says "оба" only of a pair just told, so a
        pair further back is left alone."""
        tokens = self.doc.tokens
        token = tokens[i]
        if i in self.covering or token.pos == "PRON":
            return []
        if token.lemma.lower() == BOTH and (token.rel.startswith(("nummod", "det", "amod")) or token.rel == "fixed"):
            return []  # "оба гражданина", "Оба раза": the word counted decides (a time, a thing is no pair)
        if token.lemma.lower() != BOTH:
            if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or not any(
                    tokens[j].head == i and tokens[j].lemma.lower() == BOTH
                    for j in range(max(0, i - 2), i)):
                return []
            sent = self.doc.sents[token.sent]
            if any(tokens[j].head == i and (j in self.covering or tokens[j].pos == "PRON") and
                   tokens[j].rel in ("appos", "flat:name", "conj", "nmod") and
                   (j not in self.covering or self.covering[j].type == "PER")
                   for j in range(sent.first, sent.last)):
                return []  # "оба брата Царнаевы", "оба их сына": the noun's own words say who
        start = self.doc.sents[max(0, token.sent - 1)].first
        for k in range(i - 1, start - 1, -1):
            mention = self.covering.get(k)
            if mention is None or mention.type != "PER" or not mention.entity:
                continue
            other = self._pair_of(k, start)
            if other is not None and other != mention.entity:
                return [other, mention.entity]
            name = k
            while name > start and self.covering.get(name - 1) is mention:
                name -= 1
            if name == k and tokens[k].rel != "nmod":
                # the nearest person named at clause level is no one's pair: "оба" is not about him; a genitive
                # inside a phrase ("побывали в квартире Джохара Царнаева") says whose, and is passed
                return []
        return []

    def _pair_of(self, k: int, start: int) -> str | None:
        """The person the name at ``k`` is joined to as the second of a pair: "X и Y" (Y a conjunct of X, no third
        conjunct) or "X — Y" (a dash between two names), X named at or after ``start``."""
        tokens = self.doc.tokens
        mention = self.covering[k]
        while k > start and self.covering.get(k - 1) is mention:
            k -= 1  # the name's first word
        head = tokens[k].head
        if tokens[k].rel == "conj" and start <= head < k:
            first = self.covering.get(head)
            conjuncts = [j for j in range(start, len(tokens)) if tokens[j].sent == tokens[k].sent
                         and tokens[j].head == head and tokens[j].rel == "conj"]
            if first is not None and first.type == "PER" and first.entity and len(conjuncts) == 1:
                return first.entity
            return None
        if k >= 2 and tokens[k - 1].text in ("—", "–", "-") and tokens[k - 2].sent == tokens[k].sent:
            first = self.covering.get(k - 2)
            if first is not None and first.type == "PER" and first.entity:
                before = next((j for j in range(k - 2, start - 1, -1) if self.covering.get(j) is not first), start)
                if tokens[before].text not in ("—", "–", "-", ","):
                    return first.entity  # "Топалов — Крамник", not a list "X, Y — Z"
        return None

    def _staff_of(self, i: int, first: int, last: int) -> str | None:
        """The organisation whose staff an object "сотрудников" is when nothing beside the word says whose: the one
        organisation named before it in its sentence as the place the doers came to, in a place phrase ("в", "на")
        of the same verb or one coordinated with it ("сотрудники службы безопасности ворвались в телестудию
        «Аль-Джазира» и арестовали нескольких сотрудников" is Аль-Джазира's staff), else None. A source of the
        report ("По данным Reuters, полиция задержала сотрудников") or the doers' own body are no employer."""
        tokens = self.doc.tokens
        token = tokens[i]
        if i in self.covering or token.lemma.lower() not in STAFF_NOUNS or token.rel != "obj" or any(
                tokens[j].head == i and tokens[j].rel in ("nmod", "amod", "appos", "det", "acl", "acl:relcl",
                                                          "flat:name")
                for j in range(first, last)):
            return None
        verbs = {token.head}
        for _ in range(2):  # the verb, the one it is coordinated with, and that one's other conjuncts
            verbs |= {tokens[v].head for v in verbs if 0 <= v < len(tokens) and tokens[v].rel == "conj"}
            verbs |= {j for j in range(first, last) if tokens[j].head in verbs and tokens[j].rel == "conj"
                      and tokens[j].pos == "VERB"}
        orgs: set[str] = set()
        for j, mention in self.covering.items():
            if not first <= j < i or mention.type != "ORG" or not mention.entity:
                continue
            k, place = j, False
            for _ in range(4):  # up to the verb: the name, the place noun it names ("телестудию"), the verb
                place |= any(tokens[c].head == k and tokens[c].rel == "case" and tokens[c].lemma.lower()
                             in ("в", "на") for c in range(first, last))
                if tokens[k].rel.startswith("nsubj") or not first <= tokens[k].head < last:
                    break
                k = tokens[k].head
                if k in verbs:
                    if place:
                        orgs.add(mention.entity)
                    break
        return orgs.pop() if len(orgs) == 1 else None

    def _former_of(self, i: int, first: int, last: int) -> str | None:
        """What a past post word ``i`` names the post of, by a genitive right after it ("бывшего президента
        Перу"): that mention's entity, else None."""
        if not self._former(i):
            return None
        tokens = self.doc.tokens
        return next((self.covering[j].entity for j in range(i + 1, min(last, i + 4)) if tokens[j].head == i
                     and j in self.covering and self.covering[j].type != "PER" and self.covering[j].entity), None)

    def _former(self, i: int) -> bool:
        """Whether post word ``i`` is a past one: "экс-президент", "бывший президент", "свергнутый президент"."""
        tokens = self.doc.tokens
        token = tokens[i]
        return token.pos == "NOUN" and self.lexicon.post(_described_word(token)[0]) is not None and (
            _described_word(token)[1] or any(tokens[j].head == i and tokens[j].lemma.lower() in FORMER_WORDS
                                             for j in range(max(0, i - 3), i)))

    def _one_citizen(self, i: int) -> bool:
        """Whether word ``i`` is one citizen or resident, no name of its own ("гражданина", "жительница")."""
        relative = self._relative_antecedent(i)  # "гражданина Мексики, который прибыл в США"
        i = relative if relative is not None else i
        token = self.doc.tokens[i]
        return i not in self.covering and token.lemma.lower() in CITIZENS and token.feats.get("Number") != "Plur"

    def _post_person(self, k: int) -> str | None:
        """The person a post word stands for when the article gives that post to one person ("президента
        Белоруссии" is Лукашенко), else None."""
        token = self.doc.tokens[k]
        if token.pos != "NOUN" or self.lexicon.post(token.lemma.lower()) is None:
            return None
        if k in self._post_lookups:
            return None
        sent = self.doc.sents[token.sent]
        self._post_lookups.add(k)
        try:
            found = self.entities(k, sent.first, sent.last, depth=1)
        finally:
            self._post_lookups.discard(k)
        return found[0] if len(found) == 1 and self.entity_type(found[0]) == "PER" else None

    def _state_post(self, k: int) -> bool:
        """Whether word ``k`` is a singular post word a state is named on ("президента Белоруссии", "российского
        министра"): one person, whom the words say."""
        tokens = self.doc.tokens
        token = tokens[k]
        if token.pos != "NOUN" or token.feats.get("Number") == "Plur" or \
                self.lexicon.post(token.lemma.lower()) is None:
            return False
        sent = self.doc.sents[token.sent]
        return bool(self.adjective_agents(k, sent.first, sent.last)) or any(
            tokens[j].head == k and tokens[j].rel == "nmod" and j in self.covering
            and self.covering[j].type == "LOC" and self.covering[j].entity
            and self.state(self.covering[j].entity) == self.covering[j].entity for j in range(sent.first, sent.last))

    def _bare_post_holder(self, i: int, first: int, last: int) -> str | None:
        """The one person given a post before word ``i`` when ``i`` is that post with nothing naming whose it is:
        "министр встретился ..." after "Министр иностранных дел России Сергей Лавров", "глава государства" (any
        post of its category: a president) after "Президент России Дмитрий Медведев". None when the article gives
        the post to more than one person, or for a plural or a word too vague to stand for one post ("глава")."""
        tokens = self.doc.tokens
        token = tokens[i]
        if token.pos != "NOUN" or token.feats.get("Number") == "Plur" or i in self.covering:
            return None
        word = token.lemma.lower().replace("ё", "е")
        kids = [j for j in range(first, last) if tokens[j].head == i]
        if word.startswith("экс-") or any(tokens[j].lemma.lower() in FORMER_WORDS for j in kids):
            return None  # "бывший президент" is no holder of the post now (``_described_person`` may know him)
        if any(tokens[j].rel.startswith("nummod") for j in kids):
            return None  # "два лётчика были убиты": a count of people holding a post, none of them the one told
        phrases = [word, *(f"{word} {form}" for j in kids if tokens[j].rel == "nmod" and j < i + 3
                           for form in _word_forms(tokens[j]))]
        entries = [e for e in (self.lexicon.post(p) for p in phrases) if e is not None]
        entries = [e for e in entries if e.category not in VAGUE_POSTS and e.post not in VAGUE_POST_WORDS]
        if not entries or any(tokens[j].rel in ("nmod", "appos", "flat:name") and j in self.covering for j in kids):
            return None
        wanted = {e.post for e in entries}
        generic = {e.category for e in entries if e.post in GENERIC_POSTS}
        holders: set[str] = set()
        for post in self.doc.posts:
            if post.start >= token.start or is_former(post.post):
                continue
            entry = self._post_entry(post)
            canonical = entry.post if entry is not None else post.post
            # "министр" is the article's "министр иностранных дел"
            if canonical in wanted or canonical.split()[0] in wanted or entry is not None and entry.category in generic:
                holders.add(post.person)
        return holders.pop() if len(holders) == 1 else None

    def _described_person(self, i: int, first: int, last: int, of: str | None = None) -> str | None:
        """The one person the article introduced with word ``i``'s noun in apposition to their name, when ``i``
        is that noun again with no name or genitive of its own: "продюсер был освобождён" after "голливудский
        продюсер Харви Вайнштейн" (or "Вайнштейн, голливудский продюсер,"), "бывший президент" after "бывший
        президент Перу Альберто Фухимори". A description is no name, so it stands for a person only when the
        article gave it to exactly one; a plural, a counted or quantified noun ("каждый подросток") or one with
        its own genitive ("продюсер фильма") is a kind of people, not that person. With ``of`` (a past post's
        state: "бывшего президента Перу") a genitive naming that entity is allowed, and the one introduced must be
        a past holder. A description may come before the name when the article gives that noun to one person
        only, within ``CATAPHORA_REACH`` sentences after it ("Полиция задержала продюсера. Голливудский продюсер
        Харви Вайнштейн ...")."""
        tokens = self.doc.tokens
        token = tokens[i]
        if token.pos != "NOUN" or token.feats.get("Number") == "Plur" or token.feats.get("Animacy") == "Inan" \
                or i in self.covering:
            return None
        kids = [j for j in range(first, last) if tokens[j].head == i]
        # a genitive or a name of the noun's own ("лауреата Нобелевской премии", "создатель антивируса McAfee")
        # makes it a kind of people ("продюсер фильма" is any of its producers), unless the article introduced
        # one person with the same noun and the same genitive ("лауреата Нобелевской премии мира Мейрид Магуайр")
        own = {tokens[k].lemma.lower() for j in kids if (j in self.covering or self._genitive(j)) and not (
            of is not None and self._names(j, of)) for k in range(j, min(last, j + 4))
            if (k == j or self._below(k, j)) and tokens[k].text.isalnum()}
        if own and any(k in self.covering and self.covering[k].type == "PER" for j in kids for k in range(
                j, min(last, j + 4)) if k == j or self._below(k, j)):
            return None  # "сына миллиардера Мусы Бажаева": someone's kin or associate, told by whose he is
        if any(tokens[j].rel.startswith(("nummod", "flat")) or tokens[j].lemma.lower() in POSSESSIVES
               or tokens[j].rel.startswith("appos") and not (own and j in self.covering)
               or tokens[j].rel == "det" and tokens[j].lemma.lower() not in DEMONSTRATIVES for j in kids):
            return None
        word, former = _described_word(token)
        former = former or of is not None or any(tokens[j].lemma.lower() in FORMER_WORDS for j in kids)
        # ("бывший президент" is not the president the article names as holding the post now)
        introduced = [(j, person) for j, person, was_former in self._introduced(word) if (j != i or not own)
                      and (was_former or not former)
                      # "бывшего президента Перу": introduced as Перу's, not Чили's
                      and (of is None or any(tokens[k].head == j and self._names(k, of)
                                             for k in range(j + 1, min(len(tokens), j + 4))))
                      and (not own or own <= (self._words_before_name(j, person, own) or set()))]
        people = {person for j, person in introduced if j < i}
        # a title's bare description may be spelled out further on where the body tells it as someone's own, by a
        # possessive and a name in apposition in the noun's case ("уволил зятя" ... "уволит своего зятя Тимура
        # Кулибаева"); not by a name in another case ("поздравила маму" ... "Мама Альмиры, Фатима") or with no
        # possessive ("пасынок застрелил отчима" ... "передал оружие 17-летнему пасынку Дэнизу": the lede's
        # reach, ``CATAPHORA_REACH``, holds there)
        reach = TITLE_REACH if token.sent == 0 and introduced and all(
            self._words_before_name(j, person, set()) is not None and any(
                tokens[k].head == j and tokens[k].lemma.lower() in POSSESSIVES for k in range(max(0, j - 3), j))
            for j, person in introduced) else CATAPHORA_REACH
        if not people and len({person for _, person in introduced}) == 1 and all(
                tokens[j].sent - token.sent <= reach for j, _ in introduced):
            # the role told first, the name given just after, to that one person only
            people = {person for _, person in introduced}
        return people.pop() if len(people) == 1 else None

    def _words_before_name(self, j: int, person: str, wanted: set[str]) -> set[str] | None:
        """The lemmas of ``wanted`` between noun ``j`` and the name of ``person`` apposed to it ("лауреата Нобелевской
        премии мира Мейрид Магуайр" has "нобелевский", "премия"): what the description says of the one it introduces.
        None unless the name follows the noun in the noun's own case, as a word in apposition does ("своего зятя
        Тимура Кулибаева"): a name in another case ("Студент РГУ им Косыгина", "Мама Альмиры, Фатима": whose, not
        who), or where the parser gives either no case or took the noun for a name (a sentence's first word: "Мама
        Альмиры"), or one said before the noun, is no such introduction."""
        tokens = self.doc.tokens
        words: set[str] = set()
        for k in range(j + 1, min(len(tokens), j + 7)):
            mention = self.covering.get(k)
            if tokens[k].sent != tokens[j].sent:
                break
            if mention is not None and mention.entity == person:
                case = tokens[j].feats.get("Case")
                if case is None or tokens[j].pos != "NOUN" or not self._indeclinable(mention) and (
                        tokens[k].rel.startswith("nmod") or tokens[k].feats.get("Case") != case):
                    # (a woman's name that does not decline says nothing by its case, nor by the genitive the
                    # parser then hangs it by: "лауреата конкурса фотографов Ингрид Сесиль Мортон")
                    return None
                return words & wanted
            words.add(tokens[k].lemma.lower())
        return None

    def _lede_person(self, i: int, first: int, last: int) -> str | None:
        """The person a news lede tells by a description and names only in the next sentences, under another noun
        or none: "Власти США арестовали 27-летнюю жительницу Нью-Йорка. ... арестованная гражданка США Анна
        Петрова", "ФБР арестовало бывшего морского пехотинца. ... Подозреваемый Иван Петров". The article names
        no person before the noun, and names exactly one in the sentences from the noun's to the first name after
        it, within ``CATAPHORA_REACH`` sentences: the story's subject, so long as that person holds no post, says
        nothing there ("мужчина напал на полицейского. Глава МВД Иван Петров сообщил" names someone else) and is
        named in full, not as someone's ("дочь пастора Ивана Петрова" is the daughter's kin, not the shooter).
        A relative or associate ("мать", "адвокат"), a plural, a counted or quantified noun, a noun with a
        genitive other than a place ("водитель «Крузака»" may be either driver, "продюсер фильма" any of its
        producers), one coordinated with another person ("мужчину и женщину") or told twice in its sentence
        ("мужчина напал на другого мужчину") names no one; the noun's gender must not contradict the person's
        ("жительница" is no man)."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower().replace("ё", "е")
        post = self.lexicon.post(_described_word(token)[0])
        if token.pos != "NOUN" or token.feats.get("Number") != "Sing" or token.feats.get("Animacy") != "Anim" \
                or i in self.covering or word in WHOSE_WORDS or post is not None and post.category != "other":
            # (a trade is told as a lede's description like any other noun: "Верховный суд Сомали освободил
            # журналиста, брошенного в тюрьму ... Абдиазис Абдинур ... были приговорены"; an office is a post's)
            return None
        if token.rel == "conj" and 0 <= token.head < len(tokens) and tokens[token.head].feats.get("Animacy") == "Anim":
            return None
        if any(k != i and tokens[k].lemma.lower().replace("ё", "е") == word for k in range(first, last)):
            return None
        kids = [j for j in range(first, last) if tokens[j].head == i]
        if any(tokens[j].rel.startswith(("appos", "flat", "nummod")) or tokens[j].lemma.lower() in POSSESSIVES
               or tokens[j].rel == "conj" and tokens[j].feats.get("Animacy") == "Anim"
               or j in self.covering and self.covering[j].type == "PER"
               or self._genitive(j) and not (j in self.covering and self.covering[j].type == "LOC")
               or tokens[j].rel == "det" and tokens[j].lemma.lower() not in DEMONSTRATIVES for j in kids):
            return None
        named = sorted(k for k, m in self.covering.items() if m.type == "PER" and m.entity)
        if any(k < i for k in named):
            # a person named before: the description may be anyone else, unless it is the lede's own word told
            # again ("освободил журналиста ... Абдиазис Абдинур ... суд сократил журналисту срок")
            return self._lede_again(i, word)
        after = [k for k in named if k > i]
        if not after or tokens[after[0]].sent - token.sent > CATAPHORA_REACH:
            return None
        sent = self.doc.sents[tokens[after[0]].sent]
        people = {self.covering[k].entity for k in after if tokens[k].sent <= tokens[after[0]].sent}
        mention = self.covering[after[0]]
        person = mention.entity
        if len(people) != 1 or not person or any(post.person == person for post in self.doc.posts):
            return None
        if mention.kind != "name" or len(mention.text.split()) < 2:
            return None  # a news story names its subject in full first; a lone word may be a caption misread
        top = self._name_head(after[0])
        if tokens[after[0]].sent == token.sent and self._coargument(i, top):
            # "Журналист обвинил Ивана Петрова в клевете", "Полицейский выстрелил в Ивана Петрова": a name that is
            # another word of the description's own clause is someone the described one acts on, never him
            return None
        if post is not None and tokens[top].rel == "appos" and 0 <= tokens[top].head < len(tokens) and \
                tokens[tokens[top].head].pos == "NOUN" and tokens[tokens[top].head].feats.get("Animacy") == "Anim" \
                and tokens[tokens[top].head].lemma.lower().replace("ё", "е") != word:
            # a trade names its holder, and a name told with another one is that one's ("убитый итальянский
            # журналист" in a caption, then "украинского бойца Виталия Маркива": the soldier is no journalist)
            return None
        if any(q.speaker == person and sent.start <= q.start < sent.stop for q in self.doc.quotes):
            return None  # "Как сообщил очевидец Иван Петров, ...": the one named tells the story, not in it
        if self._someones(after[0]):
            return None
        if any(person in people and key != self._description_key(i) for key, people in self._identifications().items()):
            return None  # "Стрелок ранил охранника. ... личность стрелка: это Иван Петров": the shooter, not the guard
        gender = _UD_GENDER.get(token.feats.get("Gender", ""))
        told = self.person_gender(person)
        return None if gender is not None and told is not None and gender != told else person

    def _coargument(self, i: int, k: int) -> bool:
        """Whether word ``k`` hangs, within four steps and not through word ``i``, on the word ``i`` hangs on: an
        object, oblique or their dependents beside a subject ``i`` of one verb."""
        tokens = self.doc.tokens
        head = tokens[i].head
        if not 0 <= head < len(tokens):
            return False
        node = k
        for _ in range(4):
            if node == i or not 0 <= tokens[node].head < len(tokens):
                return False
            node = tokens[node].head
            if node == head:
                return True
        return False

    def _lede_again(self, i: int, word: str) -> str | None:
        """The person an earlier sentence's lede description of the same noun stood for (``_lede_person``), when
        word ``i`` tells that noun again; None where none did, or the noun's gender is not the person's."""
        tokens = self.doc.tokens
        for k in range(i):
            if tokens[k].sent < tokens[i].sent and tokens[k].lemma.lower().replace("ё", "е") == word:
                sent = self.doc.sents[tokens[k].sent]
                person = self._lede_person(k, sent.first, sent.last)
                if person is not None:
                    gender = _UD_GENDER.get(tokens[i].feats.get("Gender", ""))
                    told = self.person_gender(person)
                    return None if gender is not None and told is not None and gender != told else person
        return None

    def _someones(self, k: int) -> bool:
        """Whether the name at word ``k`` is told as someone's, in a genitive below another noun, itself or
        through the noun it stands beside ("дочь пастора Ивана Петрова", "бизнес-партнер пострадавшего Ивана
        Петрова")."""
        tokens = self.doc.tokens
        mention = self.covering.get(k)
        node = k
        for _ in range(len(mention.text.split()) if mention is not None else 0):
            if not 0 <= tokens[node].head < len(tokens) or self.covering.get(tokens[node].head) is not mention:
                break
            node = tokens[node].head  # the name's own top word (a misparse may loop within the name)
        for _ in range(4):
            head = tokens[node].head
            if tokens[node].feats.get("Case") == "Gen" and (tokens[node].rel.startswith("nmod") or 0 <= head < len(
                    tokens) and tokens[head].pos == "NOUN" and tokens[head].feats.get("Case") != "Gen"):
                return True  # a genitive the parser hung as an apposition ("дочь пастора Ивана Петрова") too
            if tokens[node].rel not in ("appos", "flat", "flat:name") or not 0 <= tokens[node].head < len(tokens):
                return False
            node = tokens[node].head
        return False

    def _participle_person(self, i: int) -> str | None:
        """The one person a participle standing as a noun stands for ("Задержанный подал иск" after "полиция
        задержала Ивана Петрова", "Погибший" after "погиб Иван Петров"): the person the article named before as
        undergoing the same verb (its object, its passive subject, the name it qualifies: "задержанного Ивана
        Петрова") for a passive participle, as doing it (its subject) for an active one. A description is no name,
        so only where the article told it of exactly one person; a plural, a participle of a noun ("задержанный
        мужчина") or a counted one ("Первый похищенный") is none."""
        tokens = self.doc.tokens
        token = tokens[i]
        voice = _participle_voice(token)
        if voice is None or token.feats.get("Number") != "Sing" or i in self.covering \
                or token.rel not in ("nsubj", "nsubj:pass", "obj", "iobj") or any(
                t.head == i and t.rel in ("amod", "det", "nummod", "appos", "nmod") for t in self._sentence_of(i)):
            return None
        roles = ("obj", "nsubj:pass") if voice == "Pass" else ("nsubj",)
        people: set[str] = set()
        for j in range(i):
            other = tokens[j]
            if other.pos != "VERB" or not _same_verb(other.lemma.lower(), token.lemma.lower()):
                continue
            named = [k for k in range(max(0, j - 12), min(i, j + 12)) if tokens[k].head == j and tokens[k].rel in roles]
            if other.feats.get("VerbForm") == "Part" and other.rel in ("acl", "amod") and 0 <= other.head < len(tokens):
                named.append(other.head)  # "задержанного Ивана Петрова", "погибшего журналиста Ивана Петрова"
            named += [k for k in range(max(0, j - 12), i) if tokens[k].rel == "conj" and tokens[k].head in named]
            people |= {self.covering[k].entity for k in named if k in self.covering
                       and self.covering[k].type == "PER" and self.covering[k].entity}
        return people.pop() if len(people) == 1 else None

    def _story_person(self, i: int, first: int, last: int) -> str | None:
        """The one private person a plain word for a person (``STORY_NOUNS``) stands for once the article has named
        them: "Мужчина признан виновным" after "приговор в отношении местного жителя Андрея Кандыбы", "Путин не
        выпустит девушку" after "отпустил израильтянку Нааму Иссахар". A plain word is no name, so only where
        the article named before it exactly one person of the word's gender who holds no post (a president or a
        spokesman is told by his post, not as "мужчина"); a word with anything of its own that picks someone out
        ("другой мужчина", "мужчину с ножом", "её муж", "мужчина 40 лет") or a plural is a kind of people, and a
        word told twice in its sentence ("мужчина напал на другого мужчину") is two people."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower().replace("ё", "е")
        gender = STORY_NOUNS.get(word)
        if gender is None or token.feats.get("Number") != "Sing" or i in self.covering:
            return None
        if any(tokens[j].head == i and not (
                tokens[j].rel in ("det", "amod") and tokens[j].lemma.lower() in DEMONSTRATIVES
                or tokens[j].rel in ("punct", "case", "cc")) for j in range(first, last)):
            return None
        if any(k != i and tokens[k].lemma.lower().replace("ё", "е") == word for k in range(first, last)):
            return None
        posted = {post.person for post in self.doc.posts}
        people = {m.entity for k, m in self.covering.items() if k < i and m.type == "PER" and m.entity
                  and m.entity not in posted and self.person_gender(m.entity) == gender}
        if any(k > i and m.type == "PER" and m.entity and m.entity not in people and m.entity not in posted
               and tokens[k].sent - token.sent <= CATAPHORA_REACH and self.person_gender(m.entity) in (gender, None)
               for k, m in self.covering.items()):
            # "Олег Смирнов приехал в Самару. Полиция задержала мужчину. 30-летний Андрей Кузнецов ...": a private
            # person named just after may be the one the word tells (``_lede_person``'s reading), so no one
            return None
        return people.pop() if len(people) == 1 else None

    def _role_person(self, i: int, first: int, last: int) -> str | None:
        """The one person a crime story's role word stands for once the article has put exactly one person in that
        role in the events it found before: "подозреваемый", "обвиняемый", "задержанный", "преступник", "убийца"
        (``ACCUSED_ROLES``) for the one accused or coerced (an ACCUSE's or COERCE's target) or who attacked (an
        ASSAULT's source), "пострадавший", "потерпевший", "жертва" (``VICTIM_ROLES``) for the one attacked (an
        ASSAULT's target). A role word is no name, so only where the events so far give it to exactly one person
        of the word's gender ("сам пострадавший попросил суд не наказывать обвиняемого" after "за избиение своего
        оппонента — Сергея Полонского": the one beaten and the one who beat); with two accused, none told yet, a
        plural, a counted word or one with a genitive, name or possessive of its own ("убийца их дочери",
        "двое подозреваемых", "другого фигуранта"), or the word told twice in its sentence, nothing is guessed."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower().replace("ё", "е")
        accused, victim = word in ACCUSED_ROLES, word in VICTIM_ROLES
        if not (accused or victim) or token.feats.get("Number") != "Sing" or i in self.covering or not self.told:
            return None
        if token.pos not in ("NOUN", "VERB", "ADJ") or token.rel in ("amod", "acl", "acl:relcl", "root", "conj"):
            return None  # "задержанного мужчины", "подозреваемых в ..." after a noun: the noun's, not a role
        if any(tokens[j].head == i and (tokens[j].rel.startswith(("nmod", "appos", "flat", "nummod", "conj"))
                                        or tokens[j].lemma.lower() in POSSESSIVES
                                        or tokens[j].rel == "det" and tokens[j].lemma.lower() not in DEMONSTRATIVES
                                        or tokens[j].lemma.lower() in ("другой", "второй", "один", "первый", "ещё",
                                                                       "еще", "каждый", "любой"))
               for j in range(first, last)):
            return None
        if any(k != i and tokens[k].lemma.lower().replace("ё", "е") == word for k in range(first, last)):
            return None
        people: set[str] = set()
        for event in self.told:
            if event.start > token.start:
                continue
            if accused:
                if event.type in ("ACCUSE", "COERCE") and event.target:
                    people.add(event.target)
                if event.type == "ASSAULT" and event.source:
                    people.add(event.source)
            elif event.type == "ASSAULT" and event.target:
                people.add(event.target)
        people = {p for p in people if self.entity_type(p) == "PER"}
        if len(people) != 1:
            return None
        person = people.pop()
        gender = _UD_GENDER.get(token.feats.get("Gender", ""))
        told = self.person_gender(person)
        if word not in _COMMON_GENDER_ROLES and gender is not None and told is not None and gender != told:
            return None
        return person

    def _description_key(self, k: int) -> str | None:
        """The word a person is told by at ``k`` for matching it with an identification: a singular animate noun's
        or a participle's lemma (lower case, "ё" as "е"), the doer words of ``PERPETRATOR_NOUNS`` as one key; None
        for a name, a post word, a plural or a thing."""
        tokens = self.doc.tokens
        token = tokens[k]
        if k in self.covering or token.feats.get("Number") != "Sing":
            return None
        word = token.lemma.lower().replace("ё", "е")
        voice = _participle_voice(token)
        if voice is None and (token.pos != "NOUN" or token.feats.get("Animacy") != "Anim"
                              or self.lexicon.post(word) is not None):
            return None
        if voice is not None and token.rel in ("amod", "acl") or voice == "Act" and word in PERPETRATOR_NOUNS:
            # "задержанного мужчины" is the noun's; an active "нападавший" is the doer
            return "*" if voice == "Act" and word in PERPETRATOR_NOUNS and token.rel not in ("amod", "acl") else None
        if word in PERPETRATOR_NOUNS:
            return "*"
        return f"{word}/{voice}" if voice is not None else word

    def _identifications(self) -> dict[str, set[str]]:
        """The people the article's identification sentences name, by the key of the description they name
        (``_description_key``): "Власти раскрыли личность нападавшего — это Иван Петров", "Личность погибшего
        установлена, им оказался Иван Петров", "Задержанным оказался Иван Петров", "Подозреваемого зовут Иван
        Петров"; a pronoun in the frame ("его личность", "Им оказался", "Его зовут") stands for the nearest
        singular animate noun or participle of its gender in its sentence or the two before. The sentence must
        name exactly one person after the frame's word, in full."""
        if self._identified is not None:
            return self._identified
        tokens = self.doc.tokens
        found: dict[str, set[str]] = {}
        for sent in self.doc.sents:
            first, last = sent.first, sent.last
            referents: list[int] = []
            for j in range(first, last):
                word = tokens[j].lemma.lower()
                if word != "личность" and word != "звать" and word not in IDENTIFYING_VERBS:
                    continue
                kids = [c for c in range(first, last) if tokens[c].head == j]
                if word == "личность" and any(tokens[c].lemma.lower().startswith(IDENTITY_FOUND)
                                              for c in range(first, last)):
                    referents += [c for c in kids if tokens[c].rel in ("nmod", "det")
                                  and (tokens[c].feats.get("Case") == "Gen" or tokens[c].pos == "DET")]
                elif word in IDENTIFYING_VERBS:
                    referents += [c for c in kids if tokens[c].feats.get("Case") == "Ins" and c < j
                                  and tokens[c].pos in ("NOUN", "PRON", "VERB", "ADJ")]
                elif word == "звать":
                    referents += [c for c in kids if tokens[c].rel == "obj" and c < j]
            if not referents:
                continue
            at = referents[0]
            people = {m.entity for k, m in self.covering.items() if first <= k < last and k > at
                      and m.type == "PER" and m.entity}
            names = [m for k, m in self.covering.items() if first <= k < last and k > at and m.type == "PER"
                     and m.kind == "name" and len(m.text.split()) >= 2]
            if len(people) != 1 or not names:
                continue
            key = self._referent_key(at)
            if key is not None:
                found.setdefault(key, set()).update(people)
        self._identified = found
        return found

    def _referent_key(self, k: int) -> str | None:
        """The description key an identification's referent ``k`` stands for: its own, or for a pronoun ("его",
        "им") the nearest singular animate noun or participle of its gender before it, within two sentences."""
        tokens = self.doc.tokens
        token = tokens[k]
        pronoun = _POSSESSIVE_OF.get(token.text.lower(), token.lemma.lower())
        if pronoun not in THIRD_PRONOUNS:
            return self._description_key(k)
        wanted = "f" if pronoun == "она" else "m"
        for j in range(k - 1, -1, -1):
            if tokens[j].sent < token.sent - 2:
                break
            key = self._description_key(j)
            if key is not None and _UD_GENDER.get(tokens[j].feats.get("Gender", ""), wanted) == wanted:
                return key
        return None

    def _identified_person(self, i: int, first: int, last: int) -> str | None:
        """The person an identification sentence names for the description word ``i`` ("Нападавший открыл огонь
        ... Власти раскрыли его личность — это Иван Петров"): the one person named for its key
        (``_identifications``), so long as the word has nothing of its own that picks someone else out (a name, a
        genitive person, a number, "другой"), is told once in its sentence and agrees in gender."""
        key = self._description_key(i)
        if key is None:
            return None
        people = self._identifications().get(key, set())
        if len(people) != 1:
            return None
        tokens = self.doc.tokens
        if any(tokens[j].head == i and (tokens[j].rel.startswith(("appos", "flat", "nummod", "conj"))
               or j in self.covering and self.covering[j].type == "PER"
               or tokens[j].rel in ("amod", "det") and tokens[j].lemma.lower() not in DEMONSTRATIVES
               and tokens[j].lemma.lower() in ("другой", "второй", "еще", "ещё", "один", "каждый", "любой"))
               for j in range(first, last)):
            return None
        if any(k != i and self._description_key(k) == key for k in range(first, last)):
            return None  # "мужчина напал на другого мужчину": two of them
        person = next(iter(people))
        gender = _UD_GENDER.get(tokens[i].feats.get("Gender", ""))
        told = self.person_gender(person)
        return None if gender is not None and told is not None and gender != told else person

    def _names(self, j: int, entity: str) -> bool:
        """Whether word ``j`` is (part of) a mention of ``entity``."""
        mention = self.covering.get(j)
        return mention is not None and mention.entity == entity

    def _kin_person(self, i: int) -> str | None:
        """The one person the article introduces as the same kin of the same one as word ``i`` says: "брата Ким
        Чен Ына", "брата северокорейского лидера" after "Ким Чон Нама, брата лидера КНДР Ким Чен Ына" is Ким Чон
        Нам. Whose kin is matched by a name under the kin word (the parser may hang the genitive as an apposition)
        or by the noun of its genitive ("лидера"); a kin word with neither, or plural, is left to the other
        readings."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower()
        if word not in KIN_WORDS or i in self.covering or token.feats.get("Number") == "Plur":
            return None
        whose, nouns = self._kin_whose(i)
        if not whose and not nouns:
            return None
        people: set[str] = set()
        for j, other in enumerate(tokens):
            if j == i or other.lemma.lower() != word or j in self.covering or other.feats.get("Number") == "Plur":
                continue
            their, their_nouns = self._kin_whose(j)
            if not (whose & their or nouns & their_nouns):
                continue
            mention = self.covering.get(j - 2) if j >= 2 and tokens[j - 1].text == "," else None
            if mention is not None and mention.type == "PER" and mention.entity and tokens[j - 2].sent == other.sent:
                person: str | None = mention.entity  # "Ким Чон Нама, брата лидера КНДР"
            else:
                person = self._apposed_person(j)  # "зятя Тимура Кулибаева"
            if person is not None and person not in whose:
                people.add(person)
        return people.pop() if len(people) == 1 else None

    def _kin_whose(self, j: int) -> tuple[set[str], set[str]]:
        """Whose kin word ``j`` tells: the people named below it (two steps: "брата лидера КНДР Ким Чен Ына")
        and the nouns of its genitives ("лидера")."""
        tokens = self.doc.tokens
        sent = tokens[j].sent
        names: set[str] = set()
        nouns: set[str] = set()
        for k in range(max(0, j - 8), min(len(tokens), j + 10)):
            if tokens[k].sent != sent or k == j:
                continue
            head = tokens[k].head
            if head == j and tokens[k].rel == "nmod" and tokens[k].pos == "NOUN" and k not in self.covering:
                nouns.add(tokens[k].lemma.lower())
            if (head == j or 0 <= head < len(tokens) and tokens[head].head == j and head not in self.covering) and \
                    tokens[k].rel in ("nmod", "appos") and k in self.covering and \
                    self.covering[k].type == "PER" and self.covering[k].entity:
                names.add(self.covering[k].entity)
        return names, nouns

    def _introduced(self, word: str) -> list[tuple[int, str, bool]]:
        """Each person the article introduces with a singular noun of lemma ``word`` in apposition: (the noun's
        place, the person, whether the description is a past one); read once a word."""
        if word not in self._described:
            tokens = self.doc.tokens
            found = []
            for j, other in enumerate(tokens):
                # (a sentence's first word may be read as a proper noun: "Экс-президент Перу Альберто Фухимори")
                # "журналиста-расследователя Павла Громова" introduces him as a "журналист" too
                described = _described_word(other)[0]
                if other.pos not in ("NOUN", "PROPN") or j in self.covering or other.feats.get("Number") == "Plur" \
                        or described != word and not described.startswith(word + "-"):
                    continue
                person = self._apposed_person(j)
                if person is not None:
                    found.append((j, person, _described_word(other)[1] or any(
                        tokens[k].head == j and tokens[k].lemma.lower() in FORMER_WORDS
                        for k in range(max(0, j - 3), j))))
            self._described[word] = found
        return self._described[word]

    def _genitive(self, j: int) -> bool:
        """Whether word ``j`` is a bare genitive below its noun ("продюсер фильма"), not a place "в аэропорту"."""
        tokens = self.doc.tokens
        return tokens[j].rel.startswith("nmod") and tokens[j].feats.get("Case") == "Gen" and not any(
            tokens[k].head == j and tokens[k].rel == "case" for k in range(max(0, j - 3), j))

    def _apposed_person(self, j: int) -> str | None:
        """The person whose name stands in apposition to noun ``j``: right after it, past the noun's own
        genitives and adjectives ("27-летний житель Нью-Йорка Эверитт Джеймсон"), or before it, with a comma
        ("Вайнштейн, голливудский продюсер,")."""
        tokens = self.doc.tokens
        if j in self.covering and self.covering[j].type == "PER":
            return None  # the noun is part of the name's own mention
        sent = tokens[j].sent
        k = j + 1
        while k < len(tokens) and k <= j + 6 and tokens[k].sent == sent:
            mention = self.covering.get(k)
            if mention is not None and mention.type == "PER" and mention.entity:
                # "муж актрисы Сергей Сенин": a name apposed agrees in case; this one is the husband's
                return mention.entity if self._agrees(j, k) else None
            if not self._below(k, j):
                break
            k += 1
        k = j - 1
        while k >= 0 and tokens[k].sent == sent and tokens[k].head == j and tokens[k].pos in ("ADJ", "NUM"):
            k -= 1
        if k >= 1 and tokens[k].text == "," and tokens[k - 1].sent == sent and tokens[j].rel == "appos":
            mention = self.covering.get(k - 1)
            if mention is not None and mention.type == "PER" and mention.entity and self._agrees(j, k - 1):
                return mention.entity
        return None

    def _agrees(self, j: int, k: int) -> bool:
        """Whether noun ``j`` and the name covering word ``k`` share a case, as words in apposition do (a name the
        parser gives no case, a foreign one, agrees with anything)."""
        tokens = self.doc.tokens
        mention = self.covering[k]
        words = range(k, -1, -1), range(k + 1, len(tokens))  # the name's words: those around k it covers
        cases = {tokens[n].feats.get("Case") for side in words for n in itertools.takewhile(
            lambda n: self.covering.get(n) is mention, side)} - {None}
        case = tokens[j].feats.get("Case")
        return case is None or not cases or case in cases or self._indeclinable(mention)

    def _indeclinable(self, mention: Mention) -> bool:
        """Whether a person's name does not decline, so that the tagger's case of its words says nothing: a
        woman's name each word of which ends in a consonant or a soft sign ("депортировала лауреата конкурса
        Ингрид Сесиль Мортон"); a man's such name declines ("Сергея Сенина"), and so does a word in "-а" ("Анны
        Голуб" is a genitive)."""
        words = mention.text.lower().split()
        return bool(mention.entity) and bool(words) and all(
            word[-1:].isalpha() and word[-1:] not in "аяоеёиуыюэ" for word in words) and \
            self.person_gender(mention.entity or "") == "f"

    def _below(self, k: int, j: int) -> bool:
        """Whether word ``k`` hangs under word ``j`` (within three steps) through no verb or participle: a name in
        a clause of the noun is not the noun's own ("врача, лечившего Майкла Джексона" is the doctor, not Джексон)."""
        tokens = self.doc.tokens
        for _ in range(3):
            if not 0 <= tokens[k].head < len(tokens):
                return False
            k = tokens[k].head
            if k == j:
                return True
            if tokens[k].pos in ("VERB", "AUX") or tokens[k].rel.startswith("acl"):
                return False
        return False

    def _colleague(self, state: str) -> str | None:
        """The one person the article gives a post of ``state``: "провел переговоры с турецким коллегой" after
        "Президент Турции Реджеп Эрдоган" is Эрдоган (a colleague is a counterpart, so the holder of that
        state's post is meant, not the state); None when the article gives posts of it to several people."""
        holders = {post.person for post in self.doc.posts if post.of is not None and not is_former(post.post)
                   and (post.of == state or self.state(post.of) == state)}
        return holders.pop() if len(holders) == 1 else None

    def _included(self, i: int, first: int, last: int) -> list[str]:
        """The actors a group that names no one lists "включая ..." ("поддержали 20 стран, включая Францию и
        Германию"; "санкции против 30 компаний, включая Газпром"): the named ones among the group act."""
        tokens = self.doc.tokens
        found: list[str] = []
        for k in range(first, last):
            if tokens[k].head == i and tokens[k].lemma.lower() in INCLUDING:
                for j in range(first, last):
                    if tokens[j].head == k and tokens[j].rel in ("obj", "nmod", "obl"):
                        found += [e for e in self.entities(j, first, last, depth=1) if e not in found]
        return found

    def _described_company(self, i: int, first: int, last: int) -> str | None:
        """The organisation a description stands for ("Газовый монополист", "концерн", "государственный
        китайский банк"): a singular word of a trade with nothing naming it is the organisation the article
        mentions most, when one does so more than any other."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower()
        if token.pos not in ("NOUN", "PROPN") or word not in ORG_DESCRIPTIONS or i in self.covering \
                or token.feats.get("Number") != "Sing":
            return None
        kids = [j for j in range(first, last) if tokens[j].head == i]
        if any(tokens[j].rel in ("nmod", "appos", "flat:name", "flat:foreign") and j in self.covering for j in kids):
            return None  # "концерн «Фольксваген»" names itself
        if word not in BARE_ORG_DESCRIPTIONS and not any(tokens[j].rel == "amod" for j in kids):
            return None
        return self._most_mentioned("ORG")

    def rival(self, i: int, person: str, first: int, last: int) -> str | None:
        """The person word ``i`` stands for when it is a bare rival word ("оппонента", "своего соперника") and
        ``person`` the other side: the person the article mentions most besides ``person``, when one person is
        mentioned more often than any other; None for a word naming whose rival it is
        ("соперник Байдена") or a plural ("конкуренты")."""
        tokens = self.doc.tokens
        token = tokens[i]
        if token.pos != "NOUN" or token.lemma.lower() not in RIVAL_WORDS or i in self.covering \
                or token.feats.get("Number") != "Sing" or self.entity_type(person) != "PER":
            return None
        if any(tokens[j].head == i and tokens[j].rel in _NAMING and j in self.covering for j in range(first, last)):
            return None
        counts = Counter(m.entity for m in self.doc.mentions if m.entity and m.type == "PER" and m.entity != person)
        ranked = counts.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def _international(self, entity_id: str) -> bool:
        """Whether an organisation is one the lexicon knows with no state of its own (ЕС, НАТО, ООН)."""
        entity = next((e for e in self.doc.entities if e.id == entity_id), None)
        known = self.lexicon.org(entity.name) if entity is not None and entity.name else None
        return known is not None and known.country is None

    def _described_state(self, i: int, first: int, last: int) -> str | None:
        """The state a description stands for ("с коммунистическим государством", "в соседнюю республику"): a
        singular state noun with an adjective of no state's and nothing naming it is the state the article
        mentions most, when one does so more than any other."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower()
        if token.pos not in ("NOUN", "PROPN") or word not in STATE_DESCRIPTIONS | RULER_DESCRIPTIONS \
                or i in self.covering or token.feats.get("Number") != "Sing":
            return None
        kids = [j for j in range(first, last) if tokens[j].head == i]
        adjectives = [j for j in kids if tokens[j].rel == "amod" and tokens[j].pos == "ADJ"]
        national = any(self.lexicon.country_of_adjective(tokens[j].text) for j in adjectives)
        if not adjectives and word not in RULER_DESCRIPTIONS or national or any(
                tokens[j].rel in ("nmod", "appos", "flat:name") for j in kids):
            return None  # "российское государство" is the lexicon's; "государство Израиль" names itself
        return self._most_mentioned("LOC")

    def _most_mentioned(self, kind: str) -> str | None:
        """The state ("LOC": places counted for their state) or the organisation ("ORG": unions of states left
        out) the article mentions more often than any other; None on a tie. Counted once per article."""
        if kind not in self._leaders:
            if kind == "LOC":
                counts = Counter(self.state(m.entity) for m in self.doc.mentions if m.entity and m.type == "LOC")
                counts.pop(None, None)
            else:
                counts = Counter(m.entity for m in self.doc.mentions if m.entity and m.type == "ORG")
                for entity in [e for e in counts if e is not None and self._international(e)]:
                    del counts[entity]  # "ЕС", "НАТО": a union of states is no company
            ranked = counts.most_common(2)
            tie = not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]
            self._leaders[kind] = None if tie else ranked[0][0]
        return self._leaders[kind]

    def _same_government(self, i: int, found: list[str]) -> list[str]:
        """A bare "власти" / "правительство" goes on with whose the same word was last in the article ("Московские
        власти обещали ... Но власти пообещали горожанам" is Москва); a named one is remembered for later. A bare
        police acting is the article's state."""
        token = self.doc.tokens[i]
        word = token.lemma.lower()
        if word in BARE_STATE_FORCES and not found and token.pos == "NOUN" and i not in self.covering and \
                token.rel == "nsubj" and not any(t.head == i and t.rel in ("amod", "nmod", "det")
                                                 for t in self._sentence_of(i)):
            # "полиция сфабриковала уголовное дело", "В связи со стрельбой полиция арестовала Джейсона Дальтона": a
            # bare police acting is the state the article is about, as a bare "власти" is (below), where the places
            # its sentence names lie in that state (not "В аэропорту Сеула полиция задержала" in an article that
            # names Китай more); guessed, so that it is kept only where the act names whom it is aimed at
            sent = self.doc.sents[token.sent]
            here = {self.state(m.entity) for m in self.doc.mentions
                    if m.type == "LOC" and m.entity and sent.start <= m.start < sent.stop}
            state = self._most_mentioned("LOC")
            if state is not None and here <= {state} and not self._citizenship_only(state):
                self.guessed.add(i)
                return [state]
            return found
        if word not in GOVERNMENT_WORDS or token.pos != "NOUN" or i in self.covering:
            return found
        if found:
            if len(found) == 1 and self.entity_type(found[0]) != "PER":
                self._governments[word] = (i, found[0])
            return found
        earlier = self._governments.get(word)
        if word in ("власть", "правительство") and self._of_the_country(i):
            # "власти страны задержали 208 человек" after "Генпрокурор Саудовской Аравии": "страна" points back to
            # the state the article is about, the one it mentions most, when it was named in this sentence or the
            # one before (else the country meant may be another)
            state = self._most_mentioned("LOC")
            since = self.doc.sents[max(0, token.sent - 1)].start
            near = {self.state(m.entity) for m in self.doc.mentions if m.entity and m.type == "LOC"
                    and since <= m.start < token.start}
            return [state] if state is not None and state in near else found
        if any(t.head == i and t.rel in ("amod", "nmod", "det") and t.lemma.lower() not in NEW_GOVERNMENT
               for t in self._sentence_of(i)):
            return found  # "местные власти", "власти страны": not the ones named before
        if (earlier is None or earlier[0] >= i) and word == "власть" and token.feats.get("Number") == "Plur" \
                and (token.rel == "nsubj" or token.rel in ("obl", "obl:agent") and token.feats.get("Case") == "Ins"
                     and not any(t.head == i and t.rel == "case" for t in self._sentence_of(i))):
            # (the agent of a passive too: "арестован новыми властями" in an article on Egypt is Египет's act)
            # "В Египте арестован лидер ... когда власти разогнали лагеря": a bare "власти" acting in an
            # article that names no government is the state the article is about, the one it mentions most
            state = self._most_mentioned("LOC")
            if state is None:
                return found
            self.guessed.add(i)
            return [state]
        if earlier is None or earlier[0] >= i:
            return found
        return [earlier[1]]

    def _citizenship_only(self, state: str) -> bool:
        """Whether the article names a state only as someone's citizenship ("задержала гражданина России Ивана
        Петрова"): that tells whose citizen one is, not where the police that held him serve."""
        tokens = self.doc.tokens
        for j, mention in self.covering.items():
            if mention.type != "LOC" or self.state(mention.entity) != state:
                continue
            head = tokens[j].head
            if self.covering.get(head) is mention:
                continue  # a word inside the name; its head word is read
            if not (0 <= head < len(tokens) and tokens[j].rel == "nmod" and tokens[head].lemma.lower() in CITIZENS):
                return False
        return True

    def _of_the_country(self, i: int) -> bool:
        """Whether word ``i`` has a bare genitive "страны" of its own and nothing else naming whose it is ("власти
        страны", "правительство страны"; not "власти этой страны", "местные власти страны", "власти соседней
        страны")."""
        tokens = self.doc.tokens
        sent = self.doc.sents[tokens[i].sent]
        kids = [j for j in range(sent.first, sent.last) if tokens[j].head == i]
        country = [j for j in kids if tokens[j].rel == "nmod" and tokens[j].lemma.lower() == "страна"
                   and tokens[j].feats.get("Case") == "Gen" and tokens[j].feats.get("Number") == "Sing"]
        return len(country) == 1 and not any(tokens[j].rel in ("amod", "det", "nmod") for j in kids
                                             if j not in country) and \
            not any(tokens[j].head == country[0] and tokens[j].rel != "punct" for j in range(sent.first, sent.last))

    def _post_entry(self, post: Post) -> PostEntry | None:
        """The lexicon's entry for a post of the article, read with its organisation when the post word alone is
        vague: "глава" of "МИД России" is "глава мид", the minister of foreign affairs (so that "министр" later
        stands for him)."""
        entry = self.lexicon.post(post.post)
        if (entry is None or entry.post in VAGUE_POST_WORDS) and post.of is not None:
            of = next((e for e in self.doc.entities if e.id == post.of), None)
            if of is not None and of.name:
                # "председатель" of Китай, named "КНР" in the article, is "председатель КНР", its head of state
                names = [of.name.split()[0]] if of.type == "ORG" else [of.name, *of.aliases]
                entry = next((e for e in (self.lexicon.post(f"{post.post} {n.lower()}") for n in names) if e),
                             entry)
        return entry

    def _name_after_post(self, i: int, last: int) -> list[str]:
        """The person named right after a post word the parser did not hang the name on: "на встрече с
        премьером Трюдо" (an indeclinable name read as a subject of its own)."""
        token = self.doc.tokens[i]
        after = self.covering.get(i + 1) if i + 1 < last else None
        if token.pos != "NOUN" or self.lexicon.post(token.lemma.lower()) is None:
            return []
        if after is not None and after.type == "PER" and after.entity:
            if token.lemma.lower() in WHOSE_WORDS and self._whose_name(i, i + 1):
                return []  # "адвокат Ивана Петрова", "убийцу Бориса Немцова": whose, not who
            return [after.entity]
        # "к главе спецкомитета Адаму Шиффу" with "Адаму" hung on "спецкомитета": the name in the post word's own
        # case after the genitives that say whose post it is
        case = token.feats.get("Case")
        for k in range(i + 1, min(last, i + 6)):
            word = self.doc.tokens[k]
            mention = self.covering.get(k)
            if mention is not None and mention.type == "PER" and mention.entity:
                return [mention.entity] if case is not None and word.feats.get("Case") == case != "Gen" else []
            if word.feats.get("Case") != "Gen" or word.pos not in ("NOUN", "PROPN", "ADJ"):
                return []
        return []

    def _own_name_after(self, i: int, last: int) -> list[str]:
        """The person named right after the genitives hanging on a person's word ``i``, in the word's own case
        (not the genitive, whose form says whose), where the parser hung the name on some other word: "с
        чемпионом мира ФИДЕ Веселином Топаловым" with the name under a later "чемпионом". Only an animate noun
        with at least one genitive of its own between it and the name, so that the name cannot be a word of
        its own clause ("вручил премию Ивану Петрову"); None found gives []."""
        tokens = self.doc.tokens
        token = tokens[i]
        case = token.feats.get("Case")
        if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or i in self.covering or \
                case in (None, "Gen") or token.lemma.lower() in WHOSE_WORDS:
            return []
        passed = False
        for k in range(i + 1, min(last, i + 8)):
            word = tokens[k]
            mention = self.covering.get(k)
            if mention is not None and mention.type == "PER" and mention.entity:
                if not passed or word.feats.get("Case") != case or word.head == i or self._below(k, i):
                    return []
                return [mention.entity]
            if word.feats.get("Case") != "Gen" or word.pos not in ("NOUN", "PROPN", "ADJ") or not self._below(k, i):
                return []
            passed = True
        return []

    def _named_again(self, i: int, j: int, first: int, last: int) -> bool:
        """Whether a kin, defence or partner word ``i`` names another person in apposition after the name at ``j``,
        on the word itself or on a noun in apposition to it ("адвоката Ивана Петрова Анну Смирнову", "партнера
        Бориса Березовского – гражданина России Николая Глушкова"): then the first name says whose, the later one
        who (one word is told as one person)."""
        tokens = self.doc.tokens
        here = self.covering.get(j)
        if here is None or here.type != "PER":
            return False
        apposed = {i} | {k for k in range(first, last) if tokens[k].head == i and tokens[k].rel == "appos"
                         and k not in self.covering}
        return any(tokens[k].head in apposed and tokens[k].rel == "appos" and k in self.covering
                   and self.covering[k].type == "PER" and self.covering[k].entity
                   and self.covering[k].entity != here.entity for k in range(j + 1, last))

    def _described_name(self, j: int, first: int, last: int) -> bool:
        """Whether ``j`` is a common noun in apposition that carries a person's name of its own ("партнера ... –
        гражданина России Андрея Лапина", whatever case the tagger gives it): a second description of the one the
        word is, not whose."""
        tokens = self.doc.tokens
        return j not in self.covering and tokens[j].pos == "NOUN" and any(
            tokens[k].head == j and tokens[k].rel == "appos" and k in self.covering and self.covering[k].type == "PER"
            for k in range(j + 1, last))

    def _whose_name(self, i: int, j: int) -> bool:
        """Whether the name at ``j`` after a word of kin, defence or a role in a crime at ``i`` says whose it is
        (a genitive: "адвокат Ивана Петрова", "убийцу Бориса Немцова") rather than who it is ("адвокат Иван
        Петров"): a genitive, or a masculine accusative (the genitive's form), after any other case or a feminine
        noun; or, after a role in a crime, the accusative a masculine genitive looks like."""
        word, name = self.doc.tokens[i], self.doc.tokens[j]
        if word.lemma.lower() in OWNERS:
            return False  # "совладельца сети кофеен Игоря Коноплева": what one owns is no person, so this is the owner
        if name.text.lower() == name.lemma.lower():
            return False  # an indeclinable name says nothing by its form
        case, name_case = word.feats.get("Case"), name.feats.get("Case")
        if name_case == "Gen" and case not in (None, "Gen"):
            return True
        if name_case == "Acc" and name.feats.get("Gender") == "Masc" and (
                case not in (None, "Acc") or word.feats.get("Gender") == "Fem"):
            # "Дочь Ивана Петрова задержали", "Жену Сергея Петрова обвинили": a man's accusative is his genitive's
            # form, and a name in apposition agrees with its noun in case and, after a woman's kin word, in gender;
            # so it is the genitive misread
            return True
        return word.lemma.lower() in ACT_ROLES and case == name_case == "Acc" and name.feats.get("Gender") == "Masc"

    def post_holder(self, i: int, of: str, first: int, last: int) -> str | None:
        """The one person the article gives the post word ``i`` names, of ``of``: "российский лидер" or
        "президент России" is Путин when the article calls him "Президент России Владимир Путин", "глава МИД
        России" Лавров. A post standing for its holder is that person, not the state; None when the post
        names no one post of the article, or more than one person."""
        token = self.doc.tokens[i]
        word = token.lemma.lower().replace("ё", "е")
        if token.pos != "NOUN" and not self._capitalised_post(i):
            return None
        phrases = [word, *(f"{word} {form}" for j in range(i + 1, min(last, i + 3))
                           if self.doc.tokens[j].head == i and self.doc.tokens[j].rel == "nmod"
                           for form in _word_forms(self.doc.tokens[j]))]
        entries = [e for e in (self.lexicon.post(p) for p in phrases) if e is not None]
        if not entries:
            return None
        wanted = {e.post for e in entries}
        leader = word in LEADER_WORDS
        state = self.state(of)
        named = self.adjective_agents(i, first, last) + [
            s for j in range(first, last) if self.doc.tokens[j].head == i and self.doc.tokens[j].rel == "nmod"
            for s in self.adjective_agents(j, first, last)]
        if named and state not in named:
            return None  # "глава японского МИДа" is no holder of the Russian ministry's post
        holders: set[str] = set()
        for post in self.doc.posts:
            if post.of is None or is_former(post.post) or not (post.of == of or state and self.state(post.of) == state
                                                                or self._head_word_of(post.of, of)):
                continue
            entry = self._post_entry(post)
            canonical = entry.post if entry is not None else post.post
            # "японский министр" is the article's "министр иностранных дел Японии"
            if canonical in wanted or canonical.split()[0] in wanted or post.post == word and post.of == of or (
                    leader and entry is not None and entry.category in HEAD_CATEGORIES):
                holders.add(post.person)
        if not holders and (leader or any(e.category == "head_of_state" for e in entries)) and state is not None:
            # "в ходе визита российского лидера в Казахстан" in an article that names Путин with no post: the one
            # well-known head of that state (data/people.tsv) the article names
            holders = self._known_heads(state)
        return holders.pop() if len(holders) == 1 else None

    def _capitalised_post(self, i: int) -> bool:
        """Whether word ``i`` is a post word written with a capital out of respect ("Позже Президент России провёл
        переговоры", "Генеральный секретарь ООН"), which the tagger takes for a proper noun: a post word
        still, so long as no name's mention covers it. Not the title of an office, as a decree writes it ("от
        должности Заместителя Председателя Правительства", "на пост Президента"): the office, not its holder."""
        tokens = self.doc.tokens
        token = tokens[i]
        if token.pos != "PROPN" or not token.text[:1].isupper() or i in self.covering or \
                self.lexicon.post(token.lemma.lower().replace("ё", "е")) is None:
            return False
        node = i
        for _ in range(3):  # up the post's own genitives: "должности Заместителя Председателя"
            head = tokens[node].head
            if not 0 <= head < len(tokens) or tokens[node].rel not in ("nmod", "appos"):
                break
            if tokens[head].lemma.lower() in OFFICE_NOUNS:
                return False
            node = head
        return True

    def _head_word_of(self, short: str, full: str) -> bool:
        """Whether organisation ``short`` is organisation ``full`` told again by its head word alone, which the
        names stage left apart: "Глава конгресса Наталья Сабельник" after "глава Конгресс русских американцев"
        ("конгресс" is the first word of the full name, and no other organisation of the article begins so)."""
        by_id = {e.id: e for e in self.doc.entities}
        one, other = by_id.get(short), by_id.get(full)
        if one is None or other is None or one.type != "ORG" or other.type != "ORG" or len(one.name.split()) != 1 \
                or len(other.name.split()) < 2:
            return False
        word = one.name.lower().replace("ё", "е")
        starting = [e for e in self.doc.entities if e.type == "ORG" and len(e.name.split()) > 1
                    and e.name.split()[0].lower().replace("ё", "е") == word]
        return starting == [other]

    def _known_heads(self, state: str) -> set[str]:
        """The article's people whom data/people.tsv lists as having headed ``state`` (its head-of-state post)."""
        country = next((e.country for e in (*self.doc.entities, *self.added) if e.id == state), None)
        entry = self.lexicon.country_by_code(country) if country else None
        if entry is None or not entry.head_of_state_post:
            return set()
        heads = _heads_of_state().get(entry.iso2, {})
        return {e.id for e in self.doc.entities if e.type == "PER" and e.name
                and entry.head_of_state_post in heads.get(e.name.split()[-1], ())}

    def _named(self, i: int, first: int, last: int, depth: int) -> list[tuple[str, int]]:
        relative = self._relative_antecedent(i)
        if relative is not None and relative not in self.covering and _predicative(self.doc.tokens, relative):
            # "Трамп стал первым президентом США, который угрожает ...": the predicate says what the subject is;
            # the one the clause is about is that subject
            verb = self.doc.tokens[relative].head
            subjects = [j for j in range(first, last) if self.doc.tokens[j].head == verb
                        and self.doc.tokens[j].rel == "nsubj"]
            if subjects and subjects[0] != i:
                # (not "который" itself: a parse that hangs the predicate noun on the relative clause's own verb,
                # "назвало нападавшего «солдатом ИГ», который осуществил ...", loops back to it)
                return self._named(subjects[0], first, last, max(depth, 1))
        if relative is not None and relative not in self.covering:
            # "глава Газпрома Алексей Миллер и министр ... Александр Озерец, которые встречаются": everyone the
            # noun the relative clause hangs on names
            antecedents = self._named(relative, first, last, max(depth, 1))
            if relative < i:
                # "столкновения между сепаратистами, которых поддерживает Армения, и азербайджанскими силами": a
                # word coordinated after the relative clause is no part of what the clause is said of
                antecedents = [p for p in antecedents if p[1] < i]
            if not antecedents and relative > i:
                # "Виктор Шендерович, который провел митинг против тех, кто ...": the parser hung the clause on a
                # word after it; the antecedent stands before "который", the name right before its comma
                before = self._before_comma(i)
                return [(before, i - 2)] if before is not None else []
            return antecedents
        found = self._own(i) or self._pronoun(i)
        result = [(found, i)] if found else []
        if found is None and depth > 0 and not (
                # "клубы чемпионата России отказались": a competition's genitive is where it is held, no one acting
                i not in self.covering and self.doc.tokens[i].lemma.lower() in COMPETITION_WORDS | LAW_WORDS):
            named: list[tuple[str, int]] = []
            joined: list[tuple[str, int]] = []  # "представители ПАСЕ и посол Семнеби": more actors, any type
            whose: list[str] = []  # persons in the noun's genitive
            own_name = False  # a person in apposition: the noun's own name
            associate = i not in self.covering and self.doc.tokens[i].lemma.lower() in WHOSE_WORDS
            # "совладельца сети кофеен «Травелерс» Игоря Коноплёва": what an owner or founder owns is no person, so a
            # person the parser hangs inside the genitive is the owner's own name; the organisation is not the owner
            owner = associate and self.doc.tokens[i].lemma.lower() in OWNERS
            # "бывшая участница «Блестящих»", "бывший премьер-министр Великобритании": a former member, employee or
            # official acts for no organisation or state ("бывшего замначальника ... Дмитрия Фролова" is the man)
            former = i not in self.covering and (_described_word(self.doc.tokens[i])[1] or any(
                self.doc.tokens[k].head == i and self.doc.tokens[k].rel == "amod"
                and self.doc.tokens[k].lemma.lower() in FORMER_WORDS for k in range(first, last)))
            for j in range(first, last):
                token = self.doc.tokens[j]
                if former and token.head == i and token.rel == "nmod" and token.feats.get("Case") == "Gen" and (
                        j not in self.covering or self.covering[j].type != "PER"):
                    continue
                if associate and token.head == i and (
                        token.rel == "nmod" and token.feats.get("Case") == "Gen" and not owner
                        # a man's name tagged as the accusative his genitive looks like: "Дочку Ивана Петрова"
                        or token.rel == "nmod" and token.pos == "PROPN" and token.feats.get("Case") == "Acc"
                        and token.feats.get("Gender") == "Masc" and not self._has_case(j, first, last)
                        or token.rel == "appos" and self._whose_name(i, j) and not self._described_name(j, first, last)
                        or token.rel == "appos" and self._named_again(i, j, first, last)
                        # "Создатель антивируса McAfee арестован": an organisation or a place in apposition to a
                        # person's word is no name of that person but whose (an indeclinable genitive misread)
                        or token.rel == "appos" and j in self.covering and self.covering[j].type in ("ORG", "LOC")):
                    # "его адвокат обвинил": the lawyer, not his client; "задержала убийцу Бориса Немцова" (a
                    # genitive the parser calls an apposition): the killer, not the one killed
                    continue
                if token.head == i and token.rel == "appos" and j < i and token.pos == "NOUN" and \
                        self.doc.tokens[i].pos == "NOUN" and token.feats.get("Case") and \
                        token.feats.get("Case") != self.doc.tokens[i].feats.get("Case"):
                    # "в Карабахе — регионе соседнего Азербайджана, где произошли столкновения между сепаратистами":
                    # a noun of another case before the word is no apposition of it (the parser hung the dash's
                    # phrase on a word of the relative clause after it)
                    continue
                if token.head == i and token.rel in _NAMING and not self._has_case(j, first, last):
                    found_here = self._named(j, first, last, depth - 1)
                    if owner and token.rel == "nmod":
                        found_here = [p for p in found_here if self.entity_type(p[0]) == "PER"]
                    (joined if token.rel == "conj" else named).extend(found_here)
                    if token.rel == "nmod" and not owner:
                        # (any bare nmod: "Соратник блогера Алексея Навального Владимир Ашурков" with "блогера"
                        # tagged as the accusative a man's genitive looks like)
                        whose.extend(e for e, _ in found_here if self.entity_type(e) == "PER")
                    elif token.rel in ("appos", "flat", "flat:name", "flat:foreign"):
                        own_name |= any(self.entity_type(e) == "PER" for e, _ in found_here)
            if own_name and whose:
                # "Личный врач Майкла Джексона Конрад Мюррей", "Пресс-секретарь Владимира Путина Дмитрий Песков":
                # the noun's own name is who it is; the person in its genitive is whose doctor or spokesman he is
                named = [p for p in named if p[0] not in whose]
            if named:
                best = min(_TYPE_RANK.get(self.entity_type(e), 3) for e, _ in named)
                result = sorted((p for p in named if _TYPE_RANK.get(self.entity_type(p[0]), 3) == best),
                                key=lambda p: p[1])
            result += joined
        elif found is not None:
            # "Путин и Эрдоган": the coordinated words name more actors; "власти Мальты и Италии": also those
            # coordinated with a word inside the mention.
            span = {k for k in range(first, last) if self.covering.get(k) is self.covering.get(i)} \
                if i in self.covering else {i}
            for j in range(first, last):
                token = self.doc.tokens[j]
                if token.head in span and token.rel == "conj" and j not in span:
                    result.extend(self._named(j, first, last, 1))  # "Семнеби и представители ПАСЕ"
        token = self.doc.tokens[i]
        if not result and token.pos == "PRON" and token.lemma.lower() == PLURAL_PRONOUN and \
                i not in self._plural_lookups and (
                    token.rel.startswith("nsubj") or token.rel in ("obj", "iobj", "obl")):
            # "Власти Грузии задержали журналиста. Они обвинили его ...": whoever the plural before names, where
            # nothing hangs on the pronoun ("они (власти Белиза)"); a possessive "их" is left to its noun
            self._plural_lookups.add(i)
            try:
                result = [(e, i) for e in self._plural_pronoun(i)]
            finally:
                self._plural_lookups.discard(i)
        seen: set[str] = set()
        unique = []
        for entity, at in result:
            if entity not in seen:
                seen.add(entity)
                unique.append((entity, at))
        return unique

    def _before_comma(self, i: int) -> str | None:
        """The person or organisation named right before the comma that opens word ``i``'s relative clause
        ("Виктор Шендерович, который ..."), else None."""
        tokens = self.doc.tokens
        if i < 2 or tokens[i - 1].text != "," or tokens[i - 2].sent != tokens[i].sent:
            return None
        mention = self.covering.get(i - 2)
        if mention is None or mention.entity is None or mention.type not in ("PER", "ORG"):
            return None
        return mention.entity

    def _named_last(self, i: int) -> str | None:
        """The person or organisation named last before word ``i`` in its sentence or the one before: whom
        "последний" ("the latter") stands for."""
        token = self.doc.tokens[i]
        start = self.doc.sents[max(0, token.sent - 1)].first
        for k in range(i - 1, start - 1, -1):
            mention = self.covering.get(k)
            if mention is not None and mention.entity is not None and mention.type in ("PER", "ORG"):
                return mention.entity
        return None

    def _relative_antecedent(self, i: int) -> int | None:
        """The noun a subject or an object "который" stands for: the word its relative clause hangs on ("Малас,
        которого поддерживает партия")."""
        tokens = self.doc.tokens
        token = tokens[i]
        if token.lemma.lower() != "который" or not (token.rel.startswith("nsubj") or token.rel in ("obj", "iobj")
                                                    or token.feats.get("Case") == "Nom"):
            return None
        clause = token.head
        if 0 <= clause < len(tokens) and tokens[clause].rel.startswith("acl") and tokens[clause].head != i and (
                tokens[clause].rel == "acl:relcl" or not token.rel.startswith(("obj", "iobj"))):
            # (an object's clause must be a relative one: "посетившего острова, которые ..." hangs "которые" on a
            # participle by mistake, and the participle's noun is not what "которые" stands for)
            noun = tokens[clause].head
            return noun if 0 <= noun < len(tokens) and tokens[noun].sent == token.sent else None
        return None

    def _own(self, i: int) -> str | None:
        mention = self.covering.get(i)
        if mention is None:
            return self._category_org(i)
        if mention.kind == "title" and mention.entity and self._foreign_title(i, mention):
            return None  # "визита главы японского МИДа" linked to the Russian minister
        if mention.kind == "title" and any(t.head == i and t.rel.startswith("nummod") for t in self._sentence_of(i)):
            return None  # "Куба содержит 24 журналиста": a counted post word is many people, not its one holder
        return mention.entity

    def _kind_org(self, i: int, first: int, last: int) -> str | None:
        """The one organisation a bare kind noun stands for: "обвинил журнал" after "Журнал Rolling Stone", "Суд
        отказался" after "Европейский суд по правам человека вынес решение". The article named it with that noun
        before word ``i`` (in its name, or right before its name); a description is no name, so only when it named
        exactly one organisation so. A plural, an adjective or a genitive of its own ("районный суд", "суд
        Москвы", "партия власти") or a counted noun is another or any one of the kind."""
        tokens = self.doc.tokens
        token = tokens[i]
        word = token.lemma.lower()
        if word not in KIND_NOUNS or token.pos != "NOUN" or i in self.covering or token.feats.get("Number") != "Sing":
            return None
        # ("Суд более низкой инстанции", "Состоявшийся 3 марта суд": a word of its own makes it another court)
        if any(tokens[j].head == i and not (tokens[j].rel in BARE_KIND_RELS or tokens[j].rel == "det"
                                            and tokens[j].lemma.lower() in DEMONSTRATIVES)
               for j in range(first, last)):
            return None
        after = next((t for t in tokens[i + 1:min(last, i + 3)] if t.pos != "ADV"), None)
        if after is not None and after.pos in ("NOUN", "ADJ") and after.feats.get("Case") == "Gen":
            return None  # the same, where the parser hung the genitive on the verb
        if word not in self._kinds:
            named: list[tuple[int, str]] = []
            for j, other in enumerate(tokens):
                if other.lemma.lower() != word:
                    continue
                mention = self.covering.get(j)
                if mention is None:
                    # the kind right before the name: "Журнал Rolling Stone", "компании «Северсталь»"
                    k = j + 1
                    while k < len(tokens) and tokens[k].text in ("«", "\"", "„") and k < j + 3:
                        k += 1
                    mention = self.covering.get(k) if k < len(tokens) and tokens[k].sent == other.sent else None
                if mention is not None and mention.type == "ORG" and mention.entity:
                    named.append((j, mention.entity))
            self._kinds[word] = named
        orgs = {org for j, org in self._kinds[word] if j < i}
        if len(orgs) > 1:
            # "Суд Вены освободил ..." (the title), "Земельный суд Вены отказал ..." (the lead), "Суд освободил":
            # one court named short and in full is one court, the fullest name's (not two courts named apart)
            words = {org: set(self._entity_name(org).replace("ё", "е").lower().split()) for org in orgs}
            fullest = max(orgs, key=lambda org: len(words[org]))
            if all(words[org] <= words[fullest] for org in orgs):
                return fullest
        return orgs.pop() if len(orgs) == 1 else None

    def _entity_name(self, entity_id: str) -> str:
        return next((e.name for e in (*self.doc.entities, *self.added) if e.id == entity_id), "")

    def _category_org(self, i: int) -> str | None:
        """The one organisation of the article a bare category noun stands for: "страны — члены альянса" after
        "НАТО" (the Североатлантический альянс), "страны союза" after "ЕС" (the Европейский союз); the lexicon's
        names of the organisation hold the noun. None when the word is named itself, or fits several."""
        token = self.doc.tokens[i]
        word = token.lemma.lower()
        if word not in CATEGORY_NOUNS or token.pos != "NOUN":
            return None
        if word not in self._categories:
            found: set[str] = set()
            for entity in self.doc.entities:
                if entity.type != "ORG":
                    continue
                org = self.lexicon.org(entity.name)
                names = [entity.name, *entity.aliases, *((org.full, *org.aliases) if org is not None else ())]
                if any(w.lower().startswith(word) for n in names for w in n.split()):
                    found.add(entity.id)
            self._categories[word] = found.pop() if len(found) == 1 else None
        return self._categories[word]

    def _sentence_of(self, i: int) -> Sequence[Token]:
        sent = self.doc.sents[self.doc.tokens[i].sent]
        return self.doc.tokens[sent.first:sent.last]

    def _foreign_title(self, i: int, title: Mention) -> bool:
        """Whether a title names states and not the one its person stands for: by the adjectives of its word
        or of the words hung on it ("главы японского МИДа"), or by the states named inside it ("президента
        Белоруссии" linked to Iran's president)."""
        tokens = self.doc.tokens
        sent = self.doc.sents[tokens[i].sent]
        first, last = sent.first, sent.last
        named = self.adjective_agents(i, first, last) + [
            s for j in range(first, last) if tokens[j].head == i and tokens[j].rel == "nmod"
            for s in self.adjective_agents(j, first, last)]
        named += [m.entity for m in self.doc.mentions if m.type == "LOC" and m.entity and title.start <= m.start
                  and m.stop <= title.stop and self.state(m.entity) == m.entity]
        state = self.state(title.entity or "")
        return bool(named) and state is not None and state not in named

    def _has_case(self, j: int, first: int, last: int) -> bool:
        return any(self.doc.tokens[k].head == j and self.doc.tokens[k].rel == "case" for k in range(first, last))


@functools.cache
def _heads_of_state() -> dict[str, dict[str, tuple[str, ...]]]:
    """data/people.tsv by state code: each person's surname (each spelling) to the offices their role names."""
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for person in load_people():
        for surname in person.surnames:
            table.setdefault(person.iso, {})[surname] = tuple(r.strip() for r in person.role.split(","))
    return table


def _predicative(tokens: Sequence[Token], k: int) -> bool:
    """Whether a noun is a predicate in the instrumental ("провозгласил себя президентом", "стал министром",
    "был избран президентом"): it says what its clause's subject is, not who else is meant."""
    token = tokens[k]
    return token.rel == "xcomp" or (token.rel == "obl" and token.feats.get("Case") == "Ins"
                                    and 0 <= token.head < len(tokens) and tokens[token.head].pos in ("VERB", "AUX")
                                    and not any(t.head == k and t.rel == "case" for t in tokens[max(0, k - 3):k]))


