"""Sweeps: a wrong sweep file or scheduler stops before anything is written; a sweep killed half-way resumes to
the very numbers of an uninterrupted one, without redoing finished runs; Dask and this process give the same
runs; the confidence intervals are right.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from simulation.analysis.sweeps import (
    LOCK,
    RECORD,
    for_run,
    load_sweep,
    run_experiment,
    run_id,
    sweep,
    sweep_command,
    validated_sweep,
)
from simulation.inputs.errors import InputError
from simulation.inputs.scenarios import validated
from simulation.reports.outputs import MARKER
from simulation.reports.sweep import summarise

SMALL = {"name": "test sweep", "scenario": "scenarios/dachuan-2019.yaml", "households": 800, "months": 6, "seeds": 2,
         "grid": {"casework.caseworkers_per_10k_households": [2.0, 5.0], "casework.integrated_database": [False, True]}}
# Big enough that killing the sweep once the first runs are written catches it half-way.
KILLED = {**SMALL, "households": 4_000, "months": 12, "seeds": 4}
RUNS = 2 * 2 * 4

# The killed sweep runs in its own process: a Dask LocalCluster needs a main module guarded like this one.
SWEEP_SCRIPT = """
import sys
from simulation.analysis.sweeps import load_sweep, sweep
if __name__ == "__main__":
    sweep(load_sweep(sys.argv[1]), sys.argv[2], scheduler="local", workers=2, progress=False)
"""


def write_spec(folder: Path, spec: dict, name: str = "sweep.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


def parquet_files(out: Path) -> dict[str, os.stat_result]:
    return {path.name: path.stat() for path in (out / "runs").glob("*.parquet")}


# ---- mistakes ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, field, value", [
    ({"grid": {"casework.integrated_database": []}}, "grid.casework.integrated_database", []),
    ({"grid": {"casework.no_such_thing": [1.0]}}, "grid.casework.no_such_thing", 1.0),
    ({"grid": {"casework.integrated_database": [False, "yes"]}}, "grid.casework.integrated_database", "yes"),
    ({"grid": {"casework.online_share": [0.5, 1.5]}}, "grid.casework.online_share", 1.5),
    ({"grid": {"casework.caseworkers_per_10k_households": [2.0, 2.0]}},
     "grid.casework.caseworkers_per_10k_households", 2.0),
    ({"grid": {}}, "grid", {}),
    ({"seeds": [1, 1]}, "seeds", [1, 1]),
    ({"seeds": 0}, "seeds", 0),
    ({"months": 0}, "months", 0),
    ({"scenario": "scenarios/nowhere.yaml"}, "scenario", "scenarios/nowhere.yaml"),
    ({"seed": 3}, "seed", 3),
], ids=["empty axis", "unknown parameter", "not a switch", "share above 1", "repeated value", "no axis",
        "repeated seed", "no seeds", "no months", "no scenario file", "unknown field"])
def test_a_wrong_sweep_file_names_the_field_and_value_and_writes_nothing(tmp_path, change, field, value):
    out = tmp_path / "out"
    with pytest.raises(InputError) as raised:
        sweep_command(write_spec(tmp_path, {**SMALL, **change}), out, progress=False)
    assert (raised.value.field, raised.value.value) == (field, value)
    assert not out.exists()


def test_an_unreachable_scheduler_suggests_running_locally_and_writes_nothing(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    out = tmp_path / "out"
    with pytest.raises(InputError) as raised:
        sweep_command(write_spec(tmp_path, SMALL), out, scheduler=address, progress=False)
    assert raised.value.field == "--scheduler" and "omit --scheduler" in raised.value.allowed
    assert not out.exists()


def test_a_sweep_does_not_write_into_a_folder_of_something_else(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="--out"):
        sweep_command(write_spec(tmp_path, SMALL), tmp_path / "out", progress=False)
    assert os.listdir(tmp_path / "out") == ["notes.txt"]


def test_workers_go_with_a_local_cluster_only(tmp_path):
    with pytest.raises(InputError, match="--workers"):
        sweep_command(write_spec(tmp_path, SMALL), tmp_path / "out", workers=4, progress=False)
    assert not (tmp_path / "out").exists()


# ---- runs ---------------------------------------------------------------------------------------------------------
def test_a_run_is_identified_by_its_inputs_and_its_seed_gives_its_numbers():
    spec = validated_sweep(SMALL, "test")
    first = spec.runs()[0]
    table = run_experiment(spec.scenario, first.parameters, first.seed)
    assert list(table.columns[:4]) == ["run_id", "seed", *SMALL["grid"]]
    assert (table["run_id"] == first.id).all() and len(table) == SMALL["months"]
    pd.testing.assert_frame_equal(table, run_experiment(spec.scenario, first.parameters, first.seed))
    assert len({run.id for run in spec.runs()}) == 4 * 2
    renamed = validated_sweep({**SMALL, "name": "another name"}, "test")
    assert [run.id for run in renamed.runs()] == [run.id for run in spec.runs()]
    # Another minimum-income scheme is another run, though its parameters and seed are the same.
    german = validated({**spec.scenario.model_dump(),
                        "minimum_income": {"scheme": "germany", "level": "share_of_median"}}, "test")
    assert run_id(for_run(german, first.parameters, first.seed)) != first.id


def test_one_seed_gives_a_mean_without_an_interval(tmp_path, capsys):
    spec = {**SMALL, "seeds": [7], "grid": {"casework.integrated_database": [True]}}
    out = sweep_command(write_spec(tmp_path, spec), tmp_path / "out", progress=False)
    assert "Wrote" in capsys.readouterr().out
    summary = pd.read_csv(out / "summary.csv")
    assert (summary["seeds"] == 1).all() and summary["mean"].notna().any()
    assert summary["ci_low"].isna().all() and summary["ci_high"].isna().all()


def test_the_report_escapes_the_sweep_s_name_and_description(tmp_path):
    spec = {**SMALL, "name": "<script>alert(1)</script> {{ 7*7 }}",
            "description": "It's <b>{% if true %}x{% endif %}</b>", "households": 300, "months": 3, "seeds": [7],
            "grid": {"casework.integrated_database": [True]}}
    out = sweep_command(write_spec(tmp_path, spec), tmp_path / "out", progress=False)
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in report.lower() and "<b>" not in report
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}</h1>" in report
    assert "<p>It&#x27;s &lt;b&gt;{% if true %}x{% endif %}&lt;/b&gt;</p>" in report


def test_the_shipped_sweep_is_valid():
    spec = load_sweep(Path(__file__).resolve().parents[1] / "scenarios" / "sweeps" / "staffing-and-integration.yaml")
    assert (spec.scenario.households, spec.scenario.months, spec.seeds) == (20_000, 36, (1, 2, 3, 4, 5))
    assert len(spec.points()) == 12 and len({run.id for run in spec.runs()}) == 60


def test_a_sweep_file_names_its_scenario_by_path_or_by_the_name_of_a_shipped_one(tmp_path):
    baseline = Path(__file__).resolve().parents[1] / "scenarios" / "dachuan-2019.yaml"
    by_name = load_sweep(write_spec(tmp_path, {**SMALL, "scenario": "dachuan-2019"}, "a.yaml"))
    by_path = load_sweep(write_spec(tmp_path, {**SMALL, "scenario": str(baseline)}, "b.yaml"))
    assert by_name.scenario == by_path.scenario


def test_the_confidence_interval_of_a_hand_made_case():
    per_run = pd.DataFrame({"staff": [2.0, 2.0, 2.0, 5.0], "seed": [1, 2, 3, 1],
                            "take_up": [0.1, 0.2, 0.3, 0.5], "backlog": [10.0, 10.0, 10.0, 4.0]})
    summary = summarise(per_run, by=["staff"]).set_index(["staff", "metric"])
    # Three seeds: mean 0.2, sd 0.1, t(0.975, 2 degrees of freedom) = 4.302653.
    half = 4.302653 * 0.1 / np.sqrt(3)
    row = summary.loc[(2.0, "take_up")]
    assert row["seeds"] == 3 and row["mean"] == pytest.approx(0.2)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((0.2 - half, 0.2 + half), abs=1e-6)
    assert tuple(summary.loc[(2.0, "backlog"), ["mean", "ci_low", "ci_high"]]) == (10.0, 10.0, 10.0)
    assert summary.loc[(5.0, "take_up"), "mean"] == 0.5 and np.isnan(summary.loc[(5.0, "take_up"), "ci_low"])
    assert list(summary.index) == [(2.0, "take_up"), (2.0, "backlog"), (5.0, "take_up"), (5.0, "backlog")]


# ---- interrupted on Dask, resumed, against uninterrupted in this process -------------------------------------------
@pytest.fixture(scope="module")
def killed_spec(tmp_path_factory) -> Path:
    return write_spec(tmp_path_factory.mktemp("spec"), KILLED)


@pytest.fixture(scope="module")
def uninterrupted(killed_spec, tmp_path_factory) -> Path:
    return sweep(load_sweep(killed_spec), tmp_path_factory.mktemp("local") / "out", progress=False)


@pytest.fixture(scope="module")
def resumed(killed_spec, tmp_path_factory):
    """A sweep on a 2-worker LocalCluster, killed (with its workers) once some runs are written, then resumed."""
    folder = tmp_path_factory.mktemp("dask")
    out, script = folder / "out", folder / "run_sweep.py"
    script.write_text(SWEEP_SCRIPT)
    with open(folder / "killed.log", "wb") as log:
        process = subprocess.Popen([sys.executable, str(script), str(killed_spec), str(out)], stdout=log, stderr=log,
                                   start_new_session=True)  # its own process group: the workers die with it
        try:
            deadline = time.monotonic() + 120
            while len(parquet_files(out)) < 2 and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    finished = parquet_files(out)
    assert 0 < len(finished) < RUNS, (folder / "killed.log").read_text()
    sweep(load_sweep(killed_spec), out, scheduler="local", workers=2, progress=False)
    return out, finished


def test_a_killed_sweep_resumes_without_redoing_finished_runs(resumed):
    out, finished = resumed
    after = parquet_files(out)
    assert len(after) == RUNS and (out / RECORD).exists()
    for name, before in finished.items():
        assert (after[name].st_ino, after[name].st_mtime_ns) == (before.st_ino, before.st_mtime_ns), name
    assert not [path for path in out.rglob("*") if path.name.startswith(".") and path.name not in (MARKER, LOCK)], \
        "no temporary file is left"


def test_a_resumed_dask_sweep_gives_the_summary_of_an_uninterrupted_local_one(resumed, uninterrupted):
    out, _ = resumed
    assert (out / "summary.csv").read_text() == (uninterrupted / "summary.csv").read_text()


def test_dask_and_this_process_write_the_same_runs(resumed, uninterrupted):
    out, _ = resumed
    assert parquet_files(out).keys() == parquet_files(uninterrupted).keys()
    for name in parquet_files(out):
        pd.testing.assert_frame_equal(pd.read_parquet(out / "runs" / name),
                                      pd.read_parquet(uninterrupted / "runs" / name), check_exact=True)


def test_the_report_is_one_self_contained_file(uninterrupted):
    report = (uninterrupted / "report.html").read_text(encoding="utf-8")
    assert report.count('src="data:image/png;base64,') == 8
    assert "http" not in report.replace("data:image", "")
    assert "Working days from application to decision" in report
    summary = pd.read_csv(uninterrupted / "summary.csv")
    assert len(summary.drop_duplicates(list(KILLED["grid"]))) == 4
    assert {"poverty_rate_after", "dibao_coverage", "take_up", "backlog", "spending_total"} <= set(summary["metric"])
    assert (summary["seeds"] == 4).all()


# ---- the command line ----------------------------------------------------------------------------------------------
def test_carelab_sweep_writes_the_report_and_a_mistake_exits_2_writing_nothing(tmp_path, capsys):
    from simulation.cli import main

    spec = write_spec(tmp_path, {**SMALL, "seeds": 1, "grid": {"casework.integrated_database": [False, True]}})
    assert main(["sweep", str(spec), "--out", str(tmp_path / "out")]) == 0
    assert {"summary.csv", "report.html", RECORD} <= {path.name for path in (tmp_path / "out").iterdir()}
    assert len(parquet_files(tmp_path / "out")) == 2

    wrong = write_spec(tmp_path, {**SMALL, "grid": {"casework.integrated_database": []}}, "wrong.yaml")
    assert main(["sweep", str(wrong), "--out", str(tmp_path / "nothing")]) == 2
    error = capsys.readouterr().err
    assert "grid.casework.integrated_database" in error and "Traceback" not in error
    assert not (tmp_path / "nothing").exists()


# ---- damaged or shared folders ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def undamaged(tmp_path_factory) -> Path:
    spec = write_spec(tmp_path_factory.mktemp("spec"), {**SMALL, "seeds": 1})
    return sweep(load_sweep(spec), tmp_path_factory.mktemp("undamaged") / "out", progress=False), spec


def test_a_damaged_run_file_is_set_aside_and_done_again(undamaged, tmp_path, capsys):
    done, spec = undamaged
    out = tmp_path / "out"
    shutil.copytree(done, out)
    first, second, third = sorted((out / "runs").glob("*.parquet"))[:3]
    first.write_bytes(first.read_bytes()[:200])  # truncated
    shutil.copy(second, third)  # another run's (valid) file under this run's name
    sweep(load_sweep(spec), out, progress=False)
    err = capsys.readouterr().err
    assert first.name in err and third.name in err and second.name not in err
    assert {p.name for p in (out / "runs").glob("*.bad-*")} == {f"{first.name}.bad-1", f"{third.name}.bad-1"}
    assert (out / "summary.csv").read_text() == (done / "summary.csv").read_text()
    assert pd.read_parquet(third)["run_id"].eq(third.stem).all()


def test_a_second_sweep_on_a_folder_in_use_is_refused(undamaged, tmp_path):
    import fcntl

    done, spec = undamaged
    out = tmp_path / "out"
    shutil.copytree(done, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.rglob("*")}
    with open(out / LOCK, "a") as lock:  # as the first sweep holds it
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(InputError, match="another folder"):
            sweep(load_sweep(spec), out, progress=False)
    assert {p.name: p.stat().st_mtime_ns for p in out.rglob("*")} == before
    sweep(load_sweep(spec), out, progress=False)  # once the first is done, the folder is free again


def test_another_commands_folder_is_not_a_sweeps(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / MARKER).write_text('{"command": "run", "files": ["summary.json"]}')
    with pytest.raises(InputError, match="--out"):
        sweep_command(write_spec(tmp_path, SMALL), tmp_path / "out", progress=False)
    assert os.listdir(tmp_path / "out") == [MARKER]
