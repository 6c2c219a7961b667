"""Quotes: who said what, direct and reported, with the speaker resolved to an entity of the article.

    «Мы выполняем те задачи», - сказал Роман Головченко.        -> direct, cue "сказал"
    - Программа визита была насыщенной, - отметил Президент Казахстана.   -> direct (a dialogue paragraph)
    Токаев выразил уверенность, что итоги переговоров ...        -> indirect, cue "выразил уверенность"
    По словам Данна, наблюдатели неверно интерпретируют ...      -> indirect, cue "По словам"
    Фундамент ... отношения. Об этом заявил Роман Головченко.   -> indirect: the previous sentence
    Р.Головченко: фундамент сотрудничества - ...                 -> indirect, cue ":" (a headline)
    «Это будет многопрофильная структура». («...», сказал он.)   -> the quote after the colon or alone in its
                                                                    paragraph continues the last speaker
    «Отсрочка действует. (new paragraph) ... брони», — заявили в Минцифры.  -> one quote over both paragraphs
    Я считаю это глупостью. (next line) — Владимир Трубин.       -> direct: a paragraph signed on the next line
    Евросоюз потратил €124 млрд, — еврокомиссар Рейндерс. (title) -> indirect, cue "—"
    «К Чечне нужно относиться с осторожностью» (title alone)     -> direct, nobody named
    Что ещё сказал X: (then) — Мы не пытаемся ... (dash lines)   -> direct, each line X's (questions: nobody's)
    **«YouTube замедляет себя сам» **— заявляет Ростелеком.      -> markdown emphasis and links are read through
    Заявление Владимира Путина ... (then) Главное: (then) — ...   -> direct, each dash line Putin's
    «... пришел и сказал: "У нас есть долг"», — заявил X.         -> two direct quotes: X's, and one inside it
    «...», пишет на первой странице газета «Ла стампа».           -> direct: a newspaper's own words

``start``/``stop`` cover the quoted content only. A quote never closed ends with its paragraph. One pass over the
characters finds the quotation marks (``quotes_direct``), one pass over the tokens finds the speech cues
(``speakers``); nothing here calls a model.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace
from typing import Any

from letopis.analysis.entities import fold
from letopis.analysis.posts import post_matcher
from letopis.analysis.quotes_direct import (
    DASHES,
    Segment,
    continues,
    dialogue_start,
    is_markup,
    mask_markup,
    paragraphs,
    segments,
    words,
)
from letopis.analysis.speakers import (
    DOCUMENT_CUES,
    DOCUMENT_NOUNS,
    Cue,
    Resolver,
    Speaker,
    is_outlet,
    match_cue,
    misread_past_verb,
)
from letopis.lexicon import Lexicon, package_file
from letopis.records import Doc, Mention, Quote, Sentence, Token

SENTENCE_END = ".!?…"
# spaces where markdown was blanked out ("»**, —" reads "»  , —"): one space when a distance is counted
_SPACES = re.compile(r" {2,}")
# a sentence end before a space, or glued to the next sentence's capital or opening mark ('растения."Он ...')
SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|$|(?=[\"«„“A-ZА-ЯЁ]))")
# ", сообщает «Лента.ру»" closing reported speech is the outlet's attribution, not part of what was said.
OUTLET_TRAILER = re.compile(r",?\s+(?:сообщает|сообщают|передает|передаёт|пишет|информирует|цитирует)\b[^,]*$")
FIRST_PERSON = {"я", "мы", "меня", "мне", "нас", "нам", "нами", "мной", "наш", "наша", "наше", "наши", "мой", "моя",
                "мое", "моё", "мои"}
THIRD_PERSON = {"он", "она", "они"}
FIRST_SINGULAR = {"я", "меня", "мне", "мной", "мой", "моя", "мое", "моё", "мои"}
OPENING_WORDS = {"а", "и", "но", "однако", "кроме", "того", "впрочем", "между", "тем", "при", "этом"}
# "Такое мнение высказал X": the words are the sentence before, as with "Об этом заявил X"
SUCH_VIEW = (["такое", "мнение"], ["такую", "точку", "зрения"], ["такое", "заявление"], ["такую", "оценку"],
             ["такой", "прогноз"], ["такое", "предположение"], ["такой", "вывод"])
SPEECH_NOUNS = {"заявление", "слово", "слова"}
# "газета «Нью-Йорк таймс», которая отмечает: (paragraph) «...»": an outlet that writes or remarks gives its own words
OWN_WORDS = {"писать", "написать", "отмечать", "отметить"}
POSSESSIVES = {"его", "её", "ее", "их"}
# "Ещё с пресс-конференции Владимира Путина." / "сделал следующие записи:" before a list of his words
SPEECH_EVENTS = {"пресс-конференция", "конференция", "интервью", "выступление", "брифинг", "обращение", "эфир",
                 "марафон", "запись", "заявление", "слово", "пост", "речь"}
# "Улицы Москвы превращаются в «...», — Госдума.": a title signed after a dash, with no verb
SIGNED_TITLE = re.compile(r"^(?P<words>.*?[^\s,—–-])(?P<comma>\s*,)?\s+[—–]\s+"
                          r"(?P<who>[^—–.,!?:;«»\"]{2,60}?)\s*\.?\s*$")
OPENING_MARKS = "«„“\"'"
# "», — научный руководитель Гидрометцентра РФ Вильфанд." after a quotation that opens its paragraph
SIGNATURE = re.compile(r"[ \t*_]*,?[ \t*_]*[—–-][ \t*_]*(?P<who>[^\n.!?;:«»\"]*[^\s.!?;:«»\"*_])[ \t*_]*\.?[ \t*_]*")
INTERVIEW_LABEL = re.compile(r"([A-ZА-ЯЁ][\w.-]*(?: [A-ZА-ЯЁ][\w.-]*){0,3}):[ \t]")


@functools.cache
def manner_verbs() -> dict[str, str]:
    """Lemma -> aspect of the verbs that speak only right after a quotation ("— улыбнулся Байден"), from
    ``data/quote_manner_verbs.tsv``."""
    rows = (line.split("\t") for line in package_file("quote_manner_verbs.tsv").splitlines()
            if line.strip() and not line.startswith("#"))
    return {cells[0].strip(): cells[1].strip() if len(cells) > 1 else "-" for cells in rows}


def _closing_punct(token: str, allowed: str) -> bool:
    """"," "." "..." "?!" - punctuation that may close the words before a dash."""
    return bool(token) and all(ch in allowed for ch in token)


def find_quotes(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    """The quotes stage: add ``Doc.quotes``, in text order."""
    if not doc.tokens:
        return doc
    found = _Finder(_plain(doc), vocab, lexicon).run()
    return replace(doc, quotes=tuple(replace(q, text=doc.text[q.start:q.stop]) for q in found))


def _plain(doc: Doc) -> Doc:
    """The article as the quote rules read it: markdown emphasis and link addresses blanked out of the text and their
    tokens ("**", "_", "](https://...)") dropped, heads and sentences renumbered, so "»**, — заявил" is a closing
    mark followed by its attribution. Character offsets do not change."""
    plain = mask_markup(doc.text)
    if plain == doc.text:
        return doc
    keep = [k for k, t in enumerate(doc.tokens) if not is_markup(t.text) and plain[t.start:t.stop].strip()]
    if len(keep) == len(doc.tokens):
        return replace(doc, article=replace(doc.article, text=plain))
    new_index = {old: new for new, old in enumerate(keep)}

    def head(k: int) -> int:
        seen = 0
        while k >= 0 and k not in new_index and seen < len(doc.tokens):
            k = doc.tokens[k].head  # a markup token's dependants hang from its own head
            seen += 1
        return new_index.get(k, -1)

    tokens = tuple(Token(t.start, t.stop, t.text, t.lemma, t.pos, t.feats, head(t.head), t.rel, t.sent)
                   for t in (doc.tokens[k] for k in keep))
    sents: list[Sentence] = []
    for sent in doc.sents:
        inside = [new_index[k] for k in range(sent.first, sent.last) if k in new_index]
        first = inside[0] if inside else (sents[-1].last if sents else 0)
        sents.append(Sentence(sent.start, sent.stop, first, inside[-1] + 1 if inside else first))
    return replace(doc, article=replace(doc.article, text=plain), tokens=tokens, sents=tuple(sents))


# "призвал ООН «...»": the words the addressee phrase between a speech verb and its quotation hang by
ADDRESSEE_RELS = ("obj", "iobj", "flat", "flat:name", "appos", "nmod")


@dataclass
class _Free:
    segment: Segment
    colon: bool  # introduced by a colon with nobody named before it


class _Finder:
    def __init__(self, doc: Doc, vocab: Any, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.vocab = vocab
        self.resolver = Resolver(doc, vocab, lexicon, post_matcher(lexicon, vocab))
        self.quotes: list[Quote] = []
        self.consumed: set[int] = set()  # tokens of attributions and of direct quotes: no cue is read there
        self.free: list[_Free] = []
        self.segment_spans: list[tuple[int, int]] = []  # every quoted segment: cues inside are not read
        self.segment_cache: dict[tuple[int, int], list[Segment]] = {}
        self.names: dict[int, int] = {}  # opening mark -> closing mark of a closed «name» of one or two words
        self.deferred: list[tuple[Segment, Cue, int, int, int]] = []  # "ответил: «...»" with no speaker found yet
        self.labels: set[str] | None = None  # the names that open two interview paragraphs or more ("Голос Америки")
        self.body_start = 0  # where the second paragraph begins (the first is a headline, never an interview line)
        self.relisted: list[tuple[int, tuple[int, int]]] = []  # (quote, lead) of answers a lead's pronoun gave
        self.unmarked: set[tuple[int, int]] = set()  # someone's words without quotation marks, read for cues too
        self.block = (0, 0)  # the paragraph (or joined paragraphs) whose quotations are being read
        self.paras = paragraphs(self.text)  # every non-empty line, found once
        self.leading = self.paras[:3]  # the title and the lines right after it

    # -- helpers -------------------------------------------------------------------------------------------

    def _segs(self, start: int, stop: int) -> list[Segment]:
        """``segments`` of a span, computed once per span (the passes ask for the same paragraphs again)."""
        found = self.segment_cache.get((start, stop))
        if found is None:
            found = self.segment_cache[(start, stop)] = segments(self.text, start, stop)
        return found

    def _tok(self, char: int) -> int:
        return self.resolver.token_at(char)

    def _sentence_bounds(self, k: int) -> tuple[int, int]:
        """Token range [first, last) of the sentence of token k, cut at line breaks."""
        sent = self.doc.sents[self.tokens[k].sent]
        first, last = sent.first, sent.last
        line_start = self.text.rfind("\n", 0, self.tokens[k].start) + 1
        line_stop = self.text.find("\n", self.tokens[k].stop)
        line_stop = len(self.text) if line_stop < 0 else line_stop
        while first < k and self.tokens[first].start < line_start:
            first += 1
        while last > k + 1 and self.tokens[last - 1].stop > line_stop:
            last -= 1
        first = max([first, *(j + 1 for j in range(first, k) if self._missed_end(j))])
        last = next((j + 1 for j in range(k, last - 1) if self._missed_end(j)), last)
        return first, last

    def _missed_end(self, j: int) -> bool:
        """Token ``j`` ends a sentence the splitter ran on through: a full stop and a capitalised word after markup
        ('"намного вкуснее".** При этом') or with no space ('"Россия 24".Она добавила'); not after an initial or a
        short abbreviation ("А. Кудрин", "им. Плеханова")."""
        if j < 1 or j + 1 >= len(self.tokens) or self.tokens[j].text not in (".", "!", "?", "…") or \
                not self.tokens[j + 1].text[:1].isupper():
            return False
        before = self.tokens[j - 1].text
        return not (before.isalpha() and (len(before) <= 3 or before.isupper()))

    def _add(self, speaker: Speaker | None, kind: str, cue: str, start: int, stop: int, direct_span: bool,
             outlet: bool = False, unmarked: bool = False) -> None:
        if kind == "indirect":  # "считает, что нужно принуждение: «Если вы ...»": the reported words end at the quote
            quoted = [q.start for q in self.quotes if q.kind == "direct" and start < q.start < stop]
            stop = min([stop, *quoted])
            while quoted and stop > start and self.text[stop - 1] in OPENING_MARKS + " \t\n":
                stop -= 1
        while start < stop and (self.text[start] in " \t,:" or kind == "indirect" and not (
                self.text[start].isalnum() or self.text[start] in OPENING_MARKS + "(«")):
            start += 1  # "❗️Уровень заболеваемости вырос ..., сообщили в ...": the emoji is no part of the words
        while stop > start and self.text[stop - 1] in " \t,;:-–—":
            stop -= 1
        if stop <= start or speaker is None or is_outlet(speaker.text) and not outlet:
            return  # an outlet reports what others said, unless the words are its own (``outlet``)
        if kind == "indirect" and speaker.entity and any(
                q.kind == kind and q.speaker == speaker.entity and (q.start <= start and stop <= q.stop
                                                                    or start <= q.start and q.stop <= stop)
                for q in self.quotes):
            return  # "По словам Борреля, он считает, что ...", "X заявил, что ... Об этом X заявил": counted once
        if speaker.entity:
            entity = self.resolver.full_name(speaker.entity)
            speaker = Speaker(entity, speaker.text)
            self.resolver.speakers.add(entity)
            self.resolver.reported.append((start, stop, entity))
        quote = Quote(speaker=speaker.entity, speaker_text=speaker.text, kind=kind, cue=cue,
                      start=start, stop=stop, text=self.text[start:stop])
        self.quotes.append(quote)
        if direct_span:
            self.resolver.excluded.append((start, stop))
            if unmarked:  # "Он сообщил, что прилетит позже" in her unmarked answer: his words reported in hers
                self.unmarked.add((start, stop))
            else:
                self.consumed.update(range(self._tok(start), self._tok(stop)))

    def _prime(self, position: int) -> None:
        """Let the resolver know where the quote starts and who spoke last before it."""
        before = [q for q in self.quotes if q.stop <= position and q.speaker]
        self.resolver.last_speaker = max(before, key=lambda q: q.stop).speaker if before else None
        self.resolver.anchor = position

    def _cue_at(self, k: int) -> tuple[Cue, int] | None:
        if k >= len(self.tokens) or k in self.consumed:
            return None
        return match_cue(self.tokens, k, self.vocab)

    def _cue_after_quotation(self, k: int) -> tuple[Cue, int] | None:
        """A speech cue, or a verb of manner ("улыбнулся", "обратился к протестующим", "спросил") that speaks only
        here, right after a closing mark and a dash."""
        hit = self._cue_at(k)
        if hit is not None or k >= len(self.tokens) or k in self.consumed:
            return hit
        token = self.tokens[k]
        aspect = manner_verbs().get(token.lemma.lower().replace("ё", "е"))
        if aspect is None or token.pos != "VERB" or token.feats.get("VerbForm") != "Fin":
            return None
        return Cue((token.lemma.lower(),), aspect, "subj", frozenset()), k + 1

    def _cue_text(self, k: int, end: int) -> str:
        return self.text[self.tokens[k].start:self.tokens[end - 1].stop]

    # -- the passes ----------------------------------------------------------------------------------------

    def run(self) -> tuple[Quote, ...]:
        for start, stop in self._blocks():
            self._paragraph(start, stop)
        self._signed()
        self._listed()
        self._interview()
        self._reported()
        self._resolve_deferred()
        self._resolve_relisted()
        self._unmarked()
        self._unmarked_sentence()
        self._continued()
        self._nested()
        return tuple(sorted(self.quotes, key=lambda q: (q.start, q.stop)))

    def _blocks(self) -> list[tuple[int, int]]:
        """The paragraphs, a quotation running over two of them joined into one block."""
        blocks: list[tuple[int, int]] = []
        for para in self.paras:
            if blocks and continues(self.text, blocks[-1], para):
                blocks[-1] = (blocks[-1][0], para[1])
            else:
                blocks.append(para)
        return blocks

    def _paragraph(self, start: int, stop: int) -> None:
        self.block = (start, stop)
        if self._headline(start, stop) or self._title_signed(start, stop) or self._quoted_title(start, stop):
            return
        taken_until = start
        words_start = dialogue_start(self.text, start, stop)
        if words_start is not None:
            taken_until = self._dialogue(words_start, stop)
        for segment in self._segs(start, stop):
            if segment.open_mark < taken_until:
                continue
            if words(self.text[segment.start:segment.stop]) >= 3:
                self.segment_spans.append((segment.start, segment.stop))
            elif segment.closed:
                self.names[segment.open_mark] = segment.close_mark
            self._segment(segment, start)

    def _quoted_title(self, start: int, stop: int) -> bool:
        """"«Нас не поссорить»: Киев изучает вмешательство в выборы в США", "\"Ведем переговоры с шестью
        производителями\": премьер обозначил сроки": a title (one of the first three lines, no sentence end after the
        colon) that opens with a quotation: direct speech of the person its summary names as the subject (a post
        stands for its holder), else of nobody named."""
        inner = self._segs(start, stop)
        if not inner or not inner[0].closed or self.text[start:inner[0].open_mark].strip(" *_\t"):
            return False
        segment = inner[0]
        rest = self.text[segment.close_mark:stop].rstrip()
        if not rest.startswith(":") or any(ch in rest for ch in SENTENCE_END) or words(rest) < 2:
            return False
        # words said, not a name ("«Спутник V»: как записаться на прививку"): a verb, or six words and more
        quoted = self.tokens[self._tok(segment.start):self._tok(segment.stop)]
        if not any(t.pos in ("VERB", "AUX") for t in quoted) and words(self.text[segment.start:segment.stop]) < 6:
            return False
        if (start, stop) not in self.leading:
            return False
        self._prime(segment.start)
        speaker = Speaker(None, "")
        for k in range(self._tok(segment.close_mark), self._tok(stop)):
            token = self.tokens[k]
            if token.rel not in ("nsubj", "nsubj:pass") or not (0 <= token.head < len(self.tokens)):
                continue
            m = self.resolver.mention(k)
            if m is not None:
                speaker = Speaker(m.entity, m.text)
            elif token.pos == "NOUN" and self.resolver.matcher.match(self.tokens, k) is not None:
                holder = self.resolver.post_holder(k) or self.resolver.named_later(k, None)
                speaker = Speaker(holder, token.text) if holder else speaker
            break
        self._add(speaker, "direct", "", segment.start, segment.stop, True)
        return True

    def _title_signed(self, start: int, stop: int) -> bool:
        """"Евросоюз потратил на Украину €124 млрд, — еврокомиссар Рейндерс.": the first line signed after a dash by
        a name, a post or an organisation, with no verb (a headline; "— СМИ" is an outlet and says nothing)."""
        if (start, stop) != next(iter(self.paras), None):
            return False
        match = SIGNED_TITLE.match(self.text, start, stop)
        # up to four words ("еврокомиссар Рейндерс"), six for a capitalised name ("Ассоциация мебельной и ... отрасли")
        if match is None or words(match["who"]) > (6 if match["who"].strip()[:1].isupper() else 4) or \
                words(match["words"]) < 3:
            return False
        if not match["comma"] and re.search(r"[A-ZА-ЯЁ][\w-]*$", match["words"]):
            return False  # "Создатель MySQL против сделки Oracle — Sun": a dash between two names signs nothing
        first, last = self._tok(match.start("who")), self._tok(match.end("who"))
        if first >= last or any(t.pos in ("VERB", "AUX") for t in self.tokens[first:last]):
            return False
        if not match["who"].strip()[:1].isupper() and self.tokens[first].pos not in ("NOUN", "PROPN") and not any(
                self.resolver.mention(k, ("PER", "ORG", "LOC")) is not None
                or self.resolver.matcher.match(self.tokens, k) is not None for k in range(first, last)):
            # "Доллар упал ниже 104₽, евро — ниже 110": the dash stands for a verb, and no one ("— власти", "—
            # губернатор", "— Госдума") signs
            return False
        if re.search(r"(?:^|\s)это\s*,?\s*$", match["words"], re.IGNORECASE):
            return False  # "в Госдуме заявили, что это — мигранты": a copula's dash, what it is, not who says so
        speaker = self._signature(first, last, match["who"].strip())
        inner = self._segs(start, match.end("words"))
        content_start = start
        while content_start < stop and not self.text[content_start].isalnum() and \
                self.text[content_start] not in OPENING_MARKS:
            content_start += 1
        if len(inner) == 1 and inner[0].open_mark == content_start and inner[0].closed and \
                not self.text[inner[0].close_mark:match.end("words")].strip(" ,"):
            self._add(speaker, "direct", "—", inner[0].start, inner[0].stop, True)
        else:
            self._add(speaker, "indirect", "—", content_start, match.end("words"), False)
        return True

    def _signature(self, first: int, last: int, text: str) -> Speaker:
        """Who signs with the words of tokens [first, last) after a dash: the person named there, else the
        organisation or place, else the holder of the post ("— губернатор", named with the post or as its speaker
        afterwards; "— власти" is no post and names nobody)."""
        speaker = next((Speaker(m.entity, m.text) for k in range(first, last)
                        if (m := self.resolver.mention(k, ("PER",))) is not None), None) or \
            next((Speaker(m.entity, m.text) for k in range(first, last)
                  if (m := self.resolver.mention(k, ("ORG", "LOC"))) is not None), None)
        if speaker is None:
            post = self.resolver.matcher.match(self.tokens, first) is not None
            holder = self.resolver.post_holder(first) or (self.resolver.named_later(first, None) if post else None)
            speaker = Speaker(holder, text)
        return speaker

    def _signed_quotation(self, segment: Segment, para_start: int) -> bool:
        """"«Температур ниже нормы не прогнозируется ...», — научный руководитель Гидрометцентра РФ Вильфанд.": a
        paragraph that is a quotation signed after a dash by a name, a post or an organisation, with no verb."""
        if not segment.closed or self.text[para_start:segment.open_mark].strip(" *_\t") or \
                words(self.text[segment.start:segment.stop]) < 3:
            return False
        line_end = self.text.find("\n", segment.close_mark)
        line_end = len(self.text) if line_end < 0 else line_end
        tail = SIGNATURE.fullmatch(self.text, segment.close_mark, line_end)
        if tail is None:
            return False
        first, last = self._tok(tail.start("who")), self._tok(tail.end("who"))
        if first >= last or last - first > 14 or any(t.pos in ("VERB", "AUX") for t in self.tokens[first:last]) \
                or not any(self.resolver.mention(k, ("PER", "ORG")) is not None for k in range(first, last)) and \
                not any(self.resolver.matcher.match(self.tokens, k) is not None for k in range(first, last)):
            return False  # "«Разложение мозга» — слово 2024 года": no one signs
        speaker = self._signature(first, last, tail["who"].strip())
        if speaker.entity is None or is_outlet(speaker.text):
            return False
        self._add(speaker, "direct", "—", segment.start, segment.stop, True)
        return True

    def _headline(self, start: int, stop: int) -> bool:
        """"Р.Головченко: фундамент ..." - a line opening with a person and a colon (after markup: "**🔻Зеленский:")."""
        while start < stop and not self.text[start].isalnum() and self.text[start] not in OPENING_MARKS:
            start += 1
        k = self._tok(start)
        labelled = self._interview_label(start)
        # "Stratfor: После продления СНВ-3 оттепели ... можно не ждать": an organisation speaks in the title line
        title = (start, stop) == next(iter(self.leading), None)
        types = ("PER", "ORG") if labelled or title else ("PER",)
        m = self.resolver.mention(k, types) if k < len(self.tokens) else None
        if m is not None and m.type == "ORG" and not labelled and is_outlet(m.text):
            m = None  # "РИА Новости: ..." is the outlet's own heading, no one's words
        if m is None and labelled:
            m = self._labelled(start)
        if m is None and k < len(self.tokens) and title:
            m = self._post_title(k, stop)
        if m is None or m.start != start:
            return False
        rest = self.text[m.stop:stop]
        if not rest.lstrip().startswith(":"):
            return False
        content = m.stop + rest.index(":") + 1
        inner = self._segs(content, stop)
        speaker = Speaker(m.entity or None, m.text)
        if inner and not self.text[content:inner[0].open_mark].strip() and \
                not self.text[inner[0].close_mark:stop].strip(" .\t"):
            self._add(speaker, "direct", ":", inner[0].start, inner[0].stop, True)
        elif labelled:  # "Мустафа Джемилев: Да, всё верно. ...": an interview's answer, in the speaker's own words
            while content < stop and self.text[content].isspace():
                content += 1
            self._add(speaker, "direct", ":", content, len(self.text[:stop].rstrip()), True)
        else:
            self._add(speaker, "indirect", ":", content, stop, False)
        return True

    def _post_title(self, k: int, stop: int) -> Mention | None:
        """"Глава Малайзии: мы не хотим противостоять Китаю": a title opening with a post and a colon, said by the
        person holding it in the article (named with the post elsewhere, or named afterwards as one who speaks)."""
        colon = k
        while colon < len(self.tokens) and colon - k < 5 and self.tokens[colon].text != ":" and \
                self.tokens[colon].pos not in ("VERB", "AUX", "PUNCT"):
            colon += 1
        if colon == k or colon >= len(self.tokens) or self.tokens[colon].text != ":" or \
                self.tokens[colon].start >= stop or self.tokens[k].feats.get("Case") != "Nom" or \
                self.resolver.matcher.match(self.tokens, k) is None:
            return None
        holder = self.resolver.post_holder(k) or self.resolver.named_later(k, None)
        if holder is None:
            return None
        start, end = self.tokens[k].start, self.tokens[colon - 1].stop
        return Mention(start=start, stop=end, text=self.text[start:end], type="PER", normal="", entity=holder)

    def _labelled(self, start: int) -> Mention | None:
        """An interview label the recogniser did not take for a name ("Голос Америки:"): the entity of that name
        in the article, else None."""
        label = INTERVIEW_LABEL.match(self.text, start)
        if label is None:
            return None
        want = [word[:4] for word in fold(label[1]).split()]
        # "Голос Америки" in "Русской службе «Голоса Америки»": every word of the label begins a word of the name
        entity = next((e.id for e in self.doc.entities for name in (e.name, *e.aliases)
                       if all(any(w.startswith(stem) for w in fold(name).replace("«", " ").split()) for stem in want)),
                      None)
        if entity is None:
            return None  # "Фото: ..." twice, "Источник: ...": a label that names no one of the article
        return Mention(start=start, stop=label.end(1), text=label[1], type="ORG", normal=label[1], entity=entity)

    def _interview_label(self, start: int) -> bool:
        """A body paragraph opening with a name and a colon that opens another paragraph too ("Голос Америки: ...",
        "Мустафа Джемилев: ..."): an interview's questions and answers, not a headline."""
        if self.labels is None:
            counts: dict[str, int] = {}
            paras = self.paras
            for a, _ in paras[1:]:
                if (label := INTERVIEW_LABEL.match(self.text, a)) is not None:
                    counts[label[1]] = counts.get(label[1], 0) + 1
            self.labels = {label for label, count in counts.items() if count >= 2}
            self.body_start = paras[1][0] if len(paras) > 1 else len(self.text)
        if not self.labels or start < self.body_start:
            return False
        label = INTERVIEW_LABEL.match(self.text, start)
        return label is not None and label[1] in self.labels

    def _dialogue(self, words_start: int, stop: int) -> int:
        """A paragraph opening with a dash: the words up to ", - отметил X"; returns where it ends."""
        first, last = self._tok(words_start), self._tok(stop)
        for d in range(last - 2, first, -1):
            if self.tokens[d].text not in DASHES or not _closing_punct(self.tokens[d - 1].text, ",.!?…"):
                continue
            hit = self._cue_at(d + 1)
            if hit is None:
                continue
            cue, end = hit
            self._prime(words_start)
            speaker = self.resolver.for_cue(cue, d + 1, end, self._sentence_bounds(d + 1)[1])
            content_stop = self.tokens[d - 1].start if self.tokens[d - 1].text == "," else self.tokens[d - 1].stop
            self.consumed.update(range(d, self._sentence_bounds(d + 1)[1]))
            self._add(speaker, "direct", self._cue_text(d + 1, end), words_start, content_stop, True)
            return stop
        return words_start

    def _segment(self, segment: Segment, para_start: int) -> None:
        if self._split(segment) or self._trailing(segment) or self._colon(segment, para_start) \
                or self._introduced(segment) or self._signed_quotation(segment, para_start):
            return
        self.free.append(_Free(segment, self.text[para_start:segment.open_mark].rstrip().endswith(":")))

    def _split(self, segment: Segment) -> bool:
        """«Первая часть, - заявил Сергей Лавров. - Вторая часть»"""
        first, last = self._tok(segment.start), self._tok(segment.stop)
        for d in range(first + 1, last - 1):
            if self.tokens[d].text not in DASHES or not _closing_punct(self.tokens[d - 1].text, ",.!?…"):
                continue
            hit = self._cue_after_quotation(d + 1)
            if hit is None:
                continue
            cue, end = hit
            resume = next((k for k in range(end, last - 1)
                           if self.tokens[k].text in DASHES and self.tokens[k - 1].text in ".,"), None)
            if resume is None:
                return False
            self._prime(segment.start)
            speaker = self.resolver.for_cue(cue, d + 1, end, resume - 1)
            self.consumed.update(range(d, resume + 1))
            cue_text = self._cue_text(d + 1, end)
            part1_stop = self.tokens[d - 1].start if self.tokens[d - 1].text == "," else self.tokens[d - 1].stop
            self._add(speaker, "direct", cue_text, segment.start, part1_stop, True)
            self._add(speaker, "direct", cue_text, self.tokens[resume].stop, segment.stop, True)
            return True
        return False

    def _trailing(self, segment: Segment) -> bool:
        """«...», - сказал Роман Головченко.  «...» — говорит Сагдеев.  «...», цитирует infox.ru Сябренко."""
        if not segment.closed or self._name_in_sentence(segment) or self._inside_sentence(segment):
            return False
        k = self._tok(segment.close_mark)
        separated = self.text[segment.stop - 1:segment.stop] in SENTENCE_END
        while k < len(self.tokens) and self.tokens[k].text in ",.!?…" + DASHES:
            separated = True
            k += 1
        if k < len(self.tokens) and "\n" in self.text[segment.close_mark:self.tokens[k].start] and \
                self.tokens[k].text[:1].islower():
            separated = True  # «...»\n\nзаявил после инаугурации Рамзан Кадыров: the next line goes on the sentence
        if not separated or k >= len(self.tokens):
            return False
        # at most a comma and a dash between the marks and the cue, however many spaces the blanked markdown left
        # ("»**, — [заявил](https://...)" reads "»  , —  заявил")
        if len(_SPACES.sub(" ", self.text[segment.close_mark:self.tokens[k].start])) > 6:
            return False
        between = self.text[segment.stop:self.tokens[k].start]
        if "\n" in between and any(ch in between for ch in ".!?…"):
            return False  # "... составлял «около 2 млрд рублей».\n\nСогласно отчетности ВТБ, ...": a new paragraph
        hit = self._cue_after_quotation(k)
        if hit is None:
            return False
        cue, end = hit
        if cue.speaker == "gen" and self.tokens[k].text[:1].isupper():
            return False  # "«...». По мнению Романа Коноплева, ...": a new sentence opens with its own speaker
        self._prime(segment.start)
        bound = min(self._sentence_bounds(k)[1], self._next_quotation(segment))
        speaker = self.resolver.for_cue(cue, k, end, bound)
        own = speaker is not None and is_outlet(speaker.text) and self._outlet_writes(segment, cue)
        if speaker is not None and is_outlet(speaker.text) and not own:
            return False  # «...», сообщает Лента.ру: the quote was attributed before the marks
        # "— сказал он, заверив, что ...": the gerund after the speaker keeps a clause of its own
        gerund = next((j for j in range(end, bound - 1) if self.tokens[j].text == ","
                       and self.tokens[j + 1].feats.get("VerbForm") == "Conv"), bound)
        self.consumed.update(range(self._tok(segment.close_mark), gerund))
        self._add(speaker, "direct", self._cue_text(k, end), segment.start, segment.stop, True, outlet=own)
        return True

    def _inside_sentence(self, segment: Segment) -> bool:
        """"Марксизм вывел Китай на путь «построения ... государства», заявил глава КНР": the quoted words end a
        sentence of the author's words (two or more before the marks, after no colon or dash), so the cue after them
        reports the whole sentence, not the quotation alone; when the quotation is most of the sentence ("Страны ЕС
        предоставили Украине «все возможные виды вооружений ...», — отметил еврокомиссар") it is what was said."""
        line = self.text[self.text.rfind("\n", 0, segment.open_mark) + 1:segment.open_mark]
        before = SENTENCE_BREAK.split(line)[-1].strip()
        return words(before) >= max(2, words(self.text[segment.start:segment.stop])) and \
            before[-1] not in ":" + DASHES + OPENING_MARKS

    def _next_quotation(self, segment: Segment) -> int:
        """The token where the next quotation of the paragraph opens («...», — сказал X на совещании по закону «О
        милиции» — «Ещё со времен ..., — напомнил Медведев. — ...»: the splitter ran the sentence on into it, and its
        own cue must stay readable), or past the last token."""
        for other in self._segs(*self.block):
            if other.open_mark > segment.close_mark and words(self.text[other.start:other.stop]) >= 3:
                return self._tok(other.open_mark)
        return len(self.tokens)

    def _outlet_writes(self, segment: Segment, cue: Cue) -> bool:
        """"«Наконец-то всё позади, мы выбираем», пишет на первой странице газета «Ла стампа»": a newspaper's own
        words, opening their sentence with nobody named before them in it (after "Путин заявил: «...»" the outlet
        only reports)."""
        if not set(cue.lemmas) & {"писать", "написать"}:
            return False
        line_start = self.text.rfind("\n", 0, segment.open_mark) + 1
        before = self.text[line_start:segment.open_mark].rstrip()
        return not before or before[-1] in SENTENCE_END

    def _name_in_sentence(self, segment: Segment) -> bool:
        """'в соцсети "ВКонтакте", пишет «Ъ»': two words or fewer without a verb, quoted inside a sentence."""
        line = self.text[self.text.rfind("\n", 0, segment.open_mark) + 1:segment.open_mark].rstrip()
        if not line or line[-1] in SENTENCE_END + ":" + DASHES:
            return False
        first, last = self._tok(segment.start), self._tok(segment.stop)
        return words(self.text[segment.start:segment.stop]) <= 2 and \
            not any(t.pos in ("VERB", "AUX") for t in self.tokens[first:last])

    def _colon(self, segment: Segment, para_start: int) -> bool:
        """Клинсман заявил: «...»   Слова Сагдеева из интервью: «...»"""
        before = self.text[para_start:segment.open_mark].rstrip()
        if before.endswith(tuple(DASHES)) and before[:-1].rstrip().endswith(":"):
            before = before[:-1].rstrip()  # "«...», говорит Пегги Уитсон: — «...»": a dash after the colon
        if not before.endswith(":"):
            return False
        colon = self._tok(para_start + len(before) - 1)
        if words(self.text[segment.start:segment.stop]) < 2 and not self._verb_before_colon(colon):
            return False  # "перечислив ракеты: «Цирконы», «Искандеры»": names, not words said
        first = self._sentence_bounds(colon)[0] if colon < len(self.tokens) else colon
        self._prime(segment.start)
        for v in range(colon - 1, first - 1, -1):
            hit = self._cue_at(v)
            if hit is not None and self.tokens[v].feats.get("VerbForm") != "Inf":  # "не собирается просить: «...»"
                cue, end = hit
                speaker = self.resolver.for_cue(cue, v, end, colon)
                if speaker is None:  # no subject: ask again once reported speech has named who spoke last
                    self.deferred.append((segment, cue, v, end, colon))
                    return True
                self._add(speaker, "direct", self._cue_text(v, end), segment.start, segment.stop, True)
                return True
        said_before = [q.stop for q in self.quotes if q.kind == "direct" and first <= self._tok(q.stop) < colon]
        for k in range(max([first, *(self._tok(stop) for stop in said_before)]), colon):
            m = self.resolver.mention(k)
            if m is not None:
                nouns = [t.text for t in self.tokens[first:colon] if t.lemma.lower() in SPEECH_NOUNS]
                said = nouns[0] if nouns else ":"
                self._add(Speaker(m.entity, m.text), "direct", said, segment.start, segment.stop, True)
                return True
        return self._post_headline(first, colon, segment)

    def _resolve_deferred(self) -> None:
        """"Он подчеркнул, что ... На вопрос о работе ответил лаконично: «Никак»": a quotation after a verb without a
        subject, resolved again once the reported speech before it is known (the one who spoke last goes on)."""
        for segment, cue, v, end, colon in self.deferred:
            self._prime(segment.start)
            speaker = self.resolver.for_cue(cue, v, end, colon)
            self._add(speaker, "direct", self._cue_text(v, end), segment.start, segment.stop, True)

    def _verb_before_colon(self, colon: int) -> bool:
        """"ответил лаконично: «Никак»": a speech verb right before the colon (an adverb between) says even one word."""
        k = colon - 1
        if k > 0 and self.tokens[k].pos == "ADV":
            k -= 1
        return k >= 0 and self.tokens[k].pos == "VERB" and self.tokens[k].feats.get("VerbForm") == "Fin" and \
            self._cue_at(k) is not None

    def _post_headline(self, first: int, colon: int, segment: Segment) -> bool:
        """"Генсек НАТО о запуске «Орешника»: «...»": a line opening with a post, and a person holding it in the
        article (named with it elsewhere, or named afterwards as the one who speaks)."""
        k = first
        while k < colon and self.tokens[k].pos in ("PUNCT", "SYM", "X"):
            k += 1  # markup and emoji before the words
        if k >= colon or self.tokens[k].feats.get("Case") != "Nom" or \
                self.resolver.matcher.match(self.tokens, k) is None:
            return False
        holder = self.resolver.post_holder(k) or self.resolver.named_later(k, None)
        if holder is None:
            return False
        last = k  # the post and its genitives, up to "о ..." or the colon
        while last + 1 < colon and self.tokens[last + 1].pos not in ("ADP", "PUNCT", "VERB"):
            last += 1
        text = self.text[self.tokens[k].start:self.tokens[last].stop]
        self._add(Speaker(holder, text), "direct", ":", segment.start, segment.stop, True)
        return True

    def _introduced(self, segment: Segment) -> bool:
        """"сказав «мы принялись за сохранение этого вида работы»": a speech verb right before the marks."""
        k = self._tok(segment.open_mark) - 1
        if k < 0 or words(self.text[segment.start:segment.stop]) < 3:
            return False
        k = self._past_addressee(k)
        hit = self._cue_at(k)
        if hit is None or hit[1] != k + 1 or self.tokens[k].pos != "VERB":
            return False
        inside = self.tokens[self._tok(segment.start):self._tok(segment.stop)]
        if not any(t.pos in ("VERB", "AUX") for t in inside):
            return False  # "сообщает «Спорт уик-энд»": a name, not words said
        self._prime(segment.start)
        speaker = self.resolver.for_cue(hit[0], k, k + 1, k + 1)
        before = len(self.quotes)
        self._add(speaker, "direct", self.tokens[k].text, segment.start, segment.stop, True)
        return len(self.quotes) > before

    def _past_addressee(self, k: int) -> int:
        """"призвал ООН «ответить ...»", "сказал журналистам «...»": the verb before the one or two words it is
        said to (a dative or accusative noun hanging from it); ``k`` itself when there are none."""
        j = k
        while j > k - 2 and j > 0 and self.tokens[j].pos in ("NOUN", "PROPN") \
                and self.tokens[j].feats.get("Case") in ("Dat", "Acc"):
            j -= 1
        if j == k or self.tokens[j].pos != "VERB":
            return k
        linked = all(j <= self.tokens[i].head <= k and self.tokens[i].rel in ADDRESSEE_RELS
                     for i in range(j + 1, k + 1))
        return j if linked else k

    # -- reported speech -----------------------------------------------------------------------------------

    def _reported(self) -> None:
        k = 0
        while k < len(self.tokens):
            hit = self._cue_at(k)
            if hit is None or self._inside_quote(k):
                k += 1
                continue
            cue, end = hit
            if self.tokens[k].feats.get("VerbForm") == "Inf" or self.tokens[k].feats.get("Person") == "1" \
                    or self._asks(end) or self._conditional(k) or not self._reported_at(k, cue, end):
                # "Напомним, что ...": an aside
                k += 1
                continue
            k = end

    def _conditional(self, v: int) -> bool:
        """"..., если исследования подтвердят, что её эффективность превышает 70 процентов": a condition, not words
        anyone said."""
        first = max(0, v - 6)
        return any(t.head == v and t.rel == "mark" and t.text.lower() in ("если", "ежели")
                   for t in self.tokens[first:v])

    def _asks(self, end: int) -> bool:
        """"На вопрос, верит ли он, что Трамп сможет ...": a question put to the speaker, not his words."""
        return end < len(self.tokens) and self.tokens[end].text.lower() == "ли"

    def _inside_quote(self, k: int) -> bool:
        start = self.tokens[k].start
        return any(q.start <= start < q.stop for q in self.quotes
                   if q.kind == "direct" and (q.start, q.stop) not in self.unmarked) or \
            any(a <= start < b for a, b in self.segment_spans) or \
            any(a < start < b for a, b in self.names.items())  # "в эфире радиостанции «Говорит Москва»"

    def _reported_at(self, v: int, cue: Cue, end: int) -> bool:
        first, last = self._sentence_bounds(v)
        tokens = self.tokens
        cue_text = self._cue_text(v, end)
        content_end = self._content_end(first, last)
        self._prime(tokens[first].start)
        self.resolver.anchor = None
        if cue.speaker == "gen":
            return self._according(v, end, cue, cue_text, first, last, content_end)
        lead = [t.text.lower() for t in tokens[first:v]]
        if (lead[:2] in (["об", "этом"], ["о", "этом"]) or lead in (["это"], ["так"], *SUCH_VIEW)) and first > 0 \
                and not any(t.pos == "VERB" for t in tokens[first:v]) and not self._this_noun(first):
            speaker = self.resolver.for_cue(cue, v, end, last)
            quoted = self._quotation_before(tokens[first].start)
            if quoted is not None:  # «...» (new paragraph) "Так заявил глава МИД": his words, quoted
                self._add(speaker, "direct", cue_text, quoted.start, quoted.stop, True)
                return True
            prev_first, _ = self._sentence_bounds(first - 1)
            if self._caption(prev_first, first) and prev_first > 0:
                # "... на четыре года. (line) Леннарт Юханссон (line) Об этом Юханссон заявил": past the caption
                first = prev_first
                prev_first, _ = self._sentence_bounds(first - 1)
            start = tokens[prev_first].start
            stop = self._content_end(prev_first, first)
            self._add(speaker, "indirect", cue_text, start, stop, False)
            return True
        after_cue = [t.text.lower() for t in tokens[end:end + 3]]
        if after_cue[:2] in (["об", "этом"], ["о", "этом"]) and first > 0 and after_cue[2:] != [","] \
                and not any(t.pos == "VERB" for t in tokens[first:v]):
            # "Глава государства заявил об этом в ходе посещения музея": the previous sentence
            prev_first, _ = self._sentence_bounds(first - 1)
            speaker = self.resolver.for_cue(cue, v, end, last)
            self._add(speaker, "indirect", cue_text, tokens[prev_first].start, self._content_end(prev_first, first),
                      False)
            return True
        opening = 0
        while opening < len(lead) and lead[opening] in OPENING_WORDS:
            opening += 1  # "Однако о том, что ..."
        if lead[opening:opening + 4] == ["о", "том", ",", "что"]:
            # "О том, что только от Киева зависит мир, Путин заявил в интервью": the clause put first
            clause = first + opening + 4
            comma = next((j for j in range(v - 1, clause - 1, -1) if tokens[j].text == ","), None)
            if comma is not None and comma > clause:
                speaker = self.resolver.for_cue(cue, v, end, last)
                self._add(speaker, "indirect", cue_text, tokens[clause].start, tokens[comma].start, False)
                return True
        if v > first and (tokens[v - 1].text.lower() == "как" or tokens[first].text.lower() == "как" and not any(
                t.pos in ("VERB", "AUX") for t in tokens[first + 1:v])):  # "Как в свою очередь сообщила X, ..."
            comma = next((j for j in range(end, last) if tokens[j].text == ","), None)
            if comma is not None and comma + 1 < last and tokens[comma + 1].feats.get("VerbForm") == "Part":
                # "Как сообщается в пресс-релизе, опубликованном на сайте Белого дома, ...": past the participle
                comma = next((j for j in range(comma + 1, last) if tokens[j].text == ","), None)
            if comma is None or comma + 1 >= last:
                return False
            speaker = self.resolver.for_cue(cue, v, end, comma)
            start = tokens[comma + 1].start  # "Как сообщил Кудрин, «...»"
            as_ = v - 1 if tokens[v - 1].text.lower() == "как" else first
            if as_ - first >= 3 and tokens[as_ - 1].text == "," and self._last_words(comma + 1, last) <= 3:
                # "Правда, были задержания, но, как пояснили в милиции, профилактические.": a cue inside the
                # sentence, with a word or two after it, reports the whole sentence
                start = tokens[first].start
            self._clause(speaker, cue_text, start, content_end)
            return True
        that = self._that_clause(v, end, last)
        if that is not None and that + 1 >= last:
            return False  # "Лавров заявил, что" and the text ends (a cut feed summary): no words said
        if that is not None:
            speaker = self.resolver.for_cue(cue, v, end, that)
            stop = min(self._next_speaker(that + 1, last, content_end), self._own_predicate(v, that + 1, last))
            self._clause(speaker, cue_text, tokens[that + 1].start, stop)
            return True
        return self._parenthetical(v, end, cue, cue_text, first, last, content_end)

    def _caption(self, first: int, last: int) -> bool:
        """Tokens [first, last) are a line of its own of four words or fewer without a verb: a photo caption or a
        name under a picture, not a sentence that could have been said."""
        start, stop = self.tokens[first].start, self.tokens[last - 1].stop
        before = self.text[:start].rstrip(" \t")
        after = self.text[stop:self.tokens[last].start] if last < len(self.tokens) else ""
        return "\n" not in self.text[start:stop] and (not before or before.endswith("\n")) \
            and "\n" in after and self._last_words(first, last) <= 4 \
            and all(t.pos not in ("VERB", "AUX") for t in self.tokens[first:last])

    def _marked(self, k: int) -> bool:
        """Token ``k`` stands inside quotation marks (a quotation, or a quoted word or two)."""
        start = self.tokens[k].start
        return any(a <= start < b for a, b in self.segment_spans) or \
            any(a < start < b for a, b in self.names.items())

    def _last_words(self, first: int, last: int) -> int:
        """How many words tokens [first, last) hold."""
        return sum(1 for t in self.tokens[first:last] if t.text[:1].isalnum())

    def _this_noun(self, first: int) -> bool:
        """"Об этом скафандре и сообщали все агентства": "этом" qualifies a noun, the sentence is about that thing
        and the one before is not what was said."""
        k = first + 2
        return k < len(self.tokens) and self.tokens[first + 1].text.lower() == "этом" and \
            self.tokens[k].pos in ("NOUN", "PROPN", "ADJ") and self.tokens[k].feats.get("Case") == "Loc"
            # "Об этом активистам сообщили жители": a dative noun is who was told

    def _past_place(self, k: int, last: int) -> int:
        """"заявил в интервью Би-би-си глава МИД Франции": the index after a prepositional phrase at ``k`` (the
        preposition, its noun and the words hanging from that noun), ``k`` itself when none stands there."""
        tokens = self.tokens
        if k >= last or tokens[k].pos != "ADP" or not k < tokens[k].head < min(last, k + 4):
            return k  # past the sentence ("..., сообщи" where a cut text ends): nothing stands there
        j = tokens[k].head
        while j + 1 < last and k <= tokens[j + 1].head <= j and tokens[j + 1].rel not in ("nsubj", "nsubj:pass"):
            j += 1
        return j + 1 if j + 1 < last else k

    def _quotation_before(self, position: int) -> Segment | None:
        """A quotation standing alone that ends right before ``position`` (only a full stop and blanks between)."""
        for free in self.free:
            segment = free.segment
            line_start = self.text.rfind("\n", 0, segment.open_mark) + 1
            if segment.closed and segment.close_mark <= position and words(self.text[segment.start:segment.stop]) >= 3 \
                    and not self.text[segment.close_mark:position].strip(" \t\n.!?…") and \
                    (free.colon or not self.text[line_start:segment.open_mark].strip()):
                return segment
        return None

    def _own_predicate(self, v: int, first: int, last: int) -> int:
        """"Шкрели заявил, что цена будет снижена, но так и не объявил": the clause ends before a second verb of
        the speaker's own."""
        tokens = self.tokens
        clause = {v} | {k for k in range(first, last) if tokens[k].head == v and tokens[k].rel == "ccomp"
                        and self._subject_differs(k, v)}
        for j in range(first + 1, last):
            if tokens[j].head in clause and tokens[j].rel in ("conj", "ccomp") and tokens[j].pos == "VERB" \
                    and j > first + 1 and j not in clause \
                    and not any(t.head == j and t.rel == "mark" for t in tokens[first - 1:j]) \
                    and tokens[j].feats.get("VerbForm") == "Fin" and not self._has_subject(j) \
                    and all(tokens[j].feats.get(f) == tokens[v].feats.get(f) for f in ("Gender", "Number")):
                k = j - 1
                while k > first and (tokens[k].text == "," or tokens[k].pos in ("ADV", "PART", "CCONJ")):
                    k -= 1
                # ", но так и не объявил", ", однако не подтвердил"
                if any(t.pos == "CCONJ" or t.text.lower() == "однако" for t in tokens[k + 1:j]):
                    return tokens[k].stop
        return len(self.text)

    def _has_subject(self, k: int) -> bool:
        return any(t.head == k and t.rel in ("nsubj", "nsubj:pass") for t in self.tokens[max(0, k - 15):k + 15])

    def _subject_differs(self, k: int, v: int) -> bool:
        """The clause at ``k`` has a subject of its own whose gender or number is not the speaker verb's."""
        for t in self.tokens[max(0, k - 15):k + 15]:
            if t.head == k and t.rel in ("nsubj", "nsubj:pass"):
                return any(t.feats.get(f) != self.tokens[v].feats.get(f) for f in ("Gender", "Number"))
        return False

    def _next_speaker(self, first: int, last: int, stop: int) -> int:
        """"Минск считает, что ..., а Россия уверена, что ...": the first clause ends before the second speaker."""
        for j in range(first, last - 2):
            if self.tokens[j].text == "," and self.tokens[j + 1].text.lower() in ("а", "но", "однако"):
                # ", однако в последние недели и он, и глава его офиса стали признавать, что ..."
                for k in range(j + 2, min(j + 16, last)):
                    if self._cue_at(k) is not None and self._that_clause(k, k + 1, last) is not None:
                        return self.tokens[j].start
            if self.tokens[j].text == "," and self._closing_cue(j + 1, last):
                return self.tokens[j].start
        return stop

    def _closing_cue(self, k: int, last: int) -> bool:
        """"..., если исследования подтвердят, что её эффективность превышает 70 процентов, отметил Степанов.": a
        finite speech verb after the clause's last comma with only its speaker after it (a name, at most four words)
        closes the sentence's words; the clause before it ends there."""
        tokens = self.tokens
        if k >= last or tokens[k].pos != "VERB" or tokens[k].feats.get("VerbForm") != "Fin" or \
                self._cue_at(k) is None:
            return False
        rest = [t for t in tokens[k + 1:last] if t.text not in SENTENCE_END]
        return 0 < len(rest) <= 4 and all(t.pos in ("PROPN", "NOUN", "ADJ", "PRON") for t in rest) and \
            self.resolver.mention(k + 1) is not None

    def _content_end(self, first: int, last: int) -> int:
        stop = self.tokens[last - 1].stop
        if self.tokens[last - 1].text in SENTENCE_END:
            stop = self.tokens[last - 1].start
        text = self.text[self.tokens[first].start:stop]
        trailer = OUTLET_TRAILER.search(text)
        return self.tokens[first].start + trailer.start() if trailer else stop

    def _that_clause(self, v: int, end: int, last: int) -> int | None:
        """The index of "что" in "X заявил [кому, где, о том], что ..."; None when the verb takes no clause."""
        j = end
        while j < min(last - 1, end + 15):
            token = self.tokens[j]
            if token.text == "," and self.tokens[j + 1].text.lower() == "что":
                return j + 1
            if token.text == "," and self.tokens[j + 1].text.lower() == "чтобы" and j + 2 < last and \
                    self.tokens[j + 2].text in OPENING_MARKS:
                return j + 1  # "призвал к тому, чтобы «Россия жила ...»": his words (no quote without the marks)
            if token.start in self.names:  # "рассказал в эфире «Говорит Москва», что": a name, not the words
                j = self._tok(self.names[token.start])
                continue
            if token.text in (":", "«", '"', ".") or \
                    (token.pos == "VERB" and token.feats.get("VerbForm") in ("Fin", "Inf", "Conv")):
                return None  # "требуя от властей признать, что", "рассказала, добавив, что": another verb's clause
            if token.rel == "obj" and token.head == v and token.pos == "NOUN" and \
                    token.feats.get("Animacy") != "Anim" and not self._by_that(j + 1, last):
                return None  # "опроверг предположения, что ...": the clause belongs to the noun (not so after
                # "оповестил всех партнёров о том, что": the people told)
            j += 1
        return None

    def _by_that(self, j: int, last: int) -> bool:
        """"объяснил отказ тем, что ...": the clause after "тем" is the verb's (what he gave as the reason), not the
        object's ("опроверг предположения, что")."""
        return j + 2 < last and self.tokens[j].text.lower() == "тем" and self.tokens[j + 1].text == "," \
            and self.tokens[j + 2].text.lower() == "что"

    def _clause(self, speaker: Speaker | None, cue_text: str, start: int, stop: int) -> None:
        """What follows "что" or "Как сообщил X,": a clause, or the speaker's words in quotation marks (also when a
        clause of the author's follows the closing mark after a comma: 'утверждает, что «...», в больнице ...')."""
        inner = self._segs(start, stop)
        if inner and inner[0].open_mark == start and (inner[0].close_mark >= stop - 1 or self._whole_clause(inner[0])):
            self._add(speaker, "direct", cue_text, inner[0].start, inner[0].stop, True)
            self.free = [f for f in self.free if f.segment.open_mark != start]
            return
        self._add(speaker, "indirect", cue_text, start, stop, False)

    def _whole_clause(self, segment: Segment) -> bool:
        """The marks close a clause of three words or more with a verb of its own, a comma right after them."""
        first, last = self._tok(segment.start), self._tok(segment.stop)
        return segment.closed and self.text[segment.close_mark:segment.close_mark + 1] == "," and \
            words(self.text[segment.start:segment.stop]) >= 3 and \
            any(t.pos in ("VERB", "AUX") for t in self.tokens[first:last])

    def _according(self, v: int, end: int, cue: Cue, cue_text: str, first: int, last: int, content_end: int) -> bool:
        """"По словам X, ...", "По мнению X, ...", "Их первой жертвой, по словам президента, становится ..."."""
        tokens = self.tokens
        comma = next((j for j in range(end, last) if tokens[j].text == ","), None)
        if any(tokens[j].text.lower() in ("его", "её", "ее", "их") for j in range(v, end)) and \
                (comma is None or comma > end):
            comma = end - 1  # "По его мнению страны Балтии ...": nothing more to name the speaker
        if comma is None or comma + 1 >= last:
            return False
        if cue.lemmas == ("согласно",) and self.resolver.mention(end) is None:
            return False
        if cue.lemmas == ("по", "сообщение") and not self._people_report(v, end):
            return False  # "по сообщениям СМИ", "по сообщению ТАСС": an outlet's attribution, no one's words
        if cue.lemmas == ("согласно",) and not any(self.resolver.mention(j) for j in range(end, comma)):
            return False
        speaker = self.resolver.for_cue(cue, v, end, comma)
        at_start = all(t.text.lower() in OPENING_WORDS or t.text == "," for t in tokens[first:v])
        # "..., где, по словам Брода, «публиковались обвинения ...»": the quotation after it is what he said
        quoted = tokens[v - 1].text == "," and tokens[comma + 1].text in OPENING_MARKS
        start = tokens[comma + 1].start if at_start or quoted else tokens[first].start
        self._clause(speaker, cue_text, start, content_end)
        return True

    def _people_report(self, v: int, end: int) -> bool:
        """"По сообщениям докторов", "по его сообщению": people report (a person named, a pronoun, or an animate
        noun), not an outlet or a document."""
        if any(self.tokens[j].text.lower() in POSSESSIVES for j in range(v, end)):
            return True
        if end >= len(self.tokens):
            return False
        token = self.tokens[end]
        if not (self.resolver.mention(end) is not None or token.pos == "NOUN" and token.feats.get("Animacy") == "Anim"):
            return False
        # "по сообщениям блоггеров и СМИ": the media among them make it an attribution
        phrase = itertools.takewhile(lambda t: t.text not in ",.;:", self.tokens[end + 1:end + 8])
        return not any(t.rel == "conj" and (t.pos == "NOUN" and t.feats.get("Animacy") != "Anim" or
                                            t.pos == "PROPN" and is_outlet(t.text)) for t in phrase)

    def _parenthetical(self, v: int, end: int, cue: Cue, cue_text: str, first: int, last: int,
                       content_end: int) -> bool:
        """"Такой переход, считает X, повысит ..." and "..., отметил Минченко." (reported or unquoted direct)."""
        tokens = self.tokens
        comma = v - 1
        if comma > first + 2 and tokens[comma].text in DASHES and tokens[comma - 1].pos not in ("PUNCT", "SYM"):
            pass  # "... я это чувствую через его песни — сказала Варвара Визбор": the dash alone closes the words
        elif comma > first and tokens[comma].text in DASHES:
            comma -= 1  # "Квадроберы повысят демографию, — заявил политолог"
        elif comma > first + 1 and tokens[comma].text.lower() == "этом" and \
                tokens[comma - 1].text.lower() in ("об", "о"):
            comma -= 2  # "..., об этом заявил Ираклий Кобахидзе"
        # "..., уверен эксперт": a short adjective cue closes the words as a finite verb does, and so does a past
        # verb the tagger read as a noun ("..., подытожил Блохин")
        verb_like = tokens[v].pos == "ADJ" and tokens[v].feats.get("Variant") == "Short" or \
            misread_past_verb(tokens[v])
        if comma <= first or tokens[comma].text not in (",", *DASHES) or \
                tokens[v].feats.get("VerbForm") != "Fin" and not verb_like:
            return False
        if end < last and tokens[end].text in (",", ":", "."):
            return False
        subject_at = end
        while subject_at < last - 1 and (tokens[subject_at].pos == "ADV" or tokens[subject_at].feats.get("Case") ==
                                         "Dat" or tokens[subject_at].text.lower() in POSSESSIVES):
            subject_at += 1  # "сообщали ранее власти", "сообщил журналистам министр", "заявил её премьер-министр"
        # "..., сообщили в Роспотребнадзоре": a plural verb and the organisation it was said in
        said_in = subject_at < last and tokens[v].feats.get("Number") == "Plur" and \
            tokens[subject_at].text.lower() == "в" and self.resolver.mention(subject_at + 1, ("ORG",)) is not None
        # "..., говорится в заявлении МИД Китая": a document's words, its author named after it (checked below)
        in_document = subject_at + 1 < last and cue.lemmas in DOCUMENT_CUES and \
            tokens[subject_at].text.lower() in ("в", "во") and \
            tokens[subject_at + 1].lemma.lower().replace("ё", "е") in DOCUMENT_NOUNS
        said_in = said_in or in_document
        subject_at = self._past_place(subject_at, last)
        after = tokens[subject_at] if subject_at < last else None
        acting = after is not None and self.text.startswith(("и. о.", "и.о."), after.start)  # "и. о. премьер-министра"
        if not said_in and (after is None or not acting and (after.pos not in ("NOUN", "PROPN", "PRON", "ADJ", "DET")
                                                             or after.feats.get("Case", "Nom") != "Nom")):
            return False  # "..., рассказал о том, как": no speaker follows, the comma closed something else
        stop = end
        while stop < last and tokens[stop].text not in ",.!?;:()":
            stop += 1
        if stop == end:
            return False
        self.resolver.anchor = tokens[first].start  # "Илон Маск ... — вызов, — заявила Меркель": not the words' subject
        speaker = self.resolver.for_cue(cue, v, end, stop)
        if in_document and (speaker is None or speaker.entity is None):
            return False  # "..., говорится в сообщении": no author named, the author's words are no one's here
        gerund = stop + 1 < last and tokens[stop + 1].feats.get("VerbForm") == "Conv"  # "..., сказала она, добавив"
        if stop < last - 1 and tokens[stop].text == "," and comma == v - 1 and not gerund and \
                not self._apposition_to_end(stop + 1, last):
            start, content_stop = tokens[first].start, content_end  # the cue stands inside the sentence
        else:
            start, content_stop = tokens[first].start, tokens[comma].start
        # "..., а Китай — «очень могущественное государство» и «выгоден нам», заявил премьер": the first person only
        # inside quoted words is theirs within his reported sentence, not his sentence in his own words
        said = {t.text.lower() for j, t in enumerate(tokens[first:comma], first) if not self._marked(j)}
        kind = "direct" if said & FIRST_PERSON else "indirect"
        self._add(speaker, kind, cue_text, start, content_stop, kind == "direct")
        self.consumed.update(range(v, stop))
        return True

    def _apposition_to_end(self, first: int, last: int) -> bool:
        """"..., считает ведущий научный сотрудник Центра ... РАН, американист Константин Блохин.": after the comma
        only the speaker's name in apposition (a person, no verb) runs to the sentence's end; the cue closes the
        words, it does not stand inside them."""
        rest = self.tokens[first:last]
        return bool(rest) and not any(t.pos in ("VERB", "AUX") for t in rest) and len(rest) <= 8 and \
            any(self.resolver.mention(k) is not None for k in range(first, last))

    # -- quotes standing alone -----------------------------------------------------------------------------

    def _continued(self) -> None:
        """A paragraph that is only a quotation, or one after a colon: the last speaker goes on speaking."""
        paras = self.paras
        for free in self.free:
            segment = free.segment
            if any(q.start <= segment.start < q.stop or segment.start <= q.start < segment.stop for q in self.quotes):
                continue
            if not self._stands_alone(segment, free.colon):
                continue
            following = next((p for p in paras if p[0] > segment.stop), None)
            named = self._named_after(following) if following else None
            if named is not None:
                self._add(named, "direct", "", segment.start, segment.stop, True)
                continue
            # «Первый абзац ... (a quote running on into the next paragraph, which opens with « again)
            going_on = [q for q in self.quotes if following and q.kind == "direct" and
                        following[0] < q.start <= following[0] + 2]
            if not segment.closed and going_on:
                q = going_on[0]
                self._add(Speaker(q.speaker, q.speaker_text), "direct", q.cue, segment.start, segment.stop, True)
                continue
            added = self._adds_next(segment)
            if added is not None:
                self._add(added, "direct", "", segment.start, segment.stop, True)
                continue
            introduced = self._cue_just_before(segment, ":")
            if introduced is not None:
                # "Псаки рассказала журналистам, какую цель преследовал Байден: (new paragraph) «...»": the one a
                # speech verb names in the sentence the colon ends, whoever spoke before; a newspaper that
                # "отмечает:" or "пишет:" gives its own words
                speaker, said = introduced
                own = bool(set(said.lemmas) & OWN_WORDS)
                self._add(speaker, "direct", ":", segment.start, segment.stop, True, outlet=own)
                continue
            before = [q for q in self.quotes if q.stop <= segment.open_mark and q.speaker]
            if not before and paras and paras[0][0] <= segment.open_mark < paras[0][1] and \
                    self._opens_title(paras[0][0], segment.open_mark):
                # «К Чечне нужно относиться с осторожностью»: a title that is only a quotation, said by nobody named,
                # unless the next line is the statement's own title ("Заявление Владимира Путина по ситуации ...")
                titled = self._lead_speaker(following, True) if following and self._names_statement(following) else None
                self._add(titled or Speaker(None, ""), "direct", "", segment.start, segment.stop, True)
                continue
            if not before:
                # "Министр Иван Петров отметил заслуги учёных. (new paragraph) «Наши учёные ...»": the one whose
                # speech the sentence just before reports
                spoke = self._spoke_just_before(segment)
                if spoke is not None:
                    self._add(spoke, "direct", "", segment.start, segment.stop, True)
                continue
            last = max(before, key=lambda q: q.stop)
            if self._someone_between(last.stop, segment.open_mark, last.speaker):
                continue
            cue = ":" if free.colon else ""
            self._add(Speaker(last.speaker, last.speaker_text), "direct", cue, segment.start, segment.stop, True)

    def _spoke_just_before(self, segment: Segment, ends: str = SENTENCE_END) -> Speaker | None:
        """The named speaker of a speech verb in the sentence that ends (with one of ``ends``) right before a
        quotation paragraph (a verb of its own person, not in the first person, outside any quote), or None."""
        found = self._cue_just_before(segment, ends)
        return found[0] if found is not None else None

    def _cue_just_before(self, segment: Segment, ends: str) -> tuple[Speaker, Cue] | None:
        mark = self._tok(segment.open_mark)
        line_start = self.text.rfind("\n", 0, segment.open_mark) + 1
        if mark == 0 or self.text[line_start:segment.open_mark].strip() or \
                self.tokens[mark - 1].text not in ends:
            return None
        first, last = self._sentence_bounds(mark - 1)
        # a colon closes the words of the verb nearest it ("Об этом сообщают агентства и газета, которая отмечает:")
        order = range(last - 1, first - 1, -1) if ":" in ends else range(first, last)
        for v in order:
            hit = self._cue_at(v)
            token = self.tokens[v]
            if hit is None or token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" \
                    or token.feats.get("Person") == "1" or self._inside_quote(v):
                continue
            self._prime(segment.open_mark)
            speaker = self.resolver.for_cue(hit[0], v, hit[1], last)
            return (speaker, hit[0]) if speaker is not None and speaker.entity else None
        return None

    def _opens_title(self, start: int, open_mark: int) -> bool:
        """The quotation opens the title, after markup or emoji or a colon ("Эксперты о росте цен: «...»"); not one
        inside a first paragraph of several sentences ("К тому же Турция делает все возможное: «...»" is not a
        title's own words)."""
        prefix = self.text[start:open_mark].strip()
        return not any(ch.isalnum() for ch in prefix) or prefix.endswith(":") and not any(
            ch in prefix for ch in SENTENCE_END)

    def _adds_next(self, segment: Segment) -> Speaker | None:
        """"«Это был важный визит».Она добавила, что ...": whoever adds or goes on in the very next sentence said
        the quotation before it too."""
        k = self._tok(segment.close_mark) + 1
        while k < len(self.tokens) and self.tokens[k].text in SENTENCE_END:
            k += 1
        if k >= len(self.tokens) or self.tokens[k].sent == self.tokens[self._tok(segment.start)].sent and \
                self.tokens[k].text != "." and not self._missed_end(k - 1):
            return None
        stop = self._sentence_bounds(k)[1]
        cue_end = self.tokens[stop - 1].stop if stop else 0
        for q in self.quotes:
            if q.speaker and self.tokens[k].start <= q.start <= cue_end and \
                    q.cue.lower().startswith(("добав", "продолж")):
                return Speaker(q.speaker, q.speaker_text)
        return None

    def _listed(self) -> None:
        """"Что ещё сказал пресс-секретарь президента РФ:" followed by paragraphs opening with a dash, or "Трамп
        сделал следующие записи:" followed by one unmarked paragraph: the lead's speaker says each of them."""
        paras = self.paras
        n = 0
        while n < len(paras) - 1:
            lead, following = paras[n], paras[n + 1]
            dashed = dialogue_start(self.text, *following) is not None
            speaker = self._lead_speaker(lead, dashed)
            if speaker is None and dashed and n > 0 and self.text[lead[0]:lead[1]].rstrip().endswith(":") \
                    and words(self.text[lead[0]:lead[1]]) <= 3:
                # "Заявление Владимира Путина по ситуации на Украине." then "Главное:" then the dash lines
                speaker = self._lead_speaker(paras[n - 1], True)
            if speaker is None:
                n += 1
                continue
            n += 1
            while n < len(paras):
                start, stop = paras[n]
                words_start = dialogue_start(self.text, start, stop)
                if dashed != (words_start is not None) or not self._said_as_listed(words_start or start, stop):
                    break
                asked = self._question(n, paras)
                if not dashed and speaker.text.lower() in THIRD_PERSON:
                    self.relisted.append((len(self.quotes), lead))
                self._add(Speaker(None, "") if asked else speaker, "direct", "", words_start or start, stop, True,
                          unmarked=not dashed)
                n += 1
                if not dashed:
                    break

    def _resolve_relisted(self) -> None:
        """"Экс-президент рассказал, что не обсуждал с Путиным ... В то же время он признал, что ...:" and his unmarked
        answer: the lead's pronoun asked again once the reported speech before it is known (he is the one reported
        there, not the one he talked about)."""
        for index, lead in self.relisted:
            quote = self.quotes[index] if index < len(self.quotes) else None
            speaker = self._lead_speaker(lead, False) if quote is not None else None
            if quote is not None and speaker is not None and speaker.entity:
                entity = self.resolver.full_name(speaker.entity)
                self.quotes[index] = replace(quote, speaker=entity, speaker_text=speaker.text)

    def _question(self, n: int, paras: list[tuple[int, int]]) -> bool:
        """"— В «Зенит» когда перейдёшь?" followed by "— Да я ...": the interviewer's question, said by nobody named."""
        start, stop = paras[n]
        return self.text[start:stop].rstrip().endswith("?") and n + 1 < len(paras) and \
            dialogue_start(self.text, *paras[n + 1]) is not None

    def _interview(self) -> None:
        """Questions and answers on dialogue lines with no lead naming the speaker ("— В «Зенит» когда перейдёшь?
        — Да я с Соболем не очень хочу в футбол играть."): the answers belong to the first person who then speaks
        as a subject in the text ("Александр Головин заявил, что ..."), the questions to nobody named."""
        paras = self.paras
        n = 0
        while n < len(paras):
            run = n
            while run < len(paras) and dialogue_start(self.text, *paras[run]) is not None and \
                    not any(q.start < paras[run][1] and paras[run][0] < q.stop for q in self.quotes):
                run += 1
            if run - n >= 2 and any(self._question(k, paras) for k in range(n, run - 1)):
                # nobody named who then speaks: the answers are someone's the article does not name
                answerer = self._next_talker(paras[run - 1][1]) or Speaker(None, "")
                for k in range(n, run):
                    words_start = dialogue_start(self.text, *paras[k]) or paras[k][0]
                    speaker = Speaker(None, "") if self._question(k, paras) else answerer
                    if self._said_as_listed(words_start, paras[k][1]):
                        self._add(speaker, "direct", "", words_start, paras[k][1], True)
            n = max(run, n + 1)

    def _next_talker(self, position: int) -> Speaker | None:
        """The first person after ``position`` who speaks as a subject, within the next three sentences."""
        k = self._tok(position)
        if k >= len(self.tokens):
            return None
        sent = self.tokens[k].sent
        for m in self.doc.mentions:
            if m.type != "PER" or not m.entity or m.start < position:
                continue
            j = self._tok(m.start)
            if self.tokens[j].sent > sent + 3:
                break
            after = self._tok(m.stop)
            if any(self.tokens[i].rel in ("nsubj", "nsubj:pass") and self._cue_at(self.tokens[i].head) is not None
                   for i in range(j, after) if self.tokens[i].head >= 0) or self._cue_at(after) is not None:
                return Speaker(m.entity, m.text)
        return None

    def _lead_speaker(self, lead: tuple[int, int], dashed: bool) -> Speaker | None:
        """Who a lead paragraph hands the word to: the speaker of its speech verb before a closing colon, or the one
        person it names beside a speech event ("Ещё с пресс-конференции Владимира Путина.", dash lists only)."""
        start, stop = lead
        body = self.text[start:stop].rstrip()
        colon = body.endswith(":")
        if colon and len(self.tokens) > self._tok(start + len(body) - 1) > self._tok(start):
            # "Спейси ответил, что ... Он принёс извинения, объяснив их опьянением:": the sentence that ends with the
            # colon hands the word on, whatever came before it in the paragraph
            start = max(start, self.tokens[self._sentence_bounds(self._tok(start + len(body) - 1))[0]].start)
            body = self.text[start:stop].rstrip()
        if any(words(self.text[g.start:g.stop]) >= 3 for g in self._segs(start, stop)) or \
                words(body) > (40 if colon else 30):
            return None
        first, last = self._tok(start), self._tok(start + len(body))
        events = any(t.lemma.lower() in SPEECH_EVENTS for t in self.tokens[first:last])
        if colon:
            self._prime(start + len(body))
            for v in range(last - 2, first - 1, -1):
                hit = self._cue_at(v)
                # "Юристы считают, что каждого ... могут обвинить в спонсировании ВСУ:": not the infinitive's
                if hit is not None and self.tokens[v].pos == "VERB" and self.tokens[v].feats.get("VerbForm") != "Inf":
                    return self.resolver.for_cue(hit[0], v, hit[1], last - 1)
        if not (events and (colon or dashed)):
            return None
        people = {m.entity for k in range(first, last) if (m := self.resolver.mention(k)) is not None}
        if len(people) != 1:
            return None
        m = next(m for k in range(first, last) if (m := self.resolver.mention(k)) is not None)
        return Speaker(m.entity, m.text)

    def _names_statement(self, para: tuple[int, int]) -> bool:
        """The paragraph opens with the statement itself in the nominative ("Заявление Владимира Путина по ...",
        "Обращение ..."), the title of the words above it; "Ещё с пресс-конференции Путина." only adds more of them."""
        k = self._tok(para[0])
        while k < len(self.tokens) and self.tokens[k].start < para[1] and not self.tokens[k].text[0].isalnum():
            k += 1
        return k < len(self.tokens) and self.tokens[k].start < para[1] and \
            self.tokens[k].lemma.lower() in SPEECH_EVENTS and self.tokens[k].feats.get("Case") == "Nom"

    def _said_as_listed(self, start: int, stop: int) -> bool:
        """A paragraph of someone's words in a list: no quotation marks, no quote found in it, and no speech verb of
        a third person ("— На вопрос о будущем президенте Песков выразил мнение, что ..." reports, it is not said)."""
        if words(self.text[start:stop]) < 3 or any(q.start < stop and start < q.stop for q in self.quotes) or \
                any(words(self.text[g.start:g.stop]) >= 3 for g in self._segs(start, stop)):
            return False  # a «name» of a word or two may stand in the words ("В «Зенит» когда перейдёшь?")
        first, last = self._tok(start), self._tok(stop)
        own = any(t.text.lower() in FIRST_PERSON for t in self.tokens[first:last])
        reported = any(self._cue_at(k) is not None and self.tokens[k].pos == "VERB"
                       and self.tokens[k].feats.get("VerbForm") == "Fin" and self.tokens[k - 1].text.lower() != "не"
                       for k in range(first, last))
        return own or not reported or not self._someone_speaks(first, last)

    def _someone_speaks(self, first: int, last: int) -> bool:
        """A person named or a third-person pronoun in tokens [first, last): who a speech verb there may report.
        "— Россия надеется, что ...", "— США и их союзники заявили, что ..." in a list of Putin's words are still his:
        a country or an alliance speaking is his account of it, not the article reporting it."""
        return any(self.resolver.mention(k) is not None or self.tokens[k].text.lower() in THIRD_PERSON
                   for k in range(first, last))

    def _unmarked(self) -> None:
        """"Работник военкомата заявил, что ..." and then, without quotation marks, "У меня всегда есть аргумент:
        либо они, либо я...": a paragraph in the first person right after a paragraph reporting someone's words is
        more of them (agency style), unless it reports speech itself."""
        paras = self.paras
        for before, (start, stop) in zip(paras, paras[1:], strict=False):
            said = [q for q in self.quotes if before[0] <= q.start < before[1]]
            if not said or any(q.start < stop and start < q.stop for q in self.quotes) or \
                    words(self.text[start:stop]) < 5 or \
                    any(words(self.text[g.start:g.stop]) >= 3 for g in self._segs(start, stop)):
                continue
            first, last = self._tok(start), self._tok(stop)
            sentence_end = next((k for k in range(first, last) if self.tokens[k].text in SENTENCE_END), last)
            # "я", "меня": not the author's "Напомним, ...", "так и запишем", "Читать нас", "как мы видим"
            own = any(t.text.lower() in FIRST_SINGULAR or
                      (t.feats.get("Person") == "1" and t.feats.get("Number") == "Sing")
                      for t in self.tokens[first:sentence_end])
            reported = any(self._cue_at(k) is not None and self.tokens[k].pos == "VERB"
                           and self.tokens[k].feats.get("Person") != "1" for k in range(first, last))
            if own and not reported:
                q = max(said, key=lambda q: q.stop)
                self._add(Speaker(q.speaker, q.speaker_text), "direct", "", start, stop, True)

    def _unmarked_sentence(self) -> None:
        """"Пегги Уитсон говорит, что возле корабля не было спасателей. Мне и Ли Со Ён помогли выбраться люди, которые
        нас встретили.": a sentence in the first person singular right after reported speech in the same paragraph
        goes on in the speaker's own words, unless it reports speech itself."""
        for q in [q for q in self.quotes if q.kind == "indirect" and q.speaker]:
            k = self._tok(q.stop)
            if k >= len(self.tokens) or self.tokens[k].sent + 1 >= len(self.doc.sents):
                continue
            sent = self.doc.sents[self.tokens[k].sent + 1]
            if sent.first >= sent.last or "\n" in self.text[q.stop:self.tokens[sent.first].start] or \
                    any(q2.start < sent.stop and sent.start < q2.stop for q2 in self.quotes):
                continue
            tokens = self.tokens[sent.first:sent.last]
            own = any(t.text.lower() in FIRST_SINGULAR for t in tokens)
            if not own or any(t.text in OPENING_MARKS for t in tokens) or any(
                    self._cue_at(j) is not None for j in range(sent.first, sent.last)):
                continue
            stop = self.tokens[sent.last - 1].start if tokens[-1].text in SENTENCE_END else sent.stop
            self._add(Speaker(q.speaker, q.speaker_text), "direct", "", self.tokens[sent.first].start, stop, True)

    def _signed(self) -> None:
        """"Я считаю это глупостью. Вечером с ним поговорю!" and on the next line "— Владимир Трубин.": a paragraph
        without quotation marks signed by a person on the line after it."""
        paras = self.paras
        for (start, stop), following in zip(paras, paras[1:], strict=False):
            named = self._named_after(following)
            if named is None and self._unmarked_words(start, stop) and words(self.text[start:stop]) >= 3 and \
                    not any(q.start < stop and start < q.stop for q in self.quotes):
                self._said_on_next_line(start, stop, following)
                continue
            if named is None or self._segs(start, stop) or words(self.text[start:stop]) < 3:
                continue
            m = self.resolver.mention(self._tok(dialogue_start(self.text, *following) or following[0]))
            rest = self.text[m.stop:following[1]].strip() if m is not None else ""
            # only a signature: the name, perhaps its post after a comma ("— Путин подписал указ." is news)
            if (rest and rest[0] not in ",." + DASHES) or words(rest) > 8 or \
                    any(q.start < stop and start < q.stop for q in self.quotes):
                continue
            self._add(named, "direct", "", start, stop, True)

    def _unmarked_words(self, start: int, stop: int) -> bool:
        """Words mostly outside quotation marks, not opening with one: "... я подумал: «Беги, Форрест, беги!» И именно
        это я и сделал" is someone's unmarked words with a quotation inside, "«...»" alone is a quotation."""
        inner = self._segs(start, stop)
        if not inner:
            return True
        marked = sum(words(self.text[g.start:g.stop]) for g in inner)
        return self.text[start:inner[0].open_mark].strip() != "" and 2 * marked < words(self.text[start:stop])

    def _said_on_next_line(self, start: int, stop: int, following: tuple[int, int]) -> None:
        """A paragraph without quotation marks and, on the next line, only "— заявил гендиректор Владимир Табак."."""
        words_start = dialogue_start(self.text, *following)
        if words_start is None or words(self.text[words_start:following[1]]) > 12:
            return
        k = self._tok(words_start)
        hit = self._cue_at(k)
        if hit is None or self.tokens[k].pos != "VERB":
            return
        last = self._tok(following[1])
        self._prime(start)
        speaker = self.resolver.for_cue(hit[0], k, hit[1], last)
        self.consumed.update(range(k, last))
        self._add(speaker, "direct", self._cue_text(k, hit[1]), start, stop, True)

    def _stands_alone(self, segment: Segment, colon: bool) -> bool:
        para_start = self.text.rfind("\n", 0, segment.open_mark) + 1
        before = self.text[para_start:segment.open_mark].strip()
        after_stop = self.text.find("\n", segment.close_mark)
        after = self.text[segment.close_mark:len(self.text) if after_stop < 0 else after_stop].strip()
        if before[-1:] in DASHES and before[:-1].rstrip()[-1:] in tuple(SENTENCE_END):
            before = before[:-1].rstrip()  # "«...», – сказал Трамп, когда его спросили. – «...»": the words go on
        opens = not before or before[-1] in SENTENCE_END or colon
        ends = not after or after[0] in SENTENCE_END
        first, last = self._tok(segment.start), self._tok(segment.stop)
        count = words(self.text[segment.start:segment.stop])
        # "...: «В Гагаузии в ходу два языка — свой, гагаузский, и русский»": after a colon, a long quotation is
        # words said even without a verb (a short one may be names listed: "ракеты: «Цирконы», «Искандеры»")
        has_verb = any(t.pos in ("VERB", "AUX") for t in self.tokens[first:last]) or colon and count >= 6
        return opens and ends and has_verb and count >= 3

    def _nested(self) -> None:
        """'... пришел один из функционеров и сказал: "Вячеслав Андреевич, ..." Я у него спросил: "А на что?"' inside
        a direct quote: the words of someone the speaker tells about (his own, "я спросил", are his quote already),
        said by the person named as the verb's subject there, or by nobody named."""
        for outer in [q for q in self.quotes if q.kind == "direct"]:
            for segment in self._segs(outer.start, outer.stop):
                before = self.text[outer.start:segment.open_mark].rstrip()
                if not before.endswith(":") or words(self.text[segment.start:segment.stop]) < 2:
                    continue
                v = self._tok(outer.start + len(before) - 1) - 1
                verb = self.tokens[v] if v >= self._tok(outer.start) else None
                if verb is None or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or \
                        verb.feats.get("Person") == "1" or match_cue(self.tokens, v, self.vocab) is None:
                    continue
                heads = {v, verb.head} if verb.rel == "conj" else {v}  # "позвонил Собянин и сказал:"
                subjects = [k for k in range(self._tok(outer.start), v)
                            if self.tokens[k].head in heads and self.tokens[k].rel in ("nsubj", "nsubj:pass")]
                if any(self.tokens[k].text.lower() in FIRST_PERSON for k in subjects):
                    continue
                named = next((m for k in subjects if (m := self.resolver.mention(k)) is not None), None)
                speaker = Speaker(named.entity, named.text) if named is not None else Speaker(None, "")
                self._add(speaker, "direct", verb.text, segment.start, segment.stop, False)

    def _named_after(self, para: tuple[int, int]) -> Speaker | None:
        """"— Татьяна Скригонюк, заместитель начальника пресс-службы" on the line after a quotation."""
        words_start = dialogue_start(self.text, para[0], para[1])
        if words_start is None:
            return None
        m = self.resolver.mention(self._tok(words_start))
        return Speaker(m.entity, m.text) if m is not None and m.start == words_start else None

    def _someone_between(self, start: int, stop: int, speaker: str | None) -> bool:
        """A person named between the last quote and this one, who might say it; not one the attribution of the
        last quote only talks about ("— сказал Трамп, когда его спросили о здоровье Ким Чен Ына. — «...»")."""
        k = self._tok(start)
        attribution_end = self.doc.sents[self.tokens[k].sent].stop if k < len(self.tokens) else start
        return any(m.type == "PER" and start <= m.start < stop and m.entity != speaker
                   and not any(q.start <= m.start < q.stop for q in self.quotes)
                   and not (m.start < attribution_end and not self.resolver.is_subject(m))
                   for m in self.doc.mentions)
