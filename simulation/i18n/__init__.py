"""One message catalogue for everything people read: case files, the calculator, the CLI and the notebooks.

Messages are written in English in the code, wrapped in `t(...)`, or in `marked(...)` where the text is kept
in a table and translated later; the Simplified Chinese catalogue is `locale/zh_Hans/LC_MESSAGES/messages.po`,
read with Babel. `make messages` extracts every message and adds the new ones to the catalogue.
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from simulation.inputs.errors import InputError

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = {"en": None, "zh": "zh_Hans"}


def language() -> str:
    """The language chosen for this session: `make lab lang=zh` and `carelab --lang` set CARELAB_LANG."""
    return os.environ.get("CARELAB_LANG", "en")


@cache
def catalogue(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise InputError("language", "--lang", lang, "one of: " + ", ".join(LANGUAGES))
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
