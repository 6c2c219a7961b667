"""Speech cues and their speakers: who a speech verb, a post or a pronoun stands for in one article.

    "Касым-Жомарт Токаев выразил уверенность, что ..."  -> cue "выразил уверенность", speaker Токаев (the subject)
    "..., - отметил премьер-министр."                   -> the holder of the post in this article (``Doc.posts``)
    "..., - сказал он."                                 -> the nearest person before, of the verb's gender;
                                                           nobody when two people stand equally near
    "..., - говорит скульптор."                         -> no entity; ``speaker_text`` keeps "скульптор"

The cues themselves are data (``data/speech_verbs.tsv``), read once.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from letopis.analysis.posts import PostMatcher
from letopis.lexicon import Lexicon, LexiconError, package_file
from letopis.records import Doc, Mention, Token

SUBJECT_RELS = ("nsubj", "nsubj:pass")
INTERVIEWS = {"интервью", "беседа"}
NAME_RELS = ("appos", "flat", "flat:name", "flat:foreign")
PRONOUN_GENDER = {"он": "Masc", "она": "Fem", "его": "Masc", "её": "Fem", "ее": "Fem"}
# "говорится / сообщается / отмечается / подчёркивается / указывается / уточняется в сообщении": words of a document,
# said by whoever it names as its author
DOCUMENT_CUES = (("говориться",), ("сообщаться",), ("отмечаться",), ("подчеркиваться",), ("указываться",),
                 ("уточняться",))
DOCUMENT_NOUNS = {"документ", "заявление", "пресс-релиз", "сообщение", "доклад", "отчёт", "отчет", "релиз",
                  "коммюнике", "обращение", "письмо", "резолюция", "послание", "декларация", "постановление",
                  "указ", "приказ", "меморандум", "телеграмма"}
STATE_NOUNS = {"государство", "страна", "республика"}  # "глава государства", "президент страны"
# "«...», - сказано в обращении": a short neuter passive participle reads as "говорится"
SAID_PARTICIPLES = frozenset({"сказать", "говорить", "указать", "написать"})
SPEECH_FORMS = ("Fin", "Conv")  # finite verbs and gerunds speak; participles describe
# "сказали в ведомстве": words for an organisation already named
# "сказал представитель переходной администрации": a representative or a source is someone who spoke already in
# the article ("..., сообщил Рогов. «...», - отметил собеседник агентства"), not any person named as a subject
# before ("Ланза говорил ...") or after it
UNNAMED_ROLES = {"представитель", "источник", "собеседник", "сотрудник", "спикер"}
GENERIC_ORGS = {"ведомство", "министерство", "компания", "организация", "служба", "пресс-служба", "администрация",
                "правительство", "учреждение", "мэрия", "агентство", "департамент", "управление", "штаб"}
# "Пресс-служба НАТО подтвердила", "Руководство движения «Талибан» сообщило": an organisation's own body speaks for it
POSSESSIVE_PRONOUNS = {"его", "ее", "их", "свой"}
# "Корреспондент «МИР 24» Анна Бажайкина рассказала подробности": the outlet's reporter tells the story; a role named
# later ("— объяснила врач") is someone she met, not she
REPORTER_NOUNS = {"корреспондент", "спецкор", "журналист", "журналистка", "репортер", "обозреватель", "ведущий"}
ORG_BODIES = {"пресс-служба", "пресс-центр", "руководство", "правление"}
OUTLET_NOUNS = {"газета", "издание", "журнал", "телеканал", "радиостанция", "агентство", "портал"}
# "сообщает «Лента.ру»", "пишет газета «Труд»": an outlet reporting the news is a source, not a speaker.
# The word must open the phrase (after at most two adjectives): "один из собеседников агентства" is a person.
OUTLET_WORDS = re.compile(r"(?i)(^\W*(\w+(ый|ий|ой|ая|яя|ое|ее|ого|его|ей|ые|ие|ых|их)\s+){0,2}"
                          r"((газет|агентств|радиостанц|телеканал|телекомпани|вещател|издани|сайт|портал|корреспондент)|(ИА|РИА|СМИ)\b)"
                          r"|\w\.(ru|com|net|org|ua|by|kz|uz|az|am)\b|лента\.ру)")


@dataclass(frozen=True, slots=True)
class Cue:
    lemmas: tuple[str, ...]  # one lemma, or the lemmas of a phrase: ("выразить", "уверенность")
    aspect: str
    speaker: str  # subj | obj | gen
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Speaker:
    entity: str | None
    text: str


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@functools.cache
def load_cues() -> dict[str, tuple[Cue, ...]]:
    """Cues by their first lemma, longest phrase first."""
    text = package_file("speech_verbs.tsv")
    by_first: dict[str, list[Cue]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or cells[2] not in ("subj", "obj", "gen"):
            raise LexiconError(f"speech_verbs.tsv, line {number}: expected 4 TAB-separated cells "
                               f"(cue, aspect, speaker subj|obj|gen, flags), got {line!r}")
        flags = frozenset() if cells[3] == "-" else frozenset(cells[3].split(";"))
        cue = Cue(tuple(_norm(w) for w in cells[0].split()), cells[1], cells[2], flags)
        by_first.setdefault(cue.lemmas[0], []).append(cue)
    return {k: tuple(sorted(v, key=lambda c: -len(c.lemmas))) for k, v in by_first.items()}


@functools.cache
def _outlet_names() -> frozenset[str]:
    text = package_file("outlets.tsv")
    names: set[str] = set()
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0] == "outlet":
            names.update(_norm(n).strip("«»\"") for n in (cells[1], *cells[2].split("|")) if n) if len(cells) > 2 \
                else names.add(_norm(cells[1]))
    return frozenset(names)


# "агентство S&P сообщило", "рейтинговое агентство Fitch": an agency that rates, not one that reports the news
RATING_AGENCY = re.compile(r"(?i)рейтингов|S&P|Standard\s*&\s*Poor|Moody|Fitch|АКРА|Эксперт\s+РА")


def known_outlet(text: str) -> bool:
    """"Би-би-си", "WSJ": an outlet of ``outlets.tsv`` by its name or a form, not one told only by a word of its
    kind ("агентство", which state bodies bear too: "Национальное агентство по борьбе с преступностью")."""
    return _norm(text).strip("«»\" ") in _outlet_names()


def is_outlet(text: str) -> bool:
    """"Лента.ру", "газета «Труд»", "NEWSru.com", "РБК": a news outlet."""
    if RATING_AGENCY.search(text):
        return False
    return bool(OUTLET_WORDS.search(text)) or _norm(text).strip("«»\" ") in _outlet_names()


def _lemmas(token: Token, vocab: Any) -> set[str]:
    lemmas = {_norm(token.lemma)}
    if token.pos not in ("VERB", "ADJ", "NOUN", "ADP"):  # a capitalised "Заявив" tagged PROPN
        lemmas |= _vocab_lemmas(vocab, token.text.lower())
    return lemmas


@functools.lru_cache(maxsize=4096)
def _vocab_lemmas(vocab: Any, word: str) -> frozenset[str]:
    return frozenset(_norm(p.normal_form) for p in vocab(word)[:3])


def _past_gap(tokens: Sequence[Token], j: int, word: str, vocab: Any) -> int:
    """Where the next word of a phrase cue stands: ``j`` itself, or past one word between the parts ("выразил свою
    уверенность", "выразил также надежду") or a short prepositional phrase ("выразил в этой связи надежду")."""
    if j >= len(tokens) or word in _lemmas(tokens[j], vocab):
        return j
    if j + 1 < len(tokens) and tokens[j].pos in ("DET", "ADJ", "ADV") and word in _lemmas(tokens[j + 1], vocab):
        return j + 1
    if tokens[j].pos == "ADP":
        for g in range(j + 1, min(j + 4, len(tokens))):
            if word in _lemmas(tokens[g], vocab):
                return g
            if tokens[g].pos not in ("DET", "ADJ", "NOUN", "PRON", "NUM"):
                break
    return j


def match_cue(tokens: Sequence[Token], i: int, vocab: Any) -> tuple[Cue, int] | None:
    """The cue starting at token ``i`` and the index after it, or None."""
    token = tokens[i]
    if is_participle_cue(tokens, i):
        return _verb_cue(token, i, vocab)
    if token.feats.get("VerbForm") == "Part" and token.feats.get("Variant") == "Short" \
            and token.feats.get("Voice") == "Pass" and token.feats.get("Gender") == "Neut" \
            and _norm(token.lemma) in SAID_PARTICIPLES:
        return load_cues()["говориться"][0], i + 1  # "сказано в обращении Общества": "говорится в обращении"
    if token.feats.get("VerbForm") == "Part" or token.pos == "PUNCT":
        return None
    cues = load_cues()
    for lemma in _lemmas(token, vocab):
        for cue in cues.get(lemma, ()):
            j = i + 1
            for word in cue.lemmas[1:]:
                j = _past_gap(tokens, j, word, vocab)
                if j >= len(tokens) or word not in _lemmas(tokens[j], vocab):
                    break
                j += 1
            else:
                if len(cue.lemmas) == 1 and token.pos not in ("VERB", "ADJ", "PROPN", "AUX") \
                        and cue.speaker != "gen" and not misread_past_verb(token):
                    continue
                return cue, j
    return None


def misread_past_verb(token: Token) -> bool:
    """"..., подытожил Блохин" tagged a noun: a word with a verb's lemma and a past-tense ending is a verb whatever
    its tag (no noun has a lemma in "-ть" and a form in "-ил"; "путь", "власть" keep theirs)."""
    return token.pos == "NOUN" and _norm(token.lemma).endswith(("ть", "ться", "чь")) and \
        _norm(token.text).endswith(("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"))


def is_participle_cue(tokens: Sequence[Token], i: int) -> bool:
    """"представители ХДС, считавшие, что ...": a full participle after a comma with a "что" clause of its own says
    what the people it describes think or said (a participle elsewhere only describes)."""
    token = tokens[i]
    return token.feats.get("VerbForm") == "Part" and token.feats.get("Variant") != "Short" and 0 < i < len(tokens) - 2 \
        and tokens[i - 1].text == "," and tokens[i + 1].text == "," and tokens[i + 2].text.lower() == "что"


def _verb_cue(token: Token, i: int, vocab: Any) -> tuple[Cue, int] | None:
    """A one-word cue whose speaker is the subject ("заявить", "считать"), read from a participle's lemmas."""
    cues = load_cues()
    for lemma in _lemmas(token, vocab):
        for cue in cues.get(lemma, ()):
            if len(cue.lemmas) == 1 and cue.speaker == "subj":
                return cue, i + 1
    return None


class Resolver:
    """Finds the speaker a cue token points to, within one document."""

    def __init__(self, doc: Doc, vocab: Any, lexicon: Lexicon, matcher: PostMatcher) -> None:
        self.doc = doc
        self.vocab = vocab
        self.matcher = matcher
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]
        self.children: dict[int, list[int]] = {}
        for index, token in enumerate(doc.tokens):
            if token.head >= 0:
                self.children.setdefault(token.head, []).append(index)
        self.by_token: dict[int, list[Mention]] = {}
        for mention in doc.mentions:
            first = bisect.bisect_left(self.starts, mention.start)
            last = bisect.bisect_left(self.starts, mention.stop)
            for k in range(first, last):
                self.by_token.setdefault(k, []).append(mention)
        self.gender = self._genders()
        self.excluded: list[tuple[int, int]] = []  # quote contents: no antecedent comes from inside them
        self.last_speaker: str | None = None  # of the quote before the one being resolved
        self.anchor: int | None = None  # where the quote being resolved begins: antecedents lie before it
        self.speakers: set[str] = set()  # entities that have spoken so far
        self.surname_first: dict[str, str] | None = None  # "Юн" -> "Юн Сок Ёль", built when first asked
        self.last_document: Speaker | None = None  # the author of the last "говорится / сообщается в ..." found
        self.reported: list[tuple[int, int, str]] = []  # (start, stop, speaker) of the quotes found so far

    def _genders(self) -> dict[str, str]:
        votes: dict[str, dict[str, int]] = {}
        for mention in self.doc.mentions:
            if mention.type != "PER" or mention.kind != "name":
                continue
            for k in range(bisect.bisect_left(self.starts, mention.start),
                           bisect.bisect_left(self.starts, mention.stop)):
                counts = votes.setdefault(mention.entity, {})
                for gender, weight in self._gender_votes(k):
                    counts[gender] = counts.get(gender, 0) + weight
        return {e: max(c, key=lambda g: c[g]) for e, c in votes.items() if c}

    def _gender_votes(self, k: int) -> list[tuple[str, int]]:
        """The name word's own gender (one vote: a foreign name's is a guess, "Аун Сан Су Чжи" reads masculine),
        and two for each word that agrees with it: "65-летнюю Аун Сан Су Чжи", "Су Чжи заявила"."""
        token = self.tokens[k]
        votes = [(token.feats["Gender"], 1)] if token.feats.get("Gender") in ("Masc", "Fem") else []
        agreeing = [self.tokens[j] for j in self.children.get(k, ()) if self.tokens[j].rel == "amod"]
        if token.rel in SUBJECT_RELS and token.head >= 0:
            agreeing.append(self.tokens[token.head])
        votes += [(t.feats["Gender"], 2) for t in agreeing if t.feats.get("Gender") in ("Masc", "Fem")]
        return votes

    def token_at(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def mention(self, k: int, types: tuple[str, ...] = ("PER",)) -> Mention | None:
        found = [m for m in self.by_token.get(k, ()) if m.type in types and m.entity]
        return max(found, key=lambda m: m.stop - m.start) if found else None

    # -- from a cue to its speaker ---------------------------------------------------------------------------

    def for_cue(self, cue: Cue, v: int, end: int, stop: int) -> Speaker | None:
        """The speaker of the cue at tokens [v, end); ``stop`` bounds the search after it (a token index)."""
        found = self._for_cue(cue, v, end, stop)
        if cue.lemmas in DOCUMENT_CUES and found is not None and found.entity:
            self.last_document = found  # "В документе также говорится" names it again
        return found

    def _for_cue(self, cue: Cue, v: int, end: int, stop: int) -> Speaker | None:
        if cue.speaker == "obj":
            for k in range(end, stop):
                m = self.mention(k)
                if m is not None:
                    return self._object_person(m, end, stop)
            phrase_end = end
            while phrase_end < stop and self.tokens[phrase_end].text not in ",.;:!?()«»\"—–-":
                phrase_end += 1
            if cue.lemmas in DOCUMENT_CUES:
                # «...», - говорится в заявлении МИД / в сообщении: the organisation named, else nobody named;
                # only after a quotation (a direct quote is being resolved)
                for k in range(end, phrase_end):
                    if (m := self.mention(k, ("ORG",))) is not None:
                        return Speaker(self._fuller_org(m, k), m.text)
                # "В пресс-релизе на сайте Кремля сообщается, что": the organisation named before, in its clause
                sent = self.doc.sents[self.tokens[v].sent]
                k = v
                while k > sent.first:
                    k -= 1
                    if self._glued_end(k):
                        break  # "... академик РАН Андрей Каприн.Ранее сообщалось, что": another sentence, unsplit
                    if self.tokens[k].text in ",;:":
                        # "В заявлении МВД, опубликованном в Facebook, говорится": past the participle's clause
                        k = self._participle_clause_start(k, sent.first)
                        if k < 0:
                            break
                        continue
                    if (m := self.mention(k, ("PER",))) is not None and self._document_of(m):
                        return Speaker(m.entity, m.text)  # "В заявлении Владимира Зеленского говорится": its author
                    if (m := self.mention(k, ("ORG", "LOC"))) is not None and not is_outlet(m.text):
                        # "В поздравлении президента России говорится": the holder of the post the state qualifies
                        post = self.token_at(m.start) - 1
                        holder = self.post_holder(post) if post >= sent.first else None
                        return Speaker(holder, self.doc.text[self.tokens[post].start:m.stop]) if holder \
                            else Speaker(self._fuller_org(m, k) if m.type == "ORG" else m.entity, m.text)
                # "Как сообщается в пресс-релизе, опубликованном на сайте Белого дома, ...": the organisation of the
                # participle's clause after the document
                if phrase_end + 1 < stop and self.tokens[phrase_end].text == "," and \
                        self.tokens[phrase_end + 1].feats.get("VerbForm") == "Part":
                    for k in range(phrase_end + 1, stop):
                        if self.tokens[k].text in ",;:":
                            break
                        if (m := self.mention(k, ("ORG", "LOC"))) is not None and not is_outlet(m.text):
                            return Speaker(m.entity, m.text)
                # "В документе также говорится, что": the document already quoted, its author again
                if any(_norm(self.tokens[k].lemma) in DOCUMENT_NOUNS for k in range(sent.first, v)) and \
                        self.last_document is not None:
                    return self.last_document
                if self.anchor is None or phrase_end == end:
                    return None
                phrase = self.doc.text[self.tokens[end].start:self.tokens[phrase_end - 1].stop]
                # "говорится в заявлении на сайте посольства" after "посольство США": the organisation named so
                named = next((e for k in range(end, phrase_end) if self.tokens[k].pos == "NOUN"
                              and (e := self._org_named_by(k)) is not None), None)
                if named is None and self.last_speaker is not None and \
                        any(_norm(self.tokens[k].lemma) in INTERVIEWS for k in range(end, phrase_end)):
                    named = self.last_speaker  # "«...», — говорится в интервью": the one interviewed, who spoke last
                if named is None and any(_norm(self.tokens[k].lemma) in DOCUMENT_NOUNS for k in range(end, phrase_end)):
                    named = self._document_author_before()
                return Speaker(named, phrase)
            # "цитирует NEWSru.com режиссера": the person a role stands for
            for k in range(end, stop):
                token = self.tokens[k]
                if token.text in ",;:!?()«»\"" or (token.text == "." and k + 1 < len(self.tokens)
                                                  and self.tokens[k + 1].start > token.stop):
                    break  # the phrase ends, but not at the dot of "NEWSru.com"
                if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and \
                        token.feats.get("Number") == "Sing" and token.feats.get("Case") != "Nom":
                    text = self.doc.text[token.start:token.stop]
                    holder = self.post_holder(k)
                    return Speaker(holder, text) if holder is not None else self.role(k, v, text)
            return None
        if cue.speaker == "gen":
            for k in range(v + 1, end):  # "по его словам"
                if _norm(self.tokens[k].text) in ("его", "ее", "их"):
                    return self.pronoun(k, k)
            return self.body_of(end) or self.after(end, stop, possessive=True)
        if is_participle_cue(self.tokens, v):
            head = self.tokens[v].head  # "представители ХДС, считавшие, что": the people the participle describes
            return self.noun_phrase(head, v) if 0 <= head < v and self.tokens[head].pos in ("NOUN", "PROPN") \
                else None
        subject = self.subject(v)
        if subject is not None and self._in_quote(subject, v):
            subject = None  # «Погибших нет», — сказали: a word of the quote, not its speaker
        if subject is not None:
            return self._nearer_name(subject, v) or self._agreeing_name(subject, v) or self.noun_phrase(subject, v)
        if end < stop and (after := self.after(end, stop, plural=self.tokens[v].feats.get("Number") == "Plur")) \
                is not None:
            return after
        before = self.before(v) or self._object_named_first(v)
        if before is not None:
            return before
        place = self._place(v)
        if place is not None:  # "В Вашингтоне заявили", "В самом учреждении ей ответили"
            return self.organisation(place - 1, self._subtree_end(place))
        # "Керри сделал остановку в Кабуле, где ... отметил": the subject of the clause it hangs from
        k = self.tokens[v].head
        for _ in range(3):
            if k < 0:
                break
            subject = self.subject(k)
            if subject is not None and subject < v and not self._in_quote(subject, v):
                return self.noun_phrase(subject, v)
            k = self.tokens[k].head
        # "Порошенко не раскрыл подробностей, однако отметил, что": the person who is the subject earlier in the
        # sentence, whatever the parse hung the verb from
        sent = self.doc.sents[self.tokens[v].sent]
        for k in range(v - 1, sent.first - 1, -1):
            if self.tokens[k].rel in SUBJECT_RELS and not self._in_quote(k, v) and (
                    self.mention(k) is not None or self._named_head(k, v)):
                return self.noun_phrase(k, v)
        # "Он подчеркнул, что ... На вопрос о работе в Чечне ответил лаконично: «Никак»": a sentence without a subject
        # goes on with the one who spoke last, when the verb's gender is that person's
        gender = self.tokens[v].feats.get("Gender")
        if self.last_speaker is not None and gender in ("Masc", "Fem") and \
                self.tokens[v].feats.get("Number") == "Sing" and self.gender.get(self.last_speaker) == gender and \
                not any(self.tokens[k].rel in SUBJECT_RELS for k in range(sent.first, sent.last)):
            return Speaker(self.last_speaker, "")
        return None

    def _document_of(self, m: Mention) -> bool:
        """The person named right after a document noun, in the genitive: "в заявлении Владимира Зеленского", "в
        обращении Путина" (the statement is his); not a person the document is about ("в докладе о Навальном")."""
        k = self.token_at(m.start)
        return 0 < k < len(self.tokens) and _norm(self.tokens[k - 1].lemma) in DOCUMENT_NOUNS and \
            self.tokens[k].feats.get("Case") == "Gen"

    def _document_author_before(self) -> str | None:
        """"На сайте Кремля сообщается, что ... (paragraph) «...», — говорится в сообщении": the organisation whose
        statement the sentence just before the quotation reports ("сообщается", "говорится" after its name)."""
        if self.anchor is None:
            return None
        sent = self.tokens[self.token_at(self.anchor)].sent
        if sent == 0:
            return None
        before = self.doc.sents[sent - 1]
        for v in range(before.first, before.last):
            if (_norm(self.tokens[v].lemma),) not in DOCUMENT_CUES:
                continue
            for k in range(v - 1, before.first - 1, -1):
                if (m := self.mention(k, ("ORG",))) is not None and not is_outlet(m.text):
                    return self._fuller_org(m, k)
        return None

    def _glued_end(self, k: int) -> bool:
        """Token ``k`` is a full stop glued to the capitalised word after it ("Каприн.Ранее"): a sentence end the
        splitter missed (an initial, "А.Кудрин", is one or two letters before it)."""
        tokens = self.tokens
        return tokens[k].text in (".", "!", "?") and 0 < k < len(tokens) - 1 and \
            tokens[k + 1].start == tokens[k].stop and tokens[k + 1].text[:1].isupper() and \
            len(tokens[k - 1].text) > 2 and not tokens[k - 1].text.isupper()

    def _participle_clause_start(self, comma: int, first: int) -> int:
        """The comma that opens a participle's clause closed by the comma at ``comma`` (", опубликованном в Facebook,"),
        or -1 when none does."""
        if self.tokens[comma].text != ",":
            return -1
        for c in range(comma - 1, max(first, comma - 12) - 1, -1):
            if self.tokens[c].text in ",;:":
                return c if self.tokens[c].text == "," and self.tokens[c + 1].feats.get("VerbForm") == "Part" \
                    else -1
        return -1

    def _object_named_first(self, v: int) -> Speaker | None:
        """"Спейси в свою очередь ответил в Twitter, что": an indeclinable name before a verb that has no subject,
        parsed as its object, is who spoke (a speech verb's object stands after it)."""
        sent = self.doc.sents[self.tokens[v].sent]
        for k in range(v - 1, sent.first - 1, -1):
            token = self.tokens[k]
            if token.text in ",;:" or token.pos == "VERB":
                return None
            m = self.mention(k)
            if m is not None and token.rel == "obj" and token.head == v and token.pos == "PROPN" \
                    and token.feats.get("Case") in (None, "Nom", "Acc") and not self._in_quote(k, v):
                return Speaker(m.entity, m.text)
        return None

    def _named_head(self, k: int, v: int) -> bool:
        """"Последний чемпион мира Гарри Каспаров, ..., отказался ..., но сказал: «...»", "кандидат в президенты
        США вышла ..., объявила: «...»": a subject noun that is no name itself but is named by its apposition, or
        a post that stands for a person named before (its holder, or the one its role goes on with), stands for that
        person."""
        token = self.tokens[k]
        if token.pos != "NOUN" or token.feats.get("Case", "Nom") != "Nom":
            return False
        return any(self.tokens[j].rel in NAME_RELS and self.mention(j) is not None
                   for j in self.children.get(k, ())) or self.post_holder(k) is not None or (
            token.feats.get("Animacy") == "Anim" and token.feats.get("Number") == "Sing"
            and self.role(k, v, "").entity is not None)

    def _in_quote(self, k: int, v: int) -> bool:
        """Token ``k`` lies between the start of the quote being resolved and its cue ``v``."""
        return self.anchor is not None and self.anchor <= self.tokens[k].start < self.tokens[v].start

    def subject(self, v: int) -> int | None:
        token = self.tokens[v]
        # "Перепёлкин, которому ..., оповестил всех партнёров": a noun not in the nominative is no subject,
        # whatever the parse says
        found = [k for k in self.children.get(v, ()) if self.tokens[k].rel in SUBJECT_RELS and not (
            self.tokens[k].pos == "NOUN" and self.tokens[k].feats.get("Case", "Nom") != "Nom")]
        if found:
            best = min(found, key=self._subject_rank)
            return self._named_after_post(best, found)
        # "..., заявив, что": the gerund's speaker is its verb's subject
        if token.feats.get("VerbForm") == "Conv" and token.head >= 0:
            for k in self.children.get(token.head, ()):
                if self.tokens[k].rel in SUBJECT_RELS:
                    return k
        # "В Минсвязи уверены, что": the organisation in which they are sure
        for k in self.children.get(v, ()):
            if self.tokens[k].rel == "obl" and k < v and self.mention(k, ("ORG",)) is not None \
                    and k and self.tokens[k - 1].lemma.lower() == "в":
                return k
        return None

    def _named_after_post(self, best: int, found: list[int]) -> int:
        """"рассказала заведующая поликлиникой №2 Светлана Андреева": the parse gave the verb both the post and the
        name after it as subjects (the number cut the phrase); the name is who speaks, the post only describes her."""
        if self.tokens[best].pos != "NOUN" or self.mention(best) is not None:
            return best
        for k in sorted(found):
            if k > best and self.tokens[k].pos == "PROPN" and self.mention(k) is not None and not any(
                    self.tokens[j].pos in ("VERB", "AUX") or self.tokens[j].text in ",;:()«»\""
                    for j in range(best + 1, k)):
                return k
        return best

    def _subject_rank(self, k: int) -> tuple[bool, bool, bool, int]:
        """Two subjects for one verb (a parse error): a participle ("сказал поддерживающий Чавеса законодатель"), a
        word the tagger could not read ("В интервью E! News он объяснил") and a word not in the nominative ("который
        посетил Белград заявил") are an attribute, a place or an object, not who speaks; of the rest, the first."""
        token = self.tokens[k]
        return token.pos == "VERB", token.pos == "X", token.feats.get("Case", "Nom") != "Nom", k

    def noun_phrase(self, head: int, v: int) -> Speaker:
        """The speaker a subject stands for: a name, a post, a pronoun, or a description."""
        token = self.tokens[head]
        if token.pos == "PRON" and (antecedent := self._relative_antecedent(head)) is not None:
            return antecedent
        if token.pos == "PRON":
            return self.pronoun(head, v)
        if (latter := self._the_latter(head)) is not None:
            return latter
        if (body := self.body_of(head)) is not None:
            return body
        if any(self.tokens[k].rel == "conj" for k in self.children.get(head, ())):
            # "Израиль и США": several speakers; "бывший глава компании и совладелец WFC Артур Перепёлкин заявил":
            # one person with two posts
            return self._one_named(head, v) or Speaker(None, self.phrase_text(head))
        m = self._title(head)
        if m is not None:
            return Speaker(m.entity, m.text)
        for k in self.children.get(head, ()):
            if self.tokens[k].rel in NAME_RELS and (m := self.mention(k, ("PER", "ORG"))) is not None:
                if _norm(token.lemma) in OUTLET_NOUNS:  # "газета «Труд»": the phrase shows an outlet
                    return Speaker(m.entity, self.phrase_text(head))
                return Speaker(m.entity, m.text)  # "Помощник госсекретаря США Фил Гордон"
        # "представитель вооружённых сил полковник Сансерн Каевкамнерд заявил": a name closing the phrase
        k = v - 1
        while k > head and self.tokens[k].pos in ("ADV", "PART"):
            k -= 1
        m = self.mention(k)
        if k > head and m is not None and self.tokens[k].rel in (*NAME_RELS, *SUBJECT_RELS) \
                and self.tokens[k].rel not in ("nmod",):
            return Speaker(m.entity, m.text)
        first = min([head, *(k for k in self.children.get(head, ()) if k < head and self.tokens[k].pos == "ADJ")])
        # "наблюдатели от ОБСЕ заявили": several people hold no one post
        holder = self.post_holder(first) if token.feats.get("Number") != "Plur" else None
        text = self.phrase_text(head)
        if holder is not None:
            return Speaker(holder, text)
        m = self.mention(head, ("ORG", "LOC"))
        if m is not None and self.tokens[self.token_at(m.start)].start <= token.start:
            return Speaker(m.entity, m.text)  # "ФАС констатировала", "Россия уверена"
        if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") == "Sing":
            return self.role(head, v, text)
        return Speaker(self.org_ending(text), text)

    def _the_latter(self, k: int) -> Speaker | None:
        """"Байден назвал «щенком Путина» президента Дональда Трампа, а последний заявил, что": "последний" alone
        (no noun after it) is the person named last before it."""
        token = self.tokens[k]
        if _norm(token.lemma) != "последний" or token.pos not in ("ADJ", "NOUN") or \
                any(self.tokens[j].head == k and self.tokens[j].pos == "NOUN" for j in self.children.get(k, ())):
            return None
        start = token.start
        named = [m for m in self.doc.mentions if m.type == "PER" and m.entity and m.stop <= start
                 and not any(s <= m.start < e for s, e in self.excluded)]
        return Speaker(named[-1].entity, token.text) if named else None

    def body_of(self, k: int) -> Speaker | None:
        """"Пресс-служба НАТО", "руководства HP": a body of an organisation named right after it stands for the
        organisation (a person's press office, "пресс-служба Кадырова", names no one: only organisations count)."""
        if k >= len(self.tokens) or _norm(self.tokens[k].lemma) not in ORG_BODIES:
            return None
        for j in range(k + 1, min(k + 6, len(self.tokens))):
            token = self.tokens[j]
            if token.pos == "VERB" or (token.pos == "PUNCT" and token.text not in "«»\"„“"):
                break
            m = self.mention(j, ("ORG",))
            if m is not None and not is_outlet(m.text):
                return Speaker(m.entity, self.doc.text[self.tokens[k].start:m.stop])
            if self.mention(j, ("PER",)) is not None:
                break
        # "Пресс-служба Федерация бобслея России" where the recogniser found the name only further on in the article
        after = self.doc.text[self.tokens[k].stop:self.tokens[k].stop + 80].lstrip()
        for entity in self.doc.entities:
            if entity.type == "ORG" and not is_outlet(entity.name) and any(
                    len(name) > 3 and after.startswith(name) for name in (entity.name, *entity.aliases)):
                return Speaker(entity.id, self.doc.text[self.tokens[k].start:self.tokens[k].stop])
        return None

    def _relative_antecedent(self, k: int) -> Speaker | None:
        """"видеть наследником Бекенбауэра, который отшучивается словами: «...»": "который" right after a comma stands
        for the person named just before the comma, whatever the parse hung its clause from."""
        if _norm(self.tokens[k].lemma) != "который" or k < 2 or self.tokens[k - 1].text != ",":
            return None
        j = k - 2
        if self.tokens[j].text == ")":  # "газета «Нью-Йорк таймс» (NYT), которая отмечает": past the abbreviation
            while j > 0 and self.tokens[j].text != "(" and k - j < 8:
                j -= 1
            j -= 1
        if j >= 0 and self.tokens[j].text in "»\"":
            j -= 1
        m = self.mention(j, ("PER", "ORG")) if j >= 0 else None
        return Speaker(m.entity, m.text) if m is not None else None

    def full_name(self, entity: str) -> str:
        """"Юн подчеркнул" after "Президент Южной Кореи Юн Сок Ёль": a Korean or Chinese name puts the surname
        first, so a short word alone ("Юн", "Си", "Ким") is the person whose full name opens with it, when one does."""
        if self.surname_first is None:
            people = [e for e in self.doc.entities if e.type == "PER"]
            full: dict[str, list[str]] = {}
            for e in people:
                words = e.name.split()
                if len(words) >= 2 and len(words[0]) <= 4:
                    full.setdefault(_norm(words[0]), []).append(e.id)
            self.surname_first = {e.id: full[_norm(e.name)][0] for e in people
                                  if " " not in e.name and len(full.get(_norm(e.name), ())) == 1}
        return self.surname_first.get(entity, entity)

    def org_ending(self, text: str) -> str | None:
        """"Авиационное управление сообщило" after "Федеральное авиационное управление": a phrase of two words or
        more that ends the longer name of one organisation of the article stands for it."""
        words = [w[:5] for w in _norm(text).split()]
        if len(words) < 2:
            return None
        longer = {e.id for e in self.doc.entities if e.type == "ORG"
                  for full in ([w[:5] for w in _norm(e.name).split()],)
                  if len(full) > len(words) and full[-len(words):] == words}
        return longer.pop() if len(longer) == 1 else None

    def _nearer_name(self, subject: int, v: int) -> Speaker | None:
        """"Кан заявил, что ..., а глава МИДа Сэйдзи Маэхара отметил, что ...": the parse gave the second verb the
        first one's subject; a person named in the nominative right before the verb, after another finite verb,
        is its own subject."""
        k = v - 1
        m = self.mention(k)
        if m is None or subject >= k or self.tokens[k].feats.get("Case") != "Nom" or \
                self.token_at(m.start) <= subject:
            return None
        first = self.token_at(m.start)
        if not any(self.tokens[j].pos == "VERB" and self.tokens[j].feats.get("VerbForm") == "Fin"
                   for j in range(subject + 1, first)):
            return None
        return Speaker(m.entity, m.text)

    def _agreeing_name(self, subject: int, v: int) -> Speaker | None:
        """"Заключенные журналисты в России Комитет защиты журналистов считает": a plural subject cannot go with a
        singular verb (a section title glued to the sentence); the name right before the verb is its subject."""
        verb = self.tokens[v].feats
        if self.tokens[subject].feats.get("Number") != "Plur" or verb.get("Number") != "Sing" or \
                verb.get("VerbForm") != "Fin" or self.tokens[subject].pos != "NOUN":
            return None
        return self.before(v)

    def _one_named(self, head: int, v: int) -> Speaker | None:
        """The person a coordinated subject names, when it names one person and no organisation or place before
        a singular verb: "Президент ФИДЕ Илюмжинов, Кирсан Илюмжинов сообщил"."""
        conjuncts = [head, *(k for k in self.children.get(head, ()) if self.tokens[k].rel == "conj")]
        if self.tokens[v].feats.get("Number") == "Plur":
            return self._with_own_people(conjuncts, v)
        if any(self.mention(k, ("ORG", "LOC")) is not None for k in conjuncts):
            return None
        sent = self.doc.sents[self.tokens[head].sent]
        found = [m for k in range(sent.first, sent.last) if k == head or self._hangs_from(k, head, head)
                 if (m := self.mention(k)) is not None]
        # "актер, продюсер и директор Нейл Патрик Харрис": the recogniser cut one name in two ("Нейл" and "Патрик
        # Харрис"); names with only a blank between are one person, the last part holding the surname
        people = [m for n, m in enumerate(found) if not any(
            o.entity != m.entity and 0 <= o.start - m.stop <= 1 and not self.doc.text[m.stop:o.start].strip()
            for o in found[n + 1:])]
        return Speaker(people[-1].entity, people[-1].text) if len({m.entity for m in people}) == 1 else None

    def _with_own_people(self, conjuncts: list[int], v: int) -> Speaker | None:
        """"руководитель группы Иван Бозович и его коллеги полагают": one person named, the others only described as
        his people ("его коллеги", "её адвокаты"); the named one speaks ("Путин и Си заявили" stays nobody's)."""
        first, *others = conjuncts
        if not others or any(self.tokens[k].pos != "NOUN" or self.mention(k, ("PER", "ORG", "LOC")) is not None
                             or not any(_norm(self.tokens[c].text) in POSSESSIVE_PRONOUNS
                                        for c in self.children.get(k, ())) for k in others):
            return None
        names = [m for k in (first, *self.children.get(first, ())) if k == first or self.tokens[k].rel in NAME_RELS
                 if (m := self.mention(k)) is not None]
        return Speaker(names[0].entity, names[0].text) if len({m.entity for m in names}) == 1 else None

    def role(self, k: int, v: int, text: str) -> Speaker:
        """"Министр также заверил", "говорит скульптор": the person last named as a subject or a speaker,
        of the verb's gender; nobody when no one was named before."""
        # "считает глава ЦБ" may be Набиуллина: a masculine post noun names women too, a feminine one does not men
        noun_gender = self.tokens[k].feats.get("Gender")
        gender = self.tokens[v].feats.get("Gender") or (noun_gender if noun_gender == "Fem" else None)
        sent = self.doc.sents[self.tokens[k].sent]
        lemma = _norm(self.tokens[k].lemma)
        if any(_norm(self.tokens[j].lemma) == lemma and self.mention(j) is None for j in range(sent.first, k)):
            return Speaker(None, text)  # "Прокурор Манхэттена намерен ..., заявил прокурор": the one just described
        unnamed = lemma in UNNAMED_ROLES  # "собеседник агентства" is the one who spoke already, or nobody named
        if self._qualified_post(k):
            # "Венесуэльский министр информации объявил": a post of its own, held by nobody the article named before
            return Speaker(self.named_later(k, gender), text)
        anchor = min(self.tokens[k].start, self.anchor) if self.anchor is not None else self.tokens[k].start
        best: tuple[int, str] | None = None
        for mention in self.doc.mentions:
            if mention.type != "PER" or not mention.entity or mention.stop > anchor:
                continue
            if any(s <= mention.start < e for s, e in self.excluded) or any(
                    s <= mention.start < e and who != mention.entity for s, e, who in self.reported):
                continue  # "Китайский лидер отметил" after "По его словам, Маркс посвятил": Маркс is talked about
            known = self.gender.get(mention.entity)
            if gender in ("Masc", "Fem") and known is not None and known != gender:
                continue
            if self._reporter_other_than(mention, lemma):
                continue
            if (mention.entity in self.speakers or self._according_to(mention) or
                    (self._speaks_as_subject(mention, main=True) if unnamed else self.is_subject(mention))) \
                    and (best is None or mention.start > best[0]):
                best = (mention.start, mention.entity)
        if best is None and self.matcher.match(self.tokens, k) is not None and not unnamed:
            return Speaker(self.named_later(k, gender), text)
        if best is None and not unnamed and not any(m.type == "PER" and m.stop <= anchor for m in self.doc.mentions):
            # "Жительница Ставрополья обвинила ... (paragraph) Как рассказала SHOT Анжелика": a lead's description
            # of someone nobody named yet, whom the article then names as speaking
            later = self.named_later(k, gender)
            if later is not None:
                return Speaker(later, text)
        if best is None and not unnamed:
            # "Дочь телеведущей Леры Кудрявцевой ... «...», — написала теледива": the one person named before
            named = {m.entity for m in self.doc.mentions if m.type == "PER" and m.entity and m.stop <= anchor
                     and not any(s <= m.start < e for s, e in self.excluded)
                     and not self._reporter_other_than(m, lemma)}
            if len(named) == 1 and gender in ("Masc", "Fem") and self.gender.get(next(iter(named))) == gender:
                return Speaker(named.pop(), text)
        return Speaker(best[1] if best else None, text)

    def _reporter_other_than(self, mention: Mention, role: str) -> bool:
        """The name is in apposition to a reporter's noun ("Корреспондент «МИР 24» Анна Бажайкина") other than
        ``role``: the outlet's own reporter, never the doctor or the patient she quotes."""
        first = self.token_at(mention.start)
        head = self.tokens[first].head
        if self.tokens[first].rel != "appos" or not 0 <= head < first:
            return False
        noun = _norm(self.tokens[head].lemma)
        return noun in REPORTER_NOUNS and noun != role

    def _qualified_post(self, k: int) -> bool:
        """The post at ``k`` is told apart by a word of its own both before and after it: an adjective ("венесуэльский
        министр информации") and a genitive noun."""
        children = self.children.get(k, ())
        return self.matcher.match(self.tokens, k) is not None and \
            any(j < k and self.tokens[j].rel == "amod" for j in children) and \
            any(j > k and self.tokens[j].rel == "nmod" and self.tokens[j].pos == "NOUN" for j in children)

    def named_later(self, k: int, gender: str | None) -> str | None:
        """"Губернатор Самарской области заявил, что ... Также Вячеслав Федорищев рассказал, что ...": a post whose
        holder the article names only afterwards is the first person of its gender who then speaks as a subject,
        within the next three sentences."""
        sent = self.tokens[k].sent
        for mention in self.doc.mentions:
            if mention.type != "PER" or not mention.entity or mention.start <= self.tokens[k].stop:
                continue
            if self.tokens[self.token_at(mention.start)].sent > sent + 3:
                break
            if any(s <= mention.start < e for s, e in self.excluded):
                continue  # "«Брайан Ланза был подрядчиком ...», — сказал представитель": named in the words
            known = self.gender.get(mention.entity)
            if gender in ("Masc", "Fem") and known is not None and known != gender:
                continue
            after = self.token_at(mention.stop)
            if self._speaks_as_subject(mention) or (after < len(self.tokens) and self.tokens[after].pos == "VERB"
                                                    and match_cue(self.tokens, after, self.vocab) is not None):
                return mention.entity  # "Вячеслав Федорищев рассказал", whatever the parse made of it
        return None

    def after(self, k: int, stop: int, possessive: bool = False, plural: bool = False) -> Speaker | None:
        """The speaker named after an inverted cue: "- сказал Роман Головченко", "по словам Данна",
        "- добавили в театре" (the organisation, after a plural verb)."""
        end = k
        while end < stop and end < len(self.tokens) and self.tokens[end].text not in ",.;:!?()—–-":
            end += 1
        wide = end  # the phrase up to its punctuation, a quoted name inside it ("в беседе с «Голосом Америки»") too
        while k < end and not possessive:
            token = self.tokens[k]
            if token.pos == "ADV" or token.feats.get("Case") == "Dat" or token.text in "«»\"":
                k += 1  # "сообщали ранее власти", "сказали «Интерфаксу» в ведомстве"
            elif (outlet := self._outlet_at(k)) is not None and outlet < end:
                k = outlet  # "рассказала SHOT Анжелика", "заявили РИА Новости в подполье": the outlet heard it
            else:
                break
        end = k
        while end < stop and end < len(self.tokens) and self.tokens[end].text not in ",.;:!?()—–-«»\"":
            end += 1
        if end == k:
            return None
        if not possessive and self.tokens[k].pos == "ADP":
            if plural and _norm(self.tokens[k].text) == "в":
                return self.organisation(k, end)
            place = k
            k = self._past_phrase(k, wide)  # "пишет на первой странице газета «Ла стампа»": the place, then who
            if k >= wide or self.tokens[k].feats.get("Case") != "Nom":
                return self._name_in_place(place, wide)
            end = k
            while end < wide and self.tokens[end].text not in "«»\"":
                end += 1
        for j in range(k, end):
            if (m := self.mention(j)) is not None:
                return Speaker(m.entity, m.text)
        first = self.tokens[k]
        if not possessive and first.pos in ("NOUN", "DET") and first.feats.get("Case", "Nom") not in ("Nom", "Gen"):
            return None  # "оповестил всех партнёров канала о том, что": whom he told, not who spoke
        if first.pos == "NOUN" and first.feats.get("Animacy") == "Anim" and first.feats.get("Number") == "Sing" \
                and self.post_holder(k) is None:
            return self.role(k, k - 1, self.doc.text[first.start:self.tokens[end - 1].stop])
        if first.pos == "PRON" or (possessive and _norm(first.text) in ("его", "ее", "их")):
            return self.pronoun(k, k)
        text = self.doc.text[first.start:self.tokens[end - 1].stop]
        if first.pos == "NOUN" and first.feats.get("Number") == "Plur":
            return Speaker(None, text)  # "по утверждению представителей Роскосмоса": several, none of them named
        holder = self.post_holder(k)
        if holder is not None:
            return Speaker(holder, text)
        named_end = end + 2 if end + 1 < stop and self.tokens[end].text in "«\"" else end  # 'газета "Ла стампа"'
        for j in range(k, named_end):
            if (m := self.mention(j, ("ORG", "LOC"))) is not None:
                # "по мнению членов ОНР", "сообщает PR-служба конференции": people of it, not named
                # "ежедневная газета «Ла стампа»": a word for what it is may stand before the name too
                opens = all(self.tokens[i].pos in ("ADJ", "PUNCT") or _norm(self.tokens[i].lemma) in OUTLET_NOUNS
                            for i in range(k, self.token_at(m.start)))
                # the phrase as written ("газета «Труд»") lets the caller see an outlet
                said = self.doc.text[first.start:max(m.stop, self.tokens[end - 1].stop)]
                return Speaker(m.entity, said) if opens else Speaker(None, text)
        return Speaker(None, text)

    def _past_phrase(self, k: int, end: int) -> int:
        """The index after the prepositional phrase opening at ``k``: its noun and the words hanging from it."""
        j = self.tokens[k].head
        if not k < j < end:
            return end
        # "сказал в беседе с корреспондентом «Голоса Америки» лидер движения": every word hanging from the noun,
        # however deep ("корреспондентом" under "беседе", "Голоса" under "корреспондентом")
        while j + 1 < end and self._hangs_from(j + 1, k, j):
            j += 1
        return j + 1

    def _name_in_place(self, k: int, end: int) -> Speaker | None:
        """"заявил после инаугурации Рамзан Кадыров": the parse hung the name from the place before it; a person
        named in the nominative there is the one who spoke."""
        for j in range(k, end):
            m = self.mention(j)
            if m is not None and self.tokens[j].feats.get("Case") == "Nom" and self.tokens[j].rel in NAME_RELS:
                return Speaker(m.entity, m.text)
        return None

    def _org_named_by(self, k: int) -> str | None:
        """The one organisation named before the quote whose name holds the noun at ``k`` ("посольства" after
        "посольство США"), or None."""
        lemma = _norm(self.tokens[k].lemma)
        anchor = self.anchor if self.anchor is not None else self.tokens[k].start
        found = {m.entity for m in self.doc.mentions if m.type == "ORG" and m.entity and m.stop <= anchor
                 and not is_outlet(m.text)
                 and lemma in {_norm(t.lemma) for t in self.tokens[self.token_at(m.start):self.token_at(m.stop)]}}
        return found.pop() if len(found) == 1 else None

    def _hangs_from(self, i: int, first: int, last: int) -> bool:
        """Token ``i``'s chain of heads reaches the tokens [first, last] in a few steps."""
        for _ in range(4):
            i = self.tokens[i].head
            if first <= i <= last:
                return True
            if i < 0 or i < first:
                return False
        return False

    def organisation(self, k: int, end: int) -> Speaker | None:
        """"сказали в ведомстве", "добавили в театре": the organisation named so, or the one that spoke last."""
        text = self.doc.text[self.tokens[k + 1].start:self.tokens[end - 1].stop] if k + 1 < end else ""
        for j in range(k + 1, end):
            m = self.mention(j, ("ORG", "LOC"))
            if m is not None and not is_outlet(m.text):  # "в Вашингтоне": its government; "РБК" only heard it
                return Speaker(m.entity, m.text)
        if k + 1 >= end or self.tokens[k + 1].pos != "NOUN":
            return None
        noun = _norm(self.tokens[k + 1].lemma)
        anchor = self.anchor if self.anchor is not None else self.tokens[k].start
        named = [m for m in self.doc.mentions if m.type == "ORG" and m.entity and m.stop <= anchor
                 and not any(s <= m.start < e for s, e in self.excluded) and not is_outlet(m.text)]
        # "в театре" after "Большой театр сообщил": the organisation whose name holds the noun
        same = [m for m in named if noun in {_norm(t.lemma) for t in self.tokens[self.token_at(m.start):
                                                                              self.token_at(m.stop)]}]
        if same:
            return Speaker(same[-1].entity, text)
        spoke = [m for m in named if m.entity in self.speakers or self.is_subject(m) or self._speaks_in(m)]
        if noun in GENERIC_ORGS and spoke:
            return Speaker(spoke[-1].entity, text)
        return Speaker(None, text)

    def before(self, v: int) -> Speaker | None:
        """A name standing right before the cue: "Касым-Жомарт Токаев выразил"."""
        k = v - 1
        if k >= 0 and self.tokens[k].text in ")]" and self.tokens[k].stop == self.tokens[v].start - 1:
            k -= 1  # "Посмотрев, [Осипов] сказал": the editor's brackets around the name
        if k >= 0 and (m := self.mention(k, ("PER", "ORG"))) is not None:
            return Speaker(m.entity, m.text)
        return None

    def phrase_text(self, head: int) -> str:
        """The subject phrase, cut at its first comma: "источник в правительстве"."""
        nodes = {head}
        frontier = [head]
        while frontier:
            node = frontier.pop()
            for k in self.children.get(node, ()):
                if k not in nodes:
                    nodes.add(k)
                    frontier.append(k)
        first = min(nodes)
        last = first
        while last + 1 in nodes and self.tokens[last + 1].text != ",":
            last += 1
        last = max(last, head)
        return self.doc.text[self.tokens[first].start:self.tokens[last].stop]

    def post_holder(self, k: int) -> str | None:
        """The person holding the post named at token ``k`` in this article, when that is one person."""
        hit = self.matcher.match(self.tokens, k)
        if hit is None:
            return None
        title = self._title(k)
        if title is not None:
            return title.entity
        post = hit[0].post
        state = any(_norm(t.lemma) in STATE_NOUNS for t in self.tokens[k + 1:hit[1] + 1])
        holders = {p.person for p in self.doc.posts
                   if (p.post == post or p.post.startswith(post + " ") or post.startswith(p.post + " "))
                   and not (state and not self._is_state(p.of))}  # "глава государства" is not "глава МИД"
        # "«... звонка Путину ...», — заявил президент Украины": no holder named only inside the words themselves
        holders = {h for h in holders if self._named_outside_quote(h, k)}
        if _norm(self.tokens[k].lemma) in UNNAMED_ROLES:
            # "— добавил представитель офиса президента": someone who spoke already, not a "представитель" the
            # article names only further on ("требование со стороны представителя администрации ... Шокина")
            holders = {h for h in holders if self._named_before(h, k)}
        if len(holders) == 1:
            return holders.pop()
        # Two prime ministers in one report: "отметил премьер-министр" right after one of them spoke is that one.
        if self.last_speaker in holders:
            return self.last_speaker
        return None

    def _named_outside_quote(self, entity: str, k: int) -> bool:
        """A name of ``entity`` stands outside the quotation being resolved (and the other quotations): one named
        only in a speaker's own words is talked about, it does not speak them."""
        start = self.tokens[k].start
        for mention in self.doc.mentions:
            if mention.entity != entity or mention.kind != "name":
                continue
            inside = any(s <= mention.start < e for s, e in self.excluded) or \
                (self.anchor is not None and self.anchor <= mention.start < start)
            if not inside:
                return True
        return False

    def _title(self, k: int) -> Mention | None:
        """The mention at ``k``, unless it is a role word ("представитель", "источник") linked to someone the article
        names only further on: "— добавил представитель офиса президента" is someone who spoke already, not the
        "представитель администрации ... Виктор Шокин" of a later paragraph."""
        m = self.mention(k)
        if m is not None and m.kind != "name" and m.entity and _norm(self.tokens[k].lemma) in UNNAMED_ROLES \
                and not self._named_before(m.entity, k):
            return None
        return m

    def _named_before(self, entity: str, k: int) -> bool:
        start = self.tokens[k].start
        return any(m.entity == entity and m.stop <= start for m in self.doc.mentions)

    def _is_state(self, entity: str | None) -> bool:
        if entity is None:
            return True  # "президент" with no state named: it may be this state's
        try:
            return self.doc.entity(entity).type == "LOC"
        except KeyError:
            return False

    def pronoun(self, k: int, v: int) -> Speaker:
        """"сказал он": the nearest person before, whose gender fits; None when the nearest is not one person."""
        token = self.tokens[k]
        text = token.text
        gender = PRONOUN_GENDER.get(_norm(text)) or token.feats.get("Gender") or self.tokens[v].feats.get("Gender")
        if token.feats.get("Number") == "Plur" or _norm(text) in ("они", "их"):
            return Speaker(None, text)
        # "«...», - сказал он": the antecedent stands before the quote, not inside it
        anchor = min(token.start, self.anchor) if self.anchor is not None else token.start
        candidates: dict[int, list[Mention]] = {}
        for mention in self.doc.mentions:
            if mention.type != "PER" or not mention.entity or mention.stop > anchor:
                continue
            if any(s <= mention.start < e for s, e in self.excluded):
                continue
            known = self.gender.get(mention.entity)
            if gender in ("Masc", "Fem") and known is not None and known != gender:
                continue
            candidates.setdefault(self.tokens[self.token_at(mention.start)].sent, []).append(mention)
        organisation = self._organisation_subject(k, gender, max(candidates) if candidates else -1)
        if organisation is not None:
            return Speaker(organisation, text)
        if not candidates:
            return Speaker(None, text)
        holder = self._post_subject_between(max(candidates), anchor, gender)
        if holder is not None:
            return Speaker(holder, text)
        nearest = candidates[max(candidates)]
        entities = {m.entity for m in nearest}
        reporter = self._reporter(nearest)
        if reporter is not None and reporter not in entities and \
                (gender not in ("Masc", "Fem") or self.gender.get(reporter) in (None, gender)):
            return Speaker(reporter, text)
        if len(entities) == 1:
            return Speaker(entities.pop(), text)
        # "Вагнер заявил, что ордера на арест Нетаньяху и Путина отличаются. По его словам, ...": the one person
        # there who speaks (the subject of a speech verb, or one who has spoken), else the one who spoke last
        subjects = {m.entity for m in nearest if self.is_subject(m)}
        talking = {e for e in subjects if e in self.speakers or any(self._speaks_as_subject(m)
                                                                   for m in nearest if m.entity == e)}
        if len(talking) == 1:
            return Speaker(talking.pop(), text)
        if len(talking) > 1 and self.last_speaker in talking:
            return Speaker(self.last_speaker, text)  # two who spoke: "Она отметила" goes on with the last of them
        if self.last_speaker in entities and not subjects:
            return Speaker(self.last_speaker, text)
        # "... юбилею Бориса Николаевича прибыл президент Дмитрий Медведев. Сегодня он отметил": the subject, when
        # the others there only qualify a noun (a possessor), none of them a partner of the verb
        # "Си Цзиньпин назвал Маркса «величайшим мыслителем». По его словам, ...": "his words" are the words of the one
        # who spoke there, the subject; "сказал он" after a meeting of two stays a guess
        possessive = _norm(text) in ("его", "ее") and self.tokens[v].pos != "VERB"
        if len(subjects) == 1 and (possessive or all(m.entity in subjects or self._qualifies_noun(m) for m in nearest)):
            return Speaker(subjects.pop(), text)
        # "Путин встретился с Медведевым. «...», - сказал он.": either could be meant; naming one would be a guess.
        return Speaker(None, text)

    def _organisation_subject(self, k: int, gender: str | None, named: int) -> str | None:
        """"Еврокомиссия изначально выступала против сделки ... . В конце декабря она закончила расследование и
        заявила": "она" stands for the organisation that is the subject of its sentence or the one before, when the
        organisation's own noun has the pronoun's gender and no person is named after it."""
        if gender not in ("Fem", "Neut") or self.tokens[k].pos != "PRON":
            return None
        sent = self.tokens[k].sent
        for j in range(k - 1, -1, -1):
            token = self.tokens[j]
            if token.sent < sent - 1 or token.sent <= named:
                return None
            if token.rel in SUBJECT_RELS and token.feats.get("Gender") == gender and \
                    token.feats.get("Number") == "Sing" and (m := self.mention(j, ("ORG",))) is not None \
                    and not is_outlet(m.text):
                return m.entity
        return None

    def _post_subject_between(self, named: int, anchor: int, gender: str | None) -> str | None:
        """"... заявил председатель совета Игорь Рогов. Президент и сам ... заявляя, что .... «...», — добавил он.":
        a post that is the subject of a sentence after the last one naming a person, and before the pronoun, stands
        nearer; "он" is the post's holder when the article names one and the gender fits."""
        last = self.token_at(anchor) - 1
        if last < 0 or self.tokens[last].sent <= named:
            return None
        for k in range(last, -1, -1):
            token = self.tokens[k]
            if token.sent <= named:
                return None
            if token.rel in SUBJECT_RELS and token.pos == "NOUN" and token.feats.get("Case") == "Nom" \
                    and token.feats.get("Number") == "Sing" and token.feats.get("Animacy") == "Anim" \
                    and (holder := self.post_holder(k) or self._only_unposted(k)) is not None:
                return holder if gender not in ("Masc", "Fem") or self.gender.get(holder) in (None, gender) else None
        return None

    def _only_unposted(self, k: int) -> str | None:
        """The post at ``k`` ("Президент") with no holder the posts stage linked: the one person named before it
        who holds no other post of the article ("председатель совета Игорь Рогов" is not the president); nobody
        when two or more could hold it ("Виктор Понедельник" and "Дик Адвокат" before "главный тренер")."""
        hit = self.matcher.match(self.tokens, k)
        if hit is None:
            return None
        post = hit[0].post
        others = {p.person for p in self.doc.posts if p.post != post and not p.post.startswith(post + " ")}
        start = self.tokens[k].start
        people = {m.entity for m in self.doc.mentions if m.type == "PER" and m.entity and m.stop <= start
                  and m.entity not in others and not any(s <= m.start < e for s, e in self.excluded)}
        return people.pop() if len(people) == 1 else None

    def _reporter(self, mentions: list[Mention]) -> str | None:
        """"Экс-президент рассказал, что не обсуждал с президентом Путиным ввод войск. В то же время он признал":
        when every person of the nearest sentence is named inside the words one speaker was reported to say, the
        pronoun goes on with that speaker, not with someone he talked about."""
        found = {next((who for start, stop, who in self.reported if start <= m.start < stop and who != m.entity), None)
                 for m in mentions}
        return found.pop() if len(found) == 1 else None

    def _speaks_in(self, mention: Mention) -> bool:
        """"В МВД заявили": an organisation after "в" hanging from a plural verb."""
        first = self.token_at(mention.start)
        head = self.tokens[first].head
        return first > 0 and _norm(self.tokens[first - 1].text) == "в" and 0 <= head < len(self.tokens) \
            and self.tokens[head].pos == "VERB" and self.tokens[head].feats.get("Number") == "Plur"

    def _outlet_at(self, k: int) -> int | None:
        """The index after an outlet named at token ``k`` ("SHOT", "РИА Новости"), or None."""
        m = self.mention(k, ("ORG", "PER", "LOC"))
        if m is not None and is_outlet(m.text):
            return self.token_at(m.stop)
        if self.tokens[k].text.isupper() and is_outlet(self.tokens[k].text):
            return k + 1
        return None

    def _according_to(self, mention: Mention) -> bool:
        """"По мнению Виталия Милонова, ...": the person whose words a "по словам" phrase gives."""
        first = self.token_at(mention.start)
        for j in (first - 2, first - 3):
            hit = match_cue(self.tokens, j, self.vocab) if j >= 0 else None
            if hit is not None and hit[0].speaker == "gen" and hit[1] == first:
                return True
        return False

    def _place(self, v: int) -> int | None:
        """The noun of "в X" before a plural speech verb without a subject: "В администрации президента отметили"."""
        if self.tokens[v].feats.get("Number") != "Plur":
            return None
        for k in self.children.get(v, ()):
            token = self.tokens[k]
            if k < v and token.rel == "obl" and token.pos in ("NOUN", "PROPN") and \
                    any(self.tokens[j].rel == "case" and _norm(self.tokens[j].text) in ("в", "во")
                        for j in self.children.get(k, ())):
                return k
        return None

    def _subtree_end(self, head: int) -> int:
        """The index after the contiguous phrase of ``head``: "администрации российского лидера"."""
        end = head + 1
        while end < len(self.tokens) and self.tokens[end].head in range(head, end) and \
                self.tokens[end].pos not in ("PUNCT", "VERB"):
            end += 1
        return end

    def _speaks_as_subject(self, mention: Mention, main: bool = False) -> bool:
        """"Вагнер заявил": the mention is the subject of a speech verb; with ``main``, of one that is no clause of
        another verb ("Администрация отрицает, что Ланза говорил от её имени": Ланза is reported, not speaking)."""
        for k in range(self.token_at(mention.start), self.token_at(mention.stop)):
            steps = 0
            while self.tokens[k].rel in NAME_RELS and self.tokens[k].head >= 0 and steps < 3:
                k, steps = self.tokens[k].head, steps + 1  # "заявил глава региона Александр Богомаз": the post speaks
            head = self.tokens[k].head
            if self.tokens[k].rel in SUBJECT_RELS and head >= 0 and match_cue(self.tokens, head, self.vocab) and \
                    (not main or self.tokens[head].rel in ("root", "conj", "parataxis")):
                return True
        return False

    def _object_person(self, m: Mention, end: int, stop: int) -> Speaker:
        """The first person named after "цитирует X": that person, unless the name only qualifies the noun before
        it ("пресс-службу Порошенко": his press office speaks, not he), when a name further on in the phrase may
        be the one ("помощника Путина Юрия Ушакова") and else the described speaker is."""
        if not self._possessor_after(m, end):
            return Speaker(m.entity, m.text)
        for j in range(self.token_at(m.stop), stop):
            if self.tokens[j].text in ",;:!?()«»\"":
                break
            named = self.mention(j)
            if named is not None and named.entity != m.entity and not self._possessor_after(named, end):
                return Speaker(named.entity, named.text)
        head = self.tokens[self.token_at(m.start)].head
        return Speaker(None, self.doc.text[self.tokens[head].start:m.stop])

    def _fuller_org(self, mention: Mention, k: int) -> str:
        """"в обращении Общества" after "Общество научных работников": the organisation named in full before, when
        the name is its first word alone (the entities are not joined on one common word)."""
        if " " in mention.text.strip():
            return mention.entity
        lemma = _norm(self.tokens[k].lemma)
        for other in self.doc.mentions:
            if other.start >= mention.start:
                break
            words = other.normal.split()
            if other.type == "ORG" and other.entity != mention.entity and len(words) > 1 \
                    and _norm(words[0]) == lemma:
                return other.entity
        return mention.entity

    def _possessor_after(self, mention: Mention, end: int) -> bool:
        """The name qualifies a noun standing after the cue and before it ("пресс-службу Порошенко")."""
        if not self._qualifies_noun(mention):
            return False
        first = self.token_at(mention.start)
        head = self.tokens[first].head
        return end <= head < first and self.tokens[head].pos == "NOUN"

    def _qualifies_noun(self, mention: Mention) -> bool:
        """The name hangs from a noun ("юбилею Бориса Николаевича"), not from a verb ("встретился с Медведевым")."""
        first = self.token_at(mention.start)
        head = self.tokens[first].head
        while 0 <= head < len(self.tokens) and self.token_at(mention.start) <= head < self.token_at(mention.stop):
            head = self.tokens[head].head  # from inside the name ("Николаевича" under "Бориса") to outside it
        return self.tokens[first].rel == "nmod" and 0 <= head < len(self.tokens) \
            and self.tokens[head].pos in ("NOUN", "PROPN")

    def is_subject(self, mention: Mention) -> bool:
        first = self.token_at(mention.start)
        last = self.token_at(mention.stop)
        return any(self.tokens[k].rel in SUBJECT_RELS or
                   (self.tokens[k].rel in NAME_RELS and 0 <= self.tokens[k].head < len(self.tokens)
                    and self.tokens[self.tokens[k].head].rel in SUBJECT_RELS)
                   for k in range(first, last))
