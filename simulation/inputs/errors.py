"""Errors a user can cause. Their messages name the field, the value and what is allowed.

The CLI and the notebook widgets catch `UserError` and show its message; anything else is a bug and keeps
its traceback.
"""
import reprlib

EXCERPT = 120  # characters of a bad value a message quotes (a long path fits): a value can be megabytes long

# repr with every container and string cut short, so that quoting a huge value costs no more than a short one
_SHORT = reprlib.Repr(maxlevel=4, maxdict=8, maxlist=12, maxtuple=12, maxset=8, maxstring=EXCERPT,
                      maxlong=EXCERPT, maxother=EXCERPT)


class UserError(ValueError):
    """Bad input from a person: a scenario file, a dataset, a command-line argument, a widget entry."""


class InputError(UserError):
    def __init__(self, where: str, field: str, value, allowed: str):
        self.where, self.field, self.value, self.allowed = where, field, value, allowed
        self.excerpt = excerpt(value)
        super().__init__(f"{where}: {field} = {self.excerpt} is not allowed ({allowed})")


def excerpt(value) -> str:
    """The value as Python writes it, or its first EXCERPT characters and an ellipsis."""
    try:
        shown = repr(value) if isinstance(value, (str, float, bool, type(None))) else _SHORT.repr(value)
    except ValueError:  # an integer of more digits than Python converts to text
        shown = f"a number of {value.bit_length():,} bits"
    return shown if len(shown) <= EXCERPT else shown[:EXCERPT - 1] + "…"
