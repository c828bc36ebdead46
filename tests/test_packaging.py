"""The set-up a trainer relies on: the README's commands exist, environment.yml mirrors the lock, notebooks are
committed without outputs."""
import json
import re
import subprocess
import tomllib
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


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
