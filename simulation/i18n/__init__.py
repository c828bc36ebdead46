"""One message catalogue for everything people read: case files, the calculator, the CLI and the notebooks.

Messages are written in English in the code, wrapped in `t(...)`, or in `marked(...)` where the text is kept
in a table and translated later; what an `InputError` allows, and a `Phrase`, are messages too, translated with
their values when shown (`err.message(lang)`). The Simplified Chinese catalogue is
`locale/zh_Hans/LC_MESSAGES/messages.po`, read with Babel. `make messages` extracts every message, and every
parameter file's descriptions, and adds the new ones to the catalogue.
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

from simulation.inputs.errors import InputError, Phrase

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = {"en": None, "zh": "zh_Hans"}


# The language this process was told to speak (`use_language`); None: CARELAB_LANG decides.
_declared: str | None = None


def language() -> str:
    """The language of this process: the one a notebook declared with `use_language`, else the session's
    (`make lab lang=zh` and `carelab --lang` set CARELAB_LANG), else English."""
    return _declared or os.environ.get("CARELAB_LANG", "en")


def use_language(lang: str) -> str:
    """Speak `lang` from now on, whatever CARELAB_LANG says, and return it. Every teaching notebook's first code
    cell calls it with the notebook's own language (`lang = use_language(L("en", "zh"))`): a kernel runs one
    notebook, so a Chinese notebook is Chinese under an English server and the server's language is only the
    default of a notebook that declares none."""
    global _declared
    catalogue(lang)  # refuses a language without a catalogue
    _declared = lang
    return lang


@cache
def catalogue(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise InputError(Phrase("language"), "--lang", lang, "one of: {names}", names=", ".join(LANGUAGES))
    if LANGUAGES[lang] is None:
        return {}
    with open(LOCALE_DIR / LANGUAGES[lang] / "LC_MESSAGES" / "messages.po", "rb") as po:
        return {m.id: m.string for m in read_po(po) if m.id and m.string}


def t(message: str, lang: str = "en", /, **values) -> str:
    """The message in `lang`, with `{placeholders}` filled in; English if no translation exists."""
    return catalogue(lang).get(message, message).format(**values)


def counted(n: int, one: str, many: str, lang: str = "en") -> str:
    """A number with its noun, in the singular or the plural as English needs ("1 child", "2 children"): `one` and
    `many` are messages with an `{n}` (marked, for the catalogue), so each language words the count its own way."""
    return t(one if n == 1 else many, lang, n=n)


def marked(message: str) -> str:
    """Marks a message for the catalogue without translating it yet (gettext's N_)."""
    return message


def parameter_descriptions(fileobj, keywords, comment_tags, options):
    """Babel's extraction method for parameter files (pyproject.toml's [tool.babel]): a parameter's description is
    how people read its name (`t(parameter.description, lang)`), so `make messages` keeps it in the catalogue."""
    for name, parameter in (yaml.safe_load(fileobj) or {}).get("parameters", {}).items():
        if parameter.get("description"):
            yield 0, None, parameter["description"], [name]
