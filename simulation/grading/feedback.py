"""Each participant's feedback page: every item of their notebook, what they answered, what it scored and a hint,
in the language of the notebook they handed in. The checks' code, visible or hidden, is never shown: the hint is
the message the instructor wrote for a failed check.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import markdown
import nbformat
from markupsafe import Markup
from nbgrader.api import Gradebook

from simulation.grading import items
from simulation.grading.autograde import NOT_GRADED, read_record
from simulation.grading.course import course_folder, gradebook_url, submissions
from simulation.i18n import marked, t
from simulation.inputs.files import written_atomically
from simulation.reports.pages import render


@dataclass(frozen=True)
class Feedback:
    participant: str
    assignment: str
    files: tuple[Path, ...]


def feedback(assignment: str, course: str | Path | None = None) -> list[Feedback]:
    """Write feedback/<participant>/<id>/<notebook>.html for every graded submission; returns what was written."""
    course = course_folder(course)
    written = []
    with Gradebook(gradebook_url(course)) as gradebook:
        for assignment_id, participant in submissions(course, "autograded", assignment):
            record = read_record(course, participant, assignment_id)
            if record["status"].startswith(NOT_GRADED) or "notebook" not in record:
                continue
            source = nbformat.read(course / "source" / assignment_id / f"{record['notebook']}.ipynb", as_version=4)
            graded = nbformat.read(course / "autograded" / participant / assignment_id / f"{record['notebook']}.ipynb",
                                   as_version=4)
            page = page_for(participant, assignment_id, record, source, graded,
                            _manual_grades(gradebook, assignment_id, participant, record["notebook"], source))
            path = course / "feedback" / participant / assignment_id / f"{record['notebook']}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            with written_atomically(path) as temporary:
                temporary.write_text(page, encoding="utf-8")
            written.append(Feedback(participant, assignment_id, (path,)))
    return written


def page_for(participant: str, assignment_id: str, record: dict, source, graded, manual: dict) -> str:
    lang = record["language"]
    results = {item["grade_id"]: item for item in record["items"]}
    theirs = {items.nbgrader(c).get("grade_id"): c.source for c in graded.cells}
    sections, question, shown_question = [], "", None
    for cell in source.cells:
        meta = items.nbgrader(cell)
        grade_id = meta.get("grade_id")
        if cell.cell_type == "markdown" and not meta:
            question = cell.source
        elif grade_id in results:
            if sections:
                sections[-1]["checks"].append(results[grade_id])
        elif meta.get("solution") and cell.cell_type == "code":
            answer = items.read(nbformat.v4.new_notebook(cells=[cell])).answers[0]
            given = {name: _shown(record["answers"].get(name), lang) for name in answer.values + answer.functions}
            sections.append({"question": _html(question) if question != shown_question else None,
                             "answers": given, "checks": [], "written": None, "manual": None})
            shown_question = question
        elif meta.get("grade") or meta.get("task"):
            score, comment = manual.get(grade_id, (None, None))
            sections.append({"question": _html(question) if meta.get("grade") else _html(cell.source),
                             "answers": {}, "checks": [],
                             "written": theirs.get(grade_id, "") if meta.get("grade") else None,
                             "manual": {"points": meta.get("points", 0), "score": score, "comment": comment}})
            shown_question = question
    title = next((line.lstrip("# ").strip() for c in source.cells if c.cell_type == "markdown"
                  for line in c.source.splitlines() if line.startswith("# ")), assignment_id)
    return render("feedback.html", lang, title=title, participant=participant, assignment=assignment_id,
                  status=t(record["status"], lang, **record.get("values", {})), sections=sections, words=_words(lang),
                  auto=sum(r["score"] for r in results.values()), auto_max=sum(r["points"] for r in results.values()))


def _manual_grades(gradebook, assignment_id, participant, notebook, source) -> dict:
    grades = {}
    for cell in source.cells:
        meta = items.nbgrader(cell)
        if cell.cell_type == "markdown" and (meta.get("grade") or meta.get("task")):
            grade = gradebook.find_grade(meta["grade_id"], notebook, assignment_id, participant)
            comment = gradebook.find_comment(meta["grade_id"], notebook, assignment_id, participant)
            grades[meta["grade_id"]] = (grade.manual_score if grade.manual_score is not None else
                                        grade.auto_score, comment.manual_comment)
    return grades


def _shown(outcome, lang: str) -> str:
    if not isinstance(outcome, dict):
        return t(marked("no answer recorded"), lang)
    if "value" in outcome:
        return json.dumps(outcome["value"], ensure_ascii=False)
    if "calls" in outcome:
        return t(marked("a function, tried on the checks' cases"), lang)
    return t(marked("not an answer"), lang) + f" ({outcome.get('error', '')})"


def _html(text: str) -> Markup:
    """The instructor's question, as the notebook shows it."""
    return Markup(markdown.markdown(text, extensions=["tables", "sane_lists"]))


def _words(lang: str) -> dict[str, str]:
    return {key: t(text, lang) for key, text in WORDS.items()}


WORDS = {
    "participant": marked("Participant"), "status": marked("Status"), "auto": marked("Marked automatically"),
    "your_answer": marked("Your answer"), "points": marked("points"), "passed": marked("correct"),
    "hint": marked("Hint"), "pending": marked("to be marked by your trainer"), "comment": marked("Trainer's comment"),
    "written": marked("What you wrote"),
    "manual_note": marked("Written answers and what you did in the room are marked by your trainer.")}
