"""`carelab session STEP ...`: a workshop session, in the order a trainer runs one.

    carelab session create dachuan-2019 --name "Day 2 role play"     # prints the join code and the keys
    carelab session serve CODE [--ip 0.0.0.0]                         # the trainees' page and the dashboard
    carelab session advance CODE --key KEY                            # a month, without the dashboard
    carelab session report CODE --out debrief/                        # decisions.csv and debrief.html
    carelab session demo --participants 30 --months 3 --out rehearsal/   # a scripted room, to rehearse or test
"""
from __future__ import annotations

import argparse

from simulation.i18n import t

STEPS = ("create", "serve", "advance", "report", "demo")


def add_arguments(session: argparse.ArgumentParser) -> None:
    session.add_argument("step", choices=STEPS)
    session.add_argument("target", nargs="?", metavar="SCENARIO|CODE",
                         help="create: a scenario (e.g. dachuan-2019); serve, advance, report: the join code")
    session.add_argument("--name", help="create: the session's name, as the room sees it")
    session.add_argument("--households", type=int, default=2000, help="create: households (200 to 5,000)")
    session.add_argument("--centres", type=int, default=8, help="create: service centres, one per caseworker or pair")
    session.add_argument("--seed", type=int, default=None, help="create, demo: random seed (default: the scenario's)")
    session.add_argument("--db", default=None, help="a database address (postgresql+psycopg://...); default: the "
                                                    "SQLite file sessions.db in --folder")
    session.add_argument("--folder", default="workshop", help="the workshop folder (default: workshop)")
    session.add_argument("--key", help="advance: the trainer's key")
    session.add_argument("--ip", default=None, help="serve: let other machines in the room open the pages on this "
                                                    "address (e.g. 0.0.0.0); default: this machine only")
    session.add_argument("--port", type=int, default=8866, help="serve: port (default: 8866)")
    session.add_argument("--out", help="report, demo: the output folder")
    session.add_argument("--overwrite", action="store_true", help="replace an earlier output of the same command")
    session.add_argument("--participants", type=int, default=30, help="demo: scripted participants (2 to 60)")
    session.add_argument("--months", type=int, default=3, help="demo: months to play (1 to 12)")


def run(args) -> None:
    from simulation.inputs.errors import InputError, Phrase
    needs = {"create": Phrase("a scenario"), "serve": Phrase("a join code"), "advance": Phrase("a join code"),
             "report": Phrase("a join code")}
    if args.step in needs and not args.target:
        raise InputError(f"carelab session {args.step}", "SCENARIO|CODE", None, needs[args.step])
    if args.step in ("report", "demo") and not args.out:
        raise InputError(f"carelab session {args.step}", "--out", None, "an output folder")
    globals()[f"_{args.step}"](args)


def _create(args) -> None:
    from simulation.sessions.trainer import create
    room, key = create(args.target, args.name or args.target, args.households, args.centres, args.seed,
                       args.db, args.folder)
    lang = args.lang
    print(t("Session {name}: join code {code}", lang, name=room.name, code=room.code))
    print(t("Trainer's key: {key} (keep it to yourself)", lang, key=key))
    print(t("Room secret: {secret} (it is in the trainees' address)", lang, secret=room.secret))
    print(t("Next: carelab session serve {code}", lang, code=room.code))


def _serve(args) -> None:
    from simulation.sessions.serve import serve
    serve(args)


def _advance(args) -> None:
    from simulation.sessions.room import Room
    from simulation.sessions.trainer import Trainer
    room = Room.find(args.target, args.db, args.folder, args.lang)
    Trainer(room, args.key, args.lang).advance()
    print(t("Session {code} is now in month {month} ({date}).", args.lang, code=room.code, month=room.month,
            date=room.date.isoformat()))


def _report(args) -> None:
    from simulation.sessions.report import report
    report(args.target, args.out, db=args.db, folder=args.folder, lang=args.lang, overwrite=args.overwrite)


def _demo(args) -> None:
    from simulation.sessions.demo import demo
    demo(args.participants, args.months, args.out, seed=args.seed, overwrite=args.overwrite, lang=args.lang)
