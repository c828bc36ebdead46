"""The household cases of datasets/rule-cases/ against what the model pays, and the runner that checks them
(`carelab test-rules`)."""
import pytest

from simulation.analysis import rule_cases
from simulation.cli import main
from simulation.inputs.errors import InputError

SHIPPED = rule_cases.load([rule_cases.SHIPPED])


@pytest.mark.parametrize("case", SHIPPED, ids=[case.id for case in SHIPPED])
def test_the_model_pays_what_the_case_was_worked_out_to_get(case):
    results = rule_cases.run(case)
    assert all(result.passed for result in results), rule_cases.report(results)


def test_every_programme_has_shipped_cases():
    assert {programme for case in SHIPPED for programme in case.expected} == set(rule_cases.PROGRAMMES)
    assert {path.name for path in rule_cases.SHIPPED.glob("*.yaml")} == {
        f"{programme}.yaml" for programme in rule_cases.PROGRAMMES} | {"eu.yaml"}


# ---- the runner ----------------------------------------------------------------------------------------------------
FAMILY = """\
- name: Urban family of three
  source: SEED004
  page: "Dibao: 520 RMB a month urban"
  locality: dachuan
  date: 2019-06-01
  household:
    area: urban
    members: [{age: 45}, {age: 43}, {age: 12}]
    income: 930
  expected: {dibao: 682}
"""


def cases_file(tmp_path, text, name="cases.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_wrong_amount_fails_with_the_difference(tmp_path):
    path = cases_file(tmp_path, FAMILY.replace("{dibao: 682}", "{dibao: 680}"))
    results = rule_cases.run_all(rule_cases.load([path]))
    assert [(r.case, r.programme, r.expected, r.got, r.passed) for r in results] == [
        ("cases.yaml::Urban family of three", "dibao", 680, 682, False)]
    assert rule_cases.report(results) == (
        "FAILED: cases.yaml::Urban family of three - dibao expected 680.00 yuan, got 682.00 (difference +2.00)\n"
        "0 passed, 1 failed")


def test_only_the_programmes_stated_are_checked_and_each_failure_is_shown(tmp_path):
    path = cases_file(tmp_path, FAMILY.replace("{dibao: 682}", "{dibao: 600, old_age: 5, medical: 0}"))
    results = rule_cases.run_all(rule_cases.load([path]))
    assert [(r.programme, r.passed) for r in results] == [("dibao", False), ("old_age", False), ("medical", True)]
    assert rule_cases.report(results).splitlines()[0] == (
        "FAILED: cases.yaml::Urban family of three - dibao expected 600.00 yuan, got 682.00 (difference +82.00); "
        "old_age expected 5.00 yuan, got 0.00 (difference -5.00)")


@pytest.mark.parametrize("expected, tolerance, passed", [
    (682, None, True), (682.01, None, False), (681.99, None, False),  # without a tolerance: exact
    (681.5, 0.5, True), (682.5, 0.5, True), (681.4, 0.5, False), (682.6, 0.5, False)])
def test_a_tolerance_is_yuan_either_way(tmp_path, expected, tolerance, passed):
    text = FAMILY.replace("{dibao: 682}", f"{{dibao: {expected}}}")
    if tolerance is not None:
        text += f"  tolerance: {tolerance}\n"
    (result,) = rule_cases.run_all(rule_cases.load([cases_file(tmp_path, text)]))
    assert result.passed is passed


def test_a_folder_runs_every_file_in_it(tmp_path):
    cases_file(tmp_path, FAMILY, "a.yaml")
    cases_file(tmp_path, FAMILY.replace("Urban family of three", "The same family"), "b.yaml")
    (tmp_path / "notes.txt").write_text("not a case file")
    assert [case.id for case in rule_cases.load([tmp_path])] == [
        "a.yaml::Urban family of three", "b.yaml::The same family"]


# ---- bad files: one InputError naming the file, the case and the field --------------------------------------------
@pytest.mark.parametrize("old, new, field, value", [
    ("  page:", "  colour: red\n  page:", "colour", "red"),                    # an unknown field
    ("income: 930", "income: lots", "household.income", "lots"),             # a wrong type
    ("income: 930", "income: -1", "household.income", -1),
    ("{age: 12}", "{age: 12, disability: blind}", "household.members.2.disability", "blind"),
    ("income: 930", "income: 930\n    pension: 100", "household.pension", 100),
    ("income: 930", "income: 930\n    scheme: mars", "household.scheme", "mars"),
    ("income: 930", "income: 930\n    date: 2020-01-01", "household.date", "2020-01-01"),
    ("{dibao: 682}", "{dibao: 682, pension: 100}", "expected.pension", "pension"),  # an unknown programme
    ("{dibao: 682}", "{dibao: lots}", "expected.dibao", "lots"),
    ("{dibao: 682}", "{}", "expected", {}),
    ("  date: 2019-06-01\n", "", "date", None),                                # a missing date
    ("date: 2019-06-01", "date: June 2019", "date", "June 2019"),
    ("locality: dachuan", "locality: atlantis", "locality", "atlantis"),
    ("source: SEED004", "source: SEED004; S999", "source", "S999"),
    ("  expected: {dibao: 682}", "  expected: {dibao: 682}\n  tolerance: -1", "tolerance", -1),
])
def test_a_mistake_in_a_case_names_the_file_the_case_and_the_field(tmp_path, old, new, field, value):
    assert old in FAMILY
    path = cases_file(tmp_path, FAMILY.replace(old, new))
    with pytest.raises(InputError) as caught:
        rule_cases.load([path])
    assert caught.value.where == f"{path}, case 'Urban family of three'"
    assert (caught.value.field, str(caught.value.value)) == (field, str(value))


def test_mistakes_in_the_file_itself(tmp_path):
    with pytest.raises(InputError) as caught:  # a mapping instead of a list of cases
        rule_cases.load([cases_file(tmp_path, "name: x\n")])
    assert caught.value.field == "file" and "a list of cases" in caught.value.allowed
    unnamed = FAMILY.replace("- name: Urban family of three\n  source:", "- source:")
    with pytest.raises(InputError) as caught:  # a case without a name is known by its number
        rule_cases.load([cases_file(tmp_path, FAMILY + unnamed)])
    assert (caught.value.where, caught.value.field) == (f"{tmp_path / 'cases.yaml'}, case 2", "name")
    with pytest.raises(InputError) as caught:
        rule_cases.load([cases_file(tmp_path, FAMILY + FAMILY)])
    assert caught.value.field == "name" and "no other case" in caught.value.allowed
    with pytest.raises(InputError) as caught:
        rule_cases.load([tmp_path / "missing.yaml"])
    assert caught.value.value == str(tmp_path / "missing.yaml")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="FILE"):
        rule_cases.load([empty])


# ---- carelab test-rules ----------------------------------------------------------------------------------------------
def test_carelab_test_rules_runs_the_shipped_cases(capsys):
    assert main(["test-rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "passed: dibao.yaml::Urban family of three with a child"
    assert lines[-1] == f"{len(SHIPPED)} passed, 0 failed" and len(lines) == len(SHIPPED) + 1


def test_carelab_test_rules_exit_codes(tmp_path, capsys):
    right = cases_file(tmp_path, FAMILY, "right.yaml")
    wrong = cases_file(tmp_path, FAMILY.replace("{dibao: 682}", "{dibao: 680}"), "wrong.yaml")
    assert main(["test-rules", str(right)]) == 0
    assert capsys.readouterr().out == "passed: right.yaml::Urban family of three\n1 passed, 0 failed\n"
    assert main(["test-rules", str(right), str(wrong)]) == 1
    assert capsys.readouterr().out.splitlines()[1:] == [
        "FAILED: wrong.yaml::Urban family of three - dibao expected 680.00 yuan, got 682.00 (difference +2.00)",
        "1 passed, 1 failed"]
    bad = cases_file(tmp_path, FAMILY.replace("income: 930", "income: lots"), "bad.yaml")
    assert main(["test-rules", str(right), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing runs when a file is wrong
    assert captured.err == (f"carelab: {bad}, case 'Urban family of three': household.income = 'lots' is not "
                            "allowed (a number from 0 to 10,000,000 (yuan a month))\n")


def test_carelab_test_rules_in_chinese(tmp_path, capsys):
    right = cases_file(tmp_path, FAMILY, "right.yaml")
    wrong = cases_file(tmp_path, FAMILY.replace("{dibao: 682}", "{dibao: 680}"), "wrong.yaml")
    assert main(["test-rules", str(right), str(wrong), "--lang", "zh"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "通过：right.yaml::Urban family of three",
        "未通过：wrong.yaml::Urban family of three - dibao 应为 680.00 元，实为 682.00 元（相差 +2.00）",
        "1 个通过，1 个未通过"]
