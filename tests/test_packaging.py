"""The set-up a trainer relies on: the README's commands exist, environment.yml mirrors the lock, notebooks are
committed without outputs; and the wheel is the whole lab: installed from it, carelab runs far from any checkout."""
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import yaml

from simulation.inputs import locations
from simulation.inputs.errors import InputError

REPO = Path(__file__).resolve().parents[1]
SHIPPED = ("datasets", "scenarios", "curricula")  # installed as simulation/data/<folder>


def test_environment_yml_mirrors_pyproject_at_the_locked_versions():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    declared = [re.split(r"[<>=\[ ]", d)[0].lower()
                for d in project["dependencies"] + project["optional-dependencies"]["dev"]]
    locked = dict(re.findall(r"^([a-z0-9_.-]+)==([^ \\]+)", (REPO / "requirements.lock").read_text(), re.M))
    conda = {}
    for entry in yaml.safe_load((REPO / "environment.yml").read_text())["dependencies"]:
        if isinstance(entry, str) and "=" in entry:
            name, version = entry.split("=", 1)
            conda[name] = version
        elif isinstance(entry, dict):  # packages conda-forge lacks, installed by pip
            conda.update(line.split("==", 1) for line in entry["pip"] if "==" in line)
    assert conda["python"] == "3.12"
    for name in declared:
        assert conda.get(name) == locked[name], name


def test_every_locked_requirement_is_hashed():
    text = (REPO / "requirements.lock").read_text()
    pins = re.findall(r"^[a-z0-9_.-]+==", text, re.M)
    assert len(pins) > 100 and text.count("--hash=sha256:") >= len(pins)


def test_makefile_and_readme_offer_the_two_set_up_commands():
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^lab:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    readme = (REPO / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_committed_notebooks_have_no_outputs():
    tracked = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=REPO, capture_output=True, text=True).stdout.split()
    for path in tracked:
        if re.match(r"grading/.*/(submitted|autograded|feedback)/", path):
            continue
        notebook = json.loads((REPO / path).read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                assert not cell.get("outputs") and not cell.get("execution_count"), path


# ---- the wheel -------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """`pip wheel --no-deps .` on a copy of what the build reads, so that no build/ folder of the checkout leaks in."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    source = tmp_path_factory.mktemp("source")
    for name in ["simulation", *project["tool"]["setuptools"]["package-dir"].values()]:
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ["pyproject.toml", project["project"]["readme"], *project["project"]["license-files"]]:
        shutil.copy(REPO / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
                    str(source), "-w", str(dist)], check=True)
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A new virtual environment holding the wheel alone; the dependencies are this environment's, seen through a
    .pth file, so nothing is downloaded."""
    folder = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True)
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return folder


def in_venv(venv: Path, cwd: Path, *command: str) -> subprocess.CompletedProcess:
    """A command of the environment, run in `cwd` (an empty folder outside the repository) without PYTHONPATH, so
    only the installed package can answer, and in English."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "CARELAB_LANG")}
    return subprocess.run([str(venv / "bin" / command[0]), *command[1:]], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_wheel_carries_the_code_datasets_scenarios_and_curricula(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    code = {path.relative_to(REPO).as_posix() for path in (REPO / "simulation").rglob("*.py")}
    assert code <= names  # pyproject.toml lists the packages one by one
    for folder in SHIPPED:
        files = {f"simulation/data/{folder}/{path.relative_to(REPO / folder).as_posix()}"
                 for path in (REPO / folder).rglob("*") if path.is_file() and not path.name.startswith(".")}
        assert files and files <= names, folder
    assert {"simulation/data/datasets/datapackage.json", "simulation/data/datasets/sources.csv",
            "simulation/data/datasets/china_dibao_national.csv", "simulation/data/scenarios/dachuan-2019.yaml",
            "simulation/data/scenarios/sweeps/staffing-and-integration.yaml",
            "simulation/data/curricula/practitioner-two-day.yaml"} <= names
    assert any(re.fullmatch(r"simulation/data/datasets/parameters/.+\.yaml", name) for name in names)
    assert "simulation/i18n/locale/zh_Hans/LC_MESSAGES/messages.po" in names
    assert {"simulation/sessions/pages/trainee.ipynb", "simulation/sessions/pages/dashboard.ipynb"} <= names  # serve
    metadata = next(zipfile.Path(wheel, name) for name in names if name.endswith(".dist-info/METADATA")).read_text()
    assert "License-Expression: Apache-2.0" in metadata and "License-File: LICENSE" in metadata
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_carelab_runs_a_shipped_scenario_from_the_wheel(venv, tmp_path):
    where = in_venv(venv, tmp_path, "python", "-c", "import simulation; print(simulation.__file__)")
    assert where.stdout.startswith(str(venv))  # the installed package, not the checkout
    result = in_venv(venv, tmp_path, "carelab", "run", "dachuan-2019", "--households", "2000", "--months", "12",
                     "--out", "OUT")
    assert result.returncode == 0, result.stderr
    assert pd.read_csv(tmp_path / "OUT" / "monthly.csv")["month"].tolist() == list(range(1, 13))


def test_carelab_calculates_from_the_wheel(venv, tmp_path):
    result = in_venv(venv, tmp_path, "carelab", "calc", "--member", "45", "--area", "urban", "--income", "300")
    assert result.returncode == 0, result.stderr
    assert "top-up 220 x 1 members = 220 yuan" in result.stdout


def test_python_m_simulation_is_carelab(venv, tmp_path):
    result = in_venv(venv, tmp_path, "python", "-m", "simulation", "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: carelab" in result.stdout and "run" in result.stdout


def test_what_only_a_checkout_has_is_refused_clearly_from_the_wheel(venv, tmp_path):
    result = in_venv(venv, tmp_path, "carelab", "lab", "--prepare")
    assert result.returncode == 2
    assert "notebooks/" in result.stderr and "checkout" in result.stderr and "Traceback" not in result.stderr


def test_a_checkout_reads_its_own_folders():
    assert locations.CHECKOUT == REPO
    assert [getattr(locations, folder)() for folder in SHIPPED] == [REPO / folder for folder in SHIPPED]
    assert locations.notebooks() == REPO / "notebooks" and locations.course() == REPO / "grading"


def test_an_installed_package_refuses_the_checkouts_folders(monkeypatch):
    monkeypatch.setattr(locations, "CHECKOUT", None)
    with pytest.raises(InputError, match="checkout") as raised:
        locations.course()
    assert (raised.value.where, raised.value.field) == ("carelab grade", "grading/")
