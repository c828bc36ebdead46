"""Grading a class: each submission run in its sandbox, its answers checked outside, the gradebook written here.

For one submission:

1. The notebook is put together from the instructor's version: the participant's answer cells and any cells they
   added, every other cell as the instructor wrote it (so an edited check or instruction counts for nothing), and
   after each answer cell a probe that records the answers as plain data (`probe`). No check, hidden or visible,
   goes into the sandbox.
2. `sandbox.run` executes it within the limits and reports cell by cell.
3. `checking.grade` runs every check on the recorded answers in this process.
4. The results are written, by this process alone: the gradebook's scores, the executed notebook for nbgrader's
   manual grading (autograded/<participant>/<id>/), and `grading.json` beside it with the status, each item's
   score and hint, and the answers. That record is marked "not graded" before the work starts, so a grading that
   fails half-way never leaves an old score looking current.

A submission that stops early (the kernel died, the time limit) keeps the answers recorded before it stopped and
is marked incomplete with the cell it stopped in.
"""
from __future__ import annotations

import copy
import json
import os
import warnings
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from sqlalchemy.exc import SAWarning

from simulation.grading import checking, items, sandbox
from simulation.grading.course import assignment_ids, course_folder, gradebook_url, submissions
from simulation.grading.probe import MARK
from simulation.grading.runner import PROBE
from simulation.i18n import marked, t
from simulation.inputs.files import written_atomically

RECORD = "grading.json"
NOT_GRADED = "not graded"
GRADED = marked("graded")
# A status is kept as a message and its values, so that each reader gets it in their language.
STOPPED = {
    "kernel": marked("incomplete: the notebook stopped at cell {cell} (its kernel ended)"),
    "time": marked("incomplete: the notebook stopped at cell {cell} at the time limit of {seconds} s"),
    "output": marked("incomplete: the notebook stopped at cell {cell}: its output passed the limit of {mb} MB"),
}
UNFINISHED = marked("not graded: grading did not finish")
NOT_RELEASED = marked("not graded: {assignment} is not released in this course's gradebook")
NOT_READ = marked("not graded: grading could not read {notebook} ({error})")
NEVER = marked("not graded: never autograded")
NOT_PART = marked("not graded: {notebook} is not part of {assignment}")


@dataclass(frozen=True)
class Graded:
    participant: str
    assignment: str  # the nbgrader assignment, e.g. module1-zh
    status: str  # "graded", "incomplete: ...", or "not graded: ..."
    score: float = 0.0
    max_score: float = 0.0
    auto_score: float = 0.0
    auto_max_score: float = 0.0
    needs_manual_grade: bool = False
    items: tuple[checking.Result, ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        return not self.status.startswith(NOT_GRADED)


def autograde(assignment: str, course: str | Path | None = None, limits: sandbox.Limits | None = None,
              isolated: bool = True, workers: int | None = None) -> list[Graded]:
    """Grade every collected submission of the assignment's forms, several at once; a submission that cannot be
    graded is reported as such and the rest of the class is graded all the same."""
    course, limits = course_folder(course), limits or sandbox.Limits()
    if isolated:
        sandbox.check_isolation()
    ids = assignment_ids(assignment, course)
    jobs = []
    for assignment_id, participant in submissions(course, "submitted", assignment):
        folder = course / "autograded" / participant / assignment_id
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.ipynb"):
            stale.unlink()
        _write_record(folder, {"status": UNFINISHED})
        for submitted in sorted((course / "submitted" / participant / assignment_id).glob("*.ipynb")):
            source = course / "source" / assignment_id / submitted.name
            release = course / "release" / assignment_id / submitted.name
            jobs.append((assignment_id, participant, submitted, source, release))
    results = []
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        running = {pool.submit(_grade_notebook, *job, limits, isolated): job for job in jobs}
        for done in as_completed(running):
            assignment_id, participant, *_ = running[done]
            lang = ids[assignment_id][1]
            try:
                outcome = done.result()
            except Exception as err:  # a notebook grading cannot read: this participant only
                outcome = _NotebookOutcome(NOT_READ, {"notebook": running[done][2].name,
                                                      "error": f"{type(err).__name__}: {err}"})
            results.append(_save(course, assignment_id, participant, lang, outcome))
    return sorted(results, key=lambda r: (r.participant, r.assignment))


@dataclass
class _NotebookOutcome:
    status: str  # a message of this module, with its values
    values: dict = field(default_factory=dict)
    notebook: str = ""
    executed: nbformat.NotebookNode | None = None
    results: list[checking.Result] = field(default_factory=list)
    manual: dict[str, bool] = field(default_factory=dict)  # hand-graded grade id -> left unanswered
    answers: dict = field(default_factory=dict)
    seconds: float = 0.0


def _grade_notebook(assignment_id: str, participant: str, submitted: Path, source_path: Path, release_path: Path,
                    limits: sandbox.Limits, isolated: bool) -> _NotebookOutcome:
    if not source_path.exists():
        return _NotebookOutcome(NOT_PART, {"notebook": submitted.name, "assignment": assignment_id})
    source = nbformat.read(source_path, as_version=4)
    release = nbformat.read(release_path, as_version=4) if release_path.exists() else source
    lang = source.metadata.socialcare.lang
    assessment = items.read(source)
    graded_nb = _assemble(nbformat.read(submitted, as_version=4), source, release)
    run_nb, probes = _with_probes(graded_nb, assessment)
    execution = sandbox.run(run_nb, limits, isolated)
    answers = _recorded(execution, probes)
    results = checking.grade(assessment, answers, lang)
    status, values = GRADED, {}
    if not execution.finished:
        stopped = execution.stopped_at if execution.stopped_at is not None else len(run_nb.cells)
        status = STOPPED[execution.reason or "kernel"]
        values = {"cell": _participant_cell_number(run_nb, probes, stopped), "seconds": f"{limits.wall_seconds:g}",
                  "mb": f"{limits.output_bytes / 1e6:g}"}
    executed = _executed(graded_nb, run_nb, probes, execution, results, assessment)
    unanswered = {cell.metadata.nbgrader.grade_id: _unanswered(cell, release)
                  for cell in graded_nb.cells if items.nbgrader(cell).get("grade") and cell.cell_type == "markdown"}
    return _NotebookOutcome(status, values, submitted.stem, executed, results, unanswered, answers,
                            execution.seconds)


def _assemble(submitted, source, release):
    """The instructor's notebook with the participant's answers and their own extra cells put in."""
    theirs = {items.nbgrader(c).get("grade_id"): c for c in submitted.cells if items.nbgrader(c).get("grade_id")}
    extra_after: dict[str | None, list] = {}  # a cell the participant added, after the graded cell it followed
    last = None
    for cell in submitted.cells:
        grade_id = items.nbgrader(cell).get("grade_id")
        if grade_id:
            last = grade_id
        elif not items.nbgrader(cell):
            extra_after.setdefault(last, []).append(cell)
    assembled = copy.deepcopy(source)
    cells = list(extra_after.get(None, []))
    for cell in source.cells:
        meta = items.nbgrader(cell)
        grade_id = meta.get("grade_id")
        if meta.get("solution"):
            chosen = theirs.get(grade_id) or next(c for c in release.cells if items.nbgrader(c).get("grade_id")
                                                  == grade_id)
            cell = copy.deepcopy(cell)
            cell.source = chosen.source
        cells.append(cell)
        cells += extra_after.get(grade_id, []) if grade_id else []
    assembled.cells = [copy.deepcopy(c) for c in cells]
    for number, cell in enumerate(assembled.cells, start=1):
        cell.id = f"cell-{number}"  # a participant's added cell may repeat an id of the instructor's
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return assembled


def _with_probes(nb, assessment: items.Assessment):
    """The notebook the sandbox runs: no check cells, a probe after each answer cell; and the probes' positions."""
    calls: dict[str, list[str]] = {}
    for check in assessment.checks:
        for name, argument_lists in check.calls.items():
            calls.setdefault(name, []).extend(a for a in argument_lists if a not in calls.get(name, []))
    answers = {a.grade_id: a for a in assessment.answers}
    cells, probes = [], set()
    for cell in nb.cells:
        meta = items.nbgrader(cell)
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            cells.append(nbformat.v4.new_markdown_cell(""))  # keeps positions; a check never runs in the sandbox
            continue
        cells.append(copy.deepcopy(cell))
        answer = answers.get(meta.get("grade_id")) if cell.cell_type == "code" and meta.get("solution") else None
        if answer:
            probe = (f"from simulation.grading.probe import record\n"
                     f"record(globals(), {list(answer.values)!r}, "
                     f"{ {name: calls.get(name, []) for name in answer.functions}!r})")
            probes.add(len(cells))
            cells.append(nbformat.v4.new_code_cell(probe, metadata={PROBE: True}))
    run_nb = copy.deepcopy(nb)
    run_nb.cells = cells
    for number, cell in enumerate(run_nb.cells, start=1):
        cell.id = f"run-{number}"
    return run_nb, probes


def _recorded(execution: sandbox.Execution, probes: set[int]) -> dict[str, dict]:
    """What the probes reported, taken as untrusted data: later reports of a name replace earlier ones."""
    answers: dict[str, dict] = {}
    for index in sorted(probes):
        for output in execution.cells.get(index, {}).get("outputs", []):
            text = output.get("text", "") if isinstance(output, dict) else ""
            for line in (text if isinstance(text, str) else "").splitlines():
                if not line.startswith(MARK):
                    continue
                try:
                    report = json.loads(line[len(MARK):])
                except ValueError:
                    continue
                if isinstance(report, dict):
                    answers.update({name: outcome for name, outcome in report.items()
                                    if isinstance(name, str) and isinstance(outcome, dict)})
    return answers


def _participant_cell_number(run_nb, probes: set[int], index: int) -> int:
    """The cell's number as the participant counts them (1 = the first cell), probes left out."""
    return 1 + sum(1 for i in range(min(index, len(run_nb.cells))) if i not in probes)


def _executed(graded_nb, run_nb, probes, execution, results, assessment):
    """The notebook nbgrader's manual grading shows: the participant's outputs, and each check as its visible
    code with its result. Hidden tests stay out."""
    executed = copy.deepcopy(graded_nb)
    outputs = [execution.cells.get(i) for i in range(len(run_nb.cells)) if i not in probes]
    by_id = {r.grade_id: r for r in results}
    visible = {c.grade_id: c.visible for c in assessment.checks}
    for cell, ran in zip(executed.cells, outputs):
        grade_id = items.nbgrader(cell).get("grade_id")
        if grade_id in by_id:
            result = by_id[grade_id]
            cell.source = visible[grade_id]
            cell.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue=result.hint,
                                                   traceback=[result.hint])] if result.score < result.points else [
                nbformat.v4.new_output("stream", name="stdout", text=f"{result.score:g} / {result.points:g}\n")]
        elif cell.cell_type == "code" and ran:
            cell.outputs = [nbformat.from_dict(o) for o in ran["outputs"] if isinstance(o, dict)]
            cell.execution_count = ran["execution_count"] if isinstance(ran["execution_count"], int) else None
    return executed


def _unanswered(cell, release) -> bool:
    released = next((c.source for c in release.cells if items.nbgrader(c).get("grade_id")
                     == items.nbgrader(cell).get("grade_id")), "")
    return cell.source.strip() in ("", released.strip())


def _save(course: Path, assignment_id: str, participant: str, lang: str, outcome: _NotebookOutcome) -> Graded:
    folder = course / "autograded" / participant / assignment_id
    if outcome.status.startswith(NOT_GRADED):
        _write_record(folder, {"status": outcome.status, "values": outcome.values, "language": lang})
        return Graded(participant, assignment_id, t(outcome.status, "en", **outcome.values))
    try:
        with Gradebook(gradebook_url(course)) as gradebook, warnings.catch_warnings():
            warnings.simplefilter("ignore", SAWarning)  # nbgrader's gradebook is noisy, not wrong
            totals = _write_grades(gradebook, assignment_id, participant, outcome)
    except MissingEntry:
        values = {"assignment": assignment_id}
        _write_record(folder, {"status": NOT_RELEASED, "values": values, "language": lang})
        return Graded(participant, assignment_id, t(NOT_RELEASED, "en", **values))
    nbformat.write(outcome.executed, folder / f"{outcome.notebook}.ipynb")
    _write_record(folder, {"status": outcome.status, "values": outcome.values, "language": lang,
                           "notebook": outcome.notebook,
                           "seconds": round(outcome.seconds, 1), "items": [asdict(r) for r in outcome.results],
                           "answers": outcome.answers})
    return Graded(participant, assignment_id, t(outcome.status, "en", **outcome.values),
                  items=tuple(outcome.results), **totals)


def _write_grades(gradebook: Gradebook, assignment_id: str, participant: str, outcome: _NotebookOutcome) -> dict:
    gradebook.update_or_create_student(participant)
    submission = gradebook.update_or_create_submission(assignment_id, participant)
    for result in outcome.results:
        grade = gradebook.find_grade(result.grade_id, outcome.notebook, assignment_id, participant)
        grade.auto_score = result.score
        grade.needs_manual_grade = grade.manual_score is not None
    for grade_id, unanswered in outcome.manual.items():
        grade = gradebook.find_grade(grade_id, outcome.notebook, assignment_id, participant)
        grade.auto_score = 0.0 if unanswered else None
        grade.needs_manual_grade = not unanswered or grade.manual_score is not None
    for task in submission.assignment.notebooks[0].task_cells if submission.assignment.notebooks else []:
        grade = gradebook.find_grade(task.name, outcome.notebook, assignment_id, participant)
        grade.needs_manual_grade = grade.manual_score is None
    gradebook.db.commit()
    return dict(score=submission.score, max_score=submission.max_score, auto_score=submission.code_score,
                auto_max_score=submission.max_code_score, needs_manual_grade=submission.needs_manual_grade)


def _write_record(folder: Path, record: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with written_atomically(folder / RECORD) as temporary:
        temporary.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")


def read_record(course: Path, participant: str, assignment_id: str) -> dict:
    path = course / "autograded" / participant / assignment_id / RECORD
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"status": NEVER}
