"""Running a participant's notebook where it can reach nothing but itself, within limits of time, memory and output.

Isolation is bubblewrap (`bwrap`): an unprivileged Linux user, mount, process and network namespace whose file
system shows the operating system, Python, the lab's package and data read-only, and a small private /tmp holding
the notebook alone. The course folder (its sources with the solutions, the releases, other participants'
submissions, the gradebook) is simply not there, and nothing outside /tmp can be written. Where bubblewrap is
missing or the kernel forbids user namespaces, `check_isolation` says so, and grading runs unisolated only when the
trainer asks for it explicitly.

The time limit is enforced from outside: the whole sandbox is killed, so a submission that ignores interrupts
gains nothing. Memory is capped per process (RLIMIT_AS), output in the runner.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from simulation.inputs import locations

RUNNER = [sys.executable, "-m", "simulation.grading.runner"]
SCRATCH = "/tmp/work"  # the participant's folder inside the sandbox: their notebook, nothing else
HOME = "/tmp/home"  # where IPython and matplotlib keep their settings, away from the notebook


@dataclass(frozen=True)
class Limits:
    """Per submission. Defaults: the issue's 120 s and 10 MB; 3 GB of address space per process, since numpy and
    pandas reserve far more than they use."""
    wall_seconds: float = 120
    memory_mb: int = 3072
    output_bytes: int = 10_000_000
    scratch_mb: int = 64


@dataclass
class Execution:
    """What came back from the sandbox: each executed code cell's outputs, and how the run ended."""
    cells: dict[int, dict] = field(default_factory=dict)  # cell index -> {"outputs": [...], "execution_count": n}
    finished: bool = False
    stopped_at: int | None = None  # the code cell the run ended in, when it did not finish
    reason: str = ""  # "kernel" (the kernel died), "time" (killed at the limit), "output" (too much output)
    seconds: float = 0.0


class IsolationUnavailable(RuntimeError):
    """This machine cannot isolate a submission; the message says why and what to do."""


def check_isolation() -> None:
    """Raise IsolationUnavailable, plainly worded, unless a bubblewrap sandbox can start here."""
    if shutil.which("bwrap") is None:
        raise IsolationUnavailable(
            "Grading runs each submission isolated with bubblewrap, which is not installed here. Install it "
            "(Debian/Ubuntu: apt-get install bubblewrap), or grade without isolation, trusting every submission "
            "not to read the answers or touch other files, with --unisolated.")
    probe = subprocess.run(["bwrap", *_view(), "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise IsolationUnavailable(
            "Grading runs each submission isolated with bubblewrap, but it cannot start here "
            f"({probe.stderr.strip() or 'exit status ' + str(probe.returncode)}): user namespaces may be disabled "
            "(sysctl kernel.unprivileged_userns_clone=1, or the container's security profile). Fix that, or grade "
            "without isolation, trusting every submission, with --unisolated.")


def run(nb: nbformat.NotebookNode, limits: Limits, isolated: bool = True) -> Execution:
    """Execute the notebook's code cells in order, within the limits; never raises for what the notebook does."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="carelab-unisolated-") as scratch:
        command = ["bwrap", *_view(limits), "--", *RUNNER] if isolated else RUNNER
        process = subprocess.Popen(
            [*command, str(limits.output_bytes)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, cwd=None if isolated else scratch, start_new_session=True,
            env=None if isolated else _environment(scratch), preexec_fn=lambda: _limit_memory(limits.memory_mb))
        execution = Execution()
        reader = threading.Thread(target=_read, args=(process, execution, 2 * limits.output_bytes + 1_000_000))
        reader.start()
        try:
            process.stdin.write(nbformat.writes(nb).encode("utf-8"))
            process.stdin.close()
        except BrokenPipeError:
            pass
        reader.join(timeout=max(limits.wall_seconds - (time.monotonic() - started), 0))
        if reader.is_alive():
            execution.reason = execution.reason or "time"
        _kill(process)
        reader.join()
    if not execution.finished and execution.stopped_at is None:
        execution.reason = execution.reason or "kernel"
        execution.stopped_at = _next_code_cell(nb, execution)
    execution.seconds = time.monotonic() - started
    return execution


def _read(process: subprocess.Popen, execution: Execution, most: int) -> None:
    """Take the runner's report line by line, believing nothing: a malformed line is skipped, and reading stops
    after `most` bytes."""
    read = 0
    for line in process.stdout:
        read += len(line)
        if read > most:
            execution.reason = "output"
            _kill(process)
            return
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict):
            continue
        if record.get("done") is True:
            execution.finished = True
        elif isinstance(record.get("stopped"), int):
            execution.stopped_at, execution.reason = record["stopped"], "kernel"
        elif isinstance(record.get("cell"), int) and isinstance(record.get("outputs"), list):
            execution.cells[record["cell"]] = {"outputs": record["outputs"],
                                               "execution_count": record.get("execution_count")}


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, 9)
    except ProcessLookupError:
        pass
    process.wait()


def _next_code_cell(nb: nbformat.NotebookNode, execution: Execution) -> int | None:
    """The first code cell without a report: where the run was stopped."""
    return next((i for i, cell in enumerate(nb.cells) if cell.cell_type == "code" and i not in execution.cells),
                None)


def _limit_memory(megabytes: int) -> None:
    size = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def _environment(home: str) -> dict[str, str]:
    return {"HOME": home, "IPYTHONDIR": f"{home}/.ipython",
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"]),
            "LANG": "C.UTF-8", "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1"}


def _view(limits: Limits = Limits()) -> list[str]:
    """bwrap's arguments: what the sandbox sees (read-only) and the private scratch folder it works in."""
    args = ["--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
            "--proc", "/proc", "--dev", "/dev", "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(top):  # merged /usr: /bin -> usr/bin
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    # The private /tmp first: a checkout or an environment that lives under /tmp is then mounted into it.
    args += ["--size", str(limits.scratch_mb * 1024 * 1024), "--tmpfs", "/tmp", "--dir", SCRATCH, "--dir", HOME]
    for folder in _lab_folders():
        args += ["--ro-bind", str(folder), str(folder)]
    args += ["--chdir", SCRATCH]
    for name, value in _environment(HOME).items():
        args += ["--setenv", name, value]
    return args


def _lab_folders() -> list[Path]:
    """Python, the environment and the lab's package with its data, and nothing of the course."""
    folders = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()}
    if locations.CHECKOUT is not None:  # an editable install reads these from the checkout
        folders |= {locations.PACKAGE, locations.datasets(), locations.scenarios(), locations.curricula(),
                    locations.CHECKOUT / "pyproject.toml"}
    else:
        folders.add(locations.PACKAGE)
    return sorted(f for f in folders if not str(f).startswith("/usr/"))
