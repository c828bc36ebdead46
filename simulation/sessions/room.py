"""The interface of a session for everyone in the room: the pages, the scripted participants and the trainer.

`Room.find(code)` opens a session by its join code; `room.join(...)` gives a trainee a `Seat` (a caseworker of a
centre, or a household's player), through which they read their cases or their household's month and decide.
Nothing here runs the model: a seat only reads and writes the session's database, so a room of 40 pages stays
light, and two trainees deciding the same case at once are told apart by the database itself (one decision a case
a month). The trainer's side, which runs the model, is `trainer.Trainer`.

Every refusal is a `Refused` error whose message is already in the trainee's language.
"""
from __future__ import annotations

import datetime as dt
import secrets
import string
from dataclasses import dataclass

import sqlalchemy as sa

from simulation.i18n import t
from simulation.inputs.errors import UserError
from simulation.sessions import casefiles, store
from simulation.sessions.store import cases, decisions, household_months, months, participants, sessions

ROLES = ("caseworker", "household")
DECISIONS = ("approve", "reject", "verify", "refer")
PAIR = 2  # trainees who may share a centre
CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I/L to misread on a projector
KEY_LETTERS = string.ascii_letters + string.digits


class Refused(UserError):
    """Something a trainee or trainer asked that the session cannot do; the message says why, in their language."""


def refuse(lang: str, message: str, **values) -> Refused:
    return Refused(t(message, lang, **values))


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(6))


def new_key() -> str:
    """A trainer's key, a room's secret or a seat's token: letters and digits only, because one that began with
    "-" (as one in 64 of `secrets.token_urlsafe` do) would read as an option after `--key` on a command line."""
    return "".join(secrets.choice(KEY_LETTERS) for _ in range(20))


@dataclass
class Centre:
    number: int
    street: bool
    holders: list[str]


@dataclass
class Case:
    id: int
    household: int
    centre: int
    kind: str
    filed: int
    month: int
    status: str
    hours: float
    verification_hours: float
    cap: float
    file: dict            # section title -> lines, in the seat's language
    facts: dict           # the same as numbers and codes (casefiles), for the calculator
    decided_by: str | None
    truth: dict | None    # after the trainer reveals


@dataclass
class Decision:
    id: int
    participant: str
    household: int
    month: int
    decision: str
    amount: float | None
    reason: str | None
    submitted_at: dt.datetime
    correct: bool | None


class Room:
    """One session, found by its join code."""

    def __init__(self, engine: sa.Engine, code: str):
        self.engine, self.code = engine, code
        self.refresh()

    @classmethod
    def find(cls, code: str, db: str | None = None, folder="workshop", lang: str = "en") -> Room:
        code = (code or "").strip().upper()
        engine = store.connect(db, folder)
        with engine.connect() as conn:
            if conn.execute(sa.select(sessions.c.id).where(sessions.c.code == code)).first() is None:
                raise refuse(lang, "There is no session with the join code {code}: check the code on the trainer's "
                             "screen (six letters and digits).", code=code)
        return cls(engine, code)

    def refresh(self) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(sessions).where(sessions.c.code == self.code)).one()
        self.id, self.name, self.month = row.id, row.name, row.month
        self.paused, self.revealed, self.centre_count = row.paused, row.revealed, row.centres
        self.secret, self.start = row.secret, dt.date.fromisoformat(row.scenario["start"])

    @property
    def date(self) -> dt.date:
        index = self.start.year * 12 + self.start.month - 1 + self.month
        return dt.date(index // 12, index % 12 + 1, 1)

    def centres(self) -> list[Centre]:
        with self.engine.connect() as conn:
            held = conn.execute(sa.select(participants.c.centre, participants.c.name).where(
                participants.c.session_id == self.id, participants.c.role == "caseworker")).all()
            streets = conn.execute(sa.select(sessions.c.street_centres).where(sessions.c.id == self.id)).scalar_one()
        return [Centre(n, n < streets, [name for centre, name in held if centre == n])
                for n in range(self.centre_count)]

    def join(self, name: str, role: str, lang: str = "en", centre: int | None = None, secret: str | None = None,
             resume: bool = False) -> Seat:
        """A trainee joins: a caseworker of `centre`, or a household's player (the room gives the household).
        A name already in the room is refused, unless `resume`: then it is that trainee coming back."""
        self._check_secret(secret, lang)
        name = " ".join((name or "").split())
        if not 1 <= len(name) <= 60:
            raise refuse(lang, "Type your name (1 to 60 characters) so the trainer knows whose decisions are whose.")
        if role not in ROLES:
            raise refuse(lang, "role = {value} is not a role of the session: caseworker or household.", value=role)
        with store.writing(self.engine) as conn:
            conn.execute(sa.select(sessions.c.id).where(sessions.c.id == self.id).with_for_update())
            token = conn.execute(sa.select(participants.c.token).where(
                participants.c.session_id == self.id, participants.c.name == name)).scalar()
            if token is not None and not resume:
                raise refuse(lang, "The name {name} is already taken in this session: type another, or press "
                             "Resume if it is yours.", name=name)
            if token is None:
                household = None
                if role == "caseworker":
                    self._check_centre(conn, centre, lang)
                else:
                    centre, household = None, self._next_household(conn, lang)
                conn.execute(participants.insert().values(
                    session_id=self.id, name=name, role=role, centre=centre, household=household, lang=lang,
                    token=new_key(), joined_at=store.now(), finished_month=-1))
                token = conn.execute(sa.select(participants.c.token).where(
                    participants.c.session_id == self.id, participants.c.name == name)).scalar_one()
        # read once this transaction has let go of the database: SQLite has one writer, and rejoin reads apart
        return self.rejoin(token, secret)

    def rejoin(self, token: str, secret: str | None = None) -> Seat:
        """The trainee who holds `token` comes back to their role and cases."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(participants).where(participants.c.session_id == self.id,
                                                             participants.c.token == token)).first()
        if row is None:
            raise refuse("en", "This page's place in the session was not found: join again with your name.")
        self._check_secret(secret, row.lang)
        return Seat(self, row)

    def _check_secret(self, secret: str | None, lang: str) -> None:
        if secret is not None and not secrets.compare_digest(secret, self.secret):
            raise refuse(lang, "This page's address is not the room's: ask the trainer for the trainees' address.")

    def _check_centre(self, conn, centre, lang: str) -> None:
        if not isinstance(centre, int) or not 0 <= centre < self.centre_count:
            raise refuse(lang, "centre = {value} is not a centre of this district: choose one from 1 to {last}.",
                         value=centre + 1 if isinstance(centre, int) else centre, last=self.centre_count)
        holders = conn.execute(sa.select(sa.func.count()).where(
            participants.c.session_id == self.id, participants.c.role == "caseworker",
            participants.c.centre == centre)).scalar_one()
        if holders >= PAIR:
            raise refuse(lang, "Centre {number} already has two caseworkers: choose another centre.",
                         number=centre + 1)

    def _next_household(self, conn, lang: str) -> int:
        playable = conn.execute(sa.select(sessions.c.playable).where(sessions.c.id == self.id)).scalar_one()
        taken = set(conn.execute(sa.select(participants.c.household).where(
            participants.c.session_id == self.id, participants.c.role == "household")).scalars())
        free = [h for h in playable if h not in taken]
        if not free:
            raise refuse(lang, "Every household of this session has a player: join as a caseworker.")
        return free[0]


class Seat:
    """A trainee's place in the session: their role, their cases or their household, their decisions."""

    def __init__(self, room: Room, row):
        self.room, self.id, self.name, self.role = room, row.id, row.name, row.role
        self.centre, self.household, self.lang, self.token = row.centre, row.household, row.lang, row.token

    def refresh(self) -> None:
        self.room.refresh()

    # ---- a caseworker's month --------------------------------------------------------------------------------
    def cases(self) -> list[Case]:
        """The centre's cases this month: those waiting, and those decided this month (by whom)."""
        room = self.room
        with room.engine.connect() as conn:
            rows = conn.execute(sa.select(cases).where(
                cases.c.session_id == room.id, cases.c.centre == self.centre, cases.c.month == room.month)
                .order_by(cases.c.filed, cases.c.household)).all()
            by = dict(conn.execute(sa.select(decisions.c.case_id, participants.c.name).join(participants).where(
                decisions.c.session_id == room.id, decisions.c.month == room.month)).all())
        return [Case(r.id, r.household, r.centre, r.kind, r.filed, r.month, r.status, r.facts["hours"],
                     r.facts["verification_hours"], r.facts["cap"], casefiles.render(r.facts, self.lang),
                     r.facts, by.get(r.id), r.truth if room.revealed else None) for r in rows]

    def hours_left(self) -> float:
        """The centre's hours for cases this month, less what its caseworkers have spent."""
        with self.room.engine.connect() as conn:
            return self._hours_left(conn)

    def desk_hours(self) -> float:
        """The centre's hours for cases this month, before any are spent."""
        with self.room.engine.connect() as conn:
            return self._desk_hours(conn)

    def _desk_hours(self, conn) -> float:
        held = conn.execute(sa.select(months.c.figures).where(
            months.c.session_id == self.room.id, months.c.month == self.room.month)).scalar()
        return (held or {}).get("desk_hours", {}).get(str(self.centre), 0.0)

    def _hours_left(self, conn) -> float:
        room = self.room
        budget = self._desk_hours(conn)
        spent = conn.execute(sa.select(sa.func.coalesce(sa.func.sum(decisions.c.hours), 0.0)).join(participants).where(
            decisions.c.session_id == room.id, decisions.c.month == room.month,
            participants.c.centre == self.centre, participants.c.role == "caseworker")).scalar_one()
        return round(budget - spent, 1)

    def decide(self, case_id: int, decision: str, amount: float | None = None, reason: str | None = None) -> Decision:
        """Decide a case of this month. Refused, with a message saying why, when the session is paused, the case
        is not this centre's or no longer waits, another trainee decided it first, the amount is above the cap,
        a rejection has no reason, or the centre's hours are spent."""
        room, lang = self.room, self.lang
        if self.role != "caseworker":
            raise refuse(lang, "Only caseworkers decide cases.")
        if decision not in DECISIONS:
            raise refuse(lang, "decision = {value} is not a decision: approve, reject, verify or refer.",
                         value=decision)
        try:
            with store.writing(room.engine) as conn:
                session = conn.execute(sa.select(sessions).where(sessions.c.id == room.id).with_for_update()).one()
                room.month, room.paused = session.month, session.paused
                if session.paused:
                    raise refuse(lang, "The trainer has paused the session: your decision was not sent. Try again "
                                 "when the trainer resumes.")
                case = conn.execute(sa.select(cases).where(cases.c.id == case_id,
                                                           cases.c.session_id == room.id)).first()
                if case is None or case.centre != self.centre:
                    raise refuse(lang, "Case {case} is not one of your centre's cases.", case=case_id)
                self._check_pending(conn, case, session.month)
                amount = self._checked_amount(decision, amount, case.facts["cap"])
                if decision == "reject" and not (reason or "").strip():
                    raise refuse(lang, "Give the reason for the rejection: the household is told why.")
                hours = case.facts["verification_hours" if decision == "verify" else "hours"]
                left = self._hours_left(conn)
                if hours > left:
                    raise refuse(lang, "This decision takes {hours:g} hours and your centre has {left:g} left this "
                                 "month: the case waits for next month.", hours=hours, left=max(left, 0))
                stored = conn.execute(decisions.insert().values(
                    session_id=room.id, participant_id=self.id, case_id=case.id, household=case.household,
                    month=session.month, decision=decision, amount=amount, reason=(reason or "").strip() or None,
                    hours=hours, correct=casefiles.judge(decision, amount, case.truth), submitted_at=store.now())
                    .returning(decisions.c.id)).scalar_one()
                conn.execute(cases.update().where(cases.c.id == case.id).values(
                    status="verifying" if decision == "verify" else "decided"))
        except sa.exc.IntegrityError:
            # The other trainee of the pair decided this case in the same moment: theirs was stored first.
            with room.engine.connect() as conn:
                case = conn.execute(sa.select(cases).where(cases.c.id == case_id)).one()
                self._check_pending(conn, case, room.month)
            raise refuse(lang, "Another trainee decided case {case} at the same moment: your decision was not "
                         "stored.", case=case_id) from None
        return self._decision(stored)

    def _check_pending(self, conn, case, month: int) -> None:
        if case.month != month:
            raise refuse(self.lang, "Case {case} is no longer waiting: it was closed in month {month}.",
                         case=case.id, month=case.month)
        earlier = conn.execute(sa.select(participants.c.name, decisions.c.submitted_at).join(participants).where(
            decisions.c.case_id == case.id, decisions.c.month == month)).first()
        if earlier is not None:
            raise refuse(self.lang, "{name} already decided case {case} at {time}: your decision was not stored.",
                         name=earlier.name, case=case.id, time=earlier.submitted_at.strftime("%H:%M:%S"))

    def _checked_amount(self, decision: str, amount, cap: float) -> float | None:
        if decision != "approve":
            return None
        try:
            value = float(amount)
        except (TypeError, ValueError):
            value = float("nan")
        if not 0 < value <= cap:
            raise refuse(self.lang, "amount = {value} is not allowed: an approval pays more than 0 and at most "
                         "{cap:,.0f} yuan a month (the standard for every member).", value=amount, cap=cap)
        return round(value, 2)

    def decisions(self) -> list[Decision]:
        with self.room.engine.connect() as conn:
            ids = conn.execute(sa.select(decisions.c.id).where(decisions.c.participant_id == self.id)
                               .order_by(decisions.c.id)).scalars().all()
        return [self._decision(i) for i in ids]

    def _decision(self, decision_id: int) -> Decision:
        with self.room.engine.connect() as conn:
            row = conn.execute(sa.select(decisions, participants.c.name).join(participants).where(
                decisions.c.id == decision_id)).one()
        # Whether it was right is told once the month is over, or when the trainer reveals the truth.
        told = row.month < self.room.month or self.room.revealed
        return Decision(row.id, row.name, row.household, row.month, row.decision, row.amount, row.reason,
                        row.submitted_at, row.correct if told else None)

    # ---- a household's month ---------------------------------------------------------------------------------
    def household_month(self) -> dict:
        """The household's latest month as its player sees it (`facts` of `household_months`) and its history."""
        with self.room.engine.connect() as conn:
            rows = conn.execute(sa.select(household_months).where(
                household_months.c.session_id == self.room.id, household_months.c.household == self.household)
                .order_by(household_months.c.month)).all()
            chose = conn.execute(sa.select(decisions.c.decision).where(
                decisions.c.participant_id == self.id, decisions.c.month == self.room.month)).scalar()
        latest = rows[-1]
        return {**latest.facts, "month": latest.month, "standard": latest.standard, "receives": latest.receives,
                "benefit": latest.benefit, "in_hardship": latest.in_hardship, "case": latest.case,
                "chosen": chose, "history": [(r.month, r.income, r.receives, r.benefit, r.in_hardship) for r in rows]}

    def act(self, action: str, papers=()) -> None:
        """The household's choice this month: apply (with the papers gathered) or wait."""
        room, lang = self.room, self.lang
        if self.role != "household":
            raise refuse(lang, "Only a household's player applies.")
        if action not in ("apply", "wait"):
            raise refuse(lang, "action = {value} is not a choice: apply or wait.", value=action)
        papers = sorted(set(papers))
        unknown = [p for p in papers if p not in casefiles.PAPERS]
        if unknown:
            raise refuse(lang, "papers = {value} are not papers of an application: {allowed}.", value=unknown,
                         allowed=", ".join(casefiles.PAPERS))
        now = self.household_month()
        if action == "apply" and not now["can_apply"]:
            raise refuse(lang, "Your household cannot apply this month: it has a case open or receives Dibao "
                         "already.")
        try:
            with store.writing(room.engine) as conn:
                session = conn.execute(sa.select(sessions).where(sessions.c.id == room.id).with_for_update()).one()
                if session.paused:
                    raise refuse(lang, "The trainer has paused the session: your choice was not sent. Try again "
                                 "when the trainer resumes.")
                conn.execute(decisions.insert().values(
                    session_id=room.id, participant_id=self.id, household=self.household, month=session.month,
                    decision=action, papers=papers if action == "apply" else None, hours=0.0,
                    submitted_at=store.now()))
        except sa.exc.IntegrityError:
            raise refuse(lang, "You have already made this month's choice: it waits for the next month.") from None

    def finish_month(self) -> None:
        """Tell the trainer this trainee is done for the month."""
        with store.writing(self.room.engine) as conn:
            month = conn.execute(sa.select(sessions.c.month).where(sessions.c.id == self.room.id)).scalar_one()
            conn.execute(participants.update().where(participants.c.id == self.id).values(finished_month=month))
