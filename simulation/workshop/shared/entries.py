"""Reading what a practitioner types into a widget. A typing mistake raises InputError, which the widget shows as a
plain message (`display.problem_message`)."""
from __future__ import annotations

from simulation.i18n import language, t
from simulation.inputs.errors import InputError

# A Chinese notebook asks for a member's disability in Chinese (the placeholder reads "12:重度").
DISABILITY_WORDS = {"残疾": "disabled", "重度": "severe", "重度残疾": "severe"}


def parse_members(text: str) -> list[dict]:
    """'45, 43, 12' or '82:severe, 78' ('82：重度'): ages, each optionally with :disabled or :severe."""
    members = []
    for part in filter(None, (p.strip() for p in text.replace("，", ",").replace("：", ":").split(","))):
        age, _, disability = part.partition(":")
        if not age.strip().isdigit():
            raise InputError(t("members", language()), t("member", language()), part,
                             t("ages separated by commas, e.g. 45, 43, 12:severe", language()))
        disability = disability.strip()
        members.append({"age": int(age), "disability": DISABILITY_WORDS.get(disability, disability or "none")})
    return members


def parse_amount(label: str, text: str) -> float:
    try:
        value = float(text.replace(",", "").strip() or 0)
    except ValueError:
        raise InputError(label, label, text, t("a number of yuan, e.g. 930", language())) from None
    return value
