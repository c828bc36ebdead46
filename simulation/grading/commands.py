"""`carelab grade STEP ...`: the trainer's steps, in the order of a session.

    carelab grade release module1                   # every form: practitioner and analyst, English and Chinese
    carelab grade collect module1 handed-in/        # one folder, notebook or zip per participant
    carelab grade autograde module1                 # each submission in its own sandbox
    carelab grade mark module1-zh ana module1_discussion 2 --comment "..."   # a rubric mark from the room
    carelab grade feedback module1
    carelab grade class module1                     # the class at a glance and the items most got wrong
    carelab grade export grades.csv
    carelab grade gain practitioner-two-day --out gain/   # knowledge check before and after, per objective
"""
from __future__ import annotations

import argparse
import warnings
from pathlib import Path

from simulation.inputs.errors import InputError, Phrase, UserError

STEPS = ("build", "release", "collect", "autograde", "mark", "feedback", "class", "export", "gain")


def add_arguments(grade: argparse.ArgumentParser) -> None:
    grade.add_argument("step", choices=STEPS)
    grade.add_argument("names", nargs="*", metavar="ARGUMENT",
                       help="build/release/autograde/feedback/class: ASSIGNMENT (e.g. module1); collect: ASSIGNMENT "
                            "FOLDER; mark: ASSIGNMENT_ID PARTICIPANT ITEM SCORE; export: FILE.csv; gain: WORKSHOP")
    grade.add_argument("--course", default=None, help="the nbgrader course folder (default: grading/)")
    grade.add_argument("--unisolated", action="store_true",
                       help="autograde without a sandbox, only where none can start: every submission is trusted")
    grade.add_argument("--time-limit", type=float, default=120, help="seconds per submission (default: 120)")
    grade.add_argument("--memory-mb", type=int, default=3072, help="memory per process of a submission (MB)")
    grade.add_argument("--output-mb", type=float, default=10, help="output kept per notebook (default: 10 MB)")
    grade.add_argument("--workers", type=int, default=None, help="submissions graded at once (default: one per core)")
    grade.add_argument("--comment", default=None, help="mark: the trainer's comment")
    grade.add_argument("--out", default=None, help="class: also write class.csv there; gain: the report folder")


def run(args) -> None:
    from sqlalchemy.exc import SAWarning

    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's gradebook is noisy, not wrong
    wanted = {"collect": 2, "mark": 4}.get(args.step, 1)
    if len(args.names) != wanted:
        raise InputError("carelab grade " + args.step, "ARGUMENT", " ".join(args.names) or None,
                         _usage(args.step))
    globals()[f"_{args.step}"](args, *args.names)


def _usage(step: str) -> Phrase:
    return {"collect": Phrase("ASSIGNMENT FOLDER, e.g. module1 handed-in/"),
            "mark": Phrase("ASSIGNMENT_ID PARTICIPANT ITEM SCORE, e.g. module1-zh ana module1_discussion 2"),
            "export": Phrase("the CSV file to write, e.g. grades.csv"),
            "gain": Phrase("a workshop id, e.g. practitioner-two-day")}.get(step, Phrase("an assignment, e.g. module1"))


def _build(args, assignment):
    from simulation.grading.course import build
    for assignment_id, folder in build(assignment, args.course).items():
        print(f"{assignment_id}: {folder}")


def _release(args, assignment):
    from simulation.grading.course import release
    for assignment_id, folder in release(assignment, args.course).items():
        print(f"{assignment_id}: {folder}")


def _collect(args, assignment, folder):
    from simulation.grading.course import collect
    for entry in collect(assignment, folder, args.course):
        print(f"{entry.participant}: {entry.status} - {entry.message}")


def _autograde(args, assignment):
    from simulation.grading.autograde import autograde
    from simulation.grading.sandbox import IsolationUnavailable, Limits

    if args.time_limit <= 0 or args.memory_mb < 256 or args.output_mb <= 0:
        raise InputError("carelab grade autograde", "--time-limit/--memory-mb/--output-mb",
                         f"{args.time_limit:g}/{args.memory_mb}/{args.output_mb:g}",
                         "a time above 0 s, at least 256 MB of memory, an output limit above 0 MB")
    limits = Limits(args.time_limit, args.memory_mb, int(args.output_mb * 1_000_000))
    try:
        graded = autograde(assignment, args.course, limits, isolated=not args.unisolated, workers=args.workers)
    except IsolationUnavailable as err:
        raise UserError(str(err)) from None
    for result in graded:
        score = f"{result.score:g} / {result.max_score:g}" if result.ok else ""
        print(f"{result.participant} ({result.assignment}): {score} {result.status}".replace("  ", " "))


def _mark(args, assignment_id, participant, item, score):
    from simulation.grading.marks import mark
    mark(assignment_id, participant, item, score, args.comment, args.course)
    print(f"{participant} ({assignment_id}) {item}: {score}")


def _feedback(args, assignment):
    from simulation.grading.feedback import feedback
    for entry in feedback(assignment, args.course):
        print(f"{entry.participant} ({entry.assignment}): {', '.join(map(str, entry.files))}")


def _class(args, assignment):
    from simulation.grading.reports import class_rows, most_missed, write_class_csv
    rows = class_rows(args.course, assignment)
    if not rows:
        print(f"no submissions of {assignment} collected yet")
        return
    for row in rows:
        score = "" if row.score is None else f"{row.score:g}/{row.max_score:g}"
        items = " ".join(f"{grade_id}={s:g}/{p:g}" for grade_id, s, p in row.items)
        print(f"{row.student:<16} {row.language} {row.track:<12} {score:>9}  {row.status}  {items}")
    print("\nitems most got wrong:")
    for item, missed, graded in most_missed(rows)[:5]:
        print(f"  {item}: {missed} of {graded}")
    if args.out:
        print(write_class_csv(rows, Path(args.out)))


def _export(args, path):
    from simulation.grading.reports import export_grades
    if not path.endswith(".csv"):
        raise InputError("carelab grade export", "FILE", path, "a file name ending in .csv")
    print(export_grades(path, args.course))


def _gain(args, workshop_id):
    from simulation.grading.reports import write_gain_report
    from simulation.workshop.curricula.model import CURRICULA, load_workshop, workshop_paths

    path = Path(CURRICULA) / f"{workshop_id}.yaml"
    if path not in workshop_paths():
        known = [p.stem for p in workshop_paths()]
        raise InputError("carelab grade gain", "WORKSHOP", workshop_id, "one of: {names}", names=", ".join(known))
    for written in write_gain_report(load_workshop(path), args.out or "gain", args.course):
        print(written)
