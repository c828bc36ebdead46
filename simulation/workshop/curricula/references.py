"""Whether the materials a curriculum names are in the repository: its notebook sources, assignments and scenario
files, and the grade ids of the graded items its objectives cite. These are written in parallel with the curricula,
so loading a curriculum does not ask; the tests do.
"""
from __future__ import annotations

from pathlib import Path

import jupytext

from simulation.workshop.curricula.model import ASSIGNMENTS, Workshop


def missing_references(workshop: Workshop, repo: str | Path) -> list[str]:
    """The notebook sources, assignments and scenario files the workshop names that `repo` does not hold, as paths
    in the repository, each once."""
    repo = Path(repo)
    named = []
    for module in workshop.modules:
        for session in module.sessions:
            named += [session.notebook] if session.notebook else []
            named += [f"{ASSIGNMENTS}/{session.assessment}"] if session.assessment else []
            named += [word for word in (session.command or "").split() if word.endswith(".yaml")]
    return [path for path in dict.fromkeys(named) if not _present(repo / path)]


def _present(path: Path) -> bool:
    # An assignment is a folder of jupytext sources; an empty folder holds no assessment yet.
    return any(path.glob("*.py")) if path.is_dir() else path.is_file()


def unknown_grade_ids(workshop: Workshop, repo: str | Path) -> list[str]:
    """References whose assignment source is in `repo` but has no graded item with that grade id."""
    unknown = []
    for module in workshop.modules:
        for objective in module.objectives:
            for assignment, grade_id in objective.graded:
                folder = Path(repo) / ASSIGNMENTS / assignment
                if _present(folder) and grade_id not in graded_cells(folder):
                    unknown.append(f"{assignment}:{grade_id}")
    return list(dict.fromkeys(unknown))


def graded_cells(folder: str | Path) -> set[str]:
    """The grade ids of the graded items in an assignment's sources: the cells that score points (nbgrader
    `grade: true`: check cells and written answers) and the trainer's tasks (`task: true`), scored by hand."""
    return {cell.metadata["nbgrader"]["grade_id"]
            for source in sorted(Path(folder).glob("*.py"))
            for cell in jupytext.read(source, fmt="py:percent").cells
            if cell.metadata.get("nbgrader", {}).get("grade") or cell.metadata.get("nbgrader", {}).get("task")}

