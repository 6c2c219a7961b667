"""Commitments: what an agreement or a promise obliges someone to do, and how far it has gone.

    "принято решение создать в индустриальной зоне Костаная белорусский индустриальный центр. ...
     Документы на этот счет уже подписаны."
        -> Commitment(parties=(Беларусь, Казахстан), text="создать в индустриальной зоне Костаная
           белорусский индустриальный центр", status="signed")
    "Также обсуждалось создание молочно-товарных комплексов в Казахстане"  -> status "discussed"
    "мы обязуемся ...", "центр будет создан ..."                            -> status "promised"

Sources: every AGREE event that is not negated; promises in quotes (speech verbs flagged ``promise`` in
``data/speech_verbs.tsv``); status cues of ``data/commitment_status.tsv`` that open one ("обсуждалось
создание ..."); a public actor's intention or decision with an infinitive ("Норвегия намерена увеличить помощь",
"было решено не устраивать маршей": the file's ``intent`` cues); a speaker's own act announced in indirect speech
("Рауль Кастро заявил, что уйдёт в отставку ..."); the terms an agreement is said to set ("По договору ...,
Китай будет получать нефть 20 лет"). A later sentence of the same paragraph moves the status on ("подписаны", "открыт",
"отложен"), never back (a "discussed" after "decided" changes nothing); stalled and cancelled always apply.
Parties are states where the actors stand for one (``actors.state_of``), else the actors themselves.

What a reader can trust: the "what" names an act (a verb, a "что" clause, a project or act noun: "отменить
роуминг", "закон о повышении МРОТ"), never only whom it was agreed with, by whom, when or why ("с РФ", "по
предложению США", "мэром Сергеем Собяниным", "в ближайшие пару дней"); a promise of a thing is none ("обещают
мощные ливни", "обещали выше должность"); a question is none; the outlet's attribution (", пишет РБК", "—
Reuters") and markdown are not part of it. A promise or a plan with a subject needs an actor behind it (a state,
an organisation, a body, a person with a post or a full name): "синоптики обещают", "нейросеть создаст", "Миша
обещал" are not commitments. One act told twice (a headline and its lede) is one commitment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from letopis.analysis.actors import ACTING_NOUNS, GOVERNMENT_WORDS, ORG_DESCRIPTIONS, Actors, case_word
from letopis.analysis.event_triggers import lemma, load_triggers, match_sentence, modality
from letopis.analysis.events import JOINT, article_dyad, retyped
from letopis.analysis.speakers import Cue as SpeechCue
from letopis.analysis.speakers import load_cues
from letopis.lexicon import Lexicon, LexiconError, load_people, package_file
from letopis.records import COMMITMENT_PROGRESS, Commitment, Doc, Event, Quote, Token

__all__ = ["STATUS_ORDER", "StatusCues", "find_commitments", "load_status_cues"]

STATUS_ORDER = COMMITMENT_PROGRESS
FINAL = frozenset({"stalled", "cancelled"})
ROLES = ("update", "open", "future", "intent", "project", "act", "circumstance", "attribution")
AGREE_STATUS = {"sign": "signed", "decide": "decided", "agree": "decided", "promise": "promised"}
# How many sentences after a commitment a status cue may still speak of it (same paragraph only).
REACH = 3
# Fewer words than this after the trigger is no "what": "Документы на этот счет уже подписаны".
MIN_WORDS = 2
_TRAILING = " \t\n.,;:-–—\"«»“”'"
# Nouns of time: "в минувшую пятницу" says when, not what.
_TIME_WORDS = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                         "день", "неделя", "месяц", "год", "утро", "вечер", "ночь", "время", "январь", "февраль",
                         "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
                         "декабрь", "прошлое", "сегодня", "вчера", "срок"})
# Prepositions whose phrase says why, when or how something was agreed, never what: "принято из-за обострения
# ситуации", "будет принято от 2 минут", "после убийства".
_CIRCUMSTANCE_PREPS = frozenset({"из-за", "благодаря", "вследствие", "ввиду", "несмотря", "после", "до", "перед",
                                 "при", "от", "для", "ради", "через", "у", "среди", "вместо"})
# Prepositions of the side an agreement is made with, whom it is between: "договорился с правительством Норвегии
# о ...", "заключил сделку со следствием" (what follows them, if anything, is what was agreed).
_PARTNER_PREPS = frozenset({"с", "со", "между"})
# Subjects that stand for a body of people acting together: "страны договорились", "альянс обещает", "стороны".
_BODY_WORDS = frozenset({"держава", "республиканец", "демократ", "лейборист", "консерватор", "социалист",
                         "коммунист", "либерал", "оппозиция", "страна", "сторона", "альянс", "союз",
                         "блок", "лидер", "участник", "член", "партия", "фракция", "комитет", "совет", "комиссия",
                         "суд", "парламент", "сенат", "дума", "ведомство", "минобороны", "минфин", "минздрав", "цб",
                         "мэрия", "губернатор", "депутат", "сенатор"})
# Verbs above a plan that make it someone else's or no one's: "требует ввести войска", "поможет создать
# ассистента", "призвал ввести", "позволит создать"; or a thing stopped ("перестали согласовывать").
_NOT_OWN_HEADS = frozenset({"требовать", "потребовать", "призывать", "призвать", "просить", "попросить", "помочь",
                            "помогать", "позволить", "позволять", "предлагать", "предложить", "советовать",
                            "посоветовать", "рассказывать", "рассказать", "научить", "учить", "представить",
                            "представлять", "мочь", "хотеться", "пытаться", "попытаться",
                            # what has stopped: "В Москве перестали согласовывать строительство апартаментов"
                            "перестать", "переставать", "прекратить", "прекращать"})
# Documents that say nothing of what was agreed without a complement: "подписал несколько законов", "три
# важных контракта", "более десятка документов".
_DOCUMENTS = frozenset({"закон", "законопроект", "указ", "документ", "соглашение", "договор", "контракт",
                        "меморандум", "декларация", "договоренность", "решение", "постановление", "распоряжение",
                        "бумага"})
_MARKDOWN = re.compile(r"\*\*|__|~~|`")
_URL_END = re.compile(r"\s*\(?https?://\S*$")
_TAIL_LINK = re.compile(r"\]\([^)\s]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
# What a commitment's text may begin or end with: letters, digits, quotes, brackets and currency; the rest (emoji,
# markdown stars, dashes, list bullets) is trimmed.
_EDGE_OK = "«»\"'()$€₽№%"


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    status: str
    role: str


@dataclass(frozen=True)
class StatusCues:
    by_first: dict[str, tuple[Cue, ...]]
    projects: frozenset[str]
    acts: frozenset[str] = frozenset()  # project nouns and act nouns: what a promise may name by a noun
    circumstances: frozenset[str] = frozenset()
    attributions: frozenset[str] = frozenset()


def read_status_cues(text: str, filename: str = "commitment_status.tsv") -> StatusCues:
    by_first: dict[str, list[Cue]] = {}
    projects: set[str] = set()
    words_of: dict[str, set[str]] = {"act": set(), "circumstance": set(), "attribution": set()}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{filename}, line {number}"
        if len(cells) != 3:
            raise LexiconError(f"{where}: {len(cells)} cells, expected 3 (cue, status, role)")
        words, status, role = cells
        if role not in ROLES:
            raise LexiconError(f"{where}: role {role!r} is not one of {', '.join(ROLES)}")
        if role == "project":
            projects.add(words.lower().replace("ё", "е"))
            continue
        if role in words_of:
            words_of[role].add(words.lower().replace("ё", "е"))
            continue
        if status not in STATUS_ORDER and status not in FINAL:
            raise LexiconError(f"{where}: status {status!r} is unknown")
        cue = Cue(tuple(words.lower().replace("ё", "е").split()), status, role)
        by_first.setdefault(cue.words[0], []).append(cue)
    return StatusCues({k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in by_first.items()},
                      frozenset(projects), frozenset(projects | words_of["act"]),
                      frozenset(words_of["circumstance"]), frozenset(words_of["attribution"]))


@lru_cache(maxsize=1)
def load_status_cues() -> StatusCues:
    return read_status_cues(package_file("commitment_status.tsv"))


def _speech_verbs(wanted: Callable[[SpeechCue], bool]) -> frozenset[str]:
    """The cues of ``data/speech_verbs.tsv`` (as the quotes stage reads them, ``load_cues``) that ``wanted`` keeps."""
    return frozenset(" ".join(cue.lemmas) for cues in load_cues().values() for cue in cues if wanted(cue))


@lru_cache(maxsize=1)
def _statement_verbs() -> frozenset[str]:
    """Speech verbs that state ("заявил", "сообщил", "объявил"), flagged with nothing in ``data/speech_verbs.tsv``:
    not an opinion ("считает, что ..."), a denial, a demand or a warning ("предупредил, что введёт ...")."""
    return _speech_verbs(lambda cue: cue.aspect in ("perf", "impf") and cue.speaker == "subj" and not cue.flags)


@lru_cache(maxsize=1)
def _denial_verbs() -> frozenset[str]:
    """Speech verbs flagged ``denial`` in ``data/speech_verbs.tsv`` ("отрицает", "опроверг")."""
    return _speech_verbs(lambda cue: "denial" in cue.flags)


@lru_cache(maxsize=1)
def _promise_verbs() -> frozenset[str]:
    """Speech verbs the quotes stage flags as promises ("пообещал", "заверил")."""
    return _speech_verbs(lambda cue: "promise" in cue.flags)


# Post categories of public office (data/posts.tsv): whose intention is a state's or a body's commitment.
_PUBLIC_POSTS = frozenset({"head_of_state", "head_of_government", "minister", "deputy", "legislator", "diplomat",
                           "official", "military", "judge", "party"})
# Nouns of public bodies and their members beside data/institutions.tsv: "депутаты намереваются", "республиканцы
# планируют", "страны намерены", "лидеры некоторых европейских стран намерены".
_PUBLIC_WORDS = (GOVERNMENT_WORDS | ACTING_NOUNS | _BODY_WORDS) - {"народ", "общественность", "участник", "член",
                                                                    "сторона", "союз", "блок"} | {"госдума"}


@dataclass(frozen=True)
class _NoPost:
    """What a post unknown to ``data/posts.tsv`` counts as: no category, so no public office."""

    category: str = ""


_NO_POST = _NoPost()


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    """The single-word state institutions of ``data/institutions.tsv`` ("министерство", "прокуратура", "дума")."""
    return frozenset(line.strip().lower().replace("ё", "е") for line in package_file("institutions.tsv").splitlines()
                     if line.strip() and not line.startswith("#") and " " not in line.strip()) - {
        "сборная", "клуб", "команда", "ассоциация", "федерация", "союз"}


@lru_cache(maxsize=1)
def _public_people() -> frozenset[str]:
    """Full names of ``data/people.tsv``: people who led or spoke for states and major organisations."""
    return frozenset(p.name for p in load_people())


@lru_cache(maxsize=1)
def _public_surnames() -> frozenset[str]:
    return frozenset(name for p in load_people() for name in p.surnames)


@dataclass
class _Open:
    parties: tuple[str, ...]
    text: str
    status: str
    start: int
    stop: int
    sent: int
    paragraph: int


@dataclass
class _Judge:
    """What the rules ask of one article: who acts, whether a word names an act, where a clause ends."""

    doc: Doc
    actors: Actors
    lexicon: Lexicon
    vocab: Any
    cues: StatusCues

    def acts(self, i: int, first: int, last: int, speaking: bool = True) -> bool:
        """Whether word ``i`` names an actor that can commit: a state, an organisation, a body ("власти",
        "страны", "альянс"), a post ("министр") or a person known by more than a given name; not "синоптики",
        "нейросеть", "это", "разрабы", "Миша". "я" and "мы" are the speaker of their quote, and out of a quote
        only when ``speaking`` (a promise is spoken; "мы рассмотрим 10 расширений" is a blog's plan)."""
        token = self.doc.tokens[i]
        word = lemma(token)
        if word in ACTING_NOUNS or word in GOVERNMENT_WORDS or word in _BODY_WORDS or word in ORG_DESCRIPTIONS:
            return True
        if token.pos == "PROPN" and i not in self.actors.covering:
            # a name the recogniser missed ("Асад пообещал победить терроризм"), not a capitalised noun ("Разраб")
            tag = str(self.vocab(token.text.lower())[0].tag) if self.vocab(token.text.lower()) else "UNKN"
            return not tag.startswith("NOUN") or any(g in tag for g in ("Name", "Surn", "Geox", "Orgn", "Trad"))
        if word in ("он", "она", "они") and not self.actors.entities(i, first, last):
            return True  # "Взамен, они обещали не накладывать арест ...": who they are is told elsewhere
        if word in ("я", "мы"):
            # "«Я подпишу все необходимые документы ...», — написал он": the speaker, where the quotes found one
            quote = self.actors.quote_at(i)
            if quote is None or quote.speaker is None:
                return speaking
            return self._actor(quote.speaker)
        post = self.lexicon.post(word) if token.pos == "NOUN" else None
        if post is not None and post.category != "other":
            return True  # a minister, a commander; not "врачи приняли решение", "пилот принял решение"
        if word == "который":
            # "СИБУР, Газпром и ИНК, которые собираются ввести новые мощности": who "которые" are
            before = next((j for j in range(i - 1, first - 1, -1) if self.doc.tokens[j].pos in ("NOUN", "PROPN")),
                          None)
            seen = set()
            while before is not None and self.doc.tokens[before].rel == "conj" and before not in seen \
                    and first <= self.doc.tokens[before].head < before:
                seen.add(before)
                before = self.doc.tokens[before].head
            return before is not None and self.acts(before, first, last)
        return any(self._actor(e) for e in self.actors.entities(i, first, last))

    def public(self, i: int, first: int, last: int) -> bool:
        """Whether word ``i`` names a public actor, whose stated intention or decision is a commitment: a state or
        a place's authorities ("Норвегия намерена", "власти США намерены"), a state body ("Минтранс РФ планирует",
        "депутаты намереваются", "партия намерена"), a holder of a public post or a well-known public figure;
        not a company ("Wildberries планирует увеличить средний чек"), a private person ("Ричард Гир планирует
        переехать", "Николай решил срезать путь") or "я" out of a quote."""
        token = self.doc.tokens[i]
        word = lemma(token)
        if word in _PUBLIC_WORDS or word in _institutions():
            return True
        post = self.lexicon.post(word) if token.pos == "NOUN" else None
        if post is not None:
            return post.category in _PUBLIC_POSTS
        if word in ("я", "мы"):
            quote = self.actors.quote_at(i)
            return quote is not None and quote.speaker is not None and self.public_entity(quote.speaker)
        if word == "который":
            before = next((j for j in range(i - 1, first - 1, -1) if self.doc.tokens[j].pos in ("NOUN", "PROPN")),
                          None)
            return before is not None and self.public(before, first, last)
        return any(self.public_entity(e) for e in self.actors.entities(i, first, last))

    def person(self, i: int, first: int, last: int) -> bool:
        """Whether word ``i`` names one person (a name, a post, "он"), not a body or a state."""
        token = self.doc.tokens[i]
        if token.pos == "NOUN" and self.lexicon.post(lemma(token)) is not None:
            return True
        entities = self.actors.entities(i, first, last)
        return bool(entities) and all(self.actors.entity_type(e) == "PER" for e in entities)

    def public_entity(self, entity_id: str) -> bool:
        entity = next((e for e in (*self.doc.entities, *self.actors.added) if e.id == entity_id), None)
        if entity is None:
            return False
        if entity.type == "LOC":
            return True
        if entity.type == "ORG":
            # a state body by its name ("Министерство юстиции", "Минтранс РФ", "Госдума") or by the full name
            # data/orgs.tsv gives it ("Роскомнадзор": "Федеральная служба по надзору ..."), not a company
            # ("Мосбиржа": "ПАО «Московская биржа»")
            org = self.lexicon.org(entity.name)
            words = f"{entity.name} {org.full if org else ''}".lower().replace("ё", "е").split()
            return bool(words) and (words[0].startswith("мин") or any(
                w in _institutions() or w in _PUBLIC_WORDS for w in words))
        if entity.type == "PER":
            if any(p.person == entity_id and (self.lexicon.post(p.post) or _NO_POST).category in _PUBLIC_POSTS
                   for p in self.doc.posts):
                return True
            # a full name of people.tsv, or its surname where the article names no more ("Лукашенко")
            return entity.name in _public_people() or " " not in entity.name and entity.name in _public_surnames()
        return False

    def _actor(self, entity_id: str) -> bool:
        kind = self.actors.entity_type(entity_id)
        return kind in ("ORG", "LOC") or kind == "PER" and not self.private(entity_id)

    def private(self, entity_id: str) -> bool:
        """A person the article names by a given name alone, with no post, in a text of no place ("Миша обещал
        бросить свою жену", "Лиза решила уйти"): someone's private life, not a party to a commitment ("Асад
        пообещал победить терроризм в Сирии" is a head of state known by one name)."""
        entity = next((e for e in self.doc.entities if e.id == entity_id), None)
        if entity is None or entity.type != "PER" or len(entity.name.split()) != 1:
            return False
        if any(p.person == entity_id for p in self.doc.posts) or any(e.type == "LOC" for e in self.doc.entities):
            return False
        parses = self.vocab(entity.name.lower())[:2]
        tags = [str(p.tag) for p in parses]
        # a given name of the dictionary ("Миша"), not one guessed for a foreign surname ("Байден")
        return any("Name" in str(p.tag) and getattr(p, "is_known", True) for p in parses) \
            and not any("Surn" in t for t in tags)

    def subject(self, at: int, skip: Sequence[int], first: int, last: int) -> int | None:
        """The subject of verb ``at`` or of the verbs it is the infinitive or the coordinate of ("НАТО обещает
        не ослаблять", "совет выполнит обещание и создаст"), not one of the words in ``skip``; a passive's
        subject is what is done, not who does it ("Туристический налог будет введен" has no one behind it named)."""
        tokens = self.doc.tokens
        node = at
        for _ in range(4):
            if tokens[node].feats.get("Voice") == "Pass" or tokens[node].feats.get("VerbForm") == "Part":
                return None
            found = next((j for j in range(first, last) if tokens[j].head == node and j not in skip
                          and tokens[j].rel in ("nsubj", "nsubj:pass")), None)
            if found is not None and tokens[found].rel == "nsubj:pass":
                return None
            if found is not None and not _agrees(tokens, found, node, first, last):
                found = None  # "лимит ... режим хотят ввести": the parser's subject, not the verb's
            if found is not None or tokens[node].rel not in ("xcomp", "conj") \
                    or not first <= tokens[node].head < last or _under(tokens, tokens[node].head, at, first, last):
                return found  # never into the verb's own clause, where a loop of the parser may lead
            node = tokens[node].head
        return None

    def spoken_in(self, verb: int, first: int, last: int) -> bool:
        """Whether a verb with no subject says where its speakers are: "В Британии пообещали", "В Роскомнадзоре
        обещают" (a state or an organisation speaks), not "В музее обещают"."""
        tokens = self.doc.tokens
        return any(tokens[j].head == verb and tokens[j].rel == "obl" and case_word(tokens, j, first, last) in (
            "в", "во") and j in self.actors.covering and self.acts(j, first, last) for j in range(first, last))

    def names_act(self, at: int, promise: bool, first: int, last: int) -> bool:
        """Whether the words from ``at`` say what is to be done: a verb ("отменить роуминг"), a "что" clause, a
        noun ("соглашение о ..."; for a promise only an act noun: "пообещал помощь", not "обещают ливни");
        not an outlet's "пишет РБК", a bare "несколько законов", an adverb ("не ранее 1 декабря")."""
        tokens = self.doc.tokens
        while at < last - 1 and (tokens[at].text in ("«", '"', "“", "„", "»", "”")
                                 or tokens[at].pos == "ADV" and tokens[at].head < at):
            at += 1  # "пообещал «обязательно» провести чтения": the trigger's adverb, quoted, then the act
        at = _past_that(tokens, at, first, last)
        head = _head_of(tokens, at, first, last, ("case", "amod", "det", "nummod", "advmod"))
        token = tokens[head]
        word = lemma(token)
        if token.pos in ("VERB", "AUX"):
            return word not in self.cues.attributions or token.feats.get("VerbForm") == "Inf"
        if token.pos == "SCONJ" or word in ("что", "чтобы"):
            return True
        if token.pos not in ("NOUN", "PROPN"):
            return False
        if token.feats.get("Case") == "Nom" and token.head < head and self.acts(head, first, last):
            return False  # "[подписал](...) Владимир Путин", "принял лично Линус Торвальдс": who, after the verb
        if token.feats.get("Animacy") == "Anim" and token.feats.get("Case") == "Acc" and token.rel == "obj":
            return False  # "клуб подписал ещё одного игрока": whom a contract was signed with, not what it says
        if promise:
            return word in self.cues.acts
        if token.feats.get("Case") == "Gen" and case_word(tokens, head, first, last) is None \
                and word not in _DOCUMENTS:
            return False  # "(решение принято с учётом усиления неравномерности) распределения ликвидности"
        return not _vague(tokens, head, first, last, self.cues.circumstances)

    def circumstance(self, at: int, head: int, first: int, last: int) -> bool:
        """Whether the phrase of ``head`` (from word ``at``) says when, where, with or to whom, by whom or why:
        "в минувшую среду", "в Чикаго", "с правительством Норвегии", "простым горожанам", "мэром Собяниным",
        "по предложению США", "в ответ на ...", "из-за обострения ситуации"."""
        tokens = self.doc.tokens
        token = tokens[head]
        word = token.lemma.lower()
        if word in _TIME_WORDS or tokens[at].text.isdigit() and at + 1 < last and lemma(tokens[at + 1]) in _TIME_WORDS:
            return True
        if word in ("пара", "несколько", "ближайший") and head + 1 < last and lemma(tokens[head + 1]) in _TIME_WORDS:
            return True  # "в ближайшие пару дней"
        prep = case_word(tokens, head, first, last)
        case = token.feats.get("Case")
        if prep in _PARTNER_PREPS or prep in _CIRCUMSTANCE_PREPS:
            return True
        if prep in ("в", "во") and case == "Loc":
            return True
        if prep in ("по", "в", "во", "с", "со") and lemma(token) in self.cues.circumstances:
            return True
        return prep is None and token.pos in ("NOUN", "PROPN", "PRON") and case in ("Dat", "Ins")

    def attribution(self, k: int, first: int, last: int) -> int | None:
        """Where the clause ends if word ``k`` hands it to its source: ", пишет РБК", ", об этом говорится в
        ...", "— сказал Грэм", "— Reuters"; None if it does not."""
        tokens = self.doc.tokens
        token = tokens[k]
        before = _previous(tokens, k, first)
        if token.pos in ("VERB", "AUX") and lemma(token) in self.cues.attributions \
                and token.feats.get("VerbForm") == "Fin" and before is not None:
            if tokens[before].text in (",", "—", "–", "-"):
                return before
            if lemma(tokens[before]) in ("это", "как") and before > first:
                return before - 1 if lemma(tokens[before - 1]) in ("о", "об") else before
            about = next((j for j in range(max(first, k - 4), k - 1) if lemma(tokens[j]) in ("о", "об")
                          and lemma(tokens[j + 1]) == "это"), None)
            if about is not None:
                return about  # ", об этом «Интерфаксу» сообщил пресс-секретарь"
        if token.text in ("—", "–"):
            rest = [j for j in range(k + 1, last) if tokens[j].pos != "PUNCT"]
            if 0 < len(rest) <= 6 and not any(tokens[j].pos in ("VERB", "AUX") for j in rest) \
                    and any(tokens[j].pos == "PROPN" or j in self.actors.covering
                            or lemma(tokens[j]) in self.cues.attributions for j in rest):
                return k
        return None

    def clause_end(self, anchor: int, after: int, first: int, last: int, own: Sequence[int] = ()) -> int:
        """Where what was agreed ends: before a clause of its own ("подпишет договоры ... и будут обсуждаться
        ...", "обещала скупать газ, Бербок из ФРГ перестала ...") or the outlet's attribution; the verbs in
        ``own`` are the clause's own ("Франция планирует создать ...")."""
        tokens = self.doc.tokens
        for k in range(after, last):
            token = tokens[k]
            if k in own:
                continue
            if k != anchor and token.pos in ("VERB", "AUX") and token.rel in ("conj", "parataxis") and (
                    token.head == anchor or k > after and _has_subject(tokens, k, first, last)
                    or token.head < after and token.feats.get("VerbForm") == "Fin"):
                return min(j for j in range(first, last) if _under(tokens, j, k, first, last))
            if k > after and token.head == anchor and token.feats.get("VerbForm") == "Conv":
                # "обещали «перезагрузить» отношения с ЕС, оговариваясь, что ...": the speaker's aside
                aside = min(j for j in range(first, last) if _under(tokens, j, k, first, last))
                if aside >= k - 1 and tokens[k - 1].text == ",":
                    return k - 1  # (a gerund whose words reach back past its comma is the parser's slip)
            if k > after and k != anchor and token.rel == "root" and token.pos in ("VERB", "AUX"):
                # a second root after a comma and a new subject: a sentence of its own ("обещала скупать газ,
                # Бербок из ФРГ перестала ..."), not "что инноградов ..., в России будет несколько"
                comma = max((j for j in range(after + 1, k) if tokens[j].text in (",", ";")), default=None)
                if comma is not None and tokens[comma + 1].pos in ("NOUN", "PROPN") \
                        and tokens[comma + 1].feats.get("Case") == "Nom":
                    return comma
            if k > after:
                cut = self.attribution(k, first, last)
                if cut is not None:
                    return cut
        return last


def _asked_of_others(tokens: Sequence[Token], at: int, first: int, last: int) -> bool:
    """Whether a verb is what someone is asked, helped or allowed to do ("требует ввести войска", "поможет
    создать ассистента"): a demand or a tool, not the speaker's own commitment."""
    node = at
    for _ in range(3):
        if tokens[node].rel != "xcomp" or not first <= tokens[node].head < last:
            return False
        node = tokens[node].head
        if lemma(tokens[node]) in _NOT_OWN_HEADS:
            return True
    return False


def _agrees(tokens: Sequence[Token], subject: int, verb: int, first: int, last: int) -> bool:
    """Whether a subject can be its finite verb's: in the nominative, and singular with a singular verb (a plural
    verb may have coordinated singular subjects: "Россия и Китай договорились")."""
    if tokens[subject].feats.get("Case") not in (None, "Nom"):
        # "23 сотрудника подписали" counts; "оскорбление учителя планируют" is the parser's slip
        return any(tokens[j].head == subject and tokens[j].rel.startswith("nummod") for j in range(first, last))
    number = tokens[verb].feats.get("Number")
    if tokens[verb].feats.get("VerbForm") != "Fin" or number is None:
        return True
    own = tokens[subject].feats.get("Number")
    return own in (None, number) or number == "Plur" and _sides(tokens, subject, first, last)


def _sides(tokens: Sequence[Token], subject: int, first: int, last: int) -> bool:
    """Whether a subject names two sides: "шахматисты и их менеджеры"."""
    return any(tokens[j].head == subject and tokens[j].rel == "conj" for j in range(first, last))


def _personal(token: Token) -> bool:
    """Whether a verb is in a personal form ("обещали", "обещают") rather than a passive or impersonal one."""
    return token.feats.get("VerbForm") == "Fin" or token.feats.get("Tense") == "Past" and "Voice" not in token.feats


def _has_subject(tokens: Sequence[Token], k: int, first: int, last: int) -> bool:
    return any(tokens[j].head == k and tokens[j].rel in ("nsubj", "nsubj:pass") for j in range(first, last))


def _past_that(tokens: Sequence[Token], at: int, first: int, last: int) -> int:
    """The "что" of "о том, что ..." ("договорились о том, что базы будут размещаться ..."): the pronoun only
    points at the clause that says what; ``at`` itself when no such clause follows."""
    if at + 3 < last and lemma(tokens[at]) in ("о", "об", "в", "на") and lemma(tokens[at + 1]) == "тот" \
            and tokens[at + 2].text == "," and lemma(tokens[at + 3]) in ("что", "чтобы"):
        return at + 3
    return at


def _head_of(tokens: Sequence[Token], at: int, first: int, last: int, rels: Sequence[str]) -> int:
    """The word a modifier or preposition at ``at`` belongs to, after it."""
    head = at
    while tokens[head].rel in rels and head < tokens[head].head < last:
        head = tokens[head].head  # forward only: "не ранее 1 декабря" never climbs back to its verb
    return head


def _previous(tokens: Sequence[Token], k: int, first: int) -> int | None:
    """The word before ``k``, past markdown ("контакт**, заявляют СМИ")."""
    j = k - 1
    while j >= first and not tokens[j].text.strip("*_~`["):
        j -= 1
    return j if j >= first else None


def _vague(tokens: Sequence[Token], head: int, first: int, last: int, circumstances: frozenset[str]) -> bool:
    """A document with nothing said of it: "несколько законов", "три важных контракта", "документ по
    достижении договорённости"; not "все необходимые документы, чтобы обложить ..." (a purpose follows)."""
    kids = [j for j in range(first, last) if tokens[j].head == head and j != head]
    word = lemma(tokens[head])
    if word in _DOCUMENTS:
        bare = all(tokens[j].rel.split(":")[0] in ("amod", "det", "nummod", "case", "punct")
                   or lemma(tokens[j]) in circumstances for j in kids)
        return bare and not any(tokens[j].pos in ("VERB", "AUX") or lemma(tokens[j]) == "чтобы"
                                for j in range(head + 1, last))
    if tokens[head].pos == "NUM" or word in ("несколько", "ряд", "десяток", "множество"):
        docs = [j for j in kids if lemma(tokens[j]) in _DOCUMENTS]
        return bool(docs) and all(_vague(tokens, j, first, last, circumstances) for j in docs)
    return False


def _describes(tokens: Sequence[Token], at: int) -> bool:
    """Whether a status cue is a participle describing a noun ("Договора о коллективной безопасности,
    подписанного 15 мая 1992 года", "открытый в 2010 году центр"): it tells that noun's past, not how far the
    commitment before it has gone ("Документы уже подписаны" is the commitment's predicate)."""
    token = tokens[at]
    return token.feats.get("VerbForm") == "Part" and token.rel.startswith(("acl", "amod"))


def _paragraph(doc: Doc, offset: int) -> int:
    return doc.text.count("\n", 0, offset)


def _advance(current: str, new: str) -> str:
    if current in FINAL:
        return current
    if new in FINAL:
        return new
    return new if STATUS_ORDER.index(new) > STATUS_ORDER.index(current) else current


def find_commitments(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    """The commitments stage; reads the events, quotes and one pass of status cues over the tokens."""
    if not doc.tokens:
        return doc
    actors = Actors(doc, lexicon)
    cues = load_status_cues()
    judge = _Judge(doc, actors, lexicon, vocab, cues)
    dyad = article_dyad(doc, actors, doc.events)
    found: list[_Open] = []
    events_by_sent: dict[int, list[Event]] = {}
    for event in doc.events:
        events_by_sent.setdefault(_sent_of(doc, event.start), []).append(event)
    tokens = doc.tokens
    for index, sent in enumerate(doc.sents):
        for event in events_by_sent.get(index, ()):
            if event.type != "AGREE" or event.modality == "negated" or _of_a_noun(tokens, event, sent.first, sent.last):
                continue
            what = _what_after_trigger(judge, event, sent.first, sent.last)
            status = AGREE_STATUS.get(event.mode or "", "decided")
            if event.modality == "future":
                status = "promised"
            elif event.modality == "hypothetical":
                status = "discussed"
            if what is None:
                _update(found, doc, index, status)
                continue
            parties = _parties(actors, event.participants) or (dyad or ())
            if parties and all(judge.private(p) for p in parties):
                continue  # "Лиза решила уйти к другому": a private life, no commitment
            found.append(_Open(parties, what[2], status, what[0], what[1], index, _paragraph(doc, what[0])))
        _unnamed_agreements(judge, events_by_sent.get(index, ()), sent.first, sent.last, index, found)
        termed = _by_document(judge, sent.first, sent.last)
        if termed is not None and not _covered(found, termed[1], termed[2]):
            found.append(_Open(dyad or (), termed[3], termed[0], termed[1], termed[2], index,
                               _paragraph(doc, termed[1])))
        for i in range(sent.first, sent.last):
            for cue in cues.by_first.get(lemma(tokens[i]), ()):
                where = _cue_at(tokens, i, sent.first, sent.last, cue)
                if where is None:
                    continue
                mood = modality(tokens, where, sent.first, sent.last)
                if mood == "negated":
                    break
                if cue.role == "update" and mood == "asserted" and not _describes(tokens, where):
                    _update(found, doc, index, cue.status, tokens[where].start)
                elif cue.role == "intent" and mood != "hypothetical":
                    intended = _intended(judge, where, cue.status, sent.first, sent.last)
                    if intended is not None and not _covered(found, intended[1][0], intended[1][1]):
                        parties, (begin, end, text) = intended
                        found.append(_Open(parties or dyad or (), text, cue.status, begin, end, index,
                                           _paragraph(doc, begin)))
                elif cue.role in ("open", "future") and (cue.role == "open" or mood == "future"):
                    opened = _project(judge, where, sent.first, sent.last, cue.role == "future")
                    if opened is not None and not _covered(found, opened[0], opened[1]):
                        found.append(_Open(dyad or (), opened[2], cue.status, opened[0], opened[1], index,
                                           _paragraph(doc, opened[0])))
                break
    _quote_promises(judge, found)
    _announced_acts(judge, found)
    commitments = tuple(c for c in (_readable(doc, o) for o in sorted(found, key=lambda c: c.start)) if c)
    return replace(doc, commitments=_distinct(doc, actors, commitments))


# How much of the shorter of two commitments' content words the longer must hold for them to be one told twice.
SAME_SHARE = 0.75
# Parts of speech whose lemmas say what a commitment is about (not prepositions, conjunctions, pronouns).
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "X"})


def _content(doc: Doc, actors: Actors, commitment: Commitment) -> tuple[frozenset[str], frozenset[str]]:
    """The words a commitment's text is about (a name as its entity, so "РФ" and "России" are one), and of
    them its names and numbers: what tells one law, one country's tariff or one sum from another."""
    words: set[str] = set()
    names: set[str] = set()
    for i, token in enumerate(doc.tokens):
        if token.start < commitment.start or token.start >= commitment.stop:
            continue
        mention = actors.covering.get(i)
        if mention is not None:
            key = f"@{actors.state(mention.entity) or mention.entity}"
            words.add(key)
            names.add(key)
        elif token.pos in _CONTENT_POS or token.text.isdigit():
            key = lemma(token)
            words.add(key)
            if token.pos in ("PROPN", "NUM") or any(c.isdigit() for c in token.text):
                names.add(key)
    return frozenset(words), frozenset(names)


def _distinct(doc: Doc, actors: Actors, commitments: Sequence[Commitment]) -> tuple[Commitment, ...]:
    """One commitment for one act told twice in an article: a headline and its lede ("Путин подписал закон о
    повышении пенсионного возраста" twice), a summary and its retelling ("пообещал, что передача власти будет
    мирной" again after a subtitle), a post's first line and its body. Two are one when they have one status,
    parties that do not differ, and the longer holds at least ``SAME_SHARE`` of the shorter's content words (at
    least two); not when each names a place, a person or a number the other does not ("пошлины на товары из
    Мексики" and "... из Китая" are two). The one with more content words stays, where it stands."""
    if len(commitments) < 2:
        return tuple(commitments)
    contents = [_content(doc, actors, c) for c in commitments]
    dropped: set[int] = set()
    for k, one in enumerate(commitments):
        for j in range(k + 1, len(commitments)):
            other = commitments[j]
            if k in dropped or j in dropped or one.status != other.status:
                continue
            if one.parties and other.parties and not set(one.parties) & set(other.parties):
                continue
            (words, names), (words2, names2) = contents[k], contents[j]
            shared = len(words & words2)
            if shared < 2 or shared < SAME_SHARE * min(len(words), len(words2)):
                continue
            if names - names2 and names2 - names:
                continue
            dropped.add(j if len(words2) <= len(words) else k)
    return tuple(c for k, c in enumerate(commitments) if k not in dropped)


def _readable(doc: Doc, found: _Open) -> Commitment | None:
    """The commitment as a reader gets it: no question ("Какие советы вы бы дали тем, кто хочет создать ...?",
    "сейчас, а не до выборов?"), no emoji or markdown at its edges, no markdown or link addresses inside
    ("закон **о запрете ...**" -> "закон о запрете ..."); start and stop still cut the text it came from."""
    if _asked(doc, found.start):
        return None
    start, stop = found.start, found.stop
    while start < stop and not (doc.text[start].isalnum() or doc.text[start] in _EDGE_OK):
        start += 1
    while stop > start and not (doc.text[stop - 1].isalnum() or doc.text[stop - 1] in _EDGE_OK):
        stop -= 1
    text = _URL_END.sub("", _TAIL_LINK.sub("", _LINK.sub(r"\1", doc.text[start:stop])))
    text = " ".join(_MARKDOWN.sub("", text).split()).strip(_TRAILING + "*_[]")
    while text.rsplit(" ", 1)[-1] in ("но", "и", "а", "или") and " " in text:
        text = text.rsplit(" ", 1)[0].rstrip(_TRAILING)  # "применять смертную казнь к наркоторговцам, но"
    if text.endswith(")") and "(" not in text:
        text = text[:-1].rstrip(_TRAILING)
    if text.count("«") > text.count("»") and doc.text[stop:stop + 1] == "»":
        text += "»"  # "согласился на перемирие с «Хезболлой»"
    if text.count("»") > text.count("«") and doc.text[start - 1:start] == "«":
        text = "«" + text  # "обещали «перезагрузить» отношения с ЕС"
    if len(text.split()) < MIN_WORDS or text.endswith("?") or _indirect_question(text):
        return None
    return Commitment(parties=found.parties, text=text, status=found.status, start=start, stop=max(stop, start))


# Words that open an indirect question: "другой вопрос – как этот труд должен быть организован" asks how, it
# promises nothing. "что" is left out: "пообещал, что центр будет создан" is a promise.
_QUESTION_WORDS = frozenset({"как", "каким", "какой", "какая", "какое", "какие", "когда", "где", "куда", "откуда",
                             "почему", "зачем", "отчего", "кто", "ли", "сколько", "насколько"})


def _indirect_question(text: str) -> bool:
    """Whether the "what" opens with a question word ("как этот труд должен быть организован", "когда будет
    построен мост"): an indirect question, asked, not committed to."""
    first = text.split(maxsplit=1)[0].lower().strip("«\"(")
    return first in _QUESTION_WORDS


def _asked(doc: Doc, offset: int) -> bool:
    """Whether the sentence at ``offset`` is a question: what it asks commits no one."""
    sent = doc.sents[_sent_of(doc, offset)]
    ending = doc.text[sent.start:sent.stop].rstrip()
    while ending and not (ending[-1].isalnum() or ending[-1] in "?!."):
        ending = ending[:-1].rstrip()
    return ending.endswith("?")


def _unnamed_agreements(judge: _Judge, events: Sequence[Event], first: int, last: int, index: int,
                        found: list[_Open]) -> None:
    """Agreements and promises whose parties the text leaves unnamed ("страны — члены альянса договорились
    начать вывод войск", "альянс обещает не оставлять ...") are commitments all the same, of no named party;
    one whose subject is no actor ("синоптики обещают", "врачи приняли решение") is none."""
    doc = judge.doc
    tokens = doc.tokens
    modes = {e.mode for e in events if e.type == "AGREE"}
    for match in match_sentence(load_triggers(), tokens, first, last):
        if match.trigger.type != "AGREE" or match.trigger.mode in modes or match.trigger.pos == "noun":
            continue
        if match.trigger.words in JOINT:
            continue  # "все вопросы ... будут решены": "решить" agrees only between two sides the events name
        if tokens[match.anchor].rel.startswith(("acl", "amod")):
            continue  # "договоренности, достигнутые ранее": an earlier one
        if _infinitive_of_noun(tokens, match.anchor, first, last):
            continue  # "шансов договориться почти не осталось"
        mood = modality(tokens, match.anchor, first, last)
        if mood in ("negated", "hypothetical") or retyped(tokens, match, first, last).trigger.type != "AGREE":
            continue  # "согласилась открыть коды" is yielding, not an agreement
        subject = judge.subject(match.anchor, match.tokens, first, last)
        if subject is not None and not judge.acts(subject, first, last) and (
                match.trigger.mode in ("promise", "decide") or not _sides(tokens, subject, first, last)):
            # one side's promise or decision ("синоптики обещают", "врачи приняли решение"), one's yielding
            # ("Интернам приходится соглашаться на менее выгодные условия"); two sides named may agree ("Оба
            # шахматиста и их менеджеры согласовали все технические детали матча")
            continue
        if match.trigger.mode == "promise" and subject is None and _personal(tokens[match.anchor]) \
                and not judge.spoken_in(match.anchor, first, last):
            continue  # "им обещали заплатить 120 тысяч", "В музее обещают вернуть деньги": a promise of no one

        if _asked_of_others(tokens, match.anchor, first, last):
            continue  # "Бонни требует от участников ... подписать согласие на съёмку"
        if tokens[match.anchor].feats.get("VerbForm") == "Conv":
            continue  # "развели на миллионы рублей, обещая вылечить от рака": how a deed was done, not a promise
        event = Event(type="AGREE", mode=match.trigger.mode, source=None, target=None, participants=(), place=None,
                      date=None, date_text=None, modality=mood, cameo=match.trigger.cameo,
                      start=doc.sents[index].start, stop=doc.sents[index].stop, text="")
        what = _what_after_trigger(judge, event, first, last)
        if what is None or _covered(found, what[0], what[1]):
            continue
        status = "promised" if mood == "future" else "discussed" if mood == "hypothetical" else \
            AGREE_STATUS.get(match.trigger.mode or "", "decided")
        found.append(_Open((), what[2], status, what[0], what[1], index, _paragraph(doc, what[0])))


def _sent_of(doc: Doc, offset: int) -> int:
    for index, sent in enumerate(doc.sents):
        if sent.start <= offset < sent.stop:
            return index
    return len(doc.sents) - 1


def _parties(actors: Actors, participants: Sequence[str]) -> tuple[str, ...]:
    states = [actors.state(p) or p for p in participants]
    return tuple(dict.fromkeys(states))


def _covered(found: Sequence[_Open], start: int, stop: int) -> bool:
    return any(c.start < stop and start < c.stop for c in found)


def _update(found: list[_Open], doc: Doc, index: int, status: str, offset: int | None = None) -> None:
    """A status cue speaks of the latest commitment of its paragraph, a few sentences back at most; a cue word
    at ``offset`` inside that commitment's own words or before them is not about it ("принято решение открыть
    дворцы бракосочетания" is decided, not done; "вертолёт начал вращаться, пилот принял решение сесть")."""
    paragraph = _paragraph(doc, doc.sents[index].start)
    for item in reversed(found):
        if item.paragraph == paragraph and 0 <= index - item.sent <= REACH:
            if offset is None or item.sent != index or offset >= item.stop:
                item.status = _advance(item.status, status)
            return


def _clip(doc: Doc, actors: Actors, start: int, stop: int, at: int) -> tuple[int, int, str] | None:
    """The text between start and stop, cut at the end of the quote it stands in and trimmed."""
    quote = actors.quote_at(at)
    if quote is not None:
        stop = min(stop, quote.stop)
    text = doc.text[start:stop]
    trimmed = text.strip(_TRAILING)
    if trimmed.endswith(")") and "(" not in trimmed:
        trimmed = trimmed[:-1]
    if len(trimmed.split()) < MIN_WORDS:
        return None
    begin = start + text.index(trimmed)
    return begin, begin + len(trimmed), trimmed


def _of_a_noun(tokens: Sequence[Token], event: Event, first: int, last: int) -> bool:
    """Whether an agreement's verb is an infinitive a noun governs: "шансов договориться с ним оставалось всё
    меньше", "попытка договориться", "возможность подписать": a chance or an attempt named, nothing agreed."""
    for match in match_sentence(load_triggers(), tokens, first, last):
        if match.trigger.type == "AGREE" and match.trigger.mode == event.mode:
            return _infinitive_of_noun(tokens, match.anchor, first, last)
    return False


def _infinitive_of_noun(tokens: Sequence[Token], at: int, first: int, last: int) -> bool:
    token = tokens[at]
    return token.feats.get("VerbForm") == "Inf" and first <= token.head < last \
        and tokens[token.head].pos == "NOUN" and token.rel.split(":")[0] in ("nmod", "acl")


def _what_after_trigger(judge: _Judge, event: Event, first: int, last: int) -> tuple[int, int, str] | None:
    """What was agreed: the words after the trigger up to the end of its clause or quote.
    "принято решение создать в индустриальной зоне ..." -> "создать в индустриальной зоне ..."."""
    doc = judge.doc
    tokens = doc.tokens
    for match in match_sentence(load_triggers(), tokens, first, last):
        if match.trigger.type == "AGREE" and match.trigger.mode == event.mode:
            if tokens[match.anchor].pos == "NOUN" and case_word(tokens, match.anchor, first, last) in (
                    "при", "после", "перед", "до"):
                return None  # "При подписании нового соглашения министр заявил": a circumstance
            if any(lemma(tokens[j]) == "как" for j in range(max(first, match.anchor - 2), match.anchor)):
                return None  # "дуб, как и обещали, частично переделали": an earlier promise named, not its what
            after = _past_that(tokens, _skip_circumstances(judge, max(match.tokens) + 1, first, last), first, last)
            if after >= last or not _content_starts(tokens, after, match.tokens, first, last) \
                    or not judge.names_act(after, event.mode == "promise", first, last):
                # "заключили мирный договор": the kind says what, where the event names who signed it (not
                # "заключили брачный договор" of no one named)
                kind = _kind_of_document(tokens, match.tokens, match.anchor, first, last) \
                    if event.participants else None
                return None if kind is None else _clip(doc, judge.actors, tokens[kind].start,
                                                       tokens[max(match.tokens)].stop, match.anchor)
            # "подпишет договоры по строению АЭЦ ... и будут обсуждаться ...": a clause of its own ends it
            end = judge.clause_end(match.anchor, after, first, last)
            if end <= after:
                return None
            begin = _document_first(tokens, match.tokens, match.anchor, after, first, last)
            return _clip(doc, judge.actors, tokens[begin].start, tokens[end - 1].stop, match.anchor)
    return None


# Adjectives that say nothing of what a document is about: "три важных контракта", "новое соглашение".
_VAGUE_ADJECTIVES = frozenset({"важный", "важнейший", "новый", "крупный", "большой", "главный", "ключевой",
                               "первый", "второй", "очередной", "последний", "другой", "необходимый", "ряд",
                               "соответствующий", "отдельный", "несколько", "многий", "какой-то", "некий",
                               "исторический", "беспрецедентный", "окончательный", "предварительный", "долгожданный",
                               "конкретный", "определенный", "серьезный", "значительный", "масштабный", "широкий",
                               "всеобъемлющий", "взаимовыгодный", "договорный", "совместный"})


def _kind_of_document(tokens: Sequence[Token], trigger: Sequence[int], anchor: int, first: int,
                      last: int) -> int | None:
    """Where "мирный договор" begins when a trigger ends in its document and nothing after it says what
    ("заключили мирный договор и договорились сотрудничать", "подписали торговое соглашение"): the adjective
    names the kind of agreement, so the words from it to the document say what was agreed; None for a document
    with no such adjective ("подписал три важных контракта", "заключили соглашение")."""
    document = max(trigger)
    if document <= anchor or lemma(tokens[document]) not in _DOCUMENTS or lemma(tokens[document]) == "решение":
        return None
    kids = [j for j in range(first, document) if tokens[j].head == document and j > anchor]
    if not kids or any(tokens[j].rel != "amod" or tokens[j].pos != "ADJ" or lemma(tokens[j]) in _VAGUE_ADJECTIVES
                       or tokens[j].feats.get("VerbForm") == "Part" for j in kids):
        return None
    return min(kids)


def _document_first(tokens: Sequence[Token], trigger: Sequence[int], anchor: int, after: int, first: int,
                    last: int) -> int:
    """Where the what begins when the trigger ends in its document: "заключили договоры на новое жильё" ->
    "договоры на новое жильё" (not "на новое жильё"), when what follows hangs on the document; a topic after
    "о" says what alone ("соглашение о взаимной отмене виз" -> "о взаимной отмене виз")."""
    document = max(trigger)
    if document <= anchor or lemma(tokens[document]) not in _DOCUMENTS or lemma(tokens[document]) in (
            "решение", "договоренность"):  # "принято решение создать ..." says what without its "решение"
        return after
    if case_word(tokens, _head_of(tokens, after, first, last, ("case",)), first, last) in ("о", "об", "обо"):
        return after  # "подписали соглашение о взаимной отмене виз" -> "о взаимной отмене виз" says what already
    return document if _under(tokens, after, document, first, last) else after


def _content_starts(tokens: Sequence[Token], at: int, trigger: Sequence[int], first: int, last: int) -> bool:
    """Whether the words after an agreement's trigger say what was agreed ("о взаимной отмене виз",
    "создать центр", "крупные договоры по строению АЭЦ") rather than when, where, with whom or by whom it was
    ("в минувшую пятницу в Чикаго", "с чемпионом мира Топаловым", "(решение приняли) министры ЕС")."""
    head = tokens[at]
    seen = {at}
    # the nominal a preposition or modifier belongs to (slovnet's heads may loop: each word is visited once)
    while head.rel in ("case", "amod", "det", "nummod") and first <= head.head < last and head.head not in seen:
        seen.add(head.head)
        head = tokens[head.head]
    return not (head.rel in ("nsubj", "nsubj:pass") and head.head in trigger)  # not a subject after its verb


def _skip_circumstances(judge: _Judge, at: int, first: int, last: int) -> int:
    """The first word after ``at`` past punctuation and phrases of time, place, partner, addressee, agent and
    cause ("в минувшую среду 12 мая", "в Чикаго", "с правительством Норвегии", "простым горожанам"):
    "подписали в минувшую среду соглашение о ..." says what after them."""
    tokens = judge.doc.tokens
    while at < last:
        token = tokens[at]
        if token.text == "]" and at + 1 < last and tokens[at + 1].text == "(":
            # "телеканал [пообещал](https://...) предоставить эфир": past the link's address
            at = next((j + 1 for j in range(at + 2, last) if tokens[j].text == ")"), at + 1)
            continue
        if token.pos == "PUNCT" and token.text not in "«\"" or token.pos == "ADV" and token.head < at \
                or token.rel in ("discourse", "fixed"):  # "пообещал, в частности, повысить пошлины"
            at += 1  # "пообещал сразу после вступления в должность повысить ...": an adverb of the trigger
            continue
        head = at
        while tokens[head].rel in ("case", "amod", "det", "nummod", "advmod") and first <= tokens[head].head < last \
                and tokens[head].head > head:
            head = tokens[head].head
        if not judge.circumstance(at, head, first, last):
            return at
        # past the phrase and all the words hung on it, unless a verb of its own stands between ("после
        # вступления в должность | повысить пошлины на товары из Мексики": the parser hung "Мексики" on the phrase)
        below = [j for j in range(first, last) if _under(tokens, j, head, first, last)]
        end = max(max(below), at) + 1
        verb = next((j for j in range(at, end) if tokens[j].pos == "VERB" and j not in below), None)
        at = end if verb is None else max(verb, at + 1)
    return at


def _under(tokens: Sequence[Token], j: int, head: int, first: int, last: int) -> bool:
    for _ in range(8):
        if j == head:
            return True
        if not first <= j < last:
            return False
        j = tokens[j].head
    return False


def _cue_at(tokens: Sequence[Token], i: int, first: int, last: int, cue: Cue) -> int | None:
    """The anchor of a cue phrase starting at token i, or None."""
    used = [i]
    for word in cue.words[1:]:
        near = [j for j in range(max(first, i - 4), min(last, i + 5)) if j not in used and lemma(tokens[j]) == word]
        if not near:
            return None
        used.append(near[0])
    verbs = [j for j in used if tokens[j].pos in ("VERB", "AUX")]
    return verbs[0] if verbs else i


def _project(judge: _Judge, at: int, first: int, last: int, future: bool) -> tuple[int, int, str] | None:
    """What an opening cue speaks of: "обсуждалось создание молочно-товарных комплексов ..." (a project noun
    as subject or object, to the end of the sentence); for "будет создан центр", its clause. A subject that is
    no actor opens nothing ("звёздная пара обсуждают создание фермы", "мы рассмотрим 10 расширений")."""
    if future:
        return _planned(judge, at, first, last)
    tokens = judge.doc.tokens
    for j in range(first, last):
        if tokens[j].head == at and tokens[j].rel in ("nsubj", "nsubj:pass", "obj") \
                and lemma(tokens[j]) in judge.cues.projects:
            subject = judge.subject(at, (j,), first, last)
            if subject is not None and not judge.acts(subject, first, last, speaking=False):
                return None
            end = judge.clause_end(at, j, first, last)  # "..., сообщил Володин": the source is not the project
            return _clip(judge.doc, judge.actors, tokens[j].start, tokens[max(end, j + 1) - 1].stop, at)
    return None


def _planned(judge: _Judge, at: int, first: int, last: int) -> tuple[int, int, str] | None:
    """A plan said in the future ("Турналог введут ещё в пяти регионах", "Франция планирует создать ракету"):
    the clause of its verb, when an actor stands behind it or no one is named (an unnamed government's "введут",
    "будет создан"). Not a request ("требует ввести войска"), a tool's use ("поможет создать ассистента",
    "введите промокод", "как организовать работу"), a past wish ("решил создать книгу"), or what a thing will do
    ("нейросеть создаст чертёж", "Это создаст бинарный файл")."""
    tokens = judge.doc.tokens
    top = at
    chain = [at]
    while first <= tokens[top].head < last and tokens[top].head not in chain and (
            tokens[top].rel == "xcomp" or tokens[top].rel == "conj" and not _has_subject(tokens, top, first, last)):
        top = tokens[top].head
        chain.append(top)
        if lemma(tokens[top]) in _NOT_OWN_HEADS:
            return None
    verb = tokens[top]
    if verb.pos not in ("VERB", "AUX", "ADJ"):
        return None  # "— введите его": a command the tagger took for a noun
    if verb.feats.get("Mood") == "Imp" or verb.feats.get("Tense") == "Past" and verb.feats.get("VerbForm") == "Fin":
        return None
    if verb.pos in ("VERB", "AUX") and verb.feats.get("VerbForm") == "Inf" and not any(
            tokens[j].head == top and tokens[j].rel == "aux" for j in range(first, last)):
        return None  # "как организовать работу"; not "Он будет мешать ... и введёт пошлины"
    subject = judge.subject(at, (), first, last)
    if subject is not None and not judge.acts(subject, first, last):
        return None
    inside = [j for j in range(first, last) if _under(tokens, j, top, first, last)]
    begin, end = min(inside), max(inside) + 1
    begin = _past_lead(judge, begin, end)
    end = min(end, judge.clause_end(at, begin, first, last, chain)) if begin < end else end
    if begin >= end:
        return None
    return _clip(judge.doc, judge.actors, tokens[begin].start, tokens[end - 1].stop, at)


def _intended(judge: _Judge, at: int, status: str, first: int, last: int
              ) -> tuple[tuple[str, ...], tuple[int, int, str]] | None:
    """What an actor means or has decided to do: the infinitive an intention or a decision governs ("Совет
    предполагает оказывать помощь ...", "объявил о своём намерении отозвать лицензию", "Минюст решил передать
    хакера", "было решено не устраивать маршей"), to the end of its clause, with the actor as its party. The
    intender must be a public actor (``_Judge.public``: "Wildberries планирует", "Ричард Гир планирует переехать",
    "я решил купить" out of a quote are no commitments), and a decision a body's, not one person's own choice
    ("Пашинян решил изменить имидж"); an intention told in the past ("собирался создать") is no plan now, a
    decision ("решил") stands; a passive decision ("было решено") may name no one."""
    tokens = judge.doc.tokens
    cue = tokens[at]
    verb = next((j for j in range(at + 1, last) if tokens[j].head == at and tokens[j].pos == "VERB"
                 and tokens[j].feats.get("VerbForm") == "Inf"
                 and tokens[j].rel.split(":")[0] in ("xcomp", "nmod", "acl", "csubj")), None)
    if verb is None or _asked_of_others(tokens, at, first, last) or lemma(tokens[verb]) in _NO_ACT_VERBS:
        return None  # "планируют жить в Вашингтоне", "намерена узнать, можно ли": no act of theirs
    if any(c.role == "open" or c.role == "future" and status != "decided"
           for c in judge.cues.by_first.get(lemma(tokens[verb]), ())):
        # "Франция планирует создать ракету", "Госдума планирует рассмотреть проект": a plan the future and
        # opening cues read (with its subject; as discussed)
        return None
    past = cue.feats.get("Tense") == "Past" and cue.feats.get("VerbForm") == "Fin"
    if past and status != "decided":
        return None  # "собирался создать", "планировал построить": an old plan, maybe given up
    if cue.feats.get("Mood") == "Imp":
        return None  # "решите сами", "планируйте заранее": advice
    passive = cue.feats.get("Voice") == "Pass"
    node = at
    for _ in range(3):  # "Киев отрицает намерение создать ...", "опроверг предположения, что ... решено отложить"
        if not first <= tokens[node].head < last:
            break
        node = tokens[node].head
        if lemma(tokens[node]) in _denial_verbs():
            return None  # an intention or a decision denied
    owner = at
    if cue.pos == "NOUN":
        # "объявил о своём намерении": the intention is its verb's subject's
        if case_word(tokens, at, first, last) in ("с", "со"):
            return None  # "позвонил с намерением обсудить": the purpose of an act, not a plan told
        owner = tokens[at].head if first <= tokens[at].head < last else at
        if any(tokens[j].head == at and tokens[j].rel == "nmod" and tokens[j].feats.get("Case") == "Gen"
               for j in range(at + 1, verb)):
            return None  # "Познер заявил о намерении США «наказать» Россию": one side's claim of another's plan
        subject = judge.subject(owner, (), first, last) if tokens[owner].pos in ("VERB", "AUX") else None
    else:
        subject = judge.subject(at, (), first, last)
    if subject is None and not passive or subject is not None and not judge.public(subject, first, last):
        return None
    if status == "decided" and subject is not None and judge.person(subject, first, last):
        return None  # "Пашинян решил изменить имидж", "Хантсмен решил выйти из гонки": a person's own choice
    inside = [j for j in range(first, last) if _under(tokens, j, verb, first, last) and j >= verb]
    end = min(max(inside) + 1, judge.clause_end(verb, verb, first, last))
    begin = verb
    while begin > at + 1 and tokens[begin - 1].pos == "PART":
        begin -= 1  # "решено не устраивать никаких маршей"
    what = _clip(judge.doc, judge.actors, tokens[begin].start, tokens[max(end, begin + 1) - 1].stop, verb)
    if what is None:
        return None
    parties = _parties(judge.actors, judge.actors.entities(subject, first, last)) if subject is not None else ()
    return parties, what


# Agreements whose terms a clause may be told by ("По договору ..., Китай будет получать нефть 20 лет", "В
# соответствии с соглашением ..."), with the status their existence tells. Not "документ": "Согласно документу,
# игра выйдет осенью" is a leaked plan, "согласно документу ... подпадают" a law.
_TERM_DOCUMENTS = {"договор": "signed", "соглашение": "signed", "контракт": "signed", "меморандум": "signed",
                   "договоренность": "decided"}


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip() for line in package_file("speech_verbs.tsv").splitlines()
                     if line.strip() and not line.startswith("#"))


def _by_document(judge: _Judge, first: int, last: int) -> tuple[str, int, int, str] | None:
    """A clause told as the terms of an agreement: "По договору между двумя странами ..., Поднебесная будет
    получать нефть 20 лет", "В соответствии с соглашением общее число боезарядов не должно превышать 1550
    единиц": what the clause says is what was agreed (signed for a document, decided for a договорённость).
    Only a clause of what is to hold (not in the past: "по договору Россия получила ..." tells a deed) and not
    a speech verb's ("Согласно документам дела, следствие полагает ...")."""
    tokens = judge.doc.tokens
    for j in range(first, last):
        status = _TERM_DOCUMENTS.get(lemma(tokens[j]))
        if status is None or tokens[j].rel != "obl" or tokens[j].feats.get("Number") == "Plur":
            continue
        words = [lemma(tokens[k]) for k in range(max(first, j - 3), j)]
        if not (words[-1:] and words[-1] in ("по", "согласно") or words[-3:] == ["в", "соответствие", "с"]):
            continue
        root = tokens[j].head
        if not j < root < last or tokens[root].rel != "root" or lemma(tokens[root]) in _speech_lemmas():
            continue
        if tokens[root].feats.get("Tense") == "Past" and tokens[root].feats.get("VerbForm") == "Fin" \
                or modality(tokens, root, first, last) in ("negated", "hypothetical") and \
                tokens[root].pos != "ADJ":
            continue
        below = [k for k in range(first, last) if _under(tokens, k, j, first, last)]
        begin = max(below) + 1
        while begin < root and tokens[begin].pos == "PUNCT":
            begin += 1
        if begin > root:
            continue
        end = judge.clause_end(root, begin, first, last)
        what = _clip(judge.doc, judge.actors, tokens[begin].start, tokens[max(end, begin + 1) - 1].stop, root)
        if what is not None:
            return status, what[0], what[1], what[2]
    return None


def _past_lead(judge: _Judge, begin: int, end: int) -> int:
    """The first word of a plan's clause past its source and its conjunction: "По данным Reuters, совет
    создаст ..." -> "совет создаст ...", "что Трамп планирует ..." -> "Трамп планирует ...", "⚡️Challenges:
    Франция планирует ..." -> "Франция планирует ..."."""
    tokens = judge.doc.tokens
    words = [j for j in range(begin, end) if tokens[j].text.strip("*_~`")]
    if len(words) > 2 and lemma(tokens[words[0]]) == "по" and lemma(tokens[words[1]]) in judge.cues.circumstances:
        comma = next((j for j in range(begin, end) if tokens[j].text == ","), None)
        if comma is not None:
            begin = comma + 1
    colon = next((j for j in range(begin, min(end, begin + 4)) if tokens[j].text == ":"), None)
    if colon is not None:
        begin = colon + 1
    while begin < end and (tokens[begin].pos in ("PUNCT", "CCONJ") or lemma(tokens[begin]) in ("что", "чтобы",
                                                                                              "когда")):
        begin += 1
    return begin


def _denied(text: str, quote: Quote) -> bool:
    """Whether a promise's cue is negated or said by no one: "не гарантирует", "Никто не обещал"."""
    at = text.rfind(quote.cue, 0, quote.start) if quote.cue else -1
    before = text[max(0, at - 12):at].lower().split() if at >= 0 else []
    return quote.speaker_text.lower() in ("никто", "ни один") or bool(before) and before[-1] in ("не", "ни")


def _quote_promises(judge: _Judge, found: list[_Open]) -> None:
    """"X пообещал, что ..." : the quote is a promise of its speaker (or the speaker's state), if the speaker
    can commit ("Миша пообещал, что ..." is a private matter)."""
    doc = judge.doc
    verbs = _promise_verbs()
    for quote in doc.quotes:
        words = quote.cue.lower().split()
        if not words or not quote.speaker:
            continue
        lemmas = {p.normal_form for p in judge.vocab(words[0])[:2]}
        if not lemmas & verbs or _covered(found, quote.start, quote.stop) or judge.private(quote.speaker):
            continue
        if _denied(doc.text, quote):
            continue  # "Никто не гарантирует, что ядерное оружие не будет задействовано": no one promised
        party = judge.actors.state(quote.speaker) or quote.speaker
        found.append(_Open((party,), quote.text, "promised", quote.start, quote.stop,
                           _sent_of(doc, quote.start), _paragraph(doc, quote.start)))


# Verbs that tell no act of the speaker's own: "заявил, что будет рад ...", "сообщил, что станет отцом".
_NO_ACT_VERBS = frozenset({"быть", "стать", "становиться", "являться", "оставаться", "остаться", "мочь", "смочь",
                           "иметь", "знать", "узнать", "считать", "думать", "жить", "получить", "получать",
                           "прийтись", "приходиться", "позволить", "позволять", "постараться", "попытаться",
                           "определиться"})


def _announced_acts(judge: _Judge, found: list[_Open]) -> None:
    """What a speaker says he will do himself: "Рауль Кастро заявил, что уйдёт в отставку ...", "Президент
    заявил, что уволит своего зятя ...": an indirect quote of a stating verb whose own verb is in the future, in
    the third person with no subject of its own (the speaker is its subject), is an announced intention, a
    promise of its speaker; with a subject ("заявил, что ставка будет снижаться") it is a forecast."""
    doc = judge.doc
    tokens = doc.tokens
    verbs = _statement_verbs()
    for quote in doc.quotes:
        words = quote.cue.lower().split()
        if quote.kind != "indirect" or not words or not quote.speaker or _covered(found, quote.start, quote.stop):
            continue
        forms = {p.normal_form.replace("ё", "е") for p in judge.vocab(words[0])[:2]}
        if not forms & verbs or not judge.public_entity(quote.speaker):
            continue
        sent = doc.sents[_sent_of(doc, quote.start)]
        first, last = sent.first, sent.last
        inside = [j for j in range(first, last) if quote.start <= tokens[j].start < quote.stop]
        if not inside:
            continue
        top = next((j for j in inside if tokens[j].pos in ("VERB", "AUX")
                    and not first <= tokens[j].head < last or tokens[j].head not in inside), None)
        if top is None or tokens[top].pos != "VERB" or lemma(tokens[top]) in _NO_ACT_VERBS:
            continue
        token = tokens[top]
        future = token.feats.get("Tense") == "Fut" and token.feats.get("VerbForm") == "Fin" \
            and token.feats.get("Person") == "3"
        will = token.feats.get("VerbForm") == "Inf" and any(
            tokens[j].head == top and tokens[j].rel == "aux" and tokens[j].feats.get("Tense") == "Fut"
            and tokens[j].feats.get("Person") == "3" for j in inside)
        if not (future or will) or token.feats.get("Number", "Sing") != "Sing" and not will \
                or will and not any(tokens[j].head == top and tokens[j].rel == "aux"
                                    and tokens[j].feats.get("Number") == "Sing" for j in inside):
            continue  # "внесут проект", "черепах передадут на лечение": someone unnamed, not the speaker
        if _has_subject(tokens, top, first, last) or any(
                tokens[j].pos in ("NOUN", "PROPN", "PRON") and tokens[j].feats.get("Case") == "Nom"
                for j in inside if j < top):
            continue  # "законопроект ... позволит снимать деньги": a thing's future, the parser's subject missed
        if modality(tokens, top, first, last) != "future":
            continue  # "заявил, что не уйдёт", "что может уйти"
        end = judge.clause_end(top, top, first, last)
        what = _clip(doc, judge.actors, quote.start, tokens[max(end, top + 1) - 1].stop, top)
        if what is None:
            continue
        party = judge.actors.state(quote.speaker) or quote.speaker
        found.append(_Open((party,), what[2], "promised", what[0], what[1], _sent_of(doc, quote.start),
                           _paragraph(doc, quote.start)))
