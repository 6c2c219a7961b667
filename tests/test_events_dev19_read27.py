"""Events: the general rules of the twenty-seventh session's read of events_dev19 (its misses and false events),
each with the near cases it leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- A protest by coordinated people ("Анна и Пётр Ивановы выражают протест ... и призывают ...") is each one's, and
  is not aimed at a co-protester's own act told beside it.
- A document signed ("указ подписан Путиным") is an act of its own: an agreement reached by the signer with someone
  else in the article does not swallow it as its partial report.
- A court asked for something ("обратилась в суд с просьбой/ходатайством") is a request, not a suit; a state's
  prosecutors ("российская прокуратура") are the state.
- A refusal to admit a charge or one's guilt is a plea, no REJECT.
- A passive main verb with no subject of its own in a chronicle of one person ("... Арестован в 1985 году") is said
  of the person the sentence before (or a chain of subjectless ones) has as its subject.
- A bare "власти" as a passive's instrumental agent, or "новые власти", is the article's state, as a bare subject
  "власти" is.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_coordinated_protesters_protest_each_and_at_no_one_of_them(pipeline: Pipeline) -> None:
    found = events(pipeline, "В своём обращении Анна и Пётр Сидоровы выражают протест против решения о переносе "
                             "заседания и призывают судей отказаться от участия в деле.")
    protests = [e for e in found if e[0] == "PROTEST"]
    assert protests
    assert all(e[2] is None for e in protests)
    assert len({e[1] for e in protests}) == 2


def test_a_protest_at_anothers_act_keeps_its_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "МИД Японии выразил протест против визита министра обороны России Сергея Шойгу, "
                             "посетившего Курильские острова.")
    assert any(e[0] == "PROTEST" and e[2] is not None for e in found)


def test_a_decree_signed_beside_an_agreement_of_the_signer(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр финансов Иван Петров ушёл в отставку. Пресс-секретарь правительства "
                             "сообщила, что соответствующий указ подписан Владимиром Путиным. По её словам, "
                             "договорённость об этом была достигнута между Петровым и Путиным ещё весной.")
    assert any(e[0] == "AGREE" and e[1] == "Владимир Путин" and e[2] is None for e in found)
    assert any(e[0] == "AGREE" and e[2] is not None for e in found)


def test_a_one_sided_meeting_beside_the_full_one_is_still_partial(pipeline: Pipeline) -> None:
    found = events(pipeline, "Встреча с послом Италии. Посол Италии Марко Росси встретился с министром "
                             "иностранных дел Армении Зограбом Мнацаканяном.")
    assert not any(e[0] == "CONSULT" and (e[1] is None or e[2] is None) for e in found)


def test_a_court_asked_by_a_states_prosecutors(pipeline: Pipeline) -> None:
    found = events(pipeline, "Французская прокуратура обратилась в суд с ходатайством об аресте бизнесмена "
                             "Пьера Дюбуа.")
    assert any(e[0] == "REQUEST" and e[1] == "Франция" for e in found)
    assert not any(e[0] == "ACCUSE" and e[1] == "Франция" and e[2] is None for e in found)


def test_a_suit_without_an_ask_stays_a_suit(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компания «Ромашка» обратилась в суд с иском к Ивану Петрову.")
    assert not any(e[0] == "REQUEST" for e in found)


def test_a_states_prosecutors_demand(pipeline: Pipeline) -> None:
    found = events(pipeline, "Итальянская прокуратура потребовала закрыть дело.")
    assert ("REQUEST", "Италия", None, "asserted") in found


def test_refusing_to_admit_a_charge_is_a_plea(pipeline: Pipeline) -> None:
    found = events(pipeline, "Премьер-министр Словакии Иван Петров отказался признать обвинения в коррупции.")
    assert not any(e[0] == "REJECT" for e in found)


def test_refusing_to_fulfil_a_demand_stays_a_rejection(pipeline: Pipeline) -> None:
    found = events(pipeline, "Правительство Сербии отказалось выполнить требования Евросоюза.")
    assert any(e[0] in ("REJECT", "CONCEDE") and e[1] == "Сербия" for e in found)


def test_a_subjectless_passive_in_a_chronicle_of_one_person(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров родился в 1950 году в Киеве. В 1972 году окончил университет. "
                             "В 1985 году арестован по обвинению в шпионаже.")
    assert any(e[0] == "COERCE" and e[2] == "Иван Петров" for e in found)


def test_a_second_root_passive_takes_the_first_roots_subject(pipeline: Pipeline) -> None:
    found = events(pipeline, "В 2010 году полковник Иван Петров был снова задержан, а в 2013 году приговорён к "
                             "восьми годам колонии.")
    assert sum(1 for e in found if e[0] == "COERCE" and e[2] == "Иван Петров") >= 2


def test_a_subjectless_passive_after_a_subject_that_is_no_person(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров родился в 1950 году в Киеве. Вскоре монархия в стране была упразднена. "
                             "В 1985 году арестован по обвинению в шпионаже.")
    assert not any(e[0] == "COERCE" and e[2] == "Иван Петров" for e in found)


def test_a_subjectless_active_verb_is_left(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров вернулся в Москву. Неоднократно критиковал президента России Бориса "
                             "Ельцина.")
    assert not any(e[0] == "ACCUSE" and e[1] == "Иван Петров" for e in found)


def test_new_authorities_as_a_passives_agent_are_the_articles_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Египте прошли акции протеста. Бывший президент Египта Ахмед Саид был задержан "
                             "новыми властями.")
    assert ("COERCE", "Египет", "Ахмед Саид", "asserted") in found


def test_local_authorities_stay_unnamed(pipeline: Pipeline) -> None:
    found = events(pipeline, "В Египте прошли акции протеста. Бывший президент Египта Ахмед Саид был задержан "
                             "местными властями.")
    assert not any(e[0] == "COERCE" and e[1] == "Египет" for e in found)
