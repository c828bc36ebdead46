"""What a check cell may use besides the answers: small predicates on plain values.

A check cell of an assessment is instructor code. It runs twice, on plain data only: in the participant's
notebook, where its visible lines tell them at once whether an answer has the right form, and when the class is
graded, where all of it (the hidden lines too) runs in the grading process on the answers as JSON values. So a
check names only answers, literals, Python's plain built-ins and the functions below; the build refuses any other
name (`simulation.grading.items`).

Choices are capital letters, the same in both languages ("B"), so that a Chinese and an English participant
answer alike; a participant may type them in lower case or with spaces.
"""
from __future__ import annotations

from numbers import Real

__all__ = ["is_number", "close", "is_choice", "chosen", "is_id_list", "same_ids", "is_text", "is_table", "same_class"]


def is_number(value) -> bool:
    """A number the participant wrote: an int or a float, not True or False, not a text."""
    return isinstance(value, Real) and not isinstance(value, bool)


def close(value, expected: float, tolerance: float = 0.5) -> bool:
    """Within `tolerance` of the expected number (in the answer's unit: yuan, days, percentage points)."""
    return is_number(value) and abs(value - expected) <= tolerance


def chosen(value) -> str | None:
    """The letter a participant chose, as a capital ("b " -> "B"), or None when it is not one letter."""
    if not isinstance(value, str):
        return None
    letter = value.strip().upper()
    return letter if len(letter) == 1 and "A" <= letter <= "Z" else None


def is_choice(value, options: str) -> bool:
    """One of the letters offered, e.g. is_choice(answer, "ABCD")."""
    return chosen(value) is not None and chosen(value) in options


def is_id_list(value) -> bool:
    """A list of household (or person) ids: whole numbers, possibly empty."""
    return isinstance(value, (list, tuple)) and all(isinstance(i, int) and not isinstance(i, bool) for i in value)


def same_ids(value, expected) -> bool:
    """The same ids, in any order, each once."""
    return is_id_list(value) and len(set(value)) == len(value) and set(value) == set(expected)


def is_text(value, shortest: int = 1) -> bool:
    """A text of at least `shortest` characters, spaces aside."""
    return isinstance(value, str) and len(value.strip()) >= shortest


def is_table(value, rows) -> bool:
    """A filled table: a dict with exactly these rows. Its keys are texts ("1203", "rent"): grading reads answers
    as JSON, whose keys are always texts, so a table keyed by numbers would check differently there."""
    return isinstance(value, dict) and all(isinstance(k, str) for k in value) and set(value) == set(rows)


def same_class(kind: str, value, code: str) -> bool:
    """The answer names the class `code` of seed 003's classifications (kind: age_health, depth, likelihood,
    poverty or need), however it is written: capitals, spaces or hyphens, or the class's label in either language."""
    from simulation.services.needs import code_of
    return isinstance(value, str) and code_of(kind, value) == code
