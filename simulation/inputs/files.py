"""Users' files and the shipped data files: reading a YAML file (a scenario, a sweep, a curriculum, a service package,
rule cases, a parameter file), or one InputError that says what is wrong with it and where; and writing a file so
that it is whole or not there at all.

Every YAML file is read by `load_yaml`, which refuses what a careless or unlucky hand can produce and PyYAML would
accept or choke on: a key given twice in one mapping (PyYAML keeps the last one silently), a file that is not UTF-8
text (Latin-1, UTF-16, binary), a file over MAX_BYTES, nesting deeper than MAX_DEPTH (PyYAML composes nodes by
recursion, so a deep file would end in RecursionError), and anchors and aliases (`&a`, `*a`): no file of the lab
needs them, and nine lines of aliases expand to a value of gigabytes (the "billion laughs"). An impossible date
(2019-02-30) stays text, so that the field that wants a date names itself in the message.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from simulation.inputs.errors import COMMAND_LINE, InputError, Phrase

TEMPORARY = ".tmp"  # the ending of a file being written
MAX_BYTES = 1_000_000  # the largest shipped YAML file, a curriculum, is 31 kB
MAX_DEPTH = 50  # lists and mappings within each other; the lab's own files nest a few levels


def read_yaml(path: str | Path, kind: str, example: str, where: str = COMMAND_LINE):
    """The file's content. `kind` and `example` describe the file expected ("scenario file",
    "scenarios/dachuan-2019.yaml")."""
    path = Path(path)
    if not path.is_file():
        raise InputError(where, kind, str(path), "an existing .yaml file, e.g. {example}", example=example)
    return load_yaml(path)


def read_mapping(path: str | Path, kind: str, example: str, fields: str, where: str = COMMAND_LINE) -> dict:
    """The file's top-level mapping; `fields` names some fields a mapping of this kind has."""
    data = read_yaml(path, kind, example, where)
    if not isinstance(data, dict):
        raise InputError(str(path), "file", type(data).__name__, "a mapping of fields such as {fields}", fields=fields)
    return data


def load_yaml(path: Path, shown: str | None = None):
    """The content of an existing YAML file; errors name it as `shown` (its path unless given)."""
    shown = shown or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(shown, "size", f"{size:,} bytes", "a file of at most {most:,} bytes", most=MAX_BYTES)
        content = path.read_bytes()
    except OSError as err:
        raise InputError(shown, "file", err.strerror, "a file you may read") from None
    if b"\0" in content:
        raise InputError(shown, "content", f"a NUL byte at byte {content.index(b'\0')}",
                         "YAML text in UTF-8, not a binary or UTF-16 file")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(shown, "encoding", f"byte {err.start} (0x{content[err.start]:02x})",
                         "UTF-8 text: save the file as UTF-8 (it may be Latin-1, GBK or UTF-16)") from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 (_Loader is a SafeLoader)
    except _Refused as refused:
        raise InputError(Phrase("{file}, line {line}", file=shown, line=refused.line), refused.field, refused.value,
                         refused.allowed) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        problem = " ".join(str(getattr(err, "problem", None) or err).split())  # PyYAML's text may run over lines
        raise InputError(shown, "YAML", at, "well-formed YAML ({problem})", problem=problem) from None


class _Refused(Exception):
    """What the loader refuses, and where; load_yaml turns it into an InputError naming the file."""

    def __init__(self, mark: yaml.Mark, field: str, value, allowed: Phrase):
        self.line, self.field, self.value, self.allowed = mark.line + 1, field, value, allowed


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing duplicate keys, deep nesting and aliases, and keeping impossible dates as text."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _Refused(event.start_mark, "alias", f"*{event.anchor}",
                           Phrase("no anchors or aliases (&name, *name): write each value out"))
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(self.peek_event().start_mark, "nesting", f"more than {MAX_DEPTH} levels",
                           Phrase("lists and mappings nested at most {most} levels deep", most=MAX_DEPTH))
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):
        lines = {}  # each key's line
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = lines.get(key)
            except TypeError:  # an unhashable key: PyYAML's own message says so
                continue
            if first is not None:  # quoted as written: 2019-01-01, not datetime.date(2019, 1, 1)
                written = key_node.value if isinstance(key_node, yaml.ScalarNode) else key
                raise _Refused(key_node.start_mark, "key", written,
                               Phrase("each key once in a mapping; it is also on line {line}", line=first))
            lines[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # 2019-02-30 or month 13: the field that wants a date refuses the text and names itself
            return self.construct_scalar(node)

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # more digits than Python converts: the field that wants a number refuses the text
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


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
