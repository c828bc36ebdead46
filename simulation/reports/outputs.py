"""Output folders: where every command that writes a folder (run, compare, package, curriculum, materials, sweep)
may write, and how it writes there without losing anyone's files.

A command writes only into a folder that is new, empty, or an earlier output of the same command. It recognises
its own folders by a marker file, `.carelab-output.json`, recording the command, the time, the inputs and the
files it wrote. Replacing an earlier output needs `--overwrite`; even then only the files the marker lists are
replaced or removed, and any other file (a user's notes) is kept. A new file whose name is already taken by a file
carelab did not write is refused, naming it, rather than overwritten.

Files are written into a staging folder beside the destination (`.carelab-staging-<name>-xxxx`, holding a marker
with the process id) and moved into place at the end, so a failed or interrupted command leaves no half-written
output. A staging folder left behind by a killed command (`kill -9`) is removed by the next command writing to the
same place, once its process is gone.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from simulation.i18n import t
from simulation.inputs.errors import COMMAND_LINE, InputError
from simulation.inputs.files import written_atomically

MARKER = ".carelab-output.json"
STAGING = ".carelab-staging-"
STAGING_MARKER = ".carelab-staging.json"


def check(destination: str | Path, command: str, overwrite: bool = False, resume: bool = False,
          lang: str = "en") -> None:
    """Raises InputError unless `command` may write to `destination`: a new or empty folder, an earlier output of
    the same command with `overwrite`, or (`resume`, for a sweep) one of its own folders. Called before any work."""
    path = Path(os.path.abspath(destination))
    existing = next(p for p in (path, *path.parents) if p.exists())
    if not existing.is_dir():
        raise _refused(destination, t("a folder; {path} is a file", lang, path=str(existing)))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise _refused(destination, t("a folder you may write to; {path} is read-only", lang, path=str(existing)))
    if existing != path or not any(path.iterdir()):
        return
    earlier = _marker(path)
    if earlier is None or earlier.get("command") != command:
        raise _refused(destination, t("a new or empty folder, or an earlier output of carelab {command}; this folder "
                                      "holds files carelab {command} did not write", lang, command=command))
    if not (overwrite or resume):
        raise _refused(destination, t("a new or empty folder; this is an earlier output of carelab {command}: add "
                                      "--overwrite to replace it (files carelab did not write are kept)", lang,
                                      command=command))


@contextmanager
def writing(destination: str | Path, command: str, inputs: dict | None = None, overwrite: bool = False,
            lang: str = "en") -> Iterator[Path]:
    """A staging folder to write into; at the end its files replace the destination's earlier files of ours."""
    check(destination, command, overwrite, lang=lang)
    destination = Path(os.path.abspath(destination))
    destination.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(destination)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{destination.name}-", dir=destination.parent))
    try:
        (staging / STAGING_MARKER).write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}),
                                              encoding="utf-8")
        yield staging
        (staging / STAGING_MARKER).unlink()
        _move_into(staging, destination, command, inputs or {}, lang)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def record(folder: Path, command: str, inputs: dict, files: list[str]) -> None:
    """Writes the marker: `folder` is an output of `command`, and `files` (relative paths) are carelab's."""
    text = json.dumps({"command": command, "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                       "inputs": inputs, "files": sorted(files)}, indent=2, ensure_ascii=False)
    with written_atomically(folder / MARKER) as temporary:
        temporary.write_text(text, encoding="utf-8")


def files_of(folder: Path) -> list[str]:
    """The files an earlier output's marker lists as carelab's (none if there is no readable marker). The marker is
    a file anyone can edit or copy, so only names of files inside `folder` count: never `../notes` or `/etc/x`."""
    earlier = _marker(folder)
    listed = earlier.get("files", []) if earlier else []
    inside = folder.resolve()
    return [name for name in listed if isinstance(name, str) and (folder / name).resolve().is_relative_to(inside)
            and (folder / name).resolve() != inside]


def _move_into(staging: Path, destination: Path, command: str, inputs: dict, lang: str) -> None:
    written = sorted(str(p.relative_to(staging)) for p in staging.rglob("*") if p.is_file())
    if not destination.exists():
        record(staging, command, inputs, written)
        staging.rename(destination)
        return
    check(destination, command, overwrite=True, lang=lang)  # again: another process may have written meanwhile
    ours = set(files_of(destination))
    taken = [name for name in written if name not in ours and (destination / name).exists()]
    if taken:
        raise _refused(destination, t("a folder where carelab's files do not replace others; {name} was not "
                                      "written by carelab: move it, or choose another folder", lang, name=taken[0]))
    # Listed first as ours, so that an interruption while moving leaves a folder the next --overwrite can clean.
    record(destination, command, inputs, sorted(ours | set(written)))
    for name in written:
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, destination / name)
    for name in ours - set(written):
        (destination / name).unlink(missing_ok=True)
    record(destination, command, inputs, written)


def _clean_stale(destination: Path) -> None:
    """Removes staging folders for `destination` whose process is gone (killed before it could clean up)."""
    for staging in destination.parent.glob(f"{STAGING}{destination.name}-*"):
        try:
            owner = json.loads((staging / STAGING_MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not recognisably ours
        if isinstance(owner, dict) and owner.get("host") == socket.gethostname() and not _alive(owner.get("pid")):
            shutil.rmtree(staging, ignore_errors=True)


def _alive(pid) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _marker(folder: Path) -> dict | None:
    with suppress(OSError, ValueError):
        earlier = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        if isinstance(earlier, dict):
            return earlier
    return None


def _refused(destination: str | Path, allowed: str) -> InputError:
    return InputError(COMMAND_LINE, "--out", str(destination), allowed)
