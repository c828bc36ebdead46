"""Workshop sessions as a room plays them, on SQLite and on PostgreSQL: many trainees deciding at once from their
own processes, a trainee who leaves and comes back, a trainer's process that restarts, the dashboard against the
model's own metrics, a household's application in the pipeline, the trainer's events, and the same inputs giving
the same district. (Refusals and bad input: tests/test_session_faults.py.)"""
import math
import multiprocessing
import re
import time
from collections import Counter

import pytest
import sqlalchemy as sa
from session_room import (
    DATABASES,
    SEED,
    busy_trainee,
    by_the_rules,
    database,
    decide_month,
    open_session,
    racing_trainee,
    restarted_trainer,
)

from simulation.sessions.room import Room
from simulation.sessions.store import cases, decisions, household_months, months, participants, sessions
from simulation.sessions.trainer import Trainer, replay

SPAWN = multiprocessing.get_context("spawn")
WAIT = 120  # seconds a test waits for its processes before calling them stuck


@pytest.fixture(params=DATABASES)
def db(request, tmp_path):
    yield from database(request.param, tmp_path, request)


def _session_row(room):
    with room.engine.connect() as conn:
        return conn.execute(sa.select(sessions).where(sessions.c.id == room.id)).one()


def _replayed(room):
    with room.engine.connect() as conn:
        return replay(conn, _session_row(room))


def _count_joined(room) -> int:
    with room.engine.connect() as conn:  # a transaction a poll: on SQLite each one holds the database
        return conn.execute(sa.select(sa.func.count()).where(participants.c.session_id == room.id)).scalar_one()


def _collect(processes, results) -> list[dict]:
    """What each trainee's process reported; none is left running, whatever happened."""
    try:
        return [results.get(timeout=WAIT) for _ in processes]
    finally:
        for process in processes:
            process.join(WAIT)
            if process.is_alive():
                process.kill()


def _wait_for(done, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not done():
        assert time.monotonic() < deadline, f"waited {WAIT} s for {what}"
        time.sleep(0.05)


def _stored(room):
    """Every decision of the session as who, when, what: (id, participant, month, case, decision)."""
    with room.engine.connect() as conn:
        return conn.execute(sa.select(decisions.c.id, participants.c.name, decisions.c.month, decisions.c.case_id,
                                      decisions.c.decision).join(participants)
                            .where(decisions.c.session_id == room.id)).all()


# ---- many processes at once --------------------------------------------------------------------------------------
def test_pairs_racing_on_the_same_cases_from_their_own_processes_store_each_decision_once(db, tmp_path):
    room, trainer, _ = open_session(db, tmp_path)
    months = 2
    trainees = [(f"c{centre}{member}", "caseworker", centre) for centre in range(4) for member in "ab"]
    trainees += [(f"h{index}", "household", None) for index in range(4)]
    barrier, results = SPAWN.Barrier(len(trainees) + 1, timeout=WAIT), SPAWN.Queue()
    processes = [SPAWN.Process(target=racing_trainee, args=(room.code, db, room.secret, name, role, centre, months,
                                                            barrier, results)) for name, role, centre in trainees]
    for process in processes:
        process.start()
    try:
        for _ in range(months):
            barrier.wait()    # everyone joined (or raced): the trainer opens the month
            trainer.advance()
            barrier.wait()    # the month is open
            barrier.wait()    # go
    except BaseException:
        barrier.abort()  # the trainees stop waiting for the trainer
        raise
    finally:
        reports = _collect(processes, results)
    assert [report["errors"] for report in reports] == [[]] * len(trainees)
    assert [process.exitcode for process in processes] == [0] * len(trainees)

    stored = _stored(room)
    told = [entry for report in reports for entry in report["stored"]]
    caseworkers_told = sorted(tuple(entry) for entry in told if entry[3] is not None)
    assert sorted(tuple(row) for row in stored if row.case_id is not None) == caseworkers_told  # nothing lost
    households_told = Counter((name, month, decision) for _, name, month, case, decision in told if case is None)
    assert Counter((row.name, row.month, row.decision) for row in stored if row.case_id is None) == households_told
    assert set(Counter((row.case_id, row.month) for row in stored if row.case_id).values()) == {1}  # no duplicate

    by_name = {report["name"]: report for report in reports}
    decided = {(month, case): name for _, name, month, case, _ in caseworkers_told}
    raced = 0
    for centre in range(4):
        first, second = by_name[f"c{centre}a"], by_name[f"c{centre}b"]
        assert first["planned"] == second["planned"]  # the pair went for the same cases
        assert set(first["planned"]) == {key for key in decided if by_name[decided[key]]["centre"] == centre}
        for report, other in ((first, second), (second, first)):
            for month, case, message in report["refused"]:
                assert decided[(month, case)] == other["name"]  # refused only where the other stored it
                assert message.endswith(": your decision was not stored.")
                assert (message.startswith(f"{other['name']} already decided case {case} at ")
                        or message == f"Another trainee decided case {case} at the same moment: your decision was "
                                      "not stored.")
            raced += len(report["refused"])
        assert len(first["refused"]) + len(second["refused"]) == len(first["planned"])
    assert raced >= 8  # the race was run on enough cases to mean something
    for index in range(4):
        report = by_name[f"h{index}"]
        assert len(report["stored"]) == months and [message for _, _, message in report["refused"]] == [
            "You have already made this month's choice: it waits for the next month."] * months


# Refusals a trainee may meet when deciding while the month moves on under them; anything else is a fault.
IN_A_BUSY_ROOM = (r"^\S+ already decided case \d+ at ", r"^Another trainee decided case \d+ at the same moment",
                  r"^Case \d+ is no longer waiting: it was closed in month \d+\.$", r"^This decision takes ",
                  r"^You have already made this month's choice", r"^Your household cannot apply this month")


def test_decisions_made_while_the_trainer_advances_each_land_in_one_month_as_the_replay_shows(db, tmp_path):
    room, trainer, _ = open_session(db, tmp_path)
    last = 3
    trainees = [(f"c{centre}{member}", "caseworker", centre) for centre in (0, 1) for member in "ab"]
    trainees += [(f"h{index}", "household", None) for index in range(2)]
    results = SPAWN.Queue()
    processes = [SPAWN.Process(target=busy_trainee, args=(room.code, db, name, role, centre, last, results))
                 for name, role, centre in trainees]
    for process in processes:
        process.start()
    try:
        _wait_for(lambda: _count_joined(room) == len(trainees), "the trainees to join")
        trainer.advance()
        for month in range(1, last):
            _wait_for(lambda: any(row.month == month for row in _stored(room)), f"decisions in month {month}")
            time.sleep(0.2)  # a moment more of deciding, then the month moves on under them, mid-decision
            trainer.advance()
    finally:
        reports = _collect(processes, results)
    assert [report["errors"] for report in reports] == [[]] * len(trainees)
    refused = [message for report in reports for _, _, message in report["refused"]]
    assert [message for message in refused if not any(re.match(kind, message) for kind in IN_A_BUSY_ROOM)] == []
    told = sorted((name, month, case, decision) for report in reports for _, name, month, case, decision in
                  report["stored"])
    stored = _stored(room)
    assert sorted((row.name, row.month if row.case_id else None, row.case_id, row.decision) for row in stored) == told
    assert {1, 2} <= {row.month for row in stored}
    # Every decision was taken into the month it is stamped with: the district rebuilt from them is the one the
    # room saw, figure for figure.
    with room.engine.connect() as conn:
        written = dict(conn.execute(sa.select(months.c.month, months.c.figures).where(
            months.c.session_id == room.id)).all())
    replayed = _replayed(room).monthly().set_index("month")
    assert sorted(written) == list(replayed.index) == [1, 2, 3]
    for month, figures in written.items():
        assert {name: figures[name] for name in replayed.columns} == pytest.approx(
            {name: None if isinstance(value, float) and math.isnan(value) else value
             for name, value in replayed.loc[month].items()}), month


# ---- a trainee who closes the page -----------------------------------------------------------------------------
def test_a_trainee_who_closes_the_page_comes_back_to_their_role_cases_and_decisions(db, tmp_path):
    room, trainer, _ = open_session(db, tmp_path)
    seat = room.join("Li Na", "caseworker", centre=1, secret=room.secret)
    player = room.join("Wang Fang", "household", lang="zh")
    trainer.advance()
    made = decide_month(seat)
    assert made
    token, cases_before = seat.token, [(case.id, case.decided_by) for case in seat.cases()]
    del seat  # the page is closed

    page = Room.find(room.code.lower(), db)  # a new page, as typed
    for back in (page.rejoin(token, room.secret), page.join(" Li  Na ", "caseworker", centre=3, resume=True)):
        assert (back.name, back.role, back.centre, back.household) == ("Li Na", "caseworker", 1, None)
        assert [(case.id, case.decided_by) for case in back.cases()] == cases_before
        assert [(d.id, d.household, d.decision, d.amount) for d in back.decisions()] == [
            (d.id, d.household, d.decision, d.amount) for d in made]
    again = page.join("Wang Fang", "household", resume=True)
    assert (again.household, again.lang) == (player.household, "zh")
    assert page.join("Wang Fang", "caseworker", centre=0, resume=True).role == "household"
    assert _count_joined(room) == 2  # no second place in the room for either of them


# ---- the trainer's process restarts ---------------------------------------------------------------------------
def _play(room, trainer, third_advance):
    """The same room, month by month: two caseworkers decide what their hours allow (one asks for verification
    where the records are missing) and a household applies in month 0. The trainer advances twice, then
    `third_advance` does (in the restart test, from a new process); returns the decisions made after it."""
    ana = room.join("Ana", "caseworker", centre=0)
    bo = room.join("Bo", "caseworker", centre=1)
    room.join("Hu", "household").act("apply", ["identity", "income", "medical"])
    for month in range(3):
        if month:
            decide_month(ana)
            decide_month(bo, verify=True)
        trainer.advance() if month < 2 else third_advance()
    return decide_month(ana) + decide_month(bo, verify=True)


def _written(room):
    with room.engine.connect() as conn:
        figures = conn.execute(sa.select(months.c.month, months.c.date, months.c.figures, months.c.held).where(
            months.c.session_id == room.id).order_by(months.c.month)).all()
        written = conn.execute(sa.select(cases.c.household, cases.c.centre, cases.c.kind, cases.c.filed,
                                         cases.c.month, cases.c.status, cases.c.facts, cases.c.truth).where(
            cases.c.session_id == room.id).order_by(cases.c.filed, cases.c.household)).all()
        made = conn.execute(sa.select(participants.c.name, decisions.c.month, decisions.c.household,
                                      decisions.c.decision, decisions.c.amount, decisions.c.reason,
                                      decisions.c.hours, decisions.c.correct).join(participants).where(
            decisions.c.session_id == room.id).order_by(decisions.c.id)).all()
    return [tuple(row) for row in figures], [tuple(row) for row in written], [tuple(row) for row in made]


def test_a_trainer_whose_process_restarts_resumes_exactly_where_the_room_was(db, tmp_path):
    steady, steady_trainer, _ = open_session(db, tmp_path, name="uninterrupted")
    room, trainer, key = open_session(db, tmp_path, name="restarted")
    results = SPAWN.Queue()

    def restart():  # a new trainer's process: a new Trainer, the district rebuilt from the database
        process = SPAWN.Process(target=restarted_trainer, args=(room.code, db, key, results))
        process.start()
        assert results.get(timeout=WAIT) == 3
        process.join(WAIT)
        assert process.exitcode == 0

    _play(steady, steady_trainer, steady_trainer.advance)
    after_restart = _play(room, trainer, restart)
    assert after_restart and {decision.month for decision in after_restart} == {3}  # in the month it was made
    steady_trainer.advance()
    trainer.advance()  # the first process's trainer, whose model the restart left behind
    assert _written(room) == _written(steady)
    figures, written, made = _written(room)
    assert [row[0] for row in figures] == [1, 2, 3, 4] and {row[1] for row in made} == {0, 1, 2, 3}
    assert {"decided", "pending"} <= {row[5] for row in written}


# ---- the dashboard against the model ----------------------------------------------------------------------------
def test_the_dashboard_shows_the_figures_of_the_district_model_for_the_same_months(db, tmp_path):
    room, trainer, _ = open_session(db, tmp_path)
    seats = [room.join(f"cw{centre}", "caseworker", centre=centre) for centre in (0, 2)]
    room.join("hh", "household").act("apply", ["identity"])
    for _ in range(3):
        trainer.advance()
        made = [decide_month(seat) for seat in seats]
    board = trainer.dashboard()
    model = _replayed(room).monthly().set_index("month")
    assert list(model.index) == [1, 2, 3] == list(board.history["month"])
    last = model.loc[3]
    assert (board.month, board.queue) == (3, last["backlog"])
    for shown, metric in ((board.processing_days, "mean_processing_days"), (board.inclusion_error, "inclusion_error"),
                          (board.exclusion_error, "exclusion_error")):
        assert shown == pytest.approx(last[metric], nan_ok=True) if shown is not None else math.isnan(last[metric])
    assert board.persons_in_hardship == round(last["poverty_rate_after"] * last["persons"])
    history = board.history.set_index("month")
    for metric in ("backlog", "mean_processing_days", "inclusion_error", "exclusion_error", "poverty_rate_after",
                   "applications", "approvals", "rejections", "dibao_households"):
        assert list(history[metric].astype(float).fillna(-1)) == pytest.approx(
            list(model[metric].astype(float).fillna(-1))), metric
    people = board.participants.set_index("name")  # this month's: decided by each, and waiting at their centre
    assert [people.loc[seat.name, "decided"] for seat in seats] == [len(mine) for mine in made] and all(made)
    assert [people.loc[seat.name, "pending"] for seat in seats] == [
        sum(case.status == "pending" for case in seat.cases()) for seat in seats]


# ---- a household's application ---------------------------------------------------------------------------------
def test_a_played_household_s_application_goes_to_its_centre_s_queue_and_is_decided(db, tmp_path):
    room, trainer, _ = open_session(db, tmp_path)
    held_player = room.join("hana", "household")
    trainer.advance()
    centre = trainer.model.households.centre
    caseworker = room.join("ana", "caseworker", centre=int(centre[held_player.household]))
    index, free_player = 0, None
    while free_player is None or centre[free_player.household] == caseworker.centre:
        index += 1
        free_player = room.join(f"hugo{index}", "household")
    for player in (held_player, free_player):
        player.act("apply", ["identity", "income", "medical", "bank"])
    trainer.advance()
    mine = [case for case in caseworker.cases() if case.household == held_player.household]
    # Chosen in month 1, taken in at the advance: filed in the month the model then runs, 2.
    assert [(case.kind, case.filed, case.status) for case in mine] == [("application", 2, "pending")]
    assert held_player.household_month()["case"] == "application"
    assert sorted(mine[0].facts["papers"]) == ["bank", "identity", "income", "medical"]
    caseworker.decide(mine[0].id, "approve", min(by_the_rules(mine[0].facts)[1] or 100.0, mine[0].cap))
    for _ in range(2):
        trainer.advance()
    month = held_player.household_month()
    assert (month["case"], month["receives"] != "nothing", month["benefit"] > 0) == ("none", True, True)
    with room.engine.connect() as conn:
        seen = {household: conn.execute(
            sa.select(household_months.c.month, household_months.c.case, household_months.c.facts).where(
                household_months.c.session_id == room.id, household_months.c.household == household)
            .order_by(household_months.c.month)).all() for household in (held_player.household, free_player.household)}
    held, free = ([(row.month, row.case, row.facts["outcome"]) for row in seen[player.household]]
                  for player in (held_player, free_player))
    assert held == [(0, "none", None), (1, "none", None), (2, "application", None), (3, "none", "granted"),
                    (4, "none", None)]  # as the trainee decided it in month 2
    # The unheld centre's own caseworkers took it on in its turn and decided it once: it shows as an application
    # while it waits (how long depends on the centre's queue), then as closed. (Before month 2 the household may
    # have its own history with them, from before a player took it.)
    told = [(month, outcome) for month, _, outcome in free if outcome and month >= 2]
    assert len(told) == 1 and 2 <= told[0][0] <= 4 and told[0][1] in ("granted", "turned_down")
    decided = told[0][0]
    assert [case for _, case, _ in free] == ["none"] * 2 + ["application"] * (decided - 2) + ["none"] * (5 - decided)


# ---- the trainer's events ---------------------------------------------------------------------------------------
def _workers(room, centre):
    model = _replayed(room)
    persons = model.persons
    return int((persons.employed & persons.alive & (model.households.centre[persons.household] == centre)).sum())


def test_a_factory_that_closes_takes_the_work_of_its_centre_s_households(db, tmp_path):
    closing, trainer, _ = open_session(db, tmp_path, name="factory closes")
    steady, steady_trainer, _ = open_session(db, tmp_path, name="no event")
    trainer.inject("factory_closes", centre=1, share=0.5)
    trainer.advance()
    steady_trainer.advance()
    assert _workers(closing, 1) < 0.75 * _workers(steady, 1)
    assert _workers(closing, 1) == int((trainer.model.persons.employed & trainer.model.persons.alive & (
        trainer.model.households.centre[trainer.model.persons.household] == 1)).sum())  # replayed as it ran


def test_a_new_standard_and_an_integrated_database_reach_the_next_month_s_case_files(db, tmp_path):
    room, trainer, key = open_session(db, tmp_path)
    seat = room.join("ana", "caseworker", centre=0)  # a street centre: its households are the town's
    dashboard = Trainer(Room.find(room.code, db), key)  # the dashboard's own trainer, opened before the advance
    trainer.advance()
    before = seat.cases()
    assert before and {(case.facts["urban"], case.facts["standard"], case.facts["integrated_database"])
                       for case in before} == {(True, 520.0, False)}
    dashboard.inject("new_standard", urban=600)
    dashboard.inject("integrated_database")
    assert [case.facts for case in seat.cases()] == [case.facts for case in before]  # at the next month
    trainer.advance()
    after = seat.cases()
    assert {(case.facts["standard"], case.facts["integrated_database"]) for case in after} == {(600.0, True)}
    assert [case.cap for case in after] == [600.0 * len(case.facts["members"]) for case in after]
    assert [case.facts["records"] is not None for case in after] == [True] * len(after)


# ---- the same inputs, the same district ----------------------------------------------------------------------------
def test_two_sessions_with_the_same_seed_and_the_same_room_give_the_same_months(db, tmp_path):
    played = []
    for seed, name in ((SEED, "first"), (SEED, "second"), (SEED + 1, "another seed")):
        room, trainer, _ = open_session(db, tmp_path, seed=seed, name=name)
        _play(room, trainer, trainer.advance)
        trainer.advance()
        played.append(_written(room))
    assert played[0] == played[1]
    assert [row[2] for row in played[0][0]] != [row[2] for row in played[2][0]]

