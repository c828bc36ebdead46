"""carelab as a user meets it: the outputs of a run and a comparison, and one clear message for bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from simulation.cli import main

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "scenarios" / "dachuan-2019.yaml"
REFORM = REPO / "scenarios" / "dachuan-2019-integrated.yaml"
REQUIRED_COLUMNS = ["month", "poverty_rate_before", "poverty_rate_after", "dibao_households", "dibao_coverage",
                    "inclusion_error", "exclusion_error", "applications", "backlog", "mean_processing_days",
                    "spending_total"]


def test_run_writes_monthly_csv_summary_and_charts(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(BASELINE), "--households", "1500", "--months", "6", "--seed", "3", "--out", str(out)]) == 0
    monthly = pd.read_csv(out / "monthly.csv")
    assert list(monthly["month"]) == [1, 2, 3, 4, 5, 6]
    assert set(REQUIRED_COLUMNS) <= set(monthly.columns)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["scenario"]["households"] == 1500 and summary["scenario"]["seed"] == 3
    assert summary["last_month"]["dibao_households"] == monthly["dibao_households"].iloc[-1]
    assert {p.name for p in out.glob("*.png")} >= {"poverty.png", "coverage.png", "pipeline.png", "spending.png"}


def test_run_is_reproducible(tmp_path):
    for name in ("a", "b"):
        main(["run", str(BASELINE), "--households", "800", "--months", "4", "--out", str(tmp_path / name)])
    assert (tmp_path / "a" / "monthly.csv").read_text() == (tmp_path / "b" / "monthly.csv").read_text()


def test_compare_runs_reforms_on_the_same_district(tmp_path, capsys):
    out = tmp_path / "cmp"
    assert main(["compare", str(BASELINE), str(REFORM), "--households", "1500", "--months", "6",
                 "--out", str(out)]) == 0
    table = pd.read_csv(out / "comparison.csv", index_col="metric")
    assert len(table.columns) == 3  # baseline, reform, difference
    assert "mean_processing_days" in table.index
    assert "mean_processing_days" in capsys.readouterr().out


def test_calc_prints_the_worked_example(capsys):
    assert main(["calc", "--member", "45", "--member", "43", "--member", "12", "--income", "930"]) == 0
    out = capsys.readouterr().out
    assert "210 x 3 members = 630" in out
    assert main(["calc", "--member", "45", "--member", "43", "--member", "12", "--income", "930", "--lang", "zh"]) == 0
    assert "补差 210 × 3 人 = 630" in capsys.readouterr().out


BAD_SCENARIOS = {
    "unknown field": ("colour: red\n", "colour"),
    "negative standard": ("parameters:\n  dibao.standard.urban: -520\n", "dibao.standard.urban"),
    "probability outside [0, 1]": ("parameters:\n  application.stigma: 1.5\n", "application.stigma"),
    "unknown locality": ("locality: atlantis\n", "locality"),
    "zero months": ("months: 0\n", "months"),
    "switch not true/false": ("parameters:\n  casework.online_application: maybe\n", "casework.online_application"),
    "unknown parameter": ("parameters:\n  dibao.generosity: 2\n", "dibao.generosity"),
}


def scenario_text(extra: str) -> str:
    base = {"name": "test", "locality": "dachuan", "start": "2019-01-01", "households": 500, "months": 3}
    lines = [f"{k}: {v}" for k, v in base.items() if not extra.startswith(k)]
    return "\n".join(lines) + "\n" + extra


@pytest.mark.parametrize("case", BAD_SCENARIOS)
def test_bad_scenario_gets_one_clear_message_and_writes_nothing(tmp_path, case):
    extra, field = BAD_SCENARIOS[case]
    path = tmp_path / "bad.yaml"
    path.write_text(scenario_text(extra))
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "simulation.cli", "run", str(path), "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert field in result.stderr and "not allowed" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_malformed_yaml_names_the_line(tmp_path, capsys):
    path = tmp_path / "broken.yaml"
    path.write_text("name: test\nlocality: [dachuan\nstart: 2019-01-01\n")
    assert main(["run", str(path), "--out", str(tmp_path / "out")]) == 2
    assert "line" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("argv, field", [
    (["calc", "--member", "40", "--income", "-5"], "income"),
    (["calc", "--member", "forty"], "--member"),
    (["calc", "--member", "40:blind"], "disability"),
    (["calc", "--income", "100"], "members"),
    (["calc", "--member", "40", "--area", "suburb"], "area"),
    (["calc", "--member", "40", "--locality", "atlantis"], "locality"),
    (["run", str(BASELINE), "--households", "0"], "households"),
])
def test_bad_arguments_get_one_clear_message(argv, field, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert field in err and "not allowed" in err and "Traceback" not in err


def test_an_unrelated_folder_is_never_overwritten(tmp_path, capsys):
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "chapter1.docx").write_text("precious")
    assert main(["run", str(BASELINE), "--households", "500", "--months", "2", "--out", str(folder)]) == 2
    assert (folder / "chapter1.docx").read_text() == "precious"
    assert "--out" in capsys.readouterr().err


def test_a_shipped_scenario_is_named_without_its_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no scenarios/ folder here: the names are the lab's own
    argv = ["--households", "500", "--months", "3", "--seed", "2", "--out"]
    assert main(["run", "dachuan-2019", *argv, "by-name"]) == 0
    assert main(["run", str(BASELINE), *argv, "by-path"]) == 0
    assert main(["run", "scenarios/dachuan-2019.yaml", *argv, "as-in-the-readme"]) == 0
    monthly = (tmp_path / "by-path" / "monthly.csv").read_text()
    assert (tmp_path / "by-name" / "monthly.csv").read_text() == monthly
    assert (tmp_path / "as-in-the-readme" / "monthly.csv").read_text() == monthly


def test_an_unknown_scenario_name_lists_the_shipped_ones(tmp_path, capsys):
    assert main(["compare", "dachuan-2019", "dachuan-2091", "--out", str(tmp_path / "cmp")]) == 2
    err = capsys.readouterr().err
    assert "dachuan-2091" in err and "dachuan-2019-integrated" in err and "eu-germany" in err
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "cmp").exists()


def test_case_file_command(capsys):
    assert main(["case", str(BASELINE), "--household", "5", "--month", "3", "--households", "600"]) == 0
    assert "Case file: household 5" in capsys.readouterr().out
    assert main(["case", "dachuan-2019", "--household", "5", "--month", "3", "--households", "600"]) == 0
    assert "Case file: household 5" in capsys.readouterr().out


def test_parameters_lists_values_with_sources(capsys):
    assert main(["parameters", "--locality", "dachuan", "--date", "2019-06-01"]) == 0
    out = capsys.readouterr().out
    assert "dibao.standard.urban = 520 yuan/person/month  [verified; SEED004]" in out


def test_grade_steps_need_their_arguments(capsys):
    assert main(["grade", "collect", "module1"]) == 2
    assert "ASSIGNMENT FOLDER" in capsys.readouterr().err
    assert main(["grade", "autograde"]) == 2
    assert "an assignment, e.g. module1" in capsys.readouterr().err
    assert main(["grade", "mark", "module1-zh", "ana"]) == 2
    assert "ASSIGNMENT_ID PARTICIPANT ITEM SCORE" in capsys.readouterr().err
    assert main(["grade", "export", "grades.xlsx"]) == 2
    assert "ending in .csv" in capsys.readouterr().err
