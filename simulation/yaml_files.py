"""Reading a user's YAML file (a scenario, a sweep, a curriculum, a service package) into a mapping, or one
InputError that says what is wrong with the file and where."""
from __future__ import annotations

from pathlib import Path

import yaml

from simulation.errors import InputError


def read_mapping(path: str | Path, kind: str, example: str, fields: str, where: str = "command line") -> dict:
    """The file's top-level mapping. `kind` and `example` describe the file expected ("scenario file",
    "scenarios/dachuan-2019.yaml"); `fields` names some fields a mapping of this kind has."""
    path = Path(path)
    if not path.is_file():
        raise InputError(where, kind, str(path), f"an existing .yaml file, e.g. {example}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        raise InputError(str(path), "YAML", at, f"well-formed YAML ({getattr(err, 'problem', err)})") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "file", type(data).__name__, f"a mapping of fields such as {fields}")
    return data
