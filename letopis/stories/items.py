"""Story items: what the story index keeps of an analysed article.

An item is small and serialisable (the store persists it as JSON): content lemmas for the TF-IDF cosine,
canonical entity keys for shared-entity evidence, and a MinHash signature of word shingles for near-duplicates::

    item = story_item(Pipeline().analyze_one(Article(text="Премьер-министр Беларуси Роман Головченко ...")))
    item.entities  # ("LOC:BY", "PER:головченко", ...)
"""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import takewhile
from typing import Any

from letopis.analysis.entities import fold
from letopis.errors import SchemaError
from letopis.lexicon import load_lexicon, package_file
from letopis.memo import Memo
from letopis.records import Doc, Entity, Token, pickled_by_fields
from letopis.stories.minhash import signature
from letopis.stories.speakers import head_speakers

# Parts of speech that carry what a report is about; pronouns, prepositions and particles do not.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X"})
# A link: "https?://", "www." or "t.me/" in any case, then what follows up to a space. Written so that it opens
# with a character class (one of h, w, t), which the regex engine scans for in C; the case-insensitive
# alternation r"(?:https?://|www\.|t\.me/)\S+" it stands for was tried at every character of the text and cost
# three times as much (it also lets "ſ" stand for "s", as the class below does).
URL = re.compile(r"[hHwWtT](?:(?<=[hH])[tT][tT][pP][sSſ]?://|(?<=[wW])[wW][wW]\.|(?<=[tT])\.[mM][eE]/)\S+")
WORD = re.compile(r"[0-9a-zа-яё]", re.IGNORECASE)
ITEM_SCHEMA = 1
# Days of a common year before each month's first: "8 ноября" is day 304 + 8 (``year_day``).
MONTH_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
# The months' lemmas, in order (``score.dates_of`` reads "8 ноябрь" by them too).
MONTH_LEMMAS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                "ноябрь", "декабрь")
# The words of a day relative to the publication, and how many days from it they point.
DAY_SHIFTS = {"сегодня": 0, "вчера": -1, "накануне": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2}
# A weekday after "в"/"во" ("в четверг", "во вторник") or "в ночь на" (the accusative forms), Monday 0.
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
NIGHT_FORMS = frozenset({"ночь", "ночи", "ночью"})
# Where none of these is in a text (seven posts in eight), its tokens are not walked for days: a substring test
# each, in C (a regular expression of their alternation cost a sixth of ``story_item``).
DAY_WORDS = ("ноч", "сегодня", "вчера", "накануне", "завтра", "понедельник", "вторник", "среду", "четверг",
             "пятницу", "субботу", "воскресенье")
# "прошедшей ночью", "минувшей ночи", "за прошлую ночь": the night before the post, at any hour of it.
PAST_NIGHT = ("прошедш", "минувш", "прошл")
# A bare "ночью" ("Ночью силовики устроили облавы") is the night just past only in a morning post: in the evening
# it may be the coming night, or a night in a far time zone ("Юн Сок Ёль ночью провел совещание", 17:00 in Moscow).
MORNING_END = 12
# The channels write in Moscow time: a post of 01:30 on 3 December there says "сегодня" of the 3rd.
LOCAL = timedelta(hours=3)
# A first line of this many words or fewer that ends in a colon is a label, not a head: "Минобороны РФ:",
# "Срочно:", "Заявление Захаровой:". Five: a body's name with its state ("Пресс-служба Минобороны РФ:") fits, a
# headline with its colon inside ("Путин: Россия и Казахстан нарастят ...") does not end in it.
LABEL_WORDS = 5
LABEL_WORD = re.compile(r"[0-9a-zа-яё]+(?:-[0-9a-zа-яё]+)*", re.IGNORECASE)
# The line a label introduces opens a sentence, a quotation or a bold one ("«В течение ...", "**__«ПВО ..."), not a
# list: the first of the dash items under "Путин:" is one statement of many, no head of the post.
SENTENCE_OPENING = re.compile(r"[*_~`]*[«\"„“]?[*_~`]*[0-9a-zа-яё]", re.IGNORECASE)
# What may follow a label's colon on its line: markup and spaces ("**Минобороны РФ:** ", "__").
LABEL_TRAIL = " \t*_~`\u00a0\u200b\ufe0f"


@functools.cache
def stop_lemmas() -> frozenset[str]:
    """Content-POS lemmas that say nothing about which story a report tells (``data/story_stopwords.txt``)."""
    words = set()
    for line in package_file("story_stopwords.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(fold(line))
    return frozenset(words)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class StoryItem:
    """One article as the story index sees it.

    ``lemmas`` are content lemmas in text order with repeats (term frequency counts), folded ("ё" as "е");
    ``entities`` are canonical keys, sorted and unique: "PER:<surname>", "ORG:<name>", "LOC:<ISO code>" for a
    state, "LOC:<name>" for another place; ``signature`` is the MinHash of word 3-shingles (uint32, little-endian).
    """

    article_id: str
    title: str | None
    published: datetime | None
    outlet: str | None
    lemmas: tuple[str, ...]
    entities: tuple[str, ...]
    signature: bytes = field(repr=False)
    head: tuple[str, ...] = ()  # content lemmas of the first sentence: the title where the text begins with it
    head_entities: tuple[str, ...] = ()  # keys of the entities named in the first sentence
    head_speakers: tuple[str, ...] = ()  # whose words the title gives: an entity key or "who:<lemma>"
    head_proper: tuple[str, ...] = ()  # lemmas of the proper nouns of the title, entities or not: "эбеко", "crush"
    days: tuple[int, ...] = ()  # days the text's day words point at ("вчера", "в четверг"), as ``year_day`` numbers
    nights: tuple[int, ...] = ()  # nights the text names ("в ночь на 1 декабря", "прошедшей ночью"): their mornings

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": ITEM_SCHEMA,
            "article_id": self.article_id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "lemmas": list(self.lemmas),
            "entities": list(self.entities),
            "signature": base64.b64encode(self.signature).decode("ascii"),
            "head": list(self.head),
            "head_entities": list(self.head_entities),
            "head_speakers": list(self.head_speakers),
            "head_proper": list(self.head_proper),
            "days": list(self.days),
            "nights": list(self.nights),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoryItem:
        if not isinstance(data, dict) or data.get("schema") != ITEM_SCHEMA:
            raise SchemaError(f"not a letopis story item of schema {ITEM_SCHEMA}; re-create it with story_item(doc)")
        try:
            published = data["published"]
            return cls(
                article_id=str(data["article_id"]),
                title=data.get("title"),
                published=parse_date(published) if published else None,
                outlet=data.get("outlet"),
                lemmas=tuple(str(x) for x in data["lemmas"]),
                entities=tuple(str(x) for x in data["entities"]),
                signature=base64.b64decode(data["signature"]),
                head=tuple(str(x) for x in data.get("head", ())),
                head_entities=tuple(str(x) for x in data.get("head_entities", ())),
                head_speakers=tuple(str(x) for x in data.get("head_speakers", ())),
                head_proper=tuple(str(x) for x in data.get("head_proper", ())),
                days=tuple(int(x) for x in data.get("days", ())),
                nights=tuple(int(x) for x in data.get("nights", ())),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"story item {data.get('article_id')!r}: bad field ({exc})") from exc


def parse_date(text: str) -> datetime | None:
    """An ISO 8601 date or datetime as an aware UTC datetime; a naive one is taken as UTC; junk gives None."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def story_item(doc: Doc) -> StoryItem:
    """The story item of an analysed article (its title counts only where the text contains it)."""
    article = doc.article
    lemmas, tokens = _words(doc)
    stop = stop_lemmas()
    first = head_stop(doc)
    content = [(lemma, token) for lemma, token in zip(lemmas, tokens, strict=True)
               if token.pos in CONTENT_POS and lemma not in stop]
    # tokens are in text order: the head's content words are the first ones, the rest of a long text is not walked
    head = list(takewhile(lambda pair: pair[1].start < first, content))
    keys = {e.id: k for e in doc.entities if (k := entity_key(e))}
    spans = [(m.start, m.stop, keys[m.entity]) for m in doc.mentions
             if m.start < first and m.entity in keys and m.type in ("PER", "ORG")]

    def key_of(token: Token) -> str | None:
        return next((key for start, stop, key in spans if start <= token.start < stop), None)

    published = parse_date(article.published) if article.published else None
    lowered = doc.text.lower()
    days, nights = event_days(doc.tokens, published) if any(w in lowered for w in DAY_WORDS) else ((), ())
    return StoryItem(
        article_id=article.id,
        title=article.title,
        published=published,
        outlet=article.outlet,
        lemmas=tuple([lemma for lemma, _ in content]),
        entities=tuple(sorted(set(keys.values()))),
        signature=signature(lemmas),
        head=tuple([lemma for lemma, _ in head]),
        head_entities=tuple(sorted({keys[m.entity] for m in doc.mentions if m.start < first and m.entity in keys})),
        head_speakers=head_speakers(doc, first, key_of),
        head_proper=tuple(sorted({lemma for lemma, token in head if token.pos == "PROPN" and len(token.text) > 1})),
        days=days,
        nights=nights,
    )


def year_day(day: date) -> int:
    """A day as the score numbers days of a month it reads ("8 ноября" -> 312): its day of a common year, so that
    a day a post resolves from its words and one it writes out compare alike."""
    return MONTH_DAYS_BEFORE[day.month - 1] + day.day


def event_days(tokens: Sequence[Token], published: datetime | None) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The days and the nights a text's words point at (``year_day`` numbers; a night as its morning): days
    from the words of a day relative to the publication ("сегодня", "вчера", "накануне", "завтра", "в четверг"),
    nights named with their day ("в ночь на 1 декабря", "в ночь на пятницу") or relative to the publication
    ("прошедшей ночью", "за ночь", a morning post's "ночью"). Two reports of one night's attack name one night,
    while another night's report of the same ministry names the next; the relative words are read in Moscow time
    (``LOCAL``), where the posts' channels write. Without a publication date only nights written with their day
    of a month count."""
    local = (published + LOCAL).date() if published is not None else None
    morning = published is not None and (published + LOCAL).hour < MORNING_END
    days: set[int] = set()
    nights: set[int] = set()
    words = [t.text.lower().replace("ё", "е") for t in tokens]
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if word == "ночь" and before == "в" and i + 2 < len(words):
            # "в ночь на 1 декабря", "в ночь с 30 ноября на 1 декабря", "в ночь на пятницу"
            at = next((j for j in range(i + 1, min(i + 6, len(words))) if words[j] == "на"), None)
            night = _named_day(tokens, words, at + 1, local) if at is not None else None
            if night is not None:
                nights.add(night)
            continue
        if local is None:
            continue
        if word in NIGHT_FORMS:
            past = before.startswith(PAST_NIGHT)
            if before in DAY_SHIFTS or before in WEEKDAYS:  # "вчера ночью", "в пятницу ночью": the day word counts
                continue
            if past or (word == "ночь" and before == "за") or (morning and (
                    word == "ночью" or (word == "ночь" and before == "всю")
                    or (word == "ночи" and before == "течение"))):
                nights.add(year_day(local))
            continue
        shift = DAY_SHIFTS.get(word)
        if shift is not None:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if word == "накануне" and following is not None and following.pos in ("NOUN", "PROPN") \
                    and following.feats.get("Case") == "Gen":
                continue  # "накануне выборов": the eve of an event, not the day before the post
            days.add(year_day(local + timedelta(days=shift)))
        elif word in WEEKDAYS and before in ("в", "во"):
            days.add(_nearest(local, WEEKDAYS[word]))
    days |= nights
    return tuple(sorted(days)), tuple(sorted(nights))


def _named_day(tokens: Sequence[Token], words: list[str], at: int, local: date | None) -> int | None:
    """The day named at ``at``: a day of a month ("1 декабря") or a weekday nearest the publication ("пятницу")."""
    if at >= len(words):
        return None
    if words[at].isdigit() and at + 1 < len(words) and 1 <= int(words[at]) <= 31:
        month = fold(tokens[at + 1].lemma)
        if month in MONTH_LEMMAS:
            return MONTH_DAYS_BEFORE[MONTH_LEMMAS.index(month)] + int(words[at])
        return None
    if words[at] in WEEKDAYS and local is not None:
        return _nearest(local, WEEKDAYS[words[at]])
    return None


def _nearest(local: date, weekday: int) -> int:
    """The day of that weekday nearest the publication, three days before it to three after: a post says "в
    четверг" of this week's Thursday, past or coming."""
    shift = (weekday - local.weekday() + 3) % 7 - 3
    return year_day(local + timedelta(days=shift))


def _words(doc: Doc) -> tuple[list[str], list[Token]]:
    """The folded lemmas of the words of the text outside links, and their tokens (two lists, not pairs: a pair
    per token cost a fifth of the walk); punctuation, emoji and markup dropped."""
    links = [m.span() for m in URL.finditer(doc.text)]
    inside = _inside(links, len(doc.text)) if links else b""
    last = len(inside)
    lemmas: list[str] = []
    tokens: list[Token] = []
    add_lemma, add_token = lemmas.append, tokens.append
    known = _WORD_LEMMAS
    for token in doc.tokens:
        if token.pos != "PUNCT" and (lemma := known[token.text, token.lemma]) is not None \
                and not (token.start < last and inside[token.start]):
            add_lemma(lemma)
            add_token(token)
    return lemmas, tokens


def _inside(spans: list[tuple[int, int]], size: int) -> bytearray:
    """1 at each character of the text inside one of ``spans``: a token's test is one index, not a loop over
    the links (two posts in three carry one)."""
    inside = bytearray(size)
    for start, stop in spans:
        inside[start:stop] = b"\x01" * (stop - start)
    return inside


def _word_lemma(text: str, lemma: str) -> str | None:
    """A token's folded lemma (its text when it has none), None when its text has no letter or digit."""
    if not WORD.search(text):
        return None
    return fold(lemma or text)


# Most words of a post are words every post has: each (text, lemma) met is looked up once.
_WORD_LEMMAS: Memo[tuple[str, str], str | None] = Memo(lambda key: _word_lemma(*key))


def head_stop(doc: Doc) -> int:
    """Where the head ends: the title where the text begins with it ("КХЛ. Петерссон — о контракте" is one head,
    though the sentence splitter ends a sentence at "КХЛ."), else the first sentence, cut at the first line break
    (a title has no full stop)."""
    if not doc.sents:
        return 0
    text = doc.text
    start = len(text) - len(text.lstrip())
    title = (doc.article.title or "").strip()
    if title and text.startswith(title, start):
        return start + len(title)
    newline = text.find("\n", start)
    if newline != -1 and is_label(text[start:newline]):
        # "⚡️Минобороны РФ:" / "«В течение прошедшей ночи ... уничтожены 15 беспилотников»": a label line
        # names only who speaks or how urgent it is; the head runs on through the line it introduces, so that
        # its numbers, days and actions are compared as a title's are (the label's speaker stays in it).
        after = len(text) - len(text[newline:].lstrip())
        if SENTENCE_OPENING.match(text, after):
            sentence = next((s for s in doc.sents if s.stop > after), None)
            if sentence is not None:
                newline = text.find("\n", after)
                return min(sentence.stop, newline) if newline != -1 else sentence.stop
    stop = doc.sents[0].stop
    return min(stop, newline) if newline != -1 else stop


def is_label(line: str) -> bool:
    """A post's first line is a label ("⚡️Минобороны РФ:", "Срочно:", "**❗️ЦБ:**"): at most LABEL_WORDS words
    and a colon ending it, markup and emoji aside."""
    return line.rstrip(LABEL_TRAIL).endswith(":") and 0 < len(LABEL_WORD.findall(line)) <= LABEL_WORDS


def entity_key(entity: Entity) -> str | None:
    """The key an entity is compared by across articles: "Владимир Путин" -> "PER:путин"; "РФ" -> "LOC:RU"."""
    name = fold(entity.name)
    if not name:
        return None
    if entity.type == "PER":
        # Articles name a person fully or by surname alone; the surname is what they share.
        return f"PER:{name.split(' ')[-1]}"
    lexicon = load_lexicon()
    if entity.type == "LOC":
        country = lexicon.country(entity.name)
        return f"LOC:{country.iso2}" if country else f"LOC:{name}"
    org = lexicon.org(entity.name) or (_state_body(entity.name, entity.country) if entity.country else None)
    return f"ORG:{fold(org.name)}" if org else f"{entity.type}:{name}"


def _state_body(name: str, country: str) -> Any:
    """The lexicon's organisation an entity named with its state is ("Минздрав России", "Генеральная прокуратура
    России" -> Минздрав, Генпрокуратура: the analysis names a state's body with the state it found for it), so
    that it meets a report naming the bare body; the state is an entity of the report in its own right. None
    when no shorter name is a body of that state or of no state in particular."""
    lexicon = load_lexicon()
    words = name.split(" ")
    for size in range(len(words) - 1, max(0, len(words) - 4), -1):
        org = lexicon.org(" ".join(words[:size]))
        if org is not None and org.country in (None, "", country):
            return org
    return None
