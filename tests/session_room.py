"""What the workshop-session tests share: a session database of each kind, a small session, caseworkers who
decide by the rules, and the trainees who play in processes of their own (started with 'spawn', so each is a
fresh interpreter that knows the session only by its join code, as a page does).

The PostgreSQL database is an embedded server (`pgserver`) started once per test process and given back at its
end; each test gets a database of its own on it.
"""
from __future__ import annotations

import tempfile
import time
import traceback
import uuid
import warnings

from simulation.sessions.casefiles import income_found
from simulation.sessions.room import Refused, Room

SCENARIO = "dachuan-2019"
HOUSEHOLDS = 1500
CENTRES = 4
SEED = 5
DATABASES = ("sqlite", "postgresql")
PACE = 0.1  # seconds between a busy trainee's decisions

_postgres: dict = {}


def database(kind: str, tmp_path, request):
    """The address of an empty session database of `kind` for one test (a generator, for a fixture)."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'sessions.db'}"
        return
    server = postgres_server(request)
    name = f"room_{uuid.uuid4().hex[:12]}"
    server.psql(f"CREATE DATABASE {name};")
    yield server.get_uri(name).replace("postgresql://", "postgresql+psycopg://", 1)
    server.psql(f"DROP DATABASE {name} WITH (FORCE);")  # FORCE: the test's engines may still hold connections


def postgres_server(request):
    import pytest  # here: the trainees' processes import this module too, and need no pytest

    if "error" in _postgres:
        pytest.skip(_postgres["error"])
    if "server" not in _postgres:
        try:
            with warnings.catch_warnings():  # platformdirs on a machine without XDG_RUNTIME_DIR: not ours
                warnings.simplefilter("ignore")
                import pgserver

            # Not under pytest's temporary folder: the server runs as its own user, who may not enter it.
            folder = tempfile.mkdtemp(prefix="carelab-postgres-")
            _postgres["server"] = pgserver.get_server(folder, cleanup_mode="delete")
        except Exception as err:  # any failure to start is a reason to skip, and it is stated
            _postgres["error"] = f"the embedded PostgreSQL (pgserver) could not start here: {err!r}"
            pytest.skip(_postgres["error"])
        request.config.add_cleanup(_postgres["server"].cleanup)
    return _postgres["server"]


def open_session(db: str, folder, seed: int = SEED, name: str = "test room", centres: int = CENTRES):
    """A session of HOUSEHOLDS households and `centres` centres, and its trainer."""
    from simulation.sessions.trainer import Trainer, create

    room, key = create(SCENARIO, name, HOUSEHOLDS, centres, seed, db=db, folder=folder)
    return room, Trainer(room, key), key


def by_the_rules(facts: dict) -> tuple[str, float | None, str | None]:
    """A caseworker's decision on a case file: the top-up to the standard on the best income known."""
    income = income_found(facts)
    top_up = facts["cap"] - income
    if facts["objection"] == "higher_income" or top_up <= 0:
        return "reject", None, "income_above_standard"
    return "approve", float(max(round(top_up), 1)), None


def decide_month(seat, verify: bool = False) -> list:
    """A caseworker decides the centre's waiting cases in order while the centre's hours last."""
    seat.refresh()
    made = []
    for case in seat.cases():
        if case.status != "pending":
            continue
        decision, amount, reason = by_the_rules(case.facts)
        if verify and case.facts["records"] is None:
            decision, amount, reason = "verify", None, None
        if (case.verification_hours if decision == "verify" else case.hours) > seat.hours_left():
            break
        made.append(seat.decide(case.id, decision, amount, reason))
    return made


# ---- a trainee in a process of their own (tests/test_sessions.py: the race) ----------------------------------------
def racing_trainee(code: str, db: str, secret: str, name: str, role: str, centre: int | None, months: int,
                   barrier, results) -> None:
    """Join, then each month: wait for the trainer to open it, plan, and at the common start decide the planned
    cases (a caseworker, racing the other of the pair on the same cases) or choose twice (a household). Puts on
    `results` what the session said: stored (what the trainee was told was stored), refused (messages), errors."""
    report = {"name": name, "role": role, "centre": centre, "stored": [], "refused": [], "planned": [], "errors": []}
    try:
        room = Room.find(code, db)
        seat = room.join(name, role, centre=centre, secret=secret)
        for _ in range(months):
            barrier.wait()  # all have joined (or raced last month): the trainer advances
            barrier.wait()  # the month is open
            seat.refresh()
            month = room.month
            plan = _plan(seat) if role == "caseworker" else []
            report["planned"] += [(month, case.id) for case, _ in plan]
            barrier.wait()  # everyone has planned: go, all at once
            if role == "caseworker":
                for case, decision in plan:
                    _decide(seat, case, decision, report)
            else:
                _choose(seat, report)
    except Exception:
        report["errors"].append(traceback.format_exc())
        barrier.abort()  # the others stop waiting for this one
    finally:
        results.put(report)


def _plan(seat) -> list:
    """The waiting cases the centre's hours can take this month, in the pair's common order; the first of the
    pair decides by the rules, the second refers, so a stored decision shows whose it was."""
    left, plan = seat.hours_left(), []
    for case in seat.cases():
        cost = max(case.hours, case.verification_hours)
        if case.status != "pending" or cost > left:
            continue
        left -= cost
        plan.append((case, by_the_rules(case.facts) if seat.name.endswith("a") else ("refer", None, None)))
    return plan


def _decide(seat, case, decision, report) -> None:
    try:
        stored = seat.decide(case.id, *decision)
        report["stored"].append((stored.id, stored.participant, stored.month, case.id, stored.decision))
    except Refused as refusal:
        report["refused"].append((seat.room.month, case.id, str(refusal)))


def _choose(seat, report) -> None:
    now = seat.household_month()
    action = "apply" if now["can_apply"] else "wait"
    for attempt in (action, "wait"):  # the second choice of the month is refused
        try:
            seat.act(attempt, ["identity", "income"] if attempt == "apply" else ())
            report["stored"].append((None, seat.name, seat.room.month, None, attempt))
        except Refused as refusal:
            report["refused"].append((seat.room.month, None, str(refusal)))


def restarted_trainer(code: str, db: str, key: str, results) -> None:
    """A trainer's process that starts afresh, finds the session by its code and advances the month."""
    from simulation.sessions.trainer import Trainer

    room = Room.find(code, db)
    Trainer(room, key).advance()
    results.put(room.month)


def busy_trainee(code: str, db: str, name: str, role: str, centre: int | None, last_month: int, results) -> None:
    """Join and go on deciding, one case every PACE seconds (or choosing once a month), while the trainer advances,
    until the session reaches `last_month` (or a minute has passed). Puts on `results` what the session said."""
    report = {"name": name, "role": role, "centre": centre, "stored": [], "refused": [], "errors": []}
    deadline = time.monotonic() + 60
    try:
        room = Room.find(code, db)
        seat = room.join(name, role, centre=centre)
        while room.month < last_month and time.monotonic() < deadline:
            time.sleep(PACE)
            seat.refresh()
            if role == "caseworker":
                waiting = [case for case in seat.cases() if case.status == "pending" and case.decided_by is None]
                if waiting:  # the case may close under the trainee as the month moves on: that is the point
                    _decide(seat, waiting[0], by_the_rules(waiting[0].facts), report)
            elif room.month >= 1 and seat.household_month()["chosen"] is None:
                action = "apply" if seat.household_month()["can_apply"] else "wait"
                try:
                    seat.act(action, ["identity"] if action == "apply" else ())
                    report["stored"].append((None, name, None, None, action))  # the month: the one it lands in
                except Refused as refusal:
                    report["refused"].append((seat.room.month, None, str(refusal)))
    except Exception:
        report["errors"].append(traceback.format_exc())
    finally:
        results.put(report)
