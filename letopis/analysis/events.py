"""Events: who did what to whom, where and when, as PLOVER events with their modality.

    "Вы посетили Костанайскую область" (Токаев to Головченко)
        -> CONSULT visit, source Головченко, target Казахстан, place Костанайская область
    "В субботу я разговаривал с Александром Григорьевичем Лукашенко" (Токаев's quote)
        -> CONSULT phone-call, source Токаев, target Лукашенко, date_text "В субботу"
    "Россия не будет вводить санкции против Турции"
        -> SANCTION, source Россия, target Турция, modality negated

Triggers come from ``data/event_triggers.tsv`` (see ``event_triggers``); actors hang on the trigger in the
syntax tree: the subject is the source; the object, "с + instrumental", "против", "к" give the target;
"между X и Y" and coordinated subjects give more participants. A trigger named by a noun ("во время
переговоров с X") takes its source from the verb it hangs on. An agreement with nobody named ("принято
решение ...") is between the states of the article's meeting. Persons stay persons; ``actors.state_of``
gives the state a person stands for.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from letopis.analysis.actors import (
    ACT_ROLES,
    BARE_STATE_FORCES,
    CITIZENS,
    ORG_DESCRIPTIONS,
    STAFF_NOUNS,
    Actors,
    case_word,
)
from letopis.analysis.dates import DateMention, find_dates, parse_published
from letopis.analysis.event_triggers import (
    Match,
    Trigger,
    joined_condition,
    lemma,
    load_triggers,
    load_word_sets,
    match_sentence,
    modality,
)
from letopis.analysis.posts import known_holder_state
from letopis.analysis.speakers import OUTLET_NOUNS, OUTLET_WORDS, known_outlet
from letopis.lexicon import Lexicon, load_people
from letopis.records import Doc, Event, Token

__all__ = ["JOINT", "article_dyad", "find_events", "retyped"]

# The Russian word lists below live in letopis/data/event_words.tsv, by the name of the set that reads them.
_WORDS = load_word_sets()
# Prepositions that make a nominal the other side of the event.
TARGET_CASES = frozenset({"с", "со", "против", "к", "ко", "для", "у", "перед", "на", "по"})
# "потребовала от России": "от" names the target only of a request.
REQUEST_CASES = frozenset({"от"})
# "отозвал из России посла", "вывести войска из Афганистана", "запретил ввоз из Молдавии": "из" names the target
# of these types only.
FROM_TYPES = frozenset({"SANCTION", "RETREAT"})
# Verbs whose object does what their infinitive says ("призвал Россию вывести войска"): the infinitive's
# event takes its source from the object, not from the subject.
# Verbs of allowing too: "разрешили Украине наносить удары" (the one allowed strikes).
OBJECT_CONTROL = _WORDS.words("OBJECT_CONTROL")
# verbs whose infinitive (csubj) is done by their dative: "Ему удалось убить" (see ``_borrowed_subject``)
DATIVE_DOER = _WORDS.words("DATIVE_DOER")
# Nouns of asking another to act: their genitive is who asks, not who would act ("приглашение Путина посетить").
ASKING_NOUNS = _WORDS.words("ASKING_NOUNS")
# Verbs of proposing: who proposes talks to another is a side of them ("предложила России возобновить переговоры").
PROPOSING = _WORDS.words("PROPOSING")
# Nouns of a relation or an affair with someone: discussed, their "с" + a person is the topic's, not the partner of
# the talks ("обсудили ситуацию с Навальным", "обсудил отношения с Трампом", "обсудили встречу с Путиным").
RELATION_TOPICS = _WORDS.words("RELATION_TOPICS")
# At most this many sources of one non-symmetric event ("Семнеби и представители ПАСЕ призывают"; a long article lists
# more: "федерация Израиля поддержит Илюмжинова вместе с федерациями Ирака, Сирии, Иордании, Ливана").
MAX_SOURCES = 6
# At most this many targets of one non-symmetric event named by coordinated words ("ввёл санкции против
# Газпромбанка, ДОМРФ, БКС-банка и банка «Центрокредит»"): each is an event of its own, as coordinated sources are.
MAX_TARGETS = 4
PLACE_CASES = frozenset({"в", "во"})
# The prepositions of a place or a time an act is set in, with the locative ("в этом штате", "на этой неделе"): no
# object of it ("жалуется на эти действия" is one).
SETTING_CASES = frozenset({"в", "во", "на"})
# Nouns of invading a land, whose "в" + accusative names the land invaded ("вторжение Израиля в Ливан").
INVASION_NOUNS = frozenset({"вторжение"})
# Verbs of shooting whose "в" + accusative is whom the shots are aimed at ("стрелял в президента").
SHOOTING = frozenset({"стрелять"})
# Prepositions of a topic spoken of ("вопрос о задержании"): the act a topic names is not the speaker's.
TOPIC_CASES = frozenset({"о", "об", "обо"})
TOPIC_HEADS = _WORDS.words("TOPIC_HEADS")
# Types whose sides are symmetric: the second of "Путин и Эрдоган встретились" is the target.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Relations along which a trigger without a subject borrows the one above it: "решили провести",
# "заявил X во время переговоров", "приехал и встретился"; not "договоренности, достигнутые ..." (acl).
_BORROW = frozenset({"xcomp", "conj", "obl", "obj", "nmod", "advcl"})
# Types that judge another's act: "осудил визит Медведева" is aimed at Медведев.
JUDGING = frozenset({"ACCUSE", "PROTEST", "SUPPORT", "REJECT"})
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2}
# "осудить" is a court's sentence (COERCE, CAMEO 173) when a court passes it or it names a term or a manner of
# sentencing; else it is condemnation (ACCUSE): "Суд осудил его на пять лет" / "МИД осудил удар".
CONDEMNING = _WORDS.phrases("CONDEMNING")
COURTS = _WORDS.words("COURTS")
# What a court upholds ("оставил в силе приговор", "признал арест законным"): rulings (``_not_upheld``).
RULINGS = _WORDS.words("RULINGS")
# Trigger verbs with a sense of a thing's own ("двигатель отказал", "год обещает быть трудным"): with a thing for
# subject they are a figure, no act.
FIGURE_VERBS = frozenset({"обещать", "пообещать", "отказать", "отказывать"})
# "по запросу X": the one who asked for an act, neither who does it nor who undergoes it; so "по заявлению X",
# "по обращению X", "по жалобе X" ("провели проверку по заявлению депутата": the complainant, not the one checked).
ON_REQUEST = frozenset({"запрос", "просьба", "требование", "поручение", "инициатива", "указание", "заказ",
                        "ходатайство", "заявление", "обращение", "жалоба"})
# "по решению X", "по приговору X": the one whose decision an arrest or a release carries out does it.
ON_DECISION = frozenset({"решение", "приговор", "постановление", "распоряжение", "приказ"})
# What one is released "от" when released from office ("освободил от должности", "освобождён от занимаемой
# должности", "от обязанностей", "от полномочий"): a dismissal, not a release from custody (retyped, `retyped`).
OFFICES = frozenset({"должность", "пост", "обязанность", "полномочие"})
# A decree that ends a term ("подписал указ об отставке мэра Лужкова", "указ о досрочном прекращении полномочий
# губернатора X") is COERCE by its signer (EVENTS.md, the twenty-sixth session's conventions: events_dev8,
# events_dev18); one that accepts a resignation asked for ("по собственному желанию") is the signer's agreement
# (events_dev10), which this phrase does not tell, so it gives no event there.
DECREED_DISMISSALS = frozenset({("указ", "отставка"), ("указ", "прекращение", "полномочие")})
# Dismissals told by their own word ("уволил министра", "об увольнении", "отправлен в отставку"), EVENTS.md's
# twenty-second session: aimed at a person named, or no event.
DISMISSALS = frozenset({("уволить",), ("увольнять",), ("увольнение",), ("отправить", "в", "отставка"),
                        ("отправлять", "в", "отставка")}) | DECREED_DISMISSALS
# Appointments and elections (EVENTS.md, the twenty-sixth session's conventions): SUPPORT of the person appointed
# by whoever named appoints him; an appointment by no one named, or of no person named, is no event.
APPOINTMENTS = frozenset({("назначить",), ("назначать",), ("избрать",), ("переизбрать",)})
# What a resignation is accepted at ("по собственному желанию", "по собственной просьбе").
OWN_WISH = frozenset({"желание", "просьба"})
OWN_WORDS = frozenset({"собственному", "собственной", "его", "её", "ее", "своему", "своей"})
TERMS = _WORDS.words("TERMS")
# Homes and offices whose search is aimed at their owner ("обыски в квартире блогера", "при обыске в доме X").
SEARCHED_PLACES = _WORDS.words("SEARCHED_PLACES")
SENTENCE_MANNERS = _WORDS.words("SENTENCE_MANNERS")
# A charge "осудить" is passed under ("осуждён по обвинению в хищении", "осудили по статье о мошенничестве"): only
# a sentence names the law or the charge it is passed by; a condemnation names what it condemns (fourth audit).
CHARGE_GROUNDS = _WORDS.words("CHARGE_GROUNDS")
# The noun of a proposed candidacy ("предложил кандидатуру генерала на пост"): the nominee is named below it.
CANDIDACY = "кандидатура"
# A petition ("прошение") about a resignation is a resignation letter, no appeal to anyone.
PETITION, RESIGNATION = "прошение", "отставка"
# Agreeing verbs that mean yielding when what follows is an act of one's own ("согласилась открыть коды").
CONCEDING = _WORDS.phrases("CONCEDING")
# Verbs whose object noun names their subject's own act ("начали переговоры", "отложил визит"); the subject
# of any other verb above an event noun ("назвал посещение", "приветствовал визит") is not its agent.
LIGHT_VERBS = _WORDS.words("LIGHT_VERBS")
# Protests that are gatherings: who speaks at one ("заявил на митинге") is not its organiser; "ушёл в отставку
# в знак протеста" is the subject's own protest.
GATHERINGS = _WORDS.words("GATHERINGS")
# Agreeing to a rally is permitting it ("мэрия согласовала митинг"): an authority's leave, no agreement between sides.
PERMITTING = frozenset({("согласовать",), ("согласовывать",)})
# Types whose event noun takes the one acted upon in the genitive ("арест Бхутто", "убийство заложников").
PATIENT_GENITIVE = frozenset({"ASSAULT", "COERCE", "CONCEDE"})
# Nouns of other types whose genitive is who undergoes them too ("указ о награждении Кустурицы", "ордер на арест
# Нетаньяху", "о лишении аккредитации второго секретаря").
PATIENT_NOUNS = frozenset({("награждение",), ("ордер", "на", "арест"), ("лишение", "аккредитация")})
# Modal verbs whose infinitive's words the parser may hang on the modal itself.
MODALS = _WORDS.words("MODALS")
# Verbs of using weapons and verbs of phase (events.py `_weapon_user`): who uses weapons for a strike strikes.
USE_VERBS = _WORDS.words("USE_VERBS")
PHASE_VERBS = _WORDS.words("PHASE_VERBS")
# Coercion with no one who suffers it as such: "объявил о введении военного положения" is the speaker's act.
NO_PATIENT = frozenset({"martial-law"})
# Partners of a meeting that make it an interview or a press event, not a consultation between actors.
PRESS = _WORDS.words("PRESS")
# A news outlet is a side only of what is done by it or to it ("суд оштрафовал «Дождь»", "Кремль обвинил Би-би-си");
# one that tells the news is none: the subject of a verb of reporting ("— пишет Washington Post", "Би-би-си и CBS
# поговорили с ..."), the genitive of a noun of its reports or staff ("по данным", "со ссылкой", "на вопрос Русской
# службы Би-би-си", "журналистам SHOT"), the dative it is told in ("об этом РИА Новости сообщили", "как стало
# известно журналистам Би-би-си") (event_words.tsv).
REPORTING = _WORDS.words("REPORTING")
REPORTED_BY = _WORDS.words("REPORTED_BY") | PRESS
# An act's noun in the genitive of the word of its start or its anniversary ("с начала вторжения", "после начала
# вторжения", "с годовщиной свержения") only dates another clause: no report of the act (event_words.tsv). Not
# "момент": "С момента задержания Козлов не общался с родными" tells the arrest, as "после ареста" does
# (tests/test_events_retold20.py).
TIME_POINTS = _WORDS.words("TIME_POINTS")
# Verbs of arrival: a visit only when someone named arrives in a state not their own ("Саркози прибыл в
# Вашингтон", "Маэхара должен прибыть в Москву"); a stop on the way is one ("Керри сделал остановку в Кабуле"), a
# bus's is not.
ARRIVALS = _WORDS.phrases("ARRIVALS")
# Modes whose verb acts on a person: a thing as its direct object is no one arrested or killed ("пограничники
# задерживали лодку", "это не ликвидирует первопричину").
ON_PERSONS = frozenset({"arrest", "kill"})
# First words of criticism phrases whose subject is the act judged and whose noun's genitive is who judges it
# ("Действия США вызывают озабоченность Москвы": ACCUSE Москва -> США; not "вызвал посла", a protest).
EVOKING = _WORDS.words("EVOKING")
# Triggers that name an act between actors only when the other side is named: "Аэрофлот подозревает сбой",
# "проигнорировал вопрос журналиста", "Транснефть открыла нефтепровод", "Минфин продлил договор аренды",
# "Microsoft подала жалобу" (against whom, the sentence does not say).
# Apologies too: "вынудили его встать на колени и извиниться" apologises to no one named.
# Strikes and offensives too, as words of other senses ("Маск поразил инвесторов", "ЦБ начал наступление на
# нелегальных кредиторов"), and siding ("встал на сторону жены"): "Россия поразила объекты Украины" names whom.
PARTNER_NEEDED = _WORDS.phrases("PARTNER_NEEDED")
# The bare aid noun, an act only where the noun names both who gives and who receives.
BARE_AID = ("помощь",)
# Verbs that prepare or announce aid: their subject gives it ("Байден готовит пакет помощи Украине", the third recall
# audit), as the noun's own genitive would ("помощь США Украине")
AID_PREPARING = frozenset({"готовить", "подготовить", "объявить", "объявлять", "анонсировать"})
# Verbs of killing that also mean winding up a company or removing a problem: an assault only on a person named
# ("Израиль ликвидировал лидера ХАМАС"), not "ООО ... было ликвидировано за долги"; and "оправдать", an acquittal
# only of a person ("суд оправдал Петрова"), not "оправдать ожидания".
PERSONS_ONLY = _WORDS.phrases("PERSONS_ONLY")
# An acquittal is a court's or a jury's, or told in the passive ("был оправдан"); whoever else "оправдает" someone
# only means to clear him (EVENTS.md: a lawyer's plan to contest the charges is not annotated).
ACQUITTING = ("оправдать",)
# Seizures that are acts between actors only when a person or an organisation is seized ("ЦРУ захватило гражданина
# Германии", "захватившие здание телекомпании ZBC"), not land or a landmark (CAMEO 171 and 181 as one COERCE).
ACTORS_SEIZED = _WORDS.phrases("ACTORS_SEIZED")
# Words of a ban or cut whose "в" + accusative is the state the goods no longer go to.
OUTBOUND = _WORDS.words("OUTBOUND")
# Words of a sports report: a strike or an attack there is a player's or a team's ("нанёс удар по воротам",
# "атака «Зенита» захлебнулась"), no assault.
SPORT_WORDS = _WORDS.words("SPORT_WORDS")
# Words of an election count or a poll: "завоевав 52,1% голосов" or "определили все 38 голосов нынешнему
# президенту" wins votes, it occupies nothing.
COUNT_WORDS = _WORDS.words("COUNT_WORDS")
# Trades of sport and show business (a post's last word: "главный тренер", "футболист", "актриса") and the words that
# name a club, a team or a studio before its name ("футбольный клуб «Спартак»", "киностудия «Мосфильм»"): dealings
# between such sides (a coach hired, a club's thanks, a player's decision to quit) are no acts the chronicle wants.
SHOW_TRADES = _WORDS.words("SHOW_TRADES")
SHOW_BODIES = _WORDS.words("SHOW_BODIES")
# Words of a sport in the name of a federation, a league or a committee ("Международная федерация футбола",
# "Международный олимпийский комитет", "Российский футбольный союз"): a body of sport, whose dealings with players,
# coaches and clubs are sport's (FIFA's prize to a player, the IOC's request to a former player).
SPORT_NAMES = _WORDS.words("SPORT_NAMES")
# A player's place on a team: a trade of sport when held of an organisation ("защитник «Детройт Ред Уингз»"); of a
# person it is a lawyer's ("защитник Юрия").
PLAYER_PLACES = frozenset({"защитник", "нападающий", "полузащитник", "вратарь", "голкипер", "форвард", "капитан"})
# Who a poll or a vote counts: "Большинство жителей Пенсильвании ... поддерживают Байдена", "47% избирателей
# поддерживали Клинтон", "Молчаливое большинство ... поддерживает Трампа" report a share of voters, not an act of
# support by someone named (a named side's support, "Кирсана Илюмжинова поддерживают 40 федераций", stays).
POLLED = _WORDS.words("POLLED")
# Who casts an electoral college's votes: "Выборщики в Мичигане ... поддержали Байдена", "Коллегия выборщиков Флориды
# поддержала Трампа", "Члены коллегии выборщиков от штата Пенсильвания тоже поддержали Байдена" count votes, as a
# poll counts voters; no one acts on the candidate.
ELECTORS = _WORDS.words("ELECTORS")
# A counted "человек" as who supports: "Трампа поддержали 232 человека" is a tally, not someone named acting.
HEADCOUNT = _WORDS.words("HEADCOUNT")
# Modes of a state's economic measures that are aimed at someone only when the text names whom: a fine or a duty
# on no one named is a regulator's routine or home policy ("ввели пошлину на вывоз зерна").
NAMED_TARGET_MODES = frozenset({"fine", "tariff", "leave", "revoke", "renounce"})
# Verbs of seeing a fault in something ("усмотрел в обложке альбома U2 «пропаганду»", "усмотрела в действиях
# Ивана Петрова признаки мошенничества"): whose the thing "в" which it is seen is, is accused.
SEEING_IN = frozenset({("усмотреть",)})
# An operation "по" an act ("операция по поимке", "спецоперация по задержанию"): its act is done by whoever runs it.
OPERATIONS = frozenset({"операция", "спецоперация"})
# The word of a state's membership given up ("отказался от российского гражданства"): its state adjective is the
# state left (a renunciation of no state named is no event).
CITIZENSHIP = frozenset({"гражданство"})
# Verbs of receiving: a visit hosted only when the one received is a person ("принимает Саркози").
HOSTING = _WORDS.phrases("HOSTING")
# Phrases whose subject undergoes the event ("Под санкции попал зампред ЦБ", "получил приглашение"): the subject
# is the target; the source, when the sentence names none, is the one who did the same just before.
UNDERGOING = _WORDS.phrases("UNDERGOING")
# Support enjoyed or secured ("пользуется поддержкой Движения чаепития", "заручился поддержкой США"): an event only
# when the backer is named; "заручился поддержкой выборщиков" tells votes won (the sets write none).
BACKED = frozenset({("пользоваться", "поддержка"), ("заручиться", "поддержка")})
# An act done at someone's request ("по просьбе Бельгии"): the one who asks is the request's genitive.
AT_REQUEST = ("по", "просьба")
# Held in custody ("находился в СИЗО", "содержится под стражей"): whose the jail is ("в изоляторе федерального суда")
# holds no one; the holder is not named.
HELD = frozenset(w for w in UNDERGOING if w[0] in ("находиться", "содержаться"))
# Reflexive verbs that are only ever passive ("подозревается в убийстве": someone suspects him): the parser may
# label them middle voice with an active subject ("который подозревается": the relative's antecedent is the one
# suspected, not the suspecting one).
REFLEXIVE_PASSIVES = frozenset({"обвиняться", "подозреваться"})
# Nouns of intent an infinitive completes: whose intent it is does what the infinitive says.
INTENT_NOUNS = _WORDS.words("INTENT_NOUNS")
# Nouns of permission whose "на" names the act allowed ("добро на удары", "разрешение на удары").
PERMISSIONS = _WORDS.words("PERMISSIONS")
# Verbs that make an agreement only when two sides do them together ("РФ и Белоруссия решили").
JOINT = _WORDS.phrases("JOINT")
# Verbs of taking place whose subject is an event noun ("состоялась встреча", "прошли переговоры").
TAKING_PLACE = _WORDS.words("TAKING_PLACE")
# Verbs of an appeal made "в" a body ("обратился в Совбез ООН с просьбой", "направили обращение в Минфин"): the
# body is who is asked.
ADDRESSING = frozenset({"обратиться", "обращаться", "направить", "направлять"})
# Compound prepositions that name what a judgement answers ("протест в связи с визитом", "в ответ на
# санкции", "из-за действий России").
REASON_CASES = frozenset({"в связь с", "в ответ на", "из-за"})
# "Стороны обсудили ..." goes on with the meeting told at most this many sentences before (a long article tells
# what was said at the meeting between).
PAIR_REACH = 4
# A conversation with no partner named is an interview or a private talk, not a contact between actors ("в беседе
# по телефону актриса попросила"); a meeting with one side named may be one ("встреча на высшем уровне").
# A call to no one named is none ("постановка с телефонным звонком в ходе брифинга"); a discussion with no partner
# is internal ("Менеджеры НАСА обсуждают варианты эвакуации").
CONVERSATIONS = _WORDS.phrases("CONVERSATIONS")
# Verbs that talk with someone only with the partner in "с" or among their own coordinated subjects ("говорил об
# этом с генсеком НАТО", "Путин и Байден говорили об Украине"); "говорил Путину" tells, "говорит Путин" says.
TALKING_WITH = _WORDS.phrases("TALKING_WITH")
# Verbs of telling or handing something to someone: their bare dative is whom a talk they are told in is held with
# ("сообщил депутату во время встречи", "вручил Шольцу письмо на переговорах"); another verb's dative is not
# ("разбить телефон журналисту после встречи").
TELLING = _WORDS.words("TELLING")
# Acts named by a noun whose partner a refusal of them rejects ("отказывается от переговоров с ЕС"), by mode.
REFUSABLE = frozenset({"CONSULT", "COOPERATE", "AGREE"})
REFUSABLE_MODES = frozenset({"talks", "meeting", "phone-call", None})
# Types that become cooperation when the sides do them to each other ("друг другу помогают").
RECIPROCAL_TYPES = frozenset({"AID", "SUPPORT"})
# A date expression this many characters from the trigger, in its sentence, dates it, unless it belongs to another
# predicate (``_dates_the_act``). Relations by which a verb shares the time of the verb it hangs on:
DATE_REACH = 120
CLAUSE_CHAIN = frozenset({"xcomp", "conj", "parataxis"})
# Acts that answer another's ("возражает против таких требований", "отверг эти обвинения"): aimed at its author.
ANSWERING = frozenset({"REJECT", "ACCUSE", "PROTEST"})
# Determiners that point back to what the article just told.
ANAPHORIC = _WORDS.words("ANAPHORIC")
# What a refusal of no side refuses ("от комментариев отказались", "отказался комментировать"): no act between actors.
# Refusals to say or to answer likewise: "отказался говорить о том, передаст ли он власть", "отказался отвечать".
NO_COMMENT = _WORDS.words("NO_COMMENT")
# Documents whose active participle tells what their adopters do ("проголосовал за резолюцию, осуждающую рейд",
# "направил письмо, призывающее"): the participle's subject is whoever adopts, sends or signs the document.
DOCUMENTS = _WORDS.words("DOCUMENTS")
# Nouns of a legal case: "арестованы по делу Сулима", "по факту покушения на Ису" name whose case it is, not
# whom the act is aimed at.
CASE_NOUNS = _WORDS.words("CASE_NOUNS")
# A check or inquiry as an investigation phrase's noun ("начали проверку", "проводят проверки"): an investigation
# only of someone named (``_doers_checked``); a check of documents, goods or of no one named is no event.
CHECK_NOUNS = _WORDS.words("CHECK_NOUNS")
# Kin words: a meeting a relative comes to ("на встречу с Виктором прибудут его дочь и мать") is a family's, not
# an event between actors (EVENTS.md: family visits are not CONSULT).
KIN_WORDS = _WORDS.words("KIN_WORDS")
# The people of one's private life besides kin: an attack by a private person on one of them or on kin ("избил до
# смерти своего сокамерника", "ранил ножом свою девушку", "ударил опекуншу") is a crime among private people,
# outside the chronicle (EVENTS.md, the twenty-second session's private matters).
DOMESTIC_VICTIMS = KIN_WORDS | _WORDS.words("ACQUAINTANCES")
# Words of kin, defence or association (data/event_words.tsv, read by the actors stage too): one told by whose son,
# wife or lawyer he is is someone else than the one of the genitive (``_kin_whose``).
ASSOCIATES = _WORDS.words("ASSOCIATES")
# Blocking a person ("заблокировала назойливого ухажёра", "Его заблокировали очевидцы") is a messenger's or a
# crowd's act on a private person; a state blocks sites, services and ports, which are no private persons.
BLOCKING_VERBS = frozenset({"заблокировать", "блокировать"})
# Words that make an attack between two people the code reads as private a matter of public life: the press, the
# police and civic activists ("47-летнего журналиста ... избил 26-летний Алексей Митаев", a policeman the article
# names only in another sentence; "зарезал общественника Антона Еговцева").
PUBLIC_VICTIMS = PRESS | _WORDS.words("PUBLIC_VICTIMS")


@dataclass
class _Sides:
    sources: list[str] | None = None  # more sources of a non-symmetric event, each its own event
    targets: list[str] | None = None  # coordinated objects ("санкции против А, Б и В"), each its own event
    source: str | None = None
    target: str | None = None
    others: list[str] | None = None
    place: str | None = None

    def add(self, entity: str) -> None:
        if self.others is None:
            self.others = []
        if entity not in self.others:
            self.others.append(entity)


# Words of interference in another's affairs or elections ("вмешательство России в выборы", "Россия вмешалась"):
# a claim or a finding of it is an accusation by who claims it of who interfered (EVENTS.md, events_dev6).
INTERFERENCE = _WORDS.words("INTERFERENCE")
# Verbs of influence and the votes they act on: "повлиять на выборы" is interfering in them.
INFLUENCE = _WORDS.words("INFLUENCE")
VOTES = _WORDS.words("VOTES")
# Verbs that state a claim or a finding ("утверждал, что они доказывают «российское вмешательство»", "спецпрокурор
# установил, что РФ вмешивалась"), and nouns that hold one ("выводы Мюллера о том, что Россия вмешалась", "доклад о
# вмешательстве"): who claims is the verb's subject or the noun's genitive. Denials ("отрицает") are no claims.
CLAIM_VERBS = _WORDS.words("CLAIM_VERBS")
CLAIM_NOUNS = _WORDS.words("CLAIM_NOUNS")
# Passives of saying that quote a document ("в докладе говорится", "в заявлении сказано", "в письме указано"), beside
# the claim verbs' own passives ("отмечается", "утверждается").
SAYING_PASSIVES = frozenset({"говорить", "сказать", "сказано", "указано", "отмечено", "говорится"})
# Acts done in words, which a state can be said to do with no one named ("в США обвинили", "в Китае потребовали");
# not a refusal ("В России лечить отказались": doctors).
SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SUPPORT"})
# An attempt made ("предприняли попытку повлиять"): its maker is who would do the deed below it.
ATTEMPTS = frozenset({"попытка"})
INTERFERENCE_TRIGGER = Trigger(words=("вмешательство",), type="ACCUSE", mode="allege", cameo="11", pos="noun")
# Words of electoral fraud ("выборы были сфальсифицированы", "заявлять о масштабном мошенничестве"): a claim of it is
# an accusation by who claims it (EVENTS.md, events_dev7), as a claim of interference is. FRAUD_STEMS gate the
# search: a text without them is not read for it.
FRAUD = _WORDS.words("FRAUD")
FRAUD_STEMS = ("фальсиф", "мошенни", "подтас")
# Stems of a vote: fraud is read as a claim only in a text about an election or a vote (a warning of scammers or a
# sentence for fraud accuses no one of rigging anything).
VOTE_STEMS = ("выбор", "голосова", "бюллетен", "референдум")
FRAUD_TRIGGER = Trigger(words=("фальсификация",), type="ACCUSE", mode="allege", cameo="11", pos="noun")
# Words that call an act unlawful ("незаконно получила кредит"): a claim of them accuses whoever acted.
WRONGDOING = _WORDS.words("WRONGDOING")
WRONGDOING_STEMS = ("незаконн", "нелегальн", "противозаконн", "противоправн")
WRONGDOING_TRIGGER = Trigger(words=("незаконно",), type="ACCUSE", mode="allege", cameo="11", pos="verb")
# Verbs of wrongdoing ("утверждает, что продюсер изнасиловал её", "заявило, что Иран нарушает резолюцию"): a claim
# that a named actor did one is the claimant's accusation of him, as a claim of an unlawful act is (EVENTS.md, the
# twentieth session: claims of wrongdoing).
WRONGDOING_VERBS = _WORDS.words("WRONGDOING_VERBS")
# Nouns of a claim's source set aside as "по словам X", "по мнению X", "по версии X": X tells the clause.
ACCORDING_NOUNS = frozenset({"слово", "мнение", "версия", "утверждение", "оценка"})
# Words that call a claim false ("назвала фейком публикации"): a name called of a report, not of its author; with no
# one named behind the report it judges no actor.
FALSE_CLAIM_WORDS = frozenset({"фейк", "выдумка", "ложь", "клевета"})
# Words that condemn what they name or call someone a wrongdoer ("носят «явно недипломатический характер»",
# "абсолютно неприемлемо", "атаку совершили «террористы»"): said in a quote, they are its speaker's criticism or
# accusation (CAMEO 11), the commonest wording with no trigger of the sets' misses (EVENTS.md: "claims and criticism
# told as speech").
CONDEMNING_WORDS = _WORDS.words("CONDEMNING_WORDS")
# Nouns of a fault or a wrong that judge whoever holds it ("ошибки, которые допустил Мюллер", "то зло, которое
# команда Мюллера причинила", "ответственность за это лежит на французских властях", "ошибка Байдена"): said in a
# named speaker's quote of a named other party, they are the speaker's criticism of that party (ACCUSE, CAMEO 11),
# whatever the fault is said of. Unlike CONDEMNING_WORDS they judge no one when no holder is named ("это ошибка",
# "вина", "ответственность за безопасность").
FAULT_WORDS = _WORDS.words("FAULT_WORDS")
# Verbs by which a fault is held or done ("допустил ошибку", "причинила зло", "несут ответственность за"): their
# subject is the fault's holder, as the object's or the relative clause's.
FAULT_VERBS = _WORDS.words("FAULT_VERBS")
# Verbs by which a fault lies on its holder ("вина лежит на Киеве", "ответственность ложится на власти").
LYING_ON = frozenset({"лежать", "ложиться", "лечь"})
# Faults whose genitive is their holder ("ошибка Байдена", "просчёты Кремля").
OWNED_FAULTS = frozenset({"ошибка", "просчёт", "просчет"})
# Words that put an act on someone ("Белград должен решить", "Украина обязана выполнить"; the one asked is the subject)
# and words of need ("Киеву необходимо отвести войска", "РПЦ следовало бы выступать"; the one asked is the dative):
# said by a named speaker, they ask it of them (REQUEST, CAMEO 10).
OBLIGING_WORDS = frozenset({"должный", "обязанный", "обязать"})
NEEDING_WORDS = frozenset({"следовать", "необходимый", "необходимо", "нужный", "нужно", "надо"})
# Verbs of giving, whose dative is the one given ("нужно дать право сотрудникам").
GIVING_VERBS = frozenset({"дать", "давать", "предоставить", "предоставлять", "выделить", "выделять", "передать",
                          "передавать", "выплатить", "выплачивать", "позволить", "позволять", "разрешить",
                          "разрешать"})
# Infinitives that name no act one could be asked to do ("должен быть", "должен получить уважение").
STATES_NOT_ACTS = frozenset({"быть", "являться", "получить", "получать", "иметь", "остаться", "оставаться",
                             "стать", "становиться"})
DEMAND_TRIGGER = Trigger(words=("потребовать",), type="REQUEST", mode="demand", cameo="10", pos="verb")
# Qualities of a thing that may only come or of any thing at all ("возможное вступление", "любые попытки"): what is
# judged unacceptable is no one's act yet.
SUPPOSED_THINGS = frozenset({"возможный", "потенциальный", "гипотетический", "предстоящий", "будущий", "грядущий",
                             "любой", "никакой"})
# Verbs whose object's quality is their subject's ("носят «недипломатический характер»", "представляет угрозу").
BEARING_VERBS = frozenset({"носить", "иметь", "представлять", "приобрести", "приобретать", "принять", "принимать"})
QUOTE_OPENERS, QUOTE_CLOSERS = frozenset("«\"„“"), frozenset("»\"“”")  # one token each
# Words that praise whom they are said of or thank them ("нашего брата Мурси", "настоящий друг России", "благодарен
# всем гражданам России"): said in a named speaker's quote, they are his praise (SUPPORT, CAMEO 051).
PRAISING_WORDS = _WORDS.words("PRAISING_WORDS")
THANKING_WORDS = frozenset({"благодарный", "признательный"})
# Words of a tribute to the dead ("Выдающийся политик", "огромный вклад", "потеря светлого человека", "я его
# любил"): praise in an obituary's quotes (``_tributes``), read in the article's first sentences' death.
# ("легендарный" is left out: an epithet in a report of the death, "Легендарный клоун ... скончался", is none)
TRIBUTE_WORDS = frozenset({"выдающийся", "великий", "вклад", "светлый", "талантливый", "замечательный", "потеря",
                           "утрата", "эпоха", "любить", "гениальный", "незаменимый"})
DYING_VERBS = frozenset({"умереть", "скончаться", "погибнуть"})
OBITUARY_OPENING = 3  # a title, a caption and the lead
PRAISE_TRIGGER = Trigger(words=("похвалить",), type="SUPPORT", mode="praise", cameo="05", pos="verb")
CONDEMNATION_TRIGGER = Trigger(words=("неприемлемый",), type="ACCUSE", mode="disapprove", cameo="11", pos="noun")
# Verbs of believing that state a claim as well as CLAIM_VERBS do ("полагают, что имели место фальсификации").
BELIEVING = _WORDS.words("BELIEVING")
# Papers whose signing states a view and binds no one: a report, a letter, an appeal, a petition (an agreement, a law
# or a decree signed is an AGREE event, as events_dev2 annotates "Путин подписал закон").
SIGNED_STATEMENTS = _WORDS.words("SIGNED_STATEMENTS")
# What is made of a call without telling one between two sides: its recording, its wiretapping, its transcript.
RECORDINGS = _WORDS.words("RECORDINGS")
# Places one visits whose genitive names their owner or namesake, not a host: "камеру Манделы", "храм Аматэрасу".
VISITED_PLACES = _WORDS.words("VISITED_PLACES")
WEB_PAGES = _WORDS.words("WEB_PAGES")
# A call-up to the forces ("призыв в армию", "на военную службу", "весенний призыв"): "призыв" names the draft,
# no appeal to anyone.
CONSCRIPTION = _WORDS.words("CONSCRIPTION")
# What a denial rejects: a claim about the one who denies it, not someone's demand or offer.
CLAIMS_DENIED = _WORDS.words("CLAIMS_DENIED")
# Verbs of admitting and the guilt admitted: "отказался признать свою вину" is a plea (``_denial``).
ADMITTING = _WORDS.words("ADMITTING")
GUILT = _WORDS.words("GUILT")
# A legislature approving a law passes it (a step of law-making), no support of anyone: "Дума одобрила законопроект".
LAW_READINGS = _WORDS.words("LAW_READINGS")
LAWS = _WORDS.words("LAWS")
# A rally of one's own supporters ("на митинге его сторонников", "своих сторонников"): a leader rallying them.
SUPPORTERS = _WORDS.words("SUPPORTERS")
POSSESSIVE_OWN = frozenset({"его", "её", "ее", "их"})
# Verbs that take a decision ("принял решение"): the decision's own act is done by who takes it.
DECIDING = _WORDS.words("DECIDING")
# Verbs a decision is taken or handed down with ("принял решение", "суд вынес решение").
TAKEN_DECISION = DECIDING | {"вынести", "выносить"}
# Bare verbs of help: aid to a state or a group (AID), support when given to a person.
HELPING = _WORDS.phrases("HELPING")
# A rally "в поддержку" someone: backing by the unnamed crowd that rallies (EVENTS.md, the twenty-first session).
RALLIES = _WORDS.phrases("RALLIES")
# Verbs and nouns of abduction that also mean theft ("похитил деньги"): a thing or an animal taken is no abduction.
STEALING = frozenset({("похитить",), ("похищать",), ("похищение",)})
# Animals, whose taking is a theft ("похитили кота", "похищали баранов"), though the tagger calls them animate.
ANIMALS = _WORDS.words("ANIMALS")
# Nouns of a vote's outcome: a place below them is where it was counted ("результаты выборов Мичиган").
RESULT_WORDS = _WORDS.words("RESULT_WORDS")
# Acts a person undergoes, told as the time of what they do next ("После ареста Саипов заявил"): the subject of
# the clause is whom the act was done to.
UNDERGONE_TYPES = frozenset({"COERCE", "CONCEDE"})
AFTER_CASES = frozenset({"после", "до"})
SPANS = frozenset({"сутки", "день", "неделя", "месяц", "год"})  # "после 10 суток ареста"
# "вступает в силу со дня его подписания": the day a document takes effect from, no signing reported
FROM_DATES = frozenset({"день", "момент", "дата"})
# How many sentences back an act's bare noun looks for the act it tells again ("Полиция задержала Петрова ... По
# словам пресс-службы, задержание произошло у метро")
RETOLD_REACH = 2
# Determiners that make an act's noun a kind of act, not one told before ("такие аресты", "подобные задержания")
KIND_WORDS = frozenset({"такой", "подобный", "любой", "всякий", "каждый", "некоторый", "какой"})
# Craft and weapons that strike by themselves ("вертолет обстрелял здания"): no figure of speech.
WEAPONS = _WORDS.words("WEAPONS")
# Orders an attack is done on ("по приказу X"): the one who gave it is the attacker.
ORDER_NOUNS = frozenset({"приказ", "распоряжение", "указание", "поручение", "заказ"})
# Poisoning (CAMEO 18): the instrumental of the verb is the poison, a quoted trade name the names stage may read
# as an organisation ("отравлены «Новичком»").
POISONING = (("отравить",), ("отравление",))
QUOTE_MARKS = frozenset({"«", '"', "„", "“"})
# Verbs of a weapon's heading ("беспилотник, летевший на Москву"): the place it heads for is the one attacked.
HEADING_VERBS = frozenset({"лететь", "направляться", "следовать", "двигаться"})
# What a program or a device "поддерживает" (works with), not what a side backs.
TECH_SUPPORTED = _WORDS.words("TECH_SUPPORTED")
# Programs and devices: what they "поддерживают" they work with.
TECH_DEVICES = _WORDS.words("TECH_DEVICES")
# Facilities whose name is no actor of a sanction: restrictions on an airport's work are a safety measure.
AIRPORTS = frozenset({"аэропорт", "аэродром", "аэропорты"})
# Nouns of a quantity whose genitive is the thing counted ("множество языков").
QUANTITY_NOUNS = frozenset({"множество", "ряд", "большинство", "десяток", "сотня", "тысяча"})
# A release "из-под ареста / стражи" tells the arrest it ends (EVENTS.md: events_dev, events_dev2).
HELD_WORDS = frozenset({"арест", "стража", "заключение"})
# Papers that order an act ("указ о награждении", "распоряжение о выходе").
DECREES = frozenset({"указ", "распоряжение", "постановление", "приказ", "декрет"})
# Those who investigate a crime, and the nouns a sentence tells their account by ("по версии следствия").
INVESTIGATORS = frozenset({"следствие", "следователь", "полиция", "прокуратура", "ск", "мвд", "фбр", "силовик",
                           "правоохранитель", "детектив", "прокурор", "обвинение", "гособвинение"})
SOURCE_NOUNS = frozenset({"версия", "данные", "мнение", "информация", "сведение", "формулировка"})
# What one insists on as true, no demand: "настаивает на своей невиновности", "на другой версии".
CLAIMED_STANDS = frozenset({"невиновность", "версия", "правота", "непричастность"})
# Verbs that tell someone died or was hurt in an attack ("погибли в результате обстрела"): their subjects are its
# victims.
VICTIM_VERBS = frozenset({"погибнуть", "скончаться", "умереть", "ранить", "пострадать"})
# Verbs an investigators' account tells of someone that are no deed of his ("по данным полиции, Петров погиб").
# The bodies whose account of a deed is a charge even where they give it as their data ("по данным следствия");
# the police's and ministries' data tell as much of their own officers' work ("По данным МВД, министр провёл
# совещание"), so theirs is a charge only as their "версия" or "формулировка".
PROSECUTING = frozenset({"следствие", "следователь", "прокуратура", "прокурор", "ск", "обвинение", "гособвинение"})
CHARGING_NOUNS = frozenset({"версия", "формулировка"})
NO_DEEDS = STATES_NOT_ACTS | frozenset({"находиться", "погибнуть", "скончаться", "умереть", "пострадать",
                                        "оказаться", "жить", "родиться", "работать", "проживать", "числиться"})
# Nouns of countering a danger ("уменьшение угрозы", "предотвращение атак"): the danger is no one's act.
COUNTERING = frozenset({"уменьшение", "снижение", "устранение", "борьба", "противодействие", "нейтрализация",
                        "предотвращение", "профилактика"})
# A state's diplomatic missions abroad.
MISSIONS = frozenset({"посольство", "консульство", "генконсульство", "дипмиссия"})
# The grounds of an arrest or a sentence ("по подозрению в шпионаже", "по обвинению в убийстве"): an accusation.
CHARGES = frozenset({"подозрение", "обвинение"})
# Nouns that call an organisation a company ("компания Walmart"): its own business is no event (event_words.tsv).
COMPANY_NOUNS = _WORDS.words("COMPANY_NOUNS")
# Third person pronouns as subjects: one that stands for no one named still is the clause's own subject.
THIRD_PERSON = frozenset({"он", "она", "оно", "они"})
# A criminal case that tells its charge ("арестован по делу о мошенничестве", "задержан в рамках уголовного дела о
# госизмене"): the same accusation as "по обвинению в" (EVENTS.md, twenty-third session); the words that frame it
# ("в рамках дела", "в рамках расследования дела").
CRIMINAL_CASES = _WORDS.words("CRIMINAL_CASES")
CASE_FRAMES = _WORDS.words("CASE_FRAMES")
# What one keeps up rather than backs: "поддерживать отношения / порядок" (contacts and ties kept are CONSULT
# phrases of the lexicon: "поддерживать связь"). Not "режим": "не поддерживаю режим Путина" backs a government.
MAINTAINED = frozenset({"отношение", "порядок", "уровень", "форма", "баланс", "температура"})
CHARGE_TRIGGER = Trigger(words=("обвинение",), type="ACCUSE", mode="allege", cameo="11", pos="noun")
ARREST_TRIGGER = Trigger(words=("арест",), type="COERCE", mode="arrest", cameo="17", pos="noun")
# Verbs by which a state's body announces an act done ("МВД Пакистана заявило, что Бхутто освобождена").
ANNOUNCING = frozenset({"заявить", "заявлять", "сообщить", "сообщать", "объявить", "объявлять", "подтвердить",
                        "подтверждать"})
# Bodies that speak for their state abroad: what they announce is done by others ("МИД", "посольство").
FOREIGN_SERVICE = frozenset({"мид", "посольство", "консульство", "госдепартамент", "госдеп", "иностранный"})
# Marks before a list that spells out a counted or general noun ("четыре ресурса - A, B и C", "банков: A и B").
LIST_DASHES = frozenset({"-", "–", "—", ":"})
RELATIVES = frozenset({"что", "который"})
SUMMONING = frozenset({"вызвать", "вызывать"})
SERVED_TERM = ("провести", "колония")
# A term cut ("сократил журналисту срок заключения"): a softened sentence of the person who serves it.
TERM_CUTS = frozenset({("сократить", "срок"), ("сокращать", "срок")})
# A prison term begun, only with the prison word under the verb ("сел в тюрьму", not "сел в автобус у колонии").
JAILED = frozenset({("сесть", "в", "тюрьма"), ("сесть", "в", "колония")})
# Taken prisoner, an UNDERGOING phrase whose "к" names the captor ("попал в плен к ИГ").
CAPTIVITY = ("попасть", "в", "плен")
# Nouns of joining a body: the body "в" which is whom a refusal of them turns down ("отказ от вступления в НАТО").
JOINING = frozenset({"вступление", "членство", "интеграция", "евроинтеграция"})
# What arms are put "на" when a state takes them into its own service, no one given them.
IN_SERVICE = frozenset({"вооружение", "дежурство", "снабжение", "учет", "хранение"})
REQUIRING = frozenset({"требовать", "потребовать"})
ARMED_FORCES = _WORDS.words("ARMED_FORCES")
# Armed forces named by an abbreviation, and the nouns of a strike whose genitive they are is who strikes.
ARMED_ABBREVIATIONS = frozenset({"всу", "зсу", "цахал", "вкс", "всрф"})
# The state each abbreviation's forces belong to, by ISO code: the names stage gives them no country, and the
# region rule needs to know a strike is abroad ("атаки ВСУ ... в Курской области", the third recall audit)
ARMED_ABBREVIATION_CODES = {"всу": "UA", "зсу": "UA", "цахал": "IL", "вкс": "RU", "всрф": "RU"}
STRIKE_NOUNS = frozenset({"атака", "удар", "обстрел", "налет", "бомбардировка"})
# the words that measure out an act given to someone ("избрал ему меру пресечения в виде ареста", "продлили ему срок
# содержания под стражей", "выделили Украине пакет помощи"): the act's noun under one is still what the verb gives
# ("транш" is an aid of its own: "выделили Украине транш военной помощи" is one act, told by "выделить транш")
MEASURING = frozenset({"мера", "срок", "пакет"})
# the strike nouns whose genitive state is the striker, not the land struck ("атака России" but "обстрел Украины")
STATE_STRIKES = frozenset({"атака", "удар", "налет"})
# What is conquered or occupied when no name says it: land, not a title, a medal or a market won.
TERRITORY_WORDS = _WORDS.words("TERRITORY_WORDS")
LOCATIVE_ENDINGS = ("е", "и", "у", "ю", "ах", "ях")
# Acts that are politics or business only between public sides: a refusal, help, a meeting or call, a threat, a
# break or a joint effort whose every named side is a private person ("Глюкоза отказалась", "позвонил девушке",
# "Ему грозит срок", "Дженна и Митчелл разорвали отношения") is a private matter, no act between actors. A sanction
# is an authority's act: one by no one named ("включён в санкционные списки") has a public side the text leaves out.
# A visit stays: where one goes ("посетили саммит «Женщины мира»") may make it public.
# The types a player's, a club's or an artist's dealings take (``_show_business``); crimes, charges, sanctions and
# protests stay whoever the sides are.
SHOW_MATTERS = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "COOPERATE", "AID", "REJECT", "CONCEDE"})
PUBLIC_ONLY = frozenset({"REJECT", "AID", "CONSULT", "THREATEN", "SANCTION", "COOPERATE"})
# Courtesies and personal asks are the same when a private person makes them ("Теннисистку поздравили её сестра и
# тренер", "Кай Сенат пригласил Снуп Дога на стрим", "попросил Наталью представить, что он — её муж"), unless the
# text tells a crime (an arrest, an attack, a verdict): there the sets annotate what the people involved ask and
# approve ("Ямадаев попросил защиты у сотрудников уголовного розыска", "приветствовал теракт"). An appeal
# ("призвал итальянцев"), a demand and asking for asylum are public by their nature, and praise by no one named
# ("тысячи человек собрались, чтобы приветствовать Аун Сан Су Чжи") may be a crowd's.
COURTESIES = frozenset({"praise", "apologize", "invite"})
# COERCE modes a court does to a person: its arrest, sentence or fine of no one named is no event
# (``_court_acts_on_someone``); a ban ("ban") or a seizure of things stays the court's act
HELD_MODES = frozenset({"arrest", "sentence", "fine"})
CRIME_TYPES = frozenset({"ASSAULT", "COERCE"})
# Acts done to one person (an arrest, a sentence, a killing, a charge): their target is the person, not the town or
# the organisation whose he is (``_whose_person``); a body's staff and forces stand for it, as "сотрудников" does.
PERSONAL_ACTS = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
BODY_MEMBERS = _WORDS.words("BODY_MEMBERS") | STAFF_NOUNS
# Categories of data/posts.tsv that are trades or callings, not offices: a holder of one is himself (``_whose_person``).
TRADES = frozenset({"other", "religious"})
# Categories of data/posts.tsv that are offices whoever names them (``_office_held``).
STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "minister", "deputy", "legislator", "diplomat",
                           "military", "judge", "party"})
AUTHORITY_ACTS = frozenset({"SANCTION"})
# A request is one of them when it asks for a thing of no one told ("просит микрофон"); an appeal ("призвал"), a
# demand or an invitation is public by its nature.
ASKING_VERBS = frozenset({"просить", "попросить"})
# A visit's noun whose genitive is the place visited ("посещение Музея Москвы"), not the visitor ("визит Путина").
VISITING_NOUNS = frozenset({"посещение"})
# Nouns of a trip ("поездка Шольца в Киев"): a visit only of whom the noun itself names, the trip's taker
# (``_trip_taker``), and only to a place named; "рекомендует гражданам воздержаться от поездок в Абхазию" and
# "увеличит стоимость поездок" are no one's visit.
TRIPS = _WORDS.words("TRIPS")
# What a player plays for ("выступает за шведский клуб «Дален»", "за этот клуб"): no cause backed.
TEAMS = frozenset({"клуб", "команда", "сборная"})
# An agreement, decision or promise with no partner is one too ("Миша обещал бросить жену", "Дейзи согласилась");
# one between two named people stays (a settlement: "Мел Гибсон и Оксана Григорьева пришли к соглашению").
ONE_SIDED_AGREEMENTS = frozenset({"agree", "decide", "promise"})
# The judgements whose sides are never the victim of the crime they are about (``_crime_victims``, CRIMES_SUFFERED)
VICTIM_JUDGED = frozenset({"ACCUSE", "PROTEST"})
CRIMES_SUFFERED = _WORDS.words("CRIMES_SUFFERED")
# The members of a body or a meeting as a subject: many parties ("участники встречи не договорятся")
MEMBERS = frozenset({"участник", "член"})
# The prepositions of a place an act is set in, with the locative ("в Швейцарии", "на Украине")
LOCATIVES = frozenset({"в", "во", "на"})
# A person's name as the press gives a private suspect or victim: a first name and the surname's initial.
INITIALLED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? [А-ЯЁ]\.?")
# The noun of a refusal is an event only with the act refused under it ("об отказе поставлять Украине ракеты").
REFUSAL_NOUN = ("отказ",)
# Verbs of trading in goods: a refusal to sell, buy or distribute someone's goods is a boycott of them (SANCTION,
# CAMEO 16; EVENTS.md, the twenty-fourth session), not a refusal of an offer.
TRADING = _WORDS.words("TRADING")


# The staff of an organisation: when they strike or protest, the organisation they work for is whom it is against,
# not who protests ("Работники заводов Volkswagen провели забастовку", the third recall audit)
STAFF_WORDS = frozenset({"работник", "работница", "сотрудник", "сотрудница", "персонал", "рабочий", "служащий",
                         "профсоюз"})
# Who speaks or acts for a body ("представители прокуратуры"): with STAFF_WORDS, people of an unnamed body.
REPRESENTATIVES = frozenset({"представитель", "представительница"})
# Members of a body ("некоторыми членами правящей партии"): like its staff, people of a body only a common noun names.
MEMBER_WORDS = frozenset({"член"})

# nouns of lifting a measure: "отмена военного положения", "снятие санкций" ease it
LIFTING_NOUNS = frozenset({"отмена", "снятие", "смягчение", "ослабление"})
# words that date an act: a ban told with one happened then ("в марте признана экстремистской", "ранее запрещена")
LABEL_TIMES = frozenset({
    "год", "месяц", "неделя", "день", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь", "ранее", "недавно", "вчера", "сегодня", "позавчера", "накануне",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "минувший", "прошлый"})


def find_events(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    """The events stage: one pass over each sentence's tokens, triggers looked up by lemma."""
    table = load_triggers()
    parsed = doc.tokens
    doc = replace(doc, tokens=_crossing_repaired(doc))
    actors = Actors(doc, lexicon)
    published = parse_published(doc.article.published)
    events: list[Event] = []
    actors.told = events  # the events so far, for a role word's person ("преступнику", ``Actors._role_person``)
    pending: list[tuple[Match, int, int]] = []  # agreements with nobody named, settled once the dyad is known
    retold: set[int] = set()  # the events whose sides were taken from an earlier telling (``_told_again``)
    lowered = doc.text.lower()  # once: the checks below each read the whole text
    # read the words of interference only in a text that has them
    interference = "вмеш" in lowered or "влия" in lowered
    # and those of fraud in a text about a vote: "Почта России предупредила о мошенничестве" warns of scammers
    fraud = any(stem in lowered for stem in FRAUD_STEMS) and any(stem in lowered for stem in VOTE_STEMS)
    # and those of unlawful acts where one is named
    unlawful = any(stem in lowered for stem in WRONGDOING_STEMS)
    # the text's lemmas, once: the rules below that look for a word anywhere in the text skip texts without one
    present = frozenset(lemma(token) for token in doc.tokens)
    # a claim of a wrong done is read only in a text with a word of wrongdoing
    wrongs = unlawful or not WRONGDOING_VERBS.isdisjoint(present)
    courtesies: list[Event] = []  # private people's courtesies and asks (``_courtesy``), kept only in a crime story
    strangers: list[Event] = []  # a private person's attack on an unnamed private person (``_stranger_crime``)
    sport: dict[str, bool] = {}  # whether the text reports a match (a blow between players is no assault), once asked
    for sent in doc.sents:
        first, last = sent.first, sent.last
        dates: list[DateMention] | None = None
        matches = [retyped(doc.tokens, m, first, last) for m in match_sentence(table, doc.tokens, first, last)]
        triggers = {j for m in matches for j in m.tokens}
        protests: list[tuple[Match, _Sides]] = []
        refusals = {m.anchor for m in matches if m.trigger.type == "REJECT"}
        threats = {m.anchor for m in matches if m.trigger.type == "THREATEN"}
        abductions = {m.anchor for m in matches if m.trigger.mode == "abduct"}
        # the charge an arrest is made on ("арестовали ... по обвинению в ..."), told once: the arrest's charge
        # (below) takes the arrest's sides, and the charge noun's own reading, with only the subject it borrows,
        # would be a second, partial telling of it (the arrested one named by a description resolved later)
        charged: set[int] = set()
        charge_nouns: dict[int, Event] = {}
        for match in matches:
            if _inside_name(actors, match, first, last):
                continue  # "Национальное движение за освобождение Азавада провозгласило": a word of a name, no act
            if _time_point(doc.tokens, match, first, last):
                continue  # "с начала вторжения ... провела три акции": the act only dates another one
            sides = _sides(doc, actors, match, first, last, triggers)
            if sides.target is None and _passive_verb(doc.tokens[match.anchor]):
                _zero_subject(doc, actors, match, sides, first, last)
            if match.trigger.type == "ASSAULT" and match.trigger.pos == "noun":
                victims = _victims_of(doc.tokens, actors, match.anchor, first, last)
                if victims and sides.source not in victims:
                    # "Журналисты Андреа Рокелли и Андрей Миронов погибли в результате обстрела вблизи Славянска на
                    # востоке Украины": whom the attack killed are its targets, not the place it struck near
                    sides.target, sides.targets = victims[0], victims if len(victims) > 1 else None
            if match.trigger.words in TERM_CUTS:
                holder = _term_holder(actors, doc.tokens, match, sides, first, last)
                if holder is None:
                    continue  # "сократило сроки строительства": a deadline, no one's term
                if sides.source == holder:
                    sides.source, sides.sources = None, None
                sides.target, sides.targets = holder, None
            restrictive = match.trigger.type == "SANCTION" or match.trigger.mode == "martial-law"
            if restrictive and match.trigger.pos == "noun" and doc.tokens[match.anchor].rel == "nmod" and \
                    lemma(doc.tokens[doc.tokens[match.anchor].head]) in LIFTING_NOUNS:
                # "объявил об отмене военного положения", "о снятии санкций": a measure lifted is eased (CONCEDE), as
                # the verbs "отменить военное положение", "снять санкции" are in the lexicon; its sides are the
                # measure's (who lifts it is who imposed it)
                mode = "ease-sanctions" if match.trigger.type == "SANCTION" else "ease-restrictions"
                match = replace(match, trigger=replace(match.trigger, type="CONCEDE", mode=mode, cameo="08"))
            if match.trigger.type == "ACCUSE" and match.trigger.words[0] in EVOKING:
                sides = _evoked(doc.tokens, actors, match, sides, first, last)
                if sides.target is None:
                    # "Кан заявил, что этот визит «вызывает сожаление»": the visit the article told before
                    sides.target = _told_act(doc.tokens, match, matches, events, first, last)
            if (sides.source is None) != (sides.target is None):
                _rival_side(actors, doc.tokens, match, sides, first, last)
            if match.trigger.mode == "phone-call" and match.trigger.pos == "noun" and sides.target is None and \
                    doc.tokens[match.anchor].rel == "nmod" and \
                    lemma(doc.tokens[doc.tokens[match.anchor].head]) in RECORDINGS:
                # "запись телефонного разговора между Диалло и неким мужчиной", "прослушивание телефонных
                # разговоров": a recording or a wiretap is the topic, and no second side tells a call between two
                continue
            if match.trigger.type == "REQUEST" and match.trigger.pos == "noun" and _conscription(
                    doc.tokens, match.anchor, first, last):
                continue  # "указ о призыве в Национальную гвардию", "осенний призыв": a call-up, no appeal
            if match.trigger.mode == "visit" and any(
                    doc.tokens[k].rel == "obj" and lemma(doc.tokens[k]) in WEB_PAGES
                    for k in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "посещала страницы пропагандистов ИГ", "посетите наш сайт": pages read, no trip
            if match.trigger.mode == "visit":
                # "посетит ... бывшую камеру Манделы", "посетил ... главный храм Аматэрасу": whose the place is
                # is neither the visitor nor the one visited
                if sides.target is not None and _owner_of_place(doc, actors, sides.target, first, last):
                    sides.target, sides.targets = None, None
                if sides.source is not None and _owner_of_place(doc, actors, sides.source, first, last):
                    sides.source, sides.sources = None, None
            if _stance_of_unnamed(doc.tokens, actors, match, first, last):
                continue  # "Республиканские эксперты, выступавшие против Трампа": a stance describing people
            if _own_thing_named(doc.tokens, match, first, last):
                continue  # "назвал свою книгу выдумкой", "называет себя предателем": no one else is judged
            if match.trigger.mode == "uphold" and _not_upheld(doc.tokens, match, first, last):
                continue  # "ЕС оставил в силе санкции", "признал законным свой брак": no court upholds a ruling
            if match.trigger.mode == "uphold":
                sides.target, sides.targets = None, None  # "оставила в силе приговор Петрову": the ruling is upheld
            if sides.target is None and match.trigger.type == "ACCUSE" and \
                    not FALSE_CLAIM_WORDS.isdisjoint(lemma(doc.tokens[j]) for j in match.tokens):
                continue  # "Захарова назвала фейком публикации о постановке": a report dismissed, no actor judged
            if lemma(doc.tokens[match.anchor]) == "приказать" and any(
                    lemma(doc.tokens[j]) == "жить" for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "УФМС приказала долго жить": an idiom, it ceased to exist
            if match.trigger.words == SERVED_TERM and not any(
                    lemma(doc.tokens[j]) in ("год", "месяц") for j in range(first, last)):
                continue  # "проведут в колонии три года" is a term; "провели проверку в колонии" is not
            if match.trigger.words in JAILED and any(
                    doc.tokens[j].head != match.anchor for j in match.tokens if j != match.anchor
                    and lemma(doc.tokens[j]) != "в"):
                continue  # "сел на два года в тюрьму" is a term; "сел в машину у колонии" is not
            if _named_doers(doc.tokens, match):
                continue  # "призвал протестующих разойтись", "задержали 20 митингующих": people named by the act
            if match.trigger.mode == "invite" and _open_call(doc.tokens, match.anchor, first, last):
                continue  # "Хабр и агентство Ex Libris приглашают на открытый вебинар": an advert, no one asked
            if match.trigger.words in STEALING and _theft(doc.tokens, match.anchor, first, last):
                continue  # "Парень похитил у Татьяны 1 850 000 рублей", "похитили кота из зоомагазина": a theft
            if match.trigger.words in HELPING and _thing_helps(doc.tokens, actors, match.anchor, first, last):
                continue  # "Это поможет Украине избежать блэкаута": a means helps, no one acts
            if match.trigger.words in HELPING and sides.target is not None and \
                    actors.entity_type(sides.target) == "PER" and not any(
                        doc.tokens[j].pos == "NOUN" and doc.tokens[j].feats.get("Case") == "Ins"
                        for j in _kids(doc.tokens, match.anchor, first, last)):  # "помог ему деньгами" is aid
                # "Россия вмешалась, чтобы помочь Трампу": help to a person, no aid named, is support (CAMEO 05)
                match = replace(match, trigger=replace(match.trigger, type="SUPPORT", mode=None, cameo="05"))
            if sides.target is not None and _results_of(doc.tokens, actors, sides.target, match, first, last):
                sides.target = None  # "подала иски на результаты выборов Мичиган": where the vote was, not whom
            if match.trigger.type in VICTIM_JUDGED and (sides.source is not None or sides.target is not None):
                # "обвинив в убийстве Салеха мятежников-хути", "о розыске Макафи в связи с убийством Грегори Фолла",
                # "назвали убийство имама преступлением": whom the crime judged was done to neither judges nor is
                # judged (EVENTS.md: a condemned killing with no killer named has a `null` target)
                _drop_victims(sides, _crime_victims(doc.tokens, actors, first, last))
            if sides.target is not None and _on_behalf(doc.tokens, actors, sides.target, first, last, ON_REQUEST):
                # "по запросу ФБР в Испании был задержан программист": who asked for the act, not who underwent it
                sides.target = None
                sides.targets = None
            if sides.target is None and not CHECK_NOUNS.isdisjoint(match.trigger.words):
                continue  # "поручил провести проверку", "проверку документов": a check of no one named is no inquiry
            decider: str | None = None
            if sides.source is None and sides.target is not None and match.trigger.type in UNDERGONE_TYPES:
                named = dict.fromkeys(actors.covering[k].entity for k in range(first, last)
                                      if k in actors.covering and actors.covering[k].entity)
                deciders = [e for e in named if e is not None and e != sides.target and _on_behalf(
                    doc.tokens, actors, e, first, last, ON_DECISION, under=match.anchor)]
                # "был арестован по решению Пресненского суда Москвы": the court whose decision it is holds him
                decider = sides.source = deciders[0] if len(deciders) == 1 else None
            if PETITION in match.trigger.words and any(lemma(doc.tokens[k]) == RESIGNATION for j in match.tokens
                                                       for k in _kids(doc.tokens, j, first, last)):
                continue  # "подал прошение об отставке": a resignation, which is no event (EVENTS.md), not an appeal
            proposal = match.trigger.type == "REQUEST" and match.trigger.words[0] in PROPOSING and len(
                match.trigger.words) == 1
            if proposal and (not _proposed_to(actors, doc.tokens, match.anchor, first, last) or any(
                    m.trigger.type in SYMMETRIC and _under(doc.tokens, m.anchor, {match.anchor}, 3)
                    for m in matches if m is not match)):
                # "Минюст предложил добавить обязательные работы": a measure proposed to no one is no request;
                # "предложил парламенту Чечни рассмотреть кандидатуру" asks the body named in the dative. Talks or
                # cooperation proposed make the proposer their side instead ("предложила России возобновить
                # переговоры" is CONSULT of both, `_proposer`)
                continue
            if proposal and sides.source is None and sides.target is not None and \
                    _private_person(doc, actors, sides.target):
                continue  # "Полицейские предложили певице пройти освидетельствование": a private person's matter
            if CANDIDACY in match.trigger.words:
                # "предложил кандидатуру генерала Аллена на пост": the one proposed is named below "кандидатура";
                # "предложил парламенту Чечни рассмотреть кандидатуру ставленника Кремля" names none, and the body
                # asked to consider it is not the one supported
                # a person's name, not a patron below a description ("кандидатуру ставленника Кремля")
                # ("выдвинуть его кандидатуру": a possessive pronoun names him; "свою кандидатуру" is one's own)
                nominee = [e for j in match.tokens if lemma(doc.tokens[j]) == CANDIDACY
                           for k in _kids(doc.tokens, j, first, last) if doc.tokens[k].rel == "nmod" or (
                               doc.tokens[k].pos == "PRON" and doc.tokens[k].rel == "det")
                           for e in actors.entities(k, first, last, depth=1)
                           if e != sides.source and actors.entity_type(e) == "PER"]
                if not nominee and lemma(doc.tokens[match.anchor]) in PROPOSING and _proposed_to(
                        actors, doc.tokens, match.anchor, first, last):
                    # "предложил парламенту Чечни рассмотреть кандидатуру ставленника Кремля": the body is asked
                    match = replace(match, trigger=replace(match.trigger, type="REQUEST", mode="-", cameo="02"))
                    sides = _sides(doc, actors, match, first, last, triggers)
                elif not nominee:
                    continue
                else:
                    sides.target, sides.targets = nominee[0], None
            if sides.target is not None and _court_venue(doc.tokens, actors, sides.target, first, last):
                sides.target = None  # "подали иск в суд Аризоны": the court hears the suit, no one sues it
                sides.targets = None
            if match.trigger.mode == "ban" and _legal_label(doc.tokens, match.anchor, first, last):
                continue  # "Meta (признана экстремистской и запрещена в РФ)", "запрещённой в России организации"
            if match.trigger.mode == "ban" and sides.source is None and doc.tokens[match.anchor].pos == "VERB":
                platforms = _platforms(actors, doc.tokens, match.anchor, first, last)
                if platforms:
                    # "Трампа заблокировали в Twitter, Facebook": the platforms block him (EVENTS.md, events_dev7)
                    sides.source, sides.sources = platforms[0], platforms
            if match.trigger.mode == "sign" and any(
                    doc.tokens[j].rel in ("obj", "nsubj:pass", "nsubj") and lemma(doc.tokens[j]) in SIGNED_STATEMENTS
                    for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "Доклад подписал глава комитета", "подписали открытое письмо": a statement, no agreement
            if match.trigger.mode == "sign" and _effective_from(doc.tokens, match, first, last):
                continue  # "Настоящий Указ вступает в силу со дня его подписания": a date formula, no act told
            if match.trigger.words == ("настаивать",) and _insisted_claim(doc.tokens, match.anchor, first, last):
                continue  # "Россия настаивает, что она перешла границу сама": a claim insisted on, nothing demanded
            if match.trigger.type == "REJECT" and _denial(doc.tokens, match, first, last):
                continue  # "директор ФБР отверг эти обвинения": a denial (CAMEO 016), no act refused to anyone
            if match.trigger.type == "REJECT" and _no_comment(doc.tokens, match, first, last):
                continue  # "От комментариев ... представители DST и Facebook отказались": no act refused to anyone
            if match.trigger.type == "REJECT" and sides.target is None:
                boycotted = _boycotted(actors, doc.tokens, match.anchor, sides.source, first, last)
                if boycotted is not None:
                    # "книжный магазин «Молодая гвардия» отказался продавать номер журнала «Дилетант»", "сети
                    # объявили об отказе продавать журнал": a boycott of whose goods they are
                    match = replace(match, trigger=replace(match.trigger, type="SANCTION", mode="boycott", cameo="16"))
                    sides.target, sides.targets = boycotted, None
            if match.trigger.type == "REJECT" and sides.target is None:
                sides.target = _refused_partner(doc, actors, match, matches, sides.source, first, last, triggers)
            if match.trigger.type == "REJECT" and sides.target is None and doc.tokens[match.anchor].pos == "VERB":
                sides.target = _offered_by(actors, doc.tokens, match.anchor, sides.source, first, last)
            if match.trigger.type == "REJECT" and sides.target is None and (
                    doc.tokens[match.anchor].pos == "VERB" or match.trigger.words == REFUSAL_NOUN):
                # "Шольц отказался поставлять Украине ракеты", "объявила об отказе поставлять Украине ракеты": whom
                # the refused act would be done to
                sides.target = _refused_to(actors, doc.tokens, match.anchor, sides.source, first, last)
            if match.trigger.type in ANSWERING and sides.target is None and sides.source is not None and \
                    _anaphoric_object(doc.tokens, match.anchor, first, last):
                # "«Майкрософт» возражает против таких требований": those of whoever last acted on the objector
                sides.target = _last_actor_on(doc, events, sides.source, sent.start)
            if sides.target is None and doc.tokens[match.anchor].pos == "VERB":
                # "Иран поддерживает в сирийской войне Башара Асада": the parser hung the object (an animate
                # accusative, the genitive's form) on the place noun before it
                sides.target = _object_after_place(doc.tokens, actors, match.anchor, sides.source, first, last,
                                                   triggers)
            if sides.target is None:
                # "суд признал Навального виновным и арестовал на 10 суток": the second verb acts on the first's object
                shared = _shared_object(actors, doc.tokens, match, first, last)
                if shared is not None and shared != sides.source:
                    sides.target = shared
            if sides.target is None:
                # "Полиция задержала и допросила Ивана Петрова": the object hangs on the last verb, shared
                later = _later_object(actors, doc.tokens, vocab, match, first, last)
                if later is not None and later != sides.source:
                    sides.target = later
            if match.trigger.type == "REQUEST" and sides.target is not None and \
                    _object_of_asked_act(doc.tokens, actors, match.anchor, sides.target, first, last):
                # "Прокуратура просила арестовать Ивана Петрова": whom the asked act is done to is not who is asked
                # (the court, unnamed); the act asked is an event of its own
                sides.targets = [e for e in sides.targets or () if e != sides.target] or None
                sides.target = sides.targets[0] if sides.targets else None
                if sides.source is None and sides.target is None:
                    continue
            if match.trigger.type == "REQUEST" and sides.target is None and sides.source is not None:
                # "призвал к тому, чтобы Россия жила ...", "потребовал, чтобы Киев отвёл войска": who is asked
                sides.target = _asked_in_clause(doc.tokens, actors, match.anchor, sides.source, first, last)
            if match.trigger.mode == "promise" and sides.target is None and sides.source is not None:
                # "альянс обещает не оставлять руководство Афганистана": whom the promised act is done to
                sides.target = _promised_to(actors, doc.tokens, match.anchor, sides.source, first, last)
            if match.trigger.mode == "accept":
                _accepted(doc, actors, events, match, sides, sent.start, first, last)
            if match.trigger.pos == "noun" and sides.source is None and _under(doc.tokens, match.anchor, refusals):
                continue  # "отказывается ставить вопрос открытия переговоров с ЕС": talks refused, not held
            if lemma(doc.tokens[match.anchor]) in LAW_READINGS and sides.target is None and any(
                    doc.tokens[j].rel in ("obj", "nsubj:pass") and lemma(doc.tokens[j]) in LAWS
                    for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "закон о пенсионной реформе одобрил Совет Федерации": a law passed, no one supported
            if match.trigger.type == "CONSULT" and (_with_press(doc.tokens, match, first, last) or (
                    match.trigger.mode == "summit" and sides.target is None)):
                continue  # "на встрече с журналистами"; "участие в саммите" with no partner named
            if any(doc.tokens[j].rel == "obj" and lemma(doc.tokens[j]) == "себя"
                   for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "не признал себя виновным", "обвинил себя": no other side
            if match.trigger.words in HOSTING and (sides.target is None or actors.entity_type(sides.target) != "PER"):
                continue  # "Обама принимает Саркози" is a visit received; "принимает закон" is not
            if match.trigger.mode == "promise" and _holds_trigger(doc.tokens, match, first, last, triggers):
                continue  # "пообещал, что будет настаивать на ...": the promised act is the event
            if match.trigger.mode == "decide" and sides.source is not None and sides.target is None and \
                    _decided_act(doc.tokens, match, first, last, triggers):
                continue  # "«Газпром-медиа» принял решение расторгнуть договор": one side's decision is its act
            if match.trigger.words in JOINT and not (sides.source and sides.target and any(
                    doc.tokens[j].rel == "xcomp" for j in _kids(doc.tokens, match.anchor, first, last))):
                # "РФ и Белоруссия решили отменить роуминг" is agreed; "Путин решил", "что решили Литва, Латвия
                # и Эстония?" are not
                continue
            if match.trigger.type == "SUPPORT" and sides.target is None and \
                    _technical_support(doc, actors, match, sides.source, first, last):
                continue  # "Protobuf поддерживает множество языков", "сервер, который поддерживает соединения"
            if match.trigger.type == "ASSAULT" and match.trigger.words not in UNDERGOING and \
                    _thing_subject(doc.tokens, actors, match, first, last):
                continue  # "санкции ... ударят по экономике Молдавии": a thing that strikes is a figure of speech
            if match.trigger.type == "REQUEST" and doc.tokens[match.anchor].pos == "VERB" and \
                    lemma(doc.tokens[match.anchor]) in REQUIRING and sides.target is None and \
                    _thing_subject(doc.tokens, actors, match, first, last):
                # "Цитирование требует разрешения редакции", "ситуация требует мер": a thing needs it, no one asks
                # ("телеканалы требуют от Google" asks someone: an organisation named by a common noun)
                continue
            if match.trigger.words in UNDERGOING and match.trigger.type == "AID" and sides.source is None and \
                    actors.entity_type(sides.target or "") == "PER":
                continue  # "Шахназ незаконно получила кредит в банке": a person's loan from no one named is no aid
            if match.trigger.words in HELPING and sides.target is None and any(
                    doc.tokens[j].rel == "xcomp" for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "Go помогает решить эту проблему": help to do something, given to no one, is no aid
            if match.trigger.words in HELPING and sides.source is None and _thing_subject(doc.tokens, actors, match,
                                                                                         first, last):
                continue  # "Победа в них помогла Байдену обойти Трампа": a thing that helps is no one's aid
            if threats and _under(doc.tokens, match.anchor, threats, steps=2) and match.trigger.type != "THREATEN":
                continue  # "пригрозила наложить штраф на Microsoft": the threat is the event, not the act threatened
            if match.trigger.mode in ON_PERSONS and _thing_object(doc.tokens, actors, match, first, last):
                continue  # "пограничники задерживали лодку": a thing held is no one arrested
            if match.trigger.mode == "ban" and sides.target is None:
                # "Власти Египта закрыли телеканал «Аль-Джазира»": the organisation the banned thing is named as
                sides.target = _titled_object(actors, doc.tokens, match, sides.source, first, last)
            if match.trigger.mode == "ban" and sides.target is None and _thing_object(doc.tokens, actors, match, first,
                                                                                     last):
                # "попытке заблокировать голосование выборщиков", "Минтранс намерен запретить вождение самокатов":
                # a thing banned with no one named it is aimed at is a rule, no act between actors
                continue
            if match.trigger.words in PERMITTING and any(
                    doc.tokens[j].rel in ("obj", "nsubj:pass") and lemma(doc.tokens[j]) in GATHERINGS | {"протест"}
                    for j in _kids(doc.tokens, match.anchor, first, last)):
                # "правительство Москвы не согласовало мирный протест": a rally permitted or not, no agreement
                continue
            if match.trigger.words == REFUSAL_NOUN and not any(
                    doc.tokens[j].feats.get("VerbForm") == "Inf" for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "отказ от ядерного оружия", "получил отказ": only "отказ поставлять ..." tells the act
            if match.trigger.type == "SUPPORT" and doc.tokens[match.anchor].pos == "VERB" and any(
                    doc.tokens[j].rel == "obj" and lemma(doc.tokens[j]) in MAINTAINED
                    for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "поддерживал хорошие отношения с Мурси", "поддерживать порядок": kept up, no one backed
            if match.trigger.words == BARE_AID and (sides.target is None or sides.source not in _owners(
                    actors, doc.tokens, match.anchor, first, last) + _aid_preparer(
                    actors, doc.tokens, match.anchor, first, last)):
                # "Помощь США Украине", "американская помощь Украине": a bare "помощь" is a state's or a body's
                # act only with its giver on the noun and its receiver named ("скорой помощи", "с помощью шаттла",
                # "за помощь в раскрытии" give no one)
                continue
            if match.trigger.words in PARTNER_NEEDED and sides.target is None:
                continue  # "Компания «Аэрофлот» подозревает сбой в системе": no one suspected
            if match.trigger.mode == "search" and sides.target is None:
                # "провели обыск в квартире блогера Ивана Петрова", "В квартиру ... Псковитина пришли с обыском":
                # a search of a home or an office is aimed at whose it is
                sides.target = _searched_owner(actors, doc.tokens, match, sides.source, first, last)
            if match.trigger.mode == "exclude":
                # "Россию необходимо исключить из «Большой восьмёрки»": the body one is expelled from expels; a
                # list, a count or a case one is left out of ("исключить из списка", "из рассмотрения") is none, and
                # so is one told with who does it ("Путин исключил Грызлова из Совета Безопасности": a reshuffle)
                body = _excluding_body(actors, doc.tokens, match.anchor, first, last)
                if body is None or sides.target is None or body == sides.target or any(
                        doc.tokens[j].rel == "nsubj" and doc.tokens[j].feats.get("Case") == "Nom"
                        for j in _kids(doc.tokens, match.anchor, first, last)):
                    continue
                sides.source = body
            if match.trigger.mode == "arrest" and sides.target is not None and _arrest_setting(
                    actors, doc.tokens, sides.target, first, last):
                # "на саммите СОР29 в Баку задержан активист": the meeting is where the arrest happened, no one
                # held
                if sides.targets is not None:
                    sides.targets = [e for e in sides.targets if e != sides.target] or None
                sides.target = None
                if sides.source is None:
                    continue
            if match.trigger.mode == "visit" and (sides.source is None or sides.target is None and lemma(
                    doc.tokens[match.anchor]) in VISITING_NOUNS and actors.entity_type(sides.source) != "PER"
                                                   and not actors.is_state(sides.source)):
                # "более миллиона иностранных туристов посетили Москву", "Посетите новый проект на GitHub": a visit
                # by no one named is no side's; "Бесплатное посещение Музея Москвы": the genitive of "посещение"
                # is the place visited, no visitor
                continue
            if lemma(doc.tokens[match.anchor]) in TRIPS and (sides.target is None or not _trip_taker(
                    actors, doc.tokens, match.anchor, sides.source, first, last)):
                continue  # "воздержаться от поездок в Абхазию", "провёл несколько поездок по России": no one's visit
            if match.trigger.words == ("грозить",) and not any(
                    doc.tokens[k].rel.startswith("nsubj") and (actors.may_act(k) or doc.tokens[k].pos == "PRON")
                    for k in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "Дурову грозит срок вплоть до 20 лет", "Президенту грозит импичмент": a penalty faced
            if match.trigger.type == "SUPPORT" and match.trigger.words[-1] == "за" and \
                    _stands_for_no_cause(actors, doc.tokens, match, first, last):
                continue  # "выступающий за «Анжи»", "За день до ... Джонсон выступал в Палате общин": no stance
            if match.trigger.words in PERSONS_ONLY and actors.entity_type(sides.target or "") != "PER":
                continue  # "ООО «Резиденция Деда Мороза» было ликвидировано за долги": a company wound up
            if match.trigger.words == ACQUITTING and _acquitted_by_no_court(doc.tokens, match.anchor, first, last):
                continue  # "Адвокаты ... планируют полностью оправдать Вайнштейна": a defence's aim, no acquittal
            if match.trigger.mode == "release" and sides.target is not None and \
                    actors.entity_type(sides.target) == "LOC" and not actors.is_state(sides.target):
                # "освободили населённый пункт Раздольное", "освобождение Селидово": a town or a region freed is
                # land taken in war, no prisoner set free (a release frees people: "освободить задержанных")
                continue
            if match.trigger.words in ACTORS_SEIZED and actors.entity_type(sides.target or "") not in ("PER", "ORG"):
                continue  # "островам, захваченным Советским Союзом", "Захват Капитолия": land or a building, no actor
            if match.trigger.mode == "clear" and any(
                    doc.tokens[j].pos == "NOUN" for j in match.tokens if j != match.anchor) and not any(
                    doc.tokens[j].head == match.anchor and doc.tokens[j].rel in ("obj", "nsubj:pass", "nmod")
                    for j in match.tokens):
                # "снял фильм об обвинениях": the charge is no object of the verb, nothing withdrawn (a word with no
                # noun beside it, "оправдал", "оправдательный приговор", withdraws the charge itself)
                continue
            if _figure_subject(doc.tokens, actors, match, first, last):
                continue  # "у Майкла отказало сердце", "его выдвижение обещает сделать процесс напряжённее": a figure
            if match.trigger.type == "ASSAULT" and any(lemma(doc.tokens[j]) in SPORT_WORDS for j in range(first, last)):
                continue  # "Футболист «Спартака» нанёс удар по воротам": a match, not an assault
            if match.trigger.type == "ASSAULT" and match.trigger.mode is None and all(
                    side is None or _private_person(doc, actors, side) for side in (sides.source, sides.target)) and \
                    _reports_match(doc, sport):
                # "судьи не заметили удар защитника Ньямси по лицу Тюкавина" in a report of a match: a blow
                # between players, no assault between actors
                continue
            deep = _deep_into(doc.tokens, actors, match, first, last) if match.trigger.type == "ASSAULT" else None
            if deep is not None and sides.target is None and sides.source is not None and (
                    sides.source == deep or deep != actors.state(sides.source)):
                # "удары американским оружием вглубь России", "нанесла удары вглубь Украины": the land a strike goes
                # deep into is struck, never the striker (the parser hangs its genitive on the strike or its weapon).
                # A strike that named no side is left: "разрешение на удары вглубь РФ", "для последующих атак вглубь
                # РФ" are permissions and plans told as topics far more often than strikes
                sides.target = deep
                sides.source = None if sides.source == deep else sides.source
            if match.trigger.mode == "rally" and sides.source is None:
                # "выступил на митинге его сторонников": the leader the possessive names rallies them; supporters
                # told by whom they follow are not that leader (ASSOCIATES), so the genitive gives no side here
                sides.source = next((found[0] for j in _kids(doc.tokens, match.anchor, first, last)
                                     if lemma(doc.tokens[j]) in SUPPORTERS
                                     for k in _kids(doc.tokens, j, first, last)
                                     if doc.tokens[k].text.lower() in POSSESSIVE_OWN or lemma(doc.tokens[k]) == "свой"
                                     for found in [actors.entities(k, first, last, depth=0)] if found), None)
            if match.trigger.type == "ASSAULT" and sides.target is not None and any(
                    lemma(doc.tokens[k]) in SOURCE_NOUNS and case_word(doc.tokens, k, first, last) == "по"
                    and sides.target in actors.entities(k, first, last) for k in range(first, last)):
                sides.target = None  # "По информации агентства новостей Ливана, по ... было выпущено": who tells it
            if match.trigger.type == "ASSAULT":
                ordered = _ordered_by(doc.tokens, actors, match, first, last)
                if ordered is not None:
                    # "был отравлен по приказу диктатора Аугусто Пиночета", "убили по приказу X": the one who
                    # ordered it did it (as "заказчик" is the attacker), never the victim
                    sides.source = ordered
                    sides.target = None if sides.target == ordered else sides.target
            if match.trigger.words in POISONING and sides.source is not None and any(
                    doc.tokens[k].head == match.anchor and doc.tokens[k].feats.get("Case") == "Ins" and k > 0
                    and doc.tokens[k - 1].text in QUOTE_MARKS and actors.covering[k].entity == sides.source
                    for k in _kids(doc.tokens, match.anchor, first, last) if k in actors.covering):
                sides.source = None  # "были отравлены «Новичком»": a poison's trade name, no poisoner
            if match.trigger.type == "ASSAULT" and sides.target is None:
                # "отражена атака беспилотника, летевшего на Москву": the place a weapon of the attack was flying
                # at is the one struck, as the place struck is elsewhere (the Conventions' drone attacks)
                sides.target = _weapon_heading(doc.tokens, actors, match, first, last)
            if match.trigger.type == "AID" and match.trigger.mode == "military" and any(
                    case_word(doc.tokens, j, first, last) == "на" and lemma(doc.tokens[j]) in IN_SERVICE
                    for j in (*match.tokens, *_kids(doc.tokens, match.anchor, first, last)) if j != match.anchor):
                continue  # "будет поставлена на вооружение", "танк поставлен на дежурство": taken into service
            if match.trigger.type == "AID" and match.trigger.mode == "military" and sides.target is not None \
                    and _own_forces(doc, actors, sides.source, sides.target):
                continue  # "передали Вооружённым силам 28 танков", "нашим Силам обороны": supplies, no aid
            if match.trigger.mode == "occupy" and _counted_win(doc.tokens, match, first, last):
                continue  # "Трамп одержал победу в Техасе, завоевав 52,1%": votes won, nothing occupied
            if match.trigger.mode == "occupy" and doc.tokens[match.anchor].pos == "VERB" and any(
                    doc.tokens[j].rel == "obj" and j not in actors.covering and not actors.may_act(j)
                    and lemma(doc.tokens[j]) not in TERRITORY_WORDS
                    for j in _kids(doc.tokens, match.anchor, first, last)):
                continue  # "завоевала титул «Мисс Вселенная»", "завоевал бронзу", "завоевать рынок": a thing won
            if match.trigger.type == "SUPPORT" and _polled(doc.tokens, actors, match, first, last):
                continue  # "Большинство жителей Пенсильвании ... поддерживают Байдена": a poll, not an act
            if match.trigger.type in ("THREATEN", "ASSAULT") and doc.tokens[match.anchor].pos == "NOUN" and \
                    first <= doc.tokens[match.anchor].head < last and \
                    lemma(doc.tokens[doc.tokens[match.anchor].head]) in COUNTERING:
                continue  # "усилия для уменьшения ядерной угрозы", "борьба с угрозой": a danger countered, no act
            if sides.source is None and doc.tokens[match.anchor].pos == "NOUN":
                # "Дмитриченко был заказчиком покушения на Филина", "организатором теракта стал Петров": the one
                # the role is said of did the act; "подписал указ о награждении Кустурицы": who signed the decree
                sides.source = _role_holder(actors, doc.tokens, match.anchor, first, last, sides.target) or \
                    _decreed_by(actors, doc.tokens, match.anchor, first, last, sides.target)
            if match.trigger.type in PATIENT_GENITIVE and sides.target is not None and _residents_of(
                    doc.tokens, actors, sides.target, first, last):
                # "задержаны шестеро жителей Калужской области": people unnamed were held, not the region
                sides.target = None
                sides.targets = None
            if match.trigger.mode == "expel" and sides.target is not None and _mission(actors, sides.target):
                # "выслала сотрудника посольства Великобритании": the staff of a mission expelled are its state's
                # diplomats (a mission that acts is annotated as written: "Посольство РФ сообщило")
                sides.target = actors.state(sides.target) or sides.target
            if match.trigger.mode == "revoke" and sides.target is None:
                # "отозвать лицензию чешской компании CEZ": the licence's holder, its genitive
                holders = [e for j in match.tokens for k in _kids(doc.tokens, j, first, last)
                           if doc.tokens[k].rel == "nmod" and doc.tokens[k].feats.get("Case") == "Gen"
                           and case_word(doc.tokens, k, first, last) is None
                           for e in actors.entities(k, first, last, depth=1)]
                sides.target = holders[0] if holders else None
            if match.trigger.mode == "tariff" and sides.target is None:
                # "ввести пошлины на товары из Китая": the state the goods "из" come from is whom a duty aims at
                sides.targets = [e for e in _goods_from(actors, doc.tokens, match, first, last)
                                 if e != actors.state(sides.source)] or None
                sides.target = sides.targets[0] if sides.targets else None
            if match.trigger.words in BACKED and sides.source is None:
                continue  # "заручился поддержкой 302 выборщиков": votes won, no backer who acts
            if match.trigger.words == AT_REQUEST and _asked_by_unnamed_people(actors, doc.tokens, match.anchor, first,
                                                                               last):
                continue  # "по просьбе подписчиков «Библиотеки программиста»": the readers asked, not the channel
            if match.trigger.words == AT_REQUEST and sides.target is None:
                # "Турция депортировала его по просьбе Бельгии": the one asked is who does the act the request
                # hangs on; a passive with no agent names none ("был депортирован по просьбе самого депортируемого")
                sides.target = _asked_doer(actors, doc.tokens, match.anchor, first, last, sides.source)
            if match.trigger.type == "REQUEST" and sides.target is None and sides.targets is None:
                # "потребовал извинений от Украины", "потребовала компенсацию от отеля и Майкла Барретта": the
                # parser hangs whom it is asked of on the thing asked
                asked = _asked_from(actors, doc.tokens, match.anchor, first, last, sides.source)
                sides.target = asked[0] if asked else None
                sides.targets = asked if len(asked) > 1 else None
            if match.trigger.mode == "renounce" and sides.target is None:
                # "отказался от российского гражданства": the state whose citizenship is given up is left
                sides.target = next((state for j in match.tokens if lemma(doc.tokens[j]) in CITIZENSHIP
                                     for state in actors.adjective_agents(j, first, last)
                                     if state != sides.source), None)
                if sides.source is not None and actors.entity_type(sides.source) != "PER":
                    sides.source = None  # a person gives up a citizenship ("гражданство Казахстана" is no agent)
            if match.trigger.mode in NAMED_TARGET_MODES and sides.target is None:
                continue  # "ФАС наложила на них штраф": a fine on no one named is a regulator's routine
            if match.trigger.mode == "leave" and (sides.source is None or actors.entity_type(
                    sides.target or "") != "ORG" or actors.is_state(sides.target or "")):
                continue  # "выход России из МУС", "вышла из ОДКБ"; not "вышло из Балтийского моря", "из Алеппо"
            if match.trigger.type == "PROTEST" and sides.source is None and \
                    lemma(doc.tokens[match.anchor]) in SUMMONING:
                # "Посол Британии вызван в МИД России", "посла вызвали в МИД": the ministry one is summoned to
                # summons, for its state (a diplomatic protest goes from government to government)
                summoner = next((e for j in _kids(doc.tokens, match.anchor, first, last)
                                 if case_word(doc.tokens, j, first, last) in PLACE_CASES
                                 and doc.tokens[j].feats.get("Case") == "Acc" and j in actors.covering
                                 and actors.covering[j].type == "ORG"
                                 for e in actors.entities(j, first, last, depth=0)), None)
                if summoner is not None and summoner != sides.target:
                    sides.source = actors.state(summoner) or summoner
                    sides.target = None if sides.target == sides.source else sides.target
            if match.trigger.type == "PROTEST" and sides.target is None and sides.source is not None and \
                    actors.entity_type(sides.source) == "ORG" and _staff_of(
                        doc.tokens, actors, sides.source, first, last):
                # "Персонал коньячного дома Hennessy устроил забастовку": the employer is struck against
                sides.target, sides.source = sides.source, None
            if match.trigger.type == "PROTEST" and sides.target is None:
                protests.append((match, sides))
                continue
            if match.trigger.mode == "visit" and sides.target is None and sides.place is None and any(
                    doc.tokens[j].rel == "obj" and doc.tokens[j].pos == "NOUN" and j not in actors.covering
                    and j not in triggers and not actors.may_act(j)
                    for j in _kids(doc.tokens, match.anchor, first, last)):
                # "посетит медицинские учреждения": a visit to a thing named by nobody is no diplomacy ("посетили
                # саммит" is: the summit is a meeting itself)
                continue
            if match.trigger.mode == "kill" and match.trigger.pos == "noun" and sides.source is None and \
                    sides.target is not None and actors.entity_type(sides.target) != "PER":
                # "осуждение убийства двух французских заложников", "покушение на убийство сотрудника федерального
                # правительства": a killing by no one named of unnamed people is a crime told, no act between
                # actors (0 of 3 right on the tuning sets); "покушение на Ису Ямадаева" names its victim and stays
                continue
            if match.trigger.mode == "visit" and match.trigger.pos == "noun" and sides.target is None and \
                    sides.source is not None and actors.entity_type(sides.source) == "LOC":
                # "запретили въезд за посещение Крыма", "воздерживаться от посещений Сирии": the place a visit noun
                # holds in the genitive is where one goes, no visitor; with nobody named going there, no event
                continue
            if match.trigger.mode == "visit" and sides.target is not None and _stateless_region(doc, sides.target):
                continue  # "турне по Европе": a continent is no one visited; the states of the tour are told apart
            if match.trigger.words in ARRIVALS and not _arrival_visit(doc, actors, sides):
                continue  # "прибыл в Вашингтон" is a visit; "прибыл на место", "приехали в город" are not
            if sides.source is None and sides.target is not None and events and (
                    doc.tokens[match.anchor].feats.get("Voice") == "Pass" or match.trigger.words in UNDERGOING) and \
                    not _agent_told(doc.tokens, actors, match.anchor, first, last) and match.trigger.words not in HELD:
                # "Страны ЕС запретили въезд Лукашенко. Кроме Лукашенко, запрещён въезд ещё 30 служащим":
                # a passive with no agent goes on with the one who did the same just before (not a custody: "власти
                # Таиланда экстрадировали Бута. Сейчас он содержится в изоляторе" is held by another)
                # (not from an act told again, whose sides were themselves taken from before: no chain of guesses)
                before = _recent_source(doc, [e for e in events if id(e) not in retold], match.trigger.type,
                                        sent.start)
                if before is not None and before != sides.target and not _done_abroad(
                        doc, actors, before, first, last):
                    sides.source = before
            if sides.target is None and sides.source is not None and any(
                    k in actors.guessed for k in _kids(doc.tokens, match.anchor, first, last)):
                # "власти ведут переговоры": the article's state guessed for a bare "власти" is kept only where the
                # act names whom it is aimed at ("власти разогнали лагеря «Братьев-мусульман»")
                sides.source = None
            if sides.source is None and sides.target is None and match.trigger.type in SYMMETRIC and _by_the_sides(
                    doc.tokens, match, first, last, lexicon):
                # "Лавров встретился с Блинкеном. Стороны обсудили ...": the sides of the meeting just told
                last_pair = _recent_pair(doc, events, sent.start)
                if last_pair is not None:
                    sides.source, sides.target = last_pair
            elif sides.source is None and sides.target is None and match.trigger.type in SYMMETRIC and any(
                    doc.tokens[k].rel.startswith("nsubj") and lemma(doc.tokens[k]) == "они"
                    for k in _kids(doc.tokens, match.anchor, first, last)):
                # "во время встречи с Медведевым они договорились": "они" are the sides of the meeting this very
                # sentence told (none told here: the article's dyad, as before)
                pair = next(((e.source, e.target) for e in reversed(events) if e.start >= sent.start
                             and e.type in SYMMETRIC and e.source and e.target), None)
                if pair is not None:
                    sides.source, sides.target = pair
            if sides.target is None and sides.source is not None and match.trigger.type == "CONSULT" and \
                    match.trigger.pos == "noun" and match.trigger.mode != "visit" and \
                    doc.tokens[match.anchor].rel == "obl":
                # "озвучил свои подозрения Зеленскому во время телефонного разговора", "на переговорах вручил Шольцу
                # письмо": a talk told as the circumstance of a telling is held with the one told
                sides.target = _told_in_talk(actors, doc.tokens, match, first, last, sides.source)
            if sides.target is None and match.trigger.type == "CONSULT" and \
                    _occasion(doc.tokens, actors, match, first, last):
                # "рассказал об ирландских предках Обамы на встрече в Фонде «Наследие»": a meeting attended, with
                # no one named it is held with, is an occasion ("во время встречи с избирателями" is one with
                # people unnamed; "Главы МИД НАТО на встрече в Брюсселе" are its many sides)
                continue
            if sides.source is None and sides.target is not None and match.trigger.type == "CONSULT" and \
                    match.trigger.pos == "noun" and doc.tokens[match.anchor].rel == "obl":
                # "Во время встречи с Медведевым Лукашенко заявил ...", "Он сообщил, что во время встречи с
                # Медведевым они договорились": a meeting told as a circumstance is held by the clause's subject
                sides.source = _circumstance_host(actors, doc.tokens, match, first, last, sides.target)
            if sides.source is None and sides.target is not None and match.trigger.type in SYMMETRIC and \
                    not _generic_subject(doc.tokens, actors, match, first, last):
                # "«Тема ... обсуждается на переговорах с США», — заявили в МИД Украины": talks with no one named
                # on this side, in someone's own words, are their state's (not "некоторые представители
                # демократического лагеря пытались вести переговоры с ДПНИ", said Брод: a subject of their own)
                sides.source = _speaker_side(actors, match.anchor, sides.target)
            if match.trigger.words in CONVERSATIONS and match.trigger.pos == "noun" and sides.target is not None \
                    and actors.entity_type(sides.target) == "ORG" and not actors.is_state(sides.target) and any(
                        k in actors.covering and actors.covering[k].entity == sides.target
                        and case_word(doc.tokens, k, first, last) == "с"
                        for k in _kids(doc.tokens, match.anchor, first, last)):
                # "заявил в беседе с ТАСС", "поделился в беседе с Россотрудничеством": an interview given to an
                # agency or an organisation named itself, no talks ("беседа с Лавровым", "разговор с Германией",
                # "беседа с главой МИД Ирана" stay)
                continue
            if match.trigger.words in TALKING_WITH and not _talked_with(doc.tokens, match, first, last):
                continue  # "Трамп говорил Путину, что ...": told, not talked with
            if match.trigger.words in CONVERSATIONS and sides.target is None:
                # "Марк завершил беседу ...", "Разговаривая по телефону с завода, Марк": no partner, an interview
                # ("..., который будет беседовать с Лавровым и Климкиным" names partners and stays)
                continue
            if match.trigger.words in HELD and sides.target is not None and (
                    actors.entity_type(sides.target) == "LOC"
                    or _counted(doc.tokens, match.anchor, ("nsubj",), first, last)):
                # "В итальянских тюрьмах находятся 74 босса мафии", "российский бизнесмен, находящийся в тюрьме",
                # "два журналиста находятся в заключении": a land is where or whose, never who is held, and a
                # count of people held names none of them
                continue
            if match.trigger.mode == "dismiss" and match.trigger.words in DISMISSALS and (
                    sides.target is None or actors.entity_type(sides.target) != "PER"
                    or match.trigger.words in DECREED_DISMISSALS and _own_wish(doc.tokens, first, last)
                    or _counted(doc.tokens, match.anchor, ("obj", "nmod", "nsubj:pass"), first, last)):
                # "уволил двух генералов полиции", "Посла Японии уволили", "уволить часть врачей": only a person
                # is dismissed; the body or land whose officer he is was not, and no one named was; a count of
                # people ("уволило около 1400 военных, включая советника Эрдогана") names none of them
                continue
            if match.trigger.words in APPOINTMENTS and (
                    sides.source is None or sides.target is None or actors.entity_type(sides.target) != "PER"
                    or _counted(doc.tokens, match.anchor, ("obj", "nsubj:pass"), first, last)
                    or sides.source in _post_of(doc.tokens, actors, match.anchor, first, last)
                    or doc.tokens[match.anchor].rel == "amod"):
                # "Кирилл Петров назначен послом", "назначили мужчине встречу", "избрал 31 члена Госсовета": an
                # appointment by no one named, or of no person named, is not written; nor is the body whose post
                # it is the appointer ("Главным тренером команды был назначен Булатов"); "избранный президент" is
                # a title, no act told
                continue
            presupposed = False
            told: tuple[str | None, str | None] | None = None
            if sides.source is None and sides.target is None and match.trigger.type in UNDERGONE_TYPES and \
                    _bare_act_subject(doc.tokens, match, first, last):
                # "власти Египта подтвердили факт задержания Мурси. По их словам, задержание носит «превентивный
                # характер»": the act told again by its bare noun is the one just told, between the same sides
                told = _told_again(doc, events, match, sent.start)
                if told is not None:
                    sides.source, sides.target = told
                    # what is said of the act ("задержание не было законным") does not undo it; only "произошло"
                    # tells the act itself, with its own modality and date
                    presupposed = lemma(doc.tokens[doc.tokens[match.anchor].head]) not in TAKING_PLACE
            if sides.source is None and sides.target is None:
                # "были достигнуты договоренности" is this article's agreement; "договоренностей,
                # достигнутых ранее" (a participle naming an earlier one) is not.
                # Nor is a signing named by a noun with no one doing it ("будут обсуждаться подписание ...",
                # "при подписании соглашения"): a topic or a circumstance, not a report of the signing.
                # Nor one told by a full participle joined to one ("Одобренный парламентом и подписанный ... закон"):
                # a document described, not the agreement reported ("было принято решение" stays, settled below
                # only where the two sides met). Nor a promise ("обещана встреча": by whom, the text does not say).
                anchor = doc.tokens[match.anchor]
                if match.trigger.type == "AGREE" and not anchor.rel.startswith(("acl", "amod")) \
                        and not (anchor.feats.get("VerbForm") == "Part" and anchor.feats.get("Variant") != "Short") \
                        and not (match.trigger.pos == "noun" and match.trigger.mode == "sign") \
                        and match.trigger.mode != "promise" \
                        and not _others_agree(doc.tokens, match, first, last):
                    pending.append((match, first, last))
                continue
            if match.trigger.mode == "endorse" and sides.source is None and match.trigger.words not in RALLIES and \
                    modality(doc.tokens, match.anchor, first, last) == "asserted":
                # "Шестеро из семи кандидатов поддержали вступление Грузии", "федерации, которые его поддерживают",
                # "Первые поддержали Байдена": support told of no one named is a stance or a vote, not an act
                # between actors (0 of 7 right on the eight tuning sets); a denied one ("ни один суд его не
                # поддержал") stays, as the sets annotate it
                continue
            if sides.target is None and sides.place is None and _circumstance(doc.tokens, actors, match, first, last):
                continue  # "Во время недавнего посещения ... Зорькин сказал": a circumstance with no side of its own
            if match.trigger.type == "CONSULT" and _family(doc, actors, match, sides, first, last):
                continue  # "приняли участие вдова Ельцина Наина Иосифовна": a family's meeting is no diplomacy
            if match.trigger.type in UNDERGONE_TYPES and sides.source is None:
                # "МВД Пакистана заявило о том, что Беназир Бхутто освобождена": a passive act with no agent,
                # told by a state's body, is that state's
                sides.source = _announcing_state(actors, doc.tokens, match.anchor, first, last)
            if (match.trigger.type in PUBLIC_ONLY and match.trigger.mode != "visit" or match.trigger.type == "REQUEST"
                    and _thing_asked(doc.tokens, match, first, last) or match.trigger.type == "AGREE"
                    and match.trigger.mode in ONE_SIDED_AGREEMENTS and sides.target is None) and all(
                    side is None or _private_person(doc, actors, side) for side in (sides.source, sides.target)) \
                    and not (match.trigger.type in AUTHORITY_ACTS and sides.source is None):
                continue  # "Певица отказалась от освидетельствования", "Даниил и Оксана встречались": private acts
            if match.trigger.type == "COERCE" and lemma(doc.tokens[match.anchor]) in BLOCKING_VERBS and all(
                    side is None or _private_person(doc, actors, side) for side in (sides.source, sides.target)):
                continue  # "Тянка заблокировала назойливого ухажёра": a block in a messenger, no ban
            if match.trigger.mode == "invite" and sides.source is None and sides.target is not None and \
                    actors.entity_type(sides.target) == "PER" and not _office_held(doc, actors, sides.target) and \
                    not _agent_named(doc.tokens, match.anchor, first, last):
                # "руководство сборной пригласило молодого форварда", "приглашён в отряд астронавтов", "главного
                # приглашённого дирижёра", "Хочу её пригласить в своё шоу": a person invited by no one named is
                # asked onto a team, into a post, a show or a party (or "приглашённый" is a title); a state's
                # invitation names its host ("Путин пригласил Токаева"), and a state invited stays ("Военных КНДР
                # пригласили участвовать в параде"), and so does a holder of an office ("Макрона пригласили на саммит")
                # or one whose inviter the parse did not reach ("Рогозина, приглашённого Додоном")
                continue
            if sides.target is not None and _kin_whose(doc.tokens, actors, match, sides.target, first, last):
                # "дело против сына президента США", "экс-супруга депутата Госдумы Сергея Веремеенко Алла,
                # подозреваемая", "избрала дочь президента Нурсултана Назарбаева": the one whose son, wife or
                # daughter it is, told after a word of his post, is not the one the act is done to
                sides.target = None
                if sides.source is None:
                    continue
            reporters = {side for side in (sides.source, sides.target, *(sides.sources or ()), *(sides.targets or ()))
                         if side is not None and _reporting_outlet(doc, actors, match, side, first, last)}
            if reporters:
                # "— пишет Washington Post", "Корреспондент Би-би-си поговорил с военными", "отказались давать
                # комментарии журналистам SHOT": an outlet that tells, asks or hears the news is no side of it
                sides.sources = [e for e in sides.sources or () if e not in reporters] or None
                sides.targets = [e for e in sides.targets or () if e not in reporters] or None
                if sides.source in reporters:
                    sides.source = sides.sources[0] if sides.sources else None
                if sides.target in reporters:
                    sides.target = sides.targets[0] if sides.targets else None
                if sides.source is None and sides.target is None or match.trigger.type == "CONSULT":
                    continue  # "Би-би-си и CBS поговорили с ...": a talk with an outlet that reports is an interview
            if match.trigger.type in PERSONAL_ACTS and sides.target is not None and _whose_person(
                    doc.tokens, actors, match.anchor, sides.target, first, last):
                # "Убит муфтий Кабардино-Балкарии", "Дизайнеру ИГИЛ предъявлены обвинения": one person, told by a
                # word of his post or trade, undergoes the act; the town, region or organisation of the word's
                # genitive only says whose he is (as "гражданина Мексики" does)
                sides.target = None
                if sides.source is None:
                    continue
            if match.trigger.type == "REJECT" and sides.target is None and _own_business_dropped(
                    doc, actors, match, sides.source, first, last):
                continue  # "Компания Walmart отказывается от части инициатив": a company's own business
            if match.trigger.type == "ASSAULT" and _domestic_crime(doc, actors, match, sides, first, last):
                continue  # "Картер избил до смерти своего сокамерника": a crime among private people
            if match.trigger.type == "REQUEST" and _private_ask(doc, actors, match, sides, first, last):
                continue  # "попросила 23-летнюю дочь", "попросила занять 400 000 рублей": a private person's ask
            stranger = match.trigger.type == "ASSAULT" and _stranger_crime(doc, actors, match, sides, first, last,
                                                                             abductions)
            sides = _state_to_state(actors, match, sides)
            if dates is None:
                dates = find_dates(doc.text[sent.start:sent.stop], published, sent.start)
            if match.trigger.type == "ACCUSE" and match.anchor in charged:
                continue  # the arrest's charge, told already with the arrest's sides
            events.append(_event(doc, actors, match, sides, first, last, dates, published))
            if match.trigger.type == "ACCUSE" and match.trigger.words == CHARGE_TRIGGER.words:
                charge_nouns[match.anchor] = events[-1]
            if stranger:
                strangers.append(events[-1])  # "Гуф ударил соперника по уху": dropped below if police took him
            if presupposed:
                events[-1] = replace(events[-1], modality="asserted")
            if told is not None:
                retold.add(id(events[-1]))
            courtesy = _courtesy(doc.tokens, actors, match, first, last)
            # an ask or an invitation of no one named stays ("попросил соседа привезти денег", "пригласил и
            # обсудил"): the one asked may be anyone; one of a private person named is private
            courtesy = courtesy and (match.trigger.type == "SUPPORT" or sides.target is not None)
            if courtesy and _private_sides(doc, actors, sides.source, sides.target):
                courtesies.append(events[-1])  # dropped below unless the text tells a crime
            charge = _charged_for(doc.tokens, match, first, last) if match.trigger.type == "COERCE" else None
            if charge is not None and (sides.target is not None or sides.source is not None):
                # "задержана по подозрению в шпионаже", "арестован по обвинению в убийстве": the arrest tells the
                # accusation it is made on, by the same sides
                # (a court whose decision the arrest carries out does not bring the charge: no one named does)
                earlier = charge_nouns.pop(charge, None)
                if earlier is not None:  # the charge noun read before the arrest: one telling
                    events[:] = [e for e in events if e is not earlier]
                charged.add(charge)
                events.append(_event(doc, actors, Match(CHARGE_TRIGGER, (charge,), charge), replace(
                    sides, source=None if sides.source == decider else sides.source, sources=None, targets=None),
                    first, last, dates, published))
            if match.trigger.mode == "release" and sides.target is not None:
                held = _held_from(doc.tokens, match, first, last)
                if held is not None:
                    # "освобождена из-под домашнего ареста": the release tells the arrest it ends, by the same
                    # sides (as "вышел на свободу после 10 суток ареста" does); the arrest was, whatever the
                    # release's modality ("отказался освободить из-под ареста")
                    events.append(replace(_event(doc, actors, Match(ARREST_TRIGGER, (held,), held), replace(
                        sides, sources=None, targets=None), first, last, dates, published), modality="asserted"))
            for extra in (sides.sources or [])[1:MAX_SOURCES]:
                if extra != sides.target:
                    events.append(_event(doc, actors, match, replace(sides, source=extra), first, last, dates,
                                         published))
                    if courtesy and _private_sides(doc, actors, extra, sides.target):
                        courtesies.append(events[-1])  # "поздравили её сестра и тренер": each one's
            # (the coordinated objects less the target: a later reading may have put another one first, "отправить
            # Ампелонского и Едидина в СИЗО, а Весельчакова под домашний арест" sends all three)
            for extra in [e for e in sides.targets or () if e != sides.target][:MAX_TARGETS - 1]:
                if extra != sides.source:
                    events.append(_event(doc, actors, match, replace(sides, target=extra), first, last, dates,
                                         published))
                    if courtesy and _private_sides(doc, actors, sides.source, extra):
                        courtesies.append(events[-1])
        for word in range(first, last) if interference else ():
            if doc.tokens[word].lemma.startswith(("вмеш", "повлия", "влия")) and (
                    lemma(doc.tokens[word]) in INTERFERENCE or _influence_on_vote(doc.tokens, word, first, last)):
                claim = _interference_claim(actors, doc.tokens, word, first, last)
                if claim is None:
                    continue
                node, claimant, interferers = claim
                own, codes = _own_side(doc, actors, claimant)
                for interferer in interferers:
                    if _of_own_side(actors, interferer, own, codes):
                        continue  # "РФ не вмешивается ..., — Путин": the speaker's own side
                    # "«Я считаю, что и Россия, и Украина вмешивались в выборы», - сказал Кеннеди": each one named
                    if interferer == claimant or any(e.start == sent.start and e.type == "ACCUSE" and e.source ==
                                                     claimant and e.target == interferer for e in events):
                        continue  # "обвинил Россию во вмешательстве" is the accusation already
                    dates = dates if dates is not None else find_dates(doc.text[sent.start:sent.stop], published,
                                                                        sent.start)
                    events.append(_event(doc, actors, Match(INTERFERENCE_TRIGGER, (node,), node),
                                         _Sides(source=claimant, target=interferer), first, last, dates, published))
        for word in range(first, last) if wrongs else ():
            deed = _wrongdoing(doc.tokens, word, first, last, unlawful)
            if deed is not None and not _asked(doc.tokens, deed, last):
                # "Министерство юстиции заявляет, что ... Зубия Шахназ незаконно получила кредит", "Макгоуэн
                # утверждает, что продюсер изнасиловал её": a claim that someone acted unlawfully or did a wrong
                # accuses them, as a claim of interference does
                claim = _interference_claim(actors, doc.tokens, deed, first, last)
                if claim is None or any(e.start == sent.start and e.type == "ACCUSE" and e.source == claim[1]
                                        for e in events):
                    continue
                node, claimant, wrongdoers = claim
                own, codes = _own_side(doc, actors, claimant)
                wrongdoers = [w for w in wrongdoers if not _of_own_side(actors, w, own, codes)]
                if any(m.trigger.type == "ASSAULT" and deed in m.tokens for m in matches):
                    # an attack told is an event of its own; who tells it accuses only a person of a crime, as
                    # the investigators' claims do ("сообщила полиция, ... сотрудник полиции застрелил" reports)
                    wrongdoers = [w for w in wrongdoers if actors.entity_type(w) == "PER"]
                dates = dates if dates is not None else find_dates(doc.text[sent.start:sent.stop], published,
                                                                    sent.start)
                for wrongdoer in wrongdoers[:MAX_TARGETS]:
                    if wrongdoer != claimant:
                        events.append(_event(doc, actors, Match(WRONGDOING_TRIGGER, (node,), node),
                                             _Sides(source=claimant, target=wrongdoer), first, last, dates,
                                             published))
        for word in range(first, last) if fraud else ():
            if lemma(doc.tokens[word]) in FRAUD:
                found = _fraud_claim(actors, doc.tokens, word, first, last)
                if found is None or any(e.start == sent.start and e.type == "ACCUSE" and e.source == found[1]
                                        for e in events):
                    continue  # "обвинил Трампа в мошенничестве" is the accusation already
                dates = dates if dates is not None else find_dates(doc.text[sent.start:sent.stop], published,
                                                                    sent.start)
                events.append(_event(doc, actors, Match(FRAUD_TRIGGER, (found[0],), found[0]),
                                     _Sides(source=found[1], target=found[2]), first, last, dates, published))
        for match, sides in protests:
            # "собрались на митинг, требуя отставки Саакашвили": the protest is aimed at whom its demand is
            demand = next((e for e in events if e.start == sent.start and e.type == "REQUEST" and e.target
                           and e.source in (None, sides.source)), None)
            if demand is not None:
                sides = replace(sides, target=demand.target)
            elif sides.source is not None:
                # "выразило протест против визита российского министра, посетившего острова": the protest is
                # aimed at whoever did the one act the sentence tells besides it; not at a protester's own act
                # ("Вера и Илья выражают протест ... и призывают коллегию": Илья's call is his, no target)
                own = {sides.source, *(sides.sources or ())}
                acts = {e.source for e in events if e.start == sent.start and e.source is not None
                        and e.type not in JUDGING and own.isdisjoint((e.source, e.target))}
                if len(acts) == 1:
                    sides = replace(sides, target=acts.pop())
            if sides.source is None and sides.target is None:
                continue
            sides = _state_to_state(actors, match, sides)
            dates = dates if dates is not None else find_dates(doc.text[sent.start:sent.stop], published,
                                                                sent.start)
            events.append(_event(doc, actors, match, sides, first, last, dates, published))
            for extra in (sides.sources or [])[1:MAX_SOURCES]:
                # "Вера и Илья Политковские выражают протест": each protester's protest, as for the other acts
                if extra not in (sides.source, sides.target):
                    events.append(_event(doc, actors, match, replace(sides, source=extra), first, last, dates,
                                         published))
    dyad = article_dyad(doc, actors, events)
    for match, first, last in pending:
        if dyad is None:
            continue
        if not _dyad_met(actors, events, dyad) and (match.trigger.mode == "decide" or not _dyad_told(
                doc.tokens, actors, dyad, first, last)):
            # "Решение было принято 4 июля", "решение об увольнении Коно было принято": a decision is one side's,
            # and the article's two states made it together only where the article tells them meeting ("Кроме
            # того, принято решение создать ... белорусский индустриальный центр" after the two prime ministers'
            # talks); elsewhere whose it is the text does not say. So for a signing or an agreement told with no
            # one named ("По итогам заседания комиссии подписано около десяти документов", "был согласован вопрос
            # о базах"): the article's two most named states signed nothing together unless it tells them meeting,
            # or the sentence names them both ("Соглашение между Грузией и США было заключено в 2015 году",
            # "Договор был подписан лидерами двух стран")
            continue
        sent = doc.sents[doc.tokens[first].sent]
        quote = actors.quote_at(match.anchor)
        speaker_state = actors.state(quote.speaker) if quote is not None else None
        source, target = (speaker_state, next(s for s in dyad if s != speaker_state)) \
            if speaker_state in dyad else dyad
        sides = _Sides(source=source, target=target)
        dates = find_dates(doc.text[sent.start:sent.stop], published, sent.start)
        events.append(_event(doc, actors, match, sides, first, last, dates, published))
    events.extend(_investigators_claims(doc, actors, events, published))
    if not INVESTIGATORS.isdisjoint(present):
        events.extend(_investigators_accounts(doc, actors, events, published))
    events.extend(_quoted_condemnations(doc, actors, events, published, present))
    events.extend(_quoted_demands(doc, actors, events, published, present))
    events.extend(_quoted_praise(doc, actors, events, published, present))
    if courtesies and not any(event.type in CRIME_TYPES for event in events):
        events = [event for event in events if not any(event is dropped for dropped in courtesies)]
    if strangers and any(event.type == "COERCE" for event in events):
        # a crime story: the state's acts on the doer (his arrest, his sentence) are the chronicle's events, the
        # blow or killing among private people that brought them is their background; told alone ("Иван Петров
        # напал на соседа", tests/test_events_crimes.py), the attack is all there is and stays
        events = [event for event in events if not any(event is dropped for dropped in strangers)]
    # a crime among private people (its doer or victim given by a first name and the surname's initial, as the
    # press writes private suspects and victims: "Юлия А. ударила", "напавшего Романа Г") is outside the chronicle
    # unless a side of public life takes part ("напал на депутата"); an airport's restrictions on flights are a
    # safety measure, no sanction ("Аэропорты Внуково и Домодедово ввели временные ограничения")
    events = [event for event in events if not _private_crime(doc, actors, event) and not _airport_measure(doc, event)]
    if not any(event.type in CRIME_TYPES for event in events):
        # in a crime story a player's or a producer's release, a plea or an ask belong to the case ("Вайнштейн
        # вышел под залог"): only dealings of a text that tells no crime are dropped
        shows: dict[str, str] = {}
        events = [event for event in events if not _show_business(doc, actors, event, shows)]
    # after the show-business filter: a colleague's tribute to a dead actor is told as events_dev13 annotates it
    events.extend(_tributes(doc, actors, events, published, present))
    events = _unnamed_bodies_dropped(doc, actors, events)
    events = _court_acts_on_someone(doc, actors, events)
    events.sort(key=lambda e: (e.start, e.type))
    return replace(doc, tokens=parsed, events=tuple(_dedupe(events, actors)),
                   entities=(*doc.entities, *actors.added))


def _crossing_repaired(doc: Doc) -> tuple[Token, ...]:
    """The parse with a word hung across a clause's verb given to that verb: "Обама, находящийся с визитом в
    ЮАР, встретился ... с семьей Манделы" (the parser hangs "с семьей" on the participle, over the main verb),
    "Поскольку ведомство заявило, что не выявило противоречий, Видениус обращается к ФАС ... с просьбой" (on the
    fronted clause's verb, over the main clause's). A clause set off by a comma ends there: a word beyond the main
    verb is not its dependent. The arc must cross a finite verb that is a root of the sentence or above the word's
    head, with a comma between the head and that verb; only arguments and circumstances move (not a conjunct, a
    relative word or punctuation). So is a participle set off by a comma hung on a noun of another number
    (``_agreeing_noun``), a word of a fronted clause hung over its comma on the main verb (``_fronted_clause_verb``),
    the first word of a compound preposition hung on a later noun (``_compound_preposition_noun``), and a conjunct
    hung on a word before a clause (``_conjunct_after_clause``) or across the main verb (``_conjunct_across_verb``).
    Events only: the other stages keep the parse as it is."""
    tokens = doc.tokens
    moves: dict[int, int] = {}
    for sent in doc.sents:
        first, last = sent.first, sent.last
        for j in range(first, last):
            token = tokens[j]
            # cheap tests first (every word of every article comes here): a crossed verb and a comma lie between
            # the word and its head, so they are three words apart at least
            if token.rel in MOVABLE and abs(token.head - j) > 2:
                found = _crossed_verb(tokens, j, first, last)
                if found is None:
                    found = _fronted_clause_verb(tokens, j, first)
            elif token.rel == "acl":
                found = _agreeing_noun(tokens, j, first)
            elif token.rel == "conj" and token.head < j - 3:
                found = _conjunct_after_clause(tokens, j, first)
                if found is None:
                    found = _conjunct_across_verb(tokens, j, first, last)
            elif token.rel == "case" and j + 2 < last and token.head != j + 2:
                found = _compound_preposition_noun(tokens, j)
            else:
                continue
            if found is not None:
                moves[j] = found
    repaired = list(tokens)
    for j, head in moves.items():
        token = tokens[j]
        sent = doc.sents[token.sent]
        swapped = _swapped_subject(tokens, j, head, moves, sent.first, sent.last)
        if swapped is not None:
            # "Президент Грузии Михаил Саакашвили объявил о ..., однако лидер оппозиции Леван Гачечиладзе назвал
            # итоги выборов подтасованными": each subject hung on the other clause's verb, the arcs nested; each
            # stands before its own verb
            repaired[j] = replace(token, head=head)
            repaired[swapped] = replace(tokens[swapped], head=token.head)
            for k in range(token.head + 1, sent.last):
                if tokens[k].head == head and tokens[k].rel == "conj" and _finite(tokens[k]):
                    # "... назвал итоги подтасованными и призвал сторонников": a verb conjoined after the later
                    # clause's verb is that verb's conjunct, done by its subject
                    repaired[k] = replace(tokens[k], head=token.head)
            continue
        if token.rel.startswith("nsubj") and any(
                tokens[k].head == head and tokens[k].rel.startswith("nsubj") and k not in moves
                for k in range(doc.sents[token.sent].first, doc.sents[token.sent].last)):
            # "Президент ... объявил о ..., однако лидер оппозиции ... назвал": a verb with a subject of its own
            # takes no second one (the parse of such a sentence is wrong in more than one arc); a subject that
            # crosses a verb itself is no verb's own ("Песков ... дал понять, что ..., Путин не выпустит")
            continue
        # "Путин подписал указ, согласно которому ... назначен": a subject hung on the passive it crosses is the
        # active verb's plain subject
        rel = "nsubj" if token.rel == "nsubj:pass" and tokens[head].feats.get("Voice") != "Pass" else token.rel
        repaired[j] = replace(token, head=head, rel=rel)
    return tuple(repaired)


def _conscription(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether an appeal's noun ("призыв") is a call-up to the forces: a word of ``CONSCRIPTION`` hangs on it,
    a season's or a term's adjective ("весенний призыв", "очередных призывов") or the forces or service it calls
    up to ("призыв в Национальную гвардию", "на срочную военную службу"), the latter with "в" or "на"."""
    if lemma(tokens[noun]) != "призыв":
        return False
    for j in _kids(tokens, noun, first, last):
        if lemma(tokens[j]) in CONSCRIPTION and (
                tokens[j].rel == "amod" or case_word(tokens, j, first, last) in ("в", "во", "на")):
            return True
    return False


def _compound_preposition_noun(tokens: Sequence[Token], j: int) -> int | None:
    """The nominal right after a compound preposition ("в отношении", "в ходе") whose first word the parser hung
    on a later word: "приговор, вынесенный ранее в отношении Росси Апелляционным судом Рима" hangs "в" on "судом",
    so the court reads as the one it concerns and the man as no one's. The preposition's fixed word follows it
    and the nominal follows that, a name, a noun or a pronoun in the genitive (the words between are the
    preposition's own, so the nominal has no other); the preposition goes to it."""
    fixed, noun = tokens[j + 1], tokens[j + 2]
    if fixed.head != j or fixed.rel != "fixed" or noun.pos not in ("PROPN", "NOUN", "PRON") or \
            noun.feats.get("Case") != "Gen" or noun.sent != tokens[j].sent:
        return None
    if noun.pos == "PRON" and j + 3 < len(tokens) and tokens[j + 3].sent == noun.sent and \
            tokens[j + 3].pos in ("NOUN", "ADJ"):
        return None  # "в ходе её брифинга", "в качестве его инициатора": a possessive, its noun further on
    return j + 2


def _swapped_subject(tokens: Sequence[Token], j: int, verb: int, moves: dict[int, int], first: int,
                     last: int) -> int | None:
    """The subject of ``verb`` to give the verb ``j`` now hangs on, where the parser swapped two clauses' subjects:
    ``j`` stands before ``verb`` and is hung on a later verb, over ``verb`` and a comma, and ``verb``'s own subject
    stands between the two verbs, the only subject that later verb would then lack (the arcs nest: "Президент ...
    объявил ..., однако лидер оппозиции ... назвал ..."). None when the parse is not so."""
    later = tokens[j].head
    if tokens[j].rel != "nsubj" or not j < verb < later or not _finite(tokens[later]):
        return None
    own = [k for k in range(verb + 1, later) if tokens[k].head == verb and tokens[k].rel.startswith("nsubj")]
    if len(own) != 1 or own[0] in moves or tokens[own[0]].rel != "nsubj" or not any(
            tokens[k].text == "," for k in range(verb + 1, own[0])):
        return None
    if any(tokens[k].head == later and tokens[k].rel.startswith("nsubj") and k != j for k in range(first, last)):
        return None
    return own[0]


def _agreeing_noun(tokens: Sequence[Token], j: int, first: int) -> int | None:
    """The noun a participle set off by a comma qualifies when the parser hung it on a noun of another number:
    "уволил двух генералов полиции, причастных к делу об аресте журналиста Ивана Голунова, обвинённого в ..."
    ("обвинённого", singular, hung on "генералов"): the nearest noun before it of its number and gender. So too
    where it was hung on a singular noun of another gender ("бизнесмена Дмитрия Фирташа, ..., по ордеру Испании,
    требовавшей его экстрадицию") or on a noun after it, as if it stood before its noun ("ходатайства прокуратуры,
    требовавшей оставить под стражей известного бизнесмена", "из Испании, требовавшей его высылки" with "высылки"
    its own object): then the noun must agree in case too, as a participle agrees with its noun in all three."""
    token = tokens[j]
    head = token.head
    if token.rel != "acl" or token.feats.get("VerbForm") != "Part" or not first <= head < len(tokens) or \
            head == j or j - 1 < first or tokens[j - 1].text != ",":
        return None
    number, gender, case = token.feats.get("Number"), token.feats.get("Gender"), token.feats.get("Case")
    if number is None:
        return None
    other_number = tokens[head].feats.get("Number") not in (None, number)
    if head < j and not other_number and (number == "Plur" or gender is None or
                                          tokens[head].feats.get("Gender") in (None, gender)):
        return None
    for k in range(j - 1, head if head < j else first - 1, -1):
        word = tokens[k]
        if word.pos in ("NOUN", "PROPN") and word.rel not in ("flat", "flat:name") and \
                word.feats.get("Number") == number and (number == "Plur" or word.feats.get("Gender") == gender):
            return k if (head < j and other_number) or case is None or word.feats.get("Case") == case else None
    return None


def _conjunct_after_clause(tokens: Sequence[Token], j: int, first: int) -> int | None:
    """The noun a conjunct after a closed relative clause is coordinated with, when the parser hung it inside
    that clause: "Украина обвинила Россию, которая продолжает обстрелы, и Белоруссию" ("Белоруссию" on
    "продолжает"), "Израиль атаковал Ливан, который поддерживает «Хезболлу», и Сирию" (on "поддерживает", which
    made Сирия supported by Ливан): the clause's antecedent, where the conjunct agrees with it in case and a comma
    closes the clause right before the conjunction."""
    token = tokens[j]
    if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") is None:
        return None
    start = j
    while start - 1 >= first and tokens[start - 1].head == j and tokens[start - 1].rel in ("amod", "det", "nummod"):
        start -= 1  # "и аргентинскую полицию": the conjunct's own words before it
    if start - 2 < first or tokens[start - 1].rel != "cc" or tokens[start - 2].text != ",":
        return None
    verb = token.head
    for _ in range(4):  # up from the conjunct's head to the relative clause's verb
        if tokens[verb].rel == "acl:relcl":
            break
        if not first <= tokens[verb].head < j:
            return None
        verb = tokens[verb].head
    else:
        return None
    antecedent = tokens[verb].head
    if tokens[verb].rel != "acl:relcl" or not first <= antecedent < verb or \
            tokens[antecedent].pos not in ("NOUN", "PROPN") or \
            tokens[antecedent].feats.get("Case") != token.feats.get("Case"):
        return None
    # the clause ends at the comma before the conjunction: the word before it is the clause's
    node = start - 3
    for _ in range(12):
        if node == verb:
            return antecedent
        if not first <= tokens[node].head < len(tokens) or node == tokens[node].head:
            return None
        node = tokens[node].head
    return None


def _conjunct_across_verb(tokens: Sequence[Token], j: int, first: int, last: int) -> int | None:
    """The noun a conjunct after a clause's verb is coordinated with, where the parser hung it on a noun before
    that verb: "органы СКП и МВД России проводят проверки по фактам действий экс-мэра Юрия Лужкова и его супруги
    Елены Батуриной" hangs "супруги" on "СКП", across "проводят", so she reads as one who checks. A finite verb
    that is a root of the sentence or above the conjunct's head lies between the two, with no comma between it
    and the conjunct (the conjunct stands in that verb's clause, not in a clause of its own); "и" or "или" comes
    right before the conjunct's words; it goes to the nearest noun between the verb and it in its case (not a
    word of a name or an apposition), as two nouns coordinated agree in case."""
    token = tokens[j]
    head, case = token.head, token.feats.get("Case")
    if token.pos not in ("NOUN", "PROPN") or case is None or not first <= head < j:
        return None
    start = j
    while start - 1 > first and tokens[start - 1].head == j and tokens[start - 1].rel in ("amod", "det", "nmod") \
            and tokens[start - 1].pos in ("ADJ", "DET", "PRON"):
        start -= 1  # "и его супруги": the conjunct's own words before it
    if start - 1 <= first or tokens[start - 1].rel != "cc" or lemma(tokens[start - 1]) not in ("и", "или"):
        return None
    above = set()
    node = head
    while first <= node < last and node not in above:
        above.add(node)
        node = tokens[node].head
    verbs = [v for v in range(head + 1, start - 1)
             if _finite(tokens[v]) and (not first <= tokens[v].head < last or v in above)]
    if not verbs or any(tokens[k].text == "," for k in range(verbs[-1] + 1, j)):
        return None
    for k in range(start - 2, verbs[-1], -1):
        word = tokens[k]
        if word.pos in ("NOUN", "PROPN") and word.rel not in ("flat", "flat:name", "appos") and \
                word.feats.get("Case") == case:
            return k
    return None


def _crossed_verb(tokens: Sequence[Token], j: int, first: int, last: int) -> int | None:
    """The finite verb that word ``j``'s arc crosses, nearest the word, where the parse hangs ``j`` beyond a
    comma over a root of the sentence or over a verb above its head (see ``_crossing_repaired``)."""
    token = tokens[j]
    head = token.head
    if not first <= head < last or token.rel not in MOVABLE or lemma(token) in ("который", "что", "чей"):
        return None
    if not any(tokens[k].text == "," for k in range(min(head, j) + 1, max(head, j))):
        return None  # the verb crossed lies between the two, and a comma between it and the head: none to cross
    above = set()
    node = head
    while first <= node < last and node not in above:
        above.add(node)
        node = tokens[node].head
    crossed = [v for v in range(min(head, j) + 1, max(head, j))
               if (not first <= tokens[v].head < last or v in above) and _finite(tokens[v])]
    if not crossed:
        return None
    verb = min(crossed, key=lambda v: abs(v - j))
    if not any(tokens[k].text == "," for k in range(min(head, verb) + 1, max(head, verb))):
        return None  # no comma closes the head's clause before the verb
    start = next((k + 1 for k in range(j - 1, first - 1, -1) if tokens[k].text == ","), first)
    stop = next((k for k in range(j + 1, last) if tokens[k].text == ","), last)
    if any(k != verb and _finite(tokens[k]) and not first <= tokens[k].head < last for k in range(start, stop)):
        # "Урсула фон дер Ляйн обещала скупать газ, Бербок из ФРГ перестала ...": "Бербок", hung back over
        # "обещала", is the subject of the main verb of its own stretch between commas
        return None
    return verb


def _fronted_clause_verb(tokens: Sequence[Token], j: int, first: int) -> int | None:
    """The verb of the clause set off by a comma that word ``j`` stands in, where the parser hung ``j`` over that
    comma on the main verb the clause itself hangs on: "Как сообщил Кобзон после разговора с Лужковым, экс-мэр
    собирается ..." hangs "после разговора" on "собирается" (so the talk reads as the mayor's, and as future).
    The clause's verb is finite, stands before ``j`` with no comma or other finite verb between them, and hangs
    on ``j``'s head as a parenthetical or an adverbial clause; a comma lies between ``j`` and its head."""
    head = tokens[j].head
    if not j < head or tokens[j].rel not in ("obl", "advmod") or \
            not any(tokens[k].text == "," for k in range(j + 1, head)):
        return None
    for v in range(j - 1, first - 1, -1):
        if tokens[v].text == ",":
            return None
        if _finite(tokens[v]):
            return v if tokens[v].head == head and tokens[v].rel in ("parataxis", "advcl") else None
    return None


# the dependents that ``_crossing_repaired`` may move to the verb their arc crosses
MOVABLE = frozenset({"obl", "obj", "iobj", "nsubj", "nsubj:pass", "advmod"})


def _inside_name(actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether the trigger's words are words of a longer name ("Фонд поддержки ...", "Движение за освобождение ..."):
    a name tells who someone is, not what was done."""
    mention = actors.covering.get(match.anchor)
    if mention is None or mention.kind != "name":
        return False
    return sum(1 for k in range(first, last) if actors.covering.get(k) is mention) > len(match.tokens)


def _owner_of_place(doc: Doc, actors: Actors, entity_id: str, first: int, last: int) -> bool:
    """Whether an entity is named in the sentence only as the genitive owner of a place one goes to see (a cell, a
    temple, a grave, a museum: ``VISITED_PLACES``)."""
    roots = [k for k in range(first, last) if k in actors.covering and actors.covering[k].entity == entity_id
             and actors.covering.get(doc.tokens[k].head) is not actors.covering[k]]
    return bool(roots) and all(doc.tokens[k].rel == "nmod" and 0 <= doc.tokens[k].head < len(doc.tokens)
                               and lemma(doc.tokens[doc.tokens[k].head]) in VISITED_PLACES for k in roots)


def _courtesy(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a match is praise, thanks, approval, an apology, an invitation or a plain ask ("попросил"), which
    between private people is a private matter, not an appeal, a demand or asking for asylum; one addressed to
    holders of an office ("попросил других губернаторов прекратить") is public whoever asks."""
    if match.trigger.type == "SUPPORT":
        courtesy = match.trigger.mode in COURTESIES
    else:
        courtesy = match.trigger.type == "REQUEST" and (match.trigger.mode in COURTESIES or match.trigger.mode is None
                                                        and lemma(tokens[match.anchor]) in ASKING_VERBS | PROPOSING)
    return courtesy and not any(_office_word(actors, lemma(tokens[j])) and tokens[j].rel in ("obj", "iobj", "obl")
                                for j in _kids(tokens, match.anchor, first, last))


def _office_held(doc: Doc, actors: Actors, person: str) -> bool:
    """Whether a person holds an office of state, party, parliament, diplomacy, army or court (data/posts.tsv's
    categories but "official", "business", "religious" and "other", whose "глава" or "директор" may be of an
    orchestra or a team), or is one of data/people.tsv's office holders."""
    name = next((e.name for e in doc.entities if e.id == person), "")
    return bool(name) and _office_holder_named(name) or any(
        post.person == person and (entry := actors.lexicon.post(post.post)) is not None
        and entry.category in STATE_OFFICES for post in doc.posts)


def _agent_named(tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether a passive verb or participle names its doer in the instrumental ("приглашённого Додоном"), below it
    or right after it (the parser hangs "Додоном" on the infinitive that follows: "приглашённого Додоном
    поучаствовать")."""
    if any(_instrumental_agent(tokens, verb, j, first, last) for j in _kids(tokens, verb, first, last)):
        return True
    after = verb + 1
    return after < last and tokens[after].pos in ("PROPN", "NOUN") and tokens[after].feats.get("Case") == "Ins" and \
        case_word(tokens, after, first, last) is None and (
            tokens[verb].feats.get("Voice") == "Pass" or _passive_participle(tokens[verb]))


def _kin_whose(tokens: Sequence[Token], actors: Actors, match: Match, target: str, first: int, last: int) -> bool:
    """Whether an act's target is named only in the genitive after a word of kin or association (``ASSOCIATES``:
    "сына", "экс-супруга", "адвоката") that a common noun of description opens ("сына президента США", "дочь
    президента Нурсултана Назарбаева", "экс-супруга депутата Госдумы Сергея Веремеенко"): the genitive says whose
    son or wife it is, so the named one is someone else than the one acted on. The names stage and the actors'
    own test (``Actors._whose_name``) read a name right after the word; a post between them escaped both. A name
    right after the word ("сына Ивана") is left to them: its genitive may be the son's own name. The word must be
    the act's own: hung on its trigger ("дело против сына", "избрала дочь"), or the trigger a participle of a noun
    of its genitives ("экс-супруга депутата ..., подозреваемая"); "Адвокат журналистки Анны Смирновой заявил, что
    её задержали" tells her arrest."""
    anchor = tokens[match.anchor]
    for k in range(first, last - 1):
        word = lemma(tokens[k])
        word = word[4:] if word.startswith("экс-") else word
        if word not in ASSOCIATES or k in actors.covering:
            continue
        chain = k + 1
        while chain < last and tokens[chain].pos == "ADJ" and tokens[chain].feats.get("Case") == "Gen":
            chain += 1  # "сына бывшего президента"
        if chain >= last or tokens[chain].pos != "NOUN" or tokens[chain].feats.get("Case") != "Gen" or \
                chain in actors.covering:
            continue
        own = tokens[k].head in match.tokens
        for j in range(chain, min(last, chain + 8)):
            token = tokens[j]
            own = own or anchor.head == j and anchor.rel in ("acl", "amod")
            if token.pos not in ("NOUN", "PROPN", "ADJ", "PUNCT") or token.pos != "PUNCT" and \
                    token.feats.get("Case") != "Gen":
                break  # "Адвокат певицы Анны Козловой Сергей Орлов": the name in the word's own case is who
            mention = actors.covering.get(j)
            if mention is not None and mention.entity and target in (mention.entity,
                                                                     actors.acting_for(mention.entity)):
                return own and actors.entity_type(target) == "PER"
            if own and j == chain and mention is None and target in actors.entities(j, first, last) and \
                    actors.entity_type(target) == "PER":
                return True  # "сына президента США": the president the article named before
    return False


def _time_point(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether an act's noun is only the genitive of the word of its start or its anniversary (``TIME_POINTS``)
    that a preposition of time opens: "с начала вторжения в Украину кремлёвская пропаганда ...", "после начала
    вторжения прошла первая акция", "Спустя 1000 дней с начала вторжения", "совпала с годовщиной свержения". The
    act dates another clause by when it began, as a year would; it is background, not news told. "перед началом
    встречи" (the meeting about to be held, the day's news), "о начале операции" (the start itself reported) and
    "после ареста", "с момента задержания" (the act itself dating the clause, told: tests/test_events_retold20.py)
    stay."""
    anchor = tokens[match.anchor]
    if match.trigger.pos != "noun" or anchor.rel != "nmod" or not first <= anchor.head < last:
        return False
    head = anchor.head
    return lemma(tokens[head]) in TIME_POINTS and \
        case_word(tokens, head, first, last) in ("с", "со", "после", "до", "от")


def _news_outlet(actors: Actors, name: str, entity: str) -> bool:
    """Whether an entity is a news outlet: a name or a form of ``outlets.tsv`` (or a word of its name: "Русская
    служба Би-би-си", "Ural Mash"), or a phrase opened by a word of a medium ("газета «Труд»", "телеканал
    «Звезда»"); not a state body named "агентство" ("Национальное агентство по борьбе с преступностью"), nor a
    place that shares an outlet's name ("Фергана"; the tagger may take an outlet for a person: "Би-би-си")."""
    if not name or actors.entity_type(entity) == "LOC":
        return False
    if known_outlet(name) or actors.entity_type(entity) != "PER" and any(known_outlet(w) for w in name.split()):
        return True  # (a person's name is not read word by word: "Борис Шпигель")
    found = OUTLET_WORDS.search(name)
    return found is not None and "агентств" not in found.group().lower()


def _reporting_outlet(doc: Doc, actors: Actors, match: Match, side: str, first: int, last: int) -> bool:
    """Whether a side is a news outlet (``_news_outlet``) that only tells, asks or hears of the act: named in the
    sentence only as the subject or the one told of a verb of reporting (``REPORTING``: "— пишет Washington Post",
    "Как напоминает WSJ", "Би-би-си и CBS поговорили с ...", "об этом РИА Новости сообщили"), as the genitive of a
    word of its reports or staff (``REPORTED_BY``: "по данным", "со ссылкой", "на вопрос Русской службы Би-би-си",
    "Корреспондент Би-би-си", "журналистам SHOT"), with "со ссылкой" of its own ("— Ynet со ссылкой на
    источники"), or not named in the sentence at all (an attribution or a channel's name elsewhere the actors stage
    took for a company). Where it is acted on or acts ("назвал выдумкой публикацию Washington Post", "суд
    оштрафовал Telegram", "Роскомнадзор заблокировал издание") it stays."""
    name = next((e.name for e in doc.entities if e.id == side), None)
    if name is None or not _news_outlet(actors, name, side):
        return False
    tokens = doc.tokens
    heads = [k for k in range(first, last) if k in actors.covering and actors.covering[k].entity == side and not (
        first <= tokens[k].head < last and actors.covering.get(tokens[k].head) is actors.covering[k])]
    if not heads:
        # told by a word of its kind or a pronoun, it may be the one acted on ("заблокировал издание")
        return not any(lemma(tokens[j]) in OUTLET_NOUNS or tokens[j].pos == "PRON" and lemma(tokens[j]) in (
            "он", "она", "оно", "они") for j in range(first, last))
    for k in heads:
        node = k
        while tokens[node].rel in ("conj", "appos", "flat", "flat:name") and first <= tokens[node].head < last:
            node = tokens[node].head  # "Би-би-си и её американский партнёр CBS поговорили"
        token = tokens[node]
        head = token.head if first <= token.head < last else None
        word = lemma(tokens[head]) if head is not None else ""
        # a talk is an interview even where its verb is the trigger ("Би-би-си поговорила с военными")
        reported = head is not None and (head not in match.tokens or match.trigger.type == "CONSULT") and (
            word in REPORTING and (token.rel.startswith("nsubj") or token.rel == "iobj")
            or word in REPORTED_BY and token.rel in ("nmod", "obl"))
        # "об этом РИА Новости сообщила ...": a dative outlet where a verb of reporting tells, however it is hung
        told = token.feats.get("Case") == "Dat" and case_word(tokens, node, first, last) is None and any(
            lemma(tokens[j]) in REPORTING for j in range(first, last))
        # "— Ynet со ссылкой на источники": its own reference, or one beside it on the verb it is hung on
        cites = any(lemma(tokens[j]) == "ссылка" for j in (*_kids(tokens, node, first, last), *(
            _kids(tokens, head, first, last) if head is not None and token.rel.startswith("nsubj") else ())))
        if not (reported or told or cites):
            return False
    return True


def _whose_person(tokens: Sequence[Token], actors: Actors, anchor: int, target: str, first: int, last: int) -> bool:
    """Whether an act's target is named only as the genitive of one person who undergoes it: a singular animate
    noun no name covers ("глава", "муфтий", "дизайнер") that is the act's object, passive subject or noun
    complement, or the noun its participle qualifies ("арестованный глава ..."), with the target's name its bare
    genitive ("Убит мэр Сергиева Посада", "Дизайнеру ИГИЛ", "журналиста газеты «...»"). Many people
    of an organisation stand for it ("задержаны боевики ИГИЛ"), and so do its staff and forces (``BODY_MEMBERS``,
    a military post) and the holder of an office or a business post; one of a trade is himself, and no one is a
    town or a region, whose the genitive only tells."""
    if actors.entity_type(target) == "PER":
        return False  # "Политика Льва Шлосберга задержали": a person's name read as a genitive is still him
    kids = _kids(tokens, anchor, first, last)
    undergoers = {k for k in kids
                  if tokens[k].rel == "nsubj:pass" or not tokens[k].rel.startswith(("nsubj", "obl:agent"))}
    if tokens[anchor].rel in ("acl", "amod") and first <= tokens[anchor].head < last:
        undergoers.add(tokens[anchor].head)
    named = [k for k in range(first, last) if k in actors.covering and actors.covering[k].entity is not None
             and target in (actors.covering[k].entity, actors.acting_for(actors.covering[k].entity))
             and actors.covering.get(tokens[k].head) is not actors.covering[k]]  # the name's own head word
    if not named:
        return False
    for k in named:
        kind = tokens[k].head
        if tokens[k].rel in ("appos", "nmod", "flat", "flat:foreign") and case_word(tokens, k, first, last) is None \
                and first <= kind < last and kind not in actors.covering and tokens[kind].pos == "NOUN" \
                and tokens[kind].feats.get("Animacy") == "Inan":
            k = kind  # "главу компании «Ромашка»": the name told after the word of its kind
        head = tokens[k].head
        post = actors.lexicon.post(lemma(tokens[head])) or actors.lexicon.post(tokens[head].text.lower()) \
            if first <= head < last else None  # ("замгендиректора": the lexicon's alias, not the tagger's lemma)
        if tokens[k].rel != "nmod" or case_word(tokens, k, first, last) is not None or head not in undergoers \
                or head in actors.covering or tokens[head].pos != "NOUN" or tokens[head].feats.get("Number") != "Sing" \
                or tokens[head].feats.get("Animacy") != "Anim" and post is None:  # (the tagger: "Дизайнеру" Inan)
            return False
        if lemma(tokens[head]) in BODY_MEMBERS or post is not None and post.category == "military" or any(
                tokens[j].rel == "nummod" for j in _kids(tokens, head, first, last)):
            # "избил сотрудника ППС", "убит командир батальона", "задержаны два сотрудника ГИБДД": a body's staff,
            # forces or a count of them stand for it
            return False
        if actors.is_state(target) or actors.entity_type(target) != "LOC" and (
                post is not None and post.category not in TRADES):
            # "Посол России убит", "Полиция задержала директора завода «Ромашка»": the holder of an office or a
            # business post acts and is acted on for his state or organisation (tests/test_events_sides22.py);
            # a town, a region ("мэр Сергиева Посада", "муфтий Кабардино-Балкарии") or whose trade it is
            # ("Дизайнеру ИГИЛ", "журналиста «Коммерсанта»") is no side
            return False
    return True


def _private_sides(doc: Doc, actors: Actors, source: str | None, target: str | None) -> bool:
    """Whether an act's source is named and it and its target (if any) are private persons (``_private_person``)."""
    return source is not None and _private_person(doc, actors, source) and (
        target is None or _private_person(doc, actors, target))


def _private_crime(doc: Doc, actors: Actors, event: Event) -> bool:
    """Whether an attack is one among private people: a side is a person named by a first name and the initial of
    the surname ("Юлия А.", "Роман Г"), or both are named private persons in a sentence with a word of kin or
    acquaintance, and no side stands for a state, an office or a known organisation (``_public_side``)."""
    if event.type != "ASSAULT":
        return False
    sides = [side for side in (event.source, event.target) if side is not None]
    names = {e.id: e.name for e in doc.entities}
    # or both sides are named private people in a sentence of their private life ("Тимур зашёл в спальню матери,
    # Александры Габбасовой, и начал избивать её"); one who attacks a public person or the public at large
    # ("Пэддок открыл огонь по толпе") stays, and so does a blow the sentence tells of no kin ("удар Ивана Петрова
    # по лицу Олега Сидорова", tests/test_events_round18.py)
    words = {lemma(token) for token in doc.tokens if event.start <= token.start < event.stop}
    both = len(sides) == 2 and all(_private_person(doc, actors, side) for side in sides) and bool(
        words & DOMESTIC_VICTIMS) and not words & PUBLIC_VICTIMS
    return (both or any(actors.entity_type(side) == "PER" and INITIALLED.fullmatch(names.get(side, "")) is not None
                        for side in sides)) and not any(_public_side(doc, actors, side) for side in sides)


def _own_business_dropped(doc: Doc, actors: Actors, match: Match, source: str | None, first: int,
                          last: int) -> bool:
    """Whether a refusal is a company dropping something of its own business ("Компания Walmart отказывается от
    части инициатив", "компания Playboy Enterprises планирует отказаться от печатной версии журнала"): a company's
    own business is no event (EVENTS.md conventions, "business and private matters"). The thing dropped is a noun
    "от" which names no one (a refusal "от претензий к Шварцу", "от российского рынка" stays: it concerns another);
    the one refusing is an organisation of no state that the article calls a company."""
    tokens = doc.tokens
    if source is None or actors.entity_type(source) != "ORG" or actors.is_state(source) or actors.state(source):
        return False
    dropped = [j for j in _kids(tokens, match.anchor, first, last) if tokens[j].pos == "NOUN"
               and case_word(tokens, j, first, last) == "от" and j not in match.tokens]
    names = {e.id: set(re.findall(r"\w+", e.name.lower())) for e in doc.entities if e.name}
    own = names.get(source, set())
    for k in (k for j in dropped for k in _subtree(tokens, j, first, last)):
        mention = actors.covering.get(k)
        if mention is not None and mention.entity and not names.get(mention.entity, {""}) <= own:
            return False  # "от претензий к Шварцу" (not "от печатной версии журнала Playboy": its own title)
        if actors.adjective_agents(k, first, last):
            return False
    # (the short form of a company's name, "Playboy" in the title of an article on "Playboy Enterprises", is it)
    return bool(dropped) and any(_called_company(doc, actors, e) for e, words in names.items()
                                 if e == source or own and own <= words)


def _called_company(doc: Doc, actors: Actors, entity_id: str) -> bool:
    """Whether the article calls an organisation a company: a company noun its name stands beside ("компания
    Walmart", "концерн «Фольксваген»", "Intel — американская корпорация")."""
    tokens = doc.tokens
    for k, mention in actors.covering.items():
        if mention.entity != entity_id:
            continue
        head = tokens[k].head
        if 0 <= head < len(tokens) and lemma(tokens[head]) in COMPANY_NOUNS and head not in actors.covering:
            return True
        if any(tokens[j].head == k and tokens[j].rel in ("appos", "nmod") and lemma(tokens[j]) in COMPANY_NOUNS
               for j in range(max(0, k - 8), min(len(tokens), k + 8))):
            return True
    return False


def _domestic_crime(doc: Doc, actors: Actors, match: Match, sides: _Sides, first: int, last: int) -> bool:
    """Whether an attack is a private person's on kin or on someone of their private life: the source a named
    private person with no public side, no public target, and a word of ``DOMESTIC_VICTIMS`` as what the verb
    (or the verb it is conjoined to: "избил и задушил") is done to ("избил до смерти своего сокамерника", "напал на
    брата", "ранил ножом свою девушку"). A relative of someone else ("убила брата лидера КНДР") is not one's own."""
    tokens = doc.tokens
    source, target = sides.source, sides.target
    if source is None or not _private_person(doc, actors, source) or _public_side(doc, actors, source) or (
            target is not None and (not _private_person(doc, actors, target) or _public_side(doc, actors, target))):
        return False
    verbs = [match.anchor]
    if tokens[match.anchor].rel == "conj" and first <= tokens[match.anchor].head < last:
        verbs.append(tokens[match.anchor].head)
    # what the verb is done to: an object, or "на", "в" a person ("напал на брата", "выстрелил в отца"); not a
    # companion ("с другом избили одного из сотрудников")
    return any(lemma(tokens[k]) in DOMESTIC_VICTIMS and k not in actors.covering and (
        tokens[k].rel == "obj" or tokens[k].rel == "obl" and case_word(tokens, k, first, last) in ("на", "в"))
               and not any(tokens[m].rel == "nmod" for m in _kids(tokens, k, first, last))
               for verb in verbs for k in _kids(tokens, verb, first, last))


def _private_ask(doc: Doc, actors: Actors, match: Match, sides: _Sides, first: int, last: int) -> bool:
    """Whether a request is a private person's ask of no one told: "просить" or "попросить" (not an appeal or a
    demand, ``ASKING_VERBS``) with an act asked and no one asked ("попросила занять 400 000 рублей", "просил
    забрать его из клиники", "попросил признать себя банкротом"), the source a named private person with no public
    side. Such an ask is told to make a private story, a plea or a scam; the one asked, had the text told him,
    would be a relative, a friend or a court. An ask of someone told stays, whoever he is: "попросил соседа
    привезти денег" (tests/test_events_round18.py) and "позвонил знакомой, которую попросил привезти денег" (the
    Conventions annotate money asked of an acquaintance), and so does one for asylum or for a thing."""
    tokens = doc.tokens
    source = sides.source
    if source is None or sides.target is not None or match.trigger.mode is not None or lemma(
            tokens[match.anchor]) not in ASKING_VERBS or tokens[match.anchor].rel == "acl:relcl" or not \
            _private_person(doc, actors, source) or _public_side(doc, actors, source):
        return False
    kids = _kids(tokens, match.anchor, first, last)
    # an act asked ("попросил подъехать"), and no one asked: no object, no "у", "к", "от" someone, no pronoun
    # ("которую попросил привезти" the parse may hang under the infinitive)
    return any(tokens[k].rel in ("xcomp", "ccomp") for k in kids) and not any(
        tokens[k].rel in ("obj", "iobj") or tokens[k].rel == "obl" and case_word(tokens, k, first, last) in (
            "у", "к", "от") for k in kids)


def _stranger_crime(doc: Doc, actors: Actors, match: Match, sides: _Sides, first: int, last: int,
                    abductions: set[int]) -> bool:
    """Whether an attack is a named private person's on one other private person the text does not name: the
    source a private person with no public side, no target, and what the verb (or the verb it is conjoined to) is
    done to a single person told by a common noun ("ударил соперника по уху", "убил магазинного воришку",
    "выстрелил в шею посетительницы", "ударил женщину обухом"). A blow or a killing between two private people is
    a crime among private people, outside the chronicle, as one on kin is (``_domestic_crime``); an attack on
    several or on a crowd ("ранил нескольких прохожих", "открыл огонь по толпе") is one on the public and stays, and
    so does one on a policeman, a journalist or an activist (``PUBLIC_VICTIMS``), on the holder of a post
    ("избил священника", "убил депутата") or on someone's relative or one told with a name ("соседа — главреда
    газеты"). A kidnapping, and an attack told with one ("похитил ребенка из школьного автобуса, застрелив
    водителя", ``abductions``: the anchors of the sentence's abductions), is a hostage case police and state answer
    for, and stays."""
    tokens = doc.tokens
    source = sides.source
    if source is None or sides.target is not None or not _private_person(doc, actors, source) or _public_side(
            doc, actors, source):
        return False
    anchor = tokens[match.anchor]
    if match.anchor in abductions or anchor.rel in ("advcl", "conj") and anchor.head in abductions or any(
            k in abductions for k in _kids(tokens, match.anchor, first, last)):
        return False
    verbs = [match.anchor]
    if tokens[match.anchor].rel == "conj" and first <= tokens[match.anchor].head < last:
        verbs.append(tokens[match.anchor].head)
    done_to: list[int] = []
    for verb in verbs:
        for k in _kids(tokens, verb, first, last):
            if tokens[k].rel == "obj" or tokens[k].rel == "obl" and case_word(tokens, k, first, last) in ("на", "в"):
                done_to.append(k)
                # "выстрелил в шею посетительницы", "ударил по лицу мужчину": the person whose body is hit
                done_to.extend(j for j in _kids(tokens, k, first, last) if tokens[j].rel == "nmod")
            elif tokens[k].rel == "obl" and case_word(tokens, k, first, last) == "по":
                done_to.extend(j for j in _kids(tokens, k, first, last) if tokens[j].rel == "nmod")
    people = [k for k in done_to if tokens[k].pos == "NOUN" and tokens[k].feats.get("Animacy") == "Anim"]
    return bool(people) and all(
        tokens[k].feats.get("Number") == "Sing" and k not in actors.covering and lemma(tokens[k]) not in PUBLIC_VICTIMS
        and not _office_word(actors, lemma(tokens[k])) and not any(
            tokens[j].rel in ("nmod", "appos", "conj", "nummod", "nummod:gov") or j in actors.covering
            for j in _kids(tokens, k, first, last)) for k in people)


def _airport_measure(doc: Doc, event: Event) -> bool:
    """Whether a sanction's every named side is an airport (a name told right after "аэропорт": "на работу
    аэропорта Шереметьево"), so that it restricts flights, not a side."""
    sides = [side for side in (event.source, event.target) if side is not None]
    return event.type == "SANCTION" and bool(sides) and all(_named_after(doc, side, AIRPORTS) for side in sides)


def _named_after(doc: Doc, entity_id: str, words: frozenset[str]) -> bool:
    """Whether an entity is named, once at least, right after one of ``words`` (within three words)."""
    starts = {token.start: k for k, token in enumerate(doc.tokens)}
    for mention in doc.mentions:
        k = starts.get(mention.start)
        if mention.entity != entity_id or k is None:
            continue
        before = [j for j in range(max(0, k - 3), k) if doc.tokens[j].pos != "PUNCT"]
        if any(doc.tokens[j].sent == doc.tokens[k].sent and lemma(doc.tokens[j]) in words for j in before):
            return True
    return False


def _show_business(doc: Doc, actors: Actors, event: Event, seen: dict[str, str]) -> bool:
    """Whether an event is a dealing of sport or show business: of a type of ``SHOW_MATTERS``, one side a player, a
    coach, an artist, a club or a studio (``_show_side``) and the other one too, a private person or no one named
    ("Футбольный клуб «Спартак» благодарит Дмитрия Аленичева", "главный тренер Дмитрий Аленичев принял решение").
    A side of state or office ("Путин поздравил актрису") or a federation keeps it."""
    if event.type not in SHOW_MATTERS or event.type == "REQUEST" and event.mode in (None, "asylum"):
        # a plain call ("призвал", "Челентано обратился с просьбой") may be a public appeal, and asking for asylum
        # ("Певец попросил убежища в Литве") is public whoever asks
        return False
    kinds = [_show_side(doc, actors, side, seen) for side in (event.source, event.target) if side is not None]
    return ("show" in kinds or kinds == ["sport", "sport"] or "sport" in kinds and "private" in kinds) and all(
        kind in ("show", "sport", "private") for kind in kinds)


def _show_side(doc: Doc, actors: Actors, entity_id: str, seen: dict[str, str]) -> str:
    """The kind of an event's side: "show" for a club, a team or a studio named after a word of ``SHOW_BODIES``
    and for a person whose posts are all trades ("other" in data/posts.tsv), one of them of ``SHOW_TRADES`` or held
    of such a club; "sport" for a body of sport named so (``_sport_named``) and for one who holds a post of it;
    "private" for a private person (``_private_person``); "" for any other side."""
    if entity_id in seen:
        return seen[entity_id]
    seen[entity_id] = ""  # a club's coach asks of the club: no loop
    kind = ""
    if actors.state(entity_id) is None and actors.entity_type(entity_id) == "ORG":
        # (a body of sport by its name only, "sport", makes a dealing sport's only with a player, a club or a private
        # person on its other side: "Футбольная ассоциация поддержала эту инициативу" is the body's public stand)
        kind = "show" if _show_body(doc, entity_id) else "sport" if _sport_named(doc, actors, entity_id) else ""
    elif actors.state(entity_id) is None and actors.entity_type(entity_id) == "PER":
        posts = [post for post in doc.posts if post.person == entity_id]
        name = next((e.name for e in doc.entities if e.id == entity_id), "")
        trade = any(_trade(actors, post.post) in SHOW_TRADES or post.of is not None and (
            post.post.split()[-1] in PLAYER_PLACES or _show_side(doc, actors, post.of, seen) == "show")
                    for post in posts)
        # an office held of a body of sport named so ("генсек Российского футбольного союза") is the body's: a side
        # of sport as the body is ("sport"), not one of a player's or a club's dealings by itself
        official = any(post.of is not None and _show_side(doc, actors, post.of, seen) == "sport" for post in posts)
        if (trade or official) and not any(
                _public_post(actors, post.post) and _public_post(actors, post.post.split()[-1]) and not (
                    post.of is not None and _show_side(doc, actors, post.of, seen) in ("show", "sport"))
                for post in posts) and not any(
                mention.entity == entity_id and mention.kind == "title"
                and _public_title(actors, mention.normal.lower()) for mention in doc.mentions) and not (
                name and _office_holder_named(name)):
            kind = "show" if trade else "sport"
        elif _private_person(doc, actors, entity_id):
            kind = "private"
    seen[entity_id] = kind
    return kind


def _public_title(actors: Actors, title: str) -> bool:
    """Whether a title a person is named with is an office (``_public_post``), read by its longest opening words
    data/posts.tsv knows: "главный тренер команды" is a coach's ("главный тренер", a trade), "генеральный директор
    компании" a director's; a title of no known opening is read as ``_public_post`` reads it."""
    words = title.split()
    for k in range(len(words), 0, -1):
        entry = actors.lexicon.post(" ".join(words[:k]))
        if entry is not None:
            return entry.category != "other"
    return _public_post(actors, title)


def _sport_named(doc: Doc, actors: Actors, entity_id: str) -> bool:
    """Whether an organisation of no state is a body of sport by its name or by the full name data/orgs.tsv gives
    it: a word of ``SPORT_NAMES`` among their words ("ФИФА", in full "Международная федерация футбола")."""
    name = next((e.name for e in doc.entities if e.id == entity_id), "")
    org = actors.lexicon.org(name) if name else None
    words = set(re.findall(r"\w+", " ".join([name] + ([org.full, org.name] if org is not None else [])).lower()))
    return bool(words & SPORT_NAMES)


def _trade(actors: Actors, post: str) -> str:
    """The trade a post names, read through data/posts.tsv's aliases: a post is kept as the text spells it
    ("бундестренер", "наставник", "вокалист", "голкипер"), and an alias names the same trade as its entry
    ("тренер", "солист", "вратарь"), so a list of trades need not repeat every spelling; the post's last word
    when the lexicon knows neither the post nor that word."""
    for phrase in (post, post.split()[-1]):
        entry = actors.lexicon.post(phrase)
        if entry is not None:
            return entry.post.split()[-1]
    return post.split()[-1]


def _show_body(doc: Doc, entity_id: str) -> bool:
    """Whether an organisation is named after a word of a club, a team or a studio ("клуб «Спартак»", "ФК «Зенит»",
    "сборной России" is a state's: not an organisation) in one of its mentions: the word just before the name."""
    starts = {token.start: k for k, token in enumerate(doc.tokens)}
    for mention in doc.mentions:
        k = starts.get(mention.start)
        if mention.entity != entity_id or k is None:
            continue
        before = [j for j in range(max(0, k - 3), k) if doc.tokens[j].pos != "PUNCT"][-1:]
        if any(doc.tokens[j].sent == doc.tokens[k].sent and lemma(doc.tokens[j]) in SHOW_BODIES for j in before):
            return True
    return False


def _office_word(actors: Actors, word: str) -> bool:
    """Whether a word is a post of state, party, business or faith in data/posts.tsv ("губернатор", "министр"):
    a public post (``_public_post``) the lexicon knows."""
    return actors.lexicon.post(word) is not None and _public_post(actors, word)


def _thing_asked(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a request asks for a thing of no one told ("просит микрофон и барный стул"): no act asked (no
    infinitive or clause under it), no one asked "у" or "от" ("попросил защиты у сотрудников" asks them)."""
    kids = _kids(tokens, match.anchor, first, last)
    return lemma(tokens[match.anchor]) in ASKING_VERBS and match.trigger.mode != "asylum" and not any(
        tokens[j].rel in ("xcomp", "ccomp", "csubj", "advcl") or case_word(tokens, j, first, last) in ("у", "от")
        for j in kids)


def _reports_match(doc: Doc, seen: dict[str, bool]) -> bool:
    """Whether the text holds a word of sport anywhere ("матч", "ворота"), read once a text asks."""
    if "sport" not in seen:
        seen["sport"] = any(lemma(token) in SPORT_WORDS for token in doc.tokens)
    return seen["sport"]


def _private_person(doc: Doc, actors: Actors, entity_id: str) -> bool:
    """Whether an entity is a person the article gives no public side: no post but a trade held of no organisation,
    no title, no state they stand for, not one of data/people.tsv's office holders (a singer, a victim, a
    neighbour, a player)."""
    if actors.entity_type(entity_id) != "PER" or actors.state(entity_id) is not None:
        return False
    if any(post.person == entity_id and (post.of is not None or _public_post(actors, post.post))
           for post in doc.posts) or any(mention.entity == entity_id and mention.kind == "title"
                                         and _public_post(actors, mention.normal.lower())
                                         for mention in doc.mentions):
        # "Сама актриса от лечения отказывалась": a trade standing for its holder is no title of office
        return False
    name = next((e.name for e in doc.entities if e.id == entity_id), "")
    return not name or not _office_holder_named(name)


def _office_holder_named(name: str) -> bool:
    """Whether a person's name is that of one of data/people.tsv's office holders ("Шольц", "Олаф Шольц")."""
    return any(name == surname or name.endswith(" " + surname) and _given_name_fits(name, surname)
               for surname in _office_surnames()) or _office_holder_spelled(name)


def _given_name_fits(name: str, surname: str) -> bool:
    """Whether a full name ending in a surname of data/people.tsv may be one of its people: its first word is one
    of theirs, their initial, its prefix ("Джо" of "Джозеф") or another spelling of it one letter off ("Эмманюэль");
    "Микая Джонсон", who shot at policemen in Dallas, is no Boris Johnson."""
    given = name.split()[0].rstrip(".").lower().replace("ё", "е")
    for known in _office_given_names(surname):
        if given[:1] == known[:1] and (known.startswith(given) or given.startswith(known) or _one_edit(given, known)):
            return True
    return False


@functools.cache
def _office_given_names(surname: str) -> tuple[str, ...]:
    """The first words of the full names of data/people.tsv whose surname (any of its spellings) is ``surname``."""
    return tuple(person.name.split()[0].lower().replace("ё", "е") for person in load_people()
                 if surname in person.surnames and " " in person.name)


def _office_holder_spelled(name: str) -> bool:
    """Whether a full name is one of data/people.tsv's written another way: the given names the same and the last
    word one letter off ("Урсула фон дер Ляйн" for "Урсула фон дер Ляйен"; a foreign name is transliterated in more
    than one way). A surname alone is not enough: "Петрова" is one letter off "Петров"."""
    words = name.lower().split()
    if len(words) < 2 or len(words[-1]) < 4:
        return False
    for known in _office_names():
        if len(known) == len(words) and known[:-1] == tuple(words[:-1]) and _one_edit(known[-1], words[-1]):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by exactly one letter inserted, dropped or replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


@functools.cache
def _office_names() -> tuple[tuple[str, ...], ...]:
    """data/people.tsv's full names, lower-cased, as words."""
    return tuple(tuple(person.name.lower().split()) for person in load_people() if " " in person.name)


def _public_post(actors: Actors, post: str) -> bool:
    """Whether a post is an office of state, party, business or faith; a trade or a player's place ("певица",
    "защитник", "журналист": data/posts.tsv's "other") held of no organisation is no public side."""
    entry = actors.lexicon.post(post)
    if entry is None and " " in post:
        # a trade qualified by a word the lexicon does not hold is still that trade ("хоккейный защитник",
        # "известный певец"): read by its last word
        entry = actors.lexicon.post(post.split()[-1])
    return entry is None or entry.category != "other"


@functools.cache
def _office_surnames() -> frozenset[str]:
    """The surnames of data/people.tsv ("фон дер Ляйен" of several words): people who led or spoke for states and
    organisations."""
    return frozenset(surname for person in load_people() for surname in person.surnames)


def _accepted(doc: Doc, actors: Actors, events: Sequence[Event], match: Match, sides: _Sides, start: int,
              first: int, last: int) -> None:
    """Accepting an invitation agrees with whoever invited: the genitive of "приглашение" ("принял приглашение
    Владимира Путина"); "приглашение было принято" (no one accepting named) is the invited one's answer to the
    invitation the sentence told ("Путин пригласил Токаева ..., приглашение было принято")."""
    tokens = doc.tokens
    if sides.target is None:
        for noun in match.tokens:
            if tokens[noun].pos == "NOUN":
                inviter = _genitive_actors(tokens, noun, first, last, actors)
                if inviter and inviter[0] != sides.source:
                    sides.target = inviter[0]
    passive = tokens[match.anchor].feats.get("Voice") == "Pass" or _passive_participle(tokens[match.anchor])
    if sides.target is None and passive:
        invitation = next((e for e in reversed(events) if e.start == start and e.type == "REQUEST"
                           and e.mode == "invite" and e.source and e.target), None)
        if invitation is not None:
            sides.source, sides.target = invitation.target, invitation.source


def _offered_by(actors: Actors, tokens: Sequence[Token], verb: int, source: str | None, first: int,
                last: int) -> str | None:
    """Whose thing a refusal "от" something turns down: the thing's named genitive ("отказалась от предложения
    Евросоюза"), who offers it ("от грантов со стороны Евросоюза") or the body one would join ("от переговоров о
    вступлении в ЕС", "альтернативой членству в НАТО"); never the refuser or its own state."""
    own = {source, actors.state(source)}
    for j in _kids(tokens, verb, first, last):
        if case_word(tokens, j, first, last) != "от" or actors.may_act(j) or tokens[j].feats.get("Case") == "Dat":
            continue  # (a dative "от членству" is the parser's misreading of "от альтернативных членству гарантий")
        for k in _subtree(tokens, j, first, last):
            if _in_clause(tokens, k, j):
                continue  # "от гарантий, которые являются альтернативой членству в НАТО": not what is refused
            head = tokens[k].head
            joined = case_word(tokens, k, first, last) == "в" and lemma(tokens[head]) in JOINING
            offered = _compound_case(tokens, k, first, last) == "с сторона"
            owner = head == j and tokens[k].rel == "nmod" and tokens[k].feats.get("Case") == "Gen" and \
                case_word(tokens, k, first, last) is None
            if (joined or offered or owner) and k in actors.covering:
                found = [e for e in actors.entities(k, first, last, depth=0) if e not in own]
                if found:
                    return found[0]
    return None


def _in_clause(tokens: Sequence[Token], k: int, top: int) -> bool:
    """Whether a clause or an adjective ("альтернативных членству в НАТО гарантий") stands between a word and a
    phrase's head above it."""
    while k != top and 0 <= k < len(tokens):
        if tokens[k].rel.startswith("acl") or tokens[k].pos in ("VERB", "ADJ"):
            return True
        k = tokens[k].head
    return False


def _refused_partner(doc: Doc, actors: Actors, refusal: Match, matches: Sequence[Match], source: str | None,
                     first: int, last: int, triggers: set[int]) -> str | None:
    """Whom a refusal is aimed at when it names no one itself: the partner of the talks, meeting or cooperation
    refused ("Грузия отказывается ставить вопрос открытия переговоров с ЕС" rejects ЕС). Not a summit's or a
    visit's place ("отказался от участия в саммите в США" rejects no one)."""
    for other in matches:
        if other.trigger.pos != "noun" or other.trigger.type not in REFUSABLE or \
                other.trigger.mode not in REFUSABLE_MODES or not _under(doc.tokens, other.anchor, {refusal.anchor}):
            continue
        partner = _sides(doc, actors, other, first, last, triggers).target
        if partner is not None and partner != source:
            return partner
    return None


def _refused_to(actors: Actors, tokens: Sequence[Token], verb: int, source: str | None, first: int,
                last: int) -> str | None:
    """Whom a refused act would be done to: the bare dative of the infinitive refused ("отказался поставлять
    Украине ракеты"), or its partner "с" ("отказался встречаться с Зеленским"); not a place or one's own side."""
    for k in _kids(tokens, verb, first, last):
        if tokens[k].pos != "VERB" or tokens[k].rel != "xcomp" and not (
                # "об отказе поставлять Украине ракеты": the infinitive under the noun of a refusal
                tokens[verb].pos == "NOUN" and tokens[k].feats.get("VerbForm") == "Inf"):
            continue
        for j in _kids(tokens, k, first, last):
            prep = case_word(tokens, j, first, last)
            case = tokens[j].feats.get("Case")
            if tokens[j].rel in ("iobj", "obl") and (prep is None and case == "Dat" or prep in ("с", "со")
                                                      and case == "Ins") and actors.may_act(j):
                found = [e for e in actors.entities(j, first, last, depth=0) if e != source]
                if found:
                    return found[0]
    return None


def _boycotted(actors: Actors, tokens: Sequence[Token], refusal: int, source: str | None, first: int,
               last: int) -> str | None:
    """Whose goods a refusal to trade in them boycotts: the one the object of the refused verb of ``TRADING`` names,
    its owner in the genitive ("отказался продавать номер журнала «Дилетант»"), the organisation a bare kind noun
    stands for ("об отказе продавать журнал" after "Журнал Rolling Stone") or the state of its adjective
    ("отказались покупать российский газ"). Not a refusal to a buyer named in the dative ("отказался продавать
    Украине оружие": whom it would be sold to is refused, ``_refused_to``), and not the refuser's own goods."""
    for k in _kids(tokens, refusal, first, last):
        if tokens[k].pos != "VERB" or lemma(tokens[k]) not in TRADING or tokens[k].feats.get("VerbForm") != "Inf" or \
                tokens[k].rel != "xcomp" and tokens[refusal].pos != "NOUN":
            continue
        kids = _kids(tokens, k, first, last)
        if any(tokens[j].rel in ("iobj", "obl") and case_word(tokens, j, first, last) is None
               and tokens[j].feats.get("Case") == "Dat" and actors.may_act(j) for j in kids):
            return None
        for j in kids:
            if tokens[j].rel == "obj":
                owners = [e for e in actors.entities(j, first, last) if e != source]
                if not owners:
                    # the goods' state, which ``Actors.adjective_states`` gives only to who may act
                    codes = [code for a in _kids(tokens, j, first, last) if tokens[a].rel == "amod"
                             for code in actors.lexicon.country_of_adjective(tokens[a].text)]
                    state = actors.state_by_code(codes[0]) if len(codes) == 1 else None
                    owners = [state] if state is not None and state != source else []
                if owners:
                    return owners[0]
    return None


def _trip_taker(actors: Actors, tokens: Sequence[Token], noun: int, source: str | None, first: int,
                last: int) -> bool:
    """Whether ``source`` is who takes the trip a noun of ``TRIPS`` tells: named in its genitive or by a possessive
    ("поездка Шольца в Киев", "его поездка в Пекин"), or the subject of the clause the trip is the time of ("В ходе
    поездки в Австрию Ли Пэн оправдывал", "Во время поездки в Китай министр заявил"), the object of ("отменила
    поездку в Уэльс") or one's own by "свой" ("рассказал о своей поездке в Киев"). A trip under another's verb
    ("МИД рекомендует гражданам воздержаться от поездки в Абхазию") is not the speaker's, and trips in the plural
    ("провёл ещё несколько поездок по России", "стоимость поездок") are a trade's or a habit, not a visit."""
    if source is None:
        return False
    kids = _kids(tokens, noun, first, last)
    if tokens[noun].feats.get("Number") == "Plur":
        return False
    for k in kids:
        if (tokens[k].rel == "nmod" and tokens[k].feats.get("Case") == "Gen" and case_word(tokens, k, first, last)
                is None or tokens[k].rel == "det" and tokens[k].pos in ("PRON", "DET")) and \
                source in actors.entities(k, first, last, depth=0):
            return True
    during = any(tokens[j].rel == "case" and lemma(tokens[j]) in ("в", "во") and any(
        tokens[k].rel == "fixed" and lemma(tokens[k]) in ("ход", "время") for k in _kids(tokens, j, first, last))
                 for j in kids)
    own = any(tokens[k].rel == "det" and lemma(tokens[k]) == "свой" for k in kids)
    head = tokens[noun].head
    if not (during and tokens[noun].rel == "obl" or own or tokens[noun].rel == "obj") or not first <= head < last:
        return False
    verb_kids = _kids(tokens, head, first, last)
    if any(tokens[k].rel == "iobj" or tokens[k].feats.get("Case") == "Dat" and case_word(tokens, k, first, last)
           is None and tokens[k].rel == "obl" for k in verb_kids):
        return False  # "рекомендовал гражданам поездку": another's trip
    return any(tokens[k].rel == "nsubj" and source in actors.entities(k, first, last, depth=0) for k in verb_kids)


def _named_doers(tokens: Sequence[Token], match: Match) -> bool:
    """Whether a one-word verb trigger is a participle standing for the people who do it ("призвал протестующих
    действовать мирно", "копы задержали 20 протестующих", "митингующие разошлись"): a noun's role, not an act
    told; a participle that qualifies a noun ("сторонников, штурмовавших Капитолий") stays."""
    token = tokens[match.anchor]
    return len(match.tokens) == 1 and token.feats.get("VerbForm") == "Part" and \
        token.rel in ("obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod", "conj") and \
        not any(t.head == match.anchor and t.rel in ("obj", "obl", "nsubj", "ccomp", "xcomp") for t in tokens[
            max(0, match.anchor - 8):match.anchor + 8])


def _results_of(tokens: Sequence[Token], actors: Actors, target: str, match: Match, first: int, last: int) -> bool:
    """Whether a place target is only where the results an act is about were counted ("иски на результаты выборов
    Мичиган", "оспорить итоги голосования в Неваде"): the place hangs below "результаты"/"итоги" of the trigger."""
    if actors.entity_type(target) != "LOC":
        return False
    for k in range(first, last):
        mention = actors.covering.get(k)
        if mention is None or mention.entity != target:
            continue
        node = k
        for _ in range(3):
            node = tokens[node].head
            if not first <= node < last or node in match.tokens:
                break
            if lemma(tokens[node]) in RESULT_WORDS:
                return True
    return False


def _crime_victims(tokens: Sequence[Token], actors: Actors, first: int, last: int) -> set[str]:
    """The people a sentence names as whom a crime was done to: the bare genitive of a crime's noun ("в убийстве
    Салеха", "покушение на убийство Гиффордс", "гибели журналиста"). Only persons: the state of an adjective on the
    genitive ("убийства двух французских заложников") is not killed, and its president may condemn the killing."""
    victims: set[str] = set()
    for j in range(first, last):
        head = tokens[j].head
        if tokens[j].rel == "nmod" and tokens[j].feats.get("Case") == "Gen" and first <= head < last and \
                lemma(tokens[head]) in CRIMES_SUFFERED and case_word(tokens, j, first, last) is None:
            victims.update(e for e in actors.entities(j, first, last) if actors.entity_type(e) == "PER")
    return victims


def _drop_victims(sides: _Sides, victims: set[str]) -> None:
    """Take the victims of the crime a judgement is about off its sides (each list with its lead side)."""
    if not victims:
        return
    if sides.sources is not None:
        sides.sources = [e for e in sides.sources if e not in victims] or None
    if sides.targets is not None:
        sides.targets = [e for e in sides.targets if e not in victims] or None
    if sides.source in victims:
        sides.source = sides.sources[0] if sides.sources else None
    if sides.target in victims:
        sides.target = sides.targets[0] if sides.targets else None


def _rival_side(actors: Actors, tokens: Sequence[Token], match: Match, sides: _Sides, first: int,
                last: int) -> None:
    """The missing side told as the other's rival ("Байден призвал оппонента их уважать", "Его соперник обвинил
    Байдена"): a subject rival word for a missing source, an object one for a missing target."""
    named = sides.source or sides.target
    if named is None:
        return
    for j in _kids(tokens, match.anchor, first, last):
        subject = tokens[j].rel.startswith("nsubj")
        if subject != (sides.source is None) or not subject and tokens[j].rel not in ("obj", "iobj", "obl", "nmod"):
            continue
        rival = actors.rival(j, named, first, last)
        if rival is not None:
            if subject:
                sides.source = rival
            else:
                sides.target = rival
            return


def _told_by(actors: Actors, tokens: Sequence[Token], root: int, first: int, last: int,
             according: bool = True) -> tuple[int, str] | None:
    """The verb of saying and its named subject a sentence's main clause is told by, set aside in a clause of its
    own ("Как заявил директор ФБР Кристофер Рэй, ...", "..., заявил Рэй"), or the one named as its source ("По
    словам Рэя, ...", "по мнению прокурора") where ``according``, as (the word, who says it)."""
    for j in _kids(tokens, root, first, last):
        if tokens[j].rel in ("parataxis", "advcl") and lemma(tokens[j]) in CLAIM_VERBS and not _denied(tokens, j,
                                                                                                      first, last):
            said = [e for k in _kids(tokens, j, first, last) if tokens[k].rel == "nsubj" and actors.may_act(k)
                    for e in actors.entities(k, first, last)]
            if said:
                return j, said[0]
        if according and tokens[j].rel == "obl" and lemma(tokens[j]) in ACCORDING_NOUNS and \
                case_word(tokens, j, first, last) == "по":
            said = [e for k in _kids(tokens, j, first, last) if tokens[k].rel == "nmod"
                    and tokens[k].feats.get("Case") == "Gen" and actors.may_act(k)
                    for e in actors.entities(k, first, last, depth=0)]
            if said:
                return j, said[0]
    return None


def _denied(tokens: Sequence[Token], word: int, first: int, last: int) -> bool:
    """Whether a verb carries its own "не" ("не считает, что ...": no claim made)."""
    return any(lemma(tokens[j]) in ("не", "ни") for j in _kids(tokens, word, first, last))


def _asked(tokens: Sequence[Token], word: int, last: int) -> bool:
    """Whether the words from ``word`` on end in a question mark before the quote or the sentence closes ("«Разве
    Кузнецов украл эти деньги?» — сказал Петров": asked, not claimed)."""
    for j in range(word + 1, last):
        if tokens[j].text == "?":
            return True
        if tokens[j].text in QUOTE_CLOSERS or tokens[j].text in (".", "!"):
            return False
    return False


def _claim_denied(tokens: Sequence[Token], word: int, first: int, last: int) -> bool:
    """Whether a verb of claiming or believing above ``word`` carries its own "не" ("Петров не считает, что
    Кузнецов украл деньги": the speaker does not claim it)."""
    node = word
    for _ in range(6):
        node = tokens[node].head
        if not first <= node < last:
            return False
        if lemma(tokens[node]) in CLAIM_VERBS | BELIEVING and _denied(tokens, node, first, last):
            return True
    return False


def _wrongdoing(tokens: Sequence[Token], word: int, first: int, last: int, unlawful: bool) -> int | None:
    """The verb of a wrong done that word ``word`` tells: the verb an adverb of unlawfulness qualifies ("незаконно
    получила кредит"), or a verb of wrongdoing itself ("изнасиловал", "нарушает резолюцию"), finite or an infinitive;
    None for a deed denied, supposed or under a condition ("не нарушал", "мог нарушить", "если нарушит": nobody is
    accused of it), a participle ("похищенные данные") or a passive (no doer named as its subject)."""
    token = tokens[word]
    word_lemma = lemma(token)
    if unlawful and word_lemma in WRONGDOING and first <= token.head < last:
        deed = token.head
    elif word_lemma in WRONGDOING_VERBS and token.pos == "VERB" and token.feats.get("VerbForm") in ("Fin", "Inf") \
            and token.feats.get("Voice") != "Pass":
        deed = word
    else:
        return None
    return None if modality(tokens, deed, first, last) in ("negated", "hypothetical") else deed


def _influence_on_vote(tokens: Sequence[Token], word: int, first: int, last: int) -> bool:
    """Whether a verb of influence acts on a vote ("российская сторона якобы пытается повлиять на выборы в США"):
    a word of interference, as "вмешаться в выборы" is (EVENTS.md, events_dev7)."""
    return lemma(tokens[word]) in INFLUENCE and any(
        tokens[j].rel == "obl" and lemma(tokens[j]) in VOTES and case_word(tokens, j, first, last) == "на"
        for j in _kids(tokens, word, first, last))


def _interference_claim(actors: Actors, tokens: Sequence[Token], word: int, first: int,
                        last: int) -> tuple[int, str, list[str]] | None:
    """A claim that someone interfered or did another wrong (``_wrongdoing``), as (the claim's word, who claims, who
    did it): "Спецпрокурор установил, что РФ вмешивалась", "Стенограммы подтверждают выводы Мюллера о том, что Россия
    вмешалась", "Конгресс представил доклад о «вмешательстве РФ»", "Макгоуэн утверждает, что продюсер изнасиловал
    её". Who claims: the subject of the nearest verb with a subject above the word, which must be a verb of claiming
    or believing with no "не" of its own; the genitive of a claim noun; for a deed told as a verb, also the one named
    by "по словам" or the speaker of the quote it stands in. Both sides must be named and differ; a deed denied
    ("Москва заявила, что не вмешивалась") is none. None otherwise."""
    token = tokens[word]
    doer = word
    if token.pos == "VERB" and modality(tokens, word, first, last) == "negated":
        return None  # "Россия никак не вмешивается, заявил Песков": a denial, no claim
    if token.pos == "VERB":
        subjects = [j for j in _kids(tokens, word, first, last) if tokens[j].rel.startswith("nsubj")]
        for _ in range(3):
            if subjects:
                break
            up = tokens[doer].head
            if not first <= up < last:
                break
            if tokens[doer].rel == "xcomp":
                doer = up  # "пытается вмешаться", "Россия может вновь попытаться вмешаться": the chain's subject
            elif tokens[up].pos == "NOUN" and lemma(tokens[up]) in ATTEMPTS and tokens[up].rel == "obj" and \
                    first <= tokens[up].head < last:
                doer = tokens[up].head  # "попытку повлиять на выборы предприняли Китай и Иран": the attempt's maker
            else:
                break
            subjects = [j for j in _kids(tokens, doer, first, last) if tokens[j].rel.startswith("nsubj")]
        interferers = list(dict.fromkeys(e for j in subjects for e in _coordinated(actors, tokens, j, first, last)))
    else:
        interferers = [e for j in _kids(tokens, word, first, last) if tokens[j].rel == "nmod"
                       and tokens[j].feats.get("Case") == "Gen" and case_word(tokens, j, first, last) is None
                       and actors.may_act(j) for e in actors.entities(j, first, last, depth=0)]
        interferers = interferers or actors.adjective_agents(word, first, last)
    if not interferers:
        return None
    node = word
    for _ in range(6):
        head = tokens[node].head
        if not first <= head < last:
            # a deed told as a verb; a noun ("речь идёт о вмешательстве") may be only a topic of the words
            told = _told_by(actors, tokens, node, first, last, according=token.pos == "VERB")
            if told is None and token.pos == "VERB":
                # "«Они нарушили договор. ...», — сказал Петров": the sentence stands in a named speaker's quote
                quote = actors.quote_at(word)
                told = (word, quote.speaker) if quote is not None and quote.speaker else None
            # "Как ранее заявил директор ФБР Кристофер Рэй, российская сторона пытается повлиять на выборы"
            return (told[0], told[1], interferers) if told is not None and told[1] != interferers[0] else None
        node = head
        word_lemma = lemma(tokens[node])
        if node == doer:
            continue  # "Россия пытается вмешаться": the interferer's own verb claims nothing
        if word_lemma in CLAIM_NOUNS:
            owners = [e for j in _kids(tokens, node, first, last) if tokens[j].rel == "nmod"
                      and tokens[j].feats.get("Case") == "Gen" and actors.may_act(j)
                      for e in actors.entities(j, first, last, depth=0)]
            if owners and owners[0] != interferers[0]:
                return node, owners[0], interferers
        elif tokens[node].pos == "VERB":
            subjects = [j for j in _kids(tokens, node, first, last) if tokens[j].rel == "nsubj"]
            claimants = [e for j in subjects if actors.may_act(j) for e in actors.entities(j, first, last)]
            said = _said_in(actors, tokens, node, first, last) if not subjects else None
            if said is not None:
                # "В заявлении директора разведки отмечается, что попытку повлиять на выборы предприняли Китай и
                # Иран": a passive of saying tells what the document holds, and the document's author claims it
                return (node, said, interferers) if said != interferers[0] else None
            if subjects and (word_lemma not in CLAIM_VERBS | BELIEVING or _denied(tokens, node, first, last)):
                # "Псаки сообщила, что Байден поднял вопрос о вмешательстве": the nearer one raises it; "авторы
                # подразумевали вмешательство", "идея о вмешательстве пустила корни": the nearer verb is no claim;
                # "Байден не считает, что ...", "Москва отрицает, что ...": no claim
                return None
            if claimants:
                return (node, claimants[0], interferers) if claimants[0] != interferers[0] else None
    return None


def _said_in(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> str | None:
    """The author of the document a passive verb of saying quotes ("В заявлении МИД отмечается, что ...", "в докладе
    комиссии говорится, что ...", "в отчёте Минфина указано"): the genitive of a claim noun the verb has "в" before.
    None where the verb is no passive of saying or the noun names no one."""
    word = tokens[verb]
    passive = word.feats.get("Voice") == "Pass" or word.feats.get("VerbForm") == "Part" and \
        word.feats.get("Variant") == "Short"
    if not passive or lemma(word).removesuffix("ся") not in CLAIM_VERBS | SAYING_PASSIVES:
        return None
    for noun in _kids(tokens, verb, first, last):
        if tokens[noun].rel != "obl" or lemma(tokens[noun]) not in CLAIM_NOUNS or \
                case_word(tokens, noun, first, last) != "в":
            continue
        owners = [e for j in _kids(tokens, noun, first, last) if tokens[j].rel == "nmod"
                  and tokens[j].feats.get("Case") == "Gen" and actors.may_act(j)
                  for e in actors.entities(j, first, last, depth=0)]
        if owners:
            return owners[0]
    return None


def _own_side(doc: Doc, actors: Actors, speaker: str) -> tuple[set[str], set[str]]:
    """A speaker's own side: the speaker and the state they stand for (by a post, or as a well-known holder of a
    state's office: "Зеленский" is Украина's), as entities and as state codes."""
    ids = {speaker, actors.state(speaker)} - {None}
    codes = {e.country for e in (*doc.entities, *actors.added) if e.id in ids and e.country}
    known = known_holder_state(doc, speaker)
    if known is not None:
        codes.add(known)
    return {i for i in ids if i is not None}, codes


def _of_own_side(actors: Actors, entity_id: str, ids: set[str], codes: set[str]) -> bool:
    """Whether an entity is the speaker's side: the speaker, their state, or a place or a body of that state ("Киев"
    or "ВСУ" said by Зеленский)."""
    if entity_id in ids:
        return True
    entity = next((e for e in (*actors.doc.entities, *actors.added) if e.id == entity_id), None)
    return entity is not None and entity.type in ("LOC", "ORG") and entity.country in codes


def _investigators_claims(doc: Doc, actors: Actors, events: Sequence[Event], published: Any) -> list[Event]:
    """An attack the investigators say someone made is their accusation of him: "По версии следствия, Петров напал
    на соседа", "Следствие располагает доказательствами, что заказчиком нападения является Дмитриченко" (ACCUSE by
    the investigating body where an entity names it, else by no one named, of the attack's named doer)."""
    found: list[Event] = []
    tokens = doc.tokens
    for event in events:
        if event.type != "ASSAULT" or event.source is None or actors.entity_type(event.source) != "PER" or any(
                e.type == "ACCUSE" and e.target == event.source and e.start == event.start for e in (*events, *found)):
            continue
        sent = next(s for s in doc.sents if s.start == event.start)
        claimant = _investigators(actors, tokens, sent.first, sent.last)
        if claimant is None:
            continue
        who, at = claimant
        dates = find_dates(doc.text[sent.start:sent.stop], published, sent.start)
        found.append(_event(doc, actors, Match(CHARGE_TRIGGER, (at,), at), _Sides(source=who, target=event.source),
                            sent.first, sent.last, dates, published))
    return found


def _investigators_accounts(doc: Doc, actors: Actors, events: Sequence[Event], published: Any) -> list[Event]:
    """Whatever deed the investigators' or prosecutors' account tells of a named person is their charge of him, not
    only an attack: "По версии прокуроров, Петров продавал похищенные данные", "По данным следствия, Сидоров
    связался с вербовщиком", "По формулировке обвинения, Иванов угрожал полицейскому" (ACCUSE by the body where an
    entity names it, else by no one named). The account must be the clause's source ("по версии" on its verb), the
    verb an active deed asserted; being somewhere, dying or being hurt is none ("по данным полиции, Петров
    погиб"). The police's or a ministry's data are a charge only as their "версия": "По данным МВД, министр провёл
    совещание" tells their own officer's work. Prosecutors' or investigators' own words are their account too:
    "Прокурор Иван Смирнов заявил, что Петров продавал оружие", "Следствие полагает, что ... продал" (a "что" clause
    of a verb of claim or belief, the speaker named in apposition the source)."""
    found: list[Event] = []
    tokens = doc.tokens
    for sent in doc.sents:
        first, last = sent.first, sent.last
        for j in range(first, last):
            if lemma(tokens[j]) not in INVESTIGATORS or not first <= tokens[j].head < last:
                continue
            source_noun = tokens[j].head
            if tokens[j].rel == "nsubj" and lemma(tokens[j]) in PROSECUTING and \
                    lemma(tokens[source_noun]) in CLAIM_VERBS | BELIEVING:
                # "Прокурор Андреа Занончелли говорил, что Маркив командовал группой бойцов": the prosecutor's own
                # words tell his charge as his "версия" does
                told = [k for k in _kids(tokens, source_noun, first, last) if tokens[k].rel == "ccomp" and any(
                    tokens[m].rel == "mark" and lemma(tokens[m]) == "что" for m in _kids(tokens, k, first, last))]
                if len(told) != 1 or modality(tokens, source_noun, first, last) != "asserted":
                    continue
                verb = told[0]
            elif tokens[j].rel != "nmod" or lemma(tokens[source_noun]) not in SOURCE_NOUNS or case_word(
                    tokens, source_noun, first, last) != "по" or lemma(tokens[source_noun]) not in CHARGING_NOUNS \
                    and lemma(tokens[j]) not in PROSECUTING:
                continue
            else:
                verb = tokens[source_noun].head
            if not first <= verb < last or tokens[verb].pos != "VERB" or tokens[verb].feats.get("VerbForm") != "Fin" \
                    or tokens[verb].feats.get("Voice") == "Pass" or lemma(tokens[verb]) in NO_DEEDS \
                    or modality(tokens, verb, first, last) != "asserted":
                continue
            subjects = [k for k in range(first, last) if tokens[k].head == verb and tokens[k].rel == "nsubj"]
            people = [e for k in subjects for e in actors.entities(k, first, last) if actors.entity_type(e) == "PER"]
            if len(people) != 1 or any(e.type == "ACCUSE" and e.target == people[0] and e.start == sent.start
                                       for e in (*events, *found)):
                continue
            mention = actors.covering.get(j)
            source = mention.entity if mention is not None else None
            if source is None and tokens[j].rel == "nsubj":
                named = actors.entities(j, first, last, depth=1)  # "Прокурор Андреа Занончелли говорил"
                source = named[0] if len(named) == 1 and named[0] != people[0] else None
            dates = find_dates(doc.text[sent.start:sent.stop], published, sent.start)
            found.append(_event(doc, actors, Match(CHARGE_TRIGGER, (j,), j),
                                _Sides(source=source, target=people[0]), first, last, dates, published))
            break
    return found


def _investigators(actors: Actors, tokens: Sequence[Token], first: int, last: int) -> tuple[str | None, int] | None:
    """The investigators a sentence tells its content by ("по версии следствия", "по данным полиции", "Следствие
    располагает доказательствами, что ...", "следователи установили"), as (the entity naming them or None, the
    word), else None."""
    for j in range(first, last):
        word = lemma(tokens[j])
        if word not in INVESTIGATORS:
            continue
        head = tokens[j].head
        if not first <= head < last:
            continue
        by_source = tokens[j].rel == "nmod" and lemma(tokens[head]) in SOURCE_NOUNS and \
            case_word(tokens, head, first, last) == "по"
        by_claim = tokens[j].rel.startswith("nsubj") and lemma(tokens[head]) in CLAIM_VERBS | BELIEVING | {
            "располагать"}
        if by_source or by_claim:
            mention = actors.covering.get(j)
            return (mention.entity if mention is not None else None), j
    return None


def _speakers_words(doc: Doc, actors: Actors, wanted: frozenset[str],
                    present: frozenset[str]) -> Iterator[tuple[str, set[str], set[str], list[int]]]:
    """Each quote of a named speaker that holds any of the ``wanted`` lemmas: the speaker, their own side (as
    ``_own_side`` gives it) and the indices of those words in the quote, in text order. ``present``: the text's
    lemmas, read once an article (a text without any of the words has no such quote)."""
    tokens = doc.tokens
    if wanted.isdisjoint(present):
        return
    starts = [t.start for t in tokens]
    names = {e.id: e.name for e in doc.entities}
    for quote in doc.quotes:
        if not quote.speaker or _news_outlet(actors, names.get(quote.speaker, ""), quote.speaker):
            continue  # "«... должен понять ...», — сказал этот чиновник», — пишет Washington Post": it only reports
        words = [j for j in range(bisect_left(starts, quote.start), bisect_left(starts, quote.stop))
                 if lemma(tokens[j]) in wanted]
        if words:
            own, codes = _own_side(doc, actors, quote.speaker)
            yield quote.speaker, own, codes, words


def _quoted_condemnations(doc: Doc, actors: Actors, events: Sequence[Event], published: Any,
                          present: frozenset[str]) -> list[Event]:
    """Criticism and accusations told as speech, one for a quote at most: a quote of a named speaker that condemns
    what it names or calls someone a wrongdoer (CONDEMNING_WORDS) is the speaker's ACCUSE of whom the word is said
    of ("Лавров заявил, что высказывания Наото Кана носят «явно недипломатический характер»" -> Наото Кан), or of no
    one named ("«... абсолютно неприемлемо», — заявил Матиас Йорш"). Not a word denied or only supposed ("это не
    провокация", "было бы неприемлемо"), nor where the sentence already tells the speaker's accusation by a
    trigger of its own, nor the speaker's words about his own side."""
    tokens = doc.tokens
    found: list[Event] = []
    for speaker, own, codes, words in _speakers_words(doc, actors, CONDEMNING_WORDS | FAULT_WORDS, present):
        chosen: tuple[int, str | None, bool] | None = None
        for j in words:
            sent = doc.sents[tokens[j].sent]
            fault = _fault_holder(actors, tokens, j, sent.first, sent.last) if lemma(tokens[j]) in FAULT_WORDS \
                else None
            if lemma(tokens[j]) in FAULT_WORDS and lemma(tokens[j]) not in CONDEMNING_WORDS and fault is None:
                continue  # "это ошибка", "ответственность за безопасность": a fault no named party holds
            if fault is None and not _judging(tokens, j, sent.first, sent.last) or \
                    modality(tokens, fault[1] if fault else j, sent.first, sent.last) in ("negated",
                                                                                        "hypothetical") or \
                    _claim_denied(tokens, j, sent.first, sent.last) or _asked(tokens, j, sent.last):
                continue  # "не считает, что ... украл", "«Разве он украл эти деньги?»": no claim made
            if any(e.type == "ACCUSE" and e.source in own and e.start == sent.start for e in (*events, *found)):
                chosen = None
                break  # "обвинил ... в провокации": the accusation is told already
            if any(case_word(tokens, k, sent.first, sent.last) == "для" and (
                    lemma(tokens[k]) in ("я", "мы") or actors.entities(k, sent.first, sent.last))
                   for k in _kids(tokens, j, sent.first, sent.last)):
                continue  # "неприемлемо для России", "для нас": a side's stance on what it will not accept
            target = fault[0] if fault else _condemned(actors, tokens, j, sent.first, sent.last)
            if target is None and tokens[j].pos == "VERB":
                continue  # "Мошенники крадут деньги покупателей", a police warning: a crime told, no one judged
            if target is not None and _of_own_side(actors, target, own, codes):
                continue  # "мы не допустим провокаций", said of one's own side
            if chosen is None or (chosen[1] is None and target is not None):
                chosen = (j, target, fault is not None)
        if chosen is None:
            continue
        j, target, faulted = chosen
        sent = doc.sents[tokens[j].sent]
        dates = find_dates(doc.text[sent.start:sent.stop], published, sent.start)
        event = _event(doc, actors, Match(CONDEMNATION_TRIGGER, (j,), j), _Sides(source=speaker, target=target),
                       sent.first, sent.last, dates, published)
        # "поможет исправить ошибки, которые допустил Мюллер": the fault is done, whatever is to come of it
        found.append(replace(event, modality="asserted") if faulted else event)
    return found


def _told(doc: Doc, actors: Actors, trigger: Trigger, j: int, speaker: str, target: str, own: set[str],
          codes: set[str], known: Sequence[Event], published: Any) -> Event | None:
    """The act a named speaker's words at ``j`` tell (praise, a demand) of ``target``, asserted: said, whatever
    the wish it is said in; None where the target is the speaker's own side or the sentence tells the speaker's
    act of that type on it already."""
    sent = doc.sents[doc.tokens[j].sent]
    if _of_own_side(actors, target, own, codes) or any(
            e.type == trigger.type and e.source in own and e.target == target and e.start == sent.start for e in known):
        return None
    dates = find_dates(doc.text[sent.start:sent.stop], published, sent.start)
    event = _event(doc, actors, Match(trigger, (j,), j), _Sides(source=speaker, target=target), sent.first,
                   sent.last, dates, published)
    return replace(event, modality="asserted")


def _quoted_praise(doc: Doc, actors: Actors, events: Sequence[Event], published: Any,
                   present: frozenset[str]) -> list[Event]:
    """Praise and thanks told as speech: a named speaker's quote that calls someone a friend or a brother or thanks
    them ("Путин подчеркнул, что Рауль Кастро пользуется уважением как «настоящий друг России»", "«Пусть Господь
    утешит душу нашего брата Мурси»", "Калоев заявил, что благодарен всем гражданам России") is his SUPPORT of them,
    as "похвалил" or "поблагодарил" would be. Who is praised: the dative of thanks the speaker gives (no subject
    but "я" / "мы"); the name in apposition to the noun ("брата Мурси"), the subject the noun is said of ("Си
    Цзиньпин — мой друг") or the subject of the verb the noun qualifies with "как". Not "друг друга" (each other),
    not kin ("его брат Рауль": a brother is praise only as "наш брат"), not denied or supposed ("он мне не друг"),
    not the speaker's own side, nor where the sentence tells the speaker's support already."""
    tokens = doc.tokens
    found: list[Event] = []
    for speaker, own, codes, words in _speakers_words(doc, actors, PRAISING_WORDS, present):
        for j in words:
            sent = doc.sents[tokens[j].sent]
            first, last = sent.first, sent.last
            if any(lemma(tokens[k]) == "друг" for k in (j - 1, j + 1) if first <= k < last and k != j) or \
                    modality(tokens, j, first, last) in ("negated", "hypothetical"):
                continue  # "друг друга", "друг с другом": each other; "не друг"
            owners = {lemma(tokens[k]) for k in _kids(tokens, j, first, last) if tokens[k].rel == "det"}
            if owners & (POSSESSIVE_OWN | {"свой"}) or (lemma(tokens[j]) == "брат" and "наш" not in owners):
                continue  # "его брат Рауль", "мой брат": kin, not praise; "наш брат Мурси" is a fellow's praise
            target = _praised(actors, tokens, j, first, last)
            event = None if target is None else _told(doc, actors, PRAISE_TRIGGER, j, speaker, target, own, codes,
                                                      (*events, *found), published)
            if event is not None:
                found.append(event)
                break  # one praise of a quote
    return found


def _tributes(doc: Doc, actors: Actors, events: Sequence[Event], published: Any,
              present: frozenset[str]) -> list[Event]:
    """Tributes in an obituary: where the article opens with a person's death ("Скончался Аркадий Арканов", "умер
    бывший премьер-министр Евгений Примаков"), a named speaker's quote that praises ("Выдающийся политик", "Он
    внес огромный вклад", "потеря светлого и хорошего человека", "Я его очень любил") is his SUPPORT of the dead
    (EVENTS.md, events_dev13, as events_dev11's tributes): one a quote. Condolences alone ("Президент глубоко
    соболезнует") are no tribute."""
    if TRIBUTE_WORDS.isdisjoint(present):
        return []
    tokens = doc.tokens
    dead: set[str] = set()
    for sent in doc.sents[:OBITUARY_OPENING]:
        for j in range(sent.first, sent.last):
            if lemma(tokens[j]) in DYING_VERBS:
                dead.update(e for k in _kids(tokens, j, sent.first, sent.last) if tokens[k].rel == "nsubj"
                            for e in actors.entities(k, sent.first, sent.last, depth=1)
                            if actors.entity_type(e) == "PER")
    if len(dead) != 1:
        return []
    who = next(iter(dead))
    if len(next((e.name for e in doc.entities if e.id == who), "").split()) < 2:
        return []  # an obituary names the dead in full ("умер кот Мир ... его любили в семье" is a pet's)
    found: list[Event] = []
    for speaker, own, codes, words in _speakers_words(doc, actors, TRIBUTE_WORDS, present):
        if speaker == who or actors.entity_type(speaker) != "PER":
            continue
        event = _told(doc, actors, PRAISE_TRIGGER, words[0], speaker, who, own, codes, (*events, *found), published)
        if event is not None:
            found.append(event)
    return found


def _praised(actors: Actors, tokens: Sequence[Token], word: int, first: int, last: int) -> str | None:
    """Whom a word of praise is said of (see ``_quoted_praise``), else None."""
    if lemma(tokens[word]) in THANKING_WORDS:
        above = [word] + ([tokens[word].head] if tokens[word].rel == "xcomp" and first <= tokens[word].head < last
                          else [])  # "Россия должна быть благодарна": the subject is the modal's
        if any(tokens[k].rel.startswith("nsubj") and lemma(tokens[k]) not in ("я", "мы")
               for a in above for k in _kids(tokens, a, first, last)):
            return None  # "Россия должна быть благодарна Ельцину": a gratitude owed by others, not the speaker's
        named = [e for k in _kids(tokens, word, first, last) if tokens[k].rel in ("iobj", "obl")
                 and tokens[k].feats.get("Case") == "Dat" and case_word(tokens, k, first, last) is None
                 and actors.may_act(k) for e in actors.entities(k, first, last)]
        return named[0] if named else None
    node = word
    if tokens[word].rel == "amod" and first <= tokens[word].head < last:
        node = tokens[word].head  # "выдающийся политик"
    kids = _kids(tokens, node, first, last)
    for k in kids:
        if tokens[k].rel in ("appos", "flat:name", "nsubj") and actors.may_act(k):
            named = actors.entities(k, first, last, depth=0)
            if named:
                return named[0]
    head = tokens[node].head
    if tokens[node].rel == "obl" and case_word(tokens, node, first, last) == "как" and first <= head < last:
        # "Кастро пользуется уважением, как «настоящий друг России»": said of the verb's subject
        named = [e for k in _kids(tokens, head, first, last) if tokens[k].rel == "nsubj" and actors.may_act(k)
                 for e in actors.entities(k, first, last, depth=0)]
        return named[0] if named else None
    if tokens[node].rel == "appos" and first <= head < last and actors.may_act(head):
        named = actors.entities(head, first, last, depth=0)  # "Мурси, наш брат"
        return named[0] if named else None
    return None


def _quoted_demands(doc: Doc, actors: Actors, events: Sequence[Event], published: Any,
                    present: frozenset[str]) -> list[Event]:
    """Demands told as speech: a named speaker saying that someone must act ("Гордон сказал, что Белград должен
    решить вопрос о Косово", "«Киеву необходимо отвести войска», — заявил Лавров", "Брод сказал, что РПЦ следовало бы
    больше выступать с критикой") asks it of them (REQUEST, CAMEO 10), as "потребовал" would. The one asked is the
    subject of "должен" / "обязан", the dative of "следует" / "нужно" / "необходимо" / "надо", with an act to do (an
    infinitive: "Украина должна России 3 млрд" is a debt); not one's own side ("Мы должны защищать наших граждан"),
    not "не должен" (a ban) nor "должен был" (what was expected), not two sides at once ("Грузия и Россия должны
    развивать отношения": a course for both), nor where the sentence tells the speaker's request already."""
    tokens = doc.tokens
    found: list[Event] = []
    for speaker, own, codes, words in _speakers_words(doc, actors, OBLIGING_WORDS | NEEDING_WORDS, present):
        for j in words:
            word = lemma(tokens[j])
            sent = doc.sents[tokens[j].sent]
            first, last = sent.first, sent.last
            kids = _kids(tokens, j, first, last)
            acts = [k for k in kids if tokens[k].rel in ("xcomp", "csubj") and tokens[k].pos == "VERB"
                    and tokens[k].feats.get("VerbForm") == "Inf"]
            if not acts or lemma(tokens[acts[0]]) in STATES_NOT_ACTS or lemma(tokens[acts[0]]) in TAKING_PLACE:
                # "должен быть и украинский", "должен получить уважение": a state of things, no act asked; "референдум
                # ..., который должен состояться": a thing to take place, no one's act
                continue
            if word in NEEDING_WORDS and lemma(tokens[acts[0]]) in GIVING_VERBS:
                continue  # "Сотрудникам ТЦК нужно дать право": the dative is who is given, not who must act
            if doc.text[sent.start:sent.stop].rstrip(" »\"").endswith("?"):
                continue  # "На что должна пойти Россия?": asked, not demanded
            if any(lemma(tokens[k]) in ("не", "ни") or (tokens[k].rel in ("aux", "cop") and lemma(tokens[k]) == "быть"
                                                         and tokens[k].feats.get("Tense") == "Past") for k in kids):
                continue  # "не должен" (a ban), "должен был поднять эту тему" (what was expected, no demand)
            asked = [k for k in kids if tokens[k].rel == "nsubj"] if word in OBLIGING_WORDS else [
                k for k in kids if tokens[k].rel in ("iobj", "obl") and tokens[k].feats.get("Case") == "Dat"
                and case_word(tokens, k, first, last) is None]
            targets = [e for k in asked if lemma(tokens[k]) not in ("я", "мы") and actors.may_act(k)
                       for e in _coordinated(actors, tokens, k, first, last)]
            if len(targets) > 1:
                continue  # "Грузия и Россия должны развивать отношения": a course for both, no one asked
            for target in targets:
                # the demand is made, whatever the act asked ("следовало бы" is its polite form)
                event = _told(doc, actors, DEMAND_TRIGGER, j, speaker, target, own, codes, (*events, *found),
                              published)
                if event is not None:
                    found.append(event)
    return found


def _judging(tokens: Sequence[Token], word: int, first: int, last: int) -> bool:
    """Whether a condemning word is the speaker's judgement, not a thing it names in passing: the predicate of its
    clause ("это неприемлемо", "Берлускони — лжец", "они лгут"), a word of the predicate ("носят «недипломатический
    характер»"), or a label set in quotation marks («террористы»); not "камера для опасных преступников", "свержение
    диктатора", "появление провокационных плакатов"."""
    token = tokens[word]
    if case_word(tokens, word, first, last) is not None:
        return False  # "всё из-за нарушений", "в адрес провокаторов": a circumstance, no judgement
    if first < word < last - 1 and tokens[word - 1].text in QUOTE_OPENERS and \
            tokens[word + 1].text in QUOTE_CLOSERS:
        return token.pos == "NOUN"  # «террористы»; not «недружественные» страны, a term of a list
    if token.pos == "VERB":
        return token.rel not in ("amod", "acl")
    node = word
    if token.rel == "amod" and first <= token.head < last:
        node = token.head  # the noun it qualifies must itself be the predicate or its object
        if tokens[node].rel == "obj" and first <= tokens[node].head < last and \
                lemma(tokens[tokens[node].head]) in BEARING_VERBS:
            return True
    kids = _kids(tokens, node, first, last)
    if any(tokens[k].rel.startswith("nsubj") and any(lemma(tokens[m]) in SUPPOSED_THINGS
                                                     for m in _kids(tokens, k, first, last)) for k in kids):
        return False  # "Возможное вступление Украины в НАТО неприемлемо": a stance on what may come, no one judged
    return any(tokens[k].rel in ("nsubj", "nsubj:pass", "cop") for k in kids) or (
        tokens[node].rel in ("root", "ccomp", "parataxis") and tokens[node].pos == "ADJ")


def _fault_holder(actors: Actors, tokens: Sequence[Token], word: int, first: int,
                  last: int) -> tuple[str, int] | None:
    """Who holds the fault a FAULT_WORDS noun names, as (the holder, the word whose modality the fault takes): the
    subject of the verb of fault whose object it is or which qualifies it as a relative clause ("Байден допустил
    ошибку", "ошибки, которые допустил Мюллер", "зло, которое команда Мюллера причинила": the team's owner), the one
    it lies on ("ответственность за это лежит на французских властях": the authorities' state), or its genitive
    owner for a mistake ("ошибка Байдена"; not "ответственность министерства за безопасность", a duty, nor "вина",
    whose forms are also wine's: "вина Грузии"). None where no named party holds it."""
    token = tokens[word]
    if token.pos != "NOUN" or token.text.lower() == "вин":
        return None  # "доля российских вин": wine, not guilt

    def named(k: int) -> list[str]:
        # "команда Роберта Мюллера": a group that may not act itself is its owner's
        return (actors.entities(k, first, last) if actors.may_act(k) else []) or (
            _owners(actors, tokens, k, first, last) if tokens[k].pos == "NOUN" else [])

    verbs = [k for k in _kids(tokens, word, first, last) if tokens[k].rel == "acl:relcl"]
    if token.rel == "obj" and first <= token.head < last:
        verbs.append(token.head)
    for verb in verbs:
        if lemma(tokens[verb]) not in FAULT_VERBS or tokens[verb].feats.get("Voice") == "Pass":
            continue
        for k in _kids(tokens, verb, first, last):
            if tokens[k].rel == "nsubj" and named(k):
                return named(k)[0], verb
    if token.rel == "nsubj" and first <= token.head < last and lemma(tokens[token.head]) in LYING_ON:
        for k in _kids(tokens, token.head, first, last):
            if tokens[k].rel == "obl" and case_word(tokens, k, first, last) == "на" and named(k):
                return named(k)[0], token.head
    if lemma(token) in OWNED_FAULTS and case_word(tokens, word, first, last) is None:
        owners = _owners(actors, tokens, word, first, last)
        if owners:
            return owners[0], word
    return None


def _condemned(actors: Actors, tokens: Sequence[Token], word: int, first: int, last: int) -> str | None:
    """Whom a condemning word is said of: the genitive or the state's adjective of a noun ("агрессия России",
    "российская провокация"), the subject of a verb ("они лгут") or of the clause the word judges ("высказывания
    Наото Кана носят «недипломатический характер»", "Берлускони — лжец"), else no one named."""
    node = word
    for _ in range(3):
        token = tokens[node]
        kids = _kids(tokens, node, first, last)
        if token.pos in ("NOUN", "PROPN"):
            owners = _owners(actors, tokens, node, first, last)
            if owners:
                return owners[0]
        subjects = [k for k in kids if tokens[k].rel in ("nsubj", "nsubj:pass")]
        if subjects:
            # "Агрессия со стороны Азербайджана недопустима": a subject that names no one is judged for its owner
            named = actors.entities(subjects[0], first, last) or (
                _owners(actors, tokens, subjects[0], first, last) if tokens[subjects[0]].pos == "NOUN" else [])
            return named[0] if named else None
        if token.rel not in ("amod", "obj", "xcomp", "obl", "advmod", "conj", "nmod") or \
                not first <= token.head < last:
            return None
        node = token.head
    return None


def _owners(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int) -> list[str]:
    """Whose act or thing a noun is: its genitive ("агрессия России"), its state's adjective ("российская
    провокация") or its "со стороны" ("агрессия со стороны Азербайджана")."""
    kids = _kids(tokens, noun, first, last)
    return [e for k in kids if tokens[k].rel == "nmod" and tokens[k].feats.get("Case") == "Gen"
            and case_word(tokens, k, first, last) is None and actors.may_act(k)
            for e in actors.entities(k, first, last, depth=0)] or actors.adjective_agents(noun, first, last) or [
        e for k in kids if _compound_case(tokens, k, first, last) == "с сторона" and actors.may_act(k)
        for e in actors.entities(k, first, last, depth=0)]


def _aid_preparer(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int) -> list[str]:
    """Who prepares or announces the aid a noun names, as the subject of the verb whose object it is, or whose
    object is the "пакет" it hangs on ("Байден готовит пакет помощи Украине"; not "пакет помощи обсуждают")."""
    held = tokens[noun].head
    if tokens[noun].rel == "nmod" and first <= held < last and lemma(tokens[held]) == "пакет":
        noun = held
    verb = tokens[noun].head
    if tokens[noun].rel != "obj" or not first <= verb < last or lemma(tokens[verb]) not in AID_PREPARING:
        return []
    return [e for j in _kids(tokens, verb, first, last) if tokens[j].rel.startswith("nsubj") and actors.may_act(j)
            for e in actors.entities(j, first, last, depth=1)]


def _fraud_claim(actors: Actors, tokens: Sequence[Token], word: int, first: int,
                 last: int) -> tuple[int, str, str | None] | None:
    """A claim of electoral or other fraud, as (the claim's verb, who claims, who defrauded or None): "Трамп
    заявил, что выборы были сфальсифицированы", "Трамп начал заявлять о масштабном мошенничестве" (EVENTS.md,
    events_dev7: a claim is an accusation by who makes it, of the one it names or of no one named). The nearest
    verb with a named subject above the word must be a verb of claiming ("осуждён за мошенничество" is a
    sentence, "задержали подозреваемого в мошенничестве" an arrest); a denial ("фальсификаций не было") is none."""
    token = tokens[word]
    if token.pos == "VERB":
        doers = [e for j in _kids(tokens, word, first, last) if tokens[j].rel == "nsubj" and actors.may_act(j)
                 for e in actors.entities(j, first, last, depth=1)]
    else:
        doers = [e for j in _kids(tokens, word, first, last) if tokens[j].rel == "nmod"
                 and tokens[j].feats.get("Case") == "Gen" and case_word(tokens, j, first, last) is None
                 and actors.may_act(j) for e in actors.entities(j, first, last, depth=0)]
    node = word
    for _ in range(6):
        if any(lemma(tokens[j]) in ("не", "нет") for j in _kids(tokens, node, first, last)):
            return None  # "фальсификаций не было", "не было сфальсифицировано"
        head = tokens[node].head
        if not first <= head < last:
            return None
        node = head
        if tokens[node].pos != "VERB":
            continue
        subjects = [j for j in _kids(tokens, node, first, last) if tokens[j].rel == "nsubj"]
        if not subjects and tokens[node].rel == "xcomp" and first <= tokens[node].head < last:
            subjects = [j for j in _kids(tokens, tokens[node].head, first, last) if tokens[j].rel == "nsubj"]
        claimants = [e for j in subjects if actors.may_act(j) for e in actors.entities(j, first, last)]
        if not claimants:
            continue
        if lemma(tokens[node]) not in CLAIM_VERBS | BELIEVING or claimants[0] in doers:
            return None
        if any(lemma(tokens[j]) in ("не", "нет") for j in _kids(tokens, node, first, last)):
            return None  # "Байден не считает, что выборы были сфальсифицированы"
        return node, claimants[0], doers[0] if doers else None
    return None


def _under(tokens: Sequence[Token], i: int, heads: set[int], steps: int = 4) -> bool:
    """Whether word ``i`` hangs (within ``steps`` links) under one of ``heads``."""
    node = i
    for _ in range(steps):
        node = tokens[node].head
        if node < 0 or node >= len(tokens):
            return False
        if node in heads:
            return True
    return False


def _by_the_sides(tokens: Sequence[Token], match: Match, first: int, last: int, lexicon: Lexicon) -> bool:
    """Whether the subject of a trigger is "стороны" / "обе стороны" with no state adjective ("российская
    сторона" names its state and is read by ``Actors``), or a plural post word that names no one ("Лидеры
    обсудили ...", "Министры договорились ..." after a meeting of two of them)."""
    for head in match.tokens:
        for j in _kids(tokens, head, first, last):
            word = lemma(tokens[j])
            if tokens[j].rel.startswith("nsubj") and (word == "сторона" or lexicon.post(word) is not None and not any(
                    tokens[k].rel in ("nmod", "appos", "flat:name") for k in _kids(tokens, j, first, last))) and \
                    tokens[j].feats.get("Number") == "Plur" and not any(
                        tokens[k].rel == "amod" and lemma(tokens[k]) not in ("оба", "обе", "две", "договаривающийся")
                        for k in _kids(tokens, j, first, last)):
                return True
    return False


def _recent_pair(doc: Doc, events: Sequence[Event], start: int) -> tuple[str, str] | None:
    """The two sides of the last meeting or agreement with both sides named, in this or the ``PAIR_REACH``
    sentences before."""
    here = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= start)].sent
    for event in reversed(events):
        sent = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= event.start)].sent
        if sent < here - PAIR_REACH:
            break
        if event.type in SYMMETRIC and event.source and event.target:
            return event.source, event.target
    return None


def _speaker_side(actors: Actors, anchor: int, target: str) -> str | None:
    """The side a direct quote's speaker stands for (their state, else themselves), when it is not ``target``'s."""
    quote = actors.quote_at(anchor)
    if quote is None or quote.kind != "direct" or not quote.speaker:
        return None
    side = actors.state(quote.speaker) or quote.speaker
    return side if side not in (target, actors.state(target)) else None


def _role_holder(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int,
                 target: str | None) -> str | None:
    """Who a role in an act is said of, when the act's noun hangs on the role ("X был заказчиком покушения",
    "заказчиком нападения является X", "организатором теракта стал X"): the subject of the role's clause."""
    role = tokens[noun].head
    if tokens[noun].rel != "nmod" or not first <= role < last or lemma(tokens[role]) not in ACT_ROLES:
        return None
    clause = role
    if tokens[role].rel in ("xcomp", "obl") and first <= tokens[role].head < last:
        clause = tokens[role].head  # "заказчиком ... является X", "стал организатором"
    for k in _kids(tokens, clause, first, last):
        if tokens[k].rel.startswith("nsubj") and k != noun:
            found = [e for e in actors.entities(k, first, last) if e != target]
            return found[0] if found else None
    return None


def _decreed_by(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int,
                target: str | None) -> str | None:
    """Who signed or issued the decree an act's noun is the subject of ("Путин подписал указ о награждении
    Кустурицы"): the subject of the verb the decree is the object of."""
    # a trigger phrase that holds the decree itself ("указ об отставке", anchored on "указ") is its own paper
    paper = noun if lemma(tokens[noun]) in DECREES else tokens[noun].head
    if paper != noun and case_word(tokens, noun, first, last) not in ("о", "об") or not first <= paper < last or \
            lemma(tokens[paper]) not in DECREES or tokens[paper].rel != "obj" or not first <= tokens[paper].head < last:
        return None
    for k in _kids(tokens, tokens[paper].head, first, last):
        if tokens[k].rel == "nsubj":
            found = [e for e in actors.entities(k, first, last) if e != target]
            return found[0] if found else None
    return None


def _residents_of(tokens: Sequence[Token], actors: Actors, place: str, first: int, last: int) -> bool:
    """Whether a place that is no state is named in the sentence only as where some unnamed people live ("шестеро
    жителей Калужской области"): a plural word of citizens or residents whose genitive names it."""
    if actors.entity_type(place) != "LOC" or actors.is_state(place):
        return False  # "взяли в заложники граждан Израиля": citizens of a state are held against it
    for j in range(first, last):
        token = tokens[j]
        if lemma(token) in CITIZENS and token.feats.get("Number") == "Plur" and j not in actors.covering and any(
                tokens[k].rel == "nmod" and k in actors.covering and actors.covering[k].entity == place
                for k in _kids(tokens, j, first, last)):
            return True
    return False


def _object_after_place(tokens: Sequence[Token], actors: Actors, verb: int, source: str | None, first: int,
                        last: int, triggers: set[int]) -> str | None:
    """The object of a transitive verb that the parser hung, as a genitive, on a place or time noun "в"/"на" before
    it ("поддерживают в сирийской войне президента Башара Асада"): an animate masculine or plural noun (whose
    accusative is its genitive's form) naming a person, when the verb has no object of its own. Not under a
    participle or an act's own noun ("обвинили в убийстве журналиста Петрова": the victim of the act charged)."""
    kids = _kids(tokens, verb, first, last)
    if tokens[verb].feats.get("VerbForm") == "Part" or any(tokens[j].rel in ("obj", "ccomp", "xcomp") for j in kids):
        return None  # "подозреваемых в убийстве раввина Когана": a participle's charge, the victim its genitive
    for place in kids:
        if tokens[place].rel != "obl" or tokens[place].feats.get("Case") != "Loc" or place in triggers or \
                case_word(tokens, place, first, last) not in ("в", "во", "на"):
            continue
        for j in _kids(tokens, place, first, last):
            token = tokens[j]
            if token.rel != "nmod" or token.feats.get("Case") != "Gen" or token.feats.get("Animacy") != "Anim" \
                    or case_word(tokens, j, first, last) is not None or j < place or not (
                        token.feats.get("Gender") == "Masc" or token.feats.get("Number") == "Plur"):
                continue
            found = [e for e in actors.entities(j, first, last) if e != source]
            if found and actors.entity_type(found[0]) == "PER":
                return found[0]
    return None


def _mission(actors: Actors, entity_id: str) -> bool:
    """Whether an entity is a state's diplomatic mission, named by its state ("посольство Великобритании")."""
    entity = next((e for e in actors.doc.entities if e.id == entity_id), None)
    return entity is not None and entity.type == "ORG" and len(entity.name.split()) > 1 and \
        entity.name.split()[0].lower() in MISSIONS


def _charged_for(tokens: Sequence[Token], match: Match, first: int, last: int) -> int | None:
    """The word of the charge a coercive act is made on ("задержана по подозрению в шпионаже"), else None; hung on
    the act or on one of its own words (the parser may hang it on the one arrested: "задержана россиянка ... по
    подозрению")."""
    anchor = match.anchor
    for j in range(first, last):
        head = tokens[j].head
        if lemma(tokens[j]) in CHARGES and case_word(tokens, j, first, last) == "по" and (
                head == anchor or (first <= head < last and tokens[head].head == anchor)):
            return j
    for j in range(first, last):
        if lemma(tokens[j]) in CRIMINAL_CASES and _case_charge(tokens, j, first, last) and _hung_on_act(
                tokens, j, anchor, first, last):
            return j
    return None


def _case_charge(tokens: Sequence[Token], case: int, first: int, last: int) -> bool:
    """Whether a criminal case tells what it is about ("дело о мошенничестве", "дела об убийстве"): a case named by
    its number or its defendant ("по делу Иванова") tells no charge."""
    return any(tokens[k].rel == "nmod" and case_word(tokens, k, first, last) in ("о", "об")
               for k in _kids(tokens, case, first, last))


def _hung_on_act(tokens: Sequence[Token], case: int, anchor: int, first: int, last: int) -> bool:
    """Whether a case is the grounds of the act: "по делу о" on the act or on one of its own words ("арестован
    экс-министр по делу о"), or the case under a frame on the act ("в рамках (расследования) уголовного дела о")."""
    head = tokens[case].head
    if case_word(tokens, case, first, last) == "по":
        return head == anchor or (first <= head < last and tokens[head].head == anchor)
    for _ in range(2):  # "в рамках расследования уголовного дела о ..."
        if not (first <= head < last) or lemma(tokens[head]) not in CASE_FRAMES:
            return False
        if tokens[head].head == anchor and case_word(tokens, head, first, last) is not None:
            return True
        head = tokens[head].head
    return False


def _agent_told(tokens: Sequence[Token], actors: Actors, anchor: int, first: int, last: int) -> bool:
    """Whether a passive verb tells its agent by a common noun in the instrumental ("был задержан полицией",
    "арестован сотрудниками ФСБ"): an agent no entity names, not one to take from the sentence before."""
    return tokens[anchor].pos == "VERB" and any(
        tokens[j].rel in ("obl", "obl:agent") and tokens[j].feats.get("Case") == "Ins"
        and case_word(tokens, j, first, last) is None and actors.may_act(j)
        for j in _kids(tokens, anchor, first, last))


def _legal_label(tokens: Sequence[Token], anchor: int, first: int, last: int) -> bool:
    """Whether a ban is a standing legal label said of a name, no act the post tells: a passive participle with no
    agent, no auxiliary and no time of its own, standing in parentheses ("Meta (признана экстремистской и запрещена
    в РФ)"), as an attribute ("запрещённой в России организации") or in a clause said of a noun ("Meta, которая
    признана экстремистской", "*Террористическая организация, запрещена в РФ"). "Суд запретил", "была запрещена
    в 2022 году", "запрещены решением Верховного суда" tell the act."""
    word = tokens[anchor]
    if not _passive_participle(word):
        return False
    kids = _kids(tokens, anchor, first, last)
    if any(tokens[j].rel in ("aux", "aux:pass", "obl:agent") or (
            tokens[j].rel == "obl" and tokens[j].feats.get("Case") == "Ins" and tokens[j].pos != "ADJ")
           or (tokens[j].rel in ("obl", "nummod", "advmod") and lemma(tokens[j]) in LABEL_TIMES)
           or tokens[j].pos == "NUM" for j in kids):
        return False
    for j in kids:  # "в 2022 году", "в марте", "ранее": the act dated
        if any(tokens[k].pos == "NUM" or lemma(tokens[k]) in LABEL_TIMES for k in _subtree(tokens, j, first, last)):
            return False
    opened = False  # inside parentheses: a bracket opened before the word and not closed
    for k in range(first, anchor):
        if tokens[k].text == "(":
            opened = True
        elif tokens[k].text == ")":
            opened = False
    if opened or word.feats.get("Variant") != "Short":
        return True
    return word.rel in ("acl", "acl:relcl", "parataxis") or (
        word.rel == "conj" and tokens[word.head].rel in ("acl", "acl:relcl", "parataxis"))


def _recent_source(doc: Doc, events: Sequence[Event], type_: str, start: int) -> str | None:
    """The source of the last event of ``type_`` in this or the previous sentence."""
    here = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= start)].sent
    for event in reversed(events):
        sent = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= event.start)].sent
        if sent < here - 1:
            break
        if event.type == type_ and event.source is not None:
            return event.source
    return None


def _done_abroad(doc: Doc, actors: Actors, source: str, first: int, last: int) -> bool:
    """Whether the sentence sets its act in a land of another country than ``source``'s: "Федеральный суд ...
    Нью-Йорка приговорил Здоровенина ... Здоровенин был задержан в Швейцарии": a court of one country holds no one in
    another, so the passive's agent is not the one who acted just before. A locative place ("в Швейцарии", "на
    Украине") whose country is known and differs from the source's; a source of no known country is left as it is."""
    countries = {e.id: e.country for e in (*doc.entities, *actors.added)}
    own = countries.get(source)
    if not own:
        return False
    for j in range(first, last):
        mention = actors.covering.get(j)
        if mention is None or mention.type != "LOC" or mention.entity is None or \
                doc.tokens[j].feats.get("Case") != "Loc" or case_word(doc.tokens, j, first, last) not in LOCATIVES:
            continue
        where = countries.get(mention.entity)
        if where and where != own:
            return True
    return False


def _others_agree(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether an agreement that names no one says who agrees, and it is not the article's two sides: the members
    or participants of a body or a meeting ("Если участники встречи не договорятся по единой кандидатуре": many
    parties), or anyone who decides ("я приму решение, где мне тренироваться", "городское собрание приняло
    решение": a decision is taken by its subject alone). "Стороны договорились", "было принято решение
    создать" (no subject: the sides of the talks told) stay the article's two sides'."""
    subjects = [j for j in _kids(tokens, match.anchor, first, last) if tokens[j].rel.startswith("nsubj")
                and tokens[j].rel != "nsubj:pass" and j not in match.tokens]
    return any(lemma(tokens[j]) in MEMBERS for j in subjects) or bool(subjects) and match.trigger.mode == "decide"


def _bare_act_subject(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether the act's noun at ``match`` is a clause's subject with nothing of its own that names or counts
    anyone ("задержание произошло около станции метро", "Задержания произошли в районе Мармариса"): not "задержание
    208 человек", "такие аресты" (a kind of act), nor a noun read as the topic of another."""
    anchor = tokens[match.anchor]
    if anchor.pos != "NOUN" or anchor.rel != "nsubj" or not first <= anchor.head < last:
        return False
    return not any(tokens[j].rel in ("nmod", "nummod", "appos", "acl", "acl:relcl") or tokens[j].rel == "det"
                   and lemma(tokens[j]) in KIND_WORDS for j in _kids(tokens, match.anchor, first, last))


def _told_again(doc: Doc, events: Sequence[Event], match: Match, start: int) -> tuple[str | None, str | None] | None:
    """The sides of the last act of the same type and mode told in this sentence or the ``RETOLD_REACH`` before,
    when one was; else None."""
    here = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= start)].sent
    for event in reversed(events):
        sent = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= event.start)].sent
        if sent < here - RETOLD_REACH:
            return None
        if event.type == match.trigger.type and event.mode == match.trigger.mode:
            return event.source, event.target
    return None


def _stray_object(actors: Actors, tokens: Sequence[Token], anchor: int, first: int, last: int) -> list[str]:
    """The object of a verb the parser hung elsewhere: the first accusative after it with no preposition.
    "призвал грузинскую общественность согласиться" (parsed as a clause of its own) for verbs whose object is
    asked to act; a person or a name for the others ("принимает в Белом доме своего коллегу Николя Саркози",
    with "коллегу" hung on "доме")."""
    asks = lemma(tokens[anchor]) in OBJECT_CONTROL
    for j in range(anchor + 1, min(last, anchor + (4 if asks else 8))):
        token = tokens[j]
        if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Acc" or case_word(
                tokens, j, first, last) is not None:
            continue
        under_verb = first <= token.head < last and tokens[token.head].pos in ("VERB", "AUX")
        if asks or (token.feats.get("Animacy") == "Anim" or token.pos == "PROPN") and not under_verb:
            return actors.entities(j, first, last)
        return []
    return []


def _permitted(actors: Actors, tokens: Sequence[Token], anchor: int, first: int, last: int) -> list[str]:
    """Who is allowed an act named by a noun after "добро на" / "разрешение на" ("дал Украине добро на удары"):
    the dative of the permission or of the verb that gives it."""
    head = tokens[anchor].head
    if tokens[anchor].pos != "NOUN" or not first <= head < last or lemma(tokens[head]) not in PERMISSIONS or \
            case_word(tokens, anchor, first, last) != "на":
        return []
    for node in (head, tokens[head].head):
        if not first <= node < last:
            break
        for j in _kids(tokens, node, first, last):
            if tokens[j].feats.get("Case") == "Dat" and case_word(tokens, j, first, last) is None and \
                    tokens[j].rel in ("iobj", "obl", "nmod") and actors.may_act(j):
                return actors.entities(j, first, last)
    return []


def _open_call(tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether "приглашать" in the present or the imperative has no one invited: an open call, as adverts and
    notices make ("приглашает на работу разработчика", "Приглашаем на тест-драйв"); a past "пригласил и обсудил"
    with its object left out tells of one act, and a participle ("приглашённого Путиным") qualifies the invited."""
    token = tokens[verb]
    return token.pos == "VERB" and token.feats.get("VerbForm") != "Part" and (
        token.feats.get("Tense") == "Pres" or token.feats.get("Mood") == "Imp") and not any(
            tokens[j].rel in ("obj", "iobj", "nsubj:pass") for j in _kids(tokens, verb, first, last))


def _theft(tokens: Sequence[Token], anchor: int, first: int, last: int) -> bool:
    """Whether "похитить" / "похищение" takes a thing or an animal, or takes "у" someone: money, goods or a pet
    stolen ("похитил со счета 9,3 млн рублей", "похищенные у Долиной деньги", "похищали баранов"), no person
    abducted ("похитили талибы блогера", "похищения кандидата в президенты")."""
    token = tokens[anchor]
    kids = _kids(tokens, anchor, first, last)
    if any(case_word(tokens, k, first, last) == "у" and tokens[k].feats.get("Case") == "Gen" for k in kids):
        return True
    if token.pos == "NOUN":
        taken = [k for k in kids if tokens[k].rel == "nmod" and tokens[k].feats.get("Case") == "Gen"
                 and case_word(tokens, k, first, last) is None]
    else:
        taken = [k for k in kids if tokens[k].rel in ("obj", "nsubj:pass")]
        if not taken and token.rel in ("acl", "amod") and first <= token.head < last:
            taken = [token.head]  # "похищенные деньги", "похищенной и убитой Натальи"
    return bool(taken) and all(
        tokens[k].pos == "NUM" or tokens[k].pos == "NOUN" and (
            tokens[k].feats.get("Animacy") == "Inan" or lemma(tokens[k]) in ANIMALS) for k in taken)


def _thing_helps(tokens: Sequence[Token], actors: Actors, verb: int, first: int, last: int) -> bool:
    """Whether "помочь" has a thing as its own subject, no one who acts: "Это поможет Украине избежать блэкаута",
    "списание долга поможет Украине" tell what a means does (not "Команда хакеров Dragon Sector помогли": a
    group a name hangs on acts)."""
    if tokens[verb].pos != "VERB":
        return False
    subjects = [k for k in _kids(tokens, verb, first, last) if tokens[k].rel == "nsubj"]
    return bool(subjects) and all(
        lemma(tokens[k]) in ("это", "что", "то", "все", "всё")
        or tokens[k].pos == "NOUN" and not actors.may_act(k) and not actors.entities(k, first, last)
        for k in subjects)


def _stance_of_unnamed(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a judging trigger is an active participle that only describes people no name is given for:
    "эксперты, выступавшие против Трампа" tells whom the text means, no act (a document's participle is its
    author's or adopter's act: "резолюцию, осуждающую американский рейд", "статью, осуждающую рейд США").
    A charge or a name called ("лидеры, обвиняющие его в коррупции", "оппозиционеры, называющие его диктатором")
    is told of whom it is made against, an act of no named accuser, not a description of those who make it."""
    word = tokens[match.anchor]
    if match.trigger.type == "ACCUSE" and (match.trigger.mode == "allege" or lemma(word) in ("назвать", "называть")):
        return False
    return match.trigger.type in JUDGING and word.feats.get("VerbForm") == "Part" and \
        word.feats.get("Voice") == "Act" and word.rel in ("acl", "amod") and first <= word.head < last and \
        tokens[word.head].feats.get("Animacy") == "Anim" and not actors.entities(word.head, first, last)


def _own_thing_named(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a name called ("назвать" / "называть" with a condemning word) is no accusation of another: given to
    the speaker's own thing or to himself ("назвал свою книгу выдумкой", "называет себя предателем"), or the word is
    not what the thing is called, only a word near the verb ("Слово «предатель» он назвал самым страшным")."""
    if match.trigger.type != "ACCUSE" or lemma(tokens[match.anchor]) not in ("назвать", "называть"):
        return False
    said = [j for j in match.tokens if j != match.anchor]
    if not all(first <= tokens[j].head < last and (tokens[j].head == match.anchor or tokens[tokens[j].head].head ==
                                                    match.anchor and tokens[j].rel in ("amod", "nmod"))
               for j in said):
        return True
    return any(tokens[j].rel == "obj" and (lemma(tokens[j]) == "себя" or any(
        lemma(tokens[k]) == "свой" for k in _kids(tokens, j, first, last)))
        for j in _kids(tokens, match.anchor, first, last))


def _not_upheld(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a phrase of upholding ("оставить в силе", "признать законным") is no court's act on a ruling: the
    sets write a court upholding a decision, its own or another body's, as SUPPORT of the court with no target
    ("Мосгорсуд поддержал это решение", "Верховный суд оставил в силе распоряжение о депортации", "Мособлсуд
    признал приговор законным"). The upheld thing is the verb's object or its passive subject and must be a ruling
    (RULINGS: "оставил в силе санкции", "признал законным свой выбор" are none); who upholds is a court, named by a
    court's word or a name that holds one ("суд", "коллегия", "Мосгорсуд"), as the subject or the passive's agent,
    or no one named ("приговор оставлен в силе": the court the text speaks of)."""
    kids = _kids(tokens, match.anchor, first, last)
    upheld = [j for j in kids if tokens[j].rel in ("obj", "nsubj:pass")]
    if not any(lemma(tokens[j]) in RULINGS for j in upheld):
        return True
    doers = [j for j in kids if tokens[j].rel == "nsubj" or tokens[j].rel == "obl" and
             tokens[j].feats.get("Case") == "Ins" and case_word(tokens, j, first, last) is None]
    return any(not _court_word(lemma(tokens[j])) and not any(
        lemma(tokens[k]) in COURTS for k in _kids(tokens, j, first, last) if tokens[k].rel in ("appos", "nmod"))
               for j in doers)


def _thing_subject(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether the subject of a trigger is a thing that cannot act ("санкции ударят по экономике"), also the
    nominative right before a verb the parser left without a subject."""
    kids = _kids(tokens, match.anchor, first, last)
    # (not the phrase's own noun: "по складу в Брянской области был нанесён удар")
    subjects = [j for j in kids if tokens[j].rel.startswith("nsubj") and j not in match.tokens]
    if not subjects and any(tokens[j].rel.startswith("nsubj") for j in kids):
        return False
    if not subjects and _finite(tokens[match.anchor]):
        subjects = [j for j in range(max(first, match.anchor - 6), match.anchor)
                    if tokens[j].feats.get("Case") == "Nom" and tokens[j].pos in ("NOUN", "PROPN")
                    and case_word(tokens, j, first, last) is None][:1]
    return any(tokens[j].pos == "NOUN" and not actors.may_act(j) and lemma(tokens[j]) not in WEAPONS
               for j in subjects)


def _technical_support(doc: Doc, actors: Actors, match: Match, source: str | None, first: int, last: int) -> bool:
    """Whether "поддерживать" tells what a program or a device works with, not a stance: its object is a thing of
    technology (``TECH_SUPPORTED``: "поддерживает множество языков", "алгоритм скользящего окна"), or its subject
    is a program or a device (``TECH_DEVICES``), also through "который" ("сервер, который поддерживает
    соединения"; a body that cannot act by the parse, "законопроект поддержал кабмин", is no such subject). Support of
    an idea, a bill or a rally ("поддерживает финансирование помощи Киеву") is none of these, and a side of public
    life that "поддерживает русский язык" backs a policy."""
    tokens = doc.tokens
    anchor = tokens[match.anchor]
    if anchor.pos != "VERB" or not lemma(anchor).startswith("поддерж"):
        return False
    kids = _kids(tokens, match.anchor, first, last)
    objects = [j for j in kids if tokens[j].rel == "obj"]
    objects += [k for j in objects for k in _kids(tokens, j, first, last) if tokens[k].rel == "nmod"
                and lemma(tokens[j]) in QUANTITY_NOUNS]
    if any(lemma(tokens[j]) in TECH_SUPPORTED for j in objects) and (
            source is None or not _public_side(doc, actors, source)):
        return True
    for j in kids:
        if not tokens[j].rel.startswith("nsubj"):
            continue
        if lemma(tokens[j]) == "который" and anchor.rel == "acl:relcl" and first <= anchor.head < last:
            j = anchor.head  # the noun the relative clause tells of
        if tokens[j].rel == "nsubj" and lemma(tokens[j]) in TECH_DEVICES:
            return True
    return False


def _struck_named(tokens: Sequence[Token], actors: Actors, noun: int, first: int, last: int) -> bool:
    """Whether a strike's noun names whom it hits with "по" ("удар Израиля по Ирану"), "на" + accusative ("атака
    России на Украину") or "против" ("военной операции НАТО против Югославии"): its genitive is then the one who
    strikes, not the one struck ("убийство заложников")."""
    return any((case_word(tokens, k, first, last) in ("по", "против") or case_word(tokens, k, first, last) == "на" and
                tokens[k].feats.get("Case") == "Acc" or _invaded(tokens, noun, k, first, last)) and actors.entities(
        k, first, last) for k in _kids(tokens, noun, first, last))


def _participle_agent(tokens: Sequence[Token], head: int, j: int) -> bool:
    """Whether j is the agent of a passive participle that qualifies a noun, standing between the two in the
    instrumental or as an indeclinable name ("поставляемого США оружия", "поставленного Германией оружия"): the
    parser reads it as an object."""
    noun = tokens[head].head
    return _passive_participle(tokens[head]) and tokens[head].rel in ("acl", "amod") and head < j < noun and (
        tokens[j].feats.get("Case") == "Ins" or tokens[j].text.lower().replace("ё", "е") == lemma(tokens[j]))


def _invaded(tokens: Sequence[Token], noun: int, k: int, first: int, last: int) -> bool:
    """Whether k is the land an invasion's noun goes into ("вторжение Израиля в Ливан"): "в" + accusative on
    "вторжение" names whom it is aimed at, so its genitive is the invader."""
    return lemma(tokens[noun]) in INVASION_NOUNS and case_word(tokens, k, first, last) in PLACE_CASES and \
        tokens[k].feats.get("Case") == "Acc"


def _armed_striker(doc: Doc, actors: Actors, tokens: Sequence[Token], match: Match, j: int, first: int,
                   last: int) -> bool:
    """Whether a strike noun's genitive is armed forces, who strike rather than are struck ("атаки ВСУ ракетами
    ATACMS в Курской области", "обстрел армии Израиля"): only the nouns of a strike, only a force named as such; or,
    for an attack, a strike or a raid, a state ("атака России")."""
    if lemma(tokens[match.anchor]) not in STRIKE_NOUNS or tokens[j].head != match.anchor:
        return False
    if lemma(tokens[match.anchor]) in STATE_STRIKES and tokens[j - 1].text.lower() != "вглубь" and (
            lemma(tokens[j]) in ARMED_FORCES or (
            actors.entities(j, first, last, depth=0) and all(
                actors.is_state(e) for e in actors.entities(j, first, last, depth=0)))):
        # "мощную атаку России в ответ на удары", "гибридных атак России", "Под удар сирийской армии попали": a
        # state or its army in the genitive of an attack, a strike or a raid strikes (a state is struck "по" or
        # "на" it); "обстрел Украины", "бомбардировка Югославии" name the land shelled, "атаки вглубь России" the
        # land struck
        return True
    for entity_id in actors.entities(j, first, last, depth=0):
        entity = next((e for e in doc.entities if e.id == entity_id), None)
        if entity is not None and entity.type == "ORG" and (
                ARMED_FORCES | ARMED_ABBREVIATIONS) & set(entity.name.lower().replace("ё", "е").split()):
            return True
    return False


def _counted_win(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether what a verb of taking governs is a count of votes or a share ("завоевав 52,1% против 46,5%",
    "завоевал 306 голосов"): an election won, not a place occupied."""
    return any(lemma(tokens[k]) in COUNT_WORDS or tokens[k].pos == "NUM"
               for j in _kids(tokens, match.anchor, first, last) if tokens[j].rel in ("obj", "obl", "nsubj")
               for k in (j, *_kids(tokens, j, first, last)))


def _own_forces(doc: Doc, actors: Actors, source: str | None, target: str) -> bool:
    """Whether a military aid's receiver is armed forces of no other state than the giver's: "Вооружённые силы"
    or "Силы обороны" with no state named, or the giver's own ("ВСУ" from Украина); "ВСУ" from Германия is aid."""
    entity = next((e for e in doc.entities if e.id == target), None)
    if entity is None or entity.type != "ORG" or not ARMED_FORCES & set(entity.name.lower().split()):
        return False
    theirs = actors.state(target) or (actors.state_by_code(entity.country) if entity.country else None)
    return theirs is None or theirs == actors.state(source)


def _goods_from(actors: Actors, tokens: Sequence[Token], match: Match, first: int, last: int) -> list[str]:
    """The states a duty's goods come from: "пошлины на товары из Мексики и Канады" (a state named "из" inside
    the "на" phrase of the duty's words; not a "на вывоз" phrase, whose "из" is where goods leave)."""
    found: list[str] = []
    for word in match.tokens:
        for j in _kids(tokens, word, first, last):
            if case_word(tokens, j, first, last) != "на" or lemma(tokens[j]) in OUTBOUND:
                continue
            for k in _subtree(tokens, j, first, last):
                if k != j and case_word(tokens, k, first, last) == "из":
                    for e in actors.entities(k, first, last, depth=0):
                        state = actors.country_state(e) if actors.entity_type(e) == "LOC" else e
                        if state and actors.is_state(state) and state not in found:
                            found.append(state)
    return found


def _platforms(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> list[str]:
    """The organisations a ban or a block with no subject names after "в" ("заблокировали в Twitter, Facebook и
    других соцсетях"): who blocks, within its own service. Places ("задержали в аэропорту") are no organisation."""
    for j in _kids(tokens, verb, first, last):
        if tokens[j].rel == "obl" and case_word(tokens, j, first, last) in PLACE_CASES:
            named = _coordinated(actors, tokens, j, first, last)
            if named and all(actors.entity_type(e) == "ORG" for e in named):
                return named
    return []


def _effective_from(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a signing noun only dates when something takes effect: "со дня его подписания", "с момента
    подписания" (the genitive of "с дня/момента/даты"), not "после подписания договора" (a signing told)."""
    anchor = tokens[match.anchor]
    day = anchor.head
    return anchor.pos == "NOUN" and anchor.rel == "nmod" and first <= day < last and \
        lemma(tokens[day]) in FROM_DATES and case_word(tokens, day, first, last) in ("с", "со")


ZERO_SUBJECT_REACH = 6  # sentences back through a chain of subjectless ones


def _zero_subject(doc: Doc, actors: Actors, match: Match, sides: _Sides, first: int, last: int) -> None:
    """The person a subjectless passive main verb is said of, as a biography or a chronicle of one person tells
    him: "Он сын мвами Руанды ... В детстве был крещён ... 28 января 1961 года свергнут с престола", "Шерип
    Алихаджиев был соратником ... Награжден Орденом Мужества": the target. The verb is the sentence's root, past or
    a short participle, singular, outside quotes, with no subject of its own; the person is the subject of the root
    before it in the sentence (a second root the parser made: "был снова задержан, а в 2013 году приговорён") or of
    the last sentence before that has one (each between subjectless too), a person of the verb's gender. A
    sentence whose subject is no person stops the chain: nothing is guessed. Only passives: an active verb's zero
    subject is as often the channel's author or a private person's (telegram: "случайно убил одного из малышей",
    a divorce's concessions), 2 of 5 right on the dumps."""
    tokens = doc.tokens
    verb = tokens[match.anchor]
    if verb.rel != "root" or verb.pos not in ("VERB", "AUX") or verb.feats.get("Number") != "Sing" or \
            not (verb.feats.get("Tense") == "Past" or _passive_verb(verb) and verb.feats.get("VerbForm") == "Part"):
        return
    gender = verb.feats.get("Gender")
    if gender not in ("Masc", "Fem") or actors.quote_at(match.anchor) is not None:
        return
    if any(tokens[j].rel.startswith(("nsubj", "expl", "csubj")) for j in _kids(tokens, match.anchor, first, last)):
        return
    # "полковник был снова задержан, а в 2013 году приговорён", parsed as two roots: the subject of the root before
    # it in the sentence is the second's; a sentence of one root looks back to the sentences before
    before = [j for j in range(first, match.anchor) if tokens[j].rel == "root"]
    index = verb.sent
    for back in range(index, max(-1, index - 1 - ZERO_SUBJECT_REACH), -1):
        sent = doc.sents[back]
        roots = before[-1:] if back == index else [j for j in range(sent.first, sent.last) if tokens[j].rel == "root"]
        if back == index and not roots:
            continue
        if len(roots) != 1:
            return
        root = roots[0]
        subjects = [j for j in _kids(tokens, root, sent.first, sent.last) if tokens[j].rel.startswith("nsubj")]
        if not subjects:
            if tokens[root].pos in ("VERB", "AUX") and tokens[root].feats.get("Number") == "Sing" and \
                    tokens[root].feats.get("Gender") == gender:
                continue  # "Получил образование в ... Некоторое время работал в ...": the chain goes on
            if tokens[root].pos not in ("VERB", "AUX", "NOUN", "PROPN", "PRON", "ADJ"):
                continue  # "(? — 1944), свергнутого ...": a fragment the splitter cut off a sentence, no clause
            return
        if len(subjects) != 1 or tokens[subjects[0]].feats.get("Gender") != gender or \
                tokens[subjects[0]].feats.get("Number") != "Sing":
            return
        found = actors.entities(subjects[0], sent.first, sent.last)
        if len(found) != 1 or actors.entity_type(found[0]) != "PER":
            return
        if sides.source != found[0]:
            sides.target = found[0]
        return


def _denial(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a rejection rejects a claim ("отверг эти обвинения", "отвергает утверждения о ..."): a denial, which
    EVENTS.md does not annotate, not a demand or an offer refused ("отверг требования", "отклонил предложение").
    So is a refusal to admit a charge or one's guilt ("отказался признать обвинения", "отказался признать свою
    вину"): a plea, which the sets do not annotate either (EVENTS.md, the conventions settled)."""
    kids = _kids(tokens, match.anchor, first, last)
    if any(tokens[j].rel == "obj" and lemma(tokens[j]) in CLAIMS_DENIED for j in kids):
        return True
    return len(match.tokens) == 1 and any(
        tokens[j].rel == "xcomp" and lemma(tokens[j]) in ADMITTING and any(
            tokens[k].rel == "obj" and lemma(tokens[k]) in CLAIMS_DENIED | GUILT
            or tokens[k].rel in ("xcomp", "obl", "advcl") and lemma(tokens[k]) == "виновный"
            for k in _kids(tokens, j, first, last)) for j in kids)


def _on_behalf(tokens: Sequence[Token], actors: Actors, side: str, first: int, last: int, nouns: frozenset[str],
               under: int | None = None) -> bool:
    """Whether every mention of ``side`` in the sentence is the genitive of a "по" phrase of ``nouns`` ("по
    запросу ФБР", "по решению суда"): the one on whose request or decision the act is done. With ``under``, the
    phrase must hang on that word."""
    named = [k for k in range(first, last) if k in actors.covering and actors.covering[k].entity == side]
    if not named:
        return False
    for k in named:
        node = k
        # up to the mention's top word ("Пресненского суда Москвы" hangs by "суда"), then to the post it names
        # ("по поручению президента РФ Дмитрия Медведева")
        for _ in range(8):  # (bounded: a parse whose heads loop ends here)
            if not (first <= tokens[node].head < last and (
                    actors.covering.get(tokens[node].head) is actors.covering[k]
                    or tokens[node].rel in ("appos", "flat", "flat:name", "flat:foreign"))):
                break
            node = tokens[node].head
        if tokens[node].rel != "nmod" or tokens[node].feats.get("Case") != "Gen":
            return False
        head = tokens[node].head
        if not (first <= head < last and lemma(tokens[head]) in nouns and case_word(tokens, head, first, last) == "по"
                and (under is None or tokens[head].head == under)):
            return False
    return True


def _court_venue(tokens: Sequence[Token], actors: Actors, target: str, first: int, last: int) -> bool:
    """Whether the target is a court the sentence names after "в" ("подали иск в суд Аризоны", "оспорить
    результаты в Верховном суде США"): where a suit or a claim is heard, not whom it is aimed at. A court
    named as the object ("обвинил суд в предвзятости") stays."""
    named = [k for k in range(first, last) if k in actors.covering and actors.covering[k].entity == target]
    return bool(named) and all(
        lemma(tokens[k]) not in COURTS or case_word(tokens, k, first, last) in PLACE_CASES for k in named) and any(
        lemma(tokens[k]) in COURTS for k in named)


def _polled(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a verb of support counts a share of voters or residents as its subject ("Большинство жителей
    Пенсильвании поддерживают ...", "Клинтон поддерживают 47,8% избирателей", the parser's object then): a poll
    reports them, no one named acts. A share of named sides ("большинство стран ЕС поддержали") stays."""
    if tokens[match.anchor].pos != "VERB":
        return False
    kids = _kids(tokens, match.anchor, first, last)
    verb = tokens[match.anchor]
    if verb.rel == "conj" and first <= verb.head < last and not any(tokens[j].rel == "nsubj" for j in kids):
        # "Все 11 выборщиков ... отдали свои голоса Байдену, а также поддержали Камалу Харрис": the subject of
        # the verb it is joined to
        kids = kids + [j for j in _kids(tokens, verb.head, first, last) if tokens[j].rel == "nsubj"]
    for j in kids:
        if tokens[j].rel not in ("nsubj", "obj") or j in match.tokens:
            continue
        words = [j, *_kids(tokens, j, first, last)]
        if lemma(tokens[j]) in POLLED and (lemma(tokens[j]) not in ("большинство", "%", "процент") or any(
                lemma(tokens[k]) in POLLED for k in words[1:]) or not actors.entities(j, first, last)):
            return True
        if tokens[j].pos == "NUM" and any(lemma(tokens[k]) in POLLED for k in words[1:]):
            return True
        if any(lemma(tokens[k]) in ELECTORS for k in _subtree(tokens, j, first, last)):
            return True  # "Члены коллегии выборщиков от штата Пенсильвания поддержали Байдена"
        if lemma(tokens[j]) in HEADCOUNT and any(tokens[k].pos == "NUM" for k in words[1:]):
            return True  # "Трампа поддержали 232 человека"
    return False


def _forces_abroad(doc: Doc, striker: str, place: str) -> bool:
    """Whether ``striker`` is armed forces named by an abbreviation (ВСУ, ЦАХАЛ) and ``place`` lies in a state
    other than theirs."""
    by_id = {e.id: e for e in doc.entities}
    forces, region = by_id.get(striker), by_id.get(place)
    if forces is None or region is None or forces.type != "ORG" or not region.country:
        return False
    codes = {ARMED_ABBREVIATION_CODES[w] for w in forces.name.lower().replace("ё", "е").split()
             if w in ARMED_ABBREVIATION_CODES}
    return len(codes) == 1 and region.country not in codes


def _deep_into(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> str | None:
    """The actor a strike goes "вглубь" ("удары вглубь РФ"): the name right after the word, when the word or the
    name hangs within the strike's phrase (its noun's, or the verb's it is the object of)."""
    anchor = match.anchor
    top = tokens[anchor].head if tokens[anchor].pos == "NOUN" and tokens[anchor].rel == "obj" and \
        first <= tokens[anchor].head < last else anchor
    phrase = set(_subtree(tokens, top, first, last))
    for k in range(first + 1, last):
        if tokens[k - 1].text.lower() == "вглубь" and k in actors.covering and (
                k in phrase or k - 1 in phrase or tokens[k - 1].head in (k - 1, k)):  # or hung on nothing
            entity = actors.covering[k].entity
            return actors.state(entity) or entity
    return None


def _ordered_by(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> str | None:
    """The one on whose order an attack was done ("по приказу Пиночета", "по распоряжению главы государства"): the
    genitive of an order noun (``ORDER_NOUNS``) with "по" under the attack's word."""
    for k in _kids(tokens, match.anchor, first, last):
        if lemma(tokens[k]) in ORDER_NOUNS and case_word(tokens, k, first, last) == "по":
            for g in _kids(tokens, k, first, last):
                found = actors.entities(g, first, last) if tokens[g].feats.get("Case") == "Gen" else []
                if found:
                    return found[0]
    return None


def _weapon_owner(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> list[str]:
    """The side whose weapon strikes, where a weapon (``WEAPONS``) is the strike's subject ("российские самолеты
    нанесли четыре авиаудара", "беспилотники ВСУ атаковали завод"): the state its adjective names, else the actor
    of its genitive. A weapon names no side by itself, so the strike is otherwise by no one named; the subject only,
    not an instrument ("удары американскими ракетами" tells whose make the missiles are, not who fired them)."""
    for h in match.tokens:
        for k in _kids(tokens, h, first, last):
            if tokens[k].rel != "nsubj" or lemma(tokens[k]) not in WEAPONS or actors.may_act(k):
                continue
            owners = actors.adjective_agents(k, first, last)
            for j in _kids(tokens, k, first, last):
                # "российские и сирийские военные самолеты": each coordinated adjective's state strikes
                if tokens[j].rel == "amod":
                    owners += [e for m in _kids(tokens, j, first, last) if tokens[m].rel == "conj" and
                               tokens[m].pos == "ADJ" for e in _adjective_state(actors, tokens[m].text)
                               if e not in owners]
            if owners:
                return owners
            for g in _kids(tokens, k, first, last):
                if tokens[g].rel == "nmod" and tokens[g].feats.get("Case") == "Gen" and case_word(
                        tokens, g, first, last) is None and actors.may_act(g):
                    named = actors.entities(g, first, last)
                    if named:
                        return named[:1]
    return []


def _weapon_user(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> list[str]:
    """Who strikes where the strike's noun only says what a verb of use serves ("Иран применил ракеты во время
    удара по Израилю", "российские военные использовали ракеты для атаки на Украину", "ВСУ не могут использовать
    ракеты для ударов по территории РФ"): the verb's subject, who uses the weapons for the strike. Through a modal
    or a verb of phase only ("начала использовать"): one permitting or asking for the use ("разрешить использовать
    ракеты", "разрешение использовать") is no striker, and such a use has no subject of its own."""
    anchor = match.anchor
    verb = tokens[anchor].head
    if tokens[anchor].pos != "NOUN" or not first <= verb < last:
        return []
    if tokens[anchor].rel == "nmod" and case_word(tokens, anchor, first, last) == "для" and \
            tokens[verb].rel == "obj" and first <= tokens[verb].head < last:
        verb = tokens[verb].head  # "использовать ракеты для ударов": the parser hangs the purpose on the weapon
    elif tokens[anchor].rel != "obl":
        return []
    if lemma(tokens[verb]) not in USE_VERBS:
        return []
    while not any(tokens[k].rel == "nsubj" for k in _kids(tokens, verb, first, last)) and \
            tokens[verb].rel == "xcomp" and first <= tokens[verb].head < last and \
            lemma(tokens[tokens[verb].head]) in MODALS | PHASE_VERBS:
        verb = tokens[verb].head
    return [e for k in _kids(tokens, verb, first, last) if tokens[k].rel == "nsubj" and actors.may_act(k)
            for e in actors.entities(k, first, last)]


def _adjective_state(actors: Actors, word: str) -> list[str]:
    """The state one adjective names ("сирийские"), none where it names several or none."""
    codes = actors.lexicon.country_of_adjective(word)
    state = actors.state_by_code(codes[0]) if len(codes) == 1 else None
    return [state] if state is not None else []


def _weapon_heading(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> str | None:
    """The place an attack's weapon was flying at ("атака беспилотника, летевшего на Москву", "атаковали дронами,
    летевшими в сторону Курска"): a weapon (``WEAPONS``) in the genitive of the strike's noun or the instrumental
    of its verb, qualified by a participle of heading (``HEADING_VERBS``) with "на" + accusative or "в сторону" /
    "в направлении" + genitive under it."""
    for k in _kids(tokens, match.anchor, first, last):
        if lemma(tokens[k]) not in WEAPONS or case_word(tokens, k, first, last) is not None or \
                tokens[k].feats.get("Case") not in ("Gen", "Ins"):
            continue
        for p in _kids(tokens, k, first, last):
            if tokens[p].rel != "acl" or lemma(tokens[p]) not in HEADING_VERBS:
                continue
            for q in _kids(tokens, p, first, last):
                goal = [q]
                if lemma(tokens[q]) in ("сторона", "направление") and case_word(tokens, q, first, last) == "в":
                    goal = [g for g in _kids(tokens, q, first, last) if tokens[g].feats.get("Case") == "Gen"]
                elif case_word(tokens, q, first, last) != "на" or tokens[q].feats.get("Case") != "Acc":
                    continue
                for g in goal:
                    found = actors.entities(g, first, last, depth=0)
                    if found:
                        return found[0]
    return None


def _staff_of(tokens: Sequence[Token], actors: Actors, entity: str, first: int, last: int) -> bool:
    """Whether the subject that names ``entity`` is a staff noun it is the genitive of ("Работники заводов
    Volkswagen", "Сотрудники компании Ford"), not the organisation itself."""
    return any(tokens[j].rel.startswith("nsubj") and lemma(tokens[j]) in STAFF_WORDS and j not in actors.covering
               and entity in actors.entities(j, first, last) for j in range(first, last))


def _stateless_region(doc: Doc, entity_id: str) -> bool:
    """Whether a place belongs to no one state ("Европа", "Ближний Восток", "Африка"): the names stage gives such a
    place no country; cities, regions and islands have one."""
    entity = next((e for e in doc.entities if e.id == entity_id), None)
    return entity is not None and entity.type == "LOC" and not entity.country


def _arrival_visit(doc: Doc, actors: Actors, sides: _Sides) -> bool:
    """Whether an arrival is a visit: someone public arrives in a state ("Саркози прибыл в Вашингтон"), or a
    person who stands for a state arrives in a named place of that state ("в Екатеринбург прибыл президент РФ
    Дмитрий Медведев", a trip within one's own state, to the place). A private person's arrival is a trip ("актёр
    прилетел в Турцию", "блогер приехал в Москву"), and so is a person's arrival in a city or region when no state
    stands behind them: whether it is abroad or at home the text does not say ("патриарх прибыл в Санкт-Петербург")."""
    if sides.source is None or sides.target is None or _private_person(doc, actors, sides.source):
        return False
    if sides.place is not None and sides.place != sides.target and not actors.is_state(sides.place) and \
            not _public_side(doc, actors, sides.source):
        # "Патриарх Кирилл прибыл в Санкт-Петербург", "в Иркутскую область приехал передвижной цирк", "легенда
        # футбола прибыл в Чечню": a city or region's state is visited only by a side of another state or an
        # organisation of public life; a church's head, a troupe or a player stand for none, and whether they
        # came from abroad the text does not say
        return False
    if actors.is_state(sides.target):
        return True
    state = actors.state(sides.source)
    return sides.target == sides.place and actors.entity_type(sides.source) == "PER" and state is not None \
        and state != sides.source and actors.country_state(sides.target) == state


def _public_side(doc: Doc, actors: Actors, entity_id: str) -> bool:
    """Whether an actor stands for a state or for an organisation of public life: a state's own side, a person
    holding an office ("сенатор") or a post of an organisation ("генсек ООН"), an organisation data/orgs.tsv
    knows. A church's head, a trade's or a player's is none ("патриарх", "легенда футбола")."""
    if actors.state(entity_id) is not None:
        return True
    name = next((e.name for e in doc.entities if e.id == entity_id), "")
    if actors.entity_type(entity_id) == "PER":
        return any(post.person == entity_id and _office(actors, post.post, post.of) for post in doc.posts) or any(
            mention.entity == entity_id and mention.kind == "title" and _office(actors, mention.normal.lower(), None)
            for mention in doc.mentions) or bool(name) and _office_holder_named(name)
    return actors.entity_type(entity_id) == "ORG" and actors.lexicon.org(name) is not None


def _office(actors: Actors, post: str, of: str | None) -> bool:
    """Whether a post is an office of public life: any of a state or an organisation, or one data/posts.tsv files
    under a state's or a party's categories; no faith's, trade's or business's held of no one."""
    entry = actors.lexicon.post(post)
    category = entry.category if entry is not None else None
    return category != "religious" and (of is not None or category not in (None, "other", "business"))


def _condition_subject(actors: Actors, tokens: Sequence[Token], anchor: int, first: int, last: int) -> list[str]:
    """The actors a threat's condition ("если Минск продолжит ...") names as its subject: within the threat's
    phrase, else the first condition after it in its sentence (a parse that split the sentence in two)."""
    for clause in [*_subtree(tokens, anchor, first, last), *range(anchor + 1, last)]:
        kids = _kids(tokens, clause, first, last)
        if clause != anchor and any(tokens[k].rel == "mark" and lemma(tokens[k]) == "если" for k in kids):
            for j in kids:
                if tokens[j].rel.startswith("nsubj"):
                    found = actors.entities(j, first, last)
                    if found:
                        return found
    return []


def _thing_object(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a verb's direct objects are all things no one acts as ("задерживали лодку", "задержали груз"), not
    a person beside a thing the parser hung on the verb too ("где болельщика ... убили", "... цветы")."""
    if tokens[match.anchor].pos != "VERB":
        return False
    objects = [j for j in _kids(tokens, match.anchor, first, last) if tokens[j].rel == "obj"]
    return bool(objects) and all(
        tokens[j].pos == "NOUN" and tokens[j].feats.get("Animacy") == "Inan" and j not in actors.covering
        and not actors.may_act(j) for j in objects)


def _titled_object(actors: Actors, tokens: Sequence[Token], match: Match, source: str | None, first: int,
                   last: int) -> str | None:
    """An organisation a verb's direct object is named as, in apposition ("закрыли телеканал «Аль-Джазира»",
    "заблокировали мессенджер Telegram"); a genitive beside the object is its owner, not its name ("закрыли сайт
    Минобороны" is left to the genitive rules)."""
    if tokens[match.anchor].pos != "VERB":
        return None
    for j in _kids(tokens, match.anchor, first, last):
        if tokens[j].rel != "obj" or tokens[j].pos != "NOUN" or j in actors.covering:
            continue
        for k in _kids(tokens, j, first, last):
            mention = actors.covering.get(k)
            if tokens[k].rel in ("appos", "flat:name", "flat:foreign") \
                    and tokens[k].feats.get("Case") in (None, "Nom") and mention is not None \
                    and mention.type == "ORG" and mention.entity and mention.entity != source:
                return mention.entity
    return None


def _holds_trigger(tokens: Sequence[Token], match: Match, first: int, last: int, triggers: set[int]) -> bool:
    """Whether another trigger stands in what a verb governs ("пообещал, что будет настаивать на ...")."""
    for kid in _kids(tokens, match.anchor, first, last):
        if tokens[kid].rel in ("ccomp", "xcomp") and any(
                j in triggers and j not in match.tokens for j in _subtree(tokens, kid, first, last)):
            return True
    return False


def _decision(tokens: Sequence[Token], noun: int) -> bool:
    """Whether a noun is the "решение" of "принять решение" ("принял решение расторгнуть договор"): who takes
    the decision does the act it names."""
    head = tokens[noun].head
    return lemma(tokens[noun]) == "решение" and 0 <= head < len(tokens) and lemma(tokens[head]) in DECIDING


def _asked_by_unnamed_people(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a request's own genitive is people no name covers ("по просьбе подписчиков канала", "жителей
    района"): whose readers or residents they are did not ask."""
    return any(tokens[j].rel == "nmod" and tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") == "Gen"
               and tokens[j].feats.get("Number") == "Plur" and tokens[j].feats.get("Animacy") == "Anim"
               and j not in actors.covering and case_word(tokens, j, first, last) is None
               for j in _kids(tokens, noun, first, last))


def _asked_doer(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int,
                source: str | None) -> str | None:
    """Who does the act "по просьбе" someone hangs on: the subject of the verb the request's noun is under
    ("По просьбе Франции Совбез ООН созвал заседание": Совбез ООН)."""
    verb = tokens[noun].head
    if tokens[noun].rel != "obl" or not first <= verb < last or tokens[verb].pos != "VERB":
        return None
    return _subject_besides(actors, tokens, verb, source, first, last)


def _subject_besides(actors: Actors, tokens: Sequence[Token], verb: int, source: str | None, first: int,
                     last: int) -> str | None:
    """The first actor a verb's subject names other than ``source``; None where it has no subject or names no one
    else."""
    for j in _kids(tokens, verb, first, last):
        if tokens[j].rel == "nsubj":
            found = [e for e in actors.entities(j, first, last) if e != source]
            return found[0] if found else None
    return None


def _decision_taken(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun of intent is a decision taken ("принял решение расторгнуть договор", "суд вынес решение
    обязать МВД", "было принято решение ввести"): the act decided is told as the deciding body's act, asserted, as
    the sets write it (a plan, a wish or "примет решение" stays future)."""
    head = tokens[noun].head
    if lemma(tokens[noun]) != "решение" or not first <= head < last or lemma(tokens[head]) not in TAKEN_DECISION:
        return False
    return tokens[head].feats.get("Tense") == "Past" and not any(
        tokens[j].text.lower() in ("будет", "будут") for j in _kids(tokens, head, first, last))


def _decided_act(tokens: Sequence[Token], match: Match, first: int, last: int, triggers: set[int]) -> bool:
    """Whether a decision names an act that is an event of its own ("принял решение ввести санкции против
    Белоруссии"): one side's decision is no agreement, the act decided is the event (as a promise's act is)."""
    for noun in match.tokens:
        if _decision(tokens, noun):
            return any(j in triggers and j not in match.tokens for j in _subtree(tokens, noun, first, last))
    return False


def _with_press(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """"встреча с журналистами", "в беседе с корреспондентом": the partner is the press."""
    for head in match.tokens:
        for j in _kids(tokens, head, first, last):
            if lemma(tokens[j]) in PRESS and case_word(tokens, j, first, last) in ("с", "со"):
                return True
    return False


def _reciprocal(tokens: Sequence[Token], j: int, first: int, last: int) -> bool:
    """Whether "друг" at word ``j`` is the reciprocal pronoun's ("друг другу", "друг с другом", "друг друга": the
    word twice, a preposition at most between), not the noun: "поблагодарил «своего друга» Путина" thanks a
    friend, no help given to each other."""
    near = [k for k in range(max(first, j - 3), min(last, j + 4)) if k != j and lemma(tokens[k]) == "друг"]
    return any(all(tokens[m].pos == "ADP" or tokens[m].text in "«»\"" for m in range(min(j, k) + 1, max(j, k)))
               for k in near)


def retyped(tokens: Sequence[Token], match: Match, first: int, last: int) -> Match:
    """"Microsoft согласилась открыть коды": agreeing to do something, with no partner to agree with, is
    yielding (CONCEDE); "согласились с Россией" stays AGREE. "Украина и Турция друг другу помогают": help or
    support given to each other is cooperation (COOPERATE)."""
    if match.trigger.type in RECIPROCAL_TYPES and any(
            lemma(tokens[j]) == "друг" and tokens[j].rel in ("obj", "iobj", "obl")
            and _reciprocal(tokens, j, first, last) for j in _kids(tokens, match.anchor, first, last)):
        return replace(match, trigger=replace(match.trigger, type="COOPERATE", mode=None, cameo="06"))
    if match.trigger.type == "PROTEST" and any(
            lemma(tokens[j]) in SUPPORTERS and tokens[j].rel == "nmod" and any(
                tokens[k].text.lower() in POSSESSIVE_OWN or lemma(tokens[k]) == "свой"
                for k in _kids(tokens, j, first, last))
            for j in _kids(tokens, match.anchor, first, last)):
        # "Трамп выступил на многотысячном митинге его сторонников": a leader rallying his own supporters mobilises
        # them (EVENTS.md, events_dev7); a rally against someone stays a protest
        return replace(match, trigger=replace(match.trigger, type="MOBILIZE", mode="rally", cameo="14"))
    if match.trigger.type == "CONCEDE" and match.trigger.mode == "release":
        # the words around the trigger, not its dependents: the parser hangs "от должности" on the object or on
        # the post after it ("освободил Павла Астахова от должности Уполномоченного")
        near = range(max(first, match.anchor - 4), min(last, match.anchor + 14))
        if any(lemma(tokens[j]) in OFFICES and case_word(tokens, j, first, last) == "от" for j in near):
            if _own_wish(tokens, first, last):
                # "освободить ... от должности ... по собственному желанию", "по его просьбе": a resignation
                # accepted is agreement with who asked for it (EVENTS.md, events_dev10)
                return replace(match, trigger=replace(match.trigger, type="AGREE", mode="agree", cameo="03"))
            # "освободил Небензю от должности заместителя министра", "освобожден от занимаемой должности": removal
            # from office, a dismissal (COERCE, as EVENTS.md types a minister fired), not a release from custody
            return replace(match, trigger=replace(match.trigger, type="COERCE", mode="dismiss", cameo="17"))
    if match.trigger.words in DISMISSALS - DECREED_DISMISSALS and _own_wish(tokens, first, last):
        # "Астахов уволен по «собственному желанию»": a resignation accepted, agreement as with "освободить от
        # должности" above
        return replace(match, trigger=replace(match.trigger, type="AGREE", mode="agree", cameo="03"))
    if match.trigger.words in CONDEMNING and _sentenced(tokens, match.anchor, first, last):
        # a finding of guilt is a verdict of its own beside the sentence it passes ("признан виновным и приговорён":
        # two COERCE events, EVENTS.md events_dev8), so it keeps a mode of its own
        mode = "convict" if match.trigger.words == ("признать", "виновный") else "sentence"
        return replace(match, trigger=replace(match.trigger, type="COERCE", mode=mode, cameo="17"))
    if match.trigger.words not in CONCEDING or len(match.tokens) != 1:
        return match
    kids = _kids(tokens, match.anchor, first, last)
    if any(tokens[j].rel == "xcomp" for j in kids) and not any(
            tokens[j].rel == "obl" and case_word(tokens, j, first, last) in ("с", "со") for j in kids):
        return replace(match, trigger=replace(match.trigger, type="CONCEDE", mode=None, cameo="08"))
    return match


def _evoked(tokens: Sequence[Token], actors: Actors, match: Match, sides: _Sides, first: int, last: int) -> _Sides:
    """"Новые санкции Евросоюза вызвали возмущение Белграда": the subject's act is judged (the target), whose feeling
    the noun names is the judge (the source); with no one's feeling named, a quote's speaker ("«Учения НАТО вызывают
    озабоченность», — заявил представитель МИД Китая", "Кан заявил, что этот визит «вызывает сожаление»")."""
    named = [e for j in _kids(tokens, match.anchor, first, last) if tokens[j].rel.startswith("nsubj")
             for e in actors.entities(j, first, last)]
    target, source = (sides.source, sides.target) if sides.source in named else (sides.target, sides.source)
    if source is None:
        # "Заявление Петрова вызвало критику со стороны Израиля": another subject the sides found, not the act's
        source = next((e for e in sides.sources or () if e not in named and e != target), None)
    if source is None:
        quote = actors.quote_at(match.anchor)
        source = quote.speaker if quote is not None and quote.speaker != target else None
    return replace(sides, source=source, target=target, sources=None, targets=None)


def _told_act(tokens: Sequence[Token], match: Match, matches: Sequence[Match], events: Sequence[Event], first: int,
              last: int) -> str | None:
    """Whose act "этот визит", "эти переговоры" (the trigger's subject, an event noun with a pointing determiner) is:
    the source of the latest event of that noun's type the article told before. With no subject parsed, the
    nominative noun just before the verb (a long sentence's parse hangs it on a later verb)."""
    subjects = [j for j in _kids(tokens, match.anchor, first, last) if tokens[j].rel.startswith("nsubj")] or [
        j for j in range(max(first, match.anchor - 4), match.anchor)
        if tokens[j].pos == "NOUN" and tokens[j].feats.get("Case") == "Nom"]
    for j in subjects:
        if not any(lemma(tokens[k]) in ANAPHORIC for k in _kids(tokens, j, first, last)):
            continue
        told = next((m.trigger.type for m in matches if j in m.tokens), None)
        earlier = [e for e in events if e.type == told and e.source and e.stop <= tokens[first].start]
        if earlier:
            return earlier[-1].source
    return None


def _shared_object(actors: Actors, tokens: Sequence[Token], match: Match, first: int, last: int) -> str | None:
    """The object a verb joined to the one before shares with it: "признал Алексея Навального виновным ... и
    арестовал на 10 суток" arrests Навальный. Only for a finite verb with neither a subject nor an object of its own
    ("задержали Яшина и отпустили" shares; "задержали Яшина и допросили свидетелей" does not)."""
    verb = match.anchor
    token = tokens[verb]
    if token.pos != "VERB" or token.rel != "conj" or not first <= token.head < last or tokens[token.head].pos != "VERB":
        return None
    if any(tokens[j].rel in ("obj", "iobj", "nsubj", "nsubj:pass", "ccomp", "xcomp")
           for j in _kids(tokens, verb, first, last)):
        return None
    if _passive_verb(token) and not _passive_verb(tokens[token.head]):
        # "Петров поддержал Смирнову, но был арестован сотрудниками ФСБ", "взял в заложницы женщину, но был
        # застрелен полицейскими": a passive joined to an active verb is said of that verb's subject, who undergoes
        # it; the active verb's object is not (and where the subject names no one, no one is)
        subjects = [j for j in _kids(tokens, token.head, first, last) if tokens[j].rel == "nsubj"]
        found = actors.entities(subjects[0], first, last) if len(subjects) == 1 else []
        return found[0] if len(found) == 1 else None
    objects = [j for j in _kids(tokens, token.head, first, last) if tokens[j].rel == "obj" and j < verb]
    found = actors.entities(objects[0], first, last) if len(objects) == 1 else []
    return found[0] if len(found) == 1 else None


def _passive_verb(token: Token) -> bool:
    """Whether a verb is a passive form: a short or full passive participle ("арестован", "был задержан") or a
    form the tagger marks passive."""
    return token.pos == "VERB" and (token.feats.get("Voice") == "Pass" or _passive_participle(token))


def _later_object(actors: Actors, tokens: Sequence[Token], vocab: Any, match: Match, first: int,
                  last: int) -> str | None:
    """The object a verb shares with the last of the verbs joined after it: "задержала и допросила Ивана Петрова"
    arrests Петров. Only for a transitive verb (pymorphy's "tran"; "встретился и обсудил" is no sharing) with no
    object or clause of its own, the verbs joined straight after it ("задержала, допросила и отпустила": nothing
    but commas and conjunctions between), none with a subject or object of its own but the last, which has one
    accusative object, after it, that names one actor ("задержала подозреваемого и отпустила": each has
    its own; "обсудил ситуацию": a thing is no side)."""
    verb = match.anchor
    token = tokens[verb]
    if token.pos != "VERB" or not any("tran" in form.tag for form in vocab.parse(token.text.lower())
                                      if form.tag.POS in ("VERB", "INFN")):
        return None
    if any(tokens[j].rel in ("obj", "iobj", "ccomp", "xcomp") for j in _kids(tokens, verb, first, last)):
        return None
    head = token.head if token.rel == "conj" and first <= token.head < last else verb
    if head != verb and any(tokens[j].rel == "obj" for j in _kids(tokens, head, first, last)):
        return None  # "задержала Яшина и отпустила": the first verb's object is _shared_object's
    later = [j for j in _kids(tokens, head, first, last) if tokens[j].rel == "conj" and j > verb]
    if not later or any(tokens[j].pos != "VERB" for j in later):
        return None
    if any(k not in later and tokens[k].rel not in ("cc", "punct") for k in range(verb + 1, later[-1])):
        return None  # "освободил от должности Якунина и назначил Мишарина": words between, an object of its own
    kids = {j: _kids(tokens, j, first, last) for j in later}
    if any(tokens[k].rel in ("obj", "ccomp", "xcomp") for j in later[:-1] for k in kids[j]) or any(
            tokens[k].rel.startswith("nsubj") for j in later for k in kids[j]):
        return None
    objects = [k for k in kids[later[-1]] if tokens[k].rel == "obj" and k > later[-1]]
    if len(objects) != 1 or tokens[objects[0]].feats.get("Case") != "Acc":
        return None
    found = actors.entities(objects[0], first, last)
    return found[0] if len(found) == 1 else None


def _talked_with(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a talking verb of ``TALKING_WITH`` has its partner in "с" + the instrumental, or coordinated subjects
    ("Путин и Байден говорили"): talks, not a saying or a telling."""
    for k in _kids(tokens, match.anchor, first, last):
        if tokens[k].rel == "obl" and tokens[k].feats.get("Case") == "Ins" and case_word(tokens, k, first, last) in (
                "с", "со"):
            return True
        if tokens[k].rel == "nsubj" and any(tokens[j].rel == "conj" for j in _subtree(tokens, k, first, last)):
            return True  # "Путин и Байден говорили", "президенты Путин и Байден говорили"
    return False


def _occasion(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a meeting's noun ("встреча") is only the occasion where the clause's one subject acts: a circumstance
    ("на встрече", "во время встречи") of an asserted verb, with no "с" phrase, no genitive that may act, no one
    the verb tells something to (its dative) and no plural or coordinated subject of the verb (many sides
    meeting)."""
    anchor = tokens[match.anchor]
    verb = anchor.head
    if match.trigger.pos != "noun" or match.trigger.mode != "meeting" or lemma(anchor) != "встреча" or \
            anchor.rel != "obl" or not first <= verb < last or tokens[verb].pos != "VERB" or \
            modality(tokens, verb, first, last) != "asserted":
        return False
    for k in _kids(tokens, match.anchor, first, last):
        if case_word(tokens, k, first, last) in ("с", "со", "между") or tokens[k].rel == "nmod" and \
                tokens[k].feats.get("Case") == "Gen" and (actors.may_act(k) or actors.entities(k, first, last)):
            return False
    verb_kids = _kids(tokens, verb, first, last)
    if any((tokens[k].rel == "iobj" or tokens[k].rel == "obl" and tokens[k].feats.get("Case") == "Dat") and
           case_word(tokens, k, first, last) is None and actors.may_act(k) for k in verb_kids):
        return False  # "на встрече он указал главе МИД Кассису", "сообщил депутату во время встречи": with him
    subjects = [k for k in verb_kids if tokens[k].rel.startswith("nsubj")]
    return len(subjects) == 1 and tokens[subjects[0]].feats.get("Number") != "Plur" and not any(
        tokens[j].rel == "conj" for j in _kids(tokens, subjects[0], first, last))


def _told_in_talk(actors: Actors, tokens: Sequence[Token], match: Match, first: int, last: int,
                  source: str) -> str | None:
    """Whom the verb a talk's noun is the circumstance of addresses: its bare dative, one actor, not the talk's
    holder ("вручил Шольцу письмо на переговорах", "озвучил подозрения Зеленскому во время разговора").
    Only a verb of telling or handing (``TELLING``): "разбить телефон журналисту после встречи" is no talk with
    him, and "Ему удалось во время встречи ..." has its doer in the dative; and only a person told."""
    verb = tokens[match.anchor].head
    if not first <= verb < last or tokens[verb].pos != "VERB" or lemma(tokens[verb]) not in TELLING:
        return None
    told = [k for k in _kids(tokens, verb, first, last) if (tokens[k].rel == "iobj" or tokens[k].rel == "obl"
            and tokens[k].feats.get("Case") == "Dat") and case_word(tokens, k, first, last) is None
            and actors.may_act(k)]  # (an indirect object is a dative whatever case the tagger gave a name)
    if len(told) != 1:
        return None
    found = [e for e in actors.entities(told[0], first, last) if e != source]
    # a person: "указал главе МИД Кассису" with the name unread is no talk with the ministry
    return found[0] if len(found) == 1 and actors.entity_type(found[0]) == "PER" else None


def _circumstance_host(actors: Actors, tokens: Sequence[Token], match: Match, first: int, last: int,
                       target: str) -> str | None:
    """Who holds a meeting told as a circumstance of another clause: the one actor the nearest subject up the tree
    names ("Он сообщил, что во время встречи с Медведевым они договорились": "они" names no one, "Он" does)."""
    verb = tokens[match.anchor].head
    for _ in range(3):
        if not first <= verb < last:
            return None
        for k in _kids(tokens, verb, first, last):
            if tokens[k].rel in ("nsubj", "nsubj:pass") and lemma(tokens[k]) != "который":
                found = actors.entities(k, first, last)
                if len(found) == 1 and found[0] != target:
                    return found[0]
        verb = tokens[verb].head
    return None


def _figure_subject(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a verb trigger's subject is a thing that names no actor ("сердце отказало", "выдвижение обещает
    сделать процесс напряжённее", "год обещает быть трудным"): the verb is said in a figure, no one acts. Strikes
    are left to ``WEAPONS``; only the verbs with such a sense ("обещать": to be likely, "отказать": to fail) are
    read so, as bodies that act are inanimate too ("суд отказал", "компания обещала")."""
    if tokens[match.anchor].pos != "VERB" or lemma(tokens[match.anchor]) not in FIGURE_VERBS:
        return False
    for j in _kids(tokens, match.anchor, first, last):
        if tokens[j].rel == "nsubj" and j not in match.tokens and tokens[j].pos == "NOUN" and \
                tokens[j].feats.get("Animacy") == "Inan" and lemma(tokens[j]) not in COURTS | ORG_DESCRIPTIONS and \
                not actors.may_act(j) and not actors.entities(j, first, last):
            return True
    return False


def _acquitted_by_no_court(tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether "оправдать" has a subject that is no court, its own or that of the verbs it completes or is joined
    to ("Адвокаты считают обвинения голословными и планируют оправдать его"): then it is an aim of the defence, not
    an acquittal."""
    heads = [verb]
    while tokens[heads[-1]].rel in ("xcomp", "conj") and first <= tokens[heads[-1]].head <= last and len(heads) < 4:
        heads.append(tokens[heads[-1]].head)
    return any(tokens[j].rel == "nsubj" and lemma(tokens[j]) not in COURTS
               for head in heads for j in _kids(tokens, head, first, last))


def _sentenced(tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether "осудить" is a court's sentence, not a politician's condemnation: a court is its subject ("Суд
    осудил бывшего мэра"), or it names a term ("осужден на пять лет", "осудили к трём годам лишения свободы") or
    the way of sentencing ("осуждён условно", "заочно осудил"), or the charge it is passed under ("осуждён по
    обвинению в хищении"), or guilt is found with no one named finding it."""
    kids = _kids(tokens, verb, first, last)
    for j in kids:
        word = lemma(tokens[j])
        if tokens[j].rel.startswith("nsubj") and word in COURTS:
            return True
        if tokens[j].rel == "obl" and case_word(tokens, j, first, last) in ("на", "к") and word in TERMS:
            return True
        if tokens[j].rel == "advmod" and word in SENTENCE_MANNERS:
            return True
        if tokens[j].rel == "obl" and case_word(tokens, j, first, last) == "по" and word in CHARGE_GROUNDS:
            return True
    if _convicted(tokens, verb, kids, first, last):
        return True
    # "была признана виновной в убийстве", "его признали виновным": a finding of guilt told with no one finding it is
    # a verdict (EVENTS.md: a court's "признал виновным" is COERCE, an unnamed court `null`); one who finds guilt and
    # is no court ("комиссия признала его виновным") only accuses
    return lemma(tokens[verb]) == "признать" and any(lemma(tokens[j]) == "виновный" for j in kids) and not any(
        tokens[j].rel == "nsubj" for j in kids)


def _unnamed_bodies_dropped(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """The events with an organisation that only a common noun names, told only as whose staff someone is, taken
    for no side: "ранить несколько сотрудников спецслужб", "Сотрудники правоохранительных органов задержали ...",
    "представители прокуратуры встретились с адвокатами", "поддержана ... членами правящей партии" (the names stage
    made an organisation of "спецслужбы", "правоохранительные органы", "прокуратура", "правящая партия"): staff or
    members whose body the text does not name are unnamed people (EVENTS.md's
    conventions: a bare "прокуратура" is null, victims no name tells are no side), and an event left with no side is
    none. A name written in lower case that tells its state ("британское посольство") or that the article ties to
    one is a side, and so is a body told otherwise ("генералов полиции, обвинённых в ..."); a police is the
    article's state where the article tells which, else the police as written (``actors.BARE_STATE_FORCES``;
    tests/test_events_pronouns22.py: "Сотрудники полиции попытались остановить ..., но он напал на них")."""
    names = {e.id: e.name for e in (*doc.entities, *actors.added)}
    tokens = doc.tokens
    starts = [t.start for t in tokens]

    def unnamed(side: str | None, event: Event) -> bool:
        name = names.get(side or "", "")
        if side is None or not name or name != name.lower() or actors.entity_type(side) != "ORG" or \
                name in BARE_STATE_FORCES or any(ch.isdigit() for ch in name) or actors.state(side) is not None or \
                any(actors.lexicon.country_of_adjective(word) for word in name.split()):
            return False
        named = [k for k in range(bisect_left(starts, event.start), bisect_left(starts, event.stop))
                 if k in actors.covering and actors.covering[k].entity == side
                 and actors.covering.get(tokens[k].head) is not actors.covering[k]]
        return bool(named) and all(tokens[k].rel == "nmod" and 0 <= tokens[k].head < len(tokens)
                                   and lemma(tokens[tokens[k].head]) in STAFF_WORDS | REPRESENTATIVES | MEMBER_WORDS
                                   for k in named)
    kept: list[Event] = []
    for event in events:
        source = None if unnamed(event.source, event) else event.source
        target = None if unnamed(event.target, event) else event.target
        if source is None and target is None:
            continue
        kept.append(event if (source, target) == (event.source, event.target) else replace(
            event, source=source, target=target,
            participants=tuple(p for p in event.participants if p in (source, target) or p not in
                               (event.source, event.target))))
    return kept


def _court_acts_on_someone(doc: Doc, actors: Actors, events: list[Event]) -> list[Event]:
    """A court's arrest, sentence or fine (COERCE of ``HELD_MODES``) whose sentence names no person is no event:
    every tuning set leaves out a court's act on people it does not name ("суд отказался отправить чиновников под
    стражу") and a retelling that names no one ("Однако суд назначил наказание выше требуемого"): no set holds a
    court's COERCE with a `null` target, as police acts on unnamed people are none. Where the sentence names a
    person the names stage did not join to the act (a chain of descriptions before the name: "признал уроженца
    Дагестана, чемпиона мира ... Олега Петрова виновным", tests/test_events_sides20.py) or a pronoun stands for one
    ("суд заочно признал его виновным") the court's act stays. A ban of things ("Камеры запрещены решением
    Верховного суда") stays the court's act, and so do a court's acquittal of unnamed doctors ("суд не нашёл вины
    врачей", ACCUSE negated) and its release of unnamed people (CONCEDE)."""
    held = [event for event in events if event.type == "COERCE" and event.mode in HELD_MODES
            and event.target is None and event.source is not None]
    if not held:
        return events  # most articles: nothing to look up
    names = {e.id: e.name for e in (*doc.entities, *actors.added)}
    tokens = doc.tokens
    starts = [t.start for t in tokens]

    def dropped(event: Event) -> bool:
        if not any(_court_word(word) for word in names.get(event.source or "", "").lower().split()):
            return False
        sent = doc.sents[tokens[min(bisect_left(starts, event.start), len(tokens) - 1)].sent]
        return not any(tokens[j].pos == "PROPN" and tokens[j].feats.get("Animacy") == "Anim"
                       or tokens[j].pos == "PRON" and lemma(tokens[j]) in ("он", "она", "они")
                       for j in range(sent.first, sent.last))
    gone = [event for event in held if dropped(event)]
    return [event for event in events if not any(event is g for g in gone)]


def _court_word(word: str) -> bool:
    """A word that names a court: a word of COURTS or a name ending in one ("Мосгорсуд", "Мособлсуд")."""
    return word in COURTS or word.endswith("суд")


def _term_holder(actors: Actors, tokens: Sequence[Token], match: Match, sides: _Sides, first: int,
                 last: int) -> str | None:
    """The person whose term a term cut shortens, or None for a deadline ("сократило сроки строительства"): the
    dative of the verb ("сократил журналисту срок", "Ивану Петрову"), the genitive below the term ("срок тюремного
    заключения Мэннинг", "Срок Берлускони может быть сокращён") or a name after the term that the parser read as a
    second subject (an indeclinable "Мэннинг"), where it names a person; else the target found, if a person."""
    anchor = match.anchor
    term = next((j for j in match.tokens if j != anchor), None)
    kids = _kids(tokens, anchor, first, last)
    subject_before = any(tokens[j].rel in ("nsubj", "nsubj:pass") and j < anchor for j in kids)
    found: list[str] = []
    for k in kids:
        if tokens[k].rel in ("iobj", "obl") and tokens[k].feats.get("Case") == "Dat" and \
                case_word(tokens, k, first, last) is None or \
                term is not None and tokens[k].rel == "nsubj" and k > term and subject_before:
            found += actors.entities(k, first, last, depth=0)
    if term is not None:
        below = [term]
        for _ in range(2):
            below = [k for b in below for k in _kids(tokens, b, first, last)
                     if tokens[k].rel == "nmod" and case_word(tokens, k, first, last) is None]
            found += [e for k in below for e in actors.entities(k, first, last, depth=0)]
    found += [sides.target] if sides.target is not None else []
    return next((e for e in found if actors.entity_type(e) == "PER"), None)


def _convicted(tokens: Sequence[Token], verb: int, kids: Sequence[int], first: int, last: int) -> bool:
    """Whether a passive "осудить" tells a person convicted: "была осуждена за мошенничество", "сына, осуждённого
    за хранение оружия", "осуждённую Химкинским городским судом". The one who undergoes it is a person (the
    passive's subject, or the noun its participle describes); a condemnation told in the passive names who
    condemns ("осуждён Советом Европы", "мировым сообществом") and mostly condemns an act ("Удар был осуждён")."""
    token = tokens[verb]
    if token.feats.get("Voice") != "Pass":
        return False
    if token.rel in ("acl", "amod") and first <= token.head < last:
        undergoer = [token.head]
    else:
        undergoer = [j for j in kids if tokens[j].rel == "nsubj:pass"]
    if len(undergoer) != 1 or tokens[undergoer[0]].feats.get("Animacy") != "Anim":
        return False
    agents = [j for j in kids if tokens[j].rel.startswith("obl") and tokens[j].feats.get("Case") == "Ins"
              and case_word(tokens, j, first, last) is None]
    return all(lemma(tokens[j]) in COURTS for j in agents)


def _event(doc: Doc, actors: Actors, match: Match, sides: _Sides, first: int, last: int,
           dates: Sequence[DateMention], published: Any) -> Event:
    tokens = doc.tokens
    anchor = tokens[match.anchor]
    sent = doc.sents[anchor.sent]
    mood = modality(tokens, match.anchor, first, last)
    intent = _intent_before(tokens, match.anchor, first) if mood == "asserted" else None
    if intent is not None and not _decision_taken(tokens, intent, first, last):
        mood = "future"  # "планам Латвии, Литвы и Эстонии ввести санкции": intended, not done
    if mood == "future" and match.trigger.words == SERVED_TERM:
        mood = "asserted"  # "проведут в колонии три года": the term is to be served, the sentence is passed
    if match.trigger.mode == "clear" and mood in ("asserted", "negated"):
        # "сняли с генерала все подозрения": the accusation is withdrawn, an ACCUSE negated (EVENTS.md: a finding of
        # no fault); "не сняли обвинения" keeps it
        mood = "negated" if mood == "asserted" else "asserted"
    when = _nearest_date([d for d in dates if _dates_the_act(tokens, match, d, first, last)], anchor)
    date = when.date if when else None
    if when is not None and mood == "future" and date is not None and published is not None:
        ahead = find_dates(when.text, published, when.start, future=True)
        date = ahead[0].date if ahead else date
    participants = [p for p in (sides.source, sides.target, *(sides.others or ())) if p]
    type_, cameo = match.trigger.type, match.trigger.cameo
    if match.trigger.mode == "yield-result" and mood == "negated":
        # "Трамп поражение не признаёт", "хунта не признала результаты выборов": a refusal, told as done
        type_, cameo, mood = "REJECT", "12", "asserted"
    return Event(
        type=type_, mode=match.trigger.mode, source=sides.source, target=sides.target,
        participants=tuple(dict.fromkeys(participants)), place=sides.place, date=date,
        date_text=when.text if when else None, modality=mood, cameo=cameo,
        start=sent.start, stop=sent.stop, text=doc.text[sent.start:sent.stop],
    )


def _held_from(tokens: Sequence[Token], match: Match, first: int, last: int) -> int | None:
    """The word of the arrest a release ends ("освобождена из-под домашнего ареста"), else None."""
    for j in _kids(tokens, match.anchor, first, last):
        if lemma(tokens[j]) in HELD_WORDS and case_word(tokens, j, first, last) == "из-под":
            return j
    return None


def _announcing_state(actors: Actors, tokens: Sequence[Token], anchor: int, first: int, last: int) -> str | None:
    """The state whose body (a ministry, a government, a court) announces the passive act at ``anchor`` that names
    no agent ("МВД Пакистана заявило о том, что Бхутто освобождена"), else None. Only a passive form or a noun the
    announcing verb takes ("подтвердили факт задержания Мурси"): an active verb with no subject names no one
    ("задержали в Москве")."""
    if tokens[anchor].feats.get("Voice") != "Pass" and not (
            tokens[anchor].pos == "NOUN" and tokens[anchor].rel in ("obj", "obl", "nmod")):
        # a noun ("подтвердили факт задержания Мурси", "сообщило об аресте") names its agent no more than a passive
        return None
    k = anchor
    for _ in range(4):
        k = tokens[k].head
        if not first <= k < last:
            return None
        if lemma(tokens[k]) in ANNOUNCING:
            break
    else:
        return None
    entities = {e.id: e for e in (*actors.doc.entities, *actors.added)}
    for j in _kids(tokens, k, first, last):
        if tokens[j].rel == "nsubj":
            for entity in actors.entities(j, first, last):
                # a body the actors read as its state already ("представители армии Египта", "полиция Малайзии")
                # announces as the body named does; the state's own name as subject is no body ("Египет сообщил")
                body_as_state = actors.is_state(entity) and actors.covering.get(j) is None
                if actors.entity_type(entity) != "ORG" and not body_as_state or any(
                        lemma(tokens[i]) in FOREIGN_SERVICE for i in _subtree(tokens, j, first, last)):
                    continue  # "МИД России сообщил, что задержан российский журналист": of someone else's act
                state = actors.state(entity)
                code = entities[state].country if state in entities else None
                if state is None or state == entity and not body_as_state or code is None:
                    continue
                if any(m.entity and m.type == "LOC" and entities[m.entity].country not in (None, code)
                       for i, m in actors.covering.items() if first <= i < last and m.entity in entities):
                    continue  # (not "МВД России сообщило, что россиянин задержан в Анкаре": done in another state)
                return state
    return None


def _dates_the_act(tokens: Sequence[Token], match: Match, date: DateMention, first: int, last: int) -> bool:
    """Whether a date of the sentence can tell when the act at ``match`` happened: it does unless it belongs to
    another predicate, a participle or a clause about something else ("Путин подписал закон, позволяющий с 1 января
    2025 года расширять ...", "военнослужащих, вернувшихся в строй до 1 января, освободят"). The act's predicate
    is the first verb at or above its trigger ("В субботу Токаев провел телефонный разговор"), with the verbs it
    is the infinitive, the conjunct or the loosely joined clause of ("планирует посетить Китай в мае", "прилетел в
    субботу и провел переговоры", "вчера напал — он выстрелил"); a participle or a gerund on one of those, or on
    the trigger, tells of the act too ("встреча, состоявшаяся в субботу", "прибыв в субботу, провел переговоры")."""
    held = [j for j in range(first, last) if date.start <= tokens[j].start < date.stop]
    top = next((j for j in held if tokens[j].head < 0
                or not date.start <= tokens[tokens[j].head].start < date.stop), None)
    if top is None:
        return True  # a date the tokens do not line up with: judged by distance alone, as before
    verb = _verb_over(tokens, tokens[top].head, first, last)
    if verb is None:
        return True
    act = {match.anchor, *match.tokens}
    k = _verb_over(tokens, match.anchor, first, last)
    for _ in range(last - first):  # up the chain of infinitives and conjuncts (bounded: a parse may loop)
        if k is None:
            break
        act.add(k)
        if tokens[k].rel not in CLAUSE_CHAIN and tokens[k].feats.get("VerbForm") != "Inf":
            break
        k = _verb_over(tokens, tokens[k].head, first, last)
    if verb in act:
        return True
    describes = tokens[verb].feats.get("VerbForm") in {"Part", "Conv"} or tokens[verb].rel.startswith("acl")
    return describes and tokens[verb].head in act


def _verb_over(tokens: Sequence[Token], j: int, first: int, last: int) -> int | None:
    """The first verb (finite, infinitive, participle or gerund) at or above word ``j`` in its sentence."""
    for _ in range(last - first):
        if not first <= j < last:
            return None
        if tokens[j].pos == "VERB":
            return j
        j = tokens[j].head
    return None  # a parse whose heads loop


def _nearest_date(dates: Sequence[DateMention], anchor: Token) -> DateMention | None:
    near = [d for d in dates if min(abs(d.start - anchor.stop), abs(anchor.start - d.stop)) <= DATE_REACH]
    return min(near, key=lambda d: min(abs(d.start - anchor.stop), abs(anchor.start - d.stop))) if near else None


def _object_of_asked_act(tokens: Sequence[Token], actors: Actors, verb: int, target: str, first: int,
                         last: int) -> bool:
    """Whether a verb of asking names ``target`` only as the object of the infinitive it asks for ("просила
    арестовать Ивана Петрова"), with no one asked of its own ("просила суд арестовать", "просил Петрова
    приехать" ask someone)."""
    if tokens[verb].pos != "VERB":
        return False
    kids = _kids(tokens, verb, first, last)
    if any(tokens[j].rel in ("obj", "iobj") or tokens[j].rel == "obl" and case_word(tokens, j, first, last) in (
            "у", "от", "к") for j in kids):
        return False
    acts = [j for j in kids if tokens[j].rel == "xcomp" and tokens[j].feats.get("VerbForm") == "Inf"]
    inside = {k for j in acts for k in _subtree(tokens, j, first, last) if k != j}
    named = [k for k in range(first, last) if k in actors.covering and actors.covering[k].entity == target]
    return bool(named) and all(k in inside for k in named)


def _insisted_claim(tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether "настаивать" insists on a claim ("настаивал, что ему угрожает опасность", "настаивают на том, что
    он был убит", "настаивает на своей невиновности") rather than demands ("настаивает на отставке", "настаивает
    на том, чтобы Ахметов отказался"): a "что" clause, below the verb or below its "на том"."""
    # the parser lemmatises "на том" as "то" or as "тот"
    heads = [verb, *(k for k in _kids(tokens, verb, first, last) if lemma(tokens[k]) in ("то", "тот")
                     and case_word(tokens, k, first, last) == "на")]
    for head in heads:
        for k in _kids(tokens, head, first, last):
            marks = {lemma(tokens[m]) for m in _kids(tokens, k, first, last) if tokens[m].rel == "mark"}
            if tokens[k].rel in ("ccomp", "acl", "advcl") and "что" in marks and "чтобы" not in marks:
                return True
    return any(lemma(tokens[k]) in CLAIMED_STANDS and case_word(tokens, k, first, last) == "на"
               for k in _kids(tokens, verb, first, last))


def _victims_of(tokens: Sequence[Token], actors: Actors, noun: int, first: int, last: int) -> list[str]:
    """The people named as dying or hurt in an attack told by its noun: the subjects of "погиб(ли) / скончался /
    был ранен" the noun hangs on "в результате", "при", "от" or "в ходе" ("погибли в результате миномётного
    обстрела", "погиб при ударе израильских ВВС"); none unless every subject is a person named."""
    verb = tokens[noun].head
    if tokens[noun].rel == "nmod" and 0 <= verb < len(tokens) and lemma(tokens[verb]) in ("результат", "ход") and \
            case_word(tokens, verb, first, last) == "в":
        verb = tokens[verb].head  # "в результате обстрела", "в ходе атаки"
    elif tokens[noun].rel != "obl" or case_word(tokens, noun, first, last) not in ("при", "от"):
        return []
    if not first <= verb < last or tokens[verb].rel == "amod" or lemma(tokens[verb]) not in VICTIM_VERBS:
        return []
    found: list[str] = []
    for k in _kids(tokens, verb, first, last):
        if tokens[k].rel in ("nsubj", "nsubj:pass"):
            named = actors.entities(k, first, last)
            if not named or any(actors.entity_type(e) != "PER" for e in named):
                return []
            found.extend(e for e in named if e not in found)
    return found


def _one_of(tokens: Sequence[Token], j: int, first: int, last: int) -> bool:
    """Whether word j is "один из" a group, the one named after it: "Один из оппозиционных лидеров Зураб Джапаридзе
    был задержан", "ордер на арест одного из командиров ХАМАС Мохаммеда Дейфа" (a numeral, so no actor by itself)."""
    return lemma(tokens[j]) == "один" and any(case_word(tokens, k, first, last) == "из"
                                              for k in _kids(tokens, j, first, last))


def _giving_verb(tokens: Sequence[Token], noun: int, first: int, last: int) -> tuple[int | None, int | None]:
    """The verb that gives the act an event noun names, whose bare dative is whom it is done to: "избрал Ивану меру
    пресечения в виде заключения под стражу", "продлили Сергею срок содержания под стражей", "выделяют Украине пакет
    помощи". The noun is the verb's object, or the genitive (or "в виде") of a word that measures it out (its term,
    its kind, its package: ``MEASURING``), two steps at most. A noun told as a topic ("рассказал журналистам об
    аресте") or the genitive of a thing ("показал телеканалу видео удара", "передал послу список санкций") gives
    (None, None). With the verb comes the word that measures the act out, where there is one (else None)."""
    k = noun
    for _ in range(3):
        if tokens[k].rel == "obj":
            break
        held = tokens[k].head
        if tokens[k].rel != "nmod" or not first <= held < last or lemma(tokens[held]) not in MEASURING or (
                case_word(tokens, k, first, last) is not None and _compound_case(tokens, k, first, last) != "в вид"):
            return None, None
        k = held
    else:
        return None, None
    verb = tokens[k].head
    if not first <= verb < last or tokens[verb].pos != "VERB":
        return None, None
    return verb, k if k != noun else None


def _verb_dative(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> list[str]:
    """Whom the bare dative of a verb names; where the parser hangs two datives on it, the nearest only:
    "рассказали «Коммерсанту», что обвинение предпринимателю выдвинул СК" gives the act to the businessman."""
    datives = [j for j in _kids(tokens, verb, first, last) if tokens[j].rel in ("iobj", "obl")
               and tokens[j].feats.get("Case") == "Dat" and case_word(tokens, j, first, last) is None
               and actors.may_act(j)]
    return actors.entities(min(datives, key=lambda j: abs(j - verb)), first, last) if datives else []


def _kids(tokens: Sequence[Token], head: int, first: int, last: int) -> list[int]:
    return [j for j in range(first, last) if tokens[j].head == head]


def _asked_from(actors: Actors, tokens: Sequence[Token], anchor: int, first: int, last: int,
                source: str | None) -> list[str]:
    """Whom a request verb's thing is asked of, where the parser hung the "от" phrase on the thing ("потребовал
    извинений от Украины", "потребовала компенсацию в размере 75 миллионов долларов от отеля и Майкла Барретта"):
    the actors of the "от" phrase below the verb's object (a thing, not one who acts), each one coordinated."""
    if tokens[anchor].pos != "VERB":
        return []
    for k in _kids(tokens, anchor, first, last):
        if tokens[k].rel not in ("obj", "obl") or case_word(tokens, k, first, last) is not None or \
                tokens[k].feats.get("Case") not in ("Acc", "Gen") or actors.may_act(k):
            continue
        for j in _kids(tokens, k, first, last):
            if tokens[j].rel != "nmod" or case_word(tokens, j, first, last) != "от":
                continue
            words = [j, *(n for n in _kids(tokens, j, first, last) if tokens[n].rel == "conj")]
            if any(n in actors.covering or actors.may_act(n) for n in words):
                # ("от отеля, его партнёров и Майкла Дэвида Барретта": a thing coordinated with a name is left out)
                found = [e for n in words if n in actors.covering or actors.may_act(n)
                         for e in actors.entities(n, first, last, depth=1) if e != source]
                found = list(dict.fromkeys(found))
                if found:
                    return found
    return []


def _possessed_by(actors: Actors, tokens: Sequence[Token], j: int, noun: int, first: int, last: int) -> list[str]:
    """Whom a possessive word ``j`` on an act's noun names: the person "его"/"её"/"их" stands for ("Его
    увольнение" after "Кулибаев – миллиардер"), or for "свой" the subject of the clause the noun stands in
    ("Дринкман пытается опротестовать свою экстрадицию"); none for any other word ("этот арест")."""
    word = tokens[j].text.lower()
    if word in POSSESSIVE_OWN:
        found = [actors.possessor(j)] if tokens[j].pos == "DET" else actors.entities(j, first, last, depth=0)
        return [e for e in found if e is not None]
    if lemma(tokens[j]) != "свой":
        return []
    node = noun
    for _ in range(4):  # up through the verbs the noun is the object or oblique of, to the clause's subject
        head = tokens[node].head
        if not first <= head < last or tokens[node].rel not in ("obj", "obl", "nmod", "xcomp"):
            return []
        subjects = [k for k in _kids(tokens, head, first, last) if tokens[k].rel in ("nsubj", "nsubj:pass")]
        if subjects:
            return actors.entities(subjects[0], first, last, depth=0)
        node = head
    return []


def _own_wish(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the sentence says an office was left at its holder's wish ("по собственному желанию", "по его
    просьбе")."""
    return any(lemma(tokens[j]) in OWN_WISH and case_word(tokens, j, first, last) == "по" and any(
        tokens[k].text.lower() in OWN_WORDS for k in range(max(first, j - 2), j)) for j in range(first, last))


def _post_of(tokens: Sequence[Token], actors: Actors, verb: int, first: int, last: int) -> list[str]:
    """The actors named inside the post an appointment gives, its instrumental ("назначен главным тренером команды",
    "избран председателем Госсовета Кубы"): whose post it is, not who appoints; a decree's instrumental is not a
    post."""
    return [e for j in _kids(tokens, verb, first, last)
            if tokens[j].rel in ("obl", "xcomp", "nmod") and tokens[j].feats.get("Case") == "Ins"
            and lemma(tokens[j]) not in DECREES | ON_DECISION  # "указом президента Януковича" is who appoints
            for e in actors.entities(j, first, last)]


def _counted(tokens: Sequence[Token], anchor: int, rels: tuple[str, ...], first: int, last: int) -> bool:
    """Whether a dependent of ``anchor`` by one of ``rels`` is a count of people ("два журналиста", "около 1400
    военных"): a noun with a number of its own."""
    return any(tokens[k].rel.split(":")[0] == "nummod"
               for j in _kids(tokens, anchor, first, last) if tokens[j].rel in rels
               for k in _kids(tokens, j, first, last))


def _sides(doc: Doc, actors: Actors, match: Match, first: int, last: int,
           triggers: frozenset[int] | set[int] = frozenset()) -> _Sides:
    tokens = doc.tokens
    sides = _Sides()
    anchor = match.anchor
    heads = [anchor]
    # "провести переговоры": the noun of a verb phrase holds the "с X" too.
    heads += [j for j in match.tokens if j != anchor]
    held = tokens[anchor].head
    if tokens[anchor].pos == "NOUN" and tokens[anchor].rel == "obj" and first <= held < last and \
            lemma(tokens[held]) in LIGHT_VERBS and match.trigger.type in SYMMETRIC:
        # "мы с премьер-министром Турции провели полуторачасовую беседу": the light verb holds the partner
        heads.append(held)
    if tokens[anchor].rel == "nsubj" and first <= held < last and lemma(tokens[held]) in TAKING_PLACE and \
            match.trigger.type in SYMMETRIC:
        # "у Путина и Шольца состоялся телефонный разговор": the sides and the place hang on the verb
        heads.append(held)
    if tokens[anchor].rel == "xcomp" and first <= tokens[anchor].head < last and \
            lemma(tokens[tokens[anchor].head]) in MODALS:
        # "Воронову может быть предъявлено обвинение": the parser hangs the infinitive's words on the modal
        heads.append(tokens[anchor].head)
    subjects: list[str] = []
    objects: list[str] = []
    givers: list[str] = []  # "получила помощь от МВФ": who gives what the subject undergoes
    credited = _credited(actors, tokens, first, last)
    objects_from: list[tuple[int, list[str]]] = []  # the words whose phrases named objects, with what they named
    visitors: list[str] = []  # people named inside a visit's place phrase
    counted = _counted_subject(tokens, anchor, first, last) or _nominative_object(tokens, anchor, first, last) or \
        _fronted_phrase_noun(tokens, match, first, last)
    misread = _object_read_as_subject(tokens, match, first, last) or _object_in_subjects_place(
        tokens, match, first, last)
    if misread is None:  # (a word's index may be 0: no "or" past it)
        misread = _subject_against_number(tokens, match, first, last)
    swapped = _subject_read_as_object(tokens, anchor, first, last) if match.trigger.type not in SYMMETRIC else None
    if match.trigger.type in ("SANCTION", "COERCE"):
        for h in match.tokens:
            if h != anchor and tokens[h].pos == "NOUN":
                # "выслало российского дипломата", "высылка американских дипломатов": the state an adjective of
                # the phrase's second noun names
                objects += [e for e in actors.adjective_agents(h, first, last) if e not in objects]
    for head in heads:
        kids = _kids(tokens, head, first, last)
        for j in kids:
            if j in match.tokens or (
                    tokens[j].rel.startswith("nsubj") and j < anchor and actors.in_line_label(j)):
                continue  # "Мустафа Джемилев: Украина и Турция ... помогают": the line's speaker is no subject
            if swapped is not None and tokens[j].rel.startswith("nsubj") and j < swapped[1]:
                continue  # "Байден сделал то, о чем его просил Киев": the main clause's subject, hung on this verb
            rel = "nsubj" if j == counted or swapped and j == swapped[0] else "obj" if j == misread else tokens[j].rel
            prep = case_word(tokens, j, first, last)
            case = tokens[j].feats.get("Case")
            if rel == "nmod" and prep is None and case == "Acc" and tokens[head].pos == "NOUN" and \
                    tokens[j].feats.get("Animacy") == "Anim":
                # "убийство полицейским ... британца Марка Дуггана": a noun takes no bare accusative; an animate
                # genitive, of the accusative's form, is what the tagger misread
                case = "Gen"
            if rel == "det" and head == anchor and tokens[anchor].pos == "NOUN" and tokens[j].pos == "DET" and \
                    tokens[j].text.lower() in POSSESSIVE_OWN - {"их"} and not subjects and \
                    match.trigger.type not in PATIENT_GENITIVE and match.trigger.words not in PATIENT_NOUNS and \
                    match.trigger.words not in UNDERGOING:
                # "скрывали его сотрудничество с нацистской Германией", "его первый разговор с Трампом", "отклонил
                # его иск против агентства": a possessive on the act's noun tells whose act it is, as a genitive
                # does ("сотрудничество Бандеры"). (An act undergone, "её арест", is read below: the possessive
                # there is whom it is done to.)
                subjects += [e for e in [actors.possessor(j)] if e is not None]
                continue
            if rel == "det" and head == anchor and tokens[anchor].pos == "NOUN" and \
                    match.trigger.type in UNDERGONE_TYPES and match.trigger.words not in UNDERGOING:
                # "Его увольнение вносит путаницу", "пытается опротестовать свою экстрадицию": the possessive of an
                # act undergone is whom it is done to, as its genitive is ("арест Бхутто", "о его задержании")
                objects += [e for e in _possessed_by(actors, tokens, j, anchor, first, last) if e not in objects]
                continue
            if head == anchor and len(match.tokens) > 1 and match.trigger.words in PATIENT_NOUNS and prep is None \
                    and (rel == "nmod" and case == "Gen" or rel == "acl") and j not in match.tokens:
                # "Ордера МУС на арест Нетаньяху", "выданный МУС ордер на арест": the warrant's own genitive, or the
                # agent of the participle that issues it, is who issues it (the arrest's genitive undergoes it)
                issuers = [j] if rel == "nmod" else [k for k in _kids(tokens, j, first, last) if tokens[k].rel in (
                    "obl:agent", "obl") and tokens[k].feats.get("Case") == "Ins" and case_word(
                    tokens, k, first, last) is None]
                subjects += [e for k in issuers if actors.may_act(k) for e in actors.entities(k, first, last)
                             if e not in subjects]
                continue
            if rel == "obl:agent" and prep is None:
                # "подписано Россией": the agent of a passive, read as "obl" is; "выпущена Аун Сан Су Чжи": an
                # indeclinable name (its form is its lemma) read as the agent is the one the passive is said of
                # (not under a participle qualifying a noun: "санкции, введённые США против России" undergo it
                # themselves, so the indeclinable name is the agent)
                own = tokens[j].text.lower().replace("ё", "е") == lemma(tokens[j]) and not (
                    _passive_participle(tokens[head]) and tokens[head].rel in ("acl", "amod"))
                rel = "nsubj:pass" if (case != "Ins" or own) and not any(
                    tokens[k].rel == "nsubj:pass" for k in kids) else "obl"
            if rel == "nsubj" and head == anchor and tokens[anchor].pos == "VERB" and (
                    tokens[anchor].feats.get("Voice") == "Pass" or lemma(tokens[anchor]) in REFLEXIVE_PASSIVES) \
                    and not any(
                        tokens[k].rel == "nsubj:pass" for k in kids):
                # "Бывший премьер Италии обвиняется в ...": the subject of a passive verb the parser labelled as an
                # active one's is still the one the act is done to
                rel = "nsubj:pass"
            if rel == "nsubj" and subjects and j not in match.tokens and tokens[j].pos != "PRON":
                # "Глава представительства США помощник госсекретаря Мэтью Брайза призвал": a second subject
                # is an apposition the parser split off; the person named wins over the organisation of a post
                subjects = _best_typed(actors, subjects + [e for e in actors.entities(j, first, last)
                                                           if e not in subjects and e not in credited])
            elif rel == "nmod" and prep is None and case == "Gen" and tokens[head].pos == "NOUN" and \
                    match.trigger.type == "ASSAULT" and not actors.may_act(j) and not subjects and \
                    actors.adjective_agents(j, first, last):
                # "налет российских беспилотников": the state whose weapons strike
                subjects += actors.adjective_agents(j, first, last)[:1]
            elif rel == "nmod" and prep is None and case == "Gen" and head != anchor and head in match.tokens and \
                    tokens[anchor].pos == "NOUN" and lemma(tokens[head]) == "поддержка" and \
                    case_word(tokens, head, first, last) == "в" and actors.may_act(j):
                # "акция в поддержку журналиста Ивана Голунова", "письмо в поддержку Навального": the genitive of
                # "в поддержку" under a rally's or a letter's noun is who is backed, never whose rally it is; a
                # place that is no state is none backed ("Акции в поддержку Тахрира": the square's protest)
                objects += [e for e in actors.entities(j, first, last) if e not in objects and (
                    actors.entity_type(e) != "LOC" or actors.is_state(e))]
            elif rel == "nmod" and prep is None and case == "Gen" and head != anchor and head in match.tokens and \
                    match.trigger.words in UNDERGOING and match.trigger.words not in HELD and actors.may_act(j):
                # "получила поддержку российского президента": whose support is received gives it
                givers += [e for e in actors.entities(j, first, last) if e not in givers]
            elif rel == "nmod" and prep is None and case == "Gen" and head != anchor and head in match.tokens and \
                    match.trigger.words in HELD:
                # "содержится в тюрьмах Китая", "в тюрьме федерального суда": whose the jail is holds no one
                pass
            elif rel == "nmod" and prep is None and case == "Gen" and head != anchor and head in match.tokens and \
                    tokens[anchor].pos == "VERB" and match.trigger.type not in SYMMETRIC and actors.may_act(j):
                # "признала независимость Абхазии", "выслать дипломатов США": the genitive of a verb phrase's
                # noun is whom the act is aimed at ("состоялась встреча Путина и Байдена" names the sides)
                objects += [e for e in actors.entities(j, first, last) if e not in objects]
                _coordinated_targets(actors, tokens, sides, j, first, last)
            elif rel == "nmod" and prep is None and case == "Gen" and tokens[head].pos == "NOUN" and \
                    (match.trigger.type in PATIENT_GENITIVE or match.trigger.words in PATIENT_NOUNS) and \
                    (actors.may_act(j) or _one_of(tokens, j, first, last)) and not (
                        match.trigger.type == "ASSAULT" and (_struck_named(tokens, actors, head, first, last)
                                                              or _armed_striker(doc, actors, tokens, match, j, first,
                                                                                last))):
                # "арест Бхутто", "убийство заложников", "освобождение пленных": the genitive is who suffers it
                found = actors.entities(j, first, last)
                if not found and j not in actors.covering:
                    # "о задержании исполнителя покушения — Юрия Заруцкого и водителя Андрея Липатова": the
                    # description spelled out after a dash
                    found = _coordinated(actors, tokens, j, first, last)
                    if len(found) > 1 and sides.targets is None:
                        sides.targets = found
                elif found:
                    _coordinated_targets(actors, tokens, sides, j, first, last)
                objects += [e for e in found if e not in objects]
            elif rel == "nsubj" and match.trigger.type in SYMMETRIC and any(
                    tokens[k].rel == "nmod" and case_word(tokens, k, first, last) in ("с", "со")
                    for k in _kids(tokens, j, first, last)) and actors.entities(j, first, last):
                # "мы с премьер-министром Турции провели беседу": the one "с" the subject is the partner
                subjects += [e for e in actors.entities(j, first, last, depth=0) if e not in subjects]
                for k in _kids(tokens, j, first, last):
                    if tokens[k].rel == "nmod" and case_word(tokens, k, first, last) in ("с", "со"):
                        objects += [e for e in actors.entities(k, first, last) if e not in objects]
            elif rel == "nmod" and prep is None and case == "Ins" and tokens[head].pos == "NOUN" and head != anchor \
                    and match.trigger.type in JUDGING:
                # "выразил обеспокоенность действиями Израиля", "недовольство политикой США": what is judged
                found = (_agent_of_noun(actors, tokens, j, first, last) if not actors.may_act(j) else []) or \
                    actors.entities(j, first, last)
                objects += [e for e in found if e not in objects]
            elif rel == "nsubj" and _stray_singular(tokens, head, j, first, last):
                pass  # "Около 30 рабочих ..., Англия захватили свой завод": a singular noun is no plural verb's subject
            elif rel == "nsubj" or (rel == "nmod" and prep is None and case == "Gen" and tokens[head].pos == "NOUN"
                                  and not subjects and actors.may_act(j)) or (
                    # "наложенного Вашингтоном эмбарго", "было подписано Россией": the agent of a passive
                    rel in ("obl", "nmod") and prep is None and case == "Ins" and (
                        tokens[head].feats.get("Voice") == "Pass" or tokens[head].pos == "NOUN" and rel == "nmod")) or (
                    # "Решение Трампа было осуждено Евросоюзом": an instrumental the parser took for an indirect
                    # object of a passive verb is its agent still (no passive takes an instrumental object)
                    rel == "iobj" and prep is None and case == "Ins" and tokens[head].feats.get("Voice") == "Pass"):
                subjects += [e for e in actors.entities(j, first, last) if e not in subjects]
            elif rel == "nsubj:pass" and match.trigger.type not in SYMMETRIC and (
                    tokens[j].pos in ("PROPN", "PRON") or tokens[j].feats.get("Animacy") == "Anim"
                    # "Руководство телеканала «Египет-25» арестовано": a body that acts is acted on too
                    or j not in actors.covering and actors.may_act(j)
                    # "Один из оппозиционных лидеров Зураб Джапаридзе был задержан": one of a group, named after it
                    or _one_of(tokens, j, first, last)):
                # "было арестовано 5000 активистов Народной партии": the one acted upon
                objects += [e for e in actors.entities(j, first, last) if e not in objects]
                if sides.targets is None:
                    # "имам Маулама Аконджио и Тхара Уддин были застрелены": each one coordinated undergoes it
                    coordinated = _coordinated(actors, tokens, j, first, last)
                    sides.targets = coordinated if len(coordinated) > 1 else None
            elif rel == "nsubj:pass" and match.trigger.type in JUDGING and head in heads and \
                    tokens[j].pos == "NOUN" and not actors.may_act(j) and not any(
                        tokens[k].rel == "nmod" and tokens[k].pos == "NOUN" and tokens[k].feats.get("Animacy") == "Anim"
                        for k in _kids(tokens, j, first, last)):
                # "отставка Яценюка должна быть поддержана Верховной Радой": a thing judged in the passive is
                # judged as the object of the active is ("поддержала отставку Яценюка"): whose thing it is (not
                # people told as a group, "награждены ряд российских деятелей": no one's thing, and no state's);
                # an act of its own judged is its doer's as in the active ("Визит Пелоси был осуждён Китаем" as
                # "Китай осудил визит Пелоси"; "Арест Петрова был осуждён" names no doer, so no one)
                objects += [e for e in _agent_of_noun(actors, tokens, j, first, last) if e not in objects]
            elif prep == "от" and match.trigger.words in UNDERGOING and head in match.tokens and actors.may_act(j):
                # "Ирландия получила помощь от МВФ и ЕС": the one "от" whom it comes is the source
                givers += [e for e in actors.entities(j, first, last) if e not in givers]
            elif prep in ("к", "ко") and match.trigger.words == CAPTIVITY and head in match.tokens and \
                    actors.may_act(j):
                # "попал в плен к ИГ": the one "к" whom the prisoner fell takes him
                givers += [e for e in actors.entities(j, first, last) if e not in givers]
            elif rel == "nmod" and prep == "от" and head in match.tokens and tokens[head].pos == "NOUN" and \
                    match.trigger.type != "REQUEST" and actors.may_act(j):
                # "письма поддержки от Социалистической рабочей партии Британии, Конгресса профсоюзов и Юнайт":
                # an act's noun "от" someone is that one's act
                subjects += [e for e in actors.entities(j, first, last) if e not in subjects]
            elif prep == "у" and head == held and match.trigger.type in SYMMETRIC and not subjects:
                # "у Путина и Шольца состоялся разговор": who the meeting was had by are its sides
                subjects += actors.entities(j, first, last)
            elif prep == "по" and lemma(tokens[j]) == "факт" and head in match.tokens and \
                    not CHECK_NOUNS.isdisjoint(match.trigger.words):
                # "проводят проверки по фактам незаконных действий экс-мэра Юрия Лужкова и его супруги Елены
                # Батуриной": whose deeds a check is held on is whom it concerns, each one named
                found = _doers_checked(actors, tokens, j, first, last)
                objects += [e for e in found if e not in objects]
                if len(found) > 1 and sides.targets is None:
                    sides.targets = found
            elif prep == "по" and lemma(tokens[j]) in CASE_NOUNS:
                pass  # "люди, которые были арестованы по делу Сулима": the case's name is no one arrested
            elif prep == "у" and match.trigger.type == "RETREAT":
                # "сдался в плен группировке войск «Запад» у Новомлынска", "отошли у Авдеевки": a surrender or a
                # withdrawal "у" a place says where; whom one surrenders to is the dative
                pass
            elif prep == "по" and match.trigger.type == "CONSULT" and match.trigger.mode != "visit" and \
                    tokens[head].pos == "NOUN" and actors.entities(j, first, last, depth=0) and all(
                        actors.entity_type(e) != "ORG" for e in actors.entities(j, first, last, depth=0)):
                # "переговоры по Украине", "консультации по Ирану": the state talked about is the topic; an
                # organisation or bloc is who one talks with ("отложить переговоры по ЕС": accession talks)
                pass
            elif prep == "с" and _compound_case(tokens, j, first, last) == "с сторона" and actors.may_act(j):
                # "атаки со стороны ВСУ", "провокации со стороны Киева": whose act it is
                subjects += [e for e in actors.entities(j, first, last) if e not in subjects]
            elif prep in ("с", "со") and _compound_case(tokens, j, first, last) == "с помощь":
                # "Израиль и ХАМАС договорились о прекращении огня с помощью Египта": "с помощью" names a means or
                # a mediator, never the partner "с" whom the act is done
                pass
            elif rel in ("obj", "iobj") and prep is None and _participle_agent(tokens, head, j) and actors.may_act(j):
                # "поставляемого США оружия": a name between a passive participle and its noun is its agent, who
                # gives, not whom it is given to
                subjects += [e for e in actors.entities(j, first, last) if e not in subjects]
            elif rel == "obj" and head == anchor and anchor < j and any(
                    tokens[k].feats.get("VerbForm") == "Conv" and tokens[k].head == anchor and not any(
                        tokens[n].rel == "obj" for n in _kids(tokens, k, first, last)) for k in range(anchor + 1, j)):
                # "перестал поддерживать Мулузи, основав Демократическую прогрессивную партию": an object after a
                # gerund with none of its own is the gerund's, which the parser hung on the main verb
                pass
            elif rel == "iobj" and prep is None and case == "Dat" and head == anchor and \
                    tokens[anchor].pos == "VERB" and any(
                        tokens[k].rel == "obj" and tokens[k].feats.get("Case") == "Acc"
                        and tokens[k].feats.get("Animacy") == "Anim" for k in kids):
                # "признал Мирзаева виновным в причинении смерти Агафонову, приговорил преступника к ...": a verb
                # done to a person in the accusative is not done to a dative beside it (the parser hangs the
                # victim of the deed on the verb)
                pass
            elif rel == "iobj" and prep is None and case == "Dat" and match.trigger.mode == "search" and \
                    head == anchor and tokens[anchor].pos == "NOUN":
                # "информацию об обыске им подтвердили": a search takes no dative (one searches someone or a
                # place); a dative the parser hung on its noun is told something ("избрания ей меры пресечения",
                # an arrest's dative, stays its target)
                pass
            elif rel in ("obj", "iobj") or (
                    # "направил поздравительную телеграмму Мигелю Диас-Канелю": a dative name the parser hung on
                    # the noun as an apposition is whom the act is addressed to
                    rel == "appos" and prep is None and case == "Dat" and tokens[head].pos == "NOUN"
                    and tokens[j].pos == "PROPN") or (rel in ("obl", "nmod") and (
                    prep in TARGET_CASES or prep in REQUEST_CASES and match.trigger.type == "REQUEST"
                    # "санкции в отношении России", "расследование в отношении компании": whom it concerns
                    # (no one is met "в отношении": "принять меры в отношении Товпинца" hosts no one)
                    or prep == "в" and match.trigger.type not in SYMMETRIC
                    and _compound_case(tokens, j, first, last) == "в отношение"
                    # "выступил с критикой в адрес журнала", "слова благодарности в адрес врачей": whom a judgement
                    # is addressed to ("в адрес" is no fixed preposition to the parser: the name hangs on "адрес")
                    or prep in PLACE_CASES and lemma(tokens[j]) == "адрес" and match.trigger.type in JUDGING
                    or prep == "из" and match.trigger.type in FROM_TYPES
                    # "Вучич заступился за Россию": whom one defends
                    or prep == "за" and match.trigger.mode == "defend"
                    # "усмотрел в обложке альбома U2 «пропаганду»": whose work a fault is seen in
                    or prep in ("в", "во") and case == "Loc" and match.trigger.words in SEEING_IN
                    # "стрелял в полицейских": whom one shoots at
                    or prep in PLACE_CASES and case == "Acc" and head == anchor and lemma(tokens[head]) in SHOOTING
                    # "вторжение Израиля в Ливан": the land invaded
                    or head == anchor and _invaded(tokens, head, j, first, last)
                    # "Китай запретил экспорт галлия в США": where the goods no longer go
                    or prep in PLACE_CASES and case == "Acc" and match.trigger.type == "SANCTION"
                    and OUTBOUND & set(match.trigger.words)
                    # "передавать в Киев разведданные", "поставлять оружие в Израиль": where arms are delivered
                    or prep in PLACE_CASES and case == "Acc" and match.trigger.type == "AID"
                    and match.trigger.mode == "military" and (j in actors.covering or actors.may_act(j))
                    # "запретили въезд президенту Белоруссии": a bare dative
                    # and "(запрещён) въезд 30 служащим Белоруссии", "помощь Украине": a dative on the event noun
                    or prep is None and case == "Dat" and (rel == "obl" or tokens[head].pos == "NOUN"))):
                found = actors.entities(j, first, last)
                if not found and actors.may_act(j) and _listed_after(actors, tokens, j, first, last) is not None:
                    # "арестовал двух бизнесменов — Ивана Петрова и Сергея Сидорова": a noun that names no one,
                    # spelled out after a dash or a colon, names those listed (people or a body that acts, not a
                    # thing before a credit line: "поддерживает все документы саммита — Путин")
                    found = [e for e in _coordinated(actors, tokens, j, first, last) if e not in credited]
                if lemma(tokens[j]) == "адрес" and prep in PLACE_CASES:
                    # the one named below "адрес" ("в адрес журнала": a bare kind noun is looked up on its own)
                    found = [e for k in _kids(tokens, j, first, last) if tokens[k].rel == "nmod"
                             for e in actors.entities(k, first, last)] or found
                if match.trigger.type == "CONSULT" and rel == "obj" and tokens[j].pos == "NOUN" and \
                        match.trigger.mode != "visit" and not actors.may_act(j):
                    # "обсуждают варианты эвакуации своего астронавта": what is discussed is a topic, not a side
                    found = []
                if match.trigger.type in JUDGING and tokens[j].pos == "NOUN" and j in triggers and \
                        _undergone_act(tokens[j]):
                    # "осудил штурм Капитолия", "назвали убийство имама преступлением": who suffered the act judged
                    # is not judged; only its doer, where named ("осудил атаку России")
                    found = _agent_of_noun(actors, tokens, j, first, last)
                elif match.trigger.type in JUDGING and tokens[j].pos == "NOUN" and (j in triggers or not found):
                    # "осудил визит президента России": who is judged is who made the visit
                    found = _agent_of_noun(actors, tokens, j, first, last) or found
                elif match.trigger.type in JUDGING and tokens[j].pos == "NOUN" and not actors.may_act(j):
                    # "поддержал законопроект о ... в Москве": what is judged is a thing; only whose thing it is
                    # ("позицию России", "действия США") is judged, not a place named deep inside it
                    found = _agent_of_noun(actors, tokens, j, first, last) or [
                        e for e in found if actors.entity_type(e) != "LOC"]
                if match.trigger.mode == "visit" and prep is not None and j not in actors.covering:
                    # "визит на острова президента России Дмитрия Медведева": the parser hung the visitor's
                    # genitive on the place; a person is no place visited
                    visitors += [e for e in found if actors.entity_type(e) == "PER" and e not in visitors]
                    found = [e for e in found if actors.entity_type(e) != "PER"]
                if match.trigger.mode != "visit" and match.trigger.type != "ASSAULT" and prep == "на" and \
                        lemma(tokens[j]) == "территория":
                    # "активы заморожены на территории США": where the act is done, not at whom it is aimed
                    _place(actors, sides, found, None)
                elif match.trigger.mode == "visit" or (rel in ("obl", "nmod") and prep == "на" and (
                        tokens[j].feats.get("Case") == "Loc" or _plural_locative(tokens[j]))):
                    if match.trigger.mode != "visit" and j in actors.covering and \
                            actors.covering[j].type in ("ORG", "PER") and _locative_form(tokens[j]):
                        # "На ЦСК Арене всех попросили покинуть зал", "взломали аккаунт на Госуслугах": a name
                        # "на" which something happens is where it happens (a venue, a platform), not whom it is
                        # aimed at
                        found = [e for e in found if actors.entity_type(e) not in ("ORG", "PER")]
                    if match.trigger.mode != "visit" and _unnamed_people_hit(actors, tokens, match, first, last):
                        # "нападение на священнослужителей на Северном Кавказе": the act names whom it hits, people
                        # no name tells; the land "на" which they were is where, not whom it hit
                        _place(actors, sides, found, None)
                    else:
                        _place(actors, sides, found, objects)
                else:
                    if rel == "obj" and match.trigger.type not in SYMMETRIC:
                        # "К Кронштадтскому бульвару, где болельщика Егора Свиридова убили": the direct object is
                        # who undergoes the act, before a prepositional phrase the parser hung on the verb
                        objects[:0] = [e for e in found if e not in objects]
                    else:
                        objects += [e for e in found if e not in objects]
                    objects_from.append((j, found))
                    if sides.targets is None:
                        # coordinated objects are one event each, a meeting "с Токаевым и Мирзиёевым" too (each
                        # lists every side as a participant), as the sets write "согласовано с МИД, ... и СК"
                        coordinated = _coordinated(actors, tokens, j, first, last)
                        sides.targets = coordinated if len(coordinated) > 1 else None
            elif rel in ("obl", "nmod") and match.trigger.type in JUDGING and \
                    _answered(tokens, j, first, last) is not None:
                # "выразил протест в связи с визитом Дмитрия Медведева": the one whose act it answers
                answered = _answered(tokens, j, first, last) or j
                objects += [e for e in _agent_of_noun(actors, tokens, answered, first, last) if e not in objects]
            elif rel == "obl" and prep in PLACE_CASES and case == "Acc" and match.trigger.type == "REQUEST" and \
                    lemma(tokens[head]) in ADDRESSING and head in match.tokens and any(
                        actors.entity_type(e) == "ORG" for e in actors.entities(j, first, last, depth=0)):
                # "обратился в Совбез ООН с просьбой": the body appealed to is who is asked
                objects += [e for e in actors.entities(j, first, last, depth=0) if e not in objects]
            elif rel in ("obl", "nmod") and prep in PLACE_CASES and tokens[j].feats.get("Case") in ("Loc", "Acc"):
                _place(actors, sides, actors.entities(j, first, last, depth=0), objects
                       if match.trigger.mode == "visit" and tokens[j].feats.get("Case") == "Acc" else None)
            elif rel in ("obl", "nmod") and prep == "между":
                for e in actors.entities(j, first, last):
                    sides.add(e)
    if match.trigger.type == "SUPPORT" and tokens[anchor].pos == "VERB":
        # "Использование ракет по территории РФ Украине одобрили Франция и Великобритания": a dative addressee of
        # the verb is whom the approval is given to, before what a thing approved names inside it (not a
        # condemnation's: "осудил звонок Шольца российскому лидеру" has the dative on the call)
        dative = [e for j in _kids(tokens, anchor, first, last) if tokens[j].rel == "iobj" and actors.may_act(j)
                  for e in actors.entities(j, first, last, depth=0)]
        if dative and any(tokens[j].rel == "obj" and not actors.may_act(j) for j in _kids(tokens, anchor, first, last)):
            objects = [*dative, *(e for e in objects if e not in dative)]
    if swapped is not None:
        # "о чем его просил Киев": the pronoun the parser hung elsewhere is whom the act is aimed at
        objects[:0] = [e for e in actors.entities(swapped[1], first, last) if e not in objects]
    if not objects and match.trigger.type == "CONSULT" and match.trigger.mode != "visit" and \
            tokens[anchor].pos == "VERB":
        # "обсудил экономические вопросы с ирландскими лидерами": the parser hung the partner on the topic
        objects += _partner_below_topic(actors, tokens, anchor, first, last)
    if not objects and match.trigger.type == "THREATEN":
        # "пригрозила наложить штраф на Microsoft": the target stands on the threatened act, wherever the
        # parser hung it in that act's phrase ("штраф в размере 2 млн долларов в сутки на Microsoft")
        for kid in _kids(tokens, anchor, first, last):
            if tokens[kid].rel == "xcomp":
                for j in _subtree(tokens, kid, first, last):
                    if j != kid and tokens[j].rel in ("obj", "iobj", "obl", "nmod") and (
                            case_word(tokens, j, first, last) in TARGET_CASES | {None}) and (
                            tokens[j].rel != "nmod" or case_word(tokens, j, first, last) is not None):
                        depth = 2 if tokens[j].head == kid else 1
                        objects += [e for e in actors.entities(j, first, last, depth=depth) if e not in objects]
                if not objects:
                    # or further on, where the parser hung it on something else: the first name after the
                    # threatened act introduced by "на" or "против"
                    for j in range(kid + 1, last):
                        if j in actors.covering and case_word(tokens, j, first, last) in ("на", "против"):
                            objects += actors.entities(j, first, last, depth=0)
                            break
    if not objects and match.trigger.type == "THREATEN":
        # "угрожала поднять штраф, если «Майкрософт» и дальше будет игнорировать ...": whom the condition names
        objects += _condition_subject(actors, tokens, anchor, first, last)
    if not objects and tokens[anchor].pos == "NOUN" and match.trigger.type not in SYMMETRIC:
        # "Суд избрал Ивану Петрову меру пресечения в виде заключения под стражу", "Сергею Кузнецову продлили срок
        # содержания под стражей", "США выделяют Украине пакет военной помощи": the act's noun is the object of a
        # verb, or named under the word that measures it out, and whom the act is done to is that verb's dative
        giving, measure = _giving_verb(tokens, anchor, first, last)
        given = [] if giving is None else _verb_dative(actors, tokens, giving, first, last)
        objects += given
        if given and not subjects and giving is not None and (giving not in triggers or measure in triggers):
            # "Басманный суд продлил Ивану Петрову срок содержания под стражей", "избрал ... меру пресечения в виде
            # домашнего ареста": who gives the act is that verb's subject (not a verb that is an act of its own:
            # "кандидат, который критиковал военную помощь Украине")
            subjects += [e for j in _kids(tokens, giving, first, last) if tokens[j].rel == "nsubj"
                         for e in actors.entities(j, first, last) if e not in objects]
    if not objects and match.trigger.type == "ASSAULT":
        # "наносить удары ракетами SCALP по российским территориям": the parser hung what is struck on the weapon
        for j in _subtree(tokens, anchor, first, last):
            if j not in match.tokens and case_word(tokens, j, first, last) == "по":
                objects += [e for e in actors.entities(j, first, last, depth=1) if e not in objects]
                if not objects:
                    # "ударили по заводу ... в Белгородской области": the place where the thing struck stands
                    objects += [actors.covering[k].entity or "" for k in _subtree(tokens, j, first, last)
                                if k in actors.covering and actors.covering[k].type == "LOC"][:1]
                if objects:
                    objects_from.append((j, objects[:]))
                    break
    if subjects and match.trigger.type not in SYMMETRIC:
        subjects += [e for e in _together_with(actors, tokens, anchor, first, last) if e not in subjects]
    if not subjects:
        subjects = _permitted(actors, tokens, anchor, first, last)
    if not objects and tokens[anchor].pos == "VERB" and match.trigger.mode != "visit" and not any(
            tokens[j].rel == "obj" for j in _kids(tokens, anchor, first, last)):
        objects += _stray_object(actors, tokens, anchor, first, last)
    if not objects and match.trigger.mode == "apply":
        # "подала заявку на участие в проекте «Сколково»": the application goes to whom its object names
        for noun in (j for j in match.tokens if j != anchor):
            named = [j for j in _subtree(tokens, noun, first, last) if j != noun and j in actors.covering]
            if named:
                objects.append(actors.acting_for(actors.covering[named[0]].entity or ""))
    if not subjects and match.trigger.mode == "travel-ban":
        # "Лукашенко запрещён въезд в страны ЕС": who bans entry is whose territory it is
        for head in heads:
            for j in _kids(tokens, head, first, last):
                if case_word(tokens, j, first, last) in ("в", "во", "на") and tokens[j].feats.get("Case") == "Acc":
                    owners = [e for e in actors.entities(j, first, last) if actors.entity_type(e) != "PER"]
                    subjects += owners
                    objects = [e for e in objects if e not in owners]
    if not subjects and visitors:
        subjects = visitors[:1]
    adjectives = actors.adjective_agents(anchor, first, last) if tokens[anchor].pos == "NOUN" else []
    if not subjects and len(adjectives) > 1 and match.trigger.type in SYMMETRIC and not objects:
        # "российско-японские переговоры": the compound adjective names both sides
        subjects, objects = adjectives[:1], adjectives[1:]
    if not subjects and len(adjectives) == 1 and adjectives[0] not in objects and \
            match.trigger.type not in SYMMETRIC and tokens[anchor].rel in ("obl", "nmod") and \
            case_word(tokens, anchor, first, last) is not None:
        # "Эстония следит за российскими военными маневрами", "рассказал о российских ударах": an act's noun under
        # a preposition, with one state adjective, is that state's act, not one of the clause's subject (which is
        # borrowed only for an act's noun that names no one acting in it)
        subjects = adjectives
    if not subjects and not (tokens[anchor].pos == "VERB" and _generic_subject(tokens, actors, match, first, last)):
        # (not "если партнёры договорятся, WFC имеет все шансы": a subject of its own that names no one is no
        # actor, and the main clause's is not the trigger's)
        borrowed = _borrowed_subject(doc, actors, match, first, last, triggers)
        if _passive_participle(tokens[anchor]) and match.trigger.type not in SYMMETRIC:
            # "среди задержанных оказался Михаил Вельмакин": a passive participle's borrowed subject underwent it
            if tokens[anchor].rel in ("acl", "amod"):
                # "по делу российского бизнесмена, обвиняемого в ...": the person qualified, not his state
                borrowed = [e for e in borrowed if actors.entity_type(e) != "LOC"]
            borrowed = _best_typed(actors, borrowed)  # "депутат ..., сопредседатель движения «Солидарность»"
            if case_word(tokens, anchor, first, last) in ("о", "об", "про"):
                borrowed = []  # "МВД Грузии сообщило о 16 задержанных": who tells of those held was not held
            if not objects and not any(tokens[j].rel == "nsubj:pass" for j in _kids(tokens, anchor, first, last)):
                # (not "Интерпол пресек ..., более 5 тысяч человек были арестованы": those arrested are named)
                objects = borrowed
                sides.targets = borrowed if len(borrowed) > 1 else None
        else:
            subjects = borrowed
    if not subjects and match.trigger.type == "ACCUSE" and match.trigger.mode in ("investigate", "sue"):
        subjects = _proceeding_body(actors, tokens, anchor, first, last)
    if subjects and not objects and _passive_participle(tokens[anchor]) and tokens[anchor].rel in ("acl", "amod") \
            and match.trigger.type not in SYMMETRIC and first <= held < last and actors.may_act(held):
        # "Лиликас, поддерживаемый партией ДИСИ", "журналист, задержанный полицией": the one a passive participle
        # qualifies underwent the act its agent did, as with no agent named (below, the borrowed subject)
        objects = [e for e in actors.entities(held, first, last, depth=1) if e not in subjects]
        sides.targets = objects if len(objects) > 1 else None
    if not subjects and len(adjectives) == 1 and adjectives[0] not in objects and \
            not (_verb_has_subject(tokens, anchor, first, last) and not (
                # "Байден осудил массированную российскую атаку", "Тегеран осудил американские санкции против
                # Ирана": a strike or a sanction judged (or answered) by another act's subject is still the
                # adjective's state's (not an act the verb stops: "заблокировал американскую военную помощь" is no
                # aid given)
                match.trigger.type in ("ASSAULT", "SANCTION") and tokens[anchor].head in triggers)):
        # "массированный российский удар по объектам энергетики Украины", "американские санкции": the
        # adjective names who acts
        subjects = adjectives
    if not objects:
        # "санкции против причастных к подавлению протестов в Грузии": a "против" phrase that names no one
        # itself aims at the nearest actor named inside it
        for head in heads:
            for j in _kids(tokens, head, first, last):
                if j not in match.tokens and any(lemma(tokens[k]) == "против" and tokens[k].rel in ("case", "mark")
                                                 and k not in match.tokens for k in _kids(tokens, j, first, last)):
                    # (not the "против" of "выступают против заморозки переговоров": the act opposed names no one)
                    objects += [e for e in _named_below(actors, tokens, [j], first, last, credited | set(subjects),
                                                        clauses=False, qualifiers=False) if e not in objects]
                elif j not in match.tokens and _instrumental_agent(tokens, head, j, first, last):
                    # "Санкции были введены ЕС против России": the parser hung the "против" phrase on the passive's
                    # agent, a name that takes none of its own; it aims the act as it does under the verb
                    for k in _kids(tokens, j, first, last):
                        if any(lemma(tokens[n]) == "против" and tokens[n].rel == "case"
                               for n in _kids(tokens, k, first, last)):
                            objects += [e for e in _named_below(actors, tokens, [k], first, last,
                                                                credited | set(subjects), clauses=False,
                                                                qualifiers=False) if e not in objects]
    timed = anchor
    if tokens[anchor].rel == "nmod" and first <= held < last and lemma(tokens[held]) in SPANS | FROM_DATES:
        # "вышел из спецприёмника после 10 суток ареста": the span of the act is the time; "за день до задержания
        # он сказал", "с момента задержания он находится": the day or the moment the act is told from
        timed = held
    verb = tokens[timed].head
    told_from = case_word(tokens, timed, first, last) in AFTER_CASES or timed != anchor and (
        case_word(tokens, anchor, first, last) in AFTER_CASES
        or lemma(tokens[timed]) in FROM_DATES and case_word(tokens, timed, first, last) in ("с", "со"))
    if not subjects and not objects and tokens[anchor].pos == "NOUN" and tokens[timed].rel == "obl" and \
            match.trigger.type in UNDERGONE_TYPES and match.trigger.mode not in NO_PATIENT and told_from and \
            first <= verb < last:
        # "После ареста Саипов заявил ...", "после освобождения он вернулся": the one whose act is told after it
        # underwent it
        for j in _kids(tokens, verb, first, last):
            if tokens[j].rel == "nsubj":
                objects += [e for e in actors.entities(j, first, last) if actors.entity_type(e) == "PER"]
    if match.trigger.words in UNDERGOING:
        if len(subjects) > 1 and sides.targets is None and match.trigger.mode == "sentence":
            # "Федор Мирзоянов и Владимир Яроменак проведут в колонии три года": each one serves a term
            sides.targets = subjects[:MAX_TARGETS]
        objects = [*subjects, *(e for e in objects if e not in subjects and e not in givers)]
        subjects = [e for e in givers if e not in objects]
        if not objects and match.trigger.type == "REJECT":
            # "предложение фирмы США получило от Гаваны отказ": a thing turned down is its owner's, named in
            # its phrase ("предложение одной из фирм США")
            for j in _kids(tokens, anchor, first, last):
                if tokens[j].rel == "nsubj" and not actors.may_act(j):
                    owners = _agent_of_noun(actors, tokens, j, first, last) or [
                        e for k in _subtree(tokens, j, first, last) if k != j and tokens[k].feats.get("Case") == "Gen"
                        and case_word(tokens, k, first, last) is None and actors.may_act(k)
                        for e in actors.entities(k, first, last, depth=0)][:1]
                    objects = [e for e in owners if e not in subjects]
    if credited:
        # "РФ ввела санкции против 30 граждан Британии ..., — МИД РФ": who the line is credited to is no side
        subjects = [e for e in subjects if e not in credited]
        for word, found in objects_from:
            if found and all(e in credited for e in found):
                # the phrase's only name was the credit line the parser hung on it: a name inside the phrase
                at = objects.index(found[0]) if found[0] in objects else len(objects)
                objects[at:at] = [e for e in _named_below(actors, tokens, [word], first, last,
                                                          credited | set(subjects)) if e not in objects]
        objects = [e for e in objects if e not in credited]
    if match.trigger.type == "ASSAULT" and not subjects:
        # "российские самолеты нанесли удары", "атаковали беспилотники ВСУ": a weapon that strikes stands for the
        # side its adjective or genitive names
        subjects += [e for e in _weapon_owner(tokens, actors, match, first, last) or _weapon_user(
            tokens, actors, match, first, last) if e not in objects]
    if match.trigger.type not in SYMMETRIC or match.trigger.mode == "visit":
        # "В Киев прибыли Кошта, Каллас и Кос": each visitor makes a visit; they do not meet one another
        sides.sources = subjects[:]
    if match.trigger.type == "REQUEST" and tokens[anchor].pos == "VERB":
        # "потребовала от США выдачи Гюлена": the one asked "от" comes before whom the thing asked names
        asked = [e for j in _kids(tokens, anchor, first, last) if case_word(tokens, j, first, last) == "от"
                 and actors.may_act(j) for e in actors.entities(j, first, last)]
        objects = [*asked, *(e for e in objects if e not in asked)]
    if match.trigger.type == "ASSAULT" and objects and subjects:
        for word, found in objects_from:
            for e in _located_in(actors, tokens, word, first, last):
                if e in objects and e in found and all(
                        _private_person(doc, actors, striker) or actors.country_state(e) in (
                            actors.state(striker), striker) for striker in subjects):
                    # "открыл огонь по полицейским в Далласе": the city the struck stood in is no one struck when a
                    # private person strikes, or a state's side at home ("по складу в Белгороде" from Россия); as
                    # the region rule below, it speaks for a state's side striking abroad ("по складу в Харькове"),
                    # and for a strike by no one named ("Ракетный удар по дому в Сумах")
                    objects.remove(e)
    if match.trigger.type == "ASSAULT" and not objects and sides.place and subjects and \
            (actors.state(subjects[0]) or (subjects[0] if actors.is_state(subjects[0]) else None)) not in (
                None, actors.country_state(sides.place)):
        # "Во Львовской области российские военные нанесли удары по критической инфраструктуре": what is struck
        # names no one, the region where it stands is struck, when a state's side strikes outside its own land
        # (not "директор магазина в Раменском убил воришку", "актёр квеста в Москве выстрелил")
        objects.append(sides.place)
    elif match.trigger.type == "ASSAULT" and not objects and sides.place and subjects and \
            actors.state(subjects[0]) is None and _forces_abroad(doc, subjects[0], sides.place):
        # "атаки ВСУ ракетами ATACMS в Курской области": forces named by an abbreviation, striking outside their
        # state, strike the region as a state's side does
        objects.append(sides.place)
    if match.trigger.type == "AID" and tokens[anchor].pos == "NOUN" and not objects and first <= held < last:
        # "Помощь США Украине составит ...": the parser hung the receiver's dative, right after the aid's phrase,
        # on the verb the noun is the subject of
        after = max(_subtree(tokens, anchor, first, last)) + 1
        if after < last and tokens[after].head == held and tokens[after].rel in ("iobj", "obl") and tokens[
                after].feats.get("Case") == "Dat" and case_word(tokens, after, first, last) is None and \
                actors.may_act(after):
            objects += actors.entities(after, first, last)
    if match.trigger.type == "ASSAULT" and not objects and subjects:
        # "нанесла удар по украинской энергосистеме", "атаку на иранские объекты": what is struck names no one,
        # its state's adjective does (not the striker's own state: "по российским позициям" from Россия)
        striker_state = actors.state(subjects[0]) or (subjects[0] if actors.is_state(subjects[0]) else None)
        for j in _kids(tokens, anchor, first, last) + [k for h in match.tokens if h != anchor
                                                       for k in _kids(tokens, h, first, last)]:
            prep = case_word(tokens, j, first, last)
            if tokens[j].pos == "NOUN" and (prep == "по" or prep == "на" and tokens[j].feats.get("Case") == "Acc"):
                struck = [e for e in actors.adjective_agents(j, first, last) if e != striker_state]
                if struck:
                    objects.append(struck[0])
                    break
    if match.trigger.mode == "visit" and not objects and sides.place:
        state = actors.country_state(sides.place)
        # "посетили Костанайскую область": a visit to Казахстан; a place of no state is itself the target
        objects.append(state or sides.place)
    between = list(sides.others or [])
    # (a ceasefire or a truce "между" two sides is theirs as an agreement is: "перемирие между Израилем и
    # «Хезболлой»")
    if len(between) >= 2 and (match.trigger.type in SYMMETRIC or match.trigger.mode == "ceasefire") and \
            tokens[anchor].pos == "NOUN" and not any(
            tokens[j].rel.startswith("nsubj") for j in _kids(tokens, anchor, first, last)):
        # "договорился ... о начале нового этапа сотрудничества между Киевом и Анкарой": the sides "между" names
        # are the noun's own, not those of the verb it hangs on
        subjects, objects = between[:1], between[1:2]
        if sides.sources is not None and match.trigger.type not in SYMMETRIC:
            # the truce's sides replace a subject borrowed from the verb ("Россия приветствует соглашение о
            # прекращении огня между Израилем и Ливаном"), which would otherwise be an extra source
            sides.sources = subjects[:]
    if subjects:
        sides.source = subjects[0]
    elif between:
        sides.source = between[0]
    source_state = actors.state(sides.source)
    if match.trigger.mode == "visit" and sides.place and source_state and objects == [source_state] \
            and actors.country_state(sides.place) == source_state:
        # "Медведев побывал на Курилах": a trip within one's own state is to the place, not to the state
        objects = [sides.place]
    rest = [e for e in subjects[1:] + objects + between if e != sides.source]
    rest = [e for e in rest if e != source_state or len(rest) == 1 and match.trigger.type in SYMMETRIC
            and actors.entity_type(sides.source or "") != "PER"]
    if objects:
        sides.target = next((e for e in objects if e in rest), None)
    if match.trigger.mode == "visit":
        rest = [e for e in rest if e not in subjects]
    if sides.target is None and match.trigger.type in SYMMETRIC and rest:
        sides.target = rest[0]
    if sides.targets:
        sides.targets = [e for e in sides.targets if e not in (sides.source, source_state)]
    for e in subjects[1:] + objects:
        if e != source_state:
            sides.add(e)
    if sides.target == sides.source:
        sides.target = None
    return sides


def _proposed_to(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether a verb of proposing asks someone named in the dative to do what its infinitive says ("предложил
    парламенту Чечни рассмотреть кандидатуру", "предложила кандидатам провести митинг"); not "предложил ему
    должность" (an offer of a thing) nor "предложил добавить ..." (a measure proposed to no one)."""
    kids = _kids(tokens, verb, first, last)
    return any(tokens[k].feats.get("VerbForm") == "Inf" and tokens[k].rel in ("xcomp", "ccomp", "csubj")
               for k in kids) and any(
        tokens[k].rel in ("iobj", "obl", "obj") and case_word(tokens, k, first, last) is None
        and tokens[k].feats.get("Case") == "Dat" and tokens[k].pos != "PRON" and actors.may_act(k) for k in kids)


def _partner_below_topic(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> list[str]:
    """The partner of talks told by a verb whose "с" + a person the parser hung on the topic discussed ("обсудил
    этот план с генсеком НАТО", "обсудили экономические вопросы с ирландскими лидерами"). Only people (an animate
    noun or a name) are partners there: "обсудил сотрудничество с Китаем" names a topic, and so do the nouns of a
    relation or an affair with someone ("обсудили ситуацию с Навальным", "отношения с Трампом"). The verb must
    have its subject: "Обсуждаем эскалацию с военным обозревателем" is a channel's own interview."""
    if not any(tokens[k].rel == "nsubj" for k in _kids(tokens, verb, first, last)):
        return []
    for k in _kids(tokens, verb, first, last):
        if tokens[k].rel not in ("obj", "obl") or tokens[k].pos != "NOUN" or actors.may_act(k) or \
                lemma(tokens[k]) in RELATION_TOPICS or case_word(tokens, k, first, last) not in (None, "о", "об"):
            continue
        for j in _kids(tokens, k, first, last):
            if tokens[j].rel == "nmod" and case_word(tokens, j, first, last) in ("с", "со") and \
                    tokens[j].feats.get("Case") == "Ins" and (
                        tokens[j].feats.get("Animacy") == "Anim" or j in actors.covering
                        and actors.covering[j].type == "PER"):
                if tokens[j].feats.get("Number") == "Plur" and actors.adjective_agents(j, first, last):
                    # "с ирландскими лидерами": several leaders are their state, not one of them named elsewhere
                    return actors.adjective_agents(j, first, last)[:1]
                found = actors.entities(j, first, last)
                if found:
                    return found[:1]
    return []


def _asked_in_clause(tokens: Sequence[Token], actors: Actors, verb: int, source: str, first: int,
                     last: int) -> str | None:
    """The subject of the "чтобы" clause a request asks for ("призвал к тому, чтобы «Россия жила ...»"): who is
    asked to act, when the request names no one else."""
    for j in _subtree(tokens, verb, first, last):
        if tokens[j].rel != "mark" or lemma(tokens[j]) != "чтобы" or not first <= tokens[j].head < last:
            continue
        clause = tokens[j].head
        if any(tokens[k].rel == "nsubj" for k in _kids(tokens, clause, first, last)):
            return _subject_besides(actors, tokens, clause, source, first, last)
    return None


def _no_comment(tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether a refusal is a refusal to comment ("от комментариев отказались", "отказался комментировать"):
    news says it of every side asked, and it refuses nothing to anyone."""
    return any(lemma(tokens[j]) in NO_COMMENT and tokens[j].rel in ("obl", "xcomp", "obj")
               for j in _kids(tokens, match.anchor, first, last))


def _generic_subject(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether the trigger's clause has a subject of its own, a common noun that names no actor ("партнёры",
    "представители демократического лагеря", "эксперты"), or a third person pronoun that stands for no one
    named ("полиция приехала задержать преступника, но он отказался сдаваться"): its act is theirs, not the
    main clause's subject's nor a quote's speaker's. Looks up from the trigger through the verbs it completes
    ("пытались вести переговоры")."""
    node = match.anchor
    for _ in range(3):
        subjects = [j for j in _kids(tokens, node, first, last)
                    if tokens[j].rel in ("nsubj", "nsubj:pass") and j not in match.tokens]
        if subjects:
            return all((tokens[j].pos == "NOUN" or tokens[j].pos == "PRON" and lemma(tokens[j]) in THIRD_PERSON)
                       and not actors.entities(j, first, last) for j in subjects)
        if tokens[node].rel not in ("xcomp", "obj") or not first <= tokens[node].head < last:
            return False
        node = tokens[node].head
    return False


def _answered(tokens: Sequence[Token], j: int, first: int, last: int) -> int | None:
    """The event noun a judgement answers when nominal ``j`` names it: "в связи с визитом", "из-за действий",
    and "в ответ на визит" (parsed as the noun "ответ" holding "на визит")."""
    if tokens[j].pos != "NOUN":
        return None
    if _compound_case(tokens, j, first, last) in REASON_CASES:
        return j
    if lemma(tokens[j]) == "ответ" and case_word(tokens, j, first, last) == "в":
        return next((k for k in _kids(tokens, j, first, last) if tokens[k].pos == "NOUN"
                     and case_word(tokens, k, first, last) == "на"), None)
    return None


def _compound_case(tokens: Sequence[Token], j: int, first: int, last: int) -> str | None:
    """The whole preposition of a nominal, its fixed words included: "в связь с" (lemmas) in "в связи с визитом"."""
    for k in range(first, last):
        if tokens[k].head == j and tokens[k].rel == "case":
            fixed = [m for m in range(k + 1, min(last, k + 4)) if tokens[m].head == k and tokens[m].rel == "fixed"]
            return " ".join(lemma(tokens[m]) for m in (k, *fixed))
    return None


def _credited(actors: Actors, tokens: Sequence[Token], first: int, last: int) -> set[str]:
    """The entities a line is credited to after a closing dash, with no verb after it ("..., — МИД РФ.",
    "... в Украине, — Bild."): the source of the report, not a side of its event. Entities also named before
    the dash stay sides."""
    dash = next((k for k in range(last - 1, first, -1) if tokens[k].text in ("—", "–")), None)
    if dash is None or not any(tokens[k].text == "," or tokens[k].pos == "PUNCT" and tokens[k].text != "—"
                               for k in range(max(first, dash - 2), dash)):
        return set()
    tail = range(dash + 1, last)
    if any(tokens[k].pos in ("VERB", "AUX") for k in tail):
        return set()
    named = {actors.acting_for(actors.covering[k].entity) for k in tail if k in actors.covering}
    # compared as the actors they act for: "Индонезия будет сотрудничать с Россией, — власти Индонезии" credits
    # the state's authorities, and the state named before the dash stays the side
    before = {actors.acting_for(actors.covering[k].entity) for k in range(first, dash) if k in actors.covering}
    return {e for e in named - before if e}


def _named_below(actors: Actors, tokens: Sequence[Token], words: Sequence[int], first: int, last: int,
                 skip: set[str], clauses: bool = True, qualifiers: bool = True) -> list[str]:
    """The first actor named inside the phrases of ``words`` that is not in ``skip``: "против 30 граждан
    Британии" aims at Британия when the parser hung the credit line on "граждан". Without ``clauses``, not inside
    a relative clause: "митинг против тех, кто вышел на Манежную площадь" names no one opposed. Without
    ``qualifiers``, not inside the phrase of a participle or adjective that qualifies a noun: "обвинения против
    полицейских, причастных к гибели Брауна" aim at the police, not at the one whose death it was."""
    for word in words:
        level, seen = [word], {word}
        while level:  # nearest first: "граждан Британии" before a name hung further down
            for k in level:
                mention = actors.covering.get(k)
                if mention is not None and mention.entity and actors.acting_for(mention.entity) not in skip:
                    return [actors.acting_for(mention.entity)]
            level = [k for k in range(first, last) if tokens[k].head in level and k not in seen
                     and (clauses or tokens[k].rel != "acl:relcl") and (qualifiers or not _qualifying_phrase(
                         tokens, k, first, last))]
            seen.update(level)  # a parse whose heads loop ends here
    return []


def _qualifying_phrase(tokens: Sequence[Token], k: int, first: int, last: int) -> bool:
    """Whether a word is a participle or adjective with words of its own that qualifies a noun ("полицейских,
    причастных к гибели Брауна", "компаний, поставляющих оружие России"): what its phrase names is no part of the
    noun's reference. A bare adjective ("российских компаний") and a noun's own genitive are not."""
    head = tokens[k].head
    return tokens[k].rel in ("acl", "amod") and tokens[k].pos in ("VERB", "ADJ") and first <= head < last and \
        tokens[head].pos in ("NOUN", "PROPN", "PRON") and any(
            tokens[j].rel not in ("punct", "advmod", "cc") for j in _kids(tokens, k, first, last))


def _coordinated(actors: Actors, tokens: Sequence[Token], j: int, first: int, last: int) -> list[str]:
    """One actor for a word and one for each word coordinated with it: "против Газпромбанка, ДОМРФ и банка
    «Центрокредит»" names three targets; "ряда других организаций" names none; "с органами Китая, Малайзии и
    Таиланда" names three (``_genitive_list``)."""
    prep = case_word(tokens, j, first, last)
    listed = _listed_after(actors, tokens, j, first, last)
    if listed is not None:
        # "санкции против четырёх компаний - «Роснефти», «Газпрома» и «Лукойла»": the list names the targets
        j, prep = listed, case_word(tokens, listed, first, last)
    # a word with a preposition of its own is no conjunct of the target ("с центрами в России, на Украине")
    heads = [j]
    if j not in actors.covering:
        # "добавил в списки компанию «Федеральное агентство новостей», «Экономика сегодня» и USA Really": the parser
        # hangs the later names on the name in apposition to the common noun, and they are its conjuncts
        heads += [k for k in range(j + 1, min(last, j + 4)) if tokens[k].head == j and tokens[k].rel == "appos"
                  and k in actors.covering]
    words = [j, *(k for k in range(first, last) if tokens[k].head in heads and tokens[k].rel == "conj"
                  and case_word(tokens, k, first, last) in (None, prep))]
    found: list[str] = []
    for k in words:
        named = actors.entities(k, first, last, depth=1)
        if named and named[0] not in found:
            found.append(named[0])
        if len(named) == 2 and actors.pair(k):
            # "оба гражданина могут быть обвинены" after "X и Y побывали": each of the pair the word counts
            found.extend(e for e in named[1:] if e not in found)
        for g in _genitive_list(actors, tokens, k, first, last):
            # "с правоохранительными органами Китая, Малайзии и Сингапура", "Здания МВД и Верховного суда": a
            # noun's genitive with names coordinated to it names one side for each (the bodies of each state)
            more = actors.entities(g, first, last, depth=0)
            if more and more[0] not in found:
                found.append(more[0])
    return found


def _coordinated_targets(actors: Actors, tokens: Sequence[Token], sides: _Sides, j: int, first: int,
                         last: int) -> None:
    """Each of the names coordinated in an act's genitive is a target of its own ("ордер на арест Нетаньяху и
    Галанта", "освобождение Солошенко и Афанасьева"), as coordinated objects are; where no other phrase of the
    act set its targets first."""
    if sides.targets is None:
        coordinated = _coordinated(actors, tokens, j, first, last)
        sides.targets = coordinated if len(coordinated) > 1 else None


def _genitive_list(actors: Actors, tokens: Sequence[Token], k: int, first: int, last: int) -> list[int]:
    """The names coordinated with the bare genitive that names what word ``k`` stands for ("органами Китая,
    Малайзии и Таиланда" gives "Малайзии" and "Таиланда"): only where ``k`` is a common noun no person's name
    covers, its genitive names an actor, and each conjunct is a bare genitive (or a name the tagger left in
    another case: "победой Трампа ... и Вэнса") that names one."""
    mention = actors.covering.get(k)
    # (a common noun the tagger took for a name at the head of a sentence counts: "Здания МВД и суда обстреляны")
    if not (tokens[k].pos == "NOUN" and (mention is None or mention.type != "PER")
            or tokens[k].pos == "PROPN" and mention is None):
        return []
    genitive = next((g for g in range(k + 1, min(last, k + 4)) if tokens[g].head == k and tokens[g].rel == "nmod"
                     and tokens[g].feats.get("Case") == "Gen" and case_word(tokens, g, first, last) is None
                     and g in actors.covering), None)
    if genitive is None:
        return []
    named = actors.covering[genitive]
    if named.type == "LOC" and not (named.entity and actors.is_state(named.entity)):
        return []  # "пригороды Алеппо и Идлиба": towns listed under a place noun are where, no sides
    return [g for g in range(genitive + 1, last) if tokens[g].head == genitive and tokens[g].rel == "conj"
            and case_word(tokens, g, first, last) is None and g in actors.covering
            and (tokens[g].feats.get("Case") == "Gen" or tokens[g].pos == "PROPN")]


def _listed_after(actors: Actors, tokens: Sequence[Token], j: int, first: int, last: int) -> int | None:
    """The first item of a list that spells out word ``j`` after a dash or a colon ("четыре ресурса - Only News,
    «Ера-Медиа» и Nabuleaks", "трёх банков: Сбербанка, ВТБ и Газпромбанка"), when ``j`` itself names no one."""
    if j in actors.covering:
        return None
    for k in range(j + 1, min(last, j + 4)):
        if tokens[k].text not in LIST_DASHES:
            continue
        item = next((m for m in range(k + 1, min(last, k + 4)) if tokens[m].head == j
                     and tokens[m].rel in ("appos", "parataxis", "conj", "nmod") and m in actors.covering), None)
        return item
    return None


def _best_typed(actors: Actors, entities: list[str]) -> list[str]:
    """Only the entities of the best type (persons, then organisations, then places), in their order."""
    ranks = {e: _TYPE_RANK.get(actors.entity_type(e), 3) for e in entities}
    best = min(ranks.values(), default=3)
    return [e for e in entities if ranks[e] == best]


def _subtree(tokens: Sequence[Token], head: int, first: int, last: int) -> list[int]:
    """``head`` and every word below it in its sentence."""
    below = {head}
    grew = True
    while grew:
        grew = False
        for j in range(first, last):
            if j not in below and tokens[j].head in below:
                below.add(j)
                grew = True
    return sorted(below)


def _agent_of_noun(actors: Actors, tokens: Sequence[Token], noun: int, first: int, last: int) -> list[str]:
    """Who does what an event noun names: its bare genitive ("визит Медведева"), also one the parser hung
    on a phrase of the noun ("визит на острова президента России Дмитрия Медведева")."""
    for j in _kids(tokens, noun, first, last):
        if tokens[j].rel == "acl" and tokens[j].feats.get("Voice") == "Pass":
            # "отверг предложенную ему американскими властями сделку": the participle's agent, whichever label
            # the parser gave it ("Поправка, выдвинутая депутатами ЛДПР, была отклонена": "obl:agent")
            for k in _kids(tokens, j, first, last):
                if _instrumental_agent(tokens, j, k, first, last) and actors.may_act(k):
                    found = actors.entities(k, first, last)
                    if found:
                        return found
    if lemma(tokens[noun]).endswith(("ние", "тие")):
        # "применение Россией «Орешника»", "нарушение Израилем перемирия": a verbal noun's bare instrumental
        for j in _kids(tokens, noun, first, last):
            if tokens[j].rel == "nmod" and tokens[j].feats.get("Case") == "Ins" and tokens[j].pos == "PROPN" \
                    and case_word(tokens, j, first, last) is None and actors.may_act(j):
                found = actors.entities(j, first, last, depth=0)
                if found:
                    return found
    level = [noun]
    # (a strike aimed "по", "на" or "против" someone names its doer in the genitive: "нападение Израиля на Газу")
    undergone = _undergone_act(tokens[noun]) and not _struck_named(tokens, actors, noun, first, last)
    for depth in range(2):
        below = [j for h in level for j in _kids(tokens, h, first, last) if tokens[j].rel == "nmod"]
        for j in below:
            if tokens[j].feats.get("Case") == "Gen" and case_word(tokens, j, first, last) is None and \
                    actors.may_act(j):
                found = actors.entities(j, first, last)
                if found and undergone and not (depth == 0 and lemma(tokens[noun]) in STATE_STRIKES and all(
                        actors.is_state(e) for e in found)):
                    # "назвали убийство имама преступлением", "осудил штурм Капитолия", "объявила о розыске Макафи
                    # в связи с убийством Фолла": the genitive of a killing or an arrest is who suffers it, not who
                    # did it (a state in the genitive of an attack strikes: "атака России")
                    continue
                if found:
                    return found
        level = below
    # "осуждающую американский рейд", "критикует российское вторжение": the state the act's adjective names
    return actors.adjective_agents(noun, first, last)[:1] if tokens[noun].pos == "NOUN" else []


def _instrumental_agent(tokens: Sequence[Token], head: int, j: int, first: int, last: int) -> bool:
    """Whether ``j`` is the agent of the passive ``head``: a bare instrumental under it, whichever of "obl",
    "obl:agent" or "iobj" the parser labelled it ("осуждено Евросоюзом", "введены ЕС")."""
    return tokens[j].head == head and tokens[j].rel in ("obl", "obl:agent", "iobj") and \
        tokens[j].feats.get("Case") == "Ins" and case_word(tokens, j, first, last) is None and (
            tokens[head].feats.get("Voice") == "Pass" or _passive_participle(tokens[head]))


def _proceeding_body(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> list[str]:
    """"В Следственном комитете России возбуждено уголовное дело": a case opened in the passive, with no agent, "в"
    a body is that body's, as "в Кремле заявили" is the Kremlin's (``_inside_body``). Only a body's own
    procedure, an organisation: an arrest "в" a place is no one's act there, and "в России возбуждено дело" names
    no office."""
    if tokens[verb].pos != "VERB" or tokens[verb].feats.get("Voice") != "Pass" or any(
            _instrumental_agent(tokens, verb, j, first, last) for j in _kids(tokens, verb, first, last)):
        return []
    for j in _kids(tokens, verb, first, last):
        if tokens[j].rel == "obl" and case_word(tokens, j, first, last) in ("в", "во") and \
                tokens[j].feats.get("Case") == "Loc":
            found = [e for e in actors.entities(j, first, last, depth=1) if actors.entity_type(e) == "ORG"]
            if found:
                return [actors.acting_for(found[0])]
    return []


def _does_act(verb: Token, match: Match) -> bool:
    """Whether a verb is one that carries out the act a noun names: a light verb ("провести переговоры", "нанести
    удар") or the verb of a trigger phrase of the same type with that noun ("ввести санкции")."""
    if verb.pos not in ("VERB", "ADJ") or not (verb.feats.get("Voice") == "Pass" or _passive_participle(verb)):
        return False
    if lemma(verb) in LIGHT_VERBS:
        return True
    noun = match.trigger.words[0]
    return any(t.type == match.trigger.type and noun in t.words
               for t in load_triggers().by_first.get(lemma(verb), ()))


def _doers_checked(actors: Actors, tokens: Sequence[Token], fact: int, first: int, last: int) -> list[str]:
    """Whose deeds a check is held on "по факту" ("по фактам незаконных действий экс-мэра Юрия Лужкова и его
    супруги Елены Батуриной", "по факту высказываний депутата"): the actors named by the nouns of the genitive
    phrase right after "факт", read along the words (the parser often hangs a later genitive of such a chain
    elsewhere, or on a noun past the verb). None where the phrase's first noun is a crime suffered or an act
    undergone ("по факту гибели X", "по факту избиения X": X suffered it); the phrase ends at the first word that
    is neither a genitive, its adjective or adverb, nor "и"."""
    found: list[str] = []
    deed = None
    for k in range(fact + 1, last):
        token = tokens[k]
        if token.pos in ("ADV", "ADJ", "DET") or token.pos == "CCONJ" and lemma(token) == "и":
            continue
        if token.pos == "PRON" and token.feats.get("Case") == "Gen":
            continue  # "его супруги": a possessive on the next noun
        if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") not in ("Gen", None) and \
                token.rel not in ("flat", "flat:name"):
            break
        if deed is None:
            deed = k
            if lemma(token) in CRIMES_SUFFERED or _undergone_act(token):
                return []
        if k in actors.covering and actors.may_act(k):
            found += [e for e in actors.entities(k, first, last, depth=0) if e not in found]
    return found


def _undergone_act(token: Token) -> bool:
    """Whether a noun is a violent or coercive act of the lexicon ("убийство", "штурм", "арест"), whose bare
    genitive is who undergoes it (``PATIENT_GENITIVE``)."""
    return token.pos == "NOUN" and any(
        t.type in ("ASSAULT", "COERCE") and t.pos == "noun" and len(t.words) == 1
        for t in load_triggers().by_first.get(lemma(token), ()))


def _nominative_before(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int,
                       skip: Sequence[int]) -> list[str]:
    """The subject of a finite verb the parser left without one: the nearest nominative before it that
    names an actor ("Адриано Челентано, известный певец, написал письмо, в котором раскритиковал ...",
    "Со своими идеями Хван выступил" with "Хван" hung on "идеями")."""
    for j in range(verb - 1, first - 1, -1):
        token = tokens[j]
        if token.pos == "PRON" and token.feats.get("Case") == "Nom" and token.rel.startswith("nsubj") \
                and token.lemma.lower() != "который":
            if _disagree(tokens, verb, j, first, last):
                continue  # "он сообщил, что в изоляторе его пытали": "пытали" has no subject at all
            # "СМИ сообщали, что вы передавали письмо, в котором просили ...": the nearest subject is "вы"
            return actors.entities(j, first, last)
        if j in skip or token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Nom":
            continue
        if token.rel in ("nsubj:pass", "flat", "flat:name") or case_word(tokens, j, first, last) is not None:
            continue
        if _reporter(tokens, j, first, last):
            continue  # "Как уточнили представители прокуратуры, оба ... планировали совершить теракт"
        named = j
        while tokens[named].rel == "conj" and first <= tokens[named].head < last and tokens[named].head != named:
            named = tokens[named].head
        if tokens[named].rel == "appos" and first <= tokens[named].head < named and \
                tokens[tokens[named].head].feats.get("Case") not in (None, "Nom") and \
                all(tokens[k].pos == "PUNCT" for k in range(tokens[named].head + 1, named)):
            # "Компанию «Конкорд менеджмент и консалтинг» ... в США обвинили": a name right after the noun it names
            # keeps the nominative whatever that noun's case, which is the object's here (not "После бегства
            # Януковича ... Москва и Киев не смогли", a subject the parser hung on a far noun)
            continue
        group = _conjoined_group(tokens, j, first, last)
        number = tokens[verb].feats.get("Number")
        plural = "Plur" if len(group) > 1 and not _apposed_pair(tokens, group, first, last) \
            else token.feats.get("Number")
        if number and plural and plural != number:
            continue  # "его пытали" has no subject at all; a singular noun is not its agent
        # "UPD:** Шольц и Путин **договорились": coordinated names the parser cut off are the verb's subjects
        found = list(dict.fromkeys(e for k in group for e in actors.entities(k, first, last, depth=1)))
        if found:
            return found
    return []


def _reporter(tokens: Sequence[Token], j: int, first: int, last: int) -> bool:
    """Whether ``j`` is the subject of a fronted attribution clause ("Как сообщает Reuters, ...", "Как уточнили
    представители прокуратуры, ..."): who tells of the act, not who does it."""
    verb = tokens[j].head
    return tokens[j].rel == "nsubj" and first <= verb < last and tokens[verb].pos == "VERB" and any(
        tokens[k].head == verb and tokens[k].rel == "mark" and lemma(tokens[k]) == "как" for k in range(first, verb))


def _disagree(tokens: Sequence[Token], verb: int, j: int, first: int, last: int) -> bool:
    """Whether a singular pronoun stands before a plural verb or the other way round ("он ... его пытали");
    "вы" with a plural verb agrees, and so does a pronoun with others joined to it ("он и Обама встретились",
    "он с Обамой встретились")."""
    pronoun = tokens[j]
    number, own = tokens[verb].feats.get("Number"), pronoun.feats.get("Number")
    joined = pronoun.rel == "conj" or any(tokens[k].rel == "conj" or tokens[k].rel == "nmod" and case_word(
        tokens, k, first, last) in ("с", "со") for k in _kids(tokens, j, first, last))
    return bool(number and own and number != own and not joined and pronoun.text.lower() not in ("вы", "мы"))


def _family(doc: Doc, actors: Actors, match: Match, sides: _Sides, first: int, last: int) -> bool:
    """Whether a meeting is a family's: two people of one surname ("Алла Бут" and "Виктор Бут"), or one whose
    subject is a kin word ("приняли участие вдова Ельцина Наина Иосифовна", "прибудут его дочь Лиза и мать")."""
    tokens = doc.tokens
    if sides.source and sides.target and actors.entity_type(sides.source) == "PER" == actors.entity_type(
            sides.target):
        one, other = (doc.entity(e).name.split() for e in (sides.source, sides.target))
        if len(one) > 1 and len(other) > 1 and one[-1] == other[-1] and one[0] != other[0]:
            return True
    clause = {match.anchor, tokens[match.anchor].head}
    named = {sides.source, sides.target} - {None}
    if sides.target is None and any(
            lemma(tokens[k]) in KIN_WORDS and k not in actors.covering and tokens[k].rel in ("obj", "iobj", "obl")
            and not any(tokens[m].rel == "nmod" for m in _kids(tokens, k, first, last))
            for k in _kids(tokens, match.anchor, first, last)):
        # "Алихаджиев сумел позвонить супруге", "встретился со своей матерью": a call or a visit to one's own kin
        # (not "встретился с матерью погибшего солдата")
        return True
    for k in range(first, last):
        if lemma(tokens[k]) not in KIN_WORDS or tokens[k].feats.get("Case") != "Nom":
            continue
        if tokens[k].head in clause and tokens[k].rel.startswith("nsubj"):
            return True
        # "на встречу с Виктором прибудут также его дочь": the relative of a side, wherever the parser hung it
        if any(tokens[j].feats.get("Case") == "Gen" and named & set(actors.entities(j, first, last, depth=0))
               for j in _kids(tokens, k, first, last)):
            return True
    return False


def _object_read_as_subject(tokens: Sequence[Token], match: Match, first: int, last: int) -> int | None:
    """A second subject after an active transitive verb whose subject stands before it, with no object: the
    object, in a form that reads as a nominative too ("Суд арестовал замглавы агентства Александра Попелюха":
    "замглавы" does not decline). Two subjects before the verb are one split by the parser ("Глава
    представительства США помощник госсекретаря Мэтью Брайза призвал"), and a verb before its only subject
    ("заявил президент") has one."""
    verb = tokens[match.anchor]
    if verb.pos != "VERB" or not _finite(verb) or verb.feats.get("Voice") == "Pass" or \
            match.trigger.type in SYMMETRIC:
        return None
    kids = _kids(tokens, match.anchor, first, last)
    if any(tokens[k].rel in ("obj", "iobj", "nsubj:pass") for k in kids):
        return None
    subjects = [k for k in kids if tokens[k].rel == "nsubj"]
    before = [k for k in subjects if k < match.anchor]
    after = [k for k in subjects if k > match.anchor]
    if len(before) != 1 or len(after) != 1 or tokens[after[0]].pos == "PRON":
        return None
    first_word, second = tokens[before[0]], tokens[after[0]]
    if first_word.feats.get("Case") not in (None, "Nom") and _oblique_ending(first_word) and \
            first_word.text.lower().replace("ё", "е") != lemma(first_word) and second.feats.get("Case") == "Nom":
        # "Премьера Италии поддержал в среду Дональд Трамп": the word before is declined, the one after is not,
        # so the object stands first
        return before[0]
    return after[0]


def _object_in_subjects_place(tokens: Sequence[Token], match: Match, first: int, last: int) -> int | None:
    """The only subject of an active verb, with no object beside it, that is no nominative: a name declined into an
    oblique case ("Госдуму просят взять ситуацию на контроль", "Питера Слиппера ... обвиняют") that the verb does
    not agree with (a plural verb and a singular name: the plural is said of no one named; a neuter past of a
    masculine or feminine name). The name is the object; a word whose form is its lemma ("ВСУ приказали") may be
    either, so stays."""
    verb = tokens[match.anchor]
    if verb.pos != "VERB" or not _finite(verb) or verb.feats.get("Voice") == "Pass":
        return None
    kids = _kids(tokens, match.anchor, first, last)
    subjects = [k for k in kids if tokens[k].rel == "nsubj"]
    if len(subjects) != 1 or any(tokens[k].rel in ("obj", "nsubj:pass") for k in kids):
        return None
    subject = subjects[0]
    words = [subject, *(k for k in _kids(tokens, subject, first, last) if tokens[k].rel in ("flat:name", "appos"))]
    declined = [k for k in words if tokens[k].text.lower().replace("ё", "е") != lemma(tokens[k])
                and _oblique_ending(tokens[k])]
    if not declined or any(tokens[k].feats.get("Case") == "Nom" and tokens[k].pos in ("NOUN", "PROPN")
                           and tokens[k].text.lower().replace("ё", "е") != lemma(tokens[k]) for k in words):
        return None
    noun = tokens[declined[-1]].feats
    disagrees = verb.feats.get("Number") == "Plur" and noun.get("Number") == "Sing" or \
        verb.feats.get("Gender") == "Neut" and noun.get("Gender") in ("Masc", "Fem")
    return subject if disagrees else None


def _subject_against_number(tokens: Sequence[Token], match: Match, first: int, last: int) -> int | None:
    """The subject before a plural active verb that the tagger reads as a singular accusative, where plural weapons
    after the verb, whose nominative is their accusative, can be the subject: "Каспийск уже атаковали дроны" (the
    drones attack, the town is struck; a verb does not agree with a singular subject in the plural). Only weapons:
    other plural objects ("приговорили к 15 суткам") are the parser's own reading more often than not."""
    verb = tokens[match.anchor]
    if verb.pos != "VERB" or not _finite(verb) or verb.feats.get("Voice") == "Pass" or \
            verb.feats.get("Number") != "Plur":
        return None
    kids = _kids(tokens, match.anchor, first, last)
    subjects = [k for k in kids if tokens[k].rel == "nsubj"]
    if len(subjects) != 1 or subjects[0] > match.anchor or any(tokens[k].rel == "conj" for k in _kids(
            tokens, subjects[0], first, last)):
        return None
    subject = tokens[subjects[0]].feats
    if subject.get("Case") != "Acc" or subject.get("Number") != "Sing" or subject.get("Animacy") != "Inan":
        return None
    doers = [k for k in kids if tokens[k].rel == "obj" and k > match.anchor and lemma(tokens[k]) in WEAPONS
             and tokens[k].feats.get("Number") == "Plur" and tokens[k].feats.get("Case") in ("Acc", "Nom")]
    return subjects[0] if len(doers) == 1 else None


def _oblique_ending(token: Token) -> bool:
    """Whether a singular noun is tagged an oblique case its ending has ("Госдуму", "Каприлеса", "Слиппера"), not
    a tagger's slip on a nominative ("Иорданцы" read as a genitive singular)."""
    case, gender = token.feats.get("Case"), token.feats.get("Gender")
    if token.feats.get("Number") != "Sing" or case not in ("Acc", "Gen", "Dat", "Ins"):
        return False
    word = token.text.lower()
    if case in ("Acc", "Gen") and word != lemma(token) and lemma(token).endswith(("а", "я")) and \
            word.endswith(("у", "ю")):
        # "Правнучку Никиты Хрущёва просят проверить": a noun in -а/-я ending in -у/-ю is its accusative whatever
        # gender and case the tagger gave it
        return True
    if case == "Ins":
        return word.endswith(("ом", "ем", "ой", "ей", "ою", "ею"))
    if case == "Dat":
        return word.endswith(("у", "ю", "е", "и"))
    if gender == "Fem" and case == "Gen" and not lemma(token).endswith(("а", "я", "ь")):
        # "Президенты России и Казахстана договорились" (read as a feminine genitive singular at a sentence's
        # start): a noun whose lemma ends in a consonant has no feminine genitive in -ы/-и; that is its plural
        # nominative
        return False
    if gender == "Fem":
        return word.endswith(("у", "ю") if case == "Acc" else ("ы", "и"))
    return word.endswith(("а", "я"))


def _subject_read_as_object(tokens: Sequence[Token], verb: int, first: int, last: int) -> tuple[int, int] | None:
    """A subject after its verb read as the object, the object being a third-person pronoun before it, in a
    relative clause: "о чем его просил Киев" (the parser makes "Киев", whose accusative is its nominative, a second
    object, or hangs "его" on "чем" as a possessive, though no one owns "что"). The verb has no subject in its
    clause (one hung on it from before the relative pronoun belongs to the main clause) and the noun agrees with
    it. Returns (the subject, the pronoun). A main clause ("Его поддержал РУСАЛ") is left: there "его" is as often
    a thing the pronoun stage cannot tell."""
    token = tokens[verb]
    if token.pos != "VERB" or not _finite(token) or token.feats.get("Voice") == "Pass":
        return None
    kids = _kids(tokens, verb, first, last)
    relatives = [k for k in kids if k < verb and lemma(tokens[k]) in RELATIVES]
    pronouns = [k for k in range(first, verb) if lemma(tokens[k]) in ("он", "она", "они") and (
        tokens[k].rel == "det" and first <= tokens[k].head < verb and lemma(tokens[tokens[k].head]) in RELATIVES
        or tokens[k].rel == "obj" and tokens[k].head == verb and relatives)]
    if len(pronouns) != 1:
        return None
    start = tokens[pronouns[0]].head if tokens[pronouns[0]].rel == "det" else relatives[0]
    if any(tokens[k].rel.startswith(("nsubj", "csubj")) and k >= start for k in kids):
        return None
    nouns = [k for k in kids if tokens[k].rel == "obj" and tokens[k].pos in ("PROPN", "NOUN") and k > verb
             and tokens[k].feats.get("Animacy") == "Inan" and tokens[k].feats.get("Case") in ("Acc", "Nom")
             and tokens[k].feats.get("Number") == token.feats.get("Number", tokens[k].feats.get("Number"))
             and token.feats.get("Gender") in (None, tokens[k].feats.get("Gender"))]
    return (nouns[0], pronouns[0]) if len(nouns) == 1 else None


def _counted_subject(tokens: Sequence[Token], verb: int, first: int, last: int) -> int | None:
    """A counted genitive the parser made a second object of a plural verb with no subject: "Кирсана Илюмжинова
    поддерживают 40 шахматных федераций, включая Россию" (a counted subject stands in the genitive, so the
    parser reads it as what is supported); the word it heads is the subject."""
    token = tokens[verb]
    if token.pos != "VERB" or token.feats.get("Number") != "Plur" or not _finite(token):
        return None
    kids = _kids(tokens, verb, first, last)
    if any(tokens[k].rel.startswith(("nsubj", "csubj")) for k in kids):
        return None
    objects = [k for k in kids if tokens[k].rel == "obj"]
    counted = [k for k in objects if tokens[k].feats.get("Case") == "Gen" and tokens[k].feats.get("Number") == "Plur"
               and any(tokens[n].rel.startswith("nummod") for n in _kids(tokens, k, first, last))]
    return counted[0] if len(counted) == 1 and len(objects) == 2 else None


def _nominative_object(tokens: Sequence[Token], verb: int, first: int, last: int) -> int | None:
    """A subject after its verb that the parser made a second object: "Дениса Вороненкова застрелил 28-летний Павел
    Паршов" (the object stands first, so both names are read as objects). The verb has no subject and two objects,
    and the one after it is a nominative that the verb agrees with in number and, in the past, in gender, while
    another object, no pronoun, is in an oblique case; that one is the subject."""
    token = tokens[verb]
    if token.pos != "VERB" or not _finite(token) or token.feats.get("Voice") == "Pass":
        return None
    kids = _kids(tokens, verb, first, last)
    if any(tokens[k].rel.startswith(("nsubj", "csubj")) for k in kids):
        return None
    objects = [k for k in kids if tokens[k].rel == "obj"]
    if len(objects) != 2 or not any(tokens[k].feats.get("Case") in ("Acc", "Gen") for k in objects) or \
            any(tokens[k].pos == "PRON" for k in objects):
        return None  # "Его поддержал РУСАЛ": "его" is as often a thing the pronoun stage cannot tell
    number, gender = token.feats.get("Number"), token.feats.get("Gender")

    def agrees(k: int) -> bool:
        feats = tokens[k].feats
        return feats.get("Number") == number and (gender is None or number == "Plur" or
                                                   feats.get("Gender") == gender)

    nominative = [k for k in objects if k > verb and tokens[k].pos in ("NOUN", "PROPN")
                  and tokens[k].feats.get("Case") == "Nom" and agrees(k)]
    return nominative[0] if len(nominative) == 1 else None


def _fronted_phrase_noun(tokens: Sequence[Token], match: Match, first: int, last: int) -> int | None:
    """The subject after its verb when the verb phrase's own noun stands first: "Расследование в отношении Михайлова
    проводит управление собственной безопасности ФСБ" (the parser makes both nouns objects, and the one after the
    verb, whose accusative is its nominative, the accusative). The verb has no subject and two objects: the
    phrase's noun before it and a noun after it in the nominative or in an accusative spelled as its nominative,
    agreeing with the verb in number and, in the past, in gender; that one is the subject."""
    verb = match.anchor
    token = tokens[verb]
    if token.pos != "VERB" or not _finite(token) or token.feats.get("Voice") == "Pass" or len(match.tokens) < 2:
        return None
    kids = _kids(tokens, verb, first, last)
    if any(tokens[k].rel.startswith(("nsubj", "csubj")) for k in kids):
        return None
    objects = [k for k in kids if tokens[k].rel == "obj"]
    if len(objects) != 2 or not any(k < verb and k in match.tokens for k in objects):
        return None
    number, gender = token.feats.get("Number"), token.feats.get("Gender")
    after = [k for k in objects if k > verb and k not in match.tokens and tokens[k].pos in ("NOUN", "PROPN")
             and (tokens[k].feats.get("Case") == "Nom" or tokens[k].feats.get("Case") == "Acc" and
                  tokens[k].text.lower().replace("ё", "е") == lemma(tokens[k]))
             and tokens[k].feats.get("Number") == number
             and (gender is None or number == "Plur" or tokens[k].feats.get("Gender") == gender)]
    return after[0] if len(after) == 1 else None


def _circumstance(tokens: Sequence[Token], actors: Actors, match: Match, first: int, last: int) -> bool:
    """Whether a noun trigger is only the circumstance of another clause's act and names no side of its own:
    "Во время недавнего посещения, предназначенного для суда комплекса зданий, Зорькин сказал" (the speaker
    borrowed as the visitor, no one visited)."""
    anchor = tokens[match.anchor]
    if match.trigger.type == "CONSULT" and match.trigger.mode != "visit":
        return False  # "во время встречи с избирателями" is the subject's own meeting, the others unnamed
    if match.trigger.pos != "noun" or anchor.rel not in ("obl", "nmod") or \
            case_word(tokens, match.anchor, first, last) is None:
        return False
    return not any(j in actors.covering or tokens[j].pos == "PRON" or actors.adjective_agents(match.anchor, first, last)
                   for j in _subtree(tokens, match.anchor, first, last) if j not in match.tokens)


def _promised_to(actors: Actors, tokens: Sequence[Token], verb: int, source: str, first: int,
                 last: int) -> str | None:
    """The one a promise is made to when the text names no addressee: the object of the promised act
    ("обещает не оставлять нынешнее руководство Афганистана один на один с талибами": Афганистан)."""
    for act in _kids(tokens, verb, first, last):
        if tokens[act].rel != "xcomp":
            continue
        for j in _kids(tokens, act, first, last):
            if tokens[j].rel in ("obj", "iobj") and actors.may_act(j):
                found = [e for e in actors.entities(j, first, last) if e != source]
                if found:
                    return found[0]
    return None


def _anaphoric_object(tokens: Sequence[Token], verb: int, first: int, last: int) -> bool:
    """Whether the act's object points back to something just told ("против таких требований", "эти обвинения").
    A place or a time the act is set in is no object ("оспорить результаты голосования в этом штате", "в этом
    году"): the act is aimed at no one told before."""
    return any(tokens[j].rel in ("obj", "obl") and tokens[j].pos == "NOUN" and any(
        lemma(tokens[d]) in ANAPHORIC and tokens[d].rel in ("det", "amod") for d in _kids(tokens, j, first, last))
        and not (tokens[j].rel == "obl" and tokens[j].feats.get("Case") == "Loc"
                 and case_word(tokens, j, first, last) in SETTING_CASES)
        for j in _kids(tokens, verb, first, last))


def _last_actor_on(doc: Doc, events: Sequence[Event], side: str, start: int) -> str | None:
    """The source of the last event aimed at ``side`` in this or the ``PAIR_REACH`` sentences before."""
    here = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= start)].sent
    for event in reversed(events):
        sent = doc.tokens[next(k for k, t in enumerate(doc.tokens) if t.start >= event.start)].sent
        if sent < here - PAIR_REACH:
            break
        if event.target == side and event.source is not None and event.source != side:
            return event.source
    return None


def _state_to_state(actors: Actors, match: Match, sides: _Sides) -> _Sides:
    """A state's protest is aimed at the state of the official whose act it protests ("Япония выразила протест
    ... в связи с визитом министра обороны России Анатолия Сердюкова" protests to Россия): a diplomatic
    protest goes from government to government."""
    source, target = sides.source, sides.target
    if match.trigger.type != "PROTEST" or source is None or target is None or not actors.is_state(source) or \
            actors.entity_type(target) != "PER":
        return sides
    state = actors.state(target)
    return replace(sides, target=state) if state is not None and state != source else sides


def _searched_owner(actors: Actors, tokens: Sequence[Token], match: Match, source: str | None, first: int,
                    last: int) -> str | None:
    """Whose home or office a search is made in: the one actor the genitive of a ``SEARCHED_PLACES`` noun names,
    where that noun is the search's place ("в квартире", "в офисе"; "в квартиру" for those who came with it) and
    hangs on the search's words or the verb they hang on ("при обыске в доме Чарли Роули", "провели обыск в квартире
    блогера Ивана Петрова"); not the searcher, and none where the genitive names no one ("в домах в Туле")."""
    heads = {*match.tokens, tokens[match.anchor].head}
    for j in range(first, last):
        if tokens[j].head not in heads or lemma(tokens[j]) not in SEARCHED_PLACES or \
                case_word(tokens, j, first, last) not in ("в", "во", "на"):
            continue
        for k in _kids(tokens, j, first, last):
            if tokens[k].rel == "nmod" and tokens[k].feats.get("Case") == "Gen" and \
                    case_word(tokens, k, first, last) is None and actors.may_act(k):
                found = [e for e in actors.entities(k, first, last) if e != source]
                if len(found) == 1:
                    return found[0]
    return None


def _excluding_body(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int) -> str | None:
    """The organisation an expulsion verb's "из" names ("исключили из Гильдии продюсеров Америки", "исключить из
    «Большой восьмёрки»"): the one named body, not a person or a place; None where it names none ("из списка")."""
    for j in _kids(tokens, verb, first, last):
        if tokens[j].rel in ("obl", "nmod") and case_word(tokens, j, first, last) == "из":
            found = [e for e in actors.entities(j, first, last, depth=0) if actors.entity_type(e) == "ORG"]
            if len(found) == 1:
                return found[0]
    return None


def _verb_has_subject(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether the event noun is the object of a verb with a subject of its own: then that subject acts, named or
    not ("рабочие устроили итальянскую забастовку" is no strike by Италия), never the noun's adjective."""
    verb = tokens[noun].head
    return tokens[noun].rel == "obj" and first <= verb < last and any(
        tokens[k].rel.startswith("nsubj") for k in _kids(tokens, verb, first, last))


def _stray_singular(tokens: Sequence[Token], verb: int, j: int, first: int, last: int) -> bool:
    """Whether a singular noun the parser made a second subject of a plural finite verb is no subject at all:
    the tail of a place phrase ("Около 30 рабочих на заводе ..., Англия захватили"). Coordinated or joined
    sides ("Россия и Китай подписали", "Франция вместе с Германией осудили") agree with the plural."""
    if tokens[verb].pos != "VERB" or tokens[verb].feats.get("Number") != "Plur" or not _finite(tokens[verb]):
        return False
    noun = tokens[j]
    if noun.pos not in ("NOUN", "PROPN") or noun.feats.get("Number") != "Sing" or noun.feats.get("Case") != "Nom":
        return False
    # only where the verb has a plural subject besides ("Около 30 рабочих ..., Англия захватили"): a lone
    # singular subject of a plural verb may have its conjunct hung elsewhere ("Посол ... Питер Семнеби и
    # представители ПАСЕ призывают")
    others = any(k != j and tokens[k].rel.startswith("nsubj") and tokens[k].feats.get("Number") == "Plur"
                 for k in _kids(tokens, verb, first, last))
    return others and _disagree(tokens, verb, j, first, last)


def _indefinite_personal(token: Token) -> bool:
    """Whether a finite verb is in the third person plural ("стреляли", "убили", "стреляют"): with no subject of
    its own, the Russian indefinite-personal form, which tells of an act and names no one who did it. The ending
    is read too: the tagger calls a neuter past "разогнало" plural now and then."""
    if not _finite(token) or token.feats.get("Number") != "Plur" or token.feats.get("Person") in ("1", "2"):
        return False
    word = token.text.lower()
    word = word[:-2] if word.endswith(("ся", "сь")) else word
    return word.endswith("ли") if token.feats.get("Tense") == "Past" else word.endswith(("ют", "ут", "ят", "ат"))


def _plural_subject(tokens: Sequence[Token], j: int, first: int, last: int) -> bool:
    """Whether the subject at ``j`` is plural: a plural word or nominatives coordinated ("Россия и Китай")."""
    group = _conjoined_group(tokens, j, first, last)
    return tokens[j].feats.get("Number") == "Plur" or len(group) > 1 and not _apposed_pair(tokens, group, first, last)


def _apposed_pair(tokens: Sequence[Token], group: Sequence[int], first: int, last: int) -> bool:
    """Whether two "coordinated" nominatives are one actor told twice: a name set off by commas after a common
    noun, or a common noun after a name, with no conjunction ("Оратор, 20-летний Хамзат Исаев, угрожает",
    "Глава МИД, Сергей Лавров, заявил"), which the parser reads as conjuncts. Not a list ("Россия, Китай и Индия
    заявили": a conjunction joins it), nor two names ("Москва, Пекин" are two)."""
    if len(group) != 2:
        return False
    head, other = group
    if {tokens[head].pos, tokens[other].pos} != {"NOUN", "PROPN"} or any(
            tokens[k].rel == "cc" and tokens[k].head in group for k in range(first, last)):
        return False
    if not any(tokens[k].text == "," for k in range(head + 1, other)):
        return False
    end = max(_subtree(tokens, other, first, last))
    return end + 1 < last and tokens[end + 1].text in (",", "—", "–")


def _conjoined_group(tokens: Sequence[Token], j: int, first: int, last: int) -> list[int]:
    """Word ``j`` with the nominatives coordinated with it: the first of them and its conjuncts."""
    head = j
    while tokens[head].rel == "conj" and first <= tokens[head].head < head and \
            tokens[tokens[head].head].feats.get("Case") == "Nom":
        head = tokens[head].head
    return [head, *(k for k in range(head + 1, last) if tokens[k].head == head and tokens[k].rel == "conj"
                    and tokens[k].feats.get("Case") == "Nom")]


def _stands_for_no_cause(actors: Actors, tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether "выступать за" takes no cause: its "за" is a span of time ("За день до ... выступал в Палате общин")
    or belongs to another word ("продолжал выступать, когда ему было далеко за 80"), or names a team, a club or a
    state one plays for ("выступающий за «Анжи»", "планирует выступать за Армению", "за которую он выступает"); a
    cause is an act, an idea or a person ("выступал за ужесточение политики", "за то, чтобы", "за его кандидатуру")."""
    for za in match.tokens:
        if lemma(tokens[za]) != "за":
            continue
        held = tokens[za].head
        if not first <= held < last or tokens[held].head != match.anchor or lemma(tokens[held]) in SPANS \
                or tokens[held].pos == "NUM":
            return True
        if lemma(tokens[held]) == "который" and tokens[match.anchor].rel == "acl:relcl":
            held = tokens[match.anchor].head  # "«Сибирь», за которую он выступает": what "которую" stands for
        mention = actors.covering.get(held)
        return lemma(tokens[held]) in TEAMS or mention is not None and mention.type in ("ORG", "LOC")
    return False


def _arrest_setting(actors: Actors, tokens: Sequence[Token], entity: str, first: int, last: int) -> bool:
    """Whether an organisation or a place that is no state is named, as the arrest's target, only as where it
    happened: in a locative phrase of its own or of the noun it names ("на саммите СОР29 задержан активист", "в
    офисе компании"). The arrested one's organisation stays ("задержали лидеров движения «Братья-мусульмане»",
    "руководство телеканала «Египет-25» арестовано"): the sets write the group for its people."""
    if actors.entity_type(entity) not in ("ORG", "LOC") or actors.is_state(entity):
        return False
    span = [k for k in range(first, last) if (m := actors.covering.get(k)) is not None and m.entity == entity]
    for k in span:
        parent = tokens[k].head
        if parent in span:
            continue
        for word in (k, parent) if first <= parent < last and tokens[parent].pos == "NOUN" and \
                tokens[k].rel in ("appos", "nmod", "flat:name") else (k,):
            if case_word(tokens, word, first, last) in ("на", "в", "во") and tokens[word].feats.get("Case") == "Loc":
                return True
    return False


def _located_in(actors: Actors, tokens: Sequence[Token], word: int, first: int, last: int) -> list[str]:
    """The places a common noun's phrase names as where it stands ("полицейским в Далласе", "складу на Донбассе"),
    not the noun itself nor its owner."""
    if word in actors.covering:
        return []
    places: list[str] = []
    for k in _subtree(tokens, word, first, last):
        mention = actors.covering.get(k)
        if k == word or mention is None or mention.type != "LOC" or mention.entity is None or \
                tokens[k].head == word and tokens[k].rel == "nmod" and case_word(tokens, k, first, last) is None:
            continue
        if (case_word(tokens, k, first, last) in PLACE_CASES or case_word(tokens, k, first, last) == "на") and \
                tokens[k].feats.get("Case") == "Loc" and mention.entity not in places:
            places.append(mention.entity)
    return places


def _unnamed_people_hit(actors: Actors, tokens: Sequence[Token], match: Match, first: int, last: int) -> bool:
    """Whether the trigger's object, or its noun's "на" + accusative, is people no name tells ("напали на
    прохожих", "нападение на мусульманских священнослужителей", "убили двух полицейских"): an animate noun that
    names no actor."""
    for j in _kids(tokens, match.anchor, first, last):
        token = tokens[j]
        if token.feats.get("Animacy") != "Anim" or token.pos != "NOUN" or j in actors.covering:
            continue
        hit = token.rel == "obj" or token.rel in ("nmod", "obl") and token.feats.get("Case") == "Acc" and \
            case_word(tokens, j, first, last) == "на"
        if hit and not actors.entities(j, first, last):
            return True
    return False


def _place(actors: Actors, sides: _Sides, found: list[str], objects: list[str] | None) -> None:
    for e in found:
        if actors.entity_type(e) == "LOC":
            if sides.place is None:
                sides.place = e
            if objects is not None:
                state = actors.country_state(e)
                if state and state not in objects:
                    objects.append(state)
        elif objects is not None and e not in objects:
            objects.append(e)



def _genitive_actors(tokens: Sequence[Token], noun: int, first: int, last: int, actors: Actors) -> list[str]:
    """Who a noun of intent or readiness belongs to, as the one who would act: its first genitive dependent
    without a preposition that names someone able to act ("готовность Москвы", "планам Латвии")."""
    for j in _kids(tokens, noun, first, last):
        # (a genitive name the parser calls "iobj": "выразил готовность России поддержать")
        if tokens[j].rel in ("nmod", "iobj") and tokens[j].feats.get("Case") == "Gen" and actors.may_act(j) \
                and case_word(tokens, j, first, last) is None:
            found = actors.entities(j, first, last)
            if found:
                return found
    return []

def _borrowed_subject(doc: Doc, actors: Actors, match: Match, first: int, last: int,
                      triggers: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """A subject the trigger itself lacks: the verb above a noun ("заявил X во время переговоров"), the verb
    above an infinitive ("решили провести"), a coordinated verb's, or the speaker of "я"/"мы" forms."""
    tokens = doc.tokens
    node = match.anchor
    anchor = tokens[node]
    intent = _intent_before(tokens, node, first)
    if intent is not None:
        # "к планам Латвии, Литвы и Эстонии ввести санкции" (the infinitive hung on a speech verb further on):
        # whose plan it is acts
        found = _genitive_actors(tokens, intent, first, last, actors)
        if found:
            return found
    if anchor.rel in ("acl", "amod") and anchor.feats.get("VerbForm") == "Part" \
            and first <= anchor.head < last and actors.may_act(anchor.head):
        # "Эрдоган, прибывший в Москву, ...": an active participle's subject is the noun it qualifies (a passive
        # one's, "арестованный в Минске Санников", is who underwent it: ``_sides`` makes it the target)
        found = actors.entities(anchor.head, first, last, depth=1)
        if found:
            return found
    if anchor.rel == "acl" and anchor.feats.get("VerbForm") == "Part" and anchor.feats.get("Voice") != "Pass" \
            and first <= anchor.head < last and lemma(tokens[anchor.head]) in DOCUMENTS:
        # "парламент Пакистана проголосовал за резолюцию, осуждающую американский рейд": the document's adopter
        return _document_author(actors, tokens, anchor.head, first, last)
    if anchor.pos == "NOUN" and anchor.rel == "nsubj:pass" and first <= anchor.head < last and \
            anchor.head not in triggers and _does_act(tokens[anchor.head], match):
        # "Санкции против России были введены Евросоюзом", "переговоры были проведены делегацией": the agent of
        # the passive verb that does the act the noun names does it, as the subject of "ЕС ввёл санкции" does (not
        # a verb that is an act of its own: "Визит Пелоси был осуждён Китаем" is no visit of China's)
        for j in _kids(tokens, anchor.head, first, last):
            if _instrumental_agent(tokens, anchor.head, j, first, last) and actors.may_act(j):
                found = actors.entities(j, first, last, depth=0)
                if found:
                    return found
    condition = joined_condition(tokens, node, first, last) if _finite(anchor) else None
    if condition is not None:
        # "Иран нанесёт удар, если США поддержат Израиль и введут санкции": the condition's subject
        for j in _kids(tokens, condition, first, last):
            if tokens[j].rel == "nsubj" and actors.entities(j, first, last):
                return actors.entities(j, first, last)
    if anchor.rel == "csubj" and anchor.feats.get("VerbForm") == "Inf" and first <= anchor.head < last and \
            lemma(tokens[anchor.head]) in DATIVE_DOER:
        # "Ему удалось убить одного человека", "Полиции удалось задержать подозреваемого": the infinitive of
        # "удаться" is done by the verb's dative, not by a subject (it has none)
        for j in _kids(tokens, anchor.head, first, last):
            if tokens[j].rel in ("iobj", "obl") and tokens[j].feats.get("Case") == "Dat" and \
                    case_word(tokens, j, first, last) is None and actors.may_act(j):
                found = actors.entities(j, first, last)
                if found:
                    return found
    clause = node if _finite(tokens[node]) else None  # the finite verb whose subject the event takes
    climbed: set[int] = set()
    for _ in range(3):
        token = tokens[node]
        if node != match.anchor and token.rel in ("acl", "amod") and token.feats.get("VerbForm") == "Part" and \
                token.feats.get("Voice") != "Pass" and ("ш" in token.text or "щ" in token.text) and \
                first <= token.head < last and token.head not in climbed and actors.may_act(token.head):
            # "Путин, недавно проведший телефонный разговор с Шольцем, ...": an active participle above the act's
            # noun has the noun it qualifies as its subject, as a participle trigger itself has (above); not
            # people told only by their state ("израильских болельщиков, приехавших поддержать клуб"), nor a
            # word the tagger took for a participle ("донаты ВСУ", hung in a loop on its own object)
            found = actors.entities(token.head, first, last, depth=1)
            if found and found != actors.adjective_states(token.head, first, last):
                return found
        climbed.add(node)
        if token.head < first or token.head >= last or token.rel not in _BORROW:
            break
        if token.pos == "NOUN" and token.rel in ("obj", "nmod") and token.head in triggers and \
                lemma(token) not in ASKING_NOUNS and not _decision(tokens, node):
            # "осудил визит", "протест против визита": who condemns did not visit ("принял приглашение посетить":
            # who accepts does)
            break
        if node in match.tokens and token.pos == "NOUN" and token.rel == "obj" and lemma(
                tokens[token.head]) not in LIGHT_VERBS:
            break  # "назвал посещение островов ...", "обсудили визит": the one who speaks of it did not visit
        if node in match.tokens and token.pos == "NOUN" and token.rel in ("obl", "nmod") and \
                match.trigger.mode in ("sue", "investigate") and "против" in match.trigger.words and \
                lemma(tokens[token.head]) not in LIGHT_VERBS:
            break  # "привёл пример с судебным процессом против газеты": who tells of a case did not bring it
        if token.rel == "conj" and _finite(token) and not _finite(tokens[token.head]):
            break  # "ограничить поставки, если Минск продолжит ... и откажется": a finite verb joined to an infinitive
        if token.pos == "NOUN" and _topic(tokens, node, first, last) and lemma(tokens[token.head]) in TOPIC_HEADS:
            break  # "поднял вопрос о ... задержании Навального": who raises a topic did not do what it names
        if node in match.tokens and token.pos == "NOUN" and token.rel in ("obl", "nmod") and not (
                # "силовики проводят операцию по поимке подозреваемых": who runs the operation does its act
                lemma(tokens[token.head]) in OPERATIONS and case_word(tokens, node, first, last) == "по") and (
                lemma(token) in GATHERINGS or match.trigger.type in PATIENT_GENITIVE
                and match.trigger.mode not in NO_PATIENT
                # "ЕС может ввести санкции на фоне массовых протестов": protests as the circumstance are
                # others'; "в знак протеста" stays the subject's own
                or match.trigger.type == "PROTEST" and lemma(tokens[token.head]) != "знак"):
            # also "со времени экстрадиции мы ...", "после ареста он заявил": who speaks suffered it
            break  # "сделал заявление на митинге": who speaks at a rally is not who protests
        below, node = node, token.head
        prep = case_word(tokens, below, first, last)
        called = token.rel == "obl" and (below in match.tokens or token.pos == "NOUN" and prep in ("к", "ко")) and (
            prep in ("к", "ко") or prep in ("с", "со") and lemma(
            tokens[node]) in ("пригласить", "приглашать"))  # "пригласил Токаева с госвизитом в Россию"
        if lemma(tokens[node]) in OBJECT_CONTROL and (token.rel == "xcomp" or called):
            # "призвал Россию вывести войска", "потребовала от России вывести": the one asked acts; so does the
            # one called "к переговорам с Украиной"
            for j in _kids(tokens, node, first, last):
                if tokens[j].rel in ("obj", "iobj") or (tokens[j].rel == "obl"
                                                         and case_word(tokens, j, first, last) == "от"):
                    found = actors.entities(j, first, last)
                    if found:
                        return found + _proposer(actors, tokens, match, node, first, last, found)
            return []
        if tokens[node].pos == "NOUN" and node not in match.tokens and token.pos == "VERB" and \
                lemma(tokens[node]) not in ASKING_NOUNS:
            # "подтвердил готовность Москвы выстраивать диалог": the genitive of a noun an infinitive completes
            # ("готовность", "решение", "намерение") is who would act; not that of "приглашение Путина посетить
            # Россию", who asks another to act (the one who accepts it, further up, visits)
            found = _genitive_actors(tokens, node, first, last, actors)
            if found:
                return found
        # "был арестован ... и обвинён": a passive joined to a passive shares the one who undergoes both
        wanted = ("nsubj", "nsubj:pass") if _passive_participle(anchor) or (
            # "он был отстранён ..., сформировав альянс с хути": a gerund's doer is its clause's grammatical
            # subject, the passive verb's too
            token.rel == "advcl" and tokens[below].feats.get("VerbForm") == "Conv") else ("nsubj",)
        subject = [j for j in _kids(tokens, node, first, last) if tokens[j].rel in wanted and j not in match.tokens
                   and not _stray_singular(tokens, node, j, first, last)]
        if clause is not None and subject and _indefinite_personal(tokens[clause]) and \
                tokens[node].feats.get("Number") != "Plur" and not any(
                    _plural_subject(tokens, j, first, last) for j in subject):
            # "исчезла дочь ..., в их доме стреляли в сына", "он стоит ..., после чего в него стреляют": a third
            # person plural verb with no subject of its own tells of an act by someone unnamed; the singular
            # subject of the verb it is joined to is not its doer (a plural verb's is: "ряд стран осудили и ввели")
            return []
        if anchor.pos == "NOUN" and any(lemma(tokens[j]) in PRESS for j in subject) and any(
                case_word(tokens, k, first, last) in TOPIC_CASES for k in (*climbed, below)):
            # "О сценариях начала переговоров рассказывает корреспондент Би-би-си": a reporter's verb above an
            # act's noun "о" which it tells takes no part in it ("журналист провёл митинг" does)
            return []
        for j in subject:
            found = actors.entities(j, first, last)
            if found:
                return found
        if subject:
            return []  # "оппозиция готова к переговорам": the one who acts is named by no entity
        if _finite(tokens[node]):
            clause = clause if clause is not None else node
            break
    anchor = tokens[match.anchor]
    quote = actors.quote_at(match.anchor)
    if quote is not None and quote.kind == "direct" and quote.speaker and anchor.feats.get("Person") == "1":
        return [quote.speaker]
    if clause is not None and tokens[clause].feats.get("Person") not in ("1", "2") and not any(
            tokens[j].rel.startswith(("nsubj", "csubj")) and not actors.in_line_label(j)
            for j in _kids(tokens, clause, first, last)):
        # (an act's noun is not: "В Кремле указывали на голословность обвинений" accuses no one)
        return (_inside_body(actors, tokens, clause, first, last, match.trigger.type in SPOKEN_TYPES)
                if anchor.pos == "VERB" else []) or \
            _nominative_before(actors, tokens, clause, first, last, match.tokens)
    return []


def _loose_list(actors: Actors, tokens: Sequence[Token], j: int, verb: int) -> bool:
    """Whether word ``j`` starts a list, before the verb, with an item no entity names ("В Турции, Египте, ОАЭ и
    некоторых других странах требуют доллары": where a practice is found, no state speaking; "В Словакии и Венгрии
    осудили" names each state that speaks). The parser may hang the last item anywhere, so any conjunct between
    the word and its verb counts."""
    return any(tokens[k].rel == "conj" and tokens[k].pos in ("NOUN", "PROPN") and k not in actors.covering
               for k in range(j + 1, verb))


def _inside_body(actors: Actors, tokens: Sequence[Token], verb: int, first: int, last: int,
                 states: bool = False) -> list[str]:
    """"В российском Минфине заявили о готовности обсуждать ...", "в Кремле ответили": a plural verb with no
    subject of its own and an organisation "в" which it is said is that organisation's act. With ``states``, a
    state too, for an act of words: "Компанию ... в США обвинили во вмешательстве" is the state's charge (an arrest
    "в США" is by its unnamed police, no side: EVENTS.md)."""
    if tokens[verb].feats.get("Number") != "Plur":
        return []
    for j in _kids(tokens, verb, first, last):
        if j < verb and tokens[j].rel == "obl" and case_word(tokens, j, first, last) in PLACE_CASES and \
                j in actors.covering and (actors.covering[j].type == "ORG" or states and actors.covering[j].entity
                                          is not None and actors.is_state(actors.covering[j].entity)
                                          and not _loose_list(actors, tokens, j, verb) and not any(
                                              tokens[k].rel == "nummod:gov" and tokens[k].feats.get("Case") == "Nom"
                                              for k in range(first, verb))):
            # (not "В Италии тысячи людей выступили против": a counted subject the parser hung on its genitive)
            return [actors.acting_for(e) for e in actors.entities(j, first, last, depth=0)]
    return []


def _topic(tokens: Sequence[Token], noun: int, first: int, last: int) -> bool:
    """Whether a noun (or the first of the nouns it is coordinated with) is a topic, "о"/"об" something:
    "вопрос о вмешательстве России ..., о кибератаках и задержании Навального"."""
    word = tokens[noun].head if tokens[noun].rel == "conj" and first <= tokens[noun].head < last else noun
    return case_word(tokens, noun, first, last) in TOPIC_CASES or case_word(tokens, word, first, last) in TOPIC_CASES


def _document_author(actors: Actors, tokens: Sequence[Token], document: int, first: int, last: int) -> list[str]:
    """Who adopts, sends or signs a document: the subject of the verb the document's noun completes ("принял
    резолюцию", "проголосовал за резолюцию", "направил письмо"), else its genitive ("заявление МИД России")."""
    found = _genitive_actors(tokens, document, first, last, actors)
    if found:
        return found
    verb = tokens[document].head
    if tokens[document].rel not in ("obj", "obl") or not first <= verb < last or tokens[verb].pos != "VERB":
        return []
    for j in _kids(tokens, verb, first, last):
        if tokens[j].rel == "nsubj":
            return actors.entities(j, first, last)
    return []


def _together_with(actors: Actors, tokens: Sequence[Token], anchor: int, first: int, last: int) -> list[str]:
    """Those who act "вместе с" the subject ("Франция вместе с Германией осудила", "федерация Израиля поддержит
    Илюмжинова вместе с федерациями Ирака, Сирии ..."): more sources of the same act."""
    found: list[str] = []
    for k in _kids(tokens, anchor, first, last):
        if lemma(tokens[k]) == "вместе":
            for j in _kids(tokens, k, first, last):
                if case_word(tokens, j, first, last) in ("с", "со"):
                    found += actors.entities(j, first, last)
    return found


def _proposer(actors: Actors, tokens: Sequence[Token], match: Match, verb: int, first: int, last: int,
              asked: list[str]) -> list[str]:
    """Who proposes talks, an agreement or cooperation to another is its other side ("Япония предложила России
    возобновить переговоры": Япония and Россия); one who calls others to talk among themselves is not."""
    if match.trigger.type not in SYMMETRIC or match.trigger.mode == "visit" or lemma(tokens[verb]) not in PROPOSING:
        return []
    for j in _kids(tokens, verb, first, last):
        if tokens[j].rel == "nsubj":
            return [e for e in actors.entities(j, first, last) if e not in asked][:1]
    return []


def _intent_before(tokens: Sequence[Token], verb: int, first: int) -> int | None:
    """The noun of intent an infinitive completes when it stands right after the noun's phrase ("планам
    Латвии, Литвы и Эстонии ввести"), however the parser hung it."""
    if tokens[verb].feats.get("VerbForm") != "Inf":
        return None
    for n in range(verb - 1, max(first, verb - 8) - 1, -1):
        if tokens[n].pos == "NOUN" and lemma(tokens[n]) in INTENT_NOUNS:
            between = range(n + 1, verb)
            phrase = set(_phrase_below(tokens, n, verb))
            return n if all(k in phrase for k in between) else None
    return None


def _phrase_below(tokens: Sequence[Token], head: int, stop: int) -> list[int]:
    """The words after ``head`` and before ``stop`` that hang under it."""
    below = {head}
    for k in range(head + 1, stop):
        node, steps = k, 0
        while 0 <= node < len(tokens) and node not in below and steps < 6:
            node, steps = tokens[node].head, steps + 1
        if node in below:
            below.add(k)
    return sorted(below - {head})


# A participle's voice from its suffix, where the tagger's guess goes wrong ("племянник убитого президента" was
# read as active): the active ones decline soft after "ш"/"щ" ("задержавшего", "поддерживающий"), the passive
# ones hard after "нн", "т", "ем"/"им"/"ом" ("задержанных", "убитого", "поддерживаемый", "ведомый"); one "н" is an
# adjective's ("способный", read as a participle now and then).
ACTIVE_PARTICIPLE = re.compile(r"[шщ](?:ий|его|ему|им|ем|ая|ей|ую|ее|ие|их|ими|ею)$")
PASSIVE_PARTICIPLE = re.compile(r"(?:нн|т|[еио]м)(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми|ою)$")


def _locative_form(token: Token) -> bool:
    """Whether a word the tagger calls locative has a locative's form: an ending of one ("Арене", "Госуслугах")
    or none at all ("ЦСК"); "На «Фантомаса» возбудили дело" is an accusative the tagger misread."""
    text = token.text.lower().replace("ё", "е")
    return text == lemma(token) or text.endswith(LOCATIVE_ENDINGS)


def _plural_locative(token: Token) -> bool:
    """Whether a noun or name ends as only a plural locative does ("на Госуслугах", "на выборах"), whatever case
    the tagger gave it."""
    return token.pos in ("NOUN", "PROPN", "ADJ") and token.text.lower().endswith(("ах", "ях"))


def _passive_participle(token: Token) -> bool:
    """"задержанных", "арестованный": the one the word is said of underwent the act; it did not do it."""
    if token.feats.get("VerbForm") != "Part":
        return False
    word = token.text.lower()
    if ACTIVE_PARTICIPLE.search(word):
        return False
    return PASSIVE_PARTICIPLE.search(word) is not None or token.feats.get("Voice") == "Pass"


def _finite(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"


def article_dyad(doc: Doc, actors: Actors, events: Sequence[Event]) -> tuple[str, str] | None:
    """The two states an article is about: those of its meetings' sides, else its two most named states."""
    states: list[str] = []
    for event in events:
        if event.type in ("CONSULT", "AGREE"):
            for side in event.participants:
                state = actors.state(side)
                if state and state not in states:
                    states.append(state)
    if len(states) >= 2:
        return states[0], states[1]
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.type == "LOC" and mention.entity and actors.state(mention.entity) == mention.entity:
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
    named = sorted((e for e, n in counts.items() if n >= 2), key=lambda e: -counts[e])
    for state in named:
        if state not in states:
            states.append(state)
    return (states[0], states[1]) if len(states) >= 2 else None


def _dyad_met(actors: Actors, events: Sequence[Event], dyad: tuple[str, str]) -> bool:
    """Whether the article tells the two states of its dyad meeting or talking: a CONSULT event whose sides are (or
    stand for) both of them ("визит Головченко в Казахстан", "переговоры с премьер-министром Казахстана")."""
    return any(event.type == "CONSULT" and set(dyad) <= {actors.state(side) for side in event.participants}
               for event in events)


def _dyad_told(tokens: Sequence[Token], actors: Actors, dyad: tuple[str, str], first: int, last: int) -> bool:
    """Whether the sentence names both states of the article's dyad, by their names ("между Грузией и США", "на
    Украину и Россию, чтобы они договорились") or as the two ("лидерами двух стран", "обеих сторон")."""
    named = {actors.state(actors.covering[j].entity) for j in range(first, last) if j in actors.covering
             and actors.covering[j].entity}
    return set(dyad) <= named or any(lemma(tokens[j]) in PAIR_NOUNS and any(
        lemma(tokens[k]) in PAIR_WORDS for k in _kids(tokens, j, first, last)) for j in range(first, last))


# the two sides an agreement is between, told as such: "лидерами двух стран", "обеих сторон"
PAIR_NOUNS = frozenset({"страна", "сторона", "государство"})
PAIR_WORDS = frozenset({"два", "две", "оба", "обе"})


def _dedupe(events: list[Event], actors: Actors) -> list[Event]:
    """One event per (type, source, target) in a sentence: "встреча ... встретились" is one meeting."""
    seen: dict[tuple[str, str | None, str | None, str | None, int, str], int] = {}
    kept: list[Event] = []
    for event in events:
        # "раскритиковал ... и обвинил" are two accusations, "приняли Декларацию и подписали документы" two
        # agreements (decided, signed); a meeting named twice is one
        mode = None if event.type in ("CONSULT", "COOPERATE") else event.mode
        source, target = event.source, event.target
        if event.type in SYMMETRIC and (target or "") < (source or ""):
            source, target = target, source  # "визит министра, посетившего острова": one visit, either side first
        key = (event.type, mode, source, target, event.start, event.modality)  # "ослабляет, но снять не может"
        if key in seen:
            continue
        seen[key] = len(kept)
        kept.append(event)
    full = [e for e in kept if e.type in SYMMETRIC and e.source and e.target]
    return [e for e in kept if not _partial_of(actors, e, full)]


def _partial_of(actors: Actors, event: Event, full: Sequence[Event]) -> bool:
    """A meeting or agreement with one side only, whose side (or the state that side stands for) is a side of
    a fuller report of the same type in the article: "Встреча с послом Италии" (the title) beside "посол
    Италии Сандали встретился с Налбандовым"; "визит министра, посетившего острова" told twice in a sentence."""
    if event.type not in ("CONSULT", "AGREE") or (event.source is None) == (event.target is None):
        return False
    side = event.source or event.target
    for other in full:
        if other.type != event.type or other is event or other.modality != event.modality:
            continue  # "ведёт переговоры с Россией" does not report "согласен на переговоры" (hypothetical)
        if event.mode == "sign" and other.mode != "sign":
            # "распоряжение подписано Медведевым" beside "договорённость ... была достигнута между Онищенко и
            # Медведевым": a document signed is an act of its own, not the agreement reached told again
            continue
        sides = {other.source, other.target}
        covered = {*other.participants, *(actors.state(s) for s in other.participants)}
        if set(event.participants) - covered:
            continue  # "Толоконникова и Алехина посетили саммит": it tells of someone the fuller one does not
        if side in sides or side in {actors.state(s) for s in sides}:
            return True
    return False


def trigger_lemma(token: Token) -> str:
    return lemma(token)
