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
from simulation.grading.probe import call_key
from simulation.i18n import marked, t

MISSING = marked("No answer was recorded for {name}: set it to a value in its answer cell and run that cell")
RAISED = marked("Your function {name} stopped with an error on one of the checks' cases ({error})")
UNCALLED = marked("Your function {name} was not tried on this case")
WRONG_KIND = marked("This answer is not of the kind asked for (a number, a letter, a list or a table): {error}")
SAFE_BUILTINS = {name: getattr(builtins, name) for name in PLAIN_BUILTINS if hasattr(builtins, name)}


@dataclass(frozen=True)
class Result:
    grade_id: str
    points: float
    score: float
    hint: str = ""  # why it failed, in the notebook's language; empty when it passed


class RecordedError(Exception):
    """A function answer raised this when grading called it in the sandbox, or was not called with these values."""

    def __init__(self, message: str, **values):
        super().__init__(message)
        self.message, self.values = message, values


class Replay:
    """A function answer, replayed from the calls recorded in the sandbox."""

    def __init__(self, name: str, calls: dict[str, dict]):
        self.name, self.calls = name, calls

    def __call__(self, *args, **kwargs):
        outcome = self.calls.get(call_key(list(args), kwargs))
        if outcome is None:
            raise RecordedError(UNCALLED, name=self.name)
        if "error" in outcome:
            raise RecordedError(RAISED, name=self.name, error=outcome["error"])
        return outcome["value"]


def grade(assessment: Assessment, recorded: dict[str, dict], lang: str) -> list[Result]:
    """One result per check cell, its hint in `lang`. `recorded` is what the probes reported: name ->
    {"value": v} or {"error": text} or {"calls": {...}}; a name without a usable value is left out, so the checks
    that use it fail saying so."""
    namespace = {}
    for name, outcome in recorded.items():
        if "calls" in outcome and isinstance(outcome["calls"], dict):
            namespace[name] = Replay(name, outcome["calls"])
        elif "value" in outcome:
            namespace[name] = outcome["value"]
    return [_run(check, namespace, lang) for check in assessment.checks]


def _run(check: Check, answers: dict, lang: str) -> Result:
    scope = {"__builtins__": SAFE_BUILTINS, **{name: getattr(checks, name) for name in checks.__all__}, **answers}
    try:
        exec(compile(without_delimiters(check.code), check.grade_id, "exec"), scope)
    except AssertionError as failed:
        hint = str(failed)
    except NameError as err:
        hint = t(MISSING, lang, name=getattr(err, "name", ""))
    except RecordedError as err:
        hint = t(err.message, lang, **err.values)
    except Exception as err:  # a value of the wrong kind (a text where a number belongs) fails the check
        hint = t(WRONG_KIND, lang, error=f"{type(err).__name__}: {err}")
    else:
        return Result(check.grade_id, check.points, check.points)
    return Result(check.grade_id, check.points, 0.0, hint)
    return Result(check.grade_id, check.points, check.points)
