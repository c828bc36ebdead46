"""The folder tree is the architecture: the README's map names every part of the package and only what exists,
and the package stays small enough to read (no module over 500 lines, a short top level)."""
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "simulation"


def map_of_the_package() -> dict[str, str]:
    """The README's map of simulation/: each sub-package's (or top-level module's) entry and its description."""
    block = re.search(r"## Where things are\n\n```\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    entries, current = {}, None
    for line in block[1].splitlines():
        if not line.startswith("  ") and line.strip():
            current = None if not line.startswith("simulation/") else "simulation"
            continue
        if current is None:
            continue
        name = line[2:].split()[0] if not line.startswith("   ") else None
        if name:
            current = name
            entries[current] = line
        else:
            entries[current] += " " + line.strip()
    return entries


def test_the_readme_map_names_every_part_of_the_package_and_nothing_else():
    entries = map_of_the_package()
    sub_packages = {f"{p.parent.name}/" for p in PACKAGE.glob("*/__init__.py")}
    assert set(name for name in entries if name.endswith("/")) == sub_packages
    top_level = {p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    listed = {name for text in [entries[n] for n in entries if n.endswith(".py")]
              for name in re.findall(r"[\w]+\.py", text)}
    assert listed == top_level
    for name, text in entries.items():
        if name.endswith("/"):
            for mentioned in re.findall(r"\b([\w-]+(?:\.py|/))", text.split(None, 1)[1]):
                assert list((PACKAGE / name).rglob(mentioned.rstrip("/"))), f"README: {name} names {mentioned}"


def test_no_module_is_over_500_lines_and_the_top_level_is_short():
    long = {str(p.relative_to(REPO)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}
    assert len(list(PACKAGE.glob("*.py"))) <= 8


def test_the_code_passes_ruff():
    """The style the project holds to (pyproject.toml's [tool.ruff]): imports sorted, lines within 120, no unused
    names, modern Python."""
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "simulation", "tests", "benchmarks"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout
