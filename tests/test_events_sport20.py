"""Events: dealings of sport and show business (the twentieth session, issue 4), each with the near cases it leaves
alone. Sentences of our own, of the patterns NEREL's Wikinews texts about sport and culture hold.

- Praise, thanks, a decision, a promise, a refusal, talks, an invitation or a demand (not a plain call) whose sides
  are players, coaches, artists, clubs, teams or studios, or such a side and a private person or no one named, are
  no acts the chronicle wants: "Футбольный клуб «Ротор» поблагодарил главного тренера", "Главный тренер «Ротора»
  принял решение покинуть клуб".
- A side of state or office keeps the act ("Губернатор ... поблагодарил главного тренера"), and so does a text that
  tells a crime (an arrest or an assault anywhere in it): an actor's release on bail belongs to the case.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def types(pipeline: Pipeline, text: str) -> set[str]:
    return {event[0] for event in events(pipeline, text)}


def test_a_clubs_thanks_to_its_coach_is_no_event(pipeline: Pipeline) -> None:
    assert "SUPPORT" not in types(pipeline, "Футбольный клуб «Ротор» поблагодарил главного тренера Игоря Семёнова "
                                            "за проделанную работу.")


def test_a_governors_thanks_to_a_coach_stays(pipeline: Pipeline) -> None:
    assert "SUPPORT" in types(pipeline, "Губернатор Волгоградской области Андрей Бочаров поблагодарил главного "
                                        "тренера Игоря Семёнова за проделанную работу.")


def test_a_coachs_decision_to_quit_is_no_event(pipeline: Pipeline) -> None:
    assert "AGREE" not in types(pipeline, "Главный тренер «Ротора» Игорь Семёнов принял решение покинуть клуб.")


def test_a_ministers_decision_stays(pipeline: Pipeline) -> None:
    assert "AGREE" in types(pipeline, "Министр спорта Олег Матыцин принял решение покинуть пост.")


def test_fans_demand_of_a_coach_is_no_event(pipeline: Pipeline) -> None:
    assert "REQUEST" not in types(pipeline, "Футболисты и болельщики клуба «Ротор» потребовали отставки главного "
                                            "тренера Игоря Семёнова.")


def test_deputies_demand_of_a_coach_stays(pipeline: Pipeline) -> None:
    assert ("REQUEST", "Госдума", "Игорь Семёнов", "asserted") in events(
        pipeline, "Депутаты Госдумы потребовали отставки главного тренера Игоря Семёнова.")


def test_a_clubs_invitation_of_a_player_is_no_event(pipeline: Pipeline) -> None:
    assert "REQUEST" not in types(pipeline, "Клуб «Ротор» пригласил на просмотр футболиста Ивана Кузнецова.")


def test_a_coachs_refusal_is_no_event(pipeline: Pipeline) -> None:
    assert "REJECT" not in types(pipeline, "Главный тренер «Ротора» Игорь Семёнов отказался назвать размер своей "
                                           "зарплаты.")


def test_an_actors_release_in_a_crime_story_stays(pipeline: Pipeline) -> None:
    found = types(pipeline, "Полиция задержала актёра Ивана Смирнова по подозрению в убийстве. Через неделю суд "
                            "освободил актёра Ивана Смирнова под залог.")
    assert {"COERCE", "CONCEDE"} <= found
