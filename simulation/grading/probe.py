"""Inside the participant's kernel, during grading: record answers as plain data.

Grading puts a probe cell after each answer cell of the notebook it runs in the sandbox:

    from simulation.grading.probe import record
    record(globals(), ["top_up"], {"dibao_top_up": ["100, 4, 330"]})

It prints one line, MARK followed by JSON: each value answer converted to plain data, and each function answer
called with the argument lists the checks use. Only plain data leaves the kernel; an object that is not a number,
a text, True/False/None, or a list or dict of them is recorded as not an answer, so an object that claims to equal
everything compares as nothing. The checks themselves never run here.
"""
from __future__ import annotations

import json
import math

MARK = "carelab-answers:"
DEPTH = 20


class NotPlain(ValueError):
    """A value that is not plain data; the message says what it was."""


def plain(value, depth: int = 0):
    """The value as JSON data: numpy numbers as Python numbers, arrays and tuples as lists, a pandas Series or
    DataFrame as a dict with text keys. Exact built-in types only: a subclass may redefine comparison."""
    if depth > DEPTH:
        raise NotPlain("nested too deeply")
    kind = type(value)
    if value is None or kind in (bool, str, int):
        return value
    if kind is float:
        if not math.isfinite(value):
            raise NotPlain(f"{value} is not a finite number")
        return value
    if kind in (list, tuple):
        return [plain(item, depth + 1) for item in value]
    if kind is dict:
        return {_key(key): plain(item, depth + 1) for key, item in value.items()}
    module = kind.__module__.split(".")[0]
    if module == "numpy" and hasattr(value, "tolist"):  # a numpy number or array
        return plain(value.tolist(), depth + 1)
    if module == "pandas" and kind.__name__ in ("Series", "DataFrame"):
        return plain(value.to_dict(), depth + 1)
    raise NotPlain(f"a {kind.__name__}, not a number, text, list or table")


def _key(key) -> str:
    if type(key) is str:
        return key
    if type(key) in (int, float, bool) or type(key).__module__.split(".")[0] == "numpy":
        return str(plain(key))
    raise NotPlain(f"a table row named by a {type(key).__name__}")


def call_key(args: list, kwargs: dict) -> str:
    """One call's arguments as a text, the same in the kernel and in grading."""
    return json.dumps([plain(list(args)), plain(dict(kwargs))], sort_keys=True)


def record(namespace: dict, values: list[str], calls: dict[str, list[str]]) -> None:
    answers: dict[str, dict] = {}
    for name in values:
        answers[name] = _measured(lambda: plain(namespace[name]) if name in namespace else _missing(name))
    for name, argument_lists in calls.items():
        results = {}
        for arguments in argument_lists:
            args, kwargs = eval(f"(lambda *a, **k: (a, k))({arguments})", {"__builtins__": {}})
            results[call_key(args, kwargs)] = _measured(
                lambda: plain(namespace[name](*args, **kwargs)) if callable(namespace.get(name)) else _missing(name))
        answers[name] = {"calls": results}
    print(MARK + json.dumps(answers))


def _measured(compute) -> dict:
    try:
        return {"value": compute()}
    except NotPlain as err:
        return {"error": f"not an answer: {err}"}
    except BaseException as err:  # the participant's code may raise anything, SystemExit included
        return {"error": f"{type(err).__name__}: {err}"[:500]}


def _missing(name: str):
    raise NotPlain(f"{name} is not set")
