"""The nbgrader course: every assessment grades right in both tracks and languages, and a hostile class cannot game
the grading or touch anyone else's grade.

Everything runs in a temporary copy of grading/, so the repository's course is never written to.
"""
import copy
import csv
import html
import re
import shutil
import sqlite3

import nbformat
import pytest
from nbclient import NotebookClient

from simulation.grading import autograde, feedback, items, marks, reports, sandbox
from simulation.grading import course as grading
from simulation.inputs import locations
from simulation.inputs.errors import InputError
from simulation.workshop.bilingual import LANGS
from simulation.workshop.curricula.model import workshop_paths

COURSE_DIR = locations.course()
ASSIGNMENTS = sorted(p.name for p in (COURSE_DIR / "assignments").iterdir() if p.is_dir())
MODULES = [a for a in ASSIGNMENTS if a.startswith("module")]
LIMITS = sandbox.Limits(wall_seconds=60)


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


@pytest.fixture
def course(released_course, tmp_path):
    return shutil.copytree(released_course, tmp_path / "course")


def read(course, step, assignment_id, stem=None):
    (path,) = sorted((course / step / assignment_id).glob(f"{stem or '*'}.ipynb"))
    return nbformat.read(path, as_version=4)


def answered(release, source, **answers):
    """The release as a participant hands it in: every answer cell as in the instructor's version (delimiters
    removed), except those given as grade id = code."""
    model = {items.nbgrader(c)["grade_id"]: c.source for c in source.cells if items.nbgrader(c).get("solution")}
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        grade_id = items.nbgrader(cell).get("grade_id")
        if items.nbgrader(cell).get("solution"):
            cell.source = answers.get(grade_id, items.without_delimiters(model[grade_id]))
    return nb


def hand_in(course, handed_in, participants):
    """Write each participant's notebook as <name>.ipynb and collect the assignment of the first one."""
    handed_in.mkdir(exist_ok=True)
    for name, nb in participants.items():
        nbformat.write(nb, handed_in / f"{name}.ipynb")
    assignment = next(iter(participants.values())).metadata.socialcare.assignment
    folder = next(a for a in ASSIGNMENTS if assignment.startswith(a))
    return folder, grading.collect(folder, handed_in, course)


def visible_text(page):
    return html.unescape(re.sub(r"<[^>]+>", "", page))


# ---- every assessment ---------------------------------------------------------------------------------------

def test_every_module_has_a_practitioner_and_an_analyst_track_and_every_workshop_a_knowledge_check():
    for module in MODULES:
        assert [v.track for v in grading.variants(module, COURSE_DIR)] == ["practitioner", "analyst"], module
    checks = {a for a in ASSIGNMENTS if a.endswith("-check")}
    assert checks == {f"{p.stem}-check" for p in workshop_paths()}


@pytest.mark.slow
def test_released_practitioner_notebooks_ask_for_values_and_give_nothing_away(released_course):
    for assignment_id in sorted(p.name for p in (released_course / "release").iterdir()):
        for path in (released_course / "release" / assignment_id).glob("*.ipynb"):
            text = path.read_text(encoding="utf-8")
            assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text, path
            if "-analyst-" in assignment_id:
                continue
            nb = nbformat.read(path, as_version=4)
            answers = [c for c in nb.cells if c.cell_type == "code" and items.nbgrader(c).get("solution")]
            assert answers, path
            for cell in answers:
                assert "def " not in cell.source and "NotImplementedError" not in cell.source, (path, cell.source)
                assert re.search(r"^\w+ = None$", cell.source, re.M), (path, cell.source)
            assessment = items.read(nbformat.read(released_course / "source" / assignment_id / path.name, 4))
            assert assessment.checks and all(c.points > 0 for c in assessment.checks)
            if not assignment_id.rsplit("-", 2)[0].endswith("-check"):
                assert any(m.kind == "written" for m in assessment.manual), f"{path}: a written answer"


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_instructors_answers_earn_every_automatic_mark_and_the_untouched_release_none(
        course, tmp_path, isolation, assignment):
    participants = {}
    for assignment_id, (variant, lang) in grading.assignment_ids(assignment, course).items():
        if assignment_id.endswith(("-post-en", "-post-zh")):
            continue  # the same notebook as -pre
        release, source = read(course, "release", assignment_id), read(course, "source", assignment_id)
        participants[f"model-{variant.name}-{lang}"] = answered(release, source)
        participants[f"blank-{variant.name}-{lang}"] = release
    hand_in(course, tmp_path / "in", participants)
    results = {r.participant: r for r in autograde.autograde(assignment, course, LIMITS)}
    assert set(results) == set(participants)
    for name, result in results.items():
        assert result.status == "graded", (name, result.status)
        assert result.auto_max_score > 0
        expected = result.auto_max_score if name.startswith("model") else 0
        assert result.auto_score == expected, (name, [(r.grade_id, r.hint) for r in result.items if r.score == 0])


@pytest.mark.slow
def test_the_form_checks_run_in_the_participants_own_notebook(released_course):
    for lang in LANGS:
        path = next((released_course / "release" / f"module1-{lang}").glob("*.ipynb"))
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        checks = [c for c in nb.cells if c.cell_type == "code" and items.nbgrader(c).get("grade")]
        errors = [o for c in checks for o in c.outputs if o.output_type == "error"]
        assert len(errors) == len(checks) and {e.ename for e in errors} == {"AssertionError"}


# ---- a hostile class ------------------------------------------------------------------------------------------

CHEATS = {
    "isclose": "import math\nmath.isclose = lambda *a, **k: True",
    "always_equal": "class Yes(float):\n    def __eq__(self, other): return True\n    def __hash__(self): return 0\n"
                    "    def __abs__(self): return 0.0\n    def __sub__(self, other): return Yes()\n",
    "transformer": "import ast\nclass Drop(ast.NodeTransformer):\n    def visit_Assert(self, node): return None\n"
                   "get_ipython().ast_transformers.append(Drop())\n"
                   "get_ipython().input_transformers_cleanup.append(lambda lines: [l.replace('assert', 'pass #')"
                   " for l in lines])",
    # Registered before the first answer: after every cell it would set the instructor's answers, if it found them.
    "secrets": "import glob, json\nstolen = []\nfor path in glob.glob('{course}/source/module1-en/*.ipynb'):\n"
               "    stolen += [''.join(c['source']) for c in json.load(open(path))['cells']\n"
               "               if 'BEGIN SOLUTION' in ''.join(c['source']) and c['cell_type'] == 'code']\n"
               "get_ipython().events.register('post_run_cell', lambda result: [exec(s, globals()) for s in stolen])",
    "vandal": "import os, shutil, sqlite3\nshutil.rmtree('{course}/submitted', ignore_errors=True)\n"
              "try:\n    db = sqlite3.connect('{course}/gradebook.db'); db.execute('update grade set auto_score=0');"
              " db.commit()\nexcept Exception as e:\n    print(e)\ntry:\n    open('{course}/gradebook.db', 'w').write("
              "'x')\nexcept Exception as e:\n    print(e)\nopen('/tmp/planted', 'w').write('x')",
    "deaf_loop": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
    "flood": "print('x' * 200_000_000)",
    "exit_hard": "import os\nos._exit(0)",
    "kill_kernel": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)",
    "exit_soft": "exit()",
}


@pytest.mark.slow
def test_a_hostile_class_earns_nothing_it_did_not_answer_and_harms_no_one(course, tmp_path, isolation):
    release, source = read(course, "release", "module1-en"), read(course, "source", "module1-en")
    assessment = items.read(source)
    answer_cells = [a.grade_id for a in assessment.answers]
    first, rest = answer_cells[0], answer_cells[1:]
    wrong_first = {first: "\n".join(f"{name} = -1" for name in assessment.answers[0].values)}
    honest = answered(release, source)
    participants = {"ana": honest, "bo": answered(*[read(course, s, "module1-zh") for s in ("release", "source")])}
    for name, code in CHEATS.items():
        if name == "always_equal":
            code += "\n".join(f"{answer} = Yes()" for answer in assessment.answers[0].values)
        nb = answered(release, source, **wrong_first)
        position = next(i for i, c in enumerate(nb.cells) if items.nbgrader(c).get("grade_id") == first)
        # A cheat comes right after the (wrong) first answer, to test what survives it, or just before it.
        nb.cells.insert(position + (name != "secrets"), nbformat.v4.new_code_cell(code.format(course=course)))
        participants[name] = nb
    participants["zoe"] = honest  # graded after the vandal, alphabetically and in time
    participants["deleter"] = copy.deepcopy(honest)  # deleted the first answer cell and its check
    participants["deleter"].cells = [c for c in honest.cells if items.nbgrader(c).get("grade_id") not in
                                     (first, *(r.grade_id for r in assessment.checks
                                               if _checks_answer(assessment, r.grade_id, first)))]
    analyst_release, analyst_source = (read(course, s, "module1-analyst-en") for s in ("release", "source"))
    analyst = items.read(analyst_source)
    functions = analyst.answers[0].functions
    assert functions, "the analyst track's first answer is a function"
    always_equal = CHEATS["always_equal"] + "\n" + "\n".join(f"def {f}(*args, **kwargs):\n    return Yes()"
                                                               for f in functions)
    wrong = "\n".join(f"def {f}(*args, **kwargs):\n    return -1" for f in functions)
    participants["an_honest"] = answered(analyst_release, analyst_source)
    participants["an_always_equal"] = answered(analyst_release, analyst_source,
                                               **{analyst.answers[0].grade_id: always_equal})
    participants["an_isclose"] = answered(analyst_release, analyst_source,
                                          **{analyst.answers[0].grade_id: CHEATS["isclose"] + "\n" + wrong})
    size_before = folder_size(course)
    _, collected = hand_in(course, tmp_path / "in", participants)
    assert all(c.status == "collected" for c in collected)
    limits = sandbox.Limits(wall_seconds=25)
    results = {r.participant: r for r in autograde.autograde("module1", course, limits)}

    full = results["ana"].auto_max_score
    first_points = sum(r.points for r in results["ana"].items if _checks_answer(assessment, r.grade_id, first))
    assert results["ana"].auto_score == results["bo"].auto_score == results["zoe"].auto_score == full
    for name in ("isclose", "always_equal", "transformer", "secrets", "vandal", "flood", "deleter"):
        assert results[name].auto_score == full - first_points, (name, results[name].status)
    # IPython's exit() ends the kernel a few cells later, or not at all: graded up to where it ended, never lost.
    assert results["exit_soft"].auto_score <= full - first_points
    for name in ("deaf_loop", "exit_hard", "kill_kernel"):
        assert results[name].status.startswith("incomplete"), (name, results[name].status)
        assert results[name].auto_score == 0 if not rest else results[name].auto_score < full
    assert "time limit of 25 s" in results["deaf_loop"].status
    analyst_full = results["an_honest"].auto_max_score
    lost = sum(r.points for r in results["an_honest"].items
               if _checks_answer(analyst, r.grade_id, analyst.answers[0].grade_id))
    assert results["an_honest"].auto_score == analyst_full and lost > 0
    assert results["an_always_equal"].auto_score == results["an_isclose"].auto_score == analyst_full - lost
    assert all(r.status.startswith(("graded", "incomplete")) for r in results.values())
    for name in participants:  # each within its time limit, the sandbox's start and end included
        record = autograde.read_record(course, name, "module1-analyst-en" if name.startswith("an_") else
                                       "module1-zh" if name == "bo" else "module1-en")
        assert record["seconds"] < limits.wall_seconds + 5, (name, record["seconds"])
    for name in ("ana", "zoe"):
        assert (course / "submitted" / name / "module1-en").is_dir()
    assert not (course.parent / "planted").exists()
    assert folder_size(course) - size_before < 20_000_000 * len(participants)
    flood = (course / "autograded" / "flood" / "module1-en")
    assert sum(p.stat().st_size for p in flood.iterdir()) < 12_000_000

    exported = reports.export_grades(tmp_path / "grades.csv", course)
    with exported.open(encoding="utf-8-sig", newline="") as grades:
        rows = {r["student"]: r for r in csv.DictReader(grades)}
    assert rows["ana"]["status"] == "graded" and float(rows["zoe"]["auto_score"]) == full
    assert rows["kill_kernel"]["status"].startswith("incomplete: the notebook stopped at cell")
    with sqlite3.connect(course / "gradebook.db") as db:
        assert db.execute("select count(*) from grade where auto_score > 0").fetchone()[0] > 0


def _checks_answer(assessment, check_id, answer_id):
    """Whether a check uses one of the answers set in the answer cell `answer_id`."""
    answer = next(a for a in assessment.answers if a.grade_id == answer_id)
    check = next(c for c in assessment.checks if c.grade_id == check_id)
    return any(re.search(rf"\b{name}\b", check.code) for name in answer.values + answer.functions)


def folder_size(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@pytest.mark.slow
def test_a_failed_regrade_shows_not_graded_never_the_old_score(course, tmp_path, isolation, monkeypatch):
    release, source = read(course, "release", "module1-en"), read(course, "source", "module1-en")
    hand_in(course, tmp_path / "in", {"ana": answered(release, source)})
    (first,) = autograde.autograde("module1", course, LIMITS)
    assert first.status == "graded" and first.score > 0

    def broken(*args, **kwargs):
        raise OSError("the disk is full")
    monkeypatch.setattr(autograde, "_grade_notebook", broken)
    (again,) = autograde.autograde("module1", course, LIMITS)
    assert again.status.startswith("not graded: grading could not read") and not again.ok
    (row,) = reports.class_rows(course)
    assert row.status.startswith("not graded") and row.score is None


# ---- collecting, marking, feedback and the knowledge gain ---------------------------------------------------

def test_collect_accounts_for_every_handed_in_file(course, tmp_path):
    release, source = read(course, "release", "module1-en"), read(course, "source", "module1-en")
    good = nbformat.writes(answered(release, source))
    handed_in = tmp_path / "handed-in"
    (handed_in / "ana" / ".ipynb_checkpoints").mkdir(parents=True)
    (handed_in / "ana" / "dibao_one_stop.ipynb").write_text(good)
    (handed_in / "ana" / "notes.txt").write_text("x")
    (handed_in / "ana" / ".ipynb_checkpoints" / "dibao_one_stop-checkpoint.ipynb").write_text(good)
    (handed_in / ".bo.ipynb").write_text(good)
    (handed_in / "chen.ipynb").write_bytes(b"{" + b" " * 6_000_000 + b"}")
    (handed_in / "dong.ipynb").write_text('{"cells": [')
    analyst = answered(read(course, "release", "module1-analyst-zh"), read(course, "source", "module1-analyst-zh"))
    (handed_in / "eli.ipynb").write_text(nbformat.writes(analyst))
    report = grading.collect("module1", handed_in, course)
    messages = [(r.participant, r.status, r.message.split(":")[0]) for r in report]
    assert ("ana", "collected", "ana/dibao_one_stop.ipynb -> submitted/ana/module1-en/dibao_one_stop.ipynb") in [
        (r.participant, r.status, r.message) for r in report]
    assert ("ana", "skipped", "ana/notes.txt") in messages
    assert ("ana", "skipped", "ana/.ipynb_checkpoints/dibao_one_stop-checkpoint.ipynb") in messages
    assert (".bo", "skipped", ".bo.ipynb") in messages
    assert next(r.message for r in report if r.participant == "chen").endswith("hand it in again")
    assert next(r.message for r in report if r.participant == "dong").startswith("dong.ipynb: not valid JSON")
    assert (course / "submitted" / "eli" / "module1-analyst-zh").is_dir()


@pytest.mark.slow
def test_marks_from_the_room_feedback_and_the_class_view(course, tmp_path, isolation):
    source_zh = read(course, "source", "module1-zh")
    release_zh = read(course, "release", "module1-zh")
    nb = answered(release_zh, source_zh)
    wrong = items.read(source_zh).answers[0]
    nb = answered(release_zh, source_zh, **{wrong.grade_id: "\n".join(f"{n} = -1" for n in wrong.values)})
    hand_in(course, tmp_path / "in", {"ana": nb})
    (graded,) = autograde.autograde("module1", course, LIMITS)
    manual = items.read(source_zh).manual
    task = next(m for m in manual if m.kind == "task")
    with pytest.raises(InputError, match="from 0 to"):
        marks.mark("module1-zh", "ana", task.grade_id, task.points + 1, course=course)
    marks.mark("module1-zh", "ana", task.grade_id, task.points, "讨论中提出了统一数据库", course)
    (row,) = reports.class_rows(course, "module1")
    assert row.score == graded.score + task.points
    (given,) = feedback.feedback("module1", course)
    page = visible_text(given.files[0].read_text(encoding="utf-8"))
    failed = next(r for r in graded.items if r.score == 0)
    assert failed.hint in page and "讨论中提出了统一数据库" in page and "提示" in page
    assert "HIDDEN" not in page and "assert" not in page
    assert reports.most_missed([row])[0][1] == 1


@pytest.mark.slow
def test_the_knowledge_gain_per_objective_in_both_languages(course, tmp_path, isolation):
    from simulation.workshop.curricula.model import load_workshop

    workshop = load_workshop(locations.curricula() / "practitioner-two-day.yaml")
    check = workshop.knowledge_check
    pre = {lang: read(course, "release", f"{check}-pre-{lang}") for lang in LANGS}
    post = {lang: answered(read(course, "release", f"{check}-post-{lang}"),
                           read(course, "source", f"{check}-post-{lang}")) for lang in LANGS}
    hand_in(course, tmp_path / "pre", {"ana": pre["en"], "bo": pre["zh"]})
    hand_in(course, tmp_path / "post", {"ana": post["en"], "bo": post["zh"]})
    autograde.autograde(check, course, LIMITS)
    table = reports.knowledge_gain(workshop, course)
    assert set(table.participant) == {"ana", "bo"} and (table.pre == 0).all() and (table.post == 1).all()
    assert (table.gain == 1).all()
    objectives = {o.id for m in workshop.modules for o in m.objectives}
    assert set(table.objective) <= objectives and len(set(table.objective)) >= 5
    written = reports.write_gain_report(workshop, tmp_path / "gain", course)
    zh = (tmp_path / "gain" / "gain.zh.html").read_text(encoding="utf-8")
    assert len(written) == 3 and "培训前" in visible_text(zh) and "100%" in zh
