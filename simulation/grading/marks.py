"""The trainer's marks from the room: a written answer or a role play scored against its rubric, recorded in
nbgrader's gradebook as a manual grade, exactly where nbgrader's own manual grading would put it."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from simulation.grading import items
from simulation.grading.course import course_folder, gradebook_url
from simulation.inputs.errors import InputError

WHERE = "carelab grade mark"


def hand_marked(source: Path) -> dict[str, float]:
    """The items of a notebook marked by hand (written answers and trainer's tasks) and their points."""
    nb = nbformat.read(source, as_version=4)
    return {m.grade_id: m.points for m in items.read(nb).manual}


def mark(assignment_id: str, participant: str, item: str, score: str | float, comment: str | None = None,
         course: str | Path | None = None) -> None:
    course = course_folder(course)
    notebooks = sorted((course / "source" / assignment_id).glob("*.ipynb"))
    if not notebooks:
        known = sorted(p.name for p in (course / "source").glob("*") if p.is_dir())
        raise InputError(WHERE, "ASSIGNMENT_ID", assignment_id, "a released assignment: {names}",
                         names=", ".join(known))
    marked_by_hand = {grade_id: (path.stem, points) for path in notebooks
                      for grade_id, points in hand_marked(path).items()}
    if item not in marked_by_hand:
        raise InputError(WHERE, "ITEM", item, "an item marked by hand: {names}",
                         names=", ".join(sorted(marked_by_hand)))
    notebook, points = marked_by_hand[item]
    try:
        value = float(score)
    except ValueError:
        value = -1.0
    if not 0 <= value <= points:
        raise InputError(WHERE, "SCORE", score, "a number from 0 to {points:g}, the item's points", points=points)
    with Gradebook(gradebook_url(course)) as gradebook:
        try:
            grade = gradebook.find_grade(item, notebook, assignment_id, participant)
            remark = gradebook.find_comment(item, notebook, assignment_id, participant)
        except MissingEntry:
            raise InputError(WHERE, "PARTICIPANT", participant,
                             "a participant whose {assignment} was autograded", assignment=assignment_id) from None
        grade.manual_score = value
        grade.needs_manual_grade = False
        if comment is not None:
            remark.manual_comment = comment
        gradebook.db.commit()
