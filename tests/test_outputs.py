"""Output folders: a command writes only into a new or empty folder or an earlier output of its own, replaces that
only with --overwrite, never deletes a file it did not write, and says so (exit 2, naming --out) before it runs.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulation import cli
from simulation.cli import main
from simulation.reports import outputs
from simulation.reports.outputs import MARKER, STAGING, STAGING_MARKER

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "scenarios" / "dachuan-2019.yaml"
SMALL_RUN = ["--households", "300", "--months", "2", "--seed", "1"]
SWEEP = REPO / "scenarios" / "sweeps" / "staffing-and-integration.yaml"


def run(out, *extra) -> int:
    return main(["run", str(BASELINE), *SMALL_RUN, "--out", str(out), *extra])


def contents(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_run_records_the_command_its_inputs_and_its_files(tmp_path):
    assert run(tmp_path / "out") == 0
    marker = json.loads((tmp_path / "out" / MARKER).read_text())
    assert marker["command"] == "run" and marker["inputs"]["households"] == 300
    assert set(marker["files"]) == set(contents(tmp_path / "out")) - {MARKER}
    assert "summary.json" in marker["files"]


def test_the_users_notes_survive_a_rerun_with_overwrite(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(out) == 0
    (out / "notes.txt").write_text("what I saw", encoding="utf-8")
    before = contents(out)
    assert run(out) == 2  # an earlier output is replaced only when asked to
    assert "--overwrite" in capsys.readouterr().err and contents(out) == before
    assert main(["run", str(BASELINE), "--households", "300", "--months", "3", "--out", str(out), "--overwrite"]) == 0
    assert (out / "notes.txt").read_text(encoding="utf-8") == "what I saw"
    assert len((out / "monthly.csv").read_text().splitlines()) == 1 + 3
    assert "notes.txt" not in json.loads((out / MARKER).read_text())["files"]
    assert not list(tmp_path.glob(f"{STAGING}*"))



def test_a_marker_listing_files_outside_its_folder_deletes_none_of_them(tmp_path):
    out = tmp_path / "out"
    assert run(out) == 0
    beside = tmp_path / "notes.txt"
    beside.write_text("mine", encoding="utf-8")
    marker = json.loads((out / MARKER).read_text())
    marker["files"] += ["../notes.txt", str(beside), "."]  # edited by hand, or copied from another folder
    (out / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    assert run(out, "--overwrite") == 0
    assert beside.read_text(encoding="utf-8") == "mine" and (out / "monthly.csv").exists()

def test_someone_elses_summary_json_is_not_a_carelab_folder(tmp_path, capsys):
    folder = tmp_path / "theirs"
    folder.mkdir()
    (folder / "summary.json").write_text('{"mine": true}')
    (folder / "data.csv").write_text("a,b\n1,2\n")
    before = contents(folder)
    for extra in ([], ["--overwrite"]):
        assert run(folder, *extra) == 2
        assert "--out" in capsys.readouterr().err and contents(folder) == before


def test_an_output_of_another_command_is_refused(tmp_path, capsys):
    assert main(["curriculum", "--out", str(tmp_path / "agenda")]) == 0
    before = contents(tmp_path / "agenda")
    assert run(tmp_path / "agenda", "--overwrite") == 2
    assert "carelab run" in capsys.readouterr().err and contents(tmp_path / "agenda") == before


def test_out_dot_inside_an_earlier_output_keeps_what_is_not_ours(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert run(out) == 0
    (out / "notes.txt").write_text("mine")
    monkeypatch.chdir(out)
    assert run(".") == 2
    assert (out / "notes.txt").read_text() == "mine" and (out / "summary.json").exists()
    assert run(".", "--overwrite") == 0
    assert (out / "notes.txt").read_text() == "mine" and (out / "summary.json").exists()
    capsys.readouterr()


def test_a_new_file_never_replaces_one_carelab_did_not_write(tmp_path, capsys):
    out = tmp_path / "out"
    assert run(out) == 0
    marker = json.loads((out / MARKER).read_text())
    marker["files"].remove("spending.png")  # as if the user had put their own spending.png there
    (out / MARKER).write_text(json.dumps(marker))
    (out / "spending.png").write_bytes(b"their chart")
    assert run(out, "--overwrite") == 2
    assert "spending.png" in capsys.readouterr().err
    assert (out / "spending.png").read_bytes() == b"their chart"
    assert not list(tmp_path.glob(f"{STAGING}*"))


def test_curriculum_refuses_a_non_empty_folder_of_someone_else(tmp_path, capsys):
    folder = tmp_path / "agenda"
    folder.mkdir()
    (folder / "plan.md").write_text("my plan")
    assert main(["curriculum", "--out", str(folder)]) == 2
    assert "--out" in capsys.readouterr().err and os.listdir(folder) == ["plan.md"]


def test_curriculum_replaces_its_own_output_only_with_overwrite(tmp_path, capsys):
    folder = tmp_path / "agenda"
    assert main(["curriculum", "--out", str(folder)]) == 0
    printed = capsys.readouterr().out.split()
    assert printed and all(Path(line).parent == folder for line in printed)
    assert main(["curriculum", "--out", str(folder)]) == 2
    assert main(["curriculum", "--out", str(folder), "--overwrite"]) == 0


def test_package_out_needs_overwrite_to_replace_its_output(tmp_path, capsys):
    out = tmp_path / "package"
    assert main(["package", "--retirees", "500", "--out", str(out)]) == 0
    assert main(["package", "--retirees", "500", "--out", str(out)]) == 2
    assert main(["package", "--retirees", "500", "--out", str(out), "--overwrite"]) == 0
    assert json.loads((out / MARKER).read_text())["command"] == "package"


def test_a_killed_runs_staging_folder_is_cleaned_by_the_next_run(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f"{STAGING}out-k9x1"  # as `kill -9` leaves it: half-written files and its marker
    dead.mkdir()
    (dead / STAGING_MARKER).write_text(json.dumps({"pid": int(gone.stdout), "host": outputs.socket.gethostname()}))
    (dead / "monthly.csv").write_text("month\n1\n")
    alive = tmp_path / f"{STAGING}out-live"  # another run writing to the same place right now
    alive.mkdir()
    (alive / STAGING_MARKER).write_text(json.dumps({"pid": os.getpid(), "host": outputs.socket.gethostname()}))
    unknown = tmp_path / f"{STAGING}out-user"  # not recognisably ours
    unknown.mkdir()
    assert run(tmp_path / "out") == 0
    assert not dead.exists() and alive.exists() and unknown.exists()


def test_a_failed_run_leaves_no_staging_folder(tmp_path, monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr("simulation.reports.charts.save_all", interrupted)
    assert run(tmp_path / "out") == 130
    assert os.listdir(tmp_path) == []


OUT_COMMANDS = {
    "run": ["run", str(BASELINE), *SMALL_RUN],
    "compare": ["compare", "dachuan-2019", "reform-higher-standard", *SMALL_RUN],
    "package": ["package"],
    "curriculum": ["curriculum"],
    "materials": ["materials", "policy-half-day"],
    "sweep": ["sweep", str(SWEEP)],
}


@pytest.fixture
def nothing_runs(monkeypatch):
    """Fails the test if any simulation starts: the folder is checked first."""
    def forbidden(*args, **kwargs):
        raise AssertionError("ran before checking --out")
    monkeypatch.setattr(cli, "_simulate", forbidden)
    monkeypatch.setattr("simulation.analysis.sweeps.backend", forbidden)
    monkeypatch.setattr("simulation.reports.retirees.package_command", forbidden)
    monkeypatch.setattr("simulation.workshop.curricula.render.render_to", forbidden)
    monkeypatch.setattr("simulation.reports.materials.write_materials", forbidden)


@pytest.mark.parametrize("command", OUT_COMMANDS)
def test_out_below_a_file_is_one_message_before_anything_runs(command, tmp_path, capsys, nothing_runs):
    (tmp_path / "a-file").write_text("x")
    value = str(tmp_path / "a-file" / "out")
    assert main([*OUT_COMMANDS[command], "--out", value]) == 2
    err = capsys.readouterr().err
    assert "--out" in err and value in err and "is a file" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", OUT_COMMANDS)
def test_out_in_a_read_only_folder_is_one_message_before_anything_runs(command, tmp_path, capsys, monkeypatch,
                                                                      nothing_runs):
    # As root every folder is writable, so the permission check is answered here as for a read-only folder.
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    monkeypatch.setattr(outputs.os, "access", lambda path, mode: Path(path) != read_only)
    value = str(read_only / "out")
    assert main([*OUT_COMMANDS[command], "--out", value, "--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert "--out" in err and value in err and "只读" in err and "Traceback" not in err
    assert os.listdir(read_only) == []
