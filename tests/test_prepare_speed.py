"""The shortcuts that make ``prepare`` cheap give what the plain definitions give: the MinHash signature of a
sketch reused per thread is a fresh datasketch sketch's, the remembered word lemmas, numbers and IDFs answer each
text and table for itself, and link tokens are dropped whether or not the text has links."""

from __future__ import annotations

import math
import re

import pytest

from letopis.analysis.entities import fold
from letopis.memo import Memo
from letopis.records import Article, Doc, Token
from letopis.store import terms, write
from letopis.store.terms import _terms_of, doc_terms, forget_words
from letopis.store.write import _has_progress_cue
from letopis.stories import items, score
from letopis.stories.items import URL, WORD, _word_lemma, _words
from letopis.stories.minhash import EMPTY_SIGNATURE, NUM_PERM, SCHEME, SEED, _hash, _permutations, shingles, signature
from letopis.stories.score import dates_of, numbers_of
from letopis.stories.weights import Idf


def _datasketch_signature(words: list[str]) -> bytes:
    """The signature as datasketch makes it: a MinHash fed the shingles (the definition ``signature`` keeps)."""
    from datasketch import MinHash  # type: ignore[import-untyped]

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_hash, permutations=_permutations()[0], scheme=SCHEME)
    minhash.update_batch(list(shingles(words)))
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


@pytest.mark.parametrize("text", [
    "",
    "Путин",
    "Путин провести переговоры",
    "премьер-министр беларусь роман головченко провести переговоры с президент казахстан",
    "в тула открыть школа в тула открыть школа в тула открыть школа",  # repeated shingles
    "курс доллар 12,5 рубль 2024 год ёлка",
])
def test_signature_is_datasketchs(text: str) -> None:
    words = text.split()
    assert signature(words) == _datasketch_signature(words)
    assert len(signature(words)) == NUM_PERM * 4


def test_empty_text_has_the_empty_signature() -> None:
    assert signature([]) == EMPTY_SIGNATURE == _datasketch_signature([])


def _token(start: int, text: str, lemma: str, pos: str) -> Token:
    return Token(start=start, stop=start + len(text), text=text, lemma=lemma, pos=pos, feats={}, head=-1, rel="root",
                 sent=0)


def _doc(text: str, tokens: list[tuple[str, str, str]]) -> Doc:
    """A Doc of ``text`` whose tokens are (word, lemma, pos), found in the text in order."""
    made, at = [], 0
    for word, lemma, pos in tokens:
        at = text.index(word, at)
        made.append(_token(at, word, lemma, pos))
        at += len(word)
    return Doc(article=Article(text=text, id="x"), tokens=tuple(made))


PLAIN_URL = re.compile(r"(?:https?://|www\.|t\.me/)\S+", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Подробнее: https://t.me/belta_news/123 и HTTP://EXAMPLE.COM/a, Www.Belta.by; T.ME/channel",
    "httpſ://x.ru thttp://y.ru wwww.z.ru tt.me/q htt://no www no t.me no https:/ no",
    "Смотрите на сайте минздрава (www.minzdrav.gov.by) и в канале t.me/minzdrav",
    "",
])
def test_link_pattern_is_the_plain_one(text: str) -> None:
    assert [m.span() for m in URL.finditer(text)] == [m.span() for m in PLAIN_URL.finditer(text)]


def _plain_words(doc: Doc) -> tuple[list[str], list[Token]]:
    """``_words`` as first written: every link checked for every token, the regex and the fold per token."""
    links = [m.span() for m in PLAIN_URL.finditer(doc.text)]
    pairs = [(fold(t.lemma or t.text), t) for t in doc.tokens
             if t.pos != "PUNCT" and WORD.search(t.text) and not any(start <= t.start < stop for start, stop in links)]
    return [lemma for lemma, _ in pairs], [token for _, token in pairs]


DOCS = [
    _doc("Подробнее: https://t.me/belta_news/123 Лукашенко подписал указ",
         [("Подробнее", "подробно", "ADV"), (":", ":", "PUNCT"), ("https", "https", "X"), ("t.me", "t.me", "X"),
          ("belta_news", "belta_news", "X"), ("Лукашенко", "лукашенко", "PROPN"), ("подписал", "подписать", "VERB"),
          ("указ", "указ", "NOUN")]),
    _doc("Лукашенко подписал указ 🔥 www.belta.by",
         [("Лукашенко", "лукашенко", "PROPN"), ("подписал", "подписать", "VERB"), ("указ", "указ", "NOUN"),
          ("🔥", "🔥", "SYM"), ("www.belta.by", "www.belta.by", "X")]),
    _doc("Ёлку открыли в Туле", [("Ёлку", "", "NOUN"), ("открыли", "открыть", "VERB"), ("в", "в", "ADP"),
                                  ("Туле", "тула", "PROPN")]),
    _doc("🔥🔥 !!!", [("🔥🔥", "🔥🔥", "SYM"), ("!!!", "!!!", "PUNCT")]),
]


@pytest.mark.parametrize("doc", DOCS)
def test_words_are_the_plain_definitions(doc: Doc) -> None:
    assert _words(doc) == _plain_words(doc)


def test_words_outside_links_only() -> None:
    assert _words(DOCS[0])[0] == ["подробно", "лукашенко", "подписать", "указ"]
    assert _words(DOCS[1])[0] == ["лукашенко", "подписать", "указ"]
    assert _words(DOCS[2])[0] == ["елку", "открыть", "в", "тула"]


def test_word_lemma_keeps_each_tokens_lemma() -> None:
    """One written form with two lemmas ("стали": "стать" or "сталь") gives each its own through the cache."""
    assert _word_lemma("стали", "стать") == "стать"
    assert _word_lemma("стали", "сталь") == "сталь"
    assert _word_lemma("Ёлки", "") == "елки"
    assert _word_lemma("—", "—") is None


def test_numbers_and_dates_of_lemmas() -> None:
    lemmas = ("пять", "человек", "погибнуть", "8", "ноябрь", "12-й", "covid-19")
    assert numbers_of(lemmas) == frozenset({"5", "8", "12"})
    assert numbers_of(("сто",)) != numbers_of(("пять",))
    assert dates_of(lemmas) == frozenset({304 + 8})
    assert dates_of(("8", "человек")) == frozenset()
    assert dates_of(("31", "май", "1", "июнь")) == frozenset({151, 152})


def test_idf_remembers_per_table() -> None:
    """Two tables asked for one term answer each by its own counts, and a term neither has by its own size."""
    small, large = Idf(9, {"тула": 4}), Idf(99, {"тула": 4})
    for _ in range(2):
        assert small("тула") == math.log(10 / 5)
        assert large("тула") == math.log(100 / 5)
        assert small("эбеко") == math.log(10 / 2)
        assert large("эбеко") == math.log(100 / 2)
    assert small == Idf(9, {"тула": 4})


def test_terms_of_a_token_without_a_lemma() -> None:
    assert _terms_of("Токаева", None) == _terms_of("Токаева", "") == ("токаева",)
    assert _terms_of("Токаева", "токаев") == ("токаева", "токаев")


def test_doc_terms_and_progress_cue() -> None:
    opened, other = DOCS[2], DOCS[3]
    assert doc_terms(opened) == "елку открыли открыть в туле тула"
    assert _has_progress_cue(opened)
    assert not _has_progress_cue(other)
    assert doc_terms(Doc(article=Article(text="Путин приехал 🔥", id="y"))) == "путин приехал"


def test_memories_answer_each_text_for_itself() -> None:
    """Two texts through the same memories: a written form with another lemma, a word that is a cue in one text
    and absent from the other, the same words in a text with links and in one without."""
    forget_words()
    signed = _doc("Соглашение подписали вчера",
                  [("Соглашение", "соглашение", "NOUN"), ("подписали", "подписать", "VERB"), ("вчера", "вчера", "ADV")])
    steel = _doc("Цены стали выше", [("Цены", "цена", "NOUN"), ("стали", "стать", "VERB"), ("выше", "высокий", "ADJ")])
    metal = _doc("Цены стали выросли", [("Цены", "цена", "NOUN"), ("стали", "сталь", "NOUN"),
                                        ("выросли", "вырасти", "VERB")])
    for _ in range(2):
        assert _words(steel)[0] == ["цена", "стать", "высокий"]
        assert _words(metal)[0] == ["цена", "сталь", "вырасти"]
        assert doc_terms(steel) == "цены цена стали стать выше высокий"
        assert doc_terms(metal) == "цены цена стали сталь выросли вырасти"
        assert _has_progress_cue(signed) and not _has_progress_cue(steel)
        assert _words(DOCS[0])[0] == ["подробно", "лукашенко", "подписать", "указ"]
        assert _words(DOCS[1])[0] == ["лукашенко", "подписать", "указ"]
    forget_words()
    assert not _has_progress_cue(metal) and _has_progress_cue(signed)


def test_a_full_memory_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A memory at its size is emptied before it takes the next answer, and answers as before."""
    memory = Memo(lambda lemma: lemma.upper(), size=2)
    assert [memory[w] for w in ("а", "б", "в", "а")] == ["А", "Б", "В", "А"]
    assert len(memory) <= 2
    monkeypatch.setattr(items._WORD_LEMMAS, "size", 1)
    assert _words(DOCS[2])[0] == ["елку", "открыть", "в", "тула"]
    assert len(items._WORD_LEMMAS) == 1


def test_forget_words_empties_every_memory_of_prepare() -> None:
    """The store benchmark's runs each start cold: nothing ``prepare`` remembered of one run is left for the next."""
    for doc in DOCS:
        prepare_item = items.story_item(doc)
        score.profile(prepare_item)
        doc_terms(doc)
        _has_progress_cue(doc)
    memories = (terms._TERMS, items._WORD_LEMMAS, write._CUE_WORDS, score._AREAS, score._STEMS, score._NUMBERS)
    assert all(memories)
    forget_words()
    assert not any(memories)
