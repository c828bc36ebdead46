"""How long `carelab grade autograde` takes for a class, against the target of the issue: a class of 30, mixed
languages and tracks, in under 120 s on a 2-core machine.

    python benchmarks/grading.py           # 30 participants of module 1
    python benchmarks/grading.py --quick   # 6 participants: checks that it all works

The class is module 1's: per participant one notebook, in English or Chinese, of the practitioner or the analyst
track, half of them answered as the instructor would and half with their first answer wrong. Each submission
runs in its own sandbox (bubblewrap), two at a time on two cores. Releasing and collecting are not timed: a
trainer does them before the session. A benchmark reports; it is not a test.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulation.grading import autograde, course, items, sandbox  # noqa: E402
from simulation.inputs import locations  # noqa: E402

TARGET_SECONDS = 120


def handed_in_class(folder: Path, size: int, target: Path) -> None:
    forms = [f for f in course.assignment_ids("module1", folder)]
    target.mkdir()
    for number in range(size):
        assignment_id = forms[number % len(forms)]
        release = nbformat.read(next((folder / "release" / assignment_id).glob("*.ipynb")), as_version=4)
        source = nbformat.read(next((folder / "source" / assignment_id).glob("*.ipynb")), as_version=4)
        answers = {items.nbgrader(c)["grade_id"]: items.without_delimiters(c.source) for c in source.cells
                   if items.nbgrader(c).get("solution")}
        first = items.read(source).answers[0]
        if number % 2:  # every other participant gets the first answer wrong
            answers[first.grade_id] = "\n".join(f"{name} = 0" for name in first.values) or answers[first.grade_id]
        for cell in release.cells:
            if items.nbgrader(cell).get("solution"):
                cell.source = answers[items.nbgrader(cell)["grade_id"]]
        nbformat.write(release, target / f"participant{number:02d}.ipynb")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    size = 6 if parser.parse_args().quick else 30
    sandbox.check_isolation()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "course"
        folder.mkdir()
        shutil.copy(locations.course() / "nbgrader_config.py", folder)
        shutil.copytree(locations.course() / "assignments" / "module1", folder / "assignments" / "module1")
        course.release("module1", folder)
        handed_in_class(folder, size, Path(scratch) / "handed-in")
        course.collect("module1", Path(scratch) / "handed-in", folder)
        started = time.perf_counter()
        results = autograde.autograde("module1", folder)
        seconds = time.perf_counter() - started
    graded = sum(r.status == "graded" for r in results)
    print(f"cores: {os.cpu_count()}, load: {os.getloadavg()[0]:.2f}")
    print(f"autograde of {size} submissions (module 1, en/zh, practitioner/analyst): {seconds:.1f} s, "
          f"{graded} graded; per submission {seconds / size:.1f} s wall with {os.cpu_count()} at once")
    if size == 30:
        print(f"target: under {TARGET_SECONDS} s -> {'met' if seconds < TARGET_SECONDS else 'MISSED'}")
    return 0 if graded == size else 1


if __name__ == "__main__":
    sys.exit(main())
