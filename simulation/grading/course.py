"""The nbgrader course folder: its assignments, building and releasing them, and taking in a class's submissions.

An assignment folder under `grading/assignments/` holds bilingual text sources, and is released as one nbgrader
assignment per variant and language:

- a module (`module1/`): the practitioner track, from `module1/*.py`, as `module1-en` and `module1-zh`; and the
  analyst track, from `module1/analyst/*.py`, as `module1-analyst-en` and `module1-analyst-zh`;
- a workshop's knowledge check (`practitioner-two-day-check/`), one notebook handed out twice, as
  `practitioner-two-day-check-pre-<lang>` before the workshop and `...-post-<lang>` after it.

A released notebook records which one it is (`metadata.socialcare.assignment` and `.lang`), so a class that mixes
languages and tracks is collected and graded in one go. nbgrader runs in this process through its Python API,
configured by the course's nbgrader_config.py alone.
"""
from __future__ import annotations

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
from nbgrader.apps import NbGraderAPI
from traitlets.config import Config, PyFileConfigLoader

from simulation.grading import items
from simulation.inputs import locations
from simulation.inputs.errors import InputError
from simulation.workshop.bilingual import LANGS, build_languages

CHECK_SUFFIX = "-check"
ROUNDS = ("pre", "post")
# The largest notebook taken in: answers are small, and what is bigger is outputs or pasted data.
LARGEST_NOTEBOOK = 5_000_000
STUBS = {  # what replaces a solution in a release, by track and language
    ("practitioner", "en"): ("", "Write your answer here."),
    ("practitioner", "zh"): ("", "在此写下你的答案。"),
    ("analyst", "en"): ("# YOUR CODE HERE\nraise NotImplementedError()", "YOUR ANSWER HERE"),
    ("analyst", "zh"): ("# 在此写代码\nraise NotImplementedError()", "在此写下你的答案。"),
}


class GradingError(RuntimeError):
    """nbgrader failed on a step for the whole class; the message carries its log."""


@dataclass(frozen=True)
class Variant:
    """One released form of an assignment folder, e.g. module1-analyst; `id(lang)` is nbgrader's name."""
    name: str
    track: str  # "practitioner" or "analyst"
    sources: Path  # the folder of its text sources

    def id(self, lang: str) -> str:
        return f"{self.name}-{lang}"


@dataclass(frozen=True)
class Collected:
    participant: str
    status: str  # "collected" or "skipped"
    message: str


def course_folder(course: str | Path | None) -> Path:
    return locations.course() if course is None else Path(course)


def variants(assignment: str, course: Path) -> list[Variant]:
    """The released forms of an assignment folder; an unknown name is the trainer's mistake, said plainly."""
    folder = course / "assignments" / assignment
    if not any(folder.glob("*.py")):
        known = sorted(p.name for p in (course / "assignments").iterdir() if p.is_dir())
        raise InputError("carelab grade", "assignment", assignment, "one of: {names}", names=", ".join(known))
    if assignment.endswith(CHECK_SUFFIX):
        return [Variant(f"{assignment}-{r}", "practitioner", folder) for r in ROUNDS]
    found = [Variant(assignment, "practitioner", folder)]
    if any((folder / "analyst").glob("*.py")):
        found.append(Variant(f"{assignment}-analyst", "analyst", folder / "analyst"))
    return found


def assignment_ids(assignment: str, course: Path) -> dict[str, tuple[Variant, str]]:
    """nbgrader assignment id -> (variant, language), for every form of the assignment."""
    return {v.id(lang): (v, lang) for v in variants(assignment, course) for lang in LANGS}


def build(assignment: str, course: str | Path | None = None) -> dict[str, Path]:
    """Turn the text sources into nbgrader's source/<id>/<stem>.ipynb for every variant and language; returns
    {id: folder}. Folders are rebuilt from scratch, and a notebook that breaks the rules of `items` is refused."""
    course = course_folder(course)
    folders = {}
    for variant in variants(assignment, course):
        notebooks = {text.stem: build_languages(text) for text in sorted(variant.sources.glob("*.py"))}
        for lang in LANGS:
            folder = folders[variant.id(lang)] = course / "source" / variant.id(lang)
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for stem, versions in notebooks.items():
                nb = versions[lang]
                problems = items.problems(nb, variant.track)
                if problems:
                    raise InputError(f"{variant.sources / stem}.py", "assessment", problems[0],
                                     "answers, checks and hand-graded cells as grading/README.md describes")
                nb.metadata.socialcare.update(assignment=variant.name, track=variant.track)
                nbformat.write(nb, folder / f"{stem}.ipynb")
    return folders


def release(assignment: str, course: str | Path | None = None) -> dict[str, Path]:
    """Build, then generate the participants' version of every variant and language; returns {id: folder}."""
    course = course_folder(course)
    build(assignment, course)
    folders = {}
    for assignment_id, (variant, lang) in assignment_ids(assignment, course).items():
        code_stub, text_stub = STUBS[variant.track, lang]
        with nbgrader_api(course, ClearSolutions={"code_stub": {"python": code_stub}, "text_stub": text_stub}) as api:
            outcome = api.generate_assignment(assignment_id, force=True, create=True)
        if not outcome["success"]:
            raise GradingError(f"nbgrader could not release {assignment_id}:\n{log_of(outcome)}")
        folders[assignment_id] = course / "release" / assignment_id
    return folders


def collect(assignment: str, path: str | Path, course: str | Path | None = None) -> list[Collected]:
    """Take in the class's submissions from `path` into submitted/<participant>/<id>/, outputs left behind.

    `path` holds, per participant, a folder, a notebook or a zip; the participant id is the folder name or the
    file stem. Every handed-in file is accounted for: collected, or reported by name with the reason. (An answer
    cell the participant deleted is graded as released, unanswered: see autograde.)"""
    course, path = course_folder(course), Path(path)
    if not path.is_dir():
        raise InputError("collect", "path", str(path), "a folder with one folder, notebook or zip per participant")
    ids = assignment_ids(assignment, course)
    notebooks = {text.stem for v in variants(assignment, course) for text in v.sources.glob("*.py")}
    report: list[Collected] = []
    kept: dict[Path, str] = {}  # where each collected notebook went -> the file it came from
    for entry in sorted(path.iterdir()):
        participant = entry.name if entry.is_dir() else entry.stem
        if _ignored(entry.name):
            report.append(Collected(participant, "skipped", f"{entry.name}: {_ignored(entry.name)}"))
            continue
        try:
            files, skipped = _files_of(entry)
        except _Rejected as rejected:
            report.append(Collected(participant, "skipped", f"{entry.name}: {rejected}"))
            continue
        report += [Collected(participant, "skipped", message) for message in skipped]
        # A file named like the notebook beats Jupyter's "-Copy1" duplicates when both are handed in.
        for name, data in sorted(files, key=lambda file: _file_stem(file[0]) not in notebooks):
            try:
                nb = _read_notebook(data, name)
                assignment_id, stem = _identify(nb, name, assignment, ids, notebooks)
            except _Rejected as rejected:
                report.append(Collected(participant, "skipped", f"{name}: {rejected}"))
                continue
            folder = course / "submitted" / participant / assignment_id
            target = folder / f"{stem}.ipynb"
            if target in kept:
                report.append(Collected(participant, "skipped", f"{name}: a second copy of {stem}.ipynb "
                                                                 f"({kept[target]} was collected)"))
                continue
            if not any(done.parent == folder for done in kept):  # re-collecting replaces an earlier submission
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
            nbformat.write(nb, target)
            kept[target] = name
            report.append(Collected(participant, "collected", f"{name} -> {target.relative_to(course)}"))
    return report


def submissions(course: Path, step: str, assignment: str) -> list[tuple[str, str]]:
    """(assignment id, participant) for each folder step/<participant>/<id>/ of the assignment's forms."""
    ids = assignment_ids(assignment, course)
    return sorted((folder.name, folder.parent.name) for folder in (course / step).glob("*/*")
                  if folder.is_dir() and folder.name in ids)


def config(course: Path, **sections: dict) -> Config:
    loaded = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    loaded.CourseDirectory.root = str(course.resolve())
    for section, values in sections.items():
        for key, value in values.items():
            setattr(loaded[section], key, value)
    return loaded


@contextmanager
def nbgrader_api(course: Path, **sections: dict) -> Iterator[NbGraderAPI]:
    """nbgrader's API for the course. nbgrader runs `alembic` from PATH when it creates a gradebook, so the
    environment's scripts folder goes on PATH: the CLI may be started without activating the environment."""
    saved = os.environ.get("PATH", "")
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), saved])
    try:
        yield NbGraderAPI(config=config(course, **sections))
    finally:
        os.environ["PATH"] = saved


def gradebook_url(course: Path) -> str:
    return f"sqlite:///{(course / 'gradebook.db').resolve()}"


def log_of(outcome: dict) -> str:
    return "\n".join(part for part in (outcome.get("log"), outcome.get("error")) if part)


class _Rejected(Exception):
    """A handed-in file that cannot be collected; the message says why, for the trainer."""


def _ignored(name: str) -> str:
    """Why a handed-in name is passed over (empty if it is not): hidden files, Jupyter's checkpoints, the
    resource forks macOS puts in zips. Reported, never silently dropped."""
    if name == "__MACOSX":
        return "macOS resource files, not a notebook"
    if name == ".ipynb_checkpoints":
        return "Jupyter's automatic checkpoints, not the handed-in notebook"
    if name.startswith("."):
        return "a hidden file (its name starts with a dot): rename it without the dot and hand it in again"
    return ""


def _files_of(entry: Path) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(name, contents) of the notebooks a participant handed in (a folder's, a zip's, or the file), and a
    message for each file passed over."""
    skipped = []
    if entry.is_dir():
        files = []
        for p in sorted(entry.rglob("*")):
            relative = p.relative_to(entry.parent).as_posix()
            hidden = next((_ignored(part) for part in p.relative_to(entry).parts if _ignored(part)), "")
            if p.is_file() and hidden:
                skipped.append(f"{relative}: {hidden}")
            elif p.is_file() and p.suffix == ".ipynb":
                files.append((relative, p.read_bytes()[: LARGEST_NOTEBOOK + 1]))
            elif p.is_file():
                skipped.append(f"{relative}: not a notebook (.ipynb)")
    elif entry.suffix.lower() == ".zip":
        if not zipfile.is_zipfile(entry):
            raise _Rejected("not a valid zip file")
        try:
            with zipfile.ZipFile(entry) as archive:
                files = []
                for info in sorted(archive.infolist(), key=lambda i: i.filename):
                    name = f"{entry.name}:{info.filename}"
                    hidden = next((_ignored(part) for part in info.filename.split("/") if _ignored(part)), "")
                    if info.is_dir():
                        continue
                    if hidden:
                        skipped.append(f"{name}: {hidden}")
                    elif not info.filename.endswith(".ipynb"):
                        skipped.append(f"{name}: not a notebook (.ipynb)")
                    elif info.file_size > LARGEST_NOTEBOOK:
                        files.append((name, b"x" * (LARGEST_NOTEBOOK + 1)))
                    else:
                        files.append((name, archive.read(info)))
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, zlib.error):
            raise _Rejected("the zip file is damaged or password-protected") from None
    else:
        return [(entry.name, entry.read_bytes()[: LARGEST_NOTEBOOK + 1])], []
    if not files:
        raise _Rejected("no notebook (.ipynb) inside" + (f" ({'; '.join(skipped)})" if skipped else ""))
    return files, skipped


def _file_stem(name: str) -> str:
    """dibao_one_stop for "ana/module1-en/dibao_one_stop.ipynb" or "ana.zip:dibao_one_stop.ipynb"."""
    return PurePosixPath(name.rpartition(":")[2]).stem


def _read_notebook(data: bytes, name: str) -> nbformat.NotebookNode:
    if not name.lower().endswith(".ipynb"):
        raise _Rejected("not a notebook (.ipynb) or a zip of notebooks")
    if not data.strip():
        raise _Rejected("empty file")
    if len(data) > LARGEST_NOTEBOOK:
        raise _Rejected(f"larger than {LARGEST_NOTEBOOK // 1_000_000} MB: clear its outputs (Edit > Clear Outputs "
                        "of All Cells), save and hand it in again")
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
    except (UnicodeDecodeError, NotJSONError):
        raise _Rejected("not valid JSON: the notebook file is damaged") from None
    except Exception:  # nbformat raises several kinds of errors on JSON that is no notebook
        raise _Rejected("valid JSON but not a Jupyter notebook") from None
    if not isinstance(nb.get("cells"), list):
        raise _Rejected("valid JSON but not a Jupyter notebook")
    for cell in nb.cells:  # grading runs the notebook again: what it printed before is not kept
        if cell.get("cell_type") == "code":
            cell.outputs, cell.execution_count = [], None
        cell.pop("attachments", None)
    return nb


def _identify(nb, name: str, assignment: str, ids: dict, notebooks: set[str]) -> tuple[str, str]:
    """(assignment id, notebook stem): from the mark the release leaves, else from the release folder's name
    (e.g. module1-zh/dibao_one_stop.ipynb) for editors that drop notebook metadata."""
    mark = nb.metadata.get("socialcare", {})
    stem = PurePosixPath(str(mark.get("source", ""))).stem
    marked_id = f"{mark.get('assignment')}-{mark.get('lang')}"
    if marked_id in ids and stem in notebooks:
        return marked_id, stem
    folders = PurePosixPath(name.rpartition(":")[2]).parts[:-1]
    for assignment_id in ids:
        if assignment_id in folders and _file_stem(name) in notebooks:
            return assignment_id, _file_stem(name)
    raise _Rejected(f"not a notebook of {assignment} (expected one of: "
                    + ", ".join(f"{stem}.ipynb" for stem in sorted(notebooks)) + ")")
