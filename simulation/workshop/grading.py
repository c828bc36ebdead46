"""The nbgrader course: build, release, collect, autograde, give feedback and export grades, offline on one machine.

A trainer's session, one call per step (every function takes `course`, by default the repository's grading/):

    build("module1")                     # assignments/module1/*.py -> source/module1-en/, source/module1-zh/
    release("module1")                   # -> release/module1-en/, release/module1-zh/: hand these out
    collect("module1", "handed-in/")     # a folder, .ipynb or .zip per participant -> submitted/
    autograde("module1")                 # each participant on their own, so one bad submission stops nobody
    feedback("module1")                  # feedback/<participant>/module1-<lang>/*.html, hidden tests left out
    export_grades("grades.csv")

An assessment is one nbgrader assignment per language, `<assignment>-<lang>`. A participant's language is read
from the notebook they hand in (the mark the bilingual build leaves in its metadata), so a class that mixes
languages is collected and graded in one go. nbgrader runs in this process through its Python API, configured by
the course's nbgrader_config.py alone: no ~/.jupyter file and no exchange directory is involved.
"""
from __future__ import annotations

import csv
import os
import shutil
import sys
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import nbformat
from nbformat.reader import NotJSONError
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.preprocessors import ClearHiddenTests
from traitlets.config import Config, PyFileConfigLoader

from simulation.inputs import locations
from simulation.inputs.errors import InputError
from simulation.workshop.bilingual import LANGS, build_languages

GRADE_COLUMNS = ("student", "assignment", "language", "score", "max_score", "auto_score", "auto_max_score",
                 "needs_manual_grade")


class GradingError(RuntimeError):
    """nbgrader failed on a step for the whole class; the message carries its log."""


@dataclass(frozen=True)
class Collected:
    participant: str
    status: str  # "collected" or "skipped"
    message: str


@dataclass(frozen=True)
class Graded:
    participant: str
    assignment: str  # the nbgrader assignment, e.g. module1-zh
    ok: bool
    score: float = 0.0
    max_score: float = 0.0
    auto_score: float = 0.0
    auto_max_score: float = 0.0
    needs_manual_grade: bool = False
    message: str = ""


@dataclass(frozen=True)
class Feedback:
    participant: str
    assignment: str
    ok: bool
    files: tuple[Path, ...] = ()
    message: str = ""


def build(assignment: str, course: str | Path | None = None) -> dict[str, Path]:
    """Turn the text sources into nbgrader's source/<assignment>-<lang>/<stem>.ipynb; returns {lang: folder}.

    The folders are rebuilt from scratch, so no text copy or stale notebook is left to leak into a release."""
    course = _course(course)
    notebooks = {text.stem: build_languages(text) for text in _sources(assignment, course)}
    folders = {}
    for lang in LANGS:
        folders[lang] = course / "source" / f"{assignment}-{lang}"
        shutil.rmtree(folders[lang], ignore_errors=True)
        folders[lang].mkdir(parents=True)
        for stem, versions in notebooks.items():
            nbformat.write(versions[lang], folders[lang] / f"{stem}.ipynb")
    return folders


def release(assignment: str, course: str | Path | None = None) -> dict[str, Path]:
    """Build, then generate the student version of each language; returns {lang: release folder}.

    Building first means a release always matches the text sources."""
    course = _course(course)
    build(assignment, course)
    folders = {}
    with _nbgrader(course) as api:
        for lang in LANGS:
            assignment_id = f"{assignment}-{lang}"
            outcome = api.generate_assignment(assignment_id, force=True, create=True)
            if not outcome["success"]:
                raise GradingError(f"nbgrader could not release {assignment_id}:\n{_log(outcome)}")
            folders[lang] = course / "release" / assignment_id
    return folders


def collect(assignment: str, path: str | Path, course: str | Path | None = None) -> list[Collected]:
    """Take in the class's submissions from `path` into submitted/<participant>/<assignment>-<lang>/.

    `path` holds, per participant, a folder, a notebook or a zip; the participant id is the folder name or the
    file stem. What is not a readable notebook of this assignment is reported by name and skipped; an answer cell
    the participant deleted is put back empty, so that nbgrader can still grade the rest."""
    course, path = _course(course), Path(path)
    if not path.is_dir():
        raise InputError("collect", "path", str(path), "a folder with one folder, notebook or zip per participant")
    notebooks = {text.stem for text in _sources(assignment, course)}
    report: list[Collected] = []
    kept: dict[Path, str] = {}  # where each collected notebook went -> the file it came from
    for entry in sorted(p for p in path.iterdir() if not _ignored(p.name)):
        participant = entry.name if entry.is_dir() else entry.stem
        try:
            files = _files_of(entry)
        except _Rejected as rejected:
            report.append(Collected(participant, "skipped", f"{entry.name}: {rejected}"))
            continue
        # A file named like the notebook beats Jupyter's "-Copy1" duplicates when both are handed in.
        for name, data in sorted(files, key=lambda file: _file_stem(file[0]) not in notebooks):
            try:
                nb = _read_notebook(data, name)
                lang, stem = _identify(nb, name, assignment, notebooks)
            except _Rejected as rejected:
                report.append(Collected(participant, "skipped", f"{name}: {rejected}"))
                continue
            folder = course / "submitted" / participant / f"{assignment}-{lang}"
            target = folder / f"{stem}.ipynb"
            if target in kept:
                report.append(Collected(participant, "skipped", f"{name}: a second copy of {stem}.ipynb "
                                                                 f"({kept[target]} was collected)"))
                continue
            if not any(done.parent == folder for done in kept):  # re-collecting replaces an earlier submission
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
            restored = _restore_answer_cells(nb, course / "release" / folder.name / target.name)
            nbformat.write(nb, target)
            kept[target] = name
            report.append(Collected(participant, "collected", f"{name} -> {target.relative_to(course)}" + (
                f"; deleted answer cells put back empty: {', '.join(restored)}" if restored else "")))
    return report


def autograde(assignment: str, course: str | Path | None = None) -> list[Graded]:
    """Grade every collected submission, one participant at a time; a submission nbgrader cannot grade is
    reported (ok=False) and the rest of the class is graded all the same."""
    course = _course(course)
    results = []
    with _nbgrader(course) as api:
        for assignment_id, participant in _submissions(course, "submitted", assignment):
            outcome = api.autograde(assignment_id, participant, force=True, create=True)
            if not outcome["success"]:
                results.append(Graded(participant, assignment_id, ok=False, message=_log(outcome)))
                continue
            with Gradebook(api.coursedir.db_url) as gradebook:
                submission = gradebook.find_submission(assignment_id, participant)
                results.append(Graded(participant, assignment_id, ok=True, score=submission.score,
                                      max_score=submission.max_score, auto_score=submission.code_score,
                                      auto_max_score=submission.max_code_score,
                                      needs_manual_grade=submission.needs_manual_grade))
    return results


def feedback(assignment: str, course: str | Path | None = None) -> list[Feedback]:
    """Write each graded participant's feedback as HTML under feedback/, hidden tests left out."""
    course = _course(course)
    results = []
    with _nbgrader(course) as api:
        for assignment_id, participant in _submissions(course, "autograded", assignment):
            outcome = api.generate_feedback(assignment_id, participant, force=True)
            files = tuple(sorted((course / "feedback" / participant / assignment_id).glob("*.html")))
            results.append(Feedback(participant, assignment_id, outcome["success"], files,
                                    "" if outcome["success"] else _log(outcome)))
    return results


def export_grades(path: str | Path, course: str | Path | None = None) -> Path:
    """Write one CSV row per submission in the gradebook; returns the path.

    UTF-8 with a byte-order mark, so spreadsheet programs show Chinese names correctly."""
    path = Path(path)
    rows = []
    with _nbgrader(_course(course)) as api, Gradebook(api.coursedir.db_url) as gradebook:
        for assignment in sorted(gradebook.assignments, key=lambda a: a.name):
            base, _, lang = assignment.name.rpartition("-")
            if lang not in LANGS:
                base, lang = assignment.name, ""
            for submission in sorted(assignment.submissions, key=lambda s: s.student.id):
                rows.append(dict(zip(GRADE_COLUMNS, (
                    submission.student.id, base, lang, submission.score, submission.max_score,
                    submission.code_score, submission.max_code_score, submission.needs_manual_grade))))
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.DictWriter(out, GRADE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


class HideHiddenTests(ClearHiddenTests):
    """For feedback: drop hidden test regions from a cell's code and cut its tracebacks to the last line, which
    would otherwise quote the failing hidden assert. The assert's message, written as a hint, stays."""

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and self.begin_test_delimeter in cell.source:
            self._remove_hidden_test_region(cell)
            for output in cell.outputs:
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources


class _Rejected(Exception):
    """A handed-in file that cannot be collected; the message says why, for the trainer."""


def _course(course: str | Path | None) -> Path:
    return locations.course() if course is None else Path(course)


def _sources(assignment: str, course: Path) -> list[Path]:
    texts = sorted((course / "assignments" / assignment).glob("*.py"))
    if not texts:
        known = sorted(p.name for p in (course / "assignments").iterdir() if p.is_dir())
        raise InputError("grading", "assignment", assignment, "one of: " + ", ".join(known))
    return texts


def _config(course: Path) -> Config:
    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course.resolve())
    return config


@contextmanager
def _nbgrader(course: Path) -> Iterator[NbGraderAPI]:
    """nbgrader's API for the course. nbgrader runs `alembic` from PATH when it creates a gradebook, so the
    environment's scripts folder goes on PATH: the CLI may be started without activating the environment."""
    saved = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), saved])
    try:
        yield NbGraderAPI(config=_config(course))
    finally:
        os.environ["PATH"] = saved


def _log(outcome: dict) -> str:
    return "\n".join(part for part in (outcome.get("log"), outcome.get("error")) if part)


def _submissions(course: Path, step: str, assignment: str) -> list[tuple[str, str]]:
    """(assignment id, participant) for each folder step/<participant>/<assignment>-<lang>/."""
    return [(folder.name, folder.parent.name)
            for lang in LANGS
            for folder in sorted((course / step).glob(f"*/{assignment}-{lang}"))
            if folder.is_dir()]


def _files_of(entry: Path) -> list[tuple[str, bytes]]:
    """(name, contents) of the notebooks a participant handed in: a folder's .ipynb files, a zip's, or the file."""
    if entry.is_dir():
        files = [(p.relative_to(entry.parent).as_posix(), p.read_bytes()) for p in sorted(entry.rglob("*.ipynb"))
                 if not any(_ignored(part) for part in p.relative_to(entry).parts)]
    elif entry.suffix.lower() == ".zip":
        if not zipfile.is_zipfile(entry):
            raise _Rejected("not a valid zip file")
        try:
            with zipfile.ZipFile(entry) as archive:
                files = [(f"{entry.name}:{name}", archive.read(name)) for name in sorted(archive.namelist())
                         if name.endswith(".ipynb") and not any(_ignored(part) for part in name.split("/"))]
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, zlib.error):
            raise _Rejected("the zip file is damaged or password-protected") from None
    else:
        return [(entry.name, entry.read_bytes())]
    if not files:
        raise _Rejected("no notebook (.ipynb) inside")
    return files


def _restore_answer_cells(nb: nbformat.NotebookNode, released: Path) -> list[str]:
    """Put back, as released, the answer cells a participant deleted; their grade ids.

    nbgrader 0.9.6 restores a deleted test cell after the cell before it, and fails the whole submission when
    that cell (the answer) is gone too. Put back empty, the answer scores what a deleted answer deserves."""
    if not released.exists():
        return []
    present = {_grade_id(cell) for cell in nb.cells} - {None}
    restored = []
    release_cells = nbformat.read(released, as_version=4).cells
    for position, cell in enumerate(release_cells):
        grade_id = _grade_id(cell)
        if grade_id is None or grade_id in present or not cell.metadata.nbgrader.get("solution"):
            continue
        before = [_grade_id(c) for c in release_cells[:position] if _grade_id(c) in present]
        index = next(i for i, c in enumerate(nb.cells) if _grade_id(c) == before[-1]) + 1 if before else 0
        if nb.nbformat_minor >= 5:  # cell ids exist from nbformat 4.5 on
            cell.id = f"restored-{grade_id}"[:64]
        else:
            cell.pop("id", None)
        nb.cells.insert(index, cell)
        present.add(grade_id)
        restored.append(grade_id)
    return restored


def _grade_id(cell: nbformat.NotebookNode) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def _file_stem(name: str) -> str:
    """dibao_one_stop for "ana/module1-en/dibao_one_stop.ipynb" or "ana.zip:dibao_one_stop.ipynb"."""
    return PurePosixPath(name.rpartition(":")[2]).stem


def _ignored(name: str) -> bool:
    """Hidden files, Jupyter's checkpoints and the resource forks macOS puts in zips."""
    return name.startswith(".") or name == "__MACOSX"


def _read_notebook(data: bytes, name: str) -> nbformat.NotebookNode:
    if not name.lower().endswith(".ipynb"):
        raise _Rejected("not a notebook (.ipynb) or a zip of notebooks")
    if not data.strip():
        raise _Rejected("empty file")
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
    except (UnicodeDecodeError, NotJSONError):
        raise _Rejected("not valid JSON: the notebook file is damaged") from None
    except Exception:  # nbformat raises several kinds of errors on JSON that is no notebook
        raise _Rejected("valid JSON but not a Jupyter notebook") from None
    if not isinstance(nb.get("cells"), list):
        raise _Rejected("valid JSON but not a Jupyter notebook")
    return nb


def _identify(nb: nbformat.NotebookNode, name: str, assignment: str, notebooks: set[str]) -> tuple[str, str]:
    """(language, notebook stem): from the mark the bilingual build leaves, else from the release folder name
    (e.g. module1-zh/dibao_one_stop.ipynb) for editors that drop notebook metadata."""
    mark = nb.metadata.get("socialcare", {})
    lang, stem = mark.get("lang"), PurePosixPath(mark.get("source", "")).stem
    if lang in LANGS and stem in notebooks:
        return lang, stem
    folders = PurePosixPath(name.rpartition(":")[2]).parts[:-1]
    for lang in LANGS:
        if f"{assignment}-{lang}" in folders and _file_stem(name) in notebooks:
            return lang, _file_stem(name)
    raise _Rejected(f"not a notebook of {assignment} (expected one of: "
                    + ", ".join(f"{stem}.ipynb" for stem in sorted(notebooks)) + ")")
