"""The trainer's side of a session: opening it, moving it month by month, steering it and watching it.

Only the trainer's process runs the model. Its `advance` holds the session's row while it takes in the month's
decisions, choices and events, runs the month and writes out the next month's cases: a decision submitted at the
same moment is either in the month or, stamped with the next month, in the next one; none is lost. A trainer
process that starts (or restarts) rebuilds the district by replaying the months already advanced (`_model`).
"""
from __future__ import annotations

import math
import secrets
from dataclasses import dataclass

import numpy as np
import pandas as pd
import sqlalchemy as sa

from simulation.i18n import t
from simulation.inputs.errors import InputError
from simulation.inputs.parameters import load_parameters
from simulation.inputs.scenarios import MAX_SEED, check_parameter, load_scenario
from simulation.model.district import HISTORY_LIMIT
from simulation.model.population import centre_counts
from simulation.sessions import store
from simulation.sessions.district import EVENTS, SessionDistrict
from simulation.sessions.room import Room, new_code, new_key, refuse
from simulation.sessions.store import cases, decisions, events, household_months, months, participants, sessions

MIN_HOUSEHOLDS = 200  # fewer, and a centre gets no case in most months
PLAYABLE = 200  # households the room can give to players: the poorest first, who have a decision to make


def create(scenario: str, name: str, households: int = 2000, centres: int = 8, seed: int | None = None,
           db: str | None = None, folder="workshop") -> tuple[Room, str]:
    """Open a session on a scenario's district; returns the room and the trainer's key."""
    run = load_scenario(scenario)
    if not MIN_HOUSEHOLDS <= households <= HISTORY_LIMIT:
        raise InputError("carelab session create", "--households", households,
                         "a whole number from {least:,} to {most:,}", least=MIN_HOUSEHOLDS, most=HISTORY_LIMIT)
    name = " ".join((name or "").split())
    if not 1 <= len(name) <= 200:
        raise InputError("carelab session create", "--name", name, "a name of 1 to 200 characters")
    if seed is not None and not 0 <= seed <= MAX_SEED:
        raise InputError("carelab session create", "--seed", seed, "a whole number from 0 to {most:,}", most=MAX_SEED)
    spec = run.model_dump(mode="json")
    seed = run.seed if seed is None else seed
    model = SessionDistrict.of_session(spec, households, centres, seed)
    streets, _ = centre_counts(households, model.p)
    playable = _playable(model)
    model.followed = set(playable)
    engine = store.connect(db, folder, create=True)
    key = new_key()
    with store.writing(engine) as conn:
        code = new_code()
        while conn.execute(sa.select(sessions.c.id).where(sessions.c.code == code)).first() is not None:
            code = new_code()
        session_id = conn.execute(sessions.insert().values(
            code=code, name=name, scenario=spec, households=households, centres=centres, street_centres=streets,
            seed=seed, trainer_key=key, secret=new_key(), month=0, paused=False, revealed=False,
            playable=playable, created_at=store.now()).returning(sessions.c.id)).scalar_one()
        _write_households(conn, session_id, model)
    return Room(engine, code), key


def _playable(model) -> list[int]:
    """Households a player can live: with members, not receiving, below the line they would apply at."""
    c, caseload = model.circumstances, model.caseload
    near = c.income < model.p["application.near_poor_band"] * model.line * c.members
    candidates = np.flatnonzero(near & (c.members > 0) & ~caseload.assisted & c.local_hukou)
    order = np.random.default_rng([model.session_seed, 7]).permutation(candidates)
    return [int(h) for h in order[:PLAYABLE]]


class Trainer:
    """The trainer's controls on a session; `key` is the trainer's key printed by `carelab session create`."""

    def __init__(self, room: Room, key: str | None, lang: str = "en"):
        with room.engine.connect() as conn:
            real = conn.execute(sa.select(sessions.c.trainer_key).where(sessions.c.id == room.id)).scalar_one()
        if not secrets.compare_digest(key or "", real):
            raise refuse(lang, "This is not the trainer's key of session {code}.", code=room.code)
        self.room, self.lang, self.model = room, lang, None

    # ---- steering ---------------------------------------------------------------------------------------------
    def advance(self) -> None:
        """Run the month: take in what the room decided, run the model, and open the next month's cases."""
        room = self.room
        with store.writing(room.engine) as conn:
            session = conn.execute(sa.select(sessions).where(sessions.c.id == room.id).with_for_update()).one()
            try:
                model = self._model(conn, session)
                held = _held(conn, room.id)
                _take_in(conn, model, session.id, session.month, held)
                model.advance()
                _write_month(conn, session.id, model, held)
                conn.execute(sessions.update().where(sessions.c.id == room.id).values(month=session.month + 1))
            except BaseException:
                self.model = None  # the model ran ahead of the database: rebuild it next time
                raise
        room.refresh()

    def _model(self, conn, session) -> SessionDistrict:
        if self.model is None or self.model.month != session.month:
            self.model = replay(conn, session)
        return self.model

    def pause(self, on: bool = True) -> None:
        self._set(paused=on)

    def reveal(self, on: bool = True) -> None:
        self._set(revealed=on)

    def _set(self, **values) -> None:
        with store.writing(self.room.engine) as conn:
            conn.execute(sessions.update().where(sessions.c.id == self.room.id).values(**values))
        self.room.refresh()

    def inject(self, kind: str, **params) -> None:
        """An event that happens at the start of the next month."""
        room, lang = self.room, self.lang
        if kind not in EVENTS:
            raise refuse(lang, "event = {value} is not an event of the session: {allowed}.", value=kind,
                         allowed=", ".join(EVENTS))
        unknown = set(params) - set(EVENTS[kind])
        if unknown:
            raise refuse(lang, "{value} is not a setting of this event: {allowed}.", value=", ".join(sorted(unknown)),
                         allowed=", ".join(EVENTS[kind]) or "-")
        params = {**EVENTS[kind], **params}
        if "share" in params and not (isinstance(params["share"], (int, float)) and 0 < params["share"] <= 1):
            raise refuse(lang, "share = {value} is not allowed: a share above 0 and at most 1.", value=params["share"])
        if kind == "factory_closes" and params["centre"] not in range(room.centre_count):
            raise refuse(lang, "centre = {value} is not a centre of this district: choose one from 1 to {last}.",
                         value=params["centre"], last=room.centre_count)
        if kind == "new_standard":
            self._check_standard(params)
        with store.writing(room.engine) as conn:
            # The month as the database has it (another trainer's process may have advanced it), held until the
            # event is in: the advance takes the month's events in after it, or the event is the next month's.
            month = conn.execute(sa.select(sessions.c.month).where(sessions.c.id == room.id)
                                 .with_for_update()).scalar_one()
            conn.execute(events.insert().values(session_id=room.id, month=month, kind=kind, params=params,
                                                created_at=store.now()))

    def _check_standard(self, params: dict) -> None:
        with self.room.engine.connect() as conn:
            spec = conn.execute(sa.select(sessions.c.scenario).where(sessions.c.id == self.room.id)).scalar_one()
        parameter_set = load_parameters(spec["locality"])
        for area in ("urban", "rural"):
            if params.get(area) is None:
                continue
            try:
                check_parameter(parameter_set, f"dibao.standard.{area}", params[area], "event", self.room.date)
            except InputError as err:
                raise refuse(self.lang, "{area} standard = {value} is not allowed: {allowed}.", area=t(area, self.lang),
                             value=params[area], allowed=err.allowed.in_language(self.lang)) from None
        if params.get("urban") is None and params.get("rural") is None:
            raise refuse(self.lang, "Give the new standard for the towns, the villages or both.")

    # ---- watching ---------------------------------------------------------------------------------------------
    def dashboard(self) -> Dashboard:
        room = self.room
        room.refresh()
        with room.engine.connect() as conn:
            people = pd.read_sql(sa.select(participants.c.id, participants.c.name, participants.c.role,
                                           participants.c.centre, participants.c.household,
                                           participants.c.finished_month)
                                 .where(participants.c.session_id == room.id).order_by(participants.c.id), conn)
            made = pd.read_sql(sa.select(decisions.c.month, participants.c.name.label("participant"),
                                         participants.c.role, participants.c.centre, decisions.c.household,
                                         decisions.c.decision, decisions.c.amount, decisions.c.reason,
                                         decisions.c.correct, decisions.c.submitted_at)
                               .join(participants).where(decisions.c.session_id == room.id)
                               .order_by(decisions.c.id), conn)
            waiting = pd.read_sql(sa.select(cases.c.centre, sa.func.count().label("pending"))
                                  .where(cases.c.session_id == room.id, cases.c.month == room.month,
                                         cases.c.status == "pending").group_by(cases.c.centre), conn)
            figures = pd.read_sql(sa.select(months.c.month, months.c.figures).where(months.c.session_id == room.id)
                                  .order_by(months.c.month), conn)
        history = pd.DataFrame([{"month": m, **f} for m, f in zip(figures["month"], figures["figures"])])
        latest = history.iloc[-1].to_dict() if len(history) else {}
        this_month = made[made["month"] == room.month]
        people["decided"] = people["name"].map(this_month["participant"].value_counts()).fillna(0).astype(int)
        pending = dict(zip(waiting["centre"], waiting["pending"]))
        people["pending"] = [pending.get(centre, 0) if role == "caseworker" else int(decided == 0)
                             for role, centre, decided in zip(people["role"], people["centre"], people["decided"])]
        # A household's player is done once they chose; a caseworker says so on the page.
        people["finished"] = (people["finished_month"] == room.month) | (
            (people["role"] == "household") & (people["decided"] > 0))
        # Each trainee's decisions against the rules on the true income, once their month is over.
        judged = made[(made["month"] < room.month) & made["correct"].notna()]
        people["right"] = people["name"].map(judged.groupby("participant")["correct"].mean())
        people["centre"] = people["centre"].astype("Int64")
        people["household"] = people["household"].astype("Int64")
        persons = latest.get("persons") or 0
        return Dashboard(
            room.month, room.date, room.paused, room.revealed,
            people.drop(columns=["id", "finished_month"]), made, history,
            queue=latest.get("backlog"), processing_days=latest.get("mean_processing_days"),
            inclusion_error=latest.get("inclusion_error"), exclusion_error=latest.get("exclusion_error"),
            persons_in_hardship=round(latest["poverty_rate_after"] * persons) if latest else None)


@dataclass
class Dashboard:
    month: int
    date: object
    paused: bool
    revealed: bool
    participants: pd.DataFrame  # name, role, centre, household, decided (this month), pending, finished, right
    decisions: pd.DataFrame     # every decision: month, participant, role, centre, household, decision, amount, ...
    history: pd.DataFrame       # the model's figures, one row a month
    queue: int | None
    processing_days: float | None
    inclusion_error: float | None
    exclusion_error: float | None
    persons_in_hardship: int | None


# ---- the month, in and out of the database ---------------------------------------------------------------------
def replay(conn, session) -> SessionDistrict:
    """The session's district as it stands after the months advanced so far: the same inputs in the same order."""
    model = SessionDistrict.of_session(session.scenario, session.households, session.centres, session.seed)
    model.followed = set(session.playable)
    held_by_month = dict(conn.execute(sa.select(months.c.month, months.c.held).where(
        months.c.session_id == session.id)).all())
    for month in range(session.month):
        held = held_by_month[month + 1]
        _take_in(conn, model, session.id, month, (set(held["centres"]), set(held["households"])))
        model.advance()
    return model


def _held(conn, session_id: int) -> tuple[set[int], set[int]]:
    rows = conn.execute(sa.select(participants.c.role, participants.c.centre, participants.c.household).where(
        participants.c.session_id == session_id)).all()
    return ({r.centre for r in rows if r.role == "caseworker"}, {r.household for r in rows if r.role == "household"})


def _take_in(conn, model: SessionDistrict, session_id: int, month: int, held) -> None:
    """The month's events, then who holds what, the caseworkers' decisions and the households' choices."""
    for kind, params in conn.execute(sa.select(events.c.kind, events.c.params).where(
            events.c.session_id == session_id, events.c.month == month).order_by(events.c.id)):
        model.inject(kind, params)
    model.hold(*held)
    for row in conn.execute(sa.select(decisions).where(decisions.c.session_id == session_id,
                                                       decisions.c.month == month).order_by(decisions.c.id)):
        if row.case_id is not None:
            model.take_decision(row.household, row.decision, row.amount)
        elif row.decision == "apply" and row.household in held[1]:
            model.choose(row.household, row.papers or [])


def _write_month(conn, session_id: int, model: SessionDistrict, held) -> None:
    month = model.month
    figures = {name: _plain(value) for name, value in model.latest.items()}
    figures["desk_hours"] = {str(centre): hours for centre, hours in model.desk_hours().items()}
    conn.execute(months.insert().values(session_id=session_id, month=month, date=model.date.isoformat(),
                                        figures=figures, held={"centres": sorted(held[0]),
                                                               "households": sorted(held[1])},
                                        advanced_at=store.now()))
    waiting = conn.execute(sa.select(cases.c.id, cases.c.household, cases.c.filed).where(
        cases.c.session_id == session_id, cases.c.status.in_(("pending", "verifying")))).all()
    known = {(r.household, r.filed): r.id for r in waiting}
    still = set()
    for case in model.pending(held[0]):
        values = dict(month=month, status="pending", facts=case["facts"], truth=case["truth"], centre=case["centre"])
        key = (case["household"], case["filed"])
        if key in known:
            conn.execute(cases.update().where(cases.c.id == known[key]).values(**values))
            still.add(key)
        else:
            conn.execute(cases.insert().values(session_id=session_id, household=case["household"], kind=case["kind"],
                                               filed=case["filed"], **values))
    gone = [case_id for key, case_id in known.items() if key not in still]
    if gone:  # the household left the district, or its centre's trainee left: no longer this room's to decide
        conn.execute(cases.update().where(cases.c.id.in_(gone)).values(status="closed"))
    _write_households(conn, session_id, model)


def _write_households(conn, session_id: int, model: SessionDistrict) -> None:
    rows = model.household_months()
    if rows:
        conn.execute(household_months.insert(), [{"session_id": session_id, "month": model.month, **row}
                                                 for row in rows])


def _plain(value):
    """A metric as JSON keeps it: numpy numbers as Python's, NaN as nothing."""
    if isinstance(value, (np.integer, np.floating)):
        value = value.item()
    return None if isinstance(value, float) and math.isnan(value) else value

