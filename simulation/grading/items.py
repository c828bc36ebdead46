"""What an assessment notebook asks and how each item is graded, read from its instructor (source) version.

- An **answer cell** (nbgrader `solution`, code) sets the answers: in the practitioner track only lines
  `name = <value>` (a number, a text, True/False, a list, a dict with text keys), each answer set to None first
  so that the released notebook shows `name = None`; in the analyst track also functions (`def name(...)`).
- A **check cell** (nbgrader `grade`, code, locked) holds the instructor's asserts, visible and hidden. It may
  name only answers, names it sets itself, plain built-ins and `simulation.grading.checks`: grading runs it on
  the answers as JSON values, outside the participant's notebook. A function answer is called only with literal
  arguments, which grading calls it with inside the participant's sandbox and records.
- A **written answer** (nbgrader `grade` + `solution`, markdown) and a **trainer's task** (nbgrader `task`,
  markdown: a discussion or role play judged in the room) are graded by hand against the rubric in their cell.

`problems(nb, track)` lists every way a notebook breaks these rules; the course's build refuses such a notebook.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

import nbformat

from simulation.grading import checks

TRACKS = ("practitioner", "analyst")
SOLUTION_DELIMITERS = ("### BEGIN SOLUTION", "### END SOLUTION")
HIDDEN_DELIMITERS = ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS")
# The built-ins a check may use: plain functions on values, nothing that reaches files, modules or the process.
PLAIN_BUILTINS = frozenset({
    "abs", "all", "any", "bool", "dict", "enumerate", "float", "int", "isinstance", "len", "list", "max", "min",
    "range", "round", "set", "sorted", "str", "sum", "tuple", "zip", "True", "False", "None", "AssertionError"})


@dataclass(frozen=True)
class Answer:
    grade_id: str
    values: tuple[str, ...]  # names set to a value
    functions: tuple[str, ...] = ()  # names defined as functions (analyst track)


@dataclass(frozen=True)
class Check:
    grade_id: str
    points: float
    code: str  # visible and hidden asserts, as in the source version
    calls: dict[str, tuple[str, ...]] = field(default_factory=dict)  # function answer -> repr of each call's args

    @property
    def visible(self) -> str:
        """The code without its hidden region: what the participant and the feedback see."""
        return strip_region(self.code, HIDDEN_DELIMITERS)


@dataclass(frozen=True)
class Manual:
    """A written answer or a trainer's task, graded by hand against the rubric in its cell."""
    grade_id: str
    points: float
    kind: str  # "written" or "task"
    text: str  # the source cell: the question with the model answer and rubric of the instructor version


@dataclass(frozen=True)
class Assessment:
    answers: tuple[Answer, ...]
    checks: tuple[Check, ...]
    manual: tuple[Manual, ...]

    @property
    def value_names(self) -> tuple[str, ...]:
        return tuple(name for answer in self.answers for name in answer.values)

    @property
    def function_names(self) -> tuple[str, ...]:
        return tuple(name for answer in self.answers for name in answer.functions)


def nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def strip_region(code: str, delimiters: tuple[str, str]) -> str:
    """The code without the lines from one delimiter to the other, both included."""
    kept, inside = [], False
    for line in code.splitlines():
        if delimiters[0] in line:
            inside = True
        elif delimiters[1] in line:
            inside = False
        elif not inside:
            kept.append(line)
    return "\n".join(kept)


def without_delimiters(code: str) -> str:
    """The instructor's code as it runs: the delimiter lines dropped, solutions and hidden tests kept."""
    marks = SOLUTION_DELIMITERS + HIDDEN_DELIMITERS
    return "\n".join(line for line in code.splitlines() if not any(mark in line for mark in marks))


def read(nb: nbformat.NotebookNode) -> Assessment:
    """The items of an instructor notebook; the notebook is assumed to pass `problems`."""
    answers, checks_, manual = [], [], []
    for cell in nb.cells:
        meta = nbgrader(cell)
        if cell.cell_type == "code" and meta.get("solution"):
            tree = ast.parse(without_delimiters(cell.source))
            values = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                      if isinstance(t, ast.Name)]
            functions = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
            answers.append(Answer(meta["grade_id"], tuple(dict.fromkeys(values)), tuple(functions)))
        elif cell.cell_type == "code" and meta.get("grade"):
            checks_.append(Check(meta["grade_id"], float(meta.get("points", 0)), cell.source))
        elif cell.cell_type == "markdown" and (meta.get("grade") or meta.get("task")):
            manual.append(Manual(meta["grade_id"], float(meta.get("points", 0)),
                                 "task" if meta.get("task") else "written", cell.source))
    functions = {name for answer in answers for name in answer.functions}
    checks_ = [Check(c.grade_id, c.points, c.code, _calls(c.code, functions)) for c in checks_]
    return Assessment(tuple(answers), tuple(checks_), tuple(manual))


def problems(nb: nbformat.NotebookNode, track: str) -> list[str]:
    """Every broken rule of the module docstring, one line each naming the cell; empty when the notebook is fine."""
    found = []
    answer_names: set[str] = set()
    for cell in nb.cells:
        meta = nbgrader(cell)
        if cell.cell_type == "code" and meta.get("solution"):
            found += [f"answer cell {meta.get('grade_id')}: {p}" for p in _answer_problems(cell.source, track)]
            answer = read(nbformat.v4.new_notebook(cells=[cell])).answers[0]
            answer_names |= set(answer.values) | set(answer.functions)
    assessment = read(nb)
    allowed = answer_names | set(checks.__all__) | PLAIN_BUILTINS
    for check in assessment.checks:
        where = f"check cell {check.grade_id}"
        try:
            tree = ast.parse(without_delimiters(check.code))
        except SyntaxError as err:
            found.append(f"{where}: not valid Python ({err.msg}, line {err.lineno})")
            continue
        own = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        own |= {a.arg for n in ast.walk(tree) if isinstance(n, ast.Lambda) for a in n.args.args}
        strangers = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
                           - allowed - own)
        if strangers:
            found.append(f"{where}: names {', '.join(strangers)}, which grading does not have (only answers, "
                         "plain built-ins and simulation.grading.checks)")
        if any(isinstance(n, (ast.Import, ast.ImportFrom, ast.Attribute)) and not _plain_attribute(n)
               for n in ast.walk(tree)):
            found.append(f"{where}: imports or reaches into an object; a check works on plain values only")
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in assessment.function_names and not _literal_call(call)):
                found.append(f"{where}: calls {call.func.id} with arguments that are not written out as values")
    return found


def _answer_problems(source: str, track: str) -> list[str]:
    try:
        tree = ast.parse(without_delimiters(source))
    except SyntaxError as err:
        return [f"not valid Python ({err.msg}, line {err.lineno})"]
    if track == "analyst":
        return []
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                ast.literal_eval(node.value)
            except ValueError:
                found.append(f"{node.targets[0].id} is set to code, not to a value")
        else:
            found.append(f"line {node.lineno} is not `name = value` (practitioners answer with values, not code)")
    released = ast.parse(strip_region(source, SOLUTION_DELIMITERS))
    shown = {t.id for node in released.body if isinstance(node, ast.Assign) for t in node.targets
             if isinstance(t, ast.Name) and isinstance(node.value, ast.Constant) and node.value.value is None}
    answered = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                if isinstance(t, ast.Name)}
    found += [f"{name} is not set to None before the solution, so the released cell does not show it"
              for name in sorted(answered - shown)]
    return found


def _plain_attribute(node) -> bool:
    """Methods of plain values a check may use: a text's strip/upper/lower, a dict's keys/values/items/get."""
    return isinstance(node, ast.Attribute) and node.attr in {
        "strip", "upper", "lower", "keys", "values", "items", "get", "count", "index", "startswith"}


def _literal_call(call: ast.Call) -> bool:
    try:
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            ast.literal_eval(arg)
    except ValueError:
        return False
    return all(k.arg for k in call.keywords) and not any(isinstance(a, ast.Starred) for a in call.args)


def _calls(code: str, functions: set[str]) -> dict[str, tuple[str, ...]]:
    """For each function answer, the source text of the argument list of every call the check makes."""
    calls: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(without_delimiters(code))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in functions:
            arguments = [ast.unparse(a) for a in node.args] + [f"{k.arg}={ast.unparse(k.value)}"
                                                               for k in node.keywords]
            calls.setdefault(node.func.id, []).append(", ".join(arguments))
    return {name: tuple(dict.fromkeys(args)) for name, args in calls.items()}
