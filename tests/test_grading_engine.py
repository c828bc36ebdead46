"""The grading engine's parts on their own: answers as plain data, checks run on that data, the rules of an
assessment notebook, and the sandbox. The course-level behaviour (a real class) is in test_grading.py."""
import json
import os
import subprocess
import sys

import nbformat
import numpy as np
import pandas as pd
import pytest

from simulation.grading import checking, items, probe, sandbox
from simulation.workshop.bilingual import build

LOCKED = 'deletable=false editable=false nbgrader={"grade": %s, "grade_id": "%s", "locked": true, %s"schema_version": 3, "solution": false, "task": false}'  # noqa: E501
ANSWER = 'nbgrader={"grade": false, "grade_id": "top_up_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}'  # noqa: E501
TOY = '''# %% [markdown]
# <!-- en -->
# # Toy assessment
# <!-- zh -->
# # 练习

# %% SETUP
from simulation.grading.checks import close, is_number

# %% ANSWER
top_up = None
### BEGIN SOLUTION
top_up = 660
### END SOLUTION

# %% CHECK
assert is_number(top_up), L("Write a number.", "请填写一个数字。")
### BEGIN HIDDEN TESTS
assert close(top_up, 660), L("Check the gap.", "请检查差额。")
### END HIDDEN TESTS
'''.replace("SETUP", LOCKED % ("false", "setup", "")).replace("ANSWER", ANSWER).replace(
    "CHECK", LOCKED % ("true", "top_up_check", '"points": 2, '))


def toy(tmp_path, source=TOY, lang="en"):
    path = tmp_path / "toy.py"
    path.write_text(source, encoding="utf-8")
    return build(path, lang)


def recorded(**answers):
    return {name: {"value": value} for name, value in answers.items()}


# ---- answers as plain data ------------------------------------------------------------------------------------

def test_plain_data_takes_numbers_texts_lists_and_tables_and_converts_numpy_and_pandas():
    assert probe.plain({"a": [1, 2.5, "x", None, True]}) == {"a": [1, 2.5, "x", None, True]}
    assert probe.plain((np.int64(3), np.float64(0.5), np.array([1, 2]))) == [3, 0.5, [1, 2]]
    assert probe.plain(pd.Series({1203: "A", 1207: "C"})) == {"1203": "A", "1207": "C"}


class AlwaysEqual:
    __hash__ = object.__hash__

    def __eq__(self, other):
        return True


class SneakyFloat(float):
    def __eq__(self, other):
        return True


@pytest.mark.parametrize("value", [AlwaysEqual(), SneakyFloat(1.0), [AlwaysEqual()], {"a": AlwaysEqual()},
                                   float("nan"), {AlwaysEqual(): 1}, lambda: 1])
def test_an_object_that_is_not_plain_data_is_no_answer(value):
    with pytest.raises(probe.NotPlain):
        probe.plain(value)


def test_the_probe_records_values_and_function_calls_and_never_raises(capsys):
    def top_up(income, members, standard):
        if members < 0:
            raise ValueError("negative")
        return max(standard - income, 0) * members

    probe.record({"answer": np.int64(5), "odd": AlwaysEqual(), "top_up": top_up}, ["answer", "odd", "absent"],
                 {"top_up": ["300, 3, 520", "0, -1, 520", "income=0, members=1, standard=520"]})
    line = capsys.readouterr().out.strip()
    assert line.startswith(probe.MARK)
    report = json.loads(line[len(probe.MARK):])
    assert report["answer"] == {"value": 5}
    assert report["odd"]["error"].startswith("not an answer") and "not set" in report["absent"]["error"]
    calls = report["top_up"]["calls"]
    assert calls[probe.call_key([300, 3, 520], {})] == {"value": 660}
    assert calls[probe.call_key([0, -1, 520], {})] == {"error": "ValueError: negative"}
    assert calls[probe.call_key([], {"income": 0, "members": 1, "standard": 520})] == {"value": 520}


# ---- checks on plain data ---------------------------------------------------------------------------------------

def test_a_check_passes_on_the_right_value_and_gives_its_hint_in_the_notebooks_language(tmp_path):
    for lang, hint in (("en", "Check the gap."), ("zh", "请检查差额。")):
        assessment = items.read(toy(tmp_path, lang=lang))
        assert checking.grade(assessment, recorded(top_up=660), lang)[0].score == 2
        assert checking.grade(assessment, recorded(top_up=600), lang)[0].hint == hint
        missing = checking.grade(assessment, {"top_up": {"error": "not an answer: a X"}}, lang)[0]
        assert missing.score == 0 and "top_up" in missing.hint
    assert checking.grade(assessment, recorded(top_up="660元"), "zh")[0].hint == "请填写一个数字。"


def test_a_function_answer_is_replayed_from_what_the_sandbox_recorded():
    check = items.Check("c", 3, "assert dibao_top_up(100, 4, 330) == 920, 'rural'\n"
                                "assert dibao_top_up(0, 1, 520) == 520, 'alone'")
    assessment = items.Assessment((items.Answer("a", (), ("dibao_top_up",)),), (check,), ())
    calls = {probe.call_key([100, 4, 330], {}): {"value": 920}, probe.call_key([0, 1, 520], {}): {"value": 520}}
    assert checking.grade(assessment, {"dibao_top_up": {"calls": calls}}, "en")[0].score == 3
    calls[probe.call_key([0, 1, 520], {})] = {"error": "ZeroDivisionError: division by zero"}
    result = checking.grade(assessment, {"dibao_top_up": {"calls": calls}}, "en")[0]
    assert result.score == 0 and "ZeroDivisionError" in result.hint


def test_a_check_cannot_reach_beyond_plain_values():
    check = items.Check("c", 1, "assert open('/etc/passwd').read() == '', 'x'")
    result = checking.grade(items.Assessment((), (check,), ()), {}, "en")[0]
    assert result.score == 0


# ---- the rules of an assessment notebook -----------------------------------------------------------------------

@pytest.mark.parametrize("change, problem", [
    (("top_up = 660\n### END", "def top_up():\n    return 660\n### END"), "not `name = value`"),
    (("top_up = 660\n### END", "top_up = 600 + 60\n### END"), "set to code"),
    (("top_up = None\n", ""), "not set to None"),
    (("close(top_up, 660)", "close(top_up, reference)"), "names reference"),
    (("close(top_up, 660)", "close(top_up, __import__('math').pi)"), "names __import__"),
])
def test_the_build_refuses_a_notebook_that_breaks_the_rules(tmp_path, change, problem):
    broken = TOY.replace(*change)
    assert broken != TOY
    found = items.problems(toy(tmp_path, broken), "practitioner")
    assert any(problem in p for p in found), found


def test_the_shipped_toy_follows_the_rules_and_an_analyst_may_call_functions_with_values_only(tmp_path):
    assert items.problems(toy(tmp_path), "practitioner") == []
    analyst = TOY.replace("top_up = 660\n### END", "def top_up_of(income):\n    return 660\n### END").replace(
        "close(top_up, 660)", "close(top_up_of(300), 660) and top_up_of(income)")
    assert any("not written out as values" in p for p in items.problems(toy(tmp_path, analyst), "analyst"))


# ---- the sandbox ----------------------------------------------------------------------------------------------

def cells(*sources):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])


def texts(execution, index):
    return "".join(o.get("text", "") + o.get("evalue", "") for o in execution.cells[index]["outputs"])


@pytest.mark.slow
def test_the_sandbox_sees_only_its_notebook_and_writes_only_its_scratch_folder(isolation, tmp_path):
    secret = tmp_path / "course" / "source" / "answers.txt"
    secret.parent.mkdir(parents=True)
    secret.write_text("660")
    execution = sandbox.run(cells(
        "import os; print(sorted(os.listdir('.')))",
        f"print(os.path.exists({str(secret)!r}), os.path.exists({str(tmp_path)!r}))",
        f"open({str(tmp_path / 'planted.txt')!r}, 'w')",
        "import simulation.rules.dibao; print('the lab is importable')",
    ), sandbox.Limits(wall_seconds=60))
    assert execution.finished
    assert texts(execution, 0).strip() == "['submission.ipynb']"
    assert texts(execution, 1).strip() == "False False"
    assert "Read-only file system" in texts(execution, 2) or "No such file" in texts(execution, 2)
    assert "importable" in texts(execution, 3)
    assert not (tmp_path / "planted.txt").exists()


@pytest.mark.slow
def test_the_time_limit_kills_a_loop_that_ignores_interrupts_and_keeps_what_ran_before(isolation):
    execution = sandbox.run(cells("print('before')", "import signal, time\nsignal.signal(signal.SIGINT, "
                                  "signal.SIG_IGN)\nwhile True:\n    time.sleep(0)", "print('after')"),
                            sandbox.Limits(wall_seconds=8))
    assert not execution.finished and execution.reason == "time" and execution.stopped_at == 1
    assert texts(execution, 0) == "before\n" and 8 <= execution.seconds < 20


@pytest.mark.slow
def test_a_kernel_that_kills_itself_stops_the_run_at_that_cell(isolation):
    execution = sandbox.run(cells("x = 1", "import os; os.kill(os.getpid(), 9)", "x = 2"), sandbox.Limits(60))
    assert not execution.finished and execution.stopped_at == 1 and execution.reason == "kernel"


@pytest.mark.slow
def test_output_past_the_limit_is_cut_with_a_note(isolation):
    execution = sandbox.run(cells("print('x' * 3_000_000)", "print('y' * 10)"),
                            sandbox.Limits(60, output_bytes=1_000_000))
    assert execution.finished
    first = texts(execution, 0)
    assert len(first) < 1_100_000 and "output truncated" in first
    assert "y" not in texts(execution, 1)


@pytest.mark.slow
def test_a_cell_past_the_memory_limit_fails_alone(isolation):
    execution = sandbox.run(cells("x = bytearray(3_000_000_000)", "print('still here')"),
                            sandbox.Limits(60, memory_mb=1500))
    assert execution.finished and texts(execution, 1) == "still here\n"
    assert [o["ename"] for o in execution.cells[0]["outputs"]] == ["MemoryError"]


def test_without_bubblewrap_grading_says_so_and_names_the_way_out(monkeypatch):
    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    with pytest.raises(sandbox.IsolationUnavailable, match="--unisolated"):
        sandbox.check_isolation()
    result = subprocess.run([sys.executable, "-m", "simulation", "grade", "autograde", "module1"],
                            capture_output=True, text=True, env={**os.environ, "PATH": "/nonexistent"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
