"""What the trainer reads after grading: the grades export, the class at a glance, and a workshop's knowledge gain.

Scores come from the gradebook (manual marks included) and the status of each submission from its grading record,
so a submission that was not graded shows as such, never with a score from an earlier run.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from nbgrader.api import Gradebook, MissingEntry

from simulation.grading.autograde import NEVER, NOT_GRADED, read_record
from simulation.grading.course import ROUNDS, course_folder, gradebook_url
from simulation.i18n import marked, t
from simulation.inputs.files import written_atomically
from simulation.reports.pages import render
from simulation.workshop.bilingual import LANGS
from simulation.workshop.curricula.model import Workshop

GRADE_COLUMNS = ("student", "assignment", "track", "language", "status", "score", "max_score", "auto_score",
                 "auto_max_score", "needs_manual_grade")


@dataclass(frozen=True)
class Row:
    """One submission: who, which assignment in which language and track, its status and scores."""
    student: str
    assignment: str  # without the language, e.g. module1-analyst
    track: str
    language: str
    status: str
    score: float | None = None
    max_score: float | None = None
    auto_score: float | None = None
    auto_max_score: float | None = None
    needs_manual_grade: bool | None = None
    items: tuple[tuple[str, float, float], ...] = ()  # (grade id, score, points) of each check


def class_rows(course: str | Path | None = None, assignment: str | None = None) -> list[Row]:
    """Every submission that was collected, graded or not; only those of one assignment folder if given."""
    course = course_folder(course)
    folders = sorted(p for p in (course / "submitted").glob("*/*") if p.is_dir())
    rows = []
    with Gradebook(gradebook_url(course)) as gradebook:
        for folder in folders:
            participant, assignment_id = folder.parent.name, folder.name
            base, _, lang = assignment_id.rpartition("-")
            if assignment and base not in (assignment, f"{assignment}-analyst", *(f"{assignment}-{r}"
                                                                                  for r in ROUNDS)):
                continue
            record = read_record(course, participant, assignment_id)
            status = t(record["status"], "en", **record.get("values", {}))
            track = "analyst" if base.endswith("-analyst") else "practitioner"
            if status.startswith(NOT_GRADED):
                rows.append(Row(participant, base, track, lang, status))
                continue
            try:
                submission = gradebook.find_submission(assignment_id, participant)
            except MissingEntry:
                rows.append(Row(participant, base, track, lang, t(NEVER, "en")))
                continue
            rows.append(Row(participant, base, track, lang, status, submission.score, submission.max_score,
                            submission.code_score, submission.max_code_score, submission.needs_manual_grade,
                            tuple((i["grade_id"], i["score"], i["points"]) for i in record.get("items", []))))
    return rows


def export_grades(path: str | Path, course: str | Path | None = None) -> Path:
    """One CSV row per submission, with its status; the scores of a submission not graded are left empty.
    UTF-8 with a byte-order mark, so spreadsheet programs show Chinese names correctly."""
    path = Path(path)
    with written_atomically(path) as temporary, temporary.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.DictWriter(out, GRADE_COLUMNS)
        writer.writeheader()
        for row in class_rows(course):
            writer.writerow({column: "" if getattr(row, column) is None else getattr(row, column)
                             for column in GRADE_COLUMNS})
    return path


def write_class_csv(rows: list[Row], out: Path) -> Path:
    """class.csv: one row per submission and a column per item (its score), for a spreadsheet."""
    out.mkdir(parents=True, exist_ok=True)
    table = pd.DataFrame([{**{c: getattr(row, c) for c in GRADE_COLUMNS},
                           **{grade_id: score for grade_id, score, _ in row.items}} for row in rows])
    path = out / "class.csv"
    with written_atomically(path) as temporary:
        table.to_csv(temporary, index=False, encoding="utf-8-sig")
    return path


def most_missed(rows: list[Row]) -> list[tuple[str, int, int]]:
    """(item, how many missed it, how many were graded on it), the most missed first."""
    missed: dict[str, list[int]] = {}
    for row in rows:
        for grade_id, score, points in row.items:
            counts = missed.setdefault(grade_id, [0, 0])
            counts[0] += score < points
            counts[1] += 1
    return sorted(((item, m, n) for item, (m, n) in missed.items()), key=lambda x: (-x[1] / x[2], x[0]))


def knowledge_gain(workshop: Workshop, course: str | Path | None = None) -> pd.DataFrame:
    """Each participant's share of the knowledge check's points per objective before and after the workshop,
    and the gain; participants who took only one of the two are listed with the other left empty."""
    check = workshop.knowledge_check
    objective_of = {grade_id: objective.id for module in workshop.modules for objective in module.objectives
                    for assignment, grade_id in objective.graded if assignment == check}
    shares: dict[tuple[str, str, str], list[float]] = {}
    for row in class_rows(course, check):
        rounds = row.assignment.removeprefix(f"{check}-")
        for grade_id, score, points in row.items:
            if grade_id in objective_of:
                total = shares.setdefault((row.student, objective_of[grade_id], rounds), [0.0, 0.0])
                total[0] += score
                total[1] += points
    records = [{"participant": p, "objective": o, "round": r, "share": s / n if n else None}
               for (p, o, r), (s, n) in shares.items()]
    if not records:
        return pd.DataFrame(columns=["participant", "objective", *ROUNDS, "gain"])
    table = pd.DataFrame(records).pivot_table(index=["participant", "objective"], columns="round", values="share",
                                              aggfunc="first").reindex(columns=list(ROUNDS))
    table["gain"] = table["post"] - table["pre"]
    return table.reset_index().rename_axis(columns=None)


def write_gain_report(workshop: Workshop, out: str | Path, course: str | Path | None = None) -> list[Path]:
    """gain.csv and a page per language (gain.en.html, gain.zh.html): the room's and each participant's gain
    per objective."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    table = knowledge_gain(workshop, course)
    written = [out / "gain.csv"]
    with written_atomically(written[0]) as temporary:
        table.to_csv(temporary, index=False, encoding="utf-8-sig")
    objectives = [o for module in workshop.modules for o in module.objectives]
    room = table.groupby("objective")[[*ROUNDS, "gain"]].mean() if len(table) else table
    for lang in LANGS:
        rows = [{"id": o.id, "text": o.text[lang],
                 **{k: (None if o.id not in room.index or pd.isna(room.loc[o.id, k]) else room.loc[o.id, k])
                    for k in (*ROUNDS, "gain")}} for o in objectives]
        people = {p: {r.objective: r for r in group.itertuples()} for p, group in table.groupby("participant")}
        title = t(marked("{workshop}: knowledge gain"), lang, workshop=workshop.title[lang])
        page = render("gain.html", lang, title=title, rows=rows, people=people, objectives=objectives,
                      words=_gain_words(lang))
        path = out / f"gain.{lang}.html"
        with written_atomically(path) as temporary:
            temporary.write_text(page, encoding="utf-8")
        written.append(path)
    return written


def _gain_words(lang: str) -> dict[str, str]:
    return {key: t(text, lang) for key, text in GAIN_WORDS.items()}


GAIN_WORDS = {
    "intro": marked("Share of the knowledge check's points on each objective, before and after the workshop, for "
                    "the room and for each participant. A participant who took only one check shows a blank for "
                    "the other."),
    "objective": marked("Objective"), "pre": marked("Before"), "post": marked("After"), "gain": marked("Gain"),
    "room": marked("The room"), "participant": marked("Participant")}
