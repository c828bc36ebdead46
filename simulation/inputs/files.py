"""Users' files: reading a YAML file (a scenario, a sweep, a curriculum, a service package, rule cases), or one
InputError that says what is wrong with it and where; and writing a file so that it is whole or not there at all."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from simulation.inputs.errors import InputError

TEMPORARY = ".tmp"  # the ending of a file being written


def read_yaml(path: str | Path, kind: str, example: str, where: str = "command line"):
    """The file's content. `kind` and `example` describe the file expected ("scenario file",
    "scenarios/dachuan-2019.yaml")."""
    path = Path(path)
    if not path.is_file():
        raise InputError(where, kind, str(path), f"an existing .yaml file, e.g. {example}")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        raise InputError(str(path), "YAML", at, f"well-formed YAML ({getattr(err, 'problem', err)})") from None


def read_mapping(path: str | Path, kind: str, example: str, fields: str, where: str = "command line") -> dict:
    """The file's top-level mapping; `fields` names some fields a mapping of this kind has."""
    data = read_yaml(path, kind, example, where)
    if not isinstance(data, dict):
        raise InputError(str(path), "file", type(data).__name__, f"a mapping of fields such as {fields}")
    return data


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """A temporary path next to `path`, renamed to it once the file is complete: a reader, or a sweep resuming
    after Ctrl-C, never finds half a file."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{TEMPORARY}")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
