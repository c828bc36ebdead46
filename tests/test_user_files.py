"""Files a careless or unlucky user hands in (issue 13): each is refused with exit 2 and one short message naming
the file and the field, key or line, and nothing is written. Parameter and dataset files are checked the same way,
on a copy of the shipped tree."""
import shutil
from pathlib import Path

import pytest

from simulation.cli import main
from simulation.inputs import datasets
from simulation.inputs.errors import InputError
from simulation.inputs.files import MAX_BYTES, MAX_DEPTH

REPO = Path(__file__).resolve().parents[1]
SCENARIO = "name: {name}\nlocality: dachuan\nstart: {start}\nhouseholds: 200\nmonths: 2\n"


def refused(capsys, tmp_path, content: str | bytes, *fragments: str) -> str:
    """Run a scenario file of `content`: exit 2, one line naming the file and `fragments`, nothing written."""
    path = tmp_path / "scenario.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    out = tmp_path / "out"
    assert main(["run", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"carelab: {path}"), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err
    assert not out.exists()
    return err


def scenario(name="test", start="2019-01-01", extra="") -> str:
    return SCENARIO.format(name=name, start=start) + extra


def test_a_key_given_twice_is_refused_naming_the_key_and_both_lines(tmp_path, capsys):
    refused(capsys, tmp_path, scenario(extra="households: 300\n"),
            "line 6: key = 'households'", "also on line 4")


def test_a_key_given_twice_in_a_nested_mapping_is_refused(tmp_path, capsys):
    refused(capsys, tmp_path, scenario(extra="parameters: {dibao.standard.urban: 600, dibao.standard.urban: 700}\n"),
            "line 6: key = 'dibao.standard.urban'")


@pytest.mark.parametrize("start", ["2019-02-30", "2019-13-01", "2019-00-01"])
def test_an_impossible_date_names_start(tmp_path, capsys, start):
    refused(capsys, tmp_path, scenario(start=start), f"start = '{start}'", "YYYY-MM-DD")


@pytest.mark.parametrize("start", ["9999-12-01", "2100-02-01", "1900-01-01"])
def test_a_start_outside_the_parameters_dates_names_start_and_the_dates_allowed(tmp_path, capsys, start):
    refused(capsys, tmp_path, scenario(start=start), f"start = '{start}'", "a date from 2019-01-01", "to 2100-01-01")


@pytest.mark.parametrize(("encoding", "fragments"), [
    ("latin-1", ("encoding = 'byte 8 (0xeb)", "UTF-8")),
    ("gbk", ("encoding = 'byte 7 (0xa8)", "UTF-8")),
    ("utf-16", ("NUL byte at byte 3", "not a binary or UTF-16 file")),
    ("utf-16-le", ("NUL byte at byte 1", "not a binary or UTF-16 file")),
])
def test_a_file_not_in_utf8_is_refused_naming_the_byte(tmp_path, capsys, encoding, fragments):
    refused(capsys, tmp_path, scenario(name="Müller 张" if encoding == "gbk" else "Zoë Müller").encode(encoding),
            *fragments)


def test_a_binary_file_is_refused(tmp_path, capsys):
    refused(capsys, tmp_path, bytes(range(256)) * 4, "NUL byte at byte 0")


def test_an_over_large_file_is_refused_stating_the_limit(tmp_path, capsys):
    refused(capsys, tmp_path, scenario(extra="description: " + "x" * MAX_BYTES + "\n"),
            "size", f"at most {MAX_BYTES:,} bytes")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 20_000])
def test_deep_nesting_is_refused_without_recursion_error(tmp_path, capsys, depth):
    refused(capsys, tmp_path, scenario(name="[" * depth + "]" * depth), "line 1: nesting", f"at most {MAX_DEPTH}")


def test_nesting_within_the_limit_reaches_the_field(tmp_path, capsys):
    refused(capsys, tmp_path, scenario(name="[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)), "name = [[[[")


def test_an_alias_bomb_gives_a_short_message(tmp_path, capsys):
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    text = "\n".join(lines) + "\n" + scenario(name="*a8")
    err = refused(capsys, tmp_path, text, "line 2: alias = '*a0'", "no anchors or aliases")
    assert len(err) < 500


def test_a_long_bad_value_is_quoted_as_a_short_excerpt(tmp_path, capsys):
    err = refused(capsys, tmp_path, scenario().replace("dachuan", "x" * 100_000), "locality = 'xxxx")
    assert "…" in err and len(err) < 500


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch, capsys):
    def denied(path):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "read_bytes", denied)  # chmod 0 would not stop a test run as root
    refused(capsys, tmp_path, scenario(), "file = 'Permission denied'", "a file you may read")


def test_malformed_yaml_names_the_file_and_line(tmp_path, capsys):
    refused(capsys, tmp_path, scenario() + "parameters: [unclosed\n", "YAML = 'line 7")


def run_shipped(capsys, tmp_path) -> str:
    out = tmp_path / "out"
    assert main(["run", "dachuan-2019", "--households", "200", "--months", "2", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert not out.exists()
    return err


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_parameter_file_with_two_values_for_one_date_is_refused(parameter_tree, tmp_path, capsys):
    value = '      2019-01-01: {value: 520, source: SEED004, status: verified, note: "Mission report, January 2019"}\n'
    path = parameter_tree / "dachuan" / "rules" / "dibao.yaml"
    first = path.read_text(encoding="utf-8").splitlines().index(value.rstrip("\n")) + 1
    edit(path, value, value + value.replace("520", "600"))
    err = run_shipped(capsys, tmp_path)
    assert (f"datasets/parameters/dachuan/rules/dibao.yaml, line {first + 1}: key = '2019-01-01'" in err
            and f"it is also on line {first}" in err)


def test_a_parameter_file_with_a_parameter_given_twice_is_refused(parameter_tree, tmp_path, capsys):
    path = parameter_tree / "dachuan" / "rules" / "dibao.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n".join(text.splitlines()[2:10]) + "\n", encoding="utf-8")
    err = run_shipped(capsys, tmp_path)
    assert "datasets/parameters/dachuan/rules/dibao.yaml, line" in err and "key = 'dibao.standard.urban'" in err


def test_a_malformed_parameter_file_is_named_as_in_datasets(parameter_tree, tmp_path, capsys):
    edit(parameter_tree / "dachuan" / "rules" / "dibao.yaml", "values:", "values: [")
    err = run_shipped(capsys, tmp_path)
    assert err.startswith("carelab: datasets/parameters/dachuan/rules/dibao.yaml: YAML = 'line")
    assert str(tmp_path) not in err


def test_an_impossible_date_in_a_parameter_file_names_the_file_and_key(parameter_tree, tmp_path, capsys):
    edit(parameter_tree / "dachuan" / "rules" / "dibao.yaml", "2019-01-01:", "2019-02-30:")
    err = run_shipped(capsys, tmp_path)
    assert "datasets/parameters/dachuan/rules/dibao.yaml: parameters.dibao.standard.urban.values.2019-02-30" in err


def test_a_parameter_file_in_latin1_is_refused(parameter_tree, tmp_path, capsys):
    path = parameter_tree / "dachuan" / "rules" / "dibao.yaml"
    path.write_bytes(path.read_bytes() + "# Zhāng\n".encode("latin-1", errors="replace") + b"\xe9\n")
    err = run_shipped(capsys, tmp_path)
    assert "datasets/parameters/dachuan/rules/dibao.yaml: encoding" in err


def test_a_dataset_in_another_unit_is_refused_naming_file_row_and_unit(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "datasets"
    shutil.copytree(REPO / "datasets", folder)
    table = folder / "retiree_socialized_management.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if ",Sichuan,enterprise retirees under community management," in line)
    lines[row] = lines[row].replace(",million,", ",thousand,")
    table.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr(datasets, "DATASETS_DIR", folder)
    assert main(["package"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert f"datasets/retiree_socialized_management.csv, row {row + 1}: unit = 'thousand'" in err
    assert "million" in err


def test_an_input_error_quotes_a_huge_value_in_a_few_characters():
    huge = InputError("scenario.yaml", "name", [["lol"] * 10] * 10 ** 6, "text")
    assert len(str(huge)) < 200 and "…" in str(huge)
    assert str(InputError("x", "y", "mars", "z")) == "x: y = 'mars' is not allowed (z)"


def test_a_yaml_problem_over_several_lines_is_told_on_one(tmp_path, capsys):
    refused(capsys, tmp_path, scenario(name="x\x05y"), "YAML", "special characters are not allowed")


def test_a_seed_beyond_what_a_sweep_can_store_is_refused(tmp_path, capsys):
    refused(capsys, tmp_path, scenario(extra="seed: 1000000000000000000000000000000000000000\n"), "seed",
            "from 0 to 4,294,967,295")


def test_a_scenario_name_too_long_for_the_file_system_is_one_message(tmp_path, capsys):
    assert main(["run", "x" * 5000, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "scenario file" in err and "shipped scenario" in err
    assert not (tmp_path / "out").exists()
