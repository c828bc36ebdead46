"""Errors a user can cause. Their messages name the field, the value and what is allowed.

The CLI and the notebook widgets catch `UserError` and show its message; anything else is a bug and keeps
its traceback.
"""


class UserError(ValueError):
    """Bad input from a person: a scenario file, a dataset, a command-line argument, a widget entry."""


class InputError(UserError):
    def __init__(self, where: str, field: str, value, allowed: str):
        self.where, self.field, self.value, self.allowed = where, field, value, allowed
        super().__init__(f"{where}: {field} = {value!r} is not allowed ({allowed})")
