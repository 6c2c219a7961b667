"""Event triggers: the lexicon of ``data/event_triggers.tsv`` and the words of a sentence that name an event.

    "Путин и Эрдоган провели переговоры"   -> "провести переговоры"  CONSULT talks, anchored on "провели"
    "принято решение создать центр"        -> "принять решение"      AGREE decide, anchored on "принято"
    "Россия не будет вводить санкции"      -> "вводить санкция"      SANCTION, modality negated

Triggers are keyed by the lemma of their first word, so a sentence is read once: every token looks up its lemma,
the longest phrase whose other words stand nearby wins. Modality is read off the trigger's anchor word and the
verbs it hangs on ("не", "будет", "может", "планируют").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from letopis.lexicon import LexiconError, package_file
from letopis.records import Token

__all__ = ["PLOVER_TYPES", "Match", "Trigger", "TriggerTable", "joined_condition", "load_triggers", "match_sentence",
           "modality"]

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Words of a phrase may stand this many tokens apart ("решение о ... было принято" is caught by the syntax
# fallback below); tuned on the dev set (tests/data/events_dev.jsonl): 4 keeps "ввели против России санкции".
WINDOW = 4

# Verbs that put what they govern into the future or the merely possible ("планируют подписать",
# "может ввести"). Their "не" negates the event only for FUTURE_HEADS ("не планируют подписывать").
FUTURE_HEADS = frozenset({"планировать", "намереваться", "намерен", "собираться", "готовиться", "предстоять",
                          "рассчитывать", "планироваться", "ожидаться", "должный", "решить", "договориться",
                          "пообещать", "обещать", "обязаться", "хотеть", "желать", "стремиться",
                          # awaited, not yet done: "бизнес ждет встречи с Путиным", "надеется на переговоры"
                          "ждать", "ожидать", "надеяться",
                          # Asked for, not yet done: "потребовала от России вывести войска" (the issue's
                          # convention: the demanded act is future, its source the one asked).
                          "потребовать", "требовать", "призвать", "призывать", "попросить", "просить",
                          "настаивать", "призыв", "просьба", "требование",
                          # sought, not yet got: "США добиваются выдачи Сноудена" (the perfective "добился
                          # освобождения" tells it got, and is left out)
                          "добиваться",
                          # ordered, not yet done: "повелел оказать помощь", "поручил правительству подготовить"
                          "приказать", "приказывать", "поручить", "поручать", "распорядиться", "велеть", "повелеть",
                          # Invited to, not yet done: "получил приглашение посетить Москву".
                          "пригласить", "приглашать", "приглашение",
                          # needed, not yet done: "заявил, что Россию необходимо исключить из «Большой восьмёрки»"
                          "необходимо", "необходимый", "нужно", "нужный", "надо"})
HYPOTHETICAL_HEADS = frozenset({"мочь", "могут", "исключить", "исключать", "допустить", "допускать",
                                "рассмотреть", "рассматривать", "предложить", "предлагать", "угрожать",
                                "пригрозить", "грозить", "возможно", "вероятно", "якобы",
                                # ready or willing to: "готова к переговорам", "Иран согласен на переговоры"
                                "готовый", "готовность", "согласный", "заинтересованный", "открытый",
                                # allowed, not yet done: "разрешили Украине наносить удары"
                                "разрешить", "разрешать", "позволить", "позволять", "разрешение", "добро",
                                # a possibility weighed, not an act done: "рассматривает возможность введения
                                # санкций"
                                "возможность",
                                # rumoured: "слухи о скором увольнении Перминова"
                                "слух"})
# Verbs of discussing: what they discuss is only a topic ("на нём обсуждались санкции против Ирана"), the meeting
# they are discussed at ("обсуждался на встрече с Байденом") is not.
DISCUSSING = frozenset({"обсуждать", "обсудить", "обсуждаться", "обсудиться"})
# Verbs of asking whose "к" + noun is still to be done ("призвала к введению санкций").
ASKING_VERBS = frozenset({"потребовать", "требовать", "призвать", "призывать", "попросить", "просить", "настаивать"})
# Nouns of asking whose infinitive is still to be done ("приглашение посетить", "призыв вывести войска").
ASKED_NOUNS = frozenset({"приглашение", "призыв", "просьба", "требование"})
# Heads whose "не" denies the event rather than leaving it possible: "не могли договориться".
NEGATED_ABILITY = frozenset({"мочь", "могут", "смочь", "суметь"})
NEGATING_HEADS = frozenset({"отказаться", "отказываться", "отказать", "отменить", "сорвать", "отложить",
                            "перенести", "прекратить",
                            # stopped doing: "перестал поддерживать Мулузи"
                            "перестать", "переставать"})
# Heads of ability whose future tense leaves the act only possible ("выразил надежду, что сможет нанести визит");
# their past tells it done ("смогли договориться").
ABLE_HEADS = frozenset({"смочь", "суметь"})
# Verbs of answering: what they answer happened, whatever their own "не" ("отвечать на обвинения не стал").
ANSWERING = frozenset({"ответить", "отвечать", "отреагировать", "реагировать"})
# Verbs of standing for an act ("выступила за введение санкций"): the act is advocated, still to be done, as an act
# asked for is.
ADVOCATING = frozenset({"выступать", "выступить"})
# Verbs of judging a told act: their object happened, whether they judge it or not ("не осудил вторжение").
JUDGING_HEADS = frozenset({"осудить", "осуждать", "критиковать", "раскритиковать", "упомянуть", "упоминать",
                           "прокомментировать", "комментировать", "оправдать", "оправдывать"})
FUTURE_ADJECTIVES = frozenset({"предстоящий", "будущий", "запланированный", "грядущий"})
# Verbs whose content holds the condition under them: the threat, the ask or the promise is made whatever comes
# ("пригрозила наложить штраф, если не будут раскрыты коды", "просит давить на правительство, если они хотят").
CONDITIONING = frozenset({"пригрозить", "угрожать", "грозить", "пообещать", "обещать", "просить", "попросить",
                          "потребовать", "требовать", "предупредить", "предупреждать", "призвать", "призывать",
                          "заявить", "заявлять", "сказать"})
# Nouns of a goal: an act a plot or a scheme is "с целью" of is only intended ("заговор с целью убийства").
PURPOSE_NOUNS = frozenset({"цель"})
# Adjectives that make an act's noun one only thought of ("возможное помилование", "потенциальный удар").
POSSIBLE_ADJECTIVES = frozenset({"возможный", "потенциальный", "гипотетический", "вероятный",
                                 # alleged: "к предполагаемому отравлению Навального" (the participle's lemma is
                                 # its verb's)
                                 "предполагаемый", "предполагать"})
# Relations along which a non-finite trigger takes the tense and negation of the word above it.
_CLIMB = frozenset({"xcomp", "obj", "nsubj", "nsubj:pass", "obl", "csubj", "ccomp", "conj", "advcl"})
# A question with one of these asks about an act it takes as done.
WH_WORDS = frozenset({"что", "как", "почему", "зачем", "кто", "где", "когда", "какой", "сколько", "чем", "откуда",
                      "куда", "чей"})
_CLOSING = frozenset({")", "»", "\"", "“", "”", "*", "**", "]", "_", "__"})
_FUTURE_AUX = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})


@dataclass(frozen=True, slots=True)
class Trigger:
    words: tuple[str, ...]  # lemmas, "ё" written "е"
    type: str
    mode: str | None
    cameo: str
    pos: str  # verb | noun


@dataclass(frozen=True, slots=True)
class Match:
    trigger: Trigger
    tokens: tuple[int, ...]  # indices into Doc.tokens, sorted
    anchor: int  # the word that carries tense, negation and the actors


def lemma(token: Token) -> str:
    return token.lemma.lower().replace("ё", "е")


class TriggerTable:
    """Triggers by the lemma of their first word, longest phrase first."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        self.triggers = tuple(triggers)
        self.by_first: dict[str, list[Trigger]] = {}
        for trigger in triggers:
            self.by_first.setdefault(trigger.words[0], []).append(trigger)
        for group in self.by_first.values():
            group.sort(key=lambda t: -len(t.words))


def read_triggers(text: str, filename: str = "event_triggers.tsv") -> TriggerTable:
    triggers = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{filename}, line {number}"
        if len(cells) != 5:
            raise LexiconError(f"{where}: {len(cells)} cells, expected 5 (trigger, type, mode, cameo, pos)")
        words, type_, mode, cameo, pos = cells
        if type_ not in PLOVER_TYPES:
            raise LexiconError(f"{where}: {type_!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        if pos not in ("verb", "noun"):
            raise LexiconError(f"{where}: pos {pos!r} is not verb or noun")
        if not (len(cameo) == 2 and cameo.isdigit()):
            raise LexiconError(f"{where}: CAMEO root {cameo!r} is not two digits")
        triggers.append(Trigger(tuple(words.lower().replace("ё", "е").split()), type_,
                                None if mode == "-" else mode, cameo, pos))
    return TriggerTable(triggers)


@lru_cache(maxsize=1)
def load_triggers() -> TriggerTable:
    """The shipped trigger table, read once."""
    return read_triggers(package_file("event_triggers.tsv"))


class WordSets:
    """The named word lists the events stage reads (``event_words.tsv``): Russian lexicon data kept with the
    triggers rather than in code; each set is a set of lemmas or of phrases of lemmas, as its reader asks."""

    def __init__(self, entries: dict[str, list[str]], filename: str) -> None:
        self._entries = entries
        self._filename = filename

    def _rows(self, name: str) -> list[str]:
        if name not in self._entries:
            raise LexiconError(f"{self._filename}: no set {name!r}")
        return self._entries[name]

    def words(self, name: str) -> frozenset[str]:
        """The set ``name`` as single lemmas."""
        rows = self._rows(name)
        phrases = [row for row in rows if " " in row]
        if phrases:
            raise LexiconError(f"{self._filename}: set {name!r} is read as single words but holds {phrases[0]!r}")
        return frozenset(rows)

    def phrases(self, name: str) -> frozenset[tuple[str, ...]]:
        """The set ``name`` as phrases, each a tuple of lemmas ("сделать остановка")."""
        return frozenset(tuple(row.split()) for row in self._rows(name))


def read_word_sets(text: str, filename: str = "event_words.tsv") -> WordSets:
    """Rows ``set<TAB>entry``; blank lines and lines starting with "#" are skipped."""
    entries: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2 or not all(cells):
            raise LexiconError(f"{filename}, line {number}: {len(cells)} cells, expected 2 (set, entry)")
        entries.setdefault(cells[0], []).append(cells[1])
    return WordSets(entries, filename)


@lru_cache(maxsize=1)
def load_word_sets() -> WordSets:
    """The shipped word lists of the events stage, read once."""
    return read_word_sets(package_file("event_words.tsv"))


def _phrase_at(tokens: Sequence[Token], i: int, first: int, last: int, trigger: Trigger,
               claimed: set[int]) -> tuple[int, ...] | None:
    used = [i]
    for word in trigger.words[1:]:
        # a word of the phrase stands a few words away, or anywhere in the sentence when the syntax joins it to
        # the first ("ФАС признала операторов «большой тройки» виновными")
        near = [j for j in range(first, last) if (abs(j - i) <= WINDOW or tokens[j].head == i or tokens[i].head == j
                                                  or _grandchild(tokens, j, i) or _modal_subject(tokens, j, i))
                and j not in used and j not in claimed and lemma(tokens[j]) == word
                # a preposition of the phrase is the case of the first word's own dependent: "выступила за
                # реформирование", not the "За" of "выступили движение «За права человека»"; or of a word of the
                # phrase found before it, where the parser hung the case on that word: "запустили ракету по Израилю"
                and (tokens[j].pos != "ADP" or any(_grandchild(tokens, j, u) for u in used))]
        if not near:
            return None
        used.append(min(near, key=lambda j: abs(j - i)))
    if tokens[i].pos == "ADP" and tokens[i].head not in used:
        # a phrase that opens with a preposition holds it as the case of its own word: "по просьбе Бельгии", not
        # the "по" of "директор по коммуникациям" near "в ответ на просьбу"
        return None
    return tuple(sorted(used))


# Modal verbs whose subject the parser takes from the passive infinitive they govern (``_modal_subject``).
_MODAL_HEADS = load_word_sets().words("MODALS")
# Nouns of what an act would need ("условия для переговоров"), read in _precondition_of.
PRECONDITIONS = load_word_sets().words("PRECONDITIONS")


def _grandchild(tokens: Sequence[Token], j: int, i: int) -> bool:
    """Whether word ``j`` is the preposition of a word that hangs on ``i``: of the trigger's own dependent
    ("выпустили 65-летнюю Аун Сан Су Чжи на свободу", "обращается к ФАС и Министерству торговли КНР с
    просьбой"), however far the name between them stretches."""
    head = tokens[j].head
    return tokens[j].rel == "case" and 0 <= head < len(tokens) and head != j and tokens[head].head == i


def _modal_subject(tokens: Sequence[Token], j: int, i: int) -> bool:
    """Whether word ``j`` is the subject of the modal verb the trigger's word ``i`` hangs on, the parser having hung
    the passive's subject on the modal: "Срок Сильвио Берлускони может быть сокращён до одного года"."""
    head = tokens[i].head
    return tokens[i].rel == "xcomp" and 0 <= head < len(tokens) and tokens[j].head == head and \
        tokens[j].rel.startswith("nsubj") and lemma(tokens[head]) in _MODAL_HEADS


def _anchor(tokens: Sequence[Token], found: tuple[int, ...], trigger: Trigger) -> int:
    """The phrase's syntactic head (the verb for verb phrases): "принято решение" -> "принято"."""
    if trigger.pos == "verb":
        verbs = [j for j in found if tokens[j].pos in ("VERB", "AUX")]
        if verbs:
            return next((j for j in verbs if tokens[j].head not in found), verbs[0])
    return next((j for j in found if tokens[j].head not in found), found[0])


def match_sentence(table: TriggerTable, tokens: Sequence[Token], first: int, last: int) -> list[Match]:
    """Every trigger in tokens[first:last], longer phrases before the shorter ones they contain."""
    candidates: list[tuple[Trigger, tuple[int, ...]]] = []
    lemmas = [lemma(tokens[i]) for i in range(first, last)]
    present = set(lemmas)
    for i, word in enumerate(lemmas, start=first):
        for trigger in table.by_first.get(word, ()):
            if len(trigger.words) == 1 and trigger.pos == "verb" and tokens[i].pos not in ("VERB", "AUX"):
                continue
            if any(w not in present for w in trigger.words[1:]):
                continue  # a phrase whose other words the sentence lacks ("назвать" has twenty): no scan for them
            found = _phrase_at(tokens, i, first, last, trigger, set())
            if found is not None:
                candidates.append((trigger, found))
    candidates.sort(key=lambda c: (-len(c[1]), c[1][0]))
    claimed: set[int] = set()
    matches = []
    for trigger, found in candidates:
        if claimed & set(found):
            continue
        claimed |= set(found)
        matches.append(Match(trigger, found, _anchor(tokens, found, trigger)))
    matches.sort(key=lambda m: m.tokens[0])
    return matches


def _children(tokens: Sequence[Token], head: int, first: int, last: int) -> list[int]:
    return [j for j in range(first, last) if tokens[j].head == head]


def _possible_noun(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun is one of the possible or the asked for ("возможность", "призыв"), or the noun of an act
    that hangs on one ("возможность введения санкций": "санкций" climbs through "введения")."""
    heads = HYPOTHETICAL_HEADS | ASKED_NOUNS
    above = tokens[noun].head
    if lemma(tokens[noun]) in heads:
        return True
    if tokens[noun].pos != "NOUN" or not first <= above < last:
        return False
    # "возможность введения санкций"; "призвала к введению санкций" (asked for, still to be done)
    return (tokens[noun].rel == "nmod" and tokens[above].pos == "NOUN" and lemma(tokens[above]) in heads) or (
        tokens[noun].rel == "obl" and tokens[above].pos == "VERB" and lemma(tokens[above]) in ASKING_VERBS)


def _act_of(tokens: Sequence[Token], noun: int) -> bool:
    """Whether a noun is the genitive of the noun of its own act ("введение санкций", "нанесение ударов",
    "проведение переговоров"): the act's modality is that of the word above it ("обсуждают введение санкций")."""
    above = tokens[tokens[noun].head]
    return tokens[noun].feats.get("Case") == "Gen" and above.pos == "NOUN" and \
        lemma(above).endswith(("ние", "тие"))


def _particle_li(token: Token) -> bool:
    """Whether "ли" is the question particle: an enclitic, it never opens a sentence and is never capitalised
    inside one, so "Ли" is a name the parser took for it ("Ли Харви Освальд стрелял ...")."""
    return token.text != "Ли"


def _asked_whether(tokens: Sequence[Token], anchor: int, first: int, last: int) -> bool:
    """Whether the sentence asks if the act is done ("Санкции будут вводить в отношении Сеула?"): it ends in "?"
    after the trigger, with no quote closed between, and asks no "что", "как", "за что" (those presuppose the act:
    "Что известно об ударе по Днепру?", "За что МУС хочет арестовать Нетаньяху?")."""
    end = last - 1
    while end > anchor and tokens[end].text in _CLOSING:
        end -= 1
    if end <= anchor or tokens[end].text != "?":
        return False
    return not any(tokens[j].text in _CLOSING - {")"} for j in range(anchor + 1, end)) and not any(
        lemma(tokens[j]) in WH_WORDS for j in range(first, end))


def joined_condition(tokens: Sequence[Token], verb: int, first: int, last: int) -> int | None:
    """The verb of an "если" clause a finite verb is really joined to when the parser hung it on the main clause
    ("Иран нанесёт удар, если США поддержат Израиль и введут санкции": "введут" goes with "поддержат"): a verb
    joined by "и" with no subject of its own, right after the condition's verb, which stands between it and its
    head."""
    token = tokens[verb]
    if token.rel != "conj" or not first <= token.head < verb or any(
            tokens[j].rel.startswith("nsubj") for j in _children(tokens, verb, first, last)):
        return None
    for v in range(verb - 1, token.head, -1):
        if tokens[v].rel == "advcl" and tokens[v].head == token.head and any(
                tokens[j].rel == "mark" and lemma(tokens[j]) == "если" for j in _children(tokens, v, first, last)):
            between = range(v + 1, verb)
            return v if not any(tokens[j].text in (",", ";", ".") and tokens[j].head in (verb, token.head)
                                for j in between) else None
    return None


def _infinitive_kids(tokens: Sequence[Token], kids: Sequence[int], first: int, last: int) -> list[int]:
    """The words under the infinitives a verb governs ("откажется работать, если ...": the "если" clause under
    "работать")."""
    return [m for j in kids if tokens[j].rel == "xcomp" and tokens[j].feats.get("VerbForm") == "Inf"
            for m in _children(tokens, j, first, last)]


def _conditioned(tokens: Sequence[Token], kids: Sequence[int], first: int, last: int) -> bool:
    """Whether a verb has a clause of condition under it: an "если" clause ("арестует, если он посетит страну");
    the main clause's act waits on it."""
    return any(tokens[j].rel == "advcl" and any(tokens[m].rel == "mark" and lemma(tokens[m]) == "если"
                                                for m in _children(tokens, j, first, last)) for j in kids)


def _purpose_of_noun(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun is the "цель" of "с целью" hanging on another noun ("заговор с целью похищения"): the act it
    names is intended, not done. Under a verb ("прибыл в Москву с целью переговоров") it is the purpose of an act
    told, which the trip's talks are told with (as a purpose clause with "чтобы" is), and is left alone; but a verb's
    object or subject right before it is the noun it qualifies, wherever the parser hung it ("раскрыла заговор с
    целью убийства")."""
    above = tokens[noun].head
    if lemma(tokens[noun]) not in PURPOSE_NOUNS or tokens[noun].rel not in ("nmod", "obl") or \
            not first <= above < last:
        return False
    case = [j for j in _children(tokens, noun, first, last) if tokens[j].rel == "case" and lemma(tokens[j]) in ("с",
                                                                                                              "со")]
    if not case:
        return False
    if tokens[noun].rel == "nmod":
        return tokens[above].pos == "NOUN"
    before = case[0] - 1
    return first <= before and tokens[before].pos == "NOUN" and tokens[before].head == above and \
        tokens[before].rel in ("obj", "nsubj", "nsubj:pass")


def _precondition_of(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun trigger is what a precondition noun is for ("условия для переговоров", "оснований для
    переговоров нет", "предпосылки к встрече"): the act is only weighed, it is not held. "Прибыл для переговоров"
    (a purpose under a verb, told with the trip) and "условия соглашения" (the terms of one made) are left alone."""
    above = tokens[noun].head
    return tokens[noun].pos == "NOUN" and tokens[noun].rel == "nmod" and first <= above < last and \
        lemma(tokens[above]) in PRECONDITIONS and case_word(tokens, noun, first, last) in ("для", "к", "ко")


def _in_case_of(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun is the "случае" of a condition: "в случае победы", "в том случае, если ..."; not "в случае с
    Россией" (as for Russia)."""
    if lemma(tokens[noun]) != "случай" or case_word(tokens, noun, first, last) != "в":
        return False
    kids = _children(tokens, noun, first, last)
    return any(tokens[j].rel == "nmod" and tokens[j].feats.get("Case") == "Gen" and case_word(tokens, j, first, last)
               is None for j in kids) or any(lemma(tokens[m]) == "если" for j in kids for m in
                                              _children(tokens, j, first, last))


def case_word(tokens: Sequence[Token], j: int, first: int, last: int) -> str | None:
    """The preposition of a nominal: "с" in "с Маминым", "в" in "в Костанае", "несмотря" in "несмотря на просьбы"."""
    for k in range(first, last):
        if tokens[k].head == j and tokens[k].rel == "case":
            return tokens[k].lemma.lower()
    return None


def _during(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun is a time its clause's act happened in: "во время встречи", "в ходе переговоров"."""
    for j in _children(tokens, noun, first, last):
        if tokens[j].rel == "case" and lemma(tokens[j]) in ("в", "во") and any(
                tokens[k].rel == "fixed" and lemma(tokens[k]) in ("время", "ход")
                for k in _children(tokens, j, first, last)):
            return True
    return False


def _own_verb(tokens: Sequence[Token], noun: int, first: int, last: int) -> int:
    """The verb a noun is the subject of: its head, unless the parser hung it on a later clause's verb past a
    finite verb of its own, with no comma between, that has no subject and agrees with it in number ("переговоры
    ... зашли в тупик, а усилия Катара возобновятся": the talks stalled; the resumption is the efforts')."""
    head = tokens[noun].head
    if not tokens[noun].rel.startswith("nsubj") or head <= noun:
        return head
    for k in range(noun + 1, head):
        token = tokens[k]
        if token.pos == "PUNCT":
            break  # "Переговоры, которых все ждали, прошли": a clause set off by commas is not the noun's own
        if token.pos == "VERB" and token.feats.get("VerbForm") == "Fin":
            if token.feats.get("Number") == tokens[noun].feats.get("Number") and not any(
                    tokens[j].rel.startswith("nsubj") for j in _children(tokens, k, first, last)):
                return k
            break
    return head


def _wished(tokens: Sequence[Token], node: int, kids: Sequence[int]) -> bool:
    """Whether a verb is that of a "чтобы" clause a verb's meaning asks for ("настаивает, чтобы ЕС ввёл санкции",
    "выступил за то, чтобы ввести санкции", "добивается того, чтобы"): wanted, never told as done (its past form is
    the subjunctive's). A purpose clause of an act ("прибыл в Вашингтон, чтобы обсудить ...") is left alone: the
    trip's talks are told with the trip."""
    if not any(lemma(tokens[j]) == "чтобы" and tokens[j].rel == "mark" for j in kids):
        return False
    token = tokens[node]
    return token.rel != "advcl" or 0 <= token.head < len(tokens) and lemma(tokens[token.head]) in ("тот", "то")


def modality(tokens: Sequence[Token], anchor: int, first: int, last: int) -> str:
    """asserted, future, negated or hypothetical, from the anchor and the verbs above it in its sentence.

    "не подписали" -> negated; "подпишут", "будет вводить", "планируют провести" -> future;
    "может ввести", "не исключил введения" -> hypothetical; "Россия не будет вводить санкции" -> negated.
    """
    negated = hypothetical = future = False
    chain = [anchor]
    via: list[str] = []  # the relation each climb went up by
    node = anchor
    # Up through the verbs that govern an infinitive or a noun trigger: "может ввести", "решили провести",
    # "в ходе переговоров" under its clause's verb.
    for _ in range(3):
        token = tokens[node]
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            condition = joined_condition(tokens, node, first, last)
            if condition is not None:
                hypothetical = True  # "если США поддержат Израиль и введут санкции": under the condition too
            break  # a finite verb is its clause's own: do not climb into the speech verb above
        if token.head < first or token.head >= last:
            break
        if token.rel == "conj" and any(tokens[j].rel in ("aux", "aux:pass") and tokens[j].feats.get("VerbForm") ==
                                       "Fin" for j in _children(tokens, node, first, last)):
            # "не получал должного ухода и был избит", "не справляется своими силами и будет просить помощи": a
            # verb joined to another with a finite auxiliary of its own is a clause of its own; the other verb's "не"
            # is not its
            break
        if token.rel not in _CLIMB and not (token.rel == "nmod" and (
                _possible_noun(tokens, token.head, first, last) or _act_of(tokens, node)
                or _purpose_of_noun(tokens, token.head, first, last))):
            # ("принял приглашение Путина посетить Россию": the visit hangs on the invitation, still to come)
            break  # "добро на удары", "готовность к переговорам": a noun of what may be done above the event
        node = _own_verb(tokens, node, first, last)
        chain.append(node)
        via.append(token.rel)
    if len(chain) > 1 and tokens[anchor].pos == "NOUN" and via[0] == "obj" and lemma(tokens[chain[1]]) in JUDGING_HEADS:
        # "не осудил вторжение России", "осудит удар по Киеву": what is judged happened, whatever the judging
        # verb's own "не" or tense; the noun keeps only its own marks
        chain = chain[:1]
    if len(chain) > 1 and tokens[anchor].pos == "NOUN" and via[0] == "obl" and (
            lemma(tokens[chain[1]]) in ANSWERING and case_word(tokens, anchor, first, last) == "на"
            or case_word(tokens, anchor, first, last) == "несмотря"):
        # "отвечать на обвинения оппонента не стал", "несмотря на все просьбы, Путин не выпустит": what is
        # answered or conceded happened; the noun keeps only its own marks
        chain = chain[:1]
    for k, node in enumerate(chain):
        token = tokens[node]
        word = lemma(token)
        if k > 0 and via[k - 1] == "conj":
            # "пригласил Токаева ..., приглашение было принято": a clause joined to another is not governed by
            # its verb's meaning (it keeps that verb's "не", "будет")
            word = ""
        if k > 0 and via[k - 1] == "obl" and _during(tokens, chain[k - 1], first, last):
            # "во время встречи с Макроном они договорились о поставках": the meeting is when the agreement was
            # made, not what was agreed to happen (it keeps that verb's "не", "будет")
            word = ""
        kids = _children(tokens, node, first, last)
        has_not = any(lemma(tokens[j]) in ("не", "ни") and tokens[j].rel in ("advmod", "discourse", "fixed")
                      for j in kids)
        if k > 0 and word in HYPOTHETICAL_HEADS:
            if has_not and word in NEGATED_ABILITY:
                negated = True  # "не могли договориться": it did not happen
            hypothetical = True  # "не исключил" still leaves the event only possible
            continue
        if k > 0 and word in DISCUSSING and via[k - 1] in ("obj", "nsubj:pass", "nsubj"):
            hypothetical = True
            continue
        if k > 0 and word in NEGATING_HEADS:
            negated = True
        if has_not and not (k > 0 and via[k - 1] == "advcl" and tokens[chain[k - 1]].feats.get("VerbForm") == "Conv"):
            # "не признает результатов выборов, обвиняя правительство в фальсификациях": an adverbial participle
            # tells an act of its own, done whatever its head denies
            negated = True
        if k > 0 and word in FUTURE_HEADS:
            future = True
        if k > 0 and word == "предполагать" and via[k - 1] == "xcomp":
            future = True  # "совет предполагает оказывать помощь": intended ("предполагают, что ..." is no plan)
        if k > 0 and word in ABLE_HEADS and token.feats.get("Tense") == "Fut":
            hypothetical = True  # "надеется, что сможет нанести визит": possible, not yet done
        if word not in CONDITIONING and (any(tokens[j].rel == "obl" and _in_case_of(tokens, j, first, last)
                                             for j in kids) or k == len(chain) - 1 and token.rel == "acl"
                                         and first <= token.head < last
                                         and _in_case_of(tokens, token.head, first, last)):
            # "в случае необходимости окажем поддержку": done only on a condition (the parser may make the verb
            # the clause of "случае"); a promise or a threat "в случае победы" is made whatever comes
            hypothetical = True
        if k > 0 and via[k - 1] == "nmod" and _purpose_of_noun(tokens, node, first, last):
            future = True  # "заговор с целью похищения и убийства": intended, not done
        if k > 0 and word in ADVOCATING and via[k - 1] == "obl" and tokens[chain[k - 1]].pos == "NOUN" and any(
                lemma(tokens[j]) == "за" and tokens[j].rel == "case" for j in _children(tokens, chain[k - 1], first,
                                                                                      last)):
            future = True  # "выступила за введение санкций", "за смягчение санкций": advocated, not done
        if token.feats.get("Tense") == "Fut" or any(tokens[j].text.lower() in _FUTURE_AUX for j in kids):
            future = True
        if any(lemma(tokens[j]) == "бы" for j in kids):
            hypothetical = True
        if _wished(tokens, node, kids):
            future = True
        if any(lemma(tokens[j]) == "если" or lemma(tokens[j]) == "ли" and _particle_li(tokens[j]) for j in kids):
            hypothetical = True
        if any(lemma(tokens[j]) in FUTURE_ADJECTIVES for j in kids):
            future = True
        if any(lemma(tokens[j]) == "скорый" and tokens[j].rel == "amod" for j in kids) and token.pos == "NOUN" and \
                word != "помощь":
            future = True  # "о скором увольнении главы Роскосмоса": imminent, not done ("скорая помощь" is no act)
        if any(lemma(tokens[j]) in ("возможно", "вероятно", "якобы") for j in kids):
            hypothetical = True
        if any(lemma(tokens[j]) in POSSIBLE_ADJECTIVES and tokens[j].rel == "amod" and (
                tokens[j].pos == "ADJ" or tokens[j].feats.get("VerbForm") == "Part") for j in kids):
            hypothetical = True  # "Возможное помилование Саакашвили": an act only thought of
        if token.pos in ("VERB", "AUX") and word not in CONDITIONING and (
                _conditioned(tokens, kids, first, last) or _conditioned(tokens, _infinitive_kids(tokens, kids, first,
                                                                                                last), first, last)):
            # "Канада арестует Нетаньяху, если он посетит страну": done only on a condition; "откажется работать в
            # правительстве, если премьером станет ...": the parser hangs the condition on the infinitive the verb
            # governs, and it holds the whole verb phrase
            hypothetical = True
    if _precondition_of(tokens, anchor, first, last):
        hypothetical = True  # "условия для переговоров выдвигали": the talks are weighed, not held
    if _asked_whether(tokens, anchor, first, last):
        hypothetical = True  # "Санкции будут вводить в отношении Сеула?": asked, not told
    if negated:
        return "negated"
    if hypothetical:
        return "hypothetical"
    if future:
        return "future"
    return "asserted"
