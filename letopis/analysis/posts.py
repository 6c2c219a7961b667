"""Posts: who holds which post of which state or organisation, and posts that stand for a person.

    "премьер-министр Беларуси Роман Головченко"         -> Post(Головченко, "премьер-министр", of=Беларусь)
    "с премьер-министром Казахстана Аскаром Маминым"    -> Post(Мамин, "премьер-министр", of=Казахстан)
    "Роман Головченко, премьер-министр Беларуси,"       -> the same, by apposition in the syntax tree
    "белорусский премьер Роман Головченко"              -> of = Беларусь, from the adjective
    "Премьер-министр Беларуси передал ..."              -> a mention of Головченко (kind "title")
    "Глава государства отметил ..."                     -> a mention of the article's head of state
    "Андрей Санников — бывший заместитель министра"     -> Post(Санников, "бывший заместитель министра"), a post
                                                           held before, never a title standing for anyone
    "представитель армии полковник Сансерн Каевкамнерд" -> both posts his (a rank between post and name)
    "лидер Меджлиса, народный депутат Украины Джемилев" -> both posts his (posts listed before one name)
    "Сергей Собянин стал мэром Москвы"                  -> Post(Собянин, "мэр", of=Москва), from the predicate

Post phrases come from ``data/posts.tsv`` and match on lemmas, so every case form is found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from letopis.analysis import names
from letopis.analysis.mentions import institutions, token_range
from letopis.lexicon import Lexicon, load_people, package_file
from letopis.records import Doc, Entity, Mention, Post, Token

FORMER = {"бывший", "экс", "прежний", "покойный", "будущий", "новоизбранный", "избранный"}
# Of those, the ones that make a post one the person held ("бывший заместитель министра", "экс-премьер"): kept as
# posts of their own, written with the modifier; the others (future, late) are not posts the person holds.
PAST = {"бывший", "экс", "прежний"}
EX = "экс-"


def is_former(post: str) -> bool:
    """A post the person held before ("бывший министр", "экс-президент"): it makes them no actor of that state."""
    return post.startswith(("бывший ", EX))
# Ranks and titles that may stand between a post and the name: "представитель вооружённых сил полковник Сансерн
# Каевкамнерд", "председатель Совета муфтиев России шейх Равиль Гайнутдин". A military rank is held in the same
# organisation as the post before it.
TITLE_CATEGORIES = {"military", "religious"}
HEAD_OF_STATE = "head_of_state"


@dataclass(frozen=True)
class PostPhrase:
    words: tuple[frozenset[str], ...]  # per word: the lemmas and the written form it may take
    post: str  # nominative, as written in the lexicon
    category: str


class PostMatcher:
    """Finds the longest post phrase starting at a token, by lemma."""

    def __init__(self, lexicon: Lexicon, vocab: Any) -> None:
        self.by_first: dict[str, list[PostPhrase]] = {}
        for entry in lexicon.posts:
            for surface in (entry.post, *entry.aliases):
                words = surface.split()
                forms = tuple(frozenset({w.lower(), *(f.normal_form for f in vocab(w.lower())[:2])})
                              for w in words)
                phrase = PostPhrase(forms, surface, entry.category)
                for lemma in forms[0]:
                    self.by_first.setdefault(lemma, []).append(phrase)
        for phrases in self.by_first.values():
            phrases.sort(key=lambda p: -len(p.words))

    def match(self, tokens: Sequence[Token], i: int, former: bool = False) -> tuple[PostPhrase, int] | None:
        """``former``: the first word may carry "экс-" ("экс-премьера"); the phrase is then the post without it."""
        lemma, text = tokens[i].lemma.lower(), tokens[i].text.lower()
        if former:
            if not lemma.startswith(EX):
                return None
            lemma, text = lemma[len(EX):], text[len(EX):]
        for phrase in self.by_first.get(lemma, ()):
            if not {lemma, text} & phrase.words[0]:
                continue
            j = i + 1
            for forms in phrase.words[1:]:
                if j >= len(tokens) or not ({tokens[j].lemma.lower(), tokens[j].text.lower()} & forms):
                    break
                j += 1
            else:
                return phrase, j
        return None


_MATCHERS: dict[int, PostMatcher] = {}


def post_matcher(lexicon: Lexicon, vocab: Any) -> PostMatcher:
    """The matcher of a lexicon's posts, built once per lexicon (loaded once per process, never freed)."""
    key = id(lexicon)
    if key not in _MATCHERS:
        _MATCHERS[key] = PostMatcher(lexicon, vocab)
    return _MATCHERS[key]


@dataclass
class _Found:
    phrase: PostPhrase
    first: int  # token range of the whole "post [of]" phrase
    last: int
    of: str | None
    person: str | None
    at: int  # the post's first token
    former: str = ""  # "бывший " or "экс-" for a post the person held before
    tail: str = ""  # a portfolio the lexicon does not write: "энергетики" in "министр энергетики"
    qualifier: str = ""  # an adjective of the post the lexicon does not write: "федеральный" in "федеральный министр"
    end: int = -1  # the token after the post's own words (the posts it serves, a minister's portfolio)
    also: str | None = None  # a second organisation joined by "и": "член Общественной палаты и Мосгордумы"


    def post(self, tokens: Sequence[Token]) -> str:
        """The post in nominative as the lexicon writes it, abbreviations as the text does: "глава МИД"."""
        words = self.phrase.post.split()
        source = tokens[self.at:self.at + len(words)]
        post = " ".join(t.text if t.text.isupper() and len(t.text) > 1 else w
                        for w, t in zip(words, source, strict=False))
        qualifier = self.qualifier + " " if self.qualifier else ""
        return self.former + qualifier + post + (" " + self.tail if self.tail else "")


def _lemmas(tokens: Sequence[Token]) -> tuple[str, ...]:
    return tuple(t.lemma.lower().replace("ё", "е") for t in tokens)


def _names_by_lemmas(doc: Doc) -> dict[tuple[str, ...], Mention]:
    """The article's states and organisations of several words by the lemmas of their words ("палата
    представителей"), each with one of its mentions."""
    named: dict[tuple[str, ...], Mention] = {}
    for m in doc.mentions:
        if m.type in ("LOC", "ORG") and m.entity:
            first, last = token_range(doc.tokens, m.start, m.stop)
            if last - first > 1:
                named.setdefault(_lemmas(doc.tokens[first:last]), m)
    return named


def _named_inside(doc: Doc, named: dict[tuple[str, ...], Mention], i: int, k: int) -> Mention | None:
    """A post of the lexicon that holds its organisation ("спикер палаты представителей", "председатель
    государственной думы") where the recogniser missed the name, lower case here ("Бывший спикер палаты
    представителей, Нэнси Пелоси"): the words after the post's noun that the article names an organisation or
    state by elsewhere, as a new mention of it."""
    tokens = doc.tokens
    for j in range(i + 1, k - 1):
        other = named.get(_lemmas(tokens[j:k]))
        if other is not None:
            start, stop = tokens[j].start, tokens[k - 1].stop
            return Mention(start=start, stop=stop, text=doc.text[start:stop], type=other.type, normal=other.normal,
                           entity=other.entity)
    return None


def _mention_at(starts: dict[int, Mention], tokens: Sequence[Token], k: int) -> Mention | None:
    return starts.get(tokens[k].start) if k < len(tokens) else None


def _country_entity(doc: Doc, lexicon: Lexicon, iso: str, new: list[Entity]) -> str:
    """The entity of a state named only by an adjective ("белорусский премьер"), created when absent."""
    for entity in (*doc.entities, *new):
        if entity.country == iso and entity.type == "LOC" and lexicon.country(entity.name) is not None:
            return entity.id
    country = lexicon.country_by_code(iso)
    entity = Entity(id=f"e{len(doc.entities) + len(new) + 1}", type="LOC",
                    name=country.name if country else iso, country=iso)
    new.append(entity)
    return entity.id


_REGIONS: dict[int, dict[str, str]] = {}


def _region_adjectives(lexicon: Lexicon) -> dict[str, str]:
    """Adjectives of the regions whose name ends in "-ье" ("Подмосковье" -> "подмосковный", "Приморье" ->
    "приморский"), to that name; the adjective of "Московская область" would be the city's as well."""
    if id(lexicon) not in _REGIONS:
        table: dict[str, str] = {}
        for place in lexicon.places:
            for name in (place.name, *place.aliases):
                if place.type == "region" and name.endswith("ье") and " " not in name:
                    stem = name[:-2].lower()
                    for suffix in ("ный", "ский", "ьский"):
                        table.setdefault(stem + suffix, name)
        _REGIONS[id(lexicon)] = table
    return _REGIONS[id(lexicon)]


def _region_entity(doc: Doc, lexicon: Lexicon, name: str, new: list[Entity]) -> str:
    """The entity of a region named only by an adjective, created when absent."""
    place = lexicon.place(name)
    for entity in (*doc.entities, *new):
        if entity.type == "LOC" and place is not None and lexicon.place(entity.name) == place:
            return entity.id
    entity = Entity(id=f"e{len(doc.entities) + len(new) + 1}", type="LOC", name=name,
                    country=place.country if place else None)
    new.append(entity)
    return entity.id


# Words that may stand between a post and its holder's name: the genitive phrase of the post's organisation
# ("член Палаты представителей Конгресса США от штата Аризона Гэбриэль Гиффордс"), at most this many.
FURTHER = 12
LINKING_PREPOSITIONS = {"от", "по", "при", "в", "во", "на"}
# Posts that govern their organisation in the instrumental: "управляющий компанией", "командующий войсками".
GOVERN_INSTRUMENTAL = {"управляющий", "заведующий", "командующий"}


def _after_quote(tokens: Sequence[Token], k: int, closing: bool = False) -> int:
    """Step over a quotation mark: a quoted name's mention starts after its opening mark."""
    marks = "»\"“" if closing else "«\"„“"
    return k + 1 if k < len(tokens) and tokens[k].text in marks else k


def _phrase_mentions(tokens: Sequence[Token], starts: dict[int, Mention], i: int,
                     k: int) -> Iterator[tuple[Mention, int]]:
    """The mentions met in the genitive phrase that starts at token ``k`` (after the post at ``i``), each with the
    index of the token after it; the phrase ends at a word that cannot belong to it, or after ``FURTHER`` words."""
    j = k
    while j < len(tokens) and j - k <= FURTHER and tokens[j].sent == tokens[i].sent:
        mention = starts.get(tokens[j].start)
        if mention is not None:
            j = token_range(tokens, mention.stop, mention.stop + 1)[0]
            yield mention, j
            continue
        if (skip := _time_or_age(tokens, j)) > j:
            j = skip  # "премьер Мали с 1991 по 1992 годы Сумана Сакко", "президент 89-летний Роберт Мугабе"
            continue
        if j > k and (skip := _after_parenthesis(tokens, starts, j)) > j:
            j = skip  # "лидер Национального фронта (FN) Марин Ле Пен": the name's abbreviation
            continue
        if not _in_genitive_phrase(tokens, j):
            return
        j += 1


TIME_WORDS = {"с", "по", "в", "до", "год", "гг", "г", "—", "–", "-"}
AGE = re.compile(r"^\d+-(летн|лет)")


def _time_or_age(tokens: Sequence[Token], j: int) -> int:
    """The token after a time or age phrase at ``j`` ("с 1991 по 1992 годы", "в 2010 году", "89-летний"); ``j``
    when there is none."""
    if AGE.match(tokens[j].text):
        return j + 1
    if tokens[j].lemma.lower() not in ("с", "в") or j + 1 >= len(tokens) or not tokens[j + 1].text[:4].isdigit():
        return j
    k = j + 1
    while k < len(tokens) and k - j < 8 and (tokens[k].text[:4].isdigit() or tokens[k].lemma.lower() in TIME_WORDS
                                               or tokens[k].text == "."):
        k += 1
    return k


def _genitive_of(tokens: Sequence[Token], starts: dict[int, Mention], i: int, k: int) -> tuple[str | None, int]:
    """The first state or organisation in the genitive phrase after a post, and where that phrase ends."""
    for mention, end in _phrase_mentions(tokens, starts, i, k):
        if mention.type == "PER":
            break
        return mention.entity, _after_quote(tokens, end, closing=True)
    return None, k


def _participle(token: Token) -> bool:
    """A participle, an adjective to the phrase it stands in ("правящей партии", "ведущей компании") though the
    tagger calls it a verb."""
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Part"


def _adjective_of_next(tokens: Sequence[Token], k: int) -> bool:
    """An adjective or participle agreeing with the noun right after it: "ведущей компании", "правящей партии" (not
    the post "ведущий"; "заместитель командующего войсками" keeps its post)."""
    if tokens[k].pos != "ADJ" and not _participle(tokens[k]) or k + 1 >= len(tokens) or tokens[k + 1].pos != "NOUN":
        return False
    return all(tokens[k].feats.get(f) == tokens[k + 1].feats.get(f) for f in ("Case", "Number")) \
        and tokens[k].feats.get("Gender") in (None, tokens[k + 1].feats.get("Gender"))


def _in_genitive_phrase(tokens: Sequence[Token], j: int) -> bool:
    token = tokens[j]
    genitive = (token.pos in ("NOUN", "ADJ", "PROPN", "NUM") or _participle(token)) and token.feats.get("Case") == "Gen"
    after_preposition = token.pos in ("NOUN", "PROPN", "ADJ") and j > 0 \
        and tokens[j - 1].lemma.lower() in LINKING_PREPOSITIONS
    # "по космическим полётам": a noun after its adjective, in the adjective's case
    agreeing = token.pos in ("NOUN", "ADJ") and j > 0 and tokens[j - 1].pos == "ADJ" \
        and token.feats.get("Case") is not None and tokens[j - 1].feats.get("Case") == token.feats.get("Case")
    # "крайне правого": an adverb before the genitive adjective it qualifies
    adverb = token.pos == "ADV" and j + 1 < len(tokens) and tokens[j + 1].pos == "ADJ" \
        and tokens[j + 1].feats.get("Case") == "Gen"
    return bool(genitive or after_preposition or agreeing or adverb or token.text in "«»\"„“()"
                or token.lemma.lower() in LINKING_PREPOSITIONS
                or (token.lemma.lower() == "и" and j + 1 < len(tokens) and tokens[j + 1].feats.get("Case") == "Gen"))


def _name_further(matcher: PostMatcher, tokens: Sequence[Token], starts: dict[int, Mention], i: int,
                  k: int) -> tuple[str | None, str, int] | None:
    """(of, person, end) when the post's holder is named after a genitive phrase: the first state or
    organisation inside that phrase is the post's "of". Not past another post the phrase reaches through a
    preposition: "представителя администрации по увольнению генпрокурора Украины Виктора Шокина" names the
    генпрокурор, not the representative."""
    of: str | None = None
    for mention, end in _phrase_mentions(tokens, starts, i, k):
        if mention.type == "PER":
            first = token_range(tokens, mention.start, mention.stop)[0]
            if _post_past_preposition(matcher, tokens, k, first):
                return None
            return (of, mention.entity, end) if _agrees(tokens[i], tokens[first]) else None
        of = of or mention.entity
    return None


def _post_past_preposition(matcher: PostMatcher, tokens: Sequence[Token], k: int, stop: int) -> bool:
    """A post among ``tokens[k:stop]`` after a preposition there ("по увольнению генпрокурора")."""
    preposition = next((j for j in range(k, stop) if tokens[j].lemma.lower() in LINKING_PREPOSITIONS), None)
    return preposition is not None and any(matcher.match(tokens, j) is not None for j in range(preposition + 1, stop))


# Words of another description that may stand between a name and the post after it.
APPOSITION = 6
# Words that may stand between a name and the post after it: "Марк Тоунер, исполняющий обязанности официального
# представителя", "Иванов, временно исполняющий обязанности губернатора" (lemmas, read backwards from the post).
ACTING = (("исполнять", "обязанность"), ("временно", "исполнять", "обязанность"), ("врио",), ("нынешний",))


def _case(token: Token) -> str | None:
    """The token's case, a masculine animate accusative read as the genitive it equals ("известного борца")."""
    case = token.feats.get("Case")
    return "Gen" if case == "Acc" and token.feats.get("Animacy") == "Anim" else case


def _before_parenthesis(tokens: Sequence[Token], j: int) -> int:
    """The token before a short parenthesis ending at ``j``: the name's Latin spelling in "Томас Шефер (Thomas
    Schäfer), министр финансов"; ``j`` when ``j`` closes none."""
    if tokens[j].text != ")":
        return j
    for k in range(j - 1, max(0, j - 6), -1):
        if tokens[k].text == "(":
            return k - 1 if k > 0 else j
    return j


def _named_after_description(matcher: PostMatcher, tokens: Sequence[Token], starts: dict[int, Mention], i: int,
                             k: int) -> tuple[str, int] | None:
    """(the person, the token after the name) when another description in the post's case stands between the
    post's phrase and the name: "художественному руководителю театра Сатиры, полному кавалеру ордена «За заслуги
    перед Отечеством» Александру Ширвиндту" (a post there is a post of its own, joined by ``_chain``)."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or _case(tokens[k + 1]) != _case(tokens[i]) \
            or _case(tokens[i]) is None:
        return None
    for j in range(k + 1, min(len(tokens), k + 2 + 2 * APPOSITION)):
        if tokens[j].sent != tokens[i].sent or tokens[j].pos in ("VERB", "AUX", "PRON") \
                or tokens[j].text in ",.;:—–()" or matcher.match(tokens, j) is not None:
            return None
        mention = next((m for m in starts.values() if m.start <= tokens[j].start < m.stop), None)
        if mention is not None and mention.type == "PER" and mention.start == tokens[j].start:
            if _case(tokens[j]) != _case(tokens[i]):
                return None
            return mention.entity, token_range(tokens, mention.stop, mention.stop + 1)[0]
    return None


def _named_before(tokens: Sequence[Token], ends: dict[int, Mention], i: int) -> str | None:
    """The person named right before the post at token ``i``, across a comma or dash: "Роман Головченко,
    премьер-министр Беларуси"."""
    for words in ((), *ACTING):
        k = i - len(words)
        if k >= 2 and tuple(t.lemma.lower() for t in tokens[k:i]) == words and tokens[k - 1].text in ",(—–-" \
                and (before := ends.get(tokens[_before_parenthesis(tokens, k - 2)].stop)) is not None \
                and not (tokens[k - 1].text == "," and _source_frame(tokens, before)):
            return before.entity
    # Another occupation before the post: "Гергей Ковач - политик и лидер партии", "Крис Хелмбрехт - управляющий
    # директор и совладелец агентства".
    for k in (i - 2, i - 3):
        if k >= 2 and tokens[i - 1].lemma.lower() == "и" and tokens[k - 1].text in ",—–-" \
                and all(t.text.isalpha() and t.text.islower() and t.feats.get("Case") in (None, "Nom")
                        and t.pos in ("NOUN", "ADJ") for t in tokens[k:i - 1]) \
                and tokens[i - 2].pos == "NOUN" and (before := ends.get(tokens[k - 2].stop)) is not None:
            return before.entity
    # Another description between them, all three in one case: "Александра Брода, известного борца с ксенофобией,
    # члена Общественной палаты".
    if i >= 4 and tokens[i - 1].text == ",":
        case = _case(tokens[i])
        for c in range(i - 3, max(1, i - 2 - APPOSITION), -1):
            if tokens[c].text != ",":
                if tokens[c].pos not in ("NOUN", "ADJ", "ADP", "ADV", "CCONJ") or not tokens[c].text.islower():
                    break
                continue
            before = ends.get(tokens[c - 1].stop)
            if before is not None and case is not None and _case(tokens[c - 1]) == case == _case(tokens[c + 1]) \
                    and tokens[c - 1].sent == tokens[i].sent:
                return before.entity
            break
    # A signature: "Кирсан Илюмжинов Президент ФИДЕ", the post capitalised right after the name on its line.
    if i >= 1 and tokens[i].text[:1].isupper() and (before := ends.get(tokens[i - 1].stop)) is not None \
            and tokens[i].feats.get("Case") in (None, "Nom") \
            and tokens[i].start - tokens[i - 1].stop == 1 and tokens[i].sent == tokens[i - 1].sent:
        return before.entity
    return None


# "По словам Иванова, министр ...": the nouns of a source frame, whose name is no apposition of the post after it.
SOURCE_NOUNS = {"слово", "мнение", "данные", "информация", "утверждение", "оценка", "сведение", "версия"}


def _source_frame(tokens: Sequence[Token], name: Mention) -> bool:
    """The name is the source of what the sentence says ("По словам Кабельо, президент принесет присягу"), and the
    post after the comma is the subject of that clause, someone else."""
    first = token_range(tokens, name.start, name.stop)[0]
    return first >= 2 and tokens[first - 1].lemma.lower() in SOURCE_NOUNS and tokens[first - 2].lemma.lower() == "по"


ONE = {"один", "одна"}


def _one_of(tokens: Sequence[Token], ends: dict[int, Mention], i: int) -> str | None:
    """The person named before "один из" and a plural post: "Эдуард Мишлен, один из президентов группы компаний
    Michelin" holds the post, as the singular would say."""
    if i >= 4 and tokens[i - 1].lemma.lower() == "из" and tokens[i - 2].lemma.lower() in ONE \
            and tokens[i].feats.get("Case") == "Gen":
        return _named_before(tokens, ends, i - 2)
    return None


def _rank_before_name(matcher: PostMatcher, tokens: Sequence[Token], starts: dict[int, Mention], i: int,
                      k: int) -> tuple[str, str | None, int] | None:
    """(person, of, the rank's first token) for a rank or title between the post at ``i`` (with the genitive
    phrase from ``k``) and the name: "представитель вооружённых сил полковник Сансерн Каевкамнерд"."""
    j, of = k, None
    while j < len(tokens) and j - k <= FURTHER and tokens[j].sent == tokens[i].sent:
        hit = matcher.match(tokens, j)
        if hit is not None:
            name = _mention_at(starts, tokens, hit[1])
            if hit[0].category not in TITLE_CATEGORIES or name is None or name.type != "PER" \
                    or tokens[hit[1]].sent != tokens[i].sent or not _agrees(tokens[i], tokens[j]):
                return None
            return name.entity, of, j
        mention = starts.get(tokens[j].start)
        if mention is not None:
            if mention.type == "PER":
                return None
            of = of or mention.entity
            j = token_range(tokens, mention.stop, mention.stop + 1)[0]
        elif _in_genitive_phrase(tokens, j):
            j += 1
        else:
            return None
    return None


def _after_parenthesis(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> int:
    """Step over a short parenthesis naming no person: the abbreviation of a name ("(ФСБ)")."""
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    for j in range(k + 1, min(k + 6, len(tokens))):
        if tokens[j].text == ")":
            return j + 1
        if (m := starts.get(tokens[j].start)) is not None and m.type == "PER":
            break
    return k


def _parenthesised_org(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> tuple[str, int] | None:
    """(the organisation, the token after the parenthesis) for "(ЛДПР)" right after a name."""
    if k + 1 >= len(tokens) or tokens[k].text != "(" or (m := starts.get(tokens[k + 1].start)) is None \
            or m.type != "ORG":
        return None
    end = token_range(tokens, m.stop, m.stop + 1)[0]
    return (m.entity, end + 1) if end < len(tokens) and tokens[end].text == ")" else None


# Nouns after "по" that make no field of a post: "с президентом по телефону", "послу по приглашению".
NOT_FIELDS = {"телефон", "слово", "данные", "мнение", "итог", "повод", "приглашение", "просьба", "причина",
              "информация", "сообщение", "оценка", "время", "случай", "линия", "видеосвязь", "сведение"}


def _field(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> int:
    """The end of a post's field right after it, "по" and lower-case words that reach the organisation's name
    ("директор по маркетингу компании «Газпром»": "по маркетингу"); ``k`` when there is none."""
    if k + 1 >= len(tokens) or tokens[k].lemma.lower() != "по" or not tokens[k + 1].text.islower():
        return k
    j = k + 1
    while j < len(tokens) and j - k < 6 and tokens[j].sent == tokens[k].sent and starts.get(tokens[j].start) is None \
            and tokens[j].text.isalpha() and tokens[j].text.islower() \
            and (tokens[j].pos in ("NOUN", "ADJ") or tokens[j].lemma.lower() in ("и", "с")):
        if tokens[j].lemma.lower() in NOT_FIELDS:
            return k
        j += 1
    field_end = j
    while j < len(tokens) and j - field_end < 3 and tokens[j].text.islower() and tokens[j].pos in ("NOUN", "ADJ") \
            and tokens[j].feats.get("Case") == "Gen":
        j += 1  # "компании" before "«Газпром»"
    mention = starts.get(tokens[_after_quote(tokens, j)].start) if j < len(tokens) else None
    # an organisation, not a state: "спецпредставитель по вопросу Украины" has Ukraine as its topic
    return field_end if mention is not None and mention.type == "ORG" and tokens[field_end - 1].pos == "NOUN" else k


PORTFOLIO_CATEGORIES = {"minister", "deputy"}
# Posts of these categories held nowhere in particular: the adjective before them is the person's nationality, no
# state they serve ("немецкий режиссёр", "бразильский космонавт", "приднестровский аналитик").
NATIONALITY_ONLY = {"other", "business"}


def _portfolio(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> int:
    """The end of the lower-case genitive or prepositional words from ``k`` that reach the name of a state or
    organisation ("энергетики" before "Белоруссии"); ``k`` when they reach nothing."""
    j = k
    while j < len(tokens) and j - k < 6 and tokens[j].sent == tokens[k].sent and starts.get(tokens[j].start) is None \
            and tokens[j].text.isalpha() and tokens[j].text.islower() and _in_genitive_phrase(tokens, j):
        j += 1
    mention = starts.get(tokens[j].start) if j < len(tokens) else None
    if mention is None or mention.type == "PER":
        return k
    while j > k and tokens[j - 1].pos == "ADJ":
        j -= 1  # "синодального Отдела": the adjective belongs to the organisation
    return j


# Verbs that give their subject a post: "стал мэром", "назначен министром", "избран главой", "занимает пост".
PREDICATES = {"стать", "являться", "назначить", "избрать", "переизбрать", "занять", "занимать", "работать", "служить",
              "остаться", "оставаться", "утвердить", "покинуть", "оставить", "уйти", "вступить", "назвать",
              "переназначить", "трудиться", "проработать", "выступать", "выступить"}
# Of those, the ones whose object is the person given the post, unless passive: "назначил Ивана Петрова министром".
OBJECT_PREDICATES = {"назначить", "избрать", "переизбрать", "утвердить", "назвать", "переназначить"}
POST_NOUNS = {"пост", "должность", "место"}


def _predicate_subject(tokens: Sequence[Token], people: Sequence[Mention], i: int) -> str | None:
    """The person a predicate gives the post at ``i``: "Сергей Собянин стал мэром Москвы", "Михаил Мишустин был
    назначен председателем правительства", "Путин согласился занять пост премьер-министра" (the subject of the
    verb the predicate completes)."""
    near = range(max(0, i - 40), min(len(tokens), i + 40))
    if tokens[i].rel == "conj" and 0 <= tokens[i].head < len(tokens) \
            and any(tokens[j].head == tokens[i].head and tokens[j].rel == "cop" for j in near):
        i = tokens[i].head  # "Сидибе был министром здравоохранения, а затем министром иностранных дел"
    if any(tokens[j].head == i and tokens[j].rel == "cop" for j in near):
        k = i  # "Иван Петров был министром финансов": the post is the predicate, with its own subject
    else:
        k = tokens[i].head
        if 0 <= k < len(tokens) and tokens[k].lemma.lower() in POST_NOUNS:
            k = tokens[k].head
        if not (0 <= k < len(tokens)) or tokens[k].lemma.lower() not in PREDICATES:
            return None
        if tokens[k].lemma.lower() in OBJECT_PREDICATES and tokens[k].feats.get("Voice") != "Pass":
            # "Путин назначил Ивана Петрова министром": the one appointed, not the one who appoints
            appointed = next((tokens[j] for j in range(max(0, k - 40), min(len(tokens), k + 40))
                              if tokens[j].head == k and tokens[j].rel == "obj"), None)
            return next((m.entity for m in people if appointed is not None and m.start <= appointed.start < m.stop),
                        None)
    for _ in range(2):  # the predicate itself, then the verb it completes ("согласился занять")
        near = range(max(0, k - 40), min(len(tokens), k + 40))
        subject = next((tokens[j] for j in near if tokens[j].head == k and tokens[j].rel in ("nsubj", "nsubj:pass")
                        and tokens[j].sent == tokens[i].sent), None)
        if subject is not None and subject.lemma.lower() == "который" and tokens[k].rel == "acl:relcl":
            subject = tokens[tokens[k].head] if 0 <= tokens[k].head < len(tokens) else None
        elif subject is None and tokens[k].rel == "acl" and tokens[k].feats.get("VerbForm") == "Part" \
                and 0 <= tokens[k].head < len(tokens):
            subject = tokens[tokens[k].head]  # "Иван Петров, занимающий пост министра финансов"
        if subject is not None:
            named = next((m.entity for m in people if m.start <= subject.start < m.stop), None)
            if named is None:  # "занял республиканец Джон Бенер": the name in apposition to the subject
                named = next((m.entity for m in people for j in near if tokens[j].rel == "appos"
                              and 0 <= tokens[j].head < len(tokens) and tokens[tokens[j].head] is subject
                              and m.start == tokens[j].start), None)
            return named if named is not None else _pronoun_antecedent(tokens, people, subject)
        if tokens[k].rel != "xcomp" or not (0 <= tokens[k].head < len(tokens)):
            return None
        k = tokens[k].head
    return None


# Posts whose genitive complement is another person, the one they serve: "помощник Хиллари Клинтон".
PRINCIPAL_POSTS = {"помощник", "советник", "референт", "пресс-секретарь", "представитель", "адвокат", "секретарь"}


PRONOUNS = {"он", "она"}


def _pronoun_antecedent(tokens: Sequence[Token], people: Sequence[Mention], pronoun: Token) -> str | None:
    """The person "он" or "она" stands for: the last person named before it, in its sentence or the two before,
    of the pronoun's gender where the tagger gives the name one ("Леван Гачечиладзе ... В настоящий момент он
    является депутатом парламента")."""
    if pronoun.pos != "PRON" or pronoun.lemma.lower() not in PRONOUNS:
        return None
    gender = pronoun.feats.get("Gender")
    for mention in reversed([m for m in people if m.stop <= pronoun.start]):
        first = token_range(tokens, mention.start, mention.stop)[0]
        if first >= len(tokens) or tokens[first].sent < pronoun.sent - 2:
            return None
        named = {tokens[j].feats.get("Gender") for j in range(*token_range(tokens, mention.start, mention.stop))}
        if gender is None or named - {None} in (set(), {gender}):
            return mention.entity  # else a person of the other gender: someone before them
    return None


def _served_post(matcher: PostMatcher, tokens: Sequence[Token], i: int, served: int, end: int) -> int | None:
    """Where the post that the post at ``i`` serves begins, inside its words ("пресс-секретарь президента",
    "помощник госсекретаря"): a person's post in the genitive; None when there is none."""
    if end > served:
        return served
    for j in range(i + 1, end):
        if tokens[j].feats.get("Case") == "Gen" and tokens[j].feats.get("Animacy") == "Anim" \
                and (hit := matcher.match(tokens, j)) is not None and hit[1] <= end:
            return j
    return None


def _after_principal(tokens: Sequence[Token], starts: dict[int, Mention],
                     principal: Mention) -> tuple[int, Mention | None]:
    """(the token after the served person's name, the person named right after it or None)."""
    k = token_range(tokens, principal.stop, principal.stop + 1)[0]
    holder = _mention_at(starts, tokens, k)
    return k, holder if holder is not None and holder.type == "PER" else None


def _governed_name(tokens: Sequence[Token], i: int, k: int) -> bool:
    """The name at ``k`` depends on the post at ``i`` as a noun of its own, not as its apposition: "Помощник
    Хиллари Клинтон по европейским делам" (an indeclinable name the tagger reads as a nominative, the parser as the
    post's nmod) names whom the assistant serves."""
    return tokens[k].rel == "nmod" and tokens[k].head == i and tokens[k].feats.get("Case") in (None, "Nom") \
        and tokens[i].feats.get("Number") != "Plur"


def _names_governing_noun(tokens: Sequence[Token], i: int, end: int, k: int) -> bool:
    """The name at ``k`` is the apposition of the noun the genitive post depends on, not of the post: "Подруга
    погибшего бизнесмена Анна Смирнова", "Вдова режиссера Ольга Петрова" (a nominative name beside a genitive
    post, both hung on the noun before the post), not "Встреча министра обороны Сергея Шойгу"."""
    head = next((j for j in range(i, end) if not i <= tokens[j].head < end), i)
    post = tokens[head]
    return post.rel == "nmod" and post.feats.get("Case") == "Gen" and tokens[k].feats.get("Case") == "Nom" \
        and tokens[k].head == post.head and post.head < i


def _agrees(post: Token, name: Token) -> bool:
    """A post and the name after it agree in case and the post is singular: "премьер-министром Аскаром Маминым",
    but not "помощник Хиллари Клинтон" (the name in the genitive is someone else) or "депутаты Иванов"."""
    if post.feats.get("Number") == "Plur":
        return False
    post_case, name_case = post.feats.get("Case"), name.feats.get("Case")
    # A masculine person's accusative is his genitive: "инаугурация ... генерал-майора МВД Рамзана Кадырова"
    # (the tagger reads the post as accusative, the name as genitive), but not an assistant's or adviser's, whose
    # genitive name is their principal ("помощника Хиллари Клинтон").
    if post_case == "Acc" and post.feats.get("Animacy") == "Anim" and post.feats.get("Gender") == "Masc" \
            and post.lemma.lower() not in PRINCIPAL_POSTS:
        post_case = "Gen"
    # Only a genitive name after a post of another case is someone else's: the tagger's case of a foreign
    # name is often wrong otherwise ("министра иностранных дел Японии Сейджи Маехары").
    return not (name_case == "Gen" and post_case not in (None, "Gen"))


def _sought(tokens: Sequence[Token], i: int) -> bool:
    """A post in the plural after "в" ("кандидат в президенты", "баллотироваться в депутаты", "пошёл в
    губернаторы") is one sought or entered, not held: its names are candidates."""
    return i > 0 and tokens[i - 1].text.lower() in ("в", "во") and tokens[i].feats.get("Number") == "Plur" \
        and tokens[i].feats.get("Case") in ("Nom", "Acc")


def find_posts(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    matcher = post_matcher(lexicon, vocab)
    tokens = doc.tokens
    starts = {m.start: m for m in doc.mentions}
    ends = {m.stop: m for m in doc.mentions if m.type == "PER"}
    people = [m for m in doc.mentions if m.type == "PER"]
    found: list[_Found] = []
    new_entities: list[Entity] = []
    held_in: dict[int, str] = {}  # a rank's first token -> the organisation of the post before it
    subposts: set[int] = set()  # posts served by the post before them ("помощник министра"), read again alone
    institution_mentions: list[Mention] = []
    named_by_lemmas = _names_by_lemmas(doc)
    i = 0
    while i < len(tokens):
        hit, former = matcher.match(tokens, i), ""
        if hit is not None and _sought(tokens, i):
            hit = None  # "кандидатов в президенты США Трампа и Байдена": a post run for, not held
        if hit is not None and i and tokens[i - 1].lemma.lower() in FORMER:
            former = "бывший " if tokens[i - 1].lemma.lower() in PAST else ""
            hit = hit if former else None
        elif hit is None and (hit := matcher.match(tokens, i, former=True)) is not None:
            former = EX  # "Экс-премьера Пакистана Беназир Бхутто"
        if hit is None:
            i += 1
            continue
        phrase, k = hit
        # "председатель КНР", "глава МИД России": a state or organisation named inside the phrase is the post's
        # "of", not the post (the organisation keeps its state: "МИД России" is Russia's).
        inner = next((j for j in range(i + 1, k) if (m := starts.get(tokens[j].start)) is not None
                      and m.type in ("LOC", "ORG")), None)
        if inner is None and (named := _named_inside(doc, named_by_lemmas, i, k)) is not None:
            starts[named.start] = named  # "Бывший спикер палаты представителей": the Палата представителей
            institution_mentions.append(named)  # the article names elsewhere, here in lower case
            inner = token_range(tokens, named.start, named.stop)[0]
        if inner is not None:
            phrase = PostPhrase(phrase.words[:inner - i], " ".join(phrase.post.split()[:inner - i]), phrase.category)
            k = inner
        of: str | None = held_in.get(i)
        adjective_of = False
        # "помощник госсекретаря США", "полпред президента в округе", "советник руководителя «Яблока»": a post
        # in the genitive after the post is part of it (the person serves that post's holder); an adjective
        # of the noun after it is not ("директор ведущей компании", not the post "ведущий").
        served = k
        while inner is None and k < len(tokens) and tokens[k].text.islower() and tokens[k].feats.get("Case") == "Gen" \
                and tokens[k].feats.get("Number") != "Plur" and _mention_at(starts, tokens, k) is None \
                and tokens[k].feats.get("Animacy") != "Inan" and not _adjective_of_next(tokens, k) \
                and (sub := matcher.match(tokens, k)) is not None and tokens[i].feats.get("Number") != "Plur":
            k = sub[1]
        served_words = [t.text for t in tokens[served:k]]
        # "управляющий компанией FaceCash", "командующий войсками округа": the organisation in the instrumental
        if phrase.post.split()[-1] in GOVERN_INSTRUMENTAL and k < len(tokens) and tokens[k].feats.get("Case") == "Ins" \
                and tokens[k].pos == "NOUN":
            k += 1
        # "директор по маркетингу компании «Газпром»", "вице-президент по связям с общественностью Сбербанка":
        # the post's field, written before its organisation, is part of the post.
        if phrase.category != "minister" and (field := _field(tokens, starts, k)) > k:
            served_words += [t.text for t in tokens[k:field]]
            k = field
        post_end = k
        # "представитель вооружённых сил", "депутат парламента": an institution named by common nouns after the post
        # is its organisation.
        if of is None and _mention_at(starts, tokens, k) is None \
                and (common := _institution_at(doc, vocab, k, starts, institution_mentions, new_entities)) is not None:
            starts[common.start] = common
        elif of is None and _mention_at(starts, tokens, k) is None \
                and (quoted := _quoted_organisation(doc, k, starts, institution_mentions, new_entities)) is not None:
            starts[quoted.start] = quoted  # "лидер субкультурной партии «Dog with two tails»"
        # "премьер-министр Беларуси", "глава МИД России": the state or organisation after the post.
        first_of: Mention | None = None
        while (m := _mention_at(starts, tokens, _after_quote(tokens, k))) is not None and m.type != "PER":
            of, first_of = of or m.entity, first_of or m
            k = _after_quote(tokens, token_range(tokens, m.stop, m.stop + 1)[0], closing=True)
            k = _after_parenthesis(tokens, starts, k)  # "директор Федеральной службы безопасности (ФСБ)"
        also = None
        if first_of is not None and tokens[i].feats.get("Number") != "Plur" \
                and (joined := _and_organisation(tokens, starts, first_of, k)) is not None:
            also, k = joined  # "член Общественной палаты и Московской городской думы"
        if of is None and (source := _out_of(tokens, starts, k)) is not None:
            of, k = source  # "Иван Петров, инженер из компании «Газпром»"
        # "белорусский премьер": the state named by an adjective before the post.
        if of is None and i and tokens[i - 1].pos == "ADJ" and phrase.category not in NATIONALITY_ONLY:
            codes = lexicon.country_of_adjective(tokens[i - 1].text)
            if len(codes) == 1:
                of = _country_entity(doc, lexicon, codes[0], new_entities)
                adjective_of = True
            elif (region := _region_adjectives(lexicon).get(tokens[i - 1].lemma.lower())) is not None:
                of = _region_entity(doc, lexicon, region, new_entities)  # "подмосковный губернатор"
                adjective_of = True
        # "первый замминистра энергетики Белоруссии", "министр связи и коммуникаций РФ": a minister's portfolio
        # the lexicon does not write is part of the post.
        portfolio = _portfolio(tokens, starts, k) if of is None and phrase.category in PORTFOLIO_CATEGORIES else k
        post_end = max(post_end, portfolio) if of is None else post_end
        tail = " ".join([*served_words, *(t.text for t in tokens[k:portfolio])])
        person: str | None = None
        after = _mention_at(starts, tokens, k)
        if after is None and k < len(tokens) and AGE.match(tokens[k].text) \
                and (aged := _mention_at(starts, tokens, k + 1)) is not None and aged.type == "PER":
            k, after = k + 1, aged  # "действующий президент 89-летний Роберт Мугабе"
        if after is None and tokens[i].feats.get("Case") == "Nom":
            # "прежний федеральный адвокат — Сабрина Шрофф", "директор компании «Газпром» — Алексей Миллер"
            dash_of, dash = _genitive_of(tokens, starts, i, k) if of is None else (of, k)
            if dash + 1 < len(tokens) and tokens[dash].text in "—–:" and tokens[dash].sent == tokens[i].sent \
                    and (named := _mention_at(starts, tokens, dash + 1)) is not None and named.type == "PER" \
                    and tokens[dash + 1].feats.get("Case") in (None, "Nom"):
                of, k, after = dash_of, dash + 1, named
        far_allowed = True
        served_at = _served_post(matcher, tokens, i, served, post_end)
        if after is not None and after.type == "PER" \
                and (tokens[k].feats.get("Case") == "Gen" or _governed_name(tokens, i, k)) \
                and tokens[i].sent == tokens[k].sent \
                and (served_at is not None or phrase.post.split()[0] in PRINCIPAL_POSTS and k == post_end):
            # "с помощником министра иностранных дел России Сергея Лаврова Иваном Петровым", "советника Путина
            # Сергея Приходько": the genitive name is the person served, the holder the name right after it; with
            # none, a post in another case ("с помощником Сергея Лаврова") or a bare one ("помощника Сергея
            # Лаврова") has no holder named here.
            next_k, holder = _after_principal(tokens, starts, after)
            if holder is not None and _agrees(tokens[i], tokens[next_k]):
                k, after = next_k, holder
            elif tokens[i].feats.get("Case") != "Gen" or served_at is None:
                k, after, far_allowed = next_k, None, False
            else:
                served_at = None  # "помощника госсекретаря США Фила Гордона": the genitive name is the holder
        else:
            served_at = None
        if i in subposts:
            # a served post on its own: "министра иностранных дел России Сергея Лаврова" is Лавров's
            if after is not None and after.type == "PER" and tokens[k].feats.get("Case") == "Gen" \
                    and tokens[k].sent == tokens[i].sent:
                found.append(_Found(phrase, i, token_range(tokens, after.stop, after.stop + 1)[0], of, after.entity, i,
                                    end=post_end))
            i += 1
            continue
        if served_at is not None:
            subposts.add(served_at)
        rank = _rank_before_name(matcher, tokens, starts, i, k) if far_allowed else None
        # "Алексей Ратманский, художественный руководитель балета": the name before the post's own adjective
        shift = 1 if former == "бывший " or _qualifier(tokens, starts, i) else 0
        before = _named_before(tokens, ends, i - shift) if tokens[i].feats.get("Number") != "Plur" \
            else _one_of(tokens, ends, i)
        if after is not None and after.type == "PER" and _names_governing_noun(tokens, i, post_end, k):
            after, far_allowed = None, False  # "Вдова режиссера Ольга Петрова": the widow is named, not him
        if after is not None and after.type == "PER" and tokens[k].sent == tokens[i].sent \
                and _agrees(tokens[i], tokens[k]):
            person = after.entity
            k = token_range(tokens, after.stop, after.stop + 1)[0]
            if of is None and (party := _parenthesised_org(tokens, starts, k)) is not None:
                of, k = party  # "архиепископ Лонгин (РПЦ МП)", "депутат Иван Петров (ЛДПР)"
        elif rank is not None:
            # "представитель вооружённых сил полковник Сансерн Каевкамнерд": the rank is found on the next turn,
            # a military one as held in the post's organisation.
            person, rank_of, k = rank
            of = of or rank_of
            rank_hit = matcher.match(tokens, k)
            if of is not None and rank_hit is not None and rank_hit[0].category == "military":
                held_in[k] = of
        elif far_allowed and (far := _name_further(matcher, tokens, starts, i, k)) is not None:
            # "сопредседатель московского отделения движения «Солидарность» Михаил Вельмакин", also after another
            # person's name: "правозащитник Лев Пономарев, координатор движения «Левый фронт» Сергей Удальцов"
            far_of, far_person, k = far
            of, person = of or far_of, far_person
        elif before is not None:
            person = before  # "Роман Головченко, премьер-министр Беларуси"
            if of is None:
                # "Борис Стомахин, редактор газеты «Радикальная политика»"
                of, k = _genitive_of(tokens, starts, i, k)
        if person is None and far_allowed and tokens[i].feats.get("Number") != "Plur":
            described = _named_after_description(matcher, tokens, starts, i, k)
            if described is not None:
                person, k = described
        if person is None and tokens[i].feats.get("Number") != "Plur":
            # "Сергей Собянин стал мэром Москвы", "Алексей Миллер стал генеральным директором компании «Газпром»"
            words_end = i + len(phrase.words)
            head = next((j for j in range(i, words_end) if not i <= tokens[j].head < words_end), i)
            person = _predicate_subject(tokens, people, head)
            if person is not None and of is None:
                of, k = _genitive_of(tokens, starts, i, k)
        first = i - 1 if adjective_of or former == "бывший " else i
        qualifier = _qualifier(tokens, starts, i) if first == i else ""
        found.append(_Found(phrase, first - bool(qualifier), k, of, person, i, former, tail if of is not None else "",
                            qualifier, post_end, also if of == (first_of.entity if first_of else None) else None))
        i = served_at if served_at is not None else max(k, i + 1)

    _chain(doc, starts, found)
    for item in found:
        _widen_of(doc, vocab, item, starts, institution_mentions, new_entities)
    implied = _implied_state(doc, lexicon, found, new_entities)
    posts = []
    seen = set()
    for item in found:
        if item.of is None and item.person is not None and item.phrase.category in STATE_CATEGORIES:
            # "президент Путин" beside "США" in a post on the dollar: a well-known official's office is his state's
            held_for = known_holder_state(doc, item.person)
            if held_for is not None:
                item.of = _country_entity(doc, lexicon, held_for, new_entities)
        if item.of is None and item.person is not None and implied is not None \
                and item.phrase.category in STATE_CATEGORIES:
            item.of = implied  # "Премьер-министр Михаил Фрадков" in a report on Russia's officials
        if item.of is None and item.person is not None and not item.former:
            item.of = _framing_organisation(tokens, starts, item.at)  # "В Сенате ... спикер Гарри Рид"
        if item.person is None and item.of is not None:
            item.person = _previous_holder(tokens, people, item)
        key = (item.person, item.post(tokens), item.of)
        if item.person is None or key in seen:
            continue
        seen.add(key)
        start, stop = _evidence(doc, item)
        posts.append(Post(person=item.person, post=key[1], of=item.of, start=start, stop=stop))
        if item.also is not None and (item.person, key[1], item.also) not in seen:
            seen.add((item.person, key[1], item.also))
            posts.append(Post(person=item.person, post=key[1], of=item.also, start=start, stop=stop))
    for post in (*_heads(doc, [*doc.mentions, *institution_mentions]), *_from_organisation(doc),
                 *_respectively(doc, matcher, vocab)):
        if (post.person, post.post, post.of) not in seen:
            seen.add((post.person, post.post, post.of))
            posts.append(post)
    titles = _title_mentions(doc, lexicon, found, posts)
    mentions = tuple(sorted((*doc.mentions, *titles, *institution_mentions), key=lambda m: (m.start, m.stop)))
    return replace(doc, posts=tuple(posts), mentions=mentions, entities=(*doc.entities, *new_entities))


# Institutions that are no organisation of their own after a post: "лидер оппозиции", "представитель власти".
NOT_ORGANISATIONS = {"оппозиция", "власть"}


def _word_is(token: Token, lemma: str) -> bool:
    """A token is a form of the word: its lemma, or an adjective's ending on the stem ("вооружённых сил")."""
    text, lemma = token.text.lower().replace("ё", "е"), lemma.replace("ё", "е")
    return token.lemma.lower().replace("ё", "е") == lemma or len(lemma) > 5 and text.startswith(lemma[:-2])


def _institution_at(doc: Doc, vocab: Any, k: int, starts: dict[int, Mention], found: list[Mention],
                    new: list[Entity]) -> Mention | None:
    """An institution in the genitive after a post, in lower case and with its adjectives: "вооружённых сил",
    "палестинской делегации", "парламента" (``data/institutions.tsv``), as a mention of an organisation entity
    (the same entity for the same name)."""
    tokens = doc.tokens
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].pos in ("ADJ", "VERB") and tokens[j].feats.get("Case") == "Gen" \
            and tokens[j].text.islower():
        j += 1  # "палестинской", "вооружённых" (a participle to the tagger)
    for begin, end in ((b, e) for b in range(k, j + 1) for e in range(min(len(tokens), j + 3), j, -1)):
        if not any(len(p) == end - begin and all(_word_is(t, w) for t, w in zip(tokens[begin:end], p, strict=True))
                   for p in institutions().get(tokens[end - 1].lemma.lower(), ())):
            continue
        holder = _mention_at(starts, tokens, end)  # "капитан команды Оливер Кан": the name after is the holder's
        if tokens[end - 1].feats.get("Case") != "Gen" or not all(t.text.islower() for t in tokens[k:end]) \
                or (holder is None or holder.type != "PER") and (
                    _mention_at(starts, tokens, _after_quote(tokens, end)) is not None
                    or end < len(tokens) and tokens[end].text[:1].isupper()) \
                or end < len(tokens) and (tokens[end].text in "«\"„“"
                                          or tokens[end].pos in ("NOUN", "ADJ")
                                          and tokens[end].feats.get("Case") == "Gen"
                                          and tokens[end].feats.get("Animacy") != "Anim") \
                or tokens[end - 1].lemma.lower() in NOT_ORGANISATIONS:
            return None  # "партии «Яблоко»", "правительства Израиля", "министерства обороны Таиланда": the name
            # that follows is the organisation, or the phrase goes on
        start, stop = tokens[k].start, tokens[end - 1].stop
        normal = names.normalize(vocab, tokens[k:end], "ORG", tokens, k)
        entity = next((e.id for e in new if e.type == "ORG" and e.name == normal), None)
        if entity is None:
            entity = f"e{len(doc.entities) + len(new) + 1}"
            new.append(Entity(id=entity, type="ORG", name=normal))
        mention = Mention(start=start, stop=stop, text=doc.text[start:stop], type="ORG", normal=normal, entity=entity)
        found.append(mention)
        return mention
    return None


# Kinds of organisation whose quoted name after them is an organisation's name, named or not by the tagger.
ORGANISATION_KINDS = {"партия", "движение", "компания", "агентство", "организация", "фонд", "клуб", "театр", "газета",
                      "журнал", "телеканал", "радиостанция", "банк", "концерн", "холдинг", "корпорация", "ассоциация",
                      "союз", "центр", "издательство", "фирма", "завод", "команда", "студия", "группа", "объединение"}
QUOTES_OPEN, QUOTES_CLOSE = "«\"„“", "»\"“”"


def _quoted_organisation(doc: Doc, k: int, starts: dict[int, Mention], found: list[Mention],
                         new: list[Entity]) -> Mention | None:
    """A quoted name the tagger missed after a kind of organisation in the genitive, with its adjectives, right after
    a post: "лидер субкультурной партии «Dog with two tails»", as a mention of an organisation entity named as
    quoted (the same entity for the same name)."""
    tokens = doc.tokens
    j = k
    while j < len(tokens) and j - k < 2 and (tokens[j].pos == "ADJ" or _participle(tokens[j])) \
            and tokens[j].feats.get("Case") == "Gen" and tokens[j].text.islower():
        j += 1
    if j == k and 0 < k < len(tokens) and tokens[k].text in QUOTES_OPEN:
        j = k - 1  # the kind is the post's last word: "лидер партии «Dog with two tails»"
    if j + 2 >= len(tokens) or tokens[j].lemma.lower() not in ORGANISATION_KINDS \
            or tokens[j].feats.get("Case") != "Gen" or tokens[j + 1].text not in QUOTES_OPEN \
            or not tokens[j + 2].text[:1].isupper():
        return None
    close = next((e for e in range(j + 2, min(len(tokens), j + 10)) if tokens[e].text in QUOTES_CLOSE), None)
    if close is None or any(_inside_mention(starts, tokens, e) or tokens[e].start in starts
                            for e in range(j + 2, close)):
        return None
    start, stop = tokens[j + 2].start, tokens[close - 1].stop
    name = doc.text[start:stop]
    entity = next((e.id for e in new if e.type == "ORG" and e.name == name), None)
    if entity is None:
        entity = f"e{len(doc.entities) + len(new) + 1}"
        new.append(Entity(id=entity, type="ORG", name=name))
    mention = Mention(start=start, stop=stop, text=name, type="ORG", normal=name, entity=entity)
    found.append(mention)
    return mention


# Adjectives that say nothing of the post itself: "новый министр", "известный журналист".
PLAIN_ADJECTIVES = {"новый", "нынешний", "действующий", "известный", "знаменитый", "молодой", "местный", "весь",
                    "тот", "этот", "который", "свой", "его", "сам", "другой", "один", "влиятельный", "популярный",
                    "американский", "российский", "первый", "последний", "крупный", "талантливый", "опытный"}


def _inverted(tokens: Sequence[Token], at: int) -> bool:
    """The post stands right after its verb, in the verb's own clause: an attribution ("..., передает корреспондент
    БЕЛТА", "..., сообщил глава ведомства"), where the person named before is in what is reported, not the holder.
    A clause boundary between them ("..., что глава правительства ...") is no attribution, whatever the parse says."""
    head = tokens[at].head
    return 0 <= head < at and all(t.pos not in ("PUNCT", "SCONJ") for t in tokens[head + 1:at])


FRAMING_PREPOSITIONS = {"в", "во", "на"}


def _framing_organisation(tokens: Sequence[Token], starts: dict[int, Mention], at: int) -> str | None:
    """The organisation a sentence opens with, "В <организации>", for a post in it named without one: "В Сенате, где
    демократам удалось сохранить большинство, спикер Гарри Рид заявил ...", "В «Газпроме» пресс-секретарь Сергей
    Куприянов пояснил ..." (not a place: "На Украине премьер Николай Азаров" names no workplace)."""
    sent = tokens[at].sent
    first = at
    while first > 0 and tokens[first - 1].sent == sent:
        first -= 1
    if tokens[first].lemma.lower() not in FRAMING_PREPOSITIONS or first + 1 >= at:
        return None
    frame = _mention_at(starts, tokens, _after_quote(tokens, first + 1))
    return frame.entity if frame is not None and frame.type == "ORG" and frame.stop <= tokens[at].start else None


def _previous_holder(tokens: Sequence[Token], people: Sequence[Mention], item: _Found) -> str | None:
    """The person named earlier in the sentence whose post is the subject here: "метания Нетаньяху уже дали повод
    его противникам заговорить о том, что глава израильского правительства крайне непоследователен". Only a
    singular subject with its organisation named: a post as an object or without its "of" is too often someone
    else's (measured on the factRuEval devset, where reaching back a sentence or taking objects cost precision)."""
    post = tokens[item.at]
    if post.rel not in ("nsubj", "nsubj:pass") or post.feats.get("Number") == "Plur" or _inverted(tokens, item.at):
        return None
    before = [m for m in people if m.stop <= post.start]
    if not before or tokens[token_range(tokens, before[-1].start, before[-1].stop)[0]].sent != post.sent:
        return None
    return before[-1].entity


def _qualifier(tokens: Sequence[Token], starts: dict[int, Mention], i: int) -> str:
    """An adjective right before the post that is part of it, agreeing with it: "Федеральный министр транспорта",
    "художественный руководитель", "первый заместитель" (nominative, lower case)."""
    if i == 0:
        return ""
    adjective = tokens[i - 1]
    lemma = adjective.lemma.lower()
    if adjective.pos != "ADJ" or not adjective.text.isalpha() or lemma in FORMER or lemma in PLAIN_ADJECTIVES \
            or adjective.sent != tokens[i].sent or adjective.feats.get("Case") != tokens[i].feats.get("Case") \
            or _inside_mention(starts, tokens, i - 1) or starts.get(adjective.start) is not None \
            or (adjective.text[:1].isupper() and i - 1 > 0 and tokens[i - 2].sent == adjective.sent):
        return ""
    return adjective.text.lower() if adjective.feats.get("Case") == "Nom" else lemma


def _states(doc: Doc, *ids: str) -> bool:
    """Several different states."""
    entities = [e for e in doc.entities if e.id in ids]
    return len(set(ids)) > 1 and all(e.type == "LOC" and e.country for e in entities)


def _chain(doc: Doc, starts: dict[int, Mention], found: list[_Found]) -> None:
    """Posts listed before one name are all that person's: "лидер Меджлиса крымско-татарского народа, народный
    депутат Украины Мустафа Джемилев", "наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш"."""
    tokens = doc.tokens
    for item, after in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        # "Свергнутый президент Египта и бывший лидер организации «Братья мусульмане» Мухаммед Мурси", "бывший
        # глава компании и совладелец WFC Артур Перепёлкин": a career joined by "и", one of its posts held before
        # (not "Глава МИД и министр обороны Сергей Шойгу": two people).
        joined = bool(item.former or after.former) \
            and any(tokens[j].lemma.lower() == "и" for j in range(item.last, after.first))
        if item.person is not None or after.person is None or item.former and not joined \
                or tokens[item.at].feats.get("Number") == "Plur" or tokens[item.at].sent != tokens[after.first].sent \
                or not 0 <= after.first - item.last <= FURTHER \
                or tokens[item.at].feats.get("Case") != tokens[after.at].feats.get("Case"):
            continue  # "в беседе с корреспондентом «Голоса Америки» лидер движения ..." names two people
        between = [starts.get(tokens[j].start) for j in range(item.last, after.first)]
        if any(m is not None and m.type == "PER" for m in between) or (item.of is not None and after.of is not None
                                                                        and _states(doc, item.of, after.of)):
            continue  # "министр иностранных дел Беларуси, премьер-министр Казахстана ..." are two people
        if all(tokens[j].text == "," or joined and tokens[j].lemma.lower() == "и" or _in_genitive_phrase(tokens, j)
               or _inside_mention(starts, tokens, j) for j in range(item.last, after.first)):
            item.person = after.person
            item.of = item.of or next((m.entity for m in between if m is not None), None)
            item.last = after.first


def _inside_mention(starts: dict[int, Mention], tokens: Sequence[Token], j: int) -> bool:
    return any(m.start <= tokens[j].start < m.stop and m.type != "PER" for m in starts.values()
               if m.start <= tokens[j].start)


# Posts of a state's own government: without a state named, the state of the article's other officials.
STATE_CATEGORIES = {"head_of_state", "head_of_government", "minister"}


def known_holder_state(doc: Doc, person: str) -> str | None:
    """The state a person of ``data/people.tsv`` served, for a state's office the article names without a state
    ("президент Путин", "премьер-министр Владимир Путин", "экс-президент Трамп"): the table's state code, whatever
    other state the article names; None for anyone else, or for a surname the table gives several people
    ("Ли") or names only in full."""
    entity = next((e for e in doc.entities if e.id == person), None)
    if entity is None or entity.type != "PER":
        return None
    rows = _office_holders().get(entity.name.split()[-1], ())
    full = [r for r in rows if r[0] == entity.name]
    chosen = full or (rows if len(rows) == 1 and " " not in entity.name and not rows[0][3] else [])
    return chosen[0][1] if chosen else None


@functools.cache
def _office_holders() -> dict[str, tuple[tuple[str, str, str, bool], ...]]:
    """``data/people.tsv`` by surname (each spelling): (full name, state code, office, named only in full)."""
    table: dict[str, list[tuple[str, str, str, bool]]] = {}
    for person in load_people():
        for surname in person.surnames:
            table.setdefault(surname, []).append((person.name, person.iso, person.role, person.context == "full"))
    return {k: tuple(v) for k, v in table.items()}


def _implied_state(doc: Doc, lexicon: Lexicon, found: list[_Found], new: list[Entity]) -> str | None:
    """The one state every post of the article with a state or organisation belongs to ("министр иностранных
    дел Беларуси", "Совет министров Беларуси"), or when none names one, the one state the article names; None when
    there are several or none."""
    by_id = {e.id: e for e in (*doc.entities, *new)}
    codes = {by_id[item.of].country for item in found if item.of in by_id}
    if not codes:
        # No post names its state: the one state the article names ("Последний раз Россия выигрывала ...
        # Премьер-министр Владимир Путин поздравил сборную").
        codes = {e.country for e in doc.entities if e.type == "LOC" and e.country and lexicon.country(e.name)}
    if len(codes) != 1 or None in codes:
        return None
    code = codes.pop()
    return next((e.id for e in (*doc.entities, *new) if e.type == "LOC" and e.country == code
                 and lexicon.country(e.name) is not None), None)


def _evidence(doc: Doc, item: _Found) -> tuple[int, int]:
    """The post phrase and the person's mention right beside it, nothing further away."""
    start, stop = doc.tokens[item.first].start, doc.tokens[item.last - 1].stop
    for m in doc.mentions:
        if m.entity == item.person and (0 <= start - m.stop <= 3 or 0 <= m.start - stop <= 3):
            start, stop = min(start, m.start), max(stop, m.stop)
    return start, stop


def _title_mentions(doc: Doc, lexicon: Lexicon, found: list[_Found], posts: list[Post]) -> list[Mention]:
    """Posts with nobody beside them stand for the person who holds them in this article."""
    tokens = doc.tokens
    titles = []
    for item in found:
        if item.person is not None or item.former or tokens[item.first].feats.get("Number") == "Plur" \
                or item.first > 0 and tokens[item.first - 1].pos == "NUM":
            continue  # "главами государств", "два летчика" name several people, not one
        titles_of = _title_posts(doc, lexicon, item)
        holders = {p.person for p in posts if any(_same_post(lexicon, p.post, title) for title in titles_of)
                   and (item.of is None or _same_owner(doc, lexicon, p.of, item.of))}
        if not holders and item.phrase.category == HEAD_OF_STATE:
            # "глава государства" names no state: the article's head of state holds it; "президент Белоруссии" is
            # not the article's "президент Ирана Махмуд Ахмадинежад": the head of another state is someone else
            holders = {p.person for p in posts if _category(lexicon, p.post) == HEAD_OF_STATE
                       and not _other_state(doc, p.of, item.of)}
        current = item.first > 0 and tokens[item.first - 1].text.lower().startswith(CURRENT)
        if not holders and current:
            subject = _previous_subject(doc, item, posts)
            holders = {subject} if subject else set()
        elif not holders and item.of is not None:
            introduced = _introduced(doc, item, posts)
            holders = {introduced} if introduced else set()
        if len(holders) != 1:
            continue
        start, stop = tokens[item.first].start, tokens[item.last - 1].stop
        titles.append(Mention(start=start, stop=stop, text=doc.text[start:stop], type="PER",
                              normal=_title_normal(item, tokens), entity=holders.pop(), kind="title"))
    return titles


def _title_posts(doc: Doc, lexicon: Lexicon, item: _Found) -> tuple[str, ...]:
    """The posts a title names: its post words ("глава" of Евросовет), and the whole phrase with the body it
    heads where the lexicon knows the phrase as a post's alias ("Глава Госдепартамента" is the secretary of
    state, "глава Минобороны" the minister of defence: the body's name was split off the post as its "of")."""
    tokens = doc.tokens
    post = item.post(tokens)
    if item.of is None or item.former:
        return (post,)
    whole = doc.text[tokens[item.first].start:tokens[item.last - 1].stop]
    return (post, whole) if lexicon.post(whole) is not None else (post,)


def _same_post(lexicon: Lexicon, held: str, title: str) -> bool:
    """Two spellings of one post: "госсекретарь" and "глава Госдепартамента", "министр обороны" and "глава
    Минобороны" (the lexicon's aliases of one post)."""
    if held == title:
        return True
    entry, other = lexicon.post(held), lexicon.post(title)
    return entry is not None and entry == other


def _same_owner(doc: Doc, lexicon: Lexicon, held: str | None, title: str) -> bool:
    """The post a person holds belongs to the state or body a title names: the same entity, or the title's body
    is of the state the post is of ("госсекретарь США" and "глава Госдепартамента", a body of the US), or a body
    the lexicon knows many states to have, named without one ("министр обороны России" and "глава
    Минобороны"); two companies are two ("гендиректор «Infoline-аналитики»" is no "генеральный директор
    «Балтики»")."""
    if held == title:
        return True
    by_id = {e.id: e for e in doc.entities}
    owner, body = by_id.get(held or ""), by_id.get(title)
    if owner is None or body is None or body.type != "ORG" or owner.type != "LOC" or owner.country is None:
        return False
    return body.country == owner.country or body.country is None and lexicon.org(body.name) is not None


def _other_state(doc: Doc, held: str | None, title: str | None) -> bool:
    """Whether a post and a title name two different states ("президент Ирана", "президента Белоруссии"); a
    body's post ("президент Международной ассоциации ...") or one named without its state may be the same."""
    by_id = {e.id: e for e in doc.entities}
    owner, named = by_id.get(held or ""), by_id.get(title or "")
    if owner is None or named is None or owner.type != "LOC" or named.type != "LOC" or owner.id == named.id:
        return False
    return owner.country is None or named.country is None or owner.country != named.country


# "нынешний российский президент", "Действующий президент США": the post's holder now, a person already named.
CURRENT = ("нынешн", "действующ")


def _previous_subject(doc: Doc, item: _Found, posts: list[Post]) -> str | None:
    """The holder a title with "нынешний" / "действующий" refers back to: the one person named as the subject of
    the sentence before it, who is not said to have held the post before ("Владимир Путин
    согласился ... \n\nОб этом нынешний российский президент заявил"; not the next name, "Медведев", whom
    ``_introduced`` would take). Two subjects ("Трамп и Байден обменялись") give none."""
    tokens = doc.tokens
    sent = tokens[item.first].sent
    if sent == 0:
        return None
    former = {p.person for p in posts if is_former(p.post) and p.post.split(" ", 1)[-1].endswith(item.post(tokens))}
    subjects = {m.entity for m in doc.mentions if m.type == "PER" and m.kind == "name" and m.entity
                and (first := token_range(tokens, m.start, m.stop)[0]) < len(tokens)
                and tokens[first].sent == sent - 1 and _main_subject(tokens, first)}
    return subjects.pop() if len(subjects) == 1 and not subjects & former else None


def _main_subject(tokens: Sequence[Token], j: int) -> bool:
    """The subject of its sentence's main verb, or one joined to it ("Трамп и Байден обменялись"), not a
    subordinate clause's ("если Дмитрий Медведев победит")."""
    token = tokens[j]
    if token.rel == "conj" and 0 <= token.head < len(tokens):
        token = tokens[token.head]
    return token.rel in ("nsubj", "nsubj:pass") and 0 <= token.head < len(tokens) and tokens[token.head].rel == "root"


def _category(lexicon: Lexicon, post: str) -> str | None:
    entry = lexicon.post(post)
    return entry.category if entry else None


def _introduced(doc: Doc, item: _Found, posts: list[Post]) -> str | None:
    """A title the article names in its next paragraph: "Премьер-министр Беларуси передал приветствие...
    \n- Мы всегда были союзниками..., - сказал Роман Головченко." The first person named after the title,
    outside its own sentence, within the next paragraph, holding no other post in the article."""
    tokens = doc.tokens
    title_sent = tokens[item.first].sent
    title_stop = tokens[item.last - 1].stop
    for mention in doc.mentions:
        if mention.type != "PER" or mention.kind != "name" or mention.start < title_stop:
            continue
        first = token_range(tokens, mention.start, mention.stop)[0]
        if first < len(tokens) and tokens[first].sent == title_sent:
            continue
        if doc.text.count("\n", title_stop, mention.start) > 1:
            return None
        if any(p.person == mention.entity for p in posts) or first > 0 and tokens[first - 1].pos == "ADP":
            return None  # "... встретился с Зеленским" names someone the title met, not who holds it
        if _listed_with_another(doc, mention) or mention.entity in _title_clause_subjects(doc, item):
            return None
        return mention.entity
    return None


def _listed_with_another(doc: Doc, mention: Mention) -> bool:
    """A name joined to another person's by "и" or a comma ("Владимир Путин и Андрей Воробьёв" under a headline,
    "Вместе с президентом приехали Дмитрий Медведев, Юрий Лужков и ..."): a list of people says nothing of which
    of them holds a title told before it."""
    tokens = doc.tokens
    first, last = token_range(tokens, mention.start, mention.stop)
    own = set(range(first, last))
    for other in doc.mentions:
        if other.type != "PER" or other.entity in (None, mention.entity):
            continue
        begin, end = token_range(tokens, other.start, other.stop)
        if begin >= len(tokens) or tokens[begin].sent != tokens[first].sent:
            continue
        theirs = set(range(begin, end))
        if any(tokens[k].rel == "conj" and (tokens[k].head in theirs and k in own or tokens[k].head in own
                                            and k in theirs) for k in own | theirs):
            return True
    return False


def _title_clause_subjects(doc: Doc, item: _Found) -> set[str]:
    """The people named as the subject of the verb a title hangs on: "Путин назначил временным губернатором ...
    Андрея Воробьёва" tells the governor as someone other than the one who appoints him, as "Путин встретился с
    президентом" tells the president as someone other than Путин."""
    tokens = doc.tokens
    head = tokens[item.at].head
    seen = {item.at}
    while 0 <= head < len(tokens) and head not in seen and tokens[head].pos not in ("VERB", "AUX"):
        seen.add(head)  # the parser's heads may run in a circle
        head = tokens[head].head
    if not 0 <= head < len(tokens) or tokens[head].pos not in ("VERB", "AUX"):
        return set()
    sent = doc.sents[tokens[head].sent]  # a verb's subjects stand in its sentence
    subjects = {k for k in range(sent.first, sent.last) if tokens[k].head == head and tokens[k].rel.startswith("nsubj")}
    people = set()
    for mention in doc.mentions:
        if mention.type == "PER" and mention.entity and mention.kind == "name":
            first, last = token_range(tokens, mention.start, mention.stop)
            if subjects & set(range(first, last)):
                people.add(mention.entity)
    return people


def _title_normal(item: _Found, tokens: Sequence[Token]) -> str:
    """"Президента Казахстана" -> "Президент Казахстана": the post in nominative, the rest as written, words
    before the post too ("украинский премьер", not "премьер премьер")."""
    words = item.phrase.post.split()
    source = tokens[item.at:item.at + len(words)]
    head = " ".join(w[:1].upper() + w[1:] if t.text[:1].isupper() else w
                    for w, t in zip(words, source, strict=False))
    before = [t.text for t in tokens[item.first:item.at]]
    rest = [t.text for t in tokens[item.at + len(words):item.last]]
    return " ".join([*before, head, *rest])


@functools.cache
def organisation_units() -> frozenset[str]:
    """Nouns naming a part of an organisation ("отделение", "пресс-служба"): lemmas, from
    ``data/posts_org_units.tsv``."""
    text = package_file("posts_org_units.tsv")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# Words in the genitive between a post and its organisation's name that may belong to the organisation.
WIDEN_GAP = 6


def _gap_word(token: Token) -> bool:
    """A word of an organisation's own name in the genitive: "московского отделения", "Свердловского"."""
    return token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == "Gen" \
        and token.text.replace("-", "").isalpha() and (token.text.islower() or token.pos == "ADJ")


def _trailing_end(tokens: Sequence[Token], starts: dict[int, Mention], j: int) -> int:
    """The end of "при ..." or "по <region>" after an organisation's name, part of it: "Следственного комитета
    при прокуратуре", "пресс-службы МЧС по Санкт-Петербургу и Ленобласти"; ``j`` when there is none."""
    if j >= len(tokens) or tokens[j].lemma.lower() not in ("при", "по"):
        return j
    sent, by = tokens[j].sent, tokens[j].lemma.lower()
    k, end = j + 1, j
    while k < len(tokens) and tokens[k].sent == sent:
        mention = starts.get(tokens[k].start)
        if mention is not None:
            if mention.type == "PER":
                break
            k = end = token_range(tokens, mention.stop, mention.stop + 1)[0]
        elif by == "при" and tokens[k].pos in ("NOUN", "ADJ") and tokens[k].text.islower() \
                and tokens[k].feats.get("Case") in ("Loc", "Gen", "Dat"):
            k += 1
            end = k if tokens[k - 1].pos == "NOUN" else end
        elif tokens[k].lemma.lower() == "и" and end == k:
            k += 1
        else:
            break
    return end


def _widen_of(doc: Doc, vocab: Any, item: _Found, starts: dict[int, Mention], found: list[Mention],
              new: list[Entity]) -> None:
    """The post's organisation as the whole genitive phrase that names it, a new organisation (mention and
    entity): "депутат муниципального собрания района Отрадное", "сопредседатель московского отделения движения
    «Солидарность»", "глава японского МИДа", "представитель Следственного комитета при прокуратуре": adjectives,
    or nouns among them that name a part of an organisation. Other nouns leave the name as it is: a kind ("редактор
    газеты «Радикальная политика»"), a field of the post ("художественный руководитель балета Большого театра"), a
    minister's portfolio."""
    tokens = doc.tokens
    if item.of is None or item.end < 0:
        return
    begin = j = item.end
    while j < len(tokens) and j - begin < WIDEN_GAP and starts.get(tokens[j].start) is None \
            and tokens[j].sent == tokens[item.at].sent and (_gap_word(tokens[j]) or j > begin and j + 1 < len(tokens)
                                                           and tokens[j].lemma.lower() == "и"
                                                           and _gap_word(tokens[j + 1])):
        j += 1  # "глава отдела корпоративных серверов и сетей HP"
    name = _mention_at(starts, tokens, _after_quote(tokens, j))
    if name is None or name.entity != item.of or name.type == "PER":
        return
    nouns = [t.lemma.lower() for t in tokens[begin:j] if t.pos == "NOUN"]
    if nouns and not organisation_units() & set(nouns):
        begin = j  # "редактор газеты «Радикальная политика»": the name alone
    after = _after_quote(tokens, token_range(tokens, name.stop, name.stop + 1)[0], closing=True)
    end = _trailing_end(tokens, starts, after)
    if begin == j and end == after:
        return
    end = max(end, after)  # with the closing quote: "московского отделения движения «Солидарность»"
    start, stop = tokens[begin].start if begin < j else name.start, tokens[end - 1].stop
    first = begin if begin < j else token_range(tokens, name.start, name.stop)[0]
    normal = names.normalize(vocab, tokens[first:end], "ORG", tokens, first)
    entity = next((e.id for e in new if e.type == "ORG" and e.name == normal), None)
    if entity is None:
        entity = f"e{len(doc.entities) + len(new) + 1}"
        new.append(Entity(id=entity, type="ORG", name=normal))
    found.append(Mention(start=start, stop=stop, text=doc.text[start:stop], type="ORG", normal=normal,
                         entity=entity))
    item.of, item.last = entity, max(item.last, end)


# Verbs that make their subject the head of their object, with the post they give: "Иван Петров возглавляет компанию
# «Газпром»", "партия, возглавляемая Беназир Бхутто", "руководит фондом «Вера»"; "работает в НАСА" makes them its
# employee.
WORKER = "сотрудник"
HEAD_VERBS = {"возглавлять": "глава", "возглавить": "глава", "руководить": "руководитель", "работать": WORKER}


def _preposition(tokens: Sequence[Token], noun: Token) -> str | None:
    at = tokens.index(noun)
    return next((t.lemma.lower() for t in tokens[max(0, at - 4):at] if t.head == at and t.rel == "case"), None)


def _subject(tokens: Sequence[Token], k: int) -> Token | None:
    """The subject of the verb at ``k``, or of the verb it completes ("продолжает работать"); "который" stands for
    the noun its clause describes."""
    for _ in range(3):
        subject = next((t for t in tokens[max(0, k - 40):k + 40] if t.head == k and t.rel == "nsubj"), None)
        if subject is not None:
            if subject.lemma.lower() == "который" and tokens[k].rel == "acl:relcl" and tokens[k].head >= 0:
                return tokens[tokens[k].head]
            return subject
        if tokens[k].rel != "xcomp" or tokens[k].head < 0:
            return None
        k = tokens[k].head
    return None


def _person_token(tokens: Sequence[Token], mentions: Sequence[Mention], token: Token | None) -> Token | None:
    """The token of the person a noun stands for, through appositions: "Скотт Хоровитц, бывший астронавт, который"."""
    for _ in range(3):
        if token is None or _mention_of(mentions, token, ("PER",)) is not None:
            return token
        token = tokens[token.head] if token.rel == "appos" and token.head >= 0 else None
    return token


def _mention_of(mentions: Sequence[Mention], token: Token, types: tuple[str, ...]) -> Mention | None:
    return next((m for m in mentions if m.type in types and m.kind == "name" and m.start <= token.start < m.stop), None)


def _heads(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Post]:
    """Posts from the verbs "возглавлять", "руководить": the subject heads the object, a passive participle's agent
    the noun it describes, an active participle's noun its object."""
    tokens = doc.tokens
    for k, verb in enumerate(tokens):
        post = HEAD_VERBS.get(verb.lemma.lower())
        if post is None:
            continue
        near = [t for t in tokens[max(0, k - 30):k + 30] if t.head == k and t.sent == verb.sent]
        passive = verb.feats.get("Voice") == "Pass"
        described = tokens[verb.head] if verb.rel in ("acl", "amod") and 0 <= verb.head < len(tokens) else None
        holder_token: Token | None
        org_token: Token | None
        if passive and described is not None:
            holder_token = next((t for t in near if t.rel in ("obl", "obl:agent", "nsubj:pass")
                                 and t.feats.get("Case") == "Ins"), None)
            org_token = described
        elif described is not None and verb.head > k and k >= 2 and tokens[k - 1].text == "," \
                and _mention_of(mentions, tokens[k - 2], ("PER",)) is not None and post != WORKER:
            # "Иван Петров, руководящий компанией «Газпром»": the parser hung the participle on its own object
            holder_token, org_token = tokens[k - 2], described
        else:
            # "Иван Петров, возглавляющий компанию": an active participle's noun is the holder
            holder_token = described or _subject(tokens, k)
            org_token = next((t for t in near if t.rel == "obj" and post != WORKER
                              or post == "руководитель" and t.rel in ("obl", "obj") and t.feats.get("Case") == "Ins"
                              or post == WORKER and t.rel == "obl" and _preposition(tokens, t) in ("в", "на")), None)
        holder_token = _person_token(tokens, mentions, holder_token)
        if holder_token is None or org_token is None:
            continue
        holder = _mention_of(mentions, holder_token, ("PER",))
        org = _mention_of(mentions, org_token, ("ORG",) if post == WORKER else ("ORG", "LOC"))
        if org is None:  # "компанию «Газпром»": the name in apposition to the noun
            at = tokens.index(org_token)
            org = next((m for t in tokens[at + 1:at + 4] if t.head == at and t.rel in ("appos", "flat:name")
                        for m in [_mention_of(mentions, t, ("ORG", "LOC"))] if m is not None), None)
        if holder is None or org is None or not holder.entity or not org.entity:
            continue
        yield Post(person=holder.entity, post=post, of=org.entity, start=min(holder.start, org.start, verb.start),
                   stop=max(holder.stop, org.stop, verb.stop))


def _pair(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> tuple[Mention, Mention, int] | None:
    """Two mentions joined by "и" at token ``k`` ("России и США", "Дмитрий Медведев и Барак Обама"), with the token
    after the second."""
    first = _mention_at(starts, tokens, _after_quote(tokens, k))
    if first is None:
        return None
    j = _after_quote(tokens, token_range(tokens, first.stop, first.stop + 1)[0], closing=True)
    if j >= len(tokens) or tokens[j].lemma.lower() != "и":
        return None
    second = _mention_at(starts, tokens, _after_quote(tokens, j + 1))
    if second is None or (second.type == "PER") != (first.type == "PER"):
        return None
    return first, second, _after_quote(tokens, token_range(tokens, second.stop, second.stop + 1)[0], closing=True)


def _plural(vocab: Any, token: Token) -> bool:
    """A plural noun, by the tagger or, where it has none or is misled by a capital ("Президенты России"), by the
    word's first dictionary reading."""
    if token.feats.get("Number") == "Plur":
        return True
    parses = vocab(token.text.lower())
    return bool(parses) and parses[0].tag.number == "plur"


def _respectively(doc: Doc, matcher: PostMatcher, vocab: Any) -> Iterator[Post]:
    """A plural post of two states or organisations and two names, each the post of its own: "Президенты России и
    США Дмитрий Медведев и Барак Обама", "министры иностранных дел России и Франции Сергей Лавров и Бернар Кушнер";
    or of one, held by each of the people listed after it (``_shared_post``)."""
    tokens = doc.tokens
    starts = {m.start: m for m in doc.mentions if m.kind == "name"}
    covered = 0  # the token after the last plural post: "Первые зампреды" is one post, not a second "зампреды"
    for i, token in enumerate(tokens):
        if i < covered or (hit := matcher.match(tokens, i)) is None or not _plural(vocab, token) \
                or _sought(tokens, i):
            continue
        phrase, k = hit
        covered = k
        places = _pair(tokens, starts, k)
        if places is None or places[0].type == "PER":  # "депутаты Госдумы Иван Петров и Сергей Иванов"
            yield from _shared_post(tokens, starts, i, hit)
            continue
        if places[0].entity == places[1].entity:
            continue
        people = _pair(tokens, starts, places[2])
        if people is None or people[0].type != "PER" or tokens[places[2]].sent != token.sent \
                or people[0].entity == people[1].entity:
            continue
        for person, place in zip(people[:2], places[:2], strict=True):
            if person.entity and place.entity:
                yield Post(person=person.entity, post=phrase.post, of=place.entity, start=token.start,
                           stop=person.stop)


def _people_listed(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> list[Mention]:
    """Names of people listed from token ``k``, joined by commas and a last "и" ("Иван Петров, Сергей Иванов и
    Олег Козлов"); empty unless there are two or more and the list ends there."""
    people: list[Mention] = []
    while (m := _mention_at(starts, tokens, k)) is not None and m.type == "PER" and m.entity:
        people.append(m)
        k = token_range(tokens, m.stop, m.stop + 1)[0]
        if k + 1 < len(tokens) and tokens[k].text in (",", "и") and tokens[k].sent == tokens[k + 1].sent:
            if tokens[k].text == "и" and (last := _mention_at(starts, tokens, k + 1)) is not None \
                    and last.type == "PER" and last.entity:
                people.append(last)
                k = token_range(tokens, last.stop, last.stop + 1)[0]
                break
            k += 1
            continue
        return []  # a single name, or a list that does not end with "и" and a name
    if len(people) < 2 or len({m.entity for m in people}) < len(people) \
            or k < len(tokens) and tokens[k].text == "(":
        return []
    return people


def _shared_post(tokens: Sequence[Token], starts: dict[int, Mention], i: int,
                 hit: tuple[PostPhrase, int]) -> Iterator[Post]:
    """A plural post at token ``i`` (ending before ``hit``'s token) of one state or organisation and the people
    listed after it, each holding it: "Депутаты Госдумы Иван Петров и Сергей Иванов", "сотрудники ФСБ Иван
    Петров, Олег Козлов и Сергей Сидоров"."""
    if i and tokens[i - 1].lemma.lower() in FORMER:
        return
    phrase, k = hit
    # "депутаты Госдумы": the lexicon's post may hold its organisation
    inner = next((j for j in range(i + 1, k) if _mention_at(starts, tokens, j) is not None), k)
    of = _mention_at(starts, tokens, _after_quote(tokens, inner))
    if of is None or of.type == "PER" or not of.entity:
        return
    after = _after_quote(tokens, token_range(tokens, of.stop, of.stop + 1)[0], closing=True)
    people = _people_listed(tokens, starts, after)
    if not people or tokens[token_range(tokens, people[-1].start, people[-1].stop)[0]].sent != tokens[i].sent:
        return
    post = " ".join(phrase.post.split()[:inner - i])
    for person in people:
        yield Post(person=person.entity, post=post, of=of.entity, start=tokens[i].start, stop=person.stop)


def _and_organisation(tokens: Sequence[Token], starts: dict[int, Mention], first: Mention,
                      k: int) -> tuple[str, int] | None:
    """(the second organisation, the token after it) for "и" and another organisation in the first one's case right
    after it: "член Общественной палаты и Московской городской думы", "совета директоров «Газпрома» и «Роснефти»"
    (not a state: "посол России и Белоруссии" is no such pair; not a name in another case: "глава «Газпрома» и
    «Роснефть» подписали")."""
    if first.type != "ORG" or k + 1 >= len(tokens) or tokens[k].lemma.lower() != "и":
        return None
    second = _mention_at(starts, tokens, _after_quote(tokens, k + 1))
    if second is None or second.type != "ORG" or not second.entity or second.entity == first.entity:
        return None
    case = _case(tokens[token_range(tokens, first.start, first.stop)[0]])
    if case is None or _case(tokens[token_range(tokens, second.start, second.stop)[0]]) != case:
        return None
    return second.entity, _after_quote(tokens, token_range(tokens, second.stop, second.stop + 1)[0], closing=True)


def _out_of(tokens: Sequence[Token], starts: dict[int, Mention], k: int) -> tuple[str, int] | None:
    """(the organisation, the token after it) for "из" and an organisation right after a post: "инженер из
    компании «Газпром»", "аналитик из «Тройки Диалог»"; not a state or place ("эксперт из России" says where the
    person comes from)."""
    if k >= len(tokens) or tokens[k].lemma.lower() != "из":
        return None
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j].text.islower() and tokens[j].pos in ("NOUN", "ADJ") \
            and tokens[j].feats.get("Case") == "Gen":
        j += 1  # "из компании"
    mention = _mention_at(starts, tokens, _after_quote(tokens, j))
    if mention is None or mention.type != "ORG" or not mention.entity:
        return None
    return mention.entity, _after_quote(tokens, token_range(tokens, mention.stop, mention.stop + 1)[0], closing=True)


def _from_organisation(doc: Doc) -> Iterator[Post]:
    """"Хуан Пабло Монтойя из команды «Макларен-Мерседес»", "Иван Петров из компании «Газпром»": a person named
    with the organisation they come from is its "представитель" (not with a state or place: "Иван Петров из
    России")."""
    tokens = doc.tokens
    starts = {m.start: m for m in doc.mentions if m.kind == "name"}
    for person in (m for m in doc.mentions if m.type == "PER" and m.kind == "name" and m.entity):
        k = token_range(tokens, person.stop, person.stop + 1)[0]
        if k >= len(tokens) or tokens[k].lemma.lower() != "из" or tokens[k].sent != tokens[k - 1].sent:
            continue
        j = k + 1
        while j < len(tokens) and j - k <= 2 and tokens[j].text.islower() and tokens[j].pos == "NOUN" \
                and tokens[j].feats.get("Case") == "Gen":
            j += 1  # "из команды"
        org = _mention_at(starts, tokens, _after_quote(tokens, j))
        if org is not None and org.type == "ORG" and org.entity:
            yield Post(person=person.entity, post="представитель", of=org.entity, start=person.start, stop=org.stop)
