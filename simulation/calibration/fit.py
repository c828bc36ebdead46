"""`carelab calibrate`: fits the assumptions a locality lists in assumptions/calibrated.yaml to official figures,
and writes the fitted values back into that file with their provenance.

Method: simulated method of moments. For a trial set of values the district is run, its figures are computed the
way the official ones are (`simulated.figures`), and the trial is scored by the root mean square of the log ratios,
simulated to official, each family of figures (a figure and area) weighing the same however many years it has.
Every trial runs with the same seeds (common random numbers), so two trials differ only by their values and the
score is a deterministic function of them. A scipy search (`SEARCHES`: Nelder-Mead by default, or Powell) looks in a
space in which every value stays within its bounds (a logistic map onto each parameter's range), from the values in
the file.

The national district is fitted to the national series of the training years only (`official.TRAINING_YEARS`):
later years are left to `carelab validate` to test, and calibrate refuses them. Dachuan, for which no series exists,
is fitted to what is known of it: that over half of Sichuan's Dibao recipients have a disability (seed 004), in
December of its first year, and a settled start, its Dibao stock steady over its first two years under unchanged rules.
"""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize

from simulation.calibration import official, simulated
from simulation.i18n.numbers import years as years_as_text
from simulation.inputs.errors import InputError
from simulation.inputs.files import written_atomically
from simulation.inputs.parameters import PARAMETERS_DIR, ParameterFile, parameter_file
from simulation.model.district import DistrictModel

# The searches calibrate offers, by the name `--search` takes. Nelder-Mead made the committed fits; on this score,
# flat in some values and stepped by the finite sample, it stops at the first local minimum from its start. Powell
# searches along each value in both directions in turn and goes further (datasets/README.md, "What the model still
# gets wrong").
SEARCHES = {"nelder-mead": "Nelder-Mead", "powell": "Powell"}
# The national series the national district is fitted to; the index and the exit rate add nothing the rates per
# resident do not already say, and the exit rate has no training year.
NATIONAL_FIGURES = ("dibao_persons_per_100_residents", "urban_share_of_dibao_persons", "persons_per_dibao_household",
                    "average_dibao_per_person", "extreme_poor_to_dibao_persons", "dibao_spending_urban_to_rural")
DACHUAN_START = dt.date(2019, 1, 1)
SETTLING_MONTHS = 24
# Dachuan's targets. Seed 004 says "over 50%": the bound is fitted to.
DACHUAN_TARGETS = pd.DataFrame([
    dict(figure="dibao_disabled_share", area="all", year=2019, month=12, official=0.5, source_id="SEED004",
         note="Over half of Sichuan's Dibao recipients have a disability (the 2019 Dachuan mission report)"),
    dict(figure="dibao_persons_after_two_years", area="all", year=2021, month=1, official=1.0, source_id="",
         note="A settled start: the Dibao stock after 24 months over its first month's"),
])


@dataclass
class Fit:
    locality: str
    values: dict[str, float]
    targets: pd.DataFrame  # the official figures fitted to, with the fitted district's value of each
    error: float           # the score: root mean square log ratio over the families of figures
    evaluations: int
    date: dt.date
    method: str            # how it was fitted, as the calibrated file records it (`method`)


def method(search: str, households: int, seeds) -> str:
    """How a fit was made, as its file records it: enough to run it again."""
    return (f"simulated method of moments, common random numbers ({len(seeds)} seeds of {households:,} households), "
            f"{SEARCHES[search]} (scipy)")


def calibrated_file(locality: str):
    return PARAMETERS_DIR / locality / "assumptions" / "calibrated.yaml"


def read(path) -> ParameterFile:
    """A calibrated file as the loader reads it: its parameters (description, bounds, values) and targets."""
    return parameter_file(Path(path))


def fitted_parameters(locality: str) -> dict:
    return read(calibrated_file(locality)).parameters


def targets(locality: str, figures=None, years=None) -> pd.DataFrame:
    """The figures a locality is fitted to. National: official figures of the training years (all of them by
    default); a year outside the training window is refused. Dachuan: its own two (`DACHUAN_TARGETS`)."""
    calibrated = sorted(path.parent.parent.name for path in PARAMETERS_DIR.glob("*/assumptions/calibrated.yaml"))
    if locality not in calibrated:
        raise InputError("carelab calibrate", "--locality", locality, "one of: {names}", names=", ".join(calibrated))
    if locality != "national":
        if figures is not None or years is not None:
            raise InputError("carelab calibrate", "--years / --figures", locality,
                             "national only: a locality without a series is fitted to its own targets")
        return DACHUAN_TARGETS.copy()
    years = list(official.TRAINING_YEARS if years is None else years)
    outside = [year for year in years if year not in official.TRAINING_YEARS]
    if outside:
        raise InputError("carelab calibrate", "--years", years_as_text(outside),
                         "training years only ({years}); later years are kept for carelab validate",
                         years=years_as_text(official.TRAINING_YEARS))
    return official.select(NATIONAL_FIGURES if figures is None else figures, years, where="carelab calibrate")


def simulate(locality: str, wanted: pd.DataFrame, parameters: dict, households: int, seeds,
             pool: Executor | None = None) -> np.ndarray:
    """The fitted district's value of each target, averaged over the seeds. With a pool of processes the seeds run
    side by side, and give the same values as one after another."""
    one = partial(_one_seed, locality, wanted, parameters, households)
    return np.mean(list(pool.map(one, seeds) if pool is not None else map(one, seeds)), axis=0)


def _one_seed(locality: str, wanted: pd.DataFrame, parameters: dict, households: int, seed: int) -> np.ndarray:
    if locality == "national":
        monthly = simulated.years_lived("national", households, seed, set(wanted["year"]), parameters)
        return simulated.figures(monthly, wanted)
    model = DistrictModel(locality, DACHUAN_START, households, parameters, seed, keep_history=False)
    return _settling(model.run(SETTLING_MONTHS).monthly(), wanted)


def _settling(monthly: pd.DataFrame, wanted: pd.DataFrame) -> np.ndarray:
    """A locality's own targets from its first two years: the stock's ratio over them, or a figure in its month."""
    def value(row) -> float:
        if row.figure == "dibao_persons_after_two_years":
            return monthly["dibao_persons"].iloc[-1] / monthly["dibao_persons"].iloc[0]
        return monthly[row.figure].iloc[(row.year - DACHUAN_START.year) * 12 + row.month - 1]
    return np.array([value(row) for row in wanted.itertuples()])


def score(simulated_values: np.ndarray, wanted: pd.DataFrame) -> float:
    """Root mean square log ratio, each figure-and-area family weighing the same."""
    ratio = np.log(np.maximum(simulated_values, 1e-9) / wanted["official"].to_numpy())
    families = wanted["figure"] + "/" + wanted["area"]
    per_family = pd.Series(ratio**2).groupby(families.to_numpy()).mean()
    return float(np.sqrt(per_family.mean()))


def calibrate(locality: str = "national", households: int = 100_000, seeds=(1, 2, 3), evaluations: int = 400,
              figures=None, years=None, progress=None, search: str = "nelder-mead", workers: int | None = None) -> Fit:
    """`workers`: processes that run a trial's seeds side by side (default: one per seed, as many as the machine
    has cores; 1 runs them in this process)."""
    if search not in SEARCHES:
        raise InputError("carelab calibrate", "--search", search, "one of: {names}", names=", ".join(SEARCHES))
    wanted = targets(locality, figures, years)
    workers = min(len(seeds), os.cpu_count() or 1) if workers is None else workers
    # forkserver: fresh processes, not forks of this one, which may hold threads (a notebook's kernel does)
    with (ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) if workers > 1
          else nullcontext()) as pool:
        return _search(locality, wanted, households, seeds, evaluations, progress, search, pool)


def _search(locality, wanted, households, seeds, evaluations, progress, search, pool) -> Fit:
    parameters = fitted_parameters(locality)
    names = list(parameters)
    low = np.array([parameters[name].minimum for name in names], dtype=float)
    high = np.array([parameters[name].maximum for name in names], dtype=float)
    start = np.array([parameters[name].values[max(parameters[name].values)].value for name in names], dtype=float)

    def values_of(x: np.ndarray) -> dict[str, float]:
        # The logistic map keeps every value inside its bounds. Trials run with the values rounded as the file keeps
        # them: with common random numbers the score is rugged at that scale (a search once reached 0.073 where its
        # values, rounded, scored 0.085), so the search must score what will be written.
        return {name: round(value, 4) for name, value in zip(names, (low + (high - low) / (1 + np.exp(-x))).tolist())}

    def objective(x: np.ndarray) -> float:
        found = score(simulate(locality, wanted, values_of(x), households, seeds, pool), wanted)
        if progress is not None:
            progress(found)
        return found

    inside = np.clip((start - low) / (high - low), 1e-3, 1 - 1e-3)
    first = np.log(inside / (1 - inside))
    if search == "powell":
        options = dict(maxfev=evaluations, xtol=1e-2, ftol=1e-4)
    else:  # steps of half a logit unit: wide enough for the first trials to move every value noticeably
        options = dict(maxfev=evaluations, xatol=1e-3, fatol=1e-4,
                       initial_simplex=np.vstack([first, first + 0.5 * np.eye(len(first))]))
    result = minimize(objective, first, method=SEARCHES[search], options=options)
    values = values_of(result.x)
    fitted = wanted.assign(simulated=simulate(locality, wanted, values, households, seeds, pool))
    return Fit(locality, values, fitted, score(fitted["simulated"].to_numpy(), wanted), int(result.nfev),
               dt.date.today(), method(search, households, seeds))


def write(fit: Fit, path=None) -> Path:
    """Rewrites the locality's calibrated.yaml (or writes `path`) with the fitted values and the targets; returns
    the path written."""
    source = calibrated_file(fit.locality)
    path = source if path is None else Path(path)
    parameters = fitted_parameters(fit.locality)
    header = source.read_text(encoding="utf-8").split("parameters:", 1)[0]
    listed = [f"{figure}/{area}/{years_as_text(rows['year'])}"
              for (figure, area), rows in fit.targets.groupby(["figure", "area"], sort=False)]
    lines = [header.rstrip("\n"), "parameters:"]
    for name, parameter in parameters.items():
        first = min(parameter.values)
        # Text quoted as JSON strings (valid YAML), so a description with a colon or a # reads back the same.
        lines += [f"  {name}:", f"    description: {json.dumps(parameter.description, ensure_ascii=False)}",
                  f"    unit: {json.dumps(parameter.unit, ensure_ascii=False)}",
                  f"    minimum: {parameter.minimum:g}", f"    maximum: {parameter.maximum:g}", "    values:",
                  f"      {first}: {{value: {fit.values[name]:g}, status: fitted, note: \"Fitted by carelab calibrate "
                  f"to the targets below\", fit: {{date: {fit.date}, method: \"{fit.method}\", targets: "
                  f"[{', '.join(f'\"{item}\"' for item in listed)}], error: {fit.error:.4f}}}}}"]
    lines.append("# The official figures fitted to, and the fitted district's value of each (log ratio = error).")
    lines.append("targets:")
    for row in fit.targets.itertuples():
        error = float(np.log(row.simulated / row.official)) if row.simulated > 0 else float("nan")
        lines.append(f"  - {{figure: {row.figure}, area: {row.area}, year: {int(row.year)}, "
                     f"official: {row.official:.4g}, "
                     f"simulated: {row.simulated:.4g}, log_ratio: {error:.3f}, source: \"{row.source_id}\"}}")
    with written_atomically(path) as temporary:
        temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
