"""The districts the workshop simulates, and the runs it keeps for a session. No widgets here: the modules' analysis
uses it as well as their widgets."""
from __future__ import annotations

from simulation.model.district import DistrictModel

# Small enough to answer at once, large enough for the shares to mean something; modules 1 to 5 use these same
# households, so a practitioner meets the same district throughout.
TRAINER_DISTRICT = dict(households=3_000, seed=1)
BURN_IN_MONTHS = 12  # months run before classifying, so that spells of poverty have had time to differ


def district(burn_in: int = BURN_IN_MONTHS, **settings) -> DistrictModel:
    """A trainer-scale district, run `burn_in` months so that its poor households' spells differ."""
    return DistrictModel(**settings).run(burn_in)


# Finished runs kept for a session, so a widget clicked back to an earlier choice (or showing the baseline again)
# answers at once: a module's models and reforms, over a few seeds.
RUNS_KEPT = 40
finished_runs: dict[str, DistrictModel] = {}


def finished(scenario) -> DistrictModel:
    """The scenario's model, run to its end. A run depends on everything in the scenario but its name and
    description, so a run asked for again is taken from the last ones kept."""
    key = scenario.model_dump_json(exclude={"name", "description"})
    if key not in finished_runs:
        if len(finished_runs) >= RUNS_KEPT:
            finished_runs.pop(next(iter(finished_runs)))  # the oldest
        finished_runs[key] = scenario.build(keep_history=False).run(scenario.months)
    return finished_runs[key]
