"""A scripted room: a session played by N participants in separate processes, to rehearse a workshop or test one.

Each participant is its own Python process that joins by the join code and acts through `Seat`, as a page does:
caseworkers decide their centre's cases by the rules, with a caseworker's slips now and then; households in
hardship apply, with most of their papers. The trainer's side (this process) opens each month once every
participant has said it is done with the last (or after a wait), and at the end writes the debrief. The last
line says how many decisions participants were told were stored, and how many the database holds: they match.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time

import numpy as np
import sqlalchemy as sa

from simulation.i18n import t
from simulation.inputs.errors import InputError
from simulation.reports import outputs
from simulation.sessions import store
from simulation.sessions.casefiles import PAPERS, income_found, top_up
from simulation.sessions.room import Refused, Room

CASEWORKER_SHARE = 2 / 3  # of the room: caseworkers in pairs, the rest households
HOUSEHOLDS_PER_CENTRE = 400  # a town centre then gets a few cases a month
SLIP = 0.1        # a scripted caseworker's share of decisions that go the wrong way
VERIFY = 0.2      # share of cases without the agencies' records for which one asks for them
MONTH_WAIT = 60   # seconds the trainer waits for the room before opening the next month anyway
POLL = 0.2        # seconds between a participant's looks at the session


def demo(participants: int, months: int, out: str, seed: int | None = None, overwrite: bool = False,
         lang: str = "en") -> None:
    if not 2 <= participants <= 60:
        raise InputError("carelab session demo", "--participants", participants, "a whole number from 2 to 60")
    if not 1 <= months <= 12:
        raise InputError("carelab session demo", "--months", months, "a whole number from 1 to 12")
    from simulation.sessions.report import write_report
    from simulation.sessions.trainer import Trainer, create

    caseworkers = max(1, round(participants * CASEWORKER_SHARE))
    centres = max(2, math.ceil(caseworkers / 2))
    inputs = {"participants": participants, "months": months, "seed": seed}
    with outputs.writing(out, "session demo", inputs, overwrite, lang) as folder:
        db = store.url_of(None, folder)
        room, key = create("dachuan-2019", "demo", min(5000, HOUSEHOLDS_PER_CENTRE * centres), centres, seed,
                           db=db, folder=folder)
        trainer = Trainer(room, key)
        scripts = [_start(room.code, db, index, "caseworker" if index < caseworkers else "household",
                          index // 2 if index < caseworkers else None, months, room.secret)
                   for index in range(participants)]
        _wait(room, lambda: _count(room, "participants") == participants, scripts)
        for _ in range(months):
            trainer.advance()
            _wait(room, lambda: _finished(room) == participants, scripts)
        trainer.advance()  # the last month's decisions take effect, and the debrief sees what they did
        submitted = sum(_result(script) for script in scripts)
        stored = _count(room, "decisions")
        write_report(room.engine, room.code, folder)
        room.engine.dispose()
    print(t("{participants} participants, {submitted} decisions submitted, {stored} decisions stored", lang,
            participants=participants, submitted=submitted, stored=stored))


def _start(code, db, index, role, centre, months, secret) -> subprocess.Popen:
    command = [sys.executable, "-m", "simulation.sessions.demo", code, "--db", db, "--index", str(index),
               "--role", role, "--months", str(months), "--secret", secret]
    if centre is not None:
        command += ["--centre", str(centre)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def _wait(room: Room, done, scripts) -> None:
    deadline = time.monotonic() + MONTH_WAIT
    while not done() and time.monotonic() < deadline:
        if any(script.poll() not in (None, 0) for script in scripts):
            raise RuntimeError("a scripted participant stopped with an error")
        time.sleep(POLL)


def _count(room: Room, table: str) -> int:
    with room.engine.connect() as conn:
        chosen = getattr(store, table)
        return conn.execute(sa.select(sa.func.count()).select_from(chosen).where(
            chosen.c.session_id == room.id)).scalar_one()


def _finished(room: Room) -> int:
    room.refresh()
    with room.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).where(
            store.participants.c.session_id == room.id,
            store.participants.c.finished_month >= room.month)).scalar_one()


def _result(script: subprocess.Popen) -> int:
    output, _ = script.communicate(timeout=120)
    if script.returncode:
        raise RuntimeError("a scripted participant stopped with an error")
    return json.loads(output.strip().splitlines()[-1])["stored"]


# ---- one scripted participant (its own process) ------------------------------------------------------------------
def participant(code: str, db: str, index: int, role: str, centre: int | None, months: int, secret: str) -> int:
    """Join, play `months` months, and return how many decisions the session said it stored."""
    room = Room.find(code, db)
    seat = room.join(f"{role}-{index + 1:02d}", role, "zh" if index % 3 == 2 else "en", centre, secret)
    rng = np.random.default_rng([index, 11])
    stored = 0
    for month in range(1, months + 1):
        while room.month < month:
            time.sleep(POLL)
            room.refresh()
        stored += _caseworker_month(seat, rng, index) if role == "caseworker" else _household_month(seat, rng)
        seat.finish_month()
    return stored


def _caseworker_month(seat, rng, index: int) -> int:
    """Decide the centre's cases as the rules say, with slips. The pair share them out, every other case, and
    take turns month by month at the first, so that each decides some even where a month brings one case. Each
    spends at most half the centre's hours: where the cases need more hours than the centre has, the quicker of the
    pair would otherwise spend them all and leave the other nothing to do."""
    stored, share = 0, seat.desk_hours() / 2
    for case in seat.cases()[(index + seat.room.month) % 2::2]:
        if case.status != "pending":
            continue
        decision, amount, reason = _by_the_rules(case.facts, rng)
        hours = case.verification_hours if decision == "verify" else case.hours
        if hours > share:
            continue  # a shorter case may still fit
        try:
            seat.decide(case.id, decision, amount, reason)
            stored, share = stored + 1, share - hours
        except Refused:  # the other of the pair took it, or the hours are spent: as on a page, go on
            continue
    return stored


def _by_the_rules(facts: dict, rng) -> tuple[str, float | None, str | None]:
    if facts["records"] is None and rng.random() < VERIFY:
        return "verify", None, None
    if facts["objection"] == "higher_income":
        return "reject", None, "appraisal"
    income = income_found(facts)
    amount = top_up(facts, income)
    eligible = amount > 0
    if rng.random() < SLIP:
        eligible = not eligible
    if eligible:  # a slip that approves pays what the standard leaves above the income found
        return "approve", round(min(max(amount or facts["cap"] - income, 1.0), facts["cap"])), None
    return "reject", None, "income_above_standard"


def _household_month(seat, rng) -> int:
    month = seat.household_month()
    if month["chosen"] is not None:
        return 0
    if month["can_apply"] and month["in_hardship"]:
        papers = [name for name in PAPERS if rng.random() < 0.8]
        seat.act("apply", papers)
    else:
        seat.act("wait")
    return 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="one scripted participant of carelab session demo")
    parser.add_argument("code")
    parser.add_argument("--db", required=True)
    parser.add_argument("--index", type=int, required=True)
    parser.add_argument("--role", required=True)
    parser.add_argument("--centre", type=int)
    parser.add_argument("--months", type=int, required=True)
    parser.add_argument("--secret", required=True)
    args = parser.parse_args(argv)
    stored = participant(args.code, args.db, args.index, args.role, args.centre, args.months, args.secret)
    print(json.dumps({"stored": stored}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
