"""Grading the answers: each check cell's code, visible and hidden, run on the recorded answers as plain data.

This runs in the grading process, where no participant code has ever run: the answers arrive as JSON, and a
function answer is a `Replay` of the results recorded in the sandbox. A check passes when its code runs through;
the message of the assert that stops it is the hint the feedback shows.
"""
from __future__ import annotations

import builtins
from dataclasses import dataclass

from simulation.grading import checks
from simulation.grading.items import PLAIN_BUILTINS, Assessment, Check, without_delimiters
from simulation.grading.probe import NotPlain, call_key

SAFE_BUILTINS = {name: getattr(builtins, name) for name in PLAIN_BUILTINS if hasattr(builtins, name)}


@dataclass(frozen=True)
class Result:
    grade_id: str
    points: float
    score: float
    hint: str = ""  # why it failed, in the notebook's language; empty when it passed


class RecordedError(Exception):
    """A function answer raised this when grading called it in the sandbox."""


class Replay:
    """A function answer, replayed from the calls recorded in the sandbox."""

    def __init__(self, name: str, calls: dict[str, dict]):
        self.name, self.calls = name, calls

    def __call__(self, *args, **kwargs):
        outcome = self.calls.get(call_key(list(args), kwargs))
        if outcome is None:
            raise RecordedError(f"{self.name} was not called with these values")
        if "error" in outcome:
            raise RecordedError(f"{self.name}: {outcome['error']}")
        return outcome["value"]


def grade(assessment: Assessment, recorded: dict[str, dict], missing_hint: str) -> list[Result]:
    """One result per check cell. `recorded` is what the probes reported: name -> {"value": v} or
    {"error": text} or {"calls": {...}}; a name without a usable value is absent, so its checks fail with
    `missing_hint` followed by what went wrong."""
    namespace, problems = {}, {}
    for name, outcome in recorded.items():
        if "calls" in outcome and isinstance(outcome["calls"], dict):
            namespace[name] = Replay(name, outcome["calls"])
        elif "value" in outcome:
            namespace[name] = outcome["value"]
        else:
            problems[name] = str(outcome.get("error", ""))
    return [_run(check, namespace, problems, missing_hint) for check in assessment.checks]


def _run(check: Check, answers: dict, problems: dict[str, str], missing_hint: str) -> Result:
    scope = {"__builtins__": SAFE_BUILTINS, **{name: getattr(checks, name) for name in checks.__all__}, **answers}
    try:
        exec(compile(without_delimiters(check.code), check.grade_id, "exec"), scope)
    except AssertionError as failed:
        return Result(check.grade_id, check.points, 0.0, str(failed) or missing_hint)
    except NameError as err:
        name = getattr(err, "name", "")
        return Result(check.grade_id, check.points, 0.0, f"{missing_hint} ({name}: {problems.get(name, '')})")
    except (RecordedError, NotPlain) as err:
        return Result(check.grade_id, check.points, 0.0, str(err))
    except Exception as err:  # a value of the wrong kind (a text where a number belongs) fails the check
        return Result(check.grade_id, check.points, 0.0, f"{missing_hint} ({type(err).__name__}: {err})")
    return Result(check.grade_id, check.points, check.points)
