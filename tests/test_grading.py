"""The nbgrader course: every assessment grades right in both languages, and a messy class is graded fairly.

Everything runs in a temporary copy of grading/, so the repository's course is never written to.
"""
import copy
import csv
import html
import re
import shutil
import zipfile

import nbformat
import pytest
from nbclient import NotebookClient
from nbgrader.api import Gradebook

from simulation.inputs import locations
from simulation.workshop import grading
from simulation.workshop.bilingual import LANGS, build

COURSE_DIR = locations.course()
ASSIGNMENTS = sorted(p.name for p in (COURSE_DIR / "assignments").iterdir() if p.is_dir())
CASES = [pytest.param(assignment, lang, id=f"{assignment}-{lang}") for assignment in ASSIGNMENTS for lang in LANGS]
MODULE1 = COURSE_DIR / "assignments" / "module1" / "dibao_one_stop.py"


def new_course(folder):
    folder.mkdir()
    shutil.copy(COURSE_DIR / "nbgrader_config.py", folder)
    shutil.copytree(COURSE_DIR / "assignments", folder / "assignments")
    return folder


@pytest.fixture(scope="module")
def released_course(tmp_path_factory):
    """Every assignment released once; tests work on copies (a new gradebook costs nbgrader seconds)."""
    course = new_course(tmp_path_factory.mktemp("released") / "course")
    for assignment in ASSIGNMENTS:
        grading.release(assignment, course)
    return course


def copy_of(course, tmp_path, timeout=None):
    course_copy = shutil.copytree(course, tmp_path / "course")
    if timeout:
        with (course_copy / "nbgrader_config.py").open("a") as config:
            config.write(f"\nc.Execute.timeout = {timeout}\n")
    return course_copy


def nbgrader_meta(cell):
    return cell.metadata.get("nbgrader", {})


def graded_code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code" and nbgrader_meta(cell).get("grade")]


def failing_tests(path):
    """Run a notebook as a learner would (all cells, errors allowed); the grade ids of the test cells that fail,
    and of all of them."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    failed = [nbgrader_meta(cell)["grade_id"] for cell in graded_code_cells(nb)
              if any(output.output_type == "error" for output in cell.outputs)]
    return failed, [nbgrader_meta(cell)["grade_id"] for cell in graded_code_cells(nb)]


def graded_alone(course, assignment, participant, notebooks_folder):
    """Hand in one folder of notebooks as a participant and autograde; that participant's result."""
    handed_in = course.parent / "handed-in"
    shutil.rmtree(handed_in, ignore_errors=True)
    shutil.copytree(notebooks_folder, handed_in / participant)
    assert {r.status for r in grading.collect(assignment, handed_in, course)} == {"collected"}
    (result,) = [r for r in grading.autograde(assignment, course) if r.participant == participant]
    return result


def test_module1_has_three_autograded_questions_with_visible_and_hidden_tests_and_a_written_answer():
    nb = build(MODULE1, "en")
    questions, current = {}, None
    for cell in nb.cells:
        if nbgrader_meta(cell).get("solution") and cell.cell_type == "code":
            current = nbgrader_meta(cell)["grade_id"]
        elif cell.cell_type == "code" and nbgrader_meta(cell).get("grade"):
            visible, _, hidden = cell.source.partition("### BEGIN HIDDEN TESTS")
            questions.setdefault(current, set()).update(
                kind for kind, code in (("visible", visible), ("hidden", hidden)) if "assert" in code)
    assert sum(kinds == {"visible", "hidden"} for kinds in questions.values()) >= 3
    written = [cell for cell in nb.cells if cell.cell_type == "markdown"
               and nbgrader_meta(cell).get("grade") and nbgrader_meta(cell).get("solution")]
    assert len(written) == 1 and written[0].metadata.nbgrader.points > 0


@pytest.mark.slow
@pytest.mark.parametrize("assignment, lang", CASES)
def test_the_source_version_passes_every_test(tmp_path, assignment, lang):
    course = new_course(tmp_path / "course")
    for path in grading.build(assignment, course)[lang].glob("*.ipynb"):
        failed, tests = failing_tests(path)
        assert tests and failed == []


@pytest.mark.slow
@pytest.mark.parametrize("assignment, lang", CASES)
def test_the_release_version_fails_every_test_and_gives_nothing_away(released_course, assignment, lang):
    release = released_course / "release" / f"{assignment}-{lang}"
    assert {p.suffix for p in release.rglob("*") if p.is_file()} == {".ipynb"}, "no text copy in a release"
    for path in release.glob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
        nb = nbformat.read(path, as_version=4)
        answers = [c for c in nb.cells if nbgrader_meta(c).get("solution") and c.cell_type == "code"]
        assert answers and all("# YOUR CODE HERE" in cell.source for cell in answers)
        failed, tests = failing_tests(path)
        assert tests and failed == tests


@pytest.mark.slow
@pytest.mark.parametrize("assignment, lang", CASES)
def test_autograding_the_source_as_a_submission_gives_full_autograded_marks(released_course, tmp_path, assignment,
                                                                           lang):
    course = copy_of(released_course, tmp_path)
    result = graded_alone(course, assignment, "model", course / "source" / f"{assignment}-{lang}")
    assert result.ok and result.assignment == f"{assignment}-{lang}", result.message
    assert result.auto_max_score > 0 and result.auto_score == result.auto_max_score


@pytest.mark.slow
@pytest.mark.parametrize("assignment, lang", CASES)
def test_autograding_the_untouched_release_gives_zero(released_course, tmp_path, assignment, lang):
    course = copy_of(released_course, tmp_path)
    result = graded_alone(course, assignment, "blank", course / "release" / f"{assignment}-{lang}")
    assert result.ok and result.assignment == f"{assignment}-{lang}", result.message
    assert result.auto_max_score > 0 and result.score == 0 and not result.needs_manual_grade


# ---- a fake class of module 1 --------------------------------------------------------------------------------

WRONG_TOP_UP = """def dibao_top_up(income_per_person, members, standard):
    return (standard - income_per_person) * members
"""
RAISING_ALLOWANCE = """def old_age_allowance(age):
    raise ValueError("I am not sure about the bands yet")
"""
ENDLESS_WAIT = """WORKING_DAYS_PER_MONTH = 21.75
CASE_WORKING_DAYS = 20


def total_working_days(months_in_queue):
    days = 0
    while True:
        days += 1
"""
WRITTEN = "The 27 agencies' checks are gathered by hand; an integrated database does them in one query."


def answered(release, source, **answers):
    """The release notebook as a participant hands it in: every answer cell filled in as in the source
    version (delimiters removed), except those given as grade id = code."""
    model = {nbgrader_meta(c)["grade_id"]: c.source for c in source.cells if nbgrader_meta(c).get("solution")}
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if nbgrader_meta(cell).get("solution"):
            default = "\n".join(line for line in model[grade_id].splitlines() if " SOLUTION" not in line)
            cell.source = answers.get(grade_id, WRITTEN if cell.cell_type == "markdown" else default)
    return nb


def without_cells(nb, *grade_ids):
    nb = copy.deepcopy(nb)
    nb.cells = [cell for cell in nb.cells if nbgrader_meta(cell).get("grade_id") not in grade_ids]
    return nb


def with_cells_replaced(nb, code, *grade_ids):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") in grade_ids:
            cell.source = code
    return nb


def visible_text(page):
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture
def module1_release(released_course, tmp_path):
    """A module 1 course and, per language, its (release, source) notebooks."""
    course = copy_of(released_course, tmp_path, timeout=5)  # the class's endless loop costs 5 s a cell, not 30

    def read(step, lang):
        return nbformat.read(course / step / f"module1-{lang}" / "dibao_one_stop.ipynb", as_version=4)
    return course, {lang: (read("release", lang), read("source", lang)) for lang in LANGS}


def test_collect_takes_folders_notebooks_and_zips_and_skips_what_it_cannot_read(module1_release, tmp_path):
    course, versions = module1_release
    good = nbformat.writes(answered(*versions["en"]))
    handed_in = tmp_path / "handed-in"
    (handed_in / "ana" / "module1-en").mkdir(parents=True)
    (handed_in / "ana" / "module1-en" / "dibao_one_stop.ipynb").write_text(good)
    (handed_in / "ana" / "module1-en" / "dibao_one_stop-Copy1.ipynb").write_text(good)
    (handed_in / "ana" / "module1-en" / ".ipynb_checkpoints").mkdir()
    (handed_in / "ana" / "module1-en" / ".ipynb_checkpoints" / "dibao_one_stop-checkpoint.ipynb").write_text("")
    (handed_in / "bo.ipynb").write_text(nbformat.writes(answered(*versions["zh"])))
    with zipfile.ZipFile(handed_in / "chen.zip", "w") as archive:
        archive.writestr("module1-en/dibao_one_stop.ipynb", good)
        archive.writestr("__MACOSX/module1-en/._dibao_one_stop.ipynb", b"\0")
    (handed_in / "dong.zip").write_bytes(b"PK not really a zip")
    (handed_in / "eli.ipynb").write_text('{"cells": [')
    (handed_in / "fang.ipynb").write_text('{"some": "json"}')
    (handed_in / "gao").mkdir()
    (handed_in / "gao" / "answers.txt").write_text("x")
    unmarked = answered(*versions["en"])
    del unmarked.metadata["socialcare"]
    (handed_in / "hu.ipynb").write_text(nbformat.writes(unmarked))

    report = grading.collect("module1", handed_in, course)

    assert [(r.participant, r.status) for r in report] == [
        ("ana", "collected"), ("ana", "skipped"), ("bo", "collected"), ("chen", "collected"), ("dong", "skipped"),
        ("eli", "skipped"), ("fang", "skipped"), ("gao", "skipped"), ("hu", "skipped")]
    messages = {r.participant: r.message for r in report}
    assert report[1].message == ("ana/module1-en/dibao_one_stop-Copy1.ipynb: a second copy of dibao_one_stop.ipynb"
                                 " (ana/module1-en/dibao_one_stop.ipynb was collected)")
    assert messages["dong"] == "dong.zip: not a valid zip file"
    assert messages["eli"].startswith("eli.ipynb: not valid JSON")
    assert messages["fang"] == "fang.ipynb: valid JSON but not a Jupyter notebook"
    assert messages["gao"] == "gao: no notebook (.ipynb) inside"
    assert messages["hu"].startswith("hu.ipynb: not a notebook of module1")
    submitted = sorted(p.relative_to(course / "submitted").as_posix() for p in (course / "submitted").rglob("*.*"))
    assert submitted == ["ana/module1-en/dibao_one_stop.ipynb", "bo/module1-zh/dibao_one_stop.ipynb",
                         "chen/module1-en/dibao_one_stop.ipynb"]


@pytest.mark.slow
def test_a_messy_class_is_graded_fairly_and_the_gradebook_survives(module1_release, tmp_path):
    course, versions = module1_release
    release, source = versions["en"]
    points = {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c)["points"] for c in graded_code_cells(source)}
    full = sum(points.values())
    lost = {question: sum(p for grade_id, p in points.items() if grade_id.startswith(question))
            for question in ("top_up", "allowance", "waiting")}
    wrong_top_up = answered(release, source, top_up_answer=WRONG_TOP_UP)
    handed_in = tmp_path / "handed-in"
    handed_in.mkdir()
    participants = {
        "ana": answered(release, source),
        "bo": wrong_top_up,
        "chen": answered(release, source, allowance_answer=RAISING_ALLOWANCE),
        "dong": answered(release, source, waiting_answer=ENDLESS_WAIT),
        "eli": without_cells(wrong_top_up, "top_up_examples", "allowance_examples"),
        "fang": with_cells_replaced(wrong_top_up, "pass", "top_up_examples", "top_up_more_checks"),
        "gil": without_cells(answered(release, source), "top_up_answer", "top_up_examples"),
    }
    expected_auto = {"ana": full, "bo": full - lost["top_up"], "chen": full - lost["allowance"],
                     "dong": full - lost["waiting"], "eli": full - lost["top_up"], "fang": full - lost["top_up"],
                     "gil": full - lost["top_up"], "ivy": full}
    (handed_in / "ana").mkdir()
    nbformat.write(participants.pop("ana"), handed_in / "ana" / "dibao_one_stop.ipynb")
    for name, nb in participants.items():
        nbformat.write(nb, handed_in / f"{name}.ipynb")
    with zipfile.ZipFile(handed_in / "ivy.zip", "w") as archive:
        archive.writestr("module1-zh/dibao_one_stop.ipynb", nbformat.writes(answered(*versions["zh"])))
    (handed_in / "gao.docx").write_bytes(b"PK\x03\x04 a word document")
    (handed_in / "hu.ipynb").write_bytes(b"")

    report = grading.collect("module1", handed_in, course)
    skipped = {r.participant: r.message for r in report if r.status == "skipped"}
    assert skipped == {"gao": "gao.docx: not a notebook (.ipynb) or a zip of notebooks",
                       "hu": "hu.ipynb: empty file"}
    (gil,) = [r.message for r in report if r.participant == "gil"]
    assert gil.endswith("deleted answer cells put back empty: top_up_answer")

    results = {r.participant: r for r in grading.autograde("module1", course)}
    assert {name: (r.ok, r.auto_score) for name, r in results.items()} == {
        name: (True, score) for name, score in expected_auto.items()}, {n: r.message for n, r in results.items()}
    assert results["ivy"].assignment == "module1-zh"
    assert all(r.auto_max_score == full and r.needs_manual_grade for r in results.values())

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        def score(student, grade_id):
            return gradebook.find_grade(grade_id, "dibao_one_stop", "module1-en", student).score
        # deleted test cells were put back and run: the wrong code still fails, the right code still passes
        assert score("eli", "top_up_examples") == 0 and score("eli", "top_up_more_checks") == 0
        assert score("eli", "allowance_examples") == points["allowance_examples"]
        # edited test cells were restored from the source version before they ran
        assert score("fang", "top_up_examples") == 0 and score("fang", "top_up_more_checks") == 0
    restored = nbformat.read(course / "autograded" / "eli" / "module1-en" / "dibao_one_stop.ipynb", 4)
    assert {nbgrader_meta(c)["grade_id"] for c in graded_code_cells(restored)} == set(points)
    looped = nbformat.read(course / "autograded" / "dong" / "module1-en" / "dibao_one_stop.ipynb", 4)
    timeouts = [c for c in graded_code_cells(looped) if any(o.get("ename") == "CellTimeoutError" for o in c.outputs)]
    assert {nbgrader_meta(c)["grade_id"] for c in timeouts} == {"waiting_examples", "waiting_more_checks"}

    given = {r.participant: r for r in grading.feedback("module1", course)}
    assert set(given) == set(expected_auto) and all(r.ok and r.files for r in given.values())
    page = visible_text(given["bo"].files[0].read_text(encoding="utf-8"))
    assert "A large household above the standard still gets nothing." in page  # the hidden check's hint
    assert "BEGIN HIDDEN TESTS" not in page and "1000, 6, 330" not in page  # but not its code
    assert "dibao_top_up(330, 4, 330)" in page  # visible checks stay visible

    exported = grading.export_grades(tmp_path / "grades.csv", course)
    with exported.open(encoding="utf-8-sig", newline="") as grades:
        rows = list(csv.DictReader(grades))
    assert sorted((r["student"], r["assignment"], r["language"], float(r["auto_score"])) for r in rows) == sorted(
        (name, "module1", "zh" if name == "ivy" else "en", float(score)) for name, score in expected_auto.items())

    grading.release("module1", course)  # rebuilding after grading is allowed: nothing about the cells changed
