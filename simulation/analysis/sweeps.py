"""Sweeps: one scenario run over a grid of parameter values times a list of seeds, in this process or on Dask.

Every run goes through `run_experiment`. A run's id is a hash of what its numbers depend on (locality, start,
parameters, households, months, seed), so a run is the same run whichever sweep, folder or backend asks for it.
Each run writes one Parquet file, `runs/<id>.parquet`, renamed into place only once complete: an interrupted sweep
resumes by skipping the runs whose file exists and holds that run (readable, every column, the run's id, seed and
months). A file that does not is set aside as `<id>.parquet.bad-<n>`, named on stderr, and the run done again.
The id does not cover the model's code or the parameter files; after changing either, sweep into a fresh folder.
One sweep at a time writes to a folder: a second one started on it stops at once (exit 2), holding nothing up.

Backends: by default the runs go one after another in this process; `scheduler="local"` starts a Dask
`LocalCluster` on this machine; `scheduler="tcp://host:port"` uses a running Dask cluster, whose workers must
share the output folder's file system. Each Dask task writes its own file and returns only the run's id, so no
results travel through the scheduler.
"""
from __future__ import annotations

import fcntl
import hashlib
import itertools
import json
import logging
import math
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from simulation.i18n import catalogue, t
from simulation.inputs.errors import COMMAND_LINE, InputError, Phrase, UserError
from simulation.inputs.files import TEMPORARY, read_mapping, written_atomically
from simulation.inputs.parameters import load_parameters
from simulation.inputs.scenarios import ALLOWED as RUN_ALLOWED
from simulation.inputs.scenarios import (
    MAX_HOUSEHOLDS,
    MAX_MONTHS,
    MAX_SEED,
    Scenario,
    check_parameter,
    load_scenario,
    scenario_file,
    validated,
)
from simulation.model.metric_registry import METRICS
from simulation.reports import outputs

RECORD = "sweep.json"  # the grid, seeds and runs of the last sweep written to the folder
LOCK = ".carelab-sweep.lock"  # held by the sweep writing to the folder
CONNECT_SECONDS = 5
DEFAULT_WORKERS = 2
# A sweep's size: each run is a whole simulation and a file, so their number drives time and disk; a LocalCluster
# worker is a process holding its own copy of the model, so their number drives memory.
MAX_RUNS = 10_000
MAX_WORKERS = 64

Seed = Annotated[int, Field(ge=0, le=MAX_SEED, strict=True)]


class SweepSpec(BaseModel):
    """A sweep file as written."""
    model_config = ConfigDict(extra="forbid")
    name: str
    description: str = ""
    scenario: str
    households: Annotated[int, Field(ge=1, le=MAX_HOUSEHOLDS, strict=True)] | None = None
    months: Annotated[int, Field(ge=1, le=MAX_MONTHS, strict=True)] | None = None
    seeds: Annotated[int, Field(ge=1, le=MAX_RUNS, strict=True)] | Annotated[list[Seed], Field(min_length=1)]
    grid: Annotated[dict[str, Annotated[list[Any], Field(min_length=1)]], Field(min_length=1)]

    @field_validator("seeds")
    @classmethod
    def _distinct(cls, seeds):
        if isinstance(seeds, list) and len(set(seeds)) < len(seeds):
            raise ValueError("seeds repeat")
        return seeds


ALLOWED = {
    "name": Phrase("a short text"),
    "description": Phrase("a text"),
    "scenario": Phrase("the path of a scenario file, relative to the sweep file, or a shipped scenario, e.g. "
                       "dachuan-2019"),
    "households": RUN_ALLOWED["households"],
    "months": RUN_ALLOWED["months"],
    "seeds": Phrase("a list of different whole numbers from 0 to {largest_seed:,}, or a count N from 1 to "
                    "{most_runs:,} meaning seeds 1 to N", largest_seed=MAX_SEED, most_runs=MAX_RUNS),
    "grid": Phrase("a mapping of parameter names to lists of values to try"),
}


@dataclass(frozen=True)
class Run:
    id: str
    point: int  # which combination of grid values, in the order of `Sweep.points`
    parameters: dict
    seed: int


@dataclass(frozen=True)
class Sweep:
    """A checked sweep: the scenario (with the sweep's households and months), the grid and the seeds."""
    name: str
    description: str
    scenario: Scenario
    grid: dict[str, list]
    seeds: tuple[int, ...]

    def points(self) -> list[dict]:
        """Every combination of grid values; the first parameter varies slowest."""
        return [dict(zip(self.grid, values)) for values in itertools.product(*self.grid.values())]

    def runs(self) -> list[Run]:
        return [Run(run_id(for_run(self.scenario, point, seed)), number, point, seed)
                for number, point in enumerate(self.points()) for seed in self.seeds]


# ---- reading and checking a sweep file -------------------------------------------------------------------------
def load_sweep(path: str | Path) -> Sweep:
    path = Path(path)
    data = read_mapping(path, "sweep file", "scenarios/sweeps/staffing-and-integration.yaml",
                        "name, scenario, seeds, grid")
    return validated_sweep(data, str(path), path.parent)


def validated_sweep(data: dict, where: str, folder: str | Path = ".") -> Sweep:
    """Checks a sweep completely, every grid value included, before anything runs; `folder` is where the sweep
    file lies (its scenario path may be relative to it)."""
    try:
        spec = SweepSpec.model_validate(data)
    except ValidationError as err:
        raise _input_error(err.errors()[0], data, where) from None
    try:
        path = scenario_file(spec.scenario, folder)
    except InputError as err:
        raise InputError(where, "scenario", spec.scenario, err.allowed) from None
    scenario = load_scenario(path).with_run(spec.households, spec.months)
    seeds = tuple(range(1, spec.seeds + 1)) if isinstance(spec.seeds, int) else tuple(spec.seeds)
    runs = math.prod(len(values) for values in spec.grid.values()) * len(seeds)
    if runs > MAX_RUNS:
        raise InputError(where, "grid, seeds", f"{runs:,} runs", "at most {most:,} runs (grid points x seeds)",
                         most=MAX_RUNS)
    parameter_set = load_parameters(scenario.locality)
    for name, values in spec.grid.items():
        for number, value in enumerate(values):
            try:
                check_parameter(parameter_set, name, value, where, scenario.start)
            except InputError as err:
                raise InputError(where, f"grid.{name}", value, err.allowed) from None
            if value in values[:number]:
                raise InputError(where, f"grid.{name}", value, "values that differ from each other")
    return Sweep(spec.name, spec.description, scenario, spec.grid, seeds)


def _input_error(first: dict, data: dict, where: str) -> InputError:
    top = first["loc"][0]
    if first["type"] == "extra_forbidden":
        return InputError(where, top, data[top], "one of: {names}", names=", ".join(SweepSpec.model_fields))
    if top == "grid" and len(first["loc"]) > 1:
        name = first["loc"][1]
        return InputError(where, f"grid.{name}", data["grid"][name],
                          "a non-empty list of values to try, e.g. [2.0, 3.5, 5.0]")
    return InputError(where, top, data.get(top), ALLOWED[top])


# ---- one run -------------------------------------------------------------------------------------------------------
def for_run(scenario: Scenario, parameters: dict, seed: int) -> Scenario:
    """The scenario with `parameters` laid over its own, run with `seed`."""
    return validated({**scenario.model_dump(), "seed": seed, "parameters": {**scenario.parameters, **parameters}},
                     Phrase("scenario {name!r}", name=scenario.name))


def run_id(run: Scenario) -> str:
    """A hash of what a run's numbers depend on: every field of the scenario but its name and description."""
    inputs = run.model_dump(mode="json", exclude={"name", "description"})
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()[:16]


def run_experiment(scenario: Scenario, parameters: dict, seed: int) -> pd.DataFrame:
    """One run: the monthly metrics, led by columns identifying the run (its id, seed and every parameter it sets)."""
    run = for_run(scenario, parameters, seed)
    monthly = run.build(keep_history=False).run(run.months).monthly()
    identity = pd.DataFrame({"run_id": [run_id(run)] * len(monthly), "seed": seed,
                             **{name: [value] * len(monthly) for name, value in run.parameters.items()}})
    return pd.concat([identity, monthly], axis=1)


def write_run(run: Run, scenario: Scenario, folder: str) -> str:
    """Runs one experiment into `folder/<id>.parquet` and returns its id: all a Dask task sends back."""
    table = run_experiment(scenario, run.parameters, run.seed)
    with written_atomically(Path(folder) / f"{run.id}.parquet") as temporary:
        table.to_parquet(temporary, index=False)
    return run.id


# ---- backends -------------------------------------------------------------------------------------------------------
Execute = Callable[[list[Run], Scenario, Path, Callable[[], Any]], None]


@contextmanager
def backend(scheduler: str | None = None, workers: int | None = None) -> Iterator[Execute]:
    """A function that runs a list of runs, each writing its own file. Dask connects here, before anything is
    written."""
    if workers is not None and (scheduler != "local" or not isinstance(workers, int)
                                or not 1 <= workers <= MAX_WORKERS):
        raise InputError(COMMAND_LINE, "--workers", workers, "a whole number from 1 to {most}, with "
                         "--scheduler local (a running cluster has its own workers)", most=MAX_WORKERS)
    if scheduler is None:
        yield _in_this_process
        return
    import dask
    from dask.distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler == "local":
            # Dask's nannies set MALLOC_TRIM_THRESHOLD_, which turns off glibc's adaptive mmap threshold: a large
            # district's arrays are then mapped and unmapped afresh every month, and a run takes twice as long.
            stack.enter_context(dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}))
            # Processes with one thread each: a run holds the GIL, so threads would only take turns. A run's error
            # reaches us through its future; the workers' own logs are mostly shutdown noise, so they stay quiet.
            cluster = stack.enter_context(LocalCluster(n_workers=workers or DEFAULT_WORKERS, threads_per_worker=1,
                                                       processes=True, dashboard_address=None,
                                                       silence_logs=logging.CRITICAL))
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(_connect(Client, scheduler))
        yield lambda runs, scenario, folder, done: _on_dask(client, runs, scenario, folder, done)


def _connect(client_class, address: str):
    try:
        return client_class(address, timeout=f"{CONNECT_SECONDS}s")
    except Exception as err:  # whatever answers (or not) at that address, it is no usable Dask scheduler
        raise InputError(COMMAND_LINE, "--scheduler", address,
                         "the address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (connecting gave: "
                         "{reason}); to run on this machine, omit --scheduler", reason=err) from None


def _in_this_process(runs: list[Run], scenario: Scenario, folder: Path, done: Callable[[], Any]) -> None:
    for run in runs:
        write_run(run, scenario, str(folder))
        done()


def _on_dask(client, runs: list[Run], scenario: Scenario, folder: Path, done: Callable[[], Any]) -> None:
    from dask.distributed import as_completed

    # Closing the client (on an error or Ctrl-C too) releases the runs not yet started.
    for future in as_completed(client.map(write_run, runs, scenario=scenario, folder=str(folder), pure=False)):
        future.result()  # raises a run's error here
        done()


# ---- the sweep -------------------------------------------------------------------------------------------------------
def sweep(spec: Sweep, out_dir: str | Path, scheduler: str | None = None, workers: int | None = None,
          progress: bool = True, lang: str = "en") -> Path:
    """Runs every grid point x seed whose file is not yet in `out_dir/runs/`, then writes summary.csv and
    report.html. A run's file may come from an earlier, interrupted sweep or from any sweep sharing the run."""
    from tqdm import tqdm

    from simulation.reports import (
        sweep as sweep_report,  # here: Dask workers import this module, and need no scipy or matplotlib
    )

    catalogue(lang)  # an unknown language is a mistake found before running, not after
    out = Path(out_dir)
    outputs.check(out, "sweep", resume=True, lang=lang)
    runs = spec.runs()
    folder = out.absolute() / "runs"  # absolute: the workers of a Dask cluster have their own working folder
    with ExitStack() as held:
        with backend(scheduler, workers) as execute:
            folder.mkdir(parents=True, exist_ok=True)
            held.enter_context(_locked(out, lang))  # until the summary is written, after Dask is closed
            for stale in [*out.glob(f".*{TEMPORARY}"), *folder.glob(f".*{TEMPORARY}")]:  # left by a killed sweep
                stale.unlink(missing_ok=True)
            _write_text(out / RECORD, json.dumps(_record(spec, runs), indent=2, ensure_ascii=False))
            _mark(out, spec, runs, [RECORD])
            pending = [run for run in runs if not _kept(run, spec.scenario, folder, lang)]
            with tqdm(total=len(runs), initial=len(runs) - len(pending), desc=spec.name[:40], unit="run",
                      disable=None if progress else True) as bar:  # None: shown on a terminal only
                execute(pending, spec.scenario, folder, bar.update)
        missing = [run.id for run in runs if not (folder / f"{run.id}.parquet").exists()]
        if missing:
            raise UserError(f"{len(missing)} finished runs are not in {folder}: the workers of a Dask cluster must "
                            "write to a folder this machine shares (give --out on a shared file system)")
        per_run = pd.DataFrame([{"point": run.point, "seed": run.seed,
                                 **sweep_report.last_year(pd.read_parquet(folder / f"{run.id}.parquet"))}
                                for run in runs])
        summary = sweep_report.summarise(per_run, by=["point"])
        points = pd.DataFrame(spec.points()).rename_axis("point").reset_index()
        summary = points.merge(summary, on="point")
        _write_text(out / "report.html", sweep_report.html(spec, summary, lang))
        _write_text(out / "summary.csv", summary.drop(columns="point").to_csv(index=False))
        _mark(out, spec, runs, [RECORD, "report.html", "summary.csv"])
    return out


def sweep_command(spec_path: str | Path, out_dir: str | Path, scheduler: str | None = None,
                  workers: int | None = None, progress: bool = True, lang: str = "en") -> Path:
    """`carelab sweep`: check the sweep file, run what is not yet done, write the results, say where."""
    started = time.perf_counter()
    out = sweep(load_sweep(spec_path), out_dir, scheduler, workers, progress, lang)
    print(t("Wrote {folder}: summary.csv, report.html and one Parquet file per run in runs/ ({seconds:.1f} s).",
            lang, folder=out, seconds=time.perf_counter() - started))
    return out


@contextmanager
def _locked(out: Path, lang: str) -> Iterator[None]:
    """Holds the folder's lock; a second sweep on the folder is refused rather than made to wait for hours."""
    with open(out / LOCK, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(COMMAND_LINE, "--out", str(out),
                             t("a folder no other sweep is writing to; a carelab sweep is running in this one: wait "
                               "for it to finish, or choose another folder", lang)) from None
        yield  # the lock goes with the file's closing, and with the process if it is killed


def _kept(run: Run, scenario: Scenario, folder: Path, lang: str) -> bool:
    """Whether `run`'s file is there and holds that run; a file that does not is set aside, named on stderr."""
    path = folder / f"{run.id}.parquet"
    if not path.exists():
        return False
    try:
        table = pd.read_parquet(path)
        whole = ({"run_id", "seed", *run.parameters, *METRICS} <= set(table.columns)
                 and len(table) == scenario.months and (table["run_id"] == run.id).all()
                 and (table["seed"] == run.seed).all())
    except Exception:  # (truncated, not Parquet at all, or unreadable: in any case not this run)
        whole = False
    if not whole:
        number = 1 + sum(1 for _ in folder.glob(f"{path.name}.bad-*"))
        aside = path.with_name(f"{path.name}.bad-{number}")
        path.rename(aside)
        print("carelab: " + t("{path} does not hold its run: set aside as {name}; the run is done again", lang,
                              path=str(path), name=aside.name), file=sys.stderr)
    return whole


def _mark(out: Path, spec: Sweep, runs: list[Run], files: list[str]) -> None:
    """The folder's marker: a sweep's output, with its files (the runs done so far among them)."""
    done = [f"runs/{run.id}.parquet" for run in runs if (out / "runs" / f"{run.id}.parquet").exists()]
    outputs.record(out, "sweep", {"sweep": spec.name}, files + done)


def _record(spec: Sweep, runs: list[Run]) -> dict:
    return {"name": spec.name, "scenario": spec.scenario.model_dump(mode="json"), "grid": spec.grid,
            "seeds": list(spec.seeds), "runs": [{"id": run.id, "seed": run.seed, "parameters": run.parameters}
                                                for run in runs]}


def _write_text(path: Path, text: str) -> None:
    with written_atomically(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
