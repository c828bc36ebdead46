"""Errors a user can cause. Their messages name the field, the value and what is allowed, in the person's language.

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

    def message(self, lang: str) -> str:
        """The message in `lang`: a UserError's text is written in the language of whoever raised it (an InputError
        says itself in any language)."""
        return str(self)


class Phrase(str):
    """Words of a message in English (the str itself), and in any language of the catalogue (`in_language`).

    `template` is a message as `t()` takes it, its `{placeholders}` filled from `values`: "a whole number from
    {least:,} to {most:,}" with least=1, most=5_000_000. A value may be a Phrase itself ("required: {allowed}"), said
    in the same language. A template without values is taken as it is written: it may hold braces (a pydantic or
    YAML problem, say)."""
    template: str
    values: dict

    def __new__(cls, template: str, **values):
        if isinstance(template, Phrase) and not values:
            return template
        phrase = super().__new__(cls, template.format(**values) if values else template)
        phrase.template, phrase.values = str(template), values
        return phrase

    def in_language(self, lang: str) -> str:
        """The words in `lang`, in English where the catalogue has no translation."""
        from simulation.i18n import catalogue  # imported here: simulation.i18n raises InputError itself

        text = catalogue(lang).get(self.template, self.template)
        if not self.values:
            return text
        return text.format(**{name: value.in_language(lang) if isinstance(value, Phrase) else value
                              for name, value in self.values.items()})


# Where a value lies that no file holds, as messages say it (a value of `where`).
COMMAND_LINE = Phrase("command line")
SCENARIO = Phrase("scenario")


class InputError(UserError):
    """A value that is not allowed: where (a file, a command, or a Phrase such as Phrase("command line")), the
    field, the value, and what is allowed, a Phrase of `allowed` and `values`. str(err) is the message in English,
    `message(lang)` the message in another language."""

    def __init__(self, where: str, field: str, value, allowed: str, /, **values):
        self.where, self.field, self.value = where, field, value
        self.allowed = Phrase(allowed, **values)
        self.excerpt = excerpt(value)
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        from simulation.i18n import t  # imported here, as in Phrase.in_language

        where = self.where.in_language(lang) if isinstance(self.where, Phrase) else self.where
        return t("{where}: {field} = {value} is not allowed ({allowed})", lang, where=where, field=self.field,
                 value=self.excerpt, allowed=self.allowed.in_language(lang))


def excerpt(value) -> str:
    """The value as Python writes it, or its first EXCERPT characters and an ellipsis."""
    try:
        shown = repr(value) if isinstance(value, (str, float, bool, type(None))) else _SHORT.repr(value)
    except ValueError:  # an integer of more digits than Python converts to text
        shown = f"a number of {value.bit_length():,} bits"
    return shown if len(shown) <= EXCERPT else shown[:EXCERPT - 1] + "…"
