"""Where a session lives: its tables, in SQLite (a file in the workshop folder, the default) or PostgreSQL.

Everything a session is made of is here and nowhere else: the district it plays (scenario and seed), who joined,
each month's cases and figures, and every decision with who made it and when. The district's state itself is not
stored: it follows from the scenario, the seed and the decisions and events in order (`SessionDistrict.replay`),
so a trainer's machine that restarts resumes exactly where the room was.

SQLite runs in WAL mode, and a transaction that writes (`writing`) takes the write lock as it begins (IMMEDIATE):
a room of 40 processes then queues its writes instead of failing with "database is locked" halfway through one,
and readers, who begin an ordinary transaction, never wait for a writer.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from simulation.inputs.errors import InputError

metadata = sa.MetaData()

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(8), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("scenario", sa.JSON, nullable=False),      # the validated scenario, as the run reads it
    sa.Column("households", sa.Integer, nullable=False),
    sa.Column("centres", sa.Integer, nullable=False),
    sa.Column("street_centres", sa.Integer, nullable=False),  # centres 0 .. street_centres - 1 serve streets
    sa.Column("seed", sa.BigInteger, nullable=False),
    sa.Column("trainer_key", sa.String(64), nullable=False),
    sa.Column("secret", sa.String(64), nullable=False),  # the room's secret, in the trainees' address
    sa.Column("month", sa.Integer, nullable=False, default=0),  # months advanced so far
    sa.Column("paused", sa.Boolean, nullable=False, default=False),
    sa.Column("revealed", sa.Boolean, nullable=False, default=False),
    sa.Column("playable", sa.JSON, nullable=False),      # households the room gives to players, in order
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

participants = sa.Table(
    "participants", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("session_id", sa.ForeignKey("sessions.id"), nullable=False),
    sa.Column("name", sa.String(60), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),        # caseworker or household
    sa.Column("centre", sa.Integer),
    sa.Column("household", sa.Integer),
    sa.Column("lang", sa.String(5), nullable=False),
    sa.Column("token", sa.String(64), nullable=False, unique=True),  # kept by the page, to come back
    sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_month", sa.Integer, nullable=False, default=-1),  # the last month they said they were done
    sa.UniqueConstraint("session_id", "name"),
)

cases = sa.Table(
    "cases", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("session_id", sa.ForeignKey("sessions.id"), nullable=False),
    sa.Column("household", sa.Integer, nullable=False),
    sa.Column("centre", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),       # application or review
    sa.Column("filed", sa.Integer, nullable=False),         # month filed
    sa.Column("month", sa.Integer, nullable=False),         # the month it is (or was last) open for a decision
    sa.Column("status", sa.String(20), nullable=False),     # pending, decided, verifying, closed
    sa.Column("facts", sa.JSON, nullable=False),            # what the caseworker has, as numbers (casefiles.render)
    sa.Column("truth", sa.JSON, nullable=False),            # what only the model knows, shown after reveal
    sa.UniqueConstraint("session_id", "household", "filed"),
)

decisions = sa.Table(
    "decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("session_id", sa.ForeignKey("sessions.id"), nullable=False),
    sa.Column("participant_id", sa.ForeignKey("participants.id"), nullable=False),
    sa.Column("case_id", sa.ForeignKey("cases.id")),          # a caseworker's decision
    sa.Column("household", sa.Integer, nullable=False),
    sa.Column("month", sa.Integer, nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),   # approve, reject, verify, refer; a household's apply, wait
    sa.Column("amount", sa.Float),
    sa.Column("reason", sa.String(500)),
    sa.Column("papers", sa.JSON),                          # a household's application: the papers it brought
    sa.Column("hours", sa.Float, nullable=False, default=0.0),
    sa.Column("correct", sa.Boolean),                      # against the rules and the true income; none for verify
    sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
    # One decision per case a month, and one choice per household a month: a second, at the same moment from
    # the other trainee of a pair, is refused by the database itself.
    sa.UniqueConstraint("case_id", "month"),
    sa.UniqueConstraint("session_id", "household", "month", "participant_id"),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("session_id", sa.ForeignKey("sessions.id"), nullable=False),
    sa.Column("month", sa.Integer, nullable=False),        # injected during this month: happens at the next advance
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("params", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

months = sa.Table(
    "months", metadata,
    sa.Column("session_id", sa.ForeignKey("sessions.id"), primary_key=True),
    sa.Column("month", sa.Integer, primary_key=True),
    sa.Column("date", sa.String(10), nullable=False),
    sa.Column("figures", sa.JSON, nullable=False),          # the model's metrics of the month (metric_registry)
    sa.Column("held", sa.JSON, nullable=False),             # centres and households trainees held in the month
    sa.Column("advanced_at", sa.DateTime(timezone=True), nullable=False),
)

household_months = sa.Table(
    "household_months", metadata,
    sa.Column("session_id", sa.ForeignKey("sessions.id"), primary_key=True),
    sa.Column("month", sa.Integer, primary_key=True),
    sa.Column("household", sa.Integer, primary_key=True),
    sa.Column("members", sa.Integer, nullable=False),
    sa.Column("income", sa.Float, nullable=False),          # own income, yuan a month, before assistance
    sa.Column("standard", sa.Float, nullable=False),        # the Dibao standard per person
    sa.Column("receives", sa.String(20), nullable=False),   # nothing, dibao, extreme_poor
    sa.Column("benefit", sa.Float, nullable=False),
    sa.Column("in_hardship", sa.Boolean, nullable=False),   # income with assistance below the standard
    sa.Column("case", sa.String(20), nullable=False),       # none, application, review: its open case
    sa.Column("facts", sa.JSON, nullable=False),            # the household's month as its player sees it
)

DEFAULT_FILE = "sessions.db"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def url_of(db: str | None, folder: str | Path = "workshop") -> str:
    """The database a command names: a SQLAlchemy URL (`postgresql+psycopg://...`, `sqlite:///...`), or by
    default the SQLite file in the workshop folder."""
    if db:
        return db
    return f"sqlite:///{Path(folder).resolve() / DEFAULT_FILE}"


def connect(db: str | None = None, folder: str | Path = "workshop", create: bool = False) -> sa.Engine:
    """An engine on the session database; `create` makes the folder and the tables where they are missing."""
    url = url_of(db, folder)
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        raise InputError("carelab session", "--db", url,
                         "a database address such as postgresql+psycopg://user@host/carelab or sqlite:///room.db"
                         ) from None
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.is_file():
            raise InputError("carelab session", "--db", url, "the database of a session made with carelab "
                             "session create (its folder: --folder)")
        engine = sa.create_engine(parsed, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_room)
        event.listen(engine, "begin", _begin)
    else:
        engine = sa.create_engine(parsed, pool_pre_ping=True)
        try:  # a server that is down or a database that is not there is the address's fault, said in one line
            engine.connect().close()
        except sa.exc.OperationalError as err:
            raise InputError("carelab session", "--db", url, "the address of a PostgreSQL database that answers; "
                             "it said: {reason}", reason=str(err.orig).splitlines()[0]) from None
    if create:
        metadata.create_all(engine)
    return engine


def writing(engine: sa.Engine):
    """A transaction that writes: `with store.writing(engine) as conn: ...`. Every write goes through it."""
    return engine.execution_options(carelab_writes=True).begin()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get("carelab_writes")
                               else "BEGIN")


def _sqlite_room(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # transactions begin where SQLAlchemy says, as IMMEDIATE
    for pragma in ("journal_mode=WAL", "busy_timeout=60000", "foreign_keys=ON", "synchronous=NORMAL"):
        dbapi_connection.execute(f"PRAGMA {pragma}")
